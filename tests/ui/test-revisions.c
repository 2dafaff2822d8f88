/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-formats.h"
#include "fw-git.h"
#include "fw-statement-list-private.h"
#include "fw-statement-row.h"
#include "fw-merge.h"
#include "fw-ui-test.h"
#include "fw-window-private.h"

#include "fw-ui-editor-util.h"

/* Revisions: a file a merge left with conflicts, resolved from the window's banner. */

static FwDocument *
read_sample (void)
{
  g_autofree char *path = fw_ui_test_sample_path ();
  g_autoptr(GError) error = NULL;
  FwDocument *document = fw_format_read_file (path, FW_FORMAT_AUTO, NULL, &error);

  g_assert_no_error (error);
  return document;
}

static FwStatement *
level_statement (FwDocument *document,
                 FwLevelKey  key,
                 guint       position)
{
  GListModel *list = G_LIST_MODEL (fw_level_get_statements (fw_document_get_level (document,
                                                                                  key)));
  g_autoptr(FwStatement) statement = g_list_model_get_item (list, position);

  return statement;
}

/* Two conflicts: a body changed two ways, and the version. */
static char *
write_conflicted_file (void)
{
  g_autoptr(FwDocument) base = read_sample ();
  g_autoptr(FwDocument) ours = read_sample ();
  g_autoptr(FwDocument) theirs = read_sample ();
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, "merged.fwk", NULL);

  fw_statement_set_body (level_statement (ours, FW_LEVEL_DEVELOPING, 1), "mine, as I wrote it.");
  fw_statement_set_body (level_statement (theirs, FW_LEVEL_DEVELOPING, 1),
                         "theirs, as they wrote it.");
  g_object_set (ours, "version", "v.26.09", NULL);
  g_object_set (theirs, "version", "v.26.11", NULL);
  g_assert_cmpuint (fw_merge_documents (base, ours, theirs), ==, 2);
  g_assert_true (fw_format_save (ours, path, FW_FORMAT_FWK, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static gboolean
conflict_banner_shown (gpointer data)
{
  FwWindow *window = data;

  return gtk_revealer_get_reveal_child (window->banner_revealer)
         && g_strcmp0 (gtk_stack_get_visible_child_name (window->banner_stack), "conflict") == 0;
}

static guint
n_conflicts (FwWindow *window)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fw_document_get_conflicts (
                                     fw_window_get_document (window))));
}

