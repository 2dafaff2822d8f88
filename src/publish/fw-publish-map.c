/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-map-matrix.h"
#include "fw-publish-layout-private.h"
#include "fw-publish-map.h"
#include "fw-publish-private.h"

/* What both forms say, in the same order and words. */

static char *
map_title (FwMap *map)
{
  return g_strdup_printf (_("Curriculum map: %s"), fw_map_get_name (map));
}

static char *
map_subtitle (FwMapReport *report,
              FwDocument  *framework)
{
  return g_strdup_printf (_("Framework: %s (%s, version %s) · %u courses, %u outcomes, "
                            "%u mappings"),
                          fw_document_get_title (framework), fw_document_get_soc (framework),
                          fw_document_get_version (framework), report->n_courses,
                          report->n_outcomes, report->n_mappings);
}

/* "RAD110 I · RAD210 M", or "not mapped". */
static char *
row_cells_text (FwMapMatrix    *matrix,
                FwMapMatrixRow *row)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < matrix->courses->len; i++)
    {
      if (row->cells[i] == FW_DEPTH_NONE)
        continue;
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append_printf (text, "%s %s",
                              fw_map_course_get_code (g_ptr_array_index (matrix->courses, i)),
                              fw_depth_to_string (row->cells[i]));
    }
  if (text->len == 0)
    g_string_append (text, _("not mapped"));

  return g_string_free (text, FALSE);
}

/* The detail an item of a list adds after its headline, or NULL. */
static char *
item_detail (FwMapReportItem *item,
             guint            list)
{
  if (list == 1)
    return g_strdup_printf (_("deepest: %s"), item->first);
  if (list == 2)
    return g_strdup_printf (_("mastered in %s, introduced in %s"), item->first, item->second);
  if (item->list[0] != NULL)
    return g_strjoinv (", ", item->list);
  return NULL;
}

typedef struct
{
  const char *id;
  const char *title;
} ListSection;

static const ListSection list_sections[] = {
  { "gaps", N_("Gaps: statements no outcome maps") },
  { "never-mastered", N_("Never mastered") },
  { "sequence", N_("Sequence: mastered before they are introduced") },
  { "redundant", N_("Redundant: mastered in many courses") },
  { "stale", N_("Stale: mapped statements that changed") },
};

static GPtrArray *
list_items (FwMapReport *report,
            guint        list)
{
  GPtrArray *lists[] = { report->gaps, report->never_mastered, report->sequence,
                         report->redundant, report->stale };

  return lists[list];
}

/* XHTML */

static void
x_text (GString    *out,
        const char *text)
{
  _fw_publish_xhtml_append_text (out, text);
}

static void
x_element (GString    *out,
           const char *tag,
           const char *text)
{
  g_string_append_printf (out, "<%s>", tag);
  x_text (out, text);
  g_string_append_printf (out, "</%s>", tag);
}

static void
x_open_section (GString    *out,
                const char *id,
                const char *title)
{
  g_string_append_printf (out, "<section id=\"%s\" aria-labelledby=\"%s-title\">\n"
                          "<h2 id=\"%s-title\">", id, id, id);
  x_text (out, title);
  g_string_append (out, "</h2>\n");
}

static void
x_coverage (GString     *out,
            FwMapReport *report)
{
  x_open_section (out, "coverage", _("Coverage"));
  g_string_append (out, "<table>\n<thead><tr>");
  x_element (out, "th", _("Level or domain"));
  x_element (out, "th", _("Statements"));
  x_element (out, "th", _("Mapped"));
  x_element (out, "th", _("Mastered"));
  g_string_append (out, "</tr></thead>\n<tbody>\n");
  for (guint pass = 0; pass < 2; pass++)
    {
      GPtrArray *lines = pass == 0 ? report->levels : report->domains;

      for (guint i = 0; i < lines->len; i++)
        {
          FwMapCoverage *coverage = g_ptr_array_index (lines, i);

          g_string_append (out, "<tr>");
          x_element (out, "th", coverage->key);
          g_string_append_printf (out, "<td>%u</td><td>%u</td><td>%u</td></tr>\n",
                                  coverage->statements, coverage->mapped, coverage->mastered);
        }
    }
  g_string_append (out, "</tbody>\n</table>\n</section>\n");
}

