/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fw-onet-page.h"
#include "fw-tooltip.h"

typedef struct
{
  const char *property;
  const char *json;
  const char *title;
  const char *description;
  /* One item, as its entry is titled: "Skill 3". */
  const char *item;
} ListInfo;

/* In display order; apprenticeships follow the related titles, tasks come before CIP codes. */
static const ListInfo lists[] = {
  { "related-titles", "relatedTitles", N_("Related Titles"), NULL, N_("Related title") },
  { "skills", "skills", N_("Skills"), NULL, N_("Skill") },
  { "knowledge", "knowledge", N_("Knowledge"), NULL, N_("Knowledge area") },
  { "abilities", "abilities", N_("Abilities"), NULL, N_("Ability") },
  { "work-styles", "workStyles", N_("Work Styles"), NULL, N_("Work style") },
  { "technology", "technology", N_("Technology"), NULL, N_("Technology") },
  { "cip-codes", "cipCodes", N_("CIP Codes"),
    N_("Classification of Instructional Programs codes, written NN.NNNN"), N_("CIP code") },
};

#define N_LISTS G_N_ELEMENTS (lists)

struct _FwOnetPage
{
  FwEditorPage        parent_instance;

  FwOnet             *onet;
  FwStringListEditor *editors[N_LISTS];
  GtkWidget          *apprenticeships_group;
  GtkWidget          *tasks_group;
  /* AdwExpanderRow, one per item, bound to the lists: only changed rows are rebuilt. */
  GtkListBox         *apprenticeships_list;
  GtkListBox         *tasks_list;

  /* Template children */
  GtkBox             *content_box;
  GtkStack           *anchor_stack;
  GtkSpinButton      *anchor_spin;
  GtkButton          *anchor_set_button;
  GtkButton          *anchor_clear_button;
};

G_DEFINE_FINAL_TYPE (FwOnetPage, fw_onet_page, FW_TYPE_EDITOR_PAGE)

static void mark_item_row (FwOnetPage *self,
                           GtkWidget  *row);

static gboolean
is_cip_code (const char *value)
{
  static const char pattern[] = "99.9999";

  if (strlen (value) != strlen (pattern))
    return FALSE;
  for (guint i = 0; pattern[i] != '\0'; i++)
    {
      if (pattern[i] == '9' ? !g_ascii_isdigit (value[i]) : value[i] != pattern[i])
        return FALSE;
    }
  return TRUE;
}

/* Anchor count ---------------------------------------------------------------------------- */

static void
sync_anchor_count (FwOnetPage *self)
{
  int count = self->onet != NULL ? fw_onet_get_anchor_count (self->onet) : -1;

  gtk_stack_set_visible_child_name (self->anchor_stack, count < 0 ? "unset" : "set");
  if (count >= 0 && (int) gtk_spin_button_get_value (self->anchor_spin) != count)
    gtk_spin_button_set_value (self->anchor_spin, count);
}

static void
on_anchor_changed (FwOnetPage *self)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  int value = gtk_spin_button_get_value_as_int (self->anchor_spin);

  if (self->onet == NULL || fw_onet_get_anchor_count (self->onet) < 0 ||
      fw_onet_get_anchor_count (self->onet) == value)
    return;
  fw_document_run (document, fw_command_set_int_new (G_OBJECT (self->onet), "anchor-count",
                                                           value));
}

static void
on_anchor_set_clicked (FwOnetPage *self)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));

  if (self->onet == NULL)
    return;
  fw_document_run (document, fw_command_set_int_new (G_OBJECT (self->onet), "anchor-count",
                                                           0));
  gtk_widget_grab_focus (GTK_WIDGET (self->anchor_spin));
}

static void
on_anchor_clear_clicked (FwOnetPage *self)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));

  if (self->onet == NULL)
    return;
  fw_document_run (document, fw_command_set_int_new (G_OBJECT (self->onet), "anchor-count",
                                                           -1));
  gtk_widget_grab_focus (GTK_WIDGET (self->anchor_set_button));
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

static GtkWidget *
create_apprenticeship_row (gpointer item,
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
  mark_item_row (self, row);
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

static GtkWidget *
create_task_row (gpointer item,
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
  mark_item_row (self, row);
  g_signal_connect_object (task, "notify", G_CALLBACK (on_task_notify), row, G_CONNECT_SWAPPED);
  return row;
}

static void
update_all_task_anchors (FwOnetPage *self)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->tasks_list, i)) != NULL; i++)
    update_task_anchors (self, GTK_WIDGET (row));
}

/* Object lists ---------------------------------------------------------------------------- */

