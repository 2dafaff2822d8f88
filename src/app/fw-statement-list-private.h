/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-statement-list.h"

G_BEGIN_DECLS

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
  GtkImage           *marker;
};

static inline guint
_fw_statement_list_n_statements (FwStatementList *self)
{
  return self->store != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->store)) : 0;
}

/* fw-statement-list-stages.c: a scrolled list builds its rows in stages */
void _fw_statement_list_show_first_screen      (FwStatementList *self);
void _fw_statement_list_show_all_rows          (FwStatementList *self);
void _fw_statement_list_wait_for_frame         (FwStatementList *self);
void _fw_statement_list_stop_waiting_for_frame (FwStatementList *self);

/* fw-statement-list-actions.c */
void _fw_statement_list_init_actions          (FwStatementList *self);
void _fw_statement_list_update_actions        (FwStatementList *self);

/* fw-statement-list-dnd.c */
void _fw_statement_list_init_dnd              (FwStatementList *self);
void _fw_statement_list_clear_drop_highlight  (FwStatementList *self);

G_END_DECLS
