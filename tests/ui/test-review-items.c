/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-apprenticeship-row.h"
#include "fw-correction-popover.h"
#include "fw-onet-page.h"
#include "fw-preferences-window.h"
#include "fw-review-items.h"
#include "fw-statement-list.h"
#include "fw-statement-row.h"
#include "fw-ui-test.h"

#include "fw-ui-editor-util.h"

/* Review mode: annotating O*NET list entries and the job zone, and statement cards, from their
 * context menus; the markers of annotated entries; the reviewer name of the preferences. */

static void
collect_badges (GtkWidget *widget,
                GPtrArray *badges)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "badge"))
    g_ptr_array_add (badges, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_badges (child, badges);
}

/* The sidebar's corrections badge (the first one), or "" when hidden. */
static const char *
badge_text (FwWindow *window)
{
  g_autoptr(GPtrArray) badges = g_ptr_array_new ();
  GtkLabel *badge;

  collect_badges (GTK_WIDGET (window), badges);
  g_assert_cmpuint (badges->len, ==, 2);
  badge = g_ptr_array_index (badges, 0);
  return gtk_widget_get_visible (GTK_WIDGET (badge)) ? gtk_label_get_label (badge) : "";
}

typedef struct
{
  GtkWidget *page;
  GtkWidget *widget;
} OnScreen;

static gboolean
on_screen_cb (gpointer data)
{
  OnScreen *on_screen = data;
  graphene_rect_t bounds;

  return gtk_widget_compute_bounds (on_screen->widget, on_screen->page, &bounds) &&
         bounds.origin.y >= 0 &&
         bounds.origin.y + 48 <= gtk_widget_get_height (on_screen->page);
}

/* Focuses @widget and waits until the page has scrolled it into view. */
static void
focus_on_screen (FwOnetPage *page,
                 GtkWidget  *widget)
{
  OnScreen on_screen = { GTK_WIDGET (page), widget };

  g_assert_true (gtk_widget_grab_focus (widget));
  g_assert_true (fw_ui_test_wait_until (on_screen_cb, &on_screen, 5000));
  fw_ui_test_iterate (100);
}

/* The right-click gesture of @widget, pressed at @x, @y (in @widget's coordinates). */
static void
right_click (GtkWidget *widget,
             double     x,
             double     y)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller) &&
          gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (controller)) == GDK_BUTTON_SECONDARY)
        {
          g_signal_emit_by_name (controller, "pressed", 1, x, y);
          fw_ui_test_iterate (50);
          return;
        }
    }
  g_assert_not_reached ();
}

/* The menu of the context popover that the right click opened on @parent. */
static GMenuModel *
shown_menu (GtkWidget *parent)
{
  for (GtkWidget *child = gtk_widget_get_first_child (parent); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_POPOVER_MENU (child) && gtk_widget_get_visible (child))
        return gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (child));
    }
  return NULL;
}

/* Activates item @index of @menu on @widget as a click on it would. */
static void
activate_menu_item (GtkWidget  *widget,
                    GMenuModel *menu,
                    int         index)
{
  g_autofree char *action = NULL;
  g_autoptr(GVariant) target = NULL;

  g_assert_true (g_menu_model_get_item_attribute (menu, index, G_MENU_ATTRIBUTE_ACTION, "s",
                                                  &action));
  target = g_menu_model_get_item_attribute_value (menu, index, G_MENU_ATTRIBUTE_TARGET, NULL);
  g_assert_true (gtk_widget_activate_action_variant (widget, action, target));
  fw_ui_test_iterate (100);
}

static FwCorrection *
marker_correction (GtkWidget *marker)
{
  GtkPopover *popover;

  gtk_menu_button_popup (GTK_MENU_BUTTON (marker));
  fw_ui_test_iterate (100);
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (marker));
  g_assert_true (FW_IS_CORRECTION_POPOVER (popover));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  return fw_correction_popover_get_correction (FW_CORRECTION_POPOVER (popover));
}

/* A related title: its right-click menu annotates it by its id; the entry's marker opens the
 * correction; undo removes it and the marker. */
