/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Saving must never lose an author's work: when a save fails (a read-only folder, a folder
 * that is gone, a full disk) the user sees an error, the file on disk is byte for byte what
 * it was, no temporary file is left behind and the document stays unsaved. A file that
 * changed on disk since it was opened is never overwritten in silence.
 */

#define G_LOG_DOMAIN "framewright"

#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "fw-error.h"
#include "fw-formats.h"
#include "fw-io.h"
#include "fw-io-checked.h"
#include "tests/fw-test-hooks.h"

#define SAMPLE_NAME "nsx-export-radiologic-technologists.json"
#define SAVED_NAME "framework.fwk"
#define NOBODY_ID 65534

typedef struct
{
  char       *dir;
  char       *path;
  GBytes     *original;
  FwDocument *document;
} Fixture;

static char *
sample_path (void)
{
  const char *shared = g_getenv ("FW_SHARED_DIR");

  if (shared == NULL)
    g_error ("FW_SHARED_DIR is not set; run the tests through meson");

  return g_build_filename (shared, "samples", SAMPLE_NAME, NULL);
}

static FwDocument *
load_sample (void)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GError) error = NULL;
  FwDocument *document = fw_format_read_file (path, FW_FORMAT_NSX_JSON, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

/* An edit the author has not saved yet. */
static void
edit_title (FwDocument *document,
            const char *title)
{
  /* The history takes over the command. */
  fw_document_run (document, fw_command_set_string_new (G_OBJECT (document), "title", title,
                                                        FALSE));
  g_assert_true (fw_history_get_dirty (fw_document_get_history (document)));
}

static GBytes *
read_file_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* A saved framework in a folder of its own, and the same document with an unsaved edit. */
static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("fw-save-failures-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, SAVED_NAME, NULL);

  fixture->document = load_sample ();
  fw_format_save (fixture->document, fixture->path, FW_FORMAT_FWK, NULL, &error);
  g_assert_no_error (error);
  fixture->original = read_file_bytes (fixture->path);
  fw_history_mark_clean (fw_document_get_history (fixture->document));

  edit_title (fixture->document, "Radiologic Technologists (edited, not yet saved)");
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_assert_cmpint (g_unlink (child), ==, 0);
    }

  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_chmod (fixture->dir, 0700);
  remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->original, g_bytes_unref);
  g_clear_object (&fixture->document);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted and joined with spaces: "a.fwk b.fwk". */
static char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *name;

  dir = g_dir_open (path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));

  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
assert_error_starts (const GError *error,
                     FwErrorCode   code,
                     const char   *path,
                     const char   *message)
{
  g_autofree char *prefix = g_strdup_printf ("%s: error: %s", path, message);

  g_assert_nonnull (error);
  if (!g_error_matches (error, FW_ERROR, code))
    g_error ("expected FW_ERROR %d, got %s %d: %s", code, g_quark_to_string (error->domain),
             error->code, error->message);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("expected a message starting with “%s”, got “%s”", prefix, error->message);
}

/* What the author must be able to rely on after any failed save. */
static void
assert_nothing_lost (Fixture *fixture)
{
  g_autoptr(GBytes) now = read_file_bytes (fixture->path);
  g_autofree char *names = list_dir (fixture->dir);

  g_assert_true (g_bytes_equal (now, fixture->original));
  g_assert_cmpstr (names, ==, SAVED_NAME);
  g_assert_true (fw_history_get_dirty (fw_document_get_history (fixture->document)));
}

static void
test_injected_write_failure (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) checked_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *etag = fw_io_get_etag (fixture->path);
  gboolean saved;

  g_setenv ("FW_FAULT_INJECT", "save-write", TRUE);

  saved = fw_format_save (fixture->document, fixture->path, FW_FORMAT_FWK, NULL, &error);
  g_assert_false (saved);
  assert_error_starts (error, FW_ERROR_IO, fixture->path,
                       "could not save: No space left on device");
  assert_nothing_lost (fixture);

  /* The checked save shares the failure path. */
  bytes = fw_format_write (fixture->document, FW_FORMAT_FWK, NULL, NULL);
  saved = fw_io_save_atomic_checked (fixture->path, g_bytes_get_data (bytes, NULL),
                                     g_bytes_get_size (bytes), etag, &checked_error);
  g_assert_false (saved);
  assert_error_starts (checked_error, FW_ERROR_IO, fixture->path, "could not save:");
  assert_nothing_lost (fixture);

  g_unsetenv ("FW_FAULT_INJECT");

  /* Once the disk has room again, the same save goes through. */
  saved = fw_format_save (fixture->document, fixture->path, FW_FORMAT_FWK, NULL, NULL);
  g_assert_true (saved);
}

