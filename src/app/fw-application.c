/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-application-private.h"
#include "fw-drafts.h"
#include "fw-library-window.h"
#include "fw-map-window.h"
#include "fw-new-dialog.h"
#include "fw-onet-new.h"
#include "fw-onet-release.h"
#include "fw-preferences-window.h"

G_DEFINE_FINAL_TYPE (FwApplication, fw_application, ADW_TYPE_APPLICATION)

FwWindow *
_fw_application_active_fw_window (FwApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (FW_IS_WINDOW (active))
    return FW_WINDOW (active);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (FW_IS_WINDOW (l->data))
        return FW_WINDOW (l->data);
    }
  return NULL;
}

FwWindow *
_fw_application_new_window (FwApplication *self)
{
  FwWindow *window = fw_window_new (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* Files ---------------------------------------------------------------------------------- */

static gboolean
is_map_file (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return basename != NULL && g_str_has_suffix (basename, ".fwmap");
}

/* A curriculum map opens in a window of its own (or the one already showing it). */
static void
open_map_file (FwApplication *self,
               GFile         *file)
{
  g_autoptr(GError) error = NULL;
  FwMapWindow *window;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (FW_IS_MAP_WINDOW (l->data) && fw_map_window_get_file (l->data) != NULL &&
          g_file_equal (fw_map_window_get_file (l->data), file))
        {
          gtk_window_present (l->data);
          return;
        }
    }
  window = fw_map_window_new (GTK_APPLICATION (self));
  if (!fw_map_window_open_file (window, file, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (NULL, _("Could Not Open the Curriculum Map"),
                                                  error->message);

      gtk_window_destroy (GTK_WINDOW (window));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  gtk_window_present (GTK_WINDOW (window));
  _fw_application_offer_drafts_of_map (self, file);
}

FwWindow *
fw_application_open_file (FwApplication *self,
                          GFile         *file,
                          FwWindow      *hint)
{
  FwWindow *window = NULL;

  g_return_val_if_fail (FW_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (hint == NULL || FW_IS_WINDOW (hint), NULL);

  if (is_map_file (file))
    {
      open_map_file (self, file);
      return NULL;
    }
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (FW_IS_WINDOW (l->data) && fw_window_get_file (l->data) != NULL &&
          g_file_equal (fw_window_get_file (l->data), file))
        {
          gtk_window_present (l->data);
          return l->data;
        }
    }
  if (hint != NULL && fw_window_is_untouched (hint))
    window = hint;
  if (window == NULL)
    window = fw_window_new (GTK_APPLICATION (self));
  /* Reading starts before the window is shown, so that it is busy from its first frame on. */
  fw_window_open_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* What a window asks of the application. */
static void
on_window_open_file (FwApplication *self,
                     GFile         *file,
                     FwWindow      *window)
{
  fw_application_open_file (self, file, window);
}

static FwWindow *
on_window_open_document (FwApplication *self,
                         FwDocument    *document,
                         FwWindow      *window)
{
  FwWindow *target = _fw_application_new_window (self);

  fw_window_set_document (target, document, NULL, NULL);
  return target;
}

static void
fw_application_window_added (GtkApplication *application,
                             GtkWindow      *window)
{
  GTK_APPLICATION_CLASS (fw_application_parent_class)->window_added (application, window);

  if (!FW_IS_WINDOW (window))
    return;
  g_signal_connect_object (window, "open-file", G_CALLBACK (on_window_open_file), application,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (window, "open-document", G_CALLBACK (on_window_open_document),
                           application, G_CONNECT_SWAPPED);
}

/* Actions -------------------------------------------------------------------------------- */

static void
new_window_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  _fw_application_new_window (FW_APPLICATION (user_data));
}

void
fw_application_new_framework (FwApplication *self,
                              const char    *soc,
                              FwWindow      *hint)
{
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  FwWindow *window;

  g_return_if_fail (FW_IS_APPLICATION (self));
  g_return_if_fail (soc != NULL);
  g_return_if_fail (hint == NULL || FW_IS_WINDOW (hint));

  document = fw_onet_new_framework (NULL, soc, NULL, &error);
  if (document == NULL)
    {
      if (hint != NULL)
        fw_window_add_toast (hint, error->message);
      g_warning ("Could not create a framework for %s: %s", soc, error->message);
      return;
    }

  /* As GNOME editors do: an empty, untouched window takes the new document. */
  window = hint != NULL && fw_window_is_untouched (hint) ? hint : _fw_application_new_window (self);
  fw_window_set_document (window, document, NULL, NULL);
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_occupation_chosen (FwApplication *self,
                      const char    *soc,
                      FwNewDialog   *dialog)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

  fw_application_new_framework (self, soc, FW_IS_WINDOW (parent) ? FW_WINDOW (parent) : NULL);
}

static void
new_framework_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  FwApplication *self = FW_APPLICATION (user_data);
  FwWindow *parent = _fw_application_active_fw_window (self);
  FwNewDialog *dialog;

  if (parent == NULL)
    parent = _fw_application_new_window (self);
  dialog = fw_new_dialog_new (GTK_WINDOW (parent));
  g_signal_connect_object (dialog, "occupation-chosen", G_CALLBACK (on_occupation_chosen), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Library -------------------------------------------------------------------------------- */

/* The library window (one for the application), presented; created when there is none. */
static FwLibraryWindow *
library_window (FwApplication *self)
{
  FwLibraryWindow *window = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (FW_IS_LIBRARY_WINDOW (l->data))
        {
          window = l->data;
          break;
        }
    }
  if (window == NULL)
    window = fw_library_window_new (GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

void
fw_application_open_library (FwApplication *self,
                             GFile         *folder)
{
  FwLibraryWindow *window;
  GFile *shown;

  g_return_if_fail (FW_IS_APPLICATION (self));
  g_return_if_fail (folder == NULL || G_IS_FILE (folder));

  window = library_window (self);
  shown = fw_library_window_get_folder (window);
  if (folder != NULL && (shown == NULL || !g_file_equal (shown, folder)))
    fw_library_window_set_folder (window, folder);
}

/* Opens the library last opened (the window asks for a folder when there is none). */
static void
open_library_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  FwApplication *self = FW_APPLICATION (user_data);
  g_autofree char *path = NULL;
  g_autoptr(GFile) folder = NULL;

  if (self->settings != NULL)
    path = g_settings_get_string (self->settings, "library-folder");
  if (path != NULL && *path != '\0' && g_file_test (path, G_FILE_TEST_IS_DIR))
    folder = g_file_new_for_path (path);
  fw_application_open_library (self, folder);
}

static void
open_library_folder_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  g_autoptr(GFile) folder = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  fw_application_open_library (FW_APPLICATION (user_data), folder);
}

/* O*NET release preference ---------------------------------------------------------------- */

/* Makes the preferred O*NET release folder current (the bundled one when none is set). */
static void
apply_onet_folder (FwApplication *self)
{
  g_autofree char *folder = g_settings_get_string (self->settings, "onet-folder");
  g_autofree char *release = g_settings_get_string (self->settings, "onet-release");
  g_autoptr(GError) error = NULL;

  if (*folder == '\0')
    {
      fw_onet_release_set_current (NULL);
      return;
    }
  if (!fw_onet_release_use_dir (folder, release, &error))
    {
      g_warning ("Could not use the O*NET release folder: %s", error->message);
      fw_onet_release_set_current (NULL);
    }
}

static void
onet_folder_response_cb (GtkNativeDialog *chooser,
                         int              response,
                         FwApplication   *self)
{
  g_autoptr(GFile) folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(FwOnetRelease) release = NULL;
  g_autoptr(GError) error = NULL;
  FwWindow *window = _fw_application_active_fw_window (self);

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (folder != NULL)
    path = g_file_get_path (folder);
  if (path != NULL && self->settings != NULL)
    {
      /* Checked before it is kept: a folder that is no release would leave no O*NET data. */
      release = fw_onet_release_open (path, NULL, &error);
      if (release == NULL && window != NULL)
        fw_window_add_toast (window, _("The folder holds no O*NET release files"));
      else if (release != NULL)
        {
          g_settings_set_string (self->settings, "onet-release", "");
          g_settings_set_string (self->settings, "onet-folder", path);
        }
    }
  g_object_unref (chooser);
}

static void
choose_onet_folder_action (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  FwApplication *self = FW_APPLICATION (user_data);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Choose an O*NET Release Folder"),
                                         GTK_WINDOW (_fw_application_active_fw_window (self)),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Use"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (onet_folder_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
use_bundled_onet_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  FwApplication *self = FW_APPLICATION (user_data);

  if (self->settings != NULL)
    g_settings_reset (self->settings, "onet-folder");
}

static void
settings_changed_cb (FwApplication *self,
                     const char    *key)
{
  if (g_str_has_prefix (key, "onet-"))
    apply_onet_folder (self);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* Each window asks about its own unsaved changes; the last one to close ends the run. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  static const char * const developers[] = { "The Framewright developers", NULL };
  static const char * const data_credits[] = {
    "O*NET 30 Database by the U.S. Department of Labor, Employment and Training Administration "
    "https://www.onetcenter.org",
    NULL,
  };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkWidget *about = adw_about_window_new ();

  g_object_set (about,
                "transient-for", parent,
                "application-name", _("Framewright"),
                "application-icon", APPLICATION_ID,
                "version", PACKAGE_VERSION,
                "developer-name", _("The Framewright developers"),
                "developers", developers,
                "license-type", GTK_LICENSE_GPL_3_0,
                "comments", _("Write, check and export occupation skill frameworks."),
                "translator-credits", _("translator-credits"),
                NULL);
  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about), _("Occupation Data"),
                                                (const char **) data_credits);
  /* The copyright goes in the text: libadwaita 1.2 never frees a legal section's copyright. */
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), "O*NET", NULL,
                                      GTK_LICENSE_CUSTOM,
                                      _("© National Center for O*NET Development. O*NET data "
                                        "is used under the Creative Commons Attribution 4.0 "
                                        "International licence (CC BY 4.0)."));
  gtk_window_present (GTK_WINDOW (about));
}

