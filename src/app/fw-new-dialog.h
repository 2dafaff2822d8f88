/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FW_TYPE_NEW_DIALOG (fw_new_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FwNewDialog, fw_new_dialog, FW, NEW_DIALOG, AdwWindow)

/*
 * New Framework: a search entry over the occupations of the current O*NET release (code,
 * title, job zone, and the alternate title that matched), filtered as one types. Arrows move
 * the selection from the entry, Enter (or a click) chooses, Escape closes.
 * Signal "occupation-chosen" (const char *code): the author chose an occupation; the dialog
 * closes itself afterwards.
 * Property "ready" (boolean, read-only): the occupation index is loaded and listed.
 */
FwNewDialog *fw_new_dialog_new               (GtkWindow   *parent);
/* Filters the list for @query now, as typing it does (after the index is loaded). */
void         fw_new_dialog_filter            (FwNewDialog *self,
                                              const char  *query);
gboolean     fw_new_dialog_get_ready         (FwNewDialog *self);
/* The number of occupations matching the query. */
guint        fw_new_dialog_get_n_results     (FwNewDialog *self);
/* How many of them the list holds now: a page, and more as it scrolls. */
guint        fw_new_dialog_get_n_shown       (FwNewDialog *self);
/* The code of the selected occupation, or NULL. */
const char  *fw_new_dialog_get_selected_code (FwNewDialog *self);

G_END_DECLS
