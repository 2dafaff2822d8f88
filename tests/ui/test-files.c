/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

/*
 * Files as the author meets them: Save As and Export never replace an existing file
 * without asking, and a draft whose window is alive stays its own while one whose window
 * is gone can be recovered, whatever process id its lock file names.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "fw-formats.h"
#include "fw-lock-file.h"
#include "fw-ui-test.h"

#define KEEP_ME "keep me\n"

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

static char *
file_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
assert_file_holds (const char *path,
                   const char *expected)
{
  g_autofree char *contents = file_text (path);

  g_assert_cmpstr (contents, ==, expected);
}

/* A window on a private copy of the sample, in a folder of its own. */
static FwWindow *
open_sample_copy (char **dir)
{
  g_autofree char *sample = fw_ui_test_sample_path ();
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = NULL;

  /* As .fwk whatever the sample is, so that the window is bound to the copy. */
  document = fw_format_read_file (sample, FW_FORMAT_AUTO, NULL, &error);
  g_assert_no_error (error);
  *dir = fw_ui_test_tmpdir ();
  copy = g_build_filename (*dir, "sample.fwk", NULL);
  g_assert_true (fw_format_save (document, copy, FW_FORMAT_FWK, NULL, &error));
  g_assert_no_error (error);
  return fw_ui_test_open_path (fw_ui_test_get_app (), copy);
}

/* Types @name in the chooser titled @title, in @dir, and accepts, as the author would. */
static gboolean
chooser_closed (gpointer data)
{
  return find_chooser (data) == NULL;
}

/*
 * Types @name in the chooser titled @title, as the author would, and accepts. The name goes
 * with its folder (@dir), as one may type it: the chooser otherwise starts in the folder of
 * the window's file, which GTK may not have settled on yet.
 */
static void
choose_name (FwWindow   *window,
             const char *action,
             const char *title,
             const char *dir,
             const char *name)
{
  g_autofree char *typed = g_build_filename (dir, name, NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GFile) chosen = NULL;
  GtkWidget *chooser;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  chooser = find_chooser (title);
  g_assert_nonnull (chooser);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), typed);
  /* The chooser hands over exactly what was typed: no extension is added yet. */
  chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_assert_nonnull (chosen);
  g_assert_cmpstr (g_file_peek_path (chosen), ==, typed);
  /* The chooser checks the name in the background before it answers. */
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  g_assert_true (fw_ui_test_wait_until (chooser_closed, (gpointer) title, 5000));
}

static AdwMessageDialog *
expect_replace_question (const char *heading)
{
  AdwMessageDialog *dialog = fw_ui_test_find_dialog ();

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  g_assert_true (adw_message_dialog_has_response (dialog, "replace"));
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  return dialog;
}

/* Save As -------------------------------------------------------------------------------- */

/* "plan" is typed; "plan.fwk" exists: that is the file the save would replace. */
static void
test_save_as_asks_before_replacing (void)
{
  g_autofree char *dir = NULL;
  FwWindow *window = open_sample_copy (&dir);
  g_autofree char *plan = g_build_filename (dir, "plan.fwk", NULL);
  g_autofree char *saved = NULL;
  g_autoptr(GFile) original = g_object_ref (fw_window_get_file (window));
  g_autoptr(FwDocument) reread = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (plan, KEEP_ME, -1, NULL));

  /* Cancelled: nothing is written, the window stays bound to its own file. */
  choose_name (window, "win.save-as", "Save Framework As", dir, "plan");
  dialog = expect_replace_question ("Replace “plan.fwk”?");
  fw_ui_test_iterate (300);
  assert_file_holds (plan, KEEP_ME);
  fw_ui_test_respond (dialog, "cancel");
  g_assert_true (fw_ui_test_wait_idle (window));
  fw_ui_test_iterate (300);
  assert_file_holds (plan, KEEP_ME);
  g_assert_true (g_file_equal (fw_window_get_file (window), original));

  /* Confirmed: the framework replaces it, and the window is now bound to it. */
  choose_name (window, "win.save-as", "Save Framework As", dir, "plan");
  dialog = expect_replace_question ("Replace “plan.fwk”?");
  assert_file_holds (plan, KEEP_ME);
  fw_ui_test_respond (dialog, "replace");
  g_assert_true (fw_ui_test_wait_idle (window));
  saved = file_text (plan);
  g_assert_cmpstr (saved, !=, KEEP_ME);
  reread = fw_format_read_file (plan, FW_FORMAT_FWK, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fw_document_get_soc (reread), ==,
                   fw_document_get_soc (fw_window_get_document (window)));
  g_assert_nonnull (fw_window_get_file (window));
  g_assert_true (g_str_has_suffix (g_file_peek_path (fw_window_get_file (window)), "/plan.fwk"));
  g_assert_false (fw_history_get_dirty (fw_document_get_history (fw_window_get_document (window))));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A name nothing answers to is written without a question. */
