/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-document.h"

G_BEGIN_DECLS

#define FW_TYPE_CORRECTION_POPOVER (fw_correction_popover_get_type ())
G_DECLARE_FINAL_TYPE (FwCorrectionPopover, fw_correction_popover, FW, CORRECTION_POPOVER,
                      GtkPopover)

/*
 * One reviewer's correction, whole: the item and what it says now, the kind, the proposal
 * and the rationale (edited in place), the evidence as citation chips, who wrote it and
 * when, the thread of replies with a reply entry, and one button each to accept, reject,
 * submit and apply it. Every change is one command on the document's history.
 */
GtkWidget    *fw_correction_popover_new            (void);
void          fw_correction_popover_set_correction (FwCorrectionPopover *self,
                                                    FwDocument          *document,
                                                    FwCorrection        *correction);
FwCorrection *fw_correction_popover_get_correction (FwCorrectionPopover *self);
/* The named part, for tests: "accept", "reject", "submit", "apply", "reply-entry",
 * "reply-button", "proposed", "rationale", "kind", "evidence", "replies", "status". */
GtkWidget    *fw_correction_popover_get_part       (FwCorrectionPopover *self,
                                                    const char          *name);

/* The reviewer name to record: the "reviewer-name" setting, else the account's real name. */
char         *fw_correction_reviewer_name          (void);
/* The item a correction refers to, for people ("Task 22807: Position …"). */
char         *fw_correction_describe_item          (FwDocument          *document,
                                                    FwCorrection        *correction);

G_END_DECLS
