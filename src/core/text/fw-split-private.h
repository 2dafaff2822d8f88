/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-split.h"

G_BEGIN_DECLS

/*
 * Internals of the splitter, shared by fw-split.c (finding the glue point, and the public
 * API), fw-split-words.c (its words and lexicons) and fw-split-score.c (scoring a cut).
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
  /* The token read as a word following a cut; see _fw_split_describe_tokens() */
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

typedef struct
{
  const char *text;
  gsize       len;
} Affix;

#define AFFIX(text) { text, sizeof (text) - 1 }

typedef struct
{
  guint     token;
  gsize     cut;          /* byte offset in the token */
  BodyStart start;
  double    partial;      /* the score without the headline side and the dominance check */
  gboolean  breaks_word;  /* the token is a listed word: the cut splits it */
} Candidate;

gboolean _fw_split_ends_with (const char *word,
                              gsize       len,
                              const char *suffix);

gboolean _fw_split_ends_with_any (const char  *word,
                                  gsize        len,
                                  const Affix *suffixes);

/* Copies @len bytes of @s into @buf in ASCII lower case; FALSE when it does not fit. */
gboolean _fw_split_lower_copy (const char *s,
                               gsize       len,
                               char        buf[MAX_WORD]);

/* Bytes of the whitespace character starting at @s (ASCII, no-break and thin spaces). */
gsize _fw_split_space_len_at (const char *s,
                              gsize       avail);

/* Bytes of the whitespace character ending just before @s + @len. */
gsize _fw_split_space_len_before (const char *s,
                                  gsize       len);

char *_fw_split_dup_trimmed (const char *s,
                             gsize       len);

guint _fw_split_word_flags (const FwSplitter *self,
                            const char       *word,
                            gsize             len);

gboolean _fw_split_is_starter (const FwSplitter *self,
                               const char       *word,
                               gsize             len);

gboolean _fw_split_is_follower (const FwSplitter *self,
                                const char       *word,
                                gsize             len);

/* Whether @stem (its first @stem_len bytes) followed by @suffix is a listed word. */
gboolean _fw_split_is_common_with_suffix (const FwSplitter *self,
                                          const char       *stem,
                                          gsize             stem_len,
                                          const char       *suffix);

/* Plural, third person, past, -ing and -ly forms of listed words. */
gboolean _fw_split_is_inflection (const FwSplitter *self,
                                  const char       *word,
                                  gsize             len);

/* Length of the prefix (with its hyphen) that makes @word from a listed word, or 0. */
gsize _fw_split_known_prefix_length (const FwSplitter *self,
                                     const char       *word,
                                     gsize             len);

gboolean _fw_split_is_word_prefix (const char *word,
                                   gsize       len);

Known _fw_split_classify_word (const FwSplitter *self,
                               const char       *word,
                               gsize             len,
                               gboolean          allow_compound);

void _fw_split_describe_tokens (const FwSplitter *self,
                                Token            *tokens,
                                guint             n_tokens);

/*
 * How well the part of @token around @cut (between hyphens or slashes) is known as a
 * word of its own; @begin is set to where that part starts.
 */
Known _fw_split_classify_cut_part (const FwSplitter *self,
                                   const Token      *token,
                                   gsize             cut,
                                   gsize            *begin);

/* Cutting inside a token that is a word on its own ("workload") is unlikely. */
double _fw_split_score_whole_token (const Token *token,
                                    Known        known,
                                    gsize        begin,
                                    gsize        cut);

gboolean _fw_split_can_end_headline (guchar c);

/* The parts of a cut's score that are cheap to compute. */
void _fw_split_score_candidate_partially (const FwSplitter *self,
                                          const Token      *tokens,
                                          guint             n_tokens,
                                          double            whole,
                                          Candidate        *candidate);

double _fw_split_score_candidate_fully (const FwSplitter *self,
                                        const Token      *tokens,
                                        const Candidate  *candidate);

void _fw_split_add_lexicon_word (FwSplitter *self,
                                 const char *word,
                                 guint       flags);

void _fw_split_add_starters (FwSplitter *self,
                             const char *text);

char *_fw_split_load_shipped_starters (void);

void _fw_split_load_dictionary (FwSplitter *self,
                                const char *path);

G_END_DECLS
