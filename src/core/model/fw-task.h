/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FW_TYPE_TASK (fw_task_get_type ())
G_DECLARE_FINAL_TYPE (FwTask, fw_task, FW, TASK, GObject)

/*
 * An O*NET task, a seed anchor for statements. "task-id" (NULL when unknown), "text",
 * "task-type" (the release's Task Type, "Core" or "Supplemental"; NULL when unknown).
 * fw_task_get_id () is made with the task, lasts as long as it and is never saved.
 */
FwTask     *fw_task_new         (const char *task_id,
                                 const char *text);
const char *fw_task_get_id      (FwTask     *self);
const char *fw_task_get_task_id (FwTask     *self);
const char *fw_task_get_text    (FwTask     *self);
const char *fw_task_get_task_type (FwTask   *self);


G_END_DECLS
