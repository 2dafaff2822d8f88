/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FW_TYPE_LIBRARY_WINDOW (fw_library_window_get_type ())
G_DECLARE_FINAL_TYPE (FwLibraryWindow, fw_library_window, FW, LIBRARY_WINDOW,
                      AdwApplicationWindow)

/*
 * The library window: every framework under one folder as a sortable, filterable list, and a
 * search over all of them (the CLI's query syntax) with results grouped by framework.
 * The folder is indexed on a thread, with progress, and followed while the window is open.
 * Activating a result opens its framework at the statement.
 * Actions: win.choose-folder, win.focus-search (also as win.find, for Ctrl+F), win.reindex.
 * Property "indexing" (boolean, read-only): the index is being brought up to date.
 */
FwLibraryWindow *fw_library_window_new             (GtkApplication  *application);
/* Shows the library of @folder (NULL: none, the window asks for one). */
void             fw_library_window_set_folder      (FwLibraryWindow *self,
                                                    GFile           *folder);
GFile           *fw_library_window_get_folder      (FwLibraryWindow *self);
gboolean         fw_library_window_get_indexing    (FwLibraryWindow *self);
/*
 * What the window shows: "no-library", "empty-folder", "frameworks", "results" or
 * "no-results".
 */
const char      *fw_library_window_get_view        (FwLibraryWindow *self);
/* The frameworks as listed (FwLibraryItem), filtered and sorted as the list shows them. */
GListModel      *fw_library_window_get_frameworks  (FwLibraryWindow *self);
GtkColumnView   *fw_library_window_get_column_view (FwLibraryWindow *self);
/*
 * The search results as listed (FwLibraryHit): header rows and results, and a last row that
 * shows more when there may be more.
 */
GListModel      *fw_library_window_get_results     (FwLibraryWindow *self);
GtkEditable     *fw_library_window_get_search_entry (FwLibraryWindow *self);
GtkEditable     *fw_library_window_get_filter_entry (FwLibraryWindow *self);
/* "Indexing 312 of 1016…", or "" when not indexing. */
const char      *fw_library_window_get_progress_text (FwLibraryWindow *self);
/*
 * Opens the framework of the result at @position at its statement, as activating it does
 * (a header row opens its framework; the last row shows more results).
 */
void             fw_library_window_activate_result (FwLibraryWindow *self,
                                                    guint            position);

G_END_DECLS
