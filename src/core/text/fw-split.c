/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "fw-split-private.h"

/*
 * How the glue point is found
 *
 * A statement reads "Headline — body". A copied page drops the separator, so the
 * headline's last word runs straight into the body's first word: "settingsadjust".
 * The body always opens with a verb in its base form, a list of verbs, or an adverb
 * followed by a verb, while the headline is a noun phrase. So every place inside a
 * whitespace-free token where a lowercase letter follows the end of a plausible word
 * is a candidate cut, and each candidate is scored on:
 *
 *  - the right part: a known body starter (strong), else a dictionary word in its base
 *    form, else an unknown word (weak);
 *  - the left part: a dictionary word, an inflection or compound of one, an acronym, or
 *    a closing bracket; noun endings (plural -s, -tion, -ment...) count in its favour;
 *  - the token as a whole: cutting a token that is itself a word ("workload") is unlikely;
 *  - what follows the right part: another verb after a comma, "and" or an adverb, or a
 *    preposition after a verb, is how bodies read;
 *  - position: headlines are short, so very late cuts are unlikely;
 *  - verbs that end in shorter verbs: "tableper|form" loses to "table|perform".
 *
 * The confidence grows with the best score and with its lead over the runner-up. It
 * is halved when the best cut splits a dictionary word, since the text may hold no glue
 * at all, and lowered when there is no dictionary to judge the words by.
 */

/* Used when neither the GResource nor the data directory has the lexicon. */
static const char * const fallback_starters[] = {
  "adjust", "administer", "analyze", "apply", "assess", "assist", "build", "calculate",
  "calibrate", "coach", "collaborate", "communicate", "complete", "conduct", "configure",
  "coordinate", "create", "deliver", "design", "develop", "diagnose", "direct", "document",
  "educate", "ensure", "establish", "evaluate", "execute", "explain", "facilitate", "follow",
  "guide", "identify", "implement", "inspect", "install", "integrate", "interpret", "lead",
  "maintain", "manage", "measure", "mentor", "monitor", "negotiate", "observe", "operate",
  "optimize", "organize", "oversee", "perform", "plan", "prepare", "prioritize", "provide",
  "read", "recognize", "recommend", "record", "repair", "report", "represent", "resolve",
  "respond", "review", "schedule", "select", "supervise", "teach", "test", "track", "train",
  "troubleshoot", "use", "verify", "write",
  "accurately", "carefully", "clearly", "consistently", "critically", "effectively",
  "independently", "proactively", "routinely", "safely", "systematically",
  NULL
};

/* Words that typically follow a verb opening a body: "adjust under", "perform with". */
static const char * const verb_followers[] = {
  "a", "across", "after", "against", "all", "alongside", "among", "an", "any", "around",
  "as", "at", "before", "between", "both", "by", "down", "during", "each", "every", "for",
  "from", "in", "into", "off", "on", "onto", "out", "over", "per", "that", "the", "their",
  "these", "this", "those", "through", "throughout", "to", "under", "up", "using", "via",
  "when", "where", "while", "with", "within", "without",
  NULL
};

