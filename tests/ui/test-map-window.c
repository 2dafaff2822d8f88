/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

/*
 * The curriculum map window as accreditation staff meet it: a .fwmap opens with its framework
 * beside it, cells cycle from the keyboard, undo takes a change back, the map saves and reads
 * back the same, the gaps panel counts what the core report counts, every cell has a name a
 * screen reader can say, and the window reads in light and dark at common screen sizes.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "fw-formats.h"
#include "fw-map-file.h"
#include "fw-map-framework.h"
#include "fw-map-matrix.h"
#include "fw-map-report.h"
#include "fw-map-new.h"
#include "fw-map-window.h"
#include "fw-ui-test.h"

static char *
fixture_path (void)
{
  const char *dir = g_getenv ("FW_TEST_DATA");

  return g_build_filename (dir != NULL ? dir : "tests/data", "map", "radiography.fwmap", NULL);
}

static void
close_map_window (FwMapWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  fw_ui_test_iterate (50);
  g_assert_null (fw_ui_test_find_map_window ());
}

/* A key press as the matrix's key controller receives it. */
static gboolean
press_with (FwMapMatrixView     *matrix,
            guint            keyval,
            GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (matrix));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }
  return handled;
}

static gboolean
press (FwMapMatrixView *matrix,
       guint        keyval)
{
  return press_with (matrix, keyval, 0);
}

/* The first cell (row, column) whose course maps the statement with exactly one outcome. */
static gboolean
find_single_outcome_cell (FwMapWindow *window,
                          guint       *out_row,
                          guint       *out_column)
{
  FwMapMatrixView *matrix = fw_map_window_get_matrix (window);
  FwMap *map = fw_map_window_get_map (window);
  GListModel *courses = G_LIST_MODEL (fw_map_get_courses (map));

  for (guint row = 0; row < fw_map_matrix_view_get_n_rows (matrix); row++)
    {
      const char *statement = fw_map_matrix_view_get_row_statement (matrix, row);

      for (guint column = 0; statement != NULL && column < g_list_model_get_n_items (courses);
           column++)
        {
          g_autoptr(FwMapCourse) course = g_list_model_get_item (courses, column);
          GListModel *outcomes = G_LIST_MODEL (fw_map_course_get_outcomes (course));
          guint mapped = 0;

          for (guint k = 0; k < g_list_model_get_n_items (outcomes); k++)
            {
              g_autoptr(FwMapOutcome) outcome = g_list_model_get_item (outcomes, k);

              if (fw_map_find_mapping (map, fw_map_outcome_get_id (outcome), statement, NULL))
                mapped++;
            }
          if (mapped == 1 && row > 0 && column > 0)
            {
              *out_row = row;
              *out_column = column;
              return TRUE;
            }
        }
    }
  return FALSE;
}

/* The ids of the entry rows under @widget, in order, as the user sees them listed. */
static void
collect_entry_ids (GtkWidget *widget,
                   GPtrArray *ids)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_ACTION_ROW (child) && g_object_get_data (G_OBJECT (child), "fw-id") != NULL)
        g_ptr_array_add (ids, g_object_get_data (G_OBJECT (child), "fw-id"));
      else
        collect_entry_ids (child, ids);
    }
}

/* Tests ---------------------------------------------------------------------------------- */

static void
test_open_shows_matrix (void)
{
  g_autofree char *path = fixture_path ();
  FwMapWindow *window = fw_ui_test_open_map (path);
  FwMapMatrixView *matrix = fw_map_window_get_matrix (window);
  FwDocument *framework = fw_map_window_get_framework (window);
  guint statements = 0;

  g_assert_nonnull (framework);
  g_assert_cmpuint (fw_map_matrix_view_get_n_columns (matrix), ==, 10);
  g_assert_cmpint (fw_map_matrix_view_find_column (matrix, "RAD101"), ==, 0);
  for (guint row = 0; row < fw_map_matrix_view_get_n_rows (matrix); row++)
    statements += !fw_map_matrix_view_row_is_header (matrix, row);
  g_assert_cmpuint (statements, >, 20);
  /* The first row is the first level's group header, not a statement. */
  g_assert_true (fw_map_matrix_view_row_is_header (matrix, 0));
  /* The framework is the one the map was made against: nothing is stale. */
  g_assert_cmpstr (fw_map_window_get_stale_text (window), ==, "");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fw_map_window_get_gaps_panel (window))) == FALSE);
  close_map_window (window);
}

