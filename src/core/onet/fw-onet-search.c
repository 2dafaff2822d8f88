/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-onet-index-private.h"
#include "fw-text.h"

/* Occupation search over the index: see fw_onet_index_search (). */

typedef struct
{
  FwOnetMatch match;
  guint       n_alternates;   /* alternate titles that match */
} Candidate;

static gboolean
looks_like_code (const char *query)
{
  if (!g_ascii_isdigit (query[0]))
    return FALSE;
  for (const char *p = query; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p) && *p != '-' && *p != '.')
        return FALSE;
    }

  return TRUE;
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  const Candidate *ca = a;
  const Candidate *cb = b;
  FwOnetIndex *self = user_data;

  if (ca->match.kind != cb->match.kind)
    return ca->match.kind < cb->match.kind ? -1 : 1;
  if (ca->match.score != cb->match.score)
    return ca->match.score > cb->match.score ? -1 : 1;
  if (ca->n_alternates != cb->n_alternates)
    return ca->n_alternates > cb->n_alternates ? -1 : 1;
  return strcmp (self->codes[ca->match.occupation], self->codes[cb->match.occupation]);
}

static void
match_codes (FwOnetIndex *self,
             const char  *query,
             Candidate   *candidates)
{
  gsize len = strlen (query);

  for (guint i = 0; i < self->n_occupations; i++)
    {
      const char *code = self->codes[i];

      /* "29-2034" is the code of "29-2034.00", the occupation the SOC code names. */
      if (strcmp (code, query) == 0
          || (g_str_has_prefix (code, query) && strcmp (code + len, ".00") == 0))
        candidates[i].match.kind = FW_ONET_MATCH_CODE;
      else if (g_str_has_prefix (code, query))
        candidates[i].match.kind = FW_ONET_MATCH_CODE_PREFIX;
    }
}

/* The score of text @text (see build_vocabulary ()) from the per-word @scores; -1: none. */
static int
score_text (FwOnetIndex   *self,
            FwTextMatcher *matcher,
            const guint8  *scores,
            guint          n_terms,
            guint          text)
{
  int best[16] = { 0 };
  guint start = self->text_start[text];
  guint n_words = self->text_start[text + 1] - start;
  guint n_vocab = self->vocab_words->len;

  for (guint k = 0; k < n_words; k++)
    {
      guint32 id = self->text_words[start + k];

      for (guint t = 0; t < n_terms; t++)
        {
          int score = scores[t * n_vocab + id];

          if (score > 0 && k == 0)
            score += FW_TEXT_MATCH_FIRST_WORD;
          best[t] = MAX (best[t], score);
        }
    }

  return fw_text_matcher_total (matcher, best, n_words);
}

static void
match_words (FwOnetIndex   *self,
             FwTextMatcher *matcher,
             Candidate     *candidates)
{
  guint n_terms = MIN (fw_text_matcher_get_n_terms (matcher), 16);
  guint n_vocab = self->vocab_words->len;
  g_autofree guint8 *scores = g_new (guint8, n_terms * n_vocab);

  /* Each distinct word is scored once; the texts then only add up their words' scores. */
  for (guint v = 0; v < n_vocab; v++)
    {
      const char *word = g_ptr_array_index (self->vocab_words, v);
      const char *stem = g_ptr_array_index (self->vocab_stems, v);
      gsize wl = strlen (word), sl = strlen (stem);

      for (guint t = 0; t < n_terms; t++)
        scores[t * n_vocab + v] = fw_text_matcher_score_word (matcher, t, word, wl, stem, sl);
    }

  for (guint i = 0; i < self->n_occupations; i++)
    {
      int score;

      if (candidates[i].match.kind < FW_ONET_MATCH_TITLE)
        continue;
      score = score_text (self, matcher, scores, n_terms, i);
      if (score > 0)
        {
          candidates[i].match.kind = FW_ONET_MATCH_TITLE;
          candidates[i].match.score = score;
        }
    }

  for (guint a = 0; a < self->n_alternates; a++)
    {
      Candidate *candidate = &candidates[self->alt_owner[a]];
      int score;

      if (candidate->match.kind < FW_ONET_MATCH_ALTERNATE)
        continue;
      score = score_text (self, matcher, scores, n_terms, self->n_occupations + a);
      if (score <= 0)
        continue;
      candidate->n_alternates++;
      if (candidate->match.kind != FW_ONET_MATCH_ALTERNATE || score > candidate->match.score)
        {
          candidate->match.kind = FW_ONET_MATCH_ALTERNATE;
          candidate->match.score = score;
          candidate->match.alternate = a - self->first_alt[self->alt_owner[a]];
        }
    }
}

