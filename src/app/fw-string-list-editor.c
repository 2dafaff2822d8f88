/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fw-string-list-editor.h"
#include "fw-tooltip.h"

struct _FwStringListEditor
{
  GtkWidget            parent_instance;

  FwDocument          *document;
  GObject             *target;
  char                *property;
  char                *title;
  char                *item_name;
  FwStringCheck        check;
  char                *problem;
  /* AdwEntryRow*, one per item, in order (the add entry is last in the list box). */
  GPtrArray           *rows;

  /* Template children */
  AdwPreferencesGroup *group;
  GtkListBox          *list_box;
  AdwEntryRow         *add_entry;
};

G_DEFINE_FINAL_TYPE (FwStringListEditor, fw_string_list_editor, GTK_TYPE_WIDGET)

static GStrv
current_items (FwStringListEditor *self)
{
  GStrv items = NULL;

  if (self->target != NULL)
    g_object_get (self->target, self->property, &items, NULL);
  return items != NULL ? items : g_new0 (char *, 1);
}

static void
run_items (FwStringListEditor *self,
           GStrv               items,
           const char         *label,
           gboolean            mergeable)
{
  g_auto(GValue) value = G_VALUE_INIT;
  FwCommand *command;

  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, items);
  command = fw_command_set_property_new (self->target, self->property, &value, mergeable);
  if (label != NULL)
    fw_command_set_label (command, label);
  fw_document_run (self->document, command);
}

static void
update_error (FwStringListEditor *self,
              GtkWidget          *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (self->check != NULL && !self->check (text))
    {
      gtk_widget_add_css_class (row, "error");
      fw_widget_set_tooltip (row, self->problem);
    }
  else
    {
      gtk_widget_remove_css_class (row, "error");
      fw_widget_set_tooltip (row, NULL);
    }
}

static int
row_index (FwStringListEditor *self,
           GtkWidget          *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_ENTRY_ROW);
  guint index;

  return row != NULL && g_ptr_array_find (self->rows, row, &index) ? (int) index : -1;
}

static void
on_item_changed (FwStringListEditor *self,
                 GtkEditable        *editable)
{
  g_auto(GStrv) items = current_items (self);
  int index = row_index (self, GTK_WIDGET (editable));
  const char *text = gtk_editable_get_text (editable);

  update_error (self, GTK_WIDGET (editable));
  if (index < 0 || (guint) index >= g_strv_length (items) || g_str_equal (items[index], text))
    return;
  g_free (items[index]);
  items[index] = g_strdup (text);
  run_items (self, items, NULL, TRUE);
}

static void
on_move_up_clicked (FwStringListEditor *self,
                    GtkButton          *button)
{
  int index = row_index (self, GTK_WIDGET (button));

  if (index > 0)
    fw_string_list_editor_move (self, index, -1);
}

static void
on_move_down_clicked (FwStringListEditor *self,
                      GtkButton          *button)
{
  int index = row_index (self, GTK_WIDGET (button));

  if (index >= 0)
    fw_string_list_editor_move (self, index, 1);
}

static void
on_remove_clicked (FwStringListEditor *self,
                   GtkButton          *button)
{
  int index = row_index (self, GTK_WIDGET (button));

  if (index >= 0)
    fw_string_list_editor_remove (self, index);
}

static void
on_focus_leave (FwStringListEditor *self)
{
  if (self->document != NULL)
    fw_history_break_merge (fw_document_get_history (self->document));
}

static GtkWidget *
suffix_button (FwStringListEditor *self,
               const char         *icon_name,
               const char         *label,
               GCallback           callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  fw_widget_set_tooltip (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_object (button, "clicked", callback, self, G_CONNECT_SWAPPED);
  return button;
}

static GtkWidget *
create_row (FwStringListEditor *self,
            guint               index,
            guint               n,
            const char         *text)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  const char *item_name = self->item_name != NULL ? self->item_name
                         : self->title != NULL ? self->title : "";
  /* Translators: the title of an item of a list, e.g. "Skill 3" */
  g_autofree char *name = g_strdup_printf (_("%s %u"), item_name, index + 1);

  GtkWidget *up = suffix_button (self, "go-up-symbolic", _("Move Up"),
                                 G_CALLBACK (on_move_up_clicked));
  GtkWidget *down = suffix_button (self, "go-down-symbolic", _("Move Down"),
                                   G_CALLBACK (on_move_down_clicked));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_sensitive (up, index > 0);
  gtk_widget_set_sensitive (down, index + 1 < n);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), up);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), down);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row),
                            suffix_button (self, "user-trash-symbolic", _("Remove"),
                                           G_CALLBACK (on_remove_clicked)));
  g_signal_connect_object (row, "changed", G_CALLBACK (on_item_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_focus_leave), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (row, focus);
  update_error (self, row);
  return row;
}