static void
test_save_as_new_name_asks_nothing (void)
{
  g_autofree char *dir = NULL;
  FwWindow *window = open_sample_copy (&dir);
  g_autofree char *fresh = g_build_filename (dir, "fresh.fwk", NULL);
  AdwMessageDialog *dialog;

  choose_name (window, "win.save-as", "Save Framework As", dir, "fresh");
  g_assert_true (fw_ui_test_wait_idle (window));
  dialog = fw_ui_test_find_dialog ();
  g_assert_null (dialog);
  g_assert_true (g_file_test (fresh, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_str_has_suffix (g_file_peek_path (fw_window_get_file (window)), "/fresh.fwk"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Export --------------------------------------------------------------------------------- */

static gboolean
file_is_not (gpointer data)
{
  const char **args = data;
  g_autofree char *contents = NULL;

  return g_file_get_contents (args[0], &contents, NULL, NULL) && g_strcmp0 (contents, args[1]) != 0;
}

static void
test_export_asks_before_replacing (void)
{
  g_autofree char *dir = NULL;
  FwWindow *window = open_sample_copy (&dir);
  g_autofree char *plan = g_build_filename (dir, "plan.json", NULL);
  const char *args[2] = { plan, KEEP_ME };
  g_autoptr(FwDocument) reread = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  g_assert_cmpuint (fw_validator_get_n_errors (fw_window_get_validator (window)), ==, 0);
  g_assert_true (g_file_set_contents (plan, KEEP_ME, -1, NULL));

  choose_name (window, "win.export-nsx", "Export NSX JSON", dir, "plan");
  dialog = expect_replace_question ("Replace “plan.json”?");
  fw_ui_test_iterate (300);
  assert_file_holds (plan, KEEP_ME);
  fw_ui_test_respond (dialog, "cancel");
  fw_ui_test_iterate (300);
  assert_file_holds (plan, KEEP_ME);

  choose_name (window, "win.export-nsx", "Export NSX JSON", dir, "plan");
  dialog = expect_replace_question ("Replace “plan.json”?");
  assert_file_holds (plan, KEEP_ME);
  fw_ui_test_respond (dialog, "replace");
  g_assert_true (fw_ui_test_wait_until (file_is_not, args, 5000));
  g_assert_true (fw_ui_test_wait_idle (window));
  reread = fw_format_read_file (plan, FW_FORMAT_NSX_JSON, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fw_document_get_soc (reread), ==,
                   fw_document_get_soc (fw_window_get_document (window)));
  /* An export leaves the window bound to its own file. */
  g_assert_true (g_str_has_suffix (g_file_peek_path (fw_window_get_file (window)), "/sample.fwk"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Draft locks ---------------------------------------------------------------------------- */

static gboolean
is_orphan (const char *id)
{
  g_autoptr(GPtrArray) orphans = fw_drafts_find_orphans ();

  for (guint i = 0; i < orphans->len; i++)
    {
      FwDraftInfo *info = g_ptr_array_index (orphans, i);

      if (g_str_equal (info->id, id))
        return TRUE;
    }
  return FALSE;
}

static char *
lock_path (const char *id)
{
  g_autofree char *dir = fw_drafts_get_directory ();
  g_autofree char *name = g_strconcat (id, ".lock", NULL);

  return g_build_filename (dir, name, NULL);
}

static void
assert_recoverable (const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDraft) adopted = NULL;

  g_assert_true (is_orphan (id));
  adopted = fw_draft_adopt (id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (adopted);
  /* Adopted, it is nobody's orphan any more. */
  g_assert_false (is_orphan (id));
}

static void
test_draft_lock_follows_holder (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{}", 2);
  g_autofree char *id = NULL;
  g_autofree char *lock = NULL;
  FwDraft *draft = fw_draft_new (FW_DRAFT_FRAMEWORK, &error);
  FwLockFile *holder;

  g_assert_no_error (error);
  g_assert_true (fw_draft_write (draft, bytes, "Plan", NULL, NULL, &error));
  id = g_strdup (fw_draft_get_id (draft));
  lock = lock_path (id);

  /* Its window holds it: not offered, not to be taken, not to be deleted. */
  g_assert_false (is_orphan (id));
  g_assert_null (fw_draft_adopt (id, &error));
  g_clear_error (&error);
  g_assert_false (fw_drafts_delete_orphan (id, &error));
  g_clear_error (&error);
  g_object_unref (draft);
  g_assert_true (is_orphan (id));

  /* Another holder of the lock (another open file, as another process has) blocks it too. */
  holder = fw_lock_file_acquire (lock, &error);
  g_assert_no_error (error);
  g_assert_false (is_orphan (id));
  g_assert_null (fw_draft_adopt (id, &error));
  g_clear_error (&error);
  fw_lock_file_release (holder, FALSE);
  assert_recoverable (id);

  /* A lock file left behind naming a live process (here: init) blocks nothing. */
  g_assert_true (g_file_set_contents (lock, "1\n", -1, &error));
  assert_recoverable (id);

  g_assert_true (fw_drafts_delete_orphan (id, &error));
  g_assert_no_error (error);
  g_assert_false (is_orphan (id));
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  fw_ui_test_add ("/ui/files/save-as-asks-before-replacing",
                  test_save_as_asks_before_replacing);
  fw_ui_test_add ("/ui/files/save-as-new-name", test_save_as_new_name_asks_nothing);
  fw_ui_test_add ("/ui/files/export-asks-before-replacing",
                  test_export_asks_before_replacing);
  fw_ui_test_add ("/ui/drafts/lock-follows-holder", test_draft_lock_follows_holder);

  return fw_ui_test_run ();
}
