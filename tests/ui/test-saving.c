/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <errno.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "fw-error.h"
#include "fw-formats.h"
#include "fw-ui-test.h"
#include "fw-window-private.h"
#include "fw-tooltip.h"
#include "fw-uuid.h"
#include "tests/fw-test-hooks.h"

#include "fw-ui-editor-util.h"

/* Saving --------------------------------------------------------------------------------- */

static void
test_save_and_reopen (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwWindow *reopened;
  g_autofree char *path = fw_ui_util_tmp_path ("saved.fwk");
  FwStatement *statement = fw_ui_util_statement_at (window, FW_LEVEL_ADVANCED, 0);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) again = NULL;
  GError *error;

  fw_ui_test_set_text_view (fw_ui_util_field_widget (window, statement, FW_STATEMENT_FIELD_BODY),
                            "lead imaging strategy — across sites.");
  g_assert_true (fw_ui_util_is_dirty (window));
  error = fw_ui_util_save_to (window, path, TRUE);
  g_assert_no_error (error);

  /* Saved: clean, bound to the file, the history kept. */
  g_assert_false (fw_ui_util_is_dirty (window));
  g_assert_false (g_str_has_prefix (fw_ui_util_shown_title (window), "•"));
  g_assert_true (fw_history_can_undo (fw_document_get_history (fw_window_get_document (window))));
  g_assert_nonnull (fw_window_get_file (window));
  saved = fw_ui_test_read_bytes (path);
  expected = fw_ui_test_document_bytes (fw_window_get_document (window));
  g_assert_true (g_bytes_equal (saved, expected));

  reopened = fw_ui_test_open_path (fw_ui_test_get_app (), path);
  g_assert_false (fw_ui_util_is_dirty (reopened));
  again = fw_ui_test_document_bytes (fw_window_get_document (reopened));
  g_assert_true (g_bytes_equal (again, saved));
  g_assert_cmpstr (fw_statement_get_body (fw_ui_util_statement_at (reopened, FW_LEVEL_ADVANCED, 0)), ==,
                   "lead imaging strategy — across sites.");
  g_assert_cmpstr (fw_statement_get_id (fw_ui_util_statement_at (reopened, FW_LEVEL_ADVANCED, 0)), ==,
                   fw_statement_get_id (statement));
  /* The first save gave the framework its identifier and recorded the change; both stay. */
  g_assert_true (fw_uuid_is_valid (fw_document_get_framework_id (fw_window_get_document (window))));
  g_assert_cmpstr (fw_document_get_framework_id (fw_window_get_document (reopened)), ==,
                   fw_document_get_framework_id (fw_window_get_document (window)));
  g_assert_cmpstr (fw_document_get_last_modified (fw_window_get_document (reopened)), !=, "");

  gtk_window_destroy (GTK_WINDOW (reopened));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_changed_on_disk (void)
{
  g_autofree char *path = NULL;
  FwWindow *window = fw_ui_util_open_sample_copy (&path);
  g_autoptr(GBytes) theirs = NULL;
  g_autoptr(GBytes) after = NULL;
  GError *error = NULL;
  const char *other = "{\"changed\": \"by another program\"}\n";

  /* Another program rewrites the file: the banner offers Reload or Keep mine. */
  fw_ui_test_iterate (20);
  g_file_set_contents (path, other, -1, &error);
  g_assert_no_error (error);
  g_assert_true (fw_ui_test_wait_until (fw_ui_util_banner_shown, window, 5000));

  /* Save does not silently overwrite it. */
  fw_ui_test_set_text_view (fw_ui_util_field_widget (window, fw_ui_util_statement_at (window, FW_LEVEL_EMERGING, 1),
                                                     FW_STATEMENT_FIELD_HEADLINE), "Patient positioning");
  error = fw_ui_util_save_to (window, NULL, FALSE);
  g_assert_error (error, FW_ERROR, FW_ERROR_CONFLICT);
  g_clear_error (&error);
  theirs = fw_ui_test_read_bytes (path);
  g_assert_cmpmem (g_bytes_get_data (theirs, NULL), g_bytes_get_size (theirs), other, strlen (other));
  g_assert_true (fw_ui_util_is_dirty (window));

  /* Keep mine: the next save replaces their version. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.keep-mine", NULL));
  g_assert_false (fw_ui_util_banner_shown (window));
  error = fw_ui_util_save_to (window, NULL, FALSE);
  g_assert_no_error (error);
  after = fw_ui_test_read_bytes (path);
  g_assert_true (g_strstr_len (g_bytes_get_data (after, NULL), g_bytes_get_size (after),
                               "Patient positioning") != NULL);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Saves through the window (Ctrl+S) and checks what the author sees after a failed save:
 * an error dialog naming @reason, the document still unsaved. Returns after closing it. */
static void
save_fails_visibly (FwWindow   *window,
                    const char *reason)
{
  AdwMessageDialog *dialog;
  const char *body;

  g_assert_true (fw_ui_util_is_dirty (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (fw_ui_test_wait_idle (window));
  dialog = fw_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Save the Framework");
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, "could not save"));
  g_assert_nonnull (strstr (body, reason));
  fw_ui_test_respond (dialog, "close");
  fw_ui_test_iterate (50);

  /* Still unsaved, in the model, the header bar and the close button's question. */
  g_assert_true (fw_ui_util_is_dirty (window));
  g_assert_true (g_str_has_prefix (fw_ui_util_shown_title (window), "•"));
  g_assert_true (fw_history_can_undo (fw_document_get_history (fw_window_get_document (window))));
}

/* A write that fails half-way (injected in the core's save: ENOSPC after writing). */
static void
test_failed_save_keeps_file (void)
{
  g_autofree char *path = NULL;
  FwWindow *window = fw_ui_util_open_sample_copy (&path);
  g_autoptr(GBytes) before = fw_ui_test_read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  GError *error;

  fw_ui_util_edit_a_body (window, "changed body.");
  g_setenv ("FW_FAULT_INJECT", "save-write", TRUE);
  error = fw_ui_util_save_to (window, NULL, FALSE);
  g_assert_error (error, FW_ERROR, FW_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "could not save"));
  g_clear_error (&error);
  save_fails_visibly (window, g_strerror (ENOSPC));
  g_unsetenv ("FW_FAULT_INJECT");

  after = fw_ui_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));

  /* Once the disk has room again, saving works and the document is clean. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (fw_ui_test_wait_idle (window));
  g_assert_false (fw_ui_util_is_dirty (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Opens a copy of the sample kept in @dir as a saved document. */
