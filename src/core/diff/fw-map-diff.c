/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <json-glib/json-glib.h>

#include "fw-map-conflicts.h"
#include "fw-map-diff.h"

static const char * const program_fields[] = {
  "name", "institution", "credential", "cip-code", "accreditor", "notes",
  "framework-path", "framework-soc", "framework-version", "framework-digest",
};

static const char * const course_fields[] = { "title", "credits", "term" };

void
fw_map_change_free (FwMapChange *change)
{
  if (change == NULL)
    return;
  g_free (change->kind);
  g_free (change->path);
  g_free (change->id);
  g_free (change->field);
  g_free (change->old_value);
  g_free (change->new_value);
  g_free (change);
}

static void
add_change (GPtrArray  *changes,
            const char *kind,
            char       *path,
            const char *id,
            const char *field,
            const char *old_value,
            const char *new_value)
{
  FwMapChange *change = g_new0 (FwMapChange, 1);

  change->kind = g_strdup (kind);
  change->path = path;
  change->id = g_strdup (id);
  change->field = g_strdup (field);
  change->old_value = g_strdup (old_value);
  change->new_value = g_strdup (new_value);
  g_ptr_array_add (changes, change);
}

static char *
get_string (gpointer    object,
            const char *property)
{
  char *value = NULL;

  g_object_get (object, property, &value, NULL);
  return value != NULL ? value : g_strdup ("");
}

static guint
n_items (gpointer list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static void
diff_fields (GPtrArray          *changes,
             gpointer            old_object,
             gpointer            new_object,
             const char * const *fields,
             gsize               n_fields,
             const char         *prefix,
             const char         *id)
{
  for (gsize i = 0; i < n_fields; i++)
    {
      g_autofree char *old_value = get_string (old_object, fields[i]);
      g_autofree char *new_value = get_string (new_object, fields[i]);

      if (g_strcmp0 (old_value, new_value) != 0)
        add_change (changes, "edited",
                    g_strdup_printf ("%s.%s", prefix, fields[i]),
                    id, fields[i], old_value, new_value);
    }
}

/* Indexes the courses of @map by code (position + 1 as value). */
static GHashTable *
index_courses (FwMap *map)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);
  GListStore *courses = fw_map_get_courses (map);

  for (guint i = 0; i < n_items (courses); i++)
    {
      g_autoptr(FwMapCourse) course = g_list_model_get_item (G_LIST_MODEL (courses), i);

      g_hash_table_insert (index, (gpointer) fw_map_course_get_code (course),
                           GUINT_TO_POINTER (i + 1));
    }
  return index;
}

/*
 * Marks in @moved the items of @sequence (old positions, in new order) that are not in its
 * longest increasing run: the fewest items whose moves explain the new order.
 */
static void
find_moved (GArray   *sequence,
            gboolean *moved)
{
  g_autofree guint *length = g_new0 (guint, sequence->len + 1);
  g_autofree int *previous = g_new0 (int, sequence->len + 1);
  int best = -1;

  for (guint i = 0; i < sequence->len; i++)
    {
      length[i] = 1;
      previous[i] = -1;
      for (guint j = 0; j < i; j++)
        if (g_array_index (sequence, guint, j) < g_array_index (sequence, guint, i)
            && length[j] + 1 > length[i])
          {
            length[i] = length[j] + 1;
            previous[i] = (int) j;
          }
      if (best < 0 || length[i] > length[best])
        best = (int) i;
      moved[i] = TRUE;
    }
  for (int i = best; i >= 0; i = previous[i])
    moved[i] = FALSE;
}

