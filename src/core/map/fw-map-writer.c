/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-io.h"
#include "fw-json.h"
#include "fw-map-file.h"

/* Writing .fwmap files: see fw-map-file.h for the format. */

static void
set_optional (JsonObject *object,
              const char *member,
              const char *value)
{
  if (value != NULL && value[0] != '\0')
    json_object_set_string_member (object, member, value);
}

static void
set_strings (JsonObject          *object,
             GObject             *source,
             const char * const  *members,
             const char * const  *properties)
{
  for (guint i = 0; members[i] != NULL; i++)
    {
      g_autofree char *value = NULL;

      g_object_get (source, properties[i], &value, NULL);
      json_object_set_string_member (object, members[i], value != NULL ? value : "");
    }
}

static void
write_head (FwMap      *map,
            JsonObject *root)
{
  static const char * const program_members[] = {
    "name", "institution", "credential", "cipCode", "accreditor", "notes", NULL
  };
  static const char * const program_properties[] = {
    "name", "institution", "credential", "cip-code", "accreditor", "notes", NULL
  };
  static const char * const framework_members[] = { "path", "soc", "version", "digest", NULL };
  static const char * const framework_properties[] = {
    "framework-path", "framework-soc", "framework-version", "framework-digest", NULL
  };
  JsonObject *program = json_object_new ();
  JsonObject *framework = json_object_new ();

  set_strings (program, G_OBJECT (map), program_members, program_properties);
  set_strings (framework, G_OBJECT (map), framework_members, framework_properties);
  json_object_set_object_member (root, "program", program);
  json_object_set_object_member (root, "framework", framework);
}

static void
write_courses (FwMap      *map,
               JsonObject *root)
{
  GListModel *courses = G_LIST_MODEL (fw_map_get_courses (map));
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
    {
      g_autoptr(FwMapCourse) course = g_list_model_get_item (courses, i);
      GListModel *outcomes = G_LIST_MODEL (fw_map_course_get_outcomes (course));
      JsonObject *object = json_object_new ();
      JsonArray *list = json_array_new ();

      json_object_set_string_member (object, "code", fw_map_course_get_code (course));
      json_object_set_string_member (object, "title", fw_map_course_get_title (course));
      set_optional (object, "credits", fw_map_course_get_credits (course));
      set_optional (object, "term", fw_map_course_get_term (course));
      for (guint j = 0; j < g_list_model_get_n_items (outcomes); j++)
        {
          g_autoptr(FwMapOutcome) outcome = g_list_model_get_item (outcomes, j);
          JsonObject *item = json_object_new ();

          json_object_set_string_member (item, "id", fw_map_outcome_get_id (outcome));
          json_object_set_string_member (item, "text", fw_map_outcome_get_text (outcome));
          json_array_add_object_element (list, item);
        }
      json_object_set_array_member (object, "outcomes", list);
      json_array_add_object_element (array, object);
    }

  json_object_set_array_member (root, "courses", array);
}

static void
write_mappings (FwMap      *map,
                JsonObject *root)
{
  GListModel *mappings = G_LIST_MODEL (fw_map_get_mappings (map));
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (mappings); i++)
    {
      g_autoptr(FwMapping) mapping = g_list_model_get_item (mappings, i);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "outcome", fw_mapping_get_outcome (mapping));
      json_object_set_string_member (object, "statement", fw_mapping_get_statement (mapping));
      json_object_set_string_member (object, "depth",
                                     fw_depth_to_string (fw_mapping_get_depth (mapping)));
      set_optional (object, "note", fw_mapping_get_note (mapping));
      set_optional (object, "mappedBy", fw_mapping_get_mapped_by (mapping));
      set_optional (object, "mappedAt", fw_mapping_get_mapped_at (mapping));
      json_array_add_object_element (array, object);
    }

  json_object_set_array_member (root, "mappings", array);
}

static int
compare_prints (gconstpointer a,
                gconstpointer b)
{
  return strcmp (fw_map_print_get_statement (*(FwMapPrint **) a),
                 fw_map_print_get_statement (*(FwMapPrint **) b));
}

static void
write_prints (FwMap      *map,
              JsonObject *root)
{
  GListModel *prints = G_LIST_MODEL (fw_map_get_prints (map));
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *array = json_array_new ();

  /* Sorted, so that the order in which statements were first mapped makes no diff. */
  for (guint i = 0; i < g_list_model_get_n_items (prints); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (prints, i));
  g_ptr_array_sort (sorted, compare_prints);

  for (guint i = 0; i < sorted->len; i++)
    {
      FwMapPrint *print = g_ptr_array_index (sorted, i);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "id", fw_map_print_get_statement (print));
      json_object_set_string_member (object, "place", fw_map_print_get_place (print));
      json_object_set_string_member (object, "headline", fw_map_print_get_headline (print));
      json_object_set_string_member (object, "digest", fw_map_print_get_digest (print));
      json_array_add_object_element (array, object);
    }

  json_object_set_array_member (root, "statements", array);
}

/* Merge conflicts waiting for an author, written only when there are some, so that a map
 * without any keeps its bytes. A missing value is a side that deleted the item. */
static void
write_conflicts (FwMap      *map,
                 JsonObject *root)
{
  GListModel *conflicts = G_LIST_MODEL (fw_map_get_conflicts (map));
  JsonArray *array;

  if (g_list_model_get_n_items (conflicts) == 0)
    return;

  array = json_array_new ();
  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(FwConflict) conflict = g_list_model_get_item (conflicts, i);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "id", fw_conflict_get_item_id (conflict));
      json_object_set_string_member (object, "field", fw_conflict_get_field (conflict));
      set_optional (object, "path", fw_conflict_get_path (conflict));
      if (fw_conflict_get_ours (conflict) != NULL)
        json_object_set_string_member (object, "ours", fw_conflict_get_ours (conflict));
      if (fw_conflict_get_theirs (conflict) != NULL)
        json_object_set_string_member (object, "theirs", fw_conflict_get_theirs (conflict));
      json_array_add_object_element (array, object);
    }
  json_object_set_array_member (root, "conflicts", array);
}

GBytes *
fw_map_write (FwMap *map)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  GString *out;

  g_return_val_if_fail (FW_IS_MAP (map), NULL);

  object = json_object_new ();
  root = json_node_init_object (json_node_alloc (), object);
  json_object_unref (object);

  json_object_set_string_member (object, "format", FW_MAP_FORMAT_MARKER);
  json_object_set_string_member (object, "formatVersion", FW_MAP_FORMAT_VERSION);
  write_head (map, object);
  write_courses (map, object);
  write_mappings (map, object);
  write_prints (map, object);
  write_conflicts (map, object);

  out = g_string_new (NULL);
  fw_json_write (out, root, TRUE);
  g_string_append_c (out, '\n');

  return g_string_free_to_bytes (out);
}

gboolean
fw_map_save (FwMap       *map,
             const char  *path,
             GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (FW_IS_MAP (map), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = fw_map_write (map);
  data = g_bytes_get_data (bytes, &length);
  if (!fw_io_save_atomic (path, data, length, error))
    return FALSE;

  fw_history_mark_clean (fw_map_get_history (map));
  return TRUE;
}
