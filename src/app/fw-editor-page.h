/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-document.h"
#include "fw-validator.h"

G_BEGIN_DECLS

#define FW_TYPE_EDITOR_PAGE (fw_editor_page_get_type ())
G_DECLARE_INTERFACE (FwEditorPage, fw_editor_page, FW, EDITOR_PAGE, GtkWidget)

/*
 * One section of the editor window. Every page has the properties "document" (FwDocument)
 * and "validator" (FwValidator), set by the window; pages watch the document and change it
 * only through commands on its history.
 */
struct _FwEditorPageInterface
{
  GTypeInterface parent_iface;

  /* Called after every validation run. */
  void     (*findings_changed) (FwEditorPage *self);
  /* Shows and focuses what @finding is about; FALSE when the page has nothing to show. */
  gboolean (*focus_finding)    (FwEditorPage *self,
                                FwFinding    *finding);
};

FwDocument  *fw_editor_page_get_document      (FwEditorPage *self);
FwValidator *fw_editor_page_get_validator     (FwEditorPage *self);
void         fw_editor_page_findings_changed  (FwEditorPage *self);
gboolean     fw_editor_page_focus_finding     (FwEditorPage *self,
                                               FwFinding    *finding);

G_END_DECLS
