/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-correction-apply.h"
#include "fw-correction-commands.h"
#include "fw-corrections-page.h"
#include "fw-onet-page.h"
#include "fw-statement-list.h"
#include "fw-statement-row.h"
#include "fw-task-row.h"
#include "fw-ui-test.h"

#include "fw-ui-editor-util.h"

/* Review mode: annotating a task, the thread, accepting, applying, undo, the badge and CSV. */

#define TASK_ID "22807"

static void
collect_badges (GtkWidget *widget,
                GPtrArray *badges)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "badge"))
    g_ptr_array_add (badges, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_badges (child, badges);
}

/* The sidebar's corrections badge: the first badge, its row coming before Problems. */
static GtkLabel *
corrections_badge (FwWindow *window)
{
  g_autoptr(GPtrArray) badges = g_ptr_array_new ();

  collect_badges (GTK_WIDGET (window), badges);
  g_assert_cmpuint (badges->len, ==, 2);
  return g_ptr_array_index (badges, 0);
}

static const char *
badge_text (FwWindow *window)
{
  GtkLabel *badge = corrections_badge (window);

  return gtk_widget_get_visible (GTK_WIDGET (badge)) ? gtk_label_get_label (badge) : "";
}

static FwTaskRow *
task_row (FwOnetPage *page,
          guint       index)
{
  GtkWidget *entry = fw_onet_page_get_item_entry (page, "tasks", index, "text");

  return FW_TASK_ROW (gtk_widget_get_ancestor (entry, FW_TYPE_TASK_ROW));
}

static guint
task_index (FwDocument *document)
{
  guint position = G_MAXUINT;

  g_assert_nonnull (fw_document_find_onet_task (document, TASK_ID, &position));
  return position;
}

static void
click (FwCorrectionPopover *popover,
       const char          *part)
{
  GtkWidget *button = fw_correction_popover_get_part (popover, part);

  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  fw_ui_test_iterate (50);
}

