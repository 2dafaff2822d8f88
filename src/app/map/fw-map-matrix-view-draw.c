/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fw-map-matrix-view-private.h"

/* Geometry ------------------------------------------------------------------------------- */

static int
body_width (FwMapMatrixView *self)
{
  return (int) self->courses->len * FW_MATRIX_COLUMN_WIDTH;
}

static int
body_height (FwMapMatrixView *self)
{
  return (int) self->rows->len * FW_MATRIX_ROW_HEIGHT;
}

void
_fw_map_matrix_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  FwMapMatrixView *self = FW_MAP_MATRIX_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = FW_MATRIX_ROW_HEADER_MIN + FW_MATRIX_COLUMN_WIDTH;
      *natural = MAX (*minimum, FW_MATRIX_ROW_HEADER_MAX + body_width (self) + 14);
    }
  else
    {
      *minimum = FW_MATRIX_HEADER_HEIGHT + FW_MATRIX_ROW_HEIGHT;
      *natural = MAX (*minimum, FW_MATRIX_HEADER_HEIGHT + body_height (self));
    }
}

static void
configure (GtkAdjustment *adjustment,
           double         upper,
           double         page,
           double         step)
{
  double value;

  if (adjustment == NULL)
    return;
  page = MAX (page, 0);
  value = CLAMP (gtk_adjustment_get_value (adjustment), 0, MAX (0, upper - page));
  gtk_adjustment_configure (adjustment, value, 0, MAX (upper, page), step, page * 0.9, page);
}

void
_fw_map_matrix_view_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  FwMapMatrixView *self = FW_MAP_MATRIX_VIEW (widget);

  /* The row headers take what the courses leave, between a readable minimum and a maximum. */
  /* Leave room for the overlay scrollbar, so that it never covers the last course. */
  self->row_header_width = CLAMP (width - body_width (self) - 14, FW_MATRIX_ROW_HEADER_MIN,
                                  FW_MATRIX_ROW_HEADER_MAX);
  self->row_header_width = MIN (self->row_header_width, MAX (FW_MATRIX_ROW_HEADER_MIN, width / 2));
  configure (self->hadjustment, body_width (self), width - self->row_header_width,
             FW_MATRIX_COLUMN_WIDTH);
  configure (self->vadjustment, body_height (self), height - FW_MATRIX_HEADER_HEIGHT,
             FW_MATRIX_ROW_HEIGHT);
  _fw_map_matrix_view_sync_cells (self, width, height);
  if (self->popover != NULL)
    gtk_popover_present (self->popover);
}

static double
offset (GtkAdjustment *adjustment)
{
  return adjustment != NULL ? gtk_adjustment_get_value (adjustment) : 0;
}

gboolean
_fw_map_matrix_view_hit (FwMapMatrixView *self,
                    double       x,
                    double       y,
                    guint       *row,
                    guint       *column)
{
  double bx = x - self->row_header_width + offset (self->hadjustment);
  double by = y - FW_MATRIX_HEADER_HEIGHT + offset (self->vadjustment);

  if (x < self->row_header_width || y < FW_MATRIX_HEADER_HEIGHT || bx < 0 || by < 0)
    return FALSE;
  if (bx >= body_width (self) || by >= body_height (self))
    return FALSE;
  *row = (guint) (by / FW_MATRIX_ROW_HEIGHT);
  *column = (guint) (bx / FW_MATRIX_COLUMN_WIDTH);
  return TRUE;
}

void
_fw_map_matrix_view_cell_rect (FwMapMatrixView  *self,
                          guint         row,
                          guint         column,
                          GdkRectangle *rect)
{
  rect->x = self->row_header_width + (int) column * FW_MATRIX_COLUMN_WIDTH -
            (int) offset (self->hadjustment);
  rect->y = FW_MATRIX_HEADER_HEIGHT + (int) row * FW_MATRIX_ROW_HEIGHT -
            (int) offset (self->vadjustment);
  rect->width = FW_MATRIX_COLUMN_WIDTH;
  rect->height = FW_MATRIX_ROW_HEIGHT;
}