/*
 * The user help: "help:framewright" once installed. A developer build run from its tree has
 * nothing installed, so it opens the pages in the source tree instead.
 */
static char *
help_uri (void)
{
  const char * const *dirs = g_get_system_data_dirs ();
  g_autofree char *user_page = g_build_filename (g_get_user_data_dir (), "help", "C",
                                                 "framewright", "index.page", NULL);
  g_autofree char *source_page = g_build_filename (SOURCE_HELPDIR, "C", "index.page", NULL);

  if (g_file_test (user_page, G_FILE_TEST_EXISTS))
    return g_strdup ("help:framewright");
  for (guint i = 0; dirs[i] != NULL; i++)
    {
      g_autofree char *page = g_build_filename (dirs[i], "help", "C", "framewright",
                                                "index.page", NULL);

      if (g_file_test (page, G_FILE_TEST_EXISTS))
        return g_strdup ("help:framewright");
    }
  if (g_file_test (source_page, G_FILE_TEST_EXISTS))
    return g_strconcat ("ghelp:", SOURCE_HELPDIR, "/C", NULL);
  return g_strdup ("help:framewright");
}

static void
help_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  g_autofree char *uri = help_uri ();

#ifdef FW_TEST_HOOKS
  /* Tests check which page would open without starting a help viewer. */
  if (g_getenv ("FW_TEST_HELP_URI_FILE") != NULL)
    {
      g_file_set_contents (g_getenv ("FW_TEST_HELP_URI_FILE"), uri, -1, NULL);
      return;
    }
