/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The .fwmap file: round trip, determinism, and located errors on bad input. */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-map-file.h"
#include "fw-map-framework.h"
#include <glib/gstdio.h>

#include "fw-test-map-util.h"

static void
test_round_trip (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(GBytes) written = fw_map_write (map);
  g_autoptr(GBytes) rewritten = NULL;
  g_autoptr(FwMap) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FwMapCourse) course = NULL;
  g_autoptr(FwMapping) mapping = NULL;
  FwMapping *found;
  gsize length;
  const char *data = g_bytes_get_data (written, &length);

  read = fw_map_read_bytes (data, length, "radiography.fwmap", &error);
  g_assert_no_error (error);
  g_assert_false (fw_history_get_dirty (fw_map_get_history (read)));

  g_assert_cmpstr (fw_map_get_name (read), ==, "Radiography AAS");
  g_assert_cmpstr (fw_map_get_framework_path (read), ==, "radiologic-technologists.fwk");
  g_assert_true (g_str_has_prefix (fw_map_get_framework_digest (read), "sha256:"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_map_get_courses (read))), ==, 10);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_map_get_mappings (read))), ==, 18);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_map_get_prints (read))), ==, 7);

  course = g_list_model_get_item (G_LIST_MODEL (fw_map_get_courses (read)), 9);
  g_assert_cmpstr (fw_map_course_get_code (course), ==, "RAD250");
  g_assert_cmpstr (fw_map_course_get_title (course), ==, "Registry Review and Capstone");
  g_assert_cmpstr (fw_map_course_get_credits (course), ==, "2");
  g_assert_cmpstr (fw_map_course_get_term (course), ==, "Summer 2");

  found = fw_map_find_mapping (read, "RAD110:CLO2", "st-5fe39ec469f6", NULL);
  g_assert_nonnull (found);
  g_assert_cmpint (fw_mapping_get_depth (found), ==, FW_DEPTH_MASTERED);
  g_assert_cmpstr (fw_mapping_get_note (found), ==, "Exposure lab, final");

  rewritten = fw_map_write (read);
  g_assert_true (g_bytes_equal (written, rewritten));
}

static void
test_fixed_order (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(GBytes) bytes = fw_map_write (map);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  const char *keys[] = {
    "\"format\"", "\"formatVersion\"", "\"program\"", "\"framework\"", "\"courses\"",
    "\"mappings\"", "\"statements\""
  };
  const char *last = text;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const char *at = strstr (text, keys[i]);

      g_assert_nonnull (at);
      g_assert_true (at >= last);
      last = at;
    }

  /* Fingerprints are sorted by id, whatever order the statements were mapped in. */
  g_assert_true (strstr (text, "\"id\": \"st-5fe39ec469f6\"")
                 < strstr (text, "\"id\": \"st-ca52feaeba47\""));
  g_assert_true (g_str_has_suffix (text, "}\n"));
}

typedef struct
{
  const char *name;
  const char *json;
  const char *message;
} BadCase;

#define HEAD "{\"format\": \"framewright-map\", \"formatVersion\": \"1.0\", " \
             "\"program\": {\"name\": \"P\"}, \"framework\": {\"path\": \"f.fwk\"}, "
#define COURSE "\"courses\": [{\"code\": \"A1\", \"title\": \"T\", \"outcomes\": " \
               "[{\"id\": \"O1\", \"text\": \"Do it\"}]}]"

static const BadCase bad_cases[] = {
  { "not-json", "{\"format\": ", "bad.fwmap:1:12: error:" },
  { "other-format", "{\"format\": \"framewright\", \"formatVersion\": \"1.0\"}",
    "bad.fwmap:1:12: error: format: expected “framewright-map”; is this a curriculum map?" },
  { "newer-major", "{\"format\": \"framewright-map\", \"formatVersion\": \"2.0\"}",
    "bad.fwmap:1:48: error: formatVersion “2.0” is not supported (expected 1.0)" },
  { "missing-courses", HEAD "\"mappings\": []}",
    "bad.fwmap:1:1: error: missing required member “courses”" },
  { "unknown-member", HEAD COURSE ", \"colour\": 1}", "error: unknown member “colour”" },
  { "duplicate-outcome", HEAD "\"courses\": [{\"code\": \"A1\", \"title\": \"T\", \"outcomes\": "
    "[{\"id\": \"O1\", \"text\": \"a\"}, {\"id\": \"O1\", \"text\": \"b\"}]}]}",
    "bad.fwmap:1:201: error: courses[0].outcomes[1]: duplicate outcome id “O1”" },
  { "course-colon", HEAD "\"courses\": [{\"code\": \"A:1\", \"title\": \"T\", \"outcomes\": []}]}",
    "error: courses[0]: course code must not contain “:”" },
  { "mapping-unknown-outcome", HEAD COURSE ", \"mappings\": [{\"outcome\": \"O2\", "
    "\"statement\": \"st-1\", \"depth\": \"I\"}]}",
    "error: mappings[0]: no outcome “O2” in the program" },
  { "mapping-bad-depth", HEAD COURSE ", \"mappings\": [{\"outcome\": \"O1\", "
    "\"statement\": \"st-1\", \"depth\": \"Mastered\"}]}",
    "error: mappings[0]: expected a depth of “I”, “R” or “M”, got “Mastered”" },
  { "mapping-twice", HEAD COURSE ", \"mappings\": [{\"outcome\": \"O1\", \"statement\": \"s\", "
    "\"depth\": \"I\"}, {\"outcome\": \"O1\", \"statement\": \"s\", \"depth\": \"M\"}]}",
    "error: mappings[1]: outcome “O1” is mapped to statement “s” twice" },
  { "wrong-type", HEAD "\"courses\": [{\"code\": 7, \"title\": \"T\", \"outcomes\": []}]}",
    "error: courses[0].code: expected a string, got" },
};

