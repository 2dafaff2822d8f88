/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <errno.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "fw-error.h"
#include "fw-formats.h"
#include "fw-ui-test.h"
#include "fw-window-private.h"
#include "fw-tooltip.h"
#include "tests/fw-test-hooks.h"

#include "fw-ui-editor-util.h"

/* Edit, undo and redo through the real widgets ------------------------------------------- */

static void
test_edit_undo_redo (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwStatement *statement = fw_ui_util_statement_at (window, FW_LEVEL_EMERGING, 0);
  g_autofree char *original = g_strdup (fw_statement_get_headline (statement));
  GtkWidget *headline = fw_ui_util_field_widget (window, statement, FW_STATEMENT_FIELD_HEADLINE);
  g_autofree char *shown = NULL;
  g_autofree char *title_before = g_strdup (fw_ui_util_shown_title (window));

  gtk_widget_grab_focus (headline);
  fw_ui_test_set_text_view (headline, "Imaging controls");
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "Imaging controls");
  g_assert_true (fw_ui_util_is_dirty (window));
  g_assert_true (g_str_has_prefix (fw_ui_util_shown_title (window), "•"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, original);
  /* The widget follows the model without running a command of its own. */
  headline = fw_ui_util_field_widget (window, statement, FW_STATEMENT_FIELD_HEADLINE);
  shown = fw_ui_util_text_view_text (headline);
  g_assert_cmpstr (shown, ==, original);
  g_assert_cmpstr (fw_ui_util_shown_title (window), ==, title_before);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "Imaging controls");
  g_clear_pointer (&shown, g_free);
  shown = fw_ui_util_text_view_text (headline);
  g_assert_cmpstr (shown, ==, "Imaging controls");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_typing_is_one_undo_step (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwStatement *statement = fw_ui_util_statement_at (window, FW_LEVEL_DEVELOPING, 1);
  g_autofree char *original = g_strdup (fw_statement_get_body (statement));
  GtkWidget *body = fw_ui_util_field_widget (window, statement, FW_STATEMENT_FIELD_BODY);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (body));
  g_autofree char *expected = g_strconcat (original, " daily", NULL);
  GtkTextIter end;

  gtk_widget_grab_focus (body);
  for (const char *p = " daily"; *p != '\0'; p++)
    {
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert (buffer, &end, p, 1);
    }
  g_assert_cmpstr (fw_statement_get_body (statement), ==, expected);

  /* Six keystrokes, one burst: a single undo brings the old body back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (fw_statement_get_body (statement), ==, original);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Reordering ----------------------------------------------------------------------------- */

