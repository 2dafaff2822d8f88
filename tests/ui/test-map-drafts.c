/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

/*
 * Drafts and crash recovery of curriculum maps, as frameworks have them. A child process (this
 * program again, with FW_MAP_CRASH_CHILD set) opens a copy of the radiography map, cycles a
 * cell from the keyboard, waits past the autosave delay, says "ready" and is killed. The next
 * start offers the draft; put off, it is offered again when the map is opened; restored, the
 * map holds the edit, unsaved, bound to its file, and saving it drops the draft. In one
 * process: saving, undoing back and discarding on close drop the draft too, and a map never
 * saved comes back against its framework.
 */

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "fw-drafts.h"
#include "fw-formats.h"
#include "fw-map-file.h"
#include "fw-map-window.h"
#include "fw-ui-test.h"

/* Beyond the autosave delay (2 s by default), with room for a busy machine. */
#define WAIT_AFTER_EDIT_MS 4500
#define PROGRAM_NAME "Radiography AAS"

/* Helpers -------------------------------------------------------------------------------- */

static FwMapWindow *
find_map_window (FwApplication *app)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      if (FW_IS_MAP_WINDOW (l->data))
        return l->data;
    }
  return NULL;
}

static FwMapWindow *
open_map (FwApplication *app,
          const char    *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  FwMapWindow *window;

  fw_application_open_file (app, file, NULL);
  window = find_map_window (app);
  g_assert_nonnull (window);
  g_assert_nonnull (fw_map_window_get_framework (window));
  fw_ui_test_iterate (200);
  return window;
}

/* A key press as the matrix's key controller receives it. */
static gboolean
press (FwMapMatrixView *matrix,
       guint            keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (matrix));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  return handled;
}

/* Puts the cursor on the first cell that Space cycles directly, and cycles it. */
static void
cycle_a_cell (FwMapWindow *window,
              guint       *out_row,
              guint       *out_column)
{
  FwMapMatrixView *matrix = fw_map_window_get_matrix (window);
  FwMap *map = fw_map_window_get_map (window);
  guint n_mappings = g_list_model_get_n_items (G_LIST_MODEL (fw_map_get_mappings (map)));

  gtk_widget_grab_focus (GTK_WIDGET (matrix));
  for (guint row = 0; row < fw_map_matrix_view_get_n_rows (matrix); row++)
    for (guint column = 0; column < fw_map_matrix_view_get_n_columns (matrix); column++)
      {
        if (fw_map_matrix_view_row_is_header (matrix, row) ||
            fw_map_matrix_view_get_depth (matrix, row, column) != FW_DEPTH_NONE)
          continue;
        fw_map_matrix_view_set_cursor (matrix, row, column);
        g_assert_true (press (matrix, GDK_KEY_space));
        if (fw_map_matrix_view_get_depth (matrix, row, column) != FW_DEPTH_INTRODUCED)
          {
            /* Several outcomes: the popover opened instead. */
            gtk_popover_popdown (fw_map_matrix_view_get_popover (matrix));
            continue;
          }
        g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_map_get_mappings (map))),
                          ==, n_mappings + 1);
        *out_row = row;
        *out_column = column;
        return;
      }
  g_assert_not_reached ();
}

