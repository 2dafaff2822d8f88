/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fw-map-csv.h"
#include "fw-utf8.h"

typedef struct
{
  const char *p;
  const char *end;
  guint       line;
  guint       column;
} Cursor;

static void
field_free (gpointer data)
{
  FwCsvField *field = data;

  g_free (field->text);
  g_free (field);
}

void
fw_csv_table_free (FwCsvTable *table)
{
  if (table == NULL)
    return;

  g_free (table->filename);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

/* Moves past one byte, counting lines and characters (continuation bytes do not count). */
static void
advance (Cursor *cursor)
{
  char c = *cursor->p++;

  if (c == '\n')
    {
      cursor->line++;
      cursor->column = 1;
    }
  else if (((guchar) c & 0xC0) != 0x80)
    {
      cursor->column++;
    }
}

static char
guess_delimiter (const char *p,
                 const char *end)
{
  guint commas = 0, semicolons = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (; p < end && (quoted || (*p != '\n' && *p != '\r')); p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == ',')
        commas++;
      else if (!quoted && *p == ';')
        semicolons++;
      else if (!quoted && *p == '\t')
        tabs++;
    }

  if (semicolons > commas && semicolons >= tabs)
    return ';';
  if (tabs > commas)
    return '\t';
  return ',';
}

static gboolean
at_line_end (Cursor *cursor)
{
  return cursor->p >= cursor->end || *cursor->p == '\n' || *cursor->p == '\r';
}

static void
skip_line_end (Cursor *cursor)
{
  if (cursor->p < cursor->end && *cursor->p == '\r')
    {
      cursor->p++;
      if (cursor->p < cursor->end && *cursor->p == '\n')
        advance (cursor);
      else
        {
          cursor->line++;
          cursor->column = 1;
        }
    }
  else if (cursor->p < cursor->end)
    advance (cursor);
}

static FwCsvField *
read_field (FwCsvTable  *table,
            Cursor      *cursor,
            GError     **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  FwCsvField *field;
  guint line = cursor->line, column = cursor->column;

  if (cursor->p < cursor->end && *cursor->p == '"')
    {
      advance (cursor);
      for (;;)
        {
          if (cursor->p >= cursor->end)
            {
              fw_set_error_at (error, FW_ERROR_PARSE, table->filename, line, column,
                               _("quoted field is never closed"));
              return NULL;
            }
          if (*cursor->p == '"' && cursor->p + 1 < cursor->end && cursor->p[1] == '"')
            {
              g_string_append_c (text, '"');
              advance (cursor);
              advance (cursor);
              continue;
            }
          if (*cursor->p == '"')
            {
              advance (cursor);
              break;
            }
          g_string_append_c (text, *cursor->p);
          advance (cursor);
        }

      if (!at_line_end (cursor) && *cursor->p != table->delimiter)
        {
          fw_set_error_at (error, FW_ERROR_PARSE, table->filename, cursor->line, cursor->column,
                           _("unexpected text after a closing quote; a quote inside a quoted "
                             "field is written as two quotes"));
          return NULL;
        }
    }
  else
    {
      while (!at_line_end (cursor) && *cursor->p != table->delimiter)
        {
          g_string_append_c (text, *cursor->p);
          advance (cursor);
        }
    }

  field = g_new0 (FwCsvField, 1);
  field->text = g_string_free (g_steal_pointer (&text), FALSE);
  field->line = line;
  field->column = column;
  return field;
}

static GPtrArray *
read_row (FwCsvTable  *table,
          Cursor      *cursor,
          GError     **error)
{
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (field_free);

  for (;;)
    {
      FwCsvField *field = read_field (table, cursor, error);

      if (field == NULL)
        return NULL;
      g_ptr_array_add (row, field);
      if (row->len > FW_CSV_MAX_FIELDS)
        {
          fw_set_error_at (error, FW_ERROR_TOO_LARGE, table->filename, field->line,
                           field->column, _("more than %d fields in a row"), FW_CSV_MAX_FIELDS);
          return NULL;
        }
      if (at_line_end (cursor))
        break;
      advance (cursor);  /* the delimiter */
    }

  skip_line_end (cursor);
  return g_steal_pointer (&row);
}

static gboolean
row_is_blank (GPtrArray *row)
{
  for (guint i = 0; i < row->len; i++)
    {
      FwCsvField *field = g_ptr_array_index (row, i);
      g_autofree char *trimmed = g_strstrip (g_strdup (field->text));

      if (trimmed[0] != '\0')
        return FALSE;
    }

  return TRUE;
}

