/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FW_TYPE_MAP_OUTCOME (fw_map_outcome_get_type ())
G_DECLARE_FINAL_TYPE (FwMapOutcome, fw_map_outcome, FW, MAP_OUTCOME, GObject)

/*
 * One learning outcome of a course. Properties: "id" (construct-only; unique within the
 * program, qualified "COURSE:ID" when the spreadsheet numbered outcomes per course) and
 * "text" (never NULL).
 */
FwMapOutcome *fw_map_outcome_new      (const char   *id,
                                       const char   *text);
const char   *fw_map_outcome_get_id   (FwMapOutcome *self);
const char   *fw_map_outcome_get_text (FwMapOutcome *self);
void          fw_map_outcome_set_text (FwMapOutcome *self,
                                       const char   *text);

G_END_DECLS
