/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Many mappings as one undoable step, the suggestions an outcome does not map yet, and how
 * deep the curriculum takes a statement. */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-map-batch.h"
#include "fw-map-framework.h"
#include "fw-map-report.h"
#include "fw-test-map-util.h"

static guint
n_items (GListStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

/* A statement of @framework that no outcome of @map maps, after @after of them. */
static const char *
unmapped_statement (FwMap      *map,
                    FwDocument *framework,
                    guint       after)
{
  g_autoptr(FwMapReport) report = fw_map_report_new (map, framework, FW_MAP_REDUNDANT_DEFAULT);
  static char id[64];

  g_assert_cmpuint (report->gaps->len, >, after);
  g_strlcpy (id, ((FwMapReportItem *) g_ptr_array_index (report->gaps, after))->id, sizeof id);
  return id;
}

static void
test_batch_one_step (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(FwMapBatch) batch = fw_map_batch_new (map, framework);
  FwHistory *history = fw_map_get_history (map);
  g_autofree char *first = g_strdup (unmapped_statement (map, framework, 0));
  g_autofree char *second = g_strdup (unmapped_statement (map, framework, 1));
  guint mappings = n_items (fw_map_get_mappings (map));
  guint prints = n_items (fw_map_get_prints (map));
  FwMapping *mapping;
  guint64 generation;

  fw_history_mark_clean (history);
  generation = fw_history_get_generation (history);
  /* Nothing to run: no step. */
  g_assert_cmpuint (fw_map_batch_run (batch, "Accept"), ==, 0);
  g_assert_cmpuint (fw_history_get_generation (history), ==, generation);
  g_assert_false (fw_history_get_dirty (history));

  g_assert_true (fw_map_batch_add (batch, "RAD101:CLO1", first, FW_DEPTH_INTRODUCED));
  /* The same pair twice, or a pair the map has, is left out. */
  g_assert_false (fw_map_batch_add (batch, "RAD101:CLO1", first, FW_DEPTH_MASTERED));
  g_assert_true (fw_map_batch_add (batch, "RAD101:CLO2", first, FW_DEPTH_REINFORCED));
  g_assert_true (fw_map_batch_add (batch, "RAD250:CLO2", second, FW_DEPTH_MASTERED));
  {
    g_autoptr(FwMapping) existing =
      g_list_model_get_item (G_LIST_MODEL (fw_map_get_mappings (map)), 0);

    g_assert_false (fw_map_batch_add (batch, fw_mapping_get_outcome (existing),
                                      fw_mapping_get_statement (existing), FW_DEPTH_MASTERED));
    g_assert_cmpint (fw_mapping_get_depth (existing), !=, FW_DEPTH_NONE);
  }
  g_assert_cmpuint (fw_map_batch_get_size (batch), ==, 3);

  g_assert_cmpuint (fw_map_batch_run (batch, "Accept"), ==, 3);
  g_assert_cmpuint (fw_map_batch_get_size (batch), ==, 0);
  g_assert_cmpuint (n_items (fw_map_get_mappings (map)), ==, mappings + 3);
  /* One fingerprint per newly mapped statement. */
  g_assert_cmpuint (n_items (fw_map_get_prints (map)), ==, prints + 2);
  g_assert_nonnull (fw_map_find_print (map, first, NULL));
  g_assert_nonnull (fw_map_find_print (map, second, NULL));
  mapping = fw_map_find_mapping (map, "RAD101:CLO2", first, NULL);
  g_assert_nonnull (mapping);
  g_assert_cmpint (fw_mapping_get_depth (mapping), ==, FW_DEPTH_REINFORCED);
  mapping = fw_map_find_mapping (map, "RAD250:CLO2", second, NULL);
  g_assert_cmpint (fw_mapping_get_depth (mapping), ==, FW_DEPTH_MASTERED);
  /* The order added is the order in the file. */
  {
    g_autoptr(FwMapping) last = g_list_model_get_item (G_LIST_MODEL (fw_map_get_mappings (map)),
                                                       mappings + 2);

    g_assert_cmpstr (fw_mapping_get_outcome (last), ==, "RAD250:CLO2");
  }
  g_assert_cmpstr (fw_history_get_undo_label (history), ==, "Accept");
  g_assert_true (fw_history_get_dirty (history));

  /* One undo takes them all back, fingerprints included; redo puts them in again. */
  g_assert_true (fw_history_undo (history));
  g_assert_cmpstr (fw_history_get_undo_label (history), !=, "Accept");
  g_assert_false (fw_history_get_dirty (history));
  g_assert_cmpuint (n_items (fw_map_get_mappings (map)), ==, mappings);
  g_assert_cmpuint (n_items (fw_map_get_prints (map)), ==, prints);
  g_assert_null (fw_map_find_mapping (map, "RAD101:CLO1", first, NULL));
  g_assert_true (fw_history_redo (history));
  g_assert_cmpuint (n_items (fw_map_get_mappings (map)), ==, mappings + 3);

  /* A batch run again starts afresh: the pairs it ran are in the map now. */
  g_assert_false (fw_map_batch_add (batch, "RAD101:CLO1", first, FW_DEPTH_INTRODUCED));
  g_assert_true (fw_map_batch_add (batch, "RAD110:CLO1", first, FW_DEPTH_INTRODUCED));
  g_assert_cmpuint (fw_map_batch_run (batch, "Accept"), ==, 1);
  /* The statement had its fingerprint already. */
  g_assert_cmpuint (n_items (fw_map_get_prints (map)), ==, prints + 2);
}

static void
test_batch_without_framework (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(FwMapBatch) batch = fw_map_batch_new (map, NULL);
  g_autofree char *first = g_strdup (unmapped_statement (map, framework, 0));
  guint prints = n_items (fw_map_get_prints (map));

  g_assert_true (fw_map_batch_add (batch, "RAD101:CLO1", first, FW_DEPTH_INTRODUCED));
  g_assert_cmpuint (fw_map_batch_run (batch, "Accept"), ==, 1);
  g_assert_cmpuint (n_items (fw_map_get_prints (map)), ==, prints);
}

static FwMapSuggestion *
suggestion (const char *statement,
            double      score)
{
  FwMapSuggestion *made = g_new0 (FwMapSuggestion, 1);

  made->statement_id = g_strdup (statement);
  made->score = score;
  made->matched_words = g_new0 (char *, 1);
  made->depth = FW_DEPTH_REINFORCED;
  return made;
}

static void
test_suggestions_unmapped (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                             fw_map_suggestion_free);
  g_autoptr(FwMapping) existing =
    g_list_model_get_item (G_LIST_MODEL (fw_map_get_mappings (map)), 0);
  const char *outcome = fw_mapping_get_outcome (existing);
  g_autofree char *a = g_strdup (unmapped_statement (map, framework, 0));
  g_autofree char *b = g_strdup (unmapped_statement (map, framework, 1));
  g_autofree char *c = g_strdup (unmapped_statement (map, framework, 2));
  g_autoptr(GPtrArray) two = NULL;
  g_autoptr(GPtrArray) every = NULL;

  g_ptr_array_add (all, suggestion (fw_mapping_get_statement (existing), 0.9));
  g_ptr_array_add (all, suggestion (a, 0.85));
  g_ptr_array_add (all, suggestion (b, 0.5));
  g_ptr_array_add (all, suggestion (c, 0.2));

  /* The mapped statement is left out, the order kept, and no more than asked for. */
  two = fw_map_suggestions_unmapped (map, outcome, all, 2);
  g_assert_cmpuint (two->len, ==, 2);
  g_assert_true (g_ptr_array_index (two, 0) == g_ptr_array_index (all, 1));
  g_assert_true (g_ptr_array_index (two, 1) == g_ptr_array_index (all, 2));
  every = fw_map_suggestions_unmapped (map, outcome, all, 10);
  g_assert_cmpuint (every->len, ==, 3);
  /* Another outcome maps none of them. */
  g_clear_pointer (&every, g_ptr_array_unref);
  every = fw_map_suggestions_unmapped (map, "RAD999:CLO1", all, 10);
  g_assert_cmpuint (every->len, ==, 4);
}

