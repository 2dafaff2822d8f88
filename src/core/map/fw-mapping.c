/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-mapping.h"

struct _FwMapping
{
  GObject  parent_instance;

  char    *outcome;
  char    *statement;
  FwDepth  depth;
  char    *note;
  char    *mapped_by;
  char    *mapped_at;
};

G_DEFINE_FINAL_TYPE (FwMapping, fw_mapping, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_OUTCOME,
  PROP_STATEMENT,
  PROP_DEPTH,
  PROP_NOTE,
  PROP_MAPPED_BY,
  PROP_MAPPED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char **
fw_mapping_get_field (FwMapping *self,
                      guint      prop_id)
{
  switch (prop_id)
    {
    case PROP_OUTCOME:
      return &self->outcome;

    case PROP_STATEMENT:
      return &self->statement;

    case PROP_NOTE:
      return &self->note;

    case PROP_MAPPED_BY:
      return &self->mapped_by;

    case PROP_MAPPED_AT:
      return &self->mapped_at;

    default:
      return NULL;
    }
}

static void
fw_mapping_finalize (GObject *object)
{
  FwMapping *self = FW_MAPPING (object);

  g_clear_pointer (&self->outcome, g_free);
  g_clear_pointer (&self->statement, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->mapped_by, g_free);
  g_clear_pointer (&self->mapped_at, g_free);

  G_OBJECT_CLASS (fw_mapping_parent_class)->finalize (object);
}

static void
fw_mapping_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  FwMapping *self = FW_MAPPING (object);
  char **field = fw_mapping_get_field (self, prop_id);

  if (prop_id == PROP_DEPTH)
    g_value_set_int (value, self->depth);
  else
    fw_map_get_string_property (object, prop_id, field, value, pspec);
}

static void
fw_mapping_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  FwMapping *self = FW_MAPPING (object);
  char **field = fw_mapping_get_field (self, prop_id);

  if (prop_id == PROP_DEPTH)
    {
      if (self->depth != (FwDepth) g_value_get_int (value))
        {
          self->depth = g_value_get_int (value);
          g_object_notify_by_pspec (object, pspec);
        }
      return;
    }

  fw_map_set_string_property (object, prop_id, field, value, pspec);
}

static void
fw_mapping_class_init (FwMappingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fw_mapping_finalize;
  object_class->get_property = fw_mapping_get_property;
  object_class->set_property = fw_mapping_set_property;

  properties[PROP_OUTCOME] = g_param_spec_string ("outcome", N_("Outcome"), NULL, "", construct);
  properties[PROP_STATEMENT] = g_param_spec_string ("statement", N_("Statement"), NULL, "",
                                                    construct);
  properties[PROP_DEPTH] = g_param_spec_int ("depth", N_("Depth"), NULL, FW_DEPTH_NONE,
                                             FW_DEPTH_MASTERED, FW_DEPTH_NONE, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", N_("Assessment"), NULL, "", flags);
  properties[PROP_MAPPED_BY] = g_param_spec_string ("mapped-by", N_("Mapped By"), NULL, "",
                                                    flags);
  properties[PROP_MAPPED_AT] = g_param_spec_string ("mapped-at", N_("Mapped At"), NULL, "",
                                                    flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fw_mapping_init (FwMapping *self)
{
  self->note = g_strdup ("");
  self->mapped_by = g_strdup ("");
  self->mapped_at = g_strdup ("");
}

FwMapping *
fw_mapping_new (const char *outcome_id,
                const char *statement_id,
                FwDepth     depth)
{
  g_return_val_if_fail (outcome_id != NULL, NULL);
  g_return_val_if_fail (statement_id != NULL, NULL);

  return g_object_new (FW_TYPE_MAPPING,
                       "outcome", outcome_id,
                       "statement", statement_id,
                       "depth", depth,
                       NULL);
}

const char *
fw_mapping_get_outcome (FwMapping *self)
{
  g_return_val_if_fail (FW_IS_MAPPING (self), NULL);

  return self->outcome;
}

const char *
fw_mapping_get_statement (FwMapping *self)
{
  g_return_val_if_fail (FW_IS_MAPPING (self), NULL);

  return self->statement;
}

FwDepth
fw_mapping_get_depth (FwMapping *self)
{
  g_return_val_if_fail (FW_IS_MAPPING (self), FW_DEPTH_NONE);

  return self->depth;
}

const char *
fw_mapping_get_note (FwMapping *self)
{
  g_return_val_if_fail (FW_IS_MAPPING (self), NULL);

  return self->note;
}

const char *
fw_mapping_get_mapped_by (FwMapping *self)
{
  g_return_val_if_fail (FW_IS_MAPPING (self), NULL);

  return self->mapped_by;
}

const char *
fw_mapping_get_mapped_at (FwMapping *self)
{
  g_return_val_if_fail (FW_IS_MAPPING (self), NULL);

  return self->mapped_at;
}
