/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-map.h"

G_BEGIN_DECLS

/*
 * A conflict of a curriculum-map merge. The .fwmap format has no place to record one, so
 * the merge keeps ours and returns the conflicts for the caller to report.
 */
typedef struct
{
  char *path;     /* "program.name", "courses[RAD101].title", "outcomes", "mappings" */
  char *id;       /* course code, outcome id, or "OUTCOME -> STATEMENT" */
  char *field;    /* "depth", "text", "title", … or "deleted" for an edit against a deletion */
  char *ours;
  char *theirs;
} FwMapConflict;

void       fw_map_conflict_free (FwMapConflict *conflict);

/*
 * Merges the changes from @base to @theirs into @ours: program fields and course fields
 * field by field, courses by code, outcomes by id, mappings as a set keyed by (outcome,
 * statement). Additions from both sides are kept, ours first, then theirs in their order.
 * A true conflict (one field changed two ways, an edit against a deletion) keeps ours.
 *
 * Returns the conflicts (FwMapConflict), empty after a clean merge.
 */
GPtrArray *fw_map_merge         (FwMap *base,
                                 FwMap *ours,
                                 FwMap *theirs);

G_END_DECLS
