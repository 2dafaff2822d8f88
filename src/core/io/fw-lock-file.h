/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "fw-error.h"

G_BEGIN_DECLS

/**
 * FwLockFile:
 *
 * An advisory lock that lives exactly as long as its holder: flock() on a lock file that is
 * created once and never replaced. The kernel drops the lock when the holder closes it or
 * its process ends in any way, so a lock file left behind by a crash, or one naming a
 * process id that has since been reused, never blocks anyone.
 *
 * The lock belongs to one open file description: a second fw_lock_file_acquire() of the
 * same path fails even within the same process.
 */
typedef struct _FwLockFile FwLockFile;

/**
 * fw_lock_file_acquire:
 * @path: the lock file, created (0600) when missing
 * @error: return location for a #GError in the %FW_ERROR domain
 *
 * Takes the lock without waiting. The file holds the holder's process id, for people
 * reading the folder; nothing relies on it.
 *
 * Returns: (transfer full) (nullable): the held lock, or %NULL with %FW_ERROR_IO when
 *   another holder has it or the file cannot be created
 */
FwLockFile *fw_lock_file_acquire    (const char  *path,
                                     GError     **error);

/**
 * fw_lock_file_release:
 * @lock: (transfer full): a held lock
 * @delete_file: whether to remove the lock file (done while still holding it)
 *
 * Lets go of the lock.
 */
void        fw_lock_file_release    (FwLockFile  *lock,
                                     gboolean     delete_file);

/**
 * fw_lock_file_is_held:
 * @path: a lock file
 *
 * Returns: whether a live holder (this process included) has the lock at @path; %FALSE
 *   when there is no such file or nobody holds it, whatever it contains
 */
gboolean    fw_lock_file_is_held    (const char  *path);

G_END_DECLS
