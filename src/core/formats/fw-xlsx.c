/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "fw-xlsx-lazy.h"
#include "fw-error.h"
#include "fw-strings.h"
#include "fw-xlsx.h"

/* 2000-01-01T00:00:00Z: the creation time of a framework whose provenance records none. */
#define FALLBACK_CREATION_TIME G_GINT64_CONSTANT (946684800)

/* Column widths, in Excel's character units. */
#define WIDTH_STATEMENT 48
#define WIDTH_NARROW    14
#define WIDTH_LABEL     28
#define WIDTH_TEXT      72

typedef struct
{
  FwDocument    *document;
  lxw_workbook  *workbook;
  lxw_format    *header;
  lxw_format    *wrap;
  lxw_format    *bold_wrap;
  lxw_format    *bold;
  lxw_error      failure;   /* the first libxlsxwriter error, LXW_NO_ERROR while all is well */
} XlsxWriter;

gint64
fw_xlsx_creation_time (FwDocument *document,
                       const char *created_at)
{
  g_autoptr(GDateTime) parsed = NULL;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), FALLBACK_CREATION_TIME);

  if (created_at == NULL || created_at[0] == '\0')
    created_at = fw_document_get_exported_at (document);
  if (created_at != NULL && created_at[0] != '\0')
    parsed = g_date_time_new_from_iso8601 (created_at, NULL);

  return parsed != NULL ? g_date_time_to_unix (parsed) : FALLBACK_CREATION_TIME;
}

/*
 * XML 1.0 cannot hold the C0 control characters but tab and line feed, and libxlsxwriter
 * writes them as they are, which no spreadsheet opens: each becomes a space. Returns @text
 * itself when it has none, else a copy kept in *@copy.
 */
static const char *
clean_text (const char  *text,
            char       **copy)
{
  const char *p;

  for (p = text; *p != '\0'; p++)
    {
      if ((guchar) *p < 0x20 && *p != '\t' && *p != '\n')
        break;
    }
  if (*p == '\0')
    return text;

  *copy = g_strdup (text);
  for (char *q = *copy; *q != '\0'; q++)
    {
      if ((guchar) *q < 0x20 && *q != '\t' && *q != '\n')
        *q = ' ';
    }
  return *copy;
}

/* Remembers the first error; the sheets keep going so that the code stays straight. */
static void
note (XlsxWriter *writer,
      lxw_error   result)
{
  if (result != LXW_NO_ERROR && writer->failure == LXW_NO_ERROR)
    writer->failure = result;
}

static void
put_string (XlsxWriter    *writer,
            lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      col,
            const char    *text,
            lxw_format    *format)
{
  g_autofree char *copy = NULL;

  /* An empty cell needs no string: libxlsxwriter would write a blank cell anyway. */
  if (text == NULL || text[0] == '\0')
    return;
  note (writer, worksheet_write_string (sheet, row, col, clean_text (text, &copy), format));
}

/* Citations as text: the short labels of the cited sources, in citation order. */
static char *
citations_text (FwDocument  *document,
                FwStatement *statement)
{
  const char * const *citations = fw_statement_get_citations (statement);
  GString *text = g_string_new (NULL);

  for (guint i = 0; citations != NULL && citations[i] != NULL; i++)
    {
      FwSource *source = fw_document_find_source (document, citations[i]);
      const char *label = source != NULL ? fw_source_get_short_label (source) : citations[i];

      if (label == NULL || label[0] == '\0')
        label = citations[i];
      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append (text, label);
    }

  return g_string_free (text, FALSE);
}

