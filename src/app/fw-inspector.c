/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fw-citation-chips.h"
#include "fw-inspector.h"
#include "fw-spell-document.h"
#include "fw-split.h"
#include "fw-wrap-text-view.h"
#include "fw-tooltip.h"

struct _FwInspector
{
  GtkWidget    parent_instance;

  FwDocument         *document;
  FwStatement        *statement;
  /* The document's O*NET tasks that have an id and are not anchored yet, matching the search. */
  GtkCustomFilter    *task_filter;
  GtkFilterListModel *task_filtered;
  GtkNoSelection     *task_selection;

  /* Template children */
  GtkStack           *stack;
  GtkLabel           *id_label;
  FwCitationChips    *citation_chips;
  GtkListBox         *anchors_list;
  GtkLabel           *no_anchors_label;
  GtkMenuButton      *anchor_add_button;
  GtkPopover         *anchor_picker;
  GtkSearchEntry     *anchor_search_entry;
  GtkStack           *anchor_picker_stack;
  GtkListView        *anchor_list_view;
  GtkLabel           *anchor_empty_label;
  GtkWidget          *split_warning;
  GtkLabel           *split_label;
  GtkTextView        *note_view;
};

G_DEFINE_FINAL_TYPE (FwInspector, fw_inspector, GTK_TYPE_WIDGET)

static void on_note_changed (FwInspector   *self,
                             GtkTextBuffer *buffer);

static char *
note_buffer_text (FwInspector *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
sync_note (FwInspector *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  const char *note = self->statement ? fw_statement_get_note (self->statement) : NULL;
  g_autofree char *current = note_buffer_text (self);
  GtkTextIter iter;
  int offset;

  if (g_strcmp0 (current, note != NULL ? note : "") == 0)
    return;
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  offset = gtk_text_iter_get_offset (&iter);
  g_signal_handlers_block_by_func (buffer, on_note_changed, self);
  gtk_text_buffer_set_text (buffer, note != NULL ? note : "", -1);
  g_signal_handlers_unblock_by_func (buffer, on_note_changed, self);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter,
                                      MIN (offset, gtk_text_buffer_get_char_count (buffer)));
  gtk_text_buffer_place_cursor (buffer, &iter);
}

static void
on_note_changed (FwInspector   *self,
                 GtkTextBuffer *buffer)
{
  g_autofree char *text = note_buffer_text (self);
  const char *note;

  if (self->statement == NULL || self->document == NULL)
    return;
  note = fw_statement_get_note (self->statement);
  if (g_strcmp0 (note != NULL ? note : "", text) == 0)
    return;
  fw_document_run (self->document,
                   fw_command_set_string_new (G_OBJECT (self->statement), "note",
                                              text[0] != '\0' ? text : NULL, TRUE));
}

/* Anchored tasks ------------------------------------------------------------------------- */

static GListStore *
document_tasks (FwInspector *self)
{
  return self->document != NULL ? fw_onet_get_tasks (fw_document_get_onet (self->document)) : NULL;
}

/* The document's task with @task_id, or NULL; the task store keeps it alive. */
static FwTask *
find_task (FwInspector *self,
           const char  *task_id)
{
  GListModel *tasks = G_LIST_MODEL (document_tasks (self));

  for (guint i = 0; tasks != NULL && i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (tasks, i);

      if (g_strcmp0 (fw_task_get_task_id (task), task_id) == 0)
        return task;
    }
  return NULL;
}

static void
run_anchors (FwInspector        *self,
             const char * const *anchors)
{
  FwCommand *command = fw_command_set_strv_new (G_OBJECT (self->statement), "anchors", anchors);

  fw_command_set_label (command, _("Edit Anchored Tasks"));
  fw_document_run (self->document, command);
}

gboolean
fw_inspector_add_anchor (FwInspector *self,
                         const char  *task_id)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) anchors = NULL;
  const char * const *current;

  g_return_val_if_fail (FW_IS_INSPECTOR (self), FALSE);
  g_return_val_if_fail (task_id != NULL && task_id[0] != '\0', FALSE);

  if (self->statement == NULL)
    return FALSE;
  current = fw_statement_get_anchors (self->statement);
  if (g_strv_contains (current, task_id))
    return FALSE;
  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) current);
  g_strv_builder_add (builder, task_id);
  anchors = g_strv_builder_end (builder);
  run_anchors (self, (const char * const *) anchors);
  return TRUE;
}

