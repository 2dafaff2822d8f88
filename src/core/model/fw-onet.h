/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FW_TYPE_TASK (fw_task_get_type ())
G_DECLARE_FINAL_TYPE (FwTask, fw_task, FW, TASK, GObject)

/*
 * An O*NET task, a seed anchor for statements. "task-id" (NULL when unknown), "text".
 * fw_task_get_id () is made with the task, lasts as long as it and is never saved.
 */
FwTask     *fw_task_new         (const char *task_id,
                                 const char *text);
const char *fw_task_get_id      (FwTask     *self);
const char *fw_task_get_task_id (FwTask     *self);
const char *fw_task_get_text    (FwTask     *self);

#define FW_TYPE_APPRENTICESHIP (fw_apprenticeship_get_type ())
G_DECLARE_FINAL_TYPE (FwApprenticeship, fw_apprenticeship, FW, APPRENTICESHIP, GObject)

/* A RAPIDS apprenticeship: "code" (e.g. "0279") and "title"; an id as for FwTask. */
FwApprenticeship *fw_apprenticeship_new       (const char       *code,
                                               const char       *title);
const char       *fw_apprenticeship_get_id    (FwApprenticeship *self);
const char       *fw_apprenticeship_get_code  (FwApprenticeship *self);
const char       *fw_apprenticeship_get_title (FwApprenticeship *self);

#define FW_TYPE_ONET (fw_onet_get_type ())
G_DECLARE_FINAL_TYPE (FwOnet, fw_onet, FW, ONET, GObject)

/*
 * O*NET enrichment.
 * "anchor-count" int, -1 when absent.
 * GStrv properties (never NULL, possibly empty): "related-titles", "skills", "knowledge",
 * "abilities", "work-styles", "technology", "cip-codes".
 * Lists: tasks (GListStore of FwTask), apprenticeships (GListStore of FwApprenticeship).
 */
FwOnet             *fw_onet_new                 (void);
int                 fw_onet_get_anchor_count    (FwOnet     *self);
const char * const *fw_onet_get_strv            (FwOnet     *self,
                                                 const char *property);
GListStore         *fw_onet_get_tasks           (FwOnet     *self);
GListStore         *fw_onet_get_apprenticeships (FwOnet     *self);
gboolean            fw_onet_is_empty            (FwOnet     *self);

/* The names of the GStrv list properties, NULL-terminated, in display order. */
const char * const *fw_onet_list_properties     (void);

G_END_DECLS
