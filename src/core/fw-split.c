/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <string.h>

#include <gio/gio.h>

#include "fw-split.h"

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
 *  - position: headlines are short, so very late cuts are unlikely.
 *
 * The confidence comes from the best score and its margin over the runner-up.
 */

#define DEFAULT_DICTIONARY  "/usr/share/dict/american-english"
#define STARTERS_RESOURCE   "/org/framewright/Framewright/lexicons/body-starters.txt"
#define STARTERS_FILE       "lexicons/body-starters.txt"
#define SEPARATOR           "\xe2\x80\x94"

/* Longer words are never looked up: no English word of interest is this long. */
#define MAX_WORD            48
/* A headline has far fewer words than this, so later tokens are never cut. */
#define MAX_HEADLINE_TOKENS 48
/* A headline word glued to a body word (with punctuation) fits in this many bytes. */
#define MAX_GLUED_BYTES     128
/* Tokens after the cut that the context features read. */
#define LOOKAHEAD           2
/* No headline end scores more than a known plural noun (see score_headline_word()). */
#define MAX_HEADLINE_END_SCORE 1.9

typedef enum
{
  WORD_COMMON = 1 << 0,   /* listed in lower case */
  WORD_PROPER = 1 << 1,   /* listed capitalised */
} WordFlags;

typedef enum
{
  KNOWN_NONE,
  KNOWN_PROPER,
  KNOWN_COMPOUND,   /* word + word */
  KNOWN_DERIVED,    /* prefix + word */
  KNOWN_INFLECTED,  /* plural, past, -ing or -ly form of a listed word */
  KNOWN_EXACT,
} Known;

struct _FwSplitter
{
  GHashTable *starters;
  GHashTable *followers;        /* verb_followers, for quick look-up */
  GHashTable *words;            /* NULL without a dictionary; keys point into dictionary_text */
  char       *dictionary_text;
};

typedef enum
{
  FOLLOWER_OTHER,
  FOLLOWER_CONJUNCTION,   /* "and", "or" */
  FOLLOWER_OF,            /* "of" */
  FOLLOWER_TYPICAL,       /* a preposition, determiner or adverb that follows verbs */
} FollowerKind;

typedef struct
{
  const char   *start;
  gsize         len;
  /* The token read as a word following a cut; see describe_tokens() */
  double        verb;     /* verb_strength() of the word */
  FollowerKind  kind;
  gboolean      empty;    /* no letters or digits */
} Token;

typedef struct
{
  gboolean is_list;     /* followed by ',' or '/': "assess, triage, and coordinate" */
  gboolean is_adverb;   /* "independently administer" */
  double   score;
} BodyStart;

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

/* Prefixes that form new words from listed ones ("non-routine", "multisite"). */
static const char * const word_prefixes[] = {
  "anti", "auto", "bio", "co", "counter", "cross", "cyber", "de", "dis", "eco", "inter",
  "intra", "macro", "micro", "mid", "mis", "multi", "non", "out", "over", "post", "pre",
  "pro", "re", "self", "semi", "sub", "super", "tele", "trans", "ultra", "un", "under", "up",
  NULL
};

/* Endings typical of the noun that closes a headline, rare on a compound's first part. */
static const char * const noun_endings[] = {
  "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "ics", "ogy", "ism", "ure",
  NULL
};

