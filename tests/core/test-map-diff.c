/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The diff and three-way merge of curriculum maps: every kind of change, and merges that
 * join and that conflict, as an author comparing or merging two .fwmap revisions sees them.
 */

#include "config.h"

#include <string.h>

#include "fw-error.h"
#include "fw-map-conflicts.h"
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
  g_autoptr(GBytes) merged = NULL;
  g_autoptr(GBytes) sample = NULL;
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

  g_assert_cmpuint (fw_map_merge (base, ours, theirs), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_map_get_conflicts (ours))), ==, 0);
  /* A clean merge writes no conflicts member: the file reads as it always did. */
  merged = fw_map_write (ours);
  g_assert_null (g_strstr_len (g_bytes_get_data (merged, NULL), g_bytes_get_size (merged),
                               "\"conflicts\""));
  sample = fw_map_write (base);
  g_assert_null (g_strstr_len (g_bytes_get_data (sample, NULL), g_bytes_get_size (sample),
                               "\"conflicts\""));
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

static FwConflict *
conflict_at (FwMap *map,
             guint  position)
{
  g_autoptr(FwConflict) conflict = g_list_model_get_item (G_LIST_MODEL (fw_map_get_conflicts (map)),
                                                          position);

  g_assert_nonnull (conflict);
  return conflict;
}

static guint
n_conflicts (FwMap *map)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fw_map_get_conflicts (map)));
}

/* Writes @map and reads it back: the bytes of the copy are the same. */
static FwMap *
round_trip (FwMap *map)
{
  g_autoptr(GBytes) bytes = fw_map_write (map);
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  FwMap *copy = fw_map_read_bytes (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                   "merged.fwmap", &error);

  g_assert_no_error (error);
  again = fw_map_write (copy);
  g_assert_true (g_bytes_equal (bytes, again));
  return copy;
}

static void
test_merge_conflict (void)
{
  g_autoptr(FwMap) base = read_sample ();
  g_autoptr(FwMap) ours = read_sample ();
  g_autoptr(FwMap) theirs = read_sample ();
  g_autoptr(FwMap) copy = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) messages = NULL;
  FwConflict *conflict;

  set_depth (ours, "RAD101:CLO1", "st-f0ff1533789a", FW_DEPTH_MASTERED);
  set_depth (theirs, "RAD101:CLO1", "st-f0ff1533789a", FW_DEPTH_REINFORCED);

  g_assert_cmpuint (fw_map_merge (base, ours, theirs), ==, 1);
  g_assert_cmpuint (n_conflicts (ours), ==, 1);
  conflict = conflict_at (ours, 0);
  g_assert_cmpstr (fw_conflict_get_item_id (conflict), ==, "RAD101:CLO1 -> st-f0ff1533789a");
  g_assert_cmpstr (fw_conflict_get_field (conflict), ==, "depth");
  g_assert_cmpstr (fw_conflict_get_path (conflict), ==, "mappings");
  g_assert_cmpstr (fw_conflict_get_ours (conflict), ==, "M");
  g_assert_cmpstr (fw_conflict_get_theirs (conflict), ==, "R");
  g_assert_cmpint (fw_mapping_get_depth (fw_map_find_mapping (ours, "RAD101:CLO1",
                                                              "st-f0ff1533789a", NULL)),
                   ==, FW_DEPTH_MASTERED);

  /* The conflict is written into the file, after the fingerprints, and read back. */
  bytes = fw_map_write (ours);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  "  ],\n  \"conflicts\": [\n    {\n      \"id\": \"RAD101:CLO1 -> "
                                  "st-f0ff1533789a\",\n      \"field\": \"depth\",\n      "
                                  "\"path\": \"mappings\",\n      \"ours\": \"M\",\n      "
                                  "\"theirs\": \"R\"\n    }\n  ]\n}\n"));
  copy = round_trip (ours);
  g_assert_cmpuint (n_conflicts (copy), ==, 1);
  g_assert_true (fw_conflict_equal (conflict_at (copy, 0), conflict));

  /* Checking the map names the mapping and both depths. */
  messages = fw_map_conflict_messages (copy);
  g_assert_cmpuint (g_strv_length (messages), ==, 1);
  g_assert_cmpstr (messages[0], ==, "merge conflict on mapping RAD101:CLO1 -> st-f0ff1533789a "
                                    "(depth): ours “M”, theirs “R”");
}