static void
diff_courses (GPtrArray *changes,
              FwMap     *old_map,
              FwMap     *new_map)
{
  GListModel *old_courses = G_LIST_MODEL (fw_map_get_courses (old_map));
  GListModel *new_courses = G_LIST_MODEL (fw_map_get_courses (new_map));
  g_autoptr(GHashTable) old_index = index_courses (old_map);
  g_autoptr(GHashTable) new_index = index_courses (new_map);
  g_autoptr(GArray) sequence = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) common = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree gboolean *moved = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (old_courses); i++)
    {
      g_autoptr(FwMapCourse) course = g_list_model_get_item (old_courses, i);

      if (!g_hash_table_contains (new_index, fw_map_course_get_code (course)))
        add_change (changes, "removed", g_strdup_printf ("courses[%u]", i),
                    fw_map_course_get_code (course), NULL, fw_map_course_get_title (course),
                    NULL);
    }

  for (guint i = 0; i < g_list_model_get_n_items (new_courses); i++)
    {
      g_autoptr(FwMapCourse) course = g_list_model_get_item (new_courses, i);
      guint old_position = GPOINTER_TO_UINT (g_hash_table_lookup (old_index,
                                                                  fw_map_course_get_code (course)));

      if (old_position == 0)
        add_change (changes, "added", g_strdup_printf ("courses[%u]", i),
                    fw_map_course_get_code (course), NULL, NULL,
                    fw_map_course_get_title (course));
      else
        {
          g_autoptr(FwMapCourse) old_course = g_list_model_get_item (old_courses,
                                                                     old_position - 1);
          g_autofree char *prefix = g_strdup_printf ("courses[%s]",
                                                     fw_map_course_get_code (course));

          diff_fields (changes, old_course, course, course_fields, G_N_ELEMENTS (course_fields),
                       prefix, fw_map_course_get_code (course));
          old_position--;
          g_array_append_val (sequence, old_position);
          g_array_append_val (common, i);
        }
    }

  moved = g_new0 (gboolean, sequence->len + 1);
  find_moved (sequence, moved);
  for (guint i = 0; i < sequence->len; i++)
    if (moved[i])
      {
        guint new_position = g_array_index (common, guint, i);
        g_autoptr(FwMapCourse) course = g_list_model_get_item (new_courses, new_position);
        g_autofree char *from = g_strdup_printf ("%u", g_array_index (sequence, guint, i));
        g_autofree char *to = g_strdup_printf ("%u", new_position);

        add_change (changes, "moved", g_strdup_printf ("courses[%u]", new_position),
                    fw_map_course_get_code (course), "position", from, to);
      }
}

typedef struct
{
  FwMapOutcome *outcome;
  const char   *course;
  guint         position;
} OutcomePlace;

/* Indexes every outcome of @map by id; values are OutcomePlace (freed with the table). */
static GHashTable *
index_outcomes (FwMap  *map,
                GArray *order)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  GListModel *courses = G_LIST_MODEL (fw_map_get_courses (map));

  for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
    {
      g_autoptr(FwMapCourse) course = g_list_model_get_item (courses, i);
      GListModel *outcomes = G_LIST_MODEL (fw_map_course_get_outcomes (course));

      for (guint j = 0; j < g_list_model_get_n_items (outcomes); j++)
        {
          g_autoptr(FwMapOutcome) outcome = g_list_model_get_item (outcomes, j);
          OutcomePlace *place = g_new0 (OutcomePlace, 1);

          /* The map holds its courses and outcomes for as long as the index lives. */
          place->outcome = outcome;
          place->course = fw_map_course_get_code (course);
          place->position = j;
          g_hash_table_insert (index, (gpointer) fw_map_outcome_get_id (outcome), place);
          if (order != NULL)
            g_array_append_val (order, place);
        }
    }
  return index;
}

static char *
outcome_path (const OutcomePlace *place)
{
  return g_strdup_printf ("courses[%s].outcomes[%u]", place->course, place->position);
}