/* Endings of verbs that a dictionary-less word may still carry ("operationalize"). */
static const char * const verb_endings[] = {
  "ize", "ise", "ate", "ify", "en", NULL
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

static inline gboolean
ends_with (const char *word,
           gsize       len,
           const char *suffix)
{
  gsize suffix_len = strlen (suffix);

  return len >= suffix_len && memcmp (word + len - suffix_len, suffix, suffix_len) == 0;
}

static gboolean
ends_with_any (const char         *word,
               gsize               len,
               const char * const *suffixes)
{
  for (guint i = 0; suffixes[i] != NULL; i++)
    if (ends_with (word, len, suffixes[i]))
      return TRUE;

  return FALSE;
}

/* Copies @len bytes of @s into @buf in ASCII lower case; FALSE when it does not fit. */
static gboolean
lower_copy (const char *s,
            gsize       len,
            char        buf[MAX_WORD])
{
  if (len == 0 || len >= MAX_WORD)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    buf[i] = g_ascii_tolower (s[i]);
  buf[len] = '\0';

  return TRUE;
}

/* Bytes of the whitespace character starting at @s (ASCII, no-break and thin spaces). */
static gsize
space_len_at (const char *s,
              gsize       avail)
{
  const guchar *u = (const guchar *) s;

  if (avail >= 1 && u[0] < 0x80)
    return g_ascii_isspace (u[0]) ? 1 : 0;
  if (avail >= 2 && u[0] == 0xc2 && u[1] == 0xa0)
    return 2;
  if (avail >= 3 && u[0] == 0xe2 && u[1] == 0x80 && (u[2] <= 0x8a || u[2] == 0xaf))
    return 3;
  if (avail >= 3 && u[0] == 0xe3 && u[1] == 0x80 && u[2] == 0x80)
    return 3;

  return 0;
}

/* Bytes of the whitespace character ending just before @s + @len. */
static gsize
space_len_before (const char *s,
                  gsize       len)
{
  for (gsize n = 1; n <= 3 && n <= len; n++)
    if (space_len_at (s + len - n, n) == n)
      return n;

  return 0;
}

static char *
dup_trimmed (const char *s,
             gsize       len)
{
  gsize n;

  while (len > 0 && (n = space_len_at (s, len)) > 0)
    {
      s += n;
      len -= n;
    }
  while (len > 0 && (n = space_len_before (s, len)) > 0)
    len -= n;

  return g_strndup (s, len);
}

/* Dictionary and lexicon look-ups; @word is lower case, not necessarily NUL-terminated. */

static guint
word_flags (const FwSplitter *self,
            const char       *word,
            gsize             len)
{
  char buf[MAX_WORD];

  if (self->words == NULL || len == 0 || len >= MAX_WORD)
    return 0;

  memcpy (buf, word, len);
  buf[len] = '\0';

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->words, buf));
}

static gboolean
set_contains (GHashTable *set,
              const char *word,
              gsize       len)
{
  char buf[MAX_WORD];

  if (len == 0 || len >= MAX_WORD)
    return FALSE;

  memcpy (buf, word, len);
  buf[len] = '\0';

  return g_hash_table_contains (set, buf);
}

static gboolean
is_starter (const FwSplitter *self,
            const char       *word,
            gsize             len)
{
  return set_contains (self->starters, word, len);
}

static gboolean
is_follower (const FwSplitter *self,
             const char       *word,
             gsize             len)
{
  return set_contains (self->followers, word, len);
}

static gboolean
is_common_word (const FwSplitter *self,
                const char       *word,
                gsize             len)
{
  return (word_flags (self, word, len) & WORD_COMMON) != 0;
}

/* Whether @stem (its first @stem_len bytes) followed by @suffix is a listed word. */
static gboolean
is_common_with_suffix (const FwSplitter *self,
                       const char       *stem,
                       gsize             stem_len,
                       const char       *suffix)
{
  char buf[MAX_WORD];
  gsize suffix_len = strlen (suffix);

  if (stem_len < 3 || stem_len + suffix_len >= MAX_WORD)
    return FALSE;

  memcpy (buf, stem, stem_len);
  memcpy (buf + stem_len, suffix, suffix_len);

  return is_common_word (self, buf, stem_len + suffix_len);
}

static gboolean
is_doubled_stem (const FwSplitter *self,
                 const char       *word,
                 gsize             stem_len)
{
  /* "planned" -> "plan", "setting" -> "set" */
  return stem_len >= 4 && word[stem_len - 1] == word[stem_len - 2] &&
         is_common_word (self, word, stem_len - 1);
}

