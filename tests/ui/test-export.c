/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

/*
 * The Export submenu and Print as the author meets them: each export writes, from the
 * window, the same bytes the CLI writes for the same framework; Print draws the pages of the
 * PDF export through GtkPrintOperation, and its text layer reads as the framework does.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "fw-formats.h"
#include "fw-publish-layout.h"
#include "fw-publish.h"
#include "fw-ui-test.h"
#include "fw-window-private.h"
#include "tests/fw-test-hooks.h"

/* Helpers -------------------------------------------------------------------------------- */

static GtkWidget *
find_chooser (const char *title)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (window) && gtk_widget_get_visible (window) &&
          g_strcmp0 (gtk_window_get_title (GTK_WINDOW (window)), title) == 0)
        return window;
    }
  return NULL;
}

static gboolean
chooser_closed (gpointer data)
{
  return find_chooser (data) == NULL;
}

/* Runs @action, types @name (with its folder) in the chooser titled @title, and accepts. */
static void
choose_name (FwWindow   *window,
             const char *action,
             const char *title,
             const char *dir,
             const char *name)
{
  g_autofree char *typed = g_build_filename (dir, name, NULL);
  GtkWidget *chooser;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  chooser = find_chooser (title);
  g_assert_nonnull (chooser);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), typed);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  g_assert_true (fw_ui_test_wait_until (chooser_closed, (gpointer) title, 5000));
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_IS_REGULAR);
}

static void
assert_file_equals (const char *path,
                    GBytes     *expected)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, g_bytes_get_data (expected, NULL),
                   g_bytes_get_size (expected));
}