static void
test_merge_edit_against_delete (void)
{
  g_autoptr(FwMap) base = read_sample ();
  g_autoptr(FwMap) ours = read_sample ();
  g_autoptr(FwMap) theirs = read_sample ();
  g_autoptr(FwMap) copy = NULL;
  g_auto(GStrv) messages = NULL;
  FwConflict *conflict;

  set_depth (ours, "RAD101:CLO1", "st-ae82ce593bbd", FW_DEPTH_MASTERED);
  g_assert_true (fw_map_unset_mapping (theirs, "RAD101:CLO1", "st-ae82ce593bbd"));
  fw_map_outcome_set_text (outcome_of (theirs, "RAD101:CLO3"), "Edited by theirs.");
  g_object_set (course_at (theirs, 1), "title", "Patient Care II", NULL);
  g_list_store_remove (fw_map_course_get_outcomes (course_at (ours, 0)), 2);
  g_list_store_remove (fw_map_get_courses (ours), 1);

  g_assert_cmpuint (fw_map_merge (base, ours, theirs), >=, 3);
  /* In the order of the map: RAD101's outcome, the next course, then the mappings. */
  conflict = conflict_at (ours, 1);
  g_assert_cmpstr (fw_conflict_get_item_id (conflict), ==,
                   fw_map_course_get_code (course_at (theirs, 1)));
  g_assert_cmpstr (fw_conflict_get_field (conflict), ==, "course");
  g_assert_cmpstr (fw_conflict_get_path (conflict), ==, "courses");
  g_assert_null (fw_conflict_get_ours (conflict));
  g_assert_cmpstr (fw_conflict_get_theirs (conflict), ==, "Patient Care II");
  conflict = conflict_at (ours, 0);
  g_assert_cmpstr (fw_conflict_get_item_id (conflict), ==, "RAD101:CLO3");
  g_assert_cmpstr (fw_conflict_get_field (conflict), ==, "outcome");
  g_assert_cmpstr (fw_conflict_get_path (conflict), ==, "courses[RAD101].outcomes");
  g_assert_null (fw_conflict_get_ours (conflict));
  g_assert_cmpstr (fw_conflict_get_theirs (conflict), ==, "Edited by theirs.");
  conflict = conflict_at (ours, 2);
  g_assert_cmpstr (fw_conflict_get_item_id (conflict), ==, "RAD101:CLO1 -> st-ae82ce593bbd");
  g_assert_cmpstr (fw_conflict_get_field (conflict), ==, "mapping");
  g_assert_cmpstr (fw_conflict_get_ours (conflict), ==, "M");
  g_assert_null (fw_conflict_get_theirs (conflict));
  g_assert_nonnull (fw_map_find_mapping (ours, "RAD101:CLO1", "st-ae82ce593bbd", NULL));

  /* A deleted side is written as a missing value, and the file still loads. */
  copy = round_trip (ours);
  g_assert_cmpuint (n_conflicts (copy), ==, n_conflicts (ours));
  g_assert_null (fw_conflict_get_theirs (conflict_at (copy, 2)));
  messages = fw_map_conflict_messages (copy);
  g_assert_cmpstr (messages[0], ==, "merge conflict on outcome RAD101:CLO3 (outcome): ours "
                                    "deleted, theirs “Edited by theirs.”");
  g_assert_cmpstr (messages[1], ==, "merge conflict on course RAD110 (course): ours deleted, "
                                    "theirs “Patient Care II”");
}

/* Ours edited the outcome theirs deleted: ours stays, and the conflict records our text. */
static void
test_merge_edit_against_their_delete (void)
{
  g_autoptr(FwMap) base = read_sample ();
  g_autoptr(FwMap) ours = read_sample ();
  g_autoptr(FwMap) theirs = read_sample ();
  FwConflict *conflict;

  fw_map_outcome_set_text (outcome_of (ours, "RAD101:CLO3"), "Edited by ours.");
  g_list_store_remove (fw_map_course_get_outcomes (course_at (theirs, 0)), 2);

  g_assert_cmpuint (fw_map_merge (base, ours, theirs), ==, 1);
  conflict = conflict_at (ours, 0);
  g_assert_cmpstr (fw_conflict_get_item_id (conflict), ==, "RAD101:CLO3");
  g_assert_cmpstr (fw_conflict_get_field (conflict), ==, "outcome");
  g_assert_cmpstr (fw_conflict_get_ours (conflict), ==, "Edited by ours.");
  g_assert_null (fw_conflict_get_theirs (conflict));
  g_assert_cmpstr (fw_map_outcome_get_text (outcome_of (ours, "RAD101:CLO3")), ==,
                   "Edited by ours.");
}

