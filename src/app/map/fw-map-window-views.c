/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-map-coverage-window.h"
#include "fw-map-window-private.h"

/* The views of the map window beyond the matrix: the outcomes view, and the job-posting
 * coverage window opened from it. */

gboolean
_fw_map_window_views_show_entry (FwMapWindow *self,
                                 const char  *list,
                                 const char  *id)
{
  const char *visible = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (visible, "outcomes") == 0 && g_strcmp0 (list, "unmappedOutcomes") == 0)
    {
      fw_map_outcomes_view_show (self->outcomes_view, id);
      return TRUE;
    }
  /* Statements are rows of the matrix: it comes to the front to show them. */
  adw_view_stack_set_visible_child_name (self->view_stack, "matrix");
  return FALSE;
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FwMapWindow *self = FW_MAP_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, name) == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, name);
  if (g_str_equal (name, "matrix"))
    gtk_widget_grab_focus (GTK_WIDGET (self->matrix));
  else
    gtk_widget_child_focus (GTK_WIDGET (self->outcomes_view), GTK_DIR_TAB_FORWARD);
}

static void
check_job_posting_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  FwMapWindow *self = FW_MAP_WINDOW (widget);
  FwMapCoverageWindow *coverage;

  if (self->framework == NULL)
    return;
  coverage = fw_map_coverage_window_new (GTK_WINDOW (self), self->framework, self->map);
  gtk_window_present (GTK_WINDOW (coverage));
}

void
_fw_map_window_class_init_views (GtkWidgetClass *widget_class)
{
  g_type_ensure (FW_TYPE_MAP_OUTCOMES_VIEW);
  gtk_widget_class_bind_template_child (widget_class, FwMapWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, FwMapWindow, outcomes_view);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.check-job-posting", NULL,
                                   check_job_posting_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-view",
                                       "s", "matrix");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-view",
                                       "s", "outcomes");
}
