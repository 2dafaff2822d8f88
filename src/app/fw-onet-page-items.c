/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fw-onet-page-private.h"
#include "fw-tooltip.h"

/* The rows of the O*NET page's apprenticeships and tasks, and their findings. */

/* Findings -------------------------------------------------------------------------------- */

/* The entry of an apprenticeship's or a task's row that shows a finding about it. */
static GtkWidget *
marked_entry (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), g_object_get_data (G_OBJECT (row), "task") != NULL
                                              ? "task-id" : "code");
}

const char *
_fw_onet_page_item_id (GtkWidget *row)
{
  FwTask *task = g_object_get_data (G_OBJECT (row), "task");

  return task != NULL ? fw_task_get_id (task)
                      : fw_apprenticeship_get_id (g_object_get_data (G_OBJECT (row),
                                                                     "apprenticeship"));
}

/* Marks the row's entry when the validator has findings about its item, found by its id. */
void
_fw_onet_page_mark_item_row (FwOnetPage *self,
                             GtkWidget  *row)
{
  if (fw_editor_page_lookup_findings (FW_EDITOR_PAGE (self),
                                      _fw_onet_page_item_id (row)) != NULL)
    gtk_widget_add_css_class (marked_entry (row), "error");
  else
    gtk_widget_remove_css_class (marked_entry (row), "error");
}

/* Entries bound to a string property of an apprenticeship or a task ---------------------- */

static void
on_bound_entry_changed (FwOnetPage  *self,
                        GtkEditable *entry)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  GObject *target = g_object_get_data (G_OBJECT (entry), "target");
  const char *property = g_object_get_data (G_OBJECT (entry), "property");
  gboolean nullable = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "nullable"));
  const char *text = gtk_editable_get_text (entry);
  g_autofree char *current = NULL;

  g_object_get (target, property, &current, NULL);
  if (g_strcmp0 (current != NULL ? current : "", text) == 0)
    return;
  fw_document_run (document,
                   fw_command_set_string_new (target, property,
                                              nullable && text[0] == '\0' ? NULL : text, TRUE));
}

static void
sync_bound_entry (GtkEditable *entry)
{
  GObject *target = g_object_get_data (G_OBJECT (entry), "target");
  const char *property = g_object_get_data (G_OBJECT (entry), "property");
  g_autofree char *value = NULL;
  int position;

  g_object_get (target, property, &value, NULL);
  if (g_strcmp0 (gtk_editable_get_text (entry), value != NULL ? value : "") == 0)
    return;
  position = gtk_editable_get_position (entry);
  g_signal_handlers_block_matched (entry, G_SIGNAL_MATCH_FUNC, 0, 0, NULL,
                                   on_bound_entry_changed, NULL);
  gtk_editable_set_text (entry, value != NULL ? value : "");
  g_signal_handlers_unblock_matched (entry, G_SIGNAL_MATCH_FUNC, 0, 0, NULL,
                                     on_bound_entry_changed, NULL);
  gtk_editable_set_position (entry, position);
}

static void
on_entry_focus_leave (FwOnetPage *self)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));

  if (document != NULL)
    fw_history_break_merge (fw_document_get_history (document));
}

static GtkWidget *
bound_entry (FwOnetPage *self,
             GObject    *target,
             const char *property,
             const char *title,
             gboolean    nullable)
{
  GtkWidget *entry = adw_entry_row_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (entry), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  g_object_set_data_full (G_OBJECT (entry), "target", g_object_ref (target), g_object_unref);
  g_object_set_data (G_OBJECT (entry), "property", (gpointer) property);
  g_object_set_data (G_OBJECT (entry), "nullable", GINT_TO_POINTER (nullable));
  sync_bound_entry (GTK_EDITABLE (entry));
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_bound_entry_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (target, signal, G_CALLBACK (sync_bound_entry), entry,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_entry_focus_leave), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (entry, focus);
  return entry;
}

