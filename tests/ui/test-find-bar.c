/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-durable-page.h"
#include "fw-find-bar.h"
#include "fw-levels-page.h"
#include "fw-ui-editor-util.h"
#include "fw-ui-test.h"

/* Find and Replace across the sections of the framework window. */

typedef struct
{
  FwWindow    *window;
  FwFindBar   *bar;
  FwStatement *level;     /* Advanced, first statement */
  FwStatement *durable;   /* first domain, first cell statement */
  char        *level_body;
  char        *durable_body;
} Fixture;

static FwFindBar *
find_bar_of (FwWindow *window)
{
  /* The bar is the only FwFindBar in the window. */
  GtkWidget *widget = GTK_WIDGET (window);
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, widget);
  while (stack->len > 0)
    {
      GtkWidget *next = g_ptr_array_steal_index (stack, stack->len - 1);

      if (FW_IS_FIND_BAR (next))
        return FW_FIND_BAR (next);
      for (GtkWidget *child = gtk_widget_get_first_child (next); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }
  g_assert_not_reached ();
}

static FwStatement *
first_durable_statement (FwDocument *document)
{
  FwDomain *domain = fw_ui_util_domain_at (document, 0);

  for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
    {
      GListModel *cell = G_LIST_MODEL (fw_domain_get_cell (domain, level));

      if (g_list_model_get_n_items (cell) > 0)
        {
          g_autoptr(FwStatement) statement = g_list_model_get_item (cell, 0);

          return statement;
        }
    }
  g_assert_not_reached ();
}

static void
set_up_sized (Fixture *fixture,
              int      width,
              int      height)
{
  FwDocument *document;

  fixture->window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  if (width > 0)
    {
      /* The levels page resized while shown warns of an unallocated list (as it does
       * without the find bar): resize on another page. */
      fw_window_show_section (fixture->window, "overview");
      fw_ui_test_iterate (100);
      gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
      gtk_window_unmaximize (GTK_WINDOW (fixture->window));
      fw_ui_test_iterate (200);
    }
  document = fw_window_get_document (fixture->window);
  fixture->bar = find_bar_of (fixture->window);
  fixture->level = fw_ui_util_statement_at (fixture->window, FW_LEVEL_ADVANCED, 0);
  fixture->durable = first_durable_statement (document);
  /* "Wombat" on two pages (levels, durable skills) and on a third (evidence); through
   * commands, as typing would, so undo sees the same history a user has. */
  fw_document_run (document, fw_command_set_string_new (G_OBJECT (fixture->level), "body",
                                                        "Feeds the wombat, then the WOMBAT calf.",
                                                        FALSE));
  fw_document_run (document, fw_command_set_string_new (G_OBJECT (fixture->durable), "body",
                                                        "Calms a wombat.", FALSE));
  fw_document_run (document,
                   fw_command_set_string_new (G_OBJECT (fw_document_get_evidence (document)),
                                              "top-skill", "Wombat handling", FALSE));
  fixture->level_body = g_strdup (fw_statement_get_body (fixture->level));
  fixture->durable_body = g_strdup (fw_statement_get_body (fixture->durable));
}

static void
set_up (Fixture *fixture)
{
  set_up_sized (fixture, 0, 0);
}

static void
tear_down (Fixture *fixture)
{
  g_free (fixture->level_body);
  g_free (fixture->durable_body);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
}

static void
type_needle (Fixture    *fixture,
             const char *needle)
{
  gtk_editable_set_text (fw_find_bar_get_find_entry (fixture->bar), needle);
  /* GtkSearchEntry waits a little before "search-changed". */
  fw_ui_test_iterate (300);
}

