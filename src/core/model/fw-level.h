/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fw-types.h"

G_BEGIN_DECLS

#define FW_TYPE_LEVEL (fw_level_get_type ())
G_DECLARE_FINAL_TYPE (FwLevel, fw_level, FW, LEVEL, GObject)

/*
 * One proficiency level. Properties: "key" (FwLevelKey as int, construct-only), "label",
 * "role-label" (strings, never NULL).
 * The statement lists are GListStores of FwStatement owned by the level; edit them only
 * through FwCommand on the document's history (readers may fill them directly).
 */
FwLevel    *fw_level_new               (FwLevelKey  key);
FwLevelKey  fw_level_get_key           (FwLevel    *self);
const char *fw_level_get_label         (FwLevel    *self);
void        fw_level_set_label         (FwLevel    *self,
                                        const char *label);
const char *fw_level_get_role_label    (FwLevel    *self);
void        fw_level_set_role_label    (FwLevel    *self,
                                        const char *role_label);
GListStore *fw_level_get_statements    (FwLevel    *self);
GListStore *fw_level_get_ai_statements (FwLevel    *self);

G_END_DECLS
