/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "fw-split-private.h"

/* The splitter's scores: how well a candidate cut ends a headline and starts a body. */

/* The prefixes of word_prefixes that also make verbs of verbs. */
static const Affix verb_prefixes[] = {
  AFFIX ("co"), AFFIX ("counter"), AFFIX ("cross"), AFFIX ("de"), AFFIX ("dis"), AFFIX ("mis"),
  AFFIX ("over"), AFFIX ("pre"), AFFIX ("re"), AFFIX ("self"), AFFIX ("sub"), AFFIX ("un"),
  AFFIX ("under"),
  { NULL, 0 }
};

/* Endings typical of the noun that closes a headline, rare on a compound's first part. */
static const Affix noun_endings[] = {
  AFFIX ("tion"), AFFIX ("sion"), AFFIX ("ment"), AFFIX ("ness"), AFFIX ("ity"), AFFIX ("ance"),
  AFFIX ("ence"), AFFIX ("ship"), AFFIX ("ics"), AFFIX ("ogy"), AFFIX ("ism"), AFFIX ("ure"),
  { NULL, 0 }
};

/* Endings of verbs that a dictionary-less word may still carry ("operationalize"). */
static const Affix verb_endings[] = {
  AFFIX ("ize"), AFFIX ("ise"), AFFIX ("ate"), AFFIX ("ify"), AFFIX ("en"),
  { NULL, 0 }
};

/* Scoring of the part left of a cut: the headline's last word. */

static gboolean
is_acronym (const char *s,
            gsize       len)
{
  guint upper = 0;

  for (gsize i = 0; i < len; i++)
    upper += g_ascii_isupper (s[i]) ? 1 : 0;

  /* "PACS", "EHRs" */
  return len >= 2 && upper >= 2 && upper + 1 >= len;
}

static gboolean
has_inner_capital (const char *s,
                   gsize       len)
{
  for (gsize i = 1; i < len; i++)
    if (g_ascii_isupper (s[i]))
      return TRUE;

  return FALSE;
}

/* "PowerPoint", "GitHub", but not "CPRper", an acronym with a body's first letters. */
static gboolean
is_camel_case (const char *s,
               gsize       len)
{
  for (gsize i = 1; i < len; i++)
    if (g_ascii_isupper (s[i]) && g_ascii_isupper (s[i - 1]))
      return FALSE;

  return has_inner_capital (s, len) && g_ascii_islower (s[len - 1]);
}

static gboolean
looks_like_plural (const char *word,
                   gsize       len)
{
  return _fw_split_ends_with (word, len, "s") && !_fw_split_ends_with (word, len, "ss") &&
         !_fw_split_ends_with (word, len, "us") && !_fw_split_ends_with (word, len, "is");
}

static double
score_headline_word (const FwSplitter *self,
                     const char       *s,
                     gsize             len,
                     gboolean          hyphenated)
{
  static const double known_scores[] = {
    [KNOWN_NONE] = -1.8, [KNOWN_PROPER] = 0.9, [KNOWN_COMPOUND] = 0.5, [KNOWN_DERIVED] = 0.9,
    [KNOWN_INFLECTED] = 1.3, [KNOWN_EXACT] = 1.5,
  };
  char word[MAX_WORD];
  gboolean noun_like;
  double score;
  Known known;

  if (len == 1)
    return g_ascii_isupper (s[0]) ? -0.5 : (hyphenated ? 0.0 : -2.5);
  if (!_fw_split_lower_copy (s, len, word))
    return -1.8;
  if (is_acronym (s, len))
    return 1.0;
  if (is_camel_case (s, len))
    return 0.8;

  known = _fw_split_classify_word (self, word, len, TRUE);
  noun_like = looks_like_plural (word, len) || _fw_split_ends_with_any (word, len, noun_endings);
  score = known_scores[known];
  if (known == KNOWN_NONE && noun_like)
    score = -1.0;
  else if (noun_like)
    score += 0.4;
  else if (known != KNOWN_NONE && _fw_split_ends_with (word, len, "ing"))
    score += 0.2;
  /* A headline ending in a two-letter word is odd unless hyphenated ("follow-up"). */
  if (len == 2 && !hyphenated)
    score = MIN (score, -1.0);

  return score;
}

/* Hyphens, slashes and brackets separate the parts of "source-to-image" or "(EHR)". */
static gboolean
is_segment_break (char c)
{
  return (guchar) c < 0x80 && !g_ascii_isalnum (c);
}

