/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-csv-private.h"
#include "fw-error.h"

void
_fw_csv_append_field (GString    *out,
                      const char *value,
                      gboolean    first)
{
  if (!first)
    g_string_append_c (out, ',');
  if (value == NULL)
    return;

  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (out, value);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

void
_fw_csv_append_row (GString            *out,
                    const char * const *values)
{
  for (guint i = 0; values[i] != NULL; i++)
    _fw_csv_append_field (out, values[i], i == 0);
  g_string_append (out, "\r\n");
}

static void
field_free (FwCsvField *field)
{
  g_free (field->value);
  g_free (field);
}

void
_fw_csv_record_free (FwCsvRecord *record)
{
  g_ptr_array_unref (record->fields);
  g_free (record);
}

typedef struct
{
  const char *data;
  gsize       length;
  gsize       pos;
  guint       line;
  gsize       line_start;
} CsvCursor;

static guint
cursor_column (CsvCursor *cursor)
{
  /* Columns count characters, as in the other readers' messages. */
  return g_utf8_strlen (cursor->data + cursor->line_start,
                        cursor->pos - cursor->line_start) + 1;
}

static void
cursor_newline (CsvCursor *cursor)
{
  cursor->line++;
  cursor->line_start = cursor->pos;
}

/* Reads a quoted field starting at the opening quote into @value. */
static gboolean
read_quoted (CsvCursor   *cursor,
             GString     *value,
             const char  *filename,
             GError     **error)
{
  guint line = cursor->line;
  guint column = cursor_column (cursor);

  cursor->pos++;
  while (cursor->pos < cursor->length)
    {
      char c = cursor->data[cursor->pos];

      if (c == '"')
        {
          if (cursor->pos + 1 < cursor->length && cursor->data[cursor->pos + 1] == '"')
            {
              g_string_append_c (value, '"');
              cursor->pos += 2;
              continue;
            }
          cursor->pos++;
          if (cursor->pos < cursor->length && cursor->data[cursor->pos] != ','
              && cursor->data[cursor->pos] != '\r' && cursor->data[cursor->pos] != '\n')
            {
              fw_set_error_at (error, FW_ERROR_PARSE, filename, cursor->line,
                               cursor_column (cursor),
                               "text after the closing quote of a field; a quote inside a "
                               "quoted field is written twice (\"\")");
              return FALSE;
            }
          return TRUE;
        }

      g_string_append_c (value, c);
      cursor->pos++;
      if (c == '\n')
        cursor_newline (cursor);
    }

  fw_set_error_at (error, FW_ERROR_PARSE, filename, line, column,
                   "a quoted field is never closed");
  return FALSE;
}

static gboolean
read_record (CsvCursor    *cursor,
             FwCsvRecord  *record,
             const char   *filename,
             GError      **error)
{
  while (TRUE)
    {
      g_autoptr(GString) value = g_string_new (NULL);
      FwCsvField *field = g_new0 (FwCsvField, 1);

      field->line = cursor->line;
      field->column = cursor_column (cursor);
      g_ptr_array_add (record->fields, field);

      if (cursor->pos < cursor->length && cursor->data[cursor->pos] == '"')
        {
          if (!read_quoted (cursor, value, filename, error))
            return FALSE;
        }
      else
        {
          while (cursor->pos < cursor->length && cursor->data[cursor->pos] != ','
                 && cursor->data[cursor->pos] != '\r' && cursor->data[cursor->pos] != '\n')
            g_string_append_c (value, cursor->data[cursor->pos++]);
        }
      field->value = g_string_free (g_steal_pointer (&value), FALSE);

      if (cursor->pos < cursor->length && cursor->data[cursor->pos] == ',')
        {
          cursor->pos++;
          continue;
        }
      break;
    }

  /* The row ends in CRLF, LF or the end of the input. */
  if (cursor->pos < cursor->length && cursor->data[cursor->pos] == '\r')
    cursor->pos++;
  if (cursor->pos < cursor->length && cursor->data[cursor->pos] == '\n')
    cursor->pos++;
  cursor_newline (cursor);
  return TRUE;
}

gboolean
_fw_csv_parse (const char  *data,
               gsize        length,
               const char  *filename,
               GPtrArray   *records,
               GError     **error)
{
  CsvCursor cursor = { data, length, 0, 1, 0 };

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    cursor.pos = cursor.line_start = 3;

  while (cursor.pos < cursor.length)
    {
      g_autoptr(FwCsvRecord) record = NULL;
      char c = data[cursor.pos];

      if (c == '\r' || c == '\n')
        {
          cursor.pos += (c == '\r' && cursor.pos + 1 < length && data[cursor.pos + 1] == '\n')
                        ? 2 : 1;
          cursor_newline (&cursor);
          continue;
        }

      record = g_new0 (FwCsvRecord, 1);
      record->fields = g_ptr_array_new_with_free_func ((GDestroyNotify) field_free);
      record->line = cursor.line;
      if (!read_record (&cursor, record, filename, error))
        return FALSE;
      g_ptr_array_add (records, g_steal_pointer (&record));
    }

  return TRUE;
}
