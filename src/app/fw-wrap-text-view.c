/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-strings.h"
#include "fw-wrap-text-view.h"

/* Layout asks for the height at many widths in turn: the boxes around a statement search for
 * the width that fits a given height by bisection (about 14 widths), and do so more than once
 * per frame, so one answer, or a few, always miss. */
#define N_CACHED_HEIGHTS 32

/* Below this, Pango breaks the text nearly character by character, which costs much and
 * never fits a statement anyway. */
#define MIN_TEXT_WIDTH 120

/* GtkTextView keeps a pixel at the right of its text for the cursor and wraps its lines that
 * much narrower than it is wide (SPACE_FOR_CURSOR in gtktextview.c). */
#define SPACE_FOR_CURSOR 1

/* The text is @height high at every width from @min_width to @max_width: wrapped at
 * @max_width its widest line needs only @min_width, and a narrower width that still holds
 * that line breaks the text at the same places. */
typedef struct
{
  int min_width;
  int max_width;
  int height;
} FwCachedHeight;

struct _FwWrapTextView
{
  GtkTextView     parent_instance;

  char           *placeholder_text;
  /* The text of the buffer (or the placeholder) wrapped at the last width measured; it is
   * kept so that measuring at another width only re-wraps, never re-itemizes. */
  PangoLayout    *layout;
  gboolean        layout_text_valid;
  guint           context_serial;
  /* Recent height-for-width answers: measuring wraps the whole text. */
  FwCachedHeight  cached[N_CACHED_HEIGHTS];
  guint           n_cached;
  guint           next_cached;
};

G_DEFINE_FINAL_TYPE (FwWrapTextView, fw_wrap_text_view, GTK_TYPE_TEXT_VIEW)

enum {
  PROP_0,
  PROP_PLACEHOLDER_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
buffer_is_empty (FwWrapTextView *self)
{
  return gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self))) == 0;
}

/* A layout of @text wrapped like the view's own text at @width pixels. */
static PangoLayout *
wrapped_layout (FwWrapTextView *self,
                const char     *text,
                int             width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);

  pango_layout_set_width (layout, MAX (width, 1) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

static GtkSizeRequestMode
fw_wrap_text_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
invalidate_heights (FwWrapTextView *self)
{
  self->n_cached = 0;
  self->next_cached = 0;
}

static void
invalidate_text (FwWrapTextView *self)
{
  self->layout_text_valid = FALSE;
  invalidate_heights (self);
}

static gboolean
lookup_height (FwWrapTextView *self,
               int             width,
               int            *height)
{
  for (guint i = 0; i < self->n_cached; i++)
    {
      if (self->cached[i].min_width <= width && width <= self->cached[i].max_width)
        {
          *height = self->cached[i].height;
          return TRUE;
        }
    }
  return FALSE;
}

static void
remember_height (FwWrapTextView *self,
                 int             min_width,
                 int             max_width,
                 int             height)
{
  self->cached[self->next_cached].min_width = min_width;
  self->cached[self->next_cached].max_width = max_width;
  self->cached[self->next_cached].height = height;
  self->next_cached = (self->next_cached + 1) % N_CACHED_HEIGHTS;
  self->n_cached = MIN (self->n_cached + 1, N_CACHED_HEIGHTS);
}

/* The view's text (or its placeholder) in a layout that wraps like the view itself. */
static PangoLayout *
measuring_layout (FwWrapTextView *self)
{
  GtkTextBuffer *buffer;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
      pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
      self->layout_text_valid = FALSE;
    }
  if (self->layout_text_valid)
    return self->layout;

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  /* An empty view shows its placeholder, or is one line high. */
  if (text[0] == '\0')
    pango_layout_set_text (self->layout,
                           self->placeholder_text != NULL ? self->placeholder_text : " ", -1);
  else
    pango_layout_set_text (self->layout, text, -1);
  self->layout_text_valid = TRUE;
  return self->layout;
}

/* The height of the text at @for_width, and the least width that gives the same lines. */
static int
measure_height (FwWrapTextView *self,
                int             for_width,
                int            *min_width)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  PangoLayout *layout = measuring_layout (self);
  int horizontal_margins;
  int text_width;
  int height;

  horizontal_margins = gtk_text_view_get_left_margin (view) +
                       gtk_text_view_get_right_margin (view) + SPACE_FOR_CURSOR;
  pango_layout_set_width (layout, MAX (for_width - horizontal_margins, 1) * PANGO_SCALE);
  pango_layout_get_size (layout, &text_width, NULL);
  pango_layout_get_pixel_size (layout, NULL, &height);
  *min_width = MIN (for_width, PANGO_PIXELS_CEIL (text_width) + horizontal_margins);
  return height + gtk_text_view_get_top_margin (view) + gtk_text_view_get_bottom_margin (view);
}

