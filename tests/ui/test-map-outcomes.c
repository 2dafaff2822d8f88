/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

/*
 * The outcomes view of the curriculum map window, as accreditation staff use it: an outcome's
 * suggestions accepted with one click and shown in the matrix, its depth changed and the
 * mapping removed from its chip, a course's suggestions above 0.8 accepted and undone as one
 * step, 30 courses of 10 outcomes, and the view in light and dark.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fw-formats.h"
#include "fw-map-batch.h"
#include "fw-map-file.h"
#include "fw-map-framework.h"
#include "fw-map-outcomes-view.h"
#include "fw-map-suggest.h"
#include "fw-map-window.h"
#include "fw-ui-test.h"

static char *
fixture_path (void)
{
  return g_build_filename (g_getenv ("FW_TEST_DATA"), "map", "radiography.fwmap", NULL);
}

/*
 * The fixture with a skills lab course whose outcomes follow the framework's wording closely,
 * as programs written against a framework do: its suggestions score above 0.8. Saved in a
 * temporary folder, against the sample framework.
 */
static char *
lab_map_path (void)
{
  static const char * const outcomes[][2] = {
    { "LAB1", "Adjust imaging equipment controls and exposure settings according to physician "
              "specifications." },
    { "LAB2", "Apply radiation safety devices and shielding equipment following government "
              "regulations to protect patients and staff." },
    { "LAB3", "Calculate radiation exposure time and source-to-image distance using reference "
              "tables." },
    { "LAB4", "Keep the lab tidy." },
  };
  g_autofree char *path = fixture_path ();
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autofree char *framework = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FwMap) map = fw_map_read_file (path, &error);
  g_autoptr(FwMapCourse) lab = fw_map_course_new ("RAD105", "Radiography Skills Lab");
  char *copy = g_build_filename (dir, "lab.fwmap", NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    {
      g_autoptr(FwMapOutcome) outcome = fw_map_outcome_new (outcomes[i][0], outcomes[i][1]);

      g_list_store_append (fw_map_course_get_outcomes (lab), outcome);
    }
  g_list_store_insert (fw_map_get_courses (map), 1, lab);
  framework = fw_map_resolve_framework (map, path);
  g_object_set (map, "framework-path", framework, NULL);
  g_assert_true (fw_map_save (map, copy, &error));
  g_assert_no_error (error);
  return copy;
}

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

/* The course or outcome at @position of the view's model. */
static GObject *
item_at (GListModel *model,
         guint       position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, position);

  return gtk_tree_list_row_get_item (row);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      found = find_descendant (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static FwMapWindow *
open_map (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  FwMapWindow *window;

  fw_application_open_file (fw_ui_test_get_app (), file, NULL);
  window = FW_MAP_WINDOW (find_toplevel (FW_TYPE_MAP_WINDOW));
  g_assert_nonnull (window);
  fw_ui_test_iterate (200);
  return window;
}

static void
close_window (gpointer window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  fw_ui_test_iterate (50);
}

/* The outcomes view, shown as Alt+2 shows it. */
static FwMapOutcomesView *
show_outcomes (FwMapWindow *window)
{
  GtkWidget *view;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s",
                                             "outcomes"));
  fw_ui_test_iterate (200);
  view = find_descendant (GTK_WIDGET (window), FW_TYPE_MAP_OUTCOMES_VIEW);
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_mapped (view));
  return FW_MAP_OUTCOMES_VIEW (view);
}

/* The row of @id, scrolled into view first. */
static GtkWidget *
row_for (FwMapOutcomesView *view,
         const char        *id)
{
  GtkWidget *row;

  fw_map_outcomes_view_show (view, id);
  fw_ui_test_iterate (150);
  row = fw_map_outcomes_view_get_row (view, id);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_mapped (row));
  return row;
}

