/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-statement-list-private.h"

/*
 * The rows, the selection, the filter and the state of the actions that follow them. The
 * list (fw-statement-list.c), its actions and its drag and drop call in here; nothing here
 * calls back up into them.
 */

static void
set_action_enabled (FwStatementList *self,
                    const char      *name,
                    gboolean         enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled && !self->read_only);
}

void
fw_statement_list_set_read_only (FwStatementList *self,
                                 gboolean         read_only)
{
  g_return_if_fail (FW_IS_STATEMENT_LIST (self));

  self->read_only = read_only;
  set_action_enabled (self, "annotate", TRUE);
  _fw_statement_list_update_actions (self);
}

void
_fw_statement_list_update_actions (FwStatementList *self)
{
  guint position = 0;
  gboolean has = _fw_statement_list_selected_position (self, &position);

  set_action_enabled (self, "add-after", self->store != NULL);
  set_action_enabled (self, "duplicate", has);
  set_action_enabled (self, "delete", has);
  set_action_enabled (self, "move-up", has && position > 0);
  set_action_enabled (self, "move-down",
                      has && position + 1 < _fw_statement_list_n_statements (self));
  set_action_enabled (self, "move-left", has && _fw_statement_list_can_receive (self->previous));
  set_action_enabled (self, "move-right", has && _fw_statement_list_can_receive (self->next));
}

void
_fw_statement_list_update_empty_state (FwStatementList *self)
{
  guint n = _fw_statement_list_n_statements (self);
  guint n_visible = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

  gtk_widget_set_visible (GTK_WIDGET (self->list_box), n_visible > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), n == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_matches_label), n > 0 && n_visible == 0);
  _fw_statement_list_update_task_button (self);
  if (n == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "empty");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "empty");
}

void
fw_statement_list_set_selected (FwStatementList *self,
                                FwStatement     *statement)
{
  FwStatementRow *row;

  g_return_if_fail (FW_IS_STATEMENT_LIST (self));
  g_return_if_fail (statement == NULL || FW_IS_STATEMENT (statement));

  row = statement != NULL ? fw_statement_list_find_row (self, statement) : NULL;
  g_set_object (&self->selected, statement);
  if (row != NULL)
    gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (row));
  else
    gtk_list_box_unselect_all (self->list_box);
  _fw_statement_list_update_actions (self);
}

void
fw_statement_list_set_filter_text (FwStatementList *self,
                                   const char      *text)
{
  g_return_if_fail (FW_IS_STATEMENT_LIST (self));

  if (text != NULL && text[0] == '\0')
    text = NULL;
  if (g_strcmp0 (text, self->filter_text) == 0)
    return;
  _fw_statement_list_show_all_rows (self);
  g_free (self->filter_text);
  self->filter_text = g_strdup (text);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (FW_IS_STATEMENT_ROW (child))
        fw_statement_row_set_highlight (FW_STATEMENT_ROW (child), self->filter_text);
    }
  _fw_statement_list_update_empty_state (self);
  g_object_notify (G_OBJECT (self), "filter-text");
}

const char *
fw_statement_list_get_filter_text (FwStatementList *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), NULL);

  return self->filter_text;
}

FwStatementRow *
fw_statement_list_find_row (FwStatementList *self,
                            FwStatement     *statement)
{
  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), NULL);

  _fw_statement_list_show_all_rows (self);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (FW_IS_STATEMENT_ROW (child) &&
          fw_statement_row_get_statement (FW_STATEMENT_ROW (child)) == statement)
        return FW_STATEMENT_ROW (child);
    }
  return NULL;
}

FwCitationChips *
fw_statement_list_find_chips (FwStatementList *self,
                              FwStatement     *statement)
{
  FwStatementRow *row;

  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), NULL);

  row = fw_statement_list_find_row (self, statement);
  return row != NULL ? fw_statement_row_get_chips (row) : NULL;
}

gboolean
fw_statement_list_select_statement (FwStatementList  *self,
                                    FwStatement      *statement,
                                    FwStatementField  field)
{
  FwStatementRow *row;

  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), FALSE);
  g_return_val_if_fail (FW_IS_STATEMENT (statement), FALSE);

  row = fw_statement_list_find_row (self, statement);
  if (row == NULL)
    return FALSE;
  fw_statement_list_set_selected (self, statement);
  fw_statement_row_focus_field (row, field);
  return TRUE;
}

FwStatement *
fw_statement_list_get_selected (FwStatementList *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), NULL);

  return self->selected;
}

void
fw_statement_list_unselect (FwStatementList *self)
{
  g_return_if_fail (FW_IS_STATEMENT_LIST (self));

  if (self->selected != NULL)
    fw_statement_list_set_selected (self, NULL);
}