/* The list box follows the store's items-changed itself, one range at a time. */
static void
bind_lists (FwOnetPage *self)
{
  GListModel *apprenticeships = self->onet != NULL
                                  ? G_LIST_MODEL (fw_onet_get_apprenticeships (self->onet))
                                  : NULL;
  GListModel *tasks = self->onet != NULL ? G_LIST_MODEL (fw_onet_get_tasks (self->onet)) : NULL;

  gtk_list_box_bind_model (self->apprenticeships_list, apprenticeships,
                           apprenticeships ? create_apprenticeship_row : NULL, self, NULL);
  gtk_list_box_bind_model (self->tasks_list, tasks, tasks ? create_task_row : NULL, self, NULL);
}

static GtkWidget *
add_button (FwOnetPage *self,
            const char *label,
            const char *list)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("list-add-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  fw_widget_set_tooltip (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "list", (gpointer) list);
  return button;
}

static void
on_add_item_clicked (FwOnetPage *self,
                     GtkButton  *button)
{
  fw_onet_page_add_item (self, g_object_get_data (G_OBJECT (button), "list"));
}

static GtkWidget *
object_group (FwOnetPage  *self,
              const char  *title,
              const char  *add_label,
              const char  *list,
              const char  *empty_text,
              GtkListBox **list_box)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *button = add_button (self, add_label, list);
  GtkWidget *empty = adw_action_row_new ();

  *list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (*list_box, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (*list_box), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (*list_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (empty), empty_text);
  gtk_widget_add_css_class (empty, "dim-label");
  gtk_list_box_set_placeholder (*list_box, empty);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (*list_box));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_add_item_clicked), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
  return group;
}

static void
build_page (FwOnetPage *self)
{
  for (guint i = 0; i < N_LISTS; i++)
    {
      GtkWidget *editor = fw_string_list_editor_new ();

      fw_string_list_editor_set_title (FW_STRING_LIST_EDITOR (editor), _(lists[i].title),
                                       lists[i].description ? _(lists[i].description) : NULL);
      fw_string_list_editor_set_item_name (FW_STRING_LIST_EDITOR (editor), _(lists[i].item));
      self->editors[i] = FW_STRING_LIST_EDITOR (editor);
      if (g_str_equal (lists[i].property, "cip-codes"))
        {
          fw_string_list_editor_set_check (FW_STRING_LIST_EDITOR (editor), is_cip_code,
                                           _("A CIP code is written NN.NNNN, e.g. 51.0911"));
          self->tasks_group = object_group (self, _("Tasks"), _("Add task"), "tasks",
                                            _("No tasks recorded"), &self->tasks_list);
          gtk_box_append (self->content_box, self->tasks_group);
        }
      gtk_box_append (self->content_box, editor);
      if (i == 0)
        {
          self->apprenticeships_group =
            object_group (self, _("RAPIDS Apprenticeships"), _("Add apprenticeship"),
                          "apprenticeships", _("No apprenticeships recorded"),
                          &self->apprenticeships_list);
          gtk_box_append (self->content_box, self->apprenticeships_group);
        }
    }
}

/* Findings -------------------------------------------------------------------------------- */

/* The entry of an apprenticeship's or a task's row that shows a finding about it. */
static GtkWidget *
marked_entry (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), g_object_get_data (G_OBJECT (row), "task") != NULL
                                              ? "task-id" : "code");
}

static const char *
item_id (GtkWidget *row)
{
  FwTask *task = g_object_get_data (G_OBJECT (row), "task");

  return task != NULL ? fw_task_get_id (task)
                      : fw_apprenticeship_get_id (g_object_get_data (G_OBJECT (row),
                                                                     "apprenticeship"));
}

/* Marks the row's entry when the validator has findings about its item, found by its id. */
static void
mark_item_row (FwOnetPage *self,
               GtkWidget  *row)
{
  if (fw_editor_page_lookup_findings (FW_EDITOR_PAGE (self), item_id (row)) != NULL)
    gtk_widget_add_css_class (marked_entry (row), "error");
  else
    gtk_widget_remove_css_class (marked_entry (row), "error");
}

static void
fw_onet_page_findings_changed (FwEditorPage *page)
{
  FwOnetPage *self = FW_ONET_PAGE (page);
  GtkListBox *lists_of_items[] = { self->apprenticeships_list, self->tasks_list };

  for (guint l = 0; l < G_N_ELEMENTS (lists_of_items); l++)
    {
      GtkListBoxRow *row;

      for (guint i = 0; (row = gtk_list_box_get_row_at_index (lists_of_items[l], i)) != NULL; i++)
        mark_item_row (self, GTK_WIDGET (row));
    }
}