static void
test_conflict_banner (void)
{
  g_autofree char *path = write_conflicted_file ();
  g_autofree char *shot = fw_ui_test_screenshot_path ("revisions-conflict-banner.png");
  FwWindow *window = fw_ui_test_open_path (fw_ui_test_get_app (), path);
  FwDocument *document = fw_window_get_document (window);
  FwStatement *statement = level_statement (document, FW_LEVEL_DEVELOPING, 1);
  const char *label;

  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  g_assert_true (fw_ui_test_wait_until (conflict_banner_shown, window, 3000));
  /* In document order: the framework's version first. */
  label = gtk_label_get_label (window->conflict_label);
  g_assert_nonnull (strstr (label, "1 of 2 in framework (version)"));
  g_assert_nonnull (strstr (label, "mine “v.26.09”, theirs “v.26.11”"));

  /* Keep Mine on the version: one conflict left, shown next. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.conflict-keep-mine",
                                             NULL));
  g_assert_cmpstr (fw_document_get_version (document), ==, "v.26.09");
  g_assert_cmpuint (n_conflicts (window), ==, 1);
  g_assert_true (conflict_banner_shown (window));
  label = gtk_label_get_label (window->conflict_label);
  g_assert_nonnull (strstr (label, "1 of 1"));
  g_assert_nonnull (strstr (label, fw_statement_get_id (statement)));
  g_assert_nonnull (strstr (label, "“mine, as I wrote it.”"));
  g_assert_nonnull (strstr (label, "“theirs, as they wrote it.”"));
  fw_ui_test_iterate (300);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  fw_ui_test_screenshot (GTK_WIDGET (window), shot);

  /* Keep Theirs on the body: their text, nothing left, the banner goes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.conflict-keep-theirs",
                                             NULL));
  g_assert_cmpstr (fw_statement_get_body (statement), ==, "theirs, as they wrote it.");
  g_assert_cmpuint (n_conflicts (window), ==, 0);
  g_assert_false (conflict_banner_shown (window));

  /* Both are undoable, and undo brings the banner back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (n_conflicts (window), ==, 1);
  g_assert_true (conflict_banner_shown (window));
  g_assert_cmpstr (fw_statement_get_body (statement), ==, "mine, as I wrote it.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (n_conflicts (window), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A correction's status set two ways on two branches: the same banner resolves it. */
static void
test_correction_conflict_banner (void)
{
  g_autoptr(FwDocument) base = read_sample ();
  g_autoptr(FwDocument) ours = read_sample ();
  g_autoptr(FwDocument) theirs = read_sample ();
  FwDocument *sides[] = { base, ours, theirs };
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "corrections.fwk", NULL);
  g_autoptr(GError) error = NULL;
  FwWindow *window;
  FwCorrection *correction;
  const char *label;

  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    {
      g_autoptr(FwCorrection) added = fw_correction_new_with_id ("cr-0123456789ab",
                                                                 FW_CORRECTION_ITEM_JOB_ZONE,
                                                                 NULL);

      g_object_set (added, "proposed", "4", "rationale", "Needs a degree.", NULL);
      g_list_store_append (fw_document_get_corrections (sides[i]), added);
    }
  g_object_set (fw_document_find_correction (ours, "cr-0123456789ab", NULL), "status",
                "accepted", NULL);
  g_object_set (fw_document_find_correction (theirs, "cr-0123456789ab", NULL), "status",
                "rejected", NULL);
  g_assert_cmpuint (fw_merge_documents (base, ours, theirs), ==, 1);
  g_assert_true (fw_format_save (ours, path, FW_FORMAT_FWK, NULL, &error));
  g_assert_no_error (error);

  window = fw_ui_test_open_path (fw_ui_test_get_app (), path);
  correction = fw_document_find_correction (fw_window_get_document (window), "cr-0123456789ab",
                                            NULL);
  g_assert_true (fw_ui_test_wait_until (conflict_banner_shown, window, 3000));
  label = gtk_label_get_label (window->conflict_label);
  g_assert_nonnull (strstr (label, "cr-0123456789ab (status)"));
  g_assert_nonnull (strstr (label, "mine “accepted”, theirs “rejected”"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.conflict-keep-theirs",
                                             NULL));
  g_assert_cmpstr (fw_correction_get_status (correction), ==, "rejected");
  g_assert_false (conflict_banner_shown (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (fw_correction_get_status (correction), ==, "accepted");
  g_assert_true (conflict_banner_shown (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Compare With ----------------------------------------------------------------------------- */

static FwStatementRow *
row_of (FwWindow    *window,
        FwStatement *statement)
{
  return FW_STATEMENT_ROW (fw_ui_test_find_row (window, statement));
}

/* The sample as it was: one body worded otherwise, one statement not yet written, two that were
 * dropped since (one within a level, one at the end of another). */
static FwDocument *
older_version (FwDocument *current)
{
  g_autoptr(GBytes) bytes = fw_ui_test_document_bytes (current);
  g_autoptr(GError) error = NULL;
  FwDocument *old = fw_format_read_bytes (bytes, "old.fwk", FW_FORMAT_FWK, NULL, &error);
  g_autoptr(FwStatement) dropped = fw_statement_new ("Legacy film processing",
                                                     "develop film by hand in a darkroom.");
  g_autoptr(FwStatement) darkroom = fw_statement_new ("Darkroom safety",
                                                      "follow the darkroom checklist.");

  g_assert_no_error (error);
  fw_statement_set_body (level_statement (old, FW_LEVEL_EMERGING, 0),
                         "adjust under close supervision in a clinical radiology department.");
  g_list_store_remove (fw_level_get_statements (fw_document_get_level (old, FW_LEVEL_DEVELOPING)),
                       2);
  g_list_store_append (fw_level_get_statements (fw_document_get_level (old, FW_LEVEL_ADVANCED)),
                       dropped);
  g_list_store_insert (fw_level_get_statements (fw_document_get_level (old, FW_LEVEL_EMERGING)),
                       1, darkroom);
  return old;
}

static guint
n_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static void
test_compare_with_file (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwDocument *document = fw_window_get_document (window);
  g_autoptr(FwDocument) old = older_version (document);
  FwStatement *edited = level_statement (document, FW_LEVEL_EMERGING, 0);
  FwStatement *added = level_statement (document, FW_LEVEL_DEVELOPING, 2);
  FwStatement *untouched = level_statement (document, FW_LEVEL_PROFICIENT, 0);
  g_autofree char *shot = fw_ui_test_screenshot_path ("revisions-compare.png");
  const char *tooltip;
  GtkListBoxRow *selected;

  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  fw_ui_test_wait_for_rows (window);
  /* An edit before comparing: something undo could take back. */
  fw_document_run (document, fw_command_set_string_new (G_OBJECT (untouched), "headline",
                                                        "Complex imaging examinations", FALSE));
  _fw_window_enter_compare (window, old, "radiologic-technologists-v26.05.fwk");

  /* The header names the compared version; the sidebar lists the five changes. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->compare_box)));
  g_assert_nonnull (strstr (gtk_label_get_label (window->compare_label),
                            "Compared with radiologic-technologists-v26.05.fwk: 5 changes"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "changes");
  g_assert_cmpuint (n_rows (window->changes_list), ==, 5);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (gtk_list_box_get_row_at_index (
                                             window->changes_list, 1)), "compare-removed"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (gtk_list_box_get_row_at_index (
                                             window->changes_list, 4)), "compare-removed"));

  /* Removed statements struck through where they were: before the statement that followed,
   * or below the last one. */
  {
    GtkListBoxRow *next = GTK_LIST_BOX_ROW (row_of (window, level_statement (document,
                                                                             FW_LEVEL_EMERGING,
                                                                             1)));
    GtkWidget *header = gtk_list_box_row_get_header (next);
    FwLevelsPage *page = FW_LEVELS_PAGE (fw_window_get_page (window, "levels"));
    FwStatementList *advanced = fw_levels_page_get_column (page, FW_LEVEL_ADVANCED);

    g_assert_nonnull (header);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (header))), ==,
                     "Darkroom safety — follow the darkroom checklist.");
    g_assert_null (gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (row_of (window, edited))));
    g_assert_nonnull (advanced->removed_tail);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (
                                           advanced->removed_tail))), ==,
                     "Legacy film processing — develop film by hand in a darkroom.");

    /* Read-only: the toolbar's add, duplicate and delete are disabled, not only blocked. */
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (advanced->store));

      gtk_widget_activate_action (GTK_WIDGET (advanced), "statement.add-after", NULL);
      gtk_widget_activate_action (GTK_WIDGET (advanced), "statement.duplicate", NULL);
      gtk_widget_activate_action (GTK_WIDGET (advanced), "statement.delete", NULL);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (advanced->store)), ==, n);
      g_assert_true (advanced->read_only);
    }
  }

  /* Inline marks on the levels page. */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row_of (window, edited)), "compare-edited"));
  tooltip = gtk_widget_get_tooltip_markup (GTK_WIDGET (row_of (window, edited)));
  g_assert_nonnull (tooltip);
  g_assert_nonnull (strstr (tooltip, "<s>close</s>"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row_of (window, added)), "compare-added"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row_of (window, untouched)),
                                           "compare-edited"));
  {
    FwStatement *next = level_statement (document, FW_LEVEL_PROFICIENT, 1);

    g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row_of (window, next)),
                                              "compare-edited"));
  }

  /* Read-only: undo does nothing while comparing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (fw_statement_get_headline (untouched), ==, "Complex imaging examinations");

  /* F7 steps through the changes, round the end; Shift+F7 back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-change", NULL));
  selected = gtk_list_box_get_selected_row (window->changes_list);
  g_assert_cmpint (gtk_list_box_row_get_index (selected), ==, 0);
  g_assert_cmpstr (fw_window_get_section (window), ==, "levels");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-change", NULL));
  selected = gtk_list_box_get_selected_row (window->changes_list);
  g_assert_cmpint (gtk_list_box_row_get_index (selected), ==, 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-change", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-change", NULL));

  fw_ui_test_iterate (300);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  fw_ui_test_screenshot (GTK_WIDGET (window), shot);

  /* Done restores the normal view. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-compare", NULL));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->compare_box)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "sections");
  g_assert_cmpuint (n_rows (window->changes_list), ==, 0);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row_of (window, edited)),
                                            "compare-edited"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row_of (window, added)), "compare-added"));
  g_assert_null (gtk_widget_get_tooltip_markup (GTK_WIDGET (row_of (window, edited))));
  g_assert_null (gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (
                   row_of (window, level_statement (document, FW_LEVEL_EMERGING, 1)))));
  g_assert_null (fw_levels_page_get_column (FW_LEVELS_PAGE (fw_window_get_page (window, "levels")),
                                            FW_LEVEL_ADVANCED)->removed_tail);
  /* Editing is back: undo takes back the edit made before comparing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (fw_statement_get_headline (untouched), !=, "Complex imaging examinations");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A correction accepted since the compared version is listed as resolved, and stepping to it
 * shows the corrections page. */
