/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-command.h"
#include "fw-document.h"

G_BEGIN_DECLS

/*
 * Undoable changes to corrections. Every change but the first also sets "updated" to @time
 * (UTC ISO 8601, see fw_correction_now()), in the same undo step.
 */

/* Adds @correction to @document at its place in id order. */
FwCommand *fw_correction_add_command_new          (FwDocument         *document,
                                                   FwCorrection       *correction);
FwCommand *fw_correction_remove_command_new       (FwDocument         *document,
                                                   FwCorrection       *correction);
/* Sets the string property @property ("proposed", "rationale" …). */
FwCommand *fw_correction_edit_command_new         (FwCorrection       *correction,
                                                   const char         *property,
                                                   const char         *value,
                                                   const char         *time);
FwCommand *fw_correction_set_evidence_command_new (FwCorrection       *correction,
                                                   const char * const *evidence,
                                                   const char         *time);
/* Sets the status; @note, when not NULL, is added to the thread in the same step. */
FwCommand *fw_correction_set_status_command_new   (FwCorrection       *correction,
                                                   const char         *status,
                                                   FwCorrectionReply  *note,
                                                   const char         *time);
/* Adds @reply to the end of the thread; "updated" becomes the reply's time. */
FwCommand *fw_correction_reply_command_new        (FwCorrection       *correction,
                                                   FwCorrectionReply  *reply);

G_END_DECLS