static void
test_annotate_title (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwDocument *document = fw_window_get_document (window);
  FwOnet *onet = fw_document_get_onet (document);
  GListModel *corrections = G_LIST_MODEL (fw_document_get_corrections (document));
  FwOnetPage *page = fw_ui_util_onet_page (window);
  FwStringListEditor *titles = fw_onet_page_get_list_editor (page, "related-titles");
  GtkWidget *entry;
  GMenuModel *menu;
  GtkWidget *marker;
  FwCorrection *correction;
  graphene_point_t point;

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 700);
  fw_window_show_section (window, "onet");
  fw_ui_test_iterate (100);
  entry = fw_string_list_editor_get_entry (titles, 1);
  focus_on_screen (page, entry);
  g_assert_null (fw_onet_page_get_list_marker (page, "related-titles", 1));
  g_assert_cmpstr (badge_text (window), ==, "");

  /* A right click on the title's entry offers to annotate it, and the job zone. */
  g_assert_true (gtk_widget_compute_point (entry, GTK_WIDGET (page),
                                           &GRAPHENE_POINT_INIT (20, 10), &point));
  right_click (GTK_WIDGET (page), point.x, point.y);
  menu = shown_menu (GTK_WIDGET (page));
  g_assert_nonnull (menu);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  activate_menu_item (GTK_WIDGET (page), menu, 0);

  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 1);
  g_assert_cmpstr (badge_text (window), ==, "1");
  g_assert_cmpstr (fw_window_get_section (window), ==, "onet");
  g_assert_null (fw_onet_page_get_list_marker (page, "related-titles", 0));
  marker = fw_onet_page_get_list_marker (page, "related-titles", 1);
  g_assert_nonnull (marker);
  correction = marker_correction (marker);
  g_assert_cmpstr (fw_correction_get_item_type (correction), ==, "title");
  g_assert_cmpstr (fw_correction_get_item_id (correction), ==,
                   fw_onet_get_item_ids (onet, "related-titles")[1]);
  g_assert_cmpstr (fw_correction_get_current (correction), ==,
                   fw_onet_get_strv (onet, "related-titles")[1]);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (marker));
  fw_ui_test_iterate (50);

  /* A skill is annotated the same way, through the menu the page builds for its entry. */
  entry = fw_string_list_editor_get_entry (fw_onet_page_get_list_editor (page, "skills"), 0);
  focus_on_screen (page, entry);
  menu = fw_onet_page_get_context_menu (page, entry);
  activate_menu_item (GTK_WIDGET (page), menu, 0);
  g_object_unref (menu);
  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 2);
  g_assert_cmpstr (badge_text (window), ==, "2");
  marker = fw_onet_page_get_list_marker (page, "skills", 0);
  g_assert_nonnull (marker);
  g_assert_cmpstr (fw_correction_get_item_type (marker_correction (marker)), ==, "skill");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (marker));
  fw_ui_test_iterate (50);

  fw_ui_util_undo (window);
  fw_ui_util_undo (window);
  fw_ui_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 0);
  g_assert_cmpstr (badge_text (window), ==, "");
  g_assert_null (fw_onet_page_get_list_marker (page, "related-titles", 1));
  g_assert_null (fw_onet_page_get_list_marker (page, "skills", 0));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* An apprenticeship: its row's right-click menu annotates it by its id; the row's marker opens
 * the correction. */