gboolean
fw_inspector_remove_anchor (FwInspector *self,
                            const char  *task_id)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) anchors = NULL;
  const char * const *current;

  g_return_val_if_fail (FW_IS_INSPECTOR (self), FALSE);
  g_return_val_if_fail (task_id != NULL, FALSE);

  if (self->statement == NULL)
    return FALSE;
  current = fw_statement_get_anchors (self->statement);
  if (!g_strv_contains (current, task_id))
    return FALSE;
  builder = g_strv_builder_new ();
  for (guint i = 0; current[i] != NULL; i++)
    {
      if (!g_str_equal (current[i], task_id))
        g_strv_builder_add (builder, current[i]);
    }
  anchors = g_strv_builder_end (builder);
  run_anchors (self, (const char * const *) anchors);
  return TRUE;
}

static void
on_anchor_remove_clicked (FwInspector *self,
                          GtkButton   *button)
{
  g_autofree char *task_id = g_strdup (g_object_get_data (G_OBJECT (button), "task-id"));
  gboolean had_focus = gtk_widget_has_focus (GTK_WIDGET (button));

  fw_inspector_remove_anchor (self, task_id);
  /* The row is gone: keep the keyboard in the group. */
  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->anchor_add_button));
}

static GtkWidget *
create_anchor_row (FwInspector *self,
                   const char  *task_id)
{
  FwTask *task = find_task (self, task_id);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *subtitle = NULL;
  g_autofree char *remove_label = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (task != NULL && fw_task_get_text (task)[0] != '\0')
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fw_task_get_text (task));
      /* Translators: %s is an O*NET task id such as 12345 */
      subtitle = g_strdup_printf (_("Task %s"), task_id);
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), task_id);
      subtitle = g_strdup (_("Not among this occupation’s O*NET tasks"));
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "anchor-row");
  g_object_set_data_full (G_OBJECT (row), "task-id", g_strdup (task_id), g_free);

  /* Translators: %s is an O*NET task id */
  remove_label = g_strdup_printf (_("Remove Anchor to Task %s"), task_id);
  fw_widget_set_tooltip (button, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "task-id", g_strdup (task_id), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_anchor_remove_clicked), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  g_object_set_data (G_OBJECT (row), "remove-button", button);
  return row;
}

