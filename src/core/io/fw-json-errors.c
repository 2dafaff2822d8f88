/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "fw-json-private.h"

/* The JSON reader's positions and errors, below both the structure and the tokens. */

/* The characters in a span: its bytes less the UTF-8 continuation bytes (10xxxxxx), counted
 * eight bytes at a time, since every value's column is counted on one-line documents. */
static guint
count_chars (const guchar *data,
             gsize         start,
             gsize         end)
{
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
  gsize continuations = 0;
  gsize i = start;

  for (; i + 8 <= end; i += 8)
    {
      guint64 x;

      memcpy (&x, data + i, sizeof x);
      /* One bit per continuation byte, moved to the byte's low end; the multiplication sums
       * the eight bytes into the top one. */
      x = (x & ~(x << 1) & high) >> 7;
      continuations += (x * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56;
    }
  for (; i < end; i++)
    continuations += (data[i] & 0xC0) == 0x80;

  return (guint) (end - start - continuations);
}

/* Used for offsets before the current line; this only happens on error paths. */
static void
locate_from_start (const guchar *data,
                   gsize         text_start,
                   gsize         offset,
                   guint        *line,
                   guint        *column)
{
  gsize line_start = text_start;
  const guchar *newline;

  *line = 1;
  while ((newline = memchr (data + line_start, '\n', offset - line_start)) != NULL)
    {
      (*line)++;
      line_start = (newline - data) + 1;
    }

  *column = count_chars (data, line_start, offset) + 1;
}

void
_fw_json_locate (FwJsonParser *self,
                 gsize         offset,
                 guint        *line,
                 guint        *column)
{
  if (offset < self->line_start)
    {
      locate_from_start (self->data, self->text_start, offset, line, column);
      return;
    }

  if (offset < self->column_mark)
    {
      self->column_mark = self->line_start;
      self->column_mark_chars = 0;
    }

  self->column_mark_chars += count_chars (self->data, self->column_mark, offset);
  self->column_mark = offset;

  *line = self->line;
  *column = self->column_mark_chars + 1;
}

gboolean G_GNUC_PRINTF (4, 5)
_fw_json_fail_at (FwJsonParser *self,
                  gsize         offset,
                  FwErrorCode   code,
                  const char   *fmt,
                  ...)
{
  va_list args;
  guint line;
  guint column;

  if (self->error == NULL || *self->error != NULL)
    return FALSE;

  _fw_json_locate (self, offset, &line, &column);

  va_start (args, fmt);
  fw_set_error_at_valist (self->error, code, self->doc->filename, line, column, fmt, args);
  va_end (args);

  return FALSE;
}

/* Describes the character at @offset for a message: 'x' for printable ASCII,
 * U+XXXX for anything else. */
char *
_fw_json_describe_char_at (FwJsonParser *self,
                           gsize         offset)
{
  guchar c = self->data[offset];
  gunichar ch;

  if (c > 0x20 && c < 0x7F)
    return g_strdup_printf ("'%c'", c);

  ch = g_utf8_get_char ((const char *)self->data + offset);
  return g_strdup_printf ("U+%04X", ch);
}

gboolean
_fw_json_fail_unexpected (FwJsonParser *self,
                          const char   *expected)
{
  g_autofree char *found = NULL;

  if (self->pos >= self->length)
    return _fw_json_fail_at (self, self->pos, FW_ERROR_PARSE,
                             "unexpected end of file, expected %s", expected);

  found = _fw_json_describe_char_at (self, self->pos);
  return _fw_json_fail_at (self, self->pos, FW_ERROR_PARSE, "unexpected %s, expected %s", found,
                           expected);
}