static GtkWidget *
remove_button (FwOnetPage *self,
               const char *label,
               GCallback   callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  fw_widget_set_tooltip (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_object (button, "clicked", callback, self, G_CONNECT_SWAPPED);
  return button;
}

static void
remove_item (FwOnetPage *self,
             GListStore *store,
             GtkWidget  *button,
             const char *label)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  GtkWidget *row = gtk_widget_get_ancestor (button, ADW_TYPE_EXPANDER_ROW);
  FwCommand *command;

  if (row == NULL || gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) < 0)
    return;
  command = fw_command_remove_new (store, gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
  fw_command_set_label (command, label);
  fw_document_run (document, command);
}

/* Apprenticeships ------------------------------------------------------------------------- */

static void
update_apprenticeship_title (AdwExpanderRow   *row,
                             GParamSpec       *pspec,
                             FwApprenticeship *apprenticeship)
{
  const char *code = fw_apprenticeship_get_code (apprenticeship);
  const char *title = fw_apprenticeship_get_title (apprenticeship);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 title[0] != '\0' ? title : _("Untitled Apprenticeship"));
  adw_expander_row_set_subtitle (row, code[0] != '\0' ? code : _("No RAPIDS code"));
}

static void
on_remove_apprenticeship (FwOnetPage *self,
                          GtkButton  *button)
{
  remove_item (self, fw_onet_get_apprenticeships (self->onet), GTK_WIDGET (button),
               _("Remove Apprenticeship"));
}

GtkWidget *
_fw_onet_page_create_apprenticeship_row (gpointer item,
                                         gpointer user_data)
{
  FwOnetPage *self = user_data;
  FwApprenticeship *apprenticeship = item;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *code = bound_entry (self, G_OBJECT (apprenticeship), "code", _("RAPIDS Code"), FALSE);
  GtkWidget *title = bound_entry (self, G_OBJECT (apprenticeship), "title", _("Title"), FALSE);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (code), GTK_INPUT_PURPOSE_DIGITS);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), code);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), title);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               remove_button (self, _("Remove Apprenticeship"),
                                              G_CALLBACK (on_remove_apprenticeship)));
  g_object_set_data_full (G_OBJECT (row), "apprenticeship", g_object_ref (apprenticeship),
                          g_object_unref);
  g_object_set_data (G_OBJECT (row), "code", code);
  g_object_set_data (G_OBJECT (row), "title", title);
  _fw_onet_page_mark_item_row (self, row);
  update_apprenticeship_title (ADW_EXPANDER_ROW (row), NULL, apprenticeship);
  g_signal_connect_object (apprenticeship, "notify", G_CALLBACK (update_apprenticeship_title), row,
                           G_CONNECT_SWAPPED);
  return row;
}

/* Tasks ----------------------------------------------------------------------------------- */

typedef struct
{
  const char *task_id;
  GPtrArray  *statements;  /* FwStatement* */
  GPtrArray  *places;      /* char* descriptions */
} AnchorSearch;

static char *
describe_place (const FwStatementPlace *place)
{
  switch (place->section)
    {
    case FW_SECTION_LEVELS:
      /* Translators: where a statement is; %s is a proficiency level */
      return g_strdup_printf (_("%s level"), fw_level_key_default_label (place->level));
    case FW_SECTION_AI_FLUENCY:
      return g_strdup_printf (_("AI fluency, %s"), fw_level_key_default_label (place->level));
    case FW_SECTION_DURABLE_SKILLS:
    default:
      return g_strdup_printf (_("Durable skills, %s, %s"), fw_domain_get_name (place->domain),
                              fw_durable_level_default_label (place->level));
    }
}

static gboolean
find_anchored_cb (FwStatement            *statement,
                  const FwStatementPlace *place,
                  gpointer                user_data)
{
  AnchorSearch *search = user_data;

  if (g_strv_contains (fw_statement_get_anchors (statement), search->task_id))
    {
      g_ptr_array_add (search->statements, statement);
      g_ptr_array_add (search->places, describe_place (place));
    }
  return TRUE;
}