static void
test_annotate_reply_accept_undo (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwDocument *document = fw_window_get_document (window);
  GListModel *corrections = G_LIST_MODEL (fw_document_get_corrections (document));
  FwOnetPage *page = fw_ui_util_onet_page (window);
  FwTask *task = fw_document_find_onet_task (document, TASK_ID, NULL);
  g_autofree char *original = g_strdup (fw_task_get_text (task));
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autofree char *csv_path = g_build_filename (dir, "corrections.csv", NULL);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  FwCorrectionsPage *corrections_page;
  FwCorrectionPopover *popover;
  FwCorrection *correction;
  GtkWidget *reply_entry;

  /* The task in view, as when a reviewer right-clicks it. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 700);
  fw_ui_test_iterate (100);
  g_assert_true (gtk_widget_grab_focus (fw_onet_page_get_item_entry (page, "tasks",
                                                                     task_index (document),
                                                                     "text")));
  fw_ui_test_iterate (300);
  g_assert_cmpstr (badge_text (window), ==, "");
  g_assert_false (fw_task_row_get_annotated (task_row (page, task_index (document))));

  /* The context menu's action annotates the task: a marker and the badge show it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "onet.annotate-task", "s",
                                             TASK_ID));
  fw_ui_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 1);
  g_assert_cmpstr (badge_text (window), ==, "1");
  g_assert_true (fw_task_row_get_annotated (task_row (page, task_index (document))));
  fw_ui_util_undo (window);
  fw_ui_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 0);
  g_assert_cmpstr (badge_text (window), ==, "");
  g_assert_false (fw_task_row_get_annotated (task_row (page, task_index (document))));

  /* Annotate again and work in the popover. */
  popover = fw_onet_page_annotate_task (page, task);
  g_assert_nonnull (popover);
  correction = fw_correction_popover_get_correction (popover);
  g_assert_cmpstr (fw_correction_get_item_id (correction), ==, TASK_ID);
  g_assert_cmpstr (fw_correction_get_current (correction), ==, original);
  gtk_editable_set_text (GTK_EDITABLE (fw_correction_popover_get_part (popover, "proposed")),
                         "Position digital imaging equipment.");
  g_signal_emit_by_name (fw_correction_popover_get_part (popover, "proposed"), "apply");
  g_assert_cmpstr (fw_correction_get_proposed (correction), ==,
                   "Position digital imaging equipment.");

  reply_entry = fw_correction_popover_get_part (popover, "reply-entry");
  gtk_editable_set_text (GTK_EDITABLE (reply_entry), "Film cassettes are long gone.");
  click (popover, "reply-button");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_correction_get_replies (correction))),
                    ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (reply_entry)), ==, "");

  /* Accept is one click and one undo step; the badge counts open corrections only. */
  g_assert_false (gtk_widget_get_sensitive (fw_correction_popover_get_part (popover, "apply")));
  click (popover, "accept");
  g_assert_cmpstr (fw_correction_get_status (correction), ==, "accepted");
  g_assert_cmpstr (badge_text (window), ==, "");

  click (popover, "apply");
  g_assert_cmpstr (fw_task_get_text (task), ==, "Position digital imaging equipment.");
  g_assert_true (fw_correction_get_applied (correction));
  g_assert_false (fw_task_row_get_annotated (task_row (page, task_index (document))));

  fw_ui_util_undo (window);
  g_assert_cmpstr (fw_task_get_text (task), ==, original);
  g_assert_false (fw_correction_get_applied (correction));
  fw_ui_util_undo (window);
  g_assert_cmpstr (fw_correction_get_status (correction), ==, "open");
  g_assert_cmpstr (badge_text (window), ==, "1");
  fw_ui_util_redo (window);
  g_assert_cmpstr (badge_text (window), ==, "");
  gtk_popover_popdown (GTK_POPOVER (popover));
  fw_ui_test_iterate (50);

  /* The page lists it, filters it, and exports the hand-off CSV. */
  corrections_page = FW_CORRECTIONS_PAGE (fw_window_get_page (window, "corrections"));
  fw_window_show_section (window, "corrections");
  fw_ui_test_iterate (50);
  g_assert_cmpuint (fw_corrections_page_get_n_shown (corrections_page), ==, 1);
  fw_corrections_page_set_filter (corrections_page, "open", NULL, NULL);
  g_assert_cmpuint (fw_corrections_page_get_n_shown (corrections_page), ==, 0);
  fw_corrections_page_set_filter (corrections_page, "accepted", "outdated", "");
  g_assert_cmpuint (fw_corrections_page_get_n_shown (corrections_page), ==, 1);
  fw_corrections_page_set_filter (corrections_page, NULL, NULL, "Nobody Else");
  g_assert_cmpuint (fw_corrections_page_get_n_shown (corrections_page), ==, 0);
  fw_corrections_page_set_filter (corrections_page, NULL, NULL, NULL);

  g_assert_true (fw_corrections_page_export_csv (corrections_page, csv_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "O*NET-SOC Code,Occupation,Element,Item ID,Current,"
                                        "Proposed,Kind,Rationale,Evidence,Reviewer,Status,"
                                        "Created,Updated\r\n"));
  g_assert_nonnull (strstr (csv, "\r\n29-2034.00,Radiologic Technologists and Technicians,Task,"
                                 TASK_ID ","));
  g_assert_nonnull (strstr (csv, ",Position digital imaging equipment.,outdated,"));
  g_assert_nonnull (strstr (csv, ",accepted,"));

  /* Ctrl+Shift+M in a related title's entry annotates that title, by its stable id, and shows
   * its marker. */
  {
    FwOnet *onet = fw_document_get_onet (document);
    FwStringListEditor *titles = fw_onet_page_get_list_editor (page, "related-titles");
    const char *title_id = fw_onet_get_item_ids (onet, "related-titles")[1];
    g_autoptr(FwCorrection) newest = NULL;

    fw_window_show_section (window, "onet");
    fw_ui_test_iterate (50);
    g_assert_true (gtk_widget_grab_focus (fw_string_list_editor_get_entry (titles, 1)));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "onet.annotate", NULL));
    fw_ui_test_iterate (100);
    g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 2);
    g_assert_cmpstr (fw_window_get_section (window), ==, "onet");
    g_assert_nonnull (fw_onet_page_get_list_marker (page, "related-titles", 1));
    for (guint i = 0; i < 2; i++)
      {
        g_autoptr(FwCorrection) c = g_list_model_get_item (corrections, i);

        if (g_str_equal (fw_correction_get_item_type (c), "title"))
          newest = g_object_ref (c);
      }
    g_assert_nonnull (newest);
    g_assert_cmpstr (fw_correction_get_item_id (newest), ==, title_id);
    g_assert_cmpstr (fw_correction_get_current (newest), ==,
                     fw_onet_get_strv (onet, "related-titles")[1]);
    g_assert_cmpstr (badge_text (window), ==, "1");
    fw_ui_util_undo (window);
    g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 1);
    g_assert_null (fw_onet_page_get_list_marker (page, "related-titles", 1));
    fw_window_show_section (window, "corrections");
    fw_ui_test_iterate (50);
  }

  /* Activating the row jumps to the task on the O*NET page. */
  g_signal_emit_by_name (gtk_widget_get_parent (fw_corrections_page_get_row (corrections_page, 0)),
                         "row-activated", fw_corrections_page_get_row (corrections_page, 0));
  fw_ui_test_iterate (100);
  g_assert_cmpstr (fw_window_get_section (window), ==, "onet");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A statement card: Ctrl+Shift+M's action annotates the selected statement; its marker opens
 * the correction. */
