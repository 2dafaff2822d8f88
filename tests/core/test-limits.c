/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Every documented limit (README, "Limits"), tested at the limit and one past it: the file
 * size, the JSON nesting depth, the HTML element depth and the statement length. At the
 * limit the input reads as usual; one past it, it is refused with an error that names the
 * file, and the size limit is applied before anything is parsed.
 */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <libxml/HTMLparser.h>

#include "fw-error.h"
#include "fw-formats.h"
#include "fw-io.h"
#include "fw-json.h"
#include "fw-limits.h"

#define SAMPLE_NAME "nsx-export-radiologic-technologists.json"

/* The limits live in several headers; they must agree with the documented ones. */
G_STATIC_ASSERT (FW_MAX_FILE_SIZE == 32 * 1024 * 1024);
G_STATIC_ASSERT (FW_JSON_MAX_DEPTH == FW_MAX_JSON_DEPTH);
G_STATIC_ASSERT (FW_MAX_JSON_DEPTH == 64);
G_STATIC_ASSERT (FW_MAX_HTML_DEPTH == 256);
G_STATIC_ASSERT (FW_MAX_STATEMENT_LENGTH == 4096);

/* The first emerging statement of the shared sample, replaced to make long statements. */
#define FIRST_STATEMENT \
  "Imaging equipment controls and exposure settings \xe2\x80\x94 adjust under direct " \
  "supervision according to physician specifications in a clinical radiology department."

#define STATEMENT_HEADLINE "Long statement headline"

static char *
sample_text (void)
{
  const char *shared = g_getenv ("FW_SHARED_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  if (shared == NULL)
    g_error ("FW_SHARED_DIR is not set; run the tests through meson");

  path = g_build_filename (shared, "samples", SAMPLE_NAME, NULL);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static char *
make_test_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("fw-test-limits-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_test_dir (const char *dir,
                 const char *file)
{
  g_autofree char *path = g_build_filename (dir, file, NULL);

  g_unlink (path);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static FwDocument *
read_text (const char  *text,
           gsize        length,
           const char  *filename,
           FwFormat     format,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);

  return fw_format_read_bytes (bytes, filename, format, NULL, error);
}

static void
assert_error_matches (const GError *error,
                      FwErrorCode   code,
                      const char   *pattern)
{
  g_assert_nonnull (error);
  if (!g_error_matches (error, FW_ERROR, code))
    g_error ("expected FW_ERROR %d, got %s %d: %s", code, g_quark_to_string (error->domain),
             error->code, error->message);
  if (!g_pattern_match_simple (pattern, error->message))
    g_error ("expected a message matching “%s”, got “%s”", pattern, error->message);
}

/* The sample, followed by spaces up to exactly @size bytes: still a valid export. */
static void
write_padded_sample (const char *path,
                     gsize       size)
{
  g_autofree char *sample = sample_text ();
  gsize length = strlen (sample);
  g_autofree char *padded = g_malloc (size);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (length, <, size);
  memcpy (padded, sample, length);
  memset (padded + length, ' ', size - length);

  g_file_set_contents (path, padded, size, &error);
  g_assert_no_error (error);
}

static void
test_file_size_at_limit (void)
{
  g_autofree char *dir = make_test_dir ();
  g_autofree char *path = g_build_filename (dir, "at-limit.json", NULL);
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;

  write_padded_sample (path, FW_MAX_FILE_SIZE);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, FW_MAX_FILE_SIZE);

  document = fw_format_read_file (path, FW_FORMAT_AUTO, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_cmpstr (fw_document_get_title (document), ==,
                   "Radiologic Technologists and Technicians");

  remove_test_dir (dir, "at-limit.json");
}

static void
test_file_size_past_limit (void)
{
  g_autofree char *dir = make_test_dir ();
  g_autofree char *path = g_build_filename (dir, "past-limit.json", NULL);
  g_autofree char *pattern = g_strdup_printf ("%s: error: file is larger than 32 MiB", path);
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  write_padded_sample (path, FW_MAX_FILE_SIZE + 1);

  document = fw_format_read_file (path, FW_FORMAT_AUTO, NULL, &error);
  g_assert_null (document);
  assert_error_matches (error, FW_ERROR_TOO_LARGE, pattern);

  remove_test_dir (dir, "past-limit.json");
}

/*
 * A sparse file one byte past the limit, all NUL bytes: were it parsed, the error would be
 * about a NUL byte. The size error proves the size is checked first.
 */
static void
test_file_size_checked_before_parsing (void)
{
  g_autofree char *dir = make_test_dir ();
  g_autofree char *path = g_build_filename (dir, "sparse.fwk", NULL);
  g_autofree char *pattern = g_strdup_printf ("%s: error: file is larger than 32 MiB", path);
  g_autofree char *at_limit_pattern = g_strdup_printf ("%s:1:1: error: *NUL*", path);
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(FwDocument) at_limit = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) at_limit_error = NULL;
  int fd;

  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, FW_MAX_FILE_SIZE + 1), ==, 0);

  document = fw_format_read_file (path, FW_FORMAT_FWK, NULL, &error);
  g_assert_null (document);
  assert_error_matches (error, FW_ERROR_TOO_LARGE, pattern);

  /* At the limit the same file is read, and then refused for what it holds. */
  g_assert_cmpint (ftruncate (fd, FW_MAX_FILE_SIZE), ==, 0);
  g_assert_cmpint (close (fd), ==, 0);
  at_limit = fw_format_read_file (path, FW_FORMAT_FWK, NULL, &at_limit_error);
  g_assert_null (at_limit);
  assert_error_matches (at_limit_error, FW_ERROR_PARSE, at_limit_pattern);

  remove_test_dir (dir, "sparse.fwk");
}

