/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-statement-list.h"

G_BEGIN_DECLS

/*
 * Internals shared by the parts of FwStatementList. Calls go one way, from the top down:
 *
 *   fw-statement-list.c          the class: store, header, findings, building the rows
 *   fw-statement-list-actions.c  the statement.* actions, adding a statement, shortcuts
 *   fw-statement-list-dnd.c      dropping a statement on the list
 *   fw-statement-list-rows.c     finding rows, the selection, the filter, action states
 *   fw-statement-list-stages.c   building the rows of a scrolled list in stages
 *
 * A part never calls a part above it.
 */

struct _FwStatementList
{
  GtkWidget           parent_instance;

  FwDocument         *document;
  GListStore         *store;
  FwSection           section;
  FwValidator        *validator;
  FwStatement        *selected;
  FwStatementList    *previous;
  FwStatementList    *next;
  gboolean            read_only;   /* while comparing: no statement actions */
  GSimpleActionGroup *actions;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  /* What the list shows: all of filtered, or only its first rows until the next frame is
   * drawn (see show_first_screen()). */
  GtkSliceListModel  *shown;
  GdkFrameClock      *frame_clock;
  gulong              layout_id;
  gulong              after_paint_id;
  guint               show_all_id;
  char               *filter_text;
  char               *name;
  guint               target;
  /* With "scrolled": the scrolled window that body moved into. */
  GtkWidget          *scroller;
  gboolean            has_list_findings;
  GtkListBoxRow      *drop_row;
  /* Compare With: removed texts shown struck through before a statement (FwStatement* →
   * GPtrArray of char*), and those after the last one. */
  GHashTable         *removed_before;
  GtkWidget          *removed_tail;

  /* Template children */
  GtkWidget          *header;
  GtkLabel           *title_label;
  GtkLabel           *subtitle_label;
  GtkLabel           *count_label;
  GtkBox             *box;
  GtkWidget          *body;
  GtkListBox         *list_box;
  GtkLabel           *empty_label;
  GtkLabel           *no_matches_label;
  GtkButton          *add_button;
  GtkMenuButton      *task_button;
  GtkImage           *marker;
};

static inline guint
_fw_statement_list_n_statements (FwStatementList *self)
{
  return self->store != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->store)) : 0;
}

static inline gboolean
_fw_statement_list_selected_position (FwStatementList *self,
                                      guint           *position)
{
  return self->selected != NULL && self->store != NULL &&
         g_list_store_find (self->store, self->selected, position);
}

/* Whether @neighbour can take a statement: it exists and shows a store. */
static inline gboolean
_fw_statement_list_can_receive (FwStatementList *neighbour)
{
  return neighbour != NULL && neighbour->store != NULL;
}

/* fw-statement-list-stages.c: a scrolled list builds its rows in stages */
void _fw_statement_list_show_first_screen      (FwStatementList *self);
void _fw_statement_list_show_all_rows          (FwStatementList *self);
void _fw_statement_list_wait_for_frame         (FwStatementList *self);
void _fw_statement_list_stop_waiting_for_frame (FwStatementList *self);

/* fw-statement-list-rows.c */
void _fw_statement_list_update_actions        (FwStatementList *self);
void _fw_statement_list_update_empty_state    (FwStatementList *self);
/* fw-statement-list-tasks.c: "Start from a Task", shown while a level of a framework with
 * O*NET tasks is empty. */
void _fw_statement_list_init_tasks            (FwStatementList *self);
void _fw_statement_list_update_task_button    (FwStatementList *self);

/* fw-statement-list-actions.c */
void _fw_statement_list_init_actions          (FwStatementList *self);
/* A right click on @row selects its statement and shows the context menu. */
void _fw_statement_list_attach_context_menu   (FwStatementList *self,
                                               GtkWidget       *row);

/* fw-statement-list-dnd.c */
void _fw_statement_list_init_dnd              (FwStatementList *self);
void _fw_statement_list_clear_drop_highlight  (FwStatementList *self);

/* fw-statement-list-removed.c */
void _fw_statement_list_clear_removed         (FwStatementList *self);

G_END_DECLS
