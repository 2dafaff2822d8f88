/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The diff and three-way merge of curriculum maps: every kind of change, and merges that
 * join and that conflict, as an author comparing or merging two .fwmap revisions sees them.
 */

#include "config.h"

#include "fw-map-diff.h"
#include "fw-map-file.h"
#include "fw-map-merge.h"
#include "fw-test-map-util.h"

static FwMap *
read_sample (void)
{
  g_autofree char *path = map_data_path ("radiography.fwmap");
  g_autoptr(GError) error = NULL;
  FwMap *map = fw_map_read_file (path, &error);

  g_assert_no_error (error);
  return map;
}

static FwMapCourse *
course_at (FwMap *map,
           guint  position)
{
  g_autoptr(FwMapCourse) course = g_list_model_get_item (G_LIST_MODEL (fw_map_get_courses (map)),
                                                         position);
  return course;
}

static FwMapOutcome *
outcome_of (FwMap      *map,
            const char *id)
{
  FwMapOutcome *outcome = fw_map_find_outcome (map, id, NULL, NULL);

  g_assert_nonnull (outcome);
  return outcome;
}

static const FwMapChange *
find_change (GPtrArray  *changes,
             const char *kind,
             const char *id,
             const char *field)
{
  for (guint i = 0; i < changes->len; i++)
    {
      const FwMapChange *change = g_ptr_array_index (changes, i);

      if (g_str_equal (change->kind, kind) && g_strcmp0 (change->id, id) == 0
          && g_strcmp0 (change->field, field) == 0)
        return change;
    }
  return NULL;
}

static void
set_depth (FwMap      *map,
           const char *outcome,
           const char *statement,
           FwDepth     depth)
{
  FwMapping *mapping = fw_map_find_mapping (map, outcome, statement, NULL);

  if (mapping != NULL)
    g_object_set (mapping, "depth", depth, NULL);
  else
    {
      g_autoptr(FwMapping) created = fw_mapping_new (outcome, statement, depth);

      g_list_store_append (fw_map_get_mappings (map), created);
    }
}

static void
test_equal (void)
{
  g_autoptr(FwMap) a = read_sample ();
  g_autoptr(FwMap) b = read_sample ();
  g_autoptr(GPtrArray) changes = fw_map_diff (a, b);
  g_autofree char *text = fw_map_diff_format_text (changes, "a", "b");

  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_cmpstr (text, ==, "");
}

static void
test_program_and_courses (void)
{
  g_autoptr(FwMap) a = read_sample ();
  g_autoptr(FwMap) b = read_sample ();
  g_autoptr(FwMapCourse) added = fw_map_course_new ("RAD300", "Capstone");
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *removed_code = NULL;
  g_autofree char *moved_code = NULL;
  FwMapCourse *first, *last;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fw_map_get_courses (b)));
  const FwMapChange *change;

  g_object_set (b, "accreditor", "ARRT", NULL);
  removed_code = g_strdup (fw_map_course_get_code (course_at (b, 1)));
  g_list_store_remove (fw_map_get_courses (b), 1);
  g_object_set (course_at (b, 0), "title", "Radiography Foundations", NULL);
  /* The last course moves to the front. */
  last = g_object_ref (course_at (b, n - 2));
  moved_code = g_strdup (fw_map_course_get_code (last));
  g_list_store_remove (fw_map_get_courses (b), n - 2);
  g_list_store_insert (fw_map_get_courses (b), 0, last);
  g_object_unref (last);
  g_list_store_append (fw_map_get_courses (b), added);
  first = course_at (a, 0);

  changes = fw_map_diff (a, b);
  change = find_change (changes, "edited", NULL, "accreditor");
  g_assert_nonnull (change);
  g_assert_cmpstr (change->path, ==, "program.accreditor");
  g_assert_cmpstr (change->old_value, ==, "JRCERT");
  g_assert_cmpstr (change->new_value, ==, "ARRT");
  g_assert_nonnull (find_change (changes, "removed", removed_code, NULL));
  change = find_change (changes, "added", "RAD300", NULL);
  g_assert_nonnull (change);
  g_assert_cmpstr (change->new_value, ==, "Capstone");
  change = find_change (changes, "edited", fw_map_course_get_code (first), "title");
  g_assert_nonnull (change);
  g_assert_cmpstr (change->new_value, ==, "Radiography Foundations");
  change = find_change (changes, "moved", moved_code, "position");
  g_assert_nonnull (change);
  g_assert_cmpstr (change->new_value, ==, "0");
  /* Only the course that moved is reported as moved, not the ones it passed. */
  g_assert_null (find_change (changes, "moved", fw_map_course_get_code (first), "position"));
  /* …and the removed course's two outcomes go with it. */
  g_assert_nonnull (find_change (changes, "removed", "RAD110:CLO2", NULL));
  g_assert_cmpuint (changes->len, ==, 7);
}

