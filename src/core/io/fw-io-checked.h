/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "fw-error.h"

G_BEGIN_DECLS

/**
 * fw_io_get_etag:
 * @path: a file name
 *
 * Takes a fingerprint of the file at @path, to be kept when the file is opened and handed
 * to fw_io_save_atomic_checked() when it is saved. The fingerprint is GIO's entity tag
 * (the modification time) together with the size, the inode and a SHA-256 digest of the
 * contents, so that a change is seen even when it leaves the modification time as it was
 * (file systems with coarse time stamps, or a tool that restores the time). Symbolic links
 * are followed. The string is opaque: compare it only with strcmp().
 *
 * Returns: (transfer full) (nullable): the fingerprint, or %NULL when @path does not exist
 *   or cannot be read
 */
char     *fw_io_get_etag            (const char   *path);

/**
 * fw_io_save_atomic_checked:
 * @path: a file name
 * @data: the bytes to write
 * @length: the number of bytes in @data
 * @expected_etag: (nullable): the fingerprint fw_io_get_etag() gave when the file was
 *   opened or last saved, or %NULL when the file did not exist then
 * @error: return location for a #GError in the %FW_ERROR domain
 *
 * Like fw_io_save_atomic(), but refuses to replace a file that changed on disk since
 * @expected_etag was taken: another program wrote it, replaced it, or created it where
 * there was none. The refusal is %FW_ERROR_IO with the message
 * `FILE: error: could not save: the file changed on disk since it was opened`, and the
 * file is left untouched. A file that was deleted in the meantime is simply written again:
 * nothing on disk is lost by that.
 *
 * After a successful save, take a new fingerprint with fw_io_get_etag() for the next save.
 *
 * Returns: %TRUE on success
 */
gboolean  fw_io_save_atomic_checked (const char   *path,
                                     const char   *data,
                                     gsize         length,
                                     const char   *expected_etag,
                                     GError      **error);

G_END_DECLS