static void
test_reorder_by_keyboard (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwLevelsPage *page = fw_ui_util_levels_page (window);
  FwStatement *statement = fw_ui_util_statement_at (window, FW_LEVEL_EMERGING, 0);
  guint n_emerging = fw_ui_util_n_statements (window, FW_LEVEL_EMERGING);
  guint n_developing = fw_ui_util_n_statements (window, FW_LEVEL_DEVELOPING);

  fw_window_show_section (window, "levels");
  g_assert_true (fw_levels_page_select_statement (page, statement, FW_STATEMENT_FIELD_HEADLINE));

  /* Alt+Down */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "statement.move-down", NULL));
  g_assert_cmpuint (fw_ui_util_position_of (window, FW_LEVEL_EMERGING, statement), ==, 1);
  g_assert_true (fw_levels_page_get_selected (page) == statement);
  /* The focus stays in the field that was being edited, in the moved row. */
  g_assert_true (gtk_widget_has_focus (fw_ui_util_field_widget (window, statement, FW_STATEMENT_FIELD_HEADLINE)));

  /* Alt+Right: to the same row of the next level */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "statement.move-right", NULL));
  g_assert_cmpuint (fw_ui_util_position_of (window, FW_LEVEL_EMERGING, statement), ==, G_MAXUINT);
  g_assert_cmpuint (fw_ui_util_position_of (window, FW_LEVEL_DEVELOPING, statement), ==, 1);
  g_assert_cmpuint (fw_ui_util_n_statements (window, FW_LEVEL_EMERGING), ==, n_emerging - 1);
  g_assert_cmpuint (fw_ui_util_n_statements (window, FW_LEVEL_DEVELOPING), ==, n_developing + 1);
  g_assert_true (fw_levels_page_get_selected (page) == statement);

  /* Alt+Up, Alt+Left */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "statement.move-up", NULL));
  g_assert_cmpuint (fw_ui_util_position_of (window, FW_LEVEL_DEVELOPING, statement), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "statement.move-left", NULL));
  g_assert_cmpuint (fw_ui_util_position_of (window, FW_LEVEL_EMERGING, statement), ==, 0);
  g_assert_cmpuint (fw_ui_util_n_statements (window, FW_LEVEL_DEVELOPING), ==, n_developing);

  /* At the edges the moves are disabled rather than wrapping around. */
  gtk_widget_activate_action (GTK_WIDGET (page), "statement.move-left", NULL);
  g_assert_cmpuint (fw_ui_util_position_of (window, FW_LEVEL_EMERGING, statement), ==, 0);

  /* Each move is one undo step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (fw_ui_util_position_of (window, FW_LEVEL_DEVELOPING, statement), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (fw_ui_util_position_of (window, FW_LEVEL_DEVELOPING, statement), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkDropTarget *
column_drop_target (FwStatementList *column)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (column));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  g_assert_not_reached ();
}

/* Emits the drop target's "drop" with the statement at @y (column coordinates). */
static gboolean
drop_on (FwStatementList *column,
         FwStatement   *statement,
         double         y)
{
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  g_value_init (&value, FW_TYPE_STATEMENT);
  g_value_set_object (&value, statement);
  g_signal_emit_by_name (column_drop_target (column), "drop", &value, 20.0, y, &accepted);
  g_value_unset (&value);
  return accepted;
}

static double
row_y (FwWindow      *window,
       FwStatementList *column,
       FwStatement   *statement,
       double         fraction)
{
  GtkWidget *row = fw_ui_test_find_row (window, statement);
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (row, GTK_WIDGET (column), &bounds));
  return bounds.origin.y + bounds.size.height * fraction;
}

