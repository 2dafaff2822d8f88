/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "fw-error.h"
#include "fw-formats.h"
#include "fw-io.h"

/*
 * Every reader refuses broken input with FW_ERROR, a message that starts with the file's
 * location ("FILE:LINE:COLUMN: error: "), names what is wrong, and leaves nothing behind.
 */

typedef struct
{
  const char  *name;        /* test path and fixture file in tests/data/bad */
  FwErrorCode  code;
  guint        line;        /* 0: the message has no location */
  guint        column;
  const char  *substance;   /* must appear in the message after the location */
} BadFile;

static const BadFile bad_files[] = {
  { "empty.json", FW_ERROR_PARSE, 1, 1, "file is empty" },
  { "truncated.json", FW_ERROR_PARSE, 12, 4, "unexpected end of file" },
  { "top-level-array.json", FW_ERROR_INVALID, 1, 1,
    "expected a JSON object at the top level, got an array" },
  { "jobzone-string.json", FW_ERROR_INVALID, 9, 16,
    "occupation.jobZone: expected an integer from 1 to 5, got a string" },
  { "statements-not-array.json", FW_ERROR_INVALID, 26, 23,
    "framework.levels.developing.statements: expected an array, got a string" },
  { "statement-not-string.json", FW_ERROR_INVALID, 21, 11,
    "framework.levels.emerging.statements[1]: expected a string" },
  { "statement-no-separator.json", FW_ERROR_INVALID, 39, 11,
    "framework.levels.advanced.statements[0]: statement has no “ — ”" },
  { "missing-soc.json", FW_ERROR_INVALID, 4, 17,
    "occupation: missing required member “soc”" },
  { "duplicate-key.json", FW_ERROR_INVALID, 9, 5, "duplicate key \"title\"" },
  { "invalid-utf8.json", FW_ERROR_PARSE, 6, 35, "invalid UTF-8 (byte 0xE9)" },
  { "nul-byte.json", FW_ERROR_PARSE, 8, 17, "NUL byte" },
  { "deep-nesting.json", FW_ERROR_PARSE, 1, 82, "nesting deeper than 64 levels" },
  { "number-overflow.json", FW_ERROR_INVALID, 9, 16, "number out of range" },
  { "binary.png", FW_ERROR_FORMAT, 1, 1, "this is a PNG image, not a framework document" },
  { "format-version-2.fwk", FW_ERROR_VERSION, 3, 20,
    "formatVersion 2.0 is newer than this version of Framewright supports (1.x); "
    "please update Framewright" },
  { "fwk-wrong-format-marker.fwk", FW_ERROR_INVALID, 2, 13,
    "format: expected “framewright”, got “nsx”" },
  { "fwk-jobzone-string.fwk", FW_ERROR_INVALID, 9, 16,
    "occupation.jobZone: expected an integer from 1 to 5, got a string" },
  { "fwk-statements-not-array.fwk", FW_ERROR_INVALID, 21, 21,
    "levels.emerging.statements: expected an array, got a string" },
  { "fwk-statement-id-number.fwk", FW_ERROR_INVALID, 29, 17,
    "levels.emerging.statements[1].id: expected a string, got a number" },
  { "fwk-missing-headline.fwk", FW_ERROR_INVALID, 28, 9,
    "levels.emerging.statements[1]: missing required member “headline”" },
  { "fwk-citations-not-strings.fwk", FW_ERROR_INVALID, 32, 37,
    "levels.emerging.statements[1].citations[1]: expected a string, got a number" },
  { "fwk-duplicate-id.fwk", FW_ERROR_INVALID, 29, 17,
    "levels.emerging.statements[1].id: duplicate statement id “st-0737f2640326”" },
};

static char *
bad_path (const char *name)
{
  const char *dir = g_getenv ("FW_TEST_DATA");

  if (dir == NULL)
    dir = "tests/data";

  return g_build_filename (dir, "bad", name, NULL);
}

/* Checks code, the exact location prefix, and that the message says what is wrong. */
static void
assert_refused (const GError *error,
                FwErrorCode   code,
                const char   *file,
                guint         line,
                guint         column,
                const char   *substance)
{
  g_autofree char *prefix = NULL;

  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, FW_ERROR, (int) code);

  if (line == 0)
    prefix = g_strdup_printf ("%s: error: ", file);
  else
    prefix = g_strdup_printf ("%s:%u:%u: error: ", file, line, column);

  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_nonnull (strstr (error->message + strlen (prefix), substance));
}

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *path = bad_path (bad->name);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);
  document = fw_format_read_file (path, FW_FORMAT_AUTO, warnings, &error);

  g_assert_null (document);
  assert_refused (error, bad->code, path, bad->line, bad->column, bad->substance);
}

/* The same refusal when the format is named instead of detected. */
static void
test_named_format_same_error (void)
{
  g_autofree char *path = bad_path ("jobzone-string.json");
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = fw_format_read_file (path, FW_FORMAT_NSX_JSON, NULL, &error);
  g_assert_null (document);
  assert_refused (error, FW_ERROR_INVALID, path, 9, 16, "occupation.jobZone");
}

