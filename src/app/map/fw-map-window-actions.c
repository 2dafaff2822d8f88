/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-application.h"
#include "fw-io.h"
#include "fw-map-framework.h"
#include "fw-map-window-private.h"
#include "fw-window-shared.h"

#define RECENT_APP_NAME "Framewright"

void
_fw_map_window_add_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *basename = g_file_get_basename (file);
  GtkRecentData data = { 0 };
  char *groups[] = { (char *) RECENT_APP_NAME, NULL };

  data.display_name = basename;
  data.mime_type = (char *) FW_MAP_MIME_TYPE;
  data.app_name = (char *) RECENT_APP_NAME;
  data.app_exec = (char *) "framewright %u";
  data.groups = groups;
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

void
_fw_map_window_rebase_framework (FwMapWindow *self,
                                 GFile       *map_file)
{
  g_autofree char *map_path = g_file_get_path (map_file);
  g_autofree char *framework_path = NULL;
  g_autofree char *relative = NULL;

  if (self->framework_file == NULL || map_path == NULL)
    return;
  framework_path = g_file_get_path (self->framework_file);
  if (framework_path == NULL)
    return;
  relative = fw_map_relative_path (map_path, framework_path);
  if (g_strcmp0 (relative, fw_map_get_framework_path (self->map)) != 0)
    g_object_set (self->map, "framework-path", relative, NULL);
}

void
_fw_map_window_show_error (FwMapWindow *self,
                           const char  *heading,
                           GError      *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Saving --------------------------------------------------------------------------------- */

static void save_as (FwMapWindow *self);

/* Saves, asking where for a new map; TRUE when it is saved now. */
static gboolean
save (FwMapWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->file == NULL)
    {
      save_as (self);
      return FALSE;
    }
  if (!fw_map_window_save_to (self, self->file, &error))
    {
      _fw_map_window_show_error (self, _("Could Not Save the Map"), error);
      return FALSE;
    }
  return TRUE;
}

static void
on_save_as_response (GtkNativeDialog *native,
                     int              response,
                     FwMapWindow     *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      if (file != NULL && !fw_map_window_save_to (self, file, &error))
        _fw_map_window_show_error (self, _("Could Not Save the Map"), error);
      else if (file != NULL && self->closing)
        gtk_window_destroy (GTK_WINDOW (self));
    }
  self->closing = FALSE;
  g_object_unref (native);
}

static void
save_as (FwMapWindow *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Save the Curriculum Map"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Curriculum Maps"));
  gtk_file_filter_add_pattern (filter, "*.fwmap");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (self->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), self->file, NULL);
  else
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("Curriculum Map.fwmap"));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_save_as_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (FW_MAP_WINDOW (widget));
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save_as (FW_MAP_WINDOW (widget));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FwMapWindow *self = FW_MAP_WINDOW (widget);

  if (self->map != NULL)
    fw_history_undo (fw_map_get_history (self->map));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FwMapWindow *self = FW_MAP_WINDOW (widget);

  if (self->map != NULL)
    fw_history_redo (fw_map_get_history (self->map));
}

/* Opening -------------------------------------------------------------------------------- */

static void
on_open_response (GtkNativeDialog *native,
                  int              response,
                  FwMapWindow     *self)
{
  g_autoptr(GFile) file = NULL;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT && FW_IS_APPLICATION (app))
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      if (file != NULL)
        fw_application_open_file (FW_APPLICATION (app), file, NULL);
    }
  g_object_unref (native);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) maps = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) frameworks = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (maps, _("Curriculum Maps"));
  gtk_file_filter_add_pattern (maps, "*.fwmap");
  gtk_file_filter_add_mime_type (maps, FW_MAP_MIME_TYPE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), maps);
  gtk_file_filter_set_name (frameworks, _("Framewright Frameworks"));
  gtk_file_filter_add_pattern (frameworks, "*.fwk");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), frameworks);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_open_response), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Built the first time it is asked for, like the framework window's. */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  fw_window_present_help_overlay (GTK_APPLICATION_WINDOW (widget),
                                  RESOURCE_PREFIX "/ui/map/help-overlay.ui");
}

/* Closing -------------------------------------------------------------------------------- */

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   FwMapWindow      *self)
{
  /* The dialog outlives this window by a moment: it must not point at it when it goes. */
  if (!g_str_equal (response, "cancel"))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  if (g_str_equal (response, "discard"))
    {
      _fw_map_window_discard_draft (self);
      self->closing = TRUE;
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    {
      self->closing = TRUE;
      if (save (self))
        gtk_window_destroy (GTK_WINDOW (self));
      else if (self->file != NULL)
        self->closing = FALSE;
    }
}

static gboolean
fw_map_window_close_request (GtkWindow *window)
{
  FwMapWindow *self = FW_MAP_WINDOW (window);
  AdwMessageDialog *dialog;

  if (self->closing || self->map == NULL || !fw_history_get_dirty (fw_map_get_history (self->map)))
    {
      _fw_map_window_discard_draft (self);
      return FALSE;
    }
  dialog = fw_save_changes_dialog_new (window,
                                       _("The curriculum map has unsaved changes. Changes that "
                                         "are not saved are lost."));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

void
_fw_map_window_class_init_actions (GtkWidgetClass *widget_class)
{
  GTK_WINDOW_CLASS (widget_class)->close_request = fw_map_window_close_request;
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  _fw_map_window_class_init_export (widget_class);
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL, show_shortcuts_action);
}
