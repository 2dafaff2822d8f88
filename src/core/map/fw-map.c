/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fw-map.h"

struct _FwMap
{
  GObject     parent_instance;

  char       *name;
  char       *institution;
  char       *credential;
  char       *cip_code;
  char       *accreditor;
  char       *notes;
  char       *framework_path;
  char       *framework_soc;
  char       *framework_version;
  char       *framework_digest;
  GListStore *courses;
  GListStore *mappings;
  GListStore *prints;
  GListStore *conflicts;
  FwHistory  *history;
};

G_DEFINE_FINAL_TYPE (FwMap, fw_map, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_INSTITUTION,
  PROP_CREDENTIAL,
  PROP_CIP_CODE,
  PROP_ACCREDITOR,
  PROP_NOTES,
  PROP_FRAMEWORK_PATH,
  PROP_FRAMEWORK_SOC,
  PROP_FRAMEWORK_VERSION,
  PROP_FRAMEWORK_DIGEST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char **
fw_map_get_field (FwMap *self,
                  guint  prop_id)
{
  char **fields[N_PROPS] = {
    NULL, &self->name, &self->institution, &self->credential, &self->cip_code,
    &self->accreditor, &self->notes, &self->framework_path, &self->framework_soc,
    &self->framework_version, &self->framework_digest
  };

  return prop_id < N_PROPS ? fields[prop_id] : NULL;
}

static void
fw_map_finalize (GObject *object)
{
  FwMap *self = FW_MAP (object);

  for (guint i = 1; i < N_PROPS; i++)
    g_clear_pointer (fw_map_get_field (self, i), g_free);
  g_clear_object (&self->courses);
  g_clear_object (&self->mappings);
  g_clear_object (&self->prints);
  g_clear_object (&self->conflicts);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (fw_map_parent_class)->finalize (object);
}

static void
fw_map_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  fw_map_get_string_property (object, prop_id, fw_map_get_field (FW_MAP (object), prop_id),
                              value, pspec);
}

static void
fw_map_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  fw_map_set_string_property (object, prop_id, fw_map_get_field (FW_MAP (object), prop_id),
                              value, pspec);
}

static void
fw_map_class_init (FwMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  static const struct { const char *name; const char *nick; } props[N_PROPS] = {
    { NULL, NULL },
    { "name", N_("Program") },
    { "institution", N_("Institution") },
    { "credential", N_("Credential") },
    { "cip-code", N_("CIP Code") },
    { "accreditor", N_("Accreditor") },
    { "notes", N_("Notes") },
    { "framework-path", N_("Framework") },
    { "framework-soc", N_("SOC Code") },
    { "framework-version", N_("Framework Version") },
    { "framework-digest", N_("Framework Digest") },
  };

  object_class->finalize = fw_map_finalize;
  object_class->get_property = fw_map_get_property;
  object_class->set_property = fw_map_set_property;

  for (guint i = 1; i < N_PROPS; i++)
    properties[i] = g_param_spec_string (props[i].name, props[i].nick, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fw_map_init (FwMap *self)
{
  for (guint i = 1; i < N_PROPS; i++)
    *fw_map_get_field (self, i) = g_strdup ("");
  self->courses = g_list_store_new (FW_TYPE_MAP_COURSE);
  self->mappings = g_list_store_new (FW_TYPE_MAPPING);
  self->prints = g_list_store_new (FW_TYPE_MAP_PRINT);
  self->conflicts = g_list_store_new (FW_TYPE_CONFLICT);
  self->history = fw_history_new ();

  /* The map owns the history whose commands may change the map's own properties. */
  _fw_command_hold_weakly (G_OBJECT (self));
}

FwMap *
fw_map_new (void)
{
  return g_object_new (FW_TYPE_MAP, NULL);
}

FwHistory *
fw_map_get_history (FwMap *self)
{
  g_return_val_if_fail (FW_IS_MAP (self), NULL);

  return self->history;
}

void
fw_map_run (FwMap     *self,
            FwCommand *command)
{
  g_return_if_fail (FW_IS_MAP (self));
  g_return_if_fail (FW_IS_COMMAND (command));

  fw_history_run (self->history, command);
}

const char *
fw_map_get_name (FwMap *self)
{
  g_return_val_if_fail (FW_IS_MAP (self), NULL);

  return self->name;
}

const char *
fw_map_get_framework_path (FwMap *self)
{
  g_return_val_if_fail (FW_IS_MAP (self), NULL);

  return self->framework_path;
}

const char *
fw_map_get_framework_digest (FwMap *self)
{
  g_return_val_if_fail (FW_IS_MAP (self), NULL);

  return self->framework_digest;
}

GListStore *
fw_map_get_courses (FwMap *self)
{
  g_return_val_if_fail (FW_IS_MAP (self), NULL);

  return self->courses;
}

GListStore *
fw_map_get_mappings (FwMap *self)
{
  g_return_val_if_fail (FW_IS_MAP (self), NULL);

  return self->mappings;
}

GListStore *
fw_map_get_conflicts (FwMap *self)
{
  g_return_val_if_fail (FW_IS_MAP (self), NULL);

  return self->conflicts;
}

GListStore *
fw_map_get_prints (FwMap *self)
{
  g_return_val_if_fail (FW_IS_MAP (self), NULL);

  return self->prints;
}

FwMapCourse *
fw_map_find_course (FwMap      *self,
                    const char *code)
{
  guint n;

  g_return_val_if_fail (FW_IS_MAP (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->courses));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FwMapCourse) course = g_list_model_get_item (G_LIST_MODEL (self->courses), i);

      if (strcmp (fw_map_course_get_code (course), code) == 0)
        return course;
    }

  return NULL;
}