FwCsvTable *
fw_csv_parse (const char  *data,
              gsize        length,
              const char  *filename,
              GError     **error)
{
  g_autoptr(FwCsvTable) table = NULL;
  Cursor cursor = { data, data + length, 1, 1 };

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!fw_utf8_check_text (data, length, filename, "file", error))
    return NULL;
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    cursor.p += 3;

  table = g_new0 (FwCsvTable, 1);
  table->filename = g_strdup (filename != NULL ? filename : "<input>");
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  table->delimiter = guess_delimiter (cursor.p, cursor.end);

  while (cursor.p < cursor.end)
    {
      GPtrArray *row = read_row (table, &cursor, error);

      if (row == NULL)
        return NULL;
      if (row_is_blank (row))
        g_ptr_array_unref (row);
      else
        g_ptr_array_add (table->rows, row);
    }

  if (table->rows->len == 0)
    {
      fw_set_error_at (error, FW_ERROR_INVALID, table->filename, 1, 1,
                       _("the file is empty; expected a header line"));
      return NULL;
    }

  return g_steal_pointer (&table);
}

static char *
normalise_header (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean gap = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (gap && out->len > 0)
            g_string_append_c (out, '_');
          g_string_append_c (out, g_ascii_tolower (*p));
          gap = FALSE;
        }
      else
        gap = TRUE;
    }

  return g_string_free (out, FALSE);
}

int
fw_csv_find_column (FwCsvTable         *table,
                    const char * const *aliases)
{
  GPtrArray *header;

  g_return_val_if_fail (table != NULL && aliases != NULL, -1);

  header = g_ptr_array_index (table->rows, 0);
  for (guint a = 0; aliases[a] != NULL; a++)
    {
      for (guint i = 0; i < header->len; i++)
        {
          FwCsvField *field = g_ptr_array_index (header, i);
          g_autofree char *name = normalise_header (field->text);

          if (strcmp (name, aliases[a]) == 0)
            return (int) i;
        }
    }

  return -1;
}

FwCsvField *
fw_csv_get (FwCsvTable *table,
            guint       row,
            int         column)
{
  GPtrArray *fields;

  g_return_val_if_fail (table != NULL && row < table->rows->len, NULL);

  fields = g_ptr_array_index (table->rows, row);
  if (column < 0 || (guint) column >= fields->len)
    return NULL;
  return g_ptr_array_index (fields, column);
}

const char *
fw_csv_text (FwCsvTable *table,
             guint       row,
             int         column)
{
  FwCsvField *field = fw_csv_get (table, row, column);

  if (field == NULL)
    return "";

  /* Trimmed once, in place: spreadsheets pad cells, and nobody means the blanks. */
  g_strstrip (field->text);
  return field->text;
}

gboolean
fw_csv_fail (FwCsvTable  *table,
             guint        row,
             int          column,
             GError     **error,
             const char  *format,
             ...)
{
  g_autofree char *message = NULL;
  FwCsvField *field = NULL;
  guint line = 1, col = 1;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (row < table->rows->len)
    {
      GPtrArray *fields = g_ptr_array_index (table->rows, row);

      field = fw_csv_get (table, row, column);
      if (field == NULL && column < 0 && fields->len > 0)
        field = g_ptr_array_index (fields, 0);
      else if (field == NULL && fields->len > 0)
        {
          /* A short row: point just past its last field. */
          FwCsvField *last = g_ptr_array_index (fields, fields->len - 1);

          line = last->line;
          col = last->column + g_utf8_strlen (last->text, -1) + 1;
        }
    }
  if (field != NULL)
    {
      line = field->line;
      col = field->column;
    }

  fw_set_error_at (error, FW_ERROR_INVALID, table->filename, line, col, "%s", message);
  return FALSE;
}

/* One space between words, none at the ends; takes @text. */
static char *
collapse_spaces (char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  GString *joined = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (joined->len > 0)
        g_string_append_c (joined, ' ');
      g_string_append (joined, words[i]);
    }

  g_free (text);
  return g_string_free (joined, FALSE);
}

char *
fw_csv_plain_text (const char *html)
{
  static const struct { const char *entity; const char *text; } entities[] = {
    { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
    { "&#39;", "'" }, { "&nbsp;", " " },
  };
  GString *out = g_string_new (NULL);
  gboolean in_tag = FALSE;

  g_return_val_if_fail (html != NULL, NULL);

  for (const char *p = html; *p != '\0'; p++)
    {
      gboolean replaced = FALSE;

      if (in_tag)
        {
          in_tag = *p != '>';
          if (!in_tag)
            g_string_append_c (out, ' ');
          continue;
        }
      if (*p == '<')
        {
          in_tag = TRUE;
          continue;
        }
      for (guint i = 0; i < G_N_ELEMENTS (entities) && *p == '&'; i++)
        {
          if (g_str_has_prefix (p, entities[i].entity))
            {
              g_string_append (out, entities[i].text);
              p += strlen (entities[i].entity) - 1;
              replaced = TRUE;
              break;
            }
        }
      if (!replaced)
        g_string_append_c (out, g_ascii_isspace (*p) ? ' ' : *p);
    }

  return collapse_spaces (g_string_free (out, FALSE));
}
