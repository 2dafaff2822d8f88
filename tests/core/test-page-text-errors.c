/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "fw-formats.h"
#include "fw-io.h"
#include "fw-page.h"
#include "fw-split.h"

#include "fw-test-page-util.h"

/* ---------------------------------------------------------------------------------------- */
/* Errors                                                                                   */

static void
test_error_empty (void)
{
  assert_error ("", 0, FW_ERROR_INVALID, "bad.txt:1:1: error: not a framework page: the input "
                "is empty");
  assert_error ("\xef\xbb\xbf  \r\n\n \t\n", 9, FW_ERROR_INVALID,
                "bad.txt:1:1: error: not a framework page: the input is empty");
}

static void
test_error_not_a_page (void)
{
  const char *text = "Dear hiring manager,\nI am applying for the radiology position.\n";

  assert_error (text, strlen (text), FW_ERROR_INVALID,
                "bad.txt:1:1: error: not a framework page: there is no \"SOC\" line");
  text = "{\"schemaVersion\": \"1.0\"}";
  assert_error (text, strlen (text), FW_ERROR_INVALID, "bad.txt:1:1: error: not a framework page");
}

static void
test_error_no_title (void)
{
  const char *text = "Sign in\n\nSOC 29-2034.00Job Zone 3 \xc2\xb7 Medium Preparationv.26.05\n";

  assert_error (text, strlen (text), FW_ERROR_INVALID,
                "bad.txt:3:1: error: not a framework page: there is no occupation title");
}

static void
test_error_invalid_utf8 (void)
{
  const char *text = "Radiologic Technologists\n\nSOC 29-\xff" "2034.00\n";

  /* Line 3, column 8: the position of the bad byte, in characters. */
  assert_error (text, strlen (text), FW_ERROR_PARSE, "bad.txt:3:8: error: invalid UTF-8");
  text = "Caf\xc3\xa9 workers\n\xc3\xa9\xc3\xa9\xc3\n";
  assert_error (text, strlen (text), FW_ERROR_PARSE, "bad.txt:2:3: error: invalid UTF-8");
}

static void
test_error_nul (void)
{
  static const char text[] = "Radiologic Technologists\nSOC 29-2034.00\0Job Zone 3\n";

  assert_error (text, sizeof text - 1, FW_ERROR_PARSE, "bad.txt:2:15: error: the page contains "
                "a NUL byte");
}

static void
test_error_truncated (void)
{
  g_autofree char *text = load_sample (NULL);
  const char *cut;

  if (text == NULL)
    return;

  /* Cut before the levels. */
  cut = strstr (text, "\nEmerging\n");
  assert_error (text, cut - text, FW_ERROR_INVALID, "bad.txt:8:1: error: truncated page: no "
                "proficiency levels");
  /* Cut after the first level's label and role. */
  cut = strstr (text, "  1. Imaging equipment");
  assert_error (text, cut - text, FW_ERROR_INVALID, "bad.txt:11:1: error: truncated page: the "
                "proficiency levels list no statements");
  /* Cut in the middle of the SOC line. */
  cut = strstr (text, "29-20");
  assert_error (text, cut - text + 5, FW_ERROR_INVALID, "bad.txt:1:1: error: not a framework "
                "page");
}

static void
test_error_garbage (void)
{
  const gsize size = 10 * 1024 * 1024;
  g_autofree char *text = g_malloc (size);
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);

  /* Printable ASCII with newlines: not a page. */
  for (gsize i = 0; i < size; i++)
    text[i] = g_rand_int_range (rand, 0, 40) == 0 ? '\n' : (char) g_rand_int_range (rand, 32, 127);
  assert_error (text, size, FW_ERROR_INVALID, "bad.txt:1:1: error: not a framework page");

  /* Random bytes: not UTF-8. */
  for (gsize i = 0; i < size; i++)
    text[i] = (char) g_rand_int_range (rand, 1, 256);
  assert_error (text, size, FW_ERROR_PARSE, "bad.txt:");

  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 30.0);
}

