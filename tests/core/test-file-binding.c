/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The one binding between a document and its file, as the app and the CLI use it: a save
 * never replaces what another program wrote since the file was read, unless told to, and a
 * save that fails leaves the file as it was.
 */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gstdio.h>

#include "fw-file-binding.h"
#include "fw-io.h"
#include "tests/fw-test-hooks.h"

#define ORIGINAL "{\"format\": \"original\"}\n"
#define THEIRS   "{\"format\": \"another program's\"}\n"
#define OURS     "{\"format\": \"ours\"}\n"

typedef struct
{
  char          *dir;
  char          *path;
  FwFileBinding *binding;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) loaded = NULL;

  fixture->dir = g_dir_make_tmp ("fw-test-binding-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "framework.fwk", NULL);
  g_assert_true (g_file_set_contents (fixture->path, ORIGINAL, -1, &error));

  fixture->binding = fw_file_binding_new_for_path (fixture->path, NULL);
  loaded = fw_file_binding_load (fixture->binding, FW_MAX_FILE_SIZE, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (loaded, NULL), g_bytes_get_size (loaded),
                   ORIGINAL, strlen (ORIGINAL));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_clear_object (&fixture->binding);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
assert_file_holds (Fixture    *fixture,
                   const char *expected)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (fixture->path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
}

static gboolean
save_ours (Fixture          *fixture,
           FwFileSaveFlags   flags,
           GError          **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (OURS, strlen (OURS));

  return fw_file_binding_save (fixture->binding, bytes, flags, error);
}

/* Another program saves the file (atomically, as editors do) after we read it. */
static void
write_theirs (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fw_io_save_atomic (fixture->path, THEIRS, strlen (THEIRS), &error));
  g_assert_no_error (error);
}

static void
test_conflict_detected (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *etag_before = fw_file_binding_dup_etag (fixture->binding);
  g_autofree char *etag_after = NULL;

  write_theirs (fixture);
  g_assert_cmpint (fw_file_binding_check (fixture->binding), ==, FW_FILE_STATE_CHANGED);

  g_assert_false (save_ours (fixture, FW_FILE_SAVE_NONE, &error));
  g_assert_error (error, FW_ERROR, FW_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "changed on disk"));
  assert_file_holds (fixture, THEIRS);

  /* Asking again still refuses: the refusal took nothing for granted. */
  etag_after = fw_file_binding_dup_etag (fixture->binding);
  g_assert_cmpstr (etag_after, ==, etag_before);
  g_clear_error (&error);
  g_assert_false (save_ours (fixture, FW_FILE_SAVE_NONE, &error));
  g_assert_error (error, FW_ERROR, FW_ERROR_CONFLICT);
  assert_file_holds (fixture, THEIRS);
}

static void
test_unchanged_saves (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (fw_file_binding_check (fixture->binding), ==, FW_FILE_STATE_UNCHANGED);
  g_assert_true (save_ours (fixture, FW_FILE_SAVE_NONE, &error));
  g_assert_no_error (error);
  assert_file_holds (fixture, OURS);

  /* The binding now knows the file as written: saving again needs no force. */
  g_assert_cmpint (fw_file_binding_check (fixture->binding), ==, FW_FILE_STATE_UNCHANGED);
  g_assert_true (save_ours (fixture, FW_FILE_SAVE_NONE, &error));
  g_assert_no_error (error);
}

static void
test_forced_overwrites (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  write_theirs (fixture);
  g_assert_true (save_ours (fixture, FW_FILE_SAVE_FORCE, &error));
  g_assert_no_error (error);
  assert_file_holds (fixture, OURS);

  /* After the forced save, the file is ours again: later saves are checked against it. */
  g_assert_true (save_ours (fixture, FW_FILE_SAVE_NONE, &error));
  g_assert_no_error (error);
  write_theirs (fixture);
  g_assert_false (save_ours (fixture, FW_FILE_SAVE_NONE, &error));
  g_assert_error (error, FW_ERROR, FW_ERROR_CONFLICT);
}