static FwWindow *
open_copy_in (const char  *dir,
              char       **path)
{
  g_autofree char *sample = fw_ui_test_sample_path ();
  g_autoptr(GBytes) bytes = fw_ui_test_read_bytes (sample);
  g_autoptr(GError) error = NULL;

  *path = g_build_filename (dir, "framework.fwk", NULL);
  g_file_set_contents (*path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return fw_ui_test_open_path (fw_ui_test_get_app (), *path);
}

static void
test_failed_save_read_only_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = fw_ui_test_mount_tmpfs (1024 * 1024, &error);
  g_autofree char *path = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  FwWindow *window;
  const char *reason;

  if (dir == NULL && getuid () == 0)
    {
      /* As root, permissions stop no write; only a read-only mount does. */
      g_autofree char *why = g_strdup_printf ("a read-only folder needs a mount: %s",
                                              error->message);

      g_test_skip (why);
      return;
    }
  if (dir == NULL)
    dir = fw_ui_test_tmpdir ();
  window = open_copy_in (dir, &path);
  before = fw_ui_test_read_bytes (path);
  fw_ui_util_edit_a_body (window, "saved into a read-only folder.");

  if (fw_ui_test_remount_read_only (dir, NULL))
    {
      reason = g_strerror (EROFS);
    }
  else
    {
      g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
      reason = g_strerror (EACCES);
    }
  save_fails_visibly (window, reason);
  after = fw_ui_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));

  g_chmod (dir, 0755);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_failed_save_parent_gone (void)
{
  g_autofree char *top = fw_ui_test_tmpdir ();
  g_autofree char *dir = g_build_filename (top, "frameworks", NULL);
  g_autofree char *path = NULL;
  FwWindow *window;

  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  window = open_copy_in (dir, &path);
  fw_ui_util_edit_a_body (window, "saved where the folder was.");

  /* Another program removes the folder, file and all. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  save_fails_visibly (window, g_strerror (ENOENT));
  /* Nothing was made up in its place. */
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Fills the file system of @dir up to the last byte. */
static void
fill_up (const char *dir)
{
  g_autofree char *filler = g_build_filename (dir, "filler", NULL);
  char block[4096] = { 0 };
  FILE *file = g_fopen (filler, "wb");

  g_assert_nonnull (file);
  while (fwrite (block, 1, sizeof block, file) == sizeof block && fflush (file) == 0)
    ;
  fclose (file);
}

static void
test_failed_save_disk_full (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = fw_ui_test_mount_tmpfs (256 * 1024, &error);
  g_autofree char *path = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  FwWindow *window;

  if (dir == NULL)
    {
      /* /ui/files/failed-save covers a full disk through the core's injected failure. */
      g_autofree char *why = g_strdup_printf ("a full file system needs a mount: %s",
                                              error->message);

      g_test_skip (why);
      return;
    }
  window = open_copy_in (dir, &path);
  before = fw_ui_test_read_bytes (path);
  fw_ui_util_edit_a_body (window, "saved onto a full disk.");
  fill_up (dir);

  save_fails_visibly (window, g_strerror (ENOSPC));
  after = fw_ui_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Saving over a file another program changed since it was opened asks first (Ctrl+S). */
static void
test_changed_on_disk_asks (void)
{
  g_autofree char *path = NULL;
  FwWindow *window = fw_ui_util_open_sample_copy (&path);
  g_autoptr(GBytes) theirs = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  const char *other = "{\"changed\": \"by another program, again\"}\n";

  fw_ui_test_iterate (20);
  fw_ui_util_edit_a_body (window, "mine.");
  g_file_set_contents (path, other, -1, &error);
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (fw_ui_test_wait_idle (window));
  dialog = fw_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "File Changed on Disk");
  g_assert_true (adw_message_dialog_has_response (dialog, "overwrite"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  fw_ui_test_respond (dialog, "cancel");
  fw_ui_test_iterate (50);
  theirs = fw_ui_test_read_bytes (path);
  g_assert_cmpmem (g_bytes_get_data (theirs, NULL), g_bytes_get_size (theirs), other,
                   strlen (other));
  g_assert_true (fw_ui_util_is_dirty (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Closing with unsaved changes ----------------------------------------------------------- */

static void
close_and_answer (FwWindow   *window,
                  const char *response)
{
  AdwMessageDialog *dialog;

  gtk_window_close (GTK_WINDOW (window));
  dialog = fw_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));
  fw_ui_test_respond (dialog, response);
}

static void
test_close_cancel (void)
{
  g_autofree char *path = NULL;
  FwWindow *window = fw_ui_util_open_sample_copy (&path);
  guint n_windows = fw_ui_test_count_windows ();
  g_autoptr(GBytes) before = fw_ui_test_read_bytes (path);
  g_autoptr(GBytes) after = NULL;

  fw_ui_test_set_text_view (fw_ui_util_field_widget (window, fw_ui_util_statement_at (window, FW_LEVEL_EMERGING, 0),
                                                     FW_STATEMENT_FIELD_HEADLINE), "Cancelled");
  close_and_answer (window, "cancel");
  fw_ui_test_iterate (100);
  g_assert_cmpuint (fw_ui_test_count_windows (), ==, n_windows);
  g_assert_true (fw_ui_util_is_dirty (window));
  after = fw_ui_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_close_discard (void)
{
  g_autofree char *path = NULL;
  FwWindow *window = fw_ui_util_open_sample_copy (&path);
  guint n_windows = fw_ui_test_count_windows ();
  g_autoptr(GBytes) before = fw_ui_test_read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *draft_path = NULL;

  fw_ui_test_set_text_view (fw_ui_util_field_widget (window, fw_ui_util_statement_at (window, FW_LEVEL_EMERGING, 0),
                                                     FW_STATEMENT_FIELD_HEADLINE), "Discarded");
  fw_window_autosave_now (window);
  fw_ui_test_iterate (200);
  g_assert_nonnull (fw_window_get_draft (window));
  draft_path = fw_draft_get_path (fw_window_get_draft (window));
  g_assert_true (g_file_test (draft_path, G_FILE_TEST_EXISTS));

  close_and_answer (window, "discard");
  g_assert_true (fw_ui_test_wait_until (fw_ui_util_window_gone, GUINT_TO_POINTER (n_windows - 1), 2000));
  after = fw_ui_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  /* Discarding also drops the draft: nothing is offered at the next start. */
  g_assert_false (g_file_test (draft_path, G_FILE_TEST_EXISTS));
}

static void
test_close_save (void)
{
  g_autofree char *path = NULL;
  FwWindow *window = fw_ui_util_open_sample_copy (&path);
  guint n_windows = fw_ui_test_count_windows ();
  g_autoptr(GBytes) after = NULL;

  fw_ui_test_set_text_view (fw_ui_util_field_widget (window, fw_ui_util_statement_at (window, FW_LEVEL_EMERGING, 0),
                                                     FW_STATEMENT_FIELD_HEADLINE), "Saved on close");
  close_and_answer (window, "save");
  g_assert_true (fw_ui_test_wait_until (fw_ui_util_window_gone, GUINT_TO_POINTER (n_windows - 1), 5000));
  after = fw_ui_test_read_bytes (path);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (after, NULL), g_bytes_get_size (after),
                                  "Saved on close"));
}

static void
test_close_clean_asks_nothing (void)
{
  g_autofree char *path = NULL;
  FwWindow *window = fw_ui_util_open_sample_copy (&path);
  guint n_windows = fw_ui_test_count_windows ();

  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (fw_ui_test_wait_until (fw_ui_util_window_gone, GUINT_TO_POINTER (n_windows - 1), 2000));
}

/* Drafts and crash recovery -------------------------------------------------------------- */

typedef struct
{
  char   *original_path;
  GBytes *draft_bytes;
  char   *headline;
  gboolean restored;
} RestoreCheck;

static gboolean
restored_window (gpointer data)
{
  FwApplication *app = data;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      if (FW_IS_WINDOW (l->data) && !fw_window_get_busy (l->data) &&
          fw_document_get_soc (fw_window_get_document (l->data))[0] != '\0')
        return TRUE;
    }
  return FALSE;
}

static void
restore_in_new_instance (FwApplication *app,
                         gpointer       data)
{
  RestoreCheck *check = data;
  AdwMessageDialog *dialog = fw_ui_test_find_dialog ();
  FwWindow *window = NULL;
  g_autoptr(GBytes) bytes = NULL;
  FwStatement *statement;

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Restore Unsaved Changes?");
  fw_ui_test_respond (dialog, "restore");
  g_assert_true (fw_ui_test_wait_until (restored_window, app, 5000));
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      if (FW_IS_WINDOW (l->data) && fw_document_get_soc (fw_window_get_document (l->data))[0])
        window = l->data;
    }
  g_assert_nonnull (window);

  /* The restored document: the draft's content, unsaved, bound to the original file. */
  bytes = fw_ui_test_document_bytes (fw_window_get_document (window));
  g_assert_true (g_bytes_equal (bytes, check->draft_bytes));
  statement = fw_ui_util_statement_at (window, FW_LEVEL_EMERGING, 0);
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, check->headline);
  g_assert_true (fw_ui_util_is_dirty (window));
  g_assert_true (g_str_has_prefix (fw_ui_util_shown_title (window), "•"));
  g_assert_nonnull (fw_window_get_file (window));
  {
    g_autofree char *bound = g_file_get_path (fw_window_get_file (window));

    g_assert_cmpstr (bound, ==, check->original_path);
  }
  g_assert_nonnull (fw_window_get_draft (window));
  check->restored = TRUE;
}

