/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "fw-error.h"
#include "fw-formats.h"
#include "fw-json.h"
#include "tests/fw-test-hooks.h"

#include "fw-test-util.h"

static gboolean
has_extra (FwDocument *document,
           const char *key,
           const char *member)
{
  JsonObject *extras = g_hash_table_lookup (fw_document_get_extras (document), key);

  return extras != NULL && json_object_has_member (extras, member);
}

/* A file from a newer minor version keeps what this version does not know. */
static void
test_unknown_keys_preserved (void)
{
  g_autofree char *path = test_data_path ("newer-minor.fwk");
  g_autoptr(GBytes) bytes = load_file (path);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) edited = NULL;
  g_autofree char *warning = NULL;
  FwStatement *statement;
  g_autofree char *text = NULL;

  warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);
  document = read_fwk_bytes (bytes, "newer-minor.fwk", warnings);

  g_assert_cmpuint (warnings->len, ==, 1);
  warning = fw_diagnostic_format (g_ptr_array_index (warnings, 0));
  g_assert_cmpstr (warning, ==, "newer-minor.fwk:3: warning: formatVersion 1.3 is newer than 1.0; "
                                "members this version does not know are kept as they are");

  g_assert_true (has_extra (document, "root", "reviews"));
  g_assert_true (has_extra (document, "occupation", "onetRelease"));
  g_assert_true (has_extra (document, "framework", "audience"));
  g_assert_true (has_extra (document, "levels", "expert"));
  g_assert_true (has_extra (document, "level:emerging", "color"));
  g_assert_true (has_extra (document, "statement:st-0737f2640326", "reviewState"));
  g_assert_true (has_extra (document, "statement:st-0737f2640326", "history"));
  g_assert_true (has_extra (document, "domain:Communication", "weight"));
  g_assert_true (has_extra (document, "domain:Communication:levels", "mastering"));
  g_assert_true (has_extra (document, "evidence", "survey"));
  g_assert_true (has_extra (document, "evidence:safi", "confidence"));
  g_assert_true (has_extra (document, "onet", "zoneNotes"));
  g_assert_true (has_extra (document, "task:10042", "importance"));
  g_assert_true (has_extra (document, "apprenticeship:0279", "hours"));
  g_assert_true (has_extra (document, "source:src-onet", "doi"));
  g_assert_true (has_extra (document, "provenance", "signedBy"));

  /* Unchanged, the file saves byte for byte, version included. */
  saved = write_fwk (document);
  assert_same_bytes (saved, bytes);

  /* Edited, the unknown members still follow the known ones. */
  statement = fw_document_find_statement (document, "st-0737f2640326", NULL);
  g_assert_nonnull (statement);
  fw_statement_set_headline (statement, "Patient positioning and immobilisation");
  edited = write_fwk (document);
  text = g_strndup (g_bytes_get_data (edited, NULL), g_bytes_get_size (edited));
  g_assert_nonnull (strstr (text, "\"headline\": \"Patient positioning and immobilisation\""));
  g_assert_nonnull (strstr (text, "\"citations\": [],\n          \"reviewState\": \"approved\","));
  g_assert_nonnull (strstr (text, "\"formatVersion\": \"1.3\""));
}

static void
test_minor_version_accepted (void)
{
  g_autofree char *path = test_data_path ("version-1-5.fwk");
  g_autoptr(GBytes) bytes = load_file (path);
  g_autoptr(FwDocument) document = read_fwk_bytes (bytes, "version-1-5.fwk", NULL);
  g_autoptr(GBytes) saved = write_fwk (document);

  g_assert_cmpstr (fw_document_get_title (document), ==,
                   "Radiologic Technologists and Technicians");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_level_get_statements (
                      fw_document_get_level (document, FW_LEVEL_EMERGING)))), ==, 2);
  assert_same_bytes (saved, bytes);
}