/* Plural, third person, past, -ing and -ly forms of listed words. */
static gboolean
is_inflection (const FwSplitter *self,
               const char       *word,
               gsize             len)
{
  if (ends_with (word, len, "ies") && is_common_with_suffix (self, word, len - 3, "y"))
    return TRUE;
  if (ends_with (word, len, "s") && !ends_with (word, len, "ss"))
    return is_common_with_suffix (self, word, len - 1, "") ||
           (ends_with (word, len, "es") && is_common_with_suffix (self, word, len - 2, ""));
  if (ends_with (word, len, "ied") && is_common_with_suffix (self, word, len - 3, "y"))
    return TRUE;
  if (ends_with (word, len, "ed"))
    return is_common_with_suffix (self, word, len - 2, "") ||
           is_common_with_suffix (self, word, len - 1, "") ||
           is_doubled_stem (self, word, len - 2);
  if (ends_with (word, len, "ing"))
    return is_common_with_suffix (self, word, len - 3, "") ||
           is_common_with_suffix (self, word, len - 3, "e") ||
           is_doubled_stem (self, word, len - 3);
  if (ends_with (word, len, "ly"))
    return is_common_with_suffix (self, word, len - 2, "") ||
           is_common_with_suffix (self, word, len - 1, "e") ||
           (ends_with (word, len, "ily") && is_common_with_suffix (self, word, len - 3, "y"));

  return FALSE;
}

static gboolean
is_known_or_inflected (const FwSplitter *self,
                       const char       *word,
                       gsize             len)
{
  return is_common_word (self, word, len) || is_inflection (self, word, len);
}

static gboolean
has_known_prefix (const FwSplitter *self,
                  const char       *word,
                  gsize             len)
{
  for (guint i = 0; word_prefixes[i] != NULL; i++)
    {
      gsize prefix_len = strlen (word_prefixes[i]);
      const char *rest = word + prefix_len;
      gsize rest_len = len - prefix_len;

      if (word[0] != word_prefixes[i][0] || len <= prefix_len + 3 ||
          memcmp (word, word_prefixes[i], prefix_len) != 0)
        continue;
      if (*rest == '-')
        rest++, rest_len--;
      if (rest_len >= 4 && is_known_or_inflected (self, rest, rest_len))
        return TRUE;
    }

  return FALSE;
}

/*
 * "stakeholders" = "stake" + "holders". The second part needs four letters: too many
 * three-letter entries ("per", "sob") would make a compound of nearly anything.
 */
static gboolean
is_compound (const FwSplitter *self,
             const char       *word,
             gsize             len)
{
  for (gsize k = 3; k + 4 <= len; k++)
    {
      /* English compounds almost never start with a plural: "requestscare" is not one. */
      gboolean plural_first = word[k - 1] == 's' && is_common_word (self, word, k - 1);

      if (!plural_first && is_common_word (self, word, k) &&
          is_known_or_inflected (self, word + k, len - k))
        return TRUE;
    }

  return FALSE;
}

static Known
classify_word (const FwSplitter *self,
               const char       *word,
               gsize             len,
               gboolean          allow_compound)
{
  guint flags = word_flags (self, word, len);

  if (flags & WORD_COMMON)
    return KNOWN_EXACT;
  if (is_inflection (self, word, len))
    return KNOWN_INFLECTED;
  if (has_known_prefix (self, word, len))
    return KNOWN_DERIVED;
  if (allow_compound && len >= 7 && is_compound (self, word, len))
    return KNOWN_COMPOUND;
  if (flags & WORD_PROPER)
    return KNOWN_PROPER;

  return KNOWN_NONE;
}

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

static gboolean
looks_like_plural (const char *word,
                   gsize       len)
{
  return ends_with (word, len, "s") && !ends_with (word, len, "ss") &&
         !ends_with (word, len, "us") && !ends_with (word, len, "is");
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
  if (!lower_copy (s, len, word))
    return -1.8;
  if (is_acronym (s, len))
    return 1.0;
  if (has_inner_capital (s, len))
    return 0.8;

  known = classify_word (self, word, len, TRUE);
  noun_like = looks_like_plural (word, len) || ends_with_any (word, len, noun_endings);
  score = known_scores[known];
  if (known == KNOWN_NONE && noun_like)
    score = -1.0;
  else if (noun_like)
    score += 0.4;
  else if (known != KNOWN_NONE && ends_with (word, len, "ing"))
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
  gsize seg_start = len;
  double score;
  guchar last;

  while (len > 0 && !g_ascii_isalnum (*s) && (guchar) *s < 0x80)
    s++, len--;
  if (len == 0)
    return -3.0;

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
      if (j - i >= 2 && lower_copy (s + i, j - i, word) && g_ascii_isalpha (word[0]) &&
          classify_word (self, word, j - i, FALSE) == KNOWN_NONE && !is_acronym (s + i, j - i))
        score -= 0.4;
      i = j + 1;
    }

  return score;
}

