/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-formats.h"

#include "fw-test-util.h"

char *
test_data_path (const char *name)
{
  const char *dir = g_getenv ("FW_TEST_DATA");

  if (dir == NULL)
    dir = "tests/data";

  return g_build_filename (dir, "native", name, NULL);
}

GBytes *
load_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

FwDocument *
read_fwk_bytes (GBytes     *bytes,
                const char *name,
                GPtrArray  *warnings)
{
  g_autoptr(GError) error = NULL;
  FwDocument *document;

  document = fw_format_read_bytes (bytes, name, FW_FORMAT_FWK, warnings, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}

GBytes *
write_fwk (FwDocument *document)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  bytes = fw_format_write (document, FW_FORMAT_FWK, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  return bytes;
}

void
assert_same_bytes (GBytes *actual,
                   GBytes *expected)
{
  gsize actual_length = 0;
  gsize expected_length = 0;
  const char *actual_data = g_bytes_get_data (actual, &actual_length);
  const char *expected_data = g_bytes_get_data (expected, &expected_length);

  g_assert_cmpmem (actual_data, actual_length, expected_data, expected_length);
}

char *
test_data_file (const char *dir,
                const char *name)
{
  const char *data = g_getenv ("FW_TEST_DATA");

  return g_build_filename (data != NULL ? data : "tests/data", dir, name, NULL);
}

FwDocument *
read_sample_fwk (void)
{
  const char *data = g_getenv ("FW_DATA_DIR");
  g_autofree char *path = g_build_filename (data != NULL ? data : "data", "samples",
                                            "radiologic-technologists.fwk", NULL);
  g_autoptr(GBytes) bytes = load_file (path);

  return read_fwk_bytes (bytes, "radiologic-technologists.fwk", NULL);
}

char *
test_replace_once (const char *text,
                   const char *find,
                   const char *replace)
{
  const char *at = strstr (text, find);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, replace, at + strlen (find));
}

FwDocument *
read_sample_file (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("FW_DATA_DIR"), "samples",
                                            "radiologic-technologists.fwk", NULL);
  g_autoptr(GError) error = NULL;
  FwDocument *document = fw_format_read_file (path, FW_FORMAT_FWK, NULL, &error);

  g_assert_no_error (error);
  return document;
}

void
merge_fixture_set_up (MergeFixture  *fixture,
                      gconstpointer  data)
{
  fixture->base = read_sample_file ();
  fixture->ours = read_sample_file ();
  fixture->theirs = read_sample_file ();
}

void
merge_fixture_tear_down (MergeFixture  *fixture,
                         gconstpointer  data)
{
  g_clear_object (&fixture->base);
  g_clear_object (&fixture->ours);
  g_clear_object (&fixture->theirs);
}
