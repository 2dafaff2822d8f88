/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-map-framework.h"
#include "fw-map-matrix.h"

typedef struct
{
  FwMapMatrix *matrix;
  GHashTable  *cells;     /* "statement\ncourse-position" → FwDepth */
} Builder;

static void
row_free (gpointer data)
{
  FwMapMatrixRow *row = data;

  g_free (row->statement);
  g_free (row->place);
  g_free (row->headline);
  g_free (row->cells);
  g_free (row);
}

static void
add_row (Builder    *builder,
         const char *id,
         const char *place,
         const char *headline)
{
  FwMapMatrixRow *row = g_new0 (FwMapMatrixRow, 1);
  guint n_courses = builder->matrix->courses->len;

  row->statement = g_strdup (id);
  row->place = g_strdup (place);
  row->headline = g_strdup (headline != NULL ? headline : "");
  row->cells = g_new0 (FwDepth, MAX (n_courses, 1));
  for (guint i = 0; i < n_courses; i++)
    {
      g_autofree char *key = g_strdup_printf ("%s\n%u", id, i);

      row->cells[i] = GPOINTER_TO_INT (g_hash_table_lookup (builder->cells, key));
    }
  g_ptr_array_add (builder->matrix->rows, row);
}

static gboolean
statement_cb (FwStatement            *statement,
              const FwStatementPlace *place,
              gpointer                user_data)
{
  g_autofree char *where = fw_map_place_to_string (place);

  add_row (user_data, fw_statement_get_id (statement), where,
           fw_statement_get_headline (statement));
  return TRUE;
}

static void
fill_cells (Builder    *builder,
            FwMap      *map,
            GHashTable *course_of)
{
  GListModel *mappings = G_LIST_MODEL (fw_map_get_mappings (map));

  for (guint i = 0; i < g_list_model_get_n_items (mappings); i++)
    {
      g_autoptr(FwMapping) mapping = g_list_model_get_item (mappings, i);
      int position = GPOINTER_TO_INT (g_hash_table_lookup (course_of,
                                                           fw_mapping_get_outcome (mapping))) - 1;
      g_autofree char *key = NULL;
      FwDepth depth;

      if (position < 0)
        continue;
      key = g_strdup_printf ("%s\n%d", fw_mapping_get_statement (mapping), position);
      depth = GPOINTER_TO_INT (g_hash_table_lookup (builder->cells, key));
      if (fw_mapping_get_depth (mapping) > depth)
        g_hash_table_replace (builder->cells, g_steal_pointer (&key),
                              GINT_TO_POINTER (fw_mapping_get_depth (mapping)));
    }
}

FwMapMatrix *
fw_map_matrix_new (FwMapReport *report,
                   FwMap       *map,
                   FwDocument  *framework)
{
  GListModel *courses = G_LIST_MODEL (fw_map_get_courses (map));
  g_autoptr(GHashTable) course_of = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  FwMapMatrix *matrix = g_new0 (FwMapMatrix, 1);
  Builder builder = { matrix, cells };

  g_return_val_if_fail (report != NULL, NULL);

  matrix->courses = g_ptr_array_new_with_free_func (g_object_unref);
  matrix->rows = g_ptr_array_new_with_free_func (row_free);

  for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
    {
      FwMapCourse *course = g_list_model_get_item (courses, i);
      GListModel *outcomes = G_LIST_MODEL (fw_map_course_get_outcomes (course));

      g_ptr_array_add (matrix->courses, course);
      for (guint j = 0; j < g_list_model_get_n_items (outcomes); j++)
        {
          g_autoptr(FwMapOutcome) outcome = g_list_model_get_item (outcomes, j);

          g_hash_table_insert (course_of, (char *) fw_map_outcome_get_id (outcome),
                               GUINT_TO_POINTER (i + 1));
        }
    }

  fill_cells (&builder, map, course_of);
  fw_document_foreach_statement (framework, statement_cb, &builder);

  for (guint i = 0; i < report->stale->len; i++)
    {
      FwMapReportItem *item = g_ptr_array_index (report->stale, i);

      if (g_strv_contains ((const char * const *) item->list, "missing"))
        add_row (&builder, item->id, item->label, item->text);
    }

  return matrix;
}

void
fw_map_matrix_free (FwMapMatrix *matrix)
{
  if (matrix == NULL)
    return;

  g_ptr_array_unref (matrix->courses);
  g_ptr_array_unref (matrix->rows);
  g_free (matrix);
}
