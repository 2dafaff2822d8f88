/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Importing programs and mappings. The Canvas fixture follows the outcomes CSV format
 * documented at https://developerdocs.instructure.com/services/canvas/outcomes/file.outcomes_csv
 * (vendor_guid, object_type, title, description, display_name, calculation_method,
 * calculation_int, workflow_state, parent_guids, ratings); the Moodle fixture follows the
 * columns of Moodle's competency framework export, admin/tool/lpimportcsv ("Parent ID number",
 * "ID number", "Short name", "Description", … "Is framework", "Taxonomy").
 */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-map-framework.h"
#include "fw-map-import.h"
#include "fw-test-map-util.h"

static FwMap *
import_program (const char  *name,
                FwMapSource  source)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = map_data_path (name);
  FwMap *map = fw_map_new ();

  g_assert_true (fw_map_import_program_file (map, path, source, &error));
  g_assert_no_error (error);
  return map;
}

static FwMapCourse *
course_at (FwMap *map,
           guint  position)
{
  FwMapCourse *course = g_list_model_get_item (G_LIST_MODEL (fw_map_get_courses (map)), position);

  g_object_unref (course);
  return course;
}

static FwMapOutcome *
outcome_at (FwMapCourse *course,
            guint        position)
{
  FwMapOutcome *outcome = g_list_model_get_item (G_LIST_MODEL (fw_map_course_get_outcomes (course)),
                                                 position);

  g_object_unref (outcome);
  return outcome;
}

static guint
n_courses (FwMap *map)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fw_map_get_courses (map)));
}

static guint
n_outcomes (FwMapCourse *course)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fw_map_course_get_outcomes (course)));
}

static void
test_plain_program (void)
{
  g_autoptr(FwMap) map = import_program ("radiography-program.csv", FW_MAP_SOURCE_AUTO);
  FwMapCourse *first, *last;

  /* "Course Code,Course Title,CLO,Learning Outcome,Credits,Term": aliases, any case. */
  g_assert_cmpuint (n_courses (map), ==, 10);
  first = course_at (map, 0);
  last = course_at (map, 9);
  g_assert_cmpstr (fw_map_course_get_code (first), ==, "RAD101");
  g_assert_cmpstr (fw_map_course_get_title (first), ==, "Introduction to Radiography");
  g_assert_cmpstr (fw_map_course_get_credits (first), ==, "3");
  g_assert_cmpstr (fw_map_course_get_term (first), ==, "Fall 1");
  g_assert_cmpuint (n_outcomes (first), ==, 3);
  g_assert_cmpstr (fw_map_course_get_code (last), ==, "RAD250");

  /* CLO1 is in every course, so every id is qualified with its course. */
  g_assert_cmpstr (fw_map_outcome_get_id (outcome_at (first, 0)), ==, "RAD101:CLO1");
  g_assert_cmpstr (fw_map_outcome_get_text (outcome_at (first, 0)), ==,
                   "Interpret physician imaging requests and verify patient identity, history "
                   "and orders.");
  g_assert_cmpstr (fw_map_outcome_get_id (outcome_at (last, 2)), ==, "RAD250:CLO3");
}

static void
test_semicolon_bom (void)
{
  g_autoptr(FwMap) map = import_program ("program-semicolon-bom.csv", FW_MAP_SOURCE_CSV);
  FwMapCourse *first = course_at (map, 0);

  /* A European spreadsheet: byte order mark, ';' between fields, CRLF, quoted ';'. */
  g_assert_cmpuint (n_courses (map), ==, 2);
  g_assert_cmpstr (fw_map_course_get_code (first), ==, "RAD101");
  g_assert_cmpstr (fw_map_course_get_title (first), ==, "Introduction; Radiography");
  /* Ids used once stay as they are. */
  g_assert_cmpstr (fw_map_outcome_get_id (outcome_at (first, 0)), ==, "A1");
  g_assert_cmpstr (fw_map_outcome_get_text (outcome_at (first, 0)), ==,
                   "Verify the \"right patient\" before imaging");
  g_assert_cmpstr (fw_map_outcome_get_text (outcome_at (course_at (map, 1), 0)), ==,
                   "Position patients");
}

