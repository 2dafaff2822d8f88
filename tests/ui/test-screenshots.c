/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-levels-page.h"
#include "fw-ui-test.h"

static const char * const sections[] = {
  "overview", "levels", "ai-fluency", "durable-skills", "evidence", "onet", "sources", "problems",
};

static char *
screenshot_path (const char *section,
                 const char *scheme)
{
  g_autofree char *name = g_strdup_printf ("%s-%s.png", section, scheme);

  return fw_ui_test_screenshot_path (name);
}

/* Mean luminance (0..1) of a PNG: dark screenshots must be darker than light ones. */
static double
mean_luminance (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (path, &error);
  int width, height;
  g_autofree guchar *pixels = NULL;
  double sum = 0;

  g_assert_no_error (error);
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);
  for (gsize i = 0; i < (gsize) width * height; i++)
    {
      /* Cairo ARGB32 in memory is B, G, R, A on little-endian machines. */
      sum += 0.0722 * pixels[i * 4] + 0.7152 * pixels[i * 4 + 1] + 0.2126 * pixels[i * 4 + 2];
    }
  return sum / ((double) width * height * 255.0);
}

static void
take_all (FwWindow   *window,
          const char *scheme)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *path = screenshot_path (sections[i], scheme);

      fw_window_show_section (window, sections[i]);
      g_assert_cmpstr (fw_window_get_section (window), ==, sections[i]);
      fw_ui_test_iterate (100);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      fw_ui_test_screenshot (GTK_WIDGET (window), path);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      g_test_message ("screenshot: %s", path);
    }
}

static void
test_sections_light_and_dark (void)
{
  FwApplication *app = fw_ui_test_get_app ();
  FwWindow *window = fw_ui_test_open_sample (app);
  AdwStyleManager *style = adw_style_manager_get_default ();

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  take_all (window, "light");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style));
  take_all (window, "dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *light = screenshot_path (sections[i], "light");
      g_autofree char *dark = screenshot_path (sections[i], "dark");

      g_assert_cmpfloat (mean_luminance (dark) + 0.2, <, mean_luminance (light));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_levels_with_inspector_and_search (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwLevelsPage *page = FW_LEVELS_PAGE (fw_window_get_page (window, "levels"));
  FwDocument *document = fw_window_get_document (window);
  GListModel *developing = G_LIST_MODEL (fw_level_get_statements (
    fw_document_get_level (document, FW_LEVEL_DEVELOPING)));
  g_autoptr(FwStatement) statement = g_list_model_get_item (developing, 1);
  g_autofree char *inspector_path = screenshot_path ("levels-inspector", "light");
  g_autofree char *search_path = screenshot_path ("levels-search", "dark");
  GtkWidget *marked;

  /* A statement with a finding carries a marker. */
  fw_statement_set_body (statement, "");
  fw_window_show_section (window, "levels");
  fw_window_validate_now (window);
  g_assert_true (fw_levels_page_select_statement (page, statement, FW_STATEMENT_FIELD_NONE));
  fw_levels_page_set_inspector_visible (page, TRUE);
  marked = fw_ui_test_find_row (window, statement);
  g_assert_true (fw_statement_row_has_findings (FW_STATEMENT_ROW (marked)));
  fw_ui_test_iterate (1500);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  fw_ui_test_screenshot (GTK_WIDGET (window), inspector_path);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  fw_levels_page_start_search (page);
  gtk_editable_set_text (fw_levels_page_get_search_entry (page), "radiation");
  fw_ui_test_iterate (400);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  fw_ui_test_screenshot (GTK_WIDGET (window), search_path);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  g_assert_cmpuint (fw_statement_list_get_n_visible (fw_levels_page_get_column (page, FW_LEVEL_EMERGING)),
                    <, g_list_model_get_n_items (G_LIST_MODEL (fw_level_get_statements (
                      fw_document_get_level (document, FW_LEVEL_EMERGING)))));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_empty_level_has_add_button (void)
{
  FwApplication *app = fw_ui_test_get_app ();
  FwWindow *window = fw_window_new (GTK_APPLICATION (app));
  g_autofree char *path = screenshot_path ("levels-empty", "light");

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  fw_window_show_section (window, "levels");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  fw_ui_test_screenshot (GTK_WIDGET (window), path);

  /* An empty level offers to add its first statement, and the button works. */
  g_assert_true (gtk_widget_activate_action (fw_window_get_page (window, "levels"),
                                             "levels.add-to-level", "i", FW_LEVEL_PROFICIENT));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_level_get_statements (
    fw_document_get_level (fw_window_get_document (window), FW_LEVEL_PROFICIENT)))), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  fw_ui_test_add ("/ui/screenshots/sections", test_sections_light_and_dark);
  fw_ui_test_add ("/ui/screenshots/empty-level", test_empty_level_has_add_button);
  fw_ui_test_add ("/ui/screenshots/inspector-search", test_levels_with_inspector_and_search);

  return fw_ui_test_run ();
}
