/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-onet-page.h"
#include "fw-section-util.h"

struct _FwOnetPage
{
  GtkWidget    parent_instance;

  FwDocument  *document;
  FwValidator *validator;

  /* Template children */
  GtkStack    *stack;
  GtkBox      *content_box;
};

static void fw_onet_page_editor_page_init (FwEditorPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FwOnetPage, fw_onet_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (FW_TYPE_EDITOR_PAGE,
                                                      fw_onet_page_editor_page_init))

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_VALIDATOR,
  N_PROPS
};

static void
rebuild (GtkWidget *widget)
{
  FwOnetPage *self = FW_ONET_PAGE (widget);

  static const struct { const char *property; const char *title; } lists[] = {
    { "related-titles", N_("Related Titles") },
    { "skills", N_("Skills") },
    { "knowledge", N_("Knowledge") },
    { "abilities", N_("Abilities") },
    { "work-styles", N_("Work Styles") },
    { "technology", N_("Technology") },
    { "cip-codes", N_("CIP Codes") },
  };
  FwOnet *onet = self->document ? fw_document_get_onet (self->document) : NULL;
  GtkWidget *group;
  GListModel *model;
  g_autofree char *anchors = NULL;

  _fw_section_clear_box (self->content_box);
  if (onet == NULL || fw_onet_is_empty (onet))
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Summary"));
  if (fw_onet_get_anchor_count (onet) >= 0)
    anchors = g_strdup_printf ("%d", fw_onet_get_anchor_count (onet));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             _fw_section_value_row (_("Source anchors"), anchors));
  gtk_box_append (self->content_box, group);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      const char * const *items = fw_onet_get_strv (onet, lists[i].property);
      g_autofree char *joined = items && items[0] ? g_strjoinv (" · ", (char **) items) : NULL;
      GtkWidget *label;

      group = adw_preferences_group_new ();
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(lists[i].title));
      label = joined ? gtk_label_new (joined) : _fw_section_empty_label (_("None recorded"));
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), joined != NULL);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label);
      gtk_box_append (self->content_box, group);
      if (i == 0)
        {
          /* Apprenticeships read best right after the related titles. */
          model = G_LIST_MODEL (fw_onet_get_apprenticeships (onet));
          group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                           _("RAPIDS Apprenticeships"));
          if (g_list_model_get_n_items (model) == 0)
            adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                       _fw_section_empty_label (_("None recorded")));
          for (guint j = 0; j < g_list_model_get_n_items (model); j++)
            {
              g_autoptr(FwApprenticeship) item = g_list_model_get_item (model, j);

              adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                         _fw_section_value_row (fw_apprenticeship_get_title (item),
                                                                fw_apprenticeship_get_code (item)));
            }
          gtk_box_append (self->content_box, group);
        }
    }

  model = G_LIST_MODEL (fw_onet_get_tasks (onet));
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Tasks"));
  if (g_list_model_get_n_items (model) == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               _fw_section_empty_label (_("None recorded")));
  for (guint j = 0; j < g_list_model_get_n_items (model); j++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (model, j);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fw_task_get_text (task));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   fw_task_get_task_id (task) ? fw_task_get_task_id (task)
                                                              : _("No task id"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (self->content_box, group);
  gtk_stack_set_visible_child_name (self->stack, "content");
}

static void
fw_onet_page_editor_page_init (FwEditorPageInterface *iface)
{
}

static void
fw_onet_page_dispose (GObject *object)
{
  FwOnetPage *self = FW_ONET_PAGE (object);
  GtkWidget *child;

  _fw_section_watch_document (GTK_WIDGET (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_ONET_PAGE);
  /* The template's root box is no bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->document);
  g_clear_object (&self->validator);

  G_OBJECT_CLASS (fw_onet_page_parent_class)->dispose (object);
}

static void
fw_onet_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FwOnetPage *self = FW_ONET_PAGE (object);

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
fw_onet_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  FwOnetPage *self = FW_ONET_PAGE (object);

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
fw_onet_page_class_init (FwOnetPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_onet_page_dispose;
  object_class->get_property = fw_onet_page_get_property;
  object_class->set_property = fw_onet_page_set_property;

  g_object_class_override_property (object_class, PROP_DOCUMENT, "document");
  g_object_class_override_property (object_class, PROP_VALIDATOR, "validator");

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-onet-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FwOnetPage, stack);
  gtk_widget_class_bind_template_child (widget_class, FwOnetPage, content_box);
}

static void
fw_onet_page_init (FwOnetPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _fw_section_lazy_init (GTK_WIDGET (self), rebuild);
}

GtkWidget *
fw_onet_page_new (void)
{
  return g_object_new (FW_TYPE_ONET_PAGE, NULL);
}