static void
scroll_into_view (GtkAdjustment *adjustment,
                  double         start,
                  double         size)
{
  double value, page;

  if (adjustment == NULL)
    return;
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  if (start < value)
    gtk_adjustment_set_value (adjustment, start);
  else if (start + size > value + page)
    gtk_adjustment_set_value (adjustment, start + size - page);
}

void
_fw_map_matrix_view_scroll_to (FwMapMatrixView *self,
                          guint        row,
                          guint        column)
{
  /* Keep the group header above the first statement of a group in view too. */
  guint top = row > 0 && fw_map_matrix_view_row_is_header (self, row - 1) ? row - 1 : row;

  scroll_into_view (self->vadjustment, top * FW_MATRIX_ROW_HEIGHT,
                    (row - top + 1) * FW_MATRIX_ROW_HEIGHT);
  scroll_into_view (self->hadjustment, column * FW_MATRIX_COLUMN_WIDTH, FW_MATRIX_COLUMN_WIDTH);
}

static void
on_adjustment_changed (FwMapMatrixView *self)
{
  /* The accessible cells move with the cells they stand for. */
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_fw_map_matrix_view_set_adjustment (FwMapMatrixView    *self,
                               GtkOrientation  orientation,
                               GtkAdjustment  *adjustment)
{
  GtkAdjustment **slot = orientation == GTK_ORIENTATION_HORIZONTAL ? &self->hadjustment
                                                                   : &self->vadjustment;

  if (*slot == adjustment)
    return;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, on_adjustment_changed, self);
  g_set_object (slot, adjustment);
  if (adjustment != NULL)
    g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (on_adjustment_changed),
                              self);
  g_object_notify (G_OBJECT (self), orientation == GTK_ORIENTATION_HORIZONTAL ? "hadjustment"
                                                                               : "vadjustment");
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* Drawing -------------------------------------------------------------------------------- */

typedef struct
{
  GdkRGBA      fg;
  GdkRGBA      line;
  GdkRGBA      header_bg;
  GdkRGBA      group_bg;
  GdkRGBA      depth[FW_DEPTH_MASTERED + 1];
  GdkRGBA      stale;
  GdkRGBA      focus;
  PangoLayout *letters[FW_DEPTH_MASTERED + 1];
} Palette;

static GdkRGBA
with_alpha (const GdkRGBA *color,
            float          alpha)
{
  GdkRGBA result = *color;

  result.alpha = alpha;
  return result;
}

/*
 * Depth tints lie over the window background at an alpha that keeps the letter (drawn in the
 * text colour) readable in both schemes; the letter is always there, so colour is never the
 * only cue.
 */
static void
palette_init (FwMapMatrixView *self,
              Palette     *palette)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (self));
  const GdkRGBA introduced = { 0.21f, 0.52f, 0.89f, dark ? 0.45f : 0.28f };
  const GdkRGBA reinforced = { 0.96f, 0.71f, 0.0f, dark ? 0.42f : 0.38f };
  const GdkRGBA mastered = { 0.15f, 0.64f, 0.41f, dark ? 0.60f : 0.45f };
  const GdkRGBA stale = { 0.90f, 0.38f, 0.0f, 1.0f };
  const GdkRGBA focus = { 0.21f, 0.52f, 0.89f, 1.0f };

  gtk_style_context_get_color (style, &palette->fg);
  palette->line = with_alpha (&palette->fg, 0.12f);
  palette->header_bg = with_alpha (&palette->fg, 0.04f);
  palette->group_bg = with_alpha (&palette->fg, 0.08f);
  palette->depth[FW_DEPTH_NONE] = with_alpha (&palette->fg, 0.0f);
  palette->depth[FW_DEPTH_INTRODUCED] = introduced;
  palette->depth[FW_DEPTH_REINFORCED] = reinforced;
  palette->depth[FW_DEPTH_MASTERED] = mastered;
  palette->stale = stale;
  palette->focus = focus;
  for (guint i = FW_DEPTH_INTRODUCED; i <= FW_DEPTH_MASTERED; i++)
    {
      g_autofree char *markup = g_strdup_printf ("<b>%s</b>", fw_depth_to_string (i));

      palette->letters[i] = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
      pango_layout_set_markup (palette->letters[i], markup, -1);
    }
}