static gboolean
draft_on_disk (gpointer data)
{
  FwMapWindow *window = data;
  g_autofree char *path = NULL;

  if (fw_map_window_get_draft (window) == NULL)
    return FALSE;
  path = fw_draft_get_path (fw_map_window_get_draft (window));
  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

static guint
count_orphans (void)
{
  g_autoptr(GPtrArray) orphans = fw_drafts_find_orphans ();

  return orphans->len;
}

static gboolean
map_window_gone (gpointer data)
{
  return find_map_window (data) == NULL;
}

/* The child: edits, then waits to be killed ----------------------------------------------- */

static void
edit_and_wait (FwApplication *app,
               gpointer       data)
{
  g_autofree char *expected = g_build_filename (g_getenv ("FW_MAP_CRASH_OUT"), "expected.fwmap",
                                                NULL);
  g_autoptr(GBytes) bytes = NULL;
  FwMapWindow *window;
  guint row, column;

  fw_ui_test_child_watch_parent ();
  window = open_map (app, g_getenv ("FW_MAP_CRASH_CHILD"));
  cycle_a_cell (window, &row, &column);
  g_assert_true (fw_history_get_dirty (fw_map_get_history (fw_map_window_get_map (window))));
  bytes = fw_map_write (fw_map_window_get_map (window));
  fw_ui_test_write_bytes (expected, bytes);
  /* Autosave is left to its own timer: nothing here asks for a draft. */
  fw_ui_test_child_ready_after (WAIT_AFTER_EDIT_MS);
}

/* The test: kill, restart, restore -------------------------------------------------------- */

typedef struct
{
  char     *map_path;
  GBytes   *expected;
  gboolean  restored;
} CrashCheck;

static gboolean
restored_map (gpointer data)
{
  FwMapWindow *window = find_map_window (data);

  return window != NULL && fw_map_window_get_draft (window) != NULL;
}

static void
check_restored (FwApplication *app,
                gpointer       data)
{
  CrashCheck *check = data;
  AdwMessageDialog *dialog = fw_ui_test_find_dialog ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autofree char *draft_path = NULL;
  FwMapWindow *window;
  FwMap *map;

  /* The new start offers the map's draft; put off, nothing is restored. */
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Restore Unsaved Changes?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "curriculum map “" PROGRAM_NAME "”"));
  fw_ui_test_respond (dialog, "later");
  fw_ui_test_iterate (100);
  g_assert_null (find_map_window (app));

  /* Opening the map offers it again, and it goes back into that window. */
  window = open_map (app, check->map_path);
  g_assert_false (fw_history_get_dirty (fw_map_get_history (fw_map_window_get_map (window))));
  dialog = fw_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), PROGRAM_NAME));
  fw_ui_test_respond (dialog, "restore");
  g_assert_true (fw_ui_test_wait_until (restored_map, app, 5000));
  g_assert_true (find_map_window (app) == window);
  map = fw_map_window_get_map (window);

  /* The map is the one the killed process had, unsaved, bound to its file. */
  bytes = fw_map_write (map);
  g_assert_true (g_bytes_equal (bytes, check->expected));
  g_assert_true (fw_history_get_dirty (fw_map_get_history (map)));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));
  g_assert_nonnull (fw_map_window_get_file (window));
  g_assert_cmpstr (g_file_peek_path (fw_map_window_get_file (window)), ==, check->map_path);
  g_assert_nonnull (fw_map_window_get_framework (window));
  g_assert_cmpuint (count_orphans (), ==, 0);

  /* Saving writes the edit to the file and drops the draft. */
  draft_path = fw_draft_get_path (fw_map_window_get_draft (window));
  g_assert_true (g_file_test (draft_path, G_FILE_TEST_EXISTS));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_false (fw_history_get_dirty (fw_map_get_history (map)));
  saved = fw_ui_test_read_bytes (check->map_path);
  g_assert_true (g_bytes_equal (saved, check->expected));
  g_assert_null (fw_map_window_get_draft (window));
  g_assert_false (g_file_test (draft_path, G_FILE_TEST_EXISTS));
  check->restored = TRUE;
}

static void
test_kill_then_restore (void)
{
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autofree char *expected_path = g_build_filename (dir, "expected.fwmap", NULL);
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  CrashCheck check = { 0 };
  FwDraftInfo *info;

  check.map_path = fw_ui_test_copy_map (dir);
  original = fw_ui_test_read_bytes (check.map_path);

  /* The child dies after its edit, older than the autosave delay, with nothing saved. */
  fw_ui_test_kill_child_when_ready ("FW_MAP_CRASH_CHILD", check.map_path,
                                    "FW_MAP_CRASH_OUT", dir, NULL);

  /* The real file was never written; the map's draft is left behind, nobody's. */
  after = fw_ui_test_read_bytes (check.map_path);
  g_assert_true (g_bytes_equal (after, original));
  orphans = fw_drafts_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);
  info = g_ptr_array_index (orphans, 0);
  g_assert_cmpint (info->kind, ==, FW_DRAFT_MAP);
  g_assert_cmpstr (info->title, ==, PROGRAM_NAME);
  g_assert_cmpstr (info->original_path, ==, check.map_path);

  check.expected = fw_ui_test_read_bytes (expected_path);
  g_assert_false (g_bytes_equal (check.expected, original));
  fw_ui_test_run_second_instance (check_restored, &check);
  g_assert_true (check.restored);
  g_assert_cmpuint (count_orphans (), ==, 0);

  g_free (check.map_path);
  g_bytes_unref (check.expected);
}

/* In one process ------------------------------------------------------------------------- */

