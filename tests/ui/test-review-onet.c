/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-correction-apply.h"
#include "fw-onet-release.h"
#include "fw-review-items.h"
#include "fw-ui-test.h"

#include "fw-ui-editor-util.h"

/* The main menu's "Check Against O*NET Release…" and "Update O*NET Data…". */

static AdwMessageDialog *
find_named_dialog (const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (window) &&
          g_strcmp0 (gtk_widget_get_name (window), name) == 0)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
dialog_shown_cb (gpointer data)
{
  return find_named_dialog (data) != NULL;
}

static AdwMessageDialog *
wait_for_dialog (const char *name)
{
  /* The first run reads the release's tables: allow for a slow (sanitised) build. */
  g_assert_true (fw_ui_test_wait_until (dialog_shown_cb, (gpointer) name, 60000));
  return find_named_dialog (name);
}

static guint
count_rows (AdwMessageDialog *dialog)
{
  GtkWidget *scrolled = adw_message_dialog_get_extra_child (dialog);
  GtkWidget *list = g_object_get_data (G_OBJECT (scrolled), "fw-list");
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

static void
test_check_adds_corrections (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwDocument *document = fw_window_get_document (window);
  GListModel *corrections = G_LIST_MODEL (fw_document_get_corrections (document));
  AdwMessageDialog *dialog;

  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.check-onet", NULL));
  dialog = wait_for_dialog ("onet-check-result");
  g_assert_null (find_named_dialog ("onet-progress"));
  /* The sample's four differences from the bundled release, shown before anything is added. */
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Add Corrections?");
  g_assert_cmpuint (count_rows (dialog), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 0);

  fw_ui_test_respond (dialog, "add");
  fw_ui_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(FwCorrection) correction = g_list_model_get_item (corrections, i);

      g_assert_cmpstr (fw_correction_get_status (correction), ==, "open");
    }
  g_assert_nonnull (fw_review_find_pending (document, "work-style",
                                            fw_onet_find_item_id (fw_document_get_onet (document),
                                                                  "work-styles", "Empathy")));

  /* One undo step removes them all. */
  fw_ui_util_undo (window);
  fw_ui_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 0);
  fw_ui_util_redo (window);
  fw_ui_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 4);

  /* A second check has nothing left to add. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.check-onet", NULL));
  dialog = wait_for_dialog ("onet-check-result");
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Nothing to Add");
  fw_ui_test_respond (dialog, "close");
  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 4);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_update_preview_apply_undo (void)
{
  g_autofree char *fixture = g_build_filename (g_getenv ("FW_SOURCE_ROOT"), "tests", "data",
                                               "review", "planted.fwk", NULL);
  g_autofree char *release_dir = g_build_filename (g_getenv ("FW_SOURCE_ROOT"), "tests", "data",
                                                   "review", "release-31", NULL);
  g_autoptr(GError) error = NULL;
  FwWindow *window;
  FwDocument *document;
  AdwMessageDialog *dialog;
  FwTask *task;

  /* The O*NET release preference names a newer release. */
  g_assert_true (fw_onet_release_use_dir (release_dir, NULL, &error));
  g_assert_no_error (error);
  window = fw_ui_test_open_path (fw_ui_test_get_app (), fixture);
  document = fw_window_get_document (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.update-onet", NULL));
  dialog = wait_for_dialog ("onet-update-preview");
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Update O*NET Data?");
  g_assert_cmpuint (count_rows (dialog), ==, 13);
  /* The release's new task is named, not added. */
  g_assert_true (g_str_has_suffix (adw_message_dialog_get_body (dialog),
                                   "1 task of the release is not included."));
  /* Nothing changes before the answer. */
  g_assert_nonnull (fw_document_find_onet_task (document, "22816", NULL));
  g_assert_cmpstr (fw_document_get_title (document), ==, "Radiographers");

  fw_ui_test_respond (dialog, "update");
  fw_ui_test_iterate (50);
  g_assert_null (fw_document_find_onet_task (document, "22816", NULL));
  task = fw_document_find_onet_task (document, "22807", NULL);
  g_assert_true (g_str_has_prefix (fw_task_get_text (task), "Position digital imaging"));
  g_assert_cmpstr (fw_document_get_title (document), ==, "Radiologic Technologists");
  g_assert_nonnull (fw_review_find_pending (document, "statement", "st-5fe39ec469f6"));

  fw_ui_util_undo (window);
  fw_ui_test_iterate (50);
  g_assert_nonnull (fw_document_find_onet_task (document, "22816", NULL));
  g_assert_cmpstr (fw_document_get_title (document), ==, "Radiographers");
  g_assert_null (fw_review_find_pending (document, "statement", "st-5fe39ec469f6"));

  /* Cancel leaves the document alone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.update-onet", NULL));
  dialog = wait_for_dialog ("onet-update-preview");
  fw_ui_test_respond (dialog, "cancel");
  fw_ui_test_iterate (50);
  g_assert_nonnull (fw_document_find_onet_task (document, "22816", NULL));

  fw_onet_release_set_current (NULL);
  fw_history_mark_clean (fw_document_get_history (document));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  fw_ui_test_add ("/ui/review-check/check-adds-corrections", test_check_adds_corrections);
  fw_ui_test_add ("/ui/review-check/update-preview-apply-undo", test_update_preview_apply_undo);

  return fw_ui_test_run ();
}
