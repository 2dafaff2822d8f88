/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "fw-document.h"

G_BEGIN_DECLS

/*
 * FwPublishLayout: the framework laid out on pages with Pango, drawn with Cairo. The PDF
 * export and the app's Print draw the same pages from it.
 *
 * Sizes are in points (1/72 inch): draw into a Cairo context whose user unit is a point. Every
 * layout carries the framework's content language and never hyphenates; a heading never ends
 * a page (it moves to the next page with what follows it) and a statement is never split
 * across two pages.
 */
#define FW_TYPE_PUBLISH_LAYOUT (fw_publish_layout_get_type ())
G_DECLARE_FINAL_TYPE (FwPublishLayout, fw_publish_layout, FW, PUBLISH_LAYOUT, GObject)

/* Opens Pango and Cairo, once per process (they are not linked: see fw-publish-lazy.h);
 * FALSE with @error set when they cannot be opened. Every layout is made after this. */
gboolean         fw_publish_load_libraries     (GError         **error);

/* Lays @document out on pages of @width × @height points, @margin points from every edge;
 * %NULL with @error set when Pango and Cairo cannot be opened. */
FwPublishLayout *fw_publish_layout_new         (FwDocument      *document,
                                                double           width,
                                                double           height,
                                                double           margin,
                                                GError         **error);
guint            fw_publish_layout_get_n_pages (FwPublishLayout *self);
/* Draws page @page (from 0) at the origin of @cr. */
void             fw_publish_layout_draw_page   (FwPublishLayout *self,
                                                cairo_t         *cr,
                                                guint            page);

/* Calls @func for every section heading (level 1) and sub-heading (level 2), in order. */
typedef void (*FwPublishHeadingFunc) (const char *text,
                                      guint       level,
                                      guint       page,
                                      double      y,
                                      gpointer    user_data);
void             fw_publish_layout_foreach_heading (FwPublishLayout     *self,
                                                    FwPublishHeadingFunc func,
                                                    gpointer             user_data);

G_END_DECLS