static double
score_headline_end (const FwSplitter *self,
                    const char       *s,
                    gsize             len)
{
  gsize seg_start;
  double score;
  guchar last;

  while (len > 0 && !g_ascii_isalnum (*s) && (guchar) *s < 0x80)
    s++, len--;
  if (len == 0)
    return -3.0;

  /* Only now: the loop above may have shortened the candidate. */
  seg_start = len;

  last = (guchar) s[len - 1];
  if (last == ')' || last == ']')
    return 1.5;
  if (g_ascii_isdigit (last))
    return 0.3;
  if (last >= 0x80)
    return -0.3;

  while (seg_start > 0 && !is_segment_break (s[seg_start - 1]))
    seg_start--;
  score = score_headline_word (self, s + seg_start, len - seg_start, seg_start > 0);

  /* Every earlier part of a hyphenated word should be a word too ("source-to-image"). */
  for (gsize i = 0; i + 1 < seg_start; )
    {
      gsize j = i;
      char word[MAX_WORD];

      while (j < seg_start && !is_segment_break (s[j]))
        j++;
      if (j - i >= 2 && _fw_split_lower_copy (s + i, j - i, word) && g_ascii_isalpha (word[0]) &&
          _fw_split_classify_word (self, word, j - i, FALSE) == KNOWN_NONE && !is_acronym (s + i,
                                                                                           j - i))
        score -= 0.4;
      i = j + 1;
    }

  return score;
}

/* Scoring of the part right of a cut: the body's first word. */

/*
 * A word listed with an -ing form can be a verb: "navigating", "choosing", "planning".
 * Few nouns and adjectives have one, and those that do ("tabling") can be verbs too.
 */
static gboolean
has_verb_forms (const FwSplitter *self,
                const char       *word,
                gsize             len)
{
  char doubled[] = { word[len - 1], 'i', 'n', 'g', '\0' };

  return _fw_split_is_common_with_suffix (self, word, len, "ing") ||
         (_fw_split_ends_with (word, len, "e")
          && _fw_split_is_common_with_suffix (self, word, len - 1, "ing")) ||
         _fw_split_is_common_with_suffix (self, word, len, doubled);
}

/* How surely @word (lower case) is a verb in its base form: 1 for a body starter. */
static double
verb_strength (const FwSplitter *self,
               const char       *word,
               gsize             len)
{
  guint flags = _fw_split_word_flags (self, word, len);

  if (flags & WORD_STARTER)
    return 1.0;
  if ((flags & WORD_COMMON) && !(flags & WORD_FOLLOWER) && !_fw_split_is_inflection (self, word,
                                                                                     len) &&
      has_verb_forms (self, word, len))
    return 0.6;

  return 0.0;
}

/* A body's first word that the dictionary lists but the lexicon does not. */
static double
score_listed_body_word (const FwSplitter *self,
                        const char       *word,
                        gsize             len,
                        guint             flags,
                        BodyStart        *start)
{
  /* "out", "over": a body does not open with a preposition */
  if (flags & WORD_FOLLOWER)
    return 0.0;
  if (_fw_split_ends_with (word, len, "ly"))
    {
      start->is_adverb = TRUE;
      return 0.8;
    }
  /* "loads", "offs": listed, but not a verb's base form */
  if (_fw_split_is_inflection (self, word, len))
    return 0.0;

  return has_verb_forms (self, word, len) ? 1.6 : 0.6;
}

/* "rebalance", "co-author", "cross-train": a starter with a prefix that verbs take. */
static gboolean
is_prefixed_starter (const FwSplitter *self,
                     const char       *word,
                     gsize             len,
                     gsize             prefix_len)
{
  gsize bare_len = word[prefix_len - 1] == '-' ? prefix_len - 1 : prefix_len;

  for (guint i = 0; verb_prefixes[i].text != NULL; i++)
    if (verb_prefixes[i].len == bare_len && memcmp (word, verb_prefixes[i].text, bare_len) == 0)
      return _fw_split_is_starter (self, word + prefix_len, len - prefix_len);

  return FALSE;
}