/* Ours deleted an outcome theirs mapped: the mapping cannot stay (no reader would accept the
 * map), so it goes, and its conflict keeps the depth. */
static void
test_merge_orphan_mapping (void)
{
  g_autoptr(FwMap) base = read_sample ();
  g_autoptr(FwMap) ours = read_sample ();
  g_autoptr(FwMap) theirs = read_sample ();
  g_autoptr(FwMap) copy = NULL;
  FwConflict *conflict;
  guint n;

  /* RAD101:CLO3 has no mappings in the sample; theirs maps it, ours deletes it untouched. */
  g_assert_null (fw_map_find_mapping (base, "RAD101:CLO3", "st-5fe39ec469f6", NULL));
  set_depth (theirs, "RAD101:CLO3", "st-5fe39ec469f6", FW_DEPTH_REINFORCED);
  g_list_store_remove (fw_map_course_get_outcomes (course_at (ours, 0)), 2);

  n = fw_map_merge (base, ours, theirs);
  g_assert_cmpuint (n, ==, n_conflicts (ours));
  conflict = conflict_at (ours, n - 1);
  g_assert_cmpstr (fw_conflict_get_item_id (conflict), ==, "RAD101:CLO3 -> st-5fe39ec469f6");
  g_assert_cmpstr (fw_conflict_get_field (conflict), ==, "mapping");
  g_assert_cmpstr (fw_conflict_get_ours (conflict), ==, "R");
  g_assert_null (fw_map_find_mapping (ours, "RAD101:CLO3", "st-5fe39ec469f6", NULL));
  copy = round_trip (ours);
  g_assert_nonnull (copy);
}

/* Conflicts an earlier merge recorded on either side stay until one side resolves them. */
static void
test_merge_recorded_conflicts (void)
{
  g_autoptr(FwMap) base = read_sample ();
  g_autoptr(FwMap) ours = read_sample ();
  g_autoptr(FwMap) theirs = read_sample ();
  g_autoptr(FwConflict) old = fw_conflict_new ("program", "name", "program.name", "A", "B");
  g_autoptr(FwConflict) theirs_only = fw_conflict_new ("RAD101", "title", "courses[RAD101].title",
                                                       "C", "D");

  g_list_store_append (fw_map_get_conflicts (base), old);
  g_list_store_append (fw_map_get_conflicts (theirs), old);
  g_list_store_append (fw_map_get_conflicts (theirs), theirs_only);

  /* Ours resolved the old one; theirs recorded a new one. */
  g_assert_cmpuint (fw_map_merge (base, ours, theirs), ==, 0);
  g_assert_cmpuint (n_conflicts (ours), ==, 1);
  g_assert_true (fw_conflict_equal (conflict_at (ours, 0), theirs_only));

  /* Merging again adds it once. */
  g_assert_cmpuint (fw_map_merge (base, ours, theirs), ==, 0);
  g_assert_cmpuint (n_conflicts (ours), ==, 1);
}

static void
test_resolve (void)
{
  g_autoptr(FwMap) base = read_sample ();
  g_autoptr(FwMap) ours = read_sample ();
  g_autoptr(FwMap) theirs = read_sample ();
  FwHistory *history = fw_map_get_history (ours);
  g_autoptr(FwConflict) foreign = fw_conflict_new ("x", "y", "", "a", "b");
  FwMapping *mapping;
  g_autofree char *name = NULL;

  set_depth (ours, "RAD101:CLO1", "st-f0ff1533789a", FW_DEPTH_MASTERED);
  set_depth (theirs, "RAD101:CLO1", "st-f0ff1533789a", FW_DEPTH_REINFORCED);
  g_object_set (ours, "name", "Ours", NULL);
  g_object_set (theirs, "name", "Theirs", NULL);
  g_object_set (ours, "notes", "Ours.", NULL);
  g_object_set (theirs, "notes", "Theirs.", NULL);
  g_assert_cmpuint (fw_map_merge (base, ours, theirs), ==, 3);
  g_assert_null (fw_map_resolve_conflict (ours, foreign, TRUE));

  /* Keep Theirs on the name: set, conflict gone, one undo step brings both back. */
  g_assert_cmpstr (fw_conflict_get_item_id (conflict_at (ours, 0)), ==, "program");
  fw_map_run (ours, fw_map_resolve_conflict (ours, conflict_at (ours, 0), TRUE));
  g_assert_cmpstr (fw_map_get_name (ours), ==, "Theirs");
  g_assert_cmpuint (n_conflicts (ours), ==, 2);
  fw_history_undo (history);
  g_assert_cmpstr (fw_map_get_name (ours), ==, "Ours");
  g_assert_cmpuint (n_conflicts (ours), ==, 3);

  /* Keep Mine on the notes: unchanged, conflict gone. */
  fw_map_run (ours, fw_map_resolve_conflict (ours, conflict_at (ours, 1), FALSE));
  g_object_get (ours, "notes", &name, NULL);
  g_assert_cmpstr (name, ==, "Ours.");
  g_assert_cmpuint (n_conflicts (ours), ==, 2);

  /* Keep Theirs on the depth. */
  g_assert_cmpstr (fw_conflict_get_field (conflict_at (ours, 1)), ==, "depth");
  fw_map_run (ours, fw_map_resolve_conflict (ours, conflict_at (ours, 1), TRUE));
  mapping = fw_map_find_mapping (ours, "RAD101:CLO1", "st-f0ff1533789a", NULL);
  g_assert_cmpint (fw_mapping_get_depth (mapping), ==, FW_DEPTH_REINFORCED);
  g_assert_cmpuint (n_conflicts (ours), ==, 1);
}

