/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-formats.h"

G_BEGIN_DECLS

/* The file name that page text pasted from the clipboard reports in messages. */
#define FW_PAGE_CLIPBOARD_NAME "<clipboard>"

/*
 * Reads a framework page's text as copied from a browser (select all, copy) — the same
 * reader as fw_page_text_read(), for text that did not come from a file, such as the
 * editor's "Paste framework page". @length may be -1 when @text is NUL-terminated.
 * @warnings, when not NULL, receives FwDiagnostic* for every inconsistency found (file
 * name FW_PAGE_CLIPBOARD_NAME). Returns a new document with origin FW_ORIGIN_PAGE, or NULL
 * with an FW_ERROR "<clipboard>:LINE:COLUMN: error: …".
 */
FwDocument *fw_page_parse_text (const char  *text,
                                gssize       length,
                                GPtrArray   *warnings,
                                GError     **error);

G_END_DECLS
