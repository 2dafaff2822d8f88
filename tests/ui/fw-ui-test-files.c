/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

/* Files and child processes for the UI tests: fixtures copied, bytes read back, crashes. */

#include "config.h"

#include <signal.h>
#include <stdarg.h>
#include <unistd.h>

#include "fw-map-file.h"
#include "fw-ui-test.h"

GBytes *
fw_ui_test_read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

void
fw_ui_test_write_bytes (const char *path,
                        GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
}

char *
fw_ui_test_copy_map (const char *dir)
{
  const char *data = g_getenv ("FW_TEST_DATA");
  g_autofree char *fixture = g_build_filename (data, "map", "radiography.fwmap", NULL);
  g_autofree char *sample = fw_ui_test_sample_path ();
  g_autofree char *framework_copy = g_build_filename (dir, "radiologic-technologists.fwk", NULL);
  g_autoptr(GBytes) fixture_bytes = fw_ui_test_read_bytes (fixture);
  g_autoptr(GBytes) sample_bytes = fw_ui_test_read_bytes (sample);
  g_autoptr(GBytes) map_bytes = NULL;
  g_autoptr(FwMap) map = NULL;
  g_autoptr(GError) error = NULL;
  char *copy = g_build_filename (dir, "radiography.fwmap", NULL);

  fw_ui_test_write_bytes (framework_copy, sample_bytes);
  map = fw_map_read_bytes (g_bytes_get_data (fixture_bytes, NULL),
                           g_bytes_get_size (fixture_bytes), fixture, &error);
  g_assert_no_error (error);
  g_object_set (map, "framework-path", "radiologic-technologists.fwk", NULL);
  map_bytes = fw_map_write (map);
  fw_ui_test_write_bytes (copy, map_bytes);
  return copy;
}

/* The child never outlives the test: it ends when the test closes its stdin, or dies. */
static gboolean
parent_gone (GIOChannel   *channel,
             GIOCondition  condition,
             gpointer      data)
{
  _exit (3);
  return G_SOURCE_REMOVE;
}

static gboolean
too_long (gpointer data)
{
  _exit (4);
  return G_SOURCE_REMOVE;
}

void
fw_ui_test_child_watch_parent (void)
{
  g_autoptr(GIOChannel) channel = g_io_channel_unix_new (STDIN_FILENO);

  g_io_add_watch (channel, G_IO_IN | G_IO_HUP | G_IO_ERR, parent_gone, NULL);
  g_timeout_add_seconds (120, too_long, NULL);
}

static gboolean
announce_ready (gpointer data)
{
  g_print ("ready\n");
  fflush (stdout);
  return G_SOURCE_REMOVE;
}

void
fw_ui_test_child_ready_after (guint ms)
{
  g_timeout_add (ms, announce_ready, NULL);
  for (;;)
    g_main_context_iteration (NULL, TRUE);
}

void
fw_ui_test_kill_child_when_ready (const char *first_variable,
                                  ...)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) output = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);
  va_list args;

  /* The child shares this process's data folder: that is where its draft goes. */
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  va_start (args, first_variable);
  for (const char *variable = first_variable; variable != NULL;
       variable = va_arg (args, const char *))
    g_subprocess_launcher_setenv (launcher, variable, va_arg (args, const char *), TRUE);
  va_end (args);
  g_subprocess_launcher_setenv (launcher, "FW_UI_TEST_KEEP_HOME", "1", TRUE);
  g_assert_nonnull (self_path);
  child = g_subprocess_launcher_spawn (launcher, &error, self_path, NULL);
  g_assert_no_error (error);

  /* The child's test framework may print comments first. */
  output = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  while ((line = g_data_input_stream_read_line_utf8 (output, NULL, NULL, &error)) != NULL &&
         !g_str_equal (line, "ready"))
    g_clear_pointer (&line, g_free);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "ready");

  /* No chance to clean up: the child dies as a crash would end it. */
  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (child));
  g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);
}
