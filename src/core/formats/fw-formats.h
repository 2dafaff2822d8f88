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
  FW_FORMAT_CASE,          /* 1EdTech CASE 1.0 CFPackage JSON */
  FW_FORMAT_CSV,           /* one row per statement */
  FW_FORMAT_CANVAS_CSV,    /* Canvas LMS outcomes import CSV (write only) */
  FW_FORMAT_MOODLE_CSV,    /* Moodle competency framework import CSV (write only) */
  FW_FORMAT_XLSX,          /* a workbook (write only) */
} FwFormat;

const char *fw_format_to_string   (FwFormat     format);   /* "fwk", "nsx-json", "case-1.0", "xlsx" … */
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
  const char *case_base_uri; /* CASE: where uri fields point; NULL = "urn:uuid:" */
  const char *temp_dir;     /* XLSX: where the workbook is built (the target's folder);
                             NULL = the system's temporary folder */
} FwWriteOptions;

/* Whether @format can be read, and whether it can be written. */
gboolean    fw_format_can_read    (FwFormat     format);
gboolean    fw_format_can_write   (FwFormat     format);

/* Serialises. Writers are deterministic. Formats for which fw_format_can_write(). */
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
