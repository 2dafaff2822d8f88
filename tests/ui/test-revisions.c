/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-formats.h"
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

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  fw_ui_test_add ("/ui/revisions/conflict-banner", test_conflict_banner);

  return fw_ui_test_run ();
}
