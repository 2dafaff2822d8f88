/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-document.h"

G_BEGIN_DECLS

/*
 * The XLSX workbook (libxlsxwriter): the level grid as on the page, then AI fluency, durable
 * skills, sources, evidence and O*NET sheets.
 *
 * libxlsxwriter writes only to a file, so the workbook is written to a temporary file in
 * @temp_dir (the target's folder, so that nothing crosses file systems; NULL for the system's
 * temporary folder), read back and removed. The document's creation time (and with it every
 * time stamp inside the zip) comes from @created_at, an ISO 8601 time, so that the same
 * framework gives the same bytes; see fw_xlsx_creation_time().
 */
GBytes   *fw_xlsx_write         (FwDocument  *document,
                                 const char  *created_at,
                                 const char  *temp_dir,
                                 GError     **error);

/*
 * The time a workbook records as its creation: @created_at when given, else the export time
 * the framework's provenance holds, else 2000-01-01T00:00:00Z. Never the time of the export.
 */
gint64    fw_xlsx_creation_time (FwDocument  *document,
                                 const char  *created_at);

G_END_DECLS
