/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

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
 *  - position: headlines are short, so very late cuts are unlikely;
 *  - verbs that end in shorter verbs: "tableper|form" loses to "table|perform".
 *
 * The confidence grows with the best score and with its lead over the runner-up. It
 * is halved when the best cut splits a dictionary word, since the text may hold no glue
 * at all, and lowered when there is no dictionary to judge the words by.
 */

#define DEFAULT_DICTIONARY  "/usr/share/dict/american-english"
#define STARTERS_FILE       "lexicons/body-starters.txt"
#define SEPARATOR           "\xe2\x80\x94"

/* Longer words are never looked up: no English word of interest is this long. */
#define MAX_WORD            48
/* No verb or adverb that opens a body is longer than this. */
#define MAX_BODY_WORD       24
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
  WORD_COMMON   = 1 << 0,   /* listed in the dictionary in lower case */
  WORD_PROPER   = 1 << 1,   /* listed in the dictionary capitalised */
  WORD_STARTER  = 1 << 2,   /* in the body-starters lexicon */
  WORD_FOLLOWER = 1 << 3,   /* in verb_followers */
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
  /* Every known word, lower case, to its WordFlags: one look-up answers all questions. */
  GHashTable   *words;
  char         *dictionary_text;    /* holds the keys that come from the dictionary */
  GStringChunk *lexicon_words;      /* holds the other keys */
  gboolean      has_dictionary;
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

/* Where the shipped lexicon may sit in the core library's GResource. */
static const char * const starters_resources[] = {
  "/org/framewright/Framewright/lexicons/body-starters.txt",
#ifdef RESOURCE_PREFIX
  RESOURCE_PREFIX "/data/lexicons/body-starters.txt",
#endif
  "/org/framewright/Framewright/data/lexicons/body-starters.txt",
  NULL
};

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

typedef struct
{
  const char *text;
  gsize       len;
} Affix;

#define AFFIX(text) { text, sizeof (text) - 1 }

/* Prefixes that form new words from listed ones ("non-routine", "multisite"). */
static const Affix word_prefixes[] = {
  AFFIX ("anti"), AFFIX ("auto"), AFFIX ("bio"), AFFIX ("co"), AFFIX ("counter"),
  AFFIX ("cross"), AFFIX ("cyber"), AFFIX ("de"), AFFIX ("dis"), AFFIX ("eco"), AFFIX ("inter"),
  AFFIX ("intra"), AFFIX ("macro"), AFFIX ("micro"), AFFIX ("mid"), AFFIX ("mis"),
  AFFIX ("multi"), AFFIX ("non"), AFFIX ("out"), AFFIX ("over"), AFFIX ("post"), AFFIX ("pre"),
  AFFIX ("pro"), AFFIX ("re"), AFFIX ("self"), AFFIX ("semi"), AFFIX ("sub"), AFFIX ("super"),
  AFFIX ("tele"), AFFIX ("trans"), AFFIX ("ultra"), AFFIX ("un"), AFFIX ("under"), AFFIX ("up"),
  { NULL, 0 }
};

/* The prefixes of word_prefixes that also make verbs of verbs. */
static const Affix verb_prefixes[] = {
  AFFIX ("co"), AFFIX ("counter"), AFFIX ("cross"), AFFIX ("de"), AFFIX ("dis"), AFFIX ("mis"),
  AFFIX ("over"), AFFIX ("pre"), AFFIX ("re"), AFFIX ("self"), AFFIX ("sub"), AFFIX ("un"),
  AFFIX ("under"),
  { NULL, 0 }
};

/* The first letters of word_prefixes, to skip most words at once. */
#define PREFIX_INITIALS "abcdeimnoprstu"

