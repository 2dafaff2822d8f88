/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "tests/fw-test-hooks.h"
#include "fw-ui-test.h"

/* Whether the window's main menu has an item that runs @action. */
static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
      section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      if (section != NULL && menu_has_action (section, action))
        return TRUE;
    }
  return FALSE;
}

/* The menu of the window's main menu button (the header bar's open-menu button). */
static GMenuModel *
window_primary_menu (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) &&
      g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)),
                 "open-menu-symbolic") == 0)
    return g_object_ref (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GMenuModel *menu = window_primary_menu (child);

      if (menu != NULL)
        return menu;
    }
  return NULL;
}

/* F1 and the main menu's Help open the user help, whose index page exists. */
static void
test_help_opens_index (void)
{
  FwApplication *app = fw_ui_test_get_app ();
  FwWindow *window = fw_ui_test_open_sample (app);
  g_autofree char *dir = fw_ui_test_tmpdir ();
  g_autofree char *log = g_build_filename (dir, "help-uri", NULL);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                "app.help");
  g_autoptr(GMenuModel) menu = window_primary_menu (GTK_WIDGET (window));
  g_autofree char *uri = NULL;
  g_autofree char *index = NULL;

  g_assert_nonnull (accels[0]);
  g_assert_cmpstr (accels[0], ==, "F1");
  g_assert_nonnull (menu);
  g_assert_true (menu_has_action (menu, "app.help"));

  g_setenv ("FW_TEST_HELP_URI_FILE", log, TRUE);
  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  g_unsetenv ("FW_TEST_HELP_URI_FILE");
  g_assert_true (g_file_get_contents (log, &uri, NULL, NULL));

  /* Uninstalled, the help comes from the source tree; installed, yelp finds it by name. */
  if (g_str_has_prefix (uri, "ghelp:"))
    {
      index = g_build_filename (uri + strlen ("ghelp:"), "index.page", NULL);
      g_assert_true (g_file_test (index, G_FILE_TEST_IS_REGULAR));
    }
  else
    {
      g_assert_cmpstr (uri, ==, "help:framewright");
    }
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);
  fw_ui_test_add ("/ui/help/opens-index", FW_TEST_NEEDS_HOOKS (test_help_opens_index));
  return fw_ui_test_run ();
}
