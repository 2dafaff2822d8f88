/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * A lock that dies with its holder: a draft claimed by a live window must stay its own, and
 * a draft whose window is gone (crashed, killed, or merely naming a process id that has been
 * reused since) must be recoverable.
 */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "fw-lock-file.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("fw-test-lock-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "draft.lock", NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_unlink (fixture->path);
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
assert_claim_refused (const char *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fw_lock_file_is_held (path));
  g_assert_null (fw_lock_file_acquire (path, &error));
  g_assert_error (error, FW_ERROR, FW_ERROR_IO);
}

static void
assert_claimable (const char *path)
{
  g_autoptr(GError) error = NULL;
  FwLockFile *lock;

  g_assert_false (fw_lock_file_is_held (path));
  lock = fw_lock_file_acquire (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (lock);
  fw_lock_file_release (lock, FALSE);
}

/* Two holders in one process: the lock belongs to the open file, not to the process. */
static void
test_same_process (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  FwLockFile *first = fw_lock_file_acquire (fixture->path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (first);
  assert_claim_refused (fixture->path);

  fw_lock_file_release (first, FALSE);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  assert_claimable (fixture->path);
}

/* Another process holds the lock; it is free again the moment that process is killed. */
static void
test_other_process (Fixture       *fixture,
                    gconstpointer  user_data)
{
  int ready[2];
  char byte = 0;
  pid_t child;
  int status;

  g_assert_cmpint (pipe (ready), ==, 0);
  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      /* Only what is safe after fork(): no GLib main loop, no g_assert. */
      FwLockFile *lock = fw_lock_file_acquire (fixture->path, NULL);

      byte = lock != NULL ? 'y' : 'n';
      if (write (ready[1], &byte, 1) != 1)
        _exit (1);
      pause ();
      _exit (0);
    }
  close (ready[1]);
  g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
  close (ready[0]);
  g_assert_cmpint (byte, ==, 'y');

  assert_claim_refused (fixture->path);

  /* Killed, as by a crash: it never lets go of the lock itself. */
  g_assert_cmpint (kill (child, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFSIGNALED (status));

  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  assert_claimable (fixture->path);
}

/* A lock file left behind that names a live process (a reused id; here our own) blocks no one. */
static void
test_stale_file_with_live_pid (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *own_pid = g_strdup_printf ("%d\n", (int) getpid ());

  g_assert_true (g_file_set_contents (fixture->path, own_pid, -1, &error));
  g_assert_no_error (error);
  assert_claimable (fixture->path);
  g_assert_true (g_file_set_contents (fixture->path, "1\n", -1, &error));
  assert_claimable (fixture->path);
}

/* Deleting the lock file on release never lets two holders in at once. */
static void
test_release_deletes (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  FwLockFile *lock = fw_lock_file_acquire (fixture->path, &error);
  FwLockFile *again;

  g_assert_no_error (error);
  fw_lock_file_release (lock, TRUE);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_assert_false (fw_lock_file_is_held (fixture->path));

  again = fw_lock_file_acquire (fixture->path, &error);
  g_assert_no_error (error);
  assert_claim_refused (fixture->path);
  fw_lock_file_release (again, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/lock-file/same-process", Fixture, NULL, fixture_setup, test_same_process,
              fixture_teardown);
  g_test_add ("/lock-file/other-process", Fixture, NULL, fixture_setup, test_other_process,
              fixture_teardown);
  g_test_add ("/lock-file/stale-file-with-live-pid", Fixture, NULL, fixture_setup,
              test_stale_file_with_live_pid, fixture_teardown);
  g_test_add ("/lock-file/release-deletes", Fixture, NULL, fixture_setup, test_release_deletes,
              fixture_teardown);

  return g_test_run ();
}
