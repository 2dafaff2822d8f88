/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fw-io.h"
#include "fw-map-csv.h"
#include "fw-map-file.h"
#include "fw-map-framework.h"
#include "fw-map-import.h"

typedef struct
{
  char    *outcome;
  char    *statement;
  FwDepth  depth;
  guint    row;
} PendingMapping;

static void
pending_free (gpointer data)
{
  PendingMapping *pending = data;

  g_free (pending->outcome);
  g_free (pending->statement);
  g_free (pending);
}

typedef struct
{
  int outcome, statement, depth, course, note, by, at;
} Columns;

static gboolean
find_columns (FwCsvTable  *table,
              Columns     *columns,
              GError     **error)
{
  static const char * const outcome_names[] = {
    "outcome_id", "outcome", "clo", "clo_id", "slo", "id", NULL
  };
  static const char * const statement_names[] = {
    "statement_id", "statement", "competency", "competency_id", NULL
  };
  static const char * const depth_names[] = { "depth", "level", "irm", NULL };
  static const char * const course_names[] = { "course_code", "course", NULL };
  static const char * const note_names[] = {
    "note", "assessment", "evidence", "assessment_note", NULL
  };
  static const char * const by_names[] = { "mapped_by", "by", "mapper", NULL };
  static const char * const at_names[] = { "mapped_at", "date", NULL };
  const struct { const char * const *aliases; const char *name; int *column; } required[] = {
    { outcome_names, "outcome_id", &columns->outcome },
    { statement_names, "statement_id", &columns->statement },
    { depth_names, "depth", &columns->depth },
  };

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      *required[i].column = fw_csv_find_column (table, required[i].aliases);
      if (*required[i].column < 0)
        return fw_csv_fail (table, 0, -1, error, _("missing column “%s”"), required[i].name);
    }

  columns->course = fw_csv_find_column (table, course_names);
  columns->note = fw_csv_find_column (table, note_names);
  columns->by = fw_csv_find_column (table, by_names);
  columns->at = fw_csv_find_column (table, at_names);
  return TRUE;
}

/* The stored id of the outcome a row names, or NULL with @error set. */
static const char *
resolve_outcome (FwMap       *map,
                 FwCsvTable  *table,
                 Columns     *columns,
                 guint        row,
                 GError     **error)
{
  const char *id = fw_csv_text (table, row, columns->outcome);
  const char *course = fw_csv_text (table, row, columns->course);
  g_autofree char *qualified = NULL;
  FwMapOutcome *outcome;
  gboolean ambiguous;

  if (course[0] != '\0' && strchr (id, FW_MAP_QUALIFIER) == NULL)
    id = qualified = g_strdup_printf ("%s%c%s", course, FW_MAP_QUALIFIER, id);

  outcome = fw_map_find_outcome (map, id, NULL, &ambiguous);
  if (outcome != NULL)
    return fw_map_outcome_get_id (outcome);

  if (ambiguous)
    fw_csv_fail (table, row, columns->outcome, error,
                 _("outcome id “%s” is used by several courses; write it as COURSE:%s or add "
                   "a course_code column"), id, id);
  else
    fw_csv_fail (table, row, columns->outcome, error, _("no outcome “%s” in the program"), id);
  return NULL;
}

static PendingMapping *
read_row (FwMap       *map,
          FwDocument  *framework,
          FwCsvTable  *table,
          Columns     *columns,
          guint        row,
          GError     **error)
{
  PendingMapping *pending;
  const char *outcome, *statement, *depth_text;
  FwDepth depth;

  outcome = resolve_outcome (map, table, columns, row, error);
  if (outcome == NULL)
    return NULL;

  statement = fw_csv_text (table, row, columns->statement);
  if (fw_document_find_statement (framework, statement, NULL) == NULL)
    {
      fw_csv_fail (table, row, columns->statement, error,
                   _("no statement “%s” in the framework"), statement);
      return NULL;
    }

  depth_text = fw_csv_text (table, row, columns->depth);
  if (!fw_depth_from_string (depth_text, &depth))
    {
      fw_csv_fail (table, row, columns->depth, error,
                   _("expected a depth of I, R or M (or Introduced, Reinforced, Mastered), "
                     "got “%s”"), depth_text);
      return NULL;
    }

  pending = g_new0 (PendingMapping, 1);
  pending->outcome = g_strdup (outcome);
  pending->statement = g_strdup (statement);
  pending->depth = depth;
  pending->row = row;
  return pending;
}

