/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

/*
 * Pango and Cairo are opened on first use rather than linked: with fontconfig, FreeType,
 * HarfBuzz and X11 they are a dozen libraries that every start of the command line would
 * otherwise map and relocate, for the two commands that lay out pages. Include this after
 * <pango/pangocairo.h> and <cairo-pdf.h>; the names below then call through pointers that
 * _fw_publish_load_libraries () fills in. The app, which links GTK, gets the libraries it
 * already has.
 */

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#define FW_PUBLISH_FUNCTIONS(X) \
  X (cairo_create, "libcairo.so.2") \
  X (cairo_destroy, "libcairo.so.2") \
  X (cairo_font_options_create, "libcairo.so.2") \
  X (cairo_font_options_destroy, "libcairo.so.2") \
  X (cairo_font_options_set_hint_metrics, "libcairo.so.2") \
  X (cairo_font_options_set_hint_style, "libcairo.so.2") \
  X (cairo_line_to, "libcairo.so.2") \
  X (cairo_move_to, "libcairo.so.2") \
  X (cairo_pdf_surface_add_outline, "libcairo.so.2") \
  X (cairo_pdf_surface_create_for_stream, "libcairo.so.2") \
  X (cairo_pdf_surface_set_metadata, "libcairo.so.2") \
  X (cairo_restore, "libcairo.so.2") \
  X (cairo_save, "libcairo.so.2") \
  X (cairo_set_line_width, "libcairo.so.2") \
  X (cairo_set_source_rgb, "libcairo.so.2") \
  X (cairo_show_page, "libcairo.so.2") \
  X (cairo_status, "libcairo.so.2") \
  X (cairo_status_to_string, "libcairo.so.2") \
  X (cairo_stroke, "libcairo.so.2") \
  X (cairo_surface_destroy, "libcairo.so.2") \
  X (cairo_surface_finish, "libcairo.so.2") \
  X (cairo_surface_status, "libcairo.so.2") \
  X (cairo_tag_begin, "libcairo.so.2") \
  X (cairo_tag_end, "libcairo.so.2") \
  X (pango_attr_insert_hyphens_new, "libpango-1.0.so.0") \
  X (pango_attr_language_new, "libpango-1.0.so.0") \
  X (pango_attr_list_copy, "libpango-1.0.so.0") \
  X (pango_attr_list_insert_before, "libpango-1.0.so.0") \
  X (pango_attr_list_new, "libpango-1.0.so.0") \
  X (pango_attr_list_unref, "libpango-1.0.so.0") \
  X (pango_cairo_context_set_font_options, "libpangocairo-1.0.so.0") \
  X (pango_cairo_context_set_resolution, "libpangocairo-1.0.so.0") \
  X (pango_cairo_font_map_get_default, "libpangocairo-1.0.so.0") \
  X (pango_cairo_show_layout, "libpangocairo-1.0.so.0") \
  X (pango_context_set_language, "libpango-1.0.so.0") \
  X (pango_context_set_round_glyph_positions, "libpango-1.0.so.0") \
  X (pango_font_description_free, "libpango-1.0.so.0") \
  X (pango_font_description_from_string, "libpango-1.0.so.0") \
  X (pango_font_map_create_context, "libpango-1.0.so.0") \
  X (pango_language_from_string, "libpango-1.0.so.0") \
  X (pango_layout_get_attributes, "libpango-1.0.so.0") \
  X (pango_layout_get_size, "libpango-1.0.so.0") \
  X (pango_layout_get_text, "libpango-1.0.so.0") \
  X (pango_layout_new, "libpango-1.0.so.0") \
  X (pango_layout_set_alignment, "libpango-1.0.so.0") \
  X (pango_layout_set_attributes, "libpango-1.0.so.0") \
  X (pango_layout_set_ellipsize, "libpango-1.0.so.0") \
  X (pango_layout_set_font_description, "libpango-1.0.so.0") \
  X (pango_layout_set_markup, "libpango-1.0.so.0") \
  X (pango_layout_set_width, "libpango-1.0.so.0") \
  X (pango_layout_set_wrap, "libpango-1.0.so.0")

#define FW_PUBLISH_DECLARE(name, library) extern __typeof__ (name) *_fw_lazy_##name;
FW_PUBLISH_FUNCTIONS (FW_PUBLISH_DECLARE)
#undef FW_PUBLISH_DECLARE

