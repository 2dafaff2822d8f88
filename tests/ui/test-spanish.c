/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "fw-new-dialog.h"
#include "fw-ui-editor-util.h"
#include "fw-ui-test.h"

/*
 * Framewright in Spanish at 1366×768, light and dark: every section of the sample and three
 * dialogs, drawn with the catalogue of the build tree, as screenshots (es-*.png) to look over
 * for labels that Spanish's longer words cut off. The texts checked here are the ones a user
 * sees first: the sections and the dialogs' headings.
 */

static const char * const sections[] = {
  "overview", "levels", "ai-fluency", "durable-skills", "evidence", "onet", "sources",
  "corrections", "problems",
};

static gboolean have_spanish;

static void
shoot (GtkWidget  *widget,
       const char *what,
       gboolean    dark)
{
  g_autofree char *name = g_strdup_printf ("es-%s-%s.png", what, dark ? "dark" : "light");
  g_autofree char *path = fw_ui_test_screenshot_path (name);

  fw_ui_test_iterate (150);
  gtk_test_widget_wait_for_draw (widget);
  fw_ui_test_screenshot (widget, path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_test_message ("screenshot: %s", path);
}

static void
set_dark (gboolean dark)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                           : ADW_COLOR_SCHEME_FORCE_LIGHT);
}

static FwWindow *
open_small_window (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());

  gtk_window_unmaximize (GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  fw_ui_test_iterate (200);
  return window;
}

static void
test_sections (void)
{
  FwWindow *window;

  if (!have_spanish)
    {
      g_test_skip ("no es_ES.UTF-8 locale and localedef cannot make one");
      return;
    }
  /* The catalogue is the build tree's, and it is in use. */
  g_assert_cmpstr (_("Proficiency Levels"), ==, "Niveles de dominio");
  window = open_small_window ();
  g_assert_cmpstr (fw_ui_util_shown_title (window), !=, NULL);
  for (guint dark = 0; dark < 2; dark++)
    {
      set_dark (dark);
      for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
        {
          fw_window_show_section (window, sections[i]);
          shoot (GTK_WIDGET (window), sections[i], dark);
        }
    }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWindow *
find_new_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      if (FW_IS_NEW_DIALOG (l->data) && gtk_widget_get_visible (l->data))
        return l->data;
    }
  return NULL;
}

static gboolean
new_dialog_ready (gpointer data)
{
  GtkWindow *dialog = find_new_dialog ();

  return dialog != NULL && fw_new_dialog_get_ready (FW_NEW_DIALOG (dialog));
}

static GtkWindow *
find_shortcuts_window (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      if (GTK_IS_SHORTCUTS_WINDOW (l->data) && gtk_widget_get_visible (l->data))
        return l->data;
    }
  return NULL;
}

static gboolean
shortcuts_shown (gpointer data)
{
  return find_shortcuts_window () != NULL;
}

static void
test_dialogs (void)
{
  FwWindow *window;

  if (!have_spanish)
    {
      g_test_skip ("no es_ES.UTF-8 locale and localedef cannot make one");
      return;
    }
  window = open_small_window ();
  for (guint dark = 0; dark < 2; dark++)
    {
      AdwMessageDialog *question;
      GtkWindow *dialog;

      set_dark (dark);

      g_action_group_activate_action (G_ACTION_GROUP (fw_ui_test_get_app ()), "new-framework",
                                      NULL);
      g_assert_true (fw_ui_test_wait_until (new_dialog_ready, NULL, 10000));
      dialog = find_new_dialog ();
      g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Marco nuevo");
      shoot (GTK_WIDGET (dialog), "dialog-new-framework", dark);
      gtk_window_destroy (dialog);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-shortcuts",
                                                 NULL));
      g_assert_true (fw_ui_test_wait_until (shortcuts_shown, NULL, 5000));
      dialog = find_shortcuts_window ();
      shoot (GTK_WIDGET (dialog), "dialog-shortcuts", dark);
      /* The window keeps its help overlay, to show it again: hide it, as closing it does. */
      gtk_widget_set_visible (GTK_WIDGET (dialog), FALSE);

      /* Closing with unsaved changes asks first. */
      fw_ui_util_edit_a_body (window, dark ? "cambiado otra vez." : "cambiado.");
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL));
      question = fw_ui_test_find_dialog ();
      g_assert_nonnull (question);
      g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, "¿Guardar los cambios?");
      shoot (GTK_WIDGET (question), "dialog-save-changes", dark);
      fw_ui_test_respond (question, "cancel");
    }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* es_ES.UTF-8 from the system, else one made under a private LOCPATH; FALSE when neither. */
static gboolean
use_spanish_locale (const char *build_root)
{
  g_autofree char *dir = NULL;
  g_autofree char *target = NULL;
  const char *argv[] = { "localedef", "-i", "es_ES", "-f", "UTF-8", NULL, NULL };

  if (setlocale (LC_ALL, "es_ES.UTF-8") != NULL)
    return TRUE;
  dir = g_build_filename (build_root, "test-locales", NULL);
  target = g_build_filename (dir, "es_ES.UTF-8", NULL);
  argv[5] = target;
  g_mkdir_with_parents (dir, 0700);
  /* localedef exits 1 on mere warnings, having written the locale all the same. */
  g_spawn_sync (NULL, (char **) argv, NULL,
                G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, NULL, NULL);
  g_setenv ("LOCPATH", dir, TRUE);
  return setlocale (LC_ALL, "es_ES.UTF-8") != NULL;
}

int
main (int   argc,
      char *argv[])
{
  const char *build_root = g_getenv ("FW_BUILD_ROOT") != NULL ? g_getenv ("FW_BUILD_ROOT") : ".";
  g_autofree char *localedir = g_build_filename (build_root, "po", NULL);

  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");
  g_setenv ("LANGUAGE", "es", TRUE);
  g_setenv ("LANG", "es_ES.UTF-8", TRUE);
  have_spanish = use_spanish_locale (build_root);
  fw_ui_test_init (&argc, &argv);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  fw_ui_test_add ("/ui/spanish/sections", test_sections);
  fw_ui_test_add ("/ui/spanish/dialogs", test_dialogs);

  return fw_ui_test_run ();
}
