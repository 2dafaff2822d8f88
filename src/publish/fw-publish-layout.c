/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "fw-publish-lazy.h"
#include "fw-publish-layout-private.h"
#include "fw-publish.h"

/* The room under the text for the page number, in points. */
#define FOOTER_GAP 14.0

typedef struct
{
  const char *font;
  double      space_before;
  double      indent;
  gboolean    keep_with_next;  /* never the last block on a page */
} BlockStyle;

static const BlockStyle block_styles[] = {
  [FW_BLOCK_TITLE]      = { "Sans Bold 20", 0, 0, TRUE },
  [FW_BLOCK_SUBTITLE]   = { "Sans 10.5", 4, 0, FALSE },
  [FW_BLOCK_HEADING]    = { "Sans Bold 15", 22, 0, TRUE },
  [FW_BLOCK_SUBHEADING] = { "Sans Bold 12", 14, 0, TRUE },
  [FW_BLOCK_MINOR]      = { "Sans Bold 10", 8, 0, TRUE },
  [FW_BLOCK_TEXT]       = { "Sans 10", 6, 0, FALSE },
  [FW_BLOCK_STATEMENT]  = { "Sans 10", 6, 12, FALSE },
  [FW_BLOCK_NOTE]       = { "Sans 9", 4, 0, FALSE },
};

typedef struct
{
  FwBlockKind  kind;
  PangoLayout *layout;
  char        *uri;     /* the block links there (PDF), or NULL */
  double       height;
  guint        page;
  double       y;
} Block;

struct _FwPublishLayout
{
  GObject       parent_instance;

  PangoContext *context;
  PangoLanguage *language;
  char         *footer_title;
  double        width;
  double        height;
  double        margin;
  GArray       *blocks;   /* of Block */
  guint         n_pages;
};

G_DEFINE_FINAL_TYPE (FwPublishLayout, fw_publish_layout, G_TYPE_OBJECT)

static void
clear_block (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->layout);
  g_clear_pointer (&block->uri, g_free);
}

static void
fw_publish_layout_finalize (GObject *object)
{
  FwPublishLayout *self = FW_PUBLISH_LAYOUT (object);

  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->footer_title, g_free);

  G_OBJECT_CLASS (fw_publish_layout_parent_class)->finalize (object);
}

static void
fw_publish_layout_class_init (FwPublishLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fw_publish_layout_finalize;
}

static void
fw_publish_layout_init (FwPublishLayout *self)
{
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, clear_block);
}

char *
_fw_publish_markup_escape (const char *text)
{
  g_autofree char *clean = g_strdup (text != NULL ? text : "");

  for (char *p = clean; *p != '\0'; p++)
    {
      if ((guchar) *p < 0x20 || *p == 0x7f)
        *p = ' ';
    }

  return g_markup_escape_text (clean, -1);
}

/*
 * A context of its own, independent of any screen or printer: 72 units per inch so that sizes
 * in points are user units, and no hinting, so that lines break the same way on paper, in a
 * PDF and in a preview.
 */
static PangoContext *
create_context (PangoLanguage *language)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, language);

  return context;
}

/* Sets the language on the layout itself too, and turns hyphenation off. */
static void
set_language (FwPublishLayout *self,
              PangoLayout     *layout)
{
  PangoAttrList *markup_attributes = pango_layout_get_attributes (layout);
  PangoAttrList *attributes = markup_attributes != NULL ? pango_attr_list_copy (markup_attributes)
                                                        : pango_attr_list_new ();

  pango_attr_list_insert_before (attributes, pango_attr_language_new (self->language));
  pango_attr_list_insert_before (attributes, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
}

static PangoLayout *
new_layout (FwPublishLayout *self,
            const char      *font,
            const char      *markup,
            double           width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_markup (layout, markup, -1);
  set_language (self, layout);

  return layout;
}

void
_fw_publish_layout_add (FwPublishLayout *self,
                        FwBlockKind      kind,
                        const char      *markup)
{
  _fw_publish_layout_add_link (self, kind, markup, NULL);
}

void
_fw_publish_layout_add_link (FwPublishLayout *self,
                             FwBlockKind      kind,
                             const char      *markup,
                             const char      *uri)
{
  const BlockStyle *style = &block_styles[kind];
  Block block = { kind, NULL, g_strdup (uri), 0, 0, 0 };
  int height = 0;

  block.layout = new_layout (self, style->font, markup,
                             self->width - 2 * self->margin - style->indent);
  pango_layout_get_size (block.layout, NULL, &height);
  block.height = (double) height / PANGO_SCALE;
  g_array_append_val (self->blocks, block);
}

/* The height that block @i needs, with the blocks it must stay with. */
static double
kept_height (FwPublishLayout *self,
             guint            i)
{
  double height = 0;

  for (; i < self->blocks->len; i++)
    {
      const Block *block = &g_array_index (self->blocks, Block, i);

      height += block->height + (height > 0 ? block_styles[block->kind].space_before : 0);
      if (!block_styles[block->kind].keep_with_next)
        break;
    }

  return height;
}

static void
paginate (FwPublishLayout *self)
{
  double top = self->margin;
  double bottom = self->height - self->margin - FOOTER_GAP;
  double y = top;
  guint page = 0;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      double space = y > top ? block_styles[block->kind].space_before : 0;

      /* A block that does not fit, with what it must stay with, starts the next page; a block
       * already at the top of a page stays, whatever its height. */
      if (y > top && y + space + kept_height (self, i) > bottom)
        {
          page++;
          y = top;
          space = 0;
        }

      block->page = page;
      block->y = y + space;
      y = block->y + block->height;
    }

  self->n_pages = page + 1;
}

