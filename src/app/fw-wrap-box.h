/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FW_TYPE_WRAP_BOX (fw_wrap_box_get_type ())
G_DECLARE_FINAL_TYPE (FwWrapBox, fw_wrap_box, FW, WRAP_BOX, GtkWidget)

/*
 * Lays its children out left to right at their natural widths and starts a new line when the
 * next one does not fit, like words in a paragraph. A child wider than the line gets the
 * whole line (and may wrap its own text). GtkFlowBox cannot do this: it sizes every column
 * after its widest child.
 */
GtkWidget *fw_wrap_box_new            (void);
void       fw_wrap_box_append         (FwWrapBox *self,
                                       GtkWidget *child);
/* Inserts @child before @sibling, or appends it when @sibling is NULL. */
void       fw_wrap_box_insert_before  (FwWrapBox *self,
                                       GtkWidget *child,
                                       GtkWidget *sibling);
void       fw_wrap_box_remove         (FwWrapBox *self,
                                       GtkWidget *child);
void       fw_wrap_box_set_spacing    (FwWrapBox *self,
                                       int        column_spacing,
                                       int        row_spacing);
/* The number of lines of the last allocation (0 before the first). */
guint      fw_wrap_box_get_n_lines    (FwWrapBox *self);

G_END_DECLS