static void
sync_anchors (FwInspector *self)
{
  const char * const *anchors = self->statement ? fw_statement_get_anchors (self->statement) : NULL;
  GtkWidget *child;
  gboolean any = anchors != NULL && anchors[0] != NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->anchors_list))) != NULL)
    gtk_list_box_remove (self->anchors_list, child);
  for (guint i = 0; anchors != NULL && anchors[i] != NULL; i++)
    gtk_list_box_append (self->anchors_list, create_anchor_row (self, anchors[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->anchors_list), any);
  gtk_widget_set_visible (GTK_WIDGET (self->no_anchors_label), !any);
  gtk_filter_changed (GTK_FILTER (self->task_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static gboolean
filter_task (gpointer item,
             gpointer user_data)
{
  FwInspector *self = user_data;
  const char *task_id = fw_task_get_task_id (item);
  const char *needle = gtk_editable_get_text (GTK_EDITABLE (self->anchor_search_entry));
  g_autofree char *folded_needle = NULL;
  g_autofree char *haystack = NULL;
  g_autofree char *folded = NULL;

  if (task_id == NULL || task_id[0] == '\0')
    return FALSE;
  if (self->statement != NULL && g_strv_contains (fw_statement_get_anchors (self->statement),
                                                  task_id))
    return FALSE;
  if (needle == NULL || needle[0] == '\0')
    return TRUE;
  folded_needle = g_utf8_casefold (needle, -1);
  haystack = g_strconcat (task_id, "\n", fw_task_get_text (item), NULL);
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, folded_needle) != NULL;
}

static void
update_anchor_picker_stack (FwInspector *self)
{
  gboolean searching = gtk_editable_get_text (GTK_EDITABLE (self->anchor_search_entry))[0] != '\0';

  if (g_list_model_get_n_items (G_LIST_MODEL (self->task_filtered)) > 0)
    {
      gtk_stack_set_visible_child_name (self->anchor_picker_stack, "list");
      return;
    }
  gtk_label_set_label (self->anchor_empty_label,
                       searching ? _("No matching tasks")
                                 : _("No more O*NET tasks with an id to anchor to. Add tasks "
                                     "and their ids on the O*NET page."));
  gtk_stack_set_visible_child_name (self->anchor_picker_stack, "empty");
}

static void
on_anchor_search_changed (FwInspector *self)
{
  gtk_filter_changed (GTK_FILTER (self->task_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_anchor_picker_stack (self);
}

static void
pick_task (FwInspector *self,
           guint        position)
{
  g_autoptr(FwTask) task = g_list_model_get_item (G_LIST_MODEL (self->task_filtered), position);

  if (task == NULL)
    return;
  gtk_popover_popdown (self->anchor_picker);
  fw_inspector_add_anchor (self, fw_task_get_task_id (task));
  gtk_widget_grab_focus (GTK_WIDGET (self->anchor_add_button));
}

static void
on_anchor_search_activate (FwInspector *self)
{
  pick_task (self, 0);
}

static void
on_anchor_list_activate (FwInspector *self,
                         guint        position)
{
  pick_task (self, position);
}

static void
on_anchor_picker_show (FwInspector *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->anchor_search_entry), "");
  gtk_filter_changed (GTK_FILTER (self->task_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_anchor_picker_stack (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->anchor_search_entry));
}

static void
setup_task_item (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *text = gtk_label_new (NULL);
  GtkWidget *task_id = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 44);
  gtk_label_set_xalign (GTK_LABEL (task_id), 0);
  gtk_widget_add_css_class (task_id, "caption");
  gtk_widget_add_css_class (task_id, "dim-label");
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), task_id);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_item_set_child (item, box);
}

static void
bind_task_item (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  FwTask *task = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *text = gtk_widget_get_first_child (box);
  g_autofree char *task_id = g_strdup_printf (_("Task %s"), fw_task_get_task_id (task));

  gtk_label_set_label (GTK_LABEL (text), fw_task_get_text (task));
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_next_sibling (text)), task_id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  fw_task_get_text (task), -1);
}

static void
on_tasks_changed (FwInspector *self)
{
  if (self->statement != NULL)
    sync_anchors (self);
}

/* A task's text or id may have changed on the O*NET page: the rows show both. */
static void
on_history_changed (FwInspector *self)
{
  if (self->statement != NULL && fw_statement_get_anchors (self->statement)[0] != NULL &&
      !gtk_widget_has_focus (GTK_WIDGET (self->anchor_search_entry)))
    sync_anchors (self);
}

static void
sync_split (FwInspector *self)
{
  double confidence = self->statement ? fw_statement_get_split_confidence (self->statement) : 1.0;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->split_warning, confidence < 1.0);
  if (confidence >= 1.0)
    return;
  text = g_strdup_printf (confidence < FW_SPLIT_CONFIDENT
                            ? _("The importer was unsure where the headline ends (confidence %.0f%%). Check the split.")
                            : _("The importer guessed where the headline ends (confidence %.0f%%)."),
                          confidence * 100.0);
  gtk_label_set_label (self->split_label, text);
}

static void
on_statement_notify (FwInspector *self,
                     GParamSpec  *pspec)
{
  if (g_strcmp0 (pspec->name, "note") == 0)
    sync_note (self);
  else if (g_strcmp0 (pspec->name, "anchors") == 0)
    sync_anchors (self);
  else if (g_strcmp0 (pspec->name, "split-confidence") == 0)
    sync_split (self);
}

static void
on_note_focus_leave (FwInspector *self)
{
  if (self->document != NULL)
    fw_history_break_merge (fw_document_get_history (self->document));
}

