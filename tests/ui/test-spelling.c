/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-inspector.h"
#include "fw-levels-page.h"
#include "fw-spell-buffer.h"
#include "fw-statement-row.h"
#include "fw-ui-editor-util.h"
#include "fw-ui-test.h"

static char *personal_dir;

/* The body editor of the level's first statement, showing @text, the cursor at its end. */
static GtkTextView *
body_view_with (FwWindow   *window,
                const char *text)
{
  FwStatement *statement = fw_ui_util_statement_at (window, FW_LEVEL_EMERGING, 0);
  GtkWidget *row = fw_ui_test_find_row (window, statement);

  g_assert_nonnull (row);
  fw_statement_row_focus_field (FW_STATEMENT_ROW (row), FW_STATEMENT_FIELD_BODY);
  fw_ui_test_set_text_view (fw_statement_row_get_field_widget (FW_STATEMENT_ROW (row),
                                                               FW_STATEMENT_FIELD_BODY), text);
  fw_statement_row_focus_field (FW_STATEMENT_ROW (row), FW_STATEMENT_FIELD_BODY);
  return GTK_TEXT_VIEW (fw_statement_row_get_field_widget (FW_STATEMENT_ROW (row),
                                                           FW_STATEMENT_FIELD_BODY));
}

/* Types @text at the cursor one character at a time, as the keyboard does. */
static void
type_text (GtkTextView *view,
           const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gtk_text_buffer_begin_user_action (buffer);
      gtk_text_buffer_insert_interactive_at_cursor (buffer, p, g_utf8_next_char (p) - p, TRUE);
      gtk_text_buffer_end_user_action (buffer);
      fw_ui_test_iterate (5);
    }
}

static gboolean
check_done (gpointer data)
{
  return !fw_spell_buffer_is_pending (data);
}

static FwSpellBuffer *
wait_for_check (GtkTextView *view)
{
  FwSpellBuffer *spell = fw_spell_buffer_get_for_view (view);

  g_assert_nonnull (spell);
  g_assert_true (fw_ui_test_wait_until (check_done, spell, 5000));
  return spell;
}

/* The marked words of @view, as "start-end" character offsets joined by spaces. */
static char *
marked_ranges (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextTag *tag = fw_spell_buffer_get_tag (fw_spell_buffer_get_for_view (view));
  GString *ranges = g_string_new (NULL);
  GtkTextIter iter;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  while (gtk_text_iter_starts_tag (&iter, tag) || gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    {
      int start = gtk_text_iter_get_offset (&iter);

      gtk_text_iter_forward_to_tag_toggle (&iter, tag);
      g_string_append_printf (ranges, "%s%d-%d", ranges->len > 0 ? " " : "", start,
                              gtk_text_iter_get_offset (&iter));
    }
  return g_string_free (ranges, FALSE);
}

static char *
range_of (const char *text,
          const char *word)
{
  const char *at = strstr (text, word);

  g_assert_nonnull (at);
  return g_strdup_printf ("%ld-%ld", g_utf8_pointer_to_offset (text, at),
                          g_utf8_pointer_to_offset (text, at) + g_utf8_strlen (word, -1));
}

/* Whether the spell section of @view's context menu offers to replace the word by @word. */
static gboolean
menu_offers (GtkTextView *view,
             const char  *word)
{
  GMenuModel *menu = fw_spell_buffer_get_menu (fw_spell_buffer_get_for_view (view));

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *action = NULL;
          g_autoptr(GVariant) target = NULL;

          target = g_menu_model_get_item_attribute_value (section, j, G_MENU_ATTRIBUTE_TARGET,
                                                          G_VARIANT_TYPE_STRING);
          if (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &action) &&
              g_str_equal (action, "spell.replace") && target != NULL &&
              g_str_equal (g_variant_get_string (target, NULL), word))
            return TRUE;
        }
    }
  return FALSE;
}

