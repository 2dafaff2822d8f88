/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-map-outcomes-view.h"
#include "fw-map-suggest.h"

G_BEGIN_DECLS

#define FW_TYPE_MAP_OUTCOME_ROW (fw_map_outcome_row_get_type ())
G_DECLARE_FINAL_TYPE (FwMapOutcomeRow, fw_map_outcome_row, FW, MAP_OUTCOME_ROW, GtkBox)

/* fw-map-outcomes-view.c */
/* Changes whenever what a row shows may have changed: a row showing the same item at the same
 * epoch need not be built again. */
guint       _fw_map_outcomes_view_get_epoch       (FwMapOutcomesView *self);
FwMap      *_fw_map_outcomes_view_get_map         (FwMapOutcomesView *self);
FwDocument *_fw_map_outcomes_view_get_framework   (FwMapOutcomesView *self);
/* Whether suggestions can be made (the framework was read). */
gboolean    _fw_map_outcomes_view_can_suggest     (FwMapOutcomesView *self);
/* Every suggestion of @outcome_id (cached; FwMapSuggestion, best first), or NULL. */
GPtrArray  *_fw_map_outcomes_view_all_suggestions (FwMapOutcomesView *self,
                                                   const char        *outcome_id);
/* Maps @outcome_id to @statement_id at the depth suggested for it, as one step. */
gboolean    _fw_map_outcomes_view_accept          (FwMapOutcomesView *self,
                                                   const char        *outcome_id,
                                                   const char        *statement_id);
/* Maps every suggestion above FW_MAP_ACCEPT_ALL_SCORE of @course's outcomes, as one step. */
guint       _fw_map_outcomes_view_accept_all      (FwMapOutcomesView *self,
                                                   FwMapCourse       *course);
guint       _fw_map_outcomes_view_count_course    (FwMapOutcomesView *self,
                                                   FwMapCourse       *course);

/* fw-map-outcome-row.c */
FwMapOutcomeRow *_fw_map_outcome_row_new          (FwMapOutcomesView *view);
void        _fw_map_outcome_row_bind              (FwMapOutcomeRow   *self,
                                                   GObject           *item);
void        _fw_map_outcome_row_unbind            (FwMapOutcomeRow   *self);
/* Shows the item's mappings and suggestions as they are now. */
void        _fw_map_outcome_row_refresh           (FwMapOutcomeRow   *self);
GObject    *_fw_map_outcome_row_get_item          (FwMapOutcomeRow   *self);
/* The course or outcome id the row shows (NULL when unbound). */
const char *_fw_map_outcome_row_get_id            (FwMapOutcomeRow   *self);

G_END_DECLS
