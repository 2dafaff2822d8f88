/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

/*
 * The library window as reviewers meet it: Open Library on a folder lists its frameworks
 * (title, SOC, counts) and the file that could not be read with its error; the list sorts by
 * a column and filters; a search lists results grouped by framework with the matched words
 * in bold; activating a result (or Enter) opens the framework at that statement, selected;
 * a file added to the folder appears without asking; the empty states explain what to do;
 * and the window reads in light and dark at common screen sizes.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "fw-levels-page.h"
#include "fw-library-hit.h"
#include "fw-library-item.h"
#include "fw-library-window-private.h"
#include "fw-statement-list.h"
#include "fw-task-row.h"
#include "fw-ui-test.h"

static char *
test_data_path (const char *first,
                ...)
{
  const char *dir = g_getenv ("FW_TEST_DATA");
  g_autofree char *relative = NULL;
  va_list args;

  va_start (args, first);
  relative = g_build_filename_valist (first, &args);
  va_end (args);
  return g_build_filename (dir != NULL ? dir : "tests/data", relative, NULL);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, length, NULL));
}

/* A library of two frameworks, one in a subfolder, and a file that cannot be read. */
static char *
make_library (void)
{
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autofree char *sample = fw_ui_test_sample_path ();
  g_autofree char *pharmacy = test_data_path ("text", "pharmacy-technicians.fwk", NULL);
  g_autofree char *broken = test_data_path ("bad", "truncated.json", NULL);
  g_autofree char *nested = g_build_filename (dir, "pharmacy", NULL);
  g_autofree char *to_sample = g_build_filename (dir, "radiography.fwk", NULL);
  g_autofree char *to_pharmacy = g_build_filename (nested, "pharmacy.fwk", NULL);
  g_autofree char *to_broken = g_build_filename (dir, "broken.json", NULL);

  g_assert_cmpint (g_mkdir_with_parents (nested, 0700), ==, 0);
  copy_file (sample, to_sample);
  copy_file (pharmacy, to_pharmacy);
  copy_file (broken, to_broken);
  return g_steal_pointer (&dir);
}

static FwLibraryWindow *
find_library_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (FW_IS_LIBRARY_WINDOW (window))
        return FW_LIBRARY_WINDOW (window);
    }
  return NULL;
}

typedef struct
{
  FwLibraryWindow *window;
  guint            n_items;
} WaitItems;

static gboolean
has_items (gpointer data)
{
  WaitItems *wait = data;

  return !fw_library_window_get_indexing (wait->window) &&
         g_list_model_get_n_items (fw_library_window_get_frameworks (wait->window)) ==
           wait->n_items;
}

static void
wait_for_items (FwLibraryWindow *window,
                guint            n_items)
{
  WaitItems wait = { window, n_items };

  g_assert_true (fw_ui_test_wait_until (has_items, &wait, 20000));
}

/* Opens the library of @dir through the application's action, as the menu does. */
static FwLibraryWindow *
open_library (const char *dir,
              guint       n_items)
{
  FwLibraryWindow *window;

  g_action_group_activate_action (G_ACTION_GROUP (fw_ui_test_get_app ()), "open-library-folder",
                                  g_variant_new_string (dir));
  window = find_library_window ();
  g_assert_nonnull (window);
  wait_for_items (window, n_items);
  fw_ui_test_iterate (100);
  return window;
}

static FwLibraryItem *
item_at (FwLibraryWindow *window,
         guint            position)
{
  g_autoptr(FwLibraryItem) item = g_list_model_get_item (fw_library_window_get_frameworks (window),
                                                         position);

  g_assert_nonnull (item);
  return item;   /* the list keeps it */
}

static FwLibraryItem *
item_with_soc (FwLibraryWindow *window,
               const char      *soc)
{
  GListModel *frameworks = fw_library_window_get_frameworks (window);

  for (guint i = 0; i < g_list_model_get_n_items (frameworks); i++)
    if (g_strcmp0 (fw_library_item_get_soc (item_at (window, i)), soc) == 0)
      return item_at (window, i);
  return NULL;
}