static char *
nested_arrays (guint depth)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  g_string_append (text, "0");
  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, ']');

  return g_string_free (text, FALSE);
}

static GBytes *
sample_as_fwk (void)
{
  g_autofree char *sample = sample_text ();
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  document = read_text (sample, strlen (sample), SAMPLE_NAME, FW_FORMAT_NSX_JSON, &error);
  g_assert_no_error (error);
  bytes = fw_format_write (document, FW_FORMAT_FWK, NULL, &error);
  g_assert_no_error (error);
  return bytes;
}

/*
 * A .fwk file from a newer minor version, whose unknown member "future" holds arrays nested
 * so that the whole document is @depth levels deep (the root object is the first level).
 */
static char *
fwk_with_depth (guint depth)
{
  g_autoptr(GBytes) fwk = sample_as_fwk ();
  g_autofree char *text = g_strndup (g_bytes_get_data (fwk, NULL), g_bytes_get_size (fwk));
  g_autofree char *nested = nested_arrays (depth - 1);
  g_autofree char *member = g_strdup_printf ("\"formatVersion\": \"1.1\",\n  \"future\": %s",
                                             nested);
  g_auto(GStrv) parts = g_strsplit (text, "\"formatVersion\": \"1.0\"", 2);

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  return g_strjoin (member, parts[0], parts[1], NULL);
}

static void
test_json_depth_fwk (void)
{
  g_autofree char *at_limit = fwk_with_depth (FW_MAX_JSON_DEPTH);
  g_autofree char *past_limit = fwk_with_depth (FW_MAX_JSON_DEPTH + 1);
  g_autofree char *kept = nested_arrays (FW_MAX_JSON_DEPTH - 1);
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(FwDocument) refused = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(FwJsonDoc) json = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  JsonNode *future;

  document = read_text (at_limit, strlen (at_limit), "depth.fwk", FW_FORMAT_FWK, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);

  /* Kept whole and written back, as unknown members of a newer version are. */
  written = fw_format_write (document, FW_FORMAT_FWK, NULL, &error);
  g_assert_no_error (error);
  json = fw_json_doc_parse (g_bytes_get_data (written, NULL), g_bytes_get_size (written),
                            "written.fwk", &error);
  g_assert_no_error (error);
  future = json_object_get_member (json_node_get_object (fw_json_doc_get_root (json)), "future");
  g_assert_nonnull (future);
  fw_json_write (text, future, FALSE);
  g_assert_cmpstr (text->str, ==, kept);

  refused = read_text (past_limit, strlen (past_limit), "depth.fwk", FW_FORMAT_FWK, &error);
  g_assert_null (refused);
  assert_error_matches (error, FW_ERROR_PARSE,
                        "depth.fwk:*:*: error: nesting deeper than 64 levels");
}

/* An NSX export whose first statement is replaced by arrays nested to a total of @depth. */
static char *
nsx_with_depth (guint depth)
{
  g_autofree char *sample = sample_text ();
  /* root, framework, levels, emerging, statements: five levels before the statement. */
  g_autofree char *nested = nested_arrays (depth - 5);
  g_auto(GStrv) parts = g_strsplit (sample, "\"" FIRST_STATEMENT "\"", 2);

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  return g_strjoin (nested, parts[0], parts[1], NULL);
}