static void
x_matrix (GString     *out,
          FwMapMatrix *matrix)
{
  x_open_section (out, "matrix", _("Courses and statements"));
  g_string_append (out, "<table class=\"matrix\">\n<thead><tr>");
  x_element (out, "th", _("Statement"));
  x_element (out, "th", _("Headline"));
  for (guint i = 0; i < matrix->courses->len; i++)
    {
      FwMapCourse *course = g_ptr_array_index (matrix->courses, i);

      g_string_append (out, "<th scope=\"col\" title=\"");
      x_text (out, fw_map_course_get_title (course));
      g_string_append (out, "\">");
      x_text (out, fw_map_course_get_code (course));
      g_string_append (out, "</th>");
    }
  g_string_append (out, "</tr></thead>\n<tbody>\n");
  for (guint r = 0; r < matrix->rows->len; r++)
    {
      FwMapMatrixRow *row = g_ptr_array_index (matrix->rows, r);

      g_string_append (out, "<tr>");
      x_element (out, "th", row->statement);
      x_element (out, "td", row->headline);
      for (guint i = 0; i < matrix->courses->len; i++)
        x_element (out, "td", fw_depth_to_string (row->cells[i]));
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n</section>\n");
}

static void
x_lists (GString     *out,
         FwMapReport *report)
{
  for (guint list = 0; list < G_N_ELEMENTS (list_sections); list++)
    {
      GPtrArray *items = list_items (report, list);
      g_autofree char *title = g_strdup_printf ("%s (%u)", _(list_sections[list].title),
                                                items->len);

      x_open_section (out, list_sections[list].id, title);
      if (items->len > 0)
        g_string_append (out, "<ul>\n");
      for (guint i = 0; i < items->len; i++)
        {
          FwMapReportItem *item = g_ptr_array_index (items, i);
          g_autofree char *detail = item_detail (item, list);

          g_string_append (out, "<li>");
          x_element (out, "strong", item->id);
          g_string_append (out, " ");
          x_text (out, item->text);
          g_string_append (out, " (");
          x_text (out, item->label);
          if (detail != NULL)
            {
              g_string_append (out, "; ");
              x_text (out, detail);
            }
          g_string_append (out, ")</li>\n");
        }
      if (items->len > 0)
        g_string_append (out, "</ul>\n");
      g_string_append (out, "</section>\n");
    }

  {
    g_autofree char *title = g_strdup_printf ("%s (%u)", _("Unmapped outcomes"),
                                              report->unmapped_outcomes->len);

    x_open_section (out, "unmapped-outcomes", title);
  }
  if (report->unmapped_outcomes->len > 0)
    g_string_append (out, "<ul>\n");
  for (guint i = 0; i < report->unmapped_outcomes->len; i++)
    {
      FwMapReportItem *item = g_ptr_array_index (report->unmapped_outcomes, i);

      g_string_append (out, "<li>");
      x_element (out, "strong", item->id);
      g_string_append (out, " ");
      x_text (out, item->text);
      g_string_append (out, " (");
      x_text (out, item->place);
      g_string_append (out, ")</li>\n");
    }
  if (report->unmapped_outcomes->len > 0)
    g_string_append (out, "</ul>\n");
  g_string_append (out, "</section>\n");
}

static GBytes *
write_xhtml (FwMapReport *report,
             FwMap       *map,
             FwDocument  *framework,
             FwMapMatrix *matrix)
{
  const char *language = fw_publish_get_language (framework);
  g_autofree char *title = map_title (map);
  g_autofree char *subtitle = map_subtitle (report, framework);
  GString *out = g_string_new (NULL);

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
  g_string_append_printf (out, "<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                          "lang=\"%s\" xml:lang=\"%s\">\n<head>\n"
                          "<meta charset=\"UTF-8\"/>\n"
                          "<meta name=\"viewport\" content=\"width=device-width\"/>\n"
                          "<meta name=\"generator\" content=\"Framewright\"/>\n",
                          language, language);
  x_element (out, "title", title);
  g_string_append_printf (out, "\n<style>\n%s.matrix td{text-align:center}\n"
                          ".matrix td:nth-child(2){text-align:left}\n</style>\n"
                          "</head>\n<body>\n<header>\n",
                          _fw_publish_xhtml_style_sheet ());
  x_element (out, "h1", title);
  g_string_append (out, "\n<p class=\"subtitle\">");
  x_text (out, subtitle);
  g_string_append (out, "</p>\n</header>\n<main>\n");
  x_coverage (out, report);
  x_matrix (out, matrix);
  x_lists (out, report);
  g_string_append (out, "</main>\n</body>\n</html>\n");

  return g_string_free_to_bytes (out);
}

/* PDF */

static void
add_block (FwPublishLayout *layout,
           FwBlockKind      kind,
           const char      *text)
{
  g_autofree char *markup = _fw_publish_markup_escape (text);

  _fw_publish_layout_add (layout, kind, markup);
}

/* "<b>ID</b> text (detail)" */
static void
add_item (FwPublishLayout *layout,
          const char      *id,
          const char      *text,
          const char      *detail)
{
  g_autofree char *id_markup = _fw_publish_markup_escape (id);
  g_autofree char *text_markup = _fw_publish_markup_escape (text);
  g_autofree char *detail_markup = _fw_publish_markup_escape (detail);
  g_autofree char *markup = g_strdup_printf ("<b>%s</b>  %s  <i>(%s)</i>", id_markup,
                                             text_markup, detail_markup);

  _fw_publish_layout_add (layout, FW_BLOCK_STATEMENT, markup);
}

static GBytes *
write_pdf (FwMapReport            *report,
           FwMap                  *map,
           FwDocument             *framework,
           FwMapMatrix            *matrix,
           const FwPublishOptions *options,
           GError                **error)
{
  g_autofree char *title = map_title (map);
  g_autofree char *subtitle = map_subtitle (report, framework);
  g_autofree char *created = _fw_publish_creation_date (framework, options->created_at);
  g_autoptr(FwPublishLayout) layout = NULL;
  double width;
  double height;

  fw_paper_get_size (options->paper, &width, &height);
  layout = _fw_publish_layout_new_empty (fw_publish_get_language (framework), title, width,
                                         height, FW_PUBLISH_PDF_MARGIN, error);
  if (layout == NULL)
    return NULL;
  add_block (layout, FW_BLOCK_TITLE, title);
  add_block (layout, FW_BLOCK_SUBTITLE, subtitle);

  add_block (layout, FW_BLOCK_HEADING, _("Coverage"));
  for (guint pass = 0; pass < 2; pass++)
    {
      GPtrArray *lines = pass == 0 ? report->levels : report->domains;

      for (guint i = 0; i < lines->len; i++)
        {
          FwMapCoverage *coverage = g_ptr_array_index (lines, i);
          g_autofree char *line = g_strdup_printf (_("%s: %u of %u statements mapped, %u "
                                                     "mastered"),
                                                   coverage->key, coverage->mapped,
                                                   coverage->statements, coverage->mastered);

          add_block (layout, FW_BLOCK_TEXT, line);
        }
    }

  add_block (layout, FW_BLOCK_HEADING, _("Courses and statements"));
  for (guint r = 0; r < matrix->rows->len; r++)
    {
      FwMapMatrixRow *row = g_ptr_array_index (matrix->rows, r);
      g_autofree char *cells = row_cells_text (matrix, row);

      add_item (layout, row->statement, row->headline, cells);
    }

  for (guint list = 0; list < G_N_ELEMENTS (list_sections); list++)
    {
      GPtrArray *items = list_items (report, list);
      g_autofree char *heading = g_strdup_printf ("%s (%u)", _(list_sections[list].title),
                                                  items->len);

      add_block (layout, FW_BLOCK_HEADING, heading);
      for (guint i = 0; i < items->len; i++)
        {
          FwMapReportItem *item = g_ptr_array_index (items, i);
          g_autofree char *detail = item_detail (item, list);
          g_autofree char *both = detail != NULL ? g_strdup_printf ("%s; %s", item->label, detail)
                                                 : g_strdup (item->label);

          add_item (layout, item->id, item->text, both);
        }
    }

  {
    g_autofree char *heading = g_strdup_printf ("%s (%u)", _("Unmapped outcomes"),
                                                report->unmapped_outcomes->len);

    add_block (layout, FW_BLOCK_HEADING, heading);
  }
  for (guint i = 0; i < report->unmapped_outcomes->len; i++)
    {
      FwMapReportItem *item = g_ptr_array_index (report->unmapped_outcomes, i);

      add_item (layout, item->id, item->text, item->place);
    }

  _fw_publish_layout_paginate (layout);

  return _fw_publish_pdf_render (layout, options->paper, title, subtitle, NULL, created, error);
}

GBytes *
fw_publish_map_report (FwMapReport            *report,
                       FwMap                  *map,
                       FwDocument             *framework,
                       FwPublishFormat         format,
                       const FwPublishOptions *options,
                       GError                **error)
{
  static const FwPublishOptions defaults = { FW_PAPER_A4, NULL };
  g_autoptr(FwMapMatrix) matrix = NULL;

  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (FW_IS_MAP (map), NULL);
  g_return_val_if_fail (FW_IS_DOCUMENT (framework), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  matrix = fw_map_matrix_new (report, map, framework);
  if (format == FW_PUBLISH_PDF)
    return write_pdf (report, map, framework, matrix, options != NULL ? options : &defaults,
                      error);
  return write_xhtml (report, map, framework, matrix);
}
