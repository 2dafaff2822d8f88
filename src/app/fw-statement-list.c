/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fw-finding-marker.h"
#include "fw-statement-list.h"
#include "fw-tooltip.h"

struct _FwStatementList
{
  GtkWidget        parent_instance;

  FwDocument      *document;
  GListStore      *store;
  FwSection        section;
  FwValidator     *validator;
  FwStatement     *selected;
  FwStatementList *previous;
  FwStatementList *next;
  char            *name;
  GtkListBoxRow   *drop_row;
  GdkFrameClock   *frame_clock;
  gulong           after_paint_id;
  /* Frames during which to look for stale allocations (see on_after_paint). */
  guint            check_frames;
  int              checked_width;
  gboolean         has_list_findings;

  /* Template children */
  GtkWidget       *header;
  GtkLabel        *title_label;
  GtkLabel        *subtitle_label;
  GtkLabel        *count_label;
  GtkListBox      *list_box;
  GtkLabel        *empty_label;
  GtkButton       *add_button;
  GtkImage        *marker;
};

G_DEFINE_FINAL_TYPE (FwStatementList, fw_statement_list, GTK_TYPE_WIDGET)

enum {
  STATEMENT_FOCUSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
n_statements (FwStatementList *self)
{
  return self->store != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->store)) : 0;
}

static gboolean
selected_position (FwStatementList *self,
                   guint           *position)
{
  return self->selected != NULL && self->store != NULL &&
         g_list_store_find (self->store, self->selected, position);
}

static void
update_actions (FwStatementList *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint position = 0;
  gboolean has = selected_position (self, &position);

  gtk_widget_action_set_enabled (widget, "statement.add-after", self->store != NULL);
  gtk_widget_action_set_enabled (widget, "statement.duplicate", has);
  gtk_widget_action_set_enabled (widget, "statement.delete", has);
  gtk_widget_action_set_enabled (widget, "statement.move-up", has && position > 0);
  gtk_widget_action_set_enabled (widget, "statement.move-down",
                                 has && position + 1 < n_statements (self));
  gtk_widget_action_set_enabled (widget, "statement.move-left", has && self->previous != NULL);
  gtk_widget_action_set_enabled (widget, "statement.move-right", has && self->next != NULL);
}

static void
update_count (FwStatementList *self)
{
  guint n = n_statements (self);
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autofree char *count_a11y = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u statement",
                                                              "%u statements", n), n);

  gtk_label_set_label (self->count_label, count);
  fw_widget_set_tooltip (GTK_WIDGET (self->count_label), count_a11y);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->count_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, count_a11y, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->list_box), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), n == 0);
  if (n == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "empty");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "empty");
}

static void
on_items_changed (FwStatementList *self)
{
  guint position;

  if (self->selected != NULL && !selected_position (self, &position))
    g_clear_object (&self->selected);
  update_count (self);
  update_actions (self);
}

/* Looks for stale allocations for the next few frames (see on_after_paint). */
static void
arm_layout_check (FwStatementList *self)
{
  self->check_frames = 3;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Rows ------------------------------------------------------------------------------------ */

static void
apply_findings (FwStatementList *self,
                FwStatementRow  *row)
{
  g_autoptr(GPtrArray) findings = NULL;

  if (self->validator != NULL)
    findings = fw_validator_get_statement_findings (self->validator,
      fw_statement_get_id (fw_statement_row_get_statement (row)));
  fw_statement_row_set_findings (row, findings);
}

static void
set_selected (FwStatementList *self,
              FwStatement     *statement)
{
  FwStatementRow *row = statement != NULL ? fw_statement_list_find_row (self, statement) : NULL;

  g_set_object (&self->selected, statement);
  if (row != NULL)
    gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (row));
  else
    gtk_list_box_unselect_all (self->list_box);
  update_actions (self);
}

static void
on_row_focus_entered (FwStatementList *self,
                      FwStatementRow  *row)
{
  FwStatement *statement = fw_statement_row_get_statement (row);

  if (statement != self->selected)
    set_selected (self, statement);
  g_signal_emit (self, signals[STATEMENT_FOCUSED], 0, statement);
}