static void
test_statement_reach (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autofree char *gap = g_strdup (unmapped_statement (map, framework, 0));
  const char *course = "unset";

  g_assert_cmpint (fw_map_statement_reach (map, gap, &course), ==, FW_DEPTH_NONE);
  g_assert_null (course);

  /* Introduced late, reinforced early: the deepest wins, and where it is reached. */
  fw_map_set_mapping (map, "RAD250:CLO1", gap, FW_DEPTH_INTRODUCED, NULL, NULL, NULL, NULL);
  g_assert_cmpint (fw_map_statement_reach (map, gap, &course), ==, FW_DEPTH_INTRODUCED);
  g_assert_cmpstr (course, ==, "RAD250");
  fw_map_set_mapping (map, "RAD110:CLO1", gap, FW_DEPTH_REINFORCED, NULL, NULL, NULL, NULL);
  g_assert_cmpint (fw_map_statement_reach (map, gap, &course), ==, FW_DEPTH_REINFORCED);
  g_assert_cmpstr (course, ==, "RAD110");
  /* Mastered in two courses: the first in sequence, whatever the order of the mappings. */
  fw_map_set_mapping (map, "RAD240:CLO1", gap, FW_DEPTH_MASTERED, NULL, NULL, NULL, NULL);
  fw_map_set_mapping (map, "RAD220:CLO1", gap, FW_DEPTH_MASTERED, NULL, NULL, NULL, NULL);
  fw_map_set_mapping (map, "RAD250:CLO2", gap, FW_DEPTH_MASTERED, NULL, NULL, NULL, NULL);
  g_assert_cmpint (fw_map_statement_reach (map, gap, &course), ==, FW_DEPTH_MASTERED);
  g_assert_cmpstr (course, ==, "RAD220");
  g_assert_cmpint (fw_map_statement_reach (map, gap, NULL), ==, FW_DEPTH_MASTERED);
  /* Introduced in the first course after all that: still mastered, still in RAD220. */
  fw_map_set_mapping (map, "RAD101:CLO1", gap, FW_DEPTH_INTRODUCED, NULL, NULL, NULL, NULL);
  g_assert_cmpint (fw_map_statement_reach (map, gap, &course), ==, FW_DEPTH_MASTERED);
  g_assert_cmpstr (course, ==, "RAD220");
  /* A statement nobody maps. */
  g_assert_cmpint (fw_map_statement_reach (map, "st-none", &course), ==, FW_DEPTH_NONE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map/batch/one-step", test_batch_one_step);
  g_test_add_func ("/map/batch/without-framework", test_batch_without_framework);
  g_test_add_func ("/map/batch/suggestions-unmapped", test_suggestions_unmapped);
  g_test_add_func ("/map/batch/statement-reach", test_statement_reach);

  return g_test_run ();
}
