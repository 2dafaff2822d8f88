/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-editor-page.h"

G_BEGIN_DECLS

#define FW_TYPE_EVIDENCE_PAGE (fw_evidence_page_get_type ())
G_DECLARE_FINAL_TYPE (FwEvidencePage, fw_evidence_page, FW, EVIDENCE_PAGE, FwEditorPage)

/*
 * The evidence pack as a form: spin buttons with units and ranges for the numbers, a choice
 * of the known quadrants and precisions, entries for the top skill and the WEF cluster.
 * An absent field shows "Not set" with a button to set it, and stays absent until then;
 * clearing a field makes it absent again. Every change is a command.
 */
GtkWidget *fw_evidence_page_new               (void);
/* The control editing @property (an FwEvidence property name) now: the spin button, or the
 * "Set" button while a number is absent; the combo row; the entry row. */
GtkWidget *fw_evidence_page_get_field_widget  (FwEvidencePage *self,
                                               const char     *property);
/* The button that makes a number absent again (NULL for the other fields). */
GtkWidget *fw_evidence_page_get_clear_button  (FwEvidencePage *self,
                                               const char     *property);
/* Shows and focuses the field @finding is about. */
gboolean   fw_evidence_page_focus_finding     (FwEvidencePage *self,
                                               FwFinding      *finding);

G_END_DECLS