static void
on_chips_focus_enter (GtkEventControllerFocus *controller,
                      FwStatementList         *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (
    gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)), FW_TYPE_STATEMENT_ROW);

  if (row != NULL)
    on_row_focus_entered (self, FW_STATEMENT_ROW (row));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  FwStatementList *self = user_data;
  GtkWidget *row = fw_statement_row_new (self->document, item);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_object_set_data (G_OBJECT (row), "fw-citation-chips",
                     fw_statement_row_get_chips (FW_STATEMENT_ROW (row)));
  g_signal_connect_object (row, "focus-entered", G_CALLBACK (on_row_focus_entered), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "enter", G_CALLBACK (on_chips_focus_enter), self, 0);
  gtk_widget_add_controller (g_object_get_data (G_OBJECT (row), "fw-citation-chips"), focus);
  /* Edits and citations change the row's height. */
  g_signal_connect_object (item, "notify", G_CALLBACK (arm_layout_check), self, G_CONNECT_SWAPPED);
  apply_findings (self, FW_STATEMENT_ROW (row));
  if (item == self->selected)
    gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (row));
  return row;
}

/* Actions --------------------------------------------------------------------------------- */

static void
insert_statement (FwStatementList *self,
                  guint            position,
                  FwStatement     *statement,
                  FwStatementField field)
{
  fw_document_run (self->document, fw_command_insert_new (self->store, position, statement));
  fw_statement_list_select_statement (self, statement, field);
}

static void
add_after (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  FwStatementList *self = FW_STATEMENT_LIST (widget);
  g_autoptr(FwStatement) statement = NULL;
  guint position;

  if (self->store == NULL)
    return;
  if (!selected_position (self, &position))
    position = n_statements (self);
  else
    position++;
  statement = fw_statement_new ("", "");
  insert_statement (self, position, statement, FW_STATEMENT_FIELD_HEADLINE);
}

static void
duplicate_selected (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FwStatementList *self = FW_STATEMENT_LIST (widget);
  g_autoptr(FwStatement) copy = NULL;
  guint position;

  if (!selected_position (self, &position))
    return;
  copy = fw_statement_copy (self->selected);
  insert_statement (self, position + 1, copy, FW_STATEMENT_FIELD_NONE);
}

static void
delete_selected (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FwStatementList *self = FW_STATEMENT_LIST (widget);
  g_autoptr(FwStatement) next = NULL;
  guint position, n;

  if (!selected_position (self, &position))
    return;
  fw_document_run (self->document, fw_command_remove_new (self->store, position));
  n = n_statements (self);
  if (n > 0)
    next = g_list_model_get_item (G_LIST_MODEL (self->store), MIN (position, n - 1));
  if (next != NULL)
    fw_statement_list_select_statement (self, next, FW_STATEMENT_FIELD_NONE);
  else
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

  if (!selected_position (self, &position))
    return;
  fw_document_run (self->document,
                   fw_command_move_new (self->store, position, target->store, target_position));
  if (target != self)
    set_selected (self, NULL);
  fw_statement_list_select_statement (target, statement, field);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FwStatementList *self = FW_STATEMENT_LIST (widget);
  guint position;

  if (!selected_position (self, &position))
    return;
  if (g_str_equal (action_name, "statement.move-up") && position > 0)
    move_to (self, self, position - 1);
  else if (g_str_equal (action_name, "statement.move-down") && position + 1 < n_statements (self))
    move_to (self, self, position + 1);
  else if (g_str_equal (action_name, "statement.move-left") && self->previous != NULL &&
           self->previous->store != NULL)
    move_to (self, self->previous, MIN (position, n_statements (self->previous)));
  else if (g_str_equal (action_name, "statement.move-right") && self->next != NULL &&
           self->next->store != NULL)
    move_to (self, self->next, MIN (position, n_statements (self->next)));
}

static void
on_add_clicked (FwStatementList *self)
{
  fw_statement_list_add_statement (self);
}

/* Drag and drop --------------------------------------------------------------------------- */

static void
clear_drop_highlight (FwStatementList *self)
{
  if (self->drop_row != NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->drop_row), "drop-above");
      gtk_widget_remove_css_class (GTK_WIDGET (self->drop_row), "drop-below");
      g_clear_weak_pointer (&self->drop_row);
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-target");
}

static GtkListBoxRow *
row_for_drop (FwStatementList *self,
              double           y,
              gboolean        *after)
{
  GtkListBoxRow *row;
  graphene_rect_t bounds;
  double list_x, list_y;

  *after = FALSE;
  if (n_statements (self) == 0 ||
      !gtk_widget_translate_coordinates (GTK_WIDGET (self), GTK_WIDGET (self->list_box), 0, y,
                                         &list_x, &list_y))
    return NULL;
  if (list_y < 0)
    return gtk_list_box_get_row_at_index (self->list_box, 0);
  row = gtk_list_box_get_row_at_y (self->list_box, (int) list_y);
  if (row == NULL || !gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->list_box),
                                                 &bounds))
    return NULL;
  *after = list_y > bounds.origin.y + bounds.size.height / 2;
  return row;
}

