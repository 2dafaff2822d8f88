/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-map-matrix-cell.h"
#include "fw-map-matrix-view-private.h"

/*
 * The matrix is drawn, so that it scrolls smoothly at 120 × 30, but a screen reader needs a
 * named object per cell. GTK 4.8 gives accessible objects to widgets only, so the matrix
 * keeps a small pool of FwMapMatrixCell widgets, one per visible cell, placed over the cells
 * they stand for. Pool cell (i, j) always stands for the visible cell whose row is i and
 * whose column is j modulo the pool's size: scrolling by one row renames one row of the pool,
 * not all of it, and a cell is renamed only when what it says (its place or depth) changed.
 */

#define NO_ROW G_MAXUINT

static guint
pool_span (int   page,
           int   cell,
           guint count)
{
  /* A partly shown cell at either end. */
  return MIN (count, (guint) (MAX (page, 0) / cell) + 2);
}

void
_fw_map_matrix_view_clear_cells (FwMapMatrixView *self)
{
  for (guint i = 0; self->cells != NULL && i < self->cells->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->cells, i));
  if (self->cells != NULL)
    g_ptr_array_set_size (self->cells, 0);
  g_clear_pointer (&self->cell_states, g_free);
  self->pool_rows = 0;
  self->pool_columns = 0;
}

void
_fw_map_matrix_view_invalidate_cells (FwMapMatrixView *self)
{
  for (guint i = 0; self->cell_states != NULL && i < self->pool_rows * self->pool_columns; i++)
    self->cell_states[i].row = NO_ROW;
}

static void
make_pool (FwMapMatrixView *self,
           guint            rows,
           guint            columns)
{
  _fw_map_matrix_view_clear_cells (self);
  self->pool_rows = rows;
  self->pool_columns = columns;
  self->cell_states = g_new (FwMatrixCellState, MAX (1, rows * columns));
  for (guint i = 0; i < rows * columns; i++)
    {
      GtkWidget *cell = fw_map_matrix_cell_new ();

      /* Before the popover: cells come first among the matrix's children. */
      gtk_widget_insert_before (cell, GTK_WIDGET (self), GTK_WIDGET (self->popover));
      g_ptr_array_add (self->cells, cell);
      self->cell_states[i].row = NO_ROW;
    }
}

/* The cell of the visible range [first, first + span) that is @index modulo @span. */
static guint
nth_visible (guint first,
             guint index,
             guint span)
{
  return first + (index + span - first % span) % span;
}

static void
sync_cell (FwMapMatrixView *self,
           guint            index,
           guint            row,
           guint            column)
{
  FwMapMatrixCell *cell = g_ptr_array_index (self->cells, index);
  FwMatrixCellState *state = &self->cell_states[index];
  FwDepth depth;
  GdkRectangle rect;

  if (row >= self->rows->len || column >= self->courses->len ||
      fw_map_matrix_view_row_is_header (self, row))
    {
      fw_map_matrix_cell_set_shown (cell, FALSE);
      state->row = NO_ROW;
      return;
    }
  fw_map_matrix_cell_set_shown (cell, TRUE);
  depth = fw_map_matrix_view_get_depth (self, row, column);
  if (state->row != row || state->column != column || state->depth != depth)
    {
      g_autofree char *name = fw_map_matrix_view_get_cell_name (self, row, column);

      fw_map_matrix_cell_set_name (cell, name);
      state->row = row;
      state->column = column;
      state->depth = depth;
    }
  fw_map_matrix_cell_set_selected (cell, row == self->cursor_row && column == self->cursor_column);
  _fw_map_matrix_view_cell_rect (self, row, column, &rect);
  /* Measured sizes are cached: this costs nothing unless the cell's style changed. */
  gtk_widget_measure (GTK_WIDGET (cell), GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (cell), GTK_ORIENTATION_VERTICAL, -1, NULL, NULL, NULL, NULL);
  gtk_widget_size_allocate (GTK_WIDGET (cell), &rect, -1);
}

void
_fw_map_matrix_view_sync_cells (FwMapMatrixView *self,
                                int              width,
                                int              height)
{
  guint rows = pool_span (height - FW_MATRIX_HEADER_HEIGHT, FW_MATRIX_ROW_HEIGHT, self->rows->len);
  guint columns = pool_span (width - self->row_header_width, FW_MATRIX_COLUMN_WIDTH,
                             self->courses->len);
  double top = self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0;
  double left = self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0;
  guint first_row = (guint) (top / FW_MATRIX_ROW_HEIGHT);
  guint first_column = (guint) (left / FW_MATRIX_COLUMN_WIDTH);

  if (rows != self->pool_rows || columns != self->pool_columns)
    make_pool (self, rows, columns);
  for (guint i = 0; i < rows; i++)
    for (guint j = 0; j < columns; j++)
      sync_cell (self, i * columns + j, nth_visible (first_row, i, rows),
                 nth_visible (first_column, j, columns));
}

GtkWidget *
_fw_map_matrix_view_find_cell (FwMapMatrixView *self,
                               guint            row,
                               guint            column)
{
  for (guint i = 0; i < self->pool_rows * self->pool_columns; i++)
    {
      if (self->cell_states[i].row == row && self->cell_states[i].column == column)
        return g_ptr_array_index (self->cells, i);
    }
  return NULL;
}