/* The part of a stored id after its course qualifier, or the whole id. */
static const char *
local_id (const char *id)
{
  const char *colon = strchr (id, FW_MAP_QUALIFIER);

  return colon != NULL ? colon + 1 : id;
}

static FwMapOutcome *
find_in_course (FwMapCourse *course,
                const char  *id,
                const char  *local)
{
  GListModel *outcomes = G_LIST_MODEL (fw_map_course_get_outcomes (course));

  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(FwMapOutcome) outcome = g_list_model_get_item (outcomes, i);
      const char *stored = fw_map_outcome_get_id (outcome);

      if (strcmp (stored, id) == 0 || (local != NULL && strcmp (local_id (stored), local) == 0))
        return outcome;
    }

  return NULL;
}

FwMapOutcome *
fw_map_find_outcome (FwMap         *self,
                     const char    *id,
                     FwMapCourse  **course,
                     gboolean      *ambiguous)
{
  GListModel *courses;
  FwMapOutcome *found = NULL;
  FwMapCourse *found_course = NULL;
  guint matches = 0;

  g_return_val_if_fail (FW_IS_MAP (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (ambiguous != NULL)
    *ambiguous = FALSE;
  courses = G_LIST_MODEL (self->courses);

  /* An exact match wins: ids are unique within a program. */
  for (guint i = 0; i < g_list_model_get_n_items (courses) && found == NULL; i++)
    {
      g_autoptr(FwMapCourse) each = g_list_model_get_item (courses, i);

      found = find_in_course (each, id, NULL);
      found_course = each;
    }

  if (found == NULL && strchr (id, FW_MAP_QUALIFIER) != NULL)
    {
      g_autofree char *code = g_strndup (id, strchr (id, FW_MAP_QUALIFIER) - id);

      found_course = fw_map_find_course (self, code);
      if (found_course != NULL)
        found = find_in_course (found_course, id, local_id (id));
    }
  else if (found == NULL)
    {
      for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
        {
          g_autoptr(FwMapCourse) each = g_list_model_get_item (courses, i);
          FwMapOutcome *outcome = find_in_course (each, id, id);

          if (outcome != NULL && matches++ == 0)
            {
              found = outcome;
              found_course = each;
            }
        }

      if (matches > 1)
        {
          if (ambiguous != NULL)
            *ambiguous = TRUE;
          found = NULL;
        }
    }

  if (course != NULL)
    *course = found != NULL ? found_course : NULL;

  return found;
}

int
fw_map_course_position (FwMap      *self,
                        const char *outcome_id)
{
  GListModel *courses;

  g_return_val_if_fail (FW_IS_MAP (self), -1);
  g_return_val_if_fail (outcome_id != NULL, -1);

  courses = G_LIST_MODEL (self->courses);
  for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
    {
      g_autoptr(FwMapCourse) course = g_list_model_get_item (courses, i);

      if (find_in_course (course, outcome_id, NULL) != NULL)
        return (int) i;
    }

  return -1;
}

FwMapping *
fw_map_find_mapping (FwMap      *self,
                     const char *outcome_id,
                     const char *statement_id,
                     guint      *position)
{
  GListModel *mappings;

  g_return_val_if_fail (FW_IS_MAP (self), NULL);
  g_return_val_if_fail (outcome_id != NULL && statement_id != NULL, NULL);

  mappings = G_LIST_MODEL (self->mappings);
  for (guint i = 0; i < g_list_model_get_n_items (mappings); i++)
    {
      g_autoptr(FwMapping) mapping = g_list_model_get_item (mappings, i);

      if (strcmp (fw_mapping_get_outcome (mapping), outcome_id) == 0
          && strcmp (fw_mapping_get_statement (mapping), statement_id) == 0)
        {
          if (position != NULL)
            *position = i;
          return mapping;
        }
    }

  return NULL;
}

FwMapPrint *
fw_map_find_print (FwMap      *self,
                   const char *statement_id,
                   guint      *position)
{
  GListModel *prints;

  g_return_val_if_fail (FW_IS_MAP (self), NULL);
  g_return_val_if_fail (statement_id != NULL, NULL);

  prints = G_LIST_MODEL (self->prints);
  for (guint i = 0; i < g_list_model_get_n_items (prints); i++)
    {
      g_autoptr(FwMapPrint) print = g_list_model_get_item (prints, i);

      if (strcmp (fw_map_print_get_statement (print), statement_id) == 0)
        {
          if (position != NULL)
            *position = i;
          return print;
        }
    }

  return NULL;
}

static guint
n_items (GListStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

static void
add_string_change (FwCommand  *group,
                   FwMapping  *mapping,
                   const char *property,
                   const char *value)
{
  g_autofree char *old = NULL;

  if (value == NULL)
    return;
  g_object_get (mapping, property, &old, NULL);
  if (g_strcmp0 (old, value) != 0)
    fw_command_group_add (group, fw_command_set_string_new (G_OBJECT (mapping), property, value,
                                                            FALSE));
}

void
fw_map_set_mapping (FwMap      *self,
                    const char *outcome_id,
                    const char *statement_id,
                    FwDepth     depth,
                    const char *note,
                    const char *mapped_by,
                    const char *mapped_at,
                    FwMapPrint *print)
{
  g_autoptr(FwCommand) group = NULL;
  g_autoptr(FwMapping) created = NULL;
  FwMapping *mapping;

  g_return_if_fail (FW_IS_MAP (self));
  g_return_if_fail (outcome_id != NULL && statement_id != NULL);
  g_return_if_fail (depth >= FW_DEPTH_INTRODUCED && depth <= FW_DEPTH_MASTERED);

  group = fw_command_group_new (_("Map Outcome"));
  mapping = fw_map_find_mapping (self, outcome_id, statement_id, NULL);
  if (mapping == NULL)
    {
      created = fw_mapping_new (outcome_id, statement_id, depth);
      mapping = created;
    }
  else if (fw_mapping_get_depth (mapping) != depth)
    {
      fw_command_group_add (group, fw_command_set_int_new (G_OBJECT (mapping), "depth", depth));
    }

  /* A new mapping gets its strings before it is inserted, so one insert undoes it all. */
  if (created != NULL)
    g_object_set (created, "note", note, "mapped-by", mapped_by, "mapped-at", mapped_at, NULL);
  else
    {
      add_string_change (group, mapping, "note", note);
      add_string_change (group, mapping, "mapped-by", mapped_by);
      add_string_change (group, mapping, "mapped-at", mapped_at);
    }

  if (created != NULL)
    fw_command_group_add (group, fw_command_insert_new (self->mappings,
                                                        n_items (self->mappings), created));
  if (print != NULL && fw_map_find_print (self, statement_id, NULL) == NULL)
    fw_command_group_add (group, fw_command_insert_new (self->prints, n_items (self->prints),
                                                        print));

  if (fw_command_group_get_size (group) > 0)
    fw_map_run (self, g_steal_pointer (&group));
}

static gboolean
statement_still_mapped (FwMap      *self,
                        const char *statement_id,
                        guint       except)
{
  GListModel *mappings = G_LIST_MODEL (self->mappings);

  for (guint i = 0; i < g_list_model_get_n_items (mappings); i++)
    {
      g_autoptr(FwMapping) mapping = g_list_model_get_item (mappings, i);

      if (i != except && strcmp (fw_mapping_get_statement (mapping), statement_id) == 0)
        return TRUE;
    }

  return FALSE;
}

gboolean
fw_map_unset_mapping (FwMap      *self,
                      const char *outcome_id,
                      const char *statement_id)
{
  g_autoptr(FwCommand) group = NULL;
  guint position, print_position;

  g_return_val_if_fail (FW_IS_MAP (self), FALSE);
  g_return_val_if_fail (outcome_id != NULL && statement_id != NULL, FALSE);

  if (fw_map_find_mapping (self, outcome_id, statement_id, &position) == NULL)
    return FALSE;

  group = fw_command_group_new (_("Unmap Outcome"));
  fw_command_group_add (group, fw_command_remove_new (self->mappings, position));
  if (!statement_still_mapped (self, statement_id, position)
      && fw_map_find_print (self, statement_id, &print_position) != NULL)
    fw_command_group_add (group, fw_command_remove_new (self->prints, print_position));

  fw_map_run (self, g_steal_pointer (&group));
  return TRUE;
}
