/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fw-document.h"
#include "fw-drafts.h"
#include "fw-map-gaps-panel.h"
#include "fw-map-matrix-view.h"
#include "fw-map.h"

G_BEGIN_DECLS

#define FW_TYPE_MAP_WINDOW (fw_map_window_get_type ())
G_DECLARE_FINAL_TYPE (FwMapWindow, fw_map_window, FW, MAP_WINDOW, AdwApplicationWindow)

/*
 * The window of one curriculum map: the courses × statements matrix, the gaps panel and the
 * map's framework, read-only beside it (followed when it changes on disk). Actions: win.save,
 * win.save-as, win.undo, win.redo, win.open, win.export-csv, win.export-xlsx (the matrix),
 * win.export-xhtml, win.export-pdf (the report). Unsaved changes are autosaved as a draft.
 */
FwMapWindow    *fw_map_window_new            (GtkApplication *application);
/* Reads @file and its framework; FALSE (and the error shown in the window) when it fails. */
gboolean        fw_map_window_open_file      (FwMapWindow    *self,
                                              GFile          *file,
                                              GError        **error);
/* Shows a map not yet saved (a new one) against @framework, read from @framework_file. */
void            fw_map_window_set_new_map    (FwMapWindow    *self,
                                              FwMap          *map,
                                              FwDocument     *framework,
                                              GFile          *framework_file);
/* Saves to the window's file (a new map asks where). */
gboolean        fw_map_window_save_to        (FwMapWindow    *self,
                                              GFile          *file,
                                              GError        **error);
GFile          *fw_map_window_get_file       (FwMapWindow    *self);
FwMap          *fw_map_window_get_map        (FwMapWindow    *self);
FwDocument     *fw_map_window_get_framework  (FwMapWindow    *self);
FwMapMatrixView    *fw_map_window_get_matrix     (FwMapWindow    *self);
FwMapGapsPanel *fw_map_window_get_gaps_panel (FwMapWindow    *self);
/* The text the window shows about statements the framework changed ("" when none). */
const char     *fw_map_window_get_stale_text (FwMapWindow    *self);
const char     *fw_map_window_get_inspector_text (FwMapWindow *self);

/* Drafts (fw-map-window-drafts.c). Writes the unsaved map to its draft now. */
void            fw_map_window_autosave_now   (FwMapWindow    *self);
/* The draft that holds the unsaved map, or NULL. */
FwDraft        *fw_map_window_get_draft      (FwMapWindow    *self);
/*
 * Shows the orphan map draft @info as unsaved changes to its original file (or as a new map)
 * and takes the draft over. FALSE when the draft cannot be read.
 */
gboolean        fw_map_window_restore_draft  (FwMapWindow       *self,
                                              const FwDraftInfo *info,
                                              GError           **error);
/* Whether the window shows no map, or one without unsaved changes. */
gboolean        fw_map_window_is_clean       (FwMapWindow    *self);

G_END_DECLS
