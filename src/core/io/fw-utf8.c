/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

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

  if (length == 0 || g_utf8_validate_len (data, length, &end))
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
