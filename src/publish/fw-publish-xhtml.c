/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fw-publish-private.h"

/*
 * One self-contained XHTML5 file: the style sheet is inline, nothing is fetched. Citations are
 * footnotes: a superscript link to the numbered source list at the end, whose entries link to
 * the sources' addresses.
 */

static const char style_sheet[] =
  "body{font-family:Cantarell,\"Noto Sans\",\"DejaVu Sans\",sans-serif;line-height:1.45;"
  "color:#1c1c1c;max-width:72rem;margin:0 auto;padding:1.5rem}\n"
  "h1{font-size:1.8rem;margin:0 0 .25rem}\n"
  "h2{font-size:1.35rem;border-bottom:1px solid #ccc;margin-top:2rem}\n"
  "h3{font-size:1.1rem;margin:1.25rem 0 .5rem}\n"
  "h4{font-size:1rem;margin:1rem 0 .25rem}\n"
  ".subtitle{color:#555;margin:0 0 1rem}\n"
  "table{border-collapse:collapse;width:100%}\n"
  ".grid{table-layout:fixed}\n"
  "th,td{border:1px solid #ccc;padding:.5rem;vertical-align:top;text-align:left}\n"
  "thead th{background:#eef2f6}\n"
  ".grid td p,.statements li{margin:0 0 .6rem}\n"
  ".role{display:block;font-weight:normal;color:#555;font-size:.9em}\n"
  "sup a{text-decoration:none}\n"
  "dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}\n"
  "dt{font-weight:bold}\ndd{margin:0}\n"
  ".footnotes{font-size:.9em}\n"
  "@media print{\n"
  "@page{size:A4;margin:18mm 16mm}\n"
  "body{max-width:none;padding:0;font-size:10pt;color:#000}\n"
  "h1,h2,h3,h4{break-after:avoid;page-break-after:avoid}\n"
  "p,li,tr,dt,dd{break-inside:avoid;page-break-inside:avoid}\n"
  "thead{display:table-header-group}\n"
  "a{color:inherit}\n"
  ".footnotes a[href^=\"http\"]::after{content:\" (\" attr(href) \")\";word-break:break-all}\n"
  "}\n";

typedef struct
{
  FwDocument *document;
  GString    *out;
  GHashTable *numbers;
} XhtmlWriter;

/* Escapes text for XML, dropping the control characters XML 1.0 cannot hold. */
static void
append_text (GString    *out,
             const char *text)
{
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\t':
        case '\n':
          g_string_append_c (out, *p);
          break;
        default:
          if ((guchar) *p >= 0x20 && *p != 0x7f)
            g_string_append_c (out, *p);
          break;
        }
    }
}

void
_fw_publish_xhtml_append_text (GString    *out,
                               const char *text)
{
  append_text (out, text);
}

const char *
_fw_publish_xhtml_style_sheet (void)
{
  return style_sheet;
}

static void
append_element (GString    *out,
                const char *tag,
                const char *text)
{
  g_string_append_printf (out, "<%s>", tag);
  append_text (out, text);
  g_string_append_printf (out, "</%s>\n", tag);
}

static void
append_marks (XhtmlWriter *writer,
              FwStatement *statement)
{
  const char * const *citations = fw_statement_get_citations (statement);

  for (guint i = 0; citations != NULL && citations[i] != NULL; i++)
    {
      guint number = GPOINTER_TO_UINT (g_hash_table_lookup (writer->numbers, citations[i]));

      if (number != 0)
        g_string_append_printf (writer->out, "<sup><a href=\"#fn-%u\" role=\"doc-noteref\">"
                                "%u</a></sup>", number, number);
    }
}

/* "<strong>Headline</strong> — body¹" */
static void
append_statement (XhtmlWriter *writer,
                  FwStatement *statement)
{
  const char *headline = fw_statement_get_headline (statement);
  const char *body = fw_statement_get_body (statement);

  if (headline[0] != '\0')
    {
      g_string_append (writer->out, "<strong>");
      append_text (writer->out, headline);
      g_string_append (writer->out, "</strong>");
      if (body[0] != '\0')
        g_string_append (writer->out, FW_STATEMENT_SEPARATOR);
    }
  append_text (writer->out, body);
  append_marks (writer, statement);
}

static void
append_statement_list (XhtmlWriter *writer,
                       GListModel  *statements)
{
  guint n = g_list_model_get_n_items (statements);

  if (n == 0)
    return;

  g_string_append (writer->out, "<ul class=\"statements\">\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FwStatement) statement = g_list_model_get_item (statements, i);

      g_string_append (writer->out, "<li>");
      append_statement (writer, statement);
      g_string_append (writer->out, "</li>\n");
    }
  g_string_append (writer->out, "</ul>\n");
}

