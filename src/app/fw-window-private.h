/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-window.h"
#include "fw-ai-page.h"
#include "fw-durable-page.h"
#include "fw-evidence-page.h"
#include "fw-levels-page.h"
#include "fw-onet-page.h"
#include "fw-overview-page.h"
#include "fw-problems-page.h"
#include "fw-sources-page.h"

G_BEGIN_DECLS

/* Internals shared by fw-window.c, fw-window-actions.c and fw-window-files.c. */

/* Validation waits for typing to pause this long. */
#define FW_VALIDATE_DELAY_MSEC 300

struct _FwWindow
{
  AdwApplicationWindow  parent_instance;

  FwDocument      *document;
  FwValidator     *validator;
  GFile           *file;
  char            *etag;
  GFileMonitor    *monitor;
  FwDraft         *draft;
  GSettings       *settings;
  GCancellable    *cancellable;
  GMenu           *recent_menu;

  guint            validate_id;
  guint            autosave_id;
  guint            recent_id;
  guint            busy_count;
  /* A draft write is running; another is due when it ends. */
  gboolean         draft_writing;
  gboolean         draft_pending;
  /* Set when the close confirmation was answered, so close-request lets the window go. */
  gboolean         closing;
  gboolean         exit_armed;
  gboolean         recent_watched;
  /* Validation and other deferrable work wait for the first frame. */
  gboolean         first_frame_drawn;
  /* The validator ran on the current document. */
  gboolean         validated;
  /* Sections whose page shows the current document, one bit per section. */
  guint            bound_pages;

  /* Template children */
  AdwToastOverlay *toast_overlay;
  AdwHeaderBar    *header_bar;
  AdwWindowTitle  *window_title;
  AdwFlap         *flap;
  GtkListBox      *sidebar;
  GtkStack        *stack;
  GtkRevealer     *banner_revealer;
  GtkLabel        *banner_label;
  GtkLabel        *problems_badge;
  AdwSplitButton  *open_button;
};

/* fw-window-actions.c */
void      _fw_window_class_init_actions   (GtkWidgetClass *widget_class);
void      _fw_window_update_actions       (FwWindow       *self);

/* fw-window-files.c */
void      _fw_window_open_dialog          (FwWindow       *self,
                                           gboolean        import);
void      _fw_window_save                 (FwWindow       *self,
                                           gboolean        close_after);
void      _fw_window_save_as              (FwWindow       *self,
                                           gboolean        close_after);
void      _fw_window_export_nsx           (FwWindow       *self);
void      _fw_window_paste_page           (FwWindow       *self);
void      _fw_window_reload               (FwWindow       *self);
void      _fw_window_keep_mine            (FwWindow       *self);
void      _fw_window_watch_file           (FwWindow       *self);
void      _fw_window_rebuild_recent_menu  (FwWindow       *self);
void      _fw_window_add_recent           (FwWindow       *self,
                                           GFile          *file);
gboolean  _fw_window_confirm_close        (FwWindow       *self);
void      _fw_window_schedule_autosave    (FwWindow       *self);
void      _fw_window_discard_draft        (FwWindow       *self);
void      _fw_window_show_error           (FwWindow       *self,
                                           const char     *heading,
                                           const GError   *error);
/* The window to show a new document in: @self when untouched, else a new one. */
FwWindow *_fw_window_target_for_new       (FwWindow       *self);

/* fw-window.c */
void      _fw_window_begin_busy           (FwWindow       *self);
void      _fw_window_end_busy             (FwWindow       *self);
void      _fw_window_update_title         (FwWindow       *self);

G_END_DECLS
