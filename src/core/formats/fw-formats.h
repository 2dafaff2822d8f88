/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-format-readers.h"

G_BEGIN_DECLS

typedef enum
{
  FW_FORMAT_AUTO,
  FW_FORMAT_FWK,
  FW_FORMAT_NSX_JSON,
  FW_FORMAT_PAGE_TEXT,
  FW_FORMAT_PAGE_HTML,
  FW_FORMAT_XLSX,       /* written only */
} FwFormat;

const char *fw_format_to_string   (FwFormat     format);   /* "fwk", "nsx-json", "page-text", "page-html", "xlsx" */
gboolean    fw_format_from_string (const char  *str,
                                   FwFormat    *format);   /* also accepts "auto" */
/* Guesses the format from content (and the file name's extension as a tie-breaker). */
FwFormat    fw_format_detect      (const char  *data,
                                   gsize        length,
                                   const char  *filename);

/*
 * Reads a document. @warnings, when not NULL, receives FwDiagnostic* (caller's array, with
 * fw_diagnostic_free as its free func). On failure returns NULL with a FW_ERROR whose message
 * is "FILE:LINE:COLUMN: error: …". The returned document has a clean history.
 */
FwDocument *fw_format_read_bytes  (GBytes      *bytes,
                                   const char  *filename,
                                   FwFormat     format,
                                   GPtrArray   *warnings,
                                   GError     **error);
/* Loads @path (refusing files over FW_MAX_FILE_SIZE before parsing; "-" is stdin) and reads it. */
FwDocument *fw_format_read_file   (const char  *path,
                                   FwFormat     format,
                                   GPtrArray   *warnings,
                                   GError     **error);

typedef struct
{
  const char *exported_at;  /* NSX: exportedAt to write; NULL = the document's, else now.
                             XLSX: the creation time to record (see fw_xlsx_creation_time) */
  const char *temp_dir;     /* XLSX: where the workbook is built (the target's folder);
                             NULL = the system's temporary folder */
} FwWriteOptions;

/* Serialises. Writers are deterministic. FW_FORMAT_FWK, FW_FORMAT_NSX_JSON and FW_FORMAT_XLSX. */
GBytes     *fw_format_write       (FwDocument           *document,
                                   FwFormat              format,
                                   const FwWriteOptions *options,
                                   GError              **error);
/* Writes atomically; on failure the file at @path is left as it was. */
gboolean    fw_format_save        (FwDocument           *document,
                                   const char           *path,
                                   FwFormat              format,
                                   const FwWriteOptions *options,
                                   GError              **error);

G_END_DECLS
