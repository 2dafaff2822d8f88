/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FW_TYPE_MAP_MATRIX_CELL (fw_map_matrix_cell_get_type ())
G_DECLARE_FINAL_TYPE (FwMapMatrixCell, fw_map_matrix_cell, FW, MAP_MATRIX_CELL, GtkWidget)

/*
 * What assistive technology sees of one visible cell of the drawn matrix (FwMapMatrixView):
 * a grid cell with a name ("RAD110, Patient positioning on the examining table: Reinforced"),
 * placed over the cell it stands for. It draws nothing and takes no input: the matrix draws
 * the cells and handles the pointer and the keyboard. The matrix keeps one per visible cell
 * and gives each another cell as it scrolls.
 */
GtkWidget  *fw_map_matrix_cell_new          (void);
/* Names the cell; only a name that changed reaches assistive technology. */
void        fw_map_matrix_cell_set_name     (FwMapMatrixCell *self,
                                             const char      *name);
const char *fw_map_matrix_cell_get_name     (FwMapMatrixCell *self);
/* The cursor's cell is the selected one. */
void        fw_map_matrix_cell_set_selected (FwMapMatrixCell *self,
                                             gboolean         selected);
/* Hidden from assistive technology (a pool cell beyond the matrix, or on a group header). */
void        fw_map_matrix_cell_set_shown    (FwMapMatrixCell *self,
                                             gboolean         shown);

G_END_DECLS