#ifndef FW_TEST_HOOKS
static void
skip_without_hooks (Fixture       *fixture,
                    gconstpointer  user_data)
{
  fw_test_skip_without_hooks ();
}
#endif

static gboolean
become_nobody (void)
{
  return setegid (NOBODY_ID) == 0 && seteuid (NOBODY_ID) == 0;
}

static void
become_root_again (void)
{
  g_assert_cmpint (seteuid (0), ==, 0);
  g_assert_cmpint (setegid (0), ==, 0);
}

static void
test_read_only_folder (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  gboolean as_root = geteuid () == 0;
  gboolean saved;

  if (as_root)
    {
      /* Root may write anywhere: save as an ordinary user instead, for whom the folder is
       * read-only (it belongs to root and is 0755). */
      g_assert_cmpint (g_chmod (fixture->dir, 0755), ==, 0);
      if (!become_nobody ())
        {
          become_root_again ();
          g_test_skip ("running as root and cannot switch to the user “nobody”");
          return;
        }
    }
  else
    {
      g_assert_cmpint (g_chmod (fixture->dir, 0555), ==, 0);
    }

  saved = fw_format_save (fixture->document, fixture->path, FW_FORMAT_FWK, NULL, &error);

  if (as_root)
    become_root_again ();

  g_assert_false (saved);
  assert_error_starts (error, FW_ERROR_IO, fixture->path, "could not save: Permission denied");
  assert_nothing_lost (fixture);
}

static void
test_parent_gone (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "removed-folder", NULL);
  g_autofree char *path = g_build_filename (folder, SAVED_NAME, NULL);
  g_autoptr(GError) error = NULL;
  gboolean saved;

  /* The author opened a file in a folder that was deleted (or unmounted) since. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);

  saved = fw_format_save (fixture->document, path, FW_FORMAT_FWK, NULL, &error);
  g_assert_false (saved);
  assert_error_starts (error, FW_ERROR_IO, path, "could not save: No such file or directory");

  /* Nothing was created on the way: neither the folder nor anything beside it. */
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  assert_nothing_lost (fixture);
}

/* Runs in the probe's child between fork and exec; a failure ends the child at once. */
static void
mount_tmpfs_in_new_namespace (gpointer user_data)
{
  if (unshare (CLONE_NEWNS) != 0
      || mount ("none", "/", "none", MS_REC | MS_PRIVATE, NULL) != 0
      || mount ("tmpfs", "/mnt", "tmpfs", 0, "size=64k") != 0)
    _exit (1);
}

/*
 * Whether this process may make a mount namespace of its own and mount a tmpfs there. The
 * child then runs `true`, so that under valgrind its exit status is not that of a leak check.
 * The file system type is ignored where it is "none", but spelled out for valgrind's sake.
 */
static gboolean
can_mount_tmpfs (void)
{
  const char *argv[] = { "true", NULL };
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     mount_tmpfs_in_new_namespace, NULL, NULL, NULL, &status, NULL))
    return FALSE;

  return g_spawn_check_wait_status (status, NULL);
}

/* Fills the file system under @dir until a write fails with ENOSPC. */
static void
fill_file_system (const char *dir)
{
  g_autofree char *filler = g_build_filename (dir, "filler", NULL);
  char block[1024];
  int fd;

  memset (block, 'x', sizeof block);
  fd = g_open (filler, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  g_assert_cmpint (fd, >=, 0);

  for (;;)
    {
      if (write (fd, block, sizeof block) < 0)
        {
          g_assert_cmpint (errno, ==, ENOSPC);
          break;
        }
    }

  g_assert_cmpint (close (fd), ==, 0);
}

/* Runs in a child process: the tmpfs exists only in the child's mount namespace. */
static void
full_file_system_child (void)
{
  g_autoptr(FwDocument) document = load_sample ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) now = NULL;
  g_autofree char *mount_point = NULL;
  g_autofree char *path = NULL;
  g_autofree char *names = NULL;
  gboolean saved;

  mount_point = g_dir_make_tmp ("fw-full-disk-XXXXXX", &error);
  g_assert_no_error (error);
  g_assert_cmpint (unshare (CLONE_NEWNS), ==, 0);
  g_assert_cmpint (mount ("none", "/", "none", MS_REC | MS_PRIVATE, NULL), ==, 0);
  g_assert_cmpint (mount ("tmpfs", mount_point, "tmpfs", 0, "size=128k,mode=0700"), ==, 0);

  path = g_build_filename (mount_point, SAVED_NAME, NULL);
  fw_format_save (document, path, FW_FORMAT_FWK, NULL, &error);
  g_assert_no_error (error);
  original = read_file_bytes (path);

  fill_file_system (mount_point);
  edit_title (document, "Radiologic Technologists (edited on a full disk)");

  saved = fw_format_save (document, path, FW_FORMAT_FWK, NULL, &error);
  g_assert_false (saved);
  assert_error_starts (error, FW_ERROR_IO, path, "could not save: No space left on device");

  now = read_file_bytes (path);
  g_assert_true (g_bytes_equal (now, original));
  names = list_dir (mount_point);
  g_assert_cmpstr (names, ==, "filler " SAVED_NAME);
  g_assert_true (fw_history_get_dirty (fw_document_get_history (document)));

  g_assert_cmpint (umount (mount_point), ==, 0);
  g_assert_cmpint (g_rmdir (mount_point), ==, 0);
}