static void
append_head (XhtmlWriter *writer)
{
  const char *language = fw_publish_get_language (writer->document);

  g_string_append (writer->out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
  g_string_append_printf (writer->out, "<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                          "lang=\"%s\" xml:lang=\"%s\">\n<head>\n"
                          "<meta charset=\"UTF-8\"/>\n"
                          "<meta name=\"viewport\" content=\"width=device-width\"/>\n"
                          "<meta name=\"generator\" content=\"Framewright\"/>\n",
                          language, language);
  append_element (writer->out, "title", fw_document_get_title (writer->document));
  g_string_append_printf (writer->out, "<style>\n%s</style>\n</head>\n<body>\n", style_sheet);
}

static void
append_header (XhtmlWriter *writer)
{
  FwDocument *document = writer->document;
  g_autofree char *subtitle = _fw_publish_subtitle (document);
  const char *context = fw_document_get_context_covered (document);
  const char *description = fw_document_get_description (document);

  g_string_append (writer->out, "<header>\n");
  append_element (writer->out, "h1", fw_document_get_title (document));
  g_string_append (writer->out, "<p class=\"subtitle\">");
  append_text (writer->out, subtitle);
  g_string_append (writer->out, "</p>\n");
  if (description != NULL && description[0] != '\0')
    append_element (writer->out, "p", description);
  if (context != NULL && context[0] != '\0')
    append_element (writer->out, "p", context);
  g_string_append (writer->out, "</header>\n");
}

static void
open_section (XhtmlWriter *writer,
              const char  *id,
              const char  *title)
{
  g_string_append_printf (writer->out, "<section id=\"%s\" aria-labelledby=\"%s-title\">\n"
                          "<h2 id=\"%s-title\">", id, id, id);
  append_text (writer->out, title);
  g_string_append (writer->out, "</h2>\n");
}

/* The level grid as on the page: a column per level, statement i of each level on row i. */
static void
append_levels (XhtmlWriter *writer)
{
  GListModel *levels = fw_document_get_levels (writer->document);
  guint rows = 0;

  open_section (writer, "levels", _("Proficiency levels"));
  g_string_append (writer->out, "<table class=\"grid\">\n<thead>\n<tr>");
  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      g_autoptr(FwLevel) level = g_list_model_get_item (levels, i);
      const char *role = fw_level_get_role_label (level);
      GListModel *statements = G_LIST_MODEL (fw_level_get_statements (level));

      rows = MAX (rows, g_list_model_get_n_items (statements));
      g_string_append (writer->out, "<th scope=\"col\">");
      append_text (writer->out, fw_level_get_label (level));
      if (role != NULL && role[0] != '\0')
        {
          g_string_append (writer->out, " <span class=\"role\">");
          append_text (writer->out, role);
          g_string_append (writer->out, "</span>");
        }
      g_string_append (writer->out, "</th>");
    }
  g_string_append (writer->out, "</tr>\n</thead>\n<tbody>\n");

  for (guint row = 0; row < rows; row++)
    {
      g_string_append (writer->out, "<tr>");
      for (guint i = 0; i < FW_N_LEVELS; i++)
        {
          g_autoptr(FwLevel) level = g_list_model_get_item (levels, i);
          GListModel *statements = G_LIST_MODEL (fw_level_get_statements (level));
          g_autoptr(FwStatement) statement = NULL;

          g_string_append (writer->out, "<td>");
          if (row < g_list_model_get_n_items (statements))
            {
              statement = g_list_model_get_item (statements, row);
              g_string_append (writer->out, "<p>");
              append_statement (writer, statement);
              g_string_append (writer->out, "</p>");
            }
          g_string_append (writer->out, "</td>");
        }
      g_string_append (writer->out, "</tr>\n");
    }
  g_string_append (writer->out, "</tbody>\n</table>\n</section>\n");
}

static void
append_ai_fluency (XhtmlWriter *writer)
{
  GListModel *levels = fw_document_get_levels (writer->document);

  open_section (writer, "ai-fluency", _("AI fluency"));
  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      g_autoptr(FwLevel) level = g_list_model_get_item (levels, i);
      GListModel *statements = G_LIST_MODEL (fw_level_get_ai_statements (level));

      if (g_list_model_get_n_items (statements) == 0)
        continue;
      append_element (writer->out, "h3", fw_level_get_label (level));
      append_statement_list (writer, statements);
    }
  g_string_append (writer->out, "</section>\n");
}

static void
append_durable_skills (XhtmlWriter *writer)
{
  GListModel *domains = G_LIST_MODEL (fw_document_get_domains (writer->document));

  if (g_list_model_get_n_items (domains) == 0)
    return;

  open_section (writer, "durable-skills", _("Durable skills"));
  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(FwDomain) domain = g_list_model_get_item (domains, i);

      append_element (writer->out, "h3", fw_domain_get_name (domain));
      for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
        {
          GListModel *cell = G_LIST_MODEL (fw_domain_get_cell (domain, level));

          if (g_list_model_get_n_items (cell) == 0)
            continue;
          append_element (writer->out, "h4", fw_durable_level_default_label (level));
          append_statement_list (writer, cell);
        }
    }
  g_string_append (writer->out, "</section>\n");
}

