/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-document.h"
#include "fw-map.h"

G_BEGIN_DECLS

#define FW_TYPE_MAP_MATRIX_VIEW (fw_map_matrix_view_get_type ())
G_DECLARE_FINAL_TYPE (FwMapMatrixView, fw_map_matrix_view, FW, MAP_MATRIX_VIEW, GtkWidget)

/*
 * The courses × statements matrix of a curriculum map, drawn rather than built from a widget
 * per cell so that it stays smooth at 120 × 30. It is a GtkScrollable: its row headers
 * (statements grouped by level, durable skills by domain) and column headers (courses in
 * sequence) are drawn from the same adjustments as the body, so they stay in view and in line.
 * Rows include group headers, which hold no cells. Signal "cursor-changed" (no arguments):
 * the cursor moved, or what its cell shows may have changed (a mapping changed).
 */
FwMapMatrixView *fw_map_matrix_view_new              (void);
/* Shows @map against @framework; rebuilds everything. Either may be NULL. */
void         fw_map_matrix_view_set_map          (FwMapMatrixView *self,
                                             FwMap       *map,
                                             FwDocument  *framework);
/* Statement ids the framework changed since they were mapped (marked in the row headers). */
void         fw_map_matrix_view_set_stale        (FwMapMatrixView *self,
                                             GPtrArray   *stale);
guint        fw_map_matrix_view_get_n_rows       (FwMapMatrixView *self);
guint        fw_map_matrix_view_get_n_columns    (FwMapMatrixView *self);
/* The row of @statement_id, or -1. */
int          fw_map_matrix_view_find_row         (FwMapMatrixView *self,
                                             const char  *statement_id);
/* The column of the course @code, or -1. */
int          fw_map_matrix_view_find_column      (FwMapMatrixView *self,
                                             const char  *code);
gboolean     fw_map_matrix_view_row_is_header    (FwMapMatrixView *self,
                                             guint        row);
/* The statement id of @row (NULL for a group header). */
const char  *fw_map_matrix_view_get_row_statement (FwMapMatrixView *self,
                                              guint        row);
/* The deepest depth any outcome of the course maps the row's statement at. */
FwDepth      fw_map_matrix_view_get_depth        (FwMapMatrixView *self,
                                             guint        row,
                                             guint        column);
void         fw_map_matrix_view_get_cursor       (FwMapMatrixView *self,
                                             guint       *row,
                                             guint       *column);
/* Moves the cursor (onto the nearest statement row) and scrolls the cell into view. */
void         fw_map_matrix_view_set_cursor       (FwMapMatrixView *self,
                                             guint        row,
                                             guint        column);
/* "RAD110, Patient positioning on the examining table: Reinforced" (newly allocated). */
char        *fw_map_matrix_view_get_cell_name    (FwMapMatrixView *self,
                                             guint        row,
                                             guint        column);
/* The statement's full text and the outcomes behind the cell, for tooltips and the inspector. */
char        *fw_map_matrix_view_describe_cell    (FwMapMatrixView *self,
                                             guint        row,
                                             guint        column);
/*
 * What Space does on the cursor's cell: cycles I → R → M → none when the course has exactly
 * one outcome mapped to the statement (or one outcome at all), as one undoable step, and
 * returns TRUE; otherwise opens the outcomes popover and returns FALSE.
 */
gboolean     fw_map_matrix_view_cycle            (FwMapMatrixView *self);
/* Opens the popover listing the course's outcomes with their depth for the statement. */
void         fw_map_matrix_view_open_popover     (FwMapMatrixView *self);
GtkPopover  *fw_map_matrix_view_get_popover      (FwMapMatrixView *self);
/*
 * The accessible object of a cell in view (a grid cell named as fw_map_matrix_view_get_cell_name
 * says), or NULL when the cell is scrolled out of view or not laid out yet.
 */
GtkWidget   *fw_map_matrix_view_get_cell_accessible (FwMapMatrixView *self,
                                                     guint            row,
                                                     guint            column);

G_END_DECLS