/* The row of the apprenticeship or task with @id, or NULL. */
static GtkWidget *
item_row (FwOnetPage *self,
          const char *id)
{
  GtkListBox *lists_of_items[] = { self->apprenticeships_list, self->tasks_list };

  for (guint l = 0; id != NULL && l < G_N_ELEMENTS (lists_of_items); l++)
    {
      GtkListBoxRow *row;

      for (guint i = 0; (row = gtk_list_box_get_row_at_index (lists_of_items[l], i)) != NULL; i++)
        {
          if (g_str_equal (item_id (GTK_WIDGET (row)), id))
            return GTK_WIDGET (row);
        }
    }
  return NULL;
}

/* The entry of a string list's item named by @finding (its value), or the list's add entry. */
static GtkWidget *
string_item_entry (FwOnetPage *self,
                   FwFinding  *finding)
{
  const char *value = fw_finding_get_subject_id (finding);

  for (guint i = 0; i < N_LISTS; i++)
    {
      const char * const *items;
      GtkWidget *entry = NULL;

      if (g_strcmp0 (fw_finding_get_field (finding), lists[i].json) != 0)
        continue;
      items = fw_onet_get_strv (self->onet, lists[i].property);
      for (guint j = 0; value != NULL && items[j] != NULL && entry == NULL; j++)
        {
          if (g_str_equal (items[j], value))
            entry = fw_string_list_editor_get_entry (self->editors[i], j);
        }
      return entry != NULL ? entry : fw_string_list_editor_get_add_entry (self->editors[i]);
    }
  return NULL;
}

gboolean
fw_onet_page_focus_finding (FwOnetPage *self,
                            FwFinding  *finding)
{
  const char *field;
  GtkWidget *row;
  GtkWidget *entry;

  g_return_val_if_fail (FW_IS_ONET_PAGE (self), FALSE);
  g_return_val_if_fail (FW_IS_FINDING (finding), FALSE);

  if (fw_finding_get_section (finding) != FW_FINDING_SECTION_ONET || self->onet == NULL)
    return FALSE;
  field = fw_finding_get_field (finding);
  if (g_strcmp0 (field, "anchorCount") == 0)
    return gtk_widget_grab_focus (fw_onet_page_get_anchor_widget (self));
  row = item_row (self, fw_finding_get_subject_id (finding));
  if (row != NULL)
    {
      gboolean task = g_object_get_data (G_OBJECT (row), "task") != NULL;
      const char *property = task ? (g_strcmp0 (field, "taskId") == 0 ? "task-id" : "text")
                                  : (g_strcmp0 (field, "title") == 0 ? "title" : "code");

      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      return gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), property));
    }
  entry = string_item_entry (self, finding);
  return entry != NULL && gtk_widget_grab_focus (entry);
}

static gboolean
focus_finding_iface (FwEditorPage *page,
                     FwFinding    *finding)
{
  return fw_onet_page_focus_finding (FW_ONET_PAGE (page), finding);
}

/* GObject --------------------------------------------------------------------------------- */

static void
fw_onet_page_document_changed (FwEditorPage *page,
                               FwDocument   *previous)
{
  FwOnetPage *self = FW_ONET_PAGE (page);
  FwDocument *document = fw_editor_page_get_document (page);

  if (self->onet != NULL)
    g_signal_handlers_disconnect_by_data (self->onet, self);
  g_clear_object (&self->onet);
  if (document != NULL)
    {
      self->onet = g_object_ref (fw_document_get_onet (document));
      g_signal_connect_object (self->onet, "notify::anchor-count", G_CALLBACK (sync_anchor_count),
                               self, G_CONNECT_SWAPPED);
    }
  for (guint i = 0; i < N_LISTS; i++)
    fw_string_list_editor_set_target (self->editors[i], document,
                                      self->onet ? G_OBJECT (self->onet) : NULL,
                                      lists[i].property);
  sync_anchor_count (self);
  bind_lists (self);
}

