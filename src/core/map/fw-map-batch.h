/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-document.h"
#include "fw-map-suggest.h"
#include "fw-map.h"

G_BEGIN_DECLS

/*
 * What the outcomes view and job-posting coverage ask of a map beyond one mapping at a time:
 * many mappings added as one undoable step, the suggestions an outcome does not map yet, and
 * how deep the curriculum takes a statement.
 */

/* Suggestions scoring more than this are the ones "Accept all above 0.8" takes. */
#define FW_MAP_ACCEPT_ALL_SCORE 0.8

typedef struct _FwMapBatch FwMapBatch;

/* A batch of new mappings for @map; @framework (may be NULL) gives their fingerprints. */
FwMapBatch *fw_map_batch_new      (FwMap       *map,
                                   FwDocument  *framework);
/*
 * Adds @outcome_id (as stored) → @statement_id at @depth to the batch. FALSE (and nothing
 * added) when the map or the batch already has that pair.
 */
gboolean    fw_map_batch_add      (FwMapBatch  *batch,
                                   const char  *outcome_id,
                                   const char  *statement_id,
                                   FwDepth      depth);
guint       fw_map_batch_get_size (FwMapBatch  *batch);
/* Runs the batch on the map's history as one step labelled @label (nothing when empty) and
 * returns how many mappings it added. The batch is empty afterwards. */
guint       fw_map_batch_run      (FwMapBatch  *batch,
                                   const char  *label);
void        fw_map_batch_free     (FwMapBatch  *batch);

/*
 * The first @limit of @suggestions (FwMapSuggestion, best first) whose statement
 * @outcome_id does not map yet, in order. The array does not own them.
 */
GPtrArray  *fw_map_suggestions_unmapped (FwMap       *map,
                                         const char  *outcome_id,
                                         GPtrArray   *suggestions,
                                         guint        limit);

/*
 * The deepest depth at which an outcome of @map maps @statement_id (FW_DEPTH_NONE when none
 * does). @course (optional) receives the code of the first course in sequence that reaches
 * that depth (NULL when none; owned by the map).
 */
FwDepth     fw_map_statement_reach  (FwMap       *map,
                                     const char  *statement_id,
                                     const char **course);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwMapBatch, fw_map_batch_free)

G_END_DECLS
