/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-bound-entry.h"

struct _FwBoundEntry
{
  AdwEntryRow  parent_instance;

  FwDocument  *document;
  GObject     *target;
  char        *target_property;
  gboolean     nullable;
  /* Set while the entry shows the property's value, which is no edit. */
  gboolean     syncing;
};

G_DEFINE_FINAL_TYPE (FwBoundEntry, fw_bound_entry, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_TARGET_PROPERTY,
  PROP_NULLABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
target_value (FwBoundEntry *self)
{
  char *value = NULL;

  g_object_get (self->target, self->target_property, &value, NULL);
  return value;
}

static void
sync_text (FwBoundEntry *self)
{
  GtkEditable *editable = GTK_EDITABLE (self);
  g_autofree char *value = target_value (self);
  int position;

  if (g_strcmp0 (gtk_editable_get_text (editable), value != NULL ? value : "") == 0)
    return;
  position = gtk_editable_get_position (editable);
  self->syncing = TRUE;
  gtk_editable_set_text (editable, value != NULL ? value : "");
  self->syncing = FALSE;
  gtk_editable_set_position (editable, position);
}

static void
on_changed (FwBoundEntry *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self));
  g_autofree char *current = NULL;

  if (self->syncing || self->target == NULL || self->document == NULL)
    return;
  current = target_value (self);
  if (g_strcmp0 (current != NULL ? current : "", text) == 0)
    return;
  fw_document_run (self->document,
                   fw_command_set_string_new (self->target, self->target_property,
                                              self->nullable && text[0] == '\0' ? NULL : text,
                                              TRUE));
}

static void
on_focus_leave (FwBoundEntry *self)
{
  if (self->document != NULL)
    fw_history_break_merge (fw_document_get_history (self->document));
}

static void
on_title_changed (FwBoundEntry *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)), -1);
}

static void
fw_bound_entry_dispose (GObject *object)
{
  FwBoundEntry *self = FW_BOUND_ENTRY (object);

  if (self->target != NULL)
    g_signal_handlers_disconnect_by_data (self->target, self);
  g_clear_object (&self->target);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (fw_bound_entry_parent_class)->dispose (object);
}

static void
fw_bound_entry_finalize (GObject *object)
{
  FwBoundEntry *self = FW_BOUND_ENTRY (object);

  g_free (self->target_property);

  G_OBJECT_CLASS (fw_bound_entry_parent_class)->finalize (object);
}

static void
fw_bound_entry_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FwBoundEntry *self = FW_BOUND_ENTRY (object);

  switch (prop_id)
    {
    case PROP_TARGET_PROPERTY:
      g_value_set_string (value, self->target_property);
      break;
    case PROP_NULLABLE:
      g_value_set_boolean (value, self->nullable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_bound_entry_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  FwBoundEntry *self = FW_BOUND_ENTRY (object);

  switch (prop_id)
    {
    case PROP_TARGET_PROPERTY:
      g_free (self->target_property);
      self->target_property = g_value_dup_string (value);
      break;
    case PROP_NULLABLE:
      self->nullable = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_bound_entry_class_init (FwBoundEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fw_bound_entry_dispose;
  object_class->finalize = fw_bound_entry_finalize;
  object_class->get_property = fw_bound_entry_get_property;
  object_class->set_property = fw_bound_entry_set_property;

  properties[PROP_TARGET_PROPERTY] =
    g_param_spec_string ("target-property", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NULLABLE] =
    g_param_spec_boolean ("nullable", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fw_bound_entry_init (FwBoundEntry *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  g_signal_connect (self, "changed", G_CALLBACK (on_changed), NULL);
  g_signal_connect (self, "notify::title", G_CALLBACK (on_title_changed), NULL);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_focus_leave), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
}

GtkWidget *
fw_bound_entry_new (void)
{
  return g_object_new (FW_TYPE_BOUND_ENTRY, NULL);
}

void
fw_bound_entry_set_target (FwBoundEntry *self,
                           FwDocument   *document,
                           GObject      *target)
{
  g_autofree char *signal = NULL;

  g_return_if_fail (FW_IS_BOUND_ENTRY (self));
  g_return_if_fail (document == NULL || FW_IS_DOCUMENT (document));
  g_return_if_fail (target == NULL || G_IS_OBJECT (target));
  g_return_if_fail (self->target_property != NULL);

  if (self->target != NULL)
    g_signal_handlers_disconnect_by_data (self->target, self);
  g_set_object (&self->document, document);
  g_set_object (&self->target, target);
  if (target == NULL)
    {
      self->syncing = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self), "");
      self->syncing = FALSE;
      return;
    }
  signal = g_strconcat ("notify::", self->target_property, NULL);
  g_signal_connect_object (target, signal, G_CALLBACK (sync_text), self, G_CONNECT_SWAPPED);
  sync_text (self);
}

GObject *
fw_bound_entry_get_target (FwBoundEntry *self)
{
  g_return_val_if_fail (FW_IS_BOUND_ENTRY (self), NULL);

  return self->target;
}

const char *
fw_bound_entry_get_target_property (FwBoundEntry *self)
{
  g_return_val_if_fail (FW_IS_BOUND_ENTRY (self), NULL);

  return self->target_property;
}