static void
test_gaps_match_report (void)
{
  g_autofree char *path = fixture_path ();
  FwMapWindow *window = fw_ui_test_open_map (path);
  FwMapGapsPanel *panel = fw_map_window_get_gaps_panel (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(FwMap) map = fw_map_read_file (path, &error);
  g_autofree char *framework_path = NULL;
  g_autoptr(FwDocument) framework = NULL;
  g_autoptr(FwMapReport) report = NULL;
  struct { const char *key; GPtrArray *items; } lists[6];

  g_assert_no_error (error);
  framework_path = fw_map_resolve_framework (map, path);
  framework = fw_format_read_file (framework_path, FW_FORMAT_AUTO, NULL, &error);
  g_assert_no_error (error);
  report = fw_map_report_new (map, framework, FW_MAP_REDUNDANT_DEFAULT);
  lists[0].key = "gaps"; lists[0].items = report->gaps;
  lists[1].key = "neverMastered"; lists[1].items = report->never_mastered;
  lists[2].key = "sequence"; lists[2].items = report->sequence;
  lists[3].key = "redundant"; lists[3].items = report->redundant;
  lists[4].key = "unmappedOutcomes"; lists[4].items = report->unmapped_outcomes;
  lists[5].key = "stale"; lists[5].items = report->stale;
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autofree char *expected = g_strdup_printf ("%u", lists[i].items->len);

      AdwExpanderRow *row = fw_map_gaps_panel_get_list_row (panel, lists[i].key);
      g_autoptr(GPtrArray) shown = g_ptr_array_new ();

      g_test_message ("%s: %s", lists[i].key, expected);
      g_assert_cmpstr (fw_map_gaps_panel_get_count_text (panel, lists[i].key), ==, expected);
      /* Opened, a list shows the report's entries, in the report's order. */
      adw_expander_row_set_expanded (row, TRUE);
      collect_entry_ids (GTK_WIDGET (row), shown);
      g_assert_cmpuint (shown->len, ==, lists[i].items->len);
      for (guint k = 0; k < shown->len; k++)
        g_assert_cmpstr (g_ptr_array_index (shown, k), ==,
                         ((FwMapReportItem *) g_ptr_array_index (lists[i].items, k))->id);
      adw_expander_row_set_expanded (row, FALSE);
    }
  g_assert_cmpuint (report->gaps->len, >, 0);

  /* Activating a gap puts the matrix cursor on that statement's row. */
  {
    FwMapReportItem *gap = g_ptr_array_index (report->gaps, report->gaps->len - 1);
    FwMapMatrixView *matrix = fw_map_window_get_matrix (window);
    guint row, column;

    g_signal_emit_by_name (panel, "entry-activated", "gaps", gap->id, gap->place);
    fw_map_matrix_view_get_cursor (matrix, &row, &column);
    g_assert_cmpstr (fw_map_matrix_view_get_row_statement (matrix, row), ==, gap->id);
    g_assert_true (gtk_widget_has_focus (GTK_WIDGET (matrix)));
  }

  /* A change in the matrix changes the counts: mapping a gap removes it from the list. */
  {
    FwMapReportItem *gap = g_ptr_array_index (report->gaps, 0);
    g_autoptr(FwMapPrint) print = fw_map_print_for_statement (framework, gap->id);
    g_autofree char *fewer = g_strdup_printf ("%u", report->gaps->len - 1);

    fw_map_set_mapping (fw_map_window_get_map (window), "RAD101:CLO1", gap->id,
                        FW_DEPTH_INTRODUCED, NULL, NULL, NULL, print);
    g_assert_cmpstr (fw_map_gaps_panel_get_count_text (panel, "gaps"), ==, fewer);
    fw_history_undo (fw_map_get_history (fw_map_window_get_map (window)));
  }
  close_map_window (window);
}