static void
diff_outcomes (GPtrArray *changes,
               FwMap     *old_map,
               FwMap     *new_map)
{
  g_autoptr(GArray) old_order = g_array_new (FALSE, FALSE, sizeof (OutcomePlace *));
  g_autoptr(GArray) new_order = g_array_new (FALSE, FALSE, sizeof (OutcomePlace *));
  g_autoptr(GHashTable) old_index = index_outcomes (old_map, old_order);
  g_autoptr(GHashTable) new_index = index_outcomes (new_map, new_order);

  for (guint i = 0; i < old_order->len; i++)
    {
      OutcomePlace *place = g_array_index (old_order, OutcomePlace *, i);

      if (!g_hash_table_contains (new_index, fw_map_outcome_get_id (place->outcome)))
        add_change (changes, "removed", outcome_path (place),
                    fw_map_outcome_get_id (place->outcome), NULL,
                    fw_map_outcome_get_text (place->outcome), NULL);
    }

  for (guint i = 0; i < new_order->len; i++)
    {
      OutcomePlace *place = g_array_index (new_order, OutcomePlace *, i);
      const char *id = fw_map_outcome_get_id (place->outcome);
      OutcomePlace *old_place = g_hash_table_lookup (old_index, id);

      if (old_place == NULL)
        {
          add_change (changes, "added", outcome_path (place), id, NULL, NULL,
                      fw_map_outcome_get_text (place->outcome));
          continue;
        }
      if (g_strcmp0 (fw_map_outcome_get_text (old_place->outcome),
                     fw_map_outcome_get_text (place->outcome)) != 0)
        add_change (changes, "edited", outcome_path (place), id, "text",
                    fw_map_outcome_get_text (old_place->outcome),
                    fw_map_outcome_get_text (place->outcome));
      if (g_strcmp0 (old_place->course, place->course) != 0)
        add_change (changes, "moved", outcome_path (place), id, "course", old_place->course,
                    place->course);
    }
}

static char *
mapping_key (FwMapping *mapping)
{
  return g_strdup_printf ("%s -> %s", fw_mapping_get_outcome (mapping),
                          fw_mapping_get_statement (mapping));
}

static GHashTable *
index_mappings (FwMap *map)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *mappings = G_LIST_MODEL (fw_map_get_mappings (map));

  for (guint i = 0; i < g_list_model_get_n_items (mappings); i++)
    {
      g_autoptr(FwMapping) mapping = g_list_model_get_item (mappings, i);

      g_hash_table_insert (index, mapping_key (mapping), mapping);
    }
  return index;
}

static void
diff_mappings (GPtrArray *changes,
               FwMap     *old_map,
               FwMap     *new_map)
{
  GListModel *old_mappings = G_LIST_MODEL (fw_map_get_mappings (old_map));
  GListModel *new_mappings = G_LIST_MODEL (fw_map_get_mappings (new_map));
  g_autoptr(GHashTable) old_index = index_mappings (old_map);
  g_autoptr(GHashTable) new_index = index_mappings (new_map);

  for (guint i = 0; i < g_list_model_get_n_items (old_mappings); i++)
    {
      g_autoptr(FwMapping) mapping = g_list_model_get_item (old_mappings, i);
      g_autofree char *key = mapping_key (mapping);

      if (!g_hash_table_contains (new_index, key))
        add_change (changes, "removed", g_strdup ("mappings"), key, NULL,
                    fw_depth_to_string (fw_mapping_get_depth (mapping)), NULL);
    }

  for (guint i = 0; i < g_list_model_get_n_items (new_mappings); i++)
    {
      g_autoptr(FwMapping) mapping = g_list_model_get_item (new_mappings, i);
      g_autofree char *key = mapping_key (mapping);
      FwMapping *old_mapping = g_hash_table_lookup (old_index, key);

      if (old_mapping == NULL)
        add_change (changes, "added", g_strdup ("mappings"), key, NULL, NULL,
                    fw_depth_to_string (fw_mapping_get_depth (mapping)));
      else
        {
          if (fw_mapping_get_depth (old_mapping) != fw_mapping_get_depth (mapping))
            add_change (changes, "edited", g_strdup ("mappings"), key, "depth",
                        fw_depth_to_string (fw_mapping_get_depth (old_mapping)),
                        fw_depth_to_string (fw_mapping_get_depth (mapping)));
          if (g_strcmp0 (fw_mapping_get_note (old_mapping), fw_mapping_get_note (mapping)) != 0)
            add_change (changes, "edited", g_strdup ("mappings"), key, "note",
                        fw_mapping_get_note (old_mapping), fw_mapping_get_note (mapping));
        }
    }
}

