/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

/*
 * A curriculum map that a git merge left with a conflict: the map window shows it in a bar
 * with Keep Mine and Keep Theirs, each undoable.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "fw-formats.h"
#include "fw-map-conflict-bar.h"
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

static FwMapConflictBar *
find_conflict_bar (GtkWidget *widget)
{
  if (FW_IS_MAP_CONFLICT_BAR (widget))
    return FW_MAP_CONFLICT_BAR (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      FwMapConflictBar *found = find_conflict_bar (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkButton *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return GTK_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkButton *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A map a git merge left with a conflict opens with it in a bar over the matrix; Keep Theirs
 * takes their depth, undo brings the conflict back. */
static void
test_merge_conflict_bar (void)
{
  g_autofree char *path = fixture_path ();
  g_autofree char *sample = g_build_filename (g_getenv ("FW_DATA_DIR"), "samples",
                                              "radiologic-technologists.fwk", NULL);
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autofree char *copy = g_build_filename (dir, "conflicted.fwmap", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FwMap) map = fw_map_read_file (path, &error);
  g_autoptr(FwConflict) conflict = fw_conflict_new ("RAD101:CLO1 -> st-f0ff1533789a", "depth",
                                                    "mappings", "M", "R");
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *content;
  FwMapConflictBar *bar;
  FwMapWindow *window;
  FwMap *shown;

  g_assert_no_error (error);
  g_object_set (map, "framework-path", sample, NULL);
  g_object_set (fw_map_find_mapping (map, "RAD101:CLO1", "st-f0ff1533789a", NULL), "depth",
                FW_DEPTH_MASTERED, NULL);
  g_list_store_append (fw_map_get_conflicts (map), conflict);
  g_assert_true (fw_map_save (map, copy, &error));

  window = fw_ui_test_open_map (copy);
  bar = find_conflict_bar (GTK_WIDGET (window));
  g_assert_nonnull (bar);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (find_button (GTK_WIDGET (bar),
                                                                 "Keep _Theirs"))));
  g_assert_cmpstr (fw_map_conflict_bar_get_text (bar), ==,
                   "1 of 1: merge conflict on mapping RAD101:CLO1 -> st-f0ff1533789a (depth): "
                   "ours “M”, theirs “R”");

  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  for (guint k = 0; k < 2; k++)
    {
      g_autofree char *shot = fw_ui_test_screenshot_path (k == 0 ? "map-window-conflict-light.png"
                                                                 : "map-window-conflict-dark.png");

      adw_style_manager_set_color_scheme (style, k == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT
                                                        : ADW_COLOR_SCHEME_FORCE_DARK);
      gtk_widget_set_size_request (content, 1366, 768);
      fw_ui_test_iterate (400);
      fw_ui_test_screenshot (GTK_WIDGET (window), shot);
      g_test_message ("screenshot: %s", shot);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_widget_set_size_request (content, -1, -1);

  g_signal_emit_by_name (find_button (GTK_WIDGET (bar), "Keep _Theirs"), "clicked");
  fw_ui_test_iterate (100);
  shown = fw_map_window_get_map (window);
  g_assert_cmpint (fw_mapping_get_depth (fw_map_find_mapping (shown, "RAD101:CLO1",
                                                              "st-f0ff1533789a", NULL)),
                   ==, FW_DEPTH_REINFORCED);
  g_assert_cmpstr (fw_map_conflict_bar_get_text (bar), ==, "");
  g_assert_true (fw_history_get_dirty (fw_map_get_history (shown)));

  fw_history_undo (fw_map_get_history (shown));
  fw_ui_test_iterate (100);
  g_assert_cmpint (fw_mapping_get_depth (fw_map_find_mapping (shown, "RAD101:CLO1",
                                                              "st-f0ff1533789a", NULL)),
                   ==, FW_DEPTH_MASTERED);
  g_assert_true (g_str_has_prefix (fw_map_conflict_bar_get_text (bar), "1 of 1: "));

  g_signal_emit_by_name (find_button (GTK_WIDGET (bar), "Keep _Mine"), "clicked");
  fw_ui_test_iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_map_get_conflicts (shown))), ==, 0);
  g_assert_cmpint (fw_mapping_get_depth (fw_map_find_mapping (shown, "RAD101:CLO1",
                                                              "st-f0ff1533789a", NULL)),
                   ==, FW_DEPTH_MASTERED);
  fw_history_mark_clean (fw_map_get_history (shown));
  close_map_window (window);
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  fw_ui_test_add ("/ui/map/merge-conflict-bar", test_merge_conflict_bar);

  return fw_ui_test_run ();
}