static void
palette_clear (Palette *palette)
{
  for (guint i = FW_DEPTH_INTRODUCED; i <= FW_DEPTH_MASTERED; i++)
    g_clear_object (&palette->letters[i]);
}

static void
fill (GtkSnapshot   *snapshot,
      const GdkRGBA *color,
      float          x,
      float          y,
      float          width,
      float          height)
{
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
}

static void
draw_text (FwMapMatrixView   *self,
           GtkSnapshot   *snapshot,
           const char    *markup,
           const GdkRGBA *color,
           float          x,
           float          y,
           int            width,
           int            height,
           gboolean       center)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  int text_width, text_height;

  pango_layout_set_markup (layout, markup, -1);
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  if (center)
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y + (height - text_height) / 2.0f));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
visible_range (GtkAdjustment *adjustment,
               int            cell,
               guint          count,
               guint         *first,
               guint         *last)
{
  double value = offset (adjustment);
  double page = adjustment != NULL ? gtk_adjustment_get_page_size (adjustment) : 0;

  *first = MIN ((guint) (value / cell), count);
  *last = MIN ((guint) ((value + page) / cell) + 1, count);
}

static void
draw_cells (FwMapMatrixView *self,
            GtkSnapshot *snapshot,
            Palette     *palette,
            guint        first_row,
            guint        last_row,
            guint        first_column,
            guint        last_column)
{
  const int cw = FW_MATRIX_COLUMN_WIDTH, rh = FW_MATRIX_ROW_HEIGHT;

  for (guint row = first_row; row < last_row; row++)
    {
      if (fw_map_matrix_view_row_is_header (self, row))
        {
          fill (snapshot, &palette->group_bg, first_column * cw, row * rh,
                (last_column - first_column) * cw, rh);
          continue;
        }
      for (guint column = first_column; column < last_column; column++)
        {
          FwDepth depth = fw_map_matrix_view_get_depth (self, row, column);
          int lw, lh;

          fill (snapshot, &palette->line, column * cw, row * rh + rh - 1, cw, 1);
          fill (snapshot, &palette->line, column * cw + cw - 1, row * rh, 1, rh);
          if (depth == FW_DEPTH_NONE)
            continue;
          fill (snapshot, &palette->depth[depth], column * cw + 2, row * rh + 2, cw - 5, rh - 5);
          pango_layout_get_pixel_size (palette->letters[depth], &lw, &lh);
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (column * cw + (cw - lw) / 2.0f,
                                                                  row * rh + (rh - lh) / 2.0f));
          gtk_snapshot_append_layout (snapshot, palette->letters[depth], &palette->fg);
          gtk_snapshot_restore (snapshot);
        }
    }
}

static void
draw_focus (FwMapMatrixView *self,
            GtkSnapshot *snapshot,
            Palette     *palette)
{
  GskRoundedRect outline;
  const float widths[4] = { 2, 2, 2, 2 };
  const GdkRGBA colors[4] = { palette->focus, palette->focus, palette->focus, palette->focus };

  if (self->rows->len == 0 || self->courses->len == 0)
    return;
  gsk_rounded_rect_init_from_rect (&outline,
                                   &GRAPHENE_RECT_INIT (self->cursor_column * FW_MATRIX_COLUMN_WIDTH,
                                                        self->cursor_row * FW_MATRIX_ROW_HEIGHT,
                                                        FW_MATRIX_COLUMN_WIDTH - 1,
                                                        FW_MATRIX_ROW_HEIGHT - 1), 3);
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
}