static double
score_body_word (const FwSplitter *self,
                 const char       *word,
                 gsize             len,
                 BodyStart        *start)
{
  const char *hyphen = memchr (word, '-', len);
  guint flags = _fw_split_word_flags (self, word, len);
  gsize prefix_len;
  double score;

  if (flags & WORD_STARTER)
    {
      start->is_adverb = _fw_split_ends_with (word, len, "ly");
      return 3.0 + 0.02 * len;
    }
  /* "double-check", "e-file" */
  if (hyphen != NULL && (_fw_split_is_starter (self, word, hyphen - word) ||
                         _fw_split_is_starter (self, hyphen + 1, len - (hyphen + 1 - word))))
    return 1.5;

  /*
   * Only the word's own entry matters here: an inflected or derived form is not a
   * verb's base form anyway, and this runs for every candidate cut.
   */
  if (flags & WORD_COMMON)
    score = score_listed_body_word (self, word, len, flags, start);
  else if ((prefix_len = _fw_split_known_prefix_length (self, word, len)) > 0)
    score = is_prefixed_starter (self, word, len, prefix_len) ? 2.0 : 0.2;
  else if (flags & WORD_PROPER)
    score = -0.5;
  else
    score = _fw_split_ends_with_any (word, len, verb_endings) ? -0.8 : -1.8;
  if (len < 3)
    score = MIN (score, -1.5);

  return score;
}

static void
score_body_start (const FwSplitter *self,
                  const char       *s,
                  gsize             len,
                  BodyStart        *start)
{
  char word[MAX_WORD];
  gsize word_len = 0;
  char after;

  memset (start, 0, sizeof *start);
  while (word_len < len &&
         (g_ascii_isalpha (s[word_len]) ||
          (s[word_len] == '-' && word_len + 1 < len && g_ascii_isalpha (s[word_len + 1]))))
    word_len++;

  after = word_len < len ? s[word_len] : '\0';
  start->is_list = after == ',' || after == '/' || after == ';';

  if (has_inner_capital (s, word_len) || g_ascii_isupper (s[0]))
    start->score = -2.5;
  else if (word_len > MAX_BODY_WORD || !_fw_split_lower_copy (s, word_len, word))
    start->score = -2.0;
  else
    start->score = score_body_word (self, word, word_len, start);

  if (after != '\0' && strchr (",.;:)!?/", after) == NULL)
    start->score -= 1.0;
}

/* Lower-case copy of a token without surrounding punctuation. */
static gsize
token_word (const Token *token,
            char         buf[MAX_WORD])
{
  const char *s = token->start;
  gsize len = token->len;

  while (len > 0 && !g_ascii_isalnum (*s))
    s++, len--;
  while (len > 0 && !g_ascii_isalnum (s[len - 1]))
    len--;

  return _fw_split_lower_copy (s, len, buf) ? len : 0;
}

void
_fw_split_describe_tokens (const FwSplitter *self,
                           Token            *tokens,
                           guint             n_tokens)
{
  for (guint i = 0; i < n_tokens; i++)
    {
      char word[MAX_WORD];
      gsize len = token_word (&tokens[i], word);

      tokens[i].empty = len == 0;
      tokens[i].verb = verb_strength (self, word, len);
      if (len == 0)
        tokens[i].kind = FOLLOWER_OTHER;
      else if (strcmp (word, "and") == 0 || strcmp (word, "or") == 0)
        tokens[i].kind = FOLLOWER_CONJUNCTION;
      else if (strcmp (word, "of") == 0)
        tokens[i].kind = FOLLOWER_OF;
      else if (_fw_split_is_follower (self, word, len) || _fw_split_ends_with (word, len, "ly"))
        tokens[i].kind = FOLLOWER_TYPICAL;
      else
        tokens[i].kind = FOLLOWER_OTHER;
    }
}

/* The verb strength of @token when it is a verb, else @otherwise. */
static double
verb_or (const Token *token,
         double       otherwise)
{
  return token->verb > 0.0 ? token->verb : otherwise;
}

static double
score_context (const Token     *next,
               guint            n_next,
               const BodyStart *start)
{
  if (n_next == 0)
    return -0.2;
  if (start->is_list)
    return verb_or (&next[0], -0.3);
  if (start->is_adverb)
    return verb_or (&next[0], -0.6);
  if (next[0].empty)
    return 0.0;

  switch (next[0].kind)
    {
    case FOLLOWER_CONJUNCTION:
      return n_next > 1 ? verb_or (&next[1], -0.3) : -0.3;
    case FOLLOWER_OF:
      /* "analysis of": nouns, not verbs, take "of" */
      return -0.5;
    case FOLLOWER_TYPICAL:
      return 0.4;
    case FOLLOWER_OTHER:
    default:
      return 0.0;
    }
}

/*
 * How well the part of @token around @cut (between hyphens or slashes) is known as a
 * word of its own; @begin is set to where that part starts.
 */