static void
test_json_depth_nsx (void)
{
  g_autofree char *at_limit = nsx_with_depth (FW_MAX_JSON_DEPTH);
  g_autofree char *past_limit = nsx_with_depth (FW_MAX_JSON_DEPTH + 1);
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(FwDocument) refused = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) past_error = NULL;

  /* At the limit the depth is fine: what is refused is an array where a statement belongs. */
  document = read_text (at_limit, strlen (at_limit), "depth.json", FW_FORMAT_NSX_JSON, &error);
  g_assert_null (document);
  assert_error_matches (error, FW_ERROR_INVALID,
                        "depth.json:1:*: error: framework.levels.emerging.statements[0]: *");

  refused = read_text (past_limit, strlen (past_limit), "depth.json", FW_FORMAT_NSX_JSON,
                       &past_error);
  g_assert_null (refused);
  assert_error_matches (past_error, FW_ERROR_PARSE,
                        "depth.json:1:*: error: nesting deeper than 64 levels");
}

static char *
page_fixture (void)
{
  const char *data_dir = g_getenv ("FW_TEST_DATA");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  if (data_dir == NULL)
    g_error ("FW_TEST_DATA is not set; run the tests through meson");

  path = g_build_filename (data_dir, "page", "radiologic.html", NULL);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* The deepest element that has children, counting <html> as level 1. */
static guint
deepest_parent (xmlNode *node,
                guint    level)
{
  guint deepest = node->children != NULL ? level : 0;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      guint below;

      if (child->type != XML_ELEMENT_NODE)
        continue;

      below = deepest_parent (child, level + 1);
      deepest = MAX (deepest, below);
    }

  return deepest;
}

static guint
html_depth (const char *html)
{
  htmlDocPtr document = htmlReadMemory (html, (int) strlen (html), NULL, "UTF-8",
                                        HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                        HTML_PARSE_NOWARNING);
  guint depth;

  g_assert_nonnull (document);
  depth = deepest_parent (xmlDocGetRootElement (document), 1);
  xmlFreeDoc (document);
  return depth;
}

/* The framework page with its main content wrapped in @wrappers nested <div>s. */
static char *
page_wrapped (guint wrappers)
{
  g_autofree char *page = page_fixture ();
  g_autofree char *opening = g_strnfill (wrappers * 5, ' ');
  g_autofree char *closing = g_strnfill (wrappers * 6, ' ');
  g_auto(GStrv) head = g_strsplit (page, "<main>", 2);
  g_auto(GStrv) tail = NULL;

  for (guint i = 0; i < wrappers; i++)
    {
      memcpy (opening + i * 5, "<div>", 5);
      memcpy (closing + i * 6, "</div>", 6);
    }

  g_assert_cmpuint (g_strv_length (head), ==, 2);
  tail = g_strsplit (head[1], "</main>", 2);
  g_assert_cmpuint (g_strv_length (tail), ==, 2);
  return g_strconcat (head[0], "<main>", opening, tail[0], closing, "</main>", tail[1], NULL);
}

static void
test_html_depth_at_limit (void)
{
  g_autofree char *page = page_fixture ();
  guint wrappers = FW_MAX_HTML_DEPTH - html_depth (page);
  g_autofree char *at_limit = page_wrapped (wrappers);
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  FwLevel *level;

  g_assert_cmpuint (html_depth (at_limit), ==, FW_MAX_HTML_DEPTH);

  document = read_text (at_limit, strlen (at_limit), "depth.html", FW_FORMAT_PAGE_HTML, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fw_document_get_title (document), ==,
                   "Radiologic Technologists and Technicians");
  level = fw_document_get_level (document, FW_LEVEL_ADVANCED);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_level_get_statements (level))),
                    ==, 10);
}

static void
test_html_depth_past_limit (void)
{
  g_autofree char *page = page_fixture ();
  guint wrappers = FW_MAX_HTML_DEPTH - html_depth (page) + 1;
  g_autofree char *past_limit = page_wrapped (wrappers);
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = read_text (past_limit, strlen (past_limit), "depth.html", FW_FORMAT_PAGE_HTML,
                        &error);
  g_assert_null (document);
  assert_error_matches (error, FW_ERROR_PARSE,
                        "depth.html:*: error: elements are nested deeper than 256 levels");
}

/*
 * Far deeper nesting after the whole framework: libxml2 stops building the tree at its own
 * depth limit, but the page must still be refused, not read as if it ended there.
 */
