/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>

#include "fw-ai-page.h"
#include "fw-citation-picker.h"
#include "fw-durable-page.h"
#include "fw-evidence-page.h"
#include "fw-formats.h"
#include "fw-inspector.h"
#include "fw-levels-page.h"
#include "fw-onet-page.h"
#include "fw-sources-page.h"
#include "fw-task-row.h"
#include "fw-tooltip.h"
#include "fw-ui-test.h"

#include "fw-ui-editor-util.h"

/* Screenshots ---------------------------------------------------------------------------- */

static void
test_screenshots (void)
{
  static const char *sections[] = {
    "ai-fluency", "durable-skills", "evidence", "onet", "sources",
  };
  FwWindow *window = fw_ui_util_open_page_sample ();
  AdwStyleManager *style = adw_style_manager_get_default ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_unmaximize (GTK_WINDOW (window));
  fw_ui_test_iterate (200);
  for (guint dark = 0; dark < 2; dark++)
    {
      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                      : ADW_COLOR_SCHEME_FORCE_LIGHT);
      for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
        {
          g_autofree char *name = g_strdup_printf ("sections-%s-%s.png", sections[i],
                                                   dark ? "dark" : "light");
          g_autofree char *path = fw_ui_test_screenshot_path (name);

          fw_window_show_section (window, sections[i]);
          fw_ui_test_iterate (150);
          gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
          fw_ui_test_screenshot (GTK_WIDGET (window), path);
          g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
        }
    }
  /* The O*NET tasks, one expanded, further down the page. */
  {
    g_autofree char *path = fw_ui_test_screenshot_path ("sections-onet-tasks-dark.png");
    FwOnetPage *page = fw_ui_util_onet_page (window);

    g_assert_true (gtk_widget_grab_focus (fw_onet_page_get_item_entry (page, "tasks", 0, "task-id")));
    fw_ui_test_iterate (300);
    /* Once the task has expanded, focusing again scrolls its fields into view. */
    gtk_widget_grab_focus (fw_onet_page_get_item_entry (page, "tasks", 0, "text"));
    g_assert_true (gtk_widget_grab_focus (fw_onet_page_get_item_entry (page, "tasks", 0, "task-id")));
    fw_ui_test_iterate (300);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    fw_ui_test_screenshot (GTK_WIDGET (window), path);
  }

  /* Ten domains at 1366×768: the table fits its four levels in the width and scrolls down. */
  {
    FwDocument *document = fw_ui_util_document_of (window);
    FwDurablePage *page = fw_ui_util_durable_page (window);
    GListStore *domains = fw_document_get_domains (document);
    FwDomain *character = NULL;
    FwStatementList *empty_cell;
    GtkWidget *scroller;
    GtkAdjustment *hadjustment, *vadjustment;
    g_autofree char *light = fw_ui_test_screenshot_path ("sections-durable-empty-cell-light.png");
    g_autofree char *dark = fw_ui_test_screenshot_path ("sections-durable-empty-cell-dark.png");

    g_assert_cmpuint (fw_ui_util_store_n (domains), ==, 10);
    fw_ui_test_iterate (200);
    for (guint i = 0; i < fw_ui_util_store_n (domains); i++)
      {
        FwDomain *domain = fw_ui_util_domain_at (document, i);

        if (g_str_equal (fw_domain_get_name (domain), "Character"))
          character = domain;
        for (FwDurableLevel level = FW_DURABLE_EMERGING; level <= FW_DURABLE_EXCEEDING; level++)
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fw_durable_page_get_cell (page, domain, level))),
                           >=, 210);
      }
    scroller = gtk_widget_get_ancestor (GTK_WIDGET (fw_durable_page_get_cell (page, fw_ui_util_domain_at (document, 0),
                                                                              FW_DURABLE_EMERGING)),
                                        GTK_TYPE_SCROLLED_WINDOW);
    g_assert_nonnull (scroller);
    hadjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));
    vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
    g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment), >, gtk_adjustment_get_page_size (vadjustment));
    g_assert_cmpfloat (gtk_adjustment_get_upper (hadjustment), <=, gtk_adjustment_get_page_size (hadjustment));

    /* Scrolled down, the headings stay above their columns. */
    gtk_adjustment_set_value (hadjustment, gtk_adjustment_get_upper (hadjustment));
    gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_upper (vadjustment));
    fw_ui_test_iterate (200);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    {
      FwDomain *last = fw_ui_util_domain_at (document, fw_ui_util_store_n (domains) - 1);
      GtkWidget *header = fw_durable_page_get_level_header (page, FW_DURABLE_EXCEEDING);
      GtkWidget *cell = GTK_WIDGET (fw_durable_page_get_cell (page, last, FW_DURABLE_EXCEEDING));
      graphene_rect_t header_bounds, cell_bounds, scroller_bounds;

      g_assert_true (gtk_widget_compute_bounds (header, GTK_WIDGET (window), &header_bounds));
      g_assert_true (gtk_widget_compute_bounds (cell, GTK_WIDGET (window), &cell_bounds));
      g_assert_true (gtk_widget_compute_bounds (scroller, GTK_WIDGET (window), &scroller_bounds));
      g_assert_cmpfloat (fabs (header_bounds.origin.x - cell_bounds.origin.x), <, 1);
      g_assert_cmpfloat (fabs (header_bounds.size.width - cell_bounds.size.width), <, 1);
      g_assert_cmpfloat (header_bounds.origin.y + header_bounds.size.height, <=,
                         scroller_bounds.origin.y);
      g_assert_cmpfloat (header_bounds.origin.y, >=, 0);
    }

    /* The empty cell (Character, Emerging) offers "Add Statement" and is marked. */
    g_assert_nonnull (character);
    empty_cell = fw_durable_page_get_cell (page, character, FW_DURABLE_EMERGING);
    g_assert_true (gtk_widget_get_visible (fw_statement_list_get_add_button (empty_cell)));
    g_assert_true (fw_statement_list_has_list_findings (empty_cell));
    for (guint dark_scheme = 0; dark_scheme < 2; dark_scheme++)
      {
        adw_style_manager_set_color_scheme (style, dark_scheme ? ADW_COLOR_SCHEME_FORCE_DARK
                                                               : ADW_COLOR_SCHEME_FORCE_LIGHT);
        g_assert_true (gtk_widget_grab_focus (fw_statement_list_get_add_button (empty_cell)));
        fw_ui_test_iterate (300);
        gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
        fw_ui_test_screenshot (GTK_WIDGET (window), dark_scheme ? dark : light);
      }
  }

  /* The inspector with citations and an anchored task. */
  {
    FwDocument *document = fw_ui_util_document_of (window);
    FwLevelsPage *page = fw_ui_util_show_levels_page (window);
    FwStatement *statement = fw_ui_util_store_item (fw_level_get_statements (fw_document_get_level (document,
                                                                                                    FW_LEVEL_DEVELOPING)), 0);
    g_autoptr(FwTask) task = g_list_model_get_item (G_LIST_MODEL (fw_onet_get_tasks (fw_document_get_onet (document))), 2);
    FwInspector *inspector = fw_levels_page_get_inspector (page);
    g_autofree char *path = fw_ui_test_screenshot_path ("sections-levels-inspector-light.png");
    g_autofree char *dark_path = fw_ui_test_screenshot_path ("sections-levels-inspector-dark.png");

    g_assert_true (fw_levels_page_select_statement (page, statement, FW_STATEMENT_FIELD_NONE));
    fw_levels_page_set_inspector_visible (page, TRUE);
    fw_citation_chips_add (fw_inspector_get_citation_chips (inspector), "src-o-net-v30-2");
    fw_citation_chips_add (fw_inspector_get_citation_chips (inspector), "src-pathsmith-durable-skills");
    if (fw_task_get_task_id (task) != NULL)
      g_assert_true (fw_inspector_add_anchor (inspector, fw_task_get_task_id (task)));
    g_assert_true (fw_inspector_add_anchor (inspector, "99999"));
    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
    fw_ui_test_iterate (1000);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    fw_ui_test_screenshot (GTK_WIDGET (window), path);
    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
    fw_ui_test_iterate (400);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    fw_ui_test_screenshot (GTK_WIDGET (window), dark_path);

    /* The task picker is a popover: a surface of its own. */
    {
      GtkMenuButton *add = GTK_MENU_BUTTON (fw_inspector_get_anchor_add_button (inspector));
      g_autofree char *picker_path = fw_ui_test_screenshot_path ("sections-anchor-picker-dark.png");

      gtk_menu_button_popup (add);
      fw_ui_test_iterate (400);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (gtk_menu_button_get_popover (add)));
      fw_ui_test_screenshot (GTK_WIDGET (gtk_menu_button_get_popover (add)), picker_path);
      gtk_menu_button_popdown (add);
    }
  }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  fw_ui_test_add ("/ui/sections/screenshots", test_screenshots);

  return fw_ui_test_run ();
}