static void
fw_wrap_text_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  FwWrapTextView *self = FW_WRAP_TEXT_VIEW (widget);
  guint serial;
  int min_width;
  int height;

  GTK_WIDGET_CLASS (fw_wrap_text_view_parent_class)->measure (widget, orientation, for_size,
                                                              minimum, natural,
                                                              minimum_baseline, natural_baseline);
  if (orientation != GTK_ORIENTATION_VERTICAL)
    {
      *minimum = MAX (*minimum, MIN_TEXT_WIDTH);
      *natural = MAX (*natural, *minimum);
      return;
    }
  if (for_size < 0)
    {
      /* Without a width: the height of the text unwrapped, the least it can ever need. */
      for_size = G_MAXINT / (2 * PANGO_SCALE);
    }

  /* A new font (a theme or text-scale change) changes every answer. */
  serial = pango_context_get_serial (gtk_widget_get_pango_context (widget));
  if (serial != self->context_serial)
    {
      self->context_serial = serial;
      invalidate_heights (self);
    }
  if (!lookup_height (self, for_size, &height))
    {
      height = measure_height (self, for_size, &min_width);
      remember_height (self, min_width, for_size, height);
    }
  *minimum = *natural = height;
  *minimum_baseline = *natural_baseline = -1;
}

static void
fw_wrap_text_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  FwWrapTextView *self = FW_WRAP_TEXT_VIEW (widget);
  GtkTextView *view = GTK_TEXT_VIEW (widget);
  g_autoptr(PangoLayout) layout = NULL;
  GdkRGBA color;

  GTK_WIDGET_CLASS (fw_wrap_text_view_parent_class)->snapshot (widget, snapshot);
  if (self->placeholder_text == NULL || !buffer_is_empty (self))
    return;

  layout = wrapped_layout (self, self->placeholder_text,
                           gtk_widget_get_width (widget) - gtk_text_view_get_left_margin (view)
                                                         - gtk_text_view_get_right_margin (view));
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  color.alpha *= 0.45f;
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (gtk_text_view_get_left_margin (view),
                                                gtk_text_view_get_top_margin (view)));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
on_buffer_changed (FwWrapTextView *self)
{
  /* Wrapping changes with the text; the placeholder comes and goes. */
  invalidate_text (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
on_buffer_notify (FwWrapTextView *self)
{
  invalidate_text (self);
  g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), "changed",
                           G_CALLBACK (on_buffer_changed), self, G_CONNECT_SWAPPED);
}

static void
fw_wrap_text_view_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (fw_wrap_text_view_parent_class)->root (widget);
  /* Fonts come from the style, which only now is complete, and the widget may have a new
   * PangoContext. */
  g_clear_object (&FW_WRAP_TEXT_VIEW (widget)->layout);
  invalidate_heights (FW_WRAP_TEXT_VIEW (widget));
}

static void
fw_wrap_text_view_finalize (GObject *object)
{
  FwWrapTextView *self = FW_WRAP_TEXT_VIEW (object);

  g_clear_pointer (&self->placeholder_text, g_free);
  g_clear_object (&self->layout);

  G_OBJECT_CLASS (fw_wrap_text_view_parent_class)->finalize (object);
}

static void
fw_wrap_text_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FwWrapTextView *self = FW_WRAP_TEXT_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLACEHOLDER_TEXT:
      g_value_set_string (value, self->placeholder_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_wrap_text_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  FwWrapTextView *self = FW_WRAP_TEXT_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLACEHOLDER_TEXT:
      fw_wrap_text_view_set_placeholder_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_wrap_text_view_class_init (FwWrapTextViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = fw_wrap_text_view_finalize;
  object_class->get_property = fw_wrap_text_view_get_property;
  object_class->set_property = fw_wrap_text_view_set_property;
  widget_class->get_request_mode = fw_wrap_text_view_get_request_mode;
  widget_class->measure = fw_wrap_text_view_measure;
  widget_class->snapshot = fw_wrap_text_view_snapshot;
  widget_class->root = fw_wrap_text_view_root;

  properties[PROP_PLACEHOLDER_TEXT] =
    g_param_spec_string ("placeholder-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fw_wrap_text_view_init (FwWrapTextView *self)
{
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self), GTK_WRAP_WORD_CHAR);
  g_signal_connect (self, "notify::buffer", G_CALLBACK (on_buffer_notify), NULL);
  on_buffer_notify (self);
}

GtkWidget *
fw_wrap_text_view_new (void)
{
  return g_object_new (FW_TYPE_WRAP_TEXT_VIEW, NULL);
}

const char *
fw_wrap_text_view_get_placeholder_text (FwWrapTextView *self)
{
  g_return_val_if_fail (FW_IS_WRAP_TEXT_VIEW (self), NULL);

  return self->placeholder_text;
}

void
fw_wrap_text_view_set_placeholder_text (FwWrapTextView *self,
                                        const char     *text)
{
  g_return_if_fail (FW_IS_WRAP_TEXT_VIEW (self));

  if (!fw_replace_string (&self->placeholder_text, text))
    return;
  invalidate_text (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_PLACEHOLDER,
                                  text, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACEHOLDER_TEXT]);
}