static void
test_outcomes (void)
{
  g_autoptr(FwMap) a = read_sample ();
  g_autoptr(FwMap) b = read_sample ();
  g_autoptr(FwMapOutcome) added = fw_map_outcome_new ("RAD101:CLO9", "Explain dose limits.");
  g_autoptr(FwMapOutcome) moved = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  GListStore *first = fw_map_course_get_outcomes (course_at (b, 0));
  const FwMapChange *change;

  fw_map_outcome_set_text (outcome_of (b, "RAD101:CLO1"), "Verify patient identity.");
  g_list_store_append (first, added);
  moved = g_object_ref (outcome_of (b, "RAD101:CLO3"));
  g_list_store_remove (first, 2);
  g_list_store_append (fw_map_course_get_outcomes (course_at (b, 1)), moved);
  g_list_store_remove (fw_map_course_get_outcomes (course_at (b, 1)), 0);

  changes = fw_map_diff (a, b);
  change = find_change (changes, "edited", "RAD101:CLO1", "text");
  g_assert_nonnull (change);
  g_assert_cmpstr (change->new_value, ==, "Verify patient identity.");
  g_assert_nonnull (find_change (changes, "added", "RAD101:CLO9", NULL));
  g_assert_nonnull (find_change (changes, "removed", "RAD110:CLO1", NULL));
  change = find_change (changes, "moved", "RAD101:CLO3", "course");
  g_assert_nonnull (change);
  g_assert_cmpstr (change->old_value, ==, "RAD101");
  g_assert_cmpstr (change->new_value, ==, "RAD110");
  g_assert_cmpuint (changes->len, ==, 4);
}

static void
test_mappings (void)
{
  g_autoptr(FwMap) a = read_sample ();
  g_autoptr(FwMap) b = read_sample ();
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  const FwMapChange *change;

  set_depth (b, "RAD101:CLO1", "st-f0ff1533789a", FW_DEPTH_MASTERED);
  set_depth (b, "RAD110:CLO1", "st-5fe39ec469f6", FW_DEPTH_REINFORCED);
  g_assert_true (fw_map_unset_mapping (b, "RAD101:CLO1", "st-ae82ce593bbd"));

  changes = fw_map_diff (a, b);
  change = find_change (changes, "edited", "RAD101:CLO1 -> st-f0ff1533789a", "depth");
  g_assert_nonnull (change);
  g_assert_cmpstr (change->old_value, ==, "I");
  g_assert_cmpstr (change->new_value, ==, "M");
  g_assert_nonnull (find_change (changes, "added", "RAD110:CLO1 -> st-5fe39ec469f6", NULL));
  g_assert_nonnull (find_change (changes, "removed", "RAD101:CLO1 -> st-ae82ce593bbd", NULL));
  g_assert_cmpuint (changes->len, ==, 3);

  text = fw_map_diff_format_text (changes, "old.fwmap", "new.fwmap");
  g_assert_true (g_str_has_prefix (text, "--- old.fwmap\n+++ new.fwmap\n"));
  g_assert_nonnull (strstr (text, "+ mappings RAD110:CLO1 -> st-5fe39ec469f6: R\n"));
  g_assert_nonnull (strstr (text, "- mappings RAD101:CLO1 -> st-ae82ce593bbd: R\n"));
  json = fw_map_diff_format_json (changes);
  g_assert_nonnull (strstr (json, "\"kind\" : \"edited\""));
  g_assert_nonnull (strstr (json, "\"depth\""));
}

static void
test_render_text (void)
{
  g_autoptr(FwMap) map = read_sample ();
  g_autofree char *text = fw_map_render_text (map);
  g_autofree char *again = fw_map_render_text (map);

  g_assert_cmpstr (text, ==, again);
  g_assert_true (g_str_has_prefix (text, "name: Radiography AAS\n"));
  g_assert_nonnull (strstr (text, "\ncourse RAD101: Introduction to Radiography (credits 3, "
                                  "term Fall 1)\n  RAD101:CLO1: "));
  g_assert_nonnull (strstr (text, "map RAD101:CLO1 -> st-f0ff1533789a: I (Quiz 2)\n"));
}

