/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-source.h"
#include "fw-strings.h"

struct _FwSource
{
  GObject  parent_instance;

  char    *id;
  char    *short_label;
  char    *title;
  char    *publisher;
  char    *version;
  char    *url;
  char    *license;
};

G_DEFINE_FINAL_TYPE (FwSource, fw_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SHORT_LABEL,
  PROP_TITLE,
  PROP_PUBLISHER,
  PROP_VERSION,
  PROP_URL,
  PROP_LICENSE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char **
fw_source_get_field (FwSource *self,
                     guint     prop_id)
{
  switch (prop_id)
    {
    case PROP_ID:
      return &self->id;

    case PROP_SHORT_LABEL:
      return &self->short_label;

    case PROP_TITLE:
      return &self->title;

    case PROP_PUBLISHER:
      return &self->publisher;

    case PROP_VERSION:
      return &self->version;

    case PROP_URL:
      return &self->url;

    case PROP_LICENSE:
      return &self->license;

    default:
      return NULL;
    }
}

static gboolean
fw_source_is_never_null (guint prop_id)
{
  return prop_id == PROP_ID || prop_id == PROP_SHORT_LABEL || prop_id == PROP_TITLE;
}

static void
fw_source_finalize (GObject *object)
{
  FwSource *self = FW_SOURCE (object);

  for (guint i = PROP_ID; i < N_PROPS; i++)
    g_clear_pointer (fw_source_get_field (self, i), g_free);

  G_OBJECT_CLASS (fw_source_parent_class)->finalize (object);
}

static void
fw_source_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  FwSource *self = FW_SOURCE (object);
  char **field = fw_source_get_field (self, prop_id);

  if (field == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  g_value_set_string (value, *field);
}

static void
fw_source_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  FwSource *self = FW_SOURCE (object);
  char **field = fw_source_get_field (self, prop_id);
  const char *str;

  if (field == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  str = g_value_get_string (value);
  if (str == NULL && fw_source_is_never_null (prop_id))
    str = "";

  if (fw_replace_string (field, str) && prop_id != PROP_ID)
    g_object_notify_by_pspec (object, pspec);
}

static void
fw_source_class_init (FwSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                             G_PARAM_EXPLICIT_NOTIFY);

  object_class->finalize = fw_source_finalize;
  object_class->get_property = fw_source_get_property;
  object_class->set_property = fw_source_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", N_("Id"), NULL, "", flags | G_PARAM_CONSTRUCT_ONLY);
  properties[PROP_SHORT_LABEL] =
    g_param_spec_string ("short-label", N_("Short Label"), NULL, "", flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", N_("Source Title"), NULL, "", flags);
  properties[PROP_PUBLISHER] =
    g_param_spec_string ("publisher", N_("Publisher"), NULL, NULL, flags);
  properties[PROP_VERSION] =
    g_param_spec_string ("version", N_("Source Version"), NULL, NULL, flags);
  properties[PROP_URL] =
    g_param_spec_string ("url", N_("Address"), NULL, NULL, flags);
  properties[PROP_LICENSE] =
    g_param_spec_string ("license", N_("License"), NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fw_source_init (FwSource *self)
{
  self->id = g_strdup ("");
  self->short_label = g_strdup ("");
  self->title = g_strdup ("");
}

FwSource *
fw_source_new (const char *id,
               const char *short_label,
               const char *title)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (FW_TYPE_SOURCE,
                       "id", id,
                       "short-label", short_label,
                       "title", title,
                       NULL);
}

const char *
fw_source_get_id (FwSource *self)
{
  g_return_val_if_fail (FW_IS_SOURCE (self), NULL);

  return self->id;
}

const char *
fw_source_get_short_label (FwSource *self)
{
  g_return_val_if_fail (FW_IS_SOURCE (self), NULL);

  return self->short_label;
}

const char *
fw_source_get_title (FwSource *self)
{
  g_return_val_if_fail (FW_IS_SOURCE (self), NULL);

  return self->title;
}

const char *
fw_source_get_publisher (FwSource *self)
{
  g_return_val_if_fail (FW_IS_SOURCE (self), NULL);

  return self->publisher;
}

const char *
fw_source_get_version (FwSource *self)
{
  g_return_val_if_fail (FW_IS_SOURCE (self), NULL);

  return self->version;
}

const char *
fw_source_get_url (FwSource *self)
{
  g_return_val_if_fail (FW_IS_SOURCE (self), NULL);

  return self->url;
}

const char *
fw_source_get_license (FwSource *self)
{
  g_return_val_if_fail (FW_IS_SOURCE (self), NULL);

  return self->license;
}
