/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * FW_ERROR:
 *
 * The error domain of the Framewright core library.
 *
 * Every reader in the project sets complete, user-facing messages of the form
 * `FILE:LINE:COLUMN: error: what is wrong`, with LINE and COLUMN counted from 1
 * and COLUMN counted in characters, not bytes.
 */
#define FW_ERROR (fw_error_quark ())

typedef enum
{
  FW_ERROR_IO,        /* cannot open, read or write */
  FW_ERROR_TOO_LARGE, /* over a size limit */
  FW_ERROR_PARSE,     /* malformed syntax: bad JSON, invalid UTF-8, NUL byte, too deep */
  FW_ERROR_INVALID,   /* well-formed but wrong: wrong type, missing member, out of range,
                       * duplicate key */
  FW_ERROR_VERSION,   /* unsupported format version */
  FW_ERROR_FORMAT,    /* unknown or undetectable format */
  FW_ERROR_CONFLICT,  /* the file changed on disk since it was read: saving would lose that */
} FwErrorCode;

GQuark fw_error_quark (void);

/**
 * fw_set_error_at:
 * @error: (nullable): return location for a #GError
 * @code: an #FwErrorCode
 * @file: (nullable): the file name shown to the user; %NULL shows `<input>`
 * @line: 1-based line, or 0 if unknown
 * @column: 1-based column in characters, or 0 if unknown
 * @fmt: printf-style message
 *
 * Sets @error in the %FW_ERROR domain with a message `FILE:LINE:COLUMN: error: MSG`.
 * With @line 0 the message is `FILE: error: MSG`; with @column 0 it is
 * `FILE:LINE: error: MSG`.
 */
void fw_set_error_at        (GError      **error,
                             FwErrorCode   code,
                             const char   *file,
                             guint         line,
                             guint         column,
                             const char   *fmt,
                             ...) G_GNUC_PRINTF (6, 7);

/**
 * fw_set_error_at_valist:
 *
 * Like fw_set_error_at(), with a `va_list`.
 */
void fw_set_error_at_valist (GError      **error,
                             FwErrorCode   code,
                             const char   *file,
                             guint         line,
                             guint         column,
                             const char   *fmt,
                             va_list       args) G_GNUC_PRINTF (6, 0);

G_END_DECLS
