/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fw-document.h"

G_BEGIN_DECLS

#define FW_TYPE_BOUND_ENTRY (fw_bound_entry_get_type ())
G_DECLARE_FINAL_TYPE (FwBoundEntry, fw_bound_entry, FW, BOUND_ENTRY, AdwEntryRow)

/*
 * An entry row that edits a string property ("target-property") of an object: it shows the
 * property's value, follows its changes, and runs each edit as a mergeable command in the
 * document's history, so it can be undone; leaving the entry ends the merge. When
 * "nullable" is set, an emptied entry makes the property NULL. Its accessible label is its
 * title.
 */
GtkWidget  *fw_bound_entry_new                 (void);
void        fw_bound_entry_set_target          (FwBoundEntry *self,
                                                FwDocument   *document,
                                                GObject      *target);
GObject    *fw_bound_entry_get_target          (FwBoundEntry *self);
const char *fw_bound_entry_get_target_property (FwBoundEntry *self);

G_END_DECLS