/* The text layer of @path (pdftotext, from poppler-utils), or NULL when it is not installed. */
static char *
pdf_text (const char *path)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  const char *argv[] = { program, "-layout", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (program == NULL)
    return NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* A window on a private copy of the sample, in a folder of its own. */
static FwWindow *
open_sample_copy (char **dir)
{
  g_autofree char *sample = fw_ui_test_sample_path ();
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = NULL;

  document = fw_format_read_file (sample, FW_FORMAT_AUTO, NULL, &error);
  g_assert_no_error (error);
  *dir = fw_ui_test_tmpdir ();
  copy = g_build_filename (*dir, "sample.fwk", NULL);
  g_assert_true (fw_format_save (document, copy, FW_FORMAT_FWK, NULL, &error));
  g_assert_no_error (error);
  return fw_ui_test_open_path (fw_ui_test_get_app (), copy);
}

/* Exports ---------------------------------------------------------------------------------- */

static void
test_export_pdf (void)
{
  g_autofree char *dir = NULL;
  FwWindow *window = open_sample_copy (&dir);
  FwDocument *document = fw_window_get_document (window);
  g_autofree char *path = g_build_filename (dir, "plan.pdf", NULL);
  FwPublishOptions options = { _fw_window_default_paper (), NULL };
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpuint (fw_validator_get_n_errors (fw_window_get_validator (window)), ==, 0);
  /* "plan" typed: the extension is added. */
  choose_name (window, "win.export-pdf", "Export PDF", dir, "plan");
  g_assert_true (fw_ui_test_wait_until (file_exists, path, 5000));
  g_assert_true (fw_ui_test_wait_idle (window));

  expected = fw_publish_pdf (document, &options, &error);
  g_assert_no_error (error);
  assert_file_equals (path, expected);

  text = pdf_text (path);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, fw_document_get_title (document)));
      g_assert_nonnull (strstr (text, "Proficiency levels"));
      g_assert_nonnull (strstr (text, "Page 1 of "));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export_xlsx (void)
{
  g_autofree char *dir = NULL;
  FwWindow *window = open_sample_copy (&dir);
  g_autofree char *path = g_build_filename (dir, "plan.xlsx", NULL);
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;

  choose_name (window, "win.export-xlsx", "Export Workbook", dir, "plan");
  g_assert_true (fw_ui_test_wait_until (file_exists, path, 5000));
  g_assert_true (fw_ui_test_wait_idle (window));

  /* The same workbook as `framewright-cli export --to xlsx`. */
  expected = fw_format_write (fw_window_get_document (window), FW_FORMAT_XLSX, NULL, &error);
  g_assert_no_error (error);
  assert_file_equals (path, expected);

  /* Nothing left behind where the workbook was built. */
  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_false (g_str_has_prefix (name, ".framewright-"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The CASE package and the three tables: the same bytes as the command line writes. */
static void
test_export_case_and_tables (void)
{
  static const struct
  {
    const char *action;
    const char *title;
    const char *name;
    FwFormat    format;
  } kinds[] = {
    { "win.export-case", "Export CASE Package", "plan-case.json", FW_FORMAT_CASE },
    { "win.export-csv", "Export Statements Table", "plan.csv", FW_FORMAT_CSV },
    { "win.export-canvas-csv", "Export Canvas Outcomes", "plan-canvas.csv",
      FW_FORMAT_CANVAS_CSV },
    { "win.export-moodle-csv", "Export Moodle Competencies", "plan-moodle.csv",
      FW_FORMAT_MOODLE_CSV },
  };
  g_autofree char *dir = NULL;
  FwWindow *window = open_sample_copy (&dir);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *path = g_build_filename (dir, kinds[i].name, NULL);
      g_autoptr(GBytes) expected = NULL;
      g_autoptr(GError) error = NULL;

      choose_name (window, kinds[i].action, kinds[i].title, dir, kinds[i].name);
      g_assert_true (fw_ui_test_wait_until (file_exists, path, 5000));
      g_assert_true (fw_ui_test_wait_idle (window));
      expected = fw_format_write (fw_window_get_document (window), kinds[i].format, NULL,
                                  &error);
      g_assert_no_error (error);
      assert_file_equals (path, expected);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export_xhtml (void)
{
  g_autofree char *dir = NULL;
  FwWindow *window = open_sample_copy (&dir);
  g_autofree char *path = g_build_filename (dir, "plan.xhtml", NULL);
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GError) error = NULL;

  choose_name (window, "win.export-xhtml", "Export Web Page", dir, "plan");
  g_assert_true (fw_ui_test_wait_until (file_exists, path, 5000));
  g_assert_true (fw_ui_test_wait_idle (window));
  expected = fw_publish_xhtml (fw_window_get_document (window), &error);
  g_assert_no_error (error);
  assert_file_equals (path, expected);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Print ------------------------------------------------------------------------------------ */

static void
test_print_shortcut (void)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (
    GTK_APPLICATION (fw_ui_test_get_app ()), "win.print");

  g_assert_nonnull (accels);
  g_assert_cmpstr (accels[0], ==, "<Control>p");
}

static guint
count_pages (const char *text)
{
  guint pages = 0;

  for (const char *p = text; (p = strchr (p, '\f')) != NULL; p++)
    pages++;
  return pages;
}

static void
test_print_to_file (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwDocument *document = fw_window_get_document (window);
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr(FwPublishLayout) layout = NULL;
  g_autoptr(FwLevel) level = NULL;
  g_autoptr(FwStatement) first = NULL;
  g_autofree char *text = NULL;
  g_autofree char *page_one = NULL;
  g_autofree char *last_page = NULL;
  double width, height;
  guint n_pages;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print-to-file", "s",
                                             path));
  g_assert_true (fw_ui_test_wait_until (file_exists, path, 10000));
  g_assert_null (fw_ui_test_find_dialog ());

  text = pdf_text (path);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  /* The pages of the publishing layout on the locale's paper, as the PDF export lays them. */
  fw_paper_get_size (_fw_window_default_paper (), &width, &height);
  layout = fw_publish_layout_new (document, width, height, 56.7, NULL);
  n_pages = fw_publish_layout_get_n_pages (layout);
  g_assert_cmpuint (count_pages (text), ==, n_pages);
  page_one = g_strdup_printf ("Page 1 of %u", n_pages);
  last_page = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  g_assert_nonnull (strstr (text, page_one));
  g_assert_nonnull (strstr (text, last_page));

  /* The framework reads in order: the title, then the first statement's headline. */
  level = g_list_model_get_item (fw_document_get_levels (document), 0);
  first = g_list_model_get_item (G_LIST_MODEL (fw_level_get_statements (level)), 0);
  g_assert_nonnull (strstr (text, fw_document_get_title (document)));
  g_assert_nonnull (strstr (text, fw_statement_get_headline (first)));
  g_assert_true (strstr (text, fw_document_get_title (document))
                 < strstr (text, fw_statement_get_headline (first)));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  fw_ui_test_add ("/ui/export/pdf", test_export_pdf);
  fw_ui_test_add ("/ui/export/xlsx", test_export_xlsx);
  fw_ui_test_add ("/ui/export/xhtml", test_export_xhtml);
  fw_ui_test_add ("/ui/export/case-and-tables", test_export_case_and_tables);
  fw_ui_test_add ("/ui/print/shortcut", test_print_shortcut);
  fw_ui_test_add ("/ui/print/to-file", FW_TEST_NEEDS_HOOKS (test_print_to_file));

  return fw_ui_test_run ();
}
