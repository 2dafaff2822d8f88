/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-map-merge.h"

static const char * const program_fields[] = {
  "name", "institution", "credential", "cip-code", "accreditor", "notes",
  "framework-path", "framework-soc", "framework-version", "framework-digest",
};

static const char * const course_fields[] = { "title", "credits", "term" };

void
fw_map_conflict_free (FwMapConflict *conflict)
{
  if (conflict == NULL)
    return;
  g_free (conflict->path);
  g_free (conflict->id);
  g_free (conflict->field);
  g_free (conflict->ours);
  g_free (conflict->theirs);
  g_free (conflict);
}

static void
add_conflict (GPtrArray  *conflicts,
              char       *path,
              const char *id,
              const char *field,
              const char *ours,
              const char *theirs)
{
  FwMapConflict *conflict = g_new0 (FwMapConflict, 1);

  conflict->path = path;
  conflict->id = g_strdup (id);
  conflict->field = g_strdup (field);
  conflict->ours = g_strdup (ours != NULL ? ours : "");
  conflict->theirs = g_strdup (theirs != NULL ? theirs : "");
  g_ptr_array_add (conflicts, conflict);
}

static char *
get_string (gpointer    object,
            const char *property)
{
  char *value = NULL;

  g_object_get (object, property, &value, NULL);
  return value != NULL ? value : g_strdup ("");
}

static gboolean
same_strings (gpointer            a,
              gpointer            b,
              const char * const *fields,
              gsize               n_fields)
{
  for (gsize i = 0; i < n_fields; i++)
    {
      g_autofree char *value_a = get_string (a, fields[i]);
      g_autofree char *value_b = get_string (b, fields[i]);

      if (!g_str_equal (value_a, value_b))
        return FALSE;
    }
  return TRUE;
}

/* Three-way merge of string properties: theirs wins where only theirs changed. */
static void
merge_fields (GPtrArray          *conflicts,
              gpointer            base,
              gpointer            ours,
              gpointer            theirs,
              const char * const *fields,
              gsize               n_fields,
              const char         *prefix,
              const char         *id)
{
  for (gsize i = 0; i < n_fields; i++)
    {
      g_autofree char *base_value = get_string (base, fields[i]);
      g_autofree char *our_value = get_string (ours, fields[i]);
      g_autofree char *their_value = get_string (theirs, fields[i]);

      if (g_str_equal (their_value, base_value) || g_str_equal (their_value, our_value))
        continue;
      if (g_str_equal (our_value, base_value))
        g_object_set (ours, fields[i], their_value, NULL);
      else
        add_conflict (conflicts, g_strdup_printf ("%s.%s", prefix, fields[i]), id, fields[i],
                      our_value, their_value);
    }
}

