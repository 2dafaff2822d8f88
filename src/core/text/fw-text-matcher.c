/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-text.h"

/* Scores: a whole-word match counts more than a prefix, and every other word costs a bit. */
#define SCORE_STEM   100
#define SCORE_PREFIX 60
#define SCORE_EXTRA  (-5)
#define SCORE_FIRST  FW_TEXT_MATCH_FIRST_WORD
/* Query words beyond this many are not matched: nobody types more into a search entry. */
#define MAX_TERMS    16

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

/*
 * A query typed up to a stop word ("so" on the way to "software") would match nothing or
 * everything: its last word, while unfinished (no space after it), stays as a prefix.
 */
static void
keep_unfinished_stop_word (FwTextAnalyzer   *analyzer,
                           const char       *query,
                           char           ***words,
                           char           ***stems)
{
  g_autoptr(GPtrArray) tokens = fw_text_tokenize (query);
  FwToken *last;
  g_autoptr(GStrvBuilder) more_words = NULL;
  g_autoptr(GStrvBuilder) more_stems = NULL;

  if (tokens->len == 0)
    return;
  last = g_ptr_array_index (tokens, tokens->len - 1);
  if (query[last->end] != '\0' || !fw_text_analyzer_is_stop_word (analyzer, last->word))
    return;

  more_words = g_strv_builder_new ();
  more_stems = g_strv_builder_new ();
  for (guint i = 0; (*words)[i] != NULL; i++)
    {
      if (*(*words)[i] == '\0')
        continue;
      g_strv_builder_add (more_words, (*words)[i]);
      g_strv_builder_add (more_stems, (*stems)[i]);
    }
  g_strv_builder_add (more_words, last->word);
  g_strv_builder_add (more_stems, last->word);
  g_strfreev (*words);
  g_strfreev (*stems);
  *words = g_strv_builder_end (more_words);
  *stems = g_strv_builder_end (more_stems);
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
  keep_unfinished_stop_word (analyzer, query, &words, &stems);

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

  return MIN (self->terms->len, MAX_TERMS);
}

/* How well @term matches the word (@word, @wl bytes) whose stem is @stem (@sl bytes). */
static int
match_word (const QueryTerm *term,
            const char      *word,
            gsize            wl,
            const char      *stem,
            gsize            sl)
{
  if (sl == term->stem_len && memcmp (stem, term->stem, sl) == 0)
    return SCORE_STEM;
  if (wl >= term->word_len && word[0] == term->word[0]
      && memcmp (word, term->word, term->word_len) == 0)
    return SCORE_PREFIX;
  return 0;
}

int
fw_text_matcher_score_word (FwTextMatcher *self,
                            guint          term,
                            const char    *word,
                            gsize          word_length,
                            const char    *stem,
                            gsize          stem_length)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (term < self->terms->len, 0);

  return match_word (&g_array_index (self->terms, QueryTerm, term), word, word_length, stem,
                     stem_length);
}

int
fw_text_matcher_total (FwTextMatcher *self,
                       const int     *best,
                       guint          n_words)
{
  guint n_terms;
  int total = 0;

  g_return_val_if_fail (self != NULL, -1);

  n_terms = MIN (self->terms->len, MAX_TERMS);
  if (n_terms == 0)
    return -1;

  for (guint t = 0; t < n_terms; t++)
    {
      if (best[t] == 0)
        return -1;
      total += best[t];
    }

  if (n_words > n_terms)
    total += SCORE_EXTRA * (int) (n_words - n_terms);

  return MAX (total, 1);
}

int
fw_text_matcher_match (FwTextMatcher *self,
                       const char    *words,
                       const char    *stems)
{
  int best[MAX_TERMS] = { 0 };
  guint n_terms, n_words = 0;
  const char *w = words, *s = stems;

  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (words != NULL && stems != NULL, -1);

  n_terms = MIN (self->terms->len, MAX_TERMS);
  if (n_terms == 0)
    return -1;

  /* One pass over the words (this runs for every alternate title at every keystroke). */
  while (*w != '\0' && *s != '\0')
    {
      const char *word = w, *stem = s;

      while (*w != '\0' && *w != ' ')
        w++;
      while (*s != '\0' && *s != ' ')
        s++;

      for (guint t = 0; t < n_terms; t++)
        {
          int score = match_word (&g_array_index (self->terms, QueryTerm, t), word, w - word,
                                  stem, s - stem);

          if (score > 0 && n_words == 0)
            score += SCORE_FIRST;
          best[t] = MAX (best[t], score);
        }
      n_words++;

      while (*w == ' ')
        w++;
      while (*s == ' ')
        s++;
    }

  return fw_text_matcher_total (self, best, n_words);
}