static gboolean
draft_written (gpointer data)
{
  RestoreCheck *check = data;
  g_autoptr(GPtrArray) drafts = NULL;
  FwWindow *window = g_object_get_data (G_OBJECT (fw_ui_test_get_app ()), "test-draft-window");
  g_autofree char *path = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (fw_window_get_draft (window) == NULL)
    return FALSE;
  path = fw_draft_get_path (fw_window_get_draft (window));
  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;
  if (strstr (contents, check->headline) == NULL)
    {
      g_free (contents);
      return FALSE;
    }
  g_clear_pointer (&check->draft_bytes, g_bytes_unref);
  check->draft_bytes = g_bytes_new_take (contents, length);
  return TRUE;
}

static void
test_draft_restore_after_crash (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  RestoreCheck check = { 0 };
  FwWindow *window = fw_ui_util_open_sample_copy (&check.original_path);
  g_autoptr(GBytes) original = fw_ui_test_read_bytes (check.original_path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GPtrArray) orphans = NULL;

  g_settings_set_uint (settings, "autosave-delay", 1);
  check.headline = g_strdup ("Recovered after a crash");
  fw_ui_test_set_text_view (fw_ui_util_field_widget (window, fw_ui_util_statement_at (window, FW_LEVEL_EMERGING, 0),
                                                     FW_STATEMENT_FIELD_HEADLINE), check.headline);
  g_object_set_data (G_OBJECT (fw_ui_test_get_app ()), "test-draft-window", window);
  /* The draft follows the idle delay on its own. */
  g_assert_true (fw_ui_test_wait_until (draft_written, &check, 5000));
  g_object_set_data (G_OBJECT (fw_ui_test_get_app ()), "test-draft-window", NULL);
  g_assert_cmpuint (fw_ui_test_count_windows (), >=, 1);

  /* The real file is not touched by autosave. */
  after = fw_ui_test_read_bytes (check.original_path);
  g_assert_true (g_bytes_equal (original, after));

  /* A crash: the window goes without any close handling, leaving its draft behind. */
  gtk_window_destroy (GTK_WINDOW (window));
  fw_ui_test_iterate (50);
  orphans = fw_drafts_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);

  fw_ui_test_run_second_instance (restore_in_new_instance, &check);
  g_assert_true (check.restored);

  g_settings_reset (settings, "autosave-delay");
  g_free (check.original_path);
  g_free (check.headline);
  g_bytes_unref (check.draft_bytes);
}

