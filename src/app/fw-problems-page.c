/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fw-problems-page.h"
#include "fw-tooltip.h"

#define N_SEVERITIES 3

struct _FwProblemsPage
{
  FwEditorPage        parent_instance;

  GtkFilterListModel *by_severity[N_SEVERITIES];

  /* Template children */
  GtkStack           *stack;
  AdwPreferencesGroup *errors_group;
  AdwPreferencesGroup *warnings_group;
  AdwPreferencesGroup *infos_group;
  GtkListBox         *errors_list;
  GtkListBox         *warnings_list;
  GtkListBox         *infos_list;
};

G_DEFINE_FINAL_TYPE (FwProblemsPage, fw_problems_page, FW_TYPE_EDITOR_PAGE)

enum {
  FINDING_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const severity_icons[N_SEVERITIES] = {
  "dialog-error-symbolic", "dialog-warning-symbolic", "dialog-information-symbolic",
};
static const char * const severity_classes[N_SEVERITIES] = { "error", "warning", "accent" };

static GtkListBox *
list_for (FwProblemsPage *self,
          FwSeverity      severity)
{
  GtkListBox *lists[N_SEVERITIES] = { self->errors_list, self->warnings_list, self->infos_list };

  return lists[severity];
}

static AdwPreferencesGroup *
group_for (FwProblemsPage *self,
           FwSeverity      severity)
{
  AdwPreferencesGroup *groups[N_SEVERITIES] = {
    self->errors_group, self->warnings_group, self->infos_group,
  };

  return groups[severity];
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  FwFinding *finding = item;
  FwSeverity severity = fw_finding_get_severity (finding);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (severity_icons[severity]);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  g_autofree char *subtitle = NULL;
  const char *hint = fw_finding_get_hint (finding);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fw_finding_get_message (finding));
  if (hint != NULL && hint[0] != '\0')
    subtitle = g_strdup_printf ("%s · %s", fw_finding_get_rule_id (finding), hint);
  else
    subtitle = g_strdup (fw_finding_get_rule_id (finding));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_widget_add_css_class (icon, severity_classes[severity]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  severity == FW_SEVERITY_ERROR ? _("Error")
                                  : severity == FW_SEVERITY_WARNING ? _("Warning")
                                  : _("Suggestion"),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Go to problem"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  fw_widget_set_tooltip (row, _("Go to the problem"));
  g_object_set_data_full (G_OBJECT (row), "fw-finding", g_object_ref (finding), g_object_unref);
  return row;
}

static void
on_row_activated (FwProblemsPage *self,
                  GtkListBoxRow  *row)
{
  FwFinding *finding = g_object_get_data (G_OBJECT (row), "fw-finding");

  if (finding != NULL)
    g_signal_emit (self, signals[FINDING_ACTIVATED], 0, finding);
}

static void
update_visibility (FwProblemsPage *self)
{
  guint total = 0;

  for (guint i = 0; i < N_SEVERITIES; i++)
    {
      guint n = self->by_severity[i] ? g_list_model_get_n_items (G_LIST_MODEL (self->by_severity[i]))
                                     : 0;

      gtk_widget_set_visible (GTK_WIDGET (group_for (self, i)), n > 0);
      total += n;
    }
  gtk_stack_set_visible_child_name (self->stack, total > 0 ? "list" : "none");
}

static gboolean
filter_by_severity (gpointer item,
                    gpointer user_data)
{
  return (int) fw_finding_get_severity (item) == GPOINTER_TO_INT (user_data);
}

/* Binds the lists to the findings of @validator (NULL: to nothing). */
static void
bind_findings (FwProblemsPage *self,
               FwValidator    *validator)
{
  for (guint i = 0; i < N_SEVERITIES; i++)
    {
      GtkCustomFilter *filter;

      gtk_list_box_bind_model (list_for (self, i), NULL, NULL, NULL, NULL);
      g_clear_object (&self->by_severity[i]);
      if (validator == NULL)
        continue;
      filter = gtk_custom_filter_new (filter_by_severity, GINT_TO_POINTER (i), NULL);
      self->by_severity[i] = gtk_filter_list_model_new (
        g_object_ref (fw_validator_get_findings (validator)), GTK_FILTER (filter));
      g_signal_connect_object (self->by_severity[i], "items-changed",
                               G_CALLBACK (update_visibility), self, G_CONNECT_SWAPPED);
      gtk_list_box_bind_model (list_for (self, i), G_LIST_MODEL (self->by_severity[i]),
                               create_row, self, NULL);
    }
  update_visibility (self);
}

static void
on_validator_changed (FwProblemsPage *self)
{
  bind_findings (self, fw_editor_page_get_validator (FW_EDITOR_PAGE (self)));
}

static void
fw_problems_page_dispose (GObject *object)
{
  FwProblemsPage *self = FW_PROBLEMS_PAGE (object);
  GtkWidget *child;

  bind_findings (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_PROBLEMS_PAGE);
  /* The template's root box is no bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (fw_problems_page_parent_class)->dispose (object);
}

static void
fw_problems_page_class_init (FwProblemsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_problems_page_dispose;

  signals[FINDING_ACTIVATED] =
    g_signal_new ("finding-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, FW_TYPE_FINDING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-problems-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FwProblemsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, FwProblemsPage, errors_group);
  gtk_widget_class_bind_template_child (widget_class, FwProblemsPage, warnings_group);
  gtk_widget_class_bind_template_child (widget_class, FwProblemsPage, infos_group);
  gtk_widget_class_bind_template_child (widget_class, FwProblemsPage, errors_list);
  gtk_widget_class_bind_template_child (widget_class, FwProblemsPage, warnings_list);
  gtk_widget_class_bind_template_child (widget_class, FwProblemsPage, infos_list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
}

static void
fw_problems_page_init (FwProblemsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::validator", G_CALLBACK (on_validator_changed), NULL);
  update_visibility (self);
}

GtkWidget *
fw_problems_page_new (void)
{
  return g_object_new (FW_TYPE_PROBLEMS_PAGE, NULL);
}

GtkListBox *
fw_problems_page_get_list (FwProblemsPage *self,
                           FwSeverity      severity)
{
  g_return_val_if_fail (FW_IS_PROBLEMS_PAGE (self), NULL);
  g_return_val_if_fail (severity <= FW_SEVERITY_INFO, NULL);

  return list_for (self, severity);
}
