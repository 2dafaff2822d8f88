/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-correction-commands.h"
#include "fw-review-items.h"
#include "fw-statement-list-private.h"

static void
insert_statement (FwStatementList *self,
                  guint            position,
                  FwStatement     *statement,
                  FwStatementField field)
{
  /* A new statement would not match the filter: adding ends the search. */
  fw_statement_list_set_filter_text (self, NULL);
  fw_document_run (self->document, fw_command_insert_new (self->store, position, statement));
  fw_statement_list_select_statement (self, statement, field);
}

static void
add_after (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       user_data)
{
  FwStatementList *self = user_data;
  g_autoptr(FwStatement) statement = NULL;
  guint position;

  if (self->store == NULL)
    return;
  if (!_fw_statement_list_selected_position (self, &position))
    position = _fw_statement_list_n_statements (self);
  else
    position++;
  statement = fw_statement_new ("", "");
  insert_statement (self, position, statement, FW_STATEMENT_FIELD_HEADLINE);
}

static void
duplicate_selected (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  FwStatementList *self = user_data;
  g_autoptr(FwStatement) copy = NULL;
  guint position;

  if (!_fw_statement_list_selected_position (self, &position))
    return;
  copy = fw_statement_copy (self->selected);
  insert_statement (self, position + 1, copy, FW_STATEMENT_FIELD_NONE);
}

/*
 * The neighbour takes the selection, so Delete can be pressed again; when the list is left
 * empty the focus goes to its Add button, so the keyboard can go on from the same list.
 */
static void
delete_selected (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  FwStatementList *self = user_data;
  g_autoptr(FwStatement) next = NULL;
  guint position, n;

  if (!_fw_statement_list_selected_position (self, &position))
    return;
  fw_document_run (self->document, fw_command_remove_new (self->store, position));
  n = _fw_statement_list_n_statements (self);
  if (n > 0)
    next = g_list_model_get_item (G_LIST_MODEL (self->store), MIN (position, n - 1));
  if (next == NULL || !fw_statement_list_select_statement (self, next, FW_STATEMENT_FIELD_NONE))
    gtk_widget_grab_focus (GTK_WIDGET (self->add_button));
}

static FwStatementField
focused_field (FwStatementList *self)
{
  FwStatementRow *row = self->selected ? fw_statement_list_find_row (self, self->selected) : NULL;

  return row != NULL ? fw_statement_row_get_focus_field (row) : FW_STATEMENT_FIELD_NONE;
}

static void
move_to (FwStatementList *self,
         FwStatementList *target,
         guint            target_position)
{
  g_autoptr(FwStatement) statement = g_object_ref (self->selected);
  FwStatementField field = focused_field (self);
  guint position;

  if (!_fw_statement_list_selected_position (self, &position))
    return;
  fw_document_run (self->document,
                   fw_command_move_new (self->store, position, target->store, target_position));
  if (target != self)
    fw_statement_list_set_selected (self, NULL);
  fw_statement_list_select_statement (target, statement, field);
}

static void
move_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  FwStatementList *self = user_data;
  const char *name = g_action_get_name (G_ACTION (action));
  guint position;

  if (!_fw_statement_list_selected_position (self, &position))
    return;
  if (g_str_equal (name, "move-up") && position > 0)
    move_to (self, self, position - 1);
  else if (g_str_equal (name, "move-down") && position + 1 < _fw_statement_list_n_statements (self))
    move_to (self, self, position + 1);
  /* Sideways moves keep the row, so the statement lands beside where it was. */
  else if (g_str_equal (name, "move-left") && _fw_statement_list_can_receive (self->previous))
    move_to (self, self->previous,
             MIN (position, _fw_statement_list_n_statements (self->previous)));
  else if (g_str_equal (name, "move-right") && _fw_statement_list_can_receive (self->next))
    move_to (self, self->next, MIN (position, _fw_statement_list_n_statements (self->next)));
}

/* Adds an open correction of the selected statement and opens it from the row's marker. */
static void
annotate_selected (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  FwStatementList *self = user_data;
  g_autoptr(FwCorrection) correction = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *reviewer = NULL;
  g_autofree char *text = NULL;
  FwReviewNew request = { NULL };
  FwStatementRow *row;

  if (self->selected == NULL || self->document == NULL)
    return;
  reference = g_strconcat ("statement:", fw_statement_get_id (self->selected), NULL);
  reviewer = fw_correction_reviewer_name ();
  text = fw_statement_to_text (self->selected);
  request.reference = reference;
  request.kind = "other";
  request.proposed = text;
  request.reviewer = reviewer;
  correction = fw_review_new_correction (self->document, &request, NULL);
  if (correction == NULL)
    return;
  fw_document_run (self->document, fw_correction_add_command_new (self->document, correction));
  row = fw_statement_list_find_row (self, self->selected);
  if (row != NULL && gtk_widget_get_mapped (GTK_WIDGET (row)))
    fw_statement_row_open_correction (row);
}