static gboolean
find_in_list (GListModel *list,
              const char *property,
              const char *key,
              guint      *position)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      g_autofree char *value = get_string (item, property);

      if (g_str_equal (value, key))
        {
          if (position != NULL)
            *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

/*
 * Merges one list of items keyed by @key (courses by code, outcomes by id). @merge_item
 * merges the fields of an item all three sides hold; @same tells whether ours left an item
 * as it was in base.
 */
typedef void     (*MergeItem) (GPtrArray *conflicts,
                               gpointer   base,
                               gpointer   ours,
                               gpointer   theirs);
typedef gboolean (*SameItem)  (gpointer   a,
                               gpointer   b);

static void
merge_list (GPtrArray  *conflicts,
            GListStore *base,
            GListStore *ours,
            GListStore *theirs,
            const char *key,
            const char *path,
            MergeItem   merge_item,
            SameItem    same)
{
  GListModel *base_list = G_LIST_MODEL (base);
  GListModel *our_list = G_LIST_MODEL (ours);
  GListModel *their_list = G_LIST_MODEL (theirs);

  /* Items theirs deleted: gone from ours too, unless ours edited them. */
  for (guint i = 0; i < g_list_model_get_n_items (base_list); i++)
    {
      g_autoptr(GObject) base_item = g_list_model_get_item (base_list, i);
      g_autofree char *id = get_string (base_item, key);
      guint position;

      if (find_in_list (their_list, key, id, NULL)
          || !find_in_list (our_list, key, id, &position))
        continue;
      {
        g_autoptr(GObject) our_item = g_list_model_get_item (our_list, position);

        if (same (base_item, our_item))
          g_list_store_remove (ours, position);
        else
          add_conflict (conflicts, g_strdup (path), id, "deleted", "edited", "deleted");
      }
    }

  /* Items theirs holds: merged field by field, or added at the end of ours. */
  for (guint i = 0; i < g_list_model_get_n_items (their_list); i++)
    {
      g_autoptr(GObject) their_item = g_list_model_get_item (their_list, i);
      g_autofree char *id = get_string (their_item, key);
      guint base_position, our_position;
      gboolean in_base = find_in_list (base_list, key, id, &base_position);
      gboolean in_ours = find_in_list (our_list, key, id, &our_position);
      g_autoptr(GObject) base_item = in_base ? g_list_model_get_item (base_list, base_position)
                                             : NULL;

      if (in_ours)
        {
          g_autoptr(GObject) our_item = g_list_model_get_item (our_list, our_position);

          if (base_item != NULL)
            merge_item (conflicts, base_item, our_item, their_item);
          else
            merge_item (conflicts, their_item, our_item, their_item);
        }
      else if (base_item == NULL)
        g_list_store_append (ours, their_item);
      else if (!same (base_item, their_item))
        add_conflict (conflicts, g_strdup (path), id, "deleted", "deleted", "edited");
    }
}

static void
merge_outcome (GPtrArray *conflicts,
               gpointer   base,
               gpointer   ours,
               gpointer   theirs)
{
  const char *base_text = fw_map_outcome_get_text (base);
  const char *our_text = fw_map_outcome_get_text (ours);
  const char *their_text = fw_map_outcome_get_text (theirs);

  if (g_str_equal (their_text, base_text) || g_str_equal (their_text, our_text))
    return;
  if (g_str_equal (our_text, base_text))
    fw_map_outcome_set_text (ours, their_text);
  else
    add_conflict (conflicts, g_strdup ("outcomes"), fw_map_outcome_get_id (ours), "text",
                  our_text, their_text);
}

static gboolean
same_outcome (gpointer a,
              gpointer b)
{
  return g_str_equal (fw_map_outcome_get_text (a), fw_map_outcome_get_text (b));
}

static void
merge_course (GPtrArray *conflicts,
              gpointer   base,
              gpointer   ours,
              gpointer   theirs)
{
  g_autofree char *prefix = g_strdup_printf ("courses[%s]", fw_map_course_get_code (ours));

  merge_fields (conflicts, base, ours, theirs, course_fields, G_N_ELEMENTS (course_fields),
                prefix, fw_map_course_get_code (ours));
  merge_list (conflicts, fw_map_course_get_outcomes (base), fw_map_course_get_outcomes (ours),
              fw_map_course_get_outcomes (theirs), "id", "outcomes", merge_outcome,
              same_outcome);
}

static gboolean
same_course (gpointer a,
             gpointer b)
{
  GListModel *outcomes_a = G_LIST_MODEL (fw_map_course_get_outcomes (a));
  GListModel *outcomes_b = G_LIST_MODEL (fw_map_course_get_outcomes (b));
  guint n = g_list_model_get_n_items (outcomes_a);

  if (!same_strings (a, b, course_fields, G_N_ELEMENTS (course_fields))
      || n != g_list_model_get_n_items (outcomes_b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FwMapOutcome) outcome_a = g_list_model_get_item (outcomes_a, i);
      g_autoptr(FwMapOutcome) outcome_b = g_list_model_get_item (outcomes_b, i);

      if (!g_str_equal (fw_map_outcome_get_id (outcome_a), fw_map_outcome_get_id (outcome_b))
          || !same_outcome (outcome_a, outcome_b))
        return FALSE;
    }
  return TRUE;
}

static FwMapping *
find_mapping (FwMap     *map,
              FwMapping *like,
              guint     *position)
{
  return fw_map_find_mapping (map, fw_mapping_get_outcome (like),
                              fw_mapping_get_statement (like), position);
}

static gboolean
same_mapping (FwMapping *a,
              FwMapping *b)
{
  return fw_mapping_get_depth (a) == fw_mapping_get_depth (b)
         && g_strcmp0 (fw_mapping_get_note (a), fw_mapping_get_note (b)) == 0;
}

static void
add_mapping_conflict (GPtrArray  *conflicts,
                      FwMapping  *mapping,
                      const char *field,
                      const char *ours,
                      const char *theirs)
{
  g_autofree char *id = g_strdup_printf ("%s -> %s", fw_mapping_get_outcome (mapping),
                                         fw_mapping_get_statement (mapping));

  add_conflict (conflicts, g_strdup ("mappings"), id, field, ours, theirs);
}

/* Depth and note, each merged three ways (@base NULL when both sides added the mapping). */
static void
merge_mapping (GPtrArray *conflicts,
               FwMapping *base,
               FwMapping *ours,
               FwMapping *theirs)
{
  FwDepth base_depth = base != NULL ? fw_mapping_get_depth (base) : FW_DEPTH_NONE;
  FwDepth our_depth = fw_mapping_get_depth (ours);
  FwDepth their_depth = fw_mapping_get_depth (theirs);
  const char *base_note = base != NULL ? fw_mapping_get_note (base) : NULL;

  if (their_depth != base_depth && their_depth != our_depth)
    {
      if (our_depth == base_depth)
        g_object_set (ours, "depth", their_depth, NULL);
      else
        add_mapping_conflict (conflicts, ours, "depth", fw_depth_to_string (our_depth),
                              fw_depth_to_string (their_depth));
    }

  if (g_strcmp0 (fw_mapping_get_note (theirs), base_note) != 0
      && g_strcmp0 (fw_mapping_get_note (theirs), fw_mapping_get_note (ours)) != 0)
    {
      if (g_strcmp0 (fw_mapping_get_note (ours), base_note) == 0)
        g_object_set (ours, "note", fw_mapping_get_note (theirs), NULL);
      else
        add_mapping_conflict (conflicts, ours, "note", fw_mapping_get_note (ours),
                              fw_mapping_get_note (theirs));
    }
}

static void
merge_mappings (GPtrArray *conflicts,
                FwMap     *base,
                FwMap     *ours,
                FwMap     *theirs)
{
  GListModel *base_list = G_LIST_MODEL (fw_map_get_mappings (base));
  GListModel *their_list = G_LIST_MODEL (fw_map_get_mappings (theirs));

  for (guint i = 0; i < g_list_model_get_n_items (base_list); i++)
    {
      g_autoptr(FwMapping) base_mapping = g_list_model_get_item (base_list, i);
      FwMapping *our_mapping;
      guint position;

      if (find_mapping (theirs, base_mapping, NULL) != NULL)
        continue;
      our_mapping = find_mapping (ours, base_mapping, &position);
      if (our_mapping == NULL)
        continue;
      if (same_mapping (base_mapping, our_mapping))
        g_list_store_remove (fw_map_get_mappings (ours), position);
      else
        add_mapping_conflict (conflicts, our_mapping, "deleted", "edited", "deleted");
    }

  for (guint i = 0; i < g_list_model_get_n_items (their_list); i++)
    {
      g_autoptr(FwMapping) their_mapping = g_list_model_get_item (their_list, i);
      FwMapping *base_mapping = find_mapping (base, their_mapping, NULL);
      FwMapping *our_mapping = find_mapping (ours, their_mapping, NULL);

      if (our_mapping != NULL)
        merge_mapping (conflicts, base_mapping, our_mapping, their_mapping);
      else if (base_mapping == NULL)
        {
          const char *statement = fw_mapping_get_statement (their_mapping);
          FwMapPrint *print = fw_map_find_print (theirs, statement, NULL);

          g_list_store_append (fw_map_get_mappings (ours), their_mapping);
          if (print != NULL && fw_map_find_print (ours, statement, NULL) == NULL)
            g_list_store_append (fw_map_get_prints (ours), print);
        }
      else if (!same_mapping (base_mapping, their_mapping))
        add_mapping_conflict (conflicts, their_mapping, "deleted", "deleted", "edited");
    }
}

GPtrArray *
fw_map_merge (FwMap *base,
              FwMap *ours,
              FwMap *theirs)
{
  GPtrArray *conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_map_conflict_free);

  g_return_val_if_fail (FW_IS_MAP (base) && FW_IS_MAP (ours) && FW_IS_MAP (theirs), conflicts);

  merge_fields (conflicts, base, ours, theirs, program_fields, G_N_ELEMENTS (program_fields),
                "program", NULL);
  merge_list (conflicts, fw_map_get_courses (base), fw_map_get_courses (ours),
              fw_map_get_courses (theirs), "code", "courses", merge_course, same_course);
  merge_mappings (conflicts, base, ours, theirs);
  return conflicts;
}