/* A statement in one cell: the headline in bold, the body, and the citations on a line below. */
static void
put_statement (XlsxWriter    *writer,
               lxw_worksheet *sheet,
               lxw_row_t      row,
               lxw_col_t      col,
               FwStatement   *statement)
{
  g_autofree char *headline_copy = NULL;
  g_autofree char *body_copy = NULL;
  const char *headline = clean_text (fw_statement_get_headline (statement), &headline_copy);
  const char *body = clean_text (fw_statement_get_body (statement), &body_copy);
  g_autofree char *cited = citations_text (writer->document, statement);
  g_autofree char *rest = NULL;
  g_autofree char *rest_copy = NULL;
  g_autofree char *cited_line = NULL;
  lxw_rich_string_tuple fragments[2];
  lxw_rich_string_tuple *list[3] = { NULL, NULL, NULL };

  if (cited[0] != '\0')
    cited_line = g_strdup_printf (_("Sources: %s"), cited);

  if (headline[0] == '\0')
    {
      rest = cited_line != NULL ? g_strconcat (body, "\n", cited_line, NULL) : g_strdup (body);
      put_string (writer, sheet, row, col, rest, writer->wrap);
      return;
    }

  rest = g_strconcat (body[0] != '\0' ? FW_STATEMENT_SEPARATOR : "", body,
                      cited_line != NULL ? "\n" : "", cited_line != NULL ? cited_line : "",
                      NULL);
  fragments[0] = (lxw_rich_string_tuple) { writer->bold, (char *) headline };
  fragments[1] = (lxw_rich_string_tuple) { NULL, (char *) clean_text (rest, &rest_copy) };
  list[0] = &fragments[0];
  if (rest[0] != '\0')
    list[1] = &fragments[1];
  else
    {
      /* A rich string needs two fragments: a headline alone is a plain bold cell. */
      put_string (writer, sheet, row, col, headline, writer->bold_wrap);
      return;
    }
  note (writer, worksheet_write_rich_string (sheet, row, col, list, writer->wrap));
}

static lxw_worksheet *
add_sheet (XlsxWriter         *writer,
           const char         *name,
           const char * const *headers,
           const double       *widths)
{
  lxw_worksheet *sheet = workbook_add_worksheet (writer->workbook, name);

  if (sheet == NULL)
    {
      note (writer, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return NULL;
    }

  for (lxw_col_t col = 0; headers[col] != NULL; col++)
    {
      note (writer, worksheet_set_column (sheet, col, col, widths[col], writer->wrap));
      put_string (writer, sheet, 0, col, headers[col], writer->header);
    }
  worksheet_freeze_panes (sheet, 1, 0);

  return sheet;
}

/* The level grid as on the page: one column per level, statements down the column. */
static void
write_levels_sheet (XlsxWriter *writer)
{
  GListModel *levels = fw_document_get_levels (writer->document);
  char *headers_storage[FW_N_LEVELS] = { NULL };
  const char *headers[FW_N_LEVELS + 1] = { NULL };
  double widths[FW_N_LEVELS];
  lxw_worksheet *sheet;

  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      g_autoptr(FwLevel) level = g_list_model_get_item (levels, i);
      const char *role = fw_level_get_role_label (level);

      headers_storage[i] = role != NULL && role[0] != '\0'
        ? g_strdup_printf ("%s\n%s", fw_level_get_label (level), role)
        : g_strdup (fw_level_get_label (level));
      headers[i] = headers_storage[i];
      widths[i] = WIDTH_STATEMENT;
    }

  sheet = add_sheet (writer, _("Levels"), headers, widths);
  if (sheet == NULL)
    return;

  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      g_autoptr(FwLevel) level = g_list_model_get_item (levels, i);
      GListModel *statements = G_LIST_MODEL (fw_level_get_statements (level));
      guint n = g_list_model_get_n_items (statements);

      for (guint row = 0; row < n; row++)
        {
          g_autoptr(FwStatement) statement = g_list_model_get_item (statements, row);

          put_statement (writer, sheet, row + 1, i, statement);
        }
    }

  for (guint i = 0; i < FW_N_LEVELS; i++)
    g_free (headers_storage[i]);
}

