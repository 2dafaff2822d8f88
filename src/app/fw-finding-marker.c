/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-finding-marker.h"
#include "fw-tooltip.h"

static const char * const severity_icons[] = {
  [FW_SEVERITY_ERROR] = "dialog-error-symbolic",
  [FW_SEVERITY_WARNING] = "dialog-warning-symbolic",
  [FW_SEVERITY_INFO] = "dialog-information-symbolic",
};

static const char * const severity_classes[] = {
  [FW_SEVERITY_ERROR] = "error",
  [FW_SEVERITY_WARNING] = "warning",
  [FW_SEVERITY_INFO] = "accent",
};

static const char *
severity_label (FwSeverity severity)
{
  switch (severity)
    {
    case FW_SEVERITY_ERROR:
      return _("Has errors");
    case FW_SEVERITY_WARNING:
      return _("Has warnings");
    case FW_SEVERITY_INFO:
    default:
      return _("Has notes");
    }
}

gboolean
fw_finding_marker_update (GtkImage  *marker,
                          GPtrArray *findings)
{
  g_autoptr(GString) text = g_string_new (NULL);
  FwSeverity highest = FW_SEVERITY_INFO;

  g_return_val_if_fail (GTK_IS_IMAGE (marker), FALSE);

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      FwFinding *finding = g_ptr_array_index (findings, i);

      /* Errors sort first in FwSeverity. */
      highest = MIN (highest, fw_finding_get_severity (finding));
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%s: %s", fw_finding_get_rule_id (finding),
                              fw_finding_get_message (finding));
    }

  gtk_widget_set_visible (GTK_WIDGET (marker), text->len > 0);
  fw_widget_set_tooltip (GTK_WIDGET (marker), text->len > 0 ? text->str : NULL);
  if (text->len == 0)
    return FALSE;

  gtk_image_set_from_icon_name (marker, severity_icons[highest]);
  for (guint i = 0; i < G_N_ELEMENTS (severity_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (marker), severity_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (marker), severity_classes[highest]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (marker),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, severity_label (highest),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str,
                                  -1);
  return TRUE;
}
