/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The gap analysis on the radiography fixture, built so that every list has a known answer:
 *   sequence:    st-5fe39ec469f6 mastered in RAD110, introduced only in RAD140
 *   redundant:   st-b4d9ac005e2e mastered in RAD220, RAD230, RAD240 (st-ca52feaeba47 in two)
 *   neverMastered: st-f0ff1533789a (deepest R), st-ae82ce593bbd (durable, deepest R)
 *   unmappedOutcomes: RAD101:CLO3, RAD250:CLO3
 *   gaps: the 133 of 140 statements that nothing maps
 *   stale (against the changed framework): st-78e3a0653126 missing, st-ca52feaeba47 edited,
 *          st-f0ff1533789a moved
 */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-json.h"
#include "fw-map-framework.h"
#include "fw-map-matrix.h"
#include "fw-map-report.h"
#include "fw-test-map-util.h"

static FwMapReportItem *
item (GPtrArray *items,
      guint      index)
{
  g_assert_cmpuint (index, <, items->len);
  return g_ptr_array_index (items, index);
}

static gboolean
has_item (GPtrArray  *items,
          const char *id)
{
  for (guint i = 0; i < items->len; i++)
    {
      if (strcmp (((FwMapReportItem *) g_ptr_array_index (items, i))->id, id) == 0)
        return TRUE;
    }

  return FALSE;
}

static FwMapCoverage *
coverage (GPtrArray *lines,
          guint      index)
{
  return g_ptr_array_index (lines, index);
}

static void
test_lists (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(FwMapReport) report = fw_map_report_new (map, framework, FW_MAP_REDUNDANT_DEFAULT);

  g_assert_cmpuint (report->n_courses, ==, 10);
  g_assert_cmpuint (report->n_outcomes, ==, 18);
  g_assert_cmpuint (report->n_mappings, ==, 18);

  g_assert_cmpuint (report->sequence->len, ==, 1);
  g_assert_cmpstr (item (report->sequence, 0)->id, ==, "st-5fe39ec469f6");
  g_assert_cmpstr (item (report->sequence, 0)->first, ==, "RAD110");
  g_assert_cmpstr (item (report->sequence, 0)->second, ==, "RAD140");

  g_assert_cmpuint (report->redundant->len, ==, 1);
  g_assert_cmpstr (item (report->redundant, 0)->id, ==, "st-b4d9ac005e2e");
  g_assert_cmpuint (g_strv_length (item (report->redundant, 0)->list), ==, 3);
  g_assert_cmpstr (item (report->redundant, 0)->list[0], ==, "RAD220");
  g_assert_cmpstr (item (report->redundant, 0)->list[2], ==, "RAD240");

  g_assert_cmpuint (report->never_mastered->len, ==, 2);
  g_assert_cmpstr (item (report->never_mastered, 0)->id, ==, "st-f0ff1533789a");
  g_assert_cmpstr (item (report->never_mastered, 0)->first, ==, "R");
  g_assert_cmpstr (item (report->never_mastered, 1)->id, ==, "st-ae82ce593bbd");
  g_assert_cmpstr (item (report->never_mastered, 1)->label, ==, "Communication, Emerging");

  g_assert_cmpuint (report->unmapped_outcomes->len, ==, 2);
  g_assert_cmpstr (item (report->unmapped_outcomes, 0)->id, ==, "RAD101:CLO3");
  g_assert_cmpstr (item (report->unmapped_outcomes, 0)->place, ==, "RAD101");
  g_assert_cmpstr (item (report->unmapped_outcomes, 1)->id, ==, "RAD250:CLO3");

  g_assert_cmpuint (report->gaps->len, ==, 133);
  g_assert_true (has_item (report->gaps, "st-10ea61e83153"));
  g_assert_false (has_item (report->gaps, "st-cff5bfc5fdd0"));
  g_assert_false (has_item (report->gaps, "st-ae82ce593bbd"));

  g_assert_cmpuint (report->stale->len, ==, 0);
}

