/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-ai-page.h"
#include "fw-durable-page.h"
#include "fw-formats.h"
#include "fw-levels-page.h"
#include "fw-ui-test.h"
#include "fw-wrap-text-view.h"

/* Helpers -------------------------------------------------------------------------------- */

static GListStore *
level_store (FwWindow   *window,
             FwLevelKey  key)
{
  return fw_level_get_statements (fw_document_get_level (fw_window_get_document (window), key));
}

static guint
store_n (GListStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

static FwStatement *
store_item (GListStore *store,
            guint       position)
{
  g_autoptr(FwStatement) statement = g_list_model_get_item (G_LIST_MODEL (store), position);

  g_assert_nonnull (statement);
  return statement;
}

static FwLevelsPage *
levels_page (FwWindow *window)
{
  return FW_LEVELS_PAGE (fw_window_get_page (window, "levels"));
}

static gboolean
action_enabled (FwStatementList *list,
                const char      *name)
{
  return g_action_group_get_action_enabled (fw_statement_list_get_actions (list), name);
}

/* The toolbar button of @page bound to @action_name. */
static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action_name) == 0)
        return child;
      if ((found = find_action_button (child, action_name)) != NULL)
        return found;
    }
  return NULL;
}

/* Delete ---------------------------------------------------------------------------------- */

/* Deleting the last statement of a level leaves the keyboard on that level's Add button. */
static void
test_delete_last_statement_focuses_add (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwDocument *document = fw_window_get_document (window);
  FwLevelsPage *page = levels_page (window);
  FwStatementList *advanced = fw_levels_page_get_column (page, FW_LEVEL_ADVANCED);
  GListStore *store = level_store (window, FW_LEVEL_ADVANCED);
  FwAiPage *ai;
  FwStatementList *ai_list;
  GListStore *ai_store;

  fw_window_show_section (window, "levels");
  while (store_n (store) > 1)
    fw_document_run (document, fw_command_remove_new (store, 0));
  g_assert_true (fw_levels_page_select_statement (page, store_item (store, 0),
                                                  FW_STATEMENT_FIELD_NONE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "statement.delete", NULL));
  g_assert_cmpuint (store_n (store), ==, 0);
  g_assert_true (gtk_widget_has_focus (fw_statement_list_get_add_button (advanced)));
  g_assert_null (fw_levels_page_get_selected (page));
  g_assert_null (fw_inspector_get_statement (fw_levels_page_get_inspector (page)));
  /* Ctrl+Enter from there adds to the same, now empty, level. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "statement.add-after", NULL));
  g_assert_cmpuint (store_n (store), ==, 1);

  /* The AI-fluency lists do the same. */
  fw_window_show_section (window, "ai-fluency");
  ai = FW_AI_PAGE (fw_window_get_page (window, "ai-fluency"));
  ai_list = fw_ai_page_get_list (ai, FW_LEVEL_DEVELOPING);
  ai_store = fw_statement_list_get_store (ai_list);
  while (store_n (ai_store) > 1)
    fw_document_run (document, fw_command_remove_new (ai_store, 0));
  g_assert_true (fw_statement_list_select_statement (ai_list, store_item (ai_store, 0),
                                                     FW_STATEMENT_FIELD_HEADLINE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ai_list), "statement.delete", NULL));
  g_assert_cmpuint (store_n (ai_store), ==, 0);
  g_assert_true (gtk_widget_has_focus (fw_statement_list_get_add_button (ai_list)));
  g_assert_null (fw_statement_list_get_selected (ai_list));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Moves to the neighbour lists ------------------------------------------------------------ */