Known
_fw_split_classify_cut_part (const FwSplitter *self,
                             const Token      *token,
                             gsize             cut,
                             gsize            *begin)
{
  const char *s = token->start;
  gsize end = cut;
  char word[MAX_WORD];

  *begin = cut;
  while (*begin > 0 && s[*begin - 1] != '-' && s[*begin - 1] != '/')
    (*begin)--;
  while (end < token->len && s[end] != '-' && s[end] != '/')
    end++;
  while (*begin < end && !g_ascii_isalpha (s[*begin]))
    (*begin)++;
  while (end > *begin && !g_ascii_isalpha (s[end - 1]))
    end--;
  if (!_fw_split_lower_copy (s + *begin, end - *begin, word))
    return KNOWN_NONE;

  return _fw_split_classify_word (self, word, end - *begin, FALSE);
}

/* Cutting inside a token that is a word on its own ("workload") is unlikely. */
double
_fw_split_score_whole_token (const Token *token,
                             Known        known,
                             gsize        begin,
                             gsize        cut)
{
  char prefix[MAX_WORD];

  switch (known)
    {
    case KNOWN_DERIVED:
      /*
       * After a hyphen, "upschedule" reads as "up" + "schedule" whether or not it was
       * glued there ("Follow-up" + "schedule ..."), so that reading is no evidence
       * against the cut. A whole token like "outfall" is another matter.
       */
      if (begin > 0 && token->start[begin - 1] == '-' && cut > begin &&
          _fw_split_lower_copy (token->start + begin, cut - begin, prefix) &&
          _fw_split_is_word_prefix (prefix, cut - begin))
        return 0.0;
      return -2.5;
    case KNOWN_EXACT:
    case KNOWN_INFLECTED:
    case KNOWN_COMPOUND:
      return -2.5;
    case KNOWN_PROPER:
      return -1.0;
    case KNOWN_NONE:
    default:
      return 0.0;
    }
}

static double
score_position (guint index)
{
  double score = -0.03 * index;

  if (index == 0)
    score -= 0.4;
  if (index > 12)
    score -= 0.3 * (index - 12);

  return score;
}

gboolean
_fw_split_can_end_headline (guchar c)
{
  return g_ascii_isalnum (c) || c == ')' || c == ']' || c >= 0x80;
}

/*
 * Verbs often end in shorter verbs ("perform", "observe", "design"), so "tableperform"
 * also reads as "tableper" + "form". A cut further left that leaves a better known
 * headline word and a longer body word is the better reading of the same glue. The
 * reverse does not hold: "modelstrain" is "models" + "train", not "model" + "strain".
 */
static gboolean
is_dominated (const FwSplitter *self,
              const Token      *token,
              gsize             cut,
              double            headline_end)
{
  for (gsize j = cut - 1; j >= 1 && cut - j <= 6; j--)
    {
      BodyStart longer;

      if (!g_ascii_islower (token->start[j]))
        break;
      if (!_fw_split_can_end_headline (token->start[j - 1]))
        continue;
      score_body_start (self, token->start + j, token->len - j, &longer);
      /* An unknown headline end ("settingstit|rate") yields to any plausible verb */
      if (longer.score >= (headline_end <= -1.0 ? -0.8 : 0.8) &&
          score_headline_end (self, token->start, j) >= MAX (1.3, headline_end + 0.1))
        return TRUE;
    }

  return FALSE;
}

/* The parts of a cut's score that are cheap to compute. */
void
_fw_split_score_candidate_partially (const FwSplitter *self,
                                     const Token      *tokens,
                                     guint             n_tokens,
                                     double            whole,
                                     Candidate        *candidate)
{
  const Token *token = &tokens[candidate->token];
  guint index = candidate->token;

  candidate->breaks_word = whole < 0.0;
  score_body_start (self, token->start + candidate->cut, token->len - candidate->cut,
                    &candidate->start);
  candidate->partial = candidate->start.score +
                       score_context (tokens + index + 1, MIN (n_tokens - index - 1, LOOKAHEAD),
                                      &candidate->start) +
                       whole +
                       score_position (index);
}

double
_fw_split_score_candidate_fully (const FwSplitter *self,
                                 const Token      *tokens,
                                 const Candidate  *candidate)
{
  const Token *token = &tokens[candidate->token];
  double headline_end = score_headline_end (self, token->start, candidate->cut);
  double score = candidate->partial + headline_end;

  if (candidate->start.score >= 1.0 &&
      is_dominated (self, token, candidate->cut, headline_end))
    score -= 1.5;

  return score;
}