static void
test_error_garbage_after_header (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autoptr(GString) page = NULL;
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  if (text == NULL)
    return;

  /* A real page followed by 4 MB of junk lines: imported, with a bounded number of warnings. */
  page = g_string_new (text);
  while (page->len < 4 * 1024 * 1024)
    {
      g_string_append_c (page, '\n');
      for (guint i = 0; i < 60; i++)
        g_string_append_c (page, (char) g_rand_int_range (rand, 'a', 'z' + 1));
    }
  document = read_ok (page->str, page->len, "page.txt", warnings);
  g_assert_cmpuint (store_length (fw_document_get_domains (document)), ==, 10);
  g_assert_cmpuint (warnings->len, <=, 1001);
  g_assert_true (g_str_has_suffix (((FwDiagnostic *) g_ptr_array_index (
                                      warnings, warnings->len - 1))->message,
                                   "more warnings were not shown"));
}

static void
test_error_too_large (void)
{
  const gsize size = FW_MAX_FILE_SIZE + 1;
  g_autofree char *text = g_malloc (size);

  memset (text, 'a', size);
  assert_error (text, size, FW_ERROR_TOO_LARGE, "bad.txt: error: the page is larger than 32 MiB");
}

static void
test_error_statement_too_long (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autofree char *long_body = NULL;
  g_autofree char *edited = NULL;

  if (text == NULL)
    return;

  long_body = g_strnfill (5000, 'x');
  edited = replace_once (text, "in a clinical radiology department.", long_body);
  assert_error (edited, strlen (edited), FW_ERROR_INVALID,
                "bad.txt:12:1: error: statement longer than 4096 bytes");
}

/* A page header and one level, to which a test appends what it needs. */
static GString *
page_start (void)
{
  return g_string_new ("Electricians\nSOC 47-2111.00Job Zone 3 \xc2\xb7 Medium "
                       "Preparationv.26.01\nEmerging\nApprentice\n"
                       "  1. Residential wiring \xe2\x80\x94 install branch circuits.\n");
}

static void
test_error_limits (void)
{
  g_autoptr(GString) page = page_start ();
  g_autoptr(GString) many = page_start ();

  /* Far more domains or statements than a page holds is refused, with where. */
  for (guint i = 1; i <= 300; i++)
    g_string_append_printf (page, "%uDomain %c%c1 statements\nEmerging\n  1. A \xe2\x80\x94 b.\n",
                            i % 100, 'a' + i / 26, 'a' + i % 26);
  assert_error (page->str, page->len, FW_ERROR_TOO_LARGE,
                "bad.txt:774:1: error: more than 256 durable-skill domains");

  for (guint i = 0; i < 20001; i++)
    g_string_append (many, "  2. Conduit \xe2\x80\x94 bend it.\n");
  assert_error (many->str, many->len, FW_ERROR_TOO_LARGE,
                "bad.txt:20005:1: error: more than 20000 statements");
}

static void
test_adversarial_lines (void)
{
  g_autoptr(GString) chips = page_start ();
  g_autoptr(GString) glued = page_start ();
  g_autoptr(GString) titles = page_start ();
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  FwStatement *statement;

  /* One statement followed by 100 000 chips: the first 64 are read, the rest reported. */
  g_string_append (chips, "Developing\nJourneyman\n  1. Blueprints \xe2\x80\x94 read them");
  for (guint i = 0; i < 100000; i++)
    g_string_append (chips, " NEC 2023NEC 2023 National Electrical Code. Opens in new tab.");
  g_string_append (chips, "\nSources: NEC. \xc2\xa9 2026 Example.\n");
  document = read_ok (chips->str, chips->len, "chips.txt", warnings);
  statement = get_statement (fw_level_get_statements (fw_document_get_level (document, 1)), 0);
  g_assert_cmpstr (fw_statement_get_body (statement), ==, "read them");
  g_assert_cmpuint (g_strv_length ((char **) fw_statement_get_citations (statement)), ==, 1);
  g_assert_cmpuint (count_warnings_containing (warnings, "skipped text after the citations"),
                    ==, 1);
  g_clear_object (&document);

  /* A glued list of two million items and a line of a million related titles. */
  g_string_append (glued, "O*NET skills\n");
  for (guint i = 0; i < 2000000; i++)
    g_string_append (glued, "aB");
  g_string_append (glued, "\nSources: x. \xc2\xa9 2026 Example.\n");
  g_ptr_array_set_size (warnings, 0);
  document = read_ok (glued->str, glued->len, "glued.txt", warnings);
  g_assert_cmpuint (g_strv_length ((char **) fw_onet_get_strv (fw_document_get_onet (document),
                                                               "skills")), ==, 10000);
  g_assert_cmpuint (count_warnings_containing (warnings, "list longer than 10000 items"), ==, 1);
  g_clear_object (&document);

  g_string_append (titles, "Related titles\n");
  for (guint i = 0; i < 1000000; i++)
    g_string_append (titles, "x \xc2\xb7 ");
  g_string_append (titles, "\nSources: x. \xc2\xa9 2026 Example.\n");
  document = read_ok (titles->str, titles->len, "titles.txt", NULL);
  g_assert_cmpuint (g_strv_length ((char **) fw_onet_get_strv (fw_document_get_onet (document),
                                                               "related-titles")), ==, 10000);

  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 20.0);
}