/* One row per AI-fluency statement: level, headline, body, sources. */
static void
write_ai_sheet (XlsxWriter *writer)
{
  const char *headers[] = { _("Level"), _("Headline"), _("Body"), _("Sources"), NULL };
  const double widths[] = { WIDTH_NARROW, WIDTH_LABEL, WIDTH_TEXT, WIDTH_LABEL };
  GListModel *levels = fw_document_get_levels (writer->document);
  lxw_worksheet *sheet = add_sheet (writer, _("AI fluency"), headers, widths);
  lxw_row_t row = 1;

  if (sheet == NULL)
    return;

  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      g_autoptr(FwLevel) level = g_list_model_get_item (levels, i);
      GListModel *statements = G_LIST_MODEL (fw_level_get_ai_statements (level));

      for (guint j = 0; j < g_list_model_get_n_items (statements); j++, row++)
        {
          g_autoptr(FwStatement) statement = g_list_model_get_item (statements, j);
          g_autofree char *cited = citations_text (writer->document, statement);

          put_string (writer, sheet, row, 0, fw_level_get_label (level), writer->wrap);
          put_string (writer, sheet, row, 1, fw_statement_get_headline (statement),
                      writer->bold_wrap);
          put_string (writer, sheet, row, 2, fw_statement_get_body (statement), writer->wrap);
          put_string (writer, sheet, row, 3, cited, writer->wrap);
        }
    }
}

/* The durable-skill table as on the page: a row per domain, a column per durable level. */
static void
write_durable_sheet (XlsxWriter *writer)
{
  const char *headers[FW_N_DURABLE_LEVELS + 2] = { _("Domain"), NULL };
  double widths[FW_N_DURABLE_LEVELS + 1] = { WIDTH_LABEL };
  GListModel *domains = G_LIST_MODEL (fw_document_get_domains (writer->document));
  lxw_worksheet *sheet;

  for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
    {
      headers[level + 1] = fw_durable_level_default_label (level);
      widths[level + 1] = WIDTH_STATEMENT;
    }

  sheet = add_sheet (writer, _("Durable skills"), headers, widths);
  if (sheet == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(FwDomain) domain = g_list_model_get_item (domains, i);

      put_string (writer, sheet, i + 1, 0, fw_domain_get_name (domain), writer->bold_wrap);
      for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
        {
          GListModel *cell = G_LIST_MODEL (fw_domain_get_cell (domain, level));
          g_autoptr(GString) text = g_string_new (NULL);

          for (guint j = 0; j < g_list_model_get_n_items (cell); j++)
            {
              g_autoptr(FwStatement) statement = g_list_model_get_item (cell, j);
              g_autofree char *line = fw_statement_to_text (statement);
              g_autofree char *cited = citations_text (writer->document, statement);

              if (text->len > 0)
                g_string_append (text, "\n\n");
              g_string_append (text, line);
              if (cited[0] != '\0')
                g_string_append_printf (text, " [%s]", cited);
            }
          put_string (writer, sheet, i + 1, level + 1, text->str, writer->wrap);
        }
    }
}

static void
write_sources_sheet (XlsxWriter *writer)
{
  const char *headers[] = { _("Id"), _("Short label"), _("Title"), _("Publisher"), _("Version"),
                            _("Address"), _("Licence"), _("Cited by"), NULL };
  const double widths[] = { WIDTH_LABEL, WIDTH_LABEL, WIDTH_TEXT, WIDTH_LABEL, WIDTH_NARROW,
                            WIDTH_LABEL, WIDTH_NARROW, WIDTH_NARROW };
  GListModel *sources = G_LIST_MODEL (fw_document_get_sources (writer->document));
  lxw_worksheet *sheet = add_sheet (writer, _("Sources"), headers, widths);

  if (sheet == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(FwSource) source = g_list_model_get_item (sources, i);
      const char *id = fw_source_get_id (source);
      lxw_row_t row = i + 1;

      put_string (writer, sheet, row, 0, id, writer->wrap);
      put_string (writer, sheet, row, 1, fw_source_get_short_label (source), writer->bold_wrap);
      put_string (writer, sheet, row, 2, fw_source_get_title (source), writer->wrap);
      put_string (writer, sheet, row, 3, fw_source_get_publisher (source), writer->wrap);
      put_string (writer, sheet, row, 4, fw_source_get_version (source), writer->wrap);
      /* As text, not a hyperlink: Excel refuses addresses over 255 characters. */
      put_string (writer, sheet, row, 5, fw_source_get_url (source), writer->wrap);
      put_string (writer, sheet, row, 6, fw_source_get_license (source), writer->wrap);
      note (writer, worksheet_write_number (sheet, row, 7,
                                            fw_document_count_citations (writer->document, id),
                                            NULL));
    }
}