static void
test_resolve_deletions (void)
{
  g_autoptr(FwMap) base = read_sample ();
  g_autoptr(FwMap) ours = read_sample ();
  g_autoptr(FwMap) theirs = read_sample ();
  guint n_mappings;

  /* Ours edited a mapping theirs deleted, and deleted one theirs edited. */
  set_depth (ours, "RAD101:CLO1", "st-ae82ce593bbd", FW_DEPTH_MASTERED);
  g_assert_true (fw_map_unset_mapping (theirs, "RAD101:CLO1", "st-ae82ce593bbd"));
  set_depth (theirs, "RAD101:CLO1", "st-f0ff1533789a", FW_DEPTH_MASTERED);
  g_assert_true (fw_map_unset_mapping (ours, "RAD101:CLO1", "st-f0ff1533789a"));
  g_assert_cmpuint (fw_map_merge (base, ours, theirs), ==, 2);
  n_mappings = g_list_model_get_n_items (G_LIST_MODEL (fw_map_get_mappings (ours)));

  /* Keeping their deletion removes our edited mapping. */
  g_assert_null (fw_conflict_get_theirs (conflict_at (ours, 0)));
  fw_map_run (ours, fw_map_resolve_conflict (ours, conflict_at (ours, 0), TRUE));
  g_assert_null (fw_map_find_mapping (ours, "RAD101:CLO1", "st-ae82ce593bbd", NULL));
  /* Keeping their edit brings back the mapping ours deleted, at their depth. */
  g_assert_null (fw_conflict_get_ours (conflict_at (ours, 0)));
  fw_map_run (ours, fw_map_resolve_conflict (ours, conflict_at (ours, 0), TRUE));
  g_assert_cmpint (fw_mapping_get_depth (fw_map_find_mapping (ours, "RAD101:CLO1",
                                                              "st-f0ff1533789a", NULL)),
                   ==, FW_DEPTH_MASTERED);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_map_get_mappings (ours))), ==,
                    n_mappings);
  g_assert_cmpuint (n_conflicts (ours), ==, 0);
}

static void
test_read_conflicts (void)
{
  g_autofree char *path = map_data_path ("radiography.fwmap");
  g_autofree char *contents = NULL;
  g_autofree char *broken = NULL;
  g_autofree char *valid = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FwMap) map = NULL;
  char *end;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  end = strrchr (contents, '}');
  g_assert_nonnull (end);
  *end = '\0';

  broken = g_strconcat (contents, ",\n  \"conflicts\" : [ { \"id\" : \"RAD101\" } ]\n}\n", NULL);
  map = fw_map_read_bytes (broken, strlen (broken), "broken.fwmap", &error);
  g_assert_null (map);
  g_assert_error (error, FW_ERROR, FW_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "conflicts[0]"));
  g_assert_nonnull (strstr (error->message, "field"));
  g_clear_error (&error);

  /* Nor an empty one. */
  {
    g_autofree char *empty = g_strconcat (contents, ",\n  \"conflicts\" : [ { \"id\" : \"RAD101\", "
                                          "\"field\" : \"\" } ]\n}\n", NULL);

    map = fw_map_read_bytes (empty, strlen (empty), "empty.fwmap", &error);
    g_assert_null (map);
    g_assert_error (error, FW_ERROR, FW_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "a conflict needs the id of its item and the field"));
    g_clear_error (&error);
  }

  valid = g_strconcat (contents, ",\n  \"conflicts\" : [ { \"id\" : \"RAD101\", \"field\" : "
                       "\"course\", \"theirs\" : \"Intro\" } ]\n}\n", NULL);
  map = fw_map_read_bytes (valid, strlen (valid), "valid.fwmap", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_conflicts (map), ==, 1);
  g_assert_null (fw_conflict_get_ours (conflict_at (map, 0)));
  /* Written back without the members it did not have. */
  {
    g_autoptr(GBytes) bytes = fw_map_write (map);

    g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    "\"id\": \"RAD101\",\n      \"field\": \"course\",\n"
                                    "      \"theirs\": \"Intro\"\n"));
  }
}