static void
test_html_depth_far_past_limit (void)
{
  g_autofree char *page = page_fixture ();
  g_autofree char *deep = NULL;
  g_auto(GStrv) parts = g_strsplit (page, "</body>", 2);
  g_autoptr(GString) nested = g_string_new (NULL);
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append (nested, "<div>");
  g_string_append (nested, "deep");
  for (guint i = 0; i < 10000; i++)
    g_string_append (nested, "</div>");

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  deep = g_strconcat (parts[0], nested->str, "</body>", parts[1], NULL);

  document = read_text (deep, strlen (deep), "deep.html", FW_FORMAT_PAGE_HTML, &error);
  g_assert_null (document);
  assert_error_matches (error, FW_ERROR_PARSE,
                        "deep.html:*: error: elements are nested deeper than 256 levels");
}

/*
 * A statement "Long statement headline — bbb…b." of exactly @length bytes; with @multibyte,
 * the body is made of "é" (two bytes each) as far as possible, so that it has fewer
 * characters than bytes.
 */
static char *
statement_text (gsize    length,
                gboolean multibyte)
{
  GString *text = g_string_new (STATEMENT_HEADLINE FW_STATEMENT_SEPARATOR);

  g_assert_cmpuint (length, >, text->len + 1);
  while (multibyte && text->len + 2 < length)
    g_string_append (text, "\xc3\xa9");
  while (text->len + 1 < length)
    g_string_append_c (text, 'b');
  g_string_append_c (text, '.');

  g_assert_cmpuint (text->len, ==, length);
  g_assert_true (g_utf8_validate (text->str, -1, NULL));
  return g_string_free (text, FALSE);
}

static char *
nsx_with_statement (const char *statement)
{
  g_autofree char *sample = sample_text ();
  g_autofree char *quoted = g_strdup_printf ("\"%s\"", statement);
  g_auto(GStrv) parts = g_strsplit (sample, "\"" FIRST_STATEMENT "\"", 2);

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  return g_strjoin (quoted, parts[0], parts[1], NULL);
}

static FwStatement *
first_statement (FwDocument *document)
{
  FwLevel *level = fw_document_get_level (document, FW_LEVEL_EMERGING);
  GListModel *statements = G_LIST_MODEL (fw_level_get_statements (level));

  g_assert_cmpuint (g_list_model_get_n_items (statements), >, 0);
  return g_list_model_get_item (statements, 0);
}

static void
assert_nsx_statement_accepted (gsize    length,
                               gboolean multibyte)
{
  g_autofree char *statement = statement_text (length, multibyte);
  g_autofree char *nsx = nsx_with_statement (statement);
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(FwStatement) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *read_back = NULL;

  document = read_text (nsx, strlen (nsx), "length.json", FW_FORMAT_NSX_JSON, &error);
  g_assert_no_error (error);
  first = first_statement (document);
  read_back = fw_statement_to_text (first);
  g_assert_cmpstr (read_back, ==, statement);
}

static void
assert_nsx_statement_refused (gsize    length,
                              gboolean multibyte)
{
  g_autofree char *statement = statement_text (length, multibyte);
  g_autofree char *nsx = nsx_with_statement (statement);
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = read_text (nsx, strlen (nsx), "length.json", FW_FORMAT_NSX_JSON, &error);
  g_assert_null (document);
  assert_error_matches (error, FW_ERROR_INVALID,
                        "length.json:1:*: error: framework.levels.emerging.statements[0]: "
                        "*longer than 4096 bytes*");
}

static void
test_statement_length_nsx (void)
{
  assert_nsx_statement_accepted (FW_MAX_STATEMENT_LENGTH, FALSE);
  assert_nsx_statement_accepted (FW_MAX_STATEMENT_LENGTH, TRUE);
  assert_nsx_statement_refused (FW_MAX_STATEMENT_LENGTH + 1, FALSE);
  /* Bytes count, not characters: 4097 bytes are fewer than 4096 characters here. */
  assert_nsx_statement_refused (FW_MAX_STATEMENT_LENGTH + 1, TRUE);
}

/* A .fwk file whose first emerging statement (or AI statement) is @statement. */
static GBytes *
fwk_with_statement (const char *statement,
                    gboolean    ai)
{
  g_autofree char *sample = sample_text ();
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(FwStatement) replacement = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *body = NULL;
  FwLevel *level;
  GBytes *bytes;

  document = read_text (sample, strlen (sample), SAMPLE_NAME, FW_FORMAT_NSX_JSON, &error);
  g_assert_no_error (error);

  g_assert_true (fw_statement_split_text (statement, &headline, &body));
  replacement = fw_statement_new (headline, body);
  level = fw_document_get_level (document, FW_LEVEL_EMERGING);
  if (ai)
    g_list_store_append (fw_level_get_ai_statements (level), replacement);
  else
    g_list_store_splice (fw_level_get_statements (level), 0, 1, (gpointer *) &replacement, 1);

  bytes = fw_format_write (document, FW_FORMAT_FWK, NULL, &error);
  g_assert_no_error (error);
  return bytes;
}