/* Text of the test file @name with its first @from replaced by @to. */
static GBytes *
load_replaced (const char *name,
               const char *from,
               const char *to)
{
  g_autofree char *path = test_data_path (name);
  g_autoptr(GBytes) bytes = load_file (path);
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL),
                                              g_bytes_get_size (bytes));
  const char *found = strstr (text->str, from);

  g_assert_nonnull (found);
  g_string_erase (text, found - text->str, strlen (from));
  g_string_insert (text, found - text->str, to);
  return g_string_free_to_bytes (g_steal_pointer (&text));
}

/* The first minor version above ours, 1.1, is remembered like any newer one. */
static void
test_first_minor_version_kept (void)
{
  g_autoptr(GBytes) bytes = load_replaced ("version-1-5.fwk", "\"formatVersion\": \"1.5\"",
                                           "\"formatVersion\": \"1.1\"");
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (
    (GDestroyNotify) fw_diagnostic_free);
  g_autoptr(FwDocument) document = read_fwk_bytes (bytes, "version-1-1.fwk", warnings);
  g_autoptr(GBytes) saved = write_fwk (document);

  g_assert_cmpuint (warnings->len, ==, 1);
  assert_same_bytes (saved, bytes);
}

/* splitConfidence runs from 0 to 1, both ends included; outside, a located error. */
static void
test_split_confidence_range (void)
{
  static const struct
  {
    const char *value;
    const char *error;
  } cases[] = {
    { "1", NULL },
    { "0", NULL },
    { "1.5", "full.fwk:41:30: error: levels.emerging.statements[1].splitConfidence: "
             "expected a number from 0 to 1, got 1.5" },
    { "-0.1", "full.fwk:41:30: error: levels.emerging.statements[1].splitConfidence: "
              "expected a number from 0 to 1, got -0.1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *member = g_strconcat ("\"splitConfidence\": ", cases[i].value, NULL);
      g_autoptr(GBytes) bytes = load_replaced ("full.fwk", "\"splitConfidence\": 0.45", member);
      g_autoptr(GError) error = NULL;
      g_autoptr(FwDocument) document = fw_format_read_bytes (bytes, "full.fwk", FW_FORMAT_AUTO,
                                                             NULL, &error);

      if (cases[i].error == NULL)
        {
          g_assert_no_error (error);
          g_assert_cmpfloat (fw_statement_get_split_confidence (
                               fw_document_find_statement (document, "st-000000000002", NULL)),
                             ==, g_ascii_strtod (cases[i].value, NULL));
        }
      else
        {
          g_assert_null (document);
          g_assert_nonnull (error);
          g_assert_cmpstr (error->message, ==, cases[i].error);
        }
    }
}

static void
test_major_version_refused (void)
{
  static const char text[] = "{\n  \"format\": \"framewright\",\n  \"formatVersion\": \"2.0\",\n"
                             "  \"levels\": []\n}\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = NULL;

  document = fw_format_read_bytes (bytes, "future.fwk", FW_FORMAT_AUTO, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, FW_ERROR, FW_ERROR_VERSION);
  g_assert_cmpstr (error->message, ==,
                   "future.fwk:3:20: error: formatVersion 2.0 is newer than this version of "
                   "Framewright supports (1.x); please update Framewright");
}