static void
test_reorder_by_drop (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwLevelsPage *page = fw_ui_util_levels_page (window);
  FwStatementList *developing = fw_levels_page_get_column (page, FW_LEVEL_DEVELOPING);
  FwStatementList *emerging = fw_levels_page_get_column (page, FW_LEVEL_EMERGING);
  FwStatement *moved = fw_ui_util_statement_at (window, FW_LEVEL_EMERGING, 0);
  FwStatement *target = fw_ui_util_statement_at (window, FW_LEVEL_DEVELOPING, 2);
  FwStatement *third;
  guint n_developing = fw_ui_util_n_statements (window, FW_LEVEL_DEVELOPING);

  fw_window_show_section (window, "levels");
  fw_ui_test_wait_for_rows (window);

  /* Upper half of the third Developing row: the statement lands before it. */
  g_assert_true (drop_on (developing, moved, row_y (window, developing, target, 0.25)));
  g_assert_cmpuint (fw_ui_util_position_of (window, FW_LEVEL_DEVELOPING, moved), ==, 2);
  g_assert_cmpuint (fw_ui_util_position_of (window, FW_LEVEL_DEVELOPING, target), ==, 3);
  g_assert_cmpuint (fw_ui_util_n_statements (window, FW_LEVEL_DEVELOPING), ==, n_developing + 1);
  g_assert_true (fw_levels_page_get_selected (page) == moved);

  /* Within a level, lower half of a row: after it. */
  fw_ui_test_iterate (50);
  third = fw_ui_util_statement_at (window, FW_LEVEL_EMERGING, 2);
  g_assert_true (drop_on (emerging, fw_ui_util_statement_at (window, FW_LEVEL_EMERGING, 0),
                          row_y (window, emerging, third, 0.75)));
  g_assert_cmpuint (fw_ui_util_position_of (window, FW_LEVEL_EMERGING, third), ==, 1);

  /* A drop is one undo step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (fw_ui_util_position_of (window, FW_LEVEL_EMERGING, moved), ==, 0);
  g_assert_cmpuint (fw_ui_util_n_statements (window, FW_LEVEL_DEVELOPING), ==, n_developing);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Add, duplicate, delete ----------------------------------------------------------------- */

static void
test_add_duplicate_delete (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwLevelsPage *page = fw_ui_util_levels_page (window);
  FwStatement *anchor = fw_ui_util_statement_at (window, FW_LEVEL_PROFICIENT, 3);
  guint n = fw_ui_util_n_statements (window, FW_LEVEL_PROFICIENT);
  FwStatement *added;
  FwStatement *copy;
  GtkWidget *headline;

  fw_window_show_section (window, "levels");
  g_assert_true (fw_levels_page_select_statement (page, anchor, FW_STATEMENT_FIELD_NONE));

  /* Ctrl+Enter: an empty statement after the selection, ready for typing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "statement.add-after", NULL));
  g_assert_cmpuint (fw_ui_util_n_statements (window, FW_LEVEL_PROFICIENT), ==, n + 1);
  added = fw_ui_util_statement_at (window, FW_LEVEL_PROFICIENT, 4);
  g_assert_cmpstr (fw_statement_get_headline (added), ==, "");
  headline = fw_ui_util_field_widget (window, added, FW_STATEMENT_FIELD_HEADLINE);
  g_assert_true (gtk_widget_has_focus (headline));
  fw_ui_test_set_text_view (headline, "Contrast reactions");
  g_assert_cmpstr (fw_statement_get_headline (added), ==, "Contrast reactions");

  /* Ctrl+D */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "statement.duplicate", NULL));
  copy = fw_ui_util_statement_at (window, FW_LEVEL_PROFICIENT, 5);
  g_assert_true (copy != added);
  g_assert_cmpstr (fw_statement_get_headline (copy), ==, "Contrast reactions");
  g_assert_cmpstr (fw_statement_get_id (copy), !=, fw_statement_get_id (added));
  g_assert_true (fw_levels_page_get_selected (page) == copy);

  /* Delete (on the selected row): twice, the selection moving to the neighbour. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "statement.delete", NULL));
  g_assert_cmpuint (fw_ui_util_n_statements (window, FW_LEVEL_PROFICIENT), ==, n + 1);
  g_assert_true (fw_levels_page_select_statement (page, added, FW_STATEMENT_FIELD_NONE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "statement.delete", NULL));
  g_assert_cmpuint (fw_ui_util_n_statements (window, FW_LEVEL_PROFICIENT), ==, n);
  g_assert_cmpuint (fw_ui_util_position_of (window, FW_LEVEL_PROFICIENT, added), ==, G_MAXUINT);

  /* Undo brings the deleted statement back, with its id. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (fw_ui_util_position_of (window, FW_LEVEL_PROFICIENT, added), ==, 4);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Search, inspector ---------------------------------------------------------------------- */

