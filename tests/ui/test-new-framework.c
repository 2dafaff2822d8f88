/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gstdio.h>

#include "fw-levels-page.h"
#include "fw-new-dialog.h"
#include "fw-onet-index.h"
#include "fw-onet-release.h"
#include "fw-statement-list-private.h"
#include "fw-ui-test.h"

/* New Framework (Ctrl+N): search the occupations, pick one with the keyboard, and the
 * window shows the new, unsaved framework of that occupation. */

static FwNewDialog *
find_new_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      if (FW_IS_NEW_DIALOG (l->data) && gtk_widget_get_visible (l->data))
        return l->data;
    }

  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_new_dialog () != NULL;
}

static gboolean
dialog_ready (gpointer data)
{
  return fw_new_dialog_get_ready (data);
}

static gboolean
results_are (gpointer data)
{
  FwNewDialog *dialog = find_new_dialog ();

  return dialog != NULL && fw_new_dialog_get_n_results (dialog) == GPOINTER_TO_UINT (data);
}

static gboolean
selected_is (gpointer data)
{
  FwNewDialog *dialog = find_new_dialog ();

  return dialog != NULL && g_strcmp0 (fw_new_dialog_get_selected_code (dialog), data) == 0;
}

static gboolean
dialog_gone (gpointer data)
{
  return find_new_dialog () == NULL;
}

/* The first child of @widget's tree of @type, depth first. */
static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = G_TYPE_CHECK_INSTANCE_TYPE (child, type) ? child
                                                                   : find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Sends @keyval to the search entry as its key controller sees a key press. */
static void
press_key (GtkWidget *entry,
           guint      keyval)
{
  GListModel *controllers = gtk_widget_observe_controllers (entry);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  g_object_unref (controllers);
  g_assert_true (handled);
}