static void
test_annotate_statement (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwDocument *document = fw_window_get_document (window);
  FwLevel *level = fw_document_get_level (document, FW_LEVEL_DEVELOPING);
  g_autoptr(FwStatement) statement = g_list_model_get_item (
    G_LIST_MODEL (fw_level_get_statements (level)), 0);
  GListModel *corrections = G_LIST_MODEL (fw_document_get_corrections (document));
  FwStatementRow *row;
  FwStatementList *list;
  FwCorrectionPopover *popover;
  FwCorrection *correction;

  fw_window_show_section (window, "levels");
  fw_ui_test_wait_for_rows (window);
  row = FW_STATEMENT_ROW (fw_ui_test_find_row (window, statement));
  g_assert_nonnull (row);
  list = FW_STATEMENT_LIST (gtk_widget_get_ancestor (GTK_WIDGET (row), FW_TYPE_STATEMENT_LIST));
  g_assert_true (fw_statement_list_select_statement (list, statement, FW_STATEMENT_FIELD_NONE));
  g_assert_false (fw_statement_row_get_annotated (row));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "statement.annotate", NULL));
  fw_ui_test_iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 1);
  g_assert_true (fw_statement_row_get_annotated (row));
  g_assert_cmpstr (badge_text (window), ==, "1");

  popover = fw_statement_row_get_correction_popover (row);
  correction = fw_correction_popover_get_correction (popover);
  g_assert_cmpstr (fw_correction_get_item_type (correction), ==, "statement");
  g_assert_cmpstr (fw_correction_get_item_id (correction), ==, fw_statement_get_id (statement));
  click (popover, "reject");
  g_assert_cmpstr (fw_correction_get_status (correction), ==, "rejected");
  g_assert_false (fw_statement_row_get_annotated (row));
  fw_ui_util_undo (window);
  g_assert_true (fw_statement_row_get_annotated (row));
  gtk_popover_popdown (GTK_POPOVER (popover));
  fw_ui_util_undo (window);
  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 0);
  g_assert_false (fw_statement_row_get_annotated (row));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
shoot (GtkWidget  *widget,
       const char *name,
       gboolean    dark)
{
  g_autofree char *file = g_strdup_printf ("review-%s-%s.png", name, dark ? "dark" : "light");
  g_autofree char *path = fw_ui_test_screenshot_path (file);

  gtk_test_widget_wait_for_draw (widget);
  fw_ui_test_screenshot (widget, path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
add_sample_corrections (FwWindow *window)
{
  FwOnetPage *page = fw_ui_util_onet_page (window);
  FwDocument *document = fw_window_get_document (window);
  GListModel *tasks = G_LIST_MODEL (fw_onet_get_tasks (fw_document_get_onet (document)));

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (tasks, i);
      FwCorrectionPopover *popover = fw_onet_page_annotate_task (page, task);
      FwCorrection *correction = fw_correction_popover_get_correction (popover);

      fw_document_run (document, fw_correction_edit_command_new (
                         correction, "rationale", "The release reworded this task.", NULL));
      if (i > 0)
        fw_document_run (document, fw_correction_set_status_command_new (
                           correction, i == 1 ? "accepted" : "submitted", NULL, NULL));
      gtk_popover_popdown (GTK_POPOVER (popover));
      fw_ui_test_iterate (50);
    }
}

static void
test_screenshots (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  AdwStyleManager *style = adw_style_manager_get_default ();
  FwCorrectionsPage *page;

  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_unmaximize (GTK_WINDOW (window));
  add_sample_corrections (window);
  page = FW_CORRECTIONS_PAGE (fw_window_get_page (window, "corrections"));
  fw_window_show_section (window, "corrections");
  fw_ui_test_iterate (200);
  for (guint dark = 0; dark < 2; dark++)
    {
      FwCorrectionPopover *popover;
      GListModel *corrections = G_LIST_MODEL (
        fw_document_get_corrections (fw_window_get_document (window)));
      g_autoptr(FwCorrection) first = g_list_model_get_item (corrections, 0);

      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                      : ADW_COLOR_SCHEME_FORCE_LIGHT);
      fw_ui_test_iterate (150);
      shoot (GTK_WIDGET (window), "page", dark);

      popover = fw_corrections_page_open_correction (page, first);
      g_assert_nonnull (popover);
      fw_ui_test_iterate (300);
      shoot (GTK_WIDGET (window), "window-popover", dark);
      shoot (GTK_WIDGET (popover), "popover", dark);
      gtk_popover_popdown (GTK_POPOVER (popover));
      fw_ui_test_iterate (100);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  fw_ui_test_add ("/ui/review/annotate-reply-accept-undo", test_annotate_reply_accept_undo);
  fw_ui_test_add ("/ui/review/annotate-statement", test_annotate_statement);
  fw_ui_test_add ("/ui/review/screenshots", test_screenshots);

  return fw_ui_test_run ();
}
