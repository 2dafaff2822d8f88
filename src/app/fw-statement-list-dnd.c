/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-statement-list-private.h"

void
_fw_statement_list_clear_drop_highlight (FwStatementList *self)
{
  if (self->drop_row != NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->drop_row), "drop-above");
      gtk_widget_remove_css_class (GTK_WIDGET (self->drop_row), "drop-below");
      g_clear_weak_pointer (&self->drop_row);
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-target");
}

/* Where a drop at @y lands: the row it is relative to (NULL: the end) and whether after it. */
static GtkListBoxRow *
row_for_drop (FwStatementList *self,
              double           y,
              gboolean        *after)
{
  GtkListBoxRow *row;
  graphene_rect_t bounds;
  double list_x, list_y;

  *after = FALSE;
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self), GTK_WIDGET (self->list_box), 0, y,
                                         &list_x, &list_y))
    return NULL;
  /* Above the first row means "first"; below the last, "at the end". */
  if (list_y < 0)
    return gtk_list_box_get_row_at_index (self->list_box, 0);
  row = gtk_list_box_get_row_at_y (self->list_box, (int) list_y);
  if (row == NULL || !gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->list_box),
                                                 &bounds))
    return NULL;
  *after = list_y > bounds.origin.y + bounds.size.height / 2;
  return row;
}

static GdkDragAction
on_drop_motion (FwStatementList *self,
                double           x,
                double           y)
{
  GtkListBoxRow *row;
  gboolean after;

  _fw_statement_list_clear_drop_highlight (self);
  if (self->store == NULL)
    return 0;
  gtk_widget_add_css_class (GTK_WIDGET (self), "drop-target");
  row = row_for_drop (self, y, &after);
  if (row != NULL)
    {
      g_set_weak_pointer (&self->drop_row, row);
      gtk_widget_add_css_class (GTK_WIDGET (row), after ? "drop-below" : "drop-above");
    }
  return GDK_ACTION_MOVE;
}

static gboolean
on_drop (FwStatementList *self,
         const GValue    *value,
         double           x,
         double           y)
{
  _fw_statement_list_clear_drop_highlight (self);
  if (!G_VALUE_HOLDS (value, FW_TYPE_STATEMENT) || g_value_get_object (value) == NULL)
    return FALSE;
  return fw_statement_list_drop_statement (self, g_value_get_object (value), y);
}

void
_fw_statement_list_init_dnd (FwStatementList *self)
{
  GtkDropTarget *target = gtk_drop_target_new (FW_TYPE_STATEMENT, GDK_ACTION_MOVE);

  g_signal_connect_object (target, "motion", G_CALLBACK (on_drop_motion), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (target, "enter", G_CALLBACK (on_drop_motion), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (target, "leave", G_CALLBACK (_fw_statement_list_clear_drop_highlight),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

gboolean
fw_statement_list_drop_statement (FwStatementList *self,
                                  FwStatement     *statement,
                                  double           y)
{
  FwStatementPlace place;
  GtkListBoxRow *row;
  gboolean after;
  guint position;

  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), FALSE);
  g_return_val_if_fail (FW_IS_STATEMENT (statement), FALSE);

  if (self->store == NULL ||
      fw_document_find_statement (self->document, fw_statement_get_id (statement),
                                  &place) != statement ||
      place.section != self->section)
    return FALSE;

  _fw_statement_list_show_all_rows (self);
  row = row_for_drop (self, y, &after);
  if (row == NULL)
    position = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  else if (!g_list_store_find (self->store,
                               fw_statement_row_get_statement (FW_STATEMENT_ROW (row)),
                               &position))
    return FALSE;
  else if (after)
    position++;

  /* The target position counts items after the statement left its old place. */
  if (place.store == self->store && place.position < position)
    position--;
  if (place.store == self->store && place.position == position)
    return TRUE;

  fw_document_run (self->document, fw_command_move_new (place.store, place.position,
                                                        self->store, position));
  /* The dropped card takes the selection, and the focus, wherever it came from. */
  fw_statement_list_select_statement (self, statement, FW_STATEMENT_FIELD_NONE);
  return TRUE;
}
