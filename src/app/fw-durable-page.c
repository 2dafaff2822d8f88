/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-durable-page.h"
#include "fw-section-util.h"

struct _FwDurablePage
{
  GtkWidget    parent_instance;

  FwDocument  *document;
  FwValidator *validator;

  /* Template children */
  GtkStack    *stack;
  GtkBox      *content_box;
};

static void fw_durable_page_editor_page_init (FwEditorPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FwDurablePage, fw_durable_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (FW_TYPE_EDITOR_PAGE,
                                                      fw_durable_page_editor_page_init))

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_VALIDATOR,
  N_PROPS
};

static void
rebuild (GtkWidget *widget)
{
  FwDurablePage *self = FW_DURABLE_PAGE (widget);

  GListModel *domains = self->document ? G_LIST_MODEL (fw_document_get_domains (self->document)) : NULL;
  guint n_domains = domains ? g_list_model_get_n_items (domains) : 0;

  _fw_section_clear_box (self->content_box);
  for (guint i = 0; i < n_domains; i++)
    {
      g_autoptr(FwDomain) domain = g_list_model_get_item (domains, i);
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *cells = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      guint count = fw_domain_count_statements (domain);
      g_autofree char *description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u statement",
                                                                   "%u statements", count), count);

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), fw_domain_get_name (domain));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
      gtk_box_set_homogeneous (GTK_BOX (cells), TRUE);
      for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
        {
          GListModel *cell = G_LIST_MODEL (fw_domain_get_cell (domain, level));
          GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
          GtkWidget *heading = gtk_label_new (fw_durable_level_default_label (level));
          guint n = g_list_model_get_n_items (cell);

          gtk_label_set_xalign (GTK_LABEL (heading), 0);
          gtk_widget_add_css_class (heading, "heading");
          gtk_box_append (GTK_BOX (column), heading);
          if (n == 0)
            gtk_box_append (GTK_BOX (column), _fw_section_empty_label (_("Empty")));
          for (guint j = 0; j < n; j++)
            {
              g_autoptr(FwStatement) statement = g_list_model_get_item (cell, j);

              gtk_box_append (GTK_BOX (column),
                              _fw_section_statement_widget (self->document, statement));
            }
          gtk_box_append (GTK_BOX (cells), column);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), cells);
      gtk_box_append (self->content_box, group);
    }
  gtk_stack_set_visible_child_name (self->stack, n_domains > 0 ? "content" : "empty");
}

static void
fw_durable_page_editor_page_init (FwEditorPageInterface *iface)
{
}

static void
fw_durable_page_dispose (GObject *object)
{
  FwDurablePage *self = FW_DURABLE_PAGE (object);
  GtkWidget *child;

  _fw_section_watch_document (GTK_WIDGET (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_DURABLE_PAGE);
  /* The template's root box is no bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->document);
  g_clear_object (&self->validator);

  G_OBJECT_CLASS (fw_durable_page_parent_class)->dispose (object);
}

static void
fw_durable_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FwDurablePage *self = FW_DURABLE_PAGE (object);

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
fw_durable_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FwDurablePage *self = FW_DURABLE_PAGE (object);

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
fw_durable_page_class_init (FwDurablePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_durable_page_dispose;
  object_class->get_property = fw_durable_page_get_property;
  object_class->set_property = fw_durable_page_set_property;

  g_object_class_override_property (object_class, PROP_DOCUMENT, "document");
  g_object_class_override_property (object_class, PROP_VALIDATOR, "validator");

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-durable-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FwDurablePage, stack);
  gtk_widget_class_bind_template_child (widget_class, FwDurablePage, content_box);
}

static void
fw_durable_page_init (FwDurablePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _fw_section_lazy_init (GTK_WIDGET (self), rebuild);
}

GtkWidget *
fw_durable_page_new (void)
{
  return g_object_new (FW_TYPE_DURABLE_PAGE, NULL);
}
