/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

/*
 * The map window's Export submenu as staff meet it: the matrix as CSV and as a workbook, the
 * report as a web page and as PDF, each the same file `framewright-cli map report` writes
 * for the same map, and read back as a user would check it (the CSV and XHTML text, the
 * workbook's cells, the PDF's text layer). An export that fails says so and leaves the file
 * it was to replace as it was. Screenshots of the menu in light and dark at 1366×768.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "fw-map-file.h"
#include "fw-map-window.h"
#include "fw-ui-test.h"
#include "fw-window-private.h"
#include "tests/fw-test-hooks.h"

#define COURSE_CODE "RAD110"
#define PROGRAM_NAME "Radiography AAS"

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

/* The chooser's own question (a GtkMessageDialog), or NULL. */
static GtkWidget *
find_question (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

/* Runs @action, checks the suggested name, types @name in @dir and accepts. */
static void
choose_name (FwMapWindow *window,
             const char  *action,
             const char  *title,
             const char  *suggested,
             const char  *dir,
             const char  *name)
{
  g_autofree char *typed = g_build_filename (dir, name, NULL);
  g_autofree char *current = NULL;
  GtkWidget *chooser;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  chooser = find_chooser (title);
  g_assert_nonnull (chooser);
  current = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (current, ==, suggested);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), typed);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  if (g_file_test (typed, G_FILE_TEST_EXISTS))
    {
      /* The chooser asks before replacing a file: "Replace". */
      GtkWidget *question = NULL;

      fw_ui_test_iterate (100);
      question = find_question ();
      g_assert_nonnull (question);
      gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT);
    }
  g_assert_true (fw_ui_test_wait_until (chooser_closed, (gpointer) title, 5000));
}

/* The file exists (the write is atomic: it is whole when it is there). */
static gboolean
file_written (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_IS_REGULAR);
}

/* What `framewright-cli map report MAP --format FORMAT [ARGS] -o OUT` writes. */
static GBytes *
cli_report (const char *map,
            const char *format,
            const char *extra,
            const char *out)
{
  g_autofree char *cli = g_build_filename (g_getenv ("FW_BUILD_ROOT"), "src", "cli",
                                           "framewright-cli", NULL);
  const char *argv[] = { cli, "map", "report", map, "--format", format, "-o", out, extra, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("framewright-cli map report --format %s failed: %s", format, err);
  return fw_ui_test_read_bytes (out);
}

/* The standard output of @argv, or NULL when its program is not installed. */
static char *
run_tool (const char **argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    return NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_clear_pointer (&out, g_free);
  return out;
}

static char *
pdf_text (const char *path)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  const char *argv[] = { program != NULL ? program : "/nonexistent", "-layout", path, "-", NULL };

  return run_tool (argv);
}

/* The workbook's first row and the cells of its first sheet that read I, R or M, as openpyxl
 * (python3-openpyxl) reads them; NULL when it is not installed. */
static char *
xlsx_summary (const char *path)
{
  const char *script =
    "import sys, openpyxl\n"
    "sheet = openpyxl.load_workbook(sys.argv[1], read_only=True).worksheets[0]\n"
    "rows = list(sheet.iter_rows(values_only=True))\n"
    "print('|'.join(str(v) for v in rows[0]))\n"
    "print(sum(1 for r in rows[1:] for v in r if v in ('I', 'R', 'M')))\n";
  const char *argv[] = { "/usr/bin/python3", "-c", script, path, NULL };

  return run_tool (argv);
}

/* The export of one kind: same bytes as the CLI's, and readable as its kind. */
static GtkWidget *find_widget_of_type (GtkWidget  *widget,
                                       const char *type_name);

static gboolean
has_toast_cb (gpointer data)
{
  return find_widget_of_type (GTK_WIDGET (data), "AdwToastWidget") != NULL;
}