static void
test_canvas (void)
{
  g_autoptr(FwMap) map = import_program ("canvas-outcomes.csv", FW_MAP_SOURCE_AUTO);
  FwMapCourse *rad101, *rad110;

  /* The program group holds no outcome itself, so only the two course groups remain. */
  g_assert_cmpuint (n_courses (map), ==, 2);
  rad101 = course_at (map, 0);
  rad110 = course_at (map, 1);
  g_assert_cmpstr (fw_map_course_get_code (rad101), ==, "rad101");
  g_assert_cmpstr (fw_map_course_get_title (rad101), ==, "RAD101 Introduction to Radiography");
  g_assert_cmpuint (n_outcomes (rad101), ==, 2);
  g_assert_cmpstr (fw_map_outcome_get_id (outcome_at (rad101, 0)), ==, "rad101-1");
  /* HTML descriptions become plain text. */
  g_assert_cmpstr (fw_map_outcome_get_text (outcome_at (rad101, 0)), ==,
                   "Interpret physician imaging requests & verify orders.");
  /* Without a description the title is the outcome; deleted outcomes are left out. */
  g_assert_cmpuint (n_outcomes (rad110), ==, 1);
  g_assert_cmpstr (fw_map_outcome_get_text (outcome_at (rad110, 0)), ==,
                   "Positioning for chest and extremities");
}

static void
test_moodle (void)
{
  g_autoptr(FwMap) map = import_program ("moodle-framework.csv", FW_MAP_SOURCE_AUTO);
  FwMapCourse *rad101;

  g_assert_cmpstr (fw_map_get_name (map), ==, "Radiography AAS");
  g_assert_cmpuint (n_courses (map), ==, 2);
  rad101 = course_at (map, 0);
  g_assert_cmpstr (fw_map_course_get_code (rad101), ==, "RAD101");
  g_assert_cmpstr (fw_map_course_get_title (rad101), ==, "Introduction to Radiography");
  /* Competencies at any depth below a course are its outcomes. */
  g_assert_cmpuint (n_outcomes (rad101), ==, 2);
  g_assert_cmpstr (fw_map_outcome_get_id (outcome_at (rad101, 0)), ==, "RAD101-1");
  g_assert_cmpstr (fw_map_outcome_get_text (outcome_at (rad101, 0)), ==,
                   "Interpret physician imaging requests.");
  g_assert_cmpstr (fw_map_outcome_get_text (outcome_at (rad101, 1)), ==, "Verify identity");
  g_assert_cmpstr (fw_map_outcome_get_id (outcome_at (course_at (map, 1), 0)), ==, "RAD110-1");
}

static void
test_moodle_unknown_parent (void)
{
  static const char csv[] =
    "\"Parent ID number\",\"ID number\",\"Short name\",\"Description\",\"Is framework\"\n"
    "\"\",\"RAD-AAS\",\"Radiography AAS\",\"\",\"1\"\n"
    "\"\",\"RAD101\",\"Introduction\",\"\",\"\"\n"
    "\"RAD999\",\"RAD101-1\",\"Requests\",\"\",\"\"\n";
  g_autoptr(FwMap) map = fw_map_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (fw_map_import_program (map, csv, strlen (csv), "m.csv", FW_MAP_SOURCE_AUTO,
                                         &error));
  g_assert_cmpstr (error->message, ==, "m.csv:4:1: error: no competency has the parent ID "
                   "number “RAD999”");
  /* Nothing of the file stays, not even the program name its framework row gave. */
  g_assert_cmpuint (n_courses (map), ==, 0);
  g_assert_cmpstr (fw_map_get_name (map), ==, "");
}

static void
test_forced_source (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = map_data_path ("radiography-program.csv");
  g_autoptr(FwMap) map = fw_map_new ();

  /* A plain program read as Canvas lacks Canvas's columns. */
  g_assert_false (fw_map_import_program_file (map, path, FW_MAP_SOURCE_CANVAS, &error));
  g_assert_true (g_str_has_suffix (error->message, ":1:1: error: missing column “vendor_guid”"));
  g_assert_cmpuint (n_courses (map), ==, 0);
}

typedef struct
{
  const char *file;
  const char *message;  /* after the file name */
} BrokenCase;

