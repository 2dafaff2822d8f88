/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-citation-chips.h"
#include "fw-document.h"

G_BEGIN_DECLS

#define FW_TYPE_INSPECTOR (fw_inspector_get_type ())
G_DECLARE_FINAL_TYPE (FwInspector, fw_inspector, FW, INSPECTOR, GtkWidget)

/*
 * Details of the selected statement: its id (selectable), a warning when an importer guessed
 * the headline/body split, its citation chips, the O*NET tasks it is anchored to (removable,
 * and added from a searchable picker of the document's tasks) and the author note. Every
 * change runs a command on the document's history.
 */
GtkWidget   *fw_inspector_new           (void);
void         fw_inspector_set_statement (FwInspector *self,
                                         FwDocument  *document,
                                         FwStatement *statement);
FwStatement *fw_inspector_get_statement (FwInspector *self);
/* Moves the keyboard focus to the author note. */
void         fw_inspector_focus_note    (FwInspector *self);
/* Moves the keyboard focus to the citations' add button. */
void         fw_inspector_focus_citations (FwInspector *self);
/* Moves the keyboard focus to the first anchored task, or to the add button. */
void         fw_inspector_focus_anchors (FwInspector *self);
/* Anchors the statement to @task_id (one command); FALSE when it already is. */
gboolean     fw_inspector_add_anchor    (FwInspector *self,
                                         const char  *task_id);
/* Removes the anchor to @task_id (one command); FALSE when there is none. */
gboolean     fw_inspector_remove_anchor (FwInspector *self,
                                         const char  *task_id);
FwCitationChips *fw_inspector_get_citation_chips (FwInspector *self);
/* The menu button that opens the task picker, its search entry and the tasks it offers. */
GtkWidget   *fw_inspector_get_anchor_add_button   (FwInspector *self);
GtkEditable *fw_inspector_get_anchor_search_entry (FwInspector *self);
GListModel  *fw_inspector_get_anchor_picker_model (FwInspector *self);
/* The list of anchored tasks; the row for @task_id (an AdwActionRow) and its remove button. */
GtkWidget   *fw_inspector_get_anchor_list          (FwInspector *self);
GtkWidget   *fw_inspector_get_anchor_row           (FwInspector *self,
                                                    const char  *task_id);
GtkWidget   *fw_inspector_get_anchor_remove_button (FwInspector *self,
                                                    const char  *task_id);
/* The text view editing the author note. */
GtkWidget   *fw_inspector_get_note_view (FwInspector *self);

G_END_DECLS
