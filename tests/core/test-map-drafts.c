/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Autosave drafts of curriculum maps, beside those of frameworks: a map's draft is a .fwmap
 * that reads back as the map it was, its sidecar names the map's original file and its
 * framework, it is an orphan once its owner is gone, and restoring, saving or discarding it
 * leaves nothing behind. Each test case has a data folder of its own (isolated XDG dirs).
 */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "fw-drafts.h"
#include "fw-lock-file.h"
#include "fw-map-file.h"

#include "fw-test-map-util.h"

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static char *
draft_file (const char *id,
            const char *suffix)
{
  g_autofree char *dir = fw_drafts_get_directory ();
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

/* The orphan @id, or NULL. */
static FwDraftInfo *
find_orphan (GPtrArray  *orphans,
             const char *id)
{
  for (guint i = 0; i < orphans->len; i++)
    {
      FwDraftInfo *info = g_ptr_array_index (orphans, i);

      if (g_str_equal (info->id, id))
        return info;
    }
  return NULL;
}

static void
test_map_draft_round_trip (void)
{
  g_autoptr(FwDocument) framework = map_sample_framework ();
  g_autoptr(FwMap) map = map_radiography (framework);
  g_autoptr(GBytes) bytes = fw_map_write (map);
  g_autoptr(GBytes) on_disk = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FwMap) read = NULL;
  g_autofree char *path = NULL;
  g_autofree char *id = NULL;
  FwDraftInfo *info;
  FwDraft *draft;

  draft = fw_draft_new (FW_DRAFT_MAP, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fw_draft_get_kind (draft), ==, FW_DRAFT_MAP);
  g_assert_false (fw_draft_exists (draft));
  path = fw_draft_get_path (draft);
  g_assert_true (g_str_has_suffix (path, ".fwmap"));

  fw_draft_set_framework_path (draft, "/programs/radiologic-technologists.fwk");
  g_assert_true (fw_draft_write (draft, bytes, "Radiography AAS", "/programs/radiography.fwmap",
                                 "etag-1", &error));
  g_assert_no_error (error);
  g_assert_true (fw_draft_exists (draft));
  id = g_strdup (fw_draft_get_id (draft));

  /* Its window holds it: not offered. */
  orphans = fw_drafts_find_orphans ();
  g_assert_null (find_orphan (orphans, id));
  g_clear_pointer (&orphans, g_ptr_array_unref);

  /* The window is gone (as after a crash): the draft is an orphan that says what it is. */
  g_object_unref (draft);
  orphans = fw_drafts_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);
  info = find_orphan (orphans, id);
  g_assert_nonnull (info);
  g_assert_cmpint (info->kind, ==, FW_DRAFT_MAP);
  g_assert_cmpstr (info->path, ==, path);
  g_assert_cmpstr (info->title, ==, "Radiography AAS");
  g_assert_cmpstr (info->original_path, ==, "/programs/radiography.fwmap");
  g_assert_cmpstr (info->original_etag, ==, "etag-1");
  g_assert_cmpstr (info->framework_path, ==, "/programs/radiologic-technologists.fwk");
  g_assert_nonnull (info->saved_at);

  /* The draft document is the map, byte for byte, and reads back as it. */
  on_disk = read_bytes (info->path);
  g_assert_true (g_bytes_equal (on_disk, bytes));
  read = fw_map_read_bytes (g_bytes_get_data (on_disk, NULL), g_bytes_get_size (on_disk),
                            info->path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fw_map_get_name (read), ==, fw_map_get_name (map));
  g_assert_nonnull (fw_map_find_mapping (read, "RAD110:CLO2", "st-5fe39ec469f6", NULL));
}