/* The buttons under @widget whose action is @action (and target @target, when not NULL). */
static void
collect_buttons (GtkWidget  *widget,
                 const char *action,
                 const char *target,
                 GPtrArray  *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child)
          && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        {
          GVariant *value = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (child));

          if (target == NULL
              || (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING)
                  && g_str_equal (g_variant_get_string (value, NULL), target)))
            g_ptr_array_add (found, child);
        }
      collect_buttons (child, action, target, found);
    }
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action,
             const char *target)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_buttons (widget, action, target, found);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

/* A click on @button, as the user makes it. */
static void
click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static guint
count_buttons (GtkWidget  *widget,
               const char *action)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_buttons (widget, action, NULL, found);
  return found->len;
}

static guint
n_mappings (FwMap *map)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fw_map_get_mappings (map)));
}

static guint
mappings_of (FwMap      *map,
             const char *outcome_id)
{
  GListModel *mappings = G_LIST_MODEL (fw_map_get_mappings (map));
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (mappings); i++)
    {
      g_autoptr(FwMapping) mapping = g_list_model_get_item (mappings, i);

      count += g_str_equal (fw_mapping_get_outcome (mapping), outcome_id);
    }
  return count;
}

/* The matrix cell of @statement_id in the column of @outcome_id's course. */
static FwDepth
matrix_depth (FwMapWindow *window,
              const char  *outcome_id,
              const char  *statement_id)
{
  FwMapMatrixView *matrix = fw_map_window_get_matrix (window);
  FwMapCourse *course = NULL;
  int row, column;

  g_assert_nonnull (fw_map_find_outcome (fw_map_window_get_map (window), outcome_id, &course,
                                         NULL));
  row = fw_map_matrix_view_find_row (matrix, statement_id);
  column = fw_map_matrix_view_find_column (matrix, fw_map_course_get_code (course));
  g_assert_cmpint (row, >=, 0);
  g_assert_cmpint (column, >=, 0);
  return fw_map_matrix_view_get_depth (matrix, row, column);
}

/* Tests ---------------------------------------------------------------------------------- */

