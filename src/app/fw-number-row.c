/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "fw-number-row.h"
#include "fw-tooltip.h"

struct _FwNumberRow
{
  AdwActionRow   parent_instance;

  FwDocument    *document;
  GObject       *target;
  char          *target_property;
  double         lower;
  double         upper;
  double         initial;
  guint          digits;
  /* Set while the spin button shows the property's value, which is no edit. */
  gboolean       syncing;

  /* Template children */
  GtkStack      *stack;
  GtkButton     *set_button;
  GtkSpinButton *spin;
  GtkLabel      *unit_label;
  GtkButton     *clear_button;
};

G_DEFINE_FINAL_TYPE (FwNumberRow, fw_number_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_TARGET_PROPERTY,
  PROP_LOWER,
  PROP_UPPER,
  PROP_INITIAL,
  PROP_DIGITS,
  PROP_UNIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static double
target_value (FwNumberRow *self)
{
  double value = NAN;

  if (self->target != NULL)
    g_object_get (self->target, self->target_property, &value, NULL);
  return value;
}

/* Enough decimals to show @value exactly, so that leaving the field never rounds it. */
static guint
digits_for (double value,
            guint  base)
{
  for (guint digits = base; digits < 6; digits++)
    {
      double scale = pow (10, digits);

      if (fabs (round (value * scale) / scale - value) < 1e-9)
        return digits;
    }
  return 6;
}

static void
sync_value (FwNumberRow *self)
{
  double value = target_value (self);
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (self->spin);

  gtk_stack_set_visible_child_name (self->stack, isnan (value) ? "unset" : "set");
  if (isnan (value))
    return;
  self->syncing = TRUE;
  /* A value out of range is shown as it is (the validator reports it), never clamped. */
  gtk_adjustment_set_lower (adjustment, MIN (self->lower, value));
  gtk_adjustment_set_upper (adjustment, MAX (self->upper, value));
  gtk_spin_button_set_digits (self->spin, digits_for (value, self->digits));
  gtk_spin_button_set_value (self->spin, value);
  self->syncing = FALSE;
}

static void
run (FwNumberRow *self,
     FwCommand   *command)
{
  if (self->document != NULL)
    fw_document_run (self->document, command);
  else
    g_object_unref (command);
}

static void
on_spin_changed (FwNumberRow *self)
{
  double value = gtk_spin_button_get_value (self->spin);
  g_auto(GValue) gvalue = G_VALUE_INIT;

  if (self->syncing || self->target == NULL || fabs (target_value (self) - value) < 1e-9)
    return;
  g_value_init (&gvalue, G_TYPE_DOUBLE);
  g_value_set_double (&gvalue, value);
  /* Holding an arrow or typing digits is one undo step. */
  run (self, fw_command_set_property_new (self->target, self->target_property, &gvalue, TRUE));
}

static void
on_set_clicked (FwNumberRow *self)
{
  if (self->target == NULL)
    return;
  run (self, fw_command_set_double_new (self->target, self->target_property, self->initial));
  gtk_widget_grab_focus (GTK_WIDGET (self->spin));
}

static void
on_clear_clicked (FwNumberRow *self)
{
  if (self->target == NULL)
    return;
  run (self, fw_command_set_double_new (self->target, self->target_property, NAN));
  gtk_widget_grab_focus (GTK_WIDGET (self->set_button));
}

static void
on_spin_focus_leave (FwNumberRow *self)
{
  if (self->document != NULL)
    fw_history_break_merge (fw_document_get_history (self->document));
}

/* The buttons and the spin button are named after the row's title. */
static void
on_title_changed (FwNumberRow *self)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));
  g_autofree char *set_label = g_strdup_printf (_("Set %s"), title);
  g_autofree char *clear_label = g_strdup_printf (_("Clear %s"), title);

  fw_widget_set_tooltip (GTK_WIDGET (self->set_button), set_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->set_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, set_label, -1);
  fw_widget_set_tooltip (GTK_WIDGET (self->clear_button), clear_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->clear_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, clear_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);
}

static void
update_range (FwNumberRow *self)
{
  double step = pow (10, -(int) self->digits);

  gtk_spin_button_set_range (self->spin, self->lower, self->upper);
  gtk_spin_button_set_increments (self->spin, step, 10 * step);
  gtk_spin_button_set_digits (self->spin, self->digits);
}

static void
fw_number_row_dispose (GObject *object)
{
  FwNumberRow *self = FW_NUMBER_ROW (object);

  if (self->target != NULL)
    g_signal_handlers_disconnect_by_data (self->target, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_NUMBER_ROW);
  g_clear_object (&self->target);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (fw_number_row_parent_class)->dispose (object);
}