/* Opens the context menu's spell section for the word that starts at @offset. */
static void
menu_for_word_at (GtkTextView *view,
                  int          offset)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (view), &iter, offset + 2);
  fw_spell_buffer_update_menu_at (fw_spell_buffer_get_for_view (view), &iter);
}

/* A misspelt word typed into a statement body is underlined, that word and nothing else. */
static void
test_spelling_marks_typed_word (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  GtkTextView *view = body_view_with (window, "Positions the patient for ");
  g_autofree char *expected = NULL;
  g_autofree char *marked = NULL;

  type_text (view, "radiograhpy");
  wait_for_check (view);
  marked = marked_ranges (view);
  expected = range_of ("Positions the patient for radiograhpy", "radiograhpy");
  g_assert_cmpstr (marked, ==, expected);
  g_assert_cmpstr (fw_statement_get_body (fw_ui_util_statement_at (window, FW_LEVEL_EMERGING, 0)),
                   ==, "Positions the patient for radiograhpy");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The context menu suggests the right word; choosing it is one undo step. */
static void
test_spelling_suggestion_replaces (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  GtkTextView *view = body_view_with (window, "Positions the patient for ");
  FwStatement *statement = fw_ui_util_statement_at (window, FW_LEVEL_EMERGING, 0);
  g_autofree char *marked = NULL;

  type_text (view, "radiograhpy");
  wait_for_check (view);
  menu_for_word_at (view, strlen ("Positions the patient for "));
  g_assert_true (menu_offers (view, "radiography"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "spell.replace", "s",
                                             "radiography"));
  g_assert_cmpstr (fw_statement_get_body (statement), ==, "Positions the patient for radiography");
  wait_for_check (view);
  marked = marked_ranges (view);
  g_assert_cmpstr (marked, ==, "");

  /* One Ctrl+Z brings the misspelt word back, the typing before it stays. */
  fw_ui_util_undo (window);
  g_assert_cmpstr (fw_statement_get_body (statement), ==, "Positions the patient for radiograhpy");
  fw_ui_util_redo (window);
  g_assert_cmpstr (fw_statement_get_body (statement), ==, "Positions the patient for radiography");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* "Add to Dictionary" stops marking the word, here and in every other statement, and keeps
 * it in the personal word list. */
static void
test_spelling_add_to_dictionary (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  GtkTextView *view = body_view_with (window, "Performs ");
  g_autofree char *marked = NULL;
  g_autofree char *list = NULL;
  g_autofree char *list_path = NULL;
  g_autofree char *contents = NULL;

  type_text (view, "vencipuncture");
  wait_for_check (view);
  marked = marked_ranges (view);
  g_assert_cmpstr (marked, ==, "9-22");
  menu_for_word_at (view, 9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "spell.add", NULL));
  wait_for_check (view);
  g_clear_pointer (&marked, g_free);
  marked = marked_ranges (view);
  g_assert_cmpstr (marked, ==, "");

  list_path = g_build_filename (personal_dir, "en_US.dic", NULL);
  g_assert_true (g_file_get_contents (list_path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "vencipuncture"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Abbreviations in capitals, codes, numbers and URLs are never marked. */
static void
test_spelling_skips_abbreviations (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  const char *text = "Applies ALARA with PACS and CT (29-2034.00, O*NET, 3rd, "
                     "https://example.org/radiograhpy) in radiograhpy";
  GtkTextView *view = body_view_with (window, "");
  g_autofree char *marked = NULL;
  g_autofree char *expected = NULL;

  type_text (view, text);
  wait_for_check (view);
  marked = marked_ranges (view);
  /* Only the last word, misspelt; the same letters inside the URL are not. */
  expected = g_strdup_printf ("%ld-%ld", g_utf8_strlen (text, -1) - 11, g_utf8_strlen (text, -1));
  g_assert_cmpstr (marked, ==, expected);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether @menu, or a section or submenu of it, has an item that runs @action. */
static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (menu, i);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) link = g_menu_link_iter_get_value (links);

          if (menu_has_action (link, action))
            return TRUE;
        }
    }
  return FALSE;
}

/* The main menu of the window: the menu of its header bar's open-menu button. */
static GMenuModel *
main_menu_of (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) &&
      g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)),
                 "open-menu-symbolic") == 0)
    return gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GMenuModel *menu = main_menu_of (child);

      if (menu != NULL)
        return menu;
    }
  return NULL;
}

