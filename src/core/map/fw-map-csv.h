/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "fw-error.h"

G_BEGIN_DECLS

/*
 * A CSV file as the map importers read it: RFC 4180 quoting, a UTF-8 byte order mark
 * skipped, the delimiter (comma, semicolon or tab) taken from the header line, blank lines
 * skipped. Every field remembers where it starts, so that errors say FILE:LINE:COLUMN.
 */
typedef struct
{
  char  *text;
  guint  line;
  guint  column;  /* in characters, from 1 */
} FwCsvField;

typedef struct
{
  char       *filename;
  GPtrArray  *rows;      /* of GPtrArray of FwCsvField; rows[0] is the header */
  char        delimiter;
} FwCsvTable;

#define FW_CSV_MAX_FIELDS 1000

FwCsvTable *fw_csv_parse        (const char   *data,
                                 gsize         length,
                                 const char   *filename,
                                 GError      **error);
void        fw_csv_table_free   (FwCsvTable   *table);
/* The column whose header is one of @aliases (compared lower case, with every run of other
 * characters than letters and digits as one "_"), or -1. */
int         fw_csv_find_column  (FwCsvTable   *table,
                                 const char * const *aliases);
/* Row @row's field in @column, or NULL when the row is shorter. */
FwCsvField *fw_csv_get          (FwCsvTable   *table,
                                 guint         row,
                                 int           column);
/* The trimmed text of a field, "" for a missing one. */
const char *fw_csv_text         (FwCsvTable   *table,
                                 guint         row,
                                 int           column);
/* Fails at @field (or, when NULL, at the start of @row, or of the file). Returns FALSE. */
gboolean    fw_csv_fail         (FwCsvTable   *table,
                                 guint         row,
                                 int           column,
                                 GError      **error,
                                 const char   *format,
                                 ...) G_GNUC_PRINTF (5, 6);
/* Plain text from a field that may hold HTML (Canvas and Moodle descriptions). */
char       *fw_csv_plain_text   (const char   *html);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwCsvTable, fw_csv_table_free)

G_END_DECLS
