/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fw-document.h"

G_BEGIN_DECLS

#define FW_TYPE_APPRENTICESHIP_ROW (fw_apprenticeship_row_get_type ())
G_DECLARE_FINAL_TYPE (FwApprenticeshipRow, fw_apprenticeship_row, FW, APPRENTICESHIP_ROW,
                      AdwExpanderRow)

/*
 * A RAPIDS apprenticeship of the O*NET page: its title and code as title and subtitle and,
 * expanded, entries editing them through the document's history. Signal "remove-requested";
 * the page removes the apprenticeship.
 */
GtkWidget        *fw_apprenticeship_row_new                (FwDocument          *document,
                                                            FwApprenticeship    *apprenticeship);
FwApprenticeship *fw_apprenticeship_row_get_apprenticeship (FwApprenticeshipRow *self);
/* The entry row editing @property ("code" or "title"), or NULL. */
GtkWidget        *fw_apprenticeship_row_get_entry          (FwApprenticeshipRow *self,
                                                            const char          *property);
/* Marks the code entry when the validator has findings about the apprenticeship. */
void              fw_apprenticeship_row_set_has_findings   (FwApprenticeshipRow *self,
                                                            gboolean             has_findings);

G_END_DECLS
