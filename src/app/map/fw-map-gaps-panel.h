/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fw-map-report.h"

G_BEGIN_DECLS

#define FW_TYPE_MAP_GAPS_PANEL (fw_map_gaps_panel_get_type ())
G_DECLARE_FINAL_TYPE (FwMapGapsPanel, fw_map_gaps_panel, FW, MAP_GAPS_PANEL, GtkBox)

/*
 * The sidebar of the map window: coverage per level as a small bar chart, and the report's
 * lists (gaps, neverMastered, sequence, redundant, unmappedOutcomes, stale) with their counts.
 * Signal "entry-activated" (const char *list, const char *id, const char *place): a row was
 * activated; @id is a statement id, or an outcome id for unmappedOutcomes (@place its course).
 */
GtkWidget  *fw_map_gaps_panel_new        (void);
/* Shows @report (copied from; may be NULL). */
void        fw_map_gaps_panel_set_report (FwMapGapsPanel    *self,
                                          const FwMapReport *report);
/* The count shown for @list ("gaps", "neverMastered", …), as the user reads it. */
const char *fw_map_gaps_panel_get_count_text (FwMapGapsPanel *self,
                                              const char     *list);
/* The expander row of @list, for tests and keyboard focus. */
AdwExpanderRow *fw_map_gaps_panel_get_list_row (FwMapGapsPanel *self,
                                                const char     *list);
/* The chart widget (a GtkDrawingArea). */
GtkWidget  *fw_map_gaps_panel_get_chart  (FwMapGapsPanel *self);

G_END_DECLS