static GtkColumnViewColumn *
column_titled (FwLibraryWindow *window,
               const char      *title)
{
  GListModel *columns = gtk_column_view_get_columns (fw_library_window_get_column_view (window));

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }
  g_assert_not_reached ();
}

static FwLibraryHit *
hit_at (FwLibraryWindow *window,
        guint            position)
{
  g_autoptr(FwLibraryHit) hit = g_list_model_get_item (fw_library_window_get_results (window),
                                                       position);

  g_assert_nonnull (hit);
  return hit;
}

static void
close_library_window (FwLibraryWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  fw_ui_test_iterate (50);
  g_assert_null (find_library_window ());
}

static void
close_framework_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i - 1);

      if (FW_IS_WINDOW (window))
        gtk_window_destroy (GTK_WINDOW (window));
    }
  fw_ui_test_iterate (50);
}

static void
test_list_sort_filter (void)
{
  g_autofree char *dir = make_library ();
  FwLibraryWindow *window = open_library (dir, 3);
  GtkColumnView *view = fw_library_window_get_column_view (window);
  FwLibraryItem *radiology;
  FwLibraryItem *pharmacy;
  FwLibraryItem *broken = NULL;

  g_assert_cmpstr (fw_library_window_get_view (window), ==, "frameworks");
  radiology = item_with_soc (window, "29-2034.00");
  pharmacy = item_with_soc (window, "29-2052.00");
  g_assert_nonnull (radiology);
  g_assert_nonnull (pharmacy);
  g_assert_cmpstr (fw_library_item_get_title (radiology), ==,
                   "Radiologic Technologists and Technicians");
  g_assert_cmpstr (fw_library_item_get_title (pharmacy), ==, "Pharmacy Technicians");
  g_assert_cmpint (fw_library_item_get_job_zone (radiology), ==, 3);
  g_assert_cmpstr (fw_library_item_get_version (radiology), ==, "v.26.05");

  /* The file that could not be read is listed, with the reader's located error. */
  for (guint i = 0; i < 3; i++)
    if (fw_library_item_get_failure (item_at (window, i)) != NULL)
      broken = item_at (window, i);
  g_assert_nonnull (broken);
  g_assert_cmpstr (fw_library_item_get_title (broken), ==, "broken.json");
  g_test_message ("%s", fw_library_item_get_failure (broken));
  g_assert_nonnull (strstr (fw_library_item_get_failure (broken), "broken.json:"));
  g_assert_nonnull (strstr (fw_library_item_get_failure (broken), "error"));

  /* A click on a header sorts by its column; another reverses. */
  gtk_column_view_sort_by_column (view, column_titled (window, "SOC"), GTK_SORT_DESCENDING);
  g_assert_cmpstr (fw_library_item_get_soc (item_at (window, 0)), ==, "29-2052.00");
  g_assert_cmpstr (fw_library_item_get_soc (item_at (window, 1)), ==, "29-2034.00");
  gtk_column_view_sort_by_column (view, column_titled (window, "Title"), GTK_SORT_ASCENDING);
  g_assert_cmpstr (fw_library_item_get_title (item_at (window, 0)), ==, "broken.json");
  g_assert_cmpstr (fw_library_item_get_title (item_at (window, 1)), ==, "Pharmacy Technicians");

  /* The filter keeps what matches the title, SOC or file name. */
  gtk_editable_set_text (fw_library_window_get_filter_entry (window), "29-2034");
  g_assert_cmpuint (g_list_model_get_n_items (fw_library_window_get_frameworks (window)), ==, 1);
  g_assert_true (item_at (window, 0) == radiology);
  gtk_editable_set_text (fw_library_window_get_filter_entry (window), "PHARM");
  g_assert_cmpuint (g_list_model_get_n_items (fw_library_window_get_frameworks (window)), ==, 1);
  g_assert_true (item_at (window, 0) == pharmacy);
  gtk_editable_set_text (fw_library_window_get_filter_entry (window), "");
  g_assert_cmpuint (g_list_model_get_n_items (fw_library_window_get_frameworks (window)), ==, 3);
  close_library_window (window);

  /* Open Library opens the folder opened last again. */
  g_action_group_activate_action (G_ACTION_GROUP (fw_ui_test_get_app ()), "open-library", NULL);
  window = find_library_window ();
  g_assert_nonnull (window);
  g_assert_nonnull (fw_library_window_get_folder (window));
  {
    g_autofree char *shown = g_file_get_path (fw_library_window_get_folder (window));

    g_assert_cmpstr (shown, ==, dir);
  }
  wait_for_items (window, 3);
  close_library_window (window);
}

