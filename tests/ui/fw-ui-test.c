/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"
/* unshare () and CLONE_NEWNS */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <string.h>
#ifdef __linux__
#include <sched.h>
#include <sys/mount.h>
#endif

#include <glib/gstdio.h>
#ifdef HAVE_XLIB
#include <X11/Xlib.h>
#endif

#include "fw-formats.h"
#include "fw-levels-page.h"
#include "fw-ui-test.h"

static GPtrArray *tmpdirs;
static GPtrArray *mounts;
static gboolean own_mount_namespace;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
remove_tmpdirs (void)
{
#ifdef __linux__
  for (guint i = 0; mounts != NULL && i < mounts->len; i++)
    umount2 (g_ptr_array_index (mounts, i), MNT_DETACH);
#endif
  g_clear_pointer (&mounts, g_ptr_array_unref);
  for (guint i = 0; tmpdirs != NULL && i < tmpdirs->len; i++)
    remove_tree (g_ptr_array_index (tmpdirs, i));
  g_clear_pointer (&tmpdirs, g_ptr_array_unref);
}

char *
fw_ui_test_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("framewright-ui-XXXXXX", &error);

  g_assert_no_error (error);
  if (tmpdirs == NULL)
    {
      tmpdirs = g_ptr_array_new_with_free_func (g_free);
      atexit (remove_tmpdirs);
    }
  g_ptr_array_add (tmpdirs, g_strdup (dir));
  return dir;
}

gboolean
fw_ui_test_enter_mount_namespace (void)
{
#ifdef __linux__
  /* Private, so that what the tests mount never shows outside this process. */
  own_mount_namespace = unshare (CLONE_NEWNS) == 0 &&
                        mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0;
#endif
  return own_mount_namespace;
}

char *
fw_ui_test_mount_tmpfs (gsize    size,
                        GError **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *options = NULL;

  if (!own_mount_namespace)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           "no mount namespace of its own (needs root on Linux)");
      return NULL;
    }
  dir = fw_ui_test_tmpdir ();
  options = g_strdup_printf ("size=%" G_GSIZE_FORMAT ",mode=0755", size);
#ifdef __linux__
  if (mount ("tmpfs", dir, "tmpfs", MS_NOSUID | MS_NODEV, options) != 0)
    {
      int errsv = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv), "mount tmpfs: %s",
                   g_strerror (errsv));
      return NULL;
    }
#endif
  if (mounts == NULL)
    mounts = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (mounts, g_strdup (dir));
  return g_steal_pointer (&dir);
}

gboolean
fw_ui_test_remount_read_only (const char  *dir,
                              GError     **error)
{
#ifdef __linux__
  if (mount ("tmpfs", dir, "tmpfs", MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, NULL) != 0)
    {
      int errsv = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv), "remount read-only: %s",
                   g_strerror (errsv));
      return FALSE;
    }
  return TRUE;
#else
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "not on this system");
  return FALSE;
#endif
}

/*
 * GTK 4.8 starts its tooltip delay on pointer crossings, including the ones a popover's
 * pointer grab causes. When the delay ends after the window has gone, it passes the NULL
 * surface to gdk_surface_get_device_position() and then to _gtk_widget_find_at_coords(), and
 * shows nothing. A window closed within half a second of a popover does that; it is harmless,
 * and later GTK versions check the surface first. Those two criticals, exactly, are not fatal
 * in the UI tests.
 */
static gboolean
is_tooltip_race (const char *log_domain,
                 const char *message)
{
  return (g_strcmp0 (log_domain, "Gdk") == 0 &&
          g_strcmp0 (message, "gdk_surface_get_device_position: assertion "
                              "'GDK_IS_SURFACE (surface)' failed") == 0) ||
         (g_strcmp0 (log_domain, "Gtk") == 0 &&
          g_strcmp0 (message, "_gtk_widget_find_at_coords: assertion "
                              "'GDK_IS_SURFACE (surface)' failed") == 0);
}

/* Decides whether a fatal message aborts: all do but the race's. */
static gboolean
tolerate_tooltip_race (const char     *log_domain,
                       GLogLevelFlags  log_level,
                       const char     *message,
                       gpointer        user_data)
{
  return !is_tooltip_race (log_domain, message);
}