/* The text selected in the body of @statement's row on its page. */
static char *
selected_body_text (FwWindow    *window,
                    FwStatement *statement)
{
  GtkWidget *view = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (statement == fw_ui_util_statement_at (window, FW_LEVEL_ADVANCED, 0))
    view = fw_ui_util_field_widget (window, statement, FW_STATEMENT_FIELD_BODY);
  else
    {
      FwDurablePage *page = fw_ui_util_durable_page (window);
      FwStatementPlace place;
      FwStatementRow *row;

      fw_document_find_statement (fw_window_get_document (window),
                                  fw_statement_get_id (statement), &place);
      row = fw_statement_list_find_row (fw_durable_page_get_cell (page, place.domain,
                                                                  place.level),
                                        statement);
      view = fw_statement_row_get_field_widget (row, FW_STATEMENT_FIELD_BODY);
    }
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return g_strdup ("");
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
assert_at (Fixture    *fixture,
           const char *count,
           const char *section)
{
  g_assert_cmpstr (fw_find_bar_get_count_text (fixture->bar), ==, count);
  g_assert_cmpstr (fw_window_get_section (fixture->window), ==, section);
}

static void
test_find_steps_across_pages (void)
{
  Fixture fixture = { 0 };
  FwLevelsPage *levels;
  g_autofree char *selected = NULL;
  g_autofree char *selected_durable = NULL;

  set_up (&fixture);
  fw_window_show_section (fixture.window, "overview");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.find", NULL));
  g_assert_true (fw_find_bar_is_open (fixture.bar));
  type_needle (&fixture, "wombat");

  /* Case is ignored: two in the level body, one in the durable body, one in evidence. */
  g_assert_cmpuint (fw_find_bar_get_n_matches (fixture.bar), ==, 4);
  assert_at (&fixture, "1 of 4", "levels");
  levels = fw_ui_util_levels_page (fixture.window);
  g_assert_true (fw_levels_page_get_selected (levels) == fixture.level);
  selected = selected_body_text (fixture.window, fixture.level);
  g_assert_cmpstr (selected, ==, "wombat");
  /* Typing goes on in the bar. */
  g_assert_true (fw_ui_util_focus_is_in (fixture.window,
                                         GTK_WIDGET (fw_find_bar_get_find_entry (fixture.bar))));

  /* Enter, Ctrl+G: on to the next ones, page after page. */
  g_signal_emit_by_name (fw_find_bar_get_find_entry (fixture.bar), "activate");
  assert_at (&fixture, "2 of 4", "levels");
  g_clear_pointer (&selected, g_free);
  selected = selected_body_text (fixture.window, fixture.level);
  g_assert_cmpstr (selected, ==, "WOMBAT");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.find-next", NULL));
  assert_at (&fixture, "3 of 4", "durable-skills");
  selected_durable = selected_body_text (fixture.window, fixture.durable);
  g_assert_cmpstr (selected_durable, ==, "wombat");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.find-next", NULL));
  assert_at (&fixture, "4 of 4", "evidence");
  /* Round the end and back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.find-next", NULL));
  assert_at (&fixture, "1 of 4", "levels");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.find-previous",
                                             NULL));
  assert_at (&fixture, "4 of 4", "evidence");

  /* Whole words and case narrow it down. */
  type_needle (&fixture, "womb");
  g_assert_cmpuint (fw_find_bar_get_n_matches (fixture.bar), ==, 4);
  fw_find_bar_set_flags (fixture.bar, FW_FIND_WHOLE_WORDS);
  g_assert_cmpuint (fw_find_bar_get_n_matches (fixture.bar), ==, 0);
  type_needle (&fixture, "wombat");
  fw_find_bar_set_flags (fixture.bar, FW_FIND_WHOLE_WORDS | FW_FIND_MATCH_CASE);
  g_assert_cmpuint (fw_find_bar_get_n_matches (fixture.bar), ==, 2);
  fw_find_bar_set_flags (fixture.bar, 0);
  type_needle (&fixture, "no such text anywhere");
  g_assert_cmpuint (fw_find_bar_get_n_matches (fixture.bar), ==, 0);
  g_assert_cmpstr (fw_find_bar_get_count_text (fixture.bar), ==, "No matches");

  tear_down (&fixture);
}

static void
test_replace_one_and_all (void)
{
  Fixture fixture = { 0 };
  FwDocument *document;
  FwEvidence *evidence;

  set_up (&fixture);
  document = fw_window_get_document (fixture.window);
  evidence = fw_document_get_evidence (document);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.find-replace",
                                             NULL));
  type_needle (&fixture, "wombat");
  gtk_editable_set_text (fw_find_bar_get_replace_entry (fixture.bar), "quokka");
  g_signal_emit_by_name (fw_find_bar_get_find_entry (fixture.bar), "activate");
  assert_at (&fixture, "2 of 4", "levels");

  /* Replace: this match only, then on to the next. */
  g_assert_true (fw_find_bar_replace (fixture.bar));
  g_assert_cmpstr (fw_statement_get_body (fixture.level), ==,
                   "Feeds the wombat, then the quokka calf.");
  g_assert_cmpstr (fw_statement_get_body (fixture.durable), ==, fixture.durable_body);
  assert_at (&fixture, "2 of 3", "durable-skills");

  /* One undo puts it back, and the count follows. */
  fw_ui_util_undo (fixture.window);
  g_assert_cmpstr (fw_statement_get_body (fixture.level), ==, fixture.level_body);
  g_assert_cmpuint (fw_find_bar_get_n_matches (fixture.bar), ==, 4);

  /* Replace All: every section, one undo step. */
  g_assert_cmpuint (fw_find_bar_replace_all (fixture.bar), ==, 4);
  g_assert_cmpstr (fw_statement_get_body (fixture.level), ==,
                   "Feeds the quokka, then the quokka calf.");
  g_assert_cmpstr (fw_statement_get_body (fixture.durable), ==, "Calms a quokka.");
  g_assert_cmpstr (fw_evidence_get_string (evidence, "top-skill"), ==, "quokka handling");
  g_assert_cmpstr (fw_find_bar_get_count_text (fixture.bar), ==, "No matches");
  fw_ui_util_undo (fixture.window);
  g_assert_cmpstr (fw_statement_get_body (fixture.level), ==, fixture.level_body);
  g_assert_cmpstr (fw_statement_get_body (fixture.durable), ==, fixture.durable_body);
  g_assert_cmpstr (fw_evidence_get_string (evidence, "top-skill"), ==, "Wombat handling");
  g_assert_cmpuint (fw_find_bar_get_n_matches (fixture.bar), ==, 4);

  tear_down (&fixture);
}

static void
test_screenshots (void)
{
  Fixture fixture = { 0 };
  AdwStyleManager *style = adw_style_manager_get_default ();

  set_up_sized (&fixture, 1366, 768);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.find-replace",
                                             NULL));
  type_needle (&fixture, "wombat");
  gtk_editable_set_text (fw_find_bar_get_replace_entry (fixture.bar), "quokka");
  for (guint dark = 0; dark < 2; dark++)
    {
      g_autofree char *name = g_strdup_printf ("find-bar-%s.png", dark ? "dark" : "light");
      g_autofree char *path = fw_ui_test_screenshot_path (name);

      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                      : ADW_COLOR_SCHEME_FORCE_LIGHT);
      fw_ui_test_iterate (500);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture.window));
      fw_ui_test_iterate (200);
      fw_ui_test_screenshot (GTK_WIDGET (fixture.window), path);
      g_test_message ("screenshot: %s", path);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  tear_down (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  fw_ui_test_add ("/ui/find/steps-across-pages", test_find_steps_across_pages);
  fw_ui_test_add ("/ui/find/replace", test_replace_one_and_all);
  fw_ui_test_add ("/ui/find/screenshots", test_screenshots);

  return fw_ui_test_run ();
}