GArray *
fw_onet_index_search (FwOnetIndex *self,
                      const char  *query,
                      guint        limit)
{
  g_autofree Candidate *candidates = NULL;
  g_autofree char *trimmed = NULL;
  GArray *matches;
  guint n = 0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (query != NULL, NULL);

  matches = g_array_new (FALSE, FALSE, sizeof (FwOnetMatch));
  trimmed = g_strstrip (g_strdup (query));
  candidates = g_new0 (Candidate, self->n_occupations);
  for (guint i = 0; i < self->n_occupations; i++)
    {
      candidates[i].match.occupation = i;
      candidates[i].match.kind = *trimmed == '\0' ? FW_ONET_MATCH_ALL : G_MAXINT;
      candidates[i].match.alternate = -1;
    }

  if (*trimmed != '\0')
    {
      /* The matcher sees the trailing space: it tells a finished word from one being typed. */
      g_autoptr(FwTextMatcher) matcher = fw_text_matcher_new (fw_text_analyzer_get ("en"),
                                                              query);

      if (looks_like_code (trimmed))
        match_codes (self, trimmed, candidates);
      if (fw_text_matcher_get_n_terms (matcher) > 0)
        match_words (self, matcher, candidates);
    }

  /* Keep the matches at the front, then sort only them. */
  for (guint i = 0; i < self->n_occupations; i++)
    {
      if ((int) candidates[i].match.kind != G_MAXINT)
        candidates[n++] = candidates[i];
    }
  g_qsort_with_data (candidates, n, sizeof (Candidate), compare_candidates, self);

  for (guint i = 0; i < n && (limit == 0 || i < limit); i++)
    g_array_append_val (matches, candidates[i].match);

  return matches;
}

/* How many leading digits two codes share, dashes and dots skipped. */
static guint
shared_digits (const char *a,
               const char *b)
{
  guint n = 0;

  while (*a != '\0' && *b != '\0')
    {
      if (!g_ascii_isdigit (*a))
        {
          a++;
          continue;
        }
      if (!g_ascii_isdigit (*b))
        {
          b++;
          continue;
        }
      if (*a != *b)
        break;
      n++;
      a++;
      b++;
    }

  return n;
}

char **
fw_onet_index_suggest (FwOnetIndex *self,
                       const char  *code,
                       guint        max)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = 0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (code != NULL, NULL);

  if (!g_ascii_isdigit (*code))
    {
      g_autoptr(GArray) matches = fw_onet_index_search (self, code, max);

      for (guint i = 0; i < matches->len; i++)
        g_strv_builder_add (builder,
                            self->codes[g_array_index (matches, FwOnetMatch, i).occupation]);
      return g_strv_builder_end (builder);
    }

  /* The codes sharing the most leading digits, in code order. Two digits at least: the
   * major group, below that nothing is close. */
  for (guint want = 8; want >= 2 && n < max; want--)
    {
      for (guint i = 0; i < self->n_occupations && n < max; i++)
        {
          if (shared_digits (code, self->codes[i]) == want)
            {
              g_strv_builder_add (builder, self->codes[i]);
              n++;
            }
        }
    }

  return g_strv_builder_end (builder);
}
