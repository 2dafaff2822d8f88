/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-document.h"
#include "fw-statement-row.h"
#include "fw-validator.h"

G_BEGIN_DECLS

#define FW_TYPE_LEVEL_COLUMN (fw_level_column_get_type ())
G_DECLARE_FINAL_TYPE (FwLevelColumn, fw_level_column, FW, LEVEL_COLUMN, GtkBox)

/*
 * One proficiency level as a column: a header with the level and role labels and the
 * statement count against the profile's target, then the statements (filtered by the
 * search text). Dropping a dragged statement on the column moves it here.
 * Signals: "statement-focused" (FwStatementRow *row) when focus enters a row,
 * "statement-dropped" (FwStatement *statement) after a drop moved a statement.
 */
GtkWidget      *fw_level_column_new              (void);
void            fw_level_column_set_level        (FwLevelColumn *self,
                                                  FwDocument    *document,
                                                  FwLevel       *level);
FwLevel        *fw_level_column_get_level        (FwLevelColumn *self);
/* The statements the profile expects (0: no target, only the count is shown). */
void            fw_level_column_set_target       (FwLevelColumn *self,
                                                  guint          target);
void            fw_level_column_set_validator    (FwLevelColumn *self,
                                                  FwValidator   *validator);
/* Re-reads each row's findings from the validator. */
void            fw_level_column_refresh_findings (FwLevelColumn *self);
/* Shows only statements containing @text (case-insensitive) and marks the matches. */
void            fw_level_column_set_search       (FwLevelColumn *self,
                                                  const char    *text);
/* The number of statements shown (after the search filter). */
guint           fw_level_column_get_n_visible    (FwLevelColumn *self);
FwStatementRow *fw_level_column_find_row         (FwLevelColumn *self,
                                                  FwStatement   *statement);
/* Marks @row (or nothing) as this column's selected row. */
void            fw_level_column_select_row       (FwLevelColumn  *self,
                                                  FwStatementRow *row);
/*
 * Moves @statement (from any level of the document) to where a drop at @y (in the column's
 * coordinates) points: before the row under @y when in its upper half, else after it; at the
 * end below the last row. Runs one move command. Returns FALSE when @statement is not a
 * level statement of this document.
 */
gboolean        fw_level_column_drop_statement   (FwLevelColumn *self,
                                                  FwStatement   *statement,
                                                  double         y);
/* The button that adds a statement at the end of the level. */
GtkWidget      *fw_level_column_get_add_button   (FwLevelColumn *self);
/* The header (labels, count and add button), for lining headers up across columns. */
GtkWidget      *fw_level_column_get_header       (FwLevelColumn *self);

G_END_DECLS
