/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fw-apprenticeship-row.h"
#include "fw-onet-page-private.h"
#include "fw-task-row.h"

/* The rows of the O*NET page's apprenticeships and tasks, and their findings. */

const char *
_fw_onet_page_item_id (GtkWidget *row)
{
  if (FW_IS_TASK_ROW (row))
    return fw_task_get_id (fw_task_row_get_task (FW_TASK_ROW (row)));
  return fw_apprenticeship_get_id (
    fw_apprenticeship_row_get_apprenticeship (FW_APPRENTICESHIP_ROW (row)));
}

GtkWidget *
_fw_onet_page_item_field_entry (GtkWidget  *row,
                                const char *field)
{
  if (FW_IS_TASK_ROW (row))
    return fw_task_row_get_entry (FW_TASK_ROW (row),
                                  g_strcmp0 (field, "taskId") == 0 ? "task-id" : "text");
  return fw_apprenticeship_row_get_entry (FW_APPRENTICESHIP_ROW (row),
                                          g_strcmp0 (field, "title") == 0 ? "title" : "code");
}

/* Marks the row's entry when the validator has findings about its item, found by its id. */
void
_fw_onet_page_mark_item_row (FwOnetPage *self,
                             GtkWidget  *row)
{
  gboolean has_findings = fw_editor_page_lookup_findings (FW_EDITOR_PAGE (self),
                                                          _fw_onet_page_item_id (row)) != NULL;

  if (FW_IS_TASK_ROW (row))
    fw_task_row_set_has_findings (FW_TASK_ROW (row), has_findings);
  else
    fw_apprenticeship_row_set_has_findings (FW_APPRENTICESHIP_ROW (row), has_findings);
}

static void
remove_item (FwOnetPage    *self,
             GListStore    *store,
             GtkListBoxRow *row,
             const char    *label)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  FwCommand *command;

  if (gtk_list_box_row_get_index (row) < 0)
    return;
  command = fw_command_remove_new (store, gtk_list_box_row_get_index (row));
  fw_command_set_label (command, label);
  fw_document_run (document, command);
}

static void
on_remove_apprenticeship (FwOnetPage    *self,
                          GtkListBoxRow *row)
{
  remove_item (self, fw_onet_get_apprenticeships (self->onet), row, _("Remove Apprenticeship"));
}

static void
on_remove_task (FwOnetPage    *self,
                GtkListBoxRow *row)
{
  remove_item (self, fw_onet_get_tasks (self->onet), row, _("Remove Task"));
}

GtkWidget *
_fw_onet_page_create_apprenticeship_row (gpointer item,
                                         gpointer user_data)
{
  FwOnetPage *self = user_data;
  GtkWidget *row = fw_apprenticeship_row_new (fw_editor_page_get_document (FW_EDITOR_PAGE (self)),
                                              item);

  g_signal_connect_object (row, "remove-requested", G_CALLBACK (on_remove_apprenticeship), self,
                           G_CONNECT_SWAPPED);
  _fw_onet_page_mark_item_row (self, row);
  return row;
}

GtkWidget *
_fw_onet_page_create_task_row (gpointer item,
                               gpointer user_data)
{
  FwOnetPage *self = user_data;
  GtkWidget *row = fw_task_row_new (fw_editor_page_get_document (FW_EDITOR_PAGE (self)), item);

  g_signal_connect_object (row, "remove-requested", G_CALLBACK (on_remove_task), self,
                           G_CONNECT_SWAPPED);
  _fw_onet_page_mark_item_row (self, row);
  _fw_onet_page_review_attach_row (self, row);
  return row;
}

void
_fw_onet_page_update_all_task_anchors (FwOnetPage *self)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->tasks_list, i)) != NULL; i++)
    fw_task_row_update_anchors (FW_TASK_ROW (row));
}