static void
rebuild (FwStringListEditor *self)
{
  g_auto(GStrv) items = current_items (self);
  guint n = g_strv_length (items);

  for (guint i = 0; i < self->rows->len; i++)
    gtk_list_box_remove (self->list_box, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = create_row (self, i, n, items[i]);

      gtk_list_box_insert (self->list_box, row, i);
      g_ptr_array_add (self->rows, row);
    }
}

static void
on_target_notify (FwStringListEditor *self)
{
  g_auto(GStrv) items = current_items (self);
  guint n = g_strv_length (items);

  if (n != self->rows->len)
    {
      rebuild (self);
      return;
    }
  /* Typing (or undoing it) changes one text: keep the rows and the focus. */
  for (guint i = 0; i < n; i++)
    {
      GtkEditable *editable = g_ptr_array_index (self->rows, i);
      int position;

      if (g_str_equal (gtk_editable_get_text (editable), items[i]))
        continue;
      position = gtk_editable_get_position (editable);
      g_signal_handlers_block_by_func (editable, on_item_changed, self);
      gtk_editable_set_text (editable, items[i]);
      g_signal_handlers_unblock_by_func (editable, on_item_changed, self);
      gtk_editable_set_position (editable, position);
      update_error (self, GTK_WIDGET (editable));
    }
}

static void
on_add_apply (FwStringListEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->add_entry));

  if (fw_string_list_editor_append (self, text))
    gtk_editable_set_text (GTK_EDITABLE (self->add_entry), "");
}

static void
fw_string_list_editor_dispose (GObject *object)
{
  FwStringListEditor *self = FW_STRING_LIST_EDITOR (object);
  GtkWidget *child;

  if (self->target != NULL)
    g_signal_handlers_disconnect_by_data (self->target, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_STRING_LIST_EDITOR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->document);
  g_clear_object (&self->target);

  G_OBJECT_CLASS (fw_string_list_editor_parent_class)->dispose (object);
}

static void
fw_string_list_editor_finalize (GObject *object)
{
  FwStringListEditor *self = FW_STRING_LIST_EDITOR (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->property, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->item_name, g_free);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (fw_string_list_editor_parent_class)->finalize (object);
}

static void
fw_string_list_editor_class_init (FwStringListEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_string_list_editor_dispose;
  object_class->finalize = fw_string_list_editor_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-string-list-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, FwStringListEditor, group);
  gtk_widget_class_bind_template_child (widget_class, FwStringListEditor, list_box);
  gtk_widget_class_bind_template_child (widget_class, FwStringListEditor, add_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_add_apply);
}

static void
fw_string_list_editor_init (FwStringListEditor *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fw_string_list_editor_new (void)
{
  return g_object_new (FW_TYPE_STRING_LIST_EDITOR, NULL);
}

void
fw_string_list_editor_set_title (FwStringListEditor *self,
                                 const char         *title,
                                 const char         *description)
{
  /* Translators: the label of the entry that adds an item to a list; %s names the list */
  g_autofree char *add_label = NULL;

  g_return_if_fail (FW_IS_STRING_LIST_EDITOR (self));

  g_free (self->title);
  self->title = g_strdup (title);
  adw_preferences_group_set_title (self->group, title != NULL ? title : "");
  adw_preferences_group_set_description (self->group, description);
  add_label = g_strdup_printf (_("Add to %s"), title != NULL ? title : "");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_entry), add_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  add_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title != NULL ? title : "", -1);
}

void
fw_string_list_editor_set_item_name (FwStringListEditor *self,
                                     const char         *item_name)
{
  g_return_if_fail (FW_IS_STRING_LIST_EDITOR (self));

  g_free (self->item_name);
  self->item_name = g_strdup (item_name);
  rebuild (self);
}