static void
index_existing (FwMap      *map,
                GHashTable *mappings,
                GHashTable *prints)
{
  GListModel *list = G_LIST_MODEL (fw_map_get_mappings (map));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(FwMapping) mapping = g_list_model_get_item (list, i);

      g_hash_table_insert (mappings, g_strconcat (fw_mapping_get_outcome (mapping), "\n",
                                                  fw_mapping_get_statement (mapping), NULL),
                           mapping);
    }

  list = G_LIST_MODEL (fw_map_get_prints (map));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(FwMapPrint) print = g_list_model_get_item (list, i);

      g_hash_table_add (prints, g_strdup (fw_map_print_get_statement (print)));
    }
}

/* Inserts @items at the end of @store as part of @group. Insert commands check their
 * position against the store as it is now, so all go to the current end, last first. */
static void
add_inserts (FwCommand  *group,
             GListStore *store,
             GPtrArray  *items)
{
  guint end = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = items->len; i > 0; i--)
    fw_command_group_add (group, fw_command_insert_new (store, end,
                                                        g_ptr_array_index (items, i - 1)));
}

/* One group for the whole file, built with hash lookups: linear in the size of the map. */
static void
apply_all (FwMap      *map,
           FwDocument *framework,
           FwCsvTable *table,
           Columns    *columns,
           GPtrArray  *pending)
{
  g_autoptr(GHashTable) mappings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) prints = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) new_mappings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) new_prints = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(FwCommand) group = fw_command_group_new (_("Import Mappings"));

  index_existing (map, mappings, prints);
  for (guint i = 0; i < pending->len; i++)
    {
      PendingMapping *row = g_ptr_array_index (pending, i);
      g_autofree char *key = g_strconcat (row->outcome, "\n", row->statement, NULL);
      FwMapping *existing = g_hash_table_lookup (mappings, key);
      const char *note = fw_csv_text (table, row->row, columns->note);

      if (existing != NULL)
        {
          fw_command_group_add (group, fw_command_set_int_new (G_OBJECT (existing), "depth",
                                                               row->depth));
          if (note[0] != '\0')
            fw_command_group_add (group, fw_command_set_string_new (G_OBJECT (existing), "note",
                                                                    note, FALSE));
        }
      else
        {
          FwMapping *mapping = fw_mapping_new (row->outcome, row->statement, row->depth);

          g_object_set (mapping,
                        "note", note,
                        "mapped-by", fw_csv_text (table, row->row, columns->by),
                        "mapped-at", fw_csv_text (table, row->row, columns->at),
                        NULL);
          g_ptr_array_add (new_mappings, mapping);
        }

      if (g_hash_table_add (prints, g_strdup (row->statement)))
        g_ptr_array_add (new_prints, fw_map_print_for_statement (framework, row->statement));
    }

  add_inserts (group, fw_map_get_mappings (map), new_mappings);
  add_inserts (group, fw_map_get_prints (map), new_prints);
  if (fw_command_group_get_size (group) > 0)
    fw_map_run (map, g_steal_pointer (&group));
}

gboolean
fw_map_import_mappings (FwMap       *map,
                        FwDocument  *framework,
                        const char  *data,
                        gsize        length,
                        const char  *filename,
                        GError     **error)
{
  g_autoptr(FwCsvTable) table = NULL;
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GHashTable) pairs = NULL;
  Columns columns;

  g_return_val_if_fail (FW_IS_MAP (map), FALSE);
  g_return_val_if_fail (FW_IS_DOCUMENT (framework), FALSE);

  table = fw_csv_parse (data, length, filename, error);
  if (table == NULL || !find_columns (table, &columns, error))
    return FALSE;

  pending = g_ptr_array_new_with_free_func (pending_free);
  pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint row = 1; row < table->rows->len; row++)
    {
      PendingMapping *mapping = read_row (map, framework, table, &columns, row, error);
      char *pair;

      if (mapping == NULL)
        return FALSE;
      g_ptr_array_add (pending, mapping);
      if (pending->len > FW_MAP_MAX_MAPPINGS)
        return fw_csv_fail (table, row, -1, error, _("more than %d mappings"),
                            FW_MAP_MAX_MAPPINGS);

      pair = g_strconcat (mapping->outcome, "\n", mapping->statement, NULL);
      if (!g_hash_table_add (pairs, pair))
        return fw_csv_fail (table, row, columns.statement, error,
                            _("outcome “%s” is mapped to statement “%s” twice"),
                            mapping->outcome, mapping->statement);
    }

  /* Nothing changes until every row has been checked; then the file is one undo step. */
  apply_all (map, framework, table, &columns, pending);
  return TRUE;
}

gboolean
fw_map_import_mappings_file (FwMap       *map,
                             FwDocument  *framework,
                             const char  *path,
                             GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (path != NULL, FALSE);

  bytes = fw_io_load (path, FW_MAX_FILE_SIZE, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  return fw_map_import_mappings (map, framework, data, length, path, error);
}