static void
test_courses_and_outcomes (void)
{
  g_autofree char *path = fixture_path ();
  FwMapWindow *window = open_map (path);
  FwMap *map = fw_map_window_get_map (window);
  FwMapOutcomesView *view = show_outcomes (window);
  GListModel *model = fw_map_outcomes_view_get_model (view);
  GListModel *courses = G_LIST_MODEL (fw_map_get_courses (map));
  g_autoptr(FwMapCourse) first = g_list_model_get_item (courses, 0);
  guint first_outcomes =
    g_list_model_get_n_items (G_LIST_MODEL (fw_map_course_get_outcomes (first)));
  guint n_courses = g_list_model_get_n_items (courses);
  GtkWidget *row;

  /* Every course in sequence; the first is open, its outcomes below it. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_courses + first_outcomes);
  for (guint i = 0, k = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = item_at (model, i);

      if (i >= 1 && i <= first_outcomes)
        {
          g_assert_true (FW_IS_MAP_OUTCOME (item));
          continue;
        }
      {
        g_autoptr(FwMapCourse) course = g_list_model_get_item (courses, k++);

        g_assert_true (item == G_OBJECT (course));
      }
    }
  g_assert_cmpint (fw_map_outcomes_view_find (view, "RAD101"), ==, 0);
  g_assert_cmpint (fw_map_outcomes_view_find (view, "RAD101:CLO1"), ==, 1);
  /* A closed course lists no outcome until it is opened (Return on its row). */
  g_assert_cmpint (fw_map_outcomes_view_find (view, "RAD110:CLO1"), ==, -1);
  g_signal_emit_by_name (fw_map_outcomes_view_get_list_view (view), "activate",
                         (guint) fw_map_outcomes_view_find (view, "RAD110"));
  g_assert_cmpint (fw_map_outcomes_view_find (view, "RAD110:CLO1"), ==,
                   fw_map_outcomes_view_find (view, "RAD110") + 1);
  g_signal_emit_by_name (fw_map_outcomes_view_get_list_view (view), "activate",
                         (guint) fw_map_outcomes_view_find (view, "RAD110"));
  g_assert_cmpint (fw_map_outcomes_view_find (view, "RAD110:CLO1"), ==, -1);
  /* Showing an outcome opens its course. */
  g_assert_nonnull (row_for (view, "RAD110:CLO2"));

  /* An outcome shows one removable chip per mapping and its suggestions with Accept. */
  row = row_for (view, "RAD101:CLO1");
  g_assert_cmpuint (mappings_of (map, "RAD101:CLO1"), >, 0);
  g_assert_cmpuint (count_buttons (row, "outcome.remove"), ==, mappings_of (map, "RAD101:CLO1"));
  {
    g_autoptr(GPtrArray) shown = fw_map_outcomes_view_get_suggestions (view, "RAD101:CLO1");

    g_assert_cmpuint (shown->len, >, 0);
    g_assert_cmpuint (shown->len, <=, FW_MAP_OUTCOMES_SHOWN);
    g_assert_cmpuint (count_buttons (row, "outcome.accept"), ==, shown->len);
    /* None of them is mapped already. */
    for (guint i = 0; i < shown->len; i++)
      {
        FwMapSuggestion *suggestion = g_ptr_array_index (shown, i);

        g_assert_null (fw_map_find_mapping (map, "RAD101:CLO1", suggestion->statement_id, NULL));
      }
  }
  /* An unmapped outcome chosen in the gaps panel is shown here, its course opened; a gap (a
   * statement) brings the matrix to the front. */
  fw_map_outcomes_view_set_expanded (view, "RAD250", FALSE);
  g_signal_emit_by_name (fw_map_window_get_gaps_panel (window), "entry-activated",
                         "unmappedOutcomes", "RAD250:CLO3", "RAD250");
  fw_ui_test_iterate (100);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  g_assert_cmpint (fw_map_outcomes_view_find (view, "RAD250:CLO3"), >, 0);
  g_signal_emit_by_name (fw_map_window_get_gaps_panel (window), "entry-activated", "gaps",
                         fw_map_matrix_view_get_row_statement (fw_map_window_get_matrix (window),
                                                               1), "");
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (view)));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fw_map_window_get_matrix (window))));
  show_outcomes (window);

  /* The keyboard shortcuts window lists the view's shortcuts. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-shortcuts", NULL));
  fw_ui_test_iterate (200);
  {
    GtkShortcutsWindow *overlay =
      gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));

    g_assert_nonnull (overlay);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
    gtk_window_close (GTK_WINDOW (overlay));
  }

  /* Alt+1 goes back to the matrix. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "matrix"));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (view)));
  close_window (window);
}

static void
test_accept_change_remove (void)
{
  g_autofree char *path = fixture_path ();
  FwMapWindow *window = open_map (path);
  FwMap *map = fw_map_window_get_map (window);
  FwHistory *history = fw_map_get_history (map);
  FwMapOutcomesView *view = show_outcomes (window);
  const char *outcome = "RAD220:CLO1";
  g_autoptr(GPtrArray) shown = fw_map_outcomes_view_get_suggestions (view, outcome);
  FwMapSuggestion *first;
  g_autofree char *statement = NULL;
  GtkWidget *row, *button;
  FwMapping *mapping;
  FwDepth other;
  guint before = n_mappings (map);

  g_assert_cmpuint (shown->len, >, 0);
  first = g_ptr_array_index (shown, 0);
  statement = g_strdup (first->statement_id);
  g_assert_cmpint (first->depth, !=, FW_DEPTH_NONE);
  g_assert_cmpint (matrix_depth (window, outcome, statement), ==, FW_DEPTH_NONE);

  /* Accept maps it at the suggested depth; the matrix shows it. */
  row = row_for (view, outcome);
  button = find_button (row, "outcome.accept", statement);
  g_assert_nonnull (button);
  click (button);
  mapping = fw_map_find_mapping (map, outcome, statement, NULL);
  g_assert_nonnull (mapping);
  g_assert_cmpint (fw_mapping_get_depth (mapping), ==, first->depth);
  g_assert_cmpuint (n_mappings (map), ==, before + 1);
  g_assert_cmpint (matrix_depth (window, outcome, statement), ==, first->depth);
  g_assert_nonnull (fw_map_find_print (map, statement, NULL));
  /* The suggestion became a chip. */
  row = fw_map_outcomes_view_get_row (view, outcome);
  g_assert_null (find_button (row, "outcome.accept", statement));
  g_assert_nonnull (find_button (row, "outcome.remove", statement));

  /* The chip's depth button opens a menu: the three depths, then Remove. */
  {
    GtkWidget *chip = gtk_widget_get_parent (find_button (row, "outcome.remove", statement));
    GtkMenuButton *depth_button = GTK_MENU_BUTTON (gtk_widget_get_first_child (chip));
    GMenuModel *menu;
    g_autoptr(GMenuModel) depths = NULL;

    gtk_menu_button_popup (depth_button);
    fw_ui_test_iterate (100);
    menu = gtk_menu_button_get_menu_model (depth_button);
    g_assert_nonnull (menu);
    g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
    depths = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
    g_assert_cmpint (g_menu_model_get_n_items (depths), ==, 3);
    gtk_menu_button_popdown (depth_button);
  }

  /* The chip's menu changes the depth. */
  other = first->depth == FW_DEPTH_MASTERED ? FW_DEPTH_REINFORCED : FW_DEPTH_MASTERED;
  g_assert_true (gtk_widget_activate_action (find_button (row, "outcome.remove", statement),
                                             "outcome.set-depth", "(si)", statement, (int) other));
  g_assert_cmpint (fw_mapping_get_depth (fw_map_find_mapping (map, outcome, statement, NULL)), ==,
                   other);
  g_assert_cmpint (matrix_depth (window, outcome, statement), ==, other);
  /* The chip says the new depth. */
  row = fw_map_outcomes_view_get_row (view, outcome);
  {
    GtkWidget *chip = gtk_widget_get_parent (find_button (row, "outcome.remove", statement));
    GtkWidget *depth_button = gtk_widget_get_first_child (chip);

    g_assert_true (GTK_IS_MENU_BUTTON (depth_button));
    g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (depth_button)), ==,
                     fw_depth_to_string (other));
  }

  /* Undo takes the depth back, then the mapping. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpint (matrix_depth (window, outcome, statement), ==, first->depth);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));

  /* The chip's remove button unmaps it. */
  row = fw_map_outcomes_view_get_row (view, outcome);
  click (find_button (row, "outcome.remove", statement));
  g_assert_null (fw_map_find_mapping (map, outcome, statement, NULL));
  g_assert_cmpint (matrix_depth (window, outcome, statement), ==, FW_DEPTH_NONE);
  g_assert_cmpuint (n_mappings (map), ==, before);

  /* Ctrl+Return on the row accepts its best suggestion. */
  row = row_for (view, outcome);
  /* The list's row (around the expander around the outcome's row) has the focus. */
  gtk_widget_grab_focus (gtk_widget_get_parent (gtk_widget_get_parent (row)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "outcomes.accept-best", NULL));
  g_assert_nonnull (fw_map_find_mapping (map, outcome, statement, NULL));
  /* The keyboard stays in the row, and Tab reaches its buttons. */
  row = fw_map_outcomes_view_get_row (view, outcome);
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
    GtkWidget *item = gtk_widget_get_parent (gtk_widget_get_parent (row));

    g_assert_nonnull (focus);
    g_assert_true (focus == item || gtk_widget_is_ancestor (focus, item));
    gtk_widget_grab_focus (item);
    g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_true (gtk_widget_is_ancestor (focus, row));
    g_assert_true (GTK_IS_BUTTON (focus) || GTK_IS_MENU_BUTTON (gtk_widget_get_parent (focus)));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_null (fw_map_find_mapping (map, outcome, statement, NULL));

  while (fw_history_can_undo (history))
    fw_history_undo (history);
  g_assert_false (fw_history_get_dirty (history));
  close_window (window);
}

