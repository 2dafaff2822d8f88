/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "fw-io.h"

#define KIB ((gsize)1024)
#define MIB (KIB * 1024)

static char *
format_size (gsize size)
{
  if (size >= MIB && size % MIB == 0)
    return g_strdup_printf ("%" G_GSIZE_FORMAT " MiB", size / MIB);
  if (size >= KIB && size % KIB == 0)
    return g_strdup_printf ("%" G_GSIZE_FORMAT " KiB", size / KIB);
  if (size == 1)
    return g_strdup ("1 byte");
  return g_strdup_printf ("%" G_GSIZE_FORMAT " bytes", size);
}

static void
set_too_large_error (GError     **error,
                     const char  *name,
                     const char  *what,
                     gsize        max_size)
{
  g_autofree char *limit = format_size (max_size);

  fw_set_error_at (error, FW_ERROR_TOO_LARGE, name, 0, 0, "%s is larger than %s", what, limit);
}

static void
set_open_error (GError     **error,
                const char  *path,
                int          errsv)
{
  switch (errsv)
    {
    case ENOENT:
      fw_set_error_at (error, FW_ERROR_IO, path, 0, 0, "no such file");
      break;

    case EACCES:
    case EPERM:
      fw_set_error_at (error, FW_ERROR_IO, path, 0, 0, "permission denied");
      break;

    case EISDIR:
      fw_set_error_at (error, FW_ERROR_IO, path, 0, 0, "is a directory");
      break;

    default:
      fw_set_error_at (error, FW_ERROR_IO, path, 0, 0, "could not open: %s", g_strerror (errsv));
      break;
    }
}

static gboolean
check_regular_file (const char         *path,
                    const struct stat  *st,
                    gsize               max_size,
                    GError            **error)
{
  if (S_ISDIR (st->st_mode))
    {
      fw_set_error_at (error, FW_ERROR_IO, path, 0, 0, "is a directory");
      return FALSE;
    }

  if (!S_ISREG (st->st_mode))
    {
      fw_set_error_at (error, FW_ERROR_IO, path, 0, 0, "not a regular file");
      return FALSE;
    }

  if ((guint64)st->st_size > (guint64)max_size)
    {
      set_too_large_error (error, path, "file", max_size);
      return FALSE;
    }

  return TRUE;
}

/* Reads until end of file, but never more than @max_size + 1 bytes, so that a
 * file that grows while being read, or an endless stream, is still refused. */
static GBytes *
read_bounded (int          fd,
              const char  *name,
              const char  *what,
              gsize        max_size,
              gsize        size_hint,
              GError     **error)
{
  g_autofree guint8 *buffer = NULL;
  /* Room for one byte past @max_size, to see that a file is too large, and for a NUL. */
  gsize capacity = MIN (MAX (size_hint, 4096), max_size) + 2;
  gsize length = 0;

  buffer = g_malloc (capacity);

  for (;;)
    {
      gssize n;

      if (length + 1 == capacity)
        {
          capacity = capacity > max_size / 2 ? max_size + 2 : capacity * 2;
          buffer = g_realloc (buffer, capacity);
        }

      n = read (fd, buffer + length, capacity - 1 - length);
      if (n < 0)
        {
          int errsv = errno;
          struct pollfd pfd = { fd, POLLIN, 0 };

          if (errsv == EINTR)
            continue;
          if (errsv == EAGAIN)
            {
              poll (&pfd, 1, -1);
              continue;
            }

          fw_set_error_at (error, FW_ERROR_IO, name, 0, 0, "could not read: %s", g_strerror (errsv));
          return NULL;
        }

      if (n == 0)
        break;

      length += n;
      if (length > max_size)
        {
          set_too_large_error (error, name, what, max_size);
          return NULL;
        }
    }

  if (capacity - length > 64 * KIB)
    buffer = g_realloc (buffer, length + 1);
  buffer[length] = '\0';

  return g_bytes_new_take (g_steal_pointer (&buffer), length);
}