static void
test_coverage (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(FwMapReport) report = fw_map_report_new (map, framework, FW_MAP_REDUNDANT_DEFAULT);

  g_assert_cmpuint (report->levels->len, ==, 4);
  /* Emerging: 10 level and 2 AI-fluency statements; 4 level and 1 AI statement mapped. */
  g_assert_cmpstr (coverage (report->levels, 0)->key, ==, "emerging");
  g_assert_cmpuint (coverage (report->levels, 0)->statements, ==, 12);
  g_assert_cmpuint (coverage (report->levels, 0)->mapped, ==, 5);
  g_assert_cmpuint (coverage (report->levels, 0)->mastered, ==, 4);
  g_assert_cmpuint (coverage (report->levels, 1)->mapped, ==, 0);
  g_assert_cmpuint (coverage (report->levels, 2)->statements, ==, 14);
  g_assert_cmpuint (coverage (report->levels, 2)->mapped, ==, 1);
  g_assert_cmpuint (coverage (report->levels, 2)->mastered, ==, 1);

  g_assert_cmpuint (report->domains->len, ==, 10);
  g_assert_cmpstr (coverage (report->domains, 0)->key, ==, "Communication");
  g_assert_cmpuint (coverage (report->domains, 0)->statements, ==, 9);
  g_assert_cmpuint (coverage (report->domains, 0)->mapped, ==, 1);
  g_assert_cmpuint (coverage (report->domains, 0)->mastered, ==, 0);
}

static void
test_redundant_threshold (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(FwMapReport) two = fw_map_report_new (map, framework, 2);
  g_autoptr(FwMapReport) four = fw_map_report_new (map, framework, 4);

  g_assert_cmpuint (two->redundant->len, ==, 2);
  g_assert_cmpstr (item (two->redundant, 0)->id, ==, "st-b4d9ac005e2e");
  g_assert_cmpstr (item (two->redundant, 1)->id, ==, "st-ca52feaeba47");
  g_assert_cmpuint (four->redundant->len, ==, 0);
}

static void
test_redundant_counts_courses (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(FwMapReport) report = NULL;

  /* Two outcomes of one course master st-cff5bfc5fdd0: that is one course, not two. */
  fw_map_set_mapping (map, "RAD250:CLO3", "st-cff5bfc5fdd0", FW_DEPTH_MASTERED, NULL, NULL, NULL,
                      NULL);
  report = fw_map_report_new (map, framework, 2);
  g_assert_cmpuint (report->redundant->len, ==, 2);
  g_assert_cmpstr (item (report->redundant, 1)->id, ==, "st-ca52feaeba47");
}

static void
test_stale (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwDocument) changed = map_changed_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(GPtrArray) stale = fw_map_check_framework (map, changed);
  g_autoptr(FwMapReport) report = NULL;
  const FwMapStale *each;

  g_assert_cmpuint (stale->len, ==, 3);
  each = fw_map_stale_find (stale, "st-ca52feaeba47");
  g_assert_nonnull (each);
  g_assert_cmpint (each->flags, ==, FW_MAP_STALE_EDITED);
  each = fw_map_stale_find (stale, "st-f0ff1533789a");
  g_assert_cmpint (each->flags, ==, FW_MAP_STALE_MOVED);
  g_assert_cmpstr (each->old_place, ==, "level:emerging");
  g_assert_cmpstr (each->new_place, ==, "level:developing");
  each = fw_map_stale_find (stale, "st-78e3a0653126");
  g_assert_cmpint (each->flags, ==, FW_MAP_STALE_MISSING);
  g_assert_cmpstr (each->headline, ==, "Comprehensive radiation safety programs");

  /* Kept and flagged, never dropped. */
  report = fw_map_report_new (map, changed, FW_MAP_REDUNDANT_DEFAULT);
  g_assert_cmpuint (report->stale->len, ==, 3);
  g_assert_cmpuint (report->n_mappings, ==, 18);
  g_assert_nonnull (fw_map_find_mapping (map, "RAD240:CLO2", "st-78e3a0653126", NULL));
  g_assert_cmpstr (item (report->stale, 0)->id, ==, "st-78e3a0653126");
  g_assert_cmpstr (item (report->stale, 0)->list[0], ==, "missing");
  g_assert_cmpstr (item (report->stale, 0)->outcomes[0], ==, "RAD210:CLO2");
  g_assert_cmpstr (item (report->stale, 0)->outcomes[1], ==, "RAD240:CLO2");

  /* The same framework, unchanged, reports nothing stale. */
  g_clear_pointer (&stale, g_ptr_array_unref);
  stale = fw_map_check_framework (map, framework);
  g_assert_cmpuint (stale->len, ==, 0);
}

