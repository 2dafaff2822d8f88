/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "fw-io.h"
#include "tests/fw-test-hooks.h"

static void
assert_error_starts (const GError *error,
                     FwErrorCode   code,
                     const char   *prefix)
{
  g_autofree char *head = NULL;

  g_assert_nonnull (error);
  if (!g_error_matches (error, FW_ERROR, code))
    g_error ("expected error code %d, got %s %d: %s",
             code, g_quark_to_string (error->domain), error->code, error->message);

  head = g_strndup (error->message, strlen (prefix));
  g_assert_cmpstr (head, ==, prefix);
}

static char *
make_test_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("fw-test-io-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_test_dir (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_chmod (dir, 0755);

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
write_file (const char *path,
            const char *contents,
            int         mode)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, mode), ==, 0);
}

static void
assert_file_contents (const char *path,
                      const char *expected)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, ==, strlen (expected));
  g_assert_true (memcmp (contents, expected, length) == 0);
}

static int
file_mode (const char *path)
{
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

/* Asserts that @dir holds exactly the NULL-terminated list of names. */
static void
assert_dir_entries (const char *dir,
                    ...)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  const char *name;
  guint found = 0;
  va_list args;

  va_start (args, dir);
  while ((name = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (expected, (gpointer)name);
  va_end (args);

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      if (!g_ptr_array_find_with_equal_func (expected, name, g_str_equal, NULL))
        g_error ("unexpected file %s left in %s", name, dir);
      found++;
    }

  g_assert_cmpuint (found, ==, expected->len);
}

static void
test_load_regular (void)
{
  g_autofree char *dir = make_test_dir ();
  g_autofree char *path = g_build_filename (dir, "a.json", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.json", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) empty_bytes = NULL;
  g_autoptr(GError) error = NULL;

  write_file (path, "{\"a\": 1}", 0644);
  write_file (empty, "", 0644);

  bytes = fw_io_load (path, FW_MAX_FILE_SIZE, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "{\"a\": 1}", 8);

  /* Exactly at the limit is fine. */
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = fw_io_load (path, 8, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 8);

  empty_bytes = fw_io_load (empty, FW_MAX_FILE_SIZE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (empty_bytes), ==, 0);

  remove_test_dir (dir);
}

static void
test_load_directory (void)
{
  g_autofree char *dir = make_test_dir ();
  g_autofree char *expected = g_strdup_printf ("%s: error: is a directory", dir);
  g_autoptr(GError) error = NULL;
  GBytes *bytes = fw_io_load (dir, FW_MAX_FILE_SIZE, &error);

  g_assert_null (bytes);
  assert_error_starts (error, FW_ERROR_IO, expected);
  g_assert_cmpstr (error->message, ==, expected);

  remove_test_dir (dir);
}

static void
test_load_missing (void)
{
  g_autofree char *dir = make_test_dir ();
  g_autofree char *path = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: error: no such file", path);
  g_autoptr(GError) error = NULL;
  GBytes *bytes = fw_io_load (path, FW_MAX_FILE_SIZE, &error);

  g_assert_null (bytes);
  g_assert_error (error, FW_ERROR, FW_ERROR_IO);
  g_assert_cmpstr (error->message, ==, expected);

  remove_test_dir (dir);
}

static void
test_load_too_large (void)
{
  g_autofree char *dir = make_test_dir ();
  g_autofree char *path = g_build_filename (dir, "big.json", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: error: file is larger than 16 bytes", path);
  g_autofree char *expected_kib = g_strdup_printf ("%s: error: file is larger than 1 KiB", path);
  g_autofree char *expected_mib = g_strdup_printf ("%s: error: file is larger than 32 MiB", path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error_kib = NULL;
  g_autoptr(GError) error_mib = NULL;
  g_autofree char *kib = g_strnfill (1025, 'x');
  int fd;

  write_file (path, "[1, 2, 3, 4, 5, 6, 7]", 0644);
  g_assert_null (fw_io_load (path, 16, &error));
  g_assert_error (error, FW_ERROR, FW_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, expected);

  write_file (path, kib, 0644);
  g_assert_null (fw_io_load (path, 1024, &error_kib));
  g_assert_error (error_kib, FW_ERROR, FW_ERROR_TOO_LARGE);
  g_assert_cmpstr (error_kib->message, ==, expected_kib);

  /* A sparse file costs no disk space; it must be refused before reading. */
  fd = g_open (path, O_WRONLY | O_TRUNC, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t)FW_MAX_FILE_SIZE + 1), ==, 0);
  close (fd);
  g_assert_null (fw_io_load (path, FW_MAX_FILE_SIZE, &error_mib));
  g_assert_error (error_mib, FW_ERROR, FW_ERROR_TOO_LARGE);
  g_assert_cmpstr (error_mib->message, ==, expected_mib);

  remove_test_dir (dir);
}

static void
test_load_special (void)
{
  g_autofree char *dir = make_test_dir ();
  g_autofree char *fifo = g_build_filename (dir, "fifo", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: error: not a regular file", fifo);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) device_error = NULL;

  /* Opening a FIFO without a writer would block for ever. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_null (fw_io_load (fifo, FW_MAX_FILE_SIZE, &error));
  g_assert_error (error, FW_ERROR, FW_ERROR_IO);
  g_assert_cmpstr (error->message, ==, expected);

  g_assert_null (fw_io_load ("/dev/zero", FW_MAX_FILE_SIZE, &device_error));
  g_assert_error (device_error, FW_ERROR, FW_ERROR_IO);
  g_assert_cmpstr (device_error->message, ==, "/dev/zero: error: not a regular file");

  remove_test_dir (dir);
}

/* Runs fw_io_load ("-") with standard input redirected from @path. */
static GBytes *
load_stdin_from (const char  *path,
                 gsize        max_size,
                 GError     **error)
{
  int saved = dup (STDIN_FILENO);
  int fd = g_open (path, O_RDONLY, 0);
  GBytes *bytes;

  g_assert_cmpint (saved, >=, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (dup2 (fd, STDIN_FILENO), ==, STDIN_FILENO);
  close (fd);

  bytes = fw_io_load ("-", max_size, error);

  g_assert_cmpint (dup2 (saved, STDIN_FILENO), ==, STDIN_FILENO);
  close (saved);
  return bytes;
}

static void
test_load_stdin (void)
{
  g_autofree char *dir = make_test_dir ();
  g_autofree char *path = g_build_filename (dir, "input.json", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) large_error = NULL;

  write_file (path, "[true, false]", 0644);

  bytes = load_stdin_from (path, FW_MAX_FILE_SIZE, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "[true, false]", 13);

  g_assert_null (load_stdin_from (path, 12, &large_error));
  g_assert_error (large_error, FW_ERROR, FW_ERROR_TOO_LARGE);
  g_assert_cmpstr (large_error->message, ==, "<stdin>: error: input is larger than 12 bytes");

  remove_test_dir (dir);
}

static void
test_save_replaces_and_keeps_mode (void)
{
  g_autofree char *dir = make_test_dir ();
  g_autofree char *path = g_build_filename (dir, "doc.fwk", NULL);
  g_autoptr(GError) error = NULL;

  write_file (path, "old contents that are longer than the new ones", 0640);

  g_assert_true (fw_io_save_atomic (path, "new", 3, &error));
  g_assert_no_error (error);
  assert_file_contents (path, "new");
  g_assert_cmpint (file_mode (path), ==, 0640);

  g_assert_cmpint (g_chmod (path, 0604), ==, 0);
  g_assert_true (fw_io_save_atomic (path, "", 0, &error));
  g_assert_no_error (error);
  assert_file_contents (path, "");
  g_assert_cmpint (file_mode (path), ==, 0604);

  assert_dir_entries (dir, "doc.fwk", NULL);
  remove_test_dir (dir);
}

static void
test_save_new_file (void)
{
  g_autofree char *dir = make_test_dir ();
  g_autofree char *path = g_build_filename (dir, "new.fwk", NULL);
  g_autoptr(GError) error = NULL;
  mode_t mask = umask (022);

  g_assert_true (fw_io_save_atomic (path, "{}\n", 3, &error));
  umask (mask);
  g_assert_no_error (error);
  assert_file_contents (path, "{}\n");
  g_assert_cmpint (file_mode (path), ==, 0644);

  assert_dir_entries (dir, "new.fwk", NULL);
  remove_test_dir (dir);
}

static void
test_save_through_symlink (void)
{
  g_autofree char *dir = make_test_dir ();
  g_autofree char *target = g_build_filename (dir, "target.fwk", NULL);
  g_autofree char *link = g_build_filename (dir, "link.fwk", NULL);
  g_autoptr(GError) error = NULL;
  struct stat st;

  write_file (target, "old", 0600);
  g_assert_cmpint (symlink ("target.fwk", link), ==, 0);

  g_assert_true (fw_io_save_atomic (link, "new", 3, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  assert_file_contents (target, "new");
  g_assert_cmpint (file_mode (target), ==, 0600);

  assert_dir_entries (dir, "target.fwk", "link.fwk", NULL);
  remove_test_dir (dir);
}

static void
test_save_fault_injection (void)
{
  static const char original[] = "original\0bytes\n";
  g_autofree char *dir = make_test_dir ();
  g_autofree char *path = g_build_filename (dir, "doc.fwk", NULL);
  g_autofree char *prefix = g_strdup_printf ("%s: error: could not save: ", path);
  g_autofree char *expected = g_strdup_printf ("%s%s", prefix, g_strerror (ENOSPC));
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error_new = NULL;
  g_autofree char *new_path = g_build_filename (dir, "new.fwk", NULL);
  gsize length;

  g_assert_true (g_file_set_contents (path, original, sizeof original - 1, NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);

  g_setenv ("FW_FAULT_INJECT", "other, save-write", TRUE);
  g_assert_false (fw_io_save_atomic (path, "replacement", 11, &error));
  g_assert_false (fw_io_save_atomic (new_path, "replacement", 11, &error_new));
  g_unsetenv ("FW_FAULT_INJECT");

  assert_error_starts (error, FW_ERROR_IO, prefix);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_error (error_new, FW_ERROR, FW_ERROR_IO);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, original, sizeof original - 1);
  g_assert_cmpint (file_mode (path), ==, 0640);
  assert_dir_entries (dir, "doc.fwk", NULL);

  /* Similar words do not trigger it. */
  g_setenv ("FW_FAULT_INJECT", "save-writer", TRUE);
  g_assert_true (fw_io_save_atomic (path, "replacement", 11, NULL));
  g_unsetenv ("FW_FAULT_INJECT");
  assert_file_contents (path, "replacement");

  remove_test_dir (dir);
}

static void
test_save_read_only_directory (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GError) error = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root ignores directory permissions");
      return;
    }

  dir = make_test_dir ();
  path = g_build_filename (dir, "doc.fwk", NULL);
  prefix = g_strdup_printf ("%s: error: could not save: ", path);

  write_file (path, "original", 0644);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);

  g_assert_false (fw_io_save_atomic (path, "new", 3, &error));
  assert_error_starts (error, FW_ERROR_IO, prefix);

  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  assert_file_contents (path, "original");
  assert_dir_entries (dir, "doc.fwk", NULL);
  remove_test_dir (dir);
}

static void
test_save_read_only_file (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root ignores file permissions");
      return;
    }

  dir = make_test_dir ();
  path = g_build_filename (dir, "doc.fwk", NULL);
  expected = g_strdup_printf ("%s: error: could not save: %s", path, g_strerror (EACCES));

  write_file (path, "original", 0444);

  g_assert_false (fw_io_save_atomic (path, "new", 3, &error));
  g_assert_error (error, FW_ERROR, FW_ERROR_IO);
  g_assert_cmpstr (error->message, ==, expected);

  assert_file_contents (path, "original");
  g_assert_cmpint (file_mode (path), ==, 0444);
  assert_dir_entries (dir, "doc.fwk", NULL);
  remove_test_dir (dir);
}

static void
test_save_errors (void)
{
  g_autofree char *dir = make_test_dir ();
  g_autofree char *missing_dir = g_build_filename (dir, "no", "doc.fwk", NULL);
  g_autofree char *expected_dir = g_strdup_printf ("%s: error: could not save: ", dir);
  g_autofree char *expected_missing = g_strdup_printf ("%s: error: could not save: ", missing_dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) missing_error = NULL;

  g_assert_false (fw_io_save_atomic (dir, "x", 1, &error));
  assert_error_starts (error, FW_ERROR_IO, expected_dir);

  g_assert_false (fw_io_save_atomic (missing_dir, "x", 1, &missing_error));
  assert_error_starts (missing_error, FW_ERROR_IO, expected_missing);

  assert_dir_entries (dir, NULL);
  remove_test_dir (dir);
}

static void
test_save_stdout (void)
{
  g_autofree char *dir = make_test_dir ();
  g_autofree char *path = g_build_filename (dir, "out.json", NULL);
  g_autoptr(GError) error = NULL;
  int saved;
  int fd;

  fflush (stdout);
  saved = dup (STDOUT_FILENO);
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (dup2 (fd, STDOUT_FILENO), ==, STDOUT_FILENO);
  close (fd);

  g_assert_true (fw_io_save_atomic ("-", "[1]\n", 4, &error));

  fflush (stdout);
  g_assert_cmpint (dup2 (saved, STDOUT_FILENO), ==, STDOUT_FILENO);
  close (saved);

  g_assert_no_error (error);
  assert_file_contents (path, "[1]\n");
  remove_test_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/load/regular", test_load_regular);
  g_test_add_func ("/io/load/directory", test_load_directory);
  g_test_add_func ("/io/load/missing", test_load_missing);
  g_test_add_func ("/io/load/too-large", test_load_too_large);
  g_test_add_func ("/io/load/special", test_load_special);
  g_test_add_func ("/io/load/stdin", test_load_stdin);
  g_test_add_func ("/io/save/replaces-and-keeps-mode", test_save_replaces_and_keeps_mode);
  g_test_add_func ("/io/save/new-file", test_save_new_file);
  g_test_add_func ("/io/save/through-symlink", test_save_through_symlink);
  g_test_add_func ("/io/save/fault-injection", FW_TEST_NEEDS_HOOKS (test_save_fault_injection));
  g_test_add_func ("/io/save/read-only-directory", test_save_read_only_directory);
  g_test_add_func ("/io/save/read-only-file", test_save_read_only_file);
  g_test_add_func ("/io/save/errors", test_save_errors);
  g_test_add_func ("/io/save/stdout", test_save_stdout);

  return g_test_run ();
}