static void
assert_fwk_statement_accepted (gsize    length,
                               gboolean multibyte,
                               gboolean ai)
{
  g_autofree char *statement = statement_text (length, multibyte);
  g_autoptr(GBytes) fwk = fwk_with_statement (statement, ai);
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(FwStatement) read_back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  FwLevel *level;

  document = fw_format_read_bytes (fwk, "length.fwk", FW_FORMAT_FWK, NULL, &error);
  g_assert_no_error (error);

  level = fw_document_get_level (document, FW_LEVEL_EMERGING);
  if (ai)
    read_back = g_list_model_get_item (G_LIST_MODEL (fw_level_get_ai_statements (level)), 0);
  else
    read_back = first_statement (document);
  g_assert_nonnull (read_back);
  text = fw_statement_to_text (read_back);
  g_assert_cmpstr (text, ==, statement);
}

static void
assert_fwk_statement_refused (gsize    length,
                              gboolean multibyte,
                              gboolean ai)
{
  g_autofree char *statement = statement_text (length, multibyte);
  g_autoptr(GBytes) fwk = fwk_with_statement (statement, ai);
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = fw_format_read_bytes (fwk, "length.fwk", FW_FORMAT_FWK, NULL, &error);
  g_assert_null (document);
  assert_error_matches (error, FW_ERROR_INVALID,
                        "length.fwk:*:*: error: *longer than 4096 bytes*");
}

static void
test_statement_length_fwk (void)
{
  assert_fwk_statement_accepted (FW_MAX_STATEMENT_LENGTH, FALSE, FALSE);
  assert_fwk_statement_accepted (FW_MAX_STATEMENT_LENGTH, TRUE, FALSE);
  assert_fwk_statement_accepted (FW_MAX_STATEMENT_LENGTH, FALSE, TRUE);
  assert_fwk_statement_refused (FW_MAX_STATEMENT_LENGTH + 1, FALSE, FALSE);
  assert_fwk_statement_refused (FW_MAX_STATEMENT_LENGTH + 1, TRUE, FALSE);
  /* AI-fluency statements are statements too. */
  assert_fwk_statement_refused (FW_MAX_STATEMENT_LENGTH + 1, FALSE, TRUE);
}

/* The helpers in fw-limits.h count bytes of the text form, separator included. */
static void
test_statement_length_helpers (void)
{
  g_autofree char *at_limit = statement_text (FW_MAX_STATEMENT_LENGTH, TRUE);
  g_autofree char *past_limit = statement_text (FW_MAX_STATEMENT_LENGTH + 1, TRUE);
  g_autofree char *headline = NULL;
  g_autofree char *body = NULL;
  g_autofree char *long_headline = NULL;
  g_autofree char *long_body = NULL;

  g_assert_true (fw_limits_statement_text_fits (at_limit));
  g_assert_false (fw_limits_statement_text_fits (past_limit));

  g_assert_true (fw_statement_split_text (at_limit, &headline, &body));
  g_assert_true (fw_limits_statement_fits (headline, body));
  g_assert_true (fw_statement_split_text (past_limit, &long_headline, &long_body));
  g_assert_false (fw_limits_statement_fits (long_headline, long_body));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/limits/file-size/at-limit", test_file_size_at_limit);
  g_test_add_func ("/limits/file-size/past-limit", test_file_size_past_limit);
  g_test_add_func ("/limits/file-size/checked-before-parsing",
                   test_file_size_checked_before_parsing);
  g_test_add_func ("/limits/json-depth/fwk", test_json_depth_fwk);
  g_test_add_func ("/limits/json-depth/nsx", test_json_depth_nsx);
  g_test_add_func ("/limits/html-depth/at-limit", test_html_depth_at_limit);
  g_test_add_func ("/limits/html-depth/past-limit", test_html_depth_past_limit);
  g_test_add_func ("/limits/html-depth/far-past-limit", test_html_depth_far_past_limit);
  g_test_add_func ("/limits/statement-length/helpers", test_statement_length_helpers);
  g_test_add_func ("/limits/statement-length/nsx", test_statement_length_nsx);
  g_test_add_func ("/limits/statement-length/fwk", test_statement_length_fwk);

  return g_test_run ();
}
