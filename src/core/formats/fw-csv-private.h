/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * RFC 4180 comma-separated values, shared by the CSV, Canvas and Moodle formats: writing a
 * field (quoted when it holds a comma, a quote or a line break; rows end in CRLF) and reading
 * records with the line and column of each field, for located errors.
 */

void        _fw_csv_append_field (GString    *out,
                                  const char *value,
                                  gboolean    first);
/* Appends each of @values (NULL-terminated) and the CRLF that ends the row. */
void        _fw_csv_append_row   (GString            *out,
                                  const char * const *values);

typedef struct
{
  char  *value;
  guint  line;
  guint  column;
} FwCsvField;

typedef struct
{
  GPtrArray *fields;  /* FwCsvField* */
  guint      line;
} FwCsvRecord;

void        _fw_csv_record_free  (FwCsvRecord *record);

/*
 * Splits @data (UTF-8, NUL-terminated, BOM skipped) into records; a blank line is no record.
 * FALSE with "FILE:LINE:COLUMN: error: …" for a quote that is never closed or text after a
 * closing quote.
 */
gboolean    _fw_csv_parse        (const char  *data,
                                  gsize        length,
                                  const char  *filename,
                                  GPtrArray   *records,
                                  GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwCsvRecord, _fw_csv_record_free)

G_END_DECLS
