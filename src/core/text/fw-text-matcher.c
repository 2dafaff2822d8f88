/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-text.h"

/* Scores: a whole-word match counts more than a prefix, and every other word costs a bit. */
#define SCORE_STEM   100
#define SCORE_PREFIX 60
#define SCORE_EXTRA  (-5)
#define SCORE_FIRST  10

typedef struct
{
  char  *word;
  char  *stem;
  gsize  word_len;
  gsize  stem_len;
} QueryTerm;

struct _FwTextMatcher
{
  GArray *terms;   /* QueryTerm */
};

static void
clear_term (gpointer data)
{
  QueryTerm *term = data;

  g_free (term->word);
  g_free (term->stem);
}

FwTextMatcher *
fw_text_matcher_new (FwTextAnalyzer *analyzer,
                     const char     *query)
{
  FwTextMatcher *self;
  FwTextTerms terms = { NULL, NULL };
  g_auto(GStrv) words = NULL;
  g_auto(GStrv) stems = NULL;

  g_return_val_if_fail (analyzer != NULL, NULL);
  g_return_val_if_fail (query != NULL, NULL);

  self = g_new0 (FwTextMatcher, 1);
  self->terms = g_array_new (FALSE, TRUE, sizeof (QueryTerm));
  g_array_set_clear_func (self->terms, clear_term);

  fw_text_analyzer_terms (analyzer, query, &terms);
  words = g_strsplit (terms.words, " ", -1);
  stems = g_strsplit (terms.stems, " ", -1);
  fw_text_terms_clear (&terms);

  for (guint i = 0; words[i] != NULL && stems[i] != NULL; i++)
    {
      QueryTerm term;

      if (*words[i] == '\0')
        continue;
      term.word = g_strdup (words[i]);
      term.stem = g_strdup (stems[i]);
      term.word_len = strlen (term.word);
      term.stem_len = strlen (term.stem);
      g_array_append_val (self->terms, term);
    }

  return self;
}

void
fw_text_matcher_free (FwTextMatcher *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->terms);
  g_free (self);
}

guint
fw_text_matcher_get_n_terms (FwTextMatcher *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->terms->len;
}

/* The length of the space-separated word at @p. */
static gsize
word_length (const char *p)
{
  const char *space = strchr (p, ' ');

  return space != NULL ? (gsize) (space - p) : strlen (p);
}

/* The best score of @term against any word of the prepared text; 0 when none matches. */
static int
match_term (const QueryTerm *term,
            const char      *words,
            const char      *stems,
            guint           *n_words)
{
  int best = 0;
  guint index = 0;

  for (const char *w = words, *s = stems; *w != '\0' && *s != '\0'; index++)
    {
      gsize wl = word_length (w);
      gsize sl = word_length (s);
      int score = 0;

      if (sl == term->stem_len && memcmp (s, term->stem, sl) == 0)
        score = SCORE_STEM;
      else if (wl >= term->word_len && memcmp (w, term->word, term->word_len) == 0)
        score = SCORE_PREFIX;
      if (score > 0 && index == 0)
        score += SCORE_FIRST;
      best = MAX (best, score);

      w += wl;
      s += sl;
      while (*w == ' ')
        w++;
      while (*s == ' ')
        s++;
    }

  *n_words = index;
  return best;
}

int
fw_text_matcher_match (FwTextMatcher *self,
                       const char    *words,
                       const char    *stems)
{
  int total = 0;
  guint n_words = 0;

  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (words != NULL && stems != NULL, -1);

  if (self->terms->len == 0)
    return -1;

  for (guint i = 0; i < self->terms->len; i++)
    {
      int score = match_term (&g_array_index (self->terms, QueryTerm, i), words, stems,
                              &n_words);

      if (score == 0)
        return -1;
      total += score;
    }

  if (n_words > self->terms->len)
    total += SCORE_EXTRA * (int) (n_words - self->terms->len);

  return MAX (total, 1);
}
