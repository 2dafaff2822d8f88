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
