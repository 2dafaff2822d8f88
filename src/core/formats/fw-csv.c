/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-csv-private.h"
#include "fw-error.h"
#include "fw-format-readers.h"
#include "fw-limits.h"

/*
 * The CSV format: one row per statement, `id,section,domain,level,position,headline,body,
 * citations` (RFC 4180, UTF-8, rows ending in CRLF). `section` is level, ai-fluency or
 * durable; `domain` names the durable-skill domain (empty otherwise); `level` is a level key
 * (emerging … advanced) or, for durable skills, a durable level (emerging … exceeding);
 * `position` counts from 1 within its list; `citations` holds source ids separated by ";".
 */

#define N_COLUMNS 8
#define CITATION_SEPARATOR ";"

static const char * const header[N_COLUMNS + 1] = {
  "id", "section", "domain", "level", "position", "headline", "body", "citations", NULL
};

enum { COL_ID, COL_SECTION, COL_DOMAIN, COL_LEVEL, COL_POSITION, COL_HEADLINE, COL_BODY,
       COL_CITATIONS };

static const char *
section_name (FwSection section)
{
  switch (section)
    {
    case FW_SECTION_LEVELS:
      return "level";
    case FW_SECTION_AI_FLUENCY:
      return "ai-fluency";
    case FW_SECTION_DURABLE_SKILLS:
    default:
      return "durable";
    }
}

static gboolean
write_row_cb (FwStatement            *statement,
              const FwStatementPlace *place,
              gpointer                user_data)
{
  GString *out = user_data;
  g_autofree char *position = g_strdup_printf ("%u", place->position + 1);
  g_autofree char *citations = g_strjoinv (CITATION_SEPARATOR,
                                           (char **) fw_statement_get_citations (statement));
  gboolean durable = place->section == FW_SECTION_DURABLE_SKILLS;
  const char *row[N_COLUMNS + 1] = {
    fw_statement_get_id (statement),
    section_name (place->section),
    durable ? fw_domain_get_name (place->domain) : "",
    durable ? fw_durable_level_to_string (place->level) : fw_level_key_to_string (place->level),
    position,
    fw_statement_get_headline (statement),
    fw_statement_get_body (statement),
    citations,
    NULL
  };

  _fw_csv_append_row (out, row);
  return TRUE;
}

GBytes *
fw_csv_write (FwDocument *document)
{
  GString *out;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);

  out = g_string_new (NULL);
  _fw_csv_append_row (out, header);
  fw_document_foreach_statement (document, write_row_cb, out);

  return g_string_free_to_bytes (out);
}

/* Reading ---------------------------------------------------------------------------------- */

typedef struct
{
  const char *filename;
  FwDocument *document;
  GHashTable *ids;
  GPtrArray  *warnings;
  GError    **error;
} CsvReader;

static const char *
field_value (FwCsvRecord *record,
             guint        column)
{
  return ((FwCsvField *) g_ptr_array_index (record->fields, column))->value;
}

static gboolean
fail_at (CsvReader   *reader,
         FwCsvRecord *record,
         guint        column,
         const char  *format,
         ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail_at (CsvReader   *reader,
         FwCsvRecord *record,
         guint        column,
         const char  *format,
         ...)
{
  FwCsvField *field = g_ptr_array_index (record->fields, MIN (column, record->fields->len - 1));
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fw_set_error_at (reader->error, FW_ERROR_INVALID, reader->filename, field->line, field->column,
                   "%s", message);
  return FALSE;
}

static gboolean
check_header (CsvReader   *reader,
              FwCsvRecord *record)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *trimmed = NULL;

      if (i >= record->fields->len)
        return fail_at (reader, record, record->fields->len - 1,
                        "the header row lacks the column “%s”; it must read %s", header[i],
                        "id,section,domain,level,position,headline,body,citations");
      trimmed = g_strstrip (g_strdup (field_value (record, i)));
      name = g_ascii_strdown (trimmed, -1);
      if (!g_str_equal (name, header[i]))
        return fail_at (reader, record, i, "column %u of the header is “%s”, expected “%s”",
                        i + 1, field_value (record, i), header[i]);
    }

  if (record->fields->len > N_COLUMNS)
    return fail_at (reader, record, N_COLUMNS, "the header row has more than %d columns",
                    N_COLUMNS);
  return TRUE;
}

static FwDomain *
find_or_add_domain (FwDocument *document,
                    const char *name)
{
  GListStore *domains = fw_document_get_domains (document);
  g_autoptr(FwDomain) domain = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (domains)); i++)
    {
      g_autoptr(FwDomain) known = g_list_model_get_item (G_LIST_MODEL (domains), i);

      if (g_str_equal (fw_domain_get_name (known), name))
        return known;
    }

  domain = fw_domain_new (name);
  g_list_store_append (domains, domain);
  return domain;
}