/* Left and right are enabled only when there is a list on that side that shows a store. */
static void
test_sideways_moves_need_a_neighbour (void)
{
  g_autofree char *path = fw_ui_test_sample_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = fw_format_read_file (path, FW_FORMAT_AUTO, NULL, &error);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  FwStatementList *lists[3];
  GListStore *stores[3];
  FwStatement *statement;

  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    {
      lists[i] = FW_STATEMENT_LIST (fw_statement_list_new ());
      stores[i] = fw_level_get_statements (fw_document_get_level (document, i));
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (lists[i]));
    }
  for (guint i = 0; i < 3; i++)
    fw_statement_list_set_neighbours (lists[i], i > 0 ? lists[i - 1] : NULL,
                                      i < 2 ? lists[i + 1] : NULL);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  /* The right-hand list has no store yet. */
  fw_statement_list_set_store (lists[0], document, stores[0], FW_SECTION_LEVELS);
  fw_statement_list_set_store (lists[1], document, stores[1], FW_SECTION_LEVELS);

  statement = store_item (stores[1], 0);
  g_assert_true (fw_statement_list_select_statement (lists[1], statement, FW_STATEMENT_FIELD_NONE));
  g_assert_true (action_enabled (lists[1], "move-left"));
  g_assert_false (action_enabled (lists[1], "move-right"));
  /* Activating it anyway does nothing. */
  gtk_widget_activate_action (GTK_WIDGET (lists[1]), "statement.move-right", NULL);
  g_assert_true (store_item (stores[1], 0) == statement);

  /* Once the neighbour shows a store, the move is offered, and it moves. */
  fw_statement_list_set_store (lists[2], document, stores[2], FW_SECTION_LEVELS);
  g_assert_true (action_enabled (lists[1], "move-right"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (lists[1]), "statement.move-right", NULL));
  g_assert_true (store_item (stores[2], 0) == statement);
  g_assert_true (fw_statement_list_get_selected (lists[2]) == statement);
  /* At the right edge there is no neighbour at all. */
  g_assert_true (action_enabled (lists[2], "move-left"));
  g_assert_false (action_enabled (lists[2], "move-right"));
  /* And when the neighbour loses its store again, the move goes away too. */
  fw_statement_list_set_store (lists[1], NULL, NULL, FW_SECTION_LEVELS);
  g_assert_false (action_enabled (lists[2], "move-left"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* On the levels page the toolbar's arrows follow the selected statement's level. */
static void
test_level_edges_disable_moves (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwLevelsPage *page = levels_page (window);
  GtkWidget *left = find_action_button (GTK_WIDGET (page), "statement.move-left");
  GtkWidget *right = find_action_button (GTK_WIDGET (page), "statement.move-right");
  FwStatement *first = store_item (level_store (window, FW_LEVEL_EMERGING), 0);
  FwStatement *last = store_item (level_store (window, FW_LEVEL_ADVANCED), 0);

  fw_window_show_section (window, "levels");
  g_assert_nonnull (left);
  g_assert_nonnull (right);
  g_assert_true (fw_levels_page_select_statement (page, first, FW_STATEMENT_FIELD_NONE));
  g_assert_false (gtk_widget_get_sensitive (left));
  g_assert_true (gtk_widget_get_sensitive (right));
  g_assert_true (fw_levels_page_select_statement (page, last, FW_STATEMENT_FIELD_NONE));
  g_assert_true (gtk_widget_get_sensitive (left));
  g_assert_false (gtk_widget_get_sensitive (right));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Text in cards -------------------------------------------------------------------------- */

/* A window at the size a first start has (the settings' default), showing the sample. */
static FwWindow *
open_sample_at_default_size (void)
{
  g_autofree char *path = fw_ui_test_sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  FwWindow *window = fw_window_new (GTK_APPLICATION (fw_ui_test_get_app ()));

  gtk_window_present (GTK_WINDOW (window));
  fw_window_open_file (window, file);
  g_assert_true (fw_ui_test_wait_idle (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  fw_window_validate_now (window);
  return window;
}

/* Lets every list build its rows and the layout settle, as the user would see it. */
static void
settle (FwWindow *window)
{
  for (guint i = 0; i < 3; i++)
    {
      fw_ui_test_iterate (100);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    }
}

/* The height of the text @view has laid out: its last line's bottom, and the margins. */
static int
laid_out_height (GtkTextView *view)
{
  GtkTextIter end;
  int y, height;

  gtk_text_buffer_get_end_iter (gtk_text_view_get_buffer (view), &end);
  gtk_text_view_get_line_yrange (view, &end, &y, &height);
  return y + height + gtk_text_view_get_top_margin (view) + gtk_text_view_get_bottom_margin (view);
}

static void
assert_text_fits (GtkWidget  *view,
                  const char *where)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_autofree char *text = NULL;
  graphene_rect_t bounds;
  GtkTextIter start, end;
  int width, height, natural, laid_out;

  g_assert_true (gtk_widget_compute_bounds (view, view, &bounds));
  width = (int) bounds.size.width + gtk_widget_get_margin_start (view) +
          gtk_widget_get_margin_end (view);
  height = (int) bounds.size.height + gtk_widget_get_margin_top (view) +
           gtk_widget_get_margin_bottom (view);
  gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, width, NULL, &natural, NULL, NULL);
  laid_out = laid_out_height (GTK_TEXT_VIEW (view));
  if (height >= natural && (int) bounds.size.height >= laid_out)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_error ("%s: \"%s\" got %d px at %d px wide; it asks for %d and its lines take %d",
           where, text, height, width, natural, laid_out);
}

/*
 * Asserts that every statement text below @widget got at least the height it asks for at the
 * width it got, and that its lines, as the text view wraps them, fit in it: otherwise the
 * last line is cut off. Returns how many were checked.
 */
static guint
assert_no_clipped_text (GtkWidget  *widget,
                        const char *where)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_mapped (child))
        continue;
      if (FW_IS_WRAP_TEXT_VIEW (child))
        {
          assert_text_fits (child, where);
          n++;
        }
      else
        {
          n += assert_no_clipped_text (child, where);
        }
    }
  return n;
}

