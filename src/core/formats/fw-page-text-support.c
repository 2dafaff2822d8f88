/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <string.h>

#include "fw-error.h"
#include "fw-page.h"
#include "fw-page-text-private.h"

/* The helpers that the page-text parser (fw-page-text.c) and its stages (fw-page-anchor.c,
 * fw-page-feed.c, fw-page-cut.c) share. They call none of those files, so calls run one way:
 * the parser, then the stages, then these. */

/* Lines of the site around the framework, never reported. */
static const char * const chrome_suffixes[] = { "Sign in", "Sign out", "Log in", "Log out" };
static const char * const chrome_prefixes[] = { "Back to ", "Skip to " };

char *
_fw_page_text_quote_line (const char *text)
{
  g_autofree char *head = NULL;

  if (g_utf8_strlen (text, -1) <= QUOTE_CHARS)
    return g_strdup (text);

  head = g_utf8_substring (text, 0, QUOTE_CHARS);
  return g_strconcat (head, "\xe2\x80\xa6", NULL);
}

gboolean
_fw_page_text_equal_ci (const char *a,
                        const char *b)
{
  return g_ascii_strcasecmp (a, b) == 0;
}

/* @prefix at the start of @text, unless a lowercase word goes on ("Tasks" in "Tasksheet"). */
const char *
_fw_page_text_skip_word_prefix (const char *text,
                                const char *prefix)
{
  gsize len = strlen (prefix);

  if (g_ascii_strncasecmp (text, prefix, len) != 0)
    return NULL;
  if (g_ascii_islower (text[len]) && g_ascii_isalpha (prefix[len - 1]))
    return NULL;

  return text + len;
}

char *
_fw_page_text_strip_copy (const char *start,
                          gsize       length)
{
  return g_strstrip (g_strndup (start, length));
}

/* Splits @text at every @separator, in one pass (lines can be megabytes long). */
GPtrArray *
_fw_page_text_split_text (const char *text,
                          const char *separator)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  gsize separator_length = strlen (separator);
  const char *end = text + strlen (text);
  const char *start = text;
  const char *p = text;

  while (p < end && (p = memchr (p, separator[0], end - p)) != NULL)
    {
      if ((gsize) (end - p) >= separator_length && memcmp (p, separator, separator_length) == 0)
        {
          g_ptr_array_add (parts, _fw_page_text_strip_copy (start, p - start));
          p += separator_length;
          start = p;
        }
      else
        p++;
    }
  g_ptr_array_add (parts, _fw_page_text_strip_copy (start, end - start));

  return parts;
}

gboolean
_fw_page_text_level_from_label (const char *text,
                                FwLevelKey *key)
{
  for (guint k = 0; k < FW_N_LEVELS; k++)
    {
      if (_fw_page_text_equal_ci (text, fw_level_key_default_label (k)))
        {
          *key = k;
          return TRUE;
        }
    }

  return FALSE;
}

/* "AdvancedLead / Principal / Executive": a level label with its role label glued on. */
gboolean
_fw_page_text_level_with_role (const char  *text,
                               FwLevelKey  *key,
                               const char **role)
{
  for (guint k = 0; k < FW_N_LEVELS; k++)
    {
      const char *label = fw_level_key_default_label (k);
      gsize len = strlen (label);

      if (strncmp (text, label, len) == 0 && g_ascii_isupper (text[len]))
        {
          *key = k;
          *role = text + len;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
_fw_page_text_durable_level_from_label (const char     *text,
                                        FwDurableLevel *level)
{
  for (guint l = 0; l < FW_N_DURABLE_LEVELS; l++)
    {
      if (_fw_page_text_equal_ci (text, fw_durable_level_default_label (l)))
        {
          *level = l;
          return TRUE;
        }
    }

  return FALSE;
}

/* "35", "3.5%", "42.2 / 100": the leading number, with only a unit or scale after it. */
gboolean
_fw_page_text_parse_evidence_number (const char *text,
                                     double     *value)
{
  const char *p = text;
  const char *start = text;
  g_autofree char *number = NULL;

  if (*p == '-' || *p == '+')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p) || *p == ',')
    p++;
  if (*p == '.' && g_ascii_isdigit (p[1]))
    {
      p++;
      while (g_ascii_isdigit (*p))
        p++;
    }

  number = g_strndup (start, p - start);
  /* Thousands separators: "1,204". */
  for (char *w = number, *r = number; ; r++)
    {
      if (*r != ',')
        *w++ = *r;
      if (*r == '\0')
        break;
    }

  while (*p == ' ')
    p++;
  if (*p == '%')
    p++;
  else if (*p == '/')
    {
      p++;
      while (*p == ' ')
        p++;
      while (g_ascii_isdigit (*p) || *p == '.')
        p++;
    }
  while (*p == ' ')
    p++;
  if (*p != '\0')
    return FALSE;

  *value = g_ascii_strtod (number, NULL);
  return isfinite (*value);
}

gboolean
_fw_page_text_is_identifier (const char *text)
{
  if (!g_ascii_islower (*text) && !g_ascii_isdigit (*text))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '_' && *p != '-')
      return FALSE;

  return TRUE;
}

void
_fw_page_text_warn_skipped (FwPageParser *self,
                            guint         line,
                            const char   *text)
{
  g_autofree char *quoted = _fw_page_text_quote_line (text);

  _fw_page_warn (self->warnings, line, NULL, "skipped line: \"%s\"", quoted);
}

void
_fw_page_text_fail (FwPageParser *self,
                    FwErrorCode   code,
                    guint         line,
                    const char   *message)
{
  if (self->error == NULL)
    fw_set_error_at (&self->error, code, self->filename, line, line > 0 ? 1 : 0, "%s", message);
}

gboolean
_fw_page_text_is_chrome (const char *text)
{
  gsize len = strlen (text);

  for (guint i = 0; i < G_N_ELEMENTS (chrome_suffixes); i++)
    {
      gsize n = strlen (chrome_suffixes[i]);

      if (len >= n && g_ascii_strcasecmp (text + len - n, chrome_suffixes[i]) == 0)
        return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (chrome_prefixes); i++)
    if (g_ascii_strncasecmp (text, chrome_prefixes[i], strlen (chrome_prefixes[i])) == 0)
      return TRUE;

  return FALSE;
}
