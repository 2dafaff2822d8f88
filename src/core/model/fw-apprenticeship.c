/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-apprenticeship.h"
#include "fw-item-ids.h"
#include "fw-strings.h"
#include "fw-types.h"

struct _FwApprenticeship
{
  GObject  parent_instance;

  char    *id;
  char    *code;
  char    *title;
};

G_DEFINE_FINAL_TYPE (FwApprenticeship, fw_apprenticeship, G_TYPE_OBJECT)

enum {
  APPRENTICESHIP_PROP_0,
  APPRENTICESHIP_PROP_CODE,
  APPRENTICESHIP_PROP_TITLE,
  APPRENTICESHIP_N_PROPS
};

static GParamSpec *apprenticeship_properties[APPRENTICESHIP_N_PROPS];

static void
fw_apprenticeship_finalize (GObject *object)
{
  FwApprenticeship *self = FW_APPRENTICESHIP (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (fw_apprenticeship_parent_class)->finalize (object);
}

static void
fw_apprenticeship_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FwApprenticeship *self = FW_APPRENTICESHIP (object);

  switch (prop_id)
    {
    case APPRENTICESHIP_PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case APPRENTICESHIP_PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_apprenticeship_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  FwApprenticeship *self = FW_APPRENTICESHIP (object);
  const char *str = g_value_get_string (value);

  if (str == NULL)
    str = "";

  switch (prop_id)
    {
    case APPRENTICESHIP_PROP_CODE:
      if (fw_replace_string (&self->code, str))
        g_object_notify_by_pspec (object, pspec);
      break;

    case APPRENTICESHIP_PROP_TITLE:
      if (fw_replace_string (&self->title, str))
        g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_apprenticeship_class_init (FwApprenticeshipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fw_apprenticeship_finalize;
  object_class->get_property = fw_apprenticeship_get_property;
  object_class->set_property = fw_apprenticeship_set_property;

  apprenticeship_properties[APPRENTICESHIP_PROP_CODE] =
    g_param_spec_string ("code", N_("Apprenticeship Code"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  apprenticeship_properties[APPRENTICESHIP_PROP_TITLE] =
    g_param_spec_string ("title", N_("Apprenticeship Title"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, APPRENTICESHIP_N_PROPS,
                                     apprenticeship_properties);
}

static void
fw_apprenticeship_init (FwApprenticeship *self)
{
  self->id = fw_id_new_random ("apprenticeship");
  self->code = g_strdup ("");
  self->title = g_strdup ("");
}

/* Like fw_domain_new(): the derived id when there is content, else a random one. */
FwApprenticeship *
fw_apprenticeship_new (const char *code,
                       const char *title)
{
  FwApprenticeship *self = g_object_new (FW_TYPE_APPRENTICESHIP,
                                         "code", code,
                                         "title", title,
                                         NULL);

  if (self->code[0] != '\0' || self->title[0] != '\0')
    {
      g_autofree char *seed = fw_item_ids_apprenticeship_seed (self->code, self->title);

      g_free (self->id);
      self->id = fw_id_new_from_seed ("apprenticeship", seed);
    }
  return self;
}

/*
 * Like fw_apprenticeship_new(), with @id rather than a random one: readers give every
 * apprenticeship the id the file names, or one derived from its content.
 */
FwApprenticeship *
fw_apprenticeship_new_with_id (const char *id,
                               const char *code,
                               const char *title)
{
  FwApprenticeship *self;

  g_return_val_if_fail (id != NULL && id[0] != '\0', NULL);

  self = g_object_new (FW_TYPE_APPRENTICESHIP, "code", code, "title", title, NULL);
  g_free (self->id);
  self->id = g_strdup (id);
  return self;
}

/* Made with the apprenticeship; a .fwk keeps it when it differs from the derived one. */
const char *
fw_apprenticeship_get_id (FwApprenticeship *self)
{
  g_return_val_if_fail (FW_IS_APPRENTICESHIP (self), NULL);

  return self->id;
}

const char *
fw_apprenticeship_get_code (FwApprenticeship *self)
{
  g_return_val_if_fail (FW_IS_APPRENTICESHIP (self), NULL);

  return self->code;
}

const char *
fw_apprenticeship_get_title (FwApprenticeship *self)
{
  g_return_val_if_fail (FW_IS_APPRENTICESHIP (self), NULL);

  return self->title;
}
