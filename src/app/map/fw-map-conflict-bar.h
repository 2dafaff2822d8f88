/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fw-map.h"

G_BEGIN_DECLS

#define FW_TYPE_MAP_CONFLICT_BAR (fw_map_conflict_bar_get_type ())
G_DECLARE_FINAL_TYPE (FwMapConflictBar, fw_map_conflict_bar, FW, MAP_CONFLICT_BAR, GtkWidget)

/*
 * The merge-conflict bar of the map window: a map that a merge left with conflicts shows the
 * first of them, naming its course, outcome or mapping and both values, with "Keep Mine" and
 * "Keep Theirs" (one undoable step each). The next one shows until none is left; undo brings a
 * resolved one back. Hidden when the map has no conflicts.
 */
GtkWidget  *fw_map_conflict_bar_new      (void);
/* Watches @map's conflicts (NULL: none). */
void        fw_map_conflict_bar_set_map  (FwMapConflictBar *self,
                                          FwMap            *map);
/* The text shown, as the user reads it ("" when hidden). */
const char *fw_map_conflict_bar_get_text (FwMapConflictBar *self);
/* Resolves the conflict shown, as the buttons do. */
void        fw_map_conflict_bar_resolve  (FwMapConflictBar *self,
                                          gboolean          keep_theirs);

G_END_DECLS
