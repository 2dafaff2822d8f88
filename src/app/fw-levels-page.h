/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-editor-page.h"
#include "fw-inspector.h"
#include "fw-statement-list.h"
#include "fw-statement-row.h"

G_BEGIN_DECLS

#define FW_TYPE_LEVELS_PAGE (fw_levels_page_get_type ())
G_DECLARE_FINAL_TYPE (FwLevelsPage, fw_levels_page, FW, LEVELS_PAGE, FwEditorPage)

/*
 * The four proficiency levels side by side, with a search bar and an inspector for the
 * selected statement. The "statement" actions are those of the column holding the selection
 * (see FwStatementList); actions (group "levels"): add-to-level (int32 level), search,
 * toggle-inspector.
 */
GtkWidget     *fw_levels_page_new              (void);
FwStatementList *fw_levels_page_get_column     (FwLevelsPage     *self,
                                                FwLevelKey        key);
FwInspector   *fw_levels_page_get_inspector    (FwLevelsPage     *self);
FwStatement   *fw_levels_page_get_selected     (FwLevelsPage     *self);
/*
 * Selects @statement (a level statement of the document), scrolls to it and focuses
 * @field (NONE: the row). Clears a search that hides it. FALSE when it is not on this page.
 */
gboolean       fw_levels_page_select_statement (FwLevelsPage     *self,
                                                FwStatement      *statement,
                                                FwStatementField  field);
/* Shows the search bar and focuses its entry. */
void           fw_levels_page_start_search     (FwLevelsPage     *self);
GtkEditable   *fw_levels_page_get_search_entry (FwLevelsPage     *self);
void           fw_levels_page_set_inspector_visible (FwLevelsPage *self,
                                                     gboolean      visible);
gboolean       fw_levels_page_get_inspector_visible (FwLevelsPage *self);

G_END_DECLS