static void
test_directory (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fw-bad-XXXXXX", &error);

  g_assert_no_error (error);

  document = fw_format_read_file (dir, FW_FORMAT_AUTO, NULL, &error);
  g_assert_null (document);
  assert_refused (error, FW_ERROR_IO, dir, 0, 0, "is a directory");

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_missing_file (void)
{
  g_autofree char *path = bad_path ("no-such-file.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = NULL;

  document = fw_format_read_file (path, FW_FORMAT_AUTO, NULL, &error);
  g_assert_null (document);
  assert_refused (error, FW_ERROR_IO, path, 0, 0, "no such file");
}

/*
 * A sparse file of 32 MiB and one byte. Its zeros would be refused as a NUL byte if it were
 * read and parsed, so the size error proves that it was refused before.
 */
static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fw-bad-XXXXXX", &error);
  g_autofree char *path = NULL;
  gint64 start;
  int fd;

  g_assert_no_error (error);
  path = g_build_filename (dir, "huge.json", NULL);

  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) FW_MAX_FILE_SIZE + 1), ==, 0);
  g_assert_cmpint (close (fd), ==, 0);

  start = g_get_monotonic_time ();
  document = fw_format_read_file (path, FW_FORMAT_AUTO, NULL, &error);

  g_assert_null (document);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  assert_refused (error, FW_ERROR_TOO_LARGE, path, 0, 0, "is larger than 32 MiB");

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static FwDocument *
read_memory (const char  *data,
             gsize        length,
             const char  *filename,
             FwFormat     format,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);

  return fw_format_read_bytes (bytes, filename, format, NULL, error);
}

/* The byte checks run before any reader, so the page readers get them too. */
static void
test_nul_byte_in_page_text (void)
{
  static const char data[] = "Radiologic Technologists\nEmerging\0level";
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = NULL;

  document = read_memory (data, sizeof data - 1, "page.txt", FW_FORMAT_PAGE_TEXT, &error);
  g_assert_null (document);
  assert_refused (error, FW_ERROR_PARSE, "page.txt", 2, 9, "NUL byte");
}

static void
test_invalid_utf8_in_page_html (void)
{
  static const char data[] = "<html>\n<body>\n<h1>Technolog\xe9</h1>";
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = NULL;

  document = read_memory (data, sizeof data - 1, "page.html", FW_FORMAT_PAGE_HTML, &error);
  g_assert_null (document);
  assert_refused (error, FW_ERROR_PARSE, "page.html", 3, 14, "invalid UTF-8 (byte 0xE9)");
}

static void
test_utf16 (void)
{
  static const char data[] = "\xff\xfe{\0}\0";
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = NULL;

  document = read_memory (data, sizeof data - 1, "utf16.json", FW_FORMAT_AUTO, &error);
  g_assert_null (document);
  assert_refused (error, FW_ERROR_PARSE, "utf16.json", 1, 1, "UTF-16");
}

static void
test_unnamed_input (void)
{
  static const char data[] = "{\"schemaVersion\": \"1.0\"";
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = NULL;

  document = read_memory (data, sizeof data - 1, NULL, FW_FORMAT_AUTO, &error);
  g_assert_null (document);
  assert_refused (error, FW_ERROR_PARSE, "<input>", 1, 24, "unexpected end of file");
}

/* A JSON file with neither marker, named .fwk, goes to the .fwk reader and says what it misses. */
static void
test_fwk_without_marker (void)
{
  static const char data[] = "{\n  \"occupation\": {}\n}\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = NULL;

  document = read_memory (data, sizeof data - 1, "plain.fwk", FW_FORMAT_AUTO, &error);
  g_assert_null (document);
  assert_refused (error, FW_ERROR_INVALID, "plain.fwk", 1, 1,
                  "missing required member “format”; is this a Framewright file?");
}

static void
test_fwk_bad_format_version (void)
{
  static const char data[] = "{\"format\": \"framewright\", \"formatVersion\": \"one\"}";
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = NULL;

  document = read_memory (data, sizeof data - 1, "v.fwk", FW_FORMAT_AUTO, &error);
  g_assert_null (document);
  assert_refused (error, FW_ERROR_INVALID, "v.fwk", 1, 44,
                  "formatVersion: expected a version such as “1.0”, got “one”");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *test_path = g_strconcat ("/bad-input/file/", bad_files[i].name, NULL);

      g_test_add_data_func (test_path, &bad_files[i], test_bad_file);
    }

  g_test_add_func ("/bad-input/named-format", test_named_format_same_error);
  g_test_add_func ("/bad-input/directory", test_directory);
  g_test_add_func ("/bad-input/missing-file", test_missing_file);
  g_test_add_func ("/bad-input/too-large", test_too_large);
  g_test_add_func ("/bad-input/nul-byte-page-text", test_nul_byte_in_page_text);
  g_test_add_func ("/bad-input/invalid-utf8-page-html", test_invalid_utf8_in_page_html);
  g_test_add_func ("/bad-input/utf16", test_utf16);
  g_test_add_func ("/bad-input/unnamed-input", test_unnamed_input);
  g_test_add_func ("/bad-input/fwk-without-marker", test_fwk_without_marker);
  g_test_add_func ("/bad-input/fwk-bad-format-version", test_fwk_bad_format_version);

  return g_test_run ();
}
