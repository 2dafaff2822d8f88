/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-window.h"
#include "fw-file-binding.h"
#include "fw-publish.h"
#include "fw-ai-page.h"
#include "fw-durable-page.h"
#include "fw-evidence-page.h"
#include "fw-find-bar.h"
#include "fw-levels-page.h"
#include "fw-onet-page.h"
#include "fw-overview-page.h"
#include "fw-corrections-page.h"
#include "fw-problems-page.h"
#include "fw-sources-page.h"

G_BEGIN_DECLS

/*
 * Internals shared by the parts of FwWindow. Calls go one way, from the top down:
 *
 *   fw-window.c          the class: sections, pages, validation, the document
 *   fw-window-actions.c  the win.* actions and the close confirmation
 *   fw-window-export.c   exports (NSX, XLSX, XHTML, PDF) and pasting a framework page
 *   fw-window-print.c    printing through the publishing library's page layout
 *   fw-window-files.c    opening, saving, Save As, changes on disk, recent files
 *   fw-window-drafts.c   autosave drafts
 *   fw-window-compare.c  Compare With: the changes list, marks and read-only mode
 *   fw-window-conflicts.c the merge-conflict banner: Keep Mine / Keep Theirs
 *   fw-window-find.c     Find and Replace: the find bar's actions, showing its matches
 *   fw-window-common.c   dialogs, toasts, busy state, title and action states, settings
 *
 * A part never calls a part above it. What the parts need of fw-window.c they reach through
 * FwWindowParentOps, which fw-window.c fills in; what they need of the application they ask
 * for with the window's signals ("open-file", "open-document").
 */

/* Validation waits for typing to pause this long. */
#define FW_VALIDATE_DELAY_MSEC 300

struct _FwWindow
{
  AdwApplicationWindow  parent_instance;

  FwDocument      *document;
  FwValidator     *validator;
  /* The file the document is saved to and its fingerprint; NULL until it has one. */
  FwFileBinding   *binding;
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
  GtkStack        *banner_stack;
  GtkLabel        *banner_label;
  GtkLabel        *conflict_label;
  FwFindBar       *find_bar;
  /* The conflicts list of the document the banner watches. */
  GListStore      *conflicts;
  /* Compare With: the other version and the changes from it; NULL when not comparing. */
  FwDocument      *compare_document;
  GPtrArray       *compare_changes;
  GCancellable    *compare_cancellable;   /* the git read under way, if any */
  GtkBox          *compare_box;
  GtkLabel        *compare_label;
  GtkStack        *sidebar_stack;
  GtkListBox      *changes_list;
  GtkLabel        *problems_badge;
  GtkLabel        *corrections_badge;
  AdwSplitButton  *open_button;
};

/* What the parts below fw-window.c ask of it (see _fw_window_set_parent_ops()). */
typedef struct
{
  /* fw_window_set_document() with the file already bound (NULL: not saved anywhere). */
  void (*set_document) (FwWindow      *self,
                        FwDocument    *document,
                        FwFileBinding *binding);
  void (*validate_now) (FwWindow      *self);
  /* fw_window_show_section() and fw_window_get_page(). */
  void          (*show_section) (FwWindow   *self,
                                 const char *section);
  GtkWidget    *(*get_page)     (FwWindow   *self,
                                 const char *section);
} FwWindowParentOps;

/* The file the document is saved to, or NULL. */
static inline GFile *
_fw_window_file (FwWindow *self)
{
  return self->binding != NULL ? fw_file_binding_get_file (self->binding) : NULL;
}

/* fw-window-actions.c */
void      _fw_window_class_init_actions   (GtkWidgetClass *widget_class);
gboolean  _fw_window_confirm_close        (FwWindow       *self);

/* fw-window-export.c */
typedef enum
{
  FW_EXPORT_NSX,
  FW_EXPORT_XLSX,
  FW_EXPORT_XHTML,
  FW_EXPORT_PDF,
  FW_EXPORT_CASE,
  FW_EXPORT_CSV,
  FW_EXPORT_CANVAS_CSV,
  FW_EXPORT_MOODLE_CSV,
} FwExportKind;

/* Asks for a file (after the validation gate) and exports the framework to it. */
void      _fw_window_export               (FwWindow       *self,
                                           FwExportKind    kind);
void      _fw_window_paste_page           (FwWindow       *self);
/* Lists, in a dialog, what the last export left out (@losses: one part a line). */
void      _fw_window_show_export_losses   (FwWindow       *self,
                                           const char     *losses);

/* fw-window-print.c */
/*
 * Prints the framework with the publishing library's page layout: through the print dialog
 * (its preview goes to the system previewer), or, with @export_path, straight to that PDF
 * file (GTK_PRINT_OPERATION_ACTION_EXPORT). FALSE with @error when printing failed.
 */
gboolean  _fw_window_print                (FwWindow       *self,
                                           const char     *export_path,
                                           GError        **error);
/* The locale's paper: FW_PAPER_LETTER where Letter is the default, else FW_PAPER_A4. */
FwPaper   _fw_window_default_paper        (void);

/* fw-window-files.c */
void      _fw_window_open_dialog          (FwWindow       *self,
                                           gboolean        import);
void      _fw_window_save                 (FwWindow       *self,
                                           gboolean        close_after);
void      _fw_window_save_as              (FwWindow       *self,
                                           gboolean        close_after);
/*
 * Runs @then once writing @file can replace nothing unasked: at once when @file does not
 * exist or is the window's own file (@replace FALSE: the save is still checked), else after
 * the author answered "Replace" to a question naming it (@replace TRUE: the save may replace
 * the file). Nothing runs when the author cancels. @data is freed with @destroy.
 */