/* Turning the setting off removes every mark and the menu's suggestions. */
static void
test_spelling_setting_off (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  GtkTextView *view = body_view_with (window, "Positions the patient for radiograhpy");
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *marked = NULL;
  g_autofree char *after = NULL;

  wait_for_check (view);
  marked = marked_ranges (view);
  g_assert_cmpstr (marked, !=, "");
  /* The main menu's Check Spelling is the toggle. */
  g_assert_nonnull (main_menu_of (GTK_WIDGET (window)));
  g_assert_true (menu_has_action (main_menu_of (GTK_WIDGET (window)), "app.spell-check"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "app.spell-check", NULL));
  g_assert_false (g_settings_get_boolean (settings, "spell-check"));
  wait_for_check (view);
  after = marked_ranges (view);
  g_assert_cmpstr (after, ==, "");
  menu_for_word_at (view, strlen ("Positions the patient for "));
  g_assert_false (menu_offers (view, "radiography"));
  g_settings_set_boolean (settings, "spell-check", TRUE);
  wait_for_check (view);
  g_clear_pointer (&after, g_free);
  after = marked_ranges (view);
  g_assert_cmpstr (after, ==, marked);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The inspector's note is checked too, and its suggestion is one undo step there as well. */
static void
test_spelling_inspector_note (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwLevelsPage *page = fw_ui_util_levels_page (window);
  FwInspector *inspector = fw_levels_page_get_inspector (page);
  FwStatement *statement = fw_ui_util_statement_at (window, FW_LEVEL_DEVELOPING, 0);
  GtkTextView *view;
  g_autofree char *marked = NULL;

  g_assert_true (fw_levels_page_select_statement (page, statement, FW_STATEMENT_FIELD_NONE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "levels.toggle-inspector", NULL));
  view = GTK_TEXT_VIEW (fw_inspector_get_note_view (inspector));
  fw_ui_test_set_text_view (GTK_WIDGET (view), "Ask about ");
  gtk_widget_grab_focus (GTK_WIDGET (view));
  {
    GtkTextIter end;

    gtk_text_buffer_get_end_iter (gtk_text_view_get_buffer (view), &end);
    gtk_text_buffer_place_cursor (gtk_text_view_get_buffer (view), &end);
  }
  type_text (view, "radiograhpy");
  wait_for_check (view);
  marked = marked_ranges (view);
  g_assert_cmpstr (marked, ==, "10-21");
  menu_for_word_at (view, 10);
  g_assert_true (menu_offers (view, "radiography"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "spell.replace", "s",
                                             "radiography"));
  g_assert_cmpstr (fw_statement_get_note (statement), ==, "Ask about radiography");
  fw_ui_util_undo (window);
  g_assert_cmpstr (fw_statement_get_note (statement), ==, "Ask about radiograhpy");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A framework in Spanish is checked with the Spanish dictionary, as soon as it says so. */
static void
test_spelling_follows_language (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  FwDocument *document = fw_window_get_document (window);
  const char *text = "Coloca al paciente para la radiografía del tórax";
  GtkTextView *view = body_view_with (window, text);
  g_autofree char *english = NULL;
  g_autofree char *spanish = NULL;

  if (!fw_spell_checker_has_dictionary (fw_spell_checker_get_for_language ("es")))
    {
      g_test_skip ("no Spanish spelling dictionary (install hunspell-es)");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  wait_for_check (view);
  english = marked_ranges (view);
  /* English marks most of the Spanish words. */
  g_assert_cmpuint (strlen (english), >, 10);

  fw_document_run (document, fw_command_set_string_new (G_OBJECT (document), "language", "es",
                                                        FALSE));
  g_assert_true (g_str_has_prefix (fw_spell_checker_get_dictionary (
    fw_spell_buffer_get_checker (fw_spell_buffer_get_for_view (view))), "es"));
  wait_for_check (view);
  spanish = marked_ranges (view);
  g_assert_cmpstr (spanish, ==, "");
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_popover (GtkWidget *widget)
{
  if (GTK_IS_POPOVER_MENU (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_popover (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The context menu of the marked word, as the Menu key opens it. */
static void
screenshot_menu (GtkTextView *view)
{
  g_autofree char *path = fw_ui_test_screenshot_path ("spelling-menu.png");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter iter;
  GtkWidget *popover;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, strlen ("Positions the patient for ") + 2);
  gtk_text_buffer_place_cursor (buffer, &iter);
  fw_spell_buffer_update_menu_at (fw_spell_buffer_get_for_view (view), &iter);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "menu.popup", NULL));
  fw_ui_test_iterate (300);
  popover = find_popover (GTK_WIDGET (view));
  g_assert_nonnull (popover);
  fw_ui_test_screenshot (popover, path);
  g_test_message ("screenshot: %s", path);
  gtk_popover_popdown (GTK_POPOVER (popover));
}

/* A marked word, light and dark, for the eye. */
static void
test_spelling_screenshots (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  GtkTextView *view = body_view_with (window, "Positions the patient for radiograhpy of the chest");
  AdwStyleManager *style = adw_style_manager_get_default ();
  const char *schemes[] = { "light", "dark" };

  wait_for_check (view);
  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      g_autofree char *name = g_strdup_printf ("spelling-%s.png", schemes[i]);
      g_autofree char *path = fw_ui_test_screenshot_path (name);
      GdkRGBA *color = NULL;

      adw_style_manager_set_color_scheme (style, i == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT
                                                        : ADW_COLOR_SCHEME_FORCE_DARK);
      fw_ui_test_iterate (200);
      g_object_get (fw_spell_buffer_get_tag (fw_spell_buffer_get_for_view (view)),
                    "underline-rgba", &color, NULL);
      /* Red that stands out on the page: light on dark, dark on light. */
      g_assert_nonnull (color);
      g_assert_cmpfloat (color->red, >, color->green + 0.3);
      if (i == 0)
        g_assert_cmpfloat (color->green, <, 0.3);
      else
        g_assert_cmpfloat (color->green, >, 0.4);
      gdk_rgba_free (color);
      fw_ui_test_screenshot (GTK_WIDGET (window), path);
      g_test_message ("screenshot: %s", path);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  screenshot_menu (view);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_english_dictionary (void)
{
  FwSpellChecker *checker = fw_spell_checker_get_for_language ("en");

  return g_strcmp0 (fw_spell_checker_get_dictionary (checker), "en_US") == 0;
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);
  /* A personal dictionary of the test's own, never the user's. */
  personal_dir = fw_ui_test_tmpdir ();
  g_setenv ("ENCHANT_CONFIG_DIR", personal_dir, TRUE);
  if (!has_english_dictionary ())
    {
      g_print ("1..0 # SKIP no en_US spelling dictionary (install hunspell-en-us)\n");
      return 77;
    }
  fw_ui_test_add ("/ui/spelling/marks-typed-word", test_spelling_marks_typed_word);
  fw_ui_test_add ("/ui/spelling/suggestion-replaces", test_spelling_suggestion_replaces);
  fw_ui_test_add ("/ui/spelling/add-to-dictionary", test_spelling_add_to_dictionary);
  fw_ui_test_add ("/ui/spelling/skips-abbreviations", test_spelling_skips_abbreviations);
  fw_ui_test_add ("/ui/spelling/setting-off", test_spelling_setting_off);
  fw_ui_test_add ("/ui/spelling/inspector-note", test_spelling_inspector_note);
  fw_ui_test_add ("/ui/spelling/follows-language", test_spelling_follows_language);
  fw_ui_test_add ("/ui/spelling/screenshots", test_spelling_screenshots);
  return fw_ui_test_run ();
}
