/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-strings.h"
#include "fw-technology.h"

struct _FwTechnology
{
  GObject   parent_instance;

  char     *commodity_code;
  char     *title;
  gboolean  hot;
  gboolean  in_demand;
  char    **examples;
};

G_DEFINE_FINAL_TYPE (FwTechnology, fw_technology, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_COMMODITY_CODE,
  PROP_TITLE,
  PROP_HOT,
  PROP_IN_DEMAND,
  PROP_EXAMPLES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fw_technology_finalize (GObject *object)
{
  FwTechnology *self = FW_TECHNOLOGY (object);

  g_clear_pointer (&self->commodity_code, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->examples, g_strfreev);

  G_OBJECT_CLASS (fw_technology_parent_class)->finalize (object);
}

static void
fw_technology_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FwTechnology *self = FW_TECHNOLOGY (object);

  switch (prop_id)
    {
    case PROP_COMMODITY_CODE:
      g_value_set_string (value, self->commodity_code);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_HOT:
      g_value_set_boolean (value, self->hot);
      break;

    case PROP_IN_DEMAND:
      g_value_set_boolean (value, self->in_demand);
      break;

    case PROP_EXAMPLES:
      g_value_set_boxed (value, self->examples);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_flag (GObject    *object,
          gboolean   *slot,
          gboolean    value,
          GParamSpec *pspec)
{
  if (*slot == value)
    return;

  *slot = value;
  g_object_notify_by_pspec (object, pspec);
}

static void
fw_technology_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FwTechnology *self = FW_TECHNOLOGY (object);
  static const char * const empty[] = { NULL };
  const char * const *examples;

  switch (prop_id)
    {
    case PROP_COMMODITY_CODE:
      if (fw_replace_string (&self->commodity_code, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_TITLE:
      if (fw_replace_string (&self->title, g_value_get_string (value) != NULL
                                           ? g_value_get_string (value) : ""))
        g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_HOT:
      set_flag (object, &self->hot, g_value_get_boolean (value), pspec);
      break;

    case PROP_IN_DEMAND:
      set_flag (object, &self->in_demand, g_value_get_boolean (value), pspec);
      break;

    case PROP_EXAMPLES:
      examples = g_value_get_boxed (value) != NULL ? g_value_get_boxed (value) : empty;
      if (!g_strv_equal ((const char * const *) self->examples, examples))
        {
          g_strfreev (self->examples);
          self->examples = g_strdupv ((char **) examples);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_technology_class_init (FwTechnologyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = fw_technology_finalize;
  object_class->get_property = fw_technology_get_property;
  object_class->set_property = fw_technology_set_property;

  properties[PROP_COMMODITY_CODE] =
    g_param_spec_string ("commodity-code", N_("Commodity Code"), NULL, NULL, flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", N_("Commodity Title"), NULL, "", flags);
  properties[PROP_HOT] =
    g_param_spec_boolean ("hot", N_("Hot Technology"), NULL, FALSE, flags);
  properties[PROP_IN_DEMAND] =
    g_param_spec_boolean ("in-demand", N_("In Demand"), NULL, FALSE, flags);
  properties[PROP_EXAMPLES] =
    g_param_spec_boxed ("examples", N_("Examples"), NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fw_technology_init (FwTechnology *self)
{
  self->title = g_strdup ("");
  self->examples = g_new0 (char *, 1);
}

FwTechnology *
fw_technology_new (const char *commodity_code,
                   const char *title)
{
  return g_object_new (FW_TYPE_TECHNOLOGY,
                       "commodity-code", commodity_code,
                       "title", title,
                       NULL);
}

const char *
fw_technology_get_commodity_code (FwTechnology *self)
{
  g_return_val_if_fail (FW_IS_TECHNOLOGY (self), NULL);

  return self->commodity_code;
}

const char *
fw_technology_get_title (FwTechnology *self)
{
  g_return_val_if_fail (FW_IS_TECHNOLOGY (self), NULL);

  return self->title;
}

gboolean
fw_technology_get_hot (FwTechnology *self)
{
  g_return_val_if_fail (FW_IS_TECHNOLOGY (self), FALSE);

  return self->hot;
}

gboolean
fw_technology_get_in_demand (FwTechnology *self)
{
  g_return_val_if_fail (FW_IS_TECHNOLOGY (self), FALSE);

  return self->in_demand;
}

const char * const *
fw_technology_get_examples (FwTechnology *self)
{
  g_return_val_if_fail (FW_IS_TECHNOLOGY (self), NULL);

  return (const char * const *) self->examples;
}