/* Scoring of the part right of a cut: the body's first word. */

/* A word listed with both a past and an -ing form can be a verb: "navigated", "navigating". */
static gboolean
has_verb_forms (const FwSplitter *self,
                const char       *word,
                gsize             len)
{
  gboolean silent_e = ends_with (word, len, "e");
  char doubled_past[] = { word[len - 1], 'e', 'd', '\0' };
  char doubled_progressive[] = { word[len - 1], 'i', 'n', 'g', '\0' };

  return (is_common_with_suffix (self, word, len, silent_e ? "d" : "ed") ||
          is_common_with_suffix (self, word, len, doubled_past)) &&
         (is_common_with_suffix (self, word, silent_e ? len - 1 : len, "ing") ||
          is_common_with_suffix (self, word, len, doubled_progressive));
}

/* How surely @word (lower case) is a verb in its base form: 1 for a body starter. */
static double
verb_strength (const FwSplitter *self,
               const char       *word,
               gsize             len)
{
  if (len == 0)
    return 0.0;
  if (is_starter (self, word, len))
    return 1.0;
  if (is_common_word (self, word, len) && !is_inflection (self, word, len) &&
      !is_follower (self, word, len) && has_verb_forms (self, word, len))
    return 0.6;

  return 0.0;
}

static double
score_body_word (const FwSplitter *self,
                 const char       *word,
                 gsize             len,
                 BodyStart        *start)
{
  const char *hyphen = memchr (word, '-', len);
  double score;

  if (is_starter (self, word, len))
    {
      start->is_adverb = ends_with (word, len, "ly");
      return 3.0 + 0.02 * len;
    }
  if (hyphen != NULL && is_starter (self, word, hyphen - word))
    return 1.5;

  switch (classify_word (self, word, len, FALSE))
    {
    case KNOWN_EXACT:
      if (is_follower (self, word, len))
        score = 0.0;  /* "out", "over": a body does not open with a preposition */
      else if (ends_with (word, len, "ly"))
        {
          start->is_adverb = TRUE;
          score = 0.8;
        }
      else if (is_inflection (self, word, len))
        score = 0.0;  /* "loads", "offs": listed, but not a verb's base form */
      else
        score = has_verb_forms (self, word, len) ? 1.6 : 0.6;
      break;
    case KNOWN_INFLECTED:
      score = -0.2;
      break;
    case KNOWN_DERIVED:
      score = 0.2;
      break;
    case KNOWN_PROPER:
      score = -0.5;
      break;
    case KNOWN_COMPOUND:
    case KNOWN_NONE:
    default:
      score = ends_with_any (word, len, verb_endings) ? -0.8 : -1.8;
      break;
    }
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
  else if (!lower_copy (s, word_len, word))
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

  return lower_copy (s, len, buf) ? len : 0;
}