/* The evidence pack, in the order the Evidence page shows it; absent values are left out. */
static const char * const evidence_properties[] = {
  "task-observations", "augment-share", "time-saved", "ai-autonomy",
  "top-skill", "safi-score", "quadrant", "precision",
  "wef-label", "wef-id",
};

static void
write_evidence_sheet (XlsxWriter *writer)
{
  const char *headers[] = { _("Measure"), _("Value"), NULL };
  const double widths[] = { WIDTH_LABEL, WIDTH_LABEL };
  FwEvidence *evidence = fw_document_get_evidence (writer->document);
  GObjectClass *klass = G_OBJECT_GET_CLASS (evidence);
  lxw_worksheet *sheet = add_sheet (writer, _("Evidence"), headers, widths);
  lxw_row_t row = 1;

  if (sheet == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (evidence_properties); i++)
    {
      const char *property = evidence_properties[i];
      GParamSpec *pspec = g_object_class_find_property (klass, property);
      double number;

      if (!fw_evidence_has (evidence, property))
        continue;

      put_string (writer, sheet, row, 0, _(g_param_spec_get_nick (pspec)), writer->bold_wrap);
      if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRING)
        put_string (writer, sheet, row, 1, fw_evidence_get_string (evidence, property),
                    writer->wrap);
      else if (!isnan (number = fw_evidence_get_number (evidence, property)))
        note (writer, worksheet_write_number (sheet, row, 1, number, NULL));
      row++;
    }
}

/* O*NET: tasks with their ids, apprenticeships, then every list, one item per row. */
static void
write_onet_sheet (XlsxWriter *writer)
{
  const char *headers[] = { _("List"), _("Id"), _("Item"), NULL };
  const double widths[] = { WIDTH_LABEL, WIDTH_NARROW, WIDTH_TEXT };
  FwOnet *onet = fw_document_get_onet (writer->document);
  GListModel *tasks = G_LIST_MODEL (fw_onet_get_tasks (onet));
  GListModel *apprenticeships = G_LIST_MODEL (fw_onet_get_apprenticeships (onet));
  const char * const *lists = fw_onet_list_properties ();
  lxw_worksheet *sheet = add_sheet (writer, _("O-NET"), headers, widths);
  lxw_row_t row = 1;

  if (sheet == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++, row++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (tasks, i);

      put_string (writer, sheet, row, 0, _("Tasks"), writer->bold_wrap);
      put_string (writer, sheet, row, 1, fw_task_get_task_id (task), writer->wrap);
      put_string (writer, sheet, row, 2, fw_task_get_text (task), writer->wrap);
    }
  for (guint i = 0; i < g_list_model_get_n_items (apprenticeships); i++, row++)
    {
      g_autoptr(FwApprenticeship) apprenticeship = g_list_model_get_item (apprenticeships, i);

      put_string (writer, sheet, row, 0, _("Apprenticeships"), writer->bold_wrap);
      put_string (writer, sheet, row, 1, fw_apprenticeship_get_code (apprenticeship),
                  writer->wrap);
      put_string (writer, sheet, row, 2, fw_apprenticeship_get_title (apprenticeship),
                  writer->wrap);
    }
  for (guint i = 0; lists[i] != NULL; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (onet), lists[i]);
      const char * const *items = fw_onet_get_strv (onet, lists[i]);

      for (guint j = 0; items[j] != NULL; j++, row++)
        {
          put_string (writer, sheet, row, 0, _(g_param_spec_get_nick (pspec)), writer->bold_wrap);
          put_string (writer, sheet, row, 2, items[j], writer->wrap);
        }
    }
}

