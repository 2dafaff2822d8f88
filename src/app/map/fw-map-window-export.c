/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fw-map-report.h"
#include "fw-map-window-private.h"
#include "fw-publish-map.h"
#include "fw-window-private.h"

/*
 * The Export submenu: the courses × statements matrix as CSV and as a workbook, and the
 * report as a web page and as PDF, written by the same core functions as
 * `framewright-cli map report --format csv|xlsx|xhtml|pdf`, so that the files are the same.
 * Each file is replaced atomically: an export that fails leaves the target as it was.
 */

typedef enum
{
  EXPORT_CSV,
  EXPORT_XLSX,
  EXPORT_XHTML,
  EXPORT_PDF,
} ExportKind;

static const struct
{
  const char *action;     /* win.ACTION */
  const char *title;      /* the chooser's */
  const char *filter;     /* the chooser's filter */
  const char *suffix;     /* of the suggested name, and added to a name typed without one */
} export_kinds[] = {
  [EXPORT_CSV] = { "win.export-csv", N_("Export Matrix as CSV"), N_("CSV Tables"),
                   "-matrix.csv" },
  [EXPORT_XLSX] = { "win.export-xlsx", N_("Export Matrix as Workbook"), N_("Workbooks"),
                    "-matrix.xlsx" },
  [EXPORT_XHTML] = { "win.export-xhtml", N_("Export Report as Web Page"), N_("Web Pages"),
                     "-report.xhtml" },
  [EXPORT_PDF] = { "win.export-pdf", N_("Export Report as PDF"), N_("PDF Documents"),
                   "-report.pdf" },
};

/* The extension proper: ".csv" of "-matrix.csv". */
static const char *
extension_of (ExportKind kind)
{
  return strrchr (export_kinds[kind].suffix, '.');
}

static GBytes *
export_bytes (FwMapWindow  *self,
              ExportKind    kind,
              GFile        *file,
              GError      **error)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  FwPublishOptions options = { _fw_window_default_paper (), NULL };

  switch (kind)
    {
    case EXPORT_XLSX:
      /* The workbook is built beside its target, so that nothing crosses file systems. */
      return fw_map_report_write_xlsx (self->report, self->map, self->framework, NULL,
                                       folder != NULL ? g_file_peek_path (folder) : NULL, error);
    case EXPORT_XHTML:
      return fw_publish_map_report (self->report, self->map, self->framework, FW_PUBLISH_XHTML,
                                    &options, error);
    case EXPORT_PDF:
      return fw_publish_map_report (self->report, self->map, self->framework, FW_PUBLISH_PDF,
                                    &options, error);
    case EXPORT_CSV:
    default:
      return fw_map_report_write (self->report, self->map, self->framework, FW_MAP_REPORT_CSV);
    }
}

static void
on_exported (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FwMapWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (!fw_file_binding_save_finish (FW_FILE_BINDING (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _fw_map_window_show_error (self, _("Could Not Export the Map"), error);
      return;
    }
  if (self->toast_overlay == NULL)
    return;
  name = g_file_get_basename (fw_file_binding_get_file (FW_FILE_BINDING (object)));
  text = g_strdup_printf (_("Exported “%s”"), name);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

/* A name typed without the format's extension gets it. */
static GFile *
with_extension (GFile      *file,
                const char *extension)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *named = NULL;

  if (basename == NULL || g_str_has_suffix (basename, extension))
    return g_object_ref (file);
  parent = g_file_get_parent (file);
  named = g_strconcat (basename, extension, NULL);
  return parent != NULL ? g_file_get_child (parent, named) : g_object_ref (file);
}

static void
export_to (FwMapWindow *self,
           ExportKind   kind,
           GFile       *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(FwFileBinding) binding = NULL;

  if (self->report == NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("The map can only be exported once its framework is read."));
      _fw_map_window_show_error (self, _("Could Not Export the Map"), error);
      return;
    }
  bytes = export_bytes (self, kind, file, &error);
  if (bytes == NULL)
    {
      _fw_map_window_show_error (self, _("Could Not Export the Map"), error);
      return;
    }
  /* The chooser asked before replacing a file that was there. */
  binding = fw_file_binding_new (file, NULL);
  fw_file_binding_save_async (binding, bytes, FW_FILE_SAVE_FORCE, self->cancellable,
                              on_exported, g_object_ref (self));
}

static void
on_export_response (GtkNativeDialog *native,
                    int              response,
                    FwMapWindow     *self)
{
  ExportKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (native), "export-kind"));
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  if (chosen != NULL)
    {
      file = with_extension (chosen, extension_of (kind));
      export_to (self, kind, file);
    }
  g_object_unref (native);
}

/* "radiography-matrix.csv" beside the map, or after the program for a map not saved yet. */
static char *
suggested_name (FwMapWindow *self,
                ExportKind   kind)
{
  g_autofree char *basename = self->file != NULL ? g_file_get_basename (self->file) : NULL;
  const char *name = self->map != NULL ? fw_map_get_name (self->map) : "";

  if (basename != NULL && g_str_has_suffix (basename, ".fwmap"))
    basename[strlen (basename) - strlen (".fwmap")] = '\0';
  if (basename == NULL || *basename == '\0')
    {
      g_free (basename);
      basename = g_strdup (*name != '\0' ? name : _("curriculum-map"));
    }
  g_strdelimit (basename, "/", '-');
  return g_strconcat (basename, export_kinds[kind].suffix, NULL);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FwMapWindow *self = FW_MAP_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  g_autofree char *pattern = NULL;
  GtkFileChooserNative *chooser;
  ExportKind kind = EXPORT_CSV;

  for (guint i = 0; i < G_N_ELEMENTS (export_kinds); i++)
    if (g_str_equal (action_name, export_kinds[i].action))
      kind = (ExportKind) i;

  name = suggested_name (self, kind);
  chooser = gtk_file_chooser_native_new (_(export_kinds[kind].title), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  pattern = g_strconcat ("*", extension_of (kind), NULL);
  gtk_file_filter_set_name (filter, _(export_kinds[kind].filter));
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (self->file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (self->file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "export-kind", GINT_TO_POINTER (kind));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_fw_map_window_update_export_actions (FwMapWindow *self)
{
  gboolean can_export = self->map != NULL && self->framework != NULL;

  for (guint i = 0; i < G_N_ELEMENTS (export_kinds); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), export_kinds[i].action, can_export);
}

void
_fw_map_window_init_export (FwMapWindow *self)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (self));

  self->toast_overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  if (content != NULL)
    {
      g_object_ref (content);
      adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), NULL);
      adw_toast_overlay_set_child (self->toast_overlay, content);
      g_object_unref (content);
    }
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self),
                                      GTK_WIDGET (self->toast_overlay));
}

void
_fw_map_window_class_init_export (GtkWidgetClass *widget_class)
{
  for (guint i = 0; i < G_N_ELEMENTS (export_kinds); i++)
    gtk_widget_class_install_action (widget_class, export_kinds[i].action, NULL, export_action);
}