static void
test_bad_input (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FwMap) map = NULL;

      g_test_message ("case %s", bad_cases[i].name);
      map = fw_map_read_bytes (bad_cases[i].json, strlen (bad_cases[i].json), "bad.fwmap",
                               &error);
      g_assert_null (map);
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, "bad.fwmap:"));
      if (strstr (error->message, bad_cases[i].message) == NULL)
        g_error ("case %s: expected “%s” in “%s”", bad_cases[i].name, bad_cases[i].message,
                 error->message);
    }
}

static void
test_truncations (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(GBytes) bytes = fw_map_write (map);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  /* Every prefix either fails with a located error or, never, crashes. */
  for (gsize cut = 0; cut < length - 2; cut += 97)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FwMap) read = fw_map_read_bytes (data, cut, "cut.fwmap", &error);

      g_assert_null (read);
      g_assert_true (g_str_has_prefix (error->message, "cut.fwmap:"));
    }
}

static void
test_fixture_rewrites_identically (void)
{
  g_autofree char *path = map_data_path ("radiography.fwmap");
  g_autoptr(GError) error = NULL;
  g_autoptr(FwMap) map = fw_map_read_file (path, &error);
  g_autoptr(GBytes) written = NULL;
  char *contents = NULL;
  gsize length = 0;
  g_autoptr(GBytes) original = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  original = g_bytes_new_take (contents, length);
  written = fw_map_write (map);
  g_assert_true (g_bytes_equal (written, original));
}

/* A map with @courses courses, @outcomes outcomes in the first course (at least one) and
 * @mappings mappings of its first outcome. */
static GString *
generated_map (guint courses,
               guint outcomes,
               guint mappings)
{
  GString *json = g_string_new ("{\"format\": \"framewright-map\", \"formatVersion\": \"1.0\", "
                                "\"program\": {\"name\": \"P\"}, "
                                "\"framework\": {\"path\": \"f.fwk\"}, \"courses\": [");

  for (guint c = 0; c < courses; c++)
    {
      g_string_append_printf (json, "%s{\"code\": \"C%u\", \"title\": \"T\", \"outcomes\": [",
                              c > 0 ? ", " : "", c);
      for (guint o = 0; c == 0 && o < outcomes; o++)
        g_string_append_printf (json, "%s{\"id\": \"O%u\", \"text\": \"x\"}", o > 0 ? ", " : "",
                                o);
      g_string_append (json, "]}");
    }
  g_string_append (json, "], \"mappings\": [");
  for (guint m = 0; m < mappings; m++)
    g_string_append_printf (json, "%s{\"outcome\": \"O0\", \"statement\": \"s%u\", "
                            "\"depth\": \"I\"}", m > 0 ? ", " : "", m);
  g_string_append (json, "]}");
  return json;
}

static void
check_limit (guint       courses,
             guint       outcomes,
             guint       mappings,
             const char *refusal)
{
  g_autoptr(GString) json = generated_map (courses, outcomes, mappings);
  g_autoptr(GError) error = NULL;
  g_autoptr(FwMap) map = fw_map_read_bytes (json->str, json->len, "big.fwmap", &error);

  if (refusal == NULL)
    {
      g_assert_no_error (error);
      g_assert_nonnull (map);
      return;
    }

  g_assert_null (map);
  g_assert_nonnull (strstr (error->message, refusal));
}

static void
test_limits (void)
{
  check_limit (FW_MAP_MAX_COURSES, 1, 0, NULL);
  check_limit (FW_MAP_MAX_COURSES + 1, 1, 0, "error: courses: more than 1000 items");
  check_limit (1, FW_MAP_MAX_OUTCOMES, 0, NULL);
  check_limit (1, FW_MAP_MAX_OUTCOMES + 1, 0, "more than 20000 outcomes");
  check_limit (1, 1, FW_MAP_MAX_MAPPINGS, NULL);
  check_limit (1, 1, FW_MAP_MAX_MAPPINGS + 1, "error: mappings: more than 100000 items");
}

static void
test_save_and_read_file (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-map-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "r.fwmap", NULL);
  g_autoptr(FwMap) read = NULL;

  g_assert_no_error (error);
  g_assert_true (fw_history_get_dirty (fw_map_get_history (map)));
  g_assert_true (fw_map_save (map, path, &error));
  g_assert_no_error (error);
  g_assert_false (fw_history_get_dirty (fw_map_get_history (map)));

  read = fw_map_read_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_map_get_mappings (read))), ==, 18);

  g_remove (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map-file/round-trip", test_round_trip);
  g_test_add_func ("/map-file/fixed-order", test_fixed_order);
  g_test_add_func ("/map-file/bad-input", test_bad_input);
  g_test_add_func ("/map-file/truncations", test_truncations);
  g_test_add_func ("/map-file/fixture-rewrites-identically", test_fixture_rewrites_identically);
  g_test_add_func ("/map-file/save-and-read-file", test_save_and_read_file);
  g_test_add_func ("/map-file/limits", test_limits);

  return g_test_run ();
}
