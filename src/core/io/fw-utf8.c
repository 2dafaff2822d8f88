/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-utf8.h"

/* The line and column (in characters) of @offset; the bytes before it must be valid UTF-8. */
static void
locate_offset (const char *data,
               gsize       offset,
               guint      *line,
               guint      *column)
{
  gsize line_start = 0;

  *line = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          line_start = i + 1;
        }
    }

  *column = (guint) g_utf8_strlen (data + line_start, offset - line_start) + 1;
}

/*
 * The length of the run of ASCII bytes other than NUL at the start of @data, counted in whole
 * 8-byte words: most framework text is ASCII, and this is several times faster than
 * g_utf8_validate_len() over it.
 */
static gsize
plain_ascii_prefix (const char *data,
                    gsize       length)
{
  const guint64 high_bits = G_GUINT64_CONSTANT (0x8080808080808080);
  const guint64 low_bits = G_GUINT64_CONSTANT (0x0101010101010101);
  gsize i = 0;

  for (; i + 8 <= length; i += 8)
    {
      guint64 word;

      memcpy (&word, data + i, sizeof word);
      /* A byte with its high bit set, or a zero byte (the classic has-zero-byte test). */
      if ((word & high_bits) != 0 || ((word - low_bits) & ~word & high_bits) != 0)
        break;
    }

  return i;
}

/*
 * g_utf8_validate_len(), NUL bytes included, with runs of ASCII skipped a word at a time and
 * GLib asked only about each multi-byte character.
 */
static gboolean
validate_utf8 (const char  *data,
               gsize        length,
               const char **end)
{
  gsize i = 0;

  while (i < length)
    {
      guchar c;
      gsize n;

      i += plain_ascii_prefix (data + i, length - i);
      if (i >= length)
        break;
      c = (guchar) data[i];
      n = c < 0x80 ? 1 : (gsize) g_utf8_skip[c];
      if (c == 0 || i + n > length || (c >= 0x80 && !g_utf8_validate_len (data + i, n, NULL)))
        {
          *end = data + i;
          return FALSE;
        }
      i += n;
    }

  return TRUE;
}

gboolean
fw_utf8_check_text (const char  *data,
                    gsize        length,
                    const char  *filename,
                    const char  *subject,
                    GError     **error)
{
  const char *end = NULL;
  guint line;
  guint column;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (subject != NULL, FALSE);

  if (length >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE)
                      || ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      fw_set_error_at (error, FW_ERROR_PARSE, filename, 1, 1,
                       "%s is UTF-16 encoded; only UTF-8 is supported", subject);
      return FALSE;
    }

  if (length == 0 || validate_utf8 (data, length, &end))
    return TRUE;

  locate_offset (data, end - data, &line, &column);
  if (*end == '\0')
    fw_set_error_at (error, FW_ERROR_PARSE, filename, line, column,
                     "%s contains a NUL byte; is it a binary file?", subject);
  else
    fw_set_error_at (error, FW_ERROR_PARSE, filename, line, column,
                     "invalid UTF-8 (byte 0x%02X)", (guchar) *end);

  return FALSE;
}