static void
export_and_compare (FwMapWindow *window,
                    const char  *map_path,
                    const char  *dir,
                    const char  *action,
                    const char  *title,
                    const char  *suggested,
                    const char  *typed,
                    const char  *format,
                    GBytes     **out)
{
  g_autofree char *name = g_strconcat (typed, ".", format, NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *cli_name = g_strconcat ("cli-", name, NULL);
  g_autofree char *cli_path = g_build_filename (dir, cli_name, NULL);
  const char *paper = _fw_window_default_paper () == FW_PAPER_LETTER ? "--paper=letter"
                                                                     : "--paper=a4";
  g_autoptr(GBytes) expected = NULL;

  /* The name is typed without its extension: the export adds it. */
  choose_name (window, action, title, suggested, dir, typed);
  g_assert_true (fw_ui_test_wait_until (file_written, path, 10000));
  /* A toast says it is done (looked for now: it goes away after a few seconds). */
  g_assert_true (fw_ui_test_wait_until (has_toast_cb, window, 10000));
  fw_ui_test_iterate (100);
  g_assert_null (fw_ui_test_find_dialog ());
  *out = fw_ui_test_read_bytes (path);
  expected = cli_report (map_path, format, g_str_equal (format, "pdf") ? paper : NULL, cli_path);
  g_assert_cmpmem (g_bytes_get_data (*out, NULL), g_bytes_get_size (*out),
                   g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
}

/* Exports -------------------------------------------------------------------------------- */

/* A map opened with its framework read beside it. */
static FwMapWindow *
open_map (const char *path)
{
  FwMapWindow *window = fw_ui_test_open_map (path);

  g_assert_nonnull (fw_map_window_get_framework (window));
  return window;
}

static void
test_export_all (void)
{
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autofree char *map_path = fw_ui_test_copy_map (dir);
  FwMapWindow *window = open_map (map_path);
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GBytes) xlsx = NULL;
  g_autoptr(GBytes) xhtml = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *xlsx_path = g_build_filename (dir, "matrix.xlsx", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "report.pdf", NULL);
  g_autoptr(GDir) listing = NULL;
  const char *name;

  export_and_compare (window, map_path, dir, "win.export-csv", "Export Matrix as CSV",
                      "radiography-matrix.csv", "matrix", "csv", &csv);
  text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_assert_true (g_str_has_prefix (text, "statement_id,"));
  g_assert_nonnull (strstr (text, COURSE_CODE));
  g_clear_pointer (&text, g_free);

  export_and_compare (window, map_path, dir, "win.export-xlsx", "Export Matrix as Workbook",
                      "radiography-matrix.xlsx", "matrix", "xlsx", &xlsx);
  g_assert_cmpuint (g_bytes_get_size (xlsx), >, 4);
  g_assert_cmpmem (g_bytes_get_data (xlsx, NULL), 4, "PK\003\004", 4);
  summary = xlsx_summary (xlsx_path);
  if (summary != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (summary, "\n", -1);

      g_test_message ("workbook: %s", summary);
      g_assert_nonnull (strstr (lines[0], COURSE_CODE));
      g_assert_cmpint (atoi (lines[1]), >, 0);
    }

  export_and_compare (window, map_path, dir, "win.export-xhtml", "Export Report as Web Page",
                      "radiography-report.xhtml", "report", "xhtml", &xhtml);
  text = g_strndup (g_bytes_get_data (xhtml, NULL), g_bytes_get_size (xhtml));
  g_assert_true (g_str_has_prefix (text, "<?xml"));
  g_assert_nonnull (strstr (text, PROGRAM_NAME));
  g_assert_nonnull (strstr (text, COURSE_CODE));
  g_clear_pointer (&text, g_free);

  export_and_compare (window, map_path, dir, "win.export-pdf", "Export Report as PDF",
                      "radiography-report.pdf", "report", "pdf", &pdf);
  g_assert_cmpmem (g_bytes_get_data (pdf, NULL), 5, "%PDF-", 5);
  text = pdf_text (pdf_path);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, PROGRAM_NAME));
      g_assert_nonnull (strstr (text, COURSE_CODE));
    }

  /* Nothing left behind where the files were built. */
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_false (g_str_has_prefix (name, "."));
  /* Exporting is no edit. */
  g_assert_false (fw_history_get_dirty (fw_map_get_history (fw_map_window_get_map (window))));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_failed_export_keeps_target (void)
{
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autofree char *map_path = fw_ui_test_copy_map (dir);
  g_autofree char *target = g_build_filename (dir, "kept.csv", NULL);
  g_autoptr(GBytes) before = g_bytes_new_static ("course,kept\n", 12);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GDir) listing = NULL;
  FwMapWindow *window = open_map (map_path);
  AdwMessageDialog *dialog;
  const char *name;

  fw_ui_test_write_bytes (target, before);
  /* The disk fails in the middle of writing the new file. */
  g_setenv ("FW_FAULT_INJECT", "save-write", TRUE);
  choose_name (window, "win.export-csv", "Export Matrix as CSV", "radiography-matrix.csv", dir,
               "kept.csv");
  dialog = fw_ui_test_find_dialog ();
  g_unsetenv ("FW_FAULT_INJECT");
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Export the Map");
  g_test_message ("%s", adw_message_dialog_get_body (dialog));
  fw_ui_test_respond (dialog, "close");

  /* The file is as it was, and no half-written file is left beside it. */
  after = fw_ui_test_read_bytes (target);
  g_assert_true (g_bytes_equal (before, after));
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_false (g_str_has_prefix (name, "."));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Export submenu, open --------------------------------------------------------------- */

