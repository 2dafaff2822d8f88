/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-map-merge.h"

static const char * const program_fields[] = {
  "name", "institution", "credential", "cip-code", "accreditor", "notes",
  "framework-path", "framework-soc", "framework-version", "framework-digest",
};

static const char * const course_fields[] = { "title", "credits", "term" };

/* Records a conflict in the result; a NULL value is a side that deleted the item. */
static void
add_conflict (FwMap      *result,
              char       *path,
              const char *id,
              const char *field,
              const char *ours,
              const char *theirs)
{
  g_autoptr(FwConflict) conflict = fw_conflict_new (id, field, path, ours, theirs);

  g_free (path);
  g_list_store_append (fw_map_get_conflicts (result), conflict);
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
merge_fields (FwMap              *result,
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
        add_conflict (result, g_strdup_printf ("%s.%s", prefix, fields[i]),
                      id != NULL ? id : prefix, fields[i], our_value, their_value);
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

typedef void     (*MergeItem) (FwMap     *result,
                               gpointer   base,
                               gpointer   ours,
                               gpointer   theirs);
typedef gboolean (*SameItem)  (gpointer   a,
                               gpointer   b);

/*
 * A list of items keyed by @key (courses by code, outcomes by id). @merge_item merges the
 * fields of an item all three sides hold; @same tells whether a side left an item as it was
 * in base. An edit against a deletion is recorded as a conflict on @field, the edited side's
 * value being its @value property.
 */
typedef struct
{
  const char *key;
  const char *field;
  const char *value;
  MergeItem   merge_item;
  SameItem    same;
} ListKind;

static void
merge_list (FwMap          *result,
            GListStore     *base,
            GListStore     *ours,
            GListStore     *theirs,
            const char     *path,
            const ListKind *kind)
{
  const char *key = kind->key;
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

        g_autofree char *value = get_string (our_item, kind->value);

        if (kind->same (base_item, our_item))
          g_list_store_remove (ours, position);
        else
          add_conflict (result, g_strdup (path), id, kind->field, value, NULL);
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
            kind->merge_item (result, base_item, our_item, their_item);
          else
            kind->merge_item (result, their_item, our_item, their_item);
        }
      else if (base_item == NULL)
        g_list_store_append (ours, their_item);
      else if (!kind->same (base_item, their_item))
        {
          g_autofree char *value = get_string (their_item, kind->value);

          add_conflict (result, g_strdup (path), id, kind->field, NULL, value);
        }
    }
}

/* "courses[CODE].outcomes", where the merged map holds the outcome @id. */
static char *
outcome_path (FwMap      *result,
              const char *id)
{
  FwMapCourse *course = NULL;

  fw_map_find_outcome (result, id, &course, NULL);
  return g_strdup_printf ("courses[%s].outcomes",
                          course != NULL ? fw_map_course_get_code (course) : "");
}

static void
merge_outcome (FwMap     *result,
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
    add_conflict (result, outcome_path (result, fw_map_outcome_get_id (ours)),
                  fw_map_outcome_get_id (ours), "text", our_text, their_text);
}

static gboolean
same_outcome (gpointer a,
              gpointer b)
{
  return g_str_equal (fw_map_outcome_get_text (a), fw_map_outcome_get_text (b));
}

static void
merge_course (FwMap     *result,
              gpointer   base,
              gpointer   ours,
              gpointer   theirs)
{
  static const ListKind outcomes = { "id", "outcome", "text", merge_outcome, same_outcome };
  g_autofree char *prefix = g_strdup_printf ("courses[%s]", fw_map_course_get_code (ours));
  g_autofree char *path = g_strconcat (prefix, ".outcomes", NULL);

  merge_fields (result, base, ours, theirs, course_fields, G_N_ELEMENTS (course_fields),
                prefix, fw_map_course_get_code (ours));
  merge_list (result, fw_map_course_get_outcomes (base), fw_map_course_get_outcomes (ours),
              fw_map_course_get_outcomes (theirs), path, &outcomes);
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
add_mapping_conflict (FwMap      *result,
                      FwMapping  *mapping,
                      const char *field,
                      const char *ours,
                      const char *theirs)
{
  g_autofree char *id = g_strdup_printf ("%s -> %s", fw_mapping_get_outcome (mapping),
                                         fw_mapping_get_statement (mapping));

  add_conflict (result, g_strdup ("mappings"), id, field, ours, theirs);
}

/* A note's value as a conflict records it: NULL would mean a deleted mapping. */
static const char *
or_empty (const char *note)
{
  return note != NULL ? note : "";
}

/* Depth and note, each merged three ways (@base NULL when both sides added the mapping). */
static void
merge_mapping (FwMap     *result,
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
        add_mapping_conflict (result, ours, "depth", fw_depth_to_string (our_depth),
                              fw_depth_to_string (their_depth));
    }

  if (g_strcmp0 (fw_mapping_get_note (theirs), base_note) != 0
      && g_strcmp0 (fw_mapping_get_note (theirs), fw_mapping_get_note (ours)) != 0)
    {
      if (g_strcmp0 (fw_mapping_get_note (ours), base_note) == 0)
        g_object_set (ours, "note", fw_mapping_get_note (theirs), NULL);
      else
        add_mapping_conflict (result, ours, "note", or_empty (fw_mapping_get_note (ours)),
                              or_empty (fw_mapping_get_note (theirs)));
    }
}

