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
 * there was none. The refusal is %FW_ERROR_CONFLICT with the message
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

/**
 * fw_io_load_checked:
 * @path: a file name
 * @max_size: as for fw_io_load()
 * @etag: (out) (transfer full) (nullable): the fingerprint of what was read, as
 *   fw_io_get_etag() would give it for an unchanged file
 * @error: return location for a #GError in the %FW_ERROR domain
 *
 * Like fw_io_load(), and fingerprints the very bytes it read, so that a change made while
 * or after reading is never taken for what was read.
 *
 * Returns: (transfer full) (nullable): the contents, or %NULL with @error set
 */
GBytes   *fw_io_load_checked        (const char   *path,
                                     gsize         max_size,
                                     char        **etag,
                                     GError      **error);

/**
 * fw_io_save_checked:
 * @path: a file name
 * @data: the bytes to write
 * @length: the number of bytes in @data
 * @force: replace the file whatever is on disk now, without checking @expected_etag
 * @expected_etag: (nullable): as for fw_io_save_atomic_checked()
 * @new_etag: (out) (optional) (transfer full) (nullable): the fingerprint of the file as
 *   written, for the next save
 * @error: return location for a #GError in the %FW_ERROR domain
 *
 * fw_io_save_atomic_checked() (or, with @force, fw_io_save_atomic()) that also gives the
 * new fingerprint.
 *
 * Returns: %TRUE on success
 */
gboolean  fw_io_save_checked        (const char   *path,
                                     const char   *data,
                                     gsize         length,
                                     gboolean      force,
                                     const char   *expected_etag,
                                     char        **new_etag,
                                     GError      **error);

G_END_DECLS
