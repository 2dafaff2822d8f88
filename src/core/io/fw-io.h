/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "fw-error.h"

G_BEGIN_DECLS

/**
 * FW_MAX_FILE_SIZE:
 *
 * The largest file the readers accept: 32 MiB.
 */
#define FW_MAX_FILE_SIZE (32 * 1024 * 1024)

/**
 * fw_io_load:
 * @path: a file name, or `-` for standard input
 * @max_size: the largest size accepted, in bytes; usually %FW_MAX_FILE_SIZE
 * @error: return location for a #GError in the %FW_ERROR domain
 *
 * Reads a whole regular file. Directories, FIFOs, sockets and devices are refused
 * without being read. A file larger than @max_size is refused before reading, and
 * also if it grows past @max_size while being read. Standard input is read up to
 * @max_size bytes.
 *
 * Messages are `FILE: error: ...`, with `<stdin>` as FILE for standard input.
 * Codes are %FW_ERROR_IO (missing, unreadable, a directory, not a regular file)
 * and %FW_ERROR_TOO_LARGE.
 *
 * The contents are followed by a NUL byte that the size does not count, so that text readers
 * can use them in place.
 *
 * Returns: (transfer full) (nullable): the contents, or %NULL with @error set
 */
GBytes   *fw_io_load        (const char   *path,
                             gsize         max_size,
                             GError      **error);

/**
 * fw_io_save_atomic:
 * @path: a file name, or `-` for standard output
 * @data: the bytes to write
 * @length: the number of bytes in @data
 * @error: return location for a #GError in the %FW_ERROR domain
 *
 * Replaces @path atomically: the data is written to a temporary file in the same
 * directory, flushed to disk with fsync(), and renamed over @path. A symbolic link
 * is followed, so the file it points to is replaced and the link is kept. An
 * existing file keeps its permissions (and, where allowed, its owner and group); a
 * new file gets 0666 minus the umask. A file the caller may not write is refused,
 * even though the directory would allow replacing it.
 *
 * On failure @path is left byte for byte as it was, no temporary file remains, and
 * @error is set to %FW_ERROR_IO with the message
 * `FILE: error: could not save: REASON`.
 *
 * For tests, in builds with the test_hooks option on (developer builds), if the
 * environment variable `FW_FAULT_INJECT` contains the word
 * `save-write` (words are separated by spaces, commas or colons), the save fails
 * with "No space left on device" after the temporary file is written and before
 * it is renamed, exercising the clean-up path.
 *
 * Returns: %TRUE on success
 */
gboolean  fw_io_save_atomic (const char   *path,
                             const char   *data,
                             gsize         length,
                             GError      **error);

G_END_DECLS