static void
test_diff_conflicts_and_xhtml (void)
{
  g_autoptr(FwMap) a = read_sample ();
  g_autoptr(FwMap) b = read_sample ();
  g_autoptr(FwConflict) conflict = fw_conflict_new ("RAD101:CLO1 -> st-f0ff1533789a", "depth",
                                                    "mappings", "M", "R");
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) back = NULL;
  g_autofree char *xhtml = NULL;
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;

  g_list_store_append (fw_map_get_conflicts (b), conflict);
  g_object_set (b, "accreditor", "ARRT <board> & co", NULL);
  fw_map_outcome_set_text (outcome_of (b, "RAD101:CLO1"), "Verify patient identity.");
  set_depth (b, "RAD101:CLO1", "st-f0ff1533789a", FW_DEPTH_MASTERED);

  changes = fw_map_diff (a, b);
  g_assert_nonnull (find_change (changes, "added", "RAD101:CLO1 -> st-f0ff1533789a depth", NULL));
  back = fw_map_diff (b, a);
  g_assert_nonnull (find_change (back, "removed", "RAD101:CLO1 -> st-f0ff1533789a depth", NULL));
  text = fw_map_diff_format_text (changes, "a", "b");
  g_assert_nonnull (strstr (text, "+ conflicts RAD101:CLO1 -> st-f0ff1533789a depth: merge "
                                  "conflict on mapping RAD101:CLO1 -> st-f0ff1533789a (depth): "
                                  "ours “M”, theirs “R”\n"));
  shown = fw_map_render_text (b);
  g_assert_nonnull (strstr (shown, "\nconflict RAD101:CLO1 -> st-f0ff1533789a depth: ours \"M\", "
                                   "theirs \"R\"\n"));

  xhtml = fw_map_diff_format_xhtml (changes, "old.fwmap", "new & improved.fwmap");
  g_assert_true (g_str_has_prefix (xhtml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
  g_assert_nonnull (strstr (xhtml, "<title>Changes from old.fwmap to new &amp; improved.fwmap"
                                   "</title>"));
  g_assert_nonnull (strstr (xhtml, "<p>4 changes</p>"));
  /* Each part under its heading, in the order of the map. */
  g_assert_nonnull (strstr (xhtml, "<h2>Program</h2>"));
  g_assert_true (strstr (xhtml, "<h2>Program</h2>") < strstr (xhtml, "<h2>Outcomes</h2>"));
  g_assert_true (strstr (xhtml, "<h2>Outcomes</h2>") < strstr (xhtml, "<h2>Mappings</h2>"));
  g_assert_true (strstr (xhtml, "<h2>Mappings</h2>") < strstr (xhtml, "<h2>Merge Conflicts</h2>"));
  g_assert_null (strstr (xhtml, "<h2>Courses</h2>"));
  g_assert_nonnull (strstr (xhtml, "<ins>ARRT &lt;board&gt; &amp; co</ins>"));
  g_assert_nonnull (strstr (xhtml, "<del>I</del>"));
  g_assert_nonnull (strstr (xhtml, "<ins>M</ins>"));
  g_assert_nonnull (strstr (xhtml, "<code>RAD101:CLO1 -&gt; st-f0ff1533789a</code> edited: depth"));
  g_assert_true (g_str_has_suffix (xhtml, "</body>\n</html>\n"));
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
  g_test_add_func ("/map-merge/edit-against-their-delete", test_merge_edit_against_their_delete);
  g_test_add_func ("/map-merge/orphan-mapping", test_merge_orphan_mapping);
  g_test_add_func ("/map-merge/recorded-conflicts", test_merge_recorded_conflicts);
  g_test_add_func ("/map-merge/resolve", test_resolve);
  g_test_add_func ("/map-merge/resolve-deletions", test_resolve_deletions);
  g_test_add_func ("/map-merge/read-conflicts", test_read_conflicts);
  g_test_add_func ("/map-diff/conflicts-and-xhtml", test_diff_conflicts_and_xhtml);

  return g_test_run ();
}