static void
test_cycle_undo_save_reopen (void)
{
  g_autofree char *path = fixture_path ();
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autofree char *copy = g_build_filename (dir, "saved.fwmap", NULL);
  g_autoptr(GFile) copy_file = g_file_new_for_path (copy);
  g_autoptr(GError) error = NULL;
  FwMapWindow *window = fw_ui_test_open_map (path);
  FwMapMatrixView *matrix = fw_map_window_get_matrix (window);
  FwHistory *history = fw_map_get_history (fw_map_window_get_map (window));
  guint row, column, cursor_row, cursor_column;
  FwDepth before, after;
  g_autofree char *expected_name = NULL;

  g_assert_true (find_single_outcome_cell (window, &row, &column));
  before = fw_map_matrix_view_get_depth (matrix, row, column);
  g_assert_cmpint (before, !=, FW_DEPTH_NONE);

  /* Reach the cell with the arrow keys from the one to its left. */
  gtk_widget_grab_focus (GTK_WIDGET (matrix));
  fw_map_matrix_view_set_cursor (matrix, row, column - 1);
  g_assert_true (press (matrix, GDK_KEY_Right));
  fw_map_matrix_view_get_cursor (matrix, &cursor_row, &cursor_column);
  g_assert_cmpuint (cursor_row, ==, row);
  g_assert_cmpuint (cursor_column, ==, column);
  g_assert_true (press (matrix, GDK_KEY_Home));
  fw_map_matrix_view_get_cursor (matrix, NULL, &cursor_column);
  g_assert_cmpuint (cursor_column, ==, 0);
  g_assert_true (press (matrix, GDK_KEY_End));
  fw_map_matrix_view_get_cursor (matrix, NULL, &cursor_column);
  g_assert_cmpuint (cursor_column, ==, fw_map_matrix_view_get_n_columns (matrix) - 1);
  fw_map_matrix_view_set_cursor (matrix, row, column);

  /* Space cycles I → R → M → none → I … */
  g_assert_true (press (matrix, GDK_KEY_space));
  after = fw_map_matrix_view_get_depth (matrix, row, column);
  g_assert_cmpint (after, ==, (before + 1) % (FW_DEPTH_MASTERED + 1));
  g_assert_true (fw_history_get_dirty (history));
  expected_name = fw_map_matrix_view_get_cell_name (matrix, row, column);
  g_assert_true (g_str_has_suffix (expected_name, after == FW_DEPTH_MASTERED ? ": Mastered"
                                                  : after == FW_DEPTH_REINFORCED ? ": Reinforced"
                                                  : after == FW_DEPTH_INTRODUCED ? ": Introduced"
                                                  : ": Not mapped"));
  /* The inspector shows the outcome behind the cell, or that none maps it now. */
  if (after != FW_DEPTH_NONE)
    g_assert_nonnull (strstr (fw_map_window_get_inspector_text (window), ":CLO"));
  else
    g_assert_nonnull (strstr (fw_map_window_get_inspector_text (window), "No outcome"));

  /* Undo (Ctrl+Z) takes it back; redo puts it in again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpint (fw_map_matrix_view_get_depth (matrix, row, column), ==, before);
  g_assert_false (fw_history_get_dirty (history));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpint (fw_map_matrix_view_get_depth (matrix, row, column), ==, after);

  /* Save elsewhere, reopen, and find the change. */
  g_assert_true (fw_map_window_save_to (window, copy_file, &error));
  g_assert_no_error (error);
  g_assert_false (fw_history_get_dirty (history));
  close_map_window (window);

  window = fw_ui_test_open_map (copy);
  matrix = fw_map_window_get_matrix (window);
  g_assert_nonnull (fw_map_window_get_framework (window));
  g_assert_cmpint (fw_map_matrix_view_get_depth (matrix, row, column), ==, after);
  g_assert_cmpstr (fw_map_window_get_stale_text (window), ==, "");
  close_map_window (window);
}

/* The map against a framework that changed since it was mapped: the window says which. */
static void
test_stale_statements (void)
{
  g_autofree char *path = fixture_path ();
  g_autofree char *changed = g_build_filename (g_getenv ("FW_TEST_DATA"), "map",
                                               "radiologic-technologists-changed.fwk", NULL);
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autofree char *copy = g_build_filename (dir, "stale.fwmap", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FwMap) map = fw_map_read_file (path, &error);
  g_autoptr(FwDocument) framework = NULL;
  g_autoptr(GPtrArray) stale = NULL;
  FwMapWindow *window;
  FwMapStale *first;

  g_assert_no_error (error);
  g_object_set (map, "framework-path", changed, NULL);
  g_assert_true (fw_map_save (map, copy, &error));
  framework = fw_format_read_file (changed, FW_FORMAT_AUTO, NULL, &error);
  g_assert_no_error (error);
  stale = fw_map_check_framework (map, framework);
  g_assert_cmpuint (stale->len, >, 0);
  first = g_ptr_array_index (stale, 0);

  window = fw_ui_test_open_map (copy);
  g_assert_nonnull (strstr (fw_map_window_get_stale_text (window), "changed"));
  g_assert_nonnull (strstr (fw_map_window_get_stale_text (window), first->headline));
  {
    g_autofree char *count = g_strdup_printf ("%u", stale->len);

    g_assert_cmpstr (fw_map_gaps_panel_get_count_text (fw_map_window_get_gaps_panel (window),
                                                       "stale"), ==, count);
  }
  close_map_window (window);
}