/* The statement a framework window has selected on its levels page, or NULL. */
static FwStatement *
selected_statement (FwWindow   *framework_window,
                    const char *id)
{
  FwDocument *document = fw_window_get_document (framework_window);
  FwLevelsPage *page = FW_LEVELS_PAGE (fw_window_get_page (framework_window, "levels"));
  FwStatementPlace place;
  FwStatement *statement = fw_document_find_statement (document, id, &place);

  g_assert_nonnull (statement);
  g_assert_cmpint (place.section, ==, FW_SECTION_LEVELS);
  return fw_statement_list_get_selected (fw_levels_page_get_column (page, place.level));
}

static FwWindow *
find_framework_window (const char *title)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (FW_IS_WINDOW (window) && fw_window_get_document (FW_WINDOW (window)) != NULL &&
          g_strcmp0 (fw_document_get_title (fw_window_get_document (FW_WINDOW (window))),
                     title) == 0)
        return FW_WINDOW (window);
    }
  return NULL;
}

typedef struct
{
  const char *title;
  const char *id;
} WaitSelected;

static gboolean
statement_selected (gpointer data)
{
  WaitSelected *wait = data;
  FwWindow *window = find_framework_window (wait->title);
  FwStatement *selected;

  if (window == NULL || fw_window_get_busy (window))
    return FALSE;
  selected = selected_statement (window, wait->id);
  return selected != NULL && g_str_equal (fw_statement_get_id (selected), wait->id);
}

static gboolean
task_focused (gpointer data)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (data));

  return focus != NULL && gtk_widget_get_ancestor (focus, FW_TYPE_TASK_ROW) != NULL;
}