static void
check_start_from_task (FwWindow *window)
{
  FwDocument *document = fw_window_get_document (window);
  FwStatementList *list;
  GtkPopover *popover;
  GtkWidget *list_box;
  GtkListBoxRow *row;
  GListModel *statements = G_LIST_MODEL (fw_level_get_statements (
    fw_document_get_level (document, FW_LEVEL_EMERGING)));
  g_autoptr(FwStatement) statement = NULL;
  g_autofree char *png = fw_ui_test_screenshot_path ("new-framework-empty-level.png");

  fw_window_show_section (window, "levels");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  list = fw_levels_page_get_column (FW_LEVELS_PAGE (fw_window_get_page (window, "levels")),
                                    FW_LEVEL_EMERGING);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (list->task_button)));
  fw_ui_test_screenshot (GTK_WIDGET (window), png);

  gtk_menu_button_popup (list->task_button);
  fw_ui_test_iterate (100);
  popover = gtk_menu_button_get_popover (list->task_button);
  g_assert_nonnull (popover);
  list_box = find_descendant (GTK_WIDGET (popover), GTK_TYPE_LIST_BOX);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), 0);
  g_assert_nonnull (row);
  g_signal_emit_by_name (list_box, "row-activated", row);

  g_assert_cmpuint (g_list_model_get_n_items (statements), ==, 1);
  statement = g_list_model_get_item (statements, 0);
  g_assert_cmpstr (fw_statement_get_anchors (statement)[0], ==, "22807");
  g_assert_cmpstr (fw_statement_get_body (statement), ==,
                   "Position imaging equipment and adjust controls to set exposure time and "
                   "distance, according to specification of examination.");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (list->task_button)));

  /* One step, so one undo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (statements), ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (list->task_button)));
}

static FwNewDialog *
open_new_dialog (FwWindow *window)
{
  FwNewDialog *dialog;

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_action_group_activate_action (G_ACTION_GROUP (fw_ui_test_get_app ()), "new-framework", NULL);
  g_assert_true (fw_ui_test_wait_until (dialog_shown, NULL, 2000));
  dialog = find_new_dialog ();
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (fw_ui_test_wait_until (dialog_ready, dialog, 10000));
  return dialog;
}

static void
test_shortcuts (void)
{
  GtkApplication *app = GTK_APPLICATION (fw_ui_test_get_app ());
  g_auto(GStrv) new_framework = gtk_application_get_accels_for_action (app, "app.new-framework");
  g_auto(GStrv) new_window = gtk_application_get_accels_for_action (app, "app.new-window");

  g_assert_cmpstr (new_framework[0], ==, "<Control>n");
  g_assert_cmpstr (new_window[0], ==, "<Shift><Control>n");
}

static void
test_pick_with_keyboard (void)
{
  FwApplication *app = fw_ui_test_get_app ();
  FwWindow *window = fw_window_new (GTK_APPLICATION (app));
  guint n_windows;
  FwNewDialog *dialog = open_new_dialog (window);
  GtkWidget *entry = find_descendant (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY);
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *light = fw_ui_test_screenshot_path ("new-framework-light.png");
  g_autofree char *dark = fw_ui_test_screenshot_path ("new-framework-dark.png");
  FwDocument *document;
  GtkWidget *focus;

  g_assert_true (fw_window_is_untouched (window));
  g_assert_cmpuint (fw_new_dialog_get_n_results (dialog), ==, 1016);
  /* Typing goes to the search entry. */
  focus = gtk_window_get_focus (GTK_WINDOW (dialog));
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));

  gtk_editable_set_text (GTK_EDITABLE (entry), "x-ray tech");
  g_assert_true (fw_ui_test_wait_until (results_are, GUINT_TO_POINTER (4), 2000));
  g_assert_cmpstr (fw_new_dialog_get_selected_code (dialog), ==, "29-2034.00");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  fw_ui_test_iterate (200);
  fw_ui_test_screenshot (GTK_WIDGET (dialog), light);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  fw_ui_test_iterate (200);
  fw_ui_test_screenshot (GTK_WIDGET (dialog), dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  /* Arrows move the selection without leaving the entry. */
  press_key (entry, GDK_KEY_Down);
  g_assert_cmpstr (fw_new_dialog_get_selected_code (dialog), ==, "49-9062.00");
  press_key (entry, GDK_KEY_Up);
  press_key (entry, GDK_KEY_Up);
  g_assert_cmpstr (fw_new_dialog_get_selected_code (dialog), ==, "29-2034.00");

  /* Enter chooses: the untouched window takes the new framework, unsaved and untitled. */
  n_windows = fw_ui_test_count_windows ();
  g_signal_emit_by_name (entry, "activate");
  g_assert_true (fw_ui_test_wait_until (dialog_gone, NULL, 2000));
  document = fw_window_get_document (window);
  g_assert_cmpstr (fw_document_get_soc (document), ==, "29-2034.00");
  g_assert_cmpstr (fw_document_get_title (document), ==,
                   "Radiologic Technologists and Technicians");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (
    fw_onet_get_tasks (fw_document_get_onet (document)))), ==, 30);
  g_assert_null (fw_window_get_file (window));
  g_assert_cmpuint (fw_ui_test_count_windows (), ==, n_windows);
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)),
                            "Radiologic Technologists and Technicians"));

  /* An empty level offers the occupation's tasks; one choice adds an anchored statement. */
  check_start_from_task (window);

  /* The window is no longer untouched: the next new framework gets a window of its own. */
  g_assert_false (fw_window_is_untouched (window));
  dialog = open_new_dialog (window);
  entry = find_descendant (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), "zzzqqqxx");
  g_assert_true (fw_ui_test_wait_until (results_are, GUINT_TO_POINTER (0), 2000));
  /* A SOC code: its .00 occupation first, then the codes it begins. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "47-2152");
  g_assert_true (fw_ui_test_wait_until (selected_is, (gpointer) "47-2152.00", 2000));
  g_signal_emit_by_name (entry, "activate");
  g_assert_true (fw_ui_test_wait_until (dialog_gone, NULL, 2000));
  g_assert_cmpuint (fw_ui_test_count_windows (), ==, n_windows + 1);
  g_assert_cmpstr (fw_document_get_soc (fw_window_get_document (window)), ==, "29-2034.00");
}

static gboolean
many_results (gpointer data)
{
  guint n = fw_new_dialog_get_n_results (data);

  /* Hundreds, but not all of them (the empty query's list). */
  return n > 100 && n < 1016;
}

/* Whether a word of @title starts with @letter (ignoring case). */
static gboolean
has_word_starting (const char *title,
                   char        letter)
{
  for (const char *p = title; *p != '\0'; p++)
    {
      if ((p == title || !g_ascii_isalpha (p[-1])) && g_ascii_tolower (*p) == letter)
        return TRUE;
    }
  return FALSE;
}

