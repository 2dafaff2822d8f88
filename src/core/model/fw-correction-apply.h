/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-command.h"
#include "fw-document.h"

G_BEGIN_DECLS

/* The O*NET list property ("related-titles" …) of a list item type, or NULL for others. */
const char *fw_correction_item_list_property (const char   *item_type);

/* The O*NET task with task id @task_id, or NULL; @position may be NULL. */
FwTask     *fw_document_find_onet_task       (FwDocument   *document,
                                              const char   *task_id,
                                              guint        *position);

/*
 * The value of the item @correction refers to, as the framework holds it now (newly
 * allocated; the job zone as "1" … "5", "" when unset; "" for a new task), or NULL when the
 * item no longer exists.
 */
char       *fw_correction_resolve            (FwDocument   *document,
                                              FwCorrection *correction);
/* Whether the framework holds the proposal: the item has the proposed value, is gone when
 * the proposal is empty, or (for a new task) a task with the proposed text exists. */
gboolean    fw_correction_proposal_in_place  (FwDocument   *document,
                                              FwCorrection *correction);
/*
 * One undoable step that puts the proposal of an accepted correction into the framework
 * (an empty proposal removes the item) and records, in the correction, that it was applied.
 * NULL with an error when the correction is not accepted, is applied already, its item is
 * gone, or the proposal does not fit the item (a job zone outside 1 … 5, a statement without
 * “Headline — body”).
 */
FwCommand  *fw_correction_apply_command_new  (FwDocument   *document,
                                              FwCorrection *correction,
                                              const char   *time,
                                              GError      **error);

G_END_DECLS