static void
add_formats (XlsxWriter *writer)
{
  writer->wrap = workbook_add_format (writer->workbook);
  format_set_text_wrap (writer->wrap);
  format_set_align (writer->wrap, LXW_ALIGN_VERTICAL_TOP);

  writer->bold_wrap = workbook_add_format (writer->workbook);
  format_set_text_wrap (writer->bold_wrap);
  format_set_align (writer->bold_wrap, LXW_ALIGN_VERTICAL_TOP);
  format_set_bold (writer->bold_wrap);

  writer->header = workbook_add_format (writer->workbook);
  format_set_text_wrap (writer->header);
  format_set_align (writer->header, LXW_ALIGN_VERTICAL_TOP);
  format_set_bold (writer->header);
  format_set_bottom (writer->header, LXW_BORDER_THIN);
  format_set_bg_color (writer->header, 0xE8EEF4);

  /* For the headline fragment of a rich string. */
  writer->bold = workbook_add_format (writer->workbook);
  format_set_bold (writer->bold);
}

static void
set_properties (XlsxWriter *writer,
                gint64      created)
{
  FwDocument *document = writer->document;
  g_autofree char *title = g_strdup_printf ("%s (%s)", fw_document_get_title (document),
                                            fw_document_get_soc (document));
  g_autofree char *subject = g_strdup_printf (_("Skill framework, version %s"),
                                              fw_document_get_version (document));
  lxw_doc_properties properties = { 0 };

  properties.title = title;
  properties.subject = subject;
  properties.company = (char *) fw_document_get_attribution (document);
  /* Also the time of every entry in the zip: without it both would be "now". */
  properties.created = (time_t) created;
  note (writer, workbook_set_properties (writer->workbook, &properties));
}

static gboolean
build_workbook (FwDocument  *document,
                const char  *path,
                gint64       created,
                GError     **error)
{
  XlsxWriter writer = { document, NULL };
  lxw_workbook_options options = { 0 };
  lxw_error closed;

  if (!_fw_xlsx_load_library (error))
    return FALSE;
  writer.workbook = workbook_new_opt (path, &options);
  if (writer.workbook == NULL)
    {
      g_set_error (error, FW_ERROR, FW_ERROR_IO, "%s: error: could not create the workbook",
                   path);
      return FALSE;
    }

  add_formats (&writer);
  set_properties (&writer, created);
  write_levels_sheet (&writer);
  write_ai_sheet (&writer);
  write_durable_sheet (&writer);
  write_sources_sheet (&writer);
  write_evidence_sheet (&writer);
  write_onet_sheet (&writer);

  /* Closing writes the file and frees the workbook, also after an error. */
  closed = workbook_close (writer.workbook);
  note (&writer, closed);
  if (writer.failure != LXW_NO_ERROR)
    {
      g_set_error (error, FW_ERROR, FW_ERROR_IO, "%s: error: could not write the workbook: %s",
                   path, lxw_strerror (writer.failure));
      return FALSE;
    }

  return TRUE;
}

GBytes *
fw_xlsx_write (FwDocument  *document,
               const char  *created_at,
               const char  *temp_dir,
               GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  gboolean built;
  int fd;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  path = g_build_filename (temp_dir != NULL ? temp_dir : g_get_tmp_dir (),
                           ".framewright-XXXXXX.xlsx", NULL);
  fd = g_mkstemp (path);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, FW_ERROR, FW_ERROR_IO, "%s: error: could not create a temporary file: %s",
                   temp_dir != NULL ? temp_dir : g_get_tmp_dir (), g_strerror (saved_errno));
      return NULL;
    }
  close (fd);

  built = build_workbook (document, path, fw_xlsx_creation_time (document, created_at), error);
  if (built && !g_file_get_contents (path, &contents, &length, NULL))
    {
      g_set_error (error, FW_ERROR, FW_ERROR_IO, "%s: error: could not read the workbook back",
                   path);
      built = FALSE;
    }
  g_unlink (path);

  if (!built)
    return NULL;

  return g_bytes_new_take (g_steal_pointer (&contents), length);
}
