/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-document.h"
#include "fw-map.h"
#include "fw-map-types.h"

G_BEGIN_DECLS

/*
 * Suggestions and job-posting coverage. Both rank text with the shared engine of
 * src/core/text/ (fw-text-rank.h: words, Snowball stems, stop words, the synonym lexicon,
 * BM25F with an absolute score) and match no words here.
 *
 * The suggester indexes a framework's mappable statements once (every statement
 * fw_document_foreach_statement() visits), each as headline, body, the texts of the O*NET
 * tasks it is anchored to and its citations (the cited sources' labels and titles), in the
 * framework's content language. A query's score is in [0, 1] and means the same for every
 * query, so "accept all above 0.8" is meaningful.
 */

typedef struct
{
  char    *statement_id;
  double   score;          /* absolute, comparable across outcomes */
  GStrv    matched_words;  /* as they appear in the outcome */
  FwDepth  depth;          /* suggested from the outcome's verb and the course's place */
} FwMapSuggestion;

typedef struct _FwMapSuggester FwMapSuggester;

FwMapSuggester *fw_map_suggester_new     (FwDocument      *framework,
                                          GError         **error);
/* The top @limit statements for free @text (FwMapSuggestion with depth FW_DEPTH_NONE). */
GPtrArray      *fw_map_suggester_search  (FwMapSuggester  *suggester,
                                          const char      *text,
                                          guint            limit);
/* The top @limit suggestions for @outcome_id, best first (FwMapSuggestion, owned). */
GPtrArray      *fw_map_suggest           (FwMapSuggester  *suggester,
                                          FwMap           *map,
                                          const char      *outcome_id,
                                          guint            limit);
void            fw_map_suggester_free    (FwMapSuggester  *suggester);
void            fw_map_suggestion_free   (FwMapSuggestion *suggestion);

/*
 * The depth an outcome suggests: the levels its verb suits in the level-verbs lexicon (the
 * first verb the lexicon knows among its first words: "describe" introduces, "evaluate"
 * masters), weighed with the place of its course in the sequence (@position from 0 of
 * @n_courses; the first course introduces, the last masters). Without a telling verb the
 * course's place alone decides.
 */
FwDepth         fw_map_suggest_depth     (const char      *outcome_text,
                                          int              position,
                                          guint            n_courses);

/* Job-posting coverage ---------------------------------------------------------------------- */

/* A requirement covered by a statement scoring at least this much: on the labelled set of
 * tests/data/text, 82 % of the requirements a statement covers score this much, and 4 of 12
 * that none covers (one of them about sterile technique, which an aseptic-technique
 * statement half covers) (see fw-text-rank.h). */
#define FW_MAP_COVERED_SCORE 0.45

typedef struct
{
  char      *text;     /* without its bullet or number */
  guint      line;     /* from 1, where it starts in the posting */
  GPtrArray *matches;  /* FwMapSuggestion (depth FW_DEPTH_NONE), best first; never NULL */
  gboolean   covered;  /* the best match scores at least FW_MAP_COVERED_SCORE */
} FwMapRequirement;

/*
 * Cuts a job posting or any requirements text into requirement lines: each bullet ("-", "*",
 * "•" …) or numbered line ("1.", "2)", "a)") is one; paragraphs are cut into sentences;
 * headings (a short line without a final period, or a line ending in a colon) are left out.
 * FwMapRequirement with no matches yet.
 */
GPtrArray      *fw_map_split_requirements (const char     *text);
/* The requirements of @text, each matched to the top @limit statements. */
GPtrArray      *fw_map_coverage          (FwMapSuggester  *suggester,
                                          const char      *text,
                                          guint            limit);
void            fw_map_requirement_free  (FwMapRequirement *requirement);

G_END_DECLS