static void
test_search_and_open (void)
{
  g_autofree char *dir = make_library ();
  FwLibraryWindow *window = open_library (dir, 3);
  GtkEditable *search = fw_library_window_get_search_entry (window);
  GListModel *results = fw_library_window_get_results (window);
  const char *title = "Radiologic Technologists and Technicians";
  FwLibraryHit *header;
  FwLibraryHit *first;
  WaitSelected wait = { title, NULL };
  FwWindow *framework_window;
  guint n_headers = 0;
  guint n_results;

  /* Ctrl+F's action puts the focus in the search. */
  {
    g_auto(GStrv) accels = gtk_application_get_actions_for_accel (
                             GTK_APPLICATION (fw_ui_test_get_app ()), "<Control>f");

    g_assert_true (g_strv_contains ((const char * const *) accels, "win.find"));
  }
  gtk_widget_grab_focus (GTK_WIDGET (fw_library_window_get_filter_entry (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  fw_ui_test_iterate (50);
  g_assert_nonnull (gtk_root_get_focus (GTK_ROOT (window)));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         GTK_WIDGET (search)));

  /* Stems: "radiations" finds "Radiation"; a field filter keeps the levels. */
  gtk_editable_set_text (search, "radiations section:levels");
  g_assert_cmpstr (fw_library_window_get_view (window), ==, "results");
  g_assert_cmpuint (g_list_model_get_n_items (results), >=, 2);
  header = hit_at (window, 0);
  g_assert_true (fw_library_hit_is_header (header));
  g_assert_cmpstr (fw_library_hit_get_title (header), ==, title);
  g_assert_cmpstr (fw_library_hit_get_soc (header), ==, "29-2034.00");
  /* Grouped: each header is followed by its framework's results, as many as it says. */
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      FwLibraryHit *hit = hit_at (window, i);

      if (fw_library_hit_is_header (hit))
        {
          header = hit;
          n_headers++;
          continue;
        }
      g_assert_cmpstr (fw_library_hit_get_path (hit), ==, fw_library_hit_get_path (header));
      g_assert_cmpstr (fw_library_hit_get_section (hit), ==, "levels");
      /* The matched words are in bold, in the headline or in the text under it. */
      g_assert_true (strstr (fw_library_hit_get_snippet (hit), "<b>") != NULL ||
                     strstr (fw_library_hit_get_headline (hit), "<b>") != NULL);
      g_assert_true (pango_parse_markup (fw_library_hit_get_snippet (hit), -1, 0, NULL, NULL,
                                         NULL, NULL));
      g_assert_true (pango_parse_markup (fw_library_hit_get_headline (hit), -1, 0, NULL, NULL,
                                         NULL, NULL));
    }
  g_assert_cmpuint (n_headers, ==, 1);
  g_assert_cmpuint (fw_library_hit_get_n_results (hit_at (window, 0)), ==,
                    g_list_model_get_n_items (results) - 1);

  /* A word both frameworks use lists both, each under its own header. */
  gtk_editable_set_text (search, "patient*");
  n_headers = 0;
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    n_headers += fw_library_hit_is_header (hit_at (window, i));
  g_assert_cmpuint (n_headers, ==, 2);

  /* The best FW_LIBRARY_WINDOW_RESULTS_STEP come first; the last row shows more. */
  n_results = 0;
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    n_results += !fw_library_hit_is_header (hit_at (window, i)) &&
                 !fw_library_hit_is_more (hit_at (window, i));
  g_assert_cmpuint (n_results, ==, FW_LIBRARY_WINDOW_RESULTS_STEP);
  g_assert_true (fw_library_hit_is_more (hit_at (window, g_list_model_get_n_items (results) - 1)));
  fw_library_window_activate_result (window, g_list_model_get_n_items (results) - 1);
  n_results = 0;
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      /* Only the last row may offer more still. */
      if (i + 1 < g_list_model_get_n_items (results))
        g_assert_false (fw_library_hit_is_more (hit_at (window, i)));
      n_results += !fw_library_hit_is_header (hit_at (window, i)) &&
                   !fw_library_hit_is_more (hit_at (window, i));
    }
  g_assert_cmpuint (n_results, >, FW_LIBRARY_WINDOW_RESULTS_STEP);

  /* Activating a result opens its framework at the statement, selected. */
  gtk_editable_set_text (search, "radiations section:levels");
  first = hit_at (window, 1);
  wait.id = fw_library_hit_get_statement_id (first);
  fw_library_window_activate_result (window, 1);
  g_assert_true (fw_ui_test_wait_until (statement_selected, &wait, 20000));
  framework_window = find_framework_window (title);
  g_assert_cmpstr (fw_window_get_section (framework_window), ==, "levels");

  /* Enter in the search opens the first result; Escape clears the search. */
  gtk_editable_set_text (search, "\"radiation safety culture\"");
  first = hit_at (window, 1);
  wait.id = fw_library_hit_get_statement_id (first);
  g_assert_false (statement_selected (&wait));
  g_signal_emit_by_name (search, "activate");
  g_assert_true (fw_ui_test_wait_until (statement_selected, &wait, 20000));
  g_signal_emit_by_name (search, "stop-search");
  g_assert_cmpstr (gtk_editable_get_text (search), ==, "");
  g_assert_cmpstr (fw_library_window_get_view (window), ==, "frameworks");

  /* An O*NET task opens on the O*NET page, its row's text focused. */
  gtk_editable_set_text (search, "section:tasks \"examining table\"");
  g_assert_cmpstr (fw_library_hit_get_section (hit_at (window, 1)), ==, "tasks");
  fw_library_window_activate_result (window, 1);
  g_assert_true (fw_ui_test_wait_until (task_focused, framework_window, 5000));
  g_assert_cmpstr (fw_window_get_section (framework_window), ==, "onet");

  /* Nothing found says so. */
  gtk_editable_set_text (search, "xylophonist");
  g_assert_cmpstr (fw_library_window_get_view (window), ==, "no-results");

  close_framework_windows ();
  close_library_window (window);
}

typedef struct
{
  FwLibraryWindow *window;
  const char      *view;
} WaitView;

static gboolean
shows_view (gpointer data)
{
  WaitView *wait = data;

  return g_strcmp0 (fw_library_window_get_view (wait->window), wait->view) == 0;
}