static void
test_annotate_apprenticeship (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwDocument *document = fw_window_get_document (window);
  GListModel *apprenticeships = G_LIST_MODEL (
    fw_onet_get_apprenticeships (fw_document_get_onet (document)));
  g_autoptr(FwApprenticeship) apprenticeship = g_list_model_get_item (apprenticeships, 0);
  GListModel *corrections = G_LIST_MODEL (fw_document_get_corrections (document));
  FwOnetPage *page = fw_ui_util_onet_page (window);
  GtkWidget *entry;
  GtkWidget *row;
  GMenuModel *menu;
  GtkWidget *marker;
  FwCorrection *correction;
  graphene_point_t point;

  g_assert_nonnull (apprenticeship);
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 700);
  fw_window_show_section (window, "onet");
  fw_ui_test_iterate (100);
  entry = fw_onet_page_get_item_entry (page, "apprenticeships", 0, "title");
  row = gtk_widget_get_ancestor (entry, FW_TYPE_APPRENTICESHIP_ROW);
  fw_ui_test_iterate (300);
  /* The row's header scrolled to the top of the view. */
  {
    GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (
      gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW));
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

    g_assert_true (gtk_widget_compute_point (row, gtk_scrolled_window_get_child (scrolled),
                                             &GRAPHENE_POINT_INIT (0, 0), &point));
    gtk_adjustment_set_value (adjustment, point.y - 20);
    g_assert_true (fw_ui_test_wait_until (on_screen_cb, &(OnScreen) { GTK_WIDGET (page), row },
                                          5000));
  }
  g_assert_null (fw_onet_page_get_apprenticeship_marker (page, 0));

  g_assert_true (gtk_widget_compute_point (row, GTK_WIDGET (page),
                                           &GRAPHENE_POINT_INIT (40, 15), &point));
  right_click (GTK_WIDGET (page), point.x, point.y);
  menu = shown_menu (GTK_WIDGET (page));
  g_assert_nonnull (menu);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  activate_menu_item (GTK_WIDGET (page), menu, 0);

  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 1);
  g_assert_cmpstr (badge_text (window), ==, "1");
  marker = fw_onet_page_get_apprenticeship_marker (page, 0);
  g_assert_nonnull (marker);
  correction = marker_correction (marker);
  g_assert_cmpstr (fw_correction_get_item_type (correction), ==, "apprenticeship");
  g_assert_cmpstr (fw_correction_get_item_id (correction), ==,
                   fw_apprenticeship_get_id (apprenticeship));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (marker));
  fw_ui_test_iterate (50);

  fw_ui_util_undo (window);
  fw_ui_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 0);
  g_assert_null (fw_onet_page_get_apprenticeship_marker (page, 0));
  g_assert_cmpstr (badge_text (window), ==, "");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The job zone: the page's context menu annotates it, and the summary's Job Zone row shows a
 * marker that opens the correction; Ctrl+Shift+M on that row does the same; undo removes it. */
static void
test_annotate_job_zone (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwDocument *document = fw_window_get_document (window);
  GListModel *corrections = G_LIST_MODEL (fw_document_get_corrections (document));
  FwOnetPage *page = fw_ui_util_onet_page (window);
  g_autoptr(GMenuModel) menu = NULL;
  g_autoptr(FwCorrection) correction = NULL;
  g_autofree char *zone = g_strdup_printf ("%d", fw_document_get_job_zone (document));
  g_autofree char *action = NULL;
  GtkWidget *row = fw_onet_page_get_job_zone_row (page);
  GtkWidget *marker;

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 700);
  fw_window_show_section (window, "onet");
  fw_ui_test_iterate (100);
  focus_on_screen (page, row);
  g_assert_null (fw_onet_page_get_job_zone_marker (page));
  menu = fw_onet_page_get_context_menu (page, row);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 1);
  g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_ACTION, "s",
                                                  &action));
  g_assert_cmpstr (action, ==, "onet.annotate-job-zone");
  activate_menu_item (GTK_WIDGET (page), menu, 0);

  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 1);
  correction = g_list_model_get_item (corrections, 0);
  g_assert_cmpstr (fw_correction_get_item_type (correction), ==, "job-zone");
  g_assert_cmpstr (fw_correction_get_current (correction), ==, zone);
  g_assert_cmpstr (fw_correction_get_status (correction), ==, "open");
  g_assert_cmpstr (badge_text (window), ==, "1");
  /* The correction opens where the job zone shows, not on another page. */
  g_assert_cmpstr (fw_window_get_section (window), ==, "onet");
  marker = fw_onet_page_get_job_zone_marker (page);
  g_assert_nonnull (marker);
  g_assert_true (gtk_widget_is_ancestor (marker, row));
  g_assert_true (gtk_widget_get_mapped (marker));
  g_assert_true (marker_correction (marker) == correction);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (marker));
  fw_ui_test_iterate (50);

  fw_ui_util_undo (window);
  fw_ui_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 0);
  g_assert_cmpstr (badge_text (window), ==, "");
  g_assert_null (fw_onet_page_get_job_zone_marker (page));

  /* Ctrl+Shift+M on the Job Zone row annotates the job zone too. */
  g_assert_true (gtk_widget_grab_focus (row));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "onet.annotate", NULL));
  fw_ui_test_iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 1);
  marker = fw_onet_page_get_job_zone_marker (page);
  g_assert_nonnull (marker);
  g_assert_cmpstr (fw_correction_get_item_type (marker_correction (marker)), ==, "job-zone");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (marker));
  fw_ui_test_iterate (50);
  fw_ui_util_undo (window);
  g_assert_null (fw_onet_page_get_job_zone_marker (page));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A statement card: a right click selects it and offers "Annotate…", which annotates it. */