static GtkAdjustment *
matrix_adjustment (FwMapMatrixView *matrix,
                   const char  *name)
{
  GtkAdjustment *adjustment = NULL;

  g_object_get (matrix, name, &adjustment, NULL);
  g_object_unref (adjustment);
  return adjustment;
}

/* The keyboard alone reaches every cell, and the cursor's cell is always scrolled into view. */
static void
test_keyboard_scrolls (void)
{
  g_autofree char *path = fixture_path ();
  FwMapWindow *window = fw_ui_test_open_map (path);
  FwMapMatrixView *matrix = fw_map_window_get_matrix (window);
  GtkAdjustment *vadjustment = matrix_adjustment (matrix, "vadjustment");
  guint n_rows = fw_map_matrix_view_get_n_rows (matrix), row, column;
  const double row_height = 28;

  gtk_widget_grab_focus (GTK_WIDGET (matrix));
  fw_map_matrix_view_set_cursor (matrix, 0, 0);
  /* The first row is a group header: the cursor lands on the statement below it. */
  fw_map_matrix_view_get_cursor (matrix, &row, &column);
  g_assert_cmpuint (row, ==, 1);
  g_assert_cmpfloat (gtk_adjustment_get_page_size (vadjustment), <,
                     gtk_adjustment_get_upper (vadjustment));

  g_assert_true (press_with (matrix, GDK_KEY_End, GDK_CONTROL_MASK));
  fw_map_matrix_view_get_cursor (matrix, &row, &column);
  g_assert_cmpuint (row, ==, n_rows - 1);
  g_assert_cmpuint (column, ==, fw_map_matrix_view_get_n_columns (matrix) - 1);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment) +
                     gtk_adjustment_get_page_size (vadjustment), >=, n_rows * row_height);

  /* Up across a group header skips it. */
  for (guint i = 0; i < n_rows; i++)
    g_assert_true (press (matrix, GDK_KEY_Up));
  fw_map_matrix_view_get_cursor (matrix, &row, NULL);
  g_assert_cmpuint (row, ==, 1);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);
  g_assert_false (fw_map_matrix_view_row_is_header (matrix, row));
  close_map_window (window);
}

static gboolean
shows_stale (gpointer data)
{
  return *fw_map_window_get_stale_text (data) != '\0';
}

/* The author saves the framework while the map is open: the map window follows it. */
static void
test_follows_framework_on_disk (void)
{
  g_autofree char *path = fixture_path ();
  g_autofree char *sample = NULL;
  g_autofree char *changed = g_build_filename (g_getenv ("FW_TEST_DATA"), "map",
                                               "radiologic-technologists-changed.fwk", NULL);
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autofree char *framework_copy = g_build_filename (dir, "framework.fwk", NULL);
  g_autofree char *map_copy = g_build_filename (dir, "followed.fwmap", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FwMap) map = fw_map_read_file (path, &error);
  gsize length;
  FwMapWindow *window;

  g_assert_no_error (error);
  sample = fw_map_resolve_framework (map, path);
  g_assert_true (g_file_get_contents (sample, &contents, &length, &error));
  g_assert_true (g_file_set_contents (framework_copy, contents, length, &error));
  g_clear_pointer (&contents, g_free);
  g_object_set (map, "framework-path", "framework.fwk", NULL);
  g_assert_true (fw_map_save (map, map_copy, &error));

  window = fw_ui_test_open_map (map_copy);
  g_assert_cmpstr (fw_map_window_get_stale_text (window), ==, "");
  g_assert_true (g_file_get_contents (changed, &contents, &length, &error));
  g_assert_true (g_file_set_contents (framework_copy, contents, length, &error));
  g_assert_true (fw_ui_test_wait_until (shows_stale, window, 5000));
  g_assert_cmpstr (fw_map_gaps_panel_get_count_text (fw_map_window_get_gaps_panel (window),
                                                     "stale"), !=, "0");
  close_map_window (window);
}