static void
test_compare_corrections (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwDocument *document = fw_window_get_document (window);
  g_autoptr(GBytes) bytes = fw_ui_test_document_bytes (document);
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) old = fw_format_read_bytes (bytes, "old.fwk", FW_FORMAT_FWK, NULL, &error);
  g_autoptr(FwCorrection) open = fw_correction_new_with_id ("cr-00000000000a",
                                                           FW_CORRECTION_ITEM_JOB_ZONE, "");
  g_autoptr(FwCorrection) accepted = fw_correction_new_with_id ("cr-00000000000a",
                                                               FW_CORRECTION_ITEM_JOB_ZONE, "");
  GtkWidget *label;

  g_assert_no_error (error);
  g_object_set (open, "kind", "outdated", "proposed", "4", "status", "open", NULL);
  g_object_set (accepted, "kind", "outdated", "proposed", "4", "status", "accepted", NULL);
  g_list_store_append (fw_document_get_corrections (old), open);
  g_list_store_append (fw_document_get_corrections (document), accepted);
  fw_ui_test_wait_for_rows (window);

  _fw_window_enter_compare (window, old, "old.fwk");
  g_assert_cmpuint (n_rows (window->changes_list), ==, 1);
  label = gtk_list_box_row_get_child (gtk_list_box_get_row_at_index (window->changes_list, 0));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (label)),
                                   "Resolved · corrections[0]\naccepted · outdated · job-zone: 4"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-change", NULL));
  g_assert_cmpstr (fw_window_get_section (window), ==, "corrections");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-compare", NULL));

  g_list_store_remove_all (fw_document_get_corrections (document));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
