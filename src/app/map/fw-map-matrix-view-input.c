/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-map-matrix-view-private.h"

/* Input ---------------------------------------------------------------------------------- */

static int
next_statement_row (FwMapMatrixView *self,
                    int          row,
                    int          step)
{
  int n = (int) self->rows->len;

  for (row += step; row >= 0 && row < n; row += step)
    {
      if (!fw_map_matrix_view_row_is_header (self, row))
        return row;
    }
  return -1;
}

static gboolean
on_key_pressed (FwMapMatrixView     *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  int row = self->cursor_row, column = self->cursor_column;
  int page = MAX (1, (int) (gtk_adjustment_get_page_size (self->vadjustment) /
                            FW_MATRIX_ROW_HEIGHT) - 1);
  gboolean control = (state & GDK_CONTROL_MASK) != 0;
  int found;

  if (self->rows->len == 0 || self->courses->len == 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Up: case GDK_KEY_KP_Up:
      found = next_statement_row (self, row, -1);
      row = found < 0 ? row : found;
      break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down:
      found = next_statement_row (self, row, 1);
      row = found < 0 ? row : found;
      break;
    case GDK_KEY_Left: case GDK_KEY_KP_Left:
      column = MAX (0, column - 1);
      break;
    case GDK_KEY_Right: case GDK_KEY_KP_Right:
      column = MIN ((int) self->courses->len - 1, column + 1);
      break;
    case GDK_KEY_Home: case GDK_KEY_KP_Home:
      column = 0;
      if (control)
        row = next_statement_row (self, -1, 1);
      break;
    case GDK_KEY_End: case GDK_KEY_KP_End:
      column = self->courses->len - 1;
      if (control)
        row = next_statement_row (self, self->rows->len, -1);
      break;
    case GDK_KEY_Page_Up: case GDK_KEY_KP_Page_Up:
      row = MAX (0, row - page);
      break;
    case GDK_KEY_Page_Down: case GDK_KEY_KP_Page_Down:
      row = MIN ((int) self->rows->len - 1, row + page);
      break;
    case GDK_KEY_space: case GDK_KEY_KP_Space:
      fw_map_matrix_view_cycle (self);
      return TRUE;
    case GDK_KEY_Return: case GDK_KEY_KP_Enter: case GDK_KEY_ISO_Enter:
      fw_map_matrix_view_open_popover (self);
      return TRUE;
    default:
      return FALSE;
    }
  fw_map_matrix_view_set_cursor (self, MAX (row, 0), column);
  return TRUE;
}

static void
on_click_pressed (FwMapMatrixView *self,
                  int          n_press,
                  double       x,
                  double       y)
{
  guint row, column;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (!_fw_map_matrix_view_hit (self, x, y, &row, &column) ||
      fw_map_matrix_view_row_is_header (self, row))
    return;
  fw_map_matrix_view_set_cursor (self, row, column);
  fw_map_matrix_view_open_popover (self);
}

static gboolean
on_query_tooltip (FwMapMatrixView *self,
                  int          x,
                  int          y,
                  gboolean     keyboard,
                  GtkTooltip  *tooltip)
{
  g_autofree char *text = NULL;
  guint row = self->cursor_row, column = self->cursor_column;

  if (!keyboard && !_fw_map_matrix_view_hit (self, x, y, &row, &column))
    return FALSE;
  if (row >= self->rows->len || column >= self->courses->len)
    return FALSE;
  text = fw_map_matrix_view_describe_cell (self, row, column);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
_fw_map_matrix_view_init_input (FwMapMatrixView *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  g_signal_connect_swapped (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (on_click_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
}