static void
fw_inspector_dispose (GObject *object)
{
  FwInspector *self = FW_INSPECTOR (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_INSPECTOR);
  /* The template's root box is no bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (document_tasks (self), self);
      g_signal_handlers_disconnect_by_data (fw_document_get_history (self->document), self);
    }
  if (self->statement != NULL)
    g_signal_handlers_disconnect_by_data (self->statement, self);
  g_clear_object (&self->task_selection);
  g_clear_object (&self->task_filtered);
  g_clear_object (&self->document);
  g_clear_object (&self->statement);

  G_OBJECT_CLASS (fw_inspector_parent_class)->dispose (object);
}

static void
fw_inspector_class_init (FwInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_inspector_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (FW_TYPE_WRAP_TEXT_VIEW);
  g_type_ensure (FW_TYPE_CITATION_CHIPS);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/fw-inspector.ui");
  gtk_widget_class_bind_template_child (widget_class, FwInspector, stack);
  gtk_widget_class_bind_template_child (widget_class, FwInspector, id_label);
  gtk_widget_class_bind_template_child (widget_class, FwInspector, citation_chips);
  gtk_widget_class_bind_template_child (widget_class, FwInspector, anchors_list);
  gtk_widget_class_bind_template_child (widget_class, FwInspector, no_anchors_label);
  gtk_widget_class_bind_template_child (widget_class, FwInspector, anchor_add_button);
  gtk_widget_class_bind_template_child (widget_class, FwInspector, anchor_picker);
  gtk_widget_class_bind_template_child (widget_class, FwInspector, anchor_search_entry);
  gtk_widget_class_bind_template_child (widget_class, FwInspector, anchor_picker_stack);
  gtk_widget_class_bind_template_child (widget_class, FwInspector, anchor_list_view);
  gtk_widget_class_bind_template_child (widget_class, FwInspector, anchor_empty_label);
  gtk_widget_class_bind_template_child (widget_class, FwInspector, split_warning);
  gtk_widget_class_bind_template_child (widget_class, FwInspector, split_label);
  gtk_widget_class_bind_template_child (widget_class, FwInspector, note_view);
  gtk_widget_class_bind_template_callback (widget_class, on_anchor_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_anchor_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_anchor_list_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_anchor_picker_show);
}

static void
fw_inspector_init (FwInspector *self)
{
  GtkTextBuffer *buffer;
  GtkEventController *focus;
  GtkListItemFactory *factory;
  GtkWidget *add_citation;
  GtkWidget *content;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Here the add button has room for its label. */
  add_citation = fw_citation_chips_get_add_button (self->citation_chips);
  content = adw_button_content_new ();
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "bookmark-new-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Add Citation"));
  gtk_menu_button_set_child (GTK_MENU_BUTTON (add_citation), content);
  gtk_widget_remove_css_class (add_citation, "circular");
  gtk_widget_remove_css_class (add_citation, "citation-add");

  self->task_filter = gtk_custom_filter_new (filter_task, self, NULL);
  self->task_filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->task_filter));
  self->task_selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->task_filtered)));
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_task_item), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_task_item), NULL);
  gtk_list_view_set_factory (self->anchor_list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->anchor_list_view, GTK_SELECTION_MODEL (self->task_selection));

  buffer = gtk_text_view_get_buffer (self->note_view);
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  fw_spell_buffer_attach (self->note_view);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_note_changed), self,
                           G_CONNECT_SWAPPED);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_note_focus_leave), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->note_view), focus);
}

GtkWidget *
fw_inspector_new (void)
{
  return g_object_new (FW_TYPE_INSPECTOR, NULL);
}