/* Every cell the window draws is the cell the core's matrix (the CSV report's) has. */
static void
test_cells_match_core_matrix (void)
{
  g_autofree char *path = fixture_path ();
  FwMapWindow *window = fw_ui_test_open_map (path);
  FwMapMatrixView *view = fw_map_window_get_matrix (window);
  FwMap *map = fw_map_window_get_map (window);
  FwDocument *framework = fw_map_window_get_framework (window);
  g_autoptr(FwMapReport) report = NULL;
  g_autoptr(FwMapMatrix) matrix = NULL;
  guint mapped = 0;
  gboolean shallower_added = FALSE;

  /* A second outcome of a course maps a statement less deeply, after the first: the cell
   * still shows the deepest. */
  for (guint r = 0; r < fw_map_matrix_view_get_n_rows (view) && !shallower_added; r++)
    for (guint c = 0; c < fw_map_matrix_view_get_n_columns (view) && !shallower_added; c++)
      {
        const char *statement = fw_map_matrix_view_get_row_statement (view, r);
        g_autoptr(FwMapCourse) course = NULL;
        GListModel *outcomes;

        if (statement == NULL || fw_map_matrix_view_get_depth (view, r, c) < FW_DEPTH_REINFORCED)
          continue;
        course = g_list_model_get_item (G_LIST_MODEL (fw_map_get_courses (map)), c);
        outcomes = G_LIST_MODEL (fw_map_course_get_outcomes (course));
        for (guint k = 0; k < g_list_model_get_n_items (outcomes) && !shallower_added; k++)
          {
            g_autoptr(FwMapOutcome) outcome = g_list_model_get_item (outcomes, k);
            const char *id = fw_map_outcome_get_id (outcome);

            if (fw_map_find_mapping (map, id, statement, NULL) != NULL)
              continue;
            fw_map_set_mapping (map, id, statement, FW_DEPTH_INTRODUCED, NULL, NULL, NULL, NULL);
            g_assert_cmpint (fw_map_matrix_view_get_depth (view, r, c), >=, FW_DEPTH_REINFORCED);
            shallower_added = TRUE;
          }
      }
  g_assert_true (shallower_added);
  report = fw_map_report_new (map, framework, FW_MAP_REDUNDANT_DEFAULT);
  matrix = fw_map_matrix_new (report, map, framework);

  g_assert_cmpuint (matrix->courses->len, ==, fw_map_matrix_view_get_n_columns (view));
  for (guint i = 0; i < matrix->rows->len; i++)
    {
      FwMapMatrixRow *row = g_ptr_array_index (matrix->rows, i);
      int shown = fw_map_matrix_view_find_row (view, row->statement);

      g_assert_cmpint (shown, >=, 0);
      for (guint c = 0; c < matrix->courses->len; c++)
        {
          g_assert_cmpint (fw_map_matrix_view_get_depth (view, shown, c), ==, row->cells[c]);
          mapped += row->cells[c] != FW_DEPTH_NONE;
        }
    }
  g_assert_cmpuint (mapped, >, 10);
  fw_history_undo (fw_map_get_history (map));
  close_map_window (window);
}

static void
test_popover_when_several_outcomes (void)
{
  g_autofree char *path = fixture_path ();
  FwMapWindow *window = fw_ui_test_open_map (path);
  FwMapMatrixView *matrix = fw_map_window_get_matrix (window);
  int row = -1;

  /* An empty cell of a course with three outcomes: Space cannot know which, so it asks. */
  for (guint r = 0; r < fw_map_matrix_view_get_n_rows (matrix) && row < 0; r++)
    {
      if (!fw_map_matrix_view_row_is_header (matrix, r) && fw_map_matrix_view_get_depth (matrix, r, 0) == FW_DEPTH_NONE)
        row = r;
    }
  g_assert_cmpint (row, >=, 0);
  gtk_widget_grab_focus (GTK_WIDGET (matrix));
  fw_map_matrix_view_set_cursor (matrix, row, 0);
  g_assert_false (fw_map_matrix_view_cycle (matrix));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fw_map_matrix_view_get_popover (matrix))));
  g_assert_cmpint (fw_map_matrix_view_get_depth (matrix, row, 0), ==, FW_DEPTH_NONE);
  gtk_popover_popdown (fw_map_matrix_view_get_popover (matrix));
  close_map_window (window);
}