GMenuModel *
fw_statement_list_get_context_menu (FwStatementList *self)
{
  GMenu *menu = g_menu_new ();

  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), NULL);

  g_menu_append (menu, _("_Annotate…"), "statement.annotate");
  return G_MENU_MODEL (menu);
}

static gboolean
unparent_idle_cb (gpointer data)
{
  if (gtk_widget_get_parent (data) != NULL)
    gtk_widget_unparent (data);
  return G_SOURCE_REMOVE;
}

/* The menu goes when closed, once GTK is done with it. */
static void
on_menu_closed (GtkWidget *popover)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, unparent_idle_cb, g_object_ref (popover), g_object_unref);
}

/* …or with its card, when that goes first (the list is rebuilt, the window closes). */
static void
on_row_destroy (GtkWidget *popover)
{
  unparent_idle_cb (popover);
}

/* A right click on a card selects its statement and offers to annotate it. */
static void
on_row_pressed (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                FwStatementList *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  g_autoptr(GMenuModel) menu = NULL;
  GtkWidget *popover;

  if (self->document == NULL)
    return;
  fw_statement_list_set_selected (self, fw_statement_row_get_statement (FW_STATEMENT_ROW (row)));
  menu = fw_statement_list_get_context_menu (self);
  popover = gtk_popover_menu_new_from_model (menu);
  gtk_widget_set_parent (popover, row);
  gtk_popover_set_pointing_to (GTK_POPOVER (popover),
                               &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  g_signal_connect (popover, "closed", G_CALLBACK (on_menu_closed), NULL);
  g_signal_connect_object (row, "destroy", G_CALLBACK (on_row_destroy), popover,
                           G_CONNECT_SWAPPED);
  gtk_popover_popup (GTK_POPOVER (popover));
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

void
_fw_statement_list_attach_context_menu (FwStatementList *self,
                                        GtkWidget       *row)
{
  GtkGesture *gesture = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (on_row_pressed), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (gesture));
}

static const GActionEntry action_entries[] = {
  { "annotate", annotate_selected },
  { "add-after", add_after },
  { "duplicate", duplicate_selected },
  { "delete", delete_selected },
  { "move-up", move_action },
  { "move-down", move_action },
  { "move-left", move_action },
  { "move-right", move_action },
};

void
_fw_statement_list_init_actions (FwStatementList *self)
{
  /* An action group rather than class actions: a page's toolbar shows the actions of the
   * list that holds the selection by inserting that list's group. */
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), action_entries,
                                   G_N_ELEMENTS (action_entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "statement", G_ACTION_GROUP (self->actions));
}

void
fw_statement_list_class_add_shortcuts (GtkWidgetClass *widget_class)
{
  static const struct { guint key; GdkModifierType mods; const char *action; } bindings[] = {
    { GDK_KEY_Return, GDK_CONTROL_MASK, "statement.add-after" },
    { GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "statement.add-after" },
    { GDK_KEY_d, GDK_CONTROL_MASK, "statement.duplicate" },
    { GDK_KEY_m, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "statement.annotate" },
    { GDK_KEY_Delete, 0, "statement.delete" },
    { GDK_KEY_KP_Delete, 0, "statement.delete" },
    { GDK_KEY_Up, GDK_ALT_MASK, "statement.move-up" },
    { GDK_KEY_Down, GDK_ALT_MASK, "statement.move-down" },
    { GDK_KEY_Left, GDK_ALT_MASK, "statement.move-left" },
    { GDK_KEY_Right, GDK_ALT_MASK, "statement.move-right" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
    gtk_widget_class_add_binding_action (widget_class, bindings[i].key, bindings[i].mods,
                                         bindings[i].action, NULL);
}

void
fw_statement_list_set_neighbours (FwStatementList *self,
                                  FwStatementList *previous,
                                  FwStatementList *next)
{
  g_return_if_fail (FW_IS_STATEMENT_LIST (self));

  g_set_weak_pointer (&self->previous, previous);
  g_set_weak_pointer (&self->next, next);
  _fw_statement_list_update_actions (self);
}

GActionGroup *
fw_statement_list_get_actions (FwStatementList *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), NULL);

  return G_ACTION_GROUP (self->actions);
}

FwStatement *
fw_statement_list_add_statement (FwStatementList *self)
{
  g_autoptr(FwStatement) statement = NULL;

  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), NULL);

  if (self->store == NULL || self->document == NULL)
    return NULL;
  statement = fw_statement_new ("", "");
  insert_statement (self, _fw_statement_list_n_statements (self), statement,
                    FW_STATEMENT_FIELD_HEADLINE);
  /* The store holds it now. */
  return statement;
}