static void
test_detect (void)
{
  static const struct
  {
    const char *data;
    const char *filename;
    FwFormat    expected;
  } cases[] = {
    { "{\"format\": \"framewright\", \"formatVersion\": \"1.0\"}", "a.json", FW_FORMAT_FWK },
    { "\xEF\xBB\xBF  {\"format\":\"framewright\"", NULL, FW_FORMAT_FWK },
    { "{\"schemaVersion\":\"1.0\",\"occupation\":{}}", "a.fwk", FW_FORMAT_NSX_JSON },
    { "{\"occupation\":{\"format\":\"framewright\"},\"schemaVersion\":\"1.0\"}", NULL,
      FW_FORMAT_NSX_JSON },
    { "{\"levels\":{}}", "plain.fwk", FW_FORMAT_FWK },
    { "{\"levels\":{}}", "plain.json", FW_FORMAT_NSX_JSON },
    { "[1, 2]", NULL, FW_FORMAT_NSX_JSON },
    { "<!DOCTYPE html><html><body>x</body></html>", "page.txt", FW_FORMAT_PAGE_HTML },
    { "Saved page\n<html lang=\"en\">", NULL, FW_FORMAT_PAGE_HTML },
    { "Radiologic Technologists\nEmerging\n", "page.txt", FW_FORMAT_PAGE_TEXT },
    { "Radiologic Technologists\nEmerging\n", NULL, FW_FORMAT_PAGE_TEXT },
    { "Radiologic Technologists\n", "page.HTM", FW_FORMAT_PAGE_HTML },
    { "Radiologic Technologists\n", "broken.json", FW_FORMAT_NSX_JSON },
    { "", "empty.fwk", FW_FORMAT_FWK },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      FwFormat detected = fw_format_detect (cases[i].data, strlen (cases[i].data),
                                            cases[i].filename);

      g_test_message ("case %u", i);
      g_assert_cmpint (detected, ==, cases[i].expected);
    }
}

static void
test_format_names (void)
{
  static const FwFormat formats[] = {
    FW_FORMAT_AUTO, FW_FORMAT_FWK, FW_FORMAT_NSX_JSON, FW_FORMAT_PAGE_TEXT, FW_FORMAT_PAGE_HTML,
    FW_FORMAT_CASE, FW_FORMAT_CSV, FW_FORMAT_CANVAS_CSV, FW_FORMAT_MOODLE_CSV
  };
  FwFormat parsed;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_assert_true (fw_format_from_string (fw_format_to_string (formats[i]), &parsed));
      g_assert_cmpint (parsed, ==, formats[i]);
    }

  g_assert_cmpstr (fw_format_to_string (FW_FORMAT_NSX_JSON), ==, "nsx-json");
  g_assert_cmpstr (fw_format_to_string (FW_FORMAT_CASE), ==, "case-1.0");
  g_assert_false (fw_format_from_string ("xls", &parsed));
}

static void
test_write_page_refused (void)
{
  g_autoptr(FwDocument) document = fw_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  bytes = fw_format_write (document, FW_FORMAT_PAGE_TEXT, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, FW_ERROR, FW_ERROR_FORMAT);
}

static void
test_diagnostic_format (void)
{
  g_autoptr(FwDiagnostic) located = fw_diagnostic_new ("a.txt", 12, 3, "st-1", "low %s", "x");
  g_autoptr(FwDiagnostic) unlocated = fw_diagnostic_new (NULL, 0, 0, NULL, "general");
  g_autofree char *a = fw_diagnostic_format (located);
  g_autofree char *b = fw_diagnostic_format (unlocated);

  g_assert_cmpstr (a, ==, "a.txt:12: warning: low x");
  g_assert_cmpstr (b, ==, "<input>: warning: general");
  g_assert_cmpstr (located->statement_id, ==, "st-1");
  g_assert_cmpuint (located->column, ==, 3);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/native/unknown-keys-preserved", test_unknown_keys_preserved);
  g_test_add_func ("/native/minor-version-accepted", test_minor_version_accepted);
  g_test_add_func ("/native/major-version-refused", test_major_version_refused);
  g_test_add_func ("/native/first-minor-version-kept", test_first_minor_version_kept);
  g_test_add_func ("/native/split-confidence-range", test_split_confidence_range);
  g_test_add_func ("/native/detect", test_detect);
  g_test_add_func ("/native/format-names", test_format_names);
  g_test_add_func ("/native/write-page-refused", test_write_page_refused);
  g_test_add_func ("/native/diagnostic-format", test_diagnostic_format);

  return g_test_run ();
}
