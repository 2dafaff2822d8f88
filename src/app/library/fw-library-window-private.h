/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-library-window.h"
#include "fw-library.h"

G_BEGIN_DECLS

/*
 * The parts of FwLibraryWindow, called from the top down:
 *
 *   fw-library-window.c          the class: views, the frameworks list, actions
 *   fw-library-window-search.c   the search and its results; opening a result
 *   fw-library-window-index.c    indexing on a thread, progress, following the folder
 */

/*
 * The results a keystroke lists: a few screens, few enough for the query, the model and the
 * list view's rows to take well under a frame. "Show More Results" adds as many again.
 */
#define FW_LIBRARY_WINDOW_RESULTS_STEP 20

typedef struct _FwLibraryIndexJob FwLibraryIndexJob;

struct _FwLibraryWindow
{
  AdwApplicationWindow  parent_instance;

  GFile             *folder;
  /* The index as this (the main) thread reads it; NULL until the first indexing ends. */
  FwLibrary         *library;
  GSettings         *settings;

  /* Indexing: the job under way, whether another is due when it ends. */
  FwLibraryIndexJob *job;
  GCancellable      *cancellable;
  gboolean           reindex_pending;
  guint              progress_id;
  char              *progress_text;
  GPtrArray         *sub_monitors;
  guint              changed_id;

  GListStore        *items;
  GtkFilterListModel *filtered;
  GtkSortListModel  *sorted;
  GtkCustomFilter   *filter;
  char              *filter_text;   /* casefolded, NULL for none */
  GListStore        *hits;
  guint              limit;         /* results asked of the index */
  guint              n_failures;

  /* Template children */
  AdwWindowTitle    *window_title;
  GtkStack          *stack;        /* no library or the library */
  GtkStack          *view_stack;   /* what the library shows */
  GtkRevealer       *progress_revealer;
  GtkProgressBar    *progress_bar;
  GtkLabel          *progress_label;
  GtkSearchEntry    *search_entry;
  GtkSearchEntry    *filter_entry;
  GtkLabel          *summary_label;
  GtkColumnView     *column_view;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *soc_column;
  GtkColumnViewColumn *version_column;
  GtkColumnViewColumn *zone_column;
  GtkColumnViewColumn *errors_column;
  GtkColumnViewColumn *warnings_column;
  GtkListView       *results_view;
  GtkLabel          *results_label;
  AdwStatusPage     *empty_page;
  AdwStatusPage     *no_results_page;
};

/* fw-library-window.c */
/* Shows the view that fits the folder, the list and the search. */
void      _fw_library_window_update_view   (FwLibraryWindow *self);
/* Reads the frameworks and failures from the index into the list. */
void      _fw_library_window_reload_list   (FwLibraryWindow *self);

/* fw-library-window-search.c */
void      _fw_library_window_init_results  (FwLibraryWindow *self);
/* Runs the search entry's query again (after a change of the index). */
void      _fw_library_window_run_search    (FwLibraryWindow *self);
void      _fw_library_window_open_path     (FwLibraryWindow *self,
                                            const char      *path,
                                            const char      *section,
                                            const char      *statement_id);

/* fw-library-window-index.c */
/* Brings the index up to date on a thread (again after the running job, if one runs). */
void      _fw_library_window_start_index   (FwLibraryWindow *self,
                                            gboolean         rebuild);
/* Follows @self->folder and its subfolders (stops following with NULL). */
void      _fw_library_window_watch         (FwLibraryWindow *self);
/* Stops the job (its result is dropped) and the following. */
void      _fw_library_window_stop          (FwLibraryWindow *self);

G_END_DECLS