static void
test_save_undo_discard_drop_draft (void)
{
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autofree char *path = fw_ui_test_copy_map (dir);
  FwApplication *app = fw_ui_test_get_app ();
  FwMapWindow *window = open_map (app, path);
  FwHistory *history = fw_map_get_history (fw_map_window_get_map (window));
  g_autoptr(GBytes) before = fw_ui_test_read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *draft = NULL;
  AdwMessageDialog *dialog;
  guint row, column;

  /* An edit is autosaved to a draft, never to the file. */
  cycle_a_cell (window, &row, &column);
  fw_map_window_autosave_now (window);
  g_assert_true (fw_ui_test_wait_until (draft_on_disk, window, 5000));
  draft = fw_draft_get_path (fw_map_window_get_draft (window));
  g_assert_true (g_str_has_suffix (draft, ".fwmap"));
  after = fw_ui_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_clear_pointer (&after, g_bytes_unref);

  /* Undone back to the saved state: nothing worth keeping. */
  fw_history_undo (history);
  g_assert_false (fw_history_get_dirty (history));
  g_assert_null (fw_map_window_get_draft (window));
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  g_clear_pointer (&draft, g_free);

  /* Saved: the draft goes. */
  cycle_a_cell (window, &row, &column);
  fw_map_window_autosave_now (window);
  g_assert_true (fw_ui_test_wait_until (draft_on_disk, window, 5000));
  draft = fw_draft_get_path (fw_map_window_get_draft (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  g_assert_null (fw_map_window_get_draft (window));
  g_clear_pointer (&draft, g_free);

  /* Closing with unsaved changes asks; "Discard" drops the draft and leaves the file. */
  after = fw_ui_test_read_bytes (path);
  fw_history_undo (history);
  fw_map_window_autosave_now (window);
  g_assert_true (fw_ui_test_wait_until (draft_on_disk, window, 5000));
  draft = fw_draft_get_path (fw_map_window_get_draft (window));
  gtk_window_close (GTK_WINDOW (window));
  dialog = fw_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  fw_ui_test_respond (dialog, "discard");
  g_assert_true (fw_ui_test_wait_until (map_window_gone, app, 2000));
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_orphans (), ==, 0);
  {
    g_autoptr(GBytes) final = fw_ui_test_read_bytes (path);

    g_assert_true (g_bytes_equal (final, after));
  }
}

typedef struct
{
  GBytes   *expected;
  char     *framework_path;
  gboolean  restored;
} NewMapCheck;

static void
check_new_map_restored (FwApplication *app,
                        gpointer       data)
{
  NewMapCheck *check = data;
  AdwMessageDialog *dialog = fw_ui_test_find_dialog ();
  g_autoptr(GBytes) bytes = NULL;
  FwMapWindow *window;

  g_assert_nonnull (dialog);
  fw_ui_test_respond (dialog, "restore");
  g_assert_true (fw_ui_test_wait_until (restored_map, app, 5000));
  window = find_map_window (app);
  bytes = fw_map_write (fw_map_window_get_map (window));
  g_assert_true (g_bytes_equal (bytes, check->expected));
  /* Still a new map, shown against the framework it was made for. */
  g_assert_null (fw_map_window_get_file (window));
  g_assert_nonnull (fw_map_window_get_framework (window));
  g_assert_cmpuint (fw_map_matrix_view_get_n_columns (fw_map_window_get_matrix (window)), ==, 10);
  g_assert_true (fw_history_get_dirty (fw_map_get_history (fw_map_window_get_map (window))));
  check->restored = TRUE;
}

static void
test_new_map_restored (void)
{
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autofree char *path = fw_ui_test_copy_map (dir);
  g_autofree char *framework_path = g_build_filename (dir, "radiologic-technologists.fwk", NULL);
  g_autoptr(GFile) framework_file = g_file_new_for_path (framework_path);
  g_autoptr(GBytes) bytes = fw_ui_test_read_bytes (path);
  g_autoptr(FwDocument) framework = NULL;
  g_autoptr(FwMap) map = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  FwApplication *app = fw_ui_test_get_app ();
  FwMapWindow *window = fw_map_window_new (GTK_APPLICATION (app));
  NewMapCheck check = { 0 };

  framework = fw_format_read_file (framework_path, FW_FORMAT_AUTO, NULL, &error);
  g_assert_no_error (error);
  /* Read as if from another folder: its framework path leads nowhere from the drafts. */
  map = fw_map_read_bytes (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "new.fwmap",
                           &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  fw_map_window_set_new_map (window, map, framework, framework_file);
  /* A new (imported) map is autosaved before anything is edited. */
  g_assert_true (fw_ui_test_wait_until (draft_on_disk, window, 5000));
  check.expected = fw_map_write (map);

  /* A crash: the window goes without any close handling. */
  gtk_window_destroy (GTK_WINDOW (window));
  fw_ui_test_iterate (50);
  orphans = fw_drafts_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);
  g_assert_null (((FwDraftInfo *) g_ptr_array_index (orphans, 0))->original_path);
  g_assert_cmpstr (((FwDraftInfo *) g_ptr_array_index (orphans, 0))->framework_path, ==,
                   framework_path);

  fw_ui_test_run_second_instance (check_new_map_restored, &check);
  g_assert_true (check.restored);
  /* The second instance's windows went without saving: the draft is there to restore. */
  g_assert_cmpuint (count_orphans (), ==, 1);
  g_assert_true (fw_drafts_delete_orphan (((FwDraftInfo *) g_ptr_array_index (orphans, 0))->id,
                                          &error));
  g_assert_no_error (error);
  g_bytes_unref (check.expected);
}

/* Screenshots of the recovery prompt ------------------------------------------------------ */

/* The window with @dialog drawn over its middle, where a window manager puts a modal dialog. */
static void
screenshot_with_dialog (GtkWidget  *window,
                        GtkWidget  *dialog,
                        const char *path)
{
  g_autoptr(GdkPaintable) window_paint = gtk_widget_paintable_new (window);
  g_autoptr(GdkPaintable) dialog_paint = gtk_widget_paintable_new (dialog);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (window), height = gtk_widget_get_height (window);
  int dialog_width = gtk_widget_get_width (dialog), dialog_height = gtk_widget_get_height (dialog);

  gdk_paintable_snapshot (window_paint, snapshot, width, height);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((width - dialog_width) / 2,
                                                          (height - dialog_height) / 2));
  gdk_paintable_snapshot (dialog_paint, snapshot, dialog_width, dialog_height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static void
test_prompt_screenshots_then_discard (void)
{
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autofree char *path = fw_ui_test_copy_map (dir);
  g_autoptr(GBytes) bytes = fw_ui_test_read_bytes (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *draft_path = NULL;
  AdwStyleManager *style = adw_style_manager_get_default ();
  const char *schemes[] = { "light", "dark" };
  FwApplication *app = fw_ui_test_get_app ();
  AdwMessageDialog *dialog;
  FwMapWindow *window;
  GtkWidget *content;
  FwDraft *draft;

  /* A draft of the map left by a run that crashed. */
  draft = fw_draft_new (FW_DRAFT_MAP, &error);
  g_assert_no_error (error);
  g_assert_true (fw_draft_write (draft, bytes, PROGRAM_NAME, path, NULL, &error));
  draft_path = fw_draft_get_path (draft);
  g_object_unref (draft);

  window = open_map (app, path);
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  gtk_widget_set_size_request (content, 1366, 768);
  dialog = fw_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  for (guint k = 0; k < G_N_ELEMENTS (schemes); k++)
    {
      g_autofree char *name = g_strdup_printf ("map-recovery-1366x768-%s.png", schemes[k]);
      g_autofree char *shot = fw_ui_test_screenshot_path (name);

      adw_style_manager_set_color_scheme (style, k == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT
                                                        : ADW_COLOR_SCHEME_FORCE_DARK);
      fw_ui_test_iterate (400);
      fw_ui_test_wait_for_width (content, 1366);
      g_assert_cmpint (gtk_widget_get_width (content), ==, 1366);
      screenshot_with_dialog (GTK_WIDGET (window), GTK_WIDGET (dialog), shot);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  /* "Discard" at the prompt deletes the draft; the map stays as it was on disk. */
  fw_ui_test_respond (dialog, "discard");
  fw_ui_test_iterate (100);
  g_assert_false (g_file_test (draft_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_orphans (), ==, 0);
  g_assert_false (fw_history_get_dirty (fw_map_get_history (fw_map_window_get_map (window))));
  gtk_widget_set_size_request (content, -1, -1);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  if (g_getenv ("FW_MAP_CRASH_CHILD") != NULL)
    {
      fw_ui_test_run_second_instance (edit_and_wait, NULL);
      return 1;
    }

  fw_ui_test_add ("/ui/map-drafts/kill-then-restore", test_kill_then_restore);
  fw_ui_test_add ("/ui/map-drafts/save-undo-discard", test_save_undo_discard_drop_draft);
  fw_ui_test_add ("/ui/map-drafts/new-map-restored", test_new_map_restored);
  fw_ui_test_add ("/ui/map-drafts/prompt-screenshots-then-discard",
                  test_prompt_screenshots_then_discard);

  return fw_ui_test_run ();
}
