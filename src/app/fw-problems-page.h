/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-editor-page.h"

G_BEGIN_DECLS

#define FW_TYPE_PROBLEMS_PAGE (fw_problems_page_get_type ())
G_DECLARE_FINAL_TYPE (FwProblemsPage, fw_problems_page, FW, PROBLEMS_PAGE, FwEditorPage)

/*
 * The validator's findings grouped by severity, each with its rule id and message.
 * Signal "finding-activated" (FwFinding *finding) when a finding is activated.
 */
GtkWidget  *fw_problems_page_new      (void);
/* The list showing findings of @severity (rows are AdwActionRow, one per finding). */
GtkListBox *fw_problems_page_get_list (FwProblemsPage *self,
                                       FwSeverity      severity);

G_END_DECLS
