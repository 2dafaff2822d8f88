/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fw-document.h"
#include "fw-map.h"

G_BEGIN_DECLS

#define FW_TYPE_MAP_COVERAGE_WINDOW (fw_map_coverage_window_get_type ())
G_DECLARE_FINAL_TYPE (FwMapCoverageWindow, fw_map_coverage_window, FW, MAP_COVERAGE_WINDOW,
                      AdwWindow)

/*
 * Job-posting coverage: the user pastes a posting (or opens a .txt file); each requirement
 * line is listed with its best-matching statements, as `framewright-cli map coverage` ranks
 * them, the uncovered ones marked; with a map, each also says whether the curriculum takes
 * its statements to M (mastered). Actions: win.open (a text file), win.check.
 */
FwMapCoverageWindow *fw_map_coverage_window_new       (GtkWindow           *parent,
                                                       FwDocument          *framework,
                                                       FwMap               *map);
/* Puts @text in the posting field and checks it at once. */
void        fw_map_coverage_window_set_text           (FwMapCoverageWindow *self,
                                                       const char          *text);
/* Reads @file (UTF-8 text) into the posting field and checks it. */
gboolean    fw_map_coverage_window_load_file          (FwMapCoverageWindow *self,
                                                       GFile               *file,
                                                       GError             **error);
/* Checks the posting field now. */
void        fw_map_coverage_window_check              (FwMapCoverageWindow *self);
/* The requirements listed (FwMapRequirement, in the posting's order); owned by the window. */
GPtrArray  *fw_map_coverage_window_get_requirements   (FwMapCoverageWindow *self);
/* Whether the curriculum masters the requirement at @index (FALSE without a map). */
gboolean    fw_map_coverage_window_get_mastered       (FwMapCoverageWindow *self,
                                                       guint                index);
/* The summary line above the list, as the user reads it. */
const char *fw_map_coverage_window_get_summary        (FwMapCoverageWindow *self);
/* The list of requirement rows (a GtkListBox). */
GtkListBox *fw_map_coverage_window_get_list           (FwMapCoverageWindow *self);
/* Lists only the uncovered requirements. */
void        fw_map_coverage_window_set_uncovered_only (FwMapCoverageWindow *self,
                                                       gboolean             uncovered_only);

G_END_DECLS