static void
fw_number_row_finalize (GObject *object)
{
  FwNumberRow *self = FW_NUMBER_ROW (object);

  g_free (self->target_property);

  G_OBJECT_CLASS (fw_number_row_parent_class)->finalize (object);
}

static void
fw_number_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FwNumberRow *self = FW_NUMBER_ROW (object);

  switch (prop_id)
    {
    case PROP_TARGET_PROPERTY:
      g_value_set_string (value, self->target_property);
      break;
    case PROP_LOWER:
      g_value_set_double (value, self->lower);
      break;
    case PROP_UPPER:
      g_value_set_double (value, self->upper);
      break;
    case PROP_INITIAL:
      g_value_set_double (value, self->initial);
      break;
    case PROP_DIGITS:
      g_value_set_uint (value, self->digits);
      break;
    case PROP_UNIT:
      g_value_set_string (value, gtk_label_get_label (self->unit_label));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_number_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FwNumberRow *self = FW_NUMBER_ROW (object);

  switch (prop_id)
    {
    case PROP_TARGET_PROPERTY:
      g_free (self->target_property);
      self->target_property = g_value_dup_string (value);
      break;
    case PROP_LOWER:
      self->lower = g_value_get_double (value);
      update_range (self);
      break;
    case PROP_UPPER:
      self->upper = g_value_get_double (value);
      update_range (self);
      break;
    case PROP_INITIAL:
      self->initial = g_value_get_double (value);
      break;
    case PROP_DIGITS:
      self->digits = g_value_get_uint (value);
      update_range (self);
      break;
    case PROP_UNIT:
      gtk_label_set_label (self->unit_label, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_number_row_class_init (FwNumberRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = fw_number_row_dispose;
  object_class->finalize = fw_number_row_finalize;
  object_class->get_property = fw_number_row_get_property;
  object_class->set_property = fw_number_row_set_property;

  properties[PROP_TARGET_PROPERTY] =
    g_param_spec_string ("target-property", NULL, NULL, NULL, flags);
  properties[PROP_LOWER] =
    g_param_spec_double ("lower", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_UPPER] =
    g_param_spec_double ("upper", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 100, flags);
  properties[PROP_INITIAL] =
    g_param_spec_double ("initial", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_DIGITS] = g_param_spec_uint ("digits", NULL, NULL, 0, 6, 0, flags);
  properties[PROP_UNIT] = g_param_spec_string ("unit", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-number-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FwNumberRow, stack);
  gtk_widget_class_bind_template_child (widget_class, FwNumberRow, set_button);
  gtk_widget_class_bind_template_child (widget_class, FwNumberRow, spin);
  gtk_widget_class_bind_template_child (widget_class, FwNumberRow, unit_label);
  gtk_widget_class_bind_template_child (widget_class, FwNumberRow, clear_button);
  gtk_widget_class_bind_template_callback (widget_class, on_spin_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_set_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_clicked);
}

static void
fw_number_row_init (FwNumberRow *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->upper = 100;
  gtk_widget_init_template (GTK_WIDGET (self));
  update_range (self);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_spin_focus_leave), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->spin), focus);
  g_signal_connect (self, "notify::title", G_CALLBACK (on_title_changed), NULL);
}

void
fw_number_row_set_target (FwNumberRow *self,
                          FwDocument  *document,
                          GObject     *target)
{
  g_autofree char *signal = NULL;

  g_return_if_fail (FW_IS_NUMBER_ROW (self));
  g_return_if_fail (document == NULL || FW_IS_DOCUMENT (document));
  g_return_if_fail (target == NULL || G_IS_OBJECT (target));
  g_return_if_fail (self->target_property != NULL);

  if (self->target != NULL)
    g_signal_handlers_disconnect_by_data (self->target, self);
  g_set_object (&self->document, document);
  g_set_object (&self->target, target);
  if (target != NULL)
    {
      signal = g_strconcat ("notify::", self->target_property, NULL);
      g_signal_connect_object (target, signal, G_CALLBACK (sync_value), self, G_CONNECT_SWAPPED);
    }
  sync_value (self);
}

GtkWidget *
fw_number_row_get_field_widget (FwNumberRow *self)
{
  g_return_val_if_fail (FW_IS_NUMBER_ROW (self), NULL);

  return g_str_equal (gtk_stack_get_visible_child_name (self->stack), "set")
           ? GTK_WIDGET (self->spin) : GTK_WIDGET (self->set_button);
}

GtkWidget *
fw_number_row_get_clear_button (FwNumberRow *self)
{
  g_return_val_if_fail (FW_IS_NUMBER_ROW (self), NULL);

  return GTK_WIDGET (self->clear_button);
}
