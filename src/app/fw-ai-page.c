/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-ai-page.h"

struct _FwAiPage
{
  GtkWidget        parent_instance;

  FwDocument      *document;
  FwValidator     *validator;

  /* Template children */
  FwStatementList *list_emerging;
  FwStatementList *list_developing;
  FwStatementList *list_proficient;
  FwStatementList *list_advanced;
};

static void fw_ai_page_editor_page_init (FwEditorPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FwAiPage, fw_ai_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (FW_TYPE_EDITOR_PAGE,
                                                      fw_ai_page_editor_page_init))

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_VALIDATOR,
  N_PROPS
};

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
  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      FwLevel *level = self->document ? fw_document_get_level (self->document, i) : NULL;
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
set_document (FwAiPage   *self,
              FwDocument *document)
{
  if (self->document != NULL)
    {
      for (guint i = 0; i < FW_N_LEVELS; i++)
        g_signal_handlers_disconnect_by_data (fw_document_get_level (self->document, i), self);
    }
  g_set_object (&self->document, document);
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
  GListModel *findings = self->validator ? fw_validator_get_findings (self->validator) : NULL;
  guint n = findings != NULL ? g_list_model_get_n_items (findings) : 0;
  GPtrArray *per_level[FW_N_LEVELS] = { NULL };

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FwFinding) finding = g_list_model_get_item (findings, i);
      const char *path = fw_finding_get_path (finding);
      FwLevelKey key;

      if (fw_finding_get_statement_id (finding) != NULL || path == NULL ||
          !g_str_has_prefix (path, "aiFluency.") ||
          !fw_level_key_from_string (path + strlen ("aiFluency."), &key))
        continue;
      if (per_level[key] == NULL)
        per_level[key] = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (per_level[key], g_object_ref (finding));
    }
  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      fw_statement_list_set_validator (list_for (self, i), self->validator);
      fw_statement_list_refresh_findings (list_for (self, i));
      fw_statement_list_set_list_findings (list_for (self, i), per_level[i]);
      g_clear_pointer (&per_level[i], g_ptr_array_unref);
    }
}

/* "aiFluency.developing…" → the level key, for findings about a level as a whole. */
static gboolean
level_from_path (const char *path,
                 FwLevelKey *key)
{
  g_auto(GStrv) parts = NULL;

  if (path == NULL || !g_str_has_prefix (path, "aiFluency."))
    return FALSE;
  parts = g_strsplit_set (path + strlen ("aiFluency."), ".[", 2);
  return parts[0] != NULL && fw_level_key_from_string (parts[0], key);
}

gboolean
fw_ai_page_focus_finding (FwAiPage  *self,
                          FwFinding *finding)
{
  const char *id;
  const char *field;
  FwStatementPlace place;
  FwStatement *statement;
  FwLevelKey key;

  g_return_val_if_fail (FW_IS_AI_PAGE (self), FALSE);
  g_return_val_if_fail (FW_IS_FINDING (finding), FALSE);

  if (self->document == NULL)
    return FALSE;
  id = fw_finding_get_statement_id (finding);
  field = fw_finding_get_field (finding);
  statement = id != NULL ? fw_document_find_statement (self->document, id, &place) : NULL;
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
  if (level_from_path (fw_finding_get_path (finding), &key))
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
fw_ai_page_editor_page_init (FwEditorPageInterface *iface)
{
  iface->findings_changed = fw_ai_page_findings_changed;
  iface->focus_finding = focus_finding_iface;
}

static void
fw_ai_page_dispose (GObject *object)
{
  FwAiPage *self = FW_AI_PAGE (object);
  GtkWidget *child;

  if (self->list_emerging != NULL)
    set_document (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_AI_PAGE);
  /* The template's root is no bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->document);
  g_clear_object (&self->validator);

  G_OBJECT_CLASS (fw_ai_page_parent_class)->dispose (object);
}

static void
fw_ai_page_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  FwAiPage *self = FW_AI_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_VALIDATOR:
      g_value_set_object (value, self->validator);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_ai_page_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  FwAiPage *self = FW_AI_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      if (self->document != g_value_get_object (value))
        {
          set_document (self, g_value_get_object (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_VALIDATOR:
      if (g_set_object (&self->validator, g_value_get_object (value)))
        {
          fw_ai_page_findings_changed (FW_EDITOR_PAGE (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_ai_page_class_init (FwAiPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_ai_page_dispose;
  object_class->get_property = fw_ai_page_get_property;
  object_class->set_property = fw_ai_page_set_property;

  g_object_class_override_property (object_class, PROP_DOCUMENT, "document");
  g_object_class_override_property (object_class, PROP_VALIDATOR, "validator");

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
