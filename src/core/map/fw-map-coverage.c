/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-map-suggest.h"

/* A line without a final period and with at most this many words is a heading. */
#define HEADING_WORDS 8

void
fw_map_requirement_free (FwMapRequirement *requirement)
{
  if (requirement == NULL)
    return;

  g_free (requirement->text);
  g_ptr_array_unref (requirement->matches);
  g_free (requirement);
}

static void
add_requirement (GPtrArray  *requirements,
                 const char *text,
                 gsize       length,
                 guint       line)
{
  g_autofree char *copy = g_strndup (text, length);
  char *stripped = g_strstrip (copy);
  FwMapRequirement *requirement;

  if (stripped[0] == '\0')
    return;

  requirement = g_new0 (FwMapRequirement, 1);
  requirement->text = g_strdup (stripped);
  requirement->line = line;
  requirement->matches = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                         fw_map_suggestion_free);
  g_ptr_array_add (requirements, requirement);
}

/* The length of a bullet or number opening @line (with the blanks after it), or 0. */
static gsize
marker_length (const char *line)
{
  static const char * const bullets[] = {
    "-", "*", "+", "•", "◦", "▪", "‣", "·", "–", "—", "o ", NULL
  };
  const char *p = line;

  for (guint i = 0; bullets[i] != NULL; i++)
    {
      if (g_str_has_prefix (line, bullets[i]))
        {
          p = line + strlen (bullets[i]);
          while (*p == ' ' || *p == '\t')
            p++;
          return p - line;
        }
    }

  /* "1.", "12)", "a)", "(3)" */
  if (*p == '(')
    p++;
  if (g_ascii_isdigit (*p))
    {
      while (g_ascii_isdigit (*p))
        p++;
    }
  else if (g_ascii_isalpha (*p) && p[1] == ')')
    p++;
  else
    return 0;
  if ((*p != '.' && *p != ')') || (p[1] != ' ' && p[1] != '\t'))
    return 0;
  p++;
  while (*p == ' ' || *p == '\t')
    p++;

  return p - line;
}

static guint
count_words (const char *text)
{
  guint words = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean blank = g_ascii_isspace (*p);

      if (!blank && !in_word)
        words++;
      in_word = !blank;
    }

  return words;
}

static gboolean
is_heading (const char *line)
{
  gsize length = strlen (line);
  char last = length > 0 ? line[length - 1] : '\0';

  if (last == ':')
    return TRUE;
  return last != '.' && last != '!' && last != '?' && count_words (line) <= HEADING_WORDS;
}

/* Cuts a paragraph into sentences: after ".", "!" or "?" and a blank, unless the period ends
 * a short abbreviation ("e.g.", "Dr.", "St."). */
static void
add_sentences (GPtrArray  *requirements,
               const char *paragraph,
               guint       line)
{
  const char *start = paragraph;

  for (const char *p = paragraph; *p != '\0'; p++)
    {
      const char *word = p;

      if ((*p != '.' && *p != '!' && *p != '?') || (p[1] != ' ' && p[1] != '\0'))
        continue;
      while (word > start && word[-1] != ' ')
        word--;
      if (*p == '.' && p - word <= 3 && (p - word < 2 || memchr (word, '.', p - word) != NULL
                                         || g_ascii_isupper (word[0])))
        continue;
      add_requirement (requirements, start, p + 1 - start, line);
      start = p + 1;
    }
  add_requirement (requirements, start, strlen (start), line);
}

GPtrArray *
fw_map_split_requirements (const char *text)
{
  GPtrArray *requirements = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                            fw_map_requirement_free);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) paragraph = g_string_new (NULL);
  guint paragraph_line = 0;

  g_return_val_if_fail (text != NULL, requirements);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      gsize marker = marker_length (line);

      /* A blank line, a bullet or a heading ends the paragraph before it. */
      if (line[0] == '\0' || marker > 0 || is_heading (line))
        {
          if (paragraph->len > 0)
            add_sentences (requirements, paragraph->str, paragraph_line);
          g_string_truncate (paragraph, 0);
        }
      if (line[0] == '\0')
        continue;
      if (marker > 0)
        {
          add_requirement (requirements, line + marker, strlen (line + marker), i + 1);
          continue;
        }
      if (is_heading (line))
        continue;
      if (paragraph->len == 0)
        paragraph_line = i + 1;
      else
        g_string_append_c (paragraph, ' ');
      g_string_append (paragraph, line);
    }
  if (paragraph->len > 0)
    add_sentences (requirements, paragraph->str, paragraph_line);

  return requirements;
}

GPtrArray *
fw_map_coverage (FwMapSuggester *suggester,
                 const char     *text,
                 guint           limit)
{
  GPtrArray *requirements;

  g_return_val_if_fail (suggester != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  requirements = fw_map_split_requirements (text);
  for (guint i = 0; i < requirements->len; i++)
    {
      FwMapRequirement *requirement = g_ptr_array_index (requirements, i);
      FwMapSuggestion *best;

      g_ptr_array_unref (requirement->matches);
      requirement->matches = fw_map_suggester_search (suggester, requirement->text, limit);
      best = requirement->matches->len > 0 ? g_ptr_array_index (requirement->matches, 0) : NULL;
      requirement->covered = best != NULL && best->score >= FW_MAP_COVERED_SCORE;
    }

  return requirements;
}
