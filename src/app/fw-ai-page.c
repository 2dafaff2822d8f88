/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-ai-page.h"
#include "fw-section-util.h"

struct _FwAiPage
{
  GtkWidget    parent_instance;

  FwDocument  *document;
  FwValidator *validator;

  /* Template children */
  GtkStack    *stack;
  GtkBox      *content_box;
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

static void
rebuild (GtkWidget *widget)
{
  FwAiPage *self = FW_AI_PAGE (widget);

  guint total = 0;

  _fw_section_clear_box (self->content_box);
  for (guint i = 0; self->document != NULL && i < FW_N_LEVELS; i++)
    {
      FwLevel *level = fw_document_get_level (self->document, i);
      GListModel *statements = G_LIST_MODEL (fw_level_get_ai_statements (level));
      guint n = g_list_model_get_n_items (statements);
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), fw_level_get_label (level));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             fw_level_get_role_label (level));
      if (n == 0)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                   _fw_section_empty_label (_("No AI-fluency statements for this level.")));
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(FwStatement) statement = g_list_model_get_item (statements, j);

          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                     _fw_section_statement_widget (self->document, statement));
        }
      gtk_box_append (self->content_box, group);
      total += n;
    }
  gtk_stack_set_visible_child_name (self->stack, total > 0 ? "content" : "empty");
}

static void
fw_ai_page_editor_page_init (FwEditorPageInterface *iface)
{
}

static void
fw_ai_page_dispose (GObject *object)
{
  FwAiPage *self = FW_AI_PAGE (object);
  GtkWidget *child;

  _fw_section_watch_document (GTK_WIDGET (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_AI_PAGE);
  /* The template's root box is no bound child: unparent it too. */
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
      if (g_set_object (&self->document, g_value_get_object (value)))
        {
          _fw_section_watch_document (GTK_WIDGET (self), self->document);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_VALIDATOR:
      if (g_set_object (&self->validator, g_value_get_object (value)))
        g_object_notify_by_pspec (object, pspec);
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

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-ai-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FwAiPage, stack);
  gtk_widget_class_bind_template_child (widget_class, FwAiPage, content_box);
}

static void
fw_ai_page_init (FwAiPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _fw_section_lazy_init (GTK_WIDGET (self), rebuild);
}

GtkWidget *
fw_ai_page_new (void)
{
  return g_object_new (FW_TYPE_AI_PAGE, NULL);
}