/* ---------------------------------------------------------------------------------------- */
/* Robustness                                                                               */

static void
read_anything (const char *text,
               gsize       length)
{
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = fw_page_text_read (text, length, "x.txt", warnings, &error);

  /* Either a document or an error with a location, never both and never neither. */
  g_assert_true ((document != NULL) != (error != NULL));
  if (error != NULL)
    g_assert_true (g_str_has_prefix (error->message, "x.txt"));
}

static void
test_robust_truncations (void)
{
  g_autofree char *text = load_sample (NULL);
  gsize length;

  if (text == NULL)
    return;

  length = strlen (text);
  for (gsize cut = 0; cut < length; cut += 997)
    read_anything (text, cut);
}

static void
test_robust_mutations (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (1234);
  static const char * const inserts[] = {
    "\n", "Emerging\n", " Opens in new tab.", "1Communication", "\xe2\x80\x94", "  1. ",
    "Sources:", "\xc2\xa9", "WEF cluster\n", "SOC 11-1011.00", "Tasks", "(", ")",
  };
  gsize length;

  if (text == NULL)
    return;

  length = strlen (text);
  for (guint round = 0; round < 40; round++)
    {
      g_autoptr(GString) mutated = g_string_new_len (text, length);

      for (guint m = 0; m < 8; m++)
        {
          gsize at = g_rand_int_range (rand, 0, mutated->len);
          gsize span = g_rand_int_range (rand, 1, 400);
          guint which = g_rand_int_range (rand, 0, G_N_ELEMENTS (inserts));

          if (g_rand_boolean (rand))
            g_string_insert (mutated, at, inserts[which]);
          else
            g_string_erase (mutated, at, MIN (span, mutated->len - at));
        }
      if (g_utf8_validate_len (mutated->str, mutated->len, NULL))
        read_anything (mutated->str, mutated->len);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/page-text/error/empty", test_error_empty);
  g_test_add_func ("/page-text/error/not-a-page", test_error_not_a_page);
  g_test_add_func ("/page-text/error/no-title", test_error_no_title);
  g_test_add_func ("/page-text/error/invalid-utf8", test_error_invalid_utf8);
  g_test_add_func ("/page-text/error/nul", test_error_nul);
  g_test_add_func ("/page-text/error/truncated", test_error_truncated);
  g_test_add_func ("/page-text/error/garbage", test_error_garbage);
  g_test_add_func ("/page-text/error/garbage-after-page", test_error_garbage_after_header);
  g_test_add_func ("/page-text/error/too-large", test_error_too_large);
  g_test_add_func ("/page-text/error/statement-too-long", test_error_statement_too_long);
  g_test_add_func ("/page-text/error/limits", test_error_limits);
  g_test_add_func ("/page-text/robust/adversarial-lines", test_adversarial_lines);
  g_test_add_func ("/page-text/robust/truncations", test_robust_truncations);
  g_test_add_func ("/page-text/robust/mutations", test_robust_mutations);

  return g_test_run ();
}