static void
test_full_file_system (void)
{
  if (g_test_subprocess ())
    {
      full_file_system_child ();
      return;
    }

  if (!can_mount_tmpfs ())
    {
      g_test_skip ("cannot mount a small tmpfs here (needs root and mount namespaces); "
                   "/save-failures/injected-write covers the same clean-up path");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_read_only_mount_child (void)
{
  g_autoptr(FwDocument) document = load_sample ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) now = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *names = NULL;
  gboolean saved;

  dir = g_dir_make_tmp ("fw-read-only-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, SAVED_NAME, NULL);
  fw_format_save (document, path, FW_FORMAT_FWK, NULL, &error);
  g_assert_no_error (error);
  original = read_file_bytes (path);

  /* A folder on a read-only file system (a write-protected stick, a read-only share):
   * even root cannot write there. */
  g_assert_cmpint (unshare (CLONE_NEWNS), ==, 0);
  g_assert_cmpint (mount ("none", "/", "none", MS_REC | MS_PRIVATE, NULL), ==, 0);
  g_assert_cmpint (mount (dir, dir, "none", MS_BIND, NULL), ==, 0);
  g_assert_cmpint (mount ("none", dir, "none", MS_BIND | MS_REMOUNT | MS_RDONLY, NULL), ==, 0);

  edit_title (document, "Radiologic Technologists (edited on a read-only disk)");
  saved = fw_format_save (document, path, FW_FORMAT_FWK, NULL, &error);
  g_assert_false (saved);
  assert_error_starts (error, FW_ERROR_IO, path, "could not save: Read-only file system");

  now = read_file_bytes (path);
  g_assert_true (g_bytes_equal (now, original));
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, SAVED_NAME);
  g_assert_true (fw_history_get_dirty (fw_document_get_history (document)));

  g_assert_cmpint (umount (dir), ==, 0);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_read_only_mount (void)
{
  if (g_test_subprocess ())
    {
      test_read_only_mount_child ();
      return;
    }

  if (!can_mount_tmpfs ())
    {
      g_test_skip ("cannot make a read-only mount here (needs root and mount namespaces); "
                   "/save-failures/read-only-folder covers permissions");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static GBytes *
fixture_edited_bytes (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = fw_format_write (fixture->document, FW_FORMAT_FWK, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

static gboolean
fixture_save_checked (Fixture     *fixture,
                      const char  *etag,
                      GError     **error)
{
  g_autoptr(GBytes) bytes = fixture_edited_bytes (fixture);

  return fw_io_save_atomic_checked (fixture->path, g_bytes_get_data (bytes, NULL),
                                    g_bytes_get_size (bytes), etag, error);
}

static void
assert_refused_as_changed (Fixture    *fixture,
                           const char *etag,
                           GBytes     *on_disk)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) now = NULL;
  g_autofree char *names = NULL;

  g_assert_false (fixture_save_checked (fixture, etag, &error));
  assert_error_starts (error, FW_ERROR_CONFLICT, fixture->path,
                       "could not save: the file changed on disk since it was opened");

  /* The other program's version is still there, untouched. */
  now = read_file_bytes (fixture->path);
  g_assert_true (g_bytes_equal (now, on_disk));
  names = list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, SAVED_NAME);
}

/* Another program rewrites the file in place, keeping its size and its modification time,
 * as happens on file systems with coarse time stamps. */
static void
test_changed_in_place (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autofree char *etag = fw_io_get_etag (fixture->path);
  g_autoptr(GBytes) other = NULL;
  g_autofree char *contents = NULL;
  struct stat before;
  struct stat after;
  struct timespec times[2];
  gsize length;
  int fd;

  g_assert_nonnull (etag);
  g_assert_cmpint (g_stat (fixture->path, &before), ==, 0);

  length = g_bytes_get_size (fixture->original);
  contents = g_memdup2 (g_bytes_get_data (fixture->original, NULL), length);
  contents[length / 2] = contents[length / 2] == 'x' ? 'y' : 'x';
  fd = g_open (fixture->path, O_WRONLY | O_TRUNC | O_CLOEXEC, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, contents, length), ==, (gssize) length);
  g_assert_cmpint (close (fd), ==, 0);
  times[0] = before.st_atim;
  times[1] = before.st_mtim;
  g_assert_cmpint (utimensat (AT_FDCWD, fixture->path, times, 0), ==, 0);
  other = read_file_bytes (fixture->path);

  /* Only the contents tell: same inode, same size, same modification time. */
  g_assert_cmpint (g_stat (fixture->path, &after), ==, 0);
  g_assert_cmpuint (after.st_ino, ==, before.st_ino);
  g_assert_cmpint (after.st_size, ==, before.st_size);
  g_assert_cmpint (after.st_mtim.tv_sec, ==, before.st_mtim.tv_sec);
  g_assert_cmpint (after.st_mtim.tv_nsec, ==, before.st_mtim.tv_nsec);

  assert_refused_as_changed (fixture, etag, other);
  g_assert_true (fw_history_get_dirty (fw_document_get_history (fixture->document)));
}

/* Another program saves atomically: a new file (a new inode) takes the name. */
static void
test_replaced (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autofree char *etag = fw_io_get_etag (fixture->path);
  g_autoptr(GBytes) other = NULL;
  g_autoptr(GError) error = NULL;

  fw_io_save_atomic (fixture->path, "{\"format\": \"someone else\"}\n", 27, &error);
  g_assert_no_error (error);
  other = read_file_bytes (fixture->path);

  assert_refused_as_changed (fixture, etag, other);
}

/* The file did not exist when the document was started, and now it does. */
static void
test_created_meanwhile (Fixture       *fixture,
                        gconstpointer  user_data)
{
  assert_refused_as_changed (fixture, NULL, fixture->original);
}

/* The file was deleted: saving writes it again, as nothing on disk can be lost. */
static void
test_deleted_meanwhile (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *etag = fw_io_get_etag (fixture->path);
  g_autoptr(GBytes) expected = fixture_edited_bytes (fixture);
  g_autoptr(GBytes) now = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_unlink (fixture->path), ==, 0);
  g_assert_null (fw_io_get_etag (fixture->path));

  g_assert_true (fixture_save_checked (fixture, etag, &error));
  g_assert_no_error (error);
  now = read_file_bytes (fixture->path);
  g_assert_true (g_bytes_equal (now, expected));
}

/* Unchanged on disk: the save goes through; the old fingerprint is stale afterwards. */
static void
test_unchanged (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *etag = fw_io_get_etag (fixture->path);
  g_autofree char *again = fw_io_get_etag (fixture->path);
  g_autofree char *after = NULL;
  g_autoptr(GBytes) expected = fixture_edited_bytes (fixture);
  g_autoptr(GBytes) now = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) stale_error = NULL;

  g_assert_cmpstr (etag, ==, again);

  g_assert_true (fixture_save_checked (fixture, etag, &error));
  g_assert_no_error (error);
  now = read_file_bytes (fixture->path);
  g_assert_true (g_bytes_equal (now, expected));

  after = fw_io_get_etag (fixture->path);
  g_assert_cmpstr (after, !=, etag);
  g_assert_true (fixture_save_checked (fixture, after, &error));

  g_assert_false (fixture_save_checked (fixture, etag, &stale_error));
  g_assert_error (stale_error, FW_ERROR, FW_ERROR_CONFLICT);
}

static void
add_fixture_test (const char *path,
                  void      (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add_fixture_test ("/save-failures/injected-write",
#ifdef FW_TEST_HOOKS
                    test_injected_write_failure);
#else
                    ((void) test_injected_write_failure, skip_without_hooks));
#endif
  add_fixture_test ("/save-failures/read-only-folder", test_read_only_folder);
  add_fixture_test ("/save-failures/parent-gone", test_parent_gone);
  g_test_add_func ("/save-failures/full-file-system", test_full_file_system);
  g_test_add_func ("/save-failures/read-only-mount", test_read_only_mount);
  add_fixture_test ("/save-failures/changed-on-disk/in-place", test_changed_in_place);
  add_fixture_test ("/save-failures/changed-on-disk/replaced", test_replaced);
  add_fixture_test ("/save-failures/changed-on-disk/created", test_created_meanwhile);
  add_fixture_test ("/save-failures/changed-on-disk/deleted", test_deleted_meanwhile);
  add_fixture_test ("/save-failures/changed-on-disk/unchanged", test_unchanged);

  return g_test_run ();
}
