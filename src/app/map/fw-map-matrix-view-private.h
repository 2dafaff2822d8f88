/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-map-matrix-view.h"

G_BEGIN_DECLS

/* Geometry, in pixels. */
#define FW_MATRIX_ROW_HEIGHT 28
#define FW_MATRIX_COLUMN_WIDTH 66
#define FW_MATRIX_HEADER_HEIGHT 52
#define FW_MATRIX_ROW_HEADER_MAX 560
#define FW_MATRIX_ROW_HEADER_MIN 160

typedef struct
{
  char        *statement_id;   /* NULL for a group header */
  char        *label;          /* the headline, or the group's name */
  char        *text;           /* "Headline — body" as the framework has it (or as mapped) */
  gboolean     stale;
} FwMatrixRow;

/* What a pool cell (fw-map-matrix-view-cells.c) stands for now. */
typedef struct
{
  guint        row;            /* G_MAXUINT: nothing yet */
  guint        column;
  FwDepth      depth;
} FwMatrixCellState;

struct _FwMapMatrixView
{
  GtkWidget      parent_instance;

  FwMap         *map;
  FwDocument    *framework;
  GPtrArray     *rows;          /* FwMatrixRow */
  GPtrArray     *courses;       /* FwMapCourse (refs), in sequence */
  GHashTable    *row_of;        /* statement id → row + 1 */
  GHashTable    *course_of;     /* outcome id → column + 1 */
  guint8        *depths;        /* n_rows × n_columns FwDepth */
  GHashTable    *stale;         /* statement id set */

  guint          cursor_row;
  guint          cursor_column;

  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  GtkScrollablePolicy hscroll_policy;
  GtkScrollablePolicy vscroll_policy;
  int            row_header_width;

  GtkPopover    *popover;

  /* Accessible cells, one per visible cell (fw-map-matrix-view-cells.c). */
  GPtrArray     *cells;         /* FwMapMatrixCell, pool_rows × pool_columns */
  FwMatrixCellState *cell_states;
  guint          pool_rows;
  guint          pool_columns;
};

/* fw-map-matrix-view-draw.c */
void  _fw_map_matrix_view_snapshot      (GtkWidget   *widget,
                                    GtkSnapshot *snapshot);
void  _fw_map_matrix_view_measure       (GtkWidget      *widget,
                                    GtkOrientation  orientation,
                                    int             for_size,
                                    int            *minimum,
                                    int            *natural,
                                    int            *minimum_baseline,
                                    int            *natural_baseline);
void  _fw_map_matrix_view_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline);
/* The cell at widget coordinates; FALSE outside the body. */
gboolean _fw_map_matrix_view_hit        (FwMapMatrixView *self,
                                    double       x,
                                    double       y,
                                    guint       *row,
                                    guint       *column);
/* The cell's rectangle in widget coordinates. */
void  _fw_map_matrix_view_cell_rect     (FwMapMatrixView  *self,
                                    guint         row,
                                    guint         column,
                                    GdkRectangle *rect);
void  _fw_map_matrix_view_set_adjustment (FwMapMatrixView    *self,
                                     GtkOrientation  orientation,
                                     GtkAdjustment  *adjustment);
void  _fw_map_matrix_view_scroll_to     (FwMapMatrixView *self,
                                    guint        row,
                                    guint        column);

/* fw-map-matrix-view.c: sets one outcome's depth for a statement as one undoable step. */
void  _fw_map_matrix_view_set_outcome_depth (FwMapMatrixView  *self,
                                        FwMapOutcome *outcome,
                                        const char   *statement_id,
                                        FwDepth       depth);

/* fw-map-matrix-view-input.c: keyboard, clicks and tooltips. */
void  _fw_map_matrix_view_init_input    (FwMapMatrixView *self);

/* fw-map-matrix-view-cells.c: places and names the accessible cells (from size_allocate). */
void  _fw_map_matrix_view_sync_cells       (FwMapMatrixView *self,
                                            int              width,
                                            int              height);
/* Every cell says its name anew at the next allocation (rows or courses changed). */
void  _fw_map_matrix_view_invalidate_cells (FwMapMatrixView *self);
void  _fw_map_matrix_view_clear_cells      (FwMapMatrixView *self);
/* The accessible cell standing for (@row, @column), or NULL when it is not in view. */
GtkWidget *_fw_map_matrix_view_find_cell   (FwMapMatrixView *self,
                                            guint            row,
                                            guint            column);

/* fw-map-matrix-view-popover.c */
void  _fw_map_matrix_view_fill_popover  (FwMapMatrixView *self);
/* The course's outcomes that map the row's statement, and the depth of each. */
guint _fw_map_matrix_view_relevant      (FwMapMatrixView  *self,
                                    guint         row,
                                    guint         column,
                                    FwMapOutcome **only);

G_END_DECLS
