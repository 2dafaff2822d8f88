/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FW_TYPE_CONFLICT (fw_conflict_get_type ())
G_DECLARE_FINAL_TYPE (FwConflict, fw_conflict, FW, CONFLICT, GObject)

/*
 * A merge conflict recorded in a document: one item that two authors changed two ways. The
 * document keeps "ours" in place and records both values here until an author resolves it.
 * Properties (all construct-only strings):
 *   "item-id" the statement or correction id, or a stable item key such as
 *             "framework.version", "sources.SOURCE-ID.title", "evidence.safi-score"
 *   "field"   what changed: "headline", "body", "note", "statement" or "correction" (an edit
 *             against a deletion), or the item's own field name
 *   "path"    where the item lives, e.g. "levels.developing[3]" (may be "")
 *   "ours", "theirs"  the two values; NULL when that side deleted the item
 */
FwConflict *fw_conflict_new          (const char *item_id,
                                      const char *field,
                                      const char *path,
                                      const char *ours,
                                      const char *theirs);
const char *fw_conflict_get_item_id  (FwConflict *self);
const char *fw_conflict_get_field    (FwConflict *self);
const char *fw_conflict_get_path     (FwConflict *self);
const char *fw_conflict_get_ours     (FwConflict *self);
const char *fw_conflict_get_theirs   (FwConflict *self);
/* Whether both conflicts record the same item, field and values. */
gboolean    fw_conflict_equal        (FwConflict *a,
                                      FwConflict *b);

G_END_DECLS
