/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fw-onet-page.h"

G_BEGIN_DECLS

/* Shared by fw-onet-page.c and fw-onet-page-items.c (the apprenticeship and task rows). */

#define N_LISTS 7

struct _FwOnetPage
{
  FwEditorPage        parent_instance;

  FwOnet             *onet;
  FwStringListEditor *editors[N_LISTS];

  /* Template children */
  GtkBox             *content_box;
  GtkWidget          *apprenticeships_group;
  GtkWidget          *tasks_group;
  /* FwApprenticeshipRow and FwTaskRow, bound to the lists: only changed rows are rebuilt. */
  GtkListBox         *apprenticeships_list;
  GtkListBox         *tasks_list;
  GtkButton          *add_apprenticeship_button;
  GtkButton          *add_task_button;
  GtkStack           *anchor_stack;
  GtkSpinButton      *anchor_spin;
  GtkButton          *anchor_set_button;
  GtkButton          *anchor_clear_button;
  AdwActionRow       *job_zone_row;
  GtkLabel           *job_zone_label;
};

/* Rows for gtk_list_box_bind_model () (@user_data: the page). */
GtkWidget  *_fw_onet_page_create_apprenticeship_row (gpointer    item,
                                                     gpointer    user_data);
GtkWidget  *_fw_onet_page_create_task_row           (gpointer    item,
                                                     gpointer    user_data);
void        _fw_onet_page_update_all_task_anchors   (FwOnetPage *self);
/* The id of the apprenticeship or task of @row (fw_task_get_id () …). */
const char *_fw_onet_page_item_id                   (GtkWidget  *row);
/* The entry of @row editing the field a finding names ("taskId", "title" …). */
GtkWidget  *_fw_onet_page_item_field_entry          (GtkWidget  *row,
                                                     const char *field);
/* Marks the entry of @row when the validator has findings about its item. */
void        _fw_onet_page_mark_item_row             (FwOnetPage *self,
                                                     GtkWidget  *row);

/* fw-onet-page-review.c: annotating tasks, and the markers of annotated ones. */
void        _fw_onet_page_review_class_init         (GtkWidgetClass *widget_class);
void        _fw_onet_page_review_init               (FwOnetPage *self);
void        _fw_onet_page_review_attach_row         (FwOnetPage *self,
                                                     GtkWidget  *row);
void        _fw_onet_page_update_markers            (FwOnetPage *self);

G_END_DECLS
