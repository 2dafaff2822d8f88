/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-evidence-page.h"
#include "fw-section-util.h"

struct _FwEvidencePage
{
  GtkWidget    parent_instance;

  FwDocument  *document;
  FwValidator *validator;

  /* Template children */
  GtkStack    *stack;
  GtkBox      *content_box;
};

static void fw_evidence_page_editor_page_init (FwEditorPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FwEvidencePage, fw_evidence_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (FW_TYPE_EDITOR_PAGE,
                                                      fw_evidence_page_editor_page_init))

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_VALIDATOR,
  N_PROPS
};

typedef enum
{
  VALUE_STRING,
  VALUE_COUNT,
  VALUE_PERCENT,
  VALUE_OF_5,
  VALUE_OF_100,
} ValueKind;

static char *
format_value (FwEvidence *evidence,
              const char *property,
              ValueKind   kind)
{
  double number = kind != VALUE_STRING ? fw_evidence_get_number (evidence, property) : 0;

  switch (kind)
    {
    case VALUE_COUNT:
      return g_strdup_printf ("%.0f", number);
    case VALUE_PERCENT:
      /* Translators: a percentage */
      return g_strdup_printf (_("%g %%"), number);
    case VALUE_OF_5:
      /* Translators: a value on a scale from 1 to 5 */
      return g_strdup_printf (_("%g / 5"), number);
    case VALUE_OF_100:
      /* Translators: a score out of 100 */
      return g_strdup_printf (_("%g / 100"), number);
    case VALUE_STRING:
    default:
      return g_strdup (fw_evidence_get_string (evidence, property));
    }
}

static void
rebuild (GtkWidget *widget)
{
  FwEvidencePage *self = FW_EVIDENCE_PAGE (widget);

  static const struct { const char *group; const char *property; const char *title; ValueKind kind; } fields[] = {
    { N_("AI Usage"), "task-observations", N_("Task observations"), VALUE_COUNT },
    { N_("AI Usage"), "augment-share", N_("Augmentation share"), VALUE_PERCENT },
    { N_("AI Usage"), "time-saved", N_("Time saved"), VALUE_PERCENT },
    { N_("AI Usage"), "ai-autonomy", N_("AI autonomy"), VALUE_OF_5 },
    { N_("SAFI Positioning"), "top-skill", N_("Top skill"), VALUE_STRING },
    { N_("SAFI Positioning"), "safi-score", N_("SAFI score"), VALUE_OF_100 },
    { N_("SAFI Positioning"), "quadrant", N_("Quadrant"), VALUE_STRING },
    { N_("SAFI Positioning"), "precision", N_("Precision"), VALUE_STRING },
    { N_("WEF Cluster"), "wef-label", N_("Cluster"), VALUE_STRING },
    { N_("WEF Cluster"), "wef-id", N_("Cluster id"), VALUE_STRING },
  };
  FwEvidence *evidence = self->document ? fw_document_get_evidence (self->document) : NULL;
  GtkWidget *group = NULL;
  const char *group_title = NULL;

  _fw_section_clear_box (self->content_box);
  for (guint i = 0; evidence != NULL && i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *value = NULL;

      if (g_strcmp0 (group_title, fields[i].group) != 0)
        {
          group_title = fields[i].group;
          group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(group_title));
          gtk_box_append (self->content_box, group);
        }
      if (fw_evidence_has (evidence, fields[i].property))
        value = format_value (evidence, fields[i].property, fields[i].kind);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 _fw_section_value_row (_(fields[i].title), value));
    }
  gtk_stack_set_visible_child_name (self->stack,
                                    evidence != NULL && !fw_evidence_is_empty (evidence)
                                      ? "content" : "empty");
}

static void
fw_evidence_page_editor_page_init (FwEditorPageInterface *iface)
{
}

static void
fw_evidence_page_dispose (GObject *object)
{
  FwEvidencePage *self = FW_EVIDENCE_PAGE (object);
  GtkWidget *child;

  _fw_section_watch_document (GTK_WIDGET (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_EVIDENCE_PAGE);
  /* The template's root box is no bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->document);
  g_clear_object (&self->validator);

  G_OBJECT_CLASS (fw_evidence_page_parent_class)->dispose (object);
}

static void
fw_evidence_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  FwEvidencePage *self = FW_EVIDENCE_PAGE (object);

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
fw_evidence_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  FwEvidencePage *self = FW_EVIDENCE_PAGE (object);

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
fw_evidence_page_class_init (FwEvidencePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_evidence_page_dispose;
  object_class->get_property = fw_evidence_page_get_property;
  object_class->set_property = fw_evidence_page_set_property;

  g_object_class_override_property (object_class, PROP_DOCUMENT, "document");
  g_object_class_override_property (object_class, PROP_VALIDATOR, "validator");

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-evidence-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FwEvidencePage, stack);
  gtk_widget_class_bind_template_child (widget_class, FwEvidencePage, content_box);
}

static void
fw_evidence_page_init (FwEvidencePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _fw_section_lazy_init (GTK_WIDGET (self), rebuild);
}

GtkWidget *
fw_evidence_page_new (void)
{
  return g_object_new (FW_TYPE_EVIDENCE_PAGE, NULL);
}