static char *
conflict_key (FwConflict *conflict)
{
  return g_strdup_printf ("%s %s", fw_conflict_get_item_id (conflict),
                          fw_conflict_get_field (conflict));
}

/* The key of each recorded conflict ("ITEM FIELD") in @keys, and what it says in @messages. */
static void
conflict_keys (FwMap  *map,
               GStrv  *keys,
               GStrv  *messages)
{
  GListModel *conflicts = G_LIST_MODEL (fw_map_get_conflicts (map));
  g_autoptr(GStrvBuilder) key_builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(FwConflict) conflict = g_list_model_get_item (conflicts, i);
      g_autofree char *key = conflict_key (conflict);

      g_strv_builder_add (key_builder, key);
    }
  *keys = g_strv_builder_end (key_builder);
  *messages = fw_map_conflict_messages (map);
}

/* Recorded merge conflicts: one that disappears has been resolved. */
static void
diff_conflicts (GPtrArray *changes,
                FwMap     *old_map,
                FwMap     *new_map)
{
  g_auto(GStrv) old_keys = NULL, new_keys = NULL;
  g_auto(GStrv) old_messages = NULL, new_messages = NULL;

  conflict_keys (old_map, &old_keys, &old_messages);
  conflict_keys (new_map, &new_keys, &new_messages);
  for (guint i = 0; old_keys[i] != NULL; i++)
    if (!g_strv_contains ((const char * const *) new_keys, old_keys[i]))
      add_change (changes, "removed", g_strdup ("conflicts"), old_keys[i], NULL,
                  old_messages[i], NULL);
  for (guint i = 0; new_keys[i] != NULL; i++)
    if (!g_strv_contains ((const char * const *) old_keys, new_keys[i]))
      add_change (changes, "added", g_strdup ("conflicts"), new_keys[i], NULL, NULL,
                  new_messages[i]);
}

GPtrArray *
fw_map_diff (FwMap *old_map,
             FwMap *new_map)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_map_change_free);

  g_return_val_if_fail (FW_IS_MAP (old_map) && FW_IS_MAP (new_map), changes);

  diff_fields (changes, old_map, new_map, program_fields, G_N_ELEMENTS (program_fields),
               "program", NULL);
  diff_courses (changes, old_map, new_map);
  diff_outcomes (changes, old_map, new_map);
  diff_mappings (changes, old_map, new_map);
  diff_conflicts (changes, old_map, new_map);
  return changes;
}

static char
kind_mark (const char *kind)
{
  if (g_str_equal (kind, "added"))
    return '+';
  if (g_str_equal (kind, "removed"))
    return '-';
  if (g_str_equal (kind, "moved"))
    return '>';
  return '~';
}