static void
test_stale_without_print (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(GPtrArray) stale = NULL;

  /* A mapping to a statement the framework never had, and of which the map kept no
   * fingerprint, still shows as missing. */
  fw_map_set_mapping (map, "RAD250:CLO3", "st-gone", FW_DEPTH_MASTERED, NULL, NULL, NULL, NULL);
  stale = fw_map_check_framework (map, framework);
  g_assert_cmpuint (stale->len, ==, 1);
  g_assert_cmpstr (((FwMapStale *) g_ptr_array_index (stale, 0))->statement_id, ==, "st-gone");
}

static void
test_orphan_print_not_stale (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(FwMapPrint) orphan = fw_map_print_new ("st-unused", "level:emerging", "Gone", "");
  g_autoptr(GPtrArray) stale = NULL;

  /* A fingerprint that no mapping uses (a hand-edited file) is not a stale mapping. */
  g_list_store_append (fw_map_get_prints (map), orphan);
  stale = fw_map_check_framework (map, framework);
  g_assert_cmpuint (stale->len, ==, 0);
}

static char *
write_report (FwMapReport       *report,
              FwMap             *map,
              FwDocument        *framework,
              FwMapReportFormat  format)
{
  g_autoptr(GBytes) bytes = fw_map_report_write (report, map, framework, format);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_json (void)
{
  static const char * const keys[] = {
    "coverage", "gaps", "neverMastered", "sequence", "redundant", "unmappedOutcomes", "stale",
    NULL
  };
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwDocument) changed = map_changed_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(FwMapReport) report = fw_map_report_new (map, changed, FW_MAP_REDUNDANT_DEFAULT);
  g_autofree char *text = write_report (report, map, changed, FW_MAP_REPORT_JSON);
  g_autoptr(GError) error = NULL;
  g_autoptr(FwJsonDoc) json = fw_json_doc_parse (text, strlen (text), "report.json", &error);
  JsonObject *root, *entry;
  g_autoptr(GList) members = NULL;
  guint i = 0;

  g_assert_no_error (error);
  root = json_node_get_object (fw_json_doc_get_root (json));
  members = json_object_get_members (root);
  for (GList *l = members; l != NULL; l = l->next)
    g_assert_cmpstr (l->data, ==, keys[i++]);
  g_assert_null (keys[i]);

  entry = json_array_get_object_element (json_object_get_array_member (root, "sequence"), 0);
  g_assert_cmpstr (json_object_get_string_member (entry, "statement"), ==, "st-5fe39ec469f6");
  g_assert_cmpstr (json_object_get_string_member (entry, "masteredIn"), ==, "RAD110");
  g_assert_cmpstr (json_object_get_string_member (entry, "introducedIn"), ==, "RAD140");
  entry = json_array_get_object_element (json_object_get_array_member (root, "unmappedOutcomes"),
                                         1);
  g_assert_cmpstr (json_object_get_string_member (entry, "outcome"), ==, "RAD250:CLO3");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "stale")), ==, 3);
}

