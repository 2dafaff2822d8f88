/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-document.h"

G_BEGIN_DECLS

#define FW_TYPE_INSPECTOR (fw_inspector_get_type ())
G_DECLARE_FINAL_TYPE (FwInspector, fw_inspector, FW, INSPECTOR, GtkWidget)

/*
 * Details of the selected statement: its id (selectable), its citations as source short
 * labels, a warning when an importer guessed the headline/body split, and the author
 * note (edited through commands).
 */
GtkWidget   *fw_inspector_new           (void);
void         fw_inspector_set_statement (FwInspector *self,
                                         FwDocument  *document,
                                         FwStatement *statement);
FwStatement *fw_inspector_get_statement (FwInspector *self);
/* Moves the keyboard focus to the author note. */
void         fw_inspector_focus_note    (FwInspector *self);
/* The text view editing the author note. */
GtkWidget   *fw_inspector_get_note_view (FwInspector *self);

G_END_DECLS
