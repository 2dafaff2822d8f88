/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-ai-page.h"

struct _FwAiPage
{
  FwEditorPage     parent_instance;


  /* Template children */
  FwStatementList *list_emerging;
  FwStatementList *list_developing;
  FwStatementList *list_proficient;
  FwStatementList *list_advanced;
};

G_DEFINE_FINAL_TYPE (FwAiPage, fw_ai_page, FW_TYPE_EDITOR_PAGE)

static FwStatementList *
list_for (FwAiPage   *self,
          FwLevelKey  key)
{
  FwStatementList *lists[FW_N_LEVELS] = {
    self->list_emerging, self->list_developing, self->list_proficient, self->list_advanced,
  };

  g_assert (key < FW_N_LEVELS);
  return lists[key];
}

static void
update_titles (FwAiPage *self)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));

  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      FwLevel *level = document ? fw_document_get_level (document, i) : NULL;
      const char *label = level ? fw_level_get_label (level) : fw_level_key_default_label (i);
      /* Translators: the accessible name of a list, %s is a proficiency level */
      g_autofree char *name = g_strdup_printf (_("AI fluency, %s"), label);

      fw_statement_list_set_title (list_for (self, i), label);
      fw_statement_list_set_subtitle (list_for (self, i),
                                      level ? fw_level_get_role_label (level) : NULL);
      fw_statement_list_set_name (list_for (self, i), name);
    }
}

static void
on_statement_focused (FwAiPage        *self,
                      FwStatement     *statement,
                      FwStatementList *list)
{
  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      if (list_for (self, i) != list)
        fw_statement_list_unselect (list_for (self, i));
    }
}

static void
fw_ai_page_document_changed (FwEditorPage *page,
                             FwDocument   *previous)
{
  FwAiPage *self = FW_AI_PAGE (page);
  FwDocument *document = fw_editor_page_get_document (page);

  for (guint i = 0; previous != NULL && i < FW_N_LEVELS; i++)
    g_signal_handlers_disconnect_by_data (fw_document_get_level (previous, i), self);
  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      FwLevel *level = document ? fw_document_get_level (document, i) : NULL;

      fw_statement_list_set_store (list_for (self, i), document,
                                   level ? fw_level_get_ai_statements (level) : NULL,
                                   FW_SECTION_AI_FLUENCY);
      if (level != NULL)
        {
          g_signal_connect_object (level, "notify::label", G_CALLBACK (update_titles), self,
                                   G_CONNECT_SWAPPED);
          g_signal_connect_object (level, "notify::role-label", G_CALLBACK (update_titles), self,
                                   G_CONNECT_SWAPPED);
        }
    }
  update_titles (self);
}

static void
fw_ai_page_findings_changed (FwEditorPage *page)
{
  FwAiPage *self = FW_AI_PAGE (page);
  FwValidator *validator = fw_editor_page_get_validator (page);
  GListModel *findings = validator != NULL ? fw_validator_get_findings (validator) : NULL;
  guint n = findings != NULL ? g_list_model_get_n_items (findings) : 0;
  GPtrArray *per_level[FW_N_LEVELS] = { NULL };

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FwFinding) finding = g_list_model_get_item (findings, i);
      int key = fw_finding_get_level (finding);

      /* A level as a whole: its section and level, no subject. */
      if (fw_finding_get_section (finding) != FW_FINDING_SECTION_AI_FLUENCY ||
          fw_finding_get_subject_id (finding) != NULL || key < 0 || key >= FW_N_LEVELS)
        continue;
      if (per_level[key] == NULL)
        per_level[key] = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (per_level[key], g_object_ref (finding));
    }
  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      fw_statement_list_set_validator (list_for (self, i), validator);
      fw_statement_list_refresh_findings (list_for (self, i));
      fw_statement_list_set_list_findings (list_for (self, i), per_level[i]);
      g_clear_pointer (&per_level[i], g_ptr_array_unref);
    }
}