static void
test_broken_programs (void)
{
  static const BrokenCase cases[] = {
    { "broken-missing-column.csv", ":1:1: error: missing column “outcome_id”" },
    { "broken-unclosed-quote.csv", ":2:19: error: quoted field is never closed" },
  };
  static const struct { const char *csv; const char *message; } inline_cases[] = {
    { "course_code,course_title,outcome_id,outcome\nA,T,1,x\nA,T,1,y\n",
      "in.csv:3:5: error: outcome id “1” appears twice in course “A”" },
    { "course_code,course_title,outcome_id,outcome,credits\nA,T,1,x,three\n",
      "in.csv:2:9: error: expected a number of credits, got “three”" },
    { "course_code,course_title,outcome_id,outcome\nA:B,T,1,x\n",
      "in.csv:2:1: error: a course code must not contain “:”" },
    { "course_code,course_title,outcome_id,outcome\nA,T,1,\n",
      "in.csv:2:7: error: outcome “1” has no text" },
    /* A byte order mark is not a character of the first line. */
    { "\xef\xbb\xbf\"course\"x,course_title,outcome_id,outcome\nA,T,1,x\n",
      "in.csv:1:9: error: unexpected text after a closing quote" },
    /* Columns count characters, not bytes. */
    { "course_code,course_title,outcome_id,outcome\nA,Caf\xc3\xa9 \xe2\x80\x94 II,1,\n",
      "in.csv:2:15: error: outcome “1” has no text" },
    { "course_code,course_title,outcome_id,outcome\n",
      "in.csv:1:1: error: the file holds no outcomes" },
    { "", "in.csv:1:1: error: the file is empty; expected a header line" },
    { "course_code,course_title,outcome_id,outcome\nA,\"T\"x,1,y\n",
      "in.csv:2:6: error: unexpected text after a closing quote" },
    { "course_code,course_title,outcome_id,outcome\nA,T,1,caf\xc3\n",
      "in.csv:2:" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = map_data_path (cases[i].file);
      g_autofree char *expected = g_strconcat (path, cases[i].message, NULL);
      g_autoptr(FwMap) map = fw_map_new ();

      g_assert_false (fw_map_import_program_file (map, path, FW_MAP_SOURCE_AUTO, &error));
      g_assert_cmpstr (error->message, ==, expected);
      g_assert_cmpuint (n_courses (map), ==, 0);
    }

  for (guint i = 0; i < G_N_ELEMENTS (inline_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FwMap) map = fw_map_new ();
      const char *csv = inline_cases[i].csv;

      g_assert_false (fw_map_import_program (map, csv, strlen (csv), "in.csv",
                                             FW_MAP_SOURCE_CSV, &error));
      if (!g_str_has_prefix (error->message, inline_cases[i].message))
        g_error ("case %u: expected “%s”, got “%s”", i, inline_cases[i].message, error->message);
      g_assert_cmpuint (n_courses (map), ==, 0);
    }
}

static void
test_mappings (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  FwMapping *mapping;
  FwMapPrint *print;

  /* Depths written I, i, Introduced, Reinforced, r, Mastered all read. */
  mapping = fw_map_find_mapping (map, "RAD101:CLO2", "st-ca52feaeba47", NULL);
  g_assert_cmpint (fw_mapping_get_depth (mapping), ==, FW_DEPTH_INTRODUCED);
  mapping = fw_map_find_mapping (map, "RAD110:CLO1", "st-b4d9ac005e2e", NULL);
  g_assert_cmpint (fw_mapping_get_depth (mapping), ==, FW_DEPTH_INTRODUCED);
  g_assert_cmpstr (fw_mapping_get_note (mapping), ==, "Lab practical 1");
  mapping = fw_map_find_mapping (map, "RAD130:CLO2", "st-f0ff1533789a", NULL);
  g_assert_cmpint (fw_mapping_get_depth (mapping), ==, FW_DEPTH_REINFORCED);
  mapping = fw_map_find_mapping (map, "RAD220:CLO1", "st-b4d9ac005e2e", NULL);
  g_assert_cmpint (fw_mapping_get_depth (mapping), ==, FW_DEPTH_MASTERED);

  /* Each mapped statement is fingerprinted as the framework had it. */
  print = fw_map_find_print (map, "st-ae82ce593bbd", NULL);
  g_assert_nonnull (print);
  g_assert_cmpstr (fw_map_print_get_place (print), ==, "durable:Communication:emerging");
  g_assert_cmpstr (fw_map_print_get_headline (print), ==, "Patient history intake");
  print = fw_map_find_print (map, "st-cff5bfc5fdd0", NULL);
  g_assert_cmpstr (fw_map_print_get_place (print), ==, "ai:emerging");
}

static void
test_mappings_with_course_column (void)
{
  static const char csv[] = "Course,CLO,Statement ID,Depth,Evidence\n"
                            "RAD120,CLO1,st-0812bf3ed7f8,M,Dose lab\n";
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(GError) error = NULL;
  FwMapping *mapping;

  g_assert_true (fw_map_import_mappings (map, framework, csv, strlen (csv), "m.csv", &error));
  g_assert_no_error (error);
  mapping = fw_map_find_mapping (map, "RAD120:CLO1", "st-0812bf3ed7f8", NULL);
  g_assert_nonnull (mapping);
  g_assert_cmpstr (fw_mapping_get_note (mapping), ==, "Dose lab");
  g_assert_nonnull (fw_map_find_print (map, "st-0812bf3ed7f8", NULL));

  /* The whole file is one undo step. */
  g_assert_true (fw_history_undo (fw_map_get_history (map)));
  g_assert_null (fw_map_find_mapping (map, "RAD120:CLO1", "st-0812bf3ed7f8", NULL));
  g_assert_null (fw_map_find_print (map, "st-0812bf3ed7f8", NULL));
  g_assert_nonnull (fw_map_find_mapping (map, "RAD110:CLO2", "st-5fe39ec469f6", NULL));
}

static void
test_mappings_update_existing (void)
{
  static const char csv[] = "outcome_id,statement_id,depth,note\n"
                            "RAD130:CLO2,st-f0ff1533789a,M,Requisition audit\n";
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(GError) error = NULL;
  FwMapping *mapping = fw_map_find_mapping (map, "RAD130:CLO2", "st-f0ff1533789a", NULL);

  /* A second file about a pair already mapped changes its depth, not the number of lines. */
  g_assert_true (fw_map_import_mappings (map, framework, csv, strlen (csv), "m.csv", &error));
  g_assert_cmpint (fw_mapping_get_depth (mapping), ==, FW_DEPTH_MASTERED);
  g_assert_cmpstr (fw_mapping_get_note (mapping), ==, "Requisition audit");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_map_get_mappings (map))), ==, 18);
  g_assert_true (fw_history_undo (fw_map_get_history (map)));
  g_assert_cmpint (fw_mapping_get_depth (mapping), ==, FW_DEPTH_REINFORCED);
}

