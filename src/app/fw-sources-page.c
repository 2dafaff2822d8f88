/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-sources-page.h"
#include "fw-section-util.h"

struct _FwSourcesPage
{
  GtkWidget    parent_instance;

  FwDocument  *document;
  FwValidator *validator;

  /* Template children */
  GtkStack    *stack;
  GtkBox      *content_box;
};

static void fw_sources_page_editor_page_init (FwEditorPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FwSourcesPage, fw_sources_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (FW_TYPE_EDITOR_PAGE,
                                                      fw_sources_page_editor_page_init))

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_VALIDATOR,
  N_PROPS
};

static void
rebuild (GtkWidget *widget)
{
  FwSourcesPage *self = FW_SOURCES_PAGE (widget);

  GListModel *sources = self->document ? G_LIST_MODEL (fw_document_get_sources (self->document)) : NULL;
  guint n = sources ? g_list_model_get_n_items (sources) : 0;
  GtkWidget *group = adw_preferences_group_new ();

  _fw_section_clear_box (self->content_box);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Sources"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FwSource) source = g_list_model_get_item (sources, i);
      guint cited = fw_document_count_citations (self->document, fw_source_get_id (source));
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Cited once",
                                                             "Cited %u times", cited), cited);
      g_autoptr(GString) subtitle = g_string_new (fw_source_get_title (source));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *label = gtk_label_new (cited > 0 ? count : _("Not cited"));
      const char *extra[] = {
        fw_source_get_publisher (source), fw_source_get_version (source),
        fw_source_get_license (source), fw_source_get_url (source),
      };

      for (guint j = 0; j < G_N_ELEMENTS (extra); j++)
        {
          if (extra[j] != NULL && extra[j][0] != '\0')
            g_string_append_printf (subtitle, "\n%s", extra[j]);
        }
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fw_source_get_short_label (source));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (self->content_box, group);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "content" : "empty");
}

static void
fw_sources_page_editor_page_init (FwEditorPageInterface *iface)
{
}

static void
fw_sources_page_dispose (GObject *object)
{
  FwSourcesPage *self = FW_SOURCES_PAGE (object);
  GtkWidget *child;

  _fw_section_watch_document (GTK_WIDGET (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_SOURCES_PAGE);
  /* The template's root box is no bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->document);
  g_clear_object (&self->validator);

  G_OBJECT_CLASS (fw_sources_page_parent_class)->dispose (object);
}

static void
fw_sources_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FwSourcesPage *self = FW_SOURCES_PAGE (object);

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
fw_sources_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FwSourcesPage *self = FW_SOURCES_PAGE (object);

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
fw_sources_page_class_init (FwSourcesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_sources_page_dispose;
  object_class->get_property = fw_sources_page_get_property;
  object_class->set_property = fw_sources_page_set_property;

  g_object_class_override_property (object_class, PROP_DOCUMENT, "document");
  g_object_class_override_property (object_class, PROP_VALIDATOR, "validator");

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-sources-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FwSourcesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, FwSourcesPage, content_box);
}

static void
fw_sources_page_init (FwSourcesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _fw_section_lazy_init (GTK_WIDGET (self), rebuild);
}

GtkWidget *
fw_sources_page_new (void)
{
  return g_object_new (FW_TYPE_SOURCES_PAGE, NULL);
}