static GdkDragAction
on_drop_motion (FwStatementList *self,
                double           x,
                double           y)
{
  GtkListBoxRow *row;
  gboolean after;

  clear_drop_highlight (self);
  gtk_widget_add_css_class (GTK_WIDGET (self), "drop-target");
  row = row_for_drop (self, y, &after);
  if (row != NULL)
    {
      g_set_weak_pointer (&self->drop_row, row);
      gtk_widget_add_css_class (GTK_WIDGET (row), after ? "drop-below" : "drop-above");
    }
  return GDK_ACTION_MOVE;
}

static gboolean
on_drop (FwStatementList *self,
         const GValue    *value,
         double           x,
         double           y)
{
  clear_drop_highlight (self);
  if (!G_VALUE_HOLDS (value, FW_TYPE_STATEMENT) || g_value_get_object (value) == NULL)
    return FALSE;
  return fw_statement_list_drop_statement (self, g_value_get_object (value), y);
}

/* Layout ---------------------------------------------------------------------------------- */

/*
 * A text view learns its wrapped height while it is being allocated, and the resize it then
 * queues can be lost while an ancestor is still allocating: the rows would stay one line
 * high. After each frame, a container whose child is smaller than it needs allocates again.
 * Returns TRUE when something was queued.
 */
/*
 * Whether @widget is allocated less height than it needs for its width. The allocated size
 * holds the CSS margins but not the widget's own margins; the measured size holds both.
 */
static gboolean
is_stale (GtkWidget *widget)
{
  int width, height;
  int minimum = 0;

  if (!gtk_widget_should_layout (widget) || gtk_widget_get_allocated_width (widget) <= 0)
    return FALSE;
  width = gtk_widget_get_allocated_width (widget) + gtk_widget_get_margin_start (widget) +
          gtk_widget_get_margin_end (widget);
  height = gtk_widget_get_allocated_height (widget) + gtk_widget_get_margin_top (widget) +
           gtk_widget_get_margin_bottom (widget);
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &minimum, NULL, NULL, NULL);
  return minimum > height;
}

/* Queues a new allocation of the parents of the outermost stale widgets below @widget. */
static void
fix_stale_children (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child) || GTK_IS_NATIVE (child))
        continue;
      if (is_stale (child))
        gtk_widget_queue_allocate (widget);
      else
        fix_stale_children (child);
    }
}

/*
 * A text view learns its wrapped height while it is being allocated, and the resize it then
 * queues can be lost while an ancestor is still allocating: the rows would stay one line
 * high. After each frame, the outermost container (up to the scrolled view, which may be
 * smaller than its content) whose child got less than it needs allocates again.
 */
static void
on_after_paint (FwStatementList *self)
{
  GtkWidget *outermost = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  /* Only after a change: new rows, edits, a new width. */
  if (width != self->checked_width)
    {
      self->checked_width = width;
      self->check_frames = 3;
    }
  if (self->check_frames == 0)
    return;
  self->check_frames--;

  for (GtkWidget *widget = GTK_WIDGET (self);
       widget != NULL && !GTK_IS_SCROLLABLE (widget) && !GTK_IS_NATIVE (widget);
       widget = gtk_widget_get_parent (widget))
    {
      if (is_stale (widget))
        outermost = widget;
    }
  if (outermost != NULL && gtk_widget_get_parent (outermost) != NULL)
    gtk_widget_queue_allocate (gtk_widget_get_parent (outermost));
  else
    fix_stale_children (GTK_WIDGET (self));
}

static void
fw_statement_list_map (GtkWidget *widget)
{
  FwStatementList *self = FW_STATEMENT_LIST (widget);

  GTK_WIDGET_CLASS (fw_statement_list_parent_class)->map (widget);
  self->frame_clock = g_object_ref (gtk_widget_get_frame_clock (widget));
  self->after_paint_id = g_signal_connect_swapped (self->frame_clock, "after-paint",
                                                   G_CALLBACK (on_after_paint), self);
  arm_layout_check (self);
}