/* A write that fails half-way (the FW_FAULT_INJECT hook: ENOSPC before the rename). */
static void
test_failed_save_leaves_file (Fixture       *fixture,
                              gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  guint n_files = 0;

  g_setenv ("FW_FAULT_INJECT", "save-write", TRUE);
  g_assert_false (save_ours (fixture, FW_FILE_SAVE_NONE, &error));
  g_unsetenv ("FW_FAULT_INJECT");
  g_assert_error (error, FW_ERROR, FW_ERROR_IO);
  assert_file_holds (fixture, ORIGINAL);
  dir = g_dir_open (fixture->dir, 0, NULL);
  while (g_dir_read_name (dir) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  /* The binding still knows the file as it is: the next save goes through. */
  g_assert_cmpint (fw_file_binding_check (fixture->binding), ==, FW_FILE_STATE_UNCHANGED);
  g_clear_error (&error);
  g_assert_true (save_ours (fixture, FW_FILE_SAVE_NONE, &error));
  g_assert_no_error (error);
  assert_file_holds (fixture, OURS);
}

/* A binding for a file to be created refuses one that appeared meanwhile. */
static void
test_new_file_appeared (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "new.fwk", NULL);
  g_autoptr(FwFileBinding) binding = fw_file_binding_new_for_path (path, NULL);
  g_autoptr(GBytes) bytes = g_bytes_new_static (OURS, strlen (OURS));
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_cmpint (fw_file_binding_check (binding), ==, FW_FILE_STATE_MISSING);
  g_assert_true (g_file_set_contents (path, THEIRS, -1, NULL));
  g_assert_false (fw_file_binding_save (binding, bytes, FW_FILE_SAVE_NONE, &error));
  g_assert_error (error, FW_ERROR, FW_ERROR_CONFLICT);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, THEIRS);

  /* Keeping what is on disk as known lets the next save replace it. */
  g_clear_error (&error);
  g_assert_true (fw_file_binding_accept_disk (binding, &error));
  g_assert_true (fw_file_binding_save (binding, bytes, FW_FILE_SAVE_NONE, &error));
  g_assert_no_error (error);
}

static void
on_saved (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  GError **error = user_data;

  if (fw_file_binding_save_finish (FW_FILE_BINDING (object), result, error))
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "saved");
}

/* The worker-thread save does the same check, at the moment of writing. */
static void
test_async_conflict (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (OURS, strlen (OURS));
  GError *error = NULL;

  write_theirs (fixture);
  fw_file_binding_save_async (fixture->binding, bytes, FW_FILE_SAVE_NONE, NULL, on_saved, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, FW_ERROR, FW_ERROR_CONFLICT);
  g_clear_error (&error);
  assert_file_holds (fixture, THEIRS);

  fw_file_binding_save_async (fixture->binding, bytes, FW_FILE_SAVE_FORCE, NULL, on_saved,
                              &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_clear_error (&error);
  assert_file_holds (fixture, OURS);
}

static void
test_missing (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_assert_cmpint (g_unlink (fixture->path), ==, 0);
  g_assert_cmpint (fw_file_binding_check (fixture->binding), ==, FW_FILE_STATE_MISSING);
}

static void
add (const char *path,
     void      (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown);
}

#ifndef FW_TEST_HOOKS
static void
skip_without_hooks (Fixture       *fixture,
                    gconstpointer  user_data)
{
  fw_test_skip_without_hooks ();
}
#endif

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add ("/file-binding/conflict-detected", test_conflict_detected);
  add ("/file-binding/unchanged-saves", test_unchanged_saves);
  add ("/file-binding/forced-overwrites", test_forced_overwrites);
#ifdef FW_TEST_HOOKS
  add ("/file-binding/failed-save-leaves-file", test_failed_save_leaves_file);
#else
  add ("/file-binding/failed-save-leaves-file",
       ((void) test_failed_save_leaves_file, skip_without_hooks));
#endif
  add ("/file-binding/new-file-appeared", test_new_file_appeared);
  add ("/file-binding/async-conflict", test_async_conflict);
  add ("/file-binding/missing", test_missing);

  return g_test_run ();
}
