/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-drafts.h"
#include "fw-file-binding.h"
#include "fw-map-conflict-bar.h"
#include "fw-map-outcomes-view.h"
#include "fw-map-report.h"
#include "fw-map-window.h"

G_BEGIN_DECLS

#define FW_MAP_MIME_TYPE "application/x-framewright-map"

struct _FwMapWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkRevealer          *stale_revealer;
  GtkLabel             *stale_label;
  FwMapConflictBar     *conflict_bar;
  FwMapGapsPanel       *gaps_panel;
  FwMapMatrixView          *matrix;
  GtkLabel             *inspector;
  AdwViewStack         *view_stack;
  FwMapOutcomesView    *outcomes_view;

  FwMap                *map;
  FwDocument           *framework;
  GFile                *file;
  FwFileBinding        *binding;
  GFile                *framework_file;
  GFileMonitor         *framework_monitor;
  char                 *framework_error;
  FwMapReport          *report;
  gboolean              closing;

  /* Says that an export was written (fw-map-window-export.c) */
  AdwToastOverlay      *toast_overlay;

  /* Autosave (fw-map-window-drafts.c), timed as the framework windows' */
  GSettings            *settings;
  GCancellable         *cancellable;
  FwDraft              *draft;
  guint                 autosave_id;
  gboolean              draft_writing;
  gboolean              draft_pending;
};

/* fw-map-window.c */
void _fw_map_window_refresh             (FwMapWindow    *self);
/* Shows @map, bound to @file (NULL for a map not saved yet), against the framework read from
 * @framework_file (followed as it changes on disk). */
void _fw_map_window_show_map            (FwMapWindow    *self,
                                         FwMap          *map,
                                         GFile          *file,
                                         FwFileBinding  *binding,
                                         GFile          *framework_file);

/* fw-map-window-export.c: the Export submenu (win.export('csv'|'xlsx'|'xhtml'|'pdf')). */
void _fw_map_window_class_init_export   (GtkWidgetClass *widget_class);
/* Puts the window's content in a toast overlay. */
void _fw_map_window_init_export         (FwMapWindow    *self);
/* Enables the exports when the map and its framework are there. */
void _fw_map_window_update_export_actions (FwMapWindow  *self);

/* fw-map-window-drafts.c */
void _fw_map_window_init_drafts         (FwMapWindow    *self);
void _fw_map_window_dispose_drafts      (FwMapWindow    *self);
/* Writes a draft a moment after the last change (the framework windows' autosave delay). */
void _fw_map_window_schedule_autosave   (FwMapWindow    *self);
/* Drops the draft: the map was saved, or its changes discarded. */
void _fw_map_window_discard_draft       (FwMapWindow    *self);

/* fw-map-window-actions.c */
void _fw_map_window_class_init_actions  (GtkWidgetClass *widget_class);
void _fw_map_window_add_recent          (GFile          *file);
void _fw_map_window_show_error          (FwMapWindow    *self,
                                         const char     *heading,
                                         GError         *error);
/* fw-map-window-views.c: the outcomes view and job-posting coverage */
void _fw_map_window_class_init_views    (GtkWidgetClass *widget_class);
/* A gaps panel entry was activated: TRUE when the outcomes view showed it. */
gboolean _fw_map_window_views_show_entry (FwMapWindow    *self,
                                          const char     *list,
                                          const char     *id);
/* Points the map's framework path at the framework as seen from @map_file's folder. */
void _fw_map_window_rebase_framework    (FwMapWindow    *self,
                                         GFile          *map_file);

G_END_DECLS
