/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-document.h"
#include "fw-map.h"

G_BEGIN_DECLS

/*
 * Not built yet: the seam for suggestions and job-posting coverage. Both rank text with the
 * shared engine of src/core/text/ (tokens, libstemmer stems, stop words, lexicons, BM25) and
 * must not match words here. This header fixes what the map side needs from it, so that the
 * CLI verbs `map suggest` and `map coverage` and the map editor can be written against it.
 *
 * What the engine must give the map:
 *   - an index built once over a framework's mappable statements (every statement
 *     fw_document_foreach_statement() visits), reading headline, body, the anchored O*NET
 *     task texts and the citations, in the framework's content language;
 *   - a query by free text returning statement ids with an absolute score in [0, 1] that
 *     means the same for every query, and the words that matched;
 *   - the depth a verb suggests (the level-verbs lexicon), to be weighed with the course's
 *     position in the sequence (fw_map_course_position()).
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
/* The top @limit suggestions for @outcome_id, best first (FwMapSuggestion, owned). */
GPtrArray      *fw_map_suggest           (FwMapSuggester  *suggester,
                                          FwMap           *map,
                                          const char      *outcome_id,
                                          guint            limit);
void            fw_map_suggester_free    (FwMapSuggester  *suggester);
void            fw_map_suggestion_free   (FwMapSuggestion *suggestion);

G_END_DECLS