static void
test_merge_clean (void)
{
  g_autoptr(FwMap) base = read_sample ();
  g_autoptr(FwMap) ours = read_sample ();
  g_autoptr(FwMap) theirs = read_sample ();
  g_autoptr(FwMapCourse) course = fw_map_course_new ("RAD300", "Capstone");
  g_autoptr(GPtrArray) conflicts = NULL;
  GListModel *mappings = G_LIST_MODEL (fw_map_get_mappings (ours));
  guint n = g_list_model_get_n_items (mappings);
  guint ours_at, theirs_at;

  set_depth (ours, "RAD110:CLO1", "st-5fe39ec469f6", FW_DEPTH_MASTERED);
  set_depth (theirs, "RAD110:CLO2", "st-b4d9ac005e2e", FW_DEPTH_INTRODUCED);
  set_depth (theirs, "RAD101:CLO1", "st-f0ff1533789a", FW_DEPTH_REINFORCED);
  g_assert_true (fw_map_unset_mapping (theirs, "RAD101:CLO1", "st-ae82ce593bbd"));
  g_object_set (ours, "name", "Radiography AS", NULL);
  g_object_set (theirs, "notes", "Revised for 2027.", NULL);
  g_list_store_append (fw_map_get_courses (theirs), course);
  fw_map_outcome_set_text (outcome_of (theirs, "RAD101:CLO2"), "Apply shielding.");

  conflicts = fw_map_merge (base, ours, theirs);
  g_assert_cmpuint (conflicts->len, ==, 0);
  /* Both additions are kept, ours first; theirs' deletion and depth change apply. */
  g_assert_nonnull (fw_map_find_mapping (ours, "RAD110:CLO1", "st-5fe39ec469f6", &ours_at));
  g_assert_nonnull (fw_map_find_mapping (ours, "RAD110:CLO2", "st-b4d9ac005e2e", &theirs_at));
  g_assert_cmpuint (ours_at, <, theirs_at);
  g_assert_cmpuint (g_list_model_get_n_items (mappings), ==, n + 1);
  g_assert_null (fw_map_find_mapping (ours, "RAD101:CLO1", "st-ae82ce593bbd", NULL));
  g_assert_cmpint (fw_mapping_get_depth (fw_map_find_mapping (ours, "RAD101:CLO1",
                                                              "st-f0ff1533789a", NULL)),
                   ==, FW_DEPTH_REINFORCED);
  g_assert_cmpstr (fw_map_get_name (ours), ==, "Radiography AS");
  {
    g_autofree char *notes = NULL;

    g_object_get (ours, "notes", &notes, NULL);
    g_assert_cmpstr (notes, ==, "Revised for 2027.");
  }
  g_assert_nonnull (fw_map_find_course (ours, "RAD300"));
  g_assert_cmpstr (fw_map_outcome_get_text (outcome_of (ours, "RAD101:CLO2")), ==,
                   "Apply shielding.");
}

static void
test_merge_conflict (void)
{
  g_autoptr(FwMap) base = read_sample ();
  g_autoptr(FwMap) ours = read_sample ();
  g_autoptr(FwMap) theirs = read_sample ();
  g_autoptr(GPtrArray) conflicts = NULL;
  const FwMapConflict *conflict;

  set_depth (ours, "RAD101:CLO1", "st-f0ff1533789a", FW_DEPTH_MASTERED);
  set_depth (theirs, "RAD101:CLO1", "st-f0ff1533789a", FW_DEPTH_REINFORCED);

  conflicts = fw_map_merge (base, ours, theirs);
  g_assert_cmpuint (conflicts->len, ==, 1);
  conflict = g_ptr_array_index (conflicts, 0);
  g_assert_cmpstr (conflict->id, ==, "RAD101:CLO1 -> st-f0ff1533789a");
  g_assert_cmpstr (conflict->field, ==, "depth");
  g_assert_cmpstr (conflict->ours, ==, "M");
  g_assert_cmpstr (conflict->theirs, ==, "R");
  g_assert_cmpint (fw_mapping_get_depth (fw_map_find_mapping (ours, "RAD101:CLO1",
                                                              "st-f0ff1533789a", NULL)),
                   ==, FW_DEPTH_MASTERED);
}

static void
test_merge_edit_against_delete (void)
{
  g_autoptr(FwMap) base = read_sample ();
  g_autoptr(FwMap) ours = read_sample ();
  g_autoptr(FwMap) theirs = read_sample ();
  g_autoptr(GPtrArray) conflicts = NULL;
  const FwMapConflict *conflict;

  set_depth (ours, "RAD101:CLO1", "st-ae82ce593bbd", FW_DEPTH_MASTERED);
  g_assert_true (fw_map_unset_mapping (theirs, "RAD101:CLO1", "st-ae82ce593bbd"));
  fw_map_outcome_set_text (outcome_of (theirs, "RAD101:CLO3"), "Edited by theirs.");
  g_list_store_remove (fw_map_course_get_outcomes (course_at (ours, 0)), 2);

  conflicts = fw_map_merge (base, ours, theirs);
  g_assert_cmpuint (conflicts->len, ==, 2);
  conflict = g_ptr_array_index (conflicts, 0);
  g_assert_cmpstr (conflict->id, ==, "RAD101:CLO3");
  g_assert_cmpstr (conflict->field, ==, "deleted");
  conflict = g_ptr_array_index (conflicts, 1);
  g_assert_cmpstr (conflict->id, ==, "RAD101:CLO1 -> st-ae82ce593bbd");
  g_assert_cmpstr (conflict->ours, ==, "edited");
  g_assert_nonnull (fw_map_find_mapping (ours, "RAD101:CLO1", "st-ae82ce593bbd", NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map-diff/equal", test_equal);
  g_test_add_func ("/map-diff/program-and-courses", test_program_and_courses);
  g_test_add_func ("/map-diff/outcomes", test_outcomes);
  g_test_add_func ("/map-diff/mappings", test_mappings);
  g_test_add_func ("/map-diff/render-text", test_render_text);
  g_test_add_func ("/map-merge/clean", test_merge_clean);
  g_test_add_func ("/map-merge/conflict", test_merge_conflict);
  g_test_add_func ("/map-merge/edit-against-delete", test_merge_edit_against_delete);

  return g_test_run ();
}