/* Prints GTK's and GDK's criticals as GLib would, the race's as a note. */
static void
log_gtk_critical (const char     *log_domain,
                  GLogLevelFlags  log_level,
                  const char     *message,
                  gpointer        user_data)
{
  if (is_tooltip_race (log_domain, message))
    g_test_message ("GTK 4.8 tooltip race, not a failure: %s", message);
  else
    g_log_default_handler (log_domain, log_level, message, user_data);
}

/* GLib resets the fatal handler before each test case: set it again in each one's setup. */
static void
test_setup (gpointer      fixture,
            gconstpointer data)
{
  g_test_log_set_fatal_handler (tolerate_tooltip_race, NULL);
}

static void
test_run (gpointer      fixture,
          gconstpointer data)
{
  ((GTestFunc) data) ();
}

void
fw_ui_test_add (const char *path,
                GTestFunc   func)
{
  g_test_add_vtable (path, 0, (gconstpointer) func, test_setup, test_run, NULL);
}

/* Adds "gl-disable" to GDK_DEBUG, keeping any flags already set there. */
static void
fw_ui_test_disable_gl (void)
{
  const char *debug = g_getenv ("GDK_DEBUG");
  g_autofree char *flags = NULL;

  if (debug != NULL && strstr (debug, "gl-disable") != NULL)
    return;
  flags = debug != NULL && *debug != '\0' ? g_strconcat (debug, ",gl-disable", NULL)
                                         : g_strdup ("gl-disable");
  g_setenv ("GDK_DEBUG", flags, TRUE);
}

/*
 * Xvfb, as xvfb-run starts it, resets itself whenever its last client disconnects, and the reset
 * drops a client that connected meanwhile and was not answered yet: its XOpenDisplay fails. One
 * UI test's process leaving and the next one's connecting meet exactly there, and GTK would find
 * no display. So the first connection is made here, again until the server answers, and held
 * until GTK has its own: while it is held the server always has a client and does not reset.
 */
static gpointer
hold_x_display (void)
{
#ifdef HAVE_XLIB
  const char *name = g_getenv ("DISPLAY");
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  Display *display;

  if (name == NULL || name[0] == '\0')
    return NULL;
  while ((display = XOpenDisplay (name)) == NULL && g_get_monotonic_time () < deadline)
    g_usleep (G_USEC_PER_SEC / 20);
  return display;
#else
  return NULL;
#endif
}

static void
release_x_display (gpointer display)
{
#ifdef HAVE_XLIB
  if (display != NULL)
    XCloseDisplay (display);
#endif
}

