/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fw-document.h"

G_BEGIN_DECLS

#define FW_TYPE_NUMBER_ROW (fw_number_row_get_type ())
G_DECLARE_FINAL_TYPE (FwNumberRow, fw_number_row, FW, NUMBER_ROW, AdwActionRow)

/*
 * A row editing a double property ("target-property") of an object that may be absent
 * (NaN): "Not set" with a button to set it to "initial", or a spin button with a "unit" and
 * a button that clears it. The range ("lower", "upper") widens to show a value outside it as
 * it is; "digits" is the least number of decimals. Every change runs a command in the
 * document's history; typing or holding an arrow is one undo step.
 */
void       fw_number_row_set_target        (FwNumberRow *self,
                                            FwDocument  *document,
                                            GObject     *target);
/* The spin button, or the "Set" button while the value is absent. */
GtkWidget *fw_number_row_get_field_widget  (FwNumberRow *self);
GtkWidget *fw_number_row_get_clear_button  (FwNumberRow *self);

G_END_DECLS
