/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The readers and writers of each format, below the registry (fw-formats.c) that picks one. */

#include "fw-diagnostic.h"
#include "fw-document.h"

G_BEGIN_DECLS

/* Per-format entry points (used by fw_format_read_bytes). @data is NUL-terminated. */
FwDocument *fw_native_read        (const char *data, gsize length, const char *filename,
                                   GPtrArray *warnings, GError **error);
GBytes     *fw_native_write       (FwDocument *document);
FwDocument *fw_nsx_read           (const char *data, gsize length, const char *filename,
                                   GPtrArray *warnings, GError **error);
GBytes     *fw_nsx_write          (FwDocument *document, const char *exported_at,
                                   GError **error);
FwDocument *fw_page_text_read     (const char *data, gsize length, const char *filename,
                                   GPtrArray *warnings, GError **error);
FwDocument *fw_page_html_read     (const char *data, gsize length, const char *filename,
                                   GPtrArray *warnings, GError **error);
FwDocument *fw_case_read          (const char *data, gsize length, const char *filename,
                                   GPtrArray *warnings, GError **error);
GBytes     *fw_case_write         (FwDocument *document, const char *base_uri);
FwDocument *fw_csv_read           (const char *data, gsize length, const char *filename,
                                   GPtrArray *warnings, GError **error);
GBytes     *fw_csv_write          (FwDocument *document);
GBytes     *fw_canvas_csv_write   (FwDocument *document);
GBytes     *fw_moodle_csv_write   (FwDocument *document);

G_END_DECLS
