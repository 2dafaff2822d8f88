/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

/*
 * Job-posting coverage as staff use it: a posting opened from a text file is cut into the
 * requirements `framewright-cli map coverage` lists, the uncovered ones marked as the core
 * marks them, and, from a map window, each says whether the curriculum masters it; from a
 * framework window the same without a map. Screenshots light and dark.
 */

#include "config.h"

#include <string.h>

#include "fw-map-coverage-window.h"
#include "fw-map-suggest.h"
#include "fw-map-window.h"
#include "fw-ui-test.h"

static char *
fixture_path (void)
{
  return g_build_filename (g_getenv ("FW_TEST_DATA"), "map", "radiography.fwmap", NULL);
}

static char *
posting_path (void)
{
  return g_build_filename (g_getenv ("FW_TEST_DATA"), "text", "job-posting-imaging-technician.txt",
                           NULL);
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

/* The posting as the core reads it, against the map's framework. */
static GPtrArray *
core_coverage (FwDocument *framework,
               const char *text)
{
  FwMapSuggester *suggester = fw_map_suggester_new (framework, NULL);
  GPtrArray *requirements = fw_map_coverage (suggester, text, 3);

  fw_map_suggester_free (suggester);
  return requirements;
}

static guint
visible_rows (GtkListBox *list)
{
  guint visible = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    visible += gtk_widget_get_child_visible (row) && gtk_widget_get_visible (row);
  return visible;
}

typedef struct
{
  FwMapCoverageWindow *coverage;
  guint                index;
} MasteredWait;

static gboolean
mastered_now (gpointer data)
{
  MasteredWait *wait = data;

  return fw_map_coverage_window_get_mastered (wait->coverage, wait->index);
}

static void
test_job_posting (void)
{
  g_autofree char *path = fixture_path ();
  g_autofree char *posting = posting_path ();
  g_autoptr(GFile) posting_file = g_file_new_for_path (posting);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  FwMapWindow *window = open_map (path);
  FwMap *map = fw_map_window_get_map (window);
  FwMapCoverageWindow *coverage;
  GPtrArray *shown;
  guint uncovered = 0, mastered = 0;

  g_assert_true (g_file_get_contents (posting, &text, NULL, &error));
  expected = core_coverage (fw_map_window_get_framework (window), text);
  g_assert_cmpuint (expected->len, >, 5);

  /* Ctrl+J opens it from the map window, empty. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.check-job-posting", NULL));
  fw_ui_test_iterate (100);
  coverage = FW_MAP_COVERAGE_WINDOW (find_toplevel (FW_TYPE_MAP_COVERAGE_WINDOW));
  g_assert_nonnull (coverage);
  g_assert_null (fw_map_coverage_window_get_requirements (coverage));

  g_assert_true (fw_map_coverage_window_load_file (coverage, posting_file, &error));
  g_assert_no_error (error);
  fw_ui_test_iterate (100);
  shown = fw_map_coverage_window_get_requirements (coverage);
  g_assert_cmpuint (shown->len, ==, expected->len);
  for (guint i = 0; i < shown->len; i++)
    {
      FwMapRequirement *mine = g_ptr_array_index (shown, i);
      FwMapRequirement *core = g_ptr_array_index (expected, i);
      gboolean reached = FALSE;

      g_assert_cmpstr (mine->text, ==, core->text);
      g_assert_cmpint (mine->covered, ==, core->covered);
      g_assert_cmpuint (mine->matches->len, ==, core->matches->len);
      if (core->matches->len > 0)
        g_assert_cmpstr (((FwMapSuggestion *) g_ptr_array_index (mine->matches, 0))->statement_id, ==,
                         ((FwMapSuggestion *) g_ptr_array_index (core->matches, 0))->statement_id);
      uncovered += !core->covered;
      /* Mastered: a statement covering it is mapped at M by some outcome. */
      for (guint k = 0; k < core->matches->len; k++)
        {
          FwMapSuggestion *match = g_ptr_array_index (core->matches, k);
          GListModel *mappings = G_LIST_MODEL (fw_map_get_mappings (map));

          for (guint m = 0; match->score >= FW_MAP_COVERED_SCORE &&
                            m < g_list_model_get_n_items (mappings); m++)
            {
              g_autoptr(FwMapping) mapping = g_list_model_get_item (mappings, m);

              reached |= g_str_equal (fw_mapping_get_statement (mapping), match->statement_id)
                         && fw_mapping_get_depth (mapping) == FW_DEPTH_MASTERED;
            }
        }
      g_assert_cmpint (fw_map_coverage_window_get_mastered (coverage, i), ==, reached);
      mastered += reached;
    }
  g_test_message ("%u requirements, %u uncovered, %u mastered", shown->len, uncovered, mastered);
  g_assert_cmpuint (uncovered, >, 0);
  g_assert_cmpuint (uncovered, <, shown->len);

  /* Every requirement is listed; "Uncovered Only" leaves the uncovered ones. */
  g_assert_cmpuint (visible_rows (fw_map_coverage_window_get_list (coverage)), ==, shown->len);
  fw_map_coverage_window_set_uncovered_only (coverage, TRUE);
  fw_ui_test_iterate (50);
  g_assert_cmpuint (visible_rows (fw_map_coverage_window_get_list (coverage)), ==, uncovered);
  {
    g_autofree char *counts = g_strdup_printf ("%u not covered", uncovered);

    g_assert_nonnull (strstr (fw_map_coverage_window_get_summary (coverage), counts));
    g_assert_nonnull (strstr (fw_map_coverage_window_get_summary (coverage), "masters"));
  }

  /* Mastering a covering statement in the map shows at once. */
  for (guint i = 0; i < shown->len; i++)
    {
      FwMapRequirement *requirement = g_ptr_array_index (shown, i);
      g_autofree char *statement = NULL;
      MasteredWait wait = { coverage, i };

      if (!requirement->covered || fw_map_coverage_window_get_mastered (coverage, i))
        continue;
      statement = g_strdup (((FwMapSuggestion *) g_ptr_array_index (requirement->matches,
                                                                    0))->statement_id);
      fw_map_set_mapping (map, "RAD101:CLO1", statement, FW_DEPTH_MASTERED, NULL, NULL, NULL,
                          NULL);
      g_assert_true (fw_ui_test_wait_until (mastered_now, &wait, 3000));
      fw_history_undo (fw_map_get_history (map));
      break;
    }

  /* Text without requirements says so. */
  fw_map_coverage_window_set_text (coverage, "Requirements:\n");
  g_assert_cmpuint (fw_map_coverage_window_get_requirements (coverage)->len, ==, 0);
  close_window (coverage);
  close_window (window);
}
/* From a framework window, without a map: coverage only, nothing about the curriculum. */
static void
test_job_posting_from_framework (void)
{
  g_autofree char *posting = posting_path ();
  g_autoptr(GFile) posting_file = g_file_new_for_path (posting);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwMapCoverageWindow *coverage;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.check-job-posting", NULL));
  coverage = FW_MAP_COVERAGE_WINDOW (find_toplevel (FW_TYPE_MAP_COVERAGE_WINDOW));
  g_assert_nonnull (coverage);
  g_assert_true (g_file_get_contents (posting, &text, NULL, &error));
  expected = core_coverage (fw_window_get_document (window), text);
  g_assert_true (fw_map_coverage_window_load_file (coverage, posting_file, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fw_map_coverage_window_get_requirements (coverage)->len, ==, expected->len);
  g_assert_cmpuint (visible_rows (fw_map_coverage_window_get_list (coverage)), ==, expected->len);
  g_assert_null (strstr (fw_map_coverage_window_get_summary (coverage), "masters"));
  for (guint i = 0; i < expected->len; i++)
    g_assert_false (fw_map_coverage_window_get_mastered (coverage, i));
  close_window (coverage);
  close_window (window);
}

static void
test_screenshots (void)
{
  g_autofree char *path = fixture_path ();
  g_autofree char *posting = posting_path ();
  g_autoptr(GFile) posting_file = g_file_new_for_path (posting);
  FwMapWindow *window = open_map (path);
  const struct { int width, height; } sizes[] = { { 1366, 768 }, { 1920, 1080 } };
  AdwStyleManager *style = adw_style_manager_get_default ();
  FwMapCoverageWindow *coverage;
  GtkWidget *content;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.check-job-posting", NULL));
  coverage = FW_MAP_COVERAGE_WINDOW (find_toplevel (FW_TYPE_MAP_COVERAGE_WINDOW));
  g_assert_true (fw_map_coverage_window_load_file (coverage, posting_file, NULL));
  content = adw_window_get_content (ADW_WINDOW (coverage));
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint dark = 0; dark < 2; dark++)
      {
        g_autofree char *name = g_strdup_printf ("map-job-posting-%dx%d-%s.png", sizes[s].width,
                                                 sizes[s].height, dark ? "dark" : "light");
        g_autofree char *shot = fw_ui_test_screenshot_path (name);
        GtkWidget *results = GTK_WIDGET (fw_map_coverage_window_get_list (coverage));

        adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                        : ADW_COLOR_SCHEME_FORCE_LIGHT);
        /* A size request, not a default size: GTK fits default sizes into Xvfb's screen. */
        gtk_widget_set_size_request (content, sizes[s].width, sizes[s].height);
        fw_ui_test_iterate (1200);
        fw_ui_test_wait_for_width (content, sizes[s].width);
        g_assert_cmpint (gtk_widget_get_width (content), ==, sizes[s].width);
        /* The requirements fit the window's width: nothing scrolls sideways. */
        g_assert_cmpint (gtk_widget_get_width (results), <=, sizes[s].width);
        fw_ui_test_screenshot (GTK_WIDGET (coverage), shot);
        g_test_message ("screenshot: %s", shot);
      }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  close_window (coverage);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  fw_ui_test_add ("/ui/map-coverage/job-posting", test_job_posting);
  fw_ui_test_add ("/ui/map-coverage/from-framework", test_job_posting_from_framework);
  fw_ui_test_add ("/ui/map-coverage/screenshots", test_screenshots);

  return fw_ui_test_run ();
}