static void
describe_tokens (const FwSplitter *self,
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
      else if (is_follower (self, word, len) || ends_with (word, len, "ly"))
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

/* Cutting inside a token that is a word on its own ("workload") is unlikely. */
static double
score_whole_token (const FwSplitter *self,
                   const Token      *token,
                   gsize             cut)
{
  const char *s = token->start;
  gsize begin = cut, end = cut;
  char word[MAX_WORD];

  while (begin > 0 && s[begin - 1] != '-' && s[begin - 1] != '/')
    begin--;
  while (end < token->len && s[end] != '-' && s[end] != '/')
    end++;
  while (begin < end && !g_ascii_isalpha (s[begin]))
    begin++;
  while (end > begin && !g_ascii_isalpha (s[end - 1]))
    end--;
  if (!lower_copy (s + begin, end - begin, word))
    return 0.0;

  switch (classify_word (self, word, end - begin, FALSE))
    {
    case KNOWN_EXACT:
    case KNOWN_INFLECTED:
    case KNOWN_DERIVED:
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

static gboolean
can_end_headline (guchar c)
{
  return g_ascii_isalnum (c) || c == ')' || c == ']' || c >= 0x80;
}

/*
 * Verbs often end in shorter verbs ("perform", "observe", "design"), so "tableperform"
 * also reads as "tableper" + "form". A cut further left that leaves a known headline
 * word and a longer body starter is the better reading of the same glue.
 */
static gboolean
is_dominated (const FwSplitter *self,
              const Token      *token,
              gsize             cut)
{
  for (gsize j = cut - 1; j >= 1 && cut - j <= 6; j--)
    {
      BodyStart longer;

      if (!g_ascii_islower (token->start[j]))
        break;
      if (!can_end_headline (token->start[j - 1]))
        continue;
      score_body_start (self, token->start + j, token->len - j, &longer);
      if (longer.score >= 0.8 && score_headline_end (self, token->start, j) >= 1.3)
        return TRUE;
    }

  return FALSE;
}

/*
 * Scores the cut at byte @cut of token @index. The headline side is the costly part,
 * so it is skipped when even its best possible score could not lift the cut above
 * @floor; the result is then only an upper bound, which is all the caller needs.
 */
static double
score_cut (const FwSplitter *self,
           const Token      *tokens,
           guint             n_tokens,
           guint             index,
           gsize             cut,
           double            whole,
           double            floor)
{
  const Token *token = &tokens[index];
  BodyStart start;
  double partial;

  score_body_start (self, token->start + cut, token->len - cut, &start);
  partial = start.score +
            score_context (tokens + index + 1, MIN (n_tokens - index - 1, LOOKAHEAD), &start) +
            whole +
            score_position (index);
  if (partial + MAX_HEADLINE_END_SCORE <= floor)
    return partial + MAX_HEADLINE_END_SCORE;

  if (start.score >= 1.0 && is_dominated (self, token, cut))
    partial -= 1.5;

  return partial + score_headline_end (self, token->start, cut);
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

      while ((sp = space_len_at (p, end - p)) > 0)
        p += sp;
      if (p == end)
        break;
      tokens[n].start = p;
      while (p < end && space_len_at (p, end - p) == 0)
        p++;
      tokens[n].len = p - tokens[n].start;
      n++;
    }

  return n;
}

static double
confidence_from_scores (const FwSplitter *self,
                        double            best,
                        double            runner_up)
{
  double strength = CLAMP ((best - 1.0) / 4.0, 0.0, 1.0);
  double margin = 1.0 - exp (-(best - runner_up) / 1.5);
  double confidence = strength * margin;

  /* Without a dictionary, both sides of a cut are judged on the lexicon alone. */
  if (self->words == NULL)
    confidence *= 0.8;

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
  double best = -G_MAXDOUBLE, runner_up = -G_MAXDOUBLE;
  gssize best_offset = -1;

  describe_tokens (self, tokens, n_tokens);

  for (guint t = 0; t < n_tokens && t < MAX_HEADLINE_TOKENS; t++)
    {
      const Token *token = &tokens[t];
      /* Only a hyphenated token has parts that score differently */
      gboolean one_part = memchr (token->start, '-', token->len) == NULL &&
                          memchr (token->start, '/', token->len) == NULL;
      double whole = G_MAXDOUBLE;

      if (token->len > MAX_GLUED_BYTES)
        continue;

      for (gsize i = 1; i < token->len; i++)
        {
          double score;

          if (!g_ascii_islower (token->start[i]) || !can_end_headline (token->start[i - 1]))
            continue;

          if (!one_part || whole == G_MAXDOUBLE)
            whole = score_whole_token (self, token, i);
          score = score_cut (self, tokens, n_tokens, t, i, whole, runner_up);
          if (score > best)
            {
              runner_up = best;
              best = score;
              best_offset = (token->start - text) + i;
            }
          else if (score > runner_up)
            runner_up = score;
        }
    }

  if (best_offset >= 0)
    *confidence = confidence_from_scores (self, best, runner_up);

  return best_offset;
}

/* Splits text that already has a " — " between headline and body. */
static gboolean
split_at_separator (const char  *text,
                    char       **headline,
                    char       **body)
{
  const char *end = text + strlen (text);

  for (const char *dash = strstr (text, SEPARATOR); dash != NULL;
       dash = strstr (dash + 1, SEPARATOR))
    {
      const char *after = dash + strlen (SEPARATOR);
      g_autofree char *left = NULL;
      g_autofree char *right = NULL;

      if (space_len_before (text, dash - text) == 0 || space_len_at (after, end - after) == 0)
        continue;

      left = dup_trimmed (text, dash - text);
      right = dup_trimmed (after, end - after);
      if (*left == '\0' || *right == '\0')
        continue;

      *headline = g_steal_pointer (&left);
      *body = g_steal_pointer (&right);
      return TRUE;
    }

  return FALSE;
}

static void
add_starters (GHashTable *starters,
              const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *comment = strchr (lines[i], '#');

      if (comment != NULL)
        *comment = '\0';
      g_strstrip (lines[i]);
      if (*lines[i] != '\0' && strlen (lines[i]) < MAX_WORD)
        g_hash_table_add (starters, g_ascii_strdown (lines[i], -1));
    }
}

static char *
load_shipped_starters (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  const char *data_dir;
  char *contents = NULL;

  bytes = g_resources_lookup_data (STARTERS_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes != NULL)
    {
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);

      return g_strndup (data, size);
    }

  data_dir = g_getenv ("FW_DATA_DIR");
  if (data_dir == NULL)
    return NULL;

  path = g_build_filename (data_dir, STARTERS_FILE, NULL);
  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;

  return contents;
}