static void
test_cell_names (void)
{
  g_autofree char *path = fixture_path ();
  FwMapWindow *window = fw_ui_test_open_map (path);
  FwMapMatrixView *matrix = fw_map_window_get_matrix (window);
  guint row, column;
  g_autofree char *name = NULL;
  g_autofree char *expected = NULL;
  const char *depths[] = { "Not mapped", "Introduced", "Reinforced", "Mastered" };

  g_assert_true (find_single_outcome_cell (window, &row, &column));
  gtk_widget_grab_focus (GTK_WIDGET (matrix));
  fw_map_matrix_view_set_cursor (matrix, row, column);
  {
    FwMapCourse *course = NULL;
    g_autoptr(FwMapCourse) owned = g_list_model_get_item (G_LIST_MODEL (fw_map_get_courses (fw_map_window_get_map (window))), column);
    FwStatement *statement = fw_document_find_statement (fw_map_window_get_framework (window),
                                                         fw_map_matrix_view_get_row_statement (matrix, row), NULL);

    course = owned;
    expected = g_strdup_printf ("%s, %s: %s", fw_map_course_get_code (course),
                                fw_statement_get_headline (statement),
                                depths[fw_map_matrix_view_get_depth (matrix, row, column)]);
  }
  /* The matrix says the cursor's cell to assistive technology. */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (matrix), GTK_ACCESSIBLE_ROLE_GRID);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (matrix), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       expected);
  /* … and follows the cursor and the cell's depth. */
  g_assert_true (press (matrix, GDK_KEY_space));
  name = fw_map_matrix_view_get_cell_name (matrix, row, column);
  g_assert_cmpstr (name, !=, expected);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (matrix), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       name);
  /* Every cell has a name of the form "COURSE, Statement: Depth". */
  for (guint r = 0; r < fw_map_matrix_view_get_n_rows (matrix); r++)
    for (guint c = 0; c < fw_map_matrix_view_get_n_columns (matrix); c++)
      {
        g_autofree char *cell = NULL;

        if (fw_map_matrix_view_row_is_header (matrix, r))
          continue;
        cell = fw_map_matrix_view_get_cell_name (matrix, r, c);
        g_assert_true (g_str_has_prefix (cell, "RAD"));
        g_assert_nonnull (strstr (cell, ": "));
      }
  fw_history_undo (fw_map_get_history (fw_map_window_get_map (window)));
  close_map_window (window);
}

static void
test_screenshots (void)
{
  g_autofree char *path = fixture_path ();
  FwMapWindow *window = fw_ui_test_open_map (path);
  AdwStyleManager *style = adw_style_manager_get_default ();
  const struct { int width, height; } sizes[] = { { 1366, 768 }, { 1920, 1080 } };
  const char *schemes[] = { "light", "dark" };
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint k = 0; k < G_N_ELEMENTS (schemes); k++)
      {
        g_autofree char *name = g_strdup_printf ("map-window-%dx%d-%s.png", sizes[s].width,
                                                 sizes[s].height, schemes[k]);
        g_autofree char *shot = fw_ui_test_screenshot_path (name);

        adw_style_manager_set_color_scheme (style, k == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT
                                                          : ADW_COLOR_SCHEME_FORCE_DARK);
        /* A size request, not a default size: GTK fits default sizes into Xvfb's screen. */
        gtk_widget_set_size_request (content, sizes[s].width, sizes[s].height);
        gtk_widget_grab_focus (GTK_WIDGET (fw_map_window_get_matrix (window)));
        fw_map_matrix_view_set_cursor (fw_map_window_get_matrix (window), 3, 2);
        fw_ui_test_iterate (400);
        fw_ui_test_wait_for_width (content, sizes[s].width);
        g_assert_cmpint (gtk_widget_get_width (content), ==, sizes[s].width);
        g_assert_cmpint (gtk_widget_get_height (content), ==, sizes[s].height);
        /* The window, which draws the background (and its shadow around the content). */
        fw_ui_test_screenshot (GTK_WIDGET (window), shot);
        g_assert_true (g_file_test (shot, G_FILE_TEST_EXISTS));
        g_test_message ("screenshot: %s", shot);
      }
  /* The outcomes popover of a cell, in dark. */
  {
    g_autofree char *shot = fw_ui_test_screenshot_path ("map-window-popover-dark.png");
    FwMapMatrixView *matrix = fw_map_window_get_matrix (window);

    fw_map_matrix_view_set_cursor (matrix, 3, 2);
    fw_map_matrix_view_open_popover (matrix);
    fw_ui_test_iterate (400);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fw_map_matrix_view_get_popover (matrix))));
    /* A popover is a surface of its own: the window's picture does not hold it. */
    fw_ui_test_screenshot (GTK_WIDGET (fw_map_matrix_view_get_popover (matrix)), shot);
    gtk_popover_popdown (fw_map_matrix_view_get_popover (matrix));
  }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_widget_set_size_request (content, -1, -1);
  close_map_window (window);
}