static void
test_search_filters_and_highlights (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwLevelsPage *page = fw_ui_util_levels_page (window);
  FwStatement *statement = fw_ui_util_statement_at (window, FW_LEVEL_ADVANCED, 2);
  g_autofree char *needle = NULL;
  guint expected[FW_N_LEVELS] = { 0 };
  GtkWidget *row;

  /* Search for a word of one headline, in another case. */
  needle = g_utf8_strup (fw_statement_get_headline (statement), 8);
  for (guint level = 0; level < FW_N_LEVELS; level++)
    {
      for (guint i = 0; i < fw_ui_util_n_statements (window, level); i++)
        expected[level] += fw_statement_matches (fw_ui_util_statement_at (window, level, i), needle);
    }

  fw_window_show_section (window, "levels");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "levels.search", NULL));
  gtk_editable_set_text (fw_levels_page_get_search_entry (page), needle);
  /* GtkSearchEntry waits a little before "search-changed". */
  fw_ui_test_iterate (400);
  for (guint level = 0; level < FW_N_LEVELS; level++)
    g_assert_cmpuint (fw_statement_list_get_n_visible (fw_levels_page_get_column (page, level)), ==,
                      expected[level]);
  g_assert_cmpuint (expected[FW_LEVEL_ADVANCED], >=, 1);
  row = fw_ui_test_find_row (window, statement);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_has_css_class (row, "search-match"));

  gtk_editable_set_text (fw_levels_page_get_search_entry (page), "");
  fw_ui_test_iterate (400);
  g_assert_cmpuint (fw_statement_list_get_n_visible (fw_levels_page_get_column (page, FW_LEVEL_ADVANCED)),
                    ==, fw_ui_util_n_statements (window, FW_LEVEL_ADVANCED));
  g_assert_false (gtk_widget_has_css_class (fw_ui_test_find_row (window, statement), "search-match"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_inspector_note (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwLevelsPage *page = fw_ui_util_levels_page (window);
  FwInspector *inspector = fw_levels_page_get_inspector (page);
  FwStatement *statement = fw_ui_util_statement_at (window, FW_LEVEL_DEVELOPING, 0);
  const char *old_note = fw_statement_get_note (statement);
  g_autofree char *original = g_strdup (old_note);

  g_assert_true (fw_levels_page_select_statement (page, statement, FW_STATEMENT_FIELD_NONE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "levels.toggle-inspector", NULL));
  g_assert_true (fw_levels_page_get_inspector_visible (page));
  g_assert_true (fw_inspector_get_statement (inspector) == statement);

  fw_ui_test_set_text_view (fw_inspector_get_note_view (inspector), "Check with the RSO");
  g_assert_cmpstr (fw_statement_get_note (statement), ==, "Check with the RSO");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (fw_statement_get_note (statement), ==, original);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Overview ------------------------------------------------------------------------------- */

static void
test_overview_edit_undo (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwOverviewPage *page = FW_OVERVIEW_PAGE (fw_window_get_page (window, "overview"));
  FwDocument *document = fw_window_get_document (window);
  g_autofree char *title = g_strdup (fw_document_get_title (document));
  GtkWidget *spin = fw_overview_page_get_field_widget (page, "job-zone");

  fw_window_show_section (window, "overview");
  gtk_editable_set_text (GTK_EDITABLE (fw_overview_page_get_field_widget (page, "title")),
                         "Radiographers");
  g_assert_cmpstr (fw_document_get_title (document), ==, "Radiographers");
  /* The header bar follows the occupation title. */
  g_assert_nonnull (strstr (fw_ui_util_shown_title (window), "Radiographers"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 4);
  g_assert_cmpint (fw_document_get_job_zone (document), ==, 4);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpint (fw_document_get_job_zone (document), !=, 4);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==,
                   fw_document_get_job_zone (document));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (fw_document_get_title (document), ==, title);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fw_overview_page_get_field_widget (page, "title"))),
                   ==, title);

  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
count_statement_rows (GtkWidget *widget)
{
  guint n = FW_IS_STATEMENT_ROW (widget) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_statement_rows (child);
  return n;
}

/* Whether the list in @data has built a row for each of the level's ten statements. */
static gboolean
all_rows_built (gpointer data)
{
  return count_statement_rows (data) == 10;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  GtkWidget *column;
  guint      rows;
  int        filled;
  int        visible;
} FirstFrame;

static void
on_first_frame_painted (GdkFrameClock *clock,
                        FirstFrame    *frame)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_painted, frame);
  frame->rows = count_statement_rows (frame->column);
  frame->filled = gtk_widget_get_height (find_descendant (frame->column, GTK_TYPE_LIST_BOX));
  frame->visible = gtk_widget_get_height (find_descendant (frame->column, GTK_TYPE_SCROLLED_WINDOW));
}

/*
 * A level is built in stages: a few rows, then as many as the first frame can show, the rest
 * right after that frame. Looking a statement up builds everything at once.
 */
