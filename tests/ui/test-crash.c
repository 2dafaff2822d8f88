/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <unistd.h>

#include <glib/gstdio.h>

#include "fw-formats.h"
#include "fw-ui-test.h"
#include "fw-window-private.h"

/*
 * A kill during editing. A child process (this program again, with FW_CRASH_CHILD_FILE set)
 * opens a copy of the sample, makes edits of several kinds through the real widgets and
 * actions, waits longer than the autosave delay, says "ready" and waits to be killed. The
 * test sends it SIGKILL, then starts the application again with the same data folder: it
 * must offer the draft, and the restored document must hold every edit, unsaved.
 */

#define EDITED_HEADLINE "Radiation safety under supervision"
#define ADDED_HEADLINE  "Contrast reactions"
#define ADDED_BODY      "recognise the signs of a contrast reaction and call for help."
#define EDITED_TITLE    "Radiographers"
/* Beyond the autosave delay (2 s by default), with room for a busy machine. */
#define WAIT_AFTER_EDITS_MS 4500

/* The child: edits, then waits to be killed ----------------------------------------------- */

static FwStatement *
statement_at (FwDocument *document,
              FwLevelKey  key,
              guint       position)
{
  GListModel *store = G_LIST_MODEL (fw_level_get_statements (fw_document_get_level (document,
                                                                                      key)));
  g_autoptr(FwStatement) statement = g_list_model_get_item (store, position);

  g_assert_nonnull (statement);
  /* The store keeps it alive. */
  return statement;
}

static GtkWidget *
field_widget (FwWindow         *window,
              FwStatement      *statement,
              FwStatementField  field)
{
  GtkWidget *row = fw_ui_test_find_row (window, statement);

  g_assert_nonnull (row);
  return fw_statement_row_get_field_widget (FW_STATEMENT_ROW (row), field);
}

/* Writes what the parent checks: the edited statements' ids and the document's bytes. */
static void
write_expectations (FwDocument  *document,
                    const char  *headline_id,
                    const char  *added_id,
                    const char  *moved_id)
{
  const char *out = g_getenv ("FW_CRASH_CHILD_OUT");
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *keys_path = g_build_filename (out, "edits.ini", NULL);
  g_autofree char *bytes_path = g_build_filename (out, "expected.fwk", NULL);
  g_autoptr(GBytes) bytes = fw_ui_test_document_bytes (document);
  g_autoptr(GError) error = NULL;

  g_key_file_set_string (keys, "edits", "headline-id", headline_id);
  g_key_file_set_string (keys, "edits", "added-id", added_id);
  g_key_file_set_string (keys, "edits", "moved-id", moved_id);
  g_key_file_save_to_file (keys, keys_path, &error);
  g_assert_no_error (error);
  g_file_set_contents (bytes_path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                       &error);
  g_assert_no_error (error);
}

static void
edit_and_wait (FwApplication *app,
               gpointer       data)
{
  FwWindow *window = fw_ui_test_open_path (app, g_getenv ("FW_CRASH_CHILD_FILE"));
  FwDocument *document = fw_window_get_document (window);
  FwLevelsPage *levels = FW_LEVELS_PAGE (fw_window_get_page (window, "levels"));
  FwOverviewPage *overview = FW_OVERVIEW_PAGE (fw_window_get_page (window, "overview"));
  FwStatement *edited = statement_at (document, FW_LEVEL_EMERGING, 0);
  FwStatement *moved = statement_at (document, FW_LEVEL_DEVELOPING, 1);
  FwStatement *added;
  GtkWidget *headline;

  fw_ui_test_child_watch_parent ();
  fw_window_show_section (window, "levels");

  /* A headline typed in its row. */
  fw_ui_test_set_text_view (field_widget (window, edited, FW_STATEMENT_FIELD_HEADLINE),
                            EDITED_HEADLINE);

  /* A statement added after the fourth Proficient one (Ctrl+Enter), then typed in. */
  g_assert_true (fw_levels_page_select_statement (levels,
                                                  statement_at (document, FW_LEVEL_PROFICIENT, 3),
                                                  FW_STATEMENT_FIELD_NONE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (levels), "statement.add-after", NULL));
  added = statement_at (document, FW_LEVEL_PROFICIENT, 4);
  headline = field_widget (window, added, FW_STATEMENT_FIELD_HEADLINE);
  g_assert_true (gtk_widget_has_focus (headline));
  fw_ui_test_set_text_view (headline, ADDED_HEADLINE);
  fw_ui_test_set_text_view (field_widget (window, added, FW_STATEMENT_FIELD_BODY), ADDED_BODY);

  /* A move down within its level (Alt+Down). */
  g_assert_true (fw_levels_page_select_statement (levels, moved, FW_STATEMENT_FIELD_HEADLINE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (levels), "statement.move-down", NULL));

  /* An occupation field on the Overview. */
  fw_window_show_section (window, "overview");
  gtk_editable_set_text (GTK_EDITABLE (fw_overview_page_get_field_widget (overview, "title")),
                         EDITED_TITLE);
  g_assert_cmpstr (fw_document_get_title (document), ==, EDITED_TITLE);
  g_assert_true (fw_history_get_dirty (fw_document_get_history (document)));

  write_expectations (document, fw_statement_get_id (edited), fw_statement_get_id (added),
                      fw_statement_get_id (moved));
  /* Autosave is left to its own idle timer: nothing here asks for a draft. */
  fw_ui_test_child_ready_after (WAIT_AFTER_EDITS_MS);
}