static void
test_follows_folder (void)
{
  g_autofree char *dir = make_library ();
  FwLibraryWindow *window = open_library (dir, 3);
  g_autofree char *pharmacy = test_data_path ("text", "pharmacy-technicians.fwk", NULL);
  g_autofree char *added_dir = g_build_filename (dir, "pharmacy", "more", NULL);
  g_autofree char *added = g_build_filename (dir, "pharmacy", "zebrafish.fwk", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) edited = NULL;
  GtkEditable *search = fw_library_window_get_search_entry (window);
  WaitView wait = { window, "results" };

  /* The search shown is run again when the folder changes. */
  gtk_editable_set_text (search, "zebrafish");
  g_assert_cmpstr (fw_library_window_get_view (window), ==, "no-results");

  g_assert_true (g_file_get_contents (pharmacy, &contents, NULL, NULL));
  edited = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (edited, "\"title\": \"Pharmacy Technicians\"",
                                      "\"title\": \"Zebrafish Husbandry Technicians\"", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (edited, "\"soc\": \"29-2052.00\"",
                                      "\"soc\": \"19-4021.00\"", 1), ==, 1);
  /* Text that means something in Pango markup is shown as written. */
  g_assert_cmpuint (g_string_replace (edited, "Prescription intake and verification",
                                      "Zebrafish <intake> & verification", 0), >, 0);
  g_assert_cmpint (g_mkdir_with_parents (added_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (added, edited->str, edited->len, NULL));

  wait_for_items (window, 4);
  g_assert_nonnull (item_with_soc (window, "19-4021.00"));
  g_assert_true (fw_ui_test_wait_until (shows_view, &wait, 5000));
  g_assert_cmpstr (fw_library_hit_get_title (hit_at (window, 0)), ==,
                   "Zebrafish Husbandry Technicians");
  g_assert_cmpstr (fw_library_hit_get_headline (hit_at (window, 1)), ==,
                   "<b>Zebrafish</b> &lt;intake&gt; &amp; verification");

  /* And a removed file goes. */
  g_assert_cmpint (g_unlink (added), ==, 0);
  wait_for_items (window, 3);
  wait.view = "no-results";
  g_assert_true (fw_ui_test_wait_until (shows_view, &wait, 5000));

  close_library_window (window);
}

static void
test_empty_states (void)
{
  g_autofree char *empty = fw_ui_test_tmpdir ();
  g_autoptr(GFile) folder = g_file_new_for_path (empty);
  FwLibraryWindow *window = fw_library_window_new (GTK_APPLICATION (fw_ui_test_get_app ()));
  WaitItems wait = { window, 0 };

  gtk_window_present (GTK_WINDOW (window));
  fw_ui_test_iterate (50);
  /* No folder yet: the window asks for one. */
  g_assert_cmpstr (fw_library_window_get_view (window), ==, "no-library");

  /* An empty folder says what to put in it. */
  fw_library_window_set_folder (window, folder);
  g_assert_true (fw_ui_test_wait_until (has_items, &wait, 20000));
  fw_ui_test_iterate (50);
  g_assert_cmpstr (fw_library_window_get_view (window), ==, "empty-folder");
  close_library_window (window);
}

/* Closing the window while it indexes stops the indexing; the next opening finds all. */
static void
test_close_while_indexing (void)
{
  g_autofree char *dir = make_library ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  FwLibraryWindow *window = fw_library_window_new (GTK_APPLICATION (fw_ui_test_get_app ()));

  gtk_window_present (GTK_WINDOW (window));
  fw_library_window_set_folder (window, folder);
  g_assert_true (fw_library_window_get_indexing (window));
  gtk_window_close (GTK_WINDOW (window));
  fw_ui_test_iterate (300);
  g_assert_null (find_library_window ());

  window = open_library (dir, 3);
  g_assert_nonnull (item_with_soc (window, "29-2034.00"));
  close_library_window (window);
}

static void
take_screenshots (FwLibraryWindow *window,
                  const char      *what)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  const struct { int width, height; } sizes[] = { { 1366, 768 }, { 1920, 1080 } };
  const char *schemes[] = { "light", "dark" };
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint k = 0; k < G_N_ELEMENTS (schemes); k++)
      {
        g_autofree char *name = g_strdup_printf ("library-window-%s-%dx%d-%s.png", what,
                                                 sizes[s].width, sizes[s].height, schemes[k]);
        g_autofree char *shot = fw_ui_test_screenshot_path (name);

        adw_style_manager_set_color_scheme (style, k == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT
                                                          : ADW_COLOR_SCHEME_FORCE_DARK);
        /* A size request, not a default size: GTK fits default sizes into Xvfb's screen. */
        gtk_widget_set_size_request (content, sizes[s].width, sizes[s].height);
        /* …and a default size too, so that a window drawn larger before shrinks again. */
        gtk_window_set_default_size (GTK_WINDOW (window), sizes[s].width, sizes[s].height);
        fw_ui_test_iterate (400);
        fw_ui_test_wait_for_width (content, sizes[s].width);
        g_assert_cmpint (gtk_widget_get_width (content), ==, sizes[s].width);
        fw_ui_test_screenshot (GTK_WIDGET (window), shot);
        g_assert_true (g_file_test (shot, G_FILE_TEST_EXISTS));
        g_test_message ("screenshot: %s", shot);
      }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_widget_set_size_request (content, -1, -1);
}