static void
test_rows_in_stages (void)
{
  g_autofree char *path = fw_ui_test_sample_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = fw_format_read_file (path, FW_FORMAT_AUTO, NULL, &error);
  FirstFrame frame = { NULL, 0, 0, 0 };
  FwLevel *level;
  guint n;
  GtkWidget *window;
  GtkWidget *column;
  g_autoptr(FwStatement) last = NULL;

  g_assert_no_error (error);
  level = fw_document_get_level (document, FW_LEVEL_EMERGING);
  n = g_list_model_get_n_items (G_LIST_MODEL (fw_level_get_statements (level)));
  g_assert_cmpuint (n, ==, 10);
  last = g_list_model_get_item (G_LIST_MODEL (fw_level_get_statements (level)), n - 1);

  /* On screen: the first frame has rows down to the bottom of the column, not all ten. */
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 300, 500);
  column = g_object_new (FW_TYPE_STATEMENT_LIST, "scrolled", TRUE, NULL);
  frame.column = column;
  gtk_window_set_child (GTK_WINDOW (window), column);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  fw_statement_list_set_store (FW_STATEMENT_LIST (column), document,
                               fw_level_get_statements (level), FW_SECTION_LEVELS);
  g_assert_cmpuint (count_statement_rows (column), >, 0);
  g_assert_cmpuint (count_statement_rows (column), <, n);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_first_frame_painted), &frame);
  gtk_test_widget_wait_for_draw (window);
  g_assert_cmpint (frame.visible, >, 0);
  g_assert_cmpint (frame.filled, >=, frame.visible);
  g_assert_cmpuint (frame.rows, <, n);
  /* The rest follow once the main loop is idle, without anything asking for them. */
  g_assert_true (fw_ui_test_wait_until (all_rows_built, column, 2000));

  /* Off screen: a lookup of a statement not built yet builds the rest. */
  fw_statement_list_set_store (FW_STATEMENT_LIST (column), NULL, NULL, FW_SECTION_LEVELS);
  gtk_widget_set_visible (column, FALSE);
  fw_statement_list_set_store (FW_STATEMENT_LIST (column), document,
                               fw_level_get_statements (level), FW_SECTION_LEVELS);
  g_assert_cmpuint (count_statement_rows (column), <, n);
  g_assert_nonnull (fw_statement_list_find_row (FW_STATEMENT_LIST (column), last));
  g_assert_cmpuint (count_statement_rows (column), ==, n);

  /* The search filters every statement, built or not. */
  fw_statement_list_set_store (FW_STATEMENT_LIST (column), NULL, NULL, FW_SECTION_LEVELS);
  fw_statement_list_set_store (FW_STATEMENT_LIST (column), document,
                               fw_level_get_statements (level), FW_SECTION_LEVELS);
  fw_statement_list_set_filter_text (FW_STATEMENT_LIST (column), fw_statement_get_headline (last));
  g_assert_cmpuint (fw_statement_list_get_n_visible (FW_STATEMENT_LIST (column)), ==, 1);
  g_assert_cmpuint (count_statement_rows (column), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  fw_ui_test_add ("/ui/editor/edit-undo-redo", test_edit_undo_redo);
  fw_ui_test_add ("/ui/editor/typing-burst", test_typing_is_one_undo_step);
  fw_ui_test_add ("/ui/editor/reorder-keyboard", test_reorder_by_keyboard);
  fw_ui_test_add ("/ui/editor/reorder-drop", test_reorder_by_drop);
  fw_ui_test_add ("/ui/editor/add-duplicate-delete", test_add_duplicate_delete);
  fw_ui_test_add ("/ui/editor/search", test_search_filters_and_highlights);
  fw_ui_test_add ("/ui/editor/inspector-note", test_inspector_note);
  fw_ui_test_add ("/ui/editor/overview-edit", test_overview_edit_undo);
  fw_ui_test_add ("/ui/editor/rows-in-stages", test_rows_in_stages);

  return fw_ui_test_run ();
}
