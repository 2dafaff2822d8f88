/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FW_TYPE_CORRECTION_REPLY (fw_correction_reply_get_type ())
G_DECLARE_FINAL_TYPE (FwCorrectionReply, fw_correction_reply, FW, CORRECTION_REPLY, GObject)

/* One reply in a correction's thread; it never changes once made. */
FwCorrectionReply *fw_correction_reply_new        (const char        *author,
                                                   const char        *time,
                                                   const char        *text);
const char        *fw_correction_reply_get_author (FwCorrectionReply *self);
const char        *fw_correction_reply_get_time   (FwCorrectionReply *self);
const char        *fw_correction_reply_get_text   (FwCorrectionReply *self);

#define FW_TYPE_CORRECTION (fw_correction_get_type ())
G_DECLARE_FINAL_TYPE (FwCorrection, fw_correction, FW, CORRECTION, GObject)

/* What a correction is attached to ("item-type"). */
#define FW_CORRECTION_ITEM_TASK           "task"
#define FW_CORRECTION_ITEM_TITLE          "title"
#define FW_CORRECTION_ITEM_TECHNOLOGY     "technology"
#define FW_CORRECTION_ITEM_WORK_STYLE     "work-style"
#define FW_CORRECTION_ITEM_SKILL          "skill"
#define FW_CORRECTION_ITEM_KNOWLEDGE      "knowledge"
#define FW_CORRECTION_ITEM_ABILITY        "ability"
#define FW_CORRECTION_ITEM_CIP_CODE       "cip-code"
#define FW_CORRECTION_ITEM_JOB_ZONE       "job-zone"
#define FW_CORRECTION_ITEM_APPRENTICESHIP "apprenticeship"
#define FW_CORRECTION_ITEM_STATEMENT      "statement"
#define FW_CORRECTION_ITEM_NEW_TASK       "new-task"

/*
 * A reviewer's correction of one item of the framework (mostly its O*NET part).
 * Properties (strings never NULL, "" when empty; all G_PARAM_EXPLICIT_NOTIFY):
 *   "id"         construct-only, "cr-" and 12 random hex digits
 *   "item-type"  construct-only, one of FW_CORRECTION_ITEM_*
 *   "item-id"    construct-only: the O*NET task id, the list entry's, apprenticeship's or
 *                statement's id; "" for the job zone and a new task
 *   "kind"       outdated, inaccurate, wrong-occupation, duplicate, missing or other
 *   "current"    the value as the reviewer saw it; "proposed" the value to put instead
 *                ("" proposes to remove the item)
 *   "rationale", "reviewer"
 *   "evidence"   GStrv of source ids, like statement citations
 *   "created", "updated"  UTC ISO 8601 ("2026-05-15T12:39:10Z")
 *   "status"     open, accepted, rejected or submitted
 *   "applied"    boolean: the proposal was put into the framework
 * Replies: a GListStore of FwCorrectionReply, oldest first.
 */
FwCorrection       *fw_correction_new            (const char   *item_type,
                                                  const char   *item_id);  /* random id */
FwCorrection       *fw_correction_new_with_id    (const char   *id,
                                                  const char   *item_type,
                                                  const char   *item_id);
const char         *fw_correction_get_id         (FwCorrection *self);
const char         *fw_correction_get_item_type  (FwCorrection *self);
const char         *fw_correction_get_item_id    (FwCorrection *self);
const char         *fw_correction_get_kind       (FwCorrection *self);
const char         *fw_correction_get_current    (FwCorrection *self);
const char         *fw_correction_get_proposed   (FwCorrection *self);
const char         *fw_correction_get_rationale  (FwCorrection *self);
const char * const *fw_correction_get_evidence   (FwCorrection *self);
const char         *fw_correction_get_reviewer   (FwCorrection *self);
const char         *fw_correction_get_created    (FwCorrection *self);
const char         *fw_correction_get_updated    (FwCorrection *self);
const char         *fw_correction_get_status     (FwCorrection *self);
gboolean            fw_correction_get_applied    (FwCorrection *self);
GListStore         *fw_correction_get_replies    (FwCorrection *self);
/* Whether the item type names one item by id (task, title … statement). */
gboolean            fw_correction_item_has_id    (const char   *item_type);

/* The known values, NULL-terminated, in the order menus show them. */
const char * const *fw_correction_item_types     (void);
const char * const *fw_correction_kinds          (void);
const char * const *fw_correction_statuses       (void);
gboolean            fw_correction_is_item_type   (const char   *value);
gboolean            fw_correction_is_kind        (const char   *value);
gboolean            fw_correction_is_status      (const char   *value);
/* Translated labels for the values above ("Outdated", "Work Style" …). */
const char         *fw_correction_value_label    (const char   *value);

/* Now, in UTC, as corrections record times ("2026-05-15T12:39:10Z"). */
char               *fw_correction_now            (void);
/* Whether @text is such a time. */
gboolean            fw_correction_is_time        (const char   *text);
/* Whether @id looks like a correction id ("cr-" and 12 lower-case hex digits). */
gboolean            fw_correction_is_id          (const char   *id);

G_END_DECLS
