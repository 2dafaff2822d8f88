/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

/*
 * Pango and Cairo are opened on first use, not linked (see fw-lazy-library.h): with
 * fontconfig, FreeType, HarfBuzz and X11 they were half the libraries every start of the
 * command line mapped, for the two commands that lay out pages. Include this after
 * <pango/pangocairo.h> and <cairo-pdf.h>, in the files that call them; the names below then
 * call through pointers that fw_publish_load_libraries () fills in. The app, which links GTK
 * and so Pango and Cairo, gets the libraries it already has.
 */

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "fw-lazy-library.h"

#define FW_CAIRO_FUNCTIONS(X) \
  X (cairo_create) \
  X (cairo_destroy) \
  X (cairo_font_options_create) \
  X (cairo_font_options_destroy) \
  X (cairo_font_options_set_hint_metrics) \
  X (cairo_font_options_set_hint_style) \
  X (cairo_line_to) \
  X (cairo_move_to) \
  X (cairo_pdf_surface_add_outline) \
  X (cairo_pdf_surface_create_for_stream) \
  X (cairo_pdf_surface_set_metadata) \
  X (cairo_restore) \
  X (cairo_save) \
  X (cairo_set_line_width) \
  X (cairo_set_source_rgb) \
  X (cairo_show_page) \
  X (cairo_status) \
  X (cairo_status_to_string) \
  X (cairo_stroke) \
  X (cairo_surface_destroy) \
  X (cairo_surface_finish) \
  X (cairo_surface_status) \
  X (cairo_tag_begin) \
  X (cairo_tag_end)

#define FW_PANGO_FUNCTIONS(X) \
  X (pango_attr_insert_hyphens_new) \
  X (pango_attr_language_new) \
  X (pango_attr_list_copy) \
  X (pango_attr_list_insert_before) \
  X (pango_attr_list_new) \
  X (pango_attr_list_unref) \
  X (pango_context_set_language) \
  X (pango_context_set_round_glyph_positions) \
  X (pango_font_description_free) \
  X (pango_font_description_from_string) \
  X (pango_font_map_create_context) \
  X (pango_language_from_string) \
  X (pango_layout_get_attributes) \
  X (pango_layout_get_size) \
  X (pango_layout_get_text) \
  X (pango_layout_new) \
  X (pango_layout_set_alignment) \
  X (pango_layout_set_attributes) \
  X (pango_layout_set_ellipsize) \
  X (pango_layout_set_font_description) \
  X (pango_layout_set_markup) \
  X (pango_layout_set_width) \
  X (pango_layout_set_wrap)

#define FW_PANGOCAIRO_FUNCTIONS(X) \
  X (pango_cairo_context_set_font_options) \
  X (pango_cairo_context_set_resolution) \
  X (pango_cairo_font_map_get_default) \
  X (pango_cairo_show_layout)

FW_CAIRO_FUNCTIONS (FW_LAZY_EXTERN)
FW_PANGO_FUNCTIONS (FW_LAZY_EXTERN)
FW_PANGOCAIRO_FUNCTIONS (FW_LAZY_EXTERN)

#define cairo_create (*fw_lazy_cairo_create)
#define cairo_destroy (*fw_lazy_cairo_destroy)
#define cairo_font_options_create (*fw_lazy_cairo_font_options_create)
#define cairo_font_options_destroy (*fw_lazy_cairo_font_options_destroy)
#define cairo_font_options_set_hint_metrics (*fw_lazy_cairo_font_options_set_hint_metrics)
#define cairo_font_options_set_hint_style (*fw_lazy_cairo_font_options_set_hint_style)
#define cairo_line_to (*fw_lazy_cairo_line_to)
#define cairo_move_to (*fw_lazy_cairo_move_to)
#define cairo_pdf_surface_add_outline (*fw_lazy_cairo_pdf_surface_add_outline)
#define cairo_pdf_surface_create_for_stream (*fw_lazy_cairo_pdf_surface_create_for_stream)
#define cairo_pdf_surface_set_metadata (*fw_lazy_cairo_pdf_surface_set_metadata)
#define cairo_restore (*fw_lazy_cairo_restore)
#define cairo_save (*fw_lazy_cairo_save)
#define cairo_set_line_width (*fw_lazy_cairo_set_line_width)
#define cairo_set_source_rgb (*fw_lazy_cairo_set_source_rgb)
#define cairo_show_page (*fw_lazy_cairo_show_page)
#define cairo_status (*fw_lazy_cairo_status)
#define cairo_status_to_string (*fw_lazy_cairo_status_to_string)
#define cairo_stroke (*fw_lazy_cairo_stroke)
#define cairo_surface_destroy (*fw_lazy_cairo_surface_destroy)
#define cairo_surface_finish (*fw_lazy_cairo_surface_finish)
#define cairo_surface_status (*fw_lazy_cairo_surface_status)
#define cairo_tag_begin (*fw_lazy_cairo_tag_begin)
#define cairo_tag_end (*fw_lazy_cairo_tag_end)
#define pango_attr_insert_hyphens_new (*fw_lazy_pango_attr_insert_hyphens_new)
#define pango_attr_language_new (*fw_lazy_pango_attr_language_new)
#define pango_attr_list_copy (*fw_lazy_pango_attr_list_copy)
#define pango_attr_list_insert_before (*fw_lazy_pango_attr_list_insert_before)
#define pango_attr_list_new (*fw_lazy_pango_attr_list_new)
#define pango_attr_list_unref (*fw_lazy_pango_attr_list_unref)
#define pango_cairo_context_set_font_options (*fw_lazy_pango_cairo_context_set_font_options)
#define pango_cairo_context_set_resolution (*fw_lazy_pango_cairo_context_set_resolution)
#define pango_cairo_font_map_get_default (*fw_lazy_pango_cairo_font_map_get_default)
#define pango_cairo_show_layout (*fw_lazy_pango_cairo_show_layout)
#define pango_context_set_language (*fw_lazy_pango_context_set_language)
#define pango_context_set_round_glyph_positions (*fw_lazy_pango_context_set_round_glyph_positions)
#define pango_font_description_free (*fw_lazy_pango_font_description_free)
#define pango_font_description_from_string (*fw_lazy_pango_font_description_from_string)
#define pango_font_map_create_context (*fw_lazy_pango_font_map_create_context)
#define pango_language_from_string (*fw_lazy_pango_language_from_string)
#define pango_layout_get_attributes (*fw_lazy_pango_layout_get_attributes)
#define pango_layout_get_size (*fw_lazy_pango_layout_get_size)
#define pango_layout_get_text (*fw_lazy_pango_layout_get_text)
#define pango_layout_new (*fw_lazy_pango_layout_new)
#define pango_layout_set_alignment (*fw_lazy_pango_layout_set_alignment)
#define pango_layout_set_attributes (*fw_lazy_pango_layout_set_attributes)
#define pango_layout_set_ellipsize (*fw_lazy_pango_layout_set_ellipsize)
#define pango_layout_set_font_description (*fw_lazy_pango_layout_set_font_description)
#define pango_layout_set_markup (*fw_lazy_pango_layout_set_markup)
#define pango_layout_set_width (*fw_lazy_pango_layout_set_width)
#define pango_layout_set_wrap (*fw_lazy_pango_layout_set_wrap)