#endif
  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
}

static const GActionEntry app_actions[] = {
  { "new-framework", new_framework_action },
  { "choose-onet-folder", choose_onet_folder_action },
  { "use-bundled-onet", use_bundled_onet_action },
  { "new-window", new_window_action },
  { "open-library", open_library_action },
  { "open-library-folder", open_library_folder_action, "s" },
  { "quit", quit_action },
  { "help", help_action },
  { "about", about_action },
};

static void
set_accels (GtkApplication *app)
{
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.new-framework", { "<Control>n", NULL } },
    { "app.new-window", { "<Control><Shift>n", NULL } },
    { "app.open-library", { "<Control><Shift>l", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "app.help", { "F1", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.import", { "<Control>i", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.export-nsx", { "<Control>e", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.paste-page", { "<Control><Shift>v", NULL } },
    { "win.check-job-posting", { "<Control>j", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.find", { "<Control>f", NULL } },
    { "win.find-replace", { "<Control>h", NULL } },
    { "win.find-next", { "<Control>g", NULL } },
    { "win.find-previous", { "<Control><Shift>g", NULL } },
    { "win.toggle-sidebar", { "<Control>backslash", NULL } },
    { "win.show-shortcuts", { "<Control>question", NULL } },
    { "win.next-change", { "F7", NULL } },
    { "win.previous-change", { "<Shift>F7", NULL } },
    { "win.show-section('overview')", { "<Alt>1", NULL } },
    { "win.show-section('levels')", { "<Alt>2", NULL } },
    { "win.show-section('ai-fluency')", { "<Alt>3", NULL } },
    { "win.show-section('durable-skills')", { "<Alt>4", NULL } },
    { "win.show-section('evidence')", { "<Alt>5", NULL } },
    { "win.show-section('onet')", { "<Alt>6", NULL } },
    { "win.show-section('sources')", { "<Alt>7", NULL } },
    { "win.show-section('problems')", { "<Alt>8", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (app, accels[i].action, accels[i].accels);
}

static void
start_onet_preference (FwApplication *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Without its schema (an uninstalled run) the bundled release is used. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "onet-folder"))
    return;

  self->settings = g_settings_new_full (schema, NULL, NULL);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb), self,
                           G_CONNECT_SWAPPED);
  apply_onet_folder (self);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  FwApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (fw_preferences_window_new (parent, self->settings)));
}

/* The main menu's Check Spelling toggle (the text editors follow the setting itself) and the
 * Preferences window: both need the installed schema. */
static void
add_settings_actions (FwApplication *self)
{
  g_autoptr(GAction) spell_check = NULL;
  g_autoptr(GSimpleAction) preferences = NULL;

  if (self->settings == NULL)
    return;
  spell_check = g_settings_create_action (self->settings, "spell-check");
  g_action_map_add_action (G_ACTION_MAP (self), spell_check);
  preferences = g_simple_action_new ("preferences", NULL);
  g_signal_connect_object (preferences, "activate", G_CALLBACK (preferences_action), self, 0);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (preferences));
}

static void
fw_application_startup (GApplication *application)
{
  G_APPLICATION_CLASS (fw_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  set_accels (GTK_APPLICATION (application));
  start_onet_preference (FW_APPLICATION (application));
  add_settings_actions (FW_APPLICATION (application));
}

static void
fw_application_activate (GApplication *application)
{
  FwApplication *self = FW_APPLICATION (application);
  FwWindow *window = _fw_application_active_fw_window (self);

  if (window == NULL)
    window = _fw_application_new_window (self);
  gtk_window_present (GTK_WINDOW (window));
  /* After the first frame: looking for drafts never delays the window. */
  g_idle_add_full (G_PRIORITY_LOW, _fw_application_offer_drafts_idle, g_object_ref (self), g_object_unref);
}

static void
fw_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  FwApplication *self = FW_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    fw_application_open_file (self, files[i], _fw_application_active_fw_window (self));
  g_idle_add_full (G_PRIORITY_LOW, _fw_application_offer_drafts_idle, g_object_ref (self), g_object_unref);
}

static void
fw_application_finalize (GObject *object)
{
  FwApplication *self = FW_APPLICATION (object);

  g_queue_clear_full (&self->pending_drafts, (GDestroyNotify) fw_draft_info_free);
  g_clear_pointer (&self->offered_drafts, g_hash_table_unref);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fw_application_parent_class)->finalize (object);
}

static void
fw_application_class_init (FwApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->finalize = fw_application_finalize;
  app_class->startup = fw_application_startup;
  app_class->activate = fw_application_activate;
  app_class->open = fw_application_open;
  gtk_app_class->window_added = fw_application_window_added;
}

static void
fw_application_init (FwApplication *self)
{
  g_queue_init (&self->pending_drafts);
  self->offered_drafts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

FwApplication *
fw_application_new (void)
{
  return g_object_new (FW_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
