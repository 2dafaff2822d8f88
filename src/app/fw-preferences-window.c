/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-preferences-window.h"
#include "fw-review-items.h"

struct _FwPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template children */
  AdwPreferencesGroup  *review_group;
  AdwEntryRow          *reviewer_row;
  GtkSwitch            *spell_switch;
};

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (FwPreferencesWindow, fw_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
bind_settings (FwPreferencesWindow *self)
{
  g_autofree char *description = NULL;

  /* Says whose name an empty field stands for. */
  description = g_strdup_printf (_("Recorded with the corrections and replies you write. "
                                   "Leave it empty to use your account’s name, %s."),
                                 fw_review_default_reviewer ());
  adw_preferences_group_set_description (self->review_group, description);
  g_settings_bind (self->settings, "reviewer-name", self->reviewer_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "spell-check", self->spell_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
fw_preferences_window_constructed (GObject *object)
{
  FwPreferencesWindow *self = FW_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (fw_preferences_window_parent_class)->constructed (object);

  if (self->settings != NULL)
    bind_settings (self);
}

static void
fw_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  FwPreferencesWindow *self = FW_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_set_object (&self->settings, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_preferences_window_dispose (GObject *object)
{
  FwPreferencesWindow *self = FW_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fw_preferences_window_parent_class)->dispose (object);
}

static void
fw_preferences_window_class_init (FwPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fw_preferences_window_constructed;
  object_class->set_property = fw_preferences_window_set_property;
  object_class->dispose = fw_preferences_window_dispose;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FwPreferencesWindow, review_group);
  gtk_widget_class_bind_template_child (widget_class, FwPreferencesWindow, reviewer_row);
  gtk_widget_class_bind_template_child (widget_class, FwPreferencesWindow, spell_switch);
}

static void
fw_preferences_window_init (FwPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fw_preferences_window_new (GtkWindow *parent,
                           GSettings *settings)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (FW_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "settings", settings,
                       NULL);
}

GtkWidget *
fw_preferences_window_get_reviewer_row (FwPreferencesWindow *self)
{
  g_return_val_if_fail (FW_IS_PREFERENCES_WINDOW (self), NULL);

  return GTK_WIDGET (self->reviewer_row);
}
