/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-command.h"
#include "fw-document.h"
#include "fw-onet-release.h"

G_BEGIN_DECLS

/* One change of an O*NET update, as the preview shows it. */
typedef struct
{
  char *change;  /* "reworded", "retyped", "removed", "added", "renamed", "job-zone", "flagged",
                  * "source" */
  char *item;    /* "task:22816", "title:TEXT", "occupation", "job-zone", "statement:ID" … */
  char *before;  /* "" when the item is new */
  char *after;   /* "" when the item goes */
} FwReviewChange;

typedef enum
{
  FW_REVIEW_UPDATE_DEFAULT   = 0,
  /* Also add the release's tasks that the framework lacks (authors choose tasks on purpose,
   * so by default they are only listed). */
  FW_REVIEW_UPDATE_ADD_TASKS = 1 << 0,
} FwReviewUpdateFlags;

/*
 * The one undoable step that brings the O*NET part of @document up to @release (NULL: the
 * current one): task texts and types as the release words them; tasks the release no
 * longer gives the occupation removed; the occupation's title and job zone; related titles,
 * technology and work styles the release does not list for the occupation removed; the
 * O*NET source's version. A statement anchored to a removed task keeps its anchor and gets an
 * open correction that says so, so no statement loses its anchor silently.
 *
 * @changes (out) receives the FwReviewChange list (the preview), possibly empty. Returns NULL
 * when nothing changes (with @error unset) or on error (as fw_review_check ()).
 */
FwCommand *fw_review_update_command_new (FwDocument           *document,
                                         FwOnetRelease        *release,
                                         FwReviewUpdateFlags   flags,
                                         GPtrArray           **changes,
                                         GError              **error);
/* The preview: one line per change. */
char      *fw_review_changes_to_text    (GPtrArray            *changes);

G_END_DECLS
