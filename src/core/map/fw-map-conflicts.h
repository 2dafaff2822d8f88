/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-map.h"

G_BEGIN_DECLS

/*
 * The merge conflicts a curriculum map records (fw_map_get_conflicts ()), as an author reads
 * them: each one is an error until resolved, naming the item and both values.
 */

/* "merge conflict on mapping RAD101:CLO1 -> st-… (depth): ours “M”, theirs “R”" (newly
 * allocated, translated). A side that deleted the item reads "deleted". */
char       *fw_map_describe_conflict   (FwConflict *conflict);
/* The messages of every conflict of @map, in order (GStrv, never NULL). */
GStrv       fw_map_conflict_messages   (FwMap      *map);

/*
 * The undoable resolution of one of @map's conflicts: keeps ours (@keep_theirs FALSE) or
 * theirs, and removes the conflict. Keeping a value sets it; keeping the deletion of a
 * mapping removes it, keeping a mapping the merge lost adds it back when its outcome is
 * there; an edited course or outcome the other side deleted stays either way (removing it
 * would orphan its mappings: delete it in the map afterwards). NULL when @conflict is not one
 * of @map's conflicts.
 */
FwCommand  *fw_map_resolve_conflict    (FwMap      *map,
                                        FwConflict *conflict,
                                        gboolean    keep_theirs);

G_END_DECLS