static void
test_kinds_side_by_side (void)
{
  g_autoptr(GBytes) framework_bytes = g_bytes_new_static ("{}", 2);
  g_autoptr(GBytes) map_bytes = g_bytes_new_static ("{\"map\": 1}", 10);
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *framework_id = NULL;
  g_autofree char *map_id = NULL;
  FwDraftInfo *info;
  FwDraft *framework_draft = fw_draft_new (FW_DRAFT_FRAMEWORK, &error);
  FwDraft *map_draft = fw_draft_new (FW_DRAFT_MAP, &error);

  g_assert_no_error (error);
  g_assert_true (fw_draft_write (framework_draft, framework_bytes, "Radiographers", NULL, NULL,
                                 &error));
  g_assert_true (fw_draft_write (map_draft, map_bytes, "Radiography AAS", NULL, NULL, &error));
  g_assert_no_error (error);
  framework_id = g_strdup (fw_draft_get_id (framework_draft));
  map_id = g_strdup (fw_draft_get_id (map_draft));
  g_assert_cmpstr (framework_id, !=, map_id);
  g_object_unref (framework_draft);
  g_object_unref (map_draft);

  orphans = fw_drafts_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 2);
  info = find_orphan (orphans, framework_id);
  g_assert_nonnull (info);
  g_assert_cmpint (info->kind, ==, FW_DRAFT_FRAMEWORK);
  g_assert_true (g_str_has_suffix (info->path, ".fwk"));
  g_assert_null (info->original_path);
  /* A framework's sidecar names no framework. */
  g_assert_null (info->framework_path);
  info = find_orphan (orphans, map_id);
  g_assert_nonnull (info);
  g_assert_cmpint (info->kind, ==, FW_DRAFT_MAP);
  g_assert_true (g_str_has_suffix (info->path, ".fwmap"));
  g_assert_cmpstr (info->title, ==, "Radiography AAS");
  g_assert_null (info->framework_path);
}

static void
test_adopt_keeps_kind (void)
{
  g_autoptr(GBytes) first = g_bytes_new_static ("{\"v\": 1}", 8);
  g_autoptr(GBytes) second = g_bytes_new_static ("{\"v\": 2}", 8);
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDraft) adopted = NULL;
  g_autoptr(GBytes) on_disk = NULL;
  g_autofree char *id = NULL;
  g_autofree char *path = NULL;
  g_autofree char *sidecar = NULL;
  g_autofree char *other = NULL;
  FwDraft *draft = fw_draft_new (FW_DRAFT_MAP, &error);

  g_assert_no_error (error);
  g_assert_true (fw_draft_write (draft, first, "Program", "/a/map.fwmap", NULL, &error));
  id = g_strdup (fw_draft_get_id (draft));
  g_object_unref (draft);

  /* Restored: the new window owns it and keeps saving into the same .fwmap. */
  adopted = fw_draft_adopt (id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (adopted);
  g_assert_cmpint (fw_draft_get_kind (adopted), ==, FW_DRAFT_MAP);
  path = fw_draft_get_path (adopted);
  g_assert_true (g_str_has_suffix (path, ".fwmap"));
  orphans = fw_drafts_find_orphans ();
  g_assert_null (find_orphan (orphans, id));
  g_assert_true (fw_draft_write (adopted, second, "Program", "/a/map.fwmap", NULL, &error));
  g_assert_no_error (error);
  on_disk = read_bytes (path);
  g_assert_true (g_bytes_equal (on_disk, second));
  /* Never written as a framework. */
  other = draft_file (id, ".fwk");
  g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));

  /* Saved or discarded: the document and its sidecar go. */
  fw_draft_discard (adopted);
  sidecar = draft_file (id, ".json");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (sidecar, G_FILE_TEST_EXISTS));
  g_assert_false (fw_draft_exists (adopted));
}

