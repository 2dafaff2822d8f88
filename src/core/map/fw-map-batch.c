/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-map-batch.h"
#include "fw-map-framework.h"

struct _FwMapBatch
{
  FwMap      *map;
  FwDocument *framework;
  GPtrArray  *mappings;  /* FwMapping, in the order added */
  GHashTable *pairs;     /* "outcome\nstatement" in the batch */
  GHashTable *printed;   /* statement ids whose fingerprint the batch adds */
  GPtrArray  *prints;    /* FwMapPrint */
};

FwMapBatch *
fw_map_batch_new (FwMap      *map,
                  FwDocument *framework)
{
  FwMapBatch *batch;

  g_return_val_if_fail (FW_IS_MAP (map), NULL);
  g_return_val_if_fail (framework == NULL || FW_IS_DOCUMENT (framework), NULL);

  batch = g_new0 (FwMapBatch, 1);
  batch->map = g_object_ref (map);
  batch->framework = framework != NULL ? g_object_ref (framework) : NULL;
  batch->mappings = g_ptr_array_new_with_free_func (g_object_unref);
  batch->pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  batch->printed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  batch->prints = g_ptr_array_new_with_free_func (g_object_unref);

  return batch;
}

void
fw_map_batch_free (FwMapBatch *batch)
{
  if (batch == NULL)
    return;

  g_object_unref (batch->map);
  g_clear_object (&batch->framework);
  g_ptr_array_unref (batch->mappings);
  g_hash_table_unref (batch->pairs);
  g_hash_table_unref (batch->printed);
  g_ptr_array_unref (batch->prints);
  g_free (batch);
}

gboolean
fw_map_batch_add (FwMapBatch *batch,
                  const char *outcome_id,
                  const char *statement_id,
                  FwDepth     depth)
{
  g_autofree char *pair = NULL;
  FwMapPrint *print;

  g_return_val_if_fail (batch != NULL, FALSE);
  g_return_val_if_fail (outcome_id != NULL && statement_id != NULL, FALSE);
  g_return_val_if_fail (depth >= FW_DEPTH_INTRODUCED && depth <= FW_DEPTH_MASTERED, FALSE);

  pair = g_strconcat (outcome_id, "\n", statement_id, NULL);
  if (g_hash_table_contains (batch->pairs, pair)
      || fw_map_find_mapping (batch->map, outcome_id, statement_id, NULL) != NULL)
    return FALSE;

  g_hash_table_add (batch->pairs, g_steal_pointer (&pair));
  g_ptr_array_add (batch->mappings, fw_mapping_new (outcome_id, statement_id, depth));
  if (batch->framework == NULL || g_hash_table_contains (batch->printed, statement_id)
      || fw_map_find_print (batch->map, statement_id, NULL) != NULL)
    return TRUE;

  print = fw_map_print_for_statement (batch->framework, statement_id);
  if (print != NULL)
    {
      g_hash_table_add (batch->printed, g_strdup (statement_id));
      g_ptr_array_add (batch->prints, print);
    }
  return TRUE;
}

guint
fw_map_batch_get_size (FwMapBatch *batch)
{
  g_return_val_if_fail (batch != NULL, 0);

  return batch->mappings->len;
}

guint
fw_map_batch_run (FwMapBatch *batch,
                  const char *label)
{
  g_autoptr(FwCommand) group = NULL;
  GListStore *mappings, *prints;
  guint n_mappings, n_prints, added;

  g_return_val_if_fail (batch != NULL, 0);
  g_return_val_if_fail (label != NULL, 0);

  added = batch->mappings->len;
  if (added == 0)
    return 0;

  mappings = fw_map_get_mappings (batch->map);
  prints = fw_map_get_prints (batch->map);
  n_mappings = g_list_model_get_n_items (G_LIST_MODEL (mappings));
  n_prints = g_list_model_get_n_items (G_LIST_MODEL (prints));
  group = fw_command_group_new (label);
  /* Each goes in at the end, the last first, so that they end up in the order added (an
   * insert's position must exist when the command is made). */
  for (guint i = batch->mappings->len; i > 0; i--)
    fw_command_group_add (group,
                          fw_command_insert_new (mappings, n_mappings,
                                                 g_ptr_array_index (batch->mappings, i - 1)));
  for (guint i = batch->prints->len; i > 0; i--)
    fw_command_group_add (group, fw_command_insert_new (prints, n_prints,
                                                        g_ptr_array_index (batch->prints, i - 1)));
  fw_map_run (batch->map, g_steal_pointer (&group));

  g_ptr_array_set_size (batch->mappings, 0);
  g_ptr_array_set_size (batch->prints, 0);
  g_hash_table_remove_all (batch->pairs);
  g_hash_table_remove_all (batch->printed);

  return added;
}

GPtrArray *
fw_map_suggestions_unmapped (FwMap      *map,
                             const char *outcome_id,
                             GPtrArray  *suggestions,
                             guint       limit)
{
  GPtrArray *unmapped = g_ptr_array_new ();

  g_return_val_if_fail (FW_IS_MAP (map), unmapped);
  g_return_val_if_fail (outcome_id != NULL, unmapped);
  g_return_val_if_fail (suggestions != NULL, unmapped);

  for (guint i = 0; i < suggestions->len && unmapped->len < limit; i++)
    {
      FwMapSuggestion *suggestion = g_ptr_array_index (suggestions, i);

      if (fw_map_find_mapping (map, outcome_id, suggestion->statement_id, NULL) == NULL)
        g_ptr_array_add (unmapped, suggestion);
    }

  return unmapped;
}

FwDepth
fw_map_statement_reach (FwMap       *map,
                        const char  *statement_id,
                        const char **course)
{
  GListModel *mappings;
  FwDepth deepest = FW_DEPTH_NONE;
  int first = -1;

  if (course != NULL)
    *course = NULL;
  g_return_val_if_fail (FW_IS_MAP (map), FW_DEPTH_NONE);
  g_return_val_if_fail (statement_id != NULL, FW_DEPTH_NONE);

  mappings = G_LIST_MODEL (fw_map_get_mappings (map));
  for (guint i = 0; i < g_list_model_get_n_items (mappings); i++)
    {
      g_autoptr(FwMapping) mapping = g_list_model_get_item (mappings, i);
      FwDepth depth = fw_mapping_get_depth (mapping);
      int position;

      if (strcmp (fw_mapping_get_statement (mapping), statement_id) != 0 || depth < deepest)
        continue;
      position = fw_map_course_position (map, fw_mapping_get_outcome (mapping));
      if (depth > deepest || (position >= 0 && (first < 0 || position < first)))
        first = position;
      deepest = depth;
    }

  if (course != NULL && first >= 0)
    {
      g_autoptr(FwMapCourse) found = g_list_model_get_item (G_LIST_MODEL (fw_map_get_courses (map)),
                                                            first);

      *course = fw_map_course_get_code (found);
    }

  return deepest;
}
