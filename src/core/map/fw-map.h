/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fw-conflict.h"
#include "fw-history.h"
#include "fw-map-course.h"
#include "fw-map-outcome.h"
#include "fw-map-print.h"
#include "fw-map-types.h"
#include "fw-mapping.h"

G_BEGIN_DECLS

#define FW_TYPE_MAP (fw_map_get_type ())
G_DECLARE_FINAL_TYPE (FwMap, fw_map, FW, MAP, GObject)

/*
 * A curriculum map: a program's courses and outcomes, mapped to the statements of a
 * framework that someone else may own. String properties, never NULL:
 *   Program:   "name", "institution", "credential", "cip-code", "accreditor", "notes"
 *   Framework: "framework-path" (relative to the map file), "framework-soc",
 *              "framework-version", "framework-digest" ("sha256:HEX" of the framework as .fwk)
 * Lists (GListStore, change them only through commands on the history):
 *   courses (FwMapCourse, in sequence), mappings (FwMapping), prints (FwMapPrint, one per
 *   mapped statement), conflicts (FwConflict: what a three-way merge could not join, kept
 *   until an author resolves it; see fw_map_merge ()).
 */
FwMap       *fw_map_new              (void);
FwHistory   *fw_map_get_history      (FwMap       *self);
/* Runs @command on the history. Takes ownership. */
void         fw_map_run              (FwMap       *self,
                                      FwCommand   *command);

const char  *fw_map_get_name         (FwMap       *self);
const char  *fw_map_get_framework_path    (FwMap  *self);
const char  *fw_map_get_framework_digest  (FwMap  *self);
GListStore  *fw_map_get_courses      (FwMap       *self);
GListStore  *fw_map_get_mappings     (FwMap       *self);
GListStore  *fw_map_get_prints       (FwMap       *self);
GListStore  *fw_map_get_conflicts    (FwMap       *self);

FwMapCourse *fw_map_find_course      (FwMap       *self,
                                      const char  *code);
/*
 * Finds an outcome by its id, or by its qualified form "COURSE:ID" (which also finds an
 * outcome stored unqualified in that course). A bare id that only matches qualified ids is
 * found when exactly one course has it; when several do, NULL is returned and *@ambiguous
 * (optional) is set. @course (optional) receives the outcome's course.
 */
FwMapOutcome *fw_map_find_outcome    (FwMap        *self,
                                      const char   *id,
                                      FwMapCourse **course,
                                      gboolean     *ambiguous);
/* The position in the sequence of the course holding @outcome_id (as stored), or -1. */
int          fw_map_course_position  (FwMap       *self,
                                      const char  *outcome_id);
FwMapping   *fw_map_find_mapping     (FwMap       *self,
                                      const char  *outcome_id,
                                      const char  *statement_id,
                                      guint       *position);
FwMapPrint  *fw_map_find_print       (FwMap       *self,
                                      const char  *statement_id,
                                      guint       *position);

/*
 * Maps @outcome_id (as stored) to @statement_id at @depth, replacing the depth and note of an
 * existing mapping of the same pair, as one undoable step. @print, when not NULL and the map
 * has no fingerprint of the statement yet, is added with it. @note, @mapped_by and
 * @mapped_at may be NULL (kept as they were, or empty for a new mapping).
 */
void         fw_map_set_mapping      (FwMap       *self,
                                      const char  *outcome_id,
                                      const char  *statement_id,
                                      FwDepth      depth,
                                      const char  *note,
                                      const char  *mapped_by,
                                      const char  *mapped_at,
                                      FwMapPrint  *print);
/* Removes one mapping as one undoable step, with the statement's fingerprint when no other
 * mapping needs it. FALSE when there is no such mapping. */
gboolean     fw_map_unset_mapping    (FwMap       *self,
                                      const char  *outcome_id,
                                      const char  *statement_id);

G_END_DECLS
