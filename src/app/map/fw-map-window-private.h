/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

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
};

/* fw-map-window.c */
void _fw_map_window_refresh             (FwMapWindow    *self);

/* fw-map-window-actions.c */
void _fw_map_window_class_init_actions  (GtkWidgetClass *widget_class);
void _fw_map_window_add_recent          (GFile          *file);
/* Writes the matrix CSV (as `map report --format csv` does) atomically to @file. */
gboolean _fw_map_window_export_matrix   (FwMapWindow    *self,
                                         GFile          *file,
                                         GError        **error);
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