static void
test_statement_menu (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwDocument *document = fw_window_get_document (window);
  FwLevel *level = fw_document_get_level (document, FW_LEVEL_DEVELOPING);
  g_autoptr(FwStatement) statement = g_list_model_get_item (
    G_LIST_MODEL (fw_level_get_statements (level)), 1);
  GListModel *corrections = G_LIST_MODEL (fw_document_get_corrections (document));
  g_autoptr(FwCorrection) correction = NULL;
  g_autofree char *label = NULL;
  FwStatementRow *row;
  FwStatementList *list;
  GMenuModel *menu;

  fw_window_show_section (window, "levels");
  fw_ui_test_wait_for_rows (window);
  row = FW_STATEMENT_ROW (fw_ui_test_find_row (window, statement));
  g_assert_nonnull (row);
  list = FW_STATEMENT_LIST (gtk_widget_get_ancestor (GTK_WIDGET (row), FW_TYPE_STATEMENT_LIST));
  g_assert_true (fw_statement_list_get_selected (list) != statement);

  right_click (GTK_WIDGET (row), 5, 5);
  g_assert_true (fw_statement_list_get_selected (list) == statement);
  menu = shown_menu (GTK_WIDGET (row));
  g_assert_nonnull (menu);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 1);
  g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "_Annotate…");
  activate_menu_item (GTK_WIDGET (row), menu, 0);

  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 1);
  correction = g_list_model_get_item (corrections, 0);
  g_assert_cmpstr (fw_correction_get_item_type (correction), ==, "statement");
  g_assert_cmpstr (fw_correction_get_item_id (correction), ==, fw_statement_get_id (statement));
  g_assert_true (fw_statement_row_get_annotated (row));
  g_assert_cmpstr (badge_text (window), ==, "1");
  gtk_popover_popdown (GTK_POPOVER (fw_statement_row_get_correction_popover (row)));
  fw_ui_test_iterate (50);

  fw_ui_util_undo (window);
  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 0);
  g_assert_false (fw_statement_row_get_annotated (row));
  g_assert_cmpstr (badge_text (window), ==, "");

  gtk_window_destroy (GTK_WINDOW (window));
}

static FwPreferencesWindow *
shown_preferences (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (FW_IS_PREFERENCES_WINDOW (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return FW_PREFERENCES_WINDOW (toplevel);
    }
  return NULL;
}

static void
shoot (GtkWidget  *widget,
       const char *name,
       gboolean    dark)
{
  g_autofree char *file = g_strdup_printf ("review-items-%s-%s.png", name,
                                           dark ? "dark" : "light");
  g_autofree char *path = fw_ui_test_screenshot_path (file);

  gtk_test_widget_wait_for_draw (widget);
  fw_ui_test_screenshot (widget, path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* The reviewer name typed in Preferences (app.preferences, Ctrl+comma) goes into the settings
 * and into every correction and reply written after; empty, the account's real name does. */
static void
test_reviewer_preference (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwDocument *document = fw_window_get_document (window);
  GListModel *corrections = G_LIST_MODEL (fw_document_get_corrections (document));
  FwOnetPage *page = fw_ui_util_onet_page (window);
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(FwCorrectionReply) reply = NULL;
  g_autofree char *stored = NULL;
  FwPreferencesWindow *preferences;
  FwCorrectionPopover *popover;
  GtkWidget *entry;
  GMenuModel *menu;
  GtkWidget *marker;
  FwCorrection *correction;

  fw_window_show_section (window, "onet");
  fw_ui_test_iterate (100);
  g_assert_null (shown_preferences ());
  g_action_group_activate_action (G_ACTION_GROUP (fw_ui_test_get_app ()), "preferences", NULL);
  fw_ui_test_iterate (200);
  preferences = shown_preferences ();
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preferences)) == GTK_WINDOW (window));
  entry = fw_preferences_window_get_reviewer_row (preferences);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Grace Hopper");
  fw_ui_test_iterate (50);
  stored = g_settings_get_string (settings, "reviewer-name");
  g_assert_cmpstr (stored, ==, "Grace Hopper");
  for (guint dark = 0; dark < 2; dark++)
    {
      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                      : ADW_COLOR_SCHEME_FORCE_LIGHT);
      fw_ui_test_iterate (150);
      shoot (GTK_WIDGET (preferences), "preferences", dark);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_close (GTK_WINDOW (preferences));
  fw_ui_test_iterate (100);

  /* A related title annotated from its menu, and a reply to it, carry that name. */
  entry = fw_string_list_editor_get_entry (fw_onet_page_get_list_editor (page, "related-titles"),
                                           0);
  focus_on_screen (page, entry);
  menu = fw_onet_page_get_context_menu (page, entry);
  activate_menu_item (GTK_WIDGET (page), menu, 0);
  g_object_unref (menu);
  marker = fw_onet_page_get_list_marker (page, "related-titles", 0);
  g_assert_nonnull (marker);
  correction = marker_correction (marker);
  g_assert_cmpstr (fw_correction_get_reviewer (correction), ==, "Grace Hopper");
  popover = FW_CORRECTION_POPOVER (gtk_menu_button_get_popover (GTK_MENU_BUTTON (marker)));
  gtk_editable_set_text (GTK_EDITABLE (fw_correction_popover_get_part (popover, "reply-entry")),
                         "Listed for another occupation.");
  g_signal_emit_by_name (fw_correction_popover_get_part (popover, "reply-button"), "clicked");
  fw_ui_test_iterate (50);
  reply = g_list_model_get_item (G_LIST_MODEL (fw_correction_get_replies (correction)), 0);
  g_assert_nonnull (reply);
  g_assert_cmpstr (fw_correction_reply_get_author (reply), ==, "Grace Hopper");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (marker));
  fw_ui_test_iterate (50);

  /* Cleared, the name is the account's. */
  g_settings_reset (settings, "reviewer-name");
  g_assert_nonnull (fw_onet_page_annotate_job_zone (page));
  fw_ui_test_iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 2);
  correction = fw_review_find_pending (document, "job-zone", "");
  g_assert_nonnull (correction);
  g_assert_cmpstr (fw_correction_get_reviewer (correction), ==, fw_review_default_reviewer ());
  if (g_strcmp0 (g_get_real_name (), "Unknown") != 0 && g_get_real_name ()[0] != '\0')
    g_assert_cmpstr (fw_correction_get_reviewer (correction), ==, g_get_real_name ());
  marker = fw_onet_page_get_job_zone_marker (page);
  if (marker != NULL)
    gtk_menu_button_popdown (GTK_MENU_BUTTON (marker));
  fw_ui_test_iterate (50);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The O*NET page with annotated items (their markers), light and dark, at 1366x768. */
