/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-correction-popover.h"
#include "fw-editor-page.h"

G_BEGIN_DECLS

#define FW_TYPE_CORRECTIONS_PAGE (fw_corrections_page_get_type ())
G_DECLARE_FINAL_TYPE (FwCorrectionsPage, fw_corrections_page, FW, CORRECTIONS_PAGE, FwEditorPage)

/*
 * Reviewers' corrections of the framework, one row each (the item, the proposal, the status),
 * filterable by status, kind and reviewer. Activating a row emits "finding-activated" with a
 * finding that locates the item, which the window shows; a row's details button opens the
 * correction in an FwCorrectionPopover. "Export CSV…" writes the hand-off file.
 */
GtkWidget           *fw_corrections_page_new             (void);
/* NULL lets everything through. */
void                 fw_corrections_page_set_filter      (FwCorrectionsPage *self,
                                                          const char        *status,
                                                          const char        *kind,
                                                          const char        *reviewer);
guint                fw_corrections_page_get_n_shown     (FwCorrectionsPage *self);
/* The row shown at @index (an AdwActionRow), or NULL. */
GtkWidget           *fw_corrections_page_get_row         (FwCorrectionsPage *self,
                                                          guint              index);
/* Opens @correction's popover on its row (clearing filters that hide it). */
FwCorrectionPopover *fw_corrections_page_open_correction (FwCorrectionsPage *self,
                                                          FwCorrection      *correction);
/* Writes the corrections shown now as the CSV hand-off file. */
gboolean             fw_corrections_page_export_csv      (FwCorrectionsPage *self,
                                                          GFile             *file,
                                                          GError           **error);
/* A finding that locates the item @correction refers to (for the window to show it). */
FwFinding           *fw_corrections_page_locate_item     (FwDocument        *document,
                                                          FwCorrection      *correction);

G_END_DECLS
