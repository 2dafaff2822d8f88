/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-error.h"

G_BEGIN_DECLS

/*
 * The encoding check every reader makes before it looks at its input: UTF-8 text, not UTF-16
 * (by its byte order mark), without NUL bytes or invalid sequences. On failure @error is set
 * to `FILE:LINE:COLUMN: error: …` (%FW_ERROR_PARSE) at the first offending byte, its column
 * counted in characters. @subject names the input in messages: "file", "the page".
 */
gboolean fw_utf8_check_text (const char  *data,
                             gsize        length,
                             const char  *filename,
                             const char  *subject,
                             GError     **error);

G_END_DECLS
