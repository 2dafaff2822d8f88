/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-document.h"

G_BEGIN_DECLS

/*
 * Three-way merge of frameworks, as git's merge driver for .fwk files.
 *
 * Merges the changes from @base to @theirs into @ours, which becomes the result. Changes to
 * different statements or items, to different fields of one statement, additions (both
 * kept, ours first, at the place they were added), deletions of untouched statements, moves
 * and reorders against edits all merge cleanly; citation, anchor and O*NET lists merge as
 * sets. A true conflict (one field changed two ways, an edit against a deletion) keeps ours —
 * except that an edited statement the other side deleted stays, so nothing is lost — and is
 * recorded in the document's conflicts with both values.
 *
 * Reviewers' corrections merge by id the same way (both sides' additions kept, in id order;
 * their fields one by one, "updated" taking the later time, evidence as a set; reply threads
 * joined, ordered by time then author); a correction edited on one side and removed on the
 * other stays, with a conflict on its field "correction".
 *
 * Returns the number of conflicts this merge recorded.
 */
guint       fw_merge_documents          (FwDocument *base,
                                         FwDocument *ours,
                                         FwDocument *theirs);

/*
 * The undoable resolution of a recorded conflict: keeps ours (@keep_theirs FALSE) or
 * theirs, and removes the conflict from the document. NULL when @conflict is not one of
 * @document's conflicts.
 */
FwCommand  *fw_conflict_resolve_command (FwDocument *document,
                                         FwConflict *conflict,
                                         gboolean    keep_theirs);

G_END_DECLS