static void
test_accept_all_one_undo (void)
{
  g_autofree char *path = lab_map_path ();
  FwMapWindow *window = open_map (path);
  FwMap *map = fw_map_window_get_map (window);
  FwHistory *history = fw_map_get_history (map);
  FwMapOutcomesView *view = show_outcomes (window);
  GListModel *courses = G_LIST_MODEL (fw_map_get_courses (map));
  g_autoptr(FwMapCourse) course = NULL;
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  guint above = 0, before = n_mappings (map);
  GtkWidget *row, *button;

  for (guint i = 0; i < g_list_model_get_n_items (courses) && above == 0; i++)
    {
      g_clear_object (&course);
      course = g_list_model_get_item (courses, i);
      above = fw_map_outcomes_view_count_above (view, fw_map_course_get_code (course));
    }
  g_assert_cmpuint (above, >, 1);
  g_test_message ("%s: %u suggestions above 0.8", fw_map_course_get_code (course), above);

  /* What the button maps: each suggestion above 0.8 of the course's outcomes. */
  {
    GListModel *outcomes = G_LIST_MODEL (fw_map_course_get_outcomes (course));

    for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
      {
        g_autoptr(FwMapOutcome) outcome = g_list_model_get_item (outcomes, i);
        const char *id = fw_map_outcome_get_id (outcome);
        g_autoptr(GPtrArray) shown = fw_map_outcomes_view_get_suggestions (view, id);

        for (guint k = 0; k < shown->len; k++)
          {
            FwMapSuggestion *suggestion = g_ptr_array_index (shown, k);

            if (suggestion->score > FW_MAP_ACCEPT_ALL_SCORE)
              g_ptr_array_add (expected, g_strdup_printf ("%s\n%s\n%d",
                                                          fw_map_outcome_get_id (outcome),
                                                          suggestion->statement_id,
                                                          suggestion->depth));
          }
      }
  }
  g_assert_cmpuint (expected->len, >, 0);

  row = row_for (view, fw_map_course_get_code (course));
  button = find_button (row, "course.accept-all", NULL);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  {
    g_autofree char *count = g_strdup_printf ("%u", above);

    g_assert_nonnull (strstr (gtk_button_get_label (GTK_BUTTON (button)), count));
  }
  click (button);
  g_assert_cmpuint (n_mappings (map), ==, before + above);
  for (guint i = 0; i < expected->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (expected, i), "\n", 3);
      FwMapping *mapping = fw_map_find_mapping (map, parts[0], parts[1], NULL);

      g_assert_nonnull (mapping);
      g_assert_cmpint (fw_mapping_get_depth (mapping), ==, atoi (parts[2]));
      g_assert_cmpint (matrix_depth (window, parts[0], parts[1]), >=, atoi (parts[2]));
    }
  /* Nothing is left above 0.8 for the course. */
  g_assert_cmpuint (fw_map_outcomes_view_count_above (view, fw_map_course_get_code (course)), ==,
                    0);
  row = fw_map_outcomes_view_get_row (view, fw_map_course_get_code (course));
  g_assert_false (gtk_widget_get_sensitive (find_button (row, "course.accept-all", NULL)));

  /* One undo takes them all back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (n_mappings (map), ==, before);
  g_assert_false (fw_history_can_undo (history));
  g_assert_false (fw_history_get_dirty (history));
  for (guint i = 0; i < expected->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (expected, i), "\n", 3);

      g_assert_null (fw_map_find_mapping (map, parts[0], parts[1], NULL));
    }
  g_assert_cmpuint (fw_map_outcomes_view_count_above (view, fw_map_course_get_code (course)), ==,
                    above);
  close_window (window);
}

static void
test_empty_map (void)
{
  g_autofree char *sample = fw_ui_test_sample_path ();
  g_autoptr(GFile) sample_file = g_file_new_for_path (sample);
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) framework = fw_format_read_file (sample, FW_FORMAT_AUTO, NULL, &error);
  g_autoptr(FwMap) map = fw_map_new ();
  FwMapWindow *window = fw_map_window_new (GTK_APPLICATION (fw_ui_test_get_app ()));
  FwMapOutcomesView *view;
  GtkWidget *empty;

  g_assert_no_error (error);
  fw_map_window_set_new_map (window, map, framework, sample_file);
  gtk_window_present (GTK_WINDOW (window));
  view = show_outcomes (window);
  g_assert_cmpuint (g_list_model_get_n_items (fw_map_outcomes_view_get_model (view)), ==, 0);
  empty = find_descendant (GTK_WIDGET (view), ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (empty);
  g_assert_true (gtk_widget_get_mapped (empty));
  fw_history_mark_clean (fw_map_get_history (map));
  close_window (window);
}



typedef struct
{
  GPtrArray *texts;
} StatementTexts;

static gboolean
collect_text_cb (FwStatement            *statement,
                 const FwStatementPlace *place,
                 gpointer                data)
{
  StatementTexts *texts = data;

  g_ptr_array_add (texts->texts, g_strdup_printf ("%s: %s", fw_statement_get_headline (statement),
                                                  fw_statement_get_body (statement)));
  return TRUE;
}

/* A program of 30 courses of 10 outcomes each, written from the framework's statements. */
static char *
large_map_path (void)
{
  g_autofree char *sample = fw_ui_test_sample_path ();
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) framework = fw_format_read_file (sample, FW_FORMAT_AUTO, NULL, &error);
  g_autoptr(FwMap) map = fw_map_new ();
  StatementTexts texts = { g_ptr_array_new_with_free_func (g_free) };
  char *path = g_build_filename (dir, "large.fwmap", NULL);

  g_assert_no_error (error);
  fw_document_foreach_statement (framework, collect_text_cb, &texts);
  for (guint c = 0; c < 30; c++)
    {
      g_autofree char *code = g_strdup_printf ("C%03u", 100 + c);
      g_autoptr(FwMapCourse) course = fw_map_course_new (code, "Course");

      for (guint k = 0; k < 10; k++)
        {
          g_autofree char *id = g_strdup_printf ("%s:CLO%u", code, k + 1);
          const char *text = g_ptr_array_index (texts.texts, (c * 10 + k) % texts.texts->len);
          g_autoptr(FwMapOutcome) outcome = fw_map_outcome_new (id, text);

          g_list_store_append (fw_map_course_get_outcomes (course), outcome);
        }
      g_list_store_append (fw_map_get_courses (map), course);
    }
  fw_map_bind_framework (map, framework, sample);
  g_assert_true (fw_map_save (map, path, &error));
  g_assert_no_error (error);
  g_ptr_array_unref (texts.texts);
  return path;
}

