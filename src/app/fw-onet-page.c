/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fw-apprenticeship-row.h"
#include "fw-onet-page-private.h"
#include "fw-task-row.h"
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

G_STATIC_ASSERT (G_N_ELEMENTS (lists) == N_LISTS);

G_DEFINE_FINAL_TYPE (FwOnetPage, fw_onet_page, FW_TYPE_EDITOR_PAGE)

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
                           apprenticeships ? _fw_onet_page_create_apprenticeship_row : NULL, self, NULL);
  gtk_list_box_bind_model (self->tasks_list, tasks, tasks ? _fw_onet_page_create_task_row : NULL, self, NULL);
}

static void
on_add_apprenticeship_clicked (FwOnetPage *self)
{
  fw_onet_page_add_item (self, "apprenticeships");
}

static void
on_add_task_clicked (FwOnetPage *self)
{
  fw_onet_page_add_item (self, "tasks");
}

/* The string list editors go between the template's groups, in the order of lists[]. */
static void
build_page (FwOnetPage *self)
{
  GtkWidget *previous = gtk_widget_get_first_child (GTK_WIDGET (self->content_box));

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
          previous = self->tasks_group;
        }
      gtk_box_insert_child_after (self->content_box, editor, previous);
      previous = i == 0 ? self->apprenticeships_group : editor;
    }
}

/* Findings -------------------------------------------------------------------------------- */

static void
fw_onet_page_findings_changed (FwEditorPage *page)
{
  FwOnetPage *self = FW_ONET_PAGE (page);
  GtkListBox *lists_of_items[] = { self->apprenticeships_list, self->tasks_list };

  for (guint l = 0; l < G_N_ELEMENTS (lists_of_items); l++)
    {
      GtkListBoxRow *row;

      for (guint i = 0; (row = gtk_list_box_get_row_at_index (lists_of_items[l], i)) != NULL; i++)
        _fw_onet_page_mark_item_row (self, GTK_WIDGET (row));
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
          if (g_str_equal (_fw_onet_page_item_id (GTK_WIDGET (row)), id))
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
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      return gtk_widget_grab_focus (_fw_onet_page_item_field_entry (row, field));
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
  _fw_onet_page_update_markers (self);
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
  gtk_widget_class_bind_template_child (widget_class, FwOnetPage, apprenticeships_group);
  gtk_widget_class_bind_template_child (widget_class, FwOnetPage, tasks_group);
  gtk_widget_class_bind_template_child (widget_class, FwOnetPage, apprenticeships_list);
  gtk_widget_class_bind_template_child (widget_class, FwOnetPage, tasks_list);
  gtk_widget_class_bind_template_child (widget_class, FwOnetPage, add_apprenticeship_button);
  gtk_widget_class_bind_template_child (widget_class, FwOnetPage, add_task_button);
  gtk_widget_class_bind_template_child (widget_class, FwOnetPage, anchor_stack);
  gtk_widget_class_bind_template_child (widget_class, FwOnetPage, anchor_spin);
  gtk_widget_class_bind_template_child (widget_class, FwOnetPage, anchor_set_button);
  gtk_widget_class_bind_template_child (widget_class, FwOnetPage, anchor_clear_button);
  gtk_widget_class_bind_template_child (widget_class, FwOnetPage, job_zone_row);
  gtk_widget_class_bind_template_child (widget_class, FwOnetPage, job_zone_label);
  gtk_widget_class_bind_template_callback (widget_class, on_anchor_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_anchor_set_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_anchor_clear_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_add_apprenticeship_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_add_task_clicked);
  _fw_onet_page_review_class_init (widget_class);
}

static void
fw_onet_page_init (FwOnetPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Tooltips set here, not in the template: see fw-tooltip.h. */
  fw_widget_set_tooltip (GTK_WIDGET (self->add_apprenticeship_button), _("Add apprenticeship"));
  fw_widget_set_tooltip (GTK_WIDGET (self->add_task_button), _("Add task"));
  build_page (self);
  _fw_onet_page_review_init (self);
  /* Anchors live on statements: any change may add or remove one. */
  g_signal_group_connect_object (fw_editor_page_get_history_signals (FW_EDITOR_PAGE (self)),
                                 "changed", G_CALLBACK (_fw_onet_page_update_all_task_anchors), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (fw_editor_page_get_history_signals (FW_EDITOR_PAGE (self)),
                                 "changed", G_CALLBACK (_fw_onet_page_update_markers), self,
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
  return FW_IS_TASK_ROW (row) ? fw_task_row_get_entry (FW_TASK_ROW (row), property)
                              : fw_apprenticeship_row_get_entry (FW_APPRENTICESHIP_ROW (row),
                                                                 property);
}

GStrv
fw_onet_page_get_task_anchors (FwOnetPage *self,
                               guint       index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (FW_IS_ONET_PAGE (self), NULL);

  row = gtk_list_box_get_row_at_index (self->tasks_list, index);
  return row != NULL ? fw_task_row_get_anchor_titles (FW_TASK_ROW (row))
                     : g_new0 (char *, 1);
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

GtkWidget *
fw_onet_page_get_job_zone_row (FwOnetPage *self)
{
  g_return_val_if_fail (FW_IS_ONET_PAGE (self), NULL);

  return GTK_WIDGET (self->job_zone_row);
}
