/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fw-correction-popover.h"
#include "fw-document.h"

G_BEGIN_DECLS

#define FW_TYPE_TASK_ROW (fw_task_row_get_type ())
G_DECLARE_FINAL_TYPE (FwTaskRow, fw_task_row, FW, TASK_ROW, AdwExpanderRow)

/*
 * An O*NET task of the O*NET page: its text as title, its task id and how many statements
 * are anchored to it as subtitle and, expanded, entries editing the text and the task id
 * through the document's history, then one row per anchored statement. Signal
 * "remove-requested"; the page removes the task.
 */
GtkWidget *fw_task_row_new               (FwDocument *document,
                                          FwTask     *task);
FwTask    *fw_task_row_get_task          (FwTaskRow  *self);
/* The entry row editing @property ("text" or "task-id"), or NULL. */
GtkWidget *fw_task_row_get_entry         (FwTaskRow  *self,
                                          const char *property);
/* Re-reads the statements anchored to the task; rebuilds their rows only if they changed. */
void       fw_task_row_update_anchors    (FwTaskRow  *self);
/* The titles of the rows of the anchored statements. */
GStrv      fw_task_row_get_anchor_titles (FwTaskRow  *self);
/* Marks the task id entry when the validator has findings about the task. */
void       fw_task_row_set_has_findings  (FwTaskRow  *self,
                                          gboolean    has_findings);

/* The task's open correction (NULL: none): a marker button before the text shows it in a
 * popover. */
void          fw_task_row_set_correction         (FwTaskRow    *self,
                                                  FwCorrection *correction);
FwCorrection *fw_task_row_get_correction         (FwTaskRow    *self);
gboolean      fw_task_row_get_annotated          (FwTaskRow    *self);
/* The marker's popover (made if needed), and showing it. */
FwCorrectionPopover *fw_task_row_get_correction_popover (FwTaskRow *self);
void          fw_task_row_open_correction        (FwTaskRow    *self);

G_END_DECLS