static void
fw_statement_list_unmap (GtkWidget *widget)
{
  FwStatementList *self = FW_STATEMENT_LIST (widget);

  if (self->frame_clock != NULL)
    g_clear_signal_handler (&self->after_paint_id, self->frame_clock);
  g_clear_object (&self->frame_clock);
  GTK_WIDGET_CLASS (fw_statement_list_parent_class)->unmap (widget);
}

/* GObject --------------------------------------------------------------------------------- */

static void
fw_statement_list_dispose (GObject *object)
{
  FwStatementList *self = FW_STATEMENT_LIST (object);
  GtkWidget *child;

  clear_drop_highlight (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_STATEMENT_LIST);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_weak_pointer (&self->previous);
  g_clear_weak_pointer (&self->next);
  g_clear_object (&self->selected);
  g_clear_object (&self->store);
  g_clear_object (&self->document);
  g_clear_object (&self->validator);

  G_OBJECT_CLASS (fw_statement_list_parent_class)->dispose (object);
}

static void
fw_statement_list_finalize (GObject *object)
{
  FwStatementList *self = FW_STATEMENT_LIST (object);

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (fw_statement_list_parent_class)->finalize (object);
}

static void
fw_statement_list_class_init (FwStatementListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_statement_list_dispose;
  object_class->finalize = fw_statement_list_finalize;
  widget_class->map = fw_statement_list_map;
  widget_class->unmap = fw_statement_list_unmap;

  signals[STATEMENT_FOCUSED] =
    g_signal_new ("statement-focused", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, FW_TYPE_STATEMENT);

  g_type_ensure (ADW_TYPE_BUTTON_CONTENT);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-statement-list.ui");
  gtk_widget_class_bind_template_child (widget_class, FwStatementList, header);
  gtk_widget_class_bind_template_child (widget_class, FwStatementList, title_label);
  gtk_widget_class_bind_template_child (widget_class, FwStatementList, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, FwStatementList, count_label);
  gtk_widget_class_bind_template_child (widget_class, FwStatementList, list_box);
  gtk_widget_class_bind_template_child (widget_class, FwStatementList, empty_label);
  gtk_widget_class_bind_template_child (widget_class, FwStatementList, add_button);
  gtk_widget_class_bind_template_child (widget_class, FwStatementList, marker);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);

  gtk_widget_class_install_action (widget_class, "statement.add-after", NULL, add_after);
  gtk_widget_class_install_action (widget_class, "statement.duplicate", NULL, duplicate_selected);
  gtk_widget_class_install_action (widget_class, "statement.delete", NULL, delete_selected);
  gtk_widget_class_install_action (widget_class, "statement.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "statement.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "statement.move-left", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "statement.move-right", NULL, move_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "statement.add-after", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "statement.add-after", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "statement.duplicate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "statement.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0,
                                       "statement.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "statement.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "statement.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "statement.move-left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "statement.move-right", NULL);
}

static void
fw_statement_list_init (FwStatementList *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));

  target = gtk_drop_target_new (FW_TYPE_STATEMENT, GDK_ACTION_MOVE);
  g_signal_connect_object (target, "motion", G_CALLBACK (on_drop_motion), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (target, "enter", G_CALLBACK (on_drop_motion), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (target, "leave", G_CALLBACK (clear_drop_highlight), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  update_count (self);
  update_actions (self);
}

GtkWidget *
fw_statement_list_new (void)
{
  return g_object_new (FW_TYPE_STATEMENT_LIST, NULL);
}

void
fw_statement_list_set_store (FwStatementList *self,
                             FwDocument      *document,
                             GListStore      *store,
                             FwSection        section)
{
  g_return_if_fail (FW_IS_STATEMENT_LIST (self));
  g_return_if_fail (document == NULL || FW_IS_DOCUMENT (document));
  g_return_if_fail (store == NULL || G_IS_LIST_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->selected);
  g_set_object (&self->document, document);
  g_set_object (&self->store, store);
  self->section = section;
  gtk_list_box_bind_model (self->list_box, store != NULL ? G_LIST_MODEL (store) : NULL,
                           store != NULL ? create_row : NULL, self, NULL);
  if (store != NULL)
    g_signal_connect_object (store, "items-changed", G_CALLBACK (on_items_changed), self,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), store != NULL);
  update_count (self);
  update_actions (self);
}

GListStore *
fw_statement_list_get_store (FwStatementList *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), NULL);

  return self->store;
}

