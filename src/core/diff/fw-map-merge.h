/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-map.h"

G_BEGIN_DECLS

/*
 * Merges the changes from @base to @theirs into @ours, which becomes the result: program
 * fields and course fields field by field, courses by code, outcomes by id, mappings as a set
 * keyed by (outcome, statement). Additions from both sides are kept, ours first, then theirs
 * in their order. A true conflict (one field changed two ways, an edit against a deletion)
 * keeps ours and is recorded in @ours' conflicts (fw_map_get_conflicts ()) with both values:
 *   item id  "program", a course code, an outcome id, or "OUTCOME -> STATEMENT"
 *   field    "name" … "title", "credits", "term", "text", "depth", "note"; "course",
 *            "outcome" or "mapping" for an edit against a deletion (the deleting side's
 *            value is NULL, the editing side's the title, text or depth)
 *   path     "program.name", "courses[RAD101].title", "courses[RAD101].outcomes", "mappings"
 * Conflicts recorded by earlier merges are kept unless resolved on one side.
 *
 * Returns the number of conflicts this merge recorded.
 */
guint      fw_map_merge         (FwMap *base,
                                 FwMap *ours,
                                 FwMap *theirs);

G_END_DECLS
