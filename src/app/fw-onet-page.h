/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-correction-popover.h"
#include "fw-editor-page.h"
#include "fw-string-list-editor.h"

G_BEGIN_DECLS

#define FW_TYPE_ONET_PAGE (fw_onet_page_get_type ())
G_DECLARE_FINAL_TYPE (FwOnetPage, fw_onet_page, FW, ONET_PAGE, FwEditorPage)

/*
 * The O*NET enrichment, editable: the source-anchor count, the lists of related titles,
 * skills, knowledge, abilities, work styles, technology and CIP codes (checked as NN.NNNN),
 * the RAPIDS apprenticeships (code and title) and the tasks (text and O*NET task id), each
 * task listing the statements anchored to it.
 */
GtkWidget          *fw_onet_page_new                (void);
/* The editor of a GStrv property of FwOnet ("related-titles", "cip-codes" …). */
FwStringListEditor *fw_onet_page_get_list_editor    (FwOnetPage *self,
                                                     const char *property);
/* The entry row editing @property ("code", "title", "text", "task-id") of the apprenticeship
 * or task at @index of @list ("apprenticeships", "tasks"), expanding its row. */
GtkWidget          *fw_onet_page_get_item_entry     (FwOnetPage *self,
                                                     const char *list,
                                                     guint       index,
                                                     const char *property);
/* The titles of the statements listed as anchored to task @index. */
GStrv               fw_onet_page_get_task_anchors   (FwOnetPage *self,
                                                     guint       index);
/* The control editing the anchor count now (spin button, or "Set" while absent). */
GtkWidget          *fw_onet_page_get_anchor_widget  (FwOnetPage *self);
/* Adds an empty apprenticeship or task (one command) and focuses its first field. */
void                fw_onet_page_add_item           (FwOnetPage *self,
                                                     const char *list);
gboolean            fw_onet_page_focus_finding      (FwOnetPage *self,
                                                     FwFinding  *finding);
/* Adds an open correction of @task (one command) and opens it in a popover on its row; the
 * context menu of a task row and Ctrl+Shift+M do the same. */
FwCorrectionPopover *fw_onet_page_annotate_task     (FwOnetPage *self,
                                                     FwTask     *task);
/* Adds an open correction of entry @index of the list @property ("related-titles" …) and
 * opens it from the entry's marker; the entry's context menu and Ctrl+Shift+M in the entry
 * do the same. */
FwCorrection        *fw_onet_page_annotate_list_item (FwOnetPage *self,
                                                      const char *property,
                                                      guint       index);
/* The marker of entry @index of the list @property when the entry carries an open correction
 * (a GtkMenuButton opening it), else NULL. */
GtkWidget           *fw_onet_page_get_list_marker    (FwOnetPage *self,
                                                      const char *property,
                                                      guint       index);
/* Adds an open correction of apprenticeship @index (one command) and opens it from the row's
 * marker; the row's context menu and Ctrl+Shift+M in it do the same. */
FwCorrection        *fw_onet_page_annotate_apprenticeship (FwOnetPage *self,
                                                           guint       index);
/* The marker of apprenticeship @index when it carries an open correction, else NULL. */
GtkWidget           *fw_onet_page_get_apprenticeship_marker (FwOnetPage *self,
                                                             guint       index);
/* Adds an open correction of the job zone (one command) and opens it from the marker of the
 * summary's Job Zone row; the page's context menu and Ctrl+Shift+M on that row do the same. */
FwCorrection        *fw_onet_page_annotate_job_zone  (FwOnetPage *self);
/* The marker of the Job Zone row when the job zone carries an open correction, else NULL. */
GtkWidget           *fw_onet_page_get_job_zone_marker (FwOnetPage *self);
/* The summary's Job Zone row. */
GtkWidget           *fw_onet_page_get_job_zone_row   (FwOnetPage *self);
/* The context menu of the page at @target (the picked widget, or NULL): "Add Correction…"
 * for a list entry or an apprenticeship, and one for the job zone. */
GMenuModel          *fw_onet_page_get_context_menu   (FwOnetPage *self,
                                                      GtkWidget  *target);

G_END_DECLS