static gboolean
shows_progress (gpointer data)
{
  return *fw_library_window_get_progress_text (data) != '\0' ||
         !fw_library_window_get_indexing (data);
}

/* Indexing a larger folder, as it shows its progress (when it lasts long enough to show). */
static void
shoot_progress (void)
{
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autofree char *sample = fw_ui_test_sample_path ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  FwLibraryWindow *window = fw_library_window_new (GTK_APPLICATION (fw_ui_test_get_app ()));
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  g_autofree char *shot = fw_ui_test_screenshot_path ("library-window-indexing-1366x768.png");

  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *name = g_strdup_printf ("copy-%03u.fwk", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      copy_file (sample, path);
    }
  gtk_widget_set_size_request (content, 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  fw_ui_test_iterate (400);
  fw_library_window_set_folder (window, folder);
  g_assert_true (fw_ui_test_wait_until (shows_progress, window, 20000));
  if (fw_library_window_get_indexing (window))
    {
      g_test_message ("%s", fw_library_window_get_progress_text (window));
      g_assert_true (g_str_has_prefix (fw_library_window_get_progress_text (window), "Indexing ") ||
                     g_str_has_prefix (fw_library_window_get_progress_text (window), "Looking"));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      fw_ui_test_screenshot (GTK_WIDGET (window), shot);
      g_test_message ("screenshot: %s", shot);
      /* A search typed before the first index ends waits for it, then runs. */
      gtk_editable_set_text (fw_library_window_get_search_entry (window), "patient");
      if (fw_library_window_get_indexing (window))
        {
          g_assert_cmpstr (fw_library_window_get_view (window), ==, "results");
          g_assert_cmpuint (g_list_model_get_n_items (fw_library_window_get_results (window)),
                            ==, 0);
        }
      wait_for_items (window, 120);
      g_assert_cmpuint (g_list_model_get_n_items (fw_library_window_get_results (window)), >, 0);
    }
  close_library_window (window);
}

static void
test_screenshots (void)
{
  g_autofree char *dir = make_library ();
  FwLibraryWindow *window = open_library (dir, 3);

  take_screenshots (window, "list");
  gtk_editable_set_text (fw_library_window_get_search_entry (window), "patient*");
  take_screenshots (window, "results");
  close_library_window (window);

  window = fw_library_window_new (GTK_APPLICATION (fw_ui_test_get_app ()));
  gtk_window_present (GTK_WINDOW (window));
  take_screenshots (window, "empty");
  close_library_window (window);

  shoot_progress ();
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  fw_ui_test_add ("/ui/library/list-sort-filter", test_list_sort_filter);
  fw_ui_test_add ("/ui/library/search-and-open", test_search_and_open);
  fw_ui_test_add ("/ui/library/follows-folder", test_follows_folder);
  fw_ui_test_add ("/ui/library/empty-states", test_empty_states);
  fw_ui_test_add ("/ui/library/close-while-indexing", test_close_while_indexing);
  fw_ui_test_add ("/ui/library/screenshots", test_screenshots);

  return fw_ui_test_run ();
}
