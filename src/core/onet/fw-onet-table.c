/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-error.h"
#include "fw-io.h"
#include "fw-onet-table.h"
#include "fw-utf8.h"

/* No release file has more columns than this; a longer header is not an O*NET table. */
#define MAX_COLUMNS 64

struct _FwOnetTable
{
  char       *name;
  char       *data;      /* owned copy, cut into fields in place */
  char       *cursor;
  char       *end;
  char        delimiter;
  guint       line;      /* line of the current row */
  guint       next_line;
  guint       n_columns;
  char       *header[MAX_COLUMNS];
  const char *fields[MAX_COLUMNS];
};

/* Cuts the next line out of the buffer, without its CR LF; NULL at the end. */
static char *
take_line (FwOnetTable *self)
{
  char *line = self->cursor;
  char *eol;

  if (line >= self->end)
    return NULL;

  eol = memchr (line, '\n', self->end - line);
  if (eol == NULL)
    eol = self->end;
  self->cursor = eol < self->end ? eol + 1 : self->end;
  if (eol > line && eol[-1] == '\r')
    eol--;
  *eol = '\0';
  self->line = self->next_line++;

  return line;
}

/* Unquotes "..." in place ("" is one quote); leaves other fields alone. */
static char *
unquote (char *field)
{
  gsize len = strlen (field);
  char *out;

  if (len < 2 || field[0] != '"' || field[len - 1] != '"')
    return field;

  field[len - 1] = '\0';
  out = field;
  for (char *p = field + 1; *p != '\0'; p++)
    {
      *out++ = *p;
      if (p[0] == '"' && p[1] == '"')
        p++;
    }
  *out = '\0';

  return field;
}

/*
 * Splits @line into fields in place; returns how many (at most @max). A delimiter inside a
 * quoted field does not split it.
 */
static guint
split_fields (char   *line,
              char    delimiter,
              char  **fields,
              guint   max)
{
  guint n = 0;
  char *p = line;

  for (;;)
    {
      char *start = p;
      gboolean quoted = *p == '"';

      if (quoted)
        {
          for (p++; *p != '\0'; p++)
            {
              if (*p == '"' && p[1] == '"')
                p++;
              else if (*p == '"')
                break;
            }
        }
      while (*p != '\0' && *p != delimiter)
        p++;

      if (n < max)
        fields[n] = start;
      n++;
      if (*p == '\0')
        break;
      *p++ = '\0';
    }

  return n;
}

FwOnetTable *
fw_onet_table_new_from_data (const char  *name,
                             const char  *data,
                             gsize        length,
                             char         delimiter,
                             GError     **error)
{
  g_autoptr(FwOnetTable) self = NULL;
  char *header;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!fw_utf8_check_text (data, length, name, "file", error))
    return NULL;

  self = g_new0 (FwOnetTable, 1);
  self->name = g_strdup (name);
  self->data = g_strndup (data, length);
  self->cursor = self->data;
  self->end = self->data + length;
  self->delimiter = delimiter;
  self->next_line = 1;

  if (length >= 3 && memcmp (self->cursor, "\xEF\xBB\xBF", 3) == 0)
    self->cursor += 3;

  header = take_line (self);
  if (header == NULL || *header == '\0')
    {
      fw_set_error_at (error, FW_ERROR_INVALID, name, 1, 0,
                       "the table has no header line");
      return NULL;
    }

  self->n_columns = split_fields (header, delimiter, self->header, MAX_COLUMNS);
  if (self->n_columns > MAX_COLUMNS)
    {
      fw_set_error_at (error, FW_ERROR_INVALID, name, 1, 0,
                       "the header has %u columns; at most %d are read",
                       self->n_columns, MAX_COLUMNS);
      return NULL;
    }
  for (guint i = 0; i < self->n_columns; i++)
    self->header[i] = g_strstrip (unquote (self->header[i]));

  return g_steal_pointer (&self);
}

FwOnetTable *
fw_onet_table_open (const char  *path,
                    char         delimiter,
                    GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize size;

  g_return_val_if_fail (path != NULL, NULL);

  bytes = fw_io_load (path, FW_MAX_FILE_SIZE, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &size);
  return fw_onet_table_new_from_data (path, data != NULL ? data : "", size, delimiter, error);
}

void
fw_onet_table_free (FwOnetTable *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_free (self->data);
  g_free (self);
}

int
fw_onet_table_find_column (FwOnetTable *self,
                           const char  *name)
{
  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (name != NULL, -1);

  for (guint i = 0; i < self->n_columns; i++)
    {
      if (strcmp (self->header[i], name) == 0)
        return i;
    }

  return -1;
}

int
fw_onet_table_column (FwOnetTable  *self,
                      const char   *name,
                      GError      **error)
{
  int column = fw_onet_table_find_column (self, name);

  if (column < 0)
    fw_set_error_at (error, FW_ERROR_INVALID, self->name, 1, 0,
                     "the table has no column “%s”", name);

  return column;
}

gboolean
fw_onet_table_next (FwOnetTable  *self,
                    GError      **error)
{
  char *line;
  char *fields[MAX_COLUMNS];
  guint n;

  g_return_val_if_fail (self != NULL, FALSE);

  do
    {
      line = take_line (self);
      if (line == NULL)
        return FALSE;
    }
  while (*line == '\0');

  n = split_fields (line, self->delimiter, fields, MAX_COLUMNS);
  if (n != self->n_columns)
    {
      fw_set_error_at (error, FW_ERROR_INVALID, self->name, self->line, 0,
                       "the row has %u fields, the header names %u", n, self->n_columns);
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      char *field = g_strstrip (unquote (fields[i]));

      self->fields[i] = strcmp (field, "n/a") == 0 ? "" : field;
    }

  return TRUE;
}

const char *
fw_onet_table_get (FwOnetTable *self,
                   int          column)
{
  g_return_val_if_fail (self != NULL, "");

  if (column < 0 || (guint) column >= self->n_columns || self->fields[column] == NULL)
    return "";

  return self->fields[column];
}

guint
fw_onet_table_get_line (FwOnetTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->line;
}

const char *
fw_onet_table_get_name (FwOnetTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}