/* Ranks candidates by partial score, best first, then in text order. */
static int
compare_by_promise (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  const Candidate *candidates = user_data;
  const Candidate *x = &candidates[*(const guint *) a];
  const Candidate *y = &candidates[*(const guint *) b];

  if (x->partial != y->partial)
    return x->partial > y->partial ? -1 : 1;

  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

/* Every place where a headline word could end and a body word begin. */
static GArray *
collect_candidates (const FwSplitter *self,
                    const Token      *tokens,
                    guint             n_tokens)
{
  GArray *candidates = g_array_sized_new (FALSE, FALSE, sizeof (Candidate), 256);

  for (guint t = 0; t < n_tokens && t < MAX_HEADLINE_TOKENS; t++)
    {
      const Token *token = &tokens[t];
      /* Only a hyphenated token has parts that need classifying one by one */
      gboolean one_part = memchr (token->start, '-', token->len) == NULL &&
                          memchr (token->start, '/', token->len) == NULL;
      gboolean classified = FALSE;
      Known known = KNOWN_NONE;
      gsize begin = 0;

      if (token->len > MAX_GLUED_BYTES)
        continue;

      for (gsize i = 1; i < token->len; i++)
        {
          Candidate candidate = { .token = t, .cut = i };

          if (!g_ascii_islower (token->start[i])
              || !_fw_split_can_end_headline (token->start[i - 1]))
            continue;

          if (!one_part || !classified)
            {
              known = _fw_split_classify_cut_part (self, token, i, &begin);
              classified = TRUE;
            }
          _fw_split_score_candidate_partially (self, tokens, n_tokens,
                                               _fw_split_score_whole_token (token, known, begin,
                                                                            i), &candidate);
          g_array_append_val (candidates, candidate);
        }
    }

  return candidates;
}

static guint
tokenize (const char *text,
          Token      *tokens,
          guint       max_tokens)
{
  const char *p = text;
  const char *end = text + strlen (text);
  guint n = 0;

  while (p < end && n < max_tokens)
    {
      gsize sp;

      while ((sp = _fw_split_space_len_at (p, end - p)) > 0)
        p += sp;
      if (p == end)
        break;
      tokens[n].start = p;
      while (p < end && _fw_split_space_len_at (p, end - p) == 0)
        p++;
      tokens[n].len = p - tokens[n].start;
      n++;
    }

  return n;
}

static double
confidence_from_scores (const FwSplitter *self,
                        double            best,
                        double            runner_up,
                        gboolean          breaks_word)
{
  /* A lone candidate has an infinite margin; past a few points, more means nothing. */
  double lead = MIN (best - runner_up, 100.0);
  double strength = CLAMP ((best - 0.5) / 3.5, 0.0, 1.0);
  double margin = lead * lead / (lead * lead + 1.5);
  double confidence = strength * margin;

  /* Without a dictionary, both sides of a cut are judged on the lexicon alone. */
  if (!self->has_dictionary)
    confidence *= 0.8;
  /* "Patient carefully document": the text may hold no glue at all. */
  if (breaks_word)
    confidence *= 0.5;

  return CLAMP (confidence, 0.0, 1.0);
}

/* Byte offset of the best cut in @text, or -1 when there is none. */
static gssize
find_glue_point (const FwSplitter *self,
                 const char       *text,
                 double           *confidence)
{
  Token tokens[MAX_HEADLINE_TOKENS + LOOKAHEAD];
  guint n_tokens = tokenize (text, tokens, G_N_ELEMENTS (tokens));
  g_autoptr(GArray) candidates = NULL;
  g_autofree guint *order = NULL;
  double best = -G_MAXDOUBLE, runner_up = -G_MAXDOUBLE;
  gssize best_offset = -1;
  gboolean best_breaks_word = FALSE;

  _fw_split_describe_tokens (self, tokens, n_tokens);
  candidates = collect_candidates (self, tokens, n_tokens);
  order = g_new (guint, MAX (candidates->len, 1));
  for (guint c = 0; c < candidates->len; c++)
    order[c] = c;
  g_qsort_with_data (order, candidates->len, sizeof (guint), compare_by_promise,
                     candidates->data);

  /*
   * The headline side is the costly part of a score. Scoring the most promising
   * candidates first lets the search stop as soon as no partial score, however
   * good its headline side, could beat the runner-up, let alone the best.
   */
  for (guint c = 0; c < candidates->len; c++)
    {
      const Candidate *candidate = &g_array_index (candidates, Candidate, order[c]);
      const Token *token = &tokens[candidate->token];
      gssize offset = (token->start - text) + candidate->cut;
      double score;

      if (candidate->partial + MAX_HEADLINE_END_SCORE <= runner_up)
        break;

      score = _fw_split_score_candidate_fully (self, tokens, candidate);
      if (score > best || (score == best && offset < best_offset))
        {
          runner_up = best;
          best = score;
          best_offset = offset;
          best_breaks_word = candidate->breaks_word;
        }
      else if (score > runner_up)
        runner_up = score;
    }

  if (best_offset >= 0)
    *confidence = confidence_from_scores (self, best, runner_up, best_breaks_word);

  return best_offset;
}

/* Splits text that already has a " — " between headline and body. */
static gboolean
split_at_separator (const char  *text,
                    char       **headline,
                    char       **body)
{
  const char *end = text + strlen (text);
  const gsize separator_len = strlen (SEPARATOR);

  /* memchr, not strstr in a loop: the scan must stay linear on huge input */
  for (const char *dash = memchr (text, SEPARATOR[0], end - text); dash != NULL;
       dash = memchr (dash + 1, SEPARATOR[0], end - dash - 1))
    {
      const char *after = dash + separator_len;
      g_autofree char *left = NULL;
      g_autofree char *right = NULL;

      if ((gsize) (end - dash) < separator_len || memcmp (dash, SEPARATOR, separator_len) != 0)
        continue;
      if (_fw_split_space_len_before (text, dash - text) == 0
          || _fw_split_space_len_at (after, end - after) == 0)
        continue;

      left = _fw_split_dup_trimmed (text, dash - text);
      right = _fw_split_dup_trimmed (after, end - after);
      if (*left == '\0' || *right == '\0')
        continue;

      *headline = g_steal_pointer (&left);
      *body = g_steal_pointer (&right);
      return TRUE;
    }

  return FALSE;
}

/**
 * fw_splitter_new:
 * @starters_text: (nullable): a body-starters lexicon, or %NULL for the shipped one
 * @dictionary_path: (nullable): an English word list, or %NULL for the system one
 *
 * Returns: (transfer full): a new splitter; free it with fw_splitter_free()
 */
FwSplitter *
fw_splitter_new (const char *starters_text,
                 const char *dictionary_path)
{
  FwSplitter *self = g_new0 (FwSplitter, 1);
  g_autofree char *shipped = NULL;

  self->words = g_hash_table_new (g_str_hash, g_str_equal);
  self->lexicon_words = g_string_chunk_new (4096);

  /* The dictionary first: its keys need no copy. */
  _fw_split_load_dictionary (self, dictionary_path != NULL ? dictionary_path : DEFAULT_DICTIONARY);

  if (starters_text == NULL)
    starters_text = shipped = _fw_split_load_shipped_starters ();
  if (starters_text != NULL)
    _fw_split_add_starters (self, starters_text);
  else
    for (guint i = 0; fallback_starters[i] != NULL; i++)
      _fw_split_add_lexicon_word (self, fallback_starters[i], WORD_STARTER);

  for (guint i = 0; verb_followers[i] != NULL; i++)
    _fw_split_add_lexicon_word (self, verb_followers[i], WORD_FOLLOWER);

  return self;
}

/**
 * fw_splitter_get_default:
 *
 * Returns: (transfer none): the shared splitter, created on first use
 */
FwSplitter *
fw_splitter_get_default (void)
{
  static gsize initialized = 0;
  static FwSplitter *instance = NULL;

  if (g_once_init_enter (&initialized))
    {
      instance = fw_splitter_new (NULL, NULL);
      g_once_init_leave (&initialized, 1);
    }

  return instance;
}

void
fw_splitter_free (FwSplitter *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->words, g_hash_table_unref);
  g_clear_pointer (&self->dictionary_text, g_free);
  g_clear_pointer (&self->lexicon_words, g_string_chunk_free);
  g_free (self);
}