/* One letter matches hundreds of occupations: the best come first, a page of them at once. */
static void
test_one_letter (void)
{
  FwWindow *window = fw_window_new (GTK_APPLICATION (fw_ui_test_get_app ()));
  FwNewDialog *dialog = open_new_dialog (window);
  GtkWidget *entry = find_descendant (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY);
  FwOnetIndex *index = fw_onet_release_load_index (fw_onet_release_get_current (), NULL);
  guint n_results, first_page;
  int selected;

  g_assert_nonnull (index);
  /* All 1,016 occupations match an empty query; the list holds the first page of them. */
  g_assert_cmpuint (fw_new_dialog_get_n_results (dialog), ==, 1016);
  g_assert_cmpuint (fw_new_dialog_get_n_shown (dialog), <, 100);

  gtk_editable_set_text (GTK_EDITABLE (entry), "n");
  g_assert_true (fw_ui_test_wait_until (many_results, dialog, 2000));
  n_results = fw_new_dialog_get_n_results (dialog);
  first_page = fw_new_dialog_get_n_shown (dialog);
  g_assert_cmpuint (first_page, >=, 20);
  g_assert_cmpuint (first_page, <, n_results);
  /* The first is an occupation whose own title has a word in "n", not one of its
   * alternate titles. */
  selected = fw_onet_index_find (index, fw_new_dialog_get_selected_code (dialog));
  g_assert_cmpint (selected, >=, 0);
  g_assert_true (has_word_starting (fw_onet_index_get_title (index, selected), 'n'));

  /* Page Down goes on past the first page: the rows below come along. */
  for (guint i = 0; i < first_page / 10 + 2; i++)
    press_key (entry, GDK_KEY_Page_Down);
  g_assert_cmpuint (fw_new_dialog_get_n_shown (dialog), >, first_page);
  g_assert_nonnull (fw_new_dialog_get_selected_code (dialog));

  /* "x" is how X-ray technologists are found. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "x");
  g_assert_true (fw_ui_test_wait_until (selected_is, (gpointer) "29-2034.00", 2000));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_escape_closes (void)
{
  FwWindow *window = fw_window_new (GTK_APPLICATION (fw_ui_test_get_app ()));
  FwNewDialog *dialog = open_new_dialog (window);
  GtkWidget *entry = find_descendant (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY);

  g_signal_emit_by_name (entry, "stop-search");
  g_assert_true (fw_ui_test_wait_until (dialog_gone, NULL, 2000));
  g_assert_true (fw_window_is_untouched (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The O*NET release preference switches the release that New Framework and the checks use. */
static void
test_release_preference (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autofree char *release_dir = g_build_filename (dir, "db_31_0_text", NULL);
  g_autofree char *occupations = g_build_filename (release_dir, "Occupation Data.txt", NULL);
  g_autofree char *tasks = g_build_filename (release_dir, "Task Statements.txt", NULL);
  FwOnetRelease *bundled = fw_onet_release_get_current ();
  g_autofree char *bundled_dir = g_strdup (fw_onet_release_get_dir (bundled));

  g_assert_cmpint (g_mkdir (release_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (occupations, "O*NET-SOC Code\tTitle\tDescription\n"
                                      "47-2152.00\tPlumbers\tFix pipes.\n", -1, NULL));
  g_assert_true (g_file_set_contents (tasks, "O*NET-SOC Code\tTask ID\tTask\n"
                                      "47-2152.00\t90001\tFix pipes.\n", -1, NULL));

  g_settings_set_string (settings, "onet-folder", release_dir);
  g_assert_cmpstr (fw_onet_release_get_dir (fw_onet_release_get_current ()), ==, release_dir);
  g_assert_cmpstr (fw_onet_release_get_version (fw_onet_release_get_current ()), ==, "31.0");
  g_settings_set_string (settings, "onet-release", "31.2");
  g_assert_cmpstr (fw_onet_release_get_version (fw_onet_release_get_current ()), ==, "31.2");

  g_settings_reset (settings, "onet-release");
  g_settings_reset (settings, "onet-folder");
  g_assert_cmpstr (fw_onet_release_get_dir (fw_onet_release_get_current ()), ==, bundled_dir);
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  fw_ui_test_add ("/ui/new-framework/shortcuts", test_shortcuts);
  fw_ui_test_add ("/ui/new-framework/pick-with-keyboard", test_pick_with_keyboard);
  fw_ui_test_add ("/ui/new-framework/one-letter", test_one_letter);
  fw_ui_test_add ("/ui/new-framework/escape-closes", test_escape_closes);
  fw_ui_test_add ("/ui/new-framework/release-preference", test_release_preference);

  return fw_ui_test_run ();
}