static void
fw_onet_page_dispose (GObject *object)
{
  FwOnetPage *self = FW_ONET_PAGE (object);
  GtkWidget *child;

  if (self->tasks_list != NULL)
    fw_editor_page_set_document (FW_EDITOR_PAGE (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_ONET_PAGE);
  /* The template's root is no bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->tasks_list = NULL;
  self->apprenticeships_list = NULL;

  G_OBJECT_CLASS (fw_onet_page_parent_class)->dispose (object);
}

static void
fw_onet_page_class_init (FwOnetPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FwEditorPageClass *page_class = FW_EDITOR_PAGE_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_onet_page_dispose;
  page_class->document_changed = fw_onet_page_document_changed;
  page_class->findings_changed = fw_onet_page_findings_changed;
  page_class->focus_finding = focus_finding_iface;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-onet-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FwOnetPage, content_box);
  gtk_widget_class_bind_template_child (widget_class, FwOnetPage, anchor_stack);
  gtk_widget_class_bind_template_child (widget_class, FwOnetPage, anchor_spin);
  gtk_widget_class_bind_template_child (widget_class, FwOnetPage, anchor_set_button);
  gtk_widget_class_bind_template_child (widget_class, FwOnetPage, anchor_clear_button);
  gtk_widget_class_bind_template_callback (widget_class, on_anchor_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_anchor_set_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_anchor_clear_clicked);
}

static void
fw_onet_page_init (FwOnetPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_page (self);
  /* Anchors live on statements: any change may add or remove one. */
  g_signal_group_connect_object (fw_editor_page_get_history_signals (FW_EDITOR_PAGE (self)),
                                 "changed", G_CALLBACK (update_all_task_anchors), self,
                                 G_CONNECT_SWAPPED);
  fw_onet_page_document_changed (FW_EDITOR_PAGE (self), NULL);
}

GtkWidget *
fw_onet_page_new (void)
{
  return g_object_new (FW_TYPE_ONET_PAGE, NULL);
}

FwStringListEditor *
fw_onet_page_get_list_editor (FwOnetPage *self,
                              const char *property)
{
  g_return_val_if_fail (FW_IS_ONET_PAGE (self), NULL);

  for (guint i = 0; i < N_LISTS; i++)
    {
      if (g_strcmp0 (lists[i].property, property) == 0)
        return self->editors[i];
    }
  return NULL;
}

GtkWidget *
fw_onet_page_get_item_entry (FwOnetPage *self,
                             const char *list,
                             guint       index,
                             const char *property)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (FW_IS_ONET_PAGE (self), NULL);
  g_return_val_if_fail (list != NULL && property != NULL, NULL);

  row = gtk_list_box_get_row_at_index (g_str_equal (list, "tasks") ? self->tasks_list
                                                                  : self->apprenticeships_list,
                                       index);
  if (row == NULL)
    return NULL;
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  return g_object_get_data (G_OBJECT (row), property);
}

GStrv
fw_onet_page_get_task_anchors (FwOnetPage *self,
                               guint       index)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GtkListBoxRow *row;
  GPtrArray *anchor_rows;

  g_return_val_if_fail (FW_IS_ONET_PAGE (self), NULL);

  row = gtk_list_box_get_row_at_index (self->tasks_list, index);
  if (row != NULL)
    {
      anchor_rows = g_object_get_data (G_OBJECT (row), "anchor-rows");
      for (guint i = 0; i < anchor_rows->len; i++)
        g_strv_builder_add (builder, adw_preferences_row_get_title (g_ptr_array_index (anchor_rows,
                                                                                         i)));
    }
  return g_strv_builder_end (builder);
}

GtkWidget *
fw_onet_page_get_anchor_widget (FwOnetPage *self)
{
  g_return_val_if_fail (FW_IS_ONET_PAGE (self), NULL);

  return g_str_equal (gtk_stack_get_visible_child_name (self->anchor_stack), "set")
           ? GTK_WIDGET (self->anchor_spin) : GTK_WIDGET (self->anchor_set_button);
}

void
fw_onet_page_add_item (FwOnetPage *self,
                       const char *list)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  g_autoptr(GObject) item = NULL;
  gboolean tasks;
  GListStore *store;
  FwCommand *command;
  GtkWidget *entry;
  guint n;

  g_return_if_fail (FW_IS_ONET_PAGE (self));
  g_return_if_fail (list != NULL);

  if (self->onet == NULL)
    return;
  tasks = g_str_equal (list, "tasks");
  store = tasks ? fw_onet_get_tasks (self->onet) : fw_onet_get_apprenticeships (self->onet);
  item = tasks ? G_OBJECT (fw_task_new (NULL, "")) : G_OBJECT (fw_apprenticeship_new ("", ""));
  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  command = fw_command_insert_new (store, n, item);
  fw_command_set_label (command, tasks ? _("Add Task") : _("Add Apprenticeship"));
  fw_document_run (document, command);
  entry = fw_onet_page_get_item_entry (self, list, n, tasks ? "text" : "code");
  if (entry != NULL)
    gtk_widget_grab_focus (entry);
}