/* 30 courses × 10 outcomes: the list builds only what is on screen and scrolls through it. */
static void
test_large_program (void)
{
  g_autofree char *path = large_map_path ();
  FwMapWindow *window = open_map (path);
  FwMap *map = fw_map_window_get_map (window);
  FwMapOutcomesView *view;
  gint64 start, shown, scrolled, accepted;
  clock_t cpu;
  GListModel *model;
  guint rows, before;

  start = g_get_monotonic_time ();
  view = show_outcomes (window);
  shown = g_get_monotonic_time () - start;
  model = fw_map_outcomes_view_get_model (view);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 30 + 10);

  /* Open every third course in turn, showing its last outcome, and close it again. */
  cpu = clock ();
  start = g_get_monotonic_time ();
  for (guint c = 0; c < 30; c += 3)
    {
      g_autofree char *code = g_strdup_printf ("C%03u", 100 + c);
      g_autofree char *last = g_strdup_printf ("%s:CLO10", code);

      fw_map_outcomes_view_show (view, last);
      fw_ui_test_iterate (16);
      g_assert_nonnull (fw_map_outcomes_view_get_row (view, last));
      if (c < 27)
        fw_map_outcomes_view_set_expanded (view, code, FALSE);
    }
  scrolled = g_get_monotonic_time () - start;
  cpu = clock () - cpu;
  fw_map_outcomes_view_set_expanded (view, "C100", FALSE);
  fw_ui_test_iterate (50);
  rows = 0;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = item_at (model, i);

      if (FW_IS_MAP_OUTCOME (item)
          && fw_map_outcomes_view_get_row (view, fw_map_outcome_get_id (FW_MAP_OUTCOME (item))))
        rows++;
    }

  /* Accept all of the open course: its outcomes are statements' own words. */
  before = n_mappings (map);
  start = g_get_monotonic_time ();
  click (find_button (row_for (view, "C127"), "course.accept-all", NULL));
  accepted = g_get_monotonic_time () - start;
  g_assert_cmpuint (n_mappings (map), >=, before + 5);

  g_test_message ("30 × 10 outcomes: shown in %.0f ms, 10 courses opened and closed in %.0f ms "
                  "(%.0f ms of processor time), %u outcome rows built at the end, accept all "
                  "%.1f ms", shown / 1000.0, scrolled / 1000.0,
                  (double) cpu * 1000 / CLOCKS_PER_SEC, rows, accepted / 1000.0);
  /* Only the open course's outcomes have rows. */
  g_assert_cmpuint (rows, ==, 10);
  fw_history_mark_clean (fw_map_get_history (map));
  close_window (window);
}