static void
draw_row_headers (FwMapMatrixView *self,
                  GtkSnapshot *snapshot,
                  Palette     *palette,
                  guint        first_row,
                  guint        last_row)
{
  const int rh = FW_MATRIX_ROW_HEIGHT, width = self->row_header_width;

  fill (snapshot, &palette->header_bg, 0, first_row * rh, width, (last_row - first_row) * rh);
  for (guint row = first_row; row < last_row; row++)
    {
      FwMatrixRow *item = g_ptr_array_index (self->rows, row);
      g_autofree char *escaped = g_markup_escape_text (item->label, -1);
      g_autofree char *markup = NULL;

      if (item->statement_id == NULL)
        {
          markup = g_strdup_printf ("<b>%s</b>", escaped);
          fill (snapshot, &palette->group_bg, 0, row * rh, width, rh);
          draw_text (self, snapshot, markup, &palette->fg, 8, row * rh, width - 16, rh, FALSE);
          continue;
        }
      if (item->stale)
        fill (snapshot, &palette->stale, 0, row * rh + 4, 4, rh - 8);
      if (row == self->cursor_row)
        markup = g_strdup_printf ("<b>%s</b>", escaped);
      draw_text (self, snapshot, markup != NULL ? markup : escaped, &palette->fg, 20, row * rh,
                 width - 28, rh, FALSE);
      fill (snapshot, &palette->line, 0, row * rh + rh - 1, width, 1);
    }
}

static void
draw_column_headers (FwMapMatrixView *self,
                     GtkSnapshot *snapshot,
                     Palette     *palette,
                     guint        first_column,
                     guint        last_column)
{
  const int cw = FW_MATRIX_COLUMN_WIDTH, height = FW_MATRIX_HEADER_HEIGHT;

  fill (snapshot, &palette->header_bg, first_column * cw, 0, (last_column - first_column) * cw,
        height);
  for (guint column = first_column; column < last_column; column++)
    {
      FwMapCourse *course = g_ptr_array_index (self->courses, column);
      g_autofree char *code = g_markup_escape_text (fw_map_course_get_code (course), -1);
      g_autofree char *term = g_markup_escape_text (fw_map_course_get_term (course), -1);
      g_autofree char *markup = NULL;

      markup = g_strdup_printf (column == self->cursor_column ? "<b>%s</b>\n<small>%s</small>"
                                                              : "%s\n<small>%s</small>",
                                code, term);
      draw_text (self, snapshot, markup, &palette->fg, column * cw + 2, 0, cw - 4, height, TRUE);
      fill (snapshot, &palette->line, column * cw + cw - 1, 0, 1, height);
    }
  fill (snapshot, &palette->line, first_column * cw, height - 1,
        (last_column - first_column) * cw, 1);
}

void
_fw_map_matrix_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  FwMapMatrixView *self = FW_MAP_MATRIX_VIEW (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  int hw = self->row_header_width, hh = FW_MATRIX_HEADER_HEIGHT;
  float hx = (float) offset (self->hadjustment), vy = (float) offset (self->vadjustment);
  guint first_row, last_row, first_column, last_column;
  Palette palette = { 0 };

  palette_init (self, &palette);
  visible_range (self->vadjustment, FW_MATRIX_ROW_HEIGHT, self->rows->len, &first_row, &last_row);
  visible_range (self->hadjustment, FW_MATRIX_COLUMN_WIDTH, self->courses->len, &first_column,
                 &last_column);

  /* Body. */
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (hw, hh, MAX (0, width - hw),
                                                         MAX (0, height - hh)));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (hw - hx, hh - vy));
  draw_cells (self, snapshot, &palette, first_row, last_row, first_column, last_column);
  if (gtk_widget_has_focus (widget))
    draw_focus (self, snapshot, &palette);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);

  /* Row headers: scroll vertically with the body only. */
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, hh, hw, MAX (0, height - hh)));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, hh - vy));
  draw_row_headers (self, snapshot, &palette, first_row, last_row);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);

  /* Column headers: scroll horizontally with the body only. */
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (hw, 0, MAX (0, width - hw), hh));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (hw - hx, 0));
  draw_column_headers (self, snapshot, &palette, first_column, last_column);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);

  /* The corner and the lines that frame the frozen headers. */
  fill (snapshot, &palette.header_bg, 0, 0, hw, hh);
  draw_text (self, snapshot, _("<b>Statements</b> by level\n<b>Courses</b> in sequence →"),
             &palette.fg, 8, 0, hw - 16, hh, FALSE);
  fill (snapshot, &palette.line, hw - 1, 0, 1, height);
  fill (snapshot, &palette.line, 0, hh - 1, width, 1);

  if (self->popover != NULL)
    gtk_widget_snapshot_child (widget, GTK_WIDGET (self->popover), snapshot);
  palette_clear (&palette);
}