gboolean
fw_ai_page_focus_finding (FwAiPage  *self,
                          FwFinding *finding)
{
  FwDocument *document;
  const char *id;
  const char *field;
  FwStatementPlace place;
  FwStatement *statement;
  int key;

  g_return_val_if_fail (FW_IS_AI_PAGE (self), FALSE);
  g_return_val_if_fail (FW_IS_FINDING (finding), FALSE);

  document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  if (document == NULL)
    return FALSE;
  id = fw_finding_get_statement_id (finding);
  field = fw_finding_get_field (finding);
  statement = id != NULL ? fw_document_find_statement (document, id, &place) : NULL;
  if (statement != NULL)
    {
      FwStatementList *list;

      if (place.section != FW_SECTION_AI_FLUENCY)
        return FALSE;
      list = list_for (self, place.level);
      if (g_strcmp0 (field, "citations") == 0)
        {
          FwCitationChips *chips;

          fw_statement_list_select_statement (list, statement, FW_STATEMENT_FIELD_NONE);
          chips = fw_statement_list_find_chips (list, statement);
          return chips != NULL &&
                 gtk_widget_grab_focus (fw_citation_chips_get_add_button (chips));
        }
      return fw_statement_list_select_statement (list, statement,
                                                 g_strcmp0 (field, "headline") == 0
                                                   ? FW_STATEMENT_FIELD_HEADLINE
                                                 : g_strcmp0 (field, "body") == 0
                                                   ? FW_STATEMENT_FIELD_BODY
                                                   : FW_STATEMENT_FIELD_NONE);
    }
  key = fw_finding_get_level (finding);
  if (fw_finding_get_section (finding) == FW_FINDING_SECTION_AI_FLUENCY && key >= 0 &&
      key < FW_N_LEVELS)
    return gtk_widget_grab_focus (fw_statement_list_get_add_button (list_for (self, key)));
  return FALSE;
}

static gboolean
focus_finding_iface (FwEditorPage *page,
                     FwFinding    *finding)
{
  return fw_ai_page_focus_finding (FW_AI_PAGE (page), finding);
}

static void
fw_ai_page_dispose (GObject *object)
{
  FwAiPage *self = FW_AI_PAGE (object);
  GtkWidget *child;

  if (self->list_emerging != NULL)
    fw_editor_page_set_document (FW_EDITOR_PAGE (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_AI_PAGE);
  /* The template's root is no bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (fw_ai_page_parent_class)->dispose (object);
}

static void
fw_ai_page_class_init (FwAiPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FwEditorPageClass *page_class = FW_EDITOR_PAGE_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_ai_page_dispose;
  page_class->document_changed = fw_ai_page_document_changed;
  page_class->findings_changed = fw_ai_page_findings_changed;
  page_class->focus_finding = focus_finding_iface;

  g_type_ensure (FW_TYPE_STATEMENT_LIST);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/fw-ai-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FwAiPage, list_emerging);
  gtk_widget_class_bind_template_child (widget_class, FwAiPage, list_developing);
  gtk_widget_class_bind_template_child (widget_class, FwAiPage, list_proficient);
  gtk_widget_class_bind_template_child (widget_class, FwAiPage, list_advanced);
  gtk_widget_class_bind_template_callback (widget_class, on_statement_focused);
}

static void
fw_ai_page_init (FwAiPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < FW_N_LEVELS; i++)
    fw_statement_list_set_neighbours (list_for (self, i),
                                      i > 0 ? list_for (self, i - 1) : NULL,
                                      i + 1 < FW_N_LEVELS ? list_for (self, i + 1) : NULL);
  update_titles (self);
}

GtkWidget *
fw_ai_page_new (void)
{
  return g_object_new (FW_TYPE_AI_PAGE, NULL);
}

FwStatementList *
fw_ai_page_get_list (FwAiPage   *self,
                     FwLevelKey  key)
{
  g_return_val_if_fail (FW_IS_AI_PAGE (self), NULL);
  g_return_val_if_fail (key < FW_N_LEVELS, NULL);

  return list_for (self, key);
}
