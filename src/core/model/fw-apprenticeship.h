/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FW_TYPE_APPRENTICESHIP (fw_apprenticeship_get_type ())
G_DECLARE_FINAL_TYPE (FwApprenticeship, fw_apprenticeship, FW, APPRENTICESHIP, GObject)

/* A RAPIDS apprenticeship: "code" (e.g. "0279") and "title"; an id as for FwTask. */
FwApprenticeship *fw_apprenticeship_new       (const char       *code,
                                               const char       *title);
FwApprenticeship *fw_apprenticeship_new_with_id (const char     *id,
                                                 const char     *code,
                                                 const char     *title);
const char       *fw_apprenticeship_get_id    (FwApprenticeship *self);
const char       *fw_apprenticeship_get_code  (FwApprenticeship *self);
const char       *fw_apprenticeship_get_title (FwApprenticeship *self);


G_END_DECLS