/* Endings typical of the noun that closes a headline, rare on a compound's first part. */
static const Affix noun_endings[] = {
  AFFIX ("tion"), AFFIX ("sion"), AFFIX ("ment"), AFFIX ("ness"), AFFIX ("ity"), AFFIX ("ance"),
  AFFIX ("ence"), AFFIX ("ship"), AFFIX ("ics"), AFFIX ("ogy"), AFFIX ("ism"), AFFIX ("ure"),
  { NULL, 0 }
};

/* Suffixes that make nouns of verbs and adjectives, plural forms first. */
static const Affix noun_suffixes[] = {
  AFFIX ("ers"), AFFIX ("er"), AFFIX ("ors"), AFFIX ("or"), AFFIX ("ments"), AFFIX ("ment"),
  AFFIX ("ables"), AFFIX ("able"), AFFIX ("ness"), AFFIX ("ists"), AFFIX ("ist"),
  AFFIX ("ations"), AFFIX ("ation"), AFFIX ("als"), AFFIX ("al"),
  { NULL, 0 }
};

/* Endings of verbs that a dictionary-less word may still carry ("operationalize"). */
static const Affix verb_endings[] = {
  AFFIX ("ize"), AFFIX ("ise"), AFFIX ("ate"), AFFIX ("ify"), AFFIX ("en"),
  { NULL, 0 }
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
ends_with_affix (const char  *word,
                 gsize        len,
                 const Affix *suffix)
{
  return len >= suffix->len && memcmp (word + len - suffix->len, suffix->text, suffix->len) == 0;
}

static gboolean
ends_with_any (const char  *word,
               gsize        len,
               const Affix *suffixes)
{
  for (guint i = 0; suffixes[i].text != NULL; i++)
    if (ends_with_affix (word, len, &suffixes[i]))
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
    buf[i] = s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i];
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

  if (len == 0 || len >= MAX_WORD)
    return 0;

  memcpy (buf, word, len);
  buf[len] = '\0';

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->words, buf));
}

static gboolean
is_starter (const FwSplitter *self,
            const char       *word,
            gsize             len)
{
  return (word_flags (self, word, len) & WORD_STARTER) != 0;
}