/* Lists the statements anchored to the row's task, when they changed. */
static void
update_task_anchors (FwOnetPage *self,
                     GtkWidget  *row)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  FwTask *task = g_object_get_data (G_OBJECT (row), "task");
  GPtrArray *anchor_rows = g_object_get_data (G_OBJECT (row), "anchor-rows");
  const char *task_id = fw_task_get_task_id (task);
  g_autoptr(GPtrArray) statements = g_ptr_array_new ();
  g_autoptr(GPtrArray) places = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) key = g_string_new (task_id);
  g_autofree char *subtitle = NULL;
  AnchorSearch search = { task_id, statements, places };

  if (task_id != NULL && task_id[0] != '\0')
    fw_document_foreach_statement (document, find_anchored_cb, &search);
  for (guint i = 0; i < statements->len; i++)
    g_string_append_printf (key, "|%s:%s", fw_statement_get_id (g_ptr_array_index (statements, i)),
                            fw_statement_get_headline (g_ptr_array_index (statements, i)));
  if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "anchor-key"), key->str) == 0)
    return;
  g_object_set_data_full (G_OBJECT (row), "anchor-key", g_strdup (key->str), g_free);

  for (guint i = 0; i < anchor_rows->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (row), g_ptr_array_index (anchor_rows, i));
  g_ptr_array_set_size (anchor_rows, 0);
  for (guint i = 0; i < statements->len; i++)
    {
      FwStatement *statement = g_ptr_array_index (statements, i);
      GtkWidget *anchor = adw_action_row_new ();
      const char *headline = fw_statement_get_headline (statement);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (anchor), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (anchor),
                                     headline[0] != '\0' ? headline : _("(no headline)"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (anchor), g_ptr_array_index (places, i));
      adw_action_row_add_prefix (ADW_ACTION_ROW (anchor),
                                 gtk_image_new_from_icon_name ("mark-location-symbolic"));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), anchor);
      g_ptr_array_add (anchor_rows, anchor);
    }

  if (task_id == NULL || task_id[0] == '\0')
    subtitle = g_strdup (_("No O*NET task id"));
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Task %s · %u statement anchored",
                                             "Task %s · %u statements anchored",
                                             statements->len),
                                task_id, statements->len);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
}

static void
update_task_title (AdwExpanderRow *row)
{
  FwTask *task = g_object_get_data (G_OBJECT (row), "task");
  const char *text = fw_task_get_text (task);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 text[0] != '\0' ? text : _("Untitled Task"));
}

static void
on_task_notify (GtkWidget *row)
{
  update_task_title (ADW_EXPANDER_ROW (row));
  update_task_anchors (g_object_get_data (G_OBJECT (row), "page"), row);
}

static void
on_remove_task (FwOnetPage *self,
                GtkButton  *button)
{
  remove_item (self, fw_onet_get_tasks (self->onet), GTK_WIDGET (button), _("Remove Task"));
}

GtkWidget *
_fw_onet_page_create_task_row (gpointer item,
                               gpointer user_data)
{
  FwOnetPage *self = user_data;
  FwTask *task = item;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *text = bound_entry (self, G_OBJECT (task), "text", _("Task"), FALSE);
  GtkWidget *task_id = bound_entry (self, G_OBJECT (task), "task-id", _("O*NET Task ID"), TRUE);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), text);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), task_id);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               remove_button (self, _("Remove Task"),
                                              G_CALLBACK (on_remove_task)));
  g_object_set_data_full (G_OBJECT (row), "task", g_object_ref (task), g_object_unref);
  g_object_set_data (G_OBJECT (row), "page", self);
  g_object_set_data (G_OBJECT (row), "text", text);
  g_object_set_data (G_OBJECT (row), "task-id", task_id);
  g_object_set_data_full (G_OBJECT (row), "anchor-rows", g_ptr_array_new (),
                          (GDestroyNotify) g_ptr_array_unref);
  update_task_title (ADW_EXPANDER_ROW (row));
  update_task_anchors (self, row);
  _fw_onet_page_mark_item_row (self, row);
  g_signal_connect_object (task, "notify", G_CALLBACK (on_task_notify), row, G_CONNECT_SWAPPED);
  return row;
}

void
_fw_onet_page_update_all_task_anchors (FwOnetPage *self)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->tasks_list, i)) != NULL; i++)
    update_task_anchors (self, GTK_WIDGET (row));
}
