/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-map-matrix-view-private.h"

guint
_fw_map_matrix_view_relevant (FwMapMatrixView   *self,
                         guint          row,
                         guint          column,
                         FwMapOutcome **only)
{
  FwMapCourse *course = g_ptr_array_index (self->courses, column);
  GListModel *outcomes = G_LIST_MODEL (fw_map_course_get_outcomes (course));
  const char *statement_id = fw_map_matrix_view_get_row_statement (self, row);
  guint n_outcomes = g_list_model_get_n_items (outcomes);
  guint relevant = 0;

  *only = NULL;
  for (guint i = 0; i < n_outcomes; i++)
    {
      g_autoptr(FwMapOutcome) outcome = g_list_model_get_item (outcomes, i);

      if (fw_map_find_mapping (self->map, fw_map_outcome_get_id (outcome), statement_id, NULL)
          == NULL)
        continue;
      relevant++;
      g_set_object (only, outcome);
    }
  /* A course of one outcome: that outcome is the one a cell edits. */
  if (relevant == 0 && n_outcomes == 1)
    {
      *only = g_list_model_get_item (outcomes, 0);
      relevant = 1;
    }
  if (relevant != 1)
    g_clear_object (only);
  return relevant;
}

typedef struct
{
  FwMapMatrixView  *self;
  FwMapOutcome *outcome;
  char         *statement_id;
  FwDepth       depth;
} DepthChoice;

static void
depth_choice_free (gpointer data,
                   GClosure *closure)
{
  DepthChoice *choice = data;

  g_object_unref (choice->outcome);
  g_free (choice->statement_id);
  g_free (choice);
}

static void
on_depth_toggled (GtkToggleButton *button,
                  DepthChoice     *choice)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  _fw_map_matrix_view_set_outcome_depth (choice->self, choice->outcome, choice->statement_id,
                                    choice->depth);
}

static GtkWidget *
depth_buttons (FwMapMatrixView  *self,
               FwMapOutcome *outcome,
               const char   *statement_id,
               const char   *course_label)
{
  static const char *labels[] = { "–", "I", "R", "M" };
  const char *tips[] = { _("Not mapped"), _("Introduced"), _("Reinforced"), _("Mastered") };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  FwMapping *mapping = fw_map_find_mapping (self->map, fw_map_outcome_get_id (outcome),
                                            statement_id, NULL);
  FwDepth current = mapping != NULL ? fw_mapping_get_depth (mapping) : FW_DEPTH_NONE;
  GtkToggleButton *group = NULL;

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  for (guint depth = FW_DEPTH_NONE; depth <= FW_DEPTH_MASTERED; depth++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (labels[depth]);
      g_autofree char *name = g_strdup_printf ("%s, %s: %s", course_label,
                                               fw_map_outcome_get_id (outcome), tips[depth]);
      DepthChoice *choice = g_new0 (DepthChoice, 1);

      gtk_widget_set_tooltip_text (button, tips[depth]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      group = GTK_TOGGLE_BUTTON (button);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), depth == current);
      choice->self = self;
      choice->outcome = g_object_ref (outcome);
      choice->statement_id = g_strdup (statement_id);
      choice->depth = depth;
      g_signal_connect_data (button, "toggled", G_CALLBACK (on_depth_toggled), choice,
                             depth_choice_free, 0);
      gtk_box_append (GTK_BOX (box), button);
    }
  return box;
}

void
_fw_map_matrix_view_fill_popover (FwMapMatrixView *self)
{
  guint row = self->cursor_row, column = self->cursor_column;
  FwMapCourse *course = g_ptr_array_index (self->courses, column);
  FwMatrixRow *item = g_ptr_array_index (self->rows, row);
  GListModel *outcomes = G_LIST_MODEL (fw_map_course_get_outcomes (course));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  g_autofree char *title = g_strdup_printf ("%s — %s", fw_map_course_get_code (course),
                                            item->label);
  GtkWidget *heading = gtk_label_new (title);

  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (heading), 50);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_box_append (GTK_BOX (box), heading);
  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(FwMapOutcome) outcome = g_list_model_get_item (outcomes, i);
      g_autofree char *text = g_strdup_printf ("%s  %s", fw_map_outcome_get_id (outcome),
                                               fw_map_outcome_get_text (outcome));
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 44);
      gtk_label_set_width_chars (GTK_LABEL (label), 30);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (line), label);
      gtk_box_append (GTK_BOX (line), depth_buttons (self, outcome, item->statement_id,
                                                     fw_map_course_get_code (course)));
      gtk_box_append (GTK_BOX (box), line);
    }
  if (g_list_model_get_n_items (outcomes) == 0)
    gtk_box_append (GTK_BOX (box), gtk_label_new (_("This course has no outcomes yet.")));
  gtk_popover_set_child (self->popover, box);
}
