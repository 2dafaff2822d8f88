/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-map-matrix-cell.h"

struct _FwMapMatrixCell
{
  GtkWidget  parent_instance;

  char      *name;
  gboolean   selected;
  gboolean   shown;
};

G_DEFINE_FINAL_TYPE (FwMapMatrixCell, fw_map_matrix_cell, GTK_TYPE_WIDGET)

GtkWidget *
fw_map_matrix_cell_new (void)
{
  return g_object_new (FW_TYPE_MAP_MATRIX_CELL, NULL);
}

void
fw_map_matrix_cell_set_name (FwMapMatrixCell *self,
                             const char      *name)
{
  g_return_if_fail (FW_IS_MAP_MATRIX_CELL (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name != NULL ? name : "", -1);
}

const char *
fw_map_matrix_cell_get_name (FwMapMatrixCell *self)
{
  g_return_val_if_fail (FW_IS_MAP_MATRIX_CELL (self), NULL);

  return self->name;
}

void
fw_map_matrix_cell_set_selected (FwMapMatrixCell *self,
                                 gboolean         selected)
{
  g_return_if_fail (FW_IS_MAP_MATRIX_CELL (self));

  if (self->selected == !!selected)
    return;
  self->selected = !!selected;
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_SELECTED,
                               self->selected, -1);
}

void
fw_map_matrix_cell_set_shown (FwMapMatrixCell *self,
                              gboolean         shown)
{
  g_return_if_fail (FW_IS_MAP_MATRIX_CELL (self));

  if (self->shown == !!shown)
    return;
  self->shown = !!shown;
  /* GTK 4.8 leaves out of the accessible tree only the widgets that are not visible. */
  gtk_widget_set_visible (GTK_WIDGET (self), self->shown);
}

static void
fw_map_matrix_cell_finalize (GObject *object)
{
  FwMapMatrixCell *self = FW_MAP_MATRIX_CELL (object);

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (fw_map_matrix_cell_parent_class)->finalize (object);
}

/* The matrix draws the cell: nothing to add. */
static void
fw_map_matrix_cell_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
}

static void
fw_map_matrix_cell_class_init (FwMapMatrixCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = fw_map_matrix_cell_finalize;
  widget_class->snapshot = fw_map_matrix_cell_snapshot;
  gtk_widget_class_set_css_name (widget_class, "fwmapmatrixcell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID_CELL);
}

static void
fw_map_matrix_cell_init (FwMapMatrixCell *self)
{
  self->shown = TRUE;
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  gtk_widget_set_can_focus (GTK_WIDGET (self), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
}
