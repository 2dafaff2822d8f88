/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * FwTextIndex: ranked retrieval over small collections of documents made of fields (a
 * statement's headline, body, anchored O*NET task texts and citations), with the analyzer of
 * one language (fw-text.h: words, stop words, Snowball stems) and the synonym and
 * abbreviation lexicon (data/lexicons/synonyms.txt: "ALARA" also means radiation dose).
 *
 * Ranking is BM25F: each field's term frequency is normalised by the field's length against
 * its average (b = 0.75), weighted (headline 2, body 1, tasks 1, citations 0.5) and summed,
 * then saturated with k1 = 1.2 and weighted by the term's inverse document frequency.
 *
 * The score is absolute, in [0, 1], and means the same for every query. It is the query's
 * BM25F score divided by the most the query could score, then raised to the power
 * FW_TEXT_SCORE_EXPONENT (a calibrated squash). The most a query could score is the sum of
 * idf(t)·(k1 + 1), the BM25 ceiling of a term, over the query's FW_TEXT_QUERY_TERMS
 * weightiest distinct terms: a statement holds a handful of telling words, so a long
 * requirement ("Accurately position patients for examinations, using anatomical knowledge …")
 * is not held to matching all of its twenty words, while a short one must match all of its
 * few. A query term no document holds counts at half the idf of a term in no document, so
 * that a query of unknown words cannot score high by its one known word. With the squash, a
 * query whose telling terms each occur once in the body of an average statement scores about
 * 0.67, and more when they are in the headline. On the labelled sets of tests/data/text, a
 * requirement a statement covers scores 0.39–0.83 (median 0.56), one none covers 0–0.68
 * (median 0.40); FW_MAP_COVERED_SCORE is set from those figures.
 */

typedef enum
{
  FW_TEXT_FIELD_HEADLINE,
  FW_TEXT_FIELD_BODY,
  FW_TEXT_FIELD_TASKS,
  FW_TEXT_FIELD_CITATIONS,
  FW_TEXT_N_FIELDS,
} FwTextField;

#define FW_TEXT_SCORE_EXPONENT 0.5
#define FW_TEXT_QUERY_TERMS    6

typedef struct _FwTextIndex FwTextIndex;

typedef struct
{
  char   *id;
  double  score;          /* absolute, in [0, 1] */
  GStrv   matched_words;  /* the query's words that matched, as written, in query order */
} FwTextHit;

/* An empty index in BCP 47 @language (NULL: English), with the shipped synonym lexicon. */
FwTextIndex *fw_text_index_new       (const char          *language);
/* Adds a document; @fields holds FW_TEXT_N_FIELDS texts (NULL for an empty field). */
void         fw_text_index_add       (FwTextIndex         *index,
                                      const char          *id,
                                      const char * const  *fields);
guint        fw_text_index_get_n_documents (FwTextIndex *index);
/* The primary language the index analyses ("en", "es", …). */
const char  *fw_text_index_get_language    (FwTextIndex *index);
/*
 * The documents matching @query, best first (ties in the order they were added), at most
 * @limit of them (0: all), only those scoring above 0. FwTextHit, owned by the array.
 */
GPtrArray   *fw_text_index_search    (FwTextIndex         *index,
                                      const char          *query,
                                      guint                limit);
void         fw_text_index_free      (FwTextIndex         *index);
void         fw_text_hit_free        (FwTextHit           *hit);

/*
 * The synonym lexicon's expansion of @word (case folded) in @language: the words it adds,
 * or NULL when the lexicon has none. For the tests and the lexicon's users.
 */
const char * const *fw_text_synonyms_lookup (const char *language,
                                             const char *word);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwTextIndex, fw_text_index_free)

G_END_DECLS
