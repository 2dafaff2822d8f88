/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-document.h"
#include "fw-map.h"

G_BEGIN_DECLS

#define FW_TYPE_MAP_MATRIX (fw_map_matrix_get_type ())
G_DECLARE_FINAL_TYPE (FwMapMatrix, fw_map_matrix, FW, MAP_MATRIX, GtkWidget)

/*
 * The courses × statements matrix of a curriculum map, drawn rather than built from a widget
 * per cell so that it stays smooth at 120 × 30. It is a GtkScrollable: its row headers
 * (statements grouped by level, durable skills by domain) and column headers (courses in
 * sequence) are drawn from the same adjustments as the body, so they stay in view and in line.
 * Rows include group headers, which hold no cells. Signal "cursor-changed" (no arguments):
 * the cursor moved, or what its cell shows may have changed (a mapping changed).
 */
FwMapMatrix *fw_map_matrix_new              (void);
/* Shows @map against @framework; rebuilds everything. Either may be NULL. */
void         fw_map_matrix_set_map          (FwMapMatrix *self,
                                             FwMap       *map,
                                             FwDocument  *framework);
/* Statement ids the framework changed since they were mapped (marked in the row headers). */
void         fw_map_matrix_set_stale        (FwMapMatrix *self,
                                             GPtrArray   *stale);
guint        fw_map_matrix_get_n_rows       (FwMapMatrix *self);
guint        fw_map_matrix_get_n_columns    (FwMapMatrix *self);
/* The row of @statement_id, or -1. */
int          fw_map_matrix_find_row         (FwMapMatrix *self,
                                             const char  *statement_id);
/* The column of the course @code, or -1. */
int          fw_map_matrix_find_column      (FwMapMatrix *self,
                                             const char  *code);
gboolean     fw_map_matrix_row_is_header    (FwMapMatrix *self,
                                             guint        row);
/* The statement id of @row (NULL for a group header). */
const char  *fw_map_matrix_get_row_statement (FwMapMatrix *self,
                                              guint        row);
/* The deepest depth any outcome of the course maps the row's statement at. */
FwDepth      fw_map_matrix_get_depth        (FwMapMatrix *self,
                                             guint        row,
                                             guint        column);
void         fw_map_matrix_get_cursor       (FwMapMatrix *self,
                                             guint       *row,
                                             guint       *column);
/* Moves the cursor (onto the nearest statement row) and scrolls the cell into view. */
void         fw_map_matrix_set_cursor       (FwMapMatrix *self,
                                             guint        row,
                                             guint        column);
/* "RAD110, Patient positioning on the examining table: Reinforced" (newly allocated). */
char        *fw_map_matrix_get_cell_name    (FwMapMatrix *self,
                                             guint        row,
                                             guint        column);
/* The statement's full text and the outcomes behind the cell, for tooltips and the inspector. */
char        *fw_map_matrix_describe_cell    (FwMapMatrix *self,
                                             guint        row,
                                             guint        column);
/*
 * What Space does on the cursor's cell: cycles I → R → M → none when the course has exactly
 * one outcome mapped to the statement (or one outcome at all), as one undoable step, and
 * returns TRUE; otherwise opens the outcomes popover and returns FALSE.
 */
gboolean     fw_map_matrix_cycle            (FwMapMatrix *self);
/* Opens the popover listing the course's outcomes with their depth for the statement. */
void         fw_map_matrix_open_popover     (FwMapMatrix *self);
GtkPopover  *fw_map_matrix_get_popover      (FwMapMatrix *self);

G_END_DECLS
