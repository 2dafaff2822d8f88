/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "fw-nsx-private.h"

/* The checks of NSX schema 1.0 that the reader (fw-nsx.c), its fast path (fw-nsx-fast.c) and
 * the writer (fw-nsx-writer.c) share. */

/* The schema's patterns, compiled once per process: compiling one costs more than reading a
 * statement. GRegex matching is thread-safe. */
static const char * const nsx_patterns[NSX_N_PATTERNS] = {
  [NSX_PATTERN_TIMESTAMP] = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
                            "T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]{1,9})?Z$",
  [NSX_PATTERN_SOC] = "^[0-9]{2}-[0-9]{4}\\.[0-9]{2}$",
  [NSX_PATTERN_VERSION] = "^v\\.[0-9]{2}\\.[0-9]{2}$",
};

gboolean
_fw_nsx_matches (NsxPattern  pattern,
                 const char *text)
{
  static GRegex *compiled[NSX_N_PATTERNS];

  if (g_once_init_enter (&compiled[pattern]))
    {
      /* DOLLAR_ENDONLY: like a JavaScript pattern, "$" must not match before a final
       * newline. The pattern is ours and valid. */
      GRegex *regex = g_regex_new (nsx_patterns[pattern],
                                   G_REGEX_DOLLAR_ENDONLY | G_REGEX_OPTIMIZE, 0, NULL);

      g_assert (regex != NULL);
      g_once_init_leave (&compiled[pattern], regex);
    }

  return g_regex_match (compiled[pattern], text, 0, NULL);
}

static gboolean
is_leap_year (guint year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/* What JSON Schema's "date-time" format adds to the pattern: real days, leap seconds. */
gboolean
_fw_nsx_is_valid_date_time (const char *text)
{
  static const guint days_in_month[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  guint year, month, day, hour, minute, second;

  if (sscanf (text, "%4u-%2u-%2uT%2u:%2u:%2u", &year, &month, &day, &hour, &minute,
              &second) != 6)
    return FALSE;

  if (day > days_in_month[month - 1] + (month == 2 && is_leap_year (year) ? 1 : 0))
    return FALSE;

  return second < 60 || (hour == 23 && minute == 59);
}

/* JavaScript's \s, which the schema's \S negates. */
static gboolean
is_js_space (gunichar c)
{
  switch (c)
    {
    case '\t': case '\n': case 0x0B: case '\f': case '\r': case ' ':
    case 0x00A0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
    case 0x3000: case 0xFEFF:
      return TRUE;

    default:
      return c >= 0x2000 && c <= 0x200A;
    }
}

/*
 * The schema's statement pattern ^\S.*\S — \S.*$: one line, a headline of two or more
 * characters that neither starts nor ends with white space, the separator, and a body that
 * does not start with white space.
 */
static gboolean
has_js_line_terminator (const char *text)
{
  /* \n, \r, U+2028 and U+2029 (E2 80 A8, E2 80 A9). */
  if (strpbrk (text, "\n\r") != NULL)
    return TRUE;
  for (const char *p = strchr (text, '\xE2'); p != NULL; p = strchr (p + 1, '\xE2'))
    {
      if (p[1] == '\x80' && (p[2] == '\xA8' || p[2] == '\xA9'))
        return TRUE;
    }
  return FALSE;
}

gboolean
_fw_nsx_is_statement_text (const char *text)
{
  const gsize separator_length = strlen (FW_STATEMENT_SEPARATOR);
  const char *third_char;
  const char *p;

  if (text[0] == '\0' || is_js_space (g_utf8_get_char (text)))
    return FALSE;

  if (has_js_line_terminator (text))
    return FALSE;

  /* The separator starts with a space, so every match falls on a character boundary. */
  third_char = g_utf8_next_char (text);
  if (*third_char != '\0')
    third_char = g_utf8_next_char (third_char);
  for (p = strstr (text, FW_STATEMENT_SEPARATOR); p != NULL;
       p = strstr (p + 1, FW_STATEMENT_SEPARATOR))
    {
      if (p >= third_char
          && !is_js_space (g_utf8_get_char (g_utf8_prev_char (p)))
          && p[separator_length] != '\0'
          && !is_js_space (g_utf8_get_char (p + separator_length)))
        return TRUE;
    }

  return FALSE;
}

/* Whether @text is exactly "@headline — @body", so nothing was trimmed off either part. */
gboolean
_fw_nsx_is_joined_text (const char *text,
                        const char *headline,
                        const char *body)
{
  gsize headline_length = strlen (headline);
  gsize separator_length = strlen (FW_STATEMENT_SEPARATOR);

  if (body[0] == '\0' || headline[0] == '\0')
    return FALSE;
  return strncmp (text, headline, headline_length) == 0
         && strncmp (text + headline_length, FW_STATEMENT_SEPARATOR, separator_length) == 0
         && strcmp (text + headline_length + separator_length, body) == 0;
}

/* Built for every statement, so without printf. */
void
_fw_nsx_statement_seed_prefix (FwLevelKey  key,
                               guint       index,
                               char       *prefix)
{
  const char *level = fw_level_key_to_string (key);
  gsize level_length = strlen (level);
  char digits[16];
  gsize n_digits = 0;
  char *p = prefix;

  do
    {
      digits[n_digits++] = (char) ('0' + index % 10);
      index /= 10;
    }
  while (index > 0);

  g_assert (level_length + n_digits + 3 <= NSX_SEED_PREFIX_SIZE);
  memcpy (p, level, level_length);
  p += level_length;
  *p++ = '/';
  while (n_digits > 0)
    *p++ = digits[--n_digits];
  *p++ = '/';
  *p = '\0';
}
