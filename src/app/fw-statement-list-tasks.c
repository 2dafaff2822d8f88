/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-statement-list-private.h"

/*
 * "Start from a Task": while a proficiency level is empty and the framework has O*NET tasks
 * (as a new framework does), the level offers the occupation's tasks. Choosing one adds a
 * statement anchored to that task, its body the task's text to rewrite, in one step (one
 * undoable edit).
 */

#define TASK_KEY "fw-task"

static void
task_activated_cb (FwStatementList *self,
                   GtkListBoxRow   *row,
                   GtkListBox      *list_box)
{
  FwTask *task = g_object_get_data (G_OBJECT (row), TASK_KEY);
  g_autoptr(FwStatement) statement = NULL;
  const char *task_id = fw_task_get_task_id (task);
  const char *anchors[] = { task_id, NULL };

  if (self->store == NULL || self->document == NULL)
    return;

  statement = fw_statement_new ("", fw_task_get_text (task));
  if (task_id != NULL)
    fw_statement_set_anchors (statement, anchors);
  gtk_menu_button_popdown (self->task_button);
  fw_statement_list_set_filter_text (self, NULL);
  fw_document_run (self->document,
                   fw_command_insert_new (self->store,
                                          g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                                          statement));
  fw_statement_list_select_statement (self, statement, FW_STATEMENT_FIELD_HEADLINE);
}

static GtkWidget *
task_row (FwTask *task)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *text = gtk_label_new (fw_task_get_text (task));
  GtkWidget *meta = NULL;
  const char *type = fw_task_get_task_type (task);
  const char *task_id = fw_task_get_task_id (task);

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 60);
  gtk_box_append (GTK_BOX (box), text);
  if (task_id != NULL)
    {
      /* Translators: an O*NET task's id and type, e.g. "Task 22807 · Core" */
      g_autofree char *label = type != NULL ? g_strdup_printf (_("Task %s · %s"), task_id, type)
                                            : g_strdup_printf (_("Task %s"), task_id);

      meta = gtk_label_new (label);
      gtk_label_set_xalign (GTK_LABEL (meta), 0);
      gtk_widget_add_css_class (meta, "dim-label");
      gtk_widget_add_css_class (meta, "caption");
      gtk_box_append (GTK_BOX (box), meta);
    }
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), TASK_KEY, g_object_ref (task), g_object_unref);

  return row;
}

/* Built when the menu opens: the tasks may have changed since the last time. */
static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  FwStatementList *self = user_data;
  GListModel *tasks;
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *list_box = gtk_list_box_new ();

  if (self->document == NULL)
    return;

  tasks = G_LIST_MODEL (fw_onet_get_tasks (fw_document_get_onet (self->document)));
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (tasks, i);

      gtk_list_box_append (GTK_LIST_BOX (list_box), task_row (task));
    }

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list_box), GTK_SELECTION_NONE);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (list_box), TRUE);
  gtk_widget_add_css_class (list_box, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("O*NET tasks of the occupation"), -1);
  g_signal_connect_object (list_box, "row-activated", G_CALLBACK (task_activated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list_box);
  gtk_popover_set_child (GTK_POPOVER (popover), scroller);
  gtk_menu_button_set_popover (button, popover);
}

void
_fw_statement_list_init_tasks (FwStatementList *self)
{
  gtk_menu_button_set_create_popup_func (self->task_button, create_popup_cb, self, NULL);
}

void
_fw_statement_list_update_task_button (FwStatementList *self)
{
  gboolean show = FALSE;

  if (self->document != NULL && self->store != NULL && self->section == FW_SECTION_LEVELS
      && _fw_statement_list_n_statements (self) == 0)
    show = g_list_model_get_n_items (G_LIST_MODEL (
             fw_onet_get_tasks (fw_document_get_onet (self->document)))) > 0;

  gtk_widget_set_visible (GTK_WIDGET (self->task_button), show);
}
