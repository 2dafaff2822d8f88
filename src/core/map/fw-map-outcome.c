/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-map-outcome.h"

struct _FwMapOutcome
{
  GObject  parent_instance;

  char    *id;
  char    *text;
};

G_DEFINE_FINAL_TYPE (FwMapOutcome, fw_map_outcome, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fw_map_outcome_finalize (GObject *object)
{
  FwMapOutcome *self = FW_MAP_OUTCOME (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (fw_map_outcome_parent_class)->finalize (object);
}

static void
fw_map_outcome_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FwMapOutcome *self = FW_MAP_OUTCOME (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_map_outcome_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  FwMapOutcome *self = FW_MAP_OUTCOME (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_free (self->id);
      self->id = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;

    case PROP_TEXT:
      fw_map_outcome_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_map_outcome_class_init (FwMapOutcomeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fw_map_outcome_finalize;
  object_class->get_property = fw_map_outcome_get_property;
  object_class->set_property = fw_map_outcome_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", N_("Outcome ID"), NULL, "",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", N_("Outcome"), NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fw_map_outcome_init (FwMapOutcome *self)
{
  self->text = g_strdup ("");
}

FwMapOutcome *
fw_map_outcome_new (const char *id,
                    const char *text)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (FW_TYPE_MAP_OUTCOME, "id", id, "text", text, NULL);
}

const char *
fw_map_outcome_get_id (FwMapOutcome *self)
{
  g_return_val_if_fail (FW_IS_MAP_OUTCOME (self), NULL);

  return self->id;
}

const char *
fw_map_outcome_get_text (FwMapOutcome *self)
{
  g_return_val_if_fail (FW_IS_MAP_OUTCOME (self), NULL);

  return self->text;
}

void
fw_map_outcome_set_text (FwMapOutcome *self,
                         const char   *text)
{
  g_return_if_fail (FW_IS_MAP_OUTCOME (self));

  if (text == NULL)
    text = "";
  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}