char *
fw_map_diff_format_text (GPtrArray  *changes,
                         const char *old_name,
                         const char *new_name)
{
  GString *text = g_string_new (NULL);

  if (changes->len == 0)
    return g_string_free (text, FALSE);

  g_string_append_printf (text, "--- %s\n+++ %s\n", old_name, new_name);
  for (guint i = 0; i < changes->len; i++)
    {
      FwMapChange *change = g_ptr_array_index (changes, i);

      g_string_append_printf (text, "%c %s", kind_mark (change->kind), change->path);
      if (change->id != NULL)
        g_string_append_printf (text, " %s", change->id);
      if (change->field != NULL)
        g_string_append_printf (text, " %s: “%s” → “%s”", change->field, change->old_value,
                                change->new_value);
      else if (change->new_value != NULL)
        g_string_append_printf (text, ": %s", change->new_value);
      else if (change->old_value != NULL)
        g_string_append_printf (text, ": %s", change->old_value);
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

static void
add_member (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

char *
fw_map_diff_format_json (GPtrArray *changes)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "changes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < changes->len; i++)
    {
      FwMapChange *change = g_ptr_array_index (changes, i);

      json_builder_begin_object (builder);
      add_member (builder, "kind", change->kind);
      add_member (builder, "path", change->path);
      add_member (builder, "id", change->id);
      add_member (builder, "old", change->old_value);
      add_member (builder, "new", change->new_value);
      json_builder_set_member_name (builder, "fields");
      json_builder_begin_array (builder);
      if (change->field != NULL)
        json_builder_add_string_value (builder, change->field);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json = json_generator_to_data (generator, NULL);
  return g_strconcat (json, "\n", NULL);
}

static void
append_conflicts (GString *text,
                  FwMap   *map)
{
  GListModel *conflicts = G_LIST_MODEL (fw_map_get_conflicts (map));

  if (g_list_model_get_n_items (conflicts) > 0)
    g_string_append_c (text, '\n');
  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(FwConflict) conflict = g_list_model_get_item (conflicts, i);
      const char *ours = fw_conflict_get_ours (conflict);
      const char *theirs = fw_conflict_get_theirs (conflict);

      g_string_append_printf (text, "conflict %s %s: ours %s%s%s, theirs %s%s%s\n",
                              fw_conflict_get_item_id (conflict), fw_conflict_get_field (conflict),
                              ours != NULL ? "\"" : "", ours != NULL ? ours : "(deleted)",
                              ours != NULL ? "\"" : "",
                              theirs != NULL ? "\"" : "", theirs != NULL ? theirs : "(deleted)",
                              theirs != NULL ? "\"" : "");
    }
}

char *
fw_map_render_text (FwMap *map)
{
  GString *text = g_string_new (NULL);
  GListModel *courses = G_LIST_MODEL (fw_map_get_courses (map));
  GListModel *mappings = G_LIST_MODEL (fw_map_get_mappings (map));

  for (gsize i = 0; i < G_N_ELEMENTS (program_fields); i++)
    {
      g_autofree char *value = get_string (map, program_fields[i]);

      g_string_append_printf (text, "%s: %s\n", program_fields[i], value);
    }

  for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
    {
      g_autoptr(FwMapCourse) course = g_list_model_get_item (courses, i);
      GListModel *outcomes = G_LIST_MODEL (fw_map_course_get_outcomes (course));

      g_string_append_printf (text, "\ncourse %s: %s (credits %s, term %s)\n",
                              fw_map_course_get_code (course), fw_map_course_get_title (course),
                              fw_map_course_get_credits (course), fw_map_course_get_term (course));
      for (guint j = 0; j < g_list_model_get_n_items (outcomes); j++)
        {
          g_autoptr(FwMapOutcome) outcome = g_list_model_get_item (outcomes, j);

          g_string_append_printf (text, "  %s: %s\n", fw_map_outcome_get_id (outcome),
                                  fw_map_outcome_get_text (outcome));
        }
    }

  if (g_list_model_get_n_items (mappings) > 0)
    g_string_append_c (text, '\n');
  for (guint i = 0; i < g_list_model_get_n_items (mappings); i++)
    {
      g_autoptr(FwMapping) mapping = g_list_model_get_item (mappings, i);
      const char *note = fw_mapping_get_note (mapping);

      g_string_append_printf (text, "map %s -> %s: %s", fw_mapping_get_outcome (mapping),
                              fw_mapping_get_statement (mapping),
                              fw_depth_to_string (fw_mapping_get_depth (mapping)));
      if (note != NULL && *note != '\0')
        g_string_append_printf (text, " (%s)", note);
      g_string_append_c (text, '\n');
    }
  append_conflicts (text, map);
  return g_string_free (text, FALSE);
}