run_git (const char *dir,
         const char *command)
{
  g_autofree char *line = g_strdup_printf ("git -C '%s' -c user.name=Test "
                                           "-c user.email=test@example.org %s", dir, command);
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_command_line_sync (line, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static gboolean
is_comparing (gpointer data)
{
  return _fw_window_is_comparing (data);
}

static gboolean
compares_release (gpointer data)
{
  FwWindow *window = data;

  return strstr (gtk_label_get_label (window->compare_label), "(Release v.26.05)") != NULL;
}

static void
test_compare_with_commit (void)
{
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "framework.fwk", NULL);
  g_autofree char *shot = fw_ui_test_screenshot_path ("revisions-compare-commit.png");
  g_autoptr(FwDocument) current = read_sample ();
  g_autoptr(FwDocument) old = older_version (current);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *git = g_find_program_in_path ("git");
  FwWindow *window;
  AdwMessageDialog *dialog;

  if (git == NULL)
    {
      g_test_skip ("git is not installed to make the repository");
      return;
    }
  run_git (dir, "init -q");
  g_assert_true (fw_format_save (old, path, FW_FORMAT_FWK, NULL, &error));
  run_git (dir, "add framework.fwk");
  run_git (dir, "commit -q -m 'Release v.26.05'");
  g_assert_true (fw_format_save (current, path, FW_FORMAT_FWK, NULL, &error));
  run_git (dir, "commit -q -a -m 'Revise for v.26.11'");
  history = fw_git_file_history (path, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpstr (((FwGitCommit *) g_ptr_array_index (history, 1))->summary, ==,
                   "Release v.26.05");

  window = fw_ui_test_open_path (fw_ui_test_get_app (), path);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);

  /* The history dialog lists the commits, newest first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare-history", NULL));
  dialog = fw_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpuint (n_rows (GTK_LIST_BOX (adw_message_dialog_get_extra_child (dialog))), ==, 2);
  fw_ui_test_respond (dialog, "compare");
  g_assert_true (fw_ui_test_wait_until (is_comparing, window, 5000));
  /* The newest commit is the file as it is. */
  g_assert_nonnull (strstr (gtk_label_get_label (window->compare_label),
                            "Revise for v.26.11): 0 changes"));

  /* The earlier commit is read in a thread; compare mode follows when it is done. */
  _fw_window_compare_commit (window, ((FwGitCommit *) g_ptr_array_index (history, 1))->id,
                             "Release v.26.05");
  g_assert_true (fw_ui_test_wait_until (compares_release, window, 5000));
  g_assert_nonnull (strstr (gtk_label_get_label (window->compare_label),
                            "(Release v.26.05): 4 changes"));
  g_assert_cmpuint (n_rows (window->changes_list), ==, 4);
  fw_ui_test_iterate (300);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  fw_ui_test_screenshot (GTK_WIDGET (window), shot);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  fw_ui_test_add ("/ui/revisions/conflict-banner", test_conflict_banner);
  fw_ui_test_add ("/ui/revisions/correction-conflict-banner", test_correction_conflict_banner);
  fw_ui_test_add ("/ui/revisions/compare-with-file", test_compare_with_file);
  fw_ui_test_add ("/ui/revisions/compare-with-commit", test_compare_with_commit);
  fw_ui_test_add ("/ui/revisions/compare-corrections", test_compare_corrections);

  return fw_ui_test_run ();
}
