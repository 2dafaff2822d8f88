/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fw-document.h"

G_BEGIN_DECLS

#define FW_TYPE_SOURCE_ROW (fw_source_row_get_type ())
G_DECLARE_FINAL_TYPE (FwSourceRow, fw_source_row, FW, SOURCE_ROW, AdwExpanderRow)

/*
 * One entry of the sources registry: its short label as title, how many statements cite it
 * as subtitle, and, expanded, an entry per field (short label, title, publisher, version or
 * date, URL, licence) edited through mergeable commands. Signal "remove-requested"; the
 * page asks what to do with the citations and runs the commands.
 */
GtkWidget *fw_source_row_new               (FwDocument  *document,
                                            FwSource    *source);
FwSource  *fw_source_row_get_source        (FwSourceRow *self);
/* Re-reads the number of statements that cite the source. */
void       fw_source_row_update_count      (FwSourceRow *self);
guint      fw_source_row_get_count         (FwSourceRow *self);
/* The entry row editing @property ("short-label", "title", "publisher", "version", "url",
 * "license"), or NULL. */
GtkWidget *fw_source_row_get_entry         (FwSourceRow *self,
                                            const char  *property);
GtkWidget *fw_source_row_get_remove_button (FwSourceRow *self);
/* Findings about the source (FwFinding*, may be NULL or empty). */
void       fw_source_row_set_findings      (FwSourceRow *self,
                                            GPtrArray   *findings);
/* The image that marks the row's findings (see fw_finding_marker_update ()). */
GtkWidget *fw_source_row_get_marker        (FwSourceRow *self);

G_END_DECLS
