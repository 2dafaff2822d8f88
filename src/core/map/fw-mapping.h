/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "fw-map-types.h"

G_BEGIN_DECLS

#define FW_TYPE_MAPPING (fw_mapping_get_type ())
G_DECLARE_FINAL_TYPE (FwMapping, fw_mapping, FW, MAPPING, GObject)

/*
 * One line of a curriculum map: outcome → statement at a depth. Properties: "outcome" and
 * "statement" (ids, construct-only), "depth" (FwDepth as int), "note" (assessment or
 * evidence), "mapped-by" and "mapped-at" (ISO 8601), strings never NULL.
 */
FwMapping  *fw_mapping_new               (const char *outcome_id,
                                          const char *statement_id,
                                          FwDepth     depth);
const char *fw_mapping_get_outcome       (FwMapping  *self);
const char *fw_mapping_get_statement     (FwMapping  *self);
FwDepth     fw_mapping_get_depth         (FwMapping  *self);
const char *fw_mapping_get_note          (FwMapping  *self);
const char *fw_mapping_get_mapped_by     (FwMapping  *self);
const char *fw_mapping_get_mapped_at     (FwMapping  *self);

G_END_DECLS