static void
test_card_text_is_not_clipped (void)
{
  FwWindow *window = open_sample_at_default_size ();
  FwLevelsPage *page = levels_page (window);

  for (guint inspector = 0; inspector < 2; inspector++)
    {
      const char *where = inspector ? "with the inspector" : "without the inspector";

      fw_window_show_section (window, "levels");
      fw_levels_page_set_inspector_visible (page, inspector);
      fw_ui_test_wait_for_rows (window);
      settle (window);
      g_assert_cmpuint (assert_no_clipped_text (GTK_WIDGET (page), where), >, 20);

      fw_window_show_section (window, "ai-fluency");
      settle (window);

      g_assert_cmpuint (assert_no_clipped_text (fw_window_get_page (window, "ai-fluency"), where),
                        >, 4);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Columns at common window sizes --------------------------------------------------------- */

typedef struct
{
  int width;
  int height;
} WindowSize;

static const WindowSize window_sizes[] = { { 1366, 768 }, { 1920, 1080 } };

static FwWindow *
open_sample_at_size (int width,
                     int height)
{
  g_autofree char *path = fw_ui_test_sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  FwWindow *window = fw_window_new (GTK_APPLICATION (fw_ui_test_get_app ()));

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  fw_window_open_file (window, file);
  g_assert_true (fw_ui_test_wait_idle (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

/* @column lies within the scrolled window around it, which has nothing to scroll sideways. */
static void
assert_in_view (GtkWidget  *column,
                const char *where)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (gtk_widget_get_parent (column),
                                                 GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *hadjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (column, scroller, &bounds));
  if (bounds.origin.x < 0 ||
      bounds.origin.x + bounds.size.width > gtk_widget_get_width (scroller) ||
      gtk_adjustment_get_upper (hadjustment) > gtk_adjustment_get_page_size (hadjustment))
    g_error ("%s: the column spans %.0f to %.0f of a view %d wide that scrolls to %.0f", where,
             bounds.origin.x, bounds.origin.x + bounds.size.width, gtk_widget_get_width (scroller),
             gtk_adjustment_get_upper (hadjustment));
}

/* The left edge of @widget in @window's coordinates. */
static double
left_edge (GtkWidget *widget,
           FwWindow  *window)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &bounds));
  return bounds.origin.x;
}

static void
screenshot (FwWindow   *window,
            const char *name)
{
  g_autofree char *path = fw_ui_test_screenshot_path (name);

  fw_ui_test_screenshot (GTK_WIDGET (window), path);
  g_test_message ("screenshot: %s", path);
}

/*
 * At the most common laptop size and wider, with the inspector open or closed, all four
 * levels are on screen beside it and nothing scrolls sideways; the same for the durable
 * skills' and the AI fluency's four level columns.
 */
static void
test_four_columns_fit (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  for (guint i = 0; i < G_N_ELEMENTS (window_sizes); i++)
    {
      FwWindow *window = open_sample_at_size (window_sizes[i].width, window_sizes[i].height);
      FwLevelsPage *page = levels_page (window);
      FwDurablePage *durable;
      GListModel *domains;
      FwDomain *domain;
      FwStatementList *advanced;
      gboolean small = window_sizes[i].width == 1366;

      for (guint scheme = 0; scheme < (small ? 2 : 1); scheme++)
        {
          /* The scheme changes with the levels in view here; see
           * /ui/grid/scheme-change-while-hidden for a change while they are hidden. */
          fw_window_show_section (window, "levels");
          settle (window);
          adw_style_manager_set_color_scheme (style, scheme ? ADW_COLOR_SCHEME_FORCE_DARK
                                                            : ADW_COLOR_SCHEME_FORCE_LIGHT);
          for (guint inspector = 0; inspector < 2; inspector++)
            {
              g_autofree char *where = g_strdup_printf ("%dx%d, inspector %s",
                                                        window_sizes[i].width,
                                                        window_sizes[i].height,
                                                        inspector ? "open" : "closed");

              fw_window_show_section (window, "levels");
              fw_levels_page_set_inspector_visible (page, inspector);
              settle (window);
              advanced = fw_levels_page_get_column (page, FW_LEVEL_ADVANCED);
              assert_in_view (GTK_WIDGET (advanced), where);
              if (inspector)
                {
                  graphene_rect_t bounds;

                  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (advanced),
                                                            GTK_WIDGET (window), &bounds));
                  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=,
                                     left_edge (GTK_WIDGET (fw_levels_page_get_inspector (page)),
                                                window));
                }
              if (small)
                {
                  g_autofree char *name = g_strdup_printf ("grid-levels-%s%s.png",
                                                           inspector ? "inspector-" : "",
                                                           scheme ? "dark" : "light");

                  screenshot (window, name);
                }
            }

          fw_window_show_section (window, "durable-skills");
          settle (window);
          durable = FW_DURABLE_PAGE (fw_window_get_page (window, "durable-skills"));
          domains = G_LIST_MODEL (fw_document_get_domains (fw_window_get_document (window)));
          domain = g_list_model_get_item (domains, 0);
          g_assert_nonnull (domain);
          assert_in_view (GTK_WIDGET (fw_durable_page_get_cell (durable, domain,
                                                                FW_DURABLE_EXCEEDING)),
                          "durable skills");
          g_object_unref (domain);
          if (small)
            screenshot (window, scheme ? "grid-durable-dark.png" : "grid-durable-light.png");
          fw_window_show_section (window, "ai-fluency");
          settle (window);
          assert_in_view (GTK_WIDGET (fw_ai_page_get_list (
                            FW_AI_PAGE (fw_window_get_page (window, "ai-fluency")),
                            FW_LEVEL_ADVANCED)),
                          "AI fluency");
          if (small)
            screenshot (window, scheme ? "grid-ai-dark.png" : "grid-ai-light.png");
        }
      adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/*
 * The colour scheme changes while another section is shown, and the inspector is closed
 * there (as when the page is left with it open) or opened in the same frame that brings the
 * levels back (as showing a finding's note does). Back on the levels, every part of the page
 * is laid out before it is drawn: GTK warns "Trying to snapshot … without a current
 * allocation" otherwise, and g_test_init() makes that warning fatal here.
 */