#define cairo_create (*_fw_lazy_cairo_create)
#define cairo_destroy (*_fw_lazy_cairo_destroy)
#define cairo_font_options_create (*_fw_lazy_cairo_font_options_create)
#define cairo_font_options_destroy (*_fw_lazy_cairo_font_options_destroy)
#define cairo_font_options_set_hint_metrics (*_fw_lazy_cairo_font_options_set_hint_metrics)
#define cairo_font_options_set_hint_style (*_fw_lazy_cairo_font_options_set_hint_style)
#define cairo_line_to (*_fw_lazy_cairo_line_to)
#define cairo_move_to (*_fw_lazy_cairo_move_to)
#define cairo_pdf_surface_add_outline (*_fw_lazy_cairo_pdf_surface_add_outline)
#define cairo_pdf_surface_create_for_stream (*_fw_lazy_cairo_pdf_surface_create_for_stream)
#define cairo_pdf_surface_set_metadata (*_fw_lazy_cairo_pdf_surface_set_metadata)
#define cairo_restore (*_fw_lazy_cairo_restore)
#define cairo_save (*_fw_lazy_cairo_save)
#define cairo_set_line_width (*_fw_lazy_cairo_set_line_width)
#define cairo_set_source_rgb (*_fw_lazy_cairo_set_source_rgb)
#define cairo_show_page (*_fw_lazy_cairo_show_page)
#define cairo_status (*_fw_lazy_cairo_status)
#define cairo_status_to_string (*_fw_lazy_cairo_status_to_string)
#define cairo_stroke (*_fw_lazy_cairo_stroke)
#define cairo_surface_destroy (*_fw_lazy_cairo_surface_destroy)
#define cairo_surface_finish (*_fw_lazy_cairo_surface_finish)
#define cairo_surface_status (*_fw_lazy_cairo_surface_status)
#define cairo_tag_begin (*_fw_lazy_cairo_tag_begin)
#define cairo_tag_end (*_fw_lazy_cairo_tag_end)
#define pango_attr_insert_hyphens_new (*_fw_lazy_pango_attr_insert_hyphens_new)
#define pango_attr_language_new (*_fw_lazy_pango_attr_language_new)
#define pango_attr_list_copy (*_fw_lazy_pango_attr_list_copy)
#define pango_attr_list_insert_before (*_fw_lazy_pango_attr_list_insert_before)
#define pango_attr_list_new (*_fw_lazy_pango_attr_list_new)
#define pango_attr_list_unref (*_fw_lazy_pango_attr_list_unref)
#define pango_cairo_context_set_font_options (*_fw_lazy_pango_cairo_context_set_font_options)
#define pango_cairo_context_set_resolution (*_fw_lazy_pango_cairo_context_set_resolution)
#define pango_cairo_font_map_get_default (*_fw_lazy_pango_cairo_font_map_get_default)
#define pango_cairo_show_layout (*_fw_lazy_pango_cairo_show_layout)
#define pango_context_set_language (*_fw_lazy_pango_context_set_language)
#define pango_context_set_round_glyph_positions (*_fw_lazy_pango_context_set_round_glyph_positions)
#define pango_font_description_free (*_fw_lazy_pango_font_description_free)
#define pango_font_description_from_string (*_fw_lazy_pango_font_description_from_string)
#define pango_font_map_create_context (*_fw_lazy_pango_font_map_create_context)
#define pango_language_from_string (*_fw_lazy_pango_language_from_string)
#define pango_layout_get_attributes (*_fw_lazy_pango_layout_get_attributes)
#define pango_layout_get_size (*_fw_lazy_pango_layout_get_size)
#define pango_layout_get_text (*_fw_lazy_pango_layout_get_text)
#define pango_layout_new (*_fw_lazy_pango_layout_new)
#define pango_layout_set_alignment (*_fw_lazy_pango_layout_set_alignment)
#define pango_layout_set_attributes (*_fw_lazy_pango_layout_set_attributes)
#define pango_layout_set_ellipsize (*_fw_lazy_pango_layout_set_ellipsize)
#define pango_layout_set_font_description (*_fw_lazy_pango_layout_set_font_description)
#define pango_layout_set_markup (*_fw_lazy_pango_layout_set_markup)
#define pango_layout_set_width (*_fw_lazy_pango_layout_set_width)
#define pango_layout_set_wrap (*_fw_lazy_pango_layout_set_wrap)

void _fw_publish_load_libraries (void);
