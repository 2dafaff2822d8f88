/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The text engine shared by occupation search, suggestions, coverage and library search:
 * one way to cut text into words, fold them, drop stop words and stem them, per language.
 */

typedef struct
{
  char  *word;    /* case folded, NFC */
  gsize  start;   /* byte offsets in the text */
  gsize  end;
} FwToken;

/*
 * Cuts @text into words: runs of letters and digits ("x-ray" is "x" and "ray"; an apostrophe
 * inside a word ends it). Returns a GPtrArray of FwToken (freed with the array).
 */
GPtrArray  *fw_text_tokenize          (const char *text);

/*
 * FwTextAnalyzer: the stop words and stemmer of one language. Shared, immutable to callers
 * and safe to use from several threads; never free it.
 */
typedef struct _FwTextAnalyzer FwTextAnalyzer;

/*
 * The analyzer for BCP 47 tag @language ("en", "en-US", "es-MX"); languages without a
 * stemmer or stop words get one that only folds case. NULL or "" is English.
 */
FwTextAnalyzer *fw_text_analyzer_get        (const char     *language);
/* The primary language subtag it serves ("en", "es", …). */
const char     *fw_text_analyzer_get_language (FwTextAnalyzer *self);
gboolean        fw_text_analyzer_has_stemmer  (FwTextAnalyzer *self);
/* Whether @word (case folded) is a stop word of the language. */
gboolean        fw_text_analyzer_is_stop_word (FwTextAnalyzer *self,
                                               const char     *word);
/* The stem of @word (case folded); newly allocated. */
char           *fw_text_analyzer_stem         (FwTextAnalyzer *self,
                                               const char     *word);
/* The stems of the words of @text, stop words dropped, in text order; NULL-terminated. */
char          **fw_text_analyzer_stems        (FwTextAnalyzer *self,
                                               const char     *text);

/*
 * A prepared text for matching: its words (folded, stop words dropped) and their stems, as
 * two space-separated strings of the same number of words. Cheap to store and to match.
 */
typedef struct
{
  char *words;
  char *stems;
} FwTextTerms;

void            fw_text_analyzer_terms        (FwTextAnalyzer *self,
                                               const char     *text,
                                               FwTextTerms    *out_terms);
void            fw_text_terms_clear           (FwTextTerms    *terms);

/*
 * FwTextMatcher: a query for type-ahead search. A text matches when every query word is
 * found in it: as the same stem, or as the start of one of its words (so "tech" finds
 * "Technician" while it is typed). Stop words are dropped, except an unfinished last word
 * ("so" while "software" is typed), which stays as a prefix.
 */
typedef struct _FwTextMatcher FwTextMatcher;

FwTextMatcher  *fw_text_matcher_new           (FwTextAnalyzer *analyzer,
                                               const char     *query);
void            fw_text_matcher_free          (FwTextMatcher  *self);
/* The number of query words after stop words (0: the query matches nothing by words). */
guint           fw_text_matcher_get_n_terms   (FwTextMatcher  *self);
/*
 * How well prepared text (@words, @stems from FwTextTerms) matches: -1 when it does not,
 * else a score that is higher for whole-word matches and for texts with fewer other words.
 */
int             fw_text_matcher_match         (FwTextMatcher  *self,
                                               const char     *words,
                                               const char     *stems);

/*
 * The parts of fw_text_matcher_match (), for callers that keep a vocabulary of distinct
 * words and score each once per query: the score of query word @term against one word (0
 * when it does not match; a text's first word adds FW_TEXT_MATCH_FIRST_WORD to a match),
 * and the total of a text of @n_words words from the best score of each query word (-1
 * when one is 0).
 */
#define FW_TEXT_MATCH_FIRST_WORD 10

int             fw_text_matcher_score_word    (FwTextMatcher  *self,
                                               guint           term,
                                               const char     *word,
                                               gsize           word_length,
                                               const char     *stem,
                                               gsize           stem_length);
int             fw_text_matcher_total         (FwTextMatcher  *self,
                                               const int      *best,
                                               guint           n_words);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwTextMatcher, fw_text_matcher_free)

G_END_DECLS
