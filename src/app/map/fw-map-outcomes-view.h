/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fw-document.h"
#include "fw-map.h"

G_BEGIN_DECLS

#define FW_TYPE_MAP_OUTCOMES_VIEW (fw_map_outcomes_view_get_type ())
G_DECLARE_FINAL_TYPE (FwMapOutcomesView, fw_map_outcomes_view, FW, MAP_OUTCOMES_VIEW, GtkWidget)

/* How many suggestions an outcome shows. */
#define FW_MAP_OUTCOMES_SHOWN 3

/*
 * The outcomes view of the map window: the courses in sequence, each with its outcomes; an
 * outcome shows what it maps as chips (headline and depth, which can be changed or removed)
 * and its best suggestions that it does not map yet, with their score and the words that
 * matched, each with Accept. A course's "Accept All Above 0.8" maps every suggestion of its
 * outcomes scoring above 0.8 as one undoable step. Courses open and close (the first is open);
 * rows are a GtkListView's, recycled as they scroll. Every change runs on the map's history.
 */
GtkWidget  *fw_map_outcomes_view_new          (void);
/* Shows @map with suggestions from @framework (either may be NULL). */
void        fw_map_outcomes_view_set_map      (FwMapOutcomesView *self,
                                               FwMap             *map,
                                               FwDocument        *framework);
/* The list's items: a GtkTreeListRow per course, each followed, when it is open, by a
 * GtkTreeListRow per outcome (gtk_tree_list_row_get_item() gives the FwMapCourse or
 * FwMapOutcome). */
GListModel *fw_map_outcomes_view_get_model    (FwMapOutcomesView *self);
GtkListView *fw_map_outcomes_view_get_list_view (FwMapOutcomesView *self);
/* The position of the course @code or the outcome @id in the model, or -1 (an outcome of a
 * closed course is not in it). */
int         fw_map_outcomes_view_find         (FwMapOutcomesView *self,
                                               const char        *id);
/* Opens or closes the course @code. */
void        fw_map_outcomes_view_set_expanded (FwMapOutcomesView *self,
                                               const char        *code,
                                               gboolean           expanded);
/* Scrolls to the course or outcome @id (opening its course). */
void        fw_map_outcomes_view_show         (FwMapOutcomesView *self,
                                               const char        *id);
/* The row now showing the course or outcome @id, or NULL when it is not built. */
GtkWidget  *fw_map_outcomes_view_get_row      (FwMapOutcomesView *self,
                                               const char        *id);
/*
 * The suggestions @outcome_id shows (FwMapSuggestion, best first, at most
 * FW_MAP_OUTCOMES_SHOWN, none it maps already); the array does not own them.
 */
GPtrArray  *fw_map_outcomes_view_get_suggestions (FwMapOutcomesView *self,
                                                  const char        *outcome_id);
/* The suggestions "Accept All Above 0.8" would map for the course @code. */
guint       fw_map_outcomes_view_count_above  (FwMapOutcomesView *self,
                                               const char        *code);

G_END_DECLS