static gboolean
is_follower (const FwSplitter *self,
             const char       *word,
             gsize             len)
{
  return (word_flags (self, word, len) & WORD_FOLLOWER) != 0;
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
  /* "used" -> "use", but "weed" is not "wee" + "d" nor "need" "nee" + "d" */
  if (ends_with (word, len, "ed"))
    return is_common_with_suffix (self, word, len - 2, "") ||
           (len >= 5 && ends_with (word, len - 1, "e") &&
            is_common_with_suffix (self, word, len - 1, "")) ||
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

/* Length of the prefix (with its hyphen) that makes @word from a listed word, or 0. */
static gsize
known_prefix_length (const FwSplitter *self,
                     const char       *word,
                     gsize             len)
{
  /* The shortest prefix has two letters and the rest needs four. */
  if (len < 6 || strchr (PREFIX_INITIALS, word[0]) == NULL)
    return 0;

  for (guint i = 0; word_prefixes[i].text != NULL; i++)
    {
      const Affix *prefix = &word_prefixes[i];
      gsize prefix_len = prefix->len;

      if (word[0] != prefix->text[0] || len <= prefix_len + 3 ||
          memcmp (word, prefix->text, prefix_len) != 0)
        continue;
      if (word[prefix_len] == '-')
        prefix_len++;
      if (len - prefix_len >= 4 &&
          is_known_or_inflected (self, word + prefix_len, len - prefix_len))
        return prefix_len;
    }

  return 0;
}

static gboolean
is_word_prefix (const char *word,
                gsize       len)
{
  for (guint i = 0; word_prefixes[i].text != NULL; i++)
    if (word_prefixes[i].len == len && memcmp (word, word_prefixes[i].text, len) == 0)
      return TRUE;

  return FALSE;
}

/* Nouns made from listed words: "preventers", "deliverables", "readiness". */
static gboolean
has_known_suffix (const FwSplitter *self,
                  const char       *word,
                  gsize             len)
{
  for (guint i = 0; noun_suffixes[i].text != NULL; i++)
    {
      const Affix *suffix = &noun_suffixes[i];

      if (ends_with_affix (word, len, suffix) &&
          (is_common_with_suffix (self, word, len - suffix->len, "") ||
           is_common_with_suffix (self, word, len - suffix->len, "e")))
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
  if (known_prefix_length (self, word, len) > 0 || has_known_suffix (self, word, len))
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
  if (is_camel_case (s, len))
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
      if (j - i >= 2 && lower_copy (s + i, j - i, word) && g_ascii_isalpha (word[0]) &&
          classify_word (self, word, j - i, FALSE) == KNOWN_NONE && !is_acronym (s + i, j - i))
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

  return is_common_with_suffix (self, word, len, "ing") ||
         (ends_with (word, len, "e") && is_common_with_suffix (self, word, len - 1, "ing")) ||
         is_common_with_suffix (self, word, len, doubled);
}

/* How surely @word (lower case) is a verb in its base form: 1 for a body starter. */
static double
verb_strength (const FwSplitter *self,
               const char       *word,
               gsize             len)
{
  guint flags = word_flags (self, word, len);

  if (flags & WORD_STARTER)
    return 1.0;
  if ((flags & WORD_COMMON) && !(flags & WORD_FOLLOWER) && !is_inflection (self, word, len) &&
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
  if (ends_with (word, len, "ly"))
    {
      start->is_adverb = TRUE;
      return 0.8;
    }
  /* "loads", "offs": listed, but not a verb's base form */
  if (is_inflection (self, word, len))
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
      return is_starter (self, word + prefix_len, len - prefix_len);

  return FALSE;
}

static double
score_body_word (const FwSplitter *self,
                 const char       *word,
                 gsize             len,
                 BodyStart        *start)
{
  const char *hyphen = memchr (word, '-', len);
  guint flags = word_flags (self, word, len);
  gsize prefix_len;
  double score;

  if (flags & WORD_STARTER)
    {
      start->is_adverb = ends_with (word, len, "ly");
      return 3.0 + 0.02 * len;
    }
  /* "double-check", "e-file" */
  if (hyphen != NULL && (is_starter (self, word, hyphen - word) ||
                         is_starter (self, hyphen + 1, len - (hyphen + 1 - word))))
    return 1.5;

  /*
   * Only the word's own entry matters here: an inflected or derived form is not a
   * verb's base form anyway, and this runs for every candidate cut.
   */
  if (flags & WORD_COMMON)
    score = score_listed_body_word (self, word, len, flags, start);
  else if ((prefix_len = known_prefix_length (self, word, len)) > 0)
    score = is_prefixed_starter (self, word, len, prefix_len) ? 2.0 : 0.2;
  else if (flags & WORD_PROPER)
    score = -0.5;
  else
    score = ends_with_any (word, len, verb_endings) ? -0.8 : -1.8;
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
  else if (word_len > MAX_BODY_WORD || !lower_copy (s, word_len, word))
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

/*
 * How well the part of @token around @cut (between hyphens or slashes) is known as a
 * word of its own; @begin is set to where that part starts.
 */
static Known
classify_cut_part (const FwSplitter *self,
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
  if (!lower_copy (s + *begin, end - *begin, word))
    return KNOWN_NONE;

  return classify_word (self, word, end - *begin, FALSE);
}

/* Cutting inside a token that is a word on its own ("workload") is unlikely. */
static double
score_whole_token (const Token *token,
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
          lower_copy (token->start + begin, cut - begin, prefix) &&
          is_word_prefix (prefix, cut - begin))
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

static gboolean
can_end_headline (guchar c)
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
      if (!can_end_headline (token->start[j - 1]))
        continue;
      score_body_start (self, token->start + j, token->len - j, &longer);
      /* An unknown headline end ("settingstit|rate") yields to any plausible verb */
      if (longer.score >= (headline_end <= -1.0 ? -0.8 : 0.8) &&
          score_headline_end (self, token->start, j) >= MAX (1.3, headline_end + 0.1))
        return TRUE;
    }

  return FALSE;
}

typedef struct
{
  guint     token;
  gsize     cut;          /* byte offset in the token */
  BodyStart start;
  double    partial;      /* the score without the headline side and the dominance check */
  gboolean  breaks_word;  /* the token is a listed word: the cut splits it */
} Candidate;

/* The parts of a cut's score that are cheap to compute. */
static void
score_candidate_partially (const FwSplitter *self,
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

static double
score_candidate_fully (const FwSplitter *self,
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

          if (!g_ascii_islower (token->start[i]) || !can_end_headline (token->start[i - 1]))
            continue;

          if (!one_part || !classified)
            {
              known = classify_cut_part (self, token, i, &begin);
              classified = TRUE;
            }
          score_candidate_partially (self, tokens, n_tokens,
                                     score_whole_token (token, known, begin, i), &candidate);
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

  describe_tokens (self, tokens, n_tokens);
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

      score = score_candidate_fully (self, tokens, candidate);
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

/* Adds @flags to @word, which must outlive the splitter (or already be a key). */
static void
add_word_flags (FwSplitter *self,
                char       *word,
                guint       flags)
{
  gpointer key, value;

  if (g_hash_table_lookup_extended (self->words, word, &key, &value))
    g_hash_table_insert (self->words, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (value) | flags));
  else
    g_hash_table_insert (self->words, word, GUINT_TO_POINTER (flags));
}

static void
add_lexicon_word (FwSplitter *self,
                  const char *word,
                  guint       flags)
{
  g_autofree char *lower = g_ascii_strdown (word, -1);

  if (*lower == '\0' || strlen (lower) >= MAX_WORD)
    return;

  add_word_flags (self, g_string_chunk_insert_const (self->lexicon_words, lower), flags);
}

static void
add_starters (FwSplitter *self,
              const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *comment = strchr (lines[i], '#');

      if (comment != NULL)
        *comment = '\0';
      add_lexicon_word (self, g_strstrip (lines[i]), WORD_STARTER);
    }
}

static char *
load_shipped_starters (void)
{
  g_autofree char *path = NULL;
  const char *data_dir;
  char *contents = NULL;

  for (guint i = 0; starters_resources[i] != NULL; i++)
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (starters_resources[i],
                                                         G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      gsize size;
      const char *data;

      if (bytes == NULL)
        continue;
      data = g_bytes_get_data (bytes, &size);
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
add_dictionary_word (FwSplitter *self,
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

  add_word_flags (self, word, flags);
}

static void
load_dictionary (FwSplitter *self,
                 const char *path)
{
  g_autoptr(GError) error = NULL;
  guint before = g_hash_table_size (self->words);
  char *line;

  if (!g_file_get_contents (path, &self->dictionary_text, NULL, &error))
    {
      g_debug ("No word list for the headline splitter: %s", error->message);
      return;
    }

  for (line = self->dictionary_text; line != NULL && *line != '\0'; )
    {
      char *end = strchr (line, '\n');

      if (end != NULL)
        *end = '\0';
      add_dictionary_word (self, line);
      line = end != NULL ? end + 1 : NULL;
    }

  self->has_dictionary = g_hash_table_size (self->words) > before;
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
  load_dictionary (self, dictionary_path != NULL ? dictionary_path : DEFAULT_DICTIONARY);

  if (starters_text == NULL)
    starters_text = shipped = load_shipped_starters ();
  if (starters_text != NULL)
    add_starters (self, starters_text);
  else
    for (guint i = 0; fallback_starters[i] != NULL; i++)
      add_lexicon_word (self, fallback_starters[i], WORD_STARTER);

  for (guint i = 0; verb_followers[i] != NULL; i++)
    add_lexicon_word (self, verb_followers[i], WORD_FOLLOWER);

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