static void
merge_mappings (FwMap     *result,
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
        add_mapping_conflict (result, our_mapping, "mapping",
                              fw_depth_to_string (fw_mapping_get_depth (our_mapping)), NULL);
    }

  for (guint i = 0; i < g_list_model_get_n_items (their_list); i++)
    {
      g_autoptr(FwMapping) their_mapping = g_list_model_get_item (their_list, i);
      FwMapping *base_mapping = find_mapping (base, their_mapping, NULL);
      FwMapping *our_mapping = find_mapping (ours, their_mapping, NULL);

      if (our_mapping != NULL)
        merge_mapping (result, base_mapping, our_mapping, their_mapping);
      else if (base_mapping == NULL)
        {
          const char *statement = fw_mapping_get_statement (their_mapping);
          FwMapPrint *print = fw_map_find_print (theirs, statement, NULL);

          g_list_store_append (fw_map_get_mappings (ours), their_mapping);
          if (print != NULL && fw_map_find_print (ours, statement, NULL) == NULL)
            g_list_store_append (fw_map_get_prints (ours), print);
        }
      else if (!same_mapping (base_mapping, their_mapping))
        add_mapping_conflict (result, their_mapping, "mapping", NULL,
                              fw_depth_to_string (fw_mapping_get_depth (their_mapping)));
    }
}

/*
 * A mapping one side added to an outcome the other side deleted (with its course, perhaps)
 * would leave a map no reader accepts: it goes, and its conflict records the depth it had.
 */
static void
drop_orphan_mappings (FwMap *result)
{
  GListStore *mappings = fw_map_get_mappings (result);

  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (mappings)); i-- > 0;)
    {
      g_autoptr(FwMapping) mapping = g_list_model_get_item (G_LIST_MODEL (mappings), i);

      if (fw_map_find_outcome (result, fw_mapping_get_outcome (mapping), NULL, NULL) != NULL)
        continue;
      add_mapping_conflict (result, mapping, "mapping",
                            fw_depth_to_string (fw_mapping_get_depth (mapping)), NULL);
      g_list_store_remove (mappings, i);
    }
}

/* Conflicts recorded by earlier merges: those either side still has (and did not resolve). */
static void
merge_recorded_conflicts (FwMap *base,
                          FwMap *ours,
                          FwMap *theirs)
{
  GListModel *base_list = G_LIST_MODEL (fw_map_get_conflicts (base));
  GListModel *their_list = G_LIST_MODEL (fw_map_get_conflicts (theirs));
  GListModel *our_list = G_LIST_MODEL (fw_map_get_conflicts (ours));
  guint n_ours = g_list_model_get_n_items (our_list);

  for (guint i = 0; i < g_list_model_get_n_items (their_list); i++)
    {
      g_autoptr(FwConflict) conflict = g_list_model_get_item (their_list, i);
      gboolean known = FALSE;

      for (guint k = 0; k < g_list_model_get_n_items (base_list) && !known; k++)
        {
          g_autoptr(FwConflict) other = g_list_model_get_item (base_list, k);
          known = fw_conflict_equal (conflict, other);
        }
      for (guint k = 0; k < n_ours && !known; k++)
        {
          g_autoptr(FwConflict) other = g_list_model_get_item (our_list, k);
          known = fw_conflict_equal (conflict, other);
        }
      if (!known)
        g_list_store_append (fw_map_get_conflicts (ours), conflict);
    }
}

guint
fw_map_merge (FwMap *base,
              FwMap *ours,
              FwMap *theirs)
{
  static const ListKind courses = { "code", "course", "title", merge_course, same_course };
  GListModel *conflicts;
  guint before;

  g_return_val_if_fail (FW_IS_MAP (base) && FW_IS_MAP (ours) && FW_IS_MAP (theirs), 0);

  conflicts = G_LIST_MODEL (fw_map_get_conflicts (ours));
  merge_recorded_conflicts (base, ours, theirs);
  before = g_list_model_get_n_items (conflicts);
  merge_fields (ours, base, ours, theirs, program_fields, G_N_ELEMENTS (program_fields),
                "program", NULL);
  merge_list (ours, fw_map_get_courses (base), fw_map_get_courses (ours),
              fw_map_get_courses (theirs), "courses", &courses);
  merge_mappings (ours, base, ours, theirs);
  drop_orphan_mappings (ours);
  return g_list_model_get_n_items (conflicts) - before;
}