static void
test_delete_orphan_map (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{}", 2);
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *path = NULL;
  g_autofree char *sidecar = NULL;
  g_autofree char *lock = NULL;
  FwLockFile *holder;
  FwDraft *draft = fw_draft_new (FW_DRAFT_MAP, &error);

  g_assert_no_error (error);
  g_assert_true (fw_draft_write (draft, bytes, "Program", NULL, NULL, &error));
  id = g_strdup (fw_draft_get_id (draft));
  path = fw_draft_get_path (draft);
  sidecar = draft_file (id, ".json");
  lock = draft_file (id, ".lock");

  /* Not while a window holds it. */
  g_assert_false (fw_drafts_delete_orphan (id, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_object_unref (draft);

  /* Nor while another process (another open file) holds its lock. */
  holder = fw_lock_file_acquire (lock, &error);
  g_assert_no_error (error);
  g_assert_false (fw_drafts_delete_orphan (id, &error));
  g_clear_error (&error);
  g_assert_null (fw_draft_adopt (id, &error));
  g_clear_error (&error);
  fw_lock_file_release (holder, FALSE);

  /* "Discard" at the recovery prompt. */
  g_assert_true (fw_drafts_delete_orphan (id, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (sidecar, G_FILE_TEST_EXISTS));
  orphans = fw_drafts_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 0);
}

static void
test_missing_sidecar (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{}", 2);
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *sidecar = NULL;
  g_autofree char *stray = NULL;
  g_autofree char *dir = fw_drafts_get_directory ();
  FwDraftInfo *info;
  FwDraft *draft = fw_draft_new (FW_DRAFT_MAP, &error);

  g_assert_true (fw_draft_write (draft, bytes, "Program", "/a/map.fwmap", NULL, &error));
  g_assert_no_error (error);
  id = g_strdup (fw_draft_get_id (draft));
  g_object_unref (draft);
  sidecar = draft_file (id, ".json");
  g_assert_cmpint (g_unlink (sidecar), ==, 0);
  /* Files of other kinds in the folder are no drafts. */
  stray = g_build_filename (dir, ".fwmap", NULL);
  g_assert_true (g_file_set_contents (stray, "{}", -1, &error));
  g_clear_pointer (&stray, g_free);
  stray = g_build_filename (dir, "notes.txt", NULL);
  g_assert_true (g_file_set_contents (stray, "{}", -1, &error));

  /* Still offered, without what only the sidecar knew. */
  orphans = fw_drafts_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);
  info = find_orphan (orphans, id);
  g_assert_nonnull (info);
  g_assert_cmpint (info->kind, ==, FW_DRAFT_MAP);
  g_assert_cmpstr (info->title, ==, "");
  g_assert_null (info->original_path);
  g_assert_null (info->framework_path);
  g_assert_null (info->saved_at);
}

static void
on_written (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (fw_draft_write_finish (FW_DRAFT (object), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_async_write_then_discard (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{}", 2);
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDraft) draft = fw_draft_new (FW_DRAFT_MAP, &error);
  gboolean done = FALSE;

  g_assert_no_error (error);
  fw_draft_set_framework_path (draft, "/f.fwk");
  fw_draft_write_async (draft, bytes, "Program", NULL, NULL, NULL, on_written, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (fw_draft_exists (draft));

  /* A discard issued while a write is on its way wins: the map was saved meanwhile. */
  done = FALSE;
  fw_draft_write_async (draft, bytes, "Program", NULL, NULL, NULL, on_written, &done);
  fw_draft_discard (draft);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (fw_draft_exists (draft));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/map-drafts/round-trip", test_map_draft_round_trip);
  g_test_add_func ("/map-drafts/kinds-side-by-side", test_kinds_side_by_side);
  g_test_add_func ("/map-drafts/adopt-keeps-kind", test_adopt_keeps_kind);
  g_test_add_func ("/map-drafts/delete-orphan", test_delete_orphan_map);
  g_test_add_func ("/map-drafts/missing-sidecar", test_missing_sidecar);
  g_test_add_func ("/map-drafts/async-write-then-discard", test_async_write_then_discard);

  return g_test_run ();
}