/* The list a row belongs to, or NULL (with the error set). */
static GListStore *
row_store (CsvReader   *reader,
           FwCsvRecord *record)
{
  const char *section = field_value (record, COL_SECTION);
  const char *domain = field_value (record, COL_DOMAIN);
  const char *level = field_value (record, COL_LEVEL);
  FwLevelKey key;
  FwDurableLevel durable;

  if (g_str_equal (section, "durable"))
    {
      if (domain[0] == '\0')
        return fail_at (reader, record, COL_DOMAIN, "a durable-skill row needs a domain"), NULL;
      if (!fw_durable_level_from_string (level, &durable))
        return fail_at (reader, record, COL_LEVEL, "“%s” is not a durable-skill level (emerging, "
                        "developing, applying or exceeding)", level), NULL;
      return fw_domain_get_cell (find_or_add_domain (reader->document, domain), durable);
    }

  if (!g_str_equal (section, "level") && !g_str_equal (section, "ai-fluency"))
    return fail_at (reader, record, COL_SECTION, "section “%s” is not one of level, ai-fluency "
                    "or durable", section), NULL;
  if (!fw_level_key_from_string (level, &key))
    return fail_at (reader, record, COL_LEVEL, "“%s” is not a level (emerging, developing, "
                    "proficient or advanced)", level), NULL;
  if (domain[0] != '\0')
    return fail_at (reader, record, COL_DOMAIN, "only durable-skill rows have a domain"), NULL;

  return g_str_equal (section, "level")
         ? fw_level_get_statements (fw_document_get_level (reader->document, key))
         : fw_level_get_ai_statements (fw_document_get_level (reader->document, key));
}

static gboolean
parse_position (const char *text,
                guint64    *position)
{
  return text[0] != '\0' && g_ascii_string_to_unsigned (text, 10, 1, G_MAXUINT32, position, NULL);
}

/* Rows are placed by position within their list; a row without one goes last. */
static void
insert_at_position (GListStore  *store,
                    FwStatement *statement,
                    guint64      position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint at = n;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FwStatement) other = g_list_model_get_item (G_LIST_MODEL (store), i);
      guint64 other_position = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (other),
                                                                    "fw-csv-position"));

      if (other_position > position)
        {
          at = i;
          break;
        }
    }

  g_object_set_data (G_OBJECT (statement), "fw-csv-position", GSIZE_TO_POINTER (position));
  g_list_store_insert (store, at, statement);
}

static gboolean
read_row (CsvReader   *reader,
          FwCsvRecord *record)
{
  const char *id, *position_text, *headline, *body;
  g_auto(GStrv) citations = NULL;
  g_autoptr(FwStatement) statement = NULL;
  g_autofree char *seed = NULL;
  g_autofree char *made_id = NULL;
  guint64 position = G_MAXUINT32;
  GListStore *store;

  if (record->fields->len != N_COLUMNS)
    return fail_at (reader, record, record->fields->len - 1, "row has %u fields, expected %d",
                    record->fields->len, N_COLUMNS);
  id = field_value (record, COL_ID);
  position_text = field_value (record, COL_POSITION);
  headline = field_value (record, COL_HEADLINE);
  body = field_value (record, COL_BODY);

  store = row_store (reader, record);
  if (store == NULL)
    return FALSE;

  if (position_text[0] != '\0' && !parse_position (position_text, &position))
    return fail_at (reader, record, COL_POSITION, "position “%s” is not a whole number from 1",
                    position_text);
  if (headline[0] == '\0')
    return fail_at (reader, record, COL_HEADLINE, "the statement has no headline");
  if (!fw_limits_statement_fits (headline, body))
    return fail_at (reader, record, COL_HEADLINE, "statement is longer than %d bytes",
                    FW_MAX_STATEMENT_LENGTH);

  /* A row someone added in a spreadsheet has no id yet: it gets one from its place and text. */
  if (id[0] == '\0')
    {
      seed = g_strdup_printf ("%u/%s/%s", record->line, headline, body);
      id = made_id = fw_id_new_from_seed ("st", seed);
    }
  if (g_hash_table_contains (reader->ids, id))
    return fail_at (reader, record, COL_ID, "a second row has the id “%s”", id);
  g_hash_table_add (reader->ids, g_strdup (id));

  statement = fw_statement_new_with_id (id, headline, body);
  citations = g_strsplit (field_value (record, COL_CITATIONS), CITATION_SEPARATOR, -1);
  for (guint i = 0; citations[i] != NULL; i++)
    g_strstrip (citations[i]);
  if (citations[0] != NULL && citations[0][0] != '\0')
    fw_statement_set_citations (statement, (const char * const *) citations);

  insert_at_position (store, statement, position);
  return TRUE;
}

FwDocument *
fw_csv_read (const char  *data,
             gsize        length,
             const char  *filename,
             GPtrArray   *warnings,
             GError     **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) _fw_csv_record_free);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(FwDocument) document = NULL;
  CsvReader reader = { filename, NULL, ids, warnings, error };

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_fw_csv_parse (data, length, filename, records, error))
    return NULL;
  if (records->len == 0)
    {
      fw_set_error_at (error, FW_ERROR_PARSE, filename, 1, 1, "the file has no header row");
      return NULL;
    }

  document = fw_document_new ();
  fw_document_set_origin (document, FW_ORIGIN_NATIVE);
  reader.document = document;

  if (!check_header (&reader, g_ptr_array_index (records, 0)))
    return NULL;
  for (guint i = 1; i < records->len; i++)
    {
      if (!read_row (&reader, g_ptr_array_index (records, i)))
        return NULL;
    }

  return g_steal_pointer (&document);
}
