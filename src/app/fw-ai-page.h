/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-editor-page.h"
#include "fw-statement-list.h"

G_BEGIN_DECLS

#define FW_TYPE_AI_PAGE (fw_ai_page_get_type ())
G_DECLARE_FINAL_TYPE (FwAiPage, fw_ai_page, FW, AI_PAGE, FwEditorPage)

/*
 * The AI-fluency statements of the four proficiency levels, side by side, edited in place
 * with their citations. Statements move within a level (Alt+Up/Down), to the neighbouring
 * level (Alt+Left/Right) and by drag and drop.
 */
GtkWidget       *fw_ai_page_new            (void);
FwStatementList *fw_ai_page_get_list       (FwAiPage   *self,
                                            FwLevelKey  key);
/* Shows and focuses what @finding is about (a statement's field or citations, a level).
 * FALSE when the finding is not about AI fluency. */
gboolean         fw_ai_page_focus_finding  (FwAiPage   *self,
                                            FwFinding  *finding);

G_END_DECLS
