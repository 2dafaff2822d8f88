/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "fw-command.h"
#include "fw-document.h"
#include "fw-onet-release.h"

G_BEGIN_DECLS

/*
 * The check of a framework's O*NET part against a release.
 *
 * A finding names one item of the framework: its correction item type ("task", "title",
 * "technology", "work-style", "job-zone", or "occupation" for the occupation's title) and
 * its id (the task id, the list entry's stable id; "" for the job zone and the title) or,
 * for items without an id, its value. Values that differ only in representation (`n/a` and
 * empty, runs of white space, the case of a code) are equal.
 */
typedef struct
{
  char *item_type;
  char *item_id;      /* the O*NET task id or the entry's stable id, "" when none */
  char *value;        /* what the framework holds: the task's text, the entry's name … */
  char *kind;         /* the suggested correction kind: outdated, inaccurate, wrong-occupation */
  char *framework;    /* what the framework says about the point in question */
  char *release;      /* what the release says, "" when it has nothing */
  char *message;      /* one sentence, translated */
  char *proposed;     /* what a correction would propose instead ("" removes the item) */
} FwReviewFinding;

typedef struct
{
  char      *release;       /* the release as fw_onet_release_describe () gives it */
  GPtrArray *findings;      /* FwReviewFinding, in the framework's order */
  GPtrArray *not_included;  /* FwReviewFinding of type "task": release tasks the framework lacks */
} FwReviewCheck;

/*
 * Compares the O*NET part of @document with @release (NULL: the current release). Loads the
 * release's tables and occupation index when they are not yet loaded (which may take a
 * while: do that in a thread with fw_onet_release_load_data () and _load_index () first if
 * the caller must stay responsive). Fails with FW_ERROR_INVALID when the framework names no
 * occupation or one the release does not have, and when the release cannot be read.
 */
FwReviewCheck *fw_review_check          (FwDocument     *document,
                                         FwOnetRelease  *release,
                                         GError        **error);
void           fw_review_check_free     (FwReviewCheck  *check);

/* {"release": …, "findings": [{"item": {"type", "id"} or {"type", "value"}, "kind",
 * "framework", "release", "message"}], "notIncluded": [{"item", "release", "message"}]} */
JsonNode      *fw_review_check_to_json  (FwReviewCheck  *check);
/* One line per finding, then the tasks not included, as the CLI prints them. */
char          *fw_review_check_to_text  (FwReviewCheck  *check);

/*
 * Whether @document already carries a correction of @finding's item (whatever its status).
 * Findings without a correction item type (the occupation's title) count as carried.
 */
gboolean       fw_review_finding_is_annotated (FwDocument            *document,
                                               const FwReviewFinding *finding);
/*
 * The open corrections that annotating @document with @check adds: one per finding whose
 * item carries none yet (GPtrArray of FwCorrection, possibly empty). @reviewer and @time may
 * be NULL (the default reviewer, now).
 */
GPtrArray     *fw_review_check_corrections (FwDocument    *document,
                                            FwReviewCheck *check,
                                            const char    *reviewer,
                                            const char    *time);
/* One undoable step that adds @corrections (from fw_review_check_corrections ()). */
FwCommand     *fw_review_add_corrections_command_new (FwDocument *document,
                                                      GPtrArray  *corrections);

/* @text with white space collapsed and trimmed, `n/a` as "" (newly allocated). */
char          *_fw_review_normalise     (const char     *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwReviewCheck, fw_review_check_free)

G_END_DECLS