void
fw_ui_test_init (int    *argc,
                 char ***argv)
{
  gpointer held_display;
  gboolean have_display;

  g_autofree char *home = NULL;
  g_autofree char *data = NULL;
  g_autofree char *config = NULL;
  g_autofree char *cache = NULL;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("ADW_DISABLE_PORTAL", "1", TRUE);
  g_setenv ("GTK_USE_PORTAL", "0", TRUE);
  g_setenv ("NO_AT_BRIDGE", "1", TRUE);
  if (g_getenv ("GTK_A11Y") == NULL)
    g_setenv ("GTK_A11Y", "none", TRUE);
  g_unsetenv ("FW_EXIT_AFTER_FIRST_FRAME");
  /* UI tests draw with the cairo renderer and need no GL at all. Without this, GDK still probes
   * GL when the display opens, which loads Mesa; Mesa leaks in its one-time set-up and unloads
   * before LeakSanitizer reports, so no suppression by library name could match the leak. */
  fw_ui_test_disable_gl ();

  /* A helper process started by a test shares that test's private home. */
  if (g_strcmp0 (g_getenv ("FW_UI_TEST_KEEP_HOME"), "1") != 0)
    {
      home = fw_ui_test_tmpdir ();
      data = g_build_filename (home, "data", NULL);
      config = g_build_filename (home, "config", NULL);
      cache = g_build_filename (home, "cache", NULL);
      g_mkdir_with_parents (data, 0700);
      g_mkdir_with_parents (config, 0700);
      g_mkdir_with_parents (cache, 0700);
      g_setenv ("XDG_DATA_HOME", data, TRUE);
      g_setenv ("XDG_CONFIG_HOME", config, TRUE);
      g_setenv ("XDG_CACHE_HOME", cache, TRUE);
    }

  g_test_init (argc, argv, NULL);
  g_log_set_handler ("Gdk", G_LOG_LEVEL_CRITICAL | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION,
                     log_gtk_critical, NULL);
  g_log_set_handler ("Gtk", G_LOG_LEVEL_CRITICAL | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION,
                     log_gtk_critical, NULL);
  held_display = hold_x_display ();
  have_display = gtk_init_check ();
  release_x_display (held_display);
  if (!have_display)
    {
      g_print ("1..0 # SKIP no display\n");
      exit (77);
    }
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

static FwApplication *test_app;
static int test_status;

static FwApplication *
app_new (const char *id_suffix)
{
  g_autofree char *id = g_strconcat (APPLICATION_ID, id_suffix, NULL);

  return g_object_new (FW_TYPE_APPLICATION,
                       "application-id", id,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

static void
destroy_windows (FwApplication *app)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
}

static void
run_tests_cb (GApplication *app)
{
  test_status = g_test_run ();
  destroy_windows (FW_APPLICATION (app));
  /* The tests own the windows: the application's own start-up window is not wanted. */
  g_signal_stop_emission_by_name (app, "activate");
}

int
fw_ui_test_run (void)
{
  test_app = app_new (".UiTest");
  g_signal_connect (test_app, "activate", G_CALLBACK (run_tests_cb), NULL);
  g_application_run (G_APPLICATION (test_app), 0, NULL);
  g_clear_object (&test_app);
  return test_status;
}

FwApplication *
fw_ui_test_get_app (void)
{
  g_assert_nonnull (test_app);
  return test_app;
}

typedef struct
{
  FwUiTestBody body;
  gpointer     data;
} SecondRun;

static void
second_instance_cb (GApplication *app,
                    SecondRun    *run)
{
  run->body (FW_APPLICATION (app), run->data);
  destroy_windows (FW_APPLICATION (app));
}

void
fw_ui_test_run_second_instance (FwUiTestBody body,
                                gpointer     data)
{
  g_autoptr(FwApplication) app = app_new (".UiTestSecond");
  SecondRun run = { body, data };

  /* After the application's own activate: its start-up behaviour is what is tested. */
  g_signal_connect_after (app, "activate", G_CALLBACK (second_instance_cb), &run);
  g_application_run (G_APPLICATION (app), 0, NULL);
}

char *
fw_ui_test_sample_path (void)
{
  const char *source_root = g_getenv ("FW_SOURCE_ROOT");
  const char *shared = g_getenv ("FW_SHARED_DIR");
  g_autofree char *native = NULL;

  if (source_root != NULL)
    {
      native = g_build_filename (source_root, "data", "samples", "radiologic-technologists.fwk",
                                 NULL);
      if (g_file_test (native, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&native);
    }
  return g_build_filename (shared != NULL ? shared : "../shared", "samples",
                           "nsx-export-radiologic-technologists.json", NULL);
}

typedef struct
{
  gboolean (*condition) (gpointer data);
  gpointer   data;
} Waiter;

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* How much slower than a plain build this one runs (FW_TEST_TIME_SCALE: 4 under the
 * sanitizers): what a test waits for may take that much longer to come, never less. */
guint
fw_ui_test_time_scale (void)
{
  const char *scale = g_getenv ("FW_TEST_TIME_SCALE");
  guint64 value = scale != NULL ? g_ascii_strtoull (scale, NULL, 10) : 1;

  return CLAMP (value, 1, 20);
}

static gboolean
run_until (gboolean (*condition) (gpointer data),
           gpointer   data,
           guint      timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (timeout_ms, timeout_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  return condition (data);
}

gboolean
fw_ui_test_wait_until (gboolean (*condition) (gpointer data),
                       gpointer   data,
                       guint      timeout_ms)
{
  return run_until (condition, data, timeout_ms * fw_ui_test_time_scale ());
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

void
fw_ui_test_iterate (guint ms)
{
  run_until (never, NULL, ms);
}

typedef struct
{
  GtkWidget *widget;
  int        width;
} WidthWait;

static gboolean
has_width_cb (gpointer data)
{
  WidthWait *wait = data;

  return gtk_widget_get_width (wait->widget) == wait->width;
}

gboolean
fw_ui_test_wait_for_width (GtkWidget *widget,
                           int        width)
{
  WidthWait wait = { widget, width };

  return fw_ui_test_wait_until (has_width_cb, &wait, 10000);
}

static gboolean
window_idle (gpointer data)
{
  return !fw_window_get_busy (data);
}

gboolean
fw_ui_test_wait_idle (FwWindow *window)
{
  return fw_ui_test_wait_until (window_idle, window, 10000);
}

FwWindow *
fw_ui_test_open_sample (FwApplication *app)
{
  g_autofree char *path = fw_ui_test_sample_path ();

  return fw_ui_test_open_path (app, path);
}

FwMapWindow *
fw_ui_test_find_map_window (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (fw_ui_test_get_app ()));
       l != NULL; l = l->next)
    {
      if (FW_IS_MAP_WINDOW (l->data))
        return l->data;
    }
  return NULL;
}

FwMapWindow *
fw_ui_test_open_map (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  FwMapWindow *window;

  fw_application_open_file (fw_ui_test_get_app (), file, NULL);
  window = fw_ui_test_find_map_window ();
  g_assert_nonnull (window);
  g_assert_true (g_file_equal (fw_map_window_get_file (window), file));
  fw_ui_test_iterate (200);
  return window;
}

FwWindow *
fw_ui_test_open_path (FwApplication *app,
                      const char    *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  FwWindow *window = fw_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  fw_window_open_file (window, file);
  g_assert_true (fw_ui_test_wait_idle (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  fw_window_validate_now (window);
  return window;
}

static gboolean
find_dialog_cb (gpointer data)
{
  AdwMessageDialog **dialog = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          *dialog = ADW_MESSAGE_DIALOG (window);
          return TRUE;
        }
    }
  return FALSE;
}

AdwMessageDialog *
fw_ui_test_find_dialog (void)
{
  AdwMessageDialog *dialog = NULL;

  fw_ui_test_wait_until (find_dialog_cb, &dialog, 2000);
  return dialog;
}

void
fw_ui_test_respond (AdwMessageDialog *dialog,
                    const char       *response)
{
  /* Emitting the response alone leaves the dialog on screen; a button click also closes it. */
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
}

guint
fw_ui_test_count_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (FW_IS_WINDOW (window))
        n++;
    }
  return n;
}

char *
fw_ui_test_screenshot_path (const char *name)
{
  const char *build_root = g_getenv ("FW_BUILD_ROOT");
  g_autofree char *dir = g_build_filename (build_root != NULL ? build_root : ".", "screenshots",
                                           NULL);

  /* Made here, so a test that saves its own PNG can be the first to run in a new build. */
  g_mkdir_with_parents (dir, 0755);
  return g_build_filename (dir, name, NULL);
}

static gboolean
widget_mapped_cb (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

void
fw_ui_test_screenshot (GtkWidget  *widget,
                       const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  int width;
  int height;
  GskRenderer *renderer;

  /* On a loaded machine a popover just opened may not be on screen, or drawn, yet: a widget
   * that is not gives an empty snapshot. */
  g_assert_true (fw_ui_test_wait_until (widget_mapped_cb, widget, 5000));
  gtk_test_widget_wait_for_draw (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  /* A slow build may still be between frames: the widget has not drawn itself yet. */
  for (guint tries = 0; node == NULL && tries < 20 * fw_ui_test_time_scale (); tries++)
    {
      fw_ui_test_iterate (100);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

GtkWidget *
fw_ui_test_find_row (FwWindow    *window,
                     FwStatement *statement)
{
  FwLevelsPage *page = FW_LEVELS_PAGE (fw_window_get_page (window, "levels"));

  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      FwStatementRow *row = fw_statement_list_find_row (fw_levels_page_get_column (page, i), statement);

      if (row != NULL)
        return GTK_WIDGET (row);
    }
  return NULL;
}

void
fw_ui_test_wait_for_rows (FwWindow *window)
{
  FwLevelsPage *page = FW_LEVELS_PAGE (fw_window_get_page (window, "levels"));
  FwDocument *document = fw_window_get_document (window);

  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      GListModel *statements =
        G_LIST_MODEL (fw_level_get_statements (fw_document_get_level (document, i)));
      guint n = g_list_model_get_n_items (statements);
      g_autoptr(FwStatement) last = n > 0 ? g_list_model_get_item (statements, n - 1) : NULL;

      if (last != NULL)
        g_assert_nonnull (fw_statement_list_find_row (fw_levels_page_get_column (page, i), last));
    }
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
}

void
fw_ui_test_set_text_view (GtkWidget  *text_view,
                          const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));

  gtk_text_buffer_set_text (buffer, text, -1);
}

GBytes *
fw_ui_test_document_bytes (FwDocument *document)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = fw_format_write (document, FW_FORMAT_FWK, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}