void
fw_inspector_set_statement (FwInspector *self,
                            FwDocument  *document,
                            FwStatement *statement)
{
  g_return_if_fail (FW_IS_INSPECTOR (self));
  g_return_if_fail (document == NULL || FW_IS_DOCUMENT (document));
  g_return_if_fail (statement == NULL || FW_IS_STATEMENT (statement));

  if (self->statement == statement && self->document == document)
    return;
  if (self->statement != NULL)
    g_signal_handlers_disconnect_by_data (self->statement, self);
  if (self->document != document)
    {
      if (self->document != NULL)
        {
          g_signal_handlers_disconnect_by_data (document_tasks (self), self);
          g_signal_handlers_disconnect_by_data (fw_document_get_history (self->document), self);
        }
      g_set_object (&self->document, document);
      if (document != NULL)
        {
          g_signal_connect_object (document_tasks (self), "items-changed",
                                   G_CALLBACK (on_tasks_changed), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (fw_document_get_history (document), "changed",
                                   G_CALLBACK (on_history_changed), self, G_CONNECT_SWAPPED);
        }
      fw_spell_buffer_bind_document (fw_spell_buffer_get_for_view (self->note_view), document,
                                     G_CALLBACK (on_note_changed), self);
      gtk_filter_list_model_set_model (self->task_filtered, G_LIST_MODEL (document_tasks (self)));
    }
  g_set_object (&self->statement, statement);

  fw_citation_chips_set_statement (self->citation_chips, document, statement);
  gtk_stack_set_visible_child_name (self->stack, statement != NULL ? "details" : "empty");
  if (statement == NULL)
    return;
  g_signal_connect_object (statement, "notify", G_CALLBACK (on_statement_notify), self,
                           G_CONNECT_SWAPPED);
  gtk_label_set_label (self->id_label, fw_statement_get_id (statement));
  sync_anchors (self);
  sync_split (self);
  sync_note (self);
}

FwStatement *
fw_inspector_get_statement (FwInspector *self)
{
  g_return_val_if_fail (FW_IS_INSPECTOR (self), NULL);

  return self->statement;
}

void
fw_inspector_focus_note (FwInspector *self)
{
  g_return_if_fail (FW_IS_INSPECTOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->note_view));
}

void
fw_inspector_focus_citations (FwInspector *self)
{
  g_return_if_fail (FW_IS_INSPECTOR (self));

  gtk_widget_grab_focus (fw_citation_chips_get_add_button (self->citation_chips));
}

void
fw_inspector_focus_anchors (FwInspector *self)
{
  GtkListBoxRow *row;

  g_return_if_fail (FW_IS_INSPECTOR (self));

  row = gtk_list_box_get_row_at_index (self->anchors_list, 0);
  gtk_widget_grab_focus (row != NULL ? GTK_WIDGET (row) : GTK_WIDGET (self->anchor_add_button));
}

FwCitationChips *
fw_inspector_get_citation_chips (FwInspector *self)
{
  g_return_val_if_fail (FW_IS_INSPECTOR (self), NULL);

  return self->citation_chips;
}

GtkWidget *
fw_inspector_get_anchor_add_button (FwInspector *self)
{
  g_return_val_if_fail (FW_IS_INSPECTOR (self), NULL);

  return GTK_WIDGET (self->anchor_add_button);
}

GtkEditable *
fw_inspector_get_anchor_search_entry (FwInspector *self)
{
  g_return_val_if_fail (FW_IS_INSPECTOR (self), NULL);

  return GTK_EDITABLE (self->anchor_search_entry);
}

GListModel *
fw_inspector_get_anchor_picker_model (FwInspector *self)
{
  g_return_val_if_fail (FW_IS_INSPECTOR (self), NULL);

  return G_LIST_MODEL (self->task_filtered);
}

GtkWidget *
fw_inspector_get_anchor_list (FwInspector *self)
{
  g_return_val_if_fail (FW_IS_INSPECTOR (self), NULL);

  return GTK_WIDGET (self->anchors_list);
}

GtkWidget *
fw_inspector_get_anchor_row (FwInspector *self,
                             const char  *task_id)
{
  g_return_val_if_fail (FW_IS_INSPECTOR (self), NULL);
  g_return_val_if_fail (task_id != NULL, NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->anchors_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "task-id"), task_id) == 0)
        return row;
    }
  return NULL;
}

GtkWidget *
fw_inspector_get_anchor_remove_button (FwInspector *self,
                                       const char  *task_id)
{
  GtkWidget *row;

  g_return_val_if_fail (FW_IS_INSPECTOR (self), NULL);
  g_return_val_if_fail (task_id != NULL, NULL);

  row = fw_inspector_get_anchor_row (self, task_id);
  return row != NULL ? g_object_get_data (G_OBJECT (row), "remove-button") : NULL;
}

GtkWidget *
fw_inspector_get_note_view (FwInspector *self)
{
  g_return_val_if_fail (FW_IS_INSPECTOR (self), NULL);

  return GTK_WIDGET (self->note_view);
}