static GtkWidget *
find_widget_of_type (GtkWidget  *widget,
                     const char *type_name)
{
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), type_name))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget_of_type (child, type_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The menu item (a GtkModelButton) labelled @text (without mnemonics) under @widget. */
static GtkWidget *
find_menu_item (GtkWidget  *widget,
                const char *text)
{
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkModelButton"))
    {
      g_autofree char *label = NULL;

      g_object_get (widget, "text", &label, NULL);
      if (g_strcmp0 (label, text) == 0)
        return widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_menu_item (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The window with @popup drawn over it where it is on screen. */
static void
screenshot_with_popup (GtkWidget  *window,
                       GtkWidget  *popup,
                       const char *path)
{
  g_autoptr(GdkPaintable) window_paint = gtk_widget_paintable_new (window);
  g_autoptr(GdkPaintable) popup_paint = gtk_widget_paintable_new (popup);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = NULL;
  int width = gtk_widget_get_width (window), height = gtk_widget_get_height (window);
  double wx, wy, px, py;
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (popup));

  gtk_native_get_surface_transform (GTK_NATIVE (window), &wx, &wy);
  gtk_native_get_surface_transform (GTK_NATIVE (popup), &px, &py);
  gdk_paintable_snapshot (window_paint, snapshot, width, height);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (gdk_popup_get_position_x (GDK_POPUP (surface)) + px - wx,
                                                gdk_popup_get_position_y (GDK_POPUP (surface)) + py - wy));
  gdk_paintable_snapshot (popup_paint, snapshot, gtk_widget_get_width (popup),
                          gtk_widget_get_height (popup));
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  /* The first screenshot of a run may be this one: the folder may not be there yet. */
  dir = g_path_get_dirname (path);
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static gboolean
submenu_shown (gpointer data)
{
  GtkWidget *item = find_menu_item (data, "Matrix as CSV…");

  return item != NULL && gtk_widget_is_drawable (item);
}

static void
test_menu_screenshots (void)
{
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autofree char *map_path = fw_ui_test_copy_map (dir);
  FwMapWindow *window = open_map (map_path);
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *button = find_widget_of_type (GTK_WIDGET (window), "GtkMenuButton");
  const char *schemes[] = { "light", "dark" };

  g_assert_nonnull (button);
  gtk_widget_set_size_request (content, 1366, 768);
  for (guint k = 0; k < G_N_ELEMENTS (schemes); k++)
    {
      g_autofree char *name = g_strdup_printf ("map-export-menu-1366x768-%s.png", schemes[k]);
      g_autofree char *shot = fw_ui_test_screenshot_path (name);
      GtkPopover *popover;
      GtkWidget *item;

      adw_style_manager_set_color_scheme (style, k == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT
                                                        : ADW_COLOR_SCHEME_FORCE_DARK);
      gtk_menu_button_popup (GTK_MENU_BUTTON (button));
      fw_ui_test_iterate (300);
      popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
      item = find_menu_item (GTK_WIDGET (popover), "Export");
      g_assert_nonnull (item);
      g_signal_emit_by_name (item, "clicked");
      g_assert_true (fw_ui_test_wait_until (submenu_shown, popover, 2000));
      /* Every export is there, enabled. */
      g_assert_true (gtk_widget_is_sensitive (find_menu_item (GTK_WIDGET (popover),
                                                              "Matrix as Workbook (XLSX)…")));
      g_assert_true (gtk_widget_is_sensitive (find_menu_item (GTK_WIDGET (popover),
                                                              "Report as Web Page (XHTML)…")));
      g_assert_true (gtk_widget_is_sensitive (find_menu_item (GTK_WIDGET (popover),
                                                              "Report as PDF…")));
      fw_ui_test_iterate (300);
      fw_ui_test_wait_for_width (content, 1366);
      g_assert_cmpint (gtk_widget_get_width (content), ==, 1366);
      screenshot_with_popup (GTK_WIDGET (window), GTK_WIDGET (popover), shot);
      gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
      fw_ui_test_iterate (100);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_widget_set_size_request (content, -1, -1);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  fw_ui_test_add ("/ui/map-export/all-four", test_export_all);
  fw_ui_test_add ("/ui/map-export/failure-keeps-target",
                  FW_TEST_NEEDS_HOOKS (test_failed_export_keeps_target));
  fw_ui_test_add ("/ui/map-export/menu-screenshots", test_menu_screenshots);

  return fw_ui_test_run ();
}
