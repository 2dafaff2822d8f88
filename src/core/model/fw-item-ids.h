/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Ids for items that files used to hold without one (O*NET list entries, apprenticeships,
 * durable-skill domains). A reader derives them from the content, so that reading the same
 * old file twice gives the same ids; the n-th repeat of a seed gets "#n" added to its seed,
 * so the ids of one list never collide. A writer stores ids only where they differ from the
 * derived ones (after an edit of the item's text), which keeps unedited files unchanged.
 */
char     **fw_item_ids_derive       (const char         *prefix,
                                     const char * const *seeds);
/* The derived id of the next item with @seed; @seen (string → count, owning its keys, made
 * with g_str_hash and g_free) counts the seeds so far. */
char      *fw_item_ids_derive_next  (const char         *prefix,
                                     const char         *seed,
                                     GHashTable         *seen);
/* Whether @ids are exactly what fw_item_ids_derive() gives for @seeds. */
gboolean   fw_item_ids_are_derived  (const char         *prefix,
                                     const char * const *seeds,
                                     const char * const *ids);
/* The seed of an apprenticeship: its code and title. */
char      *fw_item_ids_apprenticeship_seed (const char *code,
                                            const char *title);

G_END_DECLS