static void
test_broken_mappings (void)
{
  static const BrokenCase cases[] = {
    { "broken-depth.csv", ":2:29: error: expected a depth of I, R or M (or Introduced, "
      "Reinforced, Mastered), got “X”" },
    { "broken-statement.csv", ":2:13: error: no statement “st-000000000000” in the framework" },
    { "broken-outcome.csv", ":2:1: error: no outcome “RAD999:CLO1” in the program" },
    { "broken-ambiguous.csv", ":2:1: error: outcome id “CLO1” is used by several courses; "
      "write it as COURSE:CLO1 or add a course_code column" },
    { "broken-mappings-column.csv", ":1:1: error: missing column “statement_id”" },
  };
  g_autoptr(FwDocument) framework = map_sample_framework ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(FwMap) map = map_radiography (framework);
      g_autoptr(GError) error = NULL;
      g_autofree char *path = map_data_path (cases[i].file);
      g_autofree char *expected = g_strconcat (path, cases[i].message, NULL);

      g_assert_false (fw_map_import_mappings_file (map, framework, path, &error));
      g_assert_cmpstr (error->message, ==, expected);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_map_get_mappings (map))), ==,
                        18);
    }
}

static void
test_duplicate_mapping_row (void)
{
  static const char csv[] = "outcome_id,statement_id,depth\n"
                            "RAD120:CLO1,st-0812bf3ed7f8,I\n"
                            "RAD120:CLO1,st-0812bf3ed7f8,M\n";
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(GError) error = NULL;

  g_assert_false (fw_map_import_mappings (map, framework, csv, strlen (csv), "m.csv", &error));
  g_assert_cmpstr (error->message, ==, "m.csv:3:13: error: outcome “RAD120:CLO1” is mapped to "
                   "statement “st-0812bf3ed7f8” twice");
  /* Nothing of the file was applied, not even its good first row. */
  g_assert_null (fw_map_find_mapping (map, "RAD120:CLO1", "st-0812bf3ed7f8", NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map-import/plain-program", test_plain_program);
  g_test_add_func ("/map-import/semicolon-bom", test_semicolon_bom);
  g_test_add_func ("/map-import/canvas", test_canvas);
  g_test_add_func ("/map-import/moodle", test_moodle);
  g_test_add_func ("/map-import/moodle-unknown-parent", test_moodle_unknown_parent);
  g_test_add_func ("/map-import/forced-source", test_forced_source);
  g_test_add_func ("/map-import/broken-programs", test_broken_programs);
  g_test_add_func ("/map-import/mappings", test_mappings);
  g_test_add_func ("/map-import/mappings-with-course-column", test_mappings_with_course_column);
  g_test_add_func ("/map-import/mappings-update-existing", test_mappings_update_existing);
  g_test_add_func ("/map-import/broken-mappings", test_broken_mappings);
  g_test_add_func ("/map-import/duplicate-mapping-row", test_duplicate_mapping_row);

  return g_test_run ();
}
