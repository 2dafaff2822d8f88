/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "fw-lock-file.h"

/* Another holder may delete the file between our open() and flock(): then we try again. */
#define ACQUIRE_ATTEMPTS 8
/* fw_lock_file_is_held() holds the lock shared for an instant: a busy lock is tried again. */
#define BUSY_ATTEMPTS    3
#define BUSY_WAIT_USEC   2000

struct _FwLockFile
{
  char *path;
  int   fd;
};

/* Whether @fd is still the file at @path, not one deleted (and perhaps re-created) since. */
static gboolean
still_at_path (int         fd,
               const char *path)
{
  struct stat by_fd;
  struct stat by_path;

  return fstat (fd, &by_fd) == 0 && g_stat (path, &by_path) == 0 &&
         by_fd.st_dev == by_path.st_dev && by_fd.st_ino == by_path.st_ino;
}

static void
write_pid (int fd)
{
  g_autofree char *pid = g_strdup_printf ("%d\n", (int) getpid ());
  gsize length = strlen (pid);

  /* Only a hint for people: a failure here changes nothing about the lock. */
  if (ftruncate (fd, 0) == 0 && write (fd, pid, length) != (gssize) length)
    g_debug ("Could not note the process id in the lock file");
}

FwLockFile *
fw_lock_file_acquire (const char  *path,
                      GError     **error)
{
  FwLockFile *lock;
  int fd = -1;
  int saved_errno = 0;
  guint busy = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint attempt = 0; attempt < ACQUIRE_ATTEMPTS; attempt++)
    {
      fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
      if (fd < 0)
        {
          saved_errno = errno;
          break;
        }
      if (flock (fd, LOCK_EX | LOCK_NB) != 0)
        {
          saved_errno = errno;
          close (fd);
          fd = -1;
          if (saved_errno == EINTR)
            continue;
          if (saved_errno == EWOULDBLOCK && ++busy < BUSY_ATTEMPTS)
            {
              g_usleep (BUSY_WAIT_USEC);
              continue;
            }
          break;
        }
      if (still_at_path (fd, path))
        break;
      close (fd);
      fd = -1;
      saved_errno = EAGAIN;
    }

  if (fd < 0)
    {
      if (saved_errno == EWOULDBLOCK || saved_errno == EAGAIN)
        fw_set_error_at (error, FW_ERROR_IO, path, 0, 0, "locked by another process");
      else
        fw_set_error_at (error, FW_ERROR_IO, path, 0, 0, "could not lock: %s",
                         g_strerror (saved_errno));
      return NULL;
    }

  write_pid (fd);
  lock = g_new0 (FwLockFile, 1);
  lock->path = g_strdup (path);
  lock->fd = fd;
  return lock;
}

void
fw_lock_file_release (FwLockFile *lock,
                      gboolean    delete_file)
{
  if (lock == NULL)
    return;

  /* Deleted while still held: whoever opened the old file meanwhile sees it is gone. */
  if (delete_file)
    g_unlink (lock->path);
  close (lock->fd);
  g_free (lock->path);
  g_free (lock);
}

gboolean
fw_lock_file_is_held (const char *path)
{
  int fd;
  gboolean held;

  g_return_val_if_fail (path != NULL, FALSE);

  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0);
  if (fd < 0)
    return FALSE;
  held = flock (fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  close (fd);
  return held;
}
