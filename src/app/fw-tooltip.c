/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-tooltip.h"

G_DEFINE_QUARK (fw-tooltip-text, fw_tooltip_text)
G_DEFINE_QUARK (fw-tooltip-handler, fw_tooltip_handler)

/* The widget whose tooltip GTK asked for last: the only one that may be showing it. */
static GtkWidget *last_queried;

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  const char *text = fw_widget_get_tooltip (widget);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  if (last_queried != widget)
    {
      g_clear_weak_pointer (&last_queried);
      g_set_weak_pointer (&last_queried, widget);
    }
  return TRUE;
}

void
fw_widget_set_tooltip (GtkWidget  *widget,
                       const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (text != NULL && text[0] == '\0')
    text = NULL;
  if (g_strcmp0 (text, fw_widget_get_tooltip (widget)) == 0)
    return;

  if (g_object_get_qdata (G_OBJECT (widget), fw_tooltip_handler_quark ()) == NULL)
    {
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
      g_object_set_qdata (G_OBJECT (widget), fw_tooltip_handler_quark (), GINT_TO_POINTER (1));
    }
  g_object_set_qdata_full (G_OBJECT (widget), fw_tooltip_text_quark (), g_strdup (text), g_free);

  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_widget_set_has_tooltip (widget, text != NULL);
  /* Only a tooltip that may be open needs refreshing now. */
  if (widget == last_queried && gtk_widget_get_mapped (widget))
    gtk_widget_trigger_tooltip_query (widget);
}

const char *
fw_widget_get_tooltip (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  return g_object_get_qdata (G_OBJECT (widget), fw_tooltip_text_quark ());
}