static void
add_dictionary_word (GHashTable *words,
                     char       *word)
{
  gsize len = strlen (word);
  guint flags;

  while (len > 0 && (word[len - 1] == '\r' || word[len - 1] == ' '))
    word[--len] = '\0';
  /* Possessives add nothing; overlong entries are never looked up. */
  if (len == 0 || len >= MAX_WORD || strchr (word, '\'') != NULL)
    return;

  flags = g_ascii_isupper (word[0]) ? WORD_PROPER : WORD_COMMON;
  for (gsize i = 0; i < len; i++)
    word[i] = g_ascii_tolower (word[i]);

  flags |= GPOINTER_TO_UINT (g_hash_table_lookup (words, word));
  g_hash_table_insert (words, word, GUINT_TO_POINTER (flags));
}

static void
load_dictionary (FwSplitter *self,
                 const char *path)
{
  g_autoptr(GError) error = NULL;
  char *line;

  if (!g_file_get_contents (path, &self->dictionary_text, NULL, &error))
    {
      g_debug ("No word list for the headline splitter: %s", error->message);
      return;
    }

  self->words = g_hash_table_new (g_str_hash, g_str_equal);
  for (line = self->dictionary_text; line != NULL && *line != '\0'; )
    {
      char *end = strchr (line, '\n');

      if (end != NULL)
        *end = '\0';
      add_dictionary_word (self->words, line);
      line = end != NULL ? end + 1 : NULL;
    }

  if (g_hash_table_size (self->words) == 0)
    {
      g_clear_pointer (&self->words, g_hash_table_unref);
      g_clear_pointer (&self->dictionary_text, g_free);
    }
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

  self->starters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->followers = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; verb_followers[i] != NULL; i++)
    g_hash_table_add (self->followers, (gpointer) verb_followers[i]);
  if (starters_text == NULL)
    starters_text = shipped = load_shipped_starters ();
  if (starters_text != NULL)
    add_starters (self->starters, starters_text);
  else
    for (guint i = 0; fallback_starters[i] != NULL; i++)
      g_hash_table_add (self->starters, g_strdup (fallback_starters[i]));

  load_dictionary (self, dictionary_path != NULL ? dictionary_path : DEFAULT_DICTIONARY);

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

  g_clear_pointer (&self->starters, g_hash_table_unref);
  g_clear_pointer (&self->followers, g_hash_table_unref);
  g_clear_pointer (&self->words, g_hash_table_unref);
  g_clear_pointer (&self->dictionary_text, g_free);
  g_free (self);
}

gboolean
fw_splitter_has_dictionary (FwSplitter *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->words != NULL;
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

  if (headline != NULL)
    *headline = NULL;
  if (body != NULL)
    *body = NULL;
  if (confidence != NULL)
    *confidence = 0.0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (glued != NULL, FALSE);

  if (!g_utf8_validate (glued, -1, NULL))
    text = valid = g_utf8_make_valid (glued, -1);

  if (split_at_separator (text, &left, &right))
    certainty = 1.0;
  else if ((cut = find_glue_point (self, text, &certainty)) >= 0)
    {
      left = dup_trimmed (text, cut);
      right = dup_trimmed (text + cut, strlen (text + cut));
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