void
fw_statement_list_set_title (FwStatementList *self,
                             const char      *title,
                             const char      *subtitle)
{
  g_return_if_fail (FW_IS_STATEMENT_LIST (self));

  gtk_widget_set_visible (self->header, title != NULL);
  gtk_label_set_label (self->title_label, title != NULL ? title : "");
  gtk_label_set_label (self->subtitle_label, subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle != NULL && subtitle[0]);
}

void
fw_statement_list_set_name (FwStatementList *self,
                            const char      *name)
{
  g_autofree char *add_label = NULL;

  g_return_if_fail (FW_IS_STATEMENT_LIST (self));

  g_free (self->name);
  self->name = g_strdup (name);
  /* Translators: the accessible name of a list's add button; %s names the list */
  add_label = g_strdup_printf (_("Add statement to %s"), name != NULL ? name : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name != NULL ? name : "", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, add_label, -1);
  fw_widget_set_tooltip (GTK_WIDGET (self->add_button), add_label);
}

void
fw_statement_list_set_neighbours (FwStatementList *self,
                                  FwStatementList *previous,
                                  FwStatementList *next)
{
  g_return_if_fail (FW_IS_STATEMENT_LIST (self));

  g_set_weak_pointer (&self->previous, previous);
  g_set_weak_pointer (&self->next, next);
  update_actions (self);
}

void
fw_statement_list_set_validator (FwStatementList *self,
                                 FwValidator     *validator)
{
  g_return_if_fail (FW_IS_STATEMENT_LIST (self));
  g_return_if_fail (validator == NULL || FW_IS_VALIDATOR (validator));

  g_set_object (&self->validator, validator);
}

void
fw_statement_list_refresh_findings (FwStatementList *self)
{
  g_return_if_fail (FW_IS_STATEMENT_LIST (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (FW_IS_STATEMENT_ROW (child))
        apply_findings (self, FW_STATEMENT_ROW (child));
    }
}

void
fw_statement_list_set_list_findings (FwStatementList *self,
                                     GPtrArray       *findings)
{
  g_return_if_fail (FW_IS_STATEMENT_LIST (self));

  self->has_list_findings = fw_finding_marker_update (self->marker, findings);
  if (self->has_list_findings)
    gtk_widget_add_css_class (GTK_WIDGET (self), "has-findings");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "has-findings");
}

gboolean
fw_statement_list_has_list_findings (FwStatementList *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), FALSE);

  return self->has_list_findings;
}

FwStatementRow *
fw_statement_list_find_row (FwStatementList *self,
                            FwStatement     *statement)
{
  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), NULL);

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
  return row != NULL ? g_object_get_data (G_OBJECT (row), "fw-citation-chips") : NULL;
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
  set_selected (self, statement);
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
    set_selected (self, NULL);
}

FwStatement *
fw_statement_list_add_statement (FwStatementList *self)
{
  g_autoptr(FwStatement) statement = NULL;

  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), NULL);

  if (self->store == NULL || self->document == NULL)
    return NULL;
  statement = fw_statement_new ("", "");
  insert_statement (self, n_statements (self), statement, FW_STATEMENT_FIELD_HEADLINE);
  /* The store holds it now. */
  return statement;
}

GtkWidget *
fw_statement_list_get_add_button (FwStatementList *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), NULL);

  return GTK_WIDGET (self->add_button);
}

gboolean
fw_statement_list_drop_statement (FwStatementList *self,
                                  FwStatement     *statement,
                                  double           y)
{
  FwStatementPlace place;
  GtkListBoxRow *row;
  gboolean after;
  guint position;

  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), FALSE);
  g_return_val_if_fail (FW_IS_STATEMENT (statement), FALSE);

  if (self->store == NULL ||
      fw_document_find_statement (self->document, fw_statement_get_id (statement),
                                  &place) != statement ||
      place.section != self->section)
    return FALSE;

  row = row_for_drop (self, y, &after);
  if (row == NULL)
    position = n_statements (self);
  else if (!g_list_store_find (self->store,
                               fw_statement_row_get_statement (FW_STATEMENT_ROW (row)),
                               &position))
    return FALSE;
  else if (after)
    position++;

  /* The target position counts items after the statement left its old place. */
  if (place.store == self->store && place.position < position)
    position--;
  if (place.store == self->store && place.position == position)
    return TRUE;

  fw_document_run (self->document, fw_command_move_new (place.store, place.position,
                                                        self->store, position));
  set_selected (self, statement);
  return TRUE;
}