static void
test_screenshots (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwOnetPage *page = fw_ui_util_onet_page (window);
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *entry;
  GtkWidget *marker;

  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_unmaximize (GTK_WINDOW (window));
  fw_window_show_section (window, "onet");
  fw_ui_test_iterate (200);
  g_assert_nonnull (fw_onet_page_annotate_job_zone (page));
  g_assert_nonnull (fw_onet_page_annotate_apprenticeship (page, 0));
  g_assert_nonnull (fw_onet_page_annotate_list_item (page, "related-titles", 1));
  fw_ui_test_iterate (100);
  for (guint dark = 0; dark < 2; dark++)
    {
      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                      : ADW_COLOR_SCHEME_FORCE_LIGHT);
      /* The summary (job zone) and the apprenticeships, then the related titles. */
      focus_on_screen (page, fw_onet_page_get_job_zone_row (page));
      fw_ui_test_iterate (150);
      shoot (GTK_WIDGET (window), "onet-top", dark);
      entry = fw_string_list_editor_get_entry (
        fw_onet_page_get_list_editor (page, "related-titles"), 1);
      focus_on_screen (page, entry);
      fw_ui_test_iterate (150);
      shoot (GTK_WIDGET (window), "onet-titles", dark);
      /* The correction it opens, with all its fields (a surface of its own). */
      marker = fw_onet_page_get_list_marker (page, "related-titles", 1);
      gtk_menu_button_popup (GTK_MENU_BUTTON (marker));
      fw_ui_test_iterate (300);
      shoot (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (marker))), "onet-popover",
             dark);
      gtk_menu_button_popdown (GTK_MENU_BUTTON (marker));
      fw_ui_test_iterate (100);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  fw_ui_test_add ("/ui/review-items/annotate-title", test_annotate_title);
  fw_ui_test_add ("/ui/review-items/annotate-apprenticeship", test_annotate_apprenticeship);
  fw_ui_test_add ("/ui/review-items/annotate-job-zone", test_annotate_job_zone);
  fw_ui_test_add ("/ui/review-items/statement-menu", test_statement_menu);
  fw_ui_test_add ("/ui/review-items/reviewer-preference", test_reviewer_preference);
  fw_ui_test_add ("/ui/review-items/screenshots", test_screenshots);

  return fw_ui_test_run ();
}