static void
test_scheme_change_while_hidden (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  FwWindow *window = open_sample_at_size (1366, 768);
  FwLevelsPage *page = levels_page (window);

  for (guint scheme = 0; scheme < 2; scheme++)
    {
      fw_window_show_section (window, "levels");
      fw_levels_page_set_inspector_visible (page, scheme == 0);
      settle (window);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s",
                                                 "ai-fluency"));
      settle (window);
      adw_style_manager_set_color_scheme (style, scheme ? ADW_COLOR_SCHEME_FORCE_LIGHT
                                                        : ADW_COLOR_SCHEME_FORCE_DARK);
      settle (window);
      if (scheme == 0)
        {
          fw_levels_page_set_inspector_visible (page, FALSE);
          settle (window);
        }
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s",
                                                 "levels"));
      if (scheme == 1)
        fw_levels_page_set_inspector_visible (page, TRUE);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      settle (window);
      g_assert_cmpstr (fw_window_get_section (window), ==, "levels");
      g_assert_true (fw_levels_page_get_inspector_visible (page) == (scheme == 1));
      assert_in_view (GTK_WIDGET (fw_levels_page_get_column (page, FW_LEVEL_ADVANCED)),
                      scheme ? "inspector opened on return" : "inspector closed while away");
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  fw_ui_test_add ("/ui/grid/delete-last-focuses-add", test_delete_last_statement_focuses_add);
  fw_ui_test_add ("/ui/grid/sideways-needs-neighbour", test_sideways_moves_need_a_neighbour);
  fw_ui_test_add ("/ui/grid/level-edges", test_level_edges_disable_moves);

  fw_ui_test_add ("/ui/grid/card-text-not-clipped", test_card_text_is_not_clipped);

  fw_ui_test_add ("/ui/grid/four-columns-fit", test_four_columns_fit);
  fw_ui_test_add ("/ui/grid/scheme-change-while-hidden", test_scheme_change_while_hidden);

  return fw_ui_test_run ();
}
