/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-editor-page.h"
#include "fw-source-row.h"

G_BEGIN_DECLS

#define FW_TYPE_SOURCES_PAGE (fw_sources_page_get_type ())
G_DECLARE_FINAL_TYPE (FwSourcesPage, fw_sources_page, FW, SOURCES_PAGE, FwEditorPage)

/*
 * The sources registry: every field of every source edited in place, with the live number
 * of statements citing each. Removing a cited source asks whether to remove its citations or
 * to cite another source instead; either answer is one undo step.
 */
GtkWidget   *fw_sources_page_new            (void);
FwSourceRow *fw_sources_page_get_row       (FwSourcesPage *self,
                                            FwSource      *source);
/* Adds an empty source at the end (one command) and focuses its short label. */
FwSource    *fw_sources_page_add_source     (FwSourcesPage *self);
/*
 * Removes @source. When statements cite it, an AdwMessageDialog asks first: responses
 * "cancel", "remove-citations" and "replace" (with the source chosen in the dialog's drop
 * down, named "replacement").
 */
void         fw_sources_page_remove_source  (FwSourcesPage *self,
                                            FwSource      *source);
/*
 * Removes @source in one undo step: every citation of it is dropped, or replaced by
 * @replacement_id when not NULL.
 */
void         fw_sources_page_remove_source_now (FwSourcesPage *self,
                                                FwSource      *source,
                                                const char    *replacement_id);
/* Shows and focuses what @finding is about (a source of the registry). */
gboolean     fw_sources_page_focus_finding  (FwSourcesPage *self,
                                            FwFinding     *finding);

G_END_DECLS