typedef void (*FwReplaceConfirmed) (FwWindow *self,
                                    GFile    *file,
                                    gboolean  replace,
                                    gpointer  data);
void      _fw_window_confirm_replace      (FwWindow           *self,
                                           GFile              *file,
                                           FwReplaceConfirmed  then,
                                           gpointer            data,
                                           GDestroyNotify      destroy);
/* A chooser for a file to write, in the folder of the window's file. */
GtkFileChooserNative *_fw_window_save_chooser_new (FwWindow   *self,
                                                   const char *title,
                                                   const char *accept,
                                                   const char *name);
/* A file name from the occupation title and @extension: "radiologic-technologists.fwk". */
char     *_fw_window_suggested_name       (FwWindow       *self,
                                           const char     *extension);
/* @file, with @extension appended unless its name already ends so. */
GFile    *_fw_window_with_extension       (GFile          *file,
                                           const char     *extension);
void      _fw_window_reload               (FwWindow       *self);
void      _fw_window_keep_mine            (FwWindow       *self);
void      _fw_window_watch_file           (FwWindow       *self);

/* fw-window-review.c: Check Against O*NET Release, Update O*NET Data */
void      _fw_window_class_init_review    (GtkWidgetClass *widget_class);

/* fw-window-compare.c */
void      _fw_window_class_init_compare   (GtkWidgetClass *widget_class);
void      _fw_window_init_compare         (FwWindow       *self);
gboolean  _fw_window_is_comparing         (FwWindow       *self);
/* Shows the changes from @other (named @name in the header) and makes the document read-only. */
void      _fw_window_enter_compare        (FwWindow       *self,
                                           FwDocument     *other,
                                           const char     *name);
/* Leaves compare mode: the marks go and editing comes back. */
void      _fw_window_leave_compare        (FwWindow       *self);
/*
 * Compares with the window's file at @commit_id of its git repository. The read runs in a
 * thread; compare mode starts (or an error shows) when it is done.
 */
void      _fw_window_compare_commit       (FwWindow       *self,
                                           const char     *commit_id,
                                           const char     *summary);
/* Selects and shows the next (@direction 1) or previous (-1) change, round the ends. */
void      _fw_window_step_change          (FwWindow       *self,
                                           int             direction);
void      _fw_window_on_change_selected   (FwWindow       *self,
                                           GtkListBoxRow  *row);

/* fw-window-conflicts.c */
void      _fw_window_class_init_conflicts (GtkWidgetClass *widget_class);
/* Watches the document's merge conflicts and shows the first in the banner. */
void      _fw_window_watch_conflicts      (FwWindow       *self);
/* Shows the banner for the first conflict, or hides a conflict banner when there is none. */
void      _fw_window_update_conflict_banner (FwWindow     *self);

/* fw-window-find.c */
void      _fw_window_class_init_find      (GtkWidgetClass *widget_class);
void      _fw_window_init_find            (FwWindow       *self);

/* fw-window-drafts.c */
void      _fw_window_schedule_autosave    (FwWindow       *self);
void      _fw_window_discard_draft        (FwWindow       *self);
/* Keeps saving into the restored draft @id. */
void      _fw_window_adopt_draft          (FwWindow       *self,
                                           const char     *id);

/* fw-window-common.c */
/* The application's settings; NULL when its schema is not installed (an uninstalled run). */
GSettings *_fw_window_settings_new_if_installed (void);
/* The validation profile chosen in the settings; NULL for the default one. */
FwProfile *_fw_window_load_profile         (FwWindow       *self);
void      _fw_window_set_parent_ops       (const FwWindowParentOps *ops);
void      _fw_window_show_document        (FwWindow       *self,
                                           FwDocument     *document,
                                           FwFileBinding  *binding);
void      _fw_window_validate             (FwWindow       *self);
void      _fw_window_show_section         (FwWindow       *self,
                                           const char     *section);
/* The page of @section, built when first asked for. */
GtkWidget *_fw_window_page                (FwWindow       *self,
                                           const char     *section);
/* Asks the application to open @file ("open-file"). */
void      _fw_window_request_open_file    (FwWindow       *self,
                                           GFile          *file);
/*
 * Shows @document, not saved anywhere: in @self when untouched, else in the window the
 * application opens for it ("open-document"). Returns that window, or NULL.
 */
FwWindow *_fw_window_show_new_document    (FwWindow       *self,
                                           FwDocument     *document);
AdwMessageDialog *_fw_window_message_dialog_new (FwWindow   *self,
                                                 const char *heading,
                                                 const char *body);
void      _fw_window_show_error           (FwWindow       *self,
                                           const char     *heading,
                                           const GError   *error);
char     *_fw_window_display_name         (GFile          *file);
void      _fw_window_begin_busy           (FwWindow       *self);
/* With FW_EXIT_AFTER_FIRST_FRAME=1 (test_hooks builds), quits after the first full frame. */
void      _fw_window_maybe_exit_after_first_frame (FwWindow *self);
void      _fw_window_end_busy             (FwWindow       *self);
void      _fw_window_update_title         (FwWindow       *self);
void      _fw_window_update_actions       (FwWindow       *self);
/* Puts @file on the desktop's list of recent files, under Framewright. */
void      _fw_window_add_recent           (GFile          *file);
/* Fills the Open button's menu with Framewright's recent files (and keeps it filled). */
void      _fw_window_rebuild_recent_menu  (FwWindow       *self);

G_END_DECLS