/**
 * fw_publish_layout_new:
 *
 * Returns: (transfer full): the framework laid out on pages
 */
FwPublishLayout *
fw_publish_layout_new (FwDocument  *document,
                       double       width,
                       double       height,
                       double       margin,
                       GError     **error)
{
  FwPublishLayout *self;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (width > 2 * margin && height > 2 * margin + FOOTER_GAP, NULL);

  self = _fw_publish_layout_new_empty (fw_publish_get_language (document),
                                       fw_document_get_title (document), width, height, margin,
                                       error);
  if (self == NULL)
    return NULL;
  _fw_publish_layout_fill (self, document);
  _fw_publish_layout_paginate (self);

  return self;
}

FwPublishLayout *
_fw_publish_layout_new_empty (const char  *language,
                              const char  *footer_title,
                              double       width,
                              double       height,
                              double       margin,
                              GError     **error)
{
  FwPublishLayout *self;

  g_return_val_if_fail (width > 2 * margin && height > 2 * margin + FOOTER_GAP, NULL);

  if (!fw_publish_load_libraries (error))
    return NULL;
  self = g_object_new (FW_TYPE_PUBLISH_LAYOUT, NULL);
  self->width = width;
  self->height = height;
  self->margin = margin;
  self->language = pango_language_from_string (language);
  self->context = create_context (self->language);
  self->footer_title = g_strdup (footer_title);

  return self;
}

void
_fw_publish_layout_paginate (FwPublishLayout *self)
{
  paginate (self);
}

guint
fw_publish_layout_get_n_pages (FwPublishLayout *self)
{
  g_return_val_if_fail (FW_IS_PUBLISH_LAYOUT (self), 0);

  return self->n_pages;
}

static void
draw_footer (FwPublishLayout *self,
             cairo_t         *cr,
             guint            page)
{
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, self->n_pages);
  g_autofree char *number_markup = _fw_publish_markup_escape (number);
  g_autofree char *title_markup = _fw_publish_markup_escape (self->footer_title);
  double text_width = self->width - 2 * self->margin;
  g_autoptr(PangoLayout) left = new_layout (self, "Sans 8", title_markup, text_width * 0.7);
  g_autoptr(PangoLayout) right = new_layout (self, "Sans 8", number_markup, text_width);
  int height = 0;
  double y;

  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  pango_layout_get_size (right, NULL, &height);
  y = self->height - self->margin - (double) height / PANGO_SCALE;

  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  cairo_move_to (cr, self->margin, y);
  pango_cairo_show_layout (cr, left);
  cairo_move_to (cr, self->margin, y);
  pango_cairo_show_layout (cr, right);
}

/* Cairo's attribute strings quote with ' and escape with \. */
static char *
link_attributes (const char *uri)
{
  GString *attributes = g_string_new ("uri='");

  for (const char *p = uri; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (attributes, '\\');
      g_string_append_c (attributes, *p);
    }
  g_string_append_c (attributes, '\'');

  return g_string_free (attributes, FALSE);
}

/* A block that is a link: a PDF reader opens its address (other surfaces ignore the tag). */
static void
show_link (cairo_t     *cr,
           const Block *block)
{
  g_autofree char *attributes = link_attributes (block->uri);

  cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
  pango_cairo_show_layout (cr, block->layout);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
}

void
fw_publish_layout_draw_page (FwPublishLayout *self,
                             cairo_t         *cr,
                             guint            page)
{
  g_return_if_fail (FW_IS_PUBLISH_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->n_pages);

  cairo_save (cr);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = &g_array_index (self->blocks, Block, i);

      if (block->page != page)
        continue;

      if (block->kind == FW_BLOCK_HEADING)
        {
          /* A rule under each section heading, as on the page. */
          cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
          cairo_set_line_width (cr, 0.6);
          cairo_move_to (cr, self->margin, block->y + block->height + 2);
          cairo_line_to (cr, self->width - self->margin, block->y + block->height + 2);
          cairo_stroke (cr);
        }
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      cairo_move_to (cr, self->margin + block_styles[block->kind].indent, block->y);
      if (block->uri != NULL)
        show_link (cr, block);
      else
        pango_cairo_show_layout (cr, block->layout);
    }
  draw_footer (self, cr, page);
  cairo_restore (cr);
}

void
fw_publish_layout_foreach_heading (FwPublishLayout      *self,
                                   FwPublishHeadingFunc  func,
                                   gpointer              user_data)
{
  g_return_if_fail (FW_IS_PUBLISH_LAYOUT (self));
  g_return_if_fail (func != NULL);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = &g_array_index (self->blocks, Block, i);

      if (block->kind == FW_BLOCK_HEADING || block->kind == FW_BLOCK_SUBHEADING)
        func (pango_layout_get_text (block->layout),
              block->kind == FW_BLOCK_HEADING ? 1 : 2, block->page, block->y, user_data);
    }
}

guint
_fw_publish_layout_get_n_blocks (FwPublishLayout *self)
{
  g_return_val_if_fail (FW_IS_PUBLISH_LAYOUT (self), 0);

  return self->blocks->len;
}

PangoLayout *
_fw_publish_layout_get_block (FwPublishLayout *self,
                              guint            index,
                              FwBlockKind     *kind,
                              guint           *page,
                              double          *y,
                              double          *height)
{
  const Block *block;

  g_return_val_if_fail (FW_IS_PUBLISH_LAYOUT (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);

  block = &g_array_index (self->blocks, Block, index);
  *kind = block->kind;
  *page = block->page;
  *y = block->y;
  *height = block->height;
  return block->layout;
}