static GBytes *
load_file (const char  *path,
           gsize        max_size,
           GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  struct stat st;
  int fd;

  /* One open and one fstat, with no stat before: O_NONBLOCK keeps the open of a FIFO without
   * a writer from blocking, and O_NOCTTY that of a terminal from taking it over; what is not
   * a regular file is then refused unread. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);
  if (fd < 0)
    {
      set_open_error (error, path, errno);
      return NULL;
    }

  if (fstat (fd, &st) != 0)
    {
      fw_set_error_at (error, FW_ERROR_IO, path, 0, 0, "could not read: %s", g_strerror (errno));
      close (fd);
      return NULL;
    }

  if (check_regular_file (path, &st, max_size, error))
    bytes = read_bounded (fd, path, "file", max_size, st.st_size, error);

  close (fd);
  return g_steal_pointer (&bytes);
}

GBytes *
fw_io_load (const char  *path,
            gsize        max_size,
            GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_str_equal (path, "-"))
    return read_bounded (STDIN_FILENO, "<stdin>", "input", max_size, 0, error);

  return load_file (path, max_size, error);
}

/* A test hook: release builds (see the test_hooks build option) never fail on purpose. */
static gboolean
fault_injected (const char *fault)
{
#ifdef FW_TEST_HOOKS
  const char *value = g_getenv ("FW_FAULT_INJECT");
  g_auto(GStrv) words = NULL;

  if (value == NULL)
    return FALSE;

  words = g_strsplit_set (value, " \t,:", -1);
  return g_strv_contains ((const char * const *)words, fault);
#else
  return FALSE;
#endif
}

static gboolean
set_save_error (GError     **error,
                const char  *path,
                int          errsv)
{
  fw_set_error_at (error, FW_ERROR_IO, path, 0, 0, "could not save: %s", g_strerror (errsv));
  return FALSE;
}

static gboolean
save_to_stdout (const char  *data,
                gsize        length,
                GError     **error)
{
  errno = 0;
  if ((length > 0 && fwrite (data, 1, length, stdout) != length) || fflush (stdout) != 0)
    return set_save_error (error, "<stdout>", errno != 0 ? errno : EIO);

  return TRUE;
}

static gboolean
write_all (int         fd,
           const char *data,
           gsize       length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }

      data += n;
      length -= n;
    }

  return TRUE;
}

/* Follows a symbolic link so that the file it points to is replaced, not the link. */
static char *
resolve_target (const char *path)
{
  struct stat st;
  char *resolved;
  char *copy;

  if (g_lstat (path, &st) != 0 || !S_ISLNK (st.st_mode))
    return g_strdup (path);

  resolved = realpath (path, NULL);
  if (resolved == NULL)
    return g_strdup (path);

  copy = g_strdup (resolved);
  free (resolved);
  return copy;
}

static void
sync_directory (const char *directory)
{
  int fd = g_open (directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  /* Only durability is at stake here; the rename has already happened. */
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/* Writes, fixes the mode and flushes the temporary file; returns 0 or an errno. */
static int
fill_temporary (int                fd,
                const char        *data,
                gsize              length,
                const struct stat *original)
{
  if (!write_all (fd, data, length))
    return errno;

  if (original != NULL)
    {
      /* Best effort: only root may give a file away, so on failure the caller
       * stays the owner. The owner goes first because changing it clears the
       * set-id bits that fchmod() then restores. */
      if (fchown (fd, original->st_uid, original->st_gid) != 0)
        g_debug ("Could not keep the owner of the file: %s", g_strerror (errno));

      if (fchmod (fd, original->st_mode & 07777) != 0)
        return errno;
    }

  if (fsync (fd) != 0)
    return errno;

  return 0;
}

/* GLib's g_file_replace_contents() falls back to rewriting the file in place for
 * hard-linked files and when it cannot keep the owner, and neither it nor
 * g_file_set_contents_full() keeps the mode of an existing file or offers a hook
 * between writing and renaming; so the steps are spelled out here. */
static gboolean
save_file (const char  *path,
           const char  *data,
           gsize        length,
           GError     **error)
{
  g_autofree char *target = resolve_target (path);
  g_autofree char *directory = g_path_get_dirname (target);
  g_autofree char *basename = g_path_get_basename (target);
  g_autofree char *template = NULL;
  g_autofree char *tmp_path = NULL;
  struct stat original;
  gboolean exists;
  int errsv;
  int fd;

  exists = g_stat (target, &original) == 0;
  if (!exists && errno != ENOENT)
    return set_save_error (error, path, errno);
  if (exists && S_ISDIR (original.st_mode))
    return set_save_error (error, path, EISDIR);
  if (exists && !S_ISREG (original.st_mode))
    {
      fw_set_error_at (error, FW_ERROR_IO, path, 0, 0, "could not save: not a regular file");
      return FALSE;
    }
  /* Renaming would replace a write-protected file without complaint. */
  if (exists && g_access (target, W_OK) != 0)
    return set_save_error (error, path, errno);

  template = g_strdup_printf (".%s.XXXXXX", basename);
  tmp_path = g_build_filename (directory, template, NULL);

  /* A new file gets 0666 minus the umask; a replacement starts private and then
   * takes the original's mode. */
  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, exists ? 0600 : 0666);
  if (fd < 0)
    return set_save_error (error, path, errno);

  errsv = fill_temporary (fd, data, length, exists ? &original : NULL);

  if (close (fd) != 0 && errsv == 0)
    errsv = errno;

  if (errsv == 0 && fault_injected ("save-write"))
    errsv = ENOSPC;

  if (errsv == 0 && g_rename (tmp_path, target) != 0)
    errsv = errno;

  if (errsv != 0)
    {
      g_unlink (tmp_path);
      return set_save_error (error, path, errsv);
    }

  sync_directory (directory);
  return TRUE;
}

gboolean
fw_io_save_atomic (const char  *path,
                   const char  *data,
                   gsize        length,
                   GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_str_equal (path, "-"))
    return save_to_stdout (data, length, error);

  return save_file (path, data, length, error);
}
