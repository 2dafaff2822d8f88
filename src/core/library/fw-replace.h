/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-command.h"
#include "fw-document.h"

G_BEGIN_DECLS

/*
 * Replacing text in the statements of a framework, in every section: what would change, and
 * one undoable command that changes it, for `framewright-cli replace`. The matching and the
 * replacing are fw-find's (src/core/model), which the editor's Find and Replace runs too.
 */
typedef struct
{
  char       *statement_id;
  const char *field;     /* "headline" or "body" (static) */
  char       *before;
  char       *after;
} FwReplaceChange;

void        fw_replace_change_free (FwReplaceChange *change);

/*
 * Every statement field of @document holding @old (exact, case-sensitive; not empty) with
 * each occurrence replaced by @new, in the document's statement order: levels, AI fluency,
 * durable skills. A GPtrArray of FwReplaceChange, empty when @old occurs nowhere.
 */
GPtrArray  *fw_replace_plan        (FwDocument *document,
                                    const char *old,
                                    const char *new);

/* One command (a group, one undo step) making @changes; run it with fw_document_run (). */
FwCommand  *fw_replace_command_new (FwDocument *document,
                                    GPtrArray  *changes);

G_END_DECLS
