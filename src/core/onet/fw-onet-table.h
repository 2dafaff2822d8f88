/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * FwOnetTable: reads one file of an O*NET text release (tab-delimited) or the SOC structure
 * (comma-separated) row by row. The first line names the columns; callers ask for columns by
 * those names, so a release that reorders or adds columns still reads. A UTF-8 byte-order mark
 * and CRLF or LF line endings are accepted. A field wholly in double quotes is unquoted ("" is
 * one quote); quotes inside a field are kept as they are, as the release writes them. `n/a`
 * reads as an empty field. Errors are `FILE:LINE: error: ...`.
 */
typedef struct _FwOnetTable FwOnetTable;

FwOnetTable *fw_onet_table_open       (const char   *path,
                                       char          delimiter,
                                       GError      **error);
/* Reads the table from memory; @name is shown in errors. */
FwOnetTable *fw_onet_table_new_from_data (const char *name,
                                          const char *data,
                                          gsize       length,
                                          char        delimiter,
                                          GError    **error);
void         fw_onet_table_free       (FwOnetTable  *self);

/* The index of column @name, or -1 with `FILE:1: error: no column “NAME”`. */
int          fw_onet_table_column     (FwOnetTable  *self,
                                       const char   *name,
                                       GError      **error);
/* The index of column @name, or -1 when the table has none (no error). */
int          fw_onet_table_find_column (FwOnetTable *self,
                                        const char  *name);
/*
 * Moves to the next row, skipping blank lines. FALSE at the end (error unset) or on a row
 * whose number of fields differs from the header's (error set).
 */
gboolean     fw_onet_table_next       (FwOnetTable  *self,
                                       GError      **error);
/* Field @column of the current row, trimmed; "" for `n/a`, an empty field or @column -1. */
const char  *fw_onet_table_get        (FwOnetTable  *self,
                                       int           column);
/* The 1-based line of the current row. */
guint        fw_onet_table_get_line   (FwOnetTable  *self);
const char  *fw_onet_table_get_name   (FwOnetTable  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwOnetTable, fw_onet_table_free)

G_END_DECLS