gboolean
fw_splitter_has_dictionary (FwSplitter *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->has_dictionary;
}

/**
 * fw_splitter_split:
 * @self: a splitter
 * @glued: a statement, UTF-8; invalid sequences are replaced before splitting
 * @headline: (out) (optional) (transfer full): the trimmed headline
 * @body: (out) (optional) (transfer full): the trimmed body
 * @confidence: (out) (optional): how sure the split is, 0 to 1
 *
 * Returns: %FALSE when no cut is possible; the outputs are then %NULL and 0
 */
gboolean
fw_splitter_split (FwSplitter  *self,
                   const char  *glued,
                   char       **headline,
                   char       **body,
                   double      *confidence)
{
  g_autofree char *valid = NULL;
  g_autofree char *left = NULL;
  g_autofree char *right = NULL;
  const char *text = glued;
  double certainty = 0.0;
  gssize cut;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (glued != NULL, FALSE);

  if (headline != NULL)
    *headline = NULL;
  if (body != NULL)
    *body = NULL;
  if (confidence != NULL)
    *confidence = 0.0;

  if (!g_utf8_validate (glued, -1, NULL))
    text = valid = g_utf8_make_valid (glued, -1);

  if (split_at_separator (text, &left, &right))
    certainty = 1.0;
  else if ((cut = find_glue_point (self, text, &certainty)) >= 0)
    {
      left = _fw_split_dup_trimmed (text, cut);
      right = _fw_split_dup_trimmed (text + cut, strlen (text + cut));
    }
  else
    return FALSE;

  if (headline != NULL)
    *headline = g_steal_pointer (&left);
  if (body != NULL)
    *body = g_steal_pointer (&right);
  if (confidence != NULL)
    *confidence = certainty;

  return TRUE;
}