/* Export gate, opening ------------------------------------------------------------------- */

static void
test_export_gate (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwOverviewPage *page = FW_OVERVIEW_PAGE (fw_window_get_page (window, "overview"));
  g_autofree char *current_name = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *chooser;

  /* A broken SOC code is an error: exporting asks first. */
  gtk_editable_set_text (GTK_EDITABLE (fw_overview_page_get_field_widget (page, "soc")), "nope");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-nsx", NULL));
  dialog = fw_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Export With Errors?");
  g_assert_true (adw_message_dialog_has_response (dialog, "export"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "FW-"));
  fw_ui_test_respond (dialog, "cancel");
  g_assert_null (fw_ui_util_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, "Export NSX JSON"));

  /* "Export Anyway" goes on to choose where the export goes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-nsx", NULL));
  dialog = fw_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  fw_ui_test_respond (dialog, "export");
  chooser = fw_ui_util_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, "Export NSX JSON");
  g_assert_nonnull (chooser);
  current_name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (current_name, ==, "radiologic-technologists-and-technicians-nsx.json");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_import_opens_unsaved (void)
{
  g_autofree char *nsx = g_build_filename (g_getenv ("FW_SHARED_DIR"), "samples",
                                           "nsx-export-radiologic-technologists.json", NULL);
  FwWindow *window = fw_ui_test_open_path (fw_ui_test_get_app (), nsx);

  g_assert_cmpstr (fw_document_get_soc (fw_window_get_document (window)), ==, "29-2034.00");
  g_assert_null (fw_window_get_file (window));
  g_assert_true (fw_ui_util_is_dirty (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_open_error_is_shown (void)
{
  g_autofree char *path = fw_ui_util_tmp_path ("broken.fwk");
  FwWindow *window = fw_window_new (GTK_APPLICATION (fw_ui_test_get_app ()));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;

  g_file_set_contents (path, "{\"format\": ", -1, NULL);
  gtk_window_present (GTK_WINDOW (window));
  fw_window_open_file (window, file);
  g_assert_true (fw_ui_test_wait_idle (window));
  dialog = fw_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "broken.fwk"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "error"));
  fw_ui_test_respond (dialog, "close");
  g_assert_true (fw_window_is_untouched (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_drop_file_opens_it (void)
{
  g_autofree char *path = fw_ui_test_sample_path ();
  FwWindow *window = fw_window_new (GTK_APPLICATION (fw_ui_test_get_app ()));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GSList *files = g_slist_append (NULL, file);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  gtk_window_present (GTK_WINDOW (window));
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &accepted);
    }
  g_value_unset (&value);
  g_slist_free (files);
  g_assert_true (accepted);
  g_assert_true (fw_ui_test_wait_idle (window));
  /* The untouched window is reused for the dropped file. */
  g_assert_cmpstr (fw_document_get_soc (fw_window_get_document (window)), ==, "29-2034.00");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