static void
append_evidence (XhtmlWriter *writer)
{
  g_auto(GStrv) rows = _fw_publish_evidence_rows (writer->document);

  if (rows[0] == NULL)
    return;

  open_section (writer, "evidence", _("Evidence"));
  g_string_append (writer->out, "<dl>\n");
  for (guint i = 0; rows[i] != NULL && rows[i + 1] != NULL; i += 2)
    {
      append_element (writer->out, "dt", rows[i]);
      append_element (writer->out, "dd", rows[i + 1]);
    }
  g_string_append (writer->out, "</dl>\n</section>\n");
}

static void
append_onet (XhtmlWriter *writer)
{
  FwOnet *onet = fw_document_get_onet (writer->document);
  GListModel *tasks = G_LIST_MODEL (fw_onet_get_tasks (onet));
  const char * const *lists = fw_onet_list_properties ();

  if (fw_onet_is_empty (onet))
    return;

  open_section (writer, "onet", _("O*NET"));
  if (g_list_model_get_n_items (tasks) > 0)
    {
      append_element (writer->out, "h3", _("Tasks"));
      g_string_append (writer->out, "<ul>\n");
      for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
        {
          g_autoptr(FwTask) task = g_list_model_get_item (tasks, i);

          g_string_append (writer->out, "<li>");
          append_text (writer->out, fw_task_get_text (task));
          g_string_append (writer->out, " <small>(");
          append_text (writer->out, fw_task_get_task_id (task));
          g_string_append (writer->out, ")</small></li>\n");
        }
      g_string_append (writer->out, "</ul>\n");
    }
  for (guint i = 0; lists[i] != NULL; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (onet), lists[i]);
      const char * const *items = fw_onet_get_strv (onet, lists[i]);
      g_autofree char *joined = g_strjoinv (", ", (char **) items);

      if (items[0] == NULL)
        continue;
      append_element (writer->out, "h3", _(g_param_spec_get_nick (pspec)));
      append_element (writer->out, "p", joined);
    }
  g_string_append (writer->out, "</section>\n");
}

/* The footnotes: every source, numbered, with a link to its address. */
static void
append_sources (XhtmlWriter *writer)
{
  GListModel *sources = G_LIST_MODEL (fw_document_get_sources (writer->document));
  const char *attribution = fw_document_get_attribution (writer->document);

  if (g_list_model_get_n_items (sources) > 0)
    {
      g_string_append (writer->out, "<section id=\"sources\" class=\"footnotes\" "
                       "role=\"doc-endnotes\" aria-labelledby=\"sources-title\">\n"
                       "<h2 id=\"sources-title\">");
      append_text (writer->out, _("Sources"));
      g_string_append (writer->out, "</h2>\n<ol>\n");
      for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
        {
          g_autoptr(FwSource) source = g_list_model_get_item (sources, i);
          g_autofree char *reference = _fw_publish_reference_text (source);
          const char *url = fw_source_get_url (source);

          g_string_append_printf (writer->out, "<li id=\"fn-%u\" role=\"doc-endnote\">", i + 1);
          append_text (writer->out, reference);
          if (url != NULL && url[0] != '\0')
            {
              g_string_append (writer->out, " <a href=\"");
              append_text (writer->out, url);
              g_string_append (writer->out, "\">");
              append_text (writer->out, url);
              g_string_append (writer->out, "</a>");
            }
          g_string_append (writer->out, "</li>\n");
        }
      g_string_append (writer->out, "</ol>\n</section>\n");
    }

  if (attribution != NULL && attribution[0] != '\0')
    {
      g_string_append (writer->out, "<footer>");
      append_element (writer->out, "p", attribution);
      g_string_append (writer->out, "</footer>\n");
    }
}

GBytes *
fw_publish_xhtml (FwDocument  *document,
                  GError     **error)
{
  g_autoptr(GHashTable) numbers = NULL;
  XhtmlWriter writer;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  numbers = _fw_publish_number_sources (document);
  writer = (XhtmlWriter) { document, g_string_new (NULL), numbers };

  append_head (&writer);
  append_header (&writer);
  g_string_append (writer.out, "<main>\n");
  append_levels (&writer);
  append_ai_fluency (&writer);
  append_durable_skills (&writer);
  append_evidence (&writer);
  append_onet (&writer);
  g_string_append (writer.out, "</main>\n");
  append_sources (&writer);
  g_string_append (writer.out, "</body>\n</html>\n");

  return g_string_free_to_bytes (writer.out);
}