/* The test: kill, restart, restore -------------------------------------------------------- */

typedef struct
{
  char     *copy_path;
  GBytes   *expected;
  GKeyFile *edits;
  gboolean  restored;
} CrashCheck;

static FwWindow *
window_with_document (FwApplication *app)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      if (FW_IS_WINDOW (l->data) && !fw_window_get_busy (l->data) &&
          fw_document_get_soc (fw_window_get_document (l->data))[0] != '\0')
        return l->data;
    }
  return NULL;
}

static gboolean
restored (gpointer data)
{
  return window_with_document (data) != NULL;
}

static FwStatement *
find_statement (FwDocument       *document,
                GKeyFile         *edits,
                const char       *key,
                FwStatementPlace *place)
{
  g_autofree char *id = g_key_file_get_string (edits, "edits", key, NULL);

  g_assert_nonnull (id);
  return fw_document_find_statement (document, id, place);
}

static void
check_restored (FwApplication *app,
                gpointer       data)
{
  CrashCheck *check = data;
  AdwMessageDialog *dialog = fw_ui_test_find_dialog ();
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *bound = NULL;
  FwStatementPlace place;
  FwStatement *statement;
  FwWindow *window;
  FwDocument *document;

  /* The new start offers the draft. */
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Restore Unsaved Changes?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), EDITED_TITLE));
  fw_ui_test_respond (dialog, "restore");
  g_assert_true (fw_ui_test_wait_until (restored, app, 10000));
  window = window_with_document (app);
  document = fw_window_get_document (window);

  /* Every edit is there. */
  statement = find_statement (document, check->edits, "headline-id", &place);
  g_assert_nonnull (statement);
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, EDITED_HEADLINE);
  g_assert_cmpint (place.section, ==, FW_SECTION_LEVELS);
  g_assert_cmpint (place.level, ==, FW_LEVEL_EMERGING);
  g_assert_cmpuint (place.position, ==, 0);

  statement = find_statement (document, check->edits, "added-id", &place);
  g_assert_nonnull (statement);
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, ADDED_HEADLINE);
  g_assert_cmpstr (fw_statement_get_body (statement), ==, ADDED_BODY);
  g_assert_cmpint (place.level, ==, FW_LEVEL_PROFICIENT);
  g_assert_cmpuint (place.position, ==, 4);

  statement = find_statement (document, check->edits, "moved-id", &place);
  g_assert_nonnull (statement);
  g_assert_cmpint (place.level, ==, FW_LEVEL_DEVELOPING);
  g_assert_cmpuint (place.position, ==, 2);

  g_assert_cmpstr (fw_document_get_title (document), ==, EDITED_TITLE);

  /* And nothing else: the document is the one the killed process had. */
  bytes = fw_ui_test_document_bytes (document);
  g_assert_true (g_bytes_equal (bytes, check->expected));

  /* Restored as unsaved, bound to the file it came from, its rows shown. */
  g_assert_true (fw_history_get_dirty (fw_document_get_history (document)));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), EDITED_TITLE));
  g_assert_nonnull (fw_window_get_file (window));
  bound = g_file_get_path (fw_window_get_file (window));
  g_assert_cmpstr (bound, ==, check->copy_path);
  g_assert_nonnull (fw_ui_test_find_row (window, statement));
  check->restored = TRUE;
}

static void
test_kill_then_restore (void)
{
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autofree char *sample = fw_ui_test_sample_path ();
  g_autofree char *edits_path = g_build_filename (dir, "edits.ini", NULL);
  g_autofree char *expected_path = g_build_filename (dir, "expected.fwk", NULL);
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GError) error = NULL;
  CrashCheck check = { 0 };

  check.copy_path = g_build_filename (dir, "framework.fwk", NULL);
  original = fw_ui_test_read_bytes (sample);
  fw_ui_test_write_bytes (check.copy_path, original);

  /* The child dies after its edits, older than the autosave delay, with nothing saved. */
  fw_ui_test_kill_child_when_ready ("FW_CRASH_CHILD_FILE", check.copy_path,
                                    "FW_CRASH_CHILD_OUT", dir, NULL);

  /* The real file was never written; the draft is left behind with nobody owning it. */
  after = fw_ui_test_read_bytes (check.copy_path);
  g_assert_true (g_bytes_equal (after, original));
  orphans = fw_drafts_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);

  check.expected = fw_ui_test_read_bytes (expected_path);
  check.edits = g_key_file_new ();
  g_key_file_load_from_file (check.edits, edits_path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);

  fw_ui_test_run_second_instance (check_restored, &check);
  g_assert_true (check.restored);

  g_free (check.copy_path);
  g_bytes_unref (check.expected);
  g_key_file_unref (check.edits);
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  if (g_getenv ("FW_CRASH_CHILD_FILE") != NULL)
    {
      fw_ui_test_run_second_instance (edit_and_wait, NULL);
      return 1;
    }

  fw_ui_test_add ("/ui/crash/kill-then-restore", test_kill_then_restore);

  return fw_ui_test_run ();
}
