/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The curriculum map model: outcome lookup with qualified ids, and undoable mapping edits. */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-map-framework.h"
#include "fw-test-map-util.h"

static guint
n_items (GListStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

static void
test_depth_names (void)
{
  FwDepth depth = FW_DEPTH_NONE;

  g_assert_true (fw_depth_from_string ("m", &depth));
  g_assert_cmpint (depth, ==, FW_DEPTH_MASTERED);
  g_assert_true (fw_depth_from_string (" Introduced ", &depth));
  g_assert_cmpint (depth, ==, FW_DEPTH_INTRODUCED);
  g_assert_true (fw_depth_from_string ("REINFORCED", &depth));
  g_assert_cmpint (depth, ==, FW_DEPTH_REINFORCED);
  g_assert_false (fw_depth_from_string ("X", &depth));
  g_assert_false (fw_depth_from_string ("", &depth));
  g_assert_false (fw_depth_from_string ("Mastery", &depth));
  g_assert_cmpstr (fw_depth_to_string (FW_DEPTH_REINFORCED), ==, "R");
}

static void
test_outcome_lookup (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(FwMapCourse) extra = fw_map_course_new ("ANAT100", "Anatomy");
  g_autoptr(FwMapOutcome) unique = fw_map_outcome_new ("ANAT-7", "Name the bones of the skull.");
  FwMapCourse *course = NULL;
  FwMapOutcome *outcome;
  gboolean ambiguous = FALSE;

  /* Per-course numbering was qualified on import, and the qualified form finds it. */
  outcome = fw_map_find_outcome (map, "RAD130:CLO2", &course, &ambiguous);
  g_assert_nonnull (outcome);
  g_assert_cmpstr (fw_map_outcome_get_id (outcome), ==, "RAD130:CLO2");
  g_assert_cmpstr (fw_map_course_get_code (course), ==, "RAD130");

  /* CLO1 alone is in ten courses. */
  g_assert_null (fw_map_find_outcome (map, "CLO1", NULL, &ambiguous));
  g_assert_true (ambiguous);

  /* CLO3 only in RAD101 and RAD250: still ambiguous; CLO9 is nowhere. */
  g_assert_null (fw_map_find_outcome (map, "CLO3", NULL, &ambiguous));
  g_assert_true (ambiguous);
  g_assert_null (fw_map_find_outcome (map, "CLO9", NULL, &ambiguous));
  g_assert_false (ambiguous);
  g_assert_null (fw_map_find_outcome (map, "RAD999:CLO1", NULL, &ambiguous));

  /* An unqualified id is found bare and qualified. */
  g_list_store_append (fw_map_course_get_outcomes (extra), unique);
  g_list_store_append (fw_map_get_courses (map), extra);
  g_assert_true (fw_map_find_outcome (map, "ANAT-7", NULL, NULL) == unique);
  g_assert_true (fw_map_find_outcome (map, "ANAT100:ANAT-7", &course, NULL) == unique);
  g_assert_true (course == extra);
  g_assert_cmpint (fw_map_course_position (map, "ANAT-7"), ==, 10);
  g_assert_cmpint (fw_map_course_position (map, "RAD101:CLO1"), ==, 0);
  g_assert_cmpint (fw_map_course_position (map, "nothing"), ==, -1);
}

static void
test_set_and_undo (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(FwMapPrint) print = fw_map_print_for_statement (framework, "st-d1b4c28acc3a");
  FwHistory *history = fw_map_get_history (map);
  guint mappings = n_items (fw_map_get_mappings (map));
  guint prints = n_items (fw_map_get_prints (map));
  FwMapping *mapping;

  g_assert_cmpuint (mappings, ==, 18);
  g_assert_cmpuint (prints, ==, 7);

  fw_map_set_mapping (map, "RAD250:CLO3", "st-d1b4c28acc3a", FW_DEPTH_INTRODUCED, "Essay",
                      "ana", "2026-05-01T10:00:00Z", print);
  g_assert_cmpuint (n_items (fw_map_get_mappings (map)), ==, mappings + 1);
  g_assert_cmpuint (n_items (fw_map_get_prints (map)), ==, prints + 1);
  mapping = fw_map_find_mapping (map, "RAD250:CLO3", "st-d1b4c28acc3a", NULL);
  g_assert_cmpstr (fw_mapping_get_note (mapping), ==, "Essay");
  g_assert_cmpstr (fw_mapping_get_mapped_by (mapping), ==, "ana");

  /* Setting the same pair again changes its depth, as one more step. */
  fw_map_set_mapping (map, "RAD250:CLO3", "st-d1b4c28acc3a", FW_DEPTH_MASTERED, NULL, NULL,
                      NULL, print);
  g_assert_cmpuint (n_items (fw_map_get_mappings (map)), ==, mappings + 1);
  g_assert_cmpint (fw_mapping_get_depth (mapping), ==, FW_DEPTH_MASTERED);
  g_assert_cmpstr (fw_mapping_get_note (mapping), ==, "Essay");

  g_assert_true (fw_history_undo (history));
  g_assert_cmpint (fw_mapping_get_depth (mapping), ==, FW_DEPTH_INTRODUCED);
  g_assert_true (fw_history_undo (history));
  g_assert_null (fw_map_find_mapping (map, "RAD250:CLO3", "st-d1b4c28acc3a", NULL));
  g_assert_cmpuint (n_items (fw_map_get_prints (map)), ==, prints);
  g_assert_true (fw_history_redo (history));
  g_assert_nonnull (fw_map_find_mapping (map, "RAD250:CLO3", "st-d1b4c28acc3a", NULL));
  g_assert_cmpuint (n_items (fw_map_get_prints (map)), ==, prints + 1);
}

static void
test_unset_keeps_shared_print (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  guint prints = n_items (fw_map_get_prints (map));

  /* st-5fe39ec469f6 is mapped twice: the first unset keeps its fingerprint. */
  g_assert_true (fw_map_unset_mapping (map, "RAD110:CLO2", "st-5fe39ec469f6"));
  g_assert_nonnull (fw_map_find_print (map, "st-5fe39ec469f6", NULL));
  g_assert_true (fw_map_unset_mapping (map, "RAD140:CLO1", "st-5fe39ec469f6"));
  g_assert_null (fw_map_find_print (map, "st-5fe39ec469f6", NULL));
  g_assert_cmpuint (n_items (fw_map_get_prints (map)), ==, prints - 1);
  g_assert_false (fw_map_unset_mapping (map, "RAD140:CLO1", "st-5fe39ec469f6"));

  g_assert_true (fw_history_undo (fw_map_get_history (map)));
  g_assert_nonnull (fw_map_find_mapping (map, "RAD140:CLO1", "st-5fe39ec469f6", NULL));
  g_assert_nonnull (fw_map_find_print (map, "st-5fe39ec469f6", NULL));
  g_assert_true (fw_history_get_dirty (fw_map_get_history (map)));
}

static void
test_program_edit_undo (void)
{
  g_autoptr(FwMap) map = fw_map_new ();

  fw_map_run (map, fw_command_set_string_new (G_OBJECT (map), "accreditor", "JRCERT", FALSE));
  g_assert_cmpstr (fw_map_get_name (map), ==, "");
  {
    g_autofree char *accreditor = NULL;

    g_object_get (map, "accreditor", &accreditor, NULL);
    g_assert_cmpstr (accreditor, ==, "JRCERT");
  }
  g_assert_true (fw_history_undo (fw_map_get_history (map)));
  {
    g_autofree char *accreditor = NULL;

    g_object_get (map, "accreditor", &accreditor, NULL);
    g_assert_cmpstr (accreditor, ==, "");
  }
}

static void
test_relative_path (void)
{
  g_autofree char *same = fw_map_relative_path ("/srv/maps/a.fwmap", "/srv/maps/fw.fwk");
  g_autofree char *up = fw_map_relative_path ("/srv/maps/rad/a.fwmap", "/srv/fw/r.fwk");

  g_assert_cmpstr (same, ==, "fw.fwk");
  g_assert_cmpstr (up, ==, "../../fw/r.fwk");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map/depth-names", test_depth_names);
  g_test_add_func ("/map/outcome-lookup", test_outcome_lookup);
  g_test_add_func ("/map/set-and-undo", test_set_and_undo);
  g_test_add_func ("/map/unset-keeps-shared-print", test_unset_keeps_shared_print);
  g_test_add_func ("/map/program-edit-undo", test_program_edit_undo);
  g_test_add_func ("/map/relative-path", test_relative_path);

  return g_test_run ();
}
