/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-statement-list-private.h"

/*
 * Building a statement row, measuring its wrapped text and drawing it costs a few
 * milliseconds, and a level has about ten. When a scrolled list gets its statements, it
 * builds a couple of rows, and after each layout of its first frame adds as many as the space
 * still empty below them can show (the frame clock lays out again, up to four times, before
 * it paints). The rows further down are built once that frame is drawn.
 */
#define FIRST_ROWS 2

/* Whether some rows are still to be built: the list shows only the first ones. */
static gboolean
rows_pending (FwStatementList *self)
{
  return gtk_slice_list_model_get_size (self->shown) != G_MAXUINT;
}

void
_fw_statement_list_stop_waiting_for_frame (FwStatementList *self)
{
  if (self->frame_clock != NULL)
    {
      g_clear_signal_handler (&self->layout_id, self->frame_clock);
      g_clear_signal_handler (&self->after_paint_id, self->frame_clock);
      g_clear_object (&self->frame_clock);
    }
}

/* Builds every row that is still missing. Anything that looks rows up calls this first. */
void
_fw_statement_list_show_all_rows (FwStatementList *self)
{
  _fw_statement_list_stop_waiting_for_frame (self);
  g_clear_handle_id (&self->show_all_id, g_source_remove);
  if (rows_pending (self))
    gtk_slice_list_model_set_size (self->shown, G_MAXUINT);
}

static gboolean
show_all_rows_idle (gpointer user_data)
{
  FwStatementList *self = user_data;

  self->show_all_id = 0;
  _fw_statement_list_show_all_rows (self);
  return G_SOURCE_REMOVE;
}

/* After a layout: enough rows to fill the visible part of the list, judged by those built. */
static void
on_layout (FwStatementList *self)
{
  guint built = gtk_slice_list_model_get_size (self->shown);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  int visible = self->scroller != NULL ? gtk_widget_get_height (self->scroller) : 0;
  int filled = gtk_widget_get_height (GTK_WIDGET (self->list_box));
  guint more;

  if (built >= n || built == 0 || visible <= 0 || filled <= 0 || filled >= visible)
    return;
  /* Rows about as high as the average so far, and one more for the row cut off at the end. */
  more = (guint) ((visible - filled) / MAX (filled / (int) built, 1)) + 2;
  gtk_slice_list_model_set_size (self->shown, MIN (built + more, n));
}

static void
on_after_paint (FwStatementList *self)
{
  _fw_statement_list_stop_waiting_for_frame (self);
  /* After the frame, not in it: the rest of the rows must not delay what is on screen. */
  if (self->show_all_id == 0)
    self->show_all_id = g_idle_add (show_all_rows_idle, self);
}

void
_fw_statement_list_wait_for_frame (FwStatementList *self)
{
  if (!rows_pending (self) || self->frame_clock != NULL || self->show_all_id != 0 ||
      !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  self->frame_clock = g_object_ref (gtk_widget_get_frame_clock (GTK_WIDGET (self)));
  self->layout_id = g_signal_connect_swapped (self->frame_clock, "layout",
                                              G_CALLBACK (on_layout), self);
  self->after_paint_id = g_signal_connect_swapped (self->frame_clock, "after-paint",
                                                   G_CALLBACK (on_after_paint), self);
}

/* Shows the first rows of a new store now and the rest after the next frame. */
void
_fw_statement_list_show_first_screen (FwStatementList *self)
{
  if (self->scroller == NULL ||
      g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) <= FIRST_ROWS)
    {
      _fw_statement_list_show_all_rows (self);
      return;
    }
  gtk_slice_list_model_set_size (self->shown, FIRST_ROWS);
  _fw_statement_list_wait_for_frame (self);
}