void
fw_string_list_editor_set_target (FwStringListEditor *self,
                                  FwDocument         *document,
                                  GObject            *target,
                                  const char         *property)
{
  g_autofree char *signal = NULL;

  g_return_if_fail (FW_IS_STRING_LIST_EDITOR (self));
  g_return_if_fail (document == NULL || FW_IS_DOCUMENT (document));
  g_return_if_fail (target == NULL || G_IS_OBJECT (target));

  if (self->target != NULL)
    g_signal_handlers_disconnect_by_data (self->target, self);
  g_set_object (&self->document, document);
  g_set_object (&self->target, target);
  g_free (self->property);
  self->property = g_strdup (property);
  if (target != NULL)
    {
      signal = g_strconcat ("notify::", property, NULL);
      g_signal_connect_object (target, signal, G_CALLBACK (on_target_notify), self,
                               G_CONNECT_SWAPPED);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_entry), target != NULL);
  rebuild (self);
}

void
fw_string_list_editor_set_check (FwStringListEditor *self,
                                 FwStringCheck       check,
                                 const char         *problem)
{
  g_return_if_fail (FW_IS_STRING_LIST_EDITOR (self));

  self->check = check;
  g_free (self->problem);
  self->problem = g_strdup (problem);
  for (guint i = 0; i < self->rows->len; i++)
    update_error (self, g_ptr_array_index (self->rows, i));
}

guint
fw_string_list_editor_get_n_items (FwStringListEditor *self)
{
  g_return_val_if_fail (FW_IS_STRING_LIST_EDITOR (self), 0);

  return self->rows->len;
}

GtkWidget *
fw_string_list_editor_get_entry (FwStringListEditor *self,
                                 guint               index)
{
  g_return_val_if_fail (FW_IS_STRING_LIST_EDITOR (self), NULL);

  return index < self->rows->len ? g_ptr_array_index (self->rows, index) : NULL;
}

GtkWidget *
fw_string_list_editor_get_add_entry (FwStringListEditor *self)
{
  g_return_val_if_fail (FW_IS_STRING_LIST_EDITOR (self), NULL);

  return GTK_WIDGET (self->add_entry);
}

gboolean
fw_string_list_editor_append (FwStringListEditor *self,
                              const char         *value)
{
  g_auto(GStrv) items = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (FW_IS_STRING_LIST_EDITOR (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  stripped = g_strstrip (g_strdup (value));
  if (self->target == NULL || stripped[0] == '\0')
    return FALSE;
  items = current_items (self);
  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) items);
  g_strv_builder_add (builder, stripped);
  g_strfreev (items);
  items = g_strv_builder_end (builder);
  run_items (self, items, _("Add Item"), FALSE);
  return TRUE;
}

void
fw_string_list_editor_remove (FwStringListEditor *self,
                              guint               index)
{
  g_auto(GStrv) items = NULL;
  guint n;

  g_return_if_fail (FW_IS_STRING_LIST_EDITOR (self));

  items = current_items (self);
  n = g_strv_length (items);
  if (index >= n)
    return;
  g_free (items[index]);
  memmove (&items[index], &items[index + 1], (n - index) * sizeof (char *));
  run_items (self, items, _("Remove Item"), FALSE);
  /* Keep the keyboard in the list. */
  if (self->rows->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->rows, MIN (index, self->rows->len - 1)));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->add_entry));
}

void
fw_string_list_editor_move (FwStringListEditor *self,
                            guint               index,
                            int                 delta)
{
  g_auto(GStrv) items = NULL;
  guint n;
  int target;
  char *moved;

  g_return_if_fail (FW_IS_STRING_LIST_EDITOR (self));

  items = current_items (self);
  n = g_strv_length (items);
  target = (int) index + delta;
  if (index >= n || target < 0 || target >= (int) n)
    return;
  moved = items[index];
  if (target < (int) index)
    memmove (&items[target + 1], &items[target], (index - target) * sizeof (char *));
  else
    memmove (&items[index], &items[index + 1], (target - index) * sizeof (char *));
  items[target] = moved;
  run_items (self, items, _("Move Item"), FALSE);
  if ((guint) target < self->rows->len)
    gtk_widget_grab_focus (g_ptr_array_index (self->rows, target));
}

gboolean
fw_string_list_editor_item_has_error (FwStringListEditor *self,
                                      guint               index)
{
  g_return_val_if_fail (FW_IS_STRING_LIST_EDITOR (self), FALSE);

  return index < self->rows->len &&
         gtk_widget_has_css_class (g_ptr_array_index (self->rows, index), "error");
}
