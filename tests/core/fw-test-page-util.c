/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-formats.h"
#include "fw-io.h"
#include "fw-page.h"

#include "fw-test-page-util.h"

char *
shared_sample_path (const char *name)
{
  const char *shared = g_getenv ("FW_SHARED_DIR");

  if (shared == NULL)
    return NULL;

  return g_build_filename (shared, "samples", name, NULL);
}

char *
test_data_path (const char *name)
{
  const char *dir = g_getenv ("FW_TEST_DATA");

  g_assert_nonnull (dir);
  return g_build_filename (dir, "page", name, NULL);
}

char *
load_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

/* The copied sample page, or NULL (test skipped) when the shared samples are missing. */
char *
load_sample (gsize *length)
{
  g_autofree char *path = shared_sample_path ("nsx-page-radiologic-technologists.txt");

  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("FW_SHARED_DIR does not hold the sample page");
      return NULL;
    }

  return load_file (path, length);
}

GPtrArray *
new_warnings (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);
}

FwDocument *
read_ok (const char *text,
         gsize       length,
         const char *filename,
         GPtrArray  *warnings)
{
  g_autoptr(GError) error = NULL;
  FwDocument *document = fw_page_text_read (text, length, filename, warnings, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

FwDocument *
read_sample (GPtrArray *warnings)
{
  g_autofree char *text = NULL;
  gsize length = 0;

  text = load_sample (&length);
  if (text == NULL)
    return NULL;

  return read_ok (text, length, SAMPLE_NAME, warnings);
}

GError *
read_error (const char *text,
            gsize       length)
{
  GError *error = NULL;
  g_autoptr(GPtrArray) warnings = new_warnings ();
  FwDocument *document = fw_page_text_read (text, length, "bad.txt", warnings, &error);

  g_assert_null (document);
  g_assert_nonnull (error);
  g_assert_true (error->domain == FW_ERROR);
  return error;
}

void
assert_error (const char  *text,
              gsize        length,
              FwErrorCode  code,
              const char  *expected_prefix)
{
  g_autoptr(GError) error = read_error (text, length);

  g_assert_cmpint (error->code, ==, code);
  if (!g_str_has_prefix (error->message, expected_prefix))
    g_error ("expected an error starting \"%s\", got \"%s\"", expected_prefix, error->message);
}

/* The warnings as printed: "FILE:LINE: warning: MESSAGE". */
GPtrArray *
format_warnings (GPtrArray *warnings)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < warnings->len; i++)
    g_ptr_array_add (lines, fw_diagnostic_format (g_ptr_array_index (warnings, i)));

  return lines;
}

gboolean
has_warning (GPtrArray  *warnings,
             const char *formatted)
{
  g_autoptr(GPtrArray) lines = format_warnings (warnings);

  for (guint i = 0; i < lines->len; i++)
    if (g_strcmp0 (g_ptr_array_index (lines, i), formatted) == 0)
      return TRUE;

  return FALSE;
}

guint
count_warnings_containing (GPtrArray  *warnings,
                           const char *needle)
{
  guint n = 0;

  for (guint i = 0; i < warnings->len; i++)
    n += strstr (((FwDiagnostic *) g_ptr_array_index (warnings, i))->message, needle) != NULL;

  return n;
}

void
dump_warnings (GPtrArray *warnings)
{
  g_autoptr(GPtrArray) lines = format_warnings (warnings);

  for (guint i = 0; i < lines->len; i++)
    g_test_message ("%s", (char *) g_ptr_array_index (lines, i));
}

FwStatement *
get_statement (GListStore *store,
               guint       position)
{
  g_autoptr(FwStatement) statement = g_list_model_get_item (G_LIST_MODEL (store), position);

  g_assert_nonnull (statement);
  return statement;  /* the store keeps a reference */
}

guint
store_length (gpointer store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

FwDomain *
find_domain (FwDocument *document,
             const char *name)
{
  GListModel *domains = G_LIST_MODEL (fw_document_get_domains (document));

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(FwDomain) domain = g_list_model_get_item (domains, i);

      if (g_strcmp0 (fw_domain_get_name (domain), name) == 0)
        return domain;
    }

  g_error ("no domain \"%s\"", name);
  return NULL;
}

/* The short labels of the sources a statement cites, joined with " | ". */
char *
citation_labels (FwDocument  *document,
                 FwStatement *statement)
{
  const char * const *ids = fw_statement_get_citations (statement);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      FwSource *source = fw_document_find_source (document, ids[i]);

      g_assert_nonnull (source);
      if (i > 0)
        g_string_append (out, " | ");
      g_string_append (out, fw_source_get_short_label (source));
    }

  return g_strdup (out->str);
}

void
assert_statement (FwDocument  *document,
                  GListStore  *store,
                  guint        position,
                  const char  *headline,
                  const char  *body,
                  const char  *citations)
{
  FwStatement *statement = get_statement (store, position);
  g_autofree char *labels = citation_labels (document, statement);

  g_assert_cmpstr (fw_statement_get_headline (statement), ==, headline);
  g_assert_cmpstr (fw_statement_get_body (statement), ==, body);
  g_assert_cmpstr (labels, ==, citations);
}

void
assert_strv (const char * const *actual,
             const char * const *expected)
{
  guint n = g_strv_length ((char **) expected);

  for (guint i = 0; i < n && actual[i] != NULL; i++)
    g_assert_cmpstr (actual[i], ==, expected[i]);
  g_assert_cmpuint (g_strv_length ((char **) actual), ==, n);
}

/* A copy of @text with the first occurrence of @find replaced by @replace. */
char *
replace_once (const char *text,
              const char *find,
              const char *replace)
{
  const char *at = strstr (text, find);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, replace, at + strlen (find));
}
