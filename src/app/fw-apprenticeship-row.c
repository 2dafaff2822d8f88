/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-apprenticeship-row.h"
#include "fw-bound-entry.h"
#include "fw-tooltip.h"

struct _FwApprenticeshipRow
{
  AdwExpanderRow    parent_instance;

  FwApprenticeship *apprenticeship;

  /* Template children */
  GtkButton        *remove_button;
  FwBoundEntry     *code_entry;
  FwBoundEntry     *title_entry;
};

G_DEFINE_FINAL_TYPE (FwApprenticeshipRow, fw_apprenticeship_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_APPRENTICESHIP,
  N_PROPS
};

enum {
  REMOVE_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_title (FwApprenticeshipRow *self)
{
  const char *code = fw_apprenticeship_get_code (self->apprenticeship);
  const char *title = fw_apprenticeship_get_title (self->apprenticeship);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 title[0] != '\0' ? title : _("Untitled Apprenticeship"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self),
                                 code[0] != '\0' ? code : _("No RAPIDS code"));
}

static void
on_remove_clicked (FwApprenticeshipRow *self)
{
  g_signal_emit (self, signals[REMOVE_REQUESTED], 0);
}

static void
fw_apprenticeship_row_dispose (GObject *object)
{
  FwApprenticeshipRow *self = FW_APPRENTICESHIP_ROW (object);

  if (self->apprenticeship != NULL)
    g_signal_handlers_disconnect_by_data (self->apprenticeship, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_APPRENTICESHIP_ROW);
  g_clear_object (&self->apprenticeship);

  G_OBJECT_CLASS (fw_apprenticeship_row_parent_class)->dispose (object);
}

static void
fw_apprenticeship_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  FwApprenticeshipRow *self = FW_APPRENTICESHIP_ROW (object);

  switch (prop_id)
    {
    case PROP_APPRENTICESHIP:
      g_value_set_object (value, self->apprenticeship);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_apprenticeship_row_class_init (FwApprenticeshipRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_apprenticeship_row_dispose;
  object_class->get_property = fw_apprenticeship_row_get_property;

  properties[PROP_APPRENTICESHIP] =
    g_param_spec_object ("apprenticeship", NULL, NULL, FW_TYPE_APPRENTICESHIP,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[REMOVE_REQUESTED] =
    g_signal_new ("remove-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (FW_TYPE_BOUND_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-apprenticeship-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FwApprenticeshipRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, FwApprenticeshipRow, code_entry);
  gtk_widget_class_bind_template_child (widget_class, FwApprenticeshipRow, title_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
}

static void
fw_apprenticeship_row_init (FwApprenticeshipRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Tooltips set here, not in the template: see fw-tooltip.h. */
  fw_widget_set_tooltip (GTK_WIDGET (self->remove_button), _("Remove Apprenticeship"));
}

GtkWidget *
fw_apprenticeship_row_new (FwDocument       *document,
                           FwApprenticeship *apprenticeship)
{
  FwApprenticeshipRow *self;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (FW_IS_APPRENTICESHIP (apprenticeship), NULL);

  self = g_object_new (FW_TYPE_APPRENTICESHIP_ROW, NULL);
  self->apprenticeship = g_object_ref (apprenticeship);
  fw_bound_entry_set_target (self->code_entry, document, G_OBJECT (apprenticeship));
  fw_bound_entry_set_target (self->title_entry, document, G_OBJECT (apprenticeship));
  update_title (self);
  g_signal_connect_object (apprenticeship, "notify", G_CALLBACK (update_title), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

FwApprenticeship *
fw_apprenticeship_row_get_apprenticeship (FwApprenticeshipRow *self)
{
  g_return_val_if_fail (FW_IS_APPRENTICESHIP_ROW (self), NULL);

  return self->apprenticeship;
}

GtkWidget *
fw_apprenticeship_row_get_entry (FwApprenticeshipRow *self,
                                 const char          *property)
{
  g_return_val_if_fail (FW_IS_APPRENTICESHIP_ROW (self), NULL);

  if (g_strcmp0 (property, "code") == 0)
    return GTK_WIDGET (self->code_entry);
  if (g_strcmp0 (property, "title") == 0)
    return GTK_WIDGET (self->title_entry);
  return NULL;
}

void
fw_apprenticeship_row_set_has_findings (FwApprenticeshipRow *self,
                                        gboolean             has_findings)
{
  g_return_if_fail (FW_IS_APPRENTICESHIP_ROW (self));

  if (has_findings)
    gtk_widget_add_css_class (GTK_WIDGET (self->code_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->code_entry), "error");
}
