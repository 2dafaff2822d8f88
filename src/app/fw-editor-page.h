/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-document.h"
#include "fw-validator.h"

G_BEGIN_DECLS

#define FW_TYPE_EDITOR_PAGE (fw_editor_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (FwEditorPage, fw_editor_page, FW, EDITOR_PAGE, GtkWidget)

/*
 * One section of the editor window, the base of every page. It holds the properties
 * "document" (FwDocument) and "validator" (FwValidator), set by the window; pages watch the
 * document and change it only through commands on its history.
 */
struct _FwEditorPageClass
{
  GtkWidgetClass parent_class;

  /* After "document" changed, before it is notified; @previous is the document let go of. */
  void     (*document_changed) (FwEditorPage *self,
                                FwDocument   *previous);
  /* After every validation run, and when "validator" changes. */
  void     (*findings_changed) (FwEditorPage *self);
  /* Shows and focuses what @finding is about; FALSE when the page has nothing to show. */
  gboolean (*focus_finding)    (FwEditorPage *self,
                                FwFinding    *finding);

  gpointer padding[8];
};

FwDocument   *fw_editor_page_get_document         (FwEditorPage *self);
void          fw_editor_page_set_document         (FwEditorPage *self,
                                                   FwDocument   *document);
FwValidator  *fw_editor_page_get_validator        (FwEditorPage *self);
void          fw_editor_page_set_validator        (FwEditorPage *self,
                                                   FwValidator  *validator);
/*
 * Handlers connected here follow the document (its own signals) and its history: they are
 * connected to each new document and disconnected from the previous one.
 */
GSignalGroup *fw_editor_page_get_document_signals (FwEditorPage *self);
GSignalGroup *fw_editor_page_get_history_signals  (FwEditorPage *self);
void          fw_editor_page_findings_changed     (FwEditorPage *self);
gboolean      fw_editor_page_focus_finding        (FwEditorPage *self,
                                                   FwFinding    *finding);
/* The validator's findings about @subject_id, or NULL (none, or no validator yet). */
GPtrArray    *fw_editor_page_lookup_findings      (FwEditorPage *self,
                                                   const char   *subject_id);

G_END_DECLS
