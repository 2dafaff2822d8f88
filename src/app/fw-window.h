/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fw-document.h"
#include "fw-drafts.h"
#include "fw-validator.h"

G_BEGIN_DECLS

#define FW_TYPE_WINDOW (fw_window_get_type ())
G_DECLARE_FINAL_TYPE (FwWindow, fw_window, FW, WINDOW, AdwApplicationWindow)

/*
 * One framework document in a window: a sidebar of sections, the section pages, live
 * validation, autosave drafts and safe saving.
 * Properties: "document" (FwDocument, read-only), "file" (GFile, nullable, read-only),
 * "busy" (boolean: loading or saving).
 * Signals, for the application to answer (FwApplication does for every window it has):
 * "open-file" (GFile *file): open @file, chosen in the Open dialog or the recent menu, or
 * dropped on the window; "open-document" (FwDocument *document) → FwWindow *: show
 * @document, not saved anywhere, in a new window, and return that window.
 */
FwWindow    *fw_window_new               (GtkApplication *application);
FwDocument  *fw_window_get_document      (FwWindow       *self);
/* Where the document is saved, or NULL (new document or import). */
GFile       *fw_window_get_file          (FwWindow       *self);
FwValidator *fw_window_get_validator     (FwWindow       *self);
gboolean     fw_window_get_busy          (FwWindow       *self);
/* An empty, unchanged, unnamed document: opening a file may reuse the window. */
gboolean     fw_window_is_untouched      (FwWindow       *self);
/*
 * Shows @document. @file is where it is saved (NULL: nowhere yet), @etag the file's etag
 * when read (to notice changes by other programs). Drafts of the previous document go.
 */
void         fw_window_set_document      (FwWindow       *self,
                                          FwDocument     *document,
                                          GFile          *file,
                                          const char     *etag);
/*
 * Reads @file in a worker thread and shows it: .fwk files stay bound to their file,
 * imports (NSX JSON, pages) open as unsaved documents. Errors are shown in a dialog.
 */
void         fw_window_open_file         (FwWindow       *self,
                                          GFile          *file);
/*
 * Saves the document as .fwk to @file (NULL: its own file). Serialises on the calling
 * thread and writes atomically in a worker (through its FwFileBinding). Unless @force,
 * refuses with FW_ERROR_CONFLICT when the file changed on disk since it was read or saved,
 * or, for another @file, when one exists there.
 * On success the history is marked clean (when nothing changed meanwhile) and the draft
 * deleted; on failure the document stays unsaved and the file untouched.
 */
void         fw_window_save_async        (FwWindow            *self,
                                          GFile               *file,
                                          gboolean             force,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean     fw_window_save_finish       (FwWindow            *self,
                                          GAsyncResult        *result,
                                          GError             **error);
/* Opens the draft described by @info as an unsaved document bound to its original file. */
void         fw_window_restore_draft     (FwWindow            *self,
                                          const FwDraftInfo   *info);
/* The draft this window autosaves to, or NULL when none was written yet. */
FwDraft     *fw_window_get_draft         (FwWindow            *self);
/* Writes the draft now instead of after the idle delay. */
void         fw_window_autosave_now      (FwWindow            *self);
/* Runs the validator now (it otherwise runs shortly after changes). */
void         fw_window_validate_now      (FwWindow            *self);
/* Section names: "overview", "levels", "ai-fluency", "durable-skills", "evidence", "onet",
 * "sources", "problems". */
void         fw_window_show_section      (FwWindow            *self,
                                          const char          *section);
const char  *fw_window_get_section       (FwWindow            *self);
/* The page of @section, showing the document (pages are otherwise filled when first shown). */
GtkWidget   *fw_window_get_page          (FwWindow            *self,
                                          const char          *section);
/* Goes to what @finding is about and focuses the field at fault. */
gboolean     fw_window_focus_finding     (FwWindow            *self,
                                          FwFinding           *finding);
void         fw_window_add_toast         (FwWindow            *self,
                                          const char          *title);

G_END_DECLS