/* Shoots @window at @width × @height; @view (optional) is scrolled to the lab course first. */
static void
shoot (GtkWidget         *window,
       GtkWidget         *content,
       FwMapOutcomesView *view,
       const char        *what,
       int                width,
       int                height,
       gboolean           dark)
{
  g_autofree char *name = g_strdup_printf ("%s-%dx%d-%s.png", what, width, height,
                                           dark ? "dark" : "light");
  g_autofree char *shot = fw_ui_test_screenshot_path (name);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                           : ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_widget_set_size_request (content, width, height);
  fw_ui_test_iterate (1200);
  if (view != NULL)
    {
      /* The lab course open, with its suggestions above 0.8. */
      fw_map_outcomes_view_set_expanded (view, "RAD101", FALSE);
      fw_map_outcomes_view_show (view, "RAD105:LAB2");
      fw_ui_test_iterate (400);
    }
  fw_ui_test_wait_for_width (content, width);
  g_assert_cmpint (gtk_widget_get_width (content), ==, width);
  fw_ui_test_screenshot (window, shot);
  g_test_message ("screenshot: %s", shot);
}

static void
test_screenshots (void)
{
  g_autofree char *path = lab_map_path ();
  FwMapWindow *window = open_map (path);
  FwMapOutcomesView *view = show_outcomes (window);
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  const struct { int width, height; } sizes[] = { { 1366, 768 }, { 1920, 1080 } };
  GtkAdjustment *hadjustment;

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint dark = 0; dark < 2; dark++)
      shoot (GTK_WIDGET (window), content, view, "map-outcomes", sizes[s].width,
             sizes[s].height, dark);
  /* Nothing scrolls sideways. */
  hadjustment =
    gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (fw_map_outcomes_view_get_list_view (view)));
  g_assert_cmpfloat (gtk_adjustment_get_upper (hadjustment), <=,
                     gtk_adjustment_get_page_size (hadjustment) + 0.5);
  gtk_widget_set_size_request (content, -1, -1);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  fw_ui_test_add ("/ui/map-outcomes/courses-and-outcomes", test_courses_and_outcomes);
  fw_ui_test_add ("/ui/map-outcomes/accept-change-remove", test_accept_change_remove);
  fw_ui_test_add ("/ui/map-outcomes/accept-all-one-undo", test_accept_all_one_undo);
  fw_ui_test_add ("/ui/map-outcomes/empty", test_empty_map);
  fw_ui_test_add ("/ui/map-outcomes/large-program", test_large_program);
  fw_ui_test_add ("/ui/map-outcomes/screenshots", test_screenshots);

  return fw_ui_test_run ();
}