static void
test_csv_matrix (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwDocument) changed = map_changed_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(FwMapReport) report = fw_map_report_new (map, changed, FW_MAP_REDUNDANT_DEFAULT);
  g_autofree char *text = write_report (report, map, changed, FW_MAP_REPORT_CSV);
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);

  g_assert_cmpstr (lines[0], ==, "statement_id,level,headline,RAD101,RAD110,RAD120,RAD130,"
                   "RAD140,RAD210,RAD220,RAD230,RAD240,RAD250");
  /* The changed framework has 139 statements; the deleted one keeps its row at the end. */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 139 + 1 + 1);
  g_assert_cmpstr (lines[1], ==, "st-5fe39ec469f6,level:emerging,Imaging equipment controls and "
                   "exposure settings,,M,,,I,,,,,");
  g_assert_cmpstr (lines[2], ==, "st-b4d9ac005e2e,level:emerging,Patient positioning on the "
                   "examining table,,I,,R,,,M,M,M,");
  g_assert_cmpstr (lines[140], ==, "st-78e3a0653126,level:proficient,Comprehensive radiation "
                   "safety programs,,,,,,I,,,M,");
  g_assert_cmpstr (lines[141], ==, "");
}

static void
test_text (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(FwMapReport) report = fw_map_report_new (map, framework, FW_MAP_REDUNDANT_DEFAULT);
  g_autofree char *text = write_report (report, map, framework, FW_MAP_REPORT_TEXT);

  g_assert_nonnull (strstr (text, "Curriculum map: Radiography AAS\n"));
  g_assert_nonnull (strstr (text, "10 courses, 18 outcomes, 18 mappings\n"));
  g_assert_nonnull (strstr (text, "(mastered in RAD110, introduced in RAD140)"));
  g_assert_nonnull (strstr (text, "  RAD250:CLO3  RAD250  Prepare for the ARRT registry "
                                  "examination.\n"));
}

/* The matrix shows a course's deepest mapping, whatever order its outcomes were mapped in. */
static void
test_matrix_deepest (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(FwMapReport) report = NULL;
  g_autoptr(FwMapMatrix) matrix = NULL;
  FwMapMatrixRow *found = NULL;

  fw_map_set_mapping (map, "RAD250:CLO1", "st-ac0f8611e3c1", FW_DEPTH_MASTERED, NULL, NULL, NULL,
                      NULL);
  fw_map_set_mapping (map, "RAD250:CLO2", "st-ac0f8611e3c1", FW_DEPTH_INTRODUCED, NULL, NULL,
                      NULL, NULL);
  report = fw_map_report_new (map, framework, FW_MAP_REDUNDANT_DEFAULT);
  matrix = fw_map_matrix_new (report, map, framework);

  g_assert_cmpuint (matrix->courses->len, ==, 10);
  g_assert_cmpstr (fw_map_course_get_code (g_ptr_array_index (matrix->courses, 9)), ==,
                   "RAD250");
  for (guint i = 0; i < matrix->rows->len; i++)
    {
      FwMapMatrixRow *row = g_ptr_array_index (matrix->rows, i);

      if (g_str_equal (row->statement, "st-ac0f8611e3c1"))
        found = row;
    }
  g_assert_nonnull (found);
  g_assert_cmpint (found->cells[9], ==, FW_DEPTH_MASTERED);
  g_assert_cmpint (found->cells[0], ==, FW_DEPTH_NONE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map-report/lists", test_lists);
  g_test_add_func ("/map-report/coverage", test_coverage);
  g_test_add_func ("/map-report/redundant-threshold", test_redundant_threshold);
  g_test_add_func ("/map-report/redundant-counts-courses", test_redundant_counts_courses);
  g_test_add_func ("/map-report/stale", test_stale);
  g_test_add_func ("/map-report/stale-without-print", test_stale_without_print);
  g_test_add_func ("/map-report/orphan-print-not-stale", test_orphan_print_not_stale);
  g_test_add_func ("/map-report/json", test_json);
  g_test_add_func ("/map-report/csv-matrix", test_csv_matrix);
  g_test_add_func ("/map-report/text", test_text);
  g_test_add_func ("/map-report/matrix-deepest", test_matrix_deepest);

  return g_test_run ();
}
