/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fw-error.h"
#include "fw-library-private.h"
#include "fw-text.h"

/*
 * The query language, parsed here rather than handed to FTS5 as is, so that no user text is
 * ever FTS5 syntax: every word and phrase becomes a quoted FTS5 string ("" doubled), and the
 * filters become SQL parameters.
 */

static const char * const levels[] = {
  "emerging", "developing", "proficient", "advanced", "applying", "exceeding", NULL
};
static const char * const sections[] = {
  "levels", "ai-fluency", "durable", "tasks", "titles", NULL
};

/* Splits @text into terms: "quoted phrases" (kept with their quotes) and runs of non-space. */
static GPtrArray *
split_terms (const char *text)
{
  GPtrArray *terms = g_ptr_array_new_with_free_func (g_free);
  const char *p = text;

  while (*p != '\0')
    {
      const char *start;

      while (g_ascii_isspace (*p))
        p++;
      if (*p == '\0')
        break;

      start = p;
      if (*p == '"')
        {
          const char *end = strchr (p + 1, '"');

          p = end != NULL ? end + 1 : p + strlen (p);
        }
      else
        {
          while (*p != '\0' && !g_ascii_isspace (*p) && *p != '"')
            p++;
        }
      g_ptr_array_add (terms, g_strndup (start, p - start));
    }

  return terms;
}

static void
append_quoted (GString    *out,
               const char *text,
               gsize       length)
{
  if (out->len > 0)
    g_string_append_c (out, ' ');
  g_string_append_c (out, '"');
  for (gsize i = 0; i < length; i++)
    {
      if (text[i] == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, text[i]);
    }
  g_string_append_c (out, '"');
}

/* Whether @text holds a word that is not a stop word (an all-stop-word term matches nothing). */
static gboolean
has_content (const char *text)
{
  FwTextAnalyzer *analyzer = fw_text_analyzer_get (NULL);
  g_autoptr(GPtrArray) tokens = fw_text_tokenize (text);

  for (guint i = 0; i < tokens->len; i++)
    {
      FwToken *token = g_ptr_array_index (tokens, i);

      if (!fw_text_analyzer_is_stop_word (analyzer, token->word))
        return TRUE;
    }

  return FALSE;
}

static gboolean
set_filter (FwLibraryQuery  *query,
            const char      *key,
            const char      *value,
            GError         **error)
{
  g_autofree char *folded = g_ascii_strdown (value, -1);

  if (g_str_equal (key, "level") && g_strv_contains (levels, folded))
    {
      g_free (query->level);
      query->level = g_steal_pointer (&folded);
    }
  else if (g_str_equal (key, "section") && g_strv_contains (sections, folded))
    {
      g_free (query->section);
      query->section = g_steal_pointer (&folded);
    }
  else if (g_str_equal (key, "zone") && strlen (value) == 1 && value[0] >= '1' && value[0] <= '5')
    query->zone = value[0] - '0';
  else if (g_str_equal (key, "soc") && *value != '\0' && !g_str_equal (value, "*"))
    {
      g_autofree char *code = g_strdup (value);

      /* soc:29-* and soc:29-2034 both keep the codes that begin so. */
      if (g_str_has_suffix (code, "*"))
        code[strlen (code) - 1] = '\0';
      g_free (query->soc_prefix);
      query->soc_prefix = g_steal_pointer (&code);
    }
  else
    {
      g_set_error (error, FW_ERROR, FW_ERROR_INVALID,
                   _("unknown value “%s” for %s: (level: emerging, developing, proficient, "
                     "advanced, applying or exceeding; section: levels, ai-fluency, durable, "
                     "tasks or titles; zone: 1 to 5; soc: a code or its beginning, as 29-*)"),
                   value, key);
      return FALSE;
    }

  return TRUE;
}

/* Handles "key:value"; FALSE in *@is_filter when @term is no filter. */
static gboolean
parse_filter (FwLibraryQuery  *query,
              const char      *term,
              gboolean        *is_filter,
              GError         **error)
{
  static const char * const keys[] = { "level", "section", "soc", "zone", NULL };
  const char *colon = strchr (term, ':');
  g_autofree char *key = NULL;

  *is_filter = FALSE;
  if (colon == NULL || term[0] == '"')
    return TRUE;

  key = g_ascii_strdown (term, colon - term);
  if (!g_strv_contains (keys, key))
    return TRUE;

  *is_filter = TRUE;
  return set_filter (query, key, colon + 1, error);
}

static void
add_term (FwLibraryQuery *query,
          GString        *match,
          GString        *phrase,
          const char     *term,
          guint          *n_words)
{
  gsize length = strlen (term);

  if (term[0] == '"')
    {
      /* A phrase: its text between the quotes (an unclosed one runs to the end). */
      gsize inner = length > 1 && term[length - 1] == '"' ? length - 2 : length - 1;
      g_autofree char *text = g_strndup (term + 1, inner);

      if (has_content (text))
        append_quoted (match, text, inner);
      return;
    }

  if (length > 1 && term[length - 1] == '*')
    {
      append_quoted (match, term, length - 1);
      g_string_append (match, " *");
      return;
    }

  if (!has_content (term))
    return;

  append_quoted (match, term, length);
  if (phrase->len > 0)
    g_string_append_c (phrase, ' ');
  g_string_append (phrase, term);
  (*n_words)++;
}

gboolean
_fw_library_query_parse (const char      *text,
                         FwLibraryQuery  *query,
                         GError         **error)
{
  g_autoptr(GPtrArray) terms = split_terms (text);
  g_autoptr(GString) match = g_string_new (NULL);
  g_autoptr(GString) phrase = g_string_new (NULL);
  guint n_words = 0;

  memset (query, 0, sizeof *query);

  for (guint i = 0; i < terms->len; i++)
    {
      const char *term = g_ptr_array_index (terms, i);
      gboolean is_filter;

      if (!parse_filter (query, term, &is_filter, error))
        {
          _fw_library_query_clear (query);
          return FALSE;
        }
      if (!is_filter)
        add_term (query, match, phrase, term, &n_words);
    }

  if (match->len > 0)
    query->match = g_strdup (match->str);
  if (n_words > 1)
    {
      g_string_truncate (match, 0);
      append_quoted (match, phrase->str, phrase->len);
      query->phrase = g_strdup (match->str);
    }

  return TRUE;
}

void
_fw_library_query_clear (FwLibraryQuery *query)
{
  g_clear_pointer (&query->match, g_free);
  g_clear_pointer (&query->phrase, g_free);
  g_clear_pointer (&query->level, g_free);
  g_clear_pointer (&query->section, g_free);
  g_clear_pointer (&query->soc_prefix, g_free);
  query->zone = 0;
}