pasted_window (gpointer data)
{
  FwWindow *window = data;

  return fw_document_get_soc (fw_window_get_document (window))[0] != '\0';
}

static void
test_paste_page (void)
{
  g_autofree char *page_path = g_build_filename (g_getenv ("FW_SHARED_DIR"), "samples",
                                                 "nsx-page-radiologic-technologists.txt", NULL);
  g_autofree char *text = NULL;
  FwWindow *window = fw_window_new (GTK_APPLICATION (fw_ui_test_get_app ()));

  g_assert_true (g_file_get_contents (page_path, &text, NULL, NULL));
  gtk_window_present (GTK_WINDOW (window));
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)), text);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste-page", NULL));
  g_assert_true (fw_ui_test_wait_until (pasted_window, window, 5000));
  g_assert_cmpstr (fw_document_get_soc (fw_window_get_document (window)), ==, "29-2034.00");
  g_assert_null (fw_window_get_file (window));
  g_assert_true (fw_ui_util_is_dirty (window));
  g_assert_cmpuint (fw_ui_util_n_statements (window, FW_LEVEL_EMERGING), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* Before any thread starts: the disk-failure tests mount small file systems of their own. */
  fw_ui_test_enter_mount_namespace ();
  fw_ui_test_init (&argc, &argv);

  fw_ui_test_add ("/ui/files/save-reopen", test_save_and_reopen);
  fw_ui_test_add ("/ui/files/changed-on-disk", test_changed_on_disk);
  fw_ui_test_add ("/ui/files/failed-save", FW_TEST_NEEDS_HOOKS (test_failed_save_keeps_file));
  fw_ui_test_add ("/ui/files/failed-save-read-only", test_failed_save_read_only_folder);
  fw_ui_test_add ("/ui/files/failed-save-parent-gone", test_failed_save_parent_gone);
  fw_ui_test_add ("/ui/files/failed-save-disk-full", test_failed_save_disk_full);
  fw_ui_test_add ("/ui/files/changed-on-disk-asks", test_changed_on_disk_asks);
  fw_ui_test_add ("/ui/files/import-unsaved", test_import_opens_unsaved);
  fw_ui_test_add ("/ui/files/open-error", test_open_error_is_shown);
  fw_ui_test_add ("/ui/files/drop-file", test_drop_file_opens_it);
  fw_ui_test_add ("/ui/files/paste-page", test_paste_page);
  fw_ui_test_add ("/ui/files/export-gate", test_export_gate);
  fw_ui_test_add ("/ui/close/cancel", test_close_cancel);
  fw_ui_test_add ("/ui/close/discard", test_close_discard);
  fw_ui_test_add ("/ui/close/save", test_close_save);
  fw_ui_test_add ("/ui/close/clean", test_close_clean_asks_nothing);
  fw_ui_test_add ("/ui/drafts/restore-after-crash", test_draft_restore_after_crash);

  return fw_ui_test_run ();
}