static void
test_new_map_from_program (void)
{
  const char *dir = g_getenv ("FW_TEST_DATA");
  g_autofree char *program = g_build_filename (dir, "map", "radiography-program.csv", NULL);
  g_autofree char *broken = g_build_filename (dir, "map", "broken-missing-column.csv", NULL);
  g_autofree char *sample = fw_ui_test_sample_path ();
  g_autoptr(GFile) program_file = g_file_new_for_path (program);
  g_autoptr(GFile) broken_file = g_file_new_for_path (broken);
  g_autoptr(GFile) sample_file = g_file_new_for_path (sample);
  g_autoptr(GError) error = NULL;
  FwWindow *framework_window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwDocument *framework = fw_window_get_document (framework_window);
  AdwMessageDialog *dialog;
  FwMapWindow *window;

  /* A file that is not a program says where it went wrong, and nothing opens. */
  dialog = fw_map_new_preview_dialog (GTK_WINDOW (framework_window), framework, sample_file,
                                      broken_file, &error);
  g_assert_null (dialog);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "broken-missing-column.csv:"));
  g_clear_error (&error);

  /* The preview says what was read before anything is created. */
  dialog = fw_map_new_preview_dialog (GTK_WINDOW (framework_window), framework, sample_file,
                                      program_file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "10 courses"));
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_null (fw_ui_test_find_map_window ());
  fw_ui_test_respond (dialog, "create");
  window = fw_ui_test_find_map_window ();
  g_assert_nonnull (window);
  /* Untitled and unsaved, against the framework of the window it came from. */
  g_assert_null (fw_map_window_get_file (window));
  g_assert_true (fw_history_get_dirty (fw_map_get_history (fw_map_window_get_map (window))));
  g_assert_cmpuint (fw_map_matrix_view_get_n_columns (fw_map_window_get_matrix (window)), ==, 10);
  g_assert_cmpstr (fw_map_gaps_panel_get_count_text (fw_map_window_get_gaps_panel (window),
                                                     "unmappedOutcomes"), !=, "0");
  /* Closing it asks about the unsaved map. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = fw_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  fw_ui_test_respond (dialog, "discard");
  fw_ui_test_iterate (50);
  g_assert_null (fw_ui_test_find_map_window ());
  gtk_window_destroy (GTK_WINDOW (framework_window));
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  fw_ui_test_add ("/ui/map/open", test_open_shows_matrix);
  fw_ui_test_add ("/ui/map/gaps-match-report", test_gaps_match_report);
  fw_ui_test_add ("/ui/map/cycle-undo-save-reopen", test_cycle_undo_save_reopen);
  fw_ui_test_add ("/ui/map/popover", test_popover_when_several_outcomes);
  fw_ui_test_add ("/ui/map/stale", test_stale_statements);
  fw_ui_test_add ("/ui/map/cells-match-core", test_cells_match_core_matrix);
  fw_ui_test_add ("/ui/map/follows-framework", test_follows_framework_on_disk);
  fw_ui_test_add ("/ui/map/keyboard-scrolls", test_keyboard_scrolls);
  fw_ui_test_add ("/ui/map/cell-names", test_cell_names);
  fw_ui_test_add ("/ui/map/new-from-program", test_new_map_from_program);
  fw_ui_test_add ("/ui/map/screenshots", test_screenshots);

  return fw_ui_test_run ();
}
