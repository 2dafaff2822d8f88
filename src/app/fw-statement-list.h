/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-citation-chips.h"
#include "fw-document.h"
#include "fw-statement-row.h"
#include "fw-validator.h"

G_BEGIN_DECLS

#define FW_TYPE_STATEMENT_LIST (fw_statement_list_get_type ())
G_DECLARE_FINAL_TYPE (FwStatementList, fw_statement_list, FW, STATEMENT_LIST, GtkWidget)

/*
 * The statements of one GListStore (a proficiency level, an AI-fluency level, a durable-skill
 * cell) edited in place: a header ("title", "subtitle" and the count against "target"), the
 * statements (only those matching "filter-text"), an empty state, an "Add Statement" button,
 * finding markers, drag and drop between lists of the same section, and the keyboard moves
 * (actions "statement.add-after", "statement.duplicate", "statement.delete",
 * "statement.move-up", "statement.move-down", "statement.move-left", "statement.move-right";
 * Ctrl+Enter, Ctrl+D, Delete, Alt+arrows). Left and right go to the neighbour lists. With
 * "scrolled" the statements scroll below a fixed header.
 * Signal "statement-focused" (FwStatement *) when the keyboard focus enters a statement.
 */
GtkWidget       *fw_statement_list_new                (void);
void             fw_statement_list_set_store          (FwStatementList  *self,
                                                       FwDocument       *document,
                                                       GListStore       *store,
                                                       FwSection         section);
GListStore      *fw_statement_list_get_store          (FwStatementList  *self);
/* The header's title; NULL hides the header. */
/* Disables the statement actions (add, duplicate, delete, move, annotate) while @read_only. */
void             fw_statement_list_set_read_only      (FwStatementList  *self,
                                                       gboolean          read_only);
void             fw_statement_list_set_title          (FwStatementList  *self,
                                                       const char       *title);
const char      *fw_statement_list_get_title          (FwStatementList  *self);
void             fw_statement_list_set_subtitle       (FwStatementList  *self,
                                                       const char       *subtitle);
const char      *fw_statement_list_get_subtitle       (FwStatementList  *self);
/* The statements the profile expects (0: no target, only the count is shown). */
void             fw_statement_list_set_target         (FwStatementList  *self,
                                                       guint             target);
guint            fw_statement_list_get_target         (FwStatementList  *self);
/* Shows only statements containing @text (case-insensitive) and marks the matches. */
void             fw_statement_list_set_filter_text    (FwStatementList  *self,
                                                       const char       *text);
const char      *fw_statement_list_get_filter_text    (FwStatementList  *self);
/* The number of statements shown (after the filter). */
guint            fw_statement_list_get_n_visible      (FwStatementList  *self);
/* What the list is called for screen readers and in its add button ("Emerging"). */
void             fw_statement_list_set_name           (FwStatementList  *self,
                                                       const char       *name);
/* The lists "statement.move-left" and "-right" move to; set them both ways. */
void             fw_statement_list_set_neighbours     (FwStatementList  *self,
                                                       FwStatementList  *previous,
                                                       FwStatementList  *next);
/* The "statement" actions of this list, for a toolbar outside it. */
GActionGroup    *fw_statement_list_get_actions        (FwStatementList  *self);
/* Binds the statement shortcuts (Ctrl+Enter, Ctrl+D, Delete, Alt+arrows) to the "statement"
 * actions in @widget_class: for a page that shows a list's actions with that prefix. */
void             fw_statement_list_class_add_shortcuts (GtkWidgetClass  *widget_class);
void             fw_statement_list_set_validator      (FwStatementList  *self,
                                                       FwValidator      *validator);
/* Re-reads each statement's findings from the validator. */
void             fw_statement_list_refresh_findings   (FwStatementList  *self);
/* Findings about the list as a whole (an empty cell …): FwFinding*, may be NULL or empty. */
void             fw_statement_list_set_list_findings  (FwStatementList  *self,
                                                       GPtrArray        *findings);
gboolean         fw_statement_list_has_list_findings  (FwStatementList  *self);
FwStatementRow  *fw_statement_list_find_row           (FwStatementList  *self,
                                                       FwStatement      *statement);
FwCitationChips *fw_statement_list_find_chips         (FwStatementList  *self,
                                                       FwStatement      *statement);
/* Selects @statement (of this list) and focuses @field (NONE: the row). */
gboolean         fw_statement_list_select_statement   (FwStatementList  *self,
                                                       FwStatement      *statement,
                                                       FwStatementField  field);
/* Marks @statement (or nothing) as selected without moving the focus. */
void             fw_statement_list_set_selected       (FwStatementList  *self,
                                                       FwStatement      *statement);
FwStatement     *fw_statement_list_get_selected       (FwStatementList  *self);
void             fw_statement_list_unselect           (FwStatementList  *self);
/* Adds an empty statement at the end (one command) and focuses its headline. */
FwStatement     *fw_statement_list_add_statement      (FwStatementList  *self);
GtkWidget       *fw_statement_list_get_add_button     (FwStatementList  *self);
/* The header (title, subtitle and count), for lining headers up across lists. */
GtkWidget       *fw_statement_list_get_header         (FwStatementList  *self);
/*
 * Moves @statement (from any list of the same section) to where a drop at @y (in the
 * list's coordinates) points: before the row under @y when in its upper half, else after
 * it; at the end below the last row. Runs one move command and selects the statement.
 * FALSE when it cannot go here.
 */
gboolean         fw_statement_list_drop_statement     (FwStatementList  *self,
                                                       FwStatement      *statement,
                                                       double            y);

/*
 * Compare With: shows the texts of statements a compared version had and this one has not,
 * struck through where they were: @texts[i] before @befores[i] (a statement of the list), or
 * after the last one when that is NULL. @n_removed 0 clears them.
 */
void             fw_statement_list_show_removed       (FwStatementList  *self,
                                                       const char * const *texts,
                                                       FwStatement     **befores,
                                                       guint             n_removed);

/* The context menu of a card (its right click selects the statement first): "Annotate…",
 * as Ctrl+Shift+M. */
GMenuModel      *fw_statement_list_get_context_menu   (FwStatementList  *self);

G_END_DECLS
