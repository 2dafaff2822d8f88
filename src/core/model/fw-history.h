/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-command.h"

G_BEGIN_DECLS

#define FW_TYPE_HISTORY (fw_history_get_type ())
G_DECLARE_FINAL_TYPE (FwHistory, fw_history, FW, HISTORY, GObject)

/*
 * The undo stack of one document: the one door through which every change passes.
 * Properties (read-only, notified): "can-undo", "can-redo", "dirty" (differs from the last
 * clean point), "undo-label", "redo-label".
 * Signal "changed" (no arguments) after every run, undo and redo.
 * Mergeable commands merge into the previous one when less than "merge-interval"
 * milliseconds (default 1000) separate them and no clean point lies between.
 */
FwHistory  *fw_history_new                (void);
void        fw_history_run                (FwHistory *self,
                                           FwCommand *command);  /* takes ownership (transfer full) */
gboolean    fw_history_undo               (FwHistory *self);
gboolean    fw_history_redo               (FwHistory *self);
gboolean    fw_history_can_undo           (FwHistory *self);
gboolean    fw_history_can_redo           (FwHistory *self);
const char *fw_history_get_undo_label     (FwHistory *self);
const char *fw_history_get_redo_label     (FwHistory *self);
/* Marks the current state as saved. The history is kept. */
void        fw_history_mark_clean         (FwHistory *self);
/* Marks the document as unsaved even without edits (imports, restored drafts). */
void        fw_history_mark_dirty         (FwHistory *self);
gboolean    fw_history_get_dirty          (FwHistory *self);
/* Ends the current typing burst, so the next mergeable command starts a new undo step. */
void        fw_history_break_merge        (FwHistory *self);
void        fw_history_set_merge_interval (FwHistory *self,
                                           guint      msec);
/* Increases on every change; lets caches (validation) know whether they are stale. */
guint64     fw_history_get_generation     (FwHistory *self);

G_END_DECLS
