/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-map-coverage-window.h"
#include "fw-map-new.h"
#include "fw-window-private.h"
#include "fw-window-shared.h"

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FwWindow *self = FW_WINDOW (widget);

  fw_history_undo (fw_document_get_history (self->document));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FwWindow *self = FW_WINDOW (widget);

  fw_history_redo (fw_document_get_history (self->document));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  _fw_window_open_dialog (FW_WINDOW (widget), g_str_equal (action_name, "win.import"));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  /* As any open: the window already showing it comes forward, unsaved work stays open. */
  _fw_window_request_open_file (FW_WINDOW (widget), file);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  _fw_window_save (FW_WINDOW (widget), FALSE);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  _fw_window_save_as (FW_WINDOW (widget), FALSE);
}

static void
show_export_losses_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  _fw_window_show_export_losses (FW_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  static const struct { const char *action; FwExportKind kind; } kinds[] = {
    { "win.export-nsx", FW_EXPORT_NSX },
    { "win.export-xlsx", FW_EXPORT_XLSX },
    { "win.export-xhtml", FW_EXPORT_XHTML },
    { "win.export-pdf", FW_EXPORT_PDF },
    { "win.export-case", FW_EXPORT_CASE },
    { "win.export-csv", FW_EXPORT_CSV },
    { "win.export-canvas-csv", FW_EXPORT_CANVAS_CSV },
    { "win.export-moodle-csv", FW_EXPORT_MOODLE_CSV },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (g_str_equal (action_name, kinds[i].action))
        _fw_window_export (FW_WINDOW (widget), kinds[i].kind);
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;

  if (!_fw_window_print (FW_WINDOW (widget), NULL, &error))
    _fw_window_show_error (FW_WINDOW (widget), _("Could Not Print the Framework"), error);
}

#ifdef FW_TEST_HOOKS
/* For the UI tests only: prints straight to the PDF file named by the parameter. */
static void
print_to_file_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;

  if (!_fw_window_print (FW_WINDOW (widget), g_variant_get_string (parameter, NULL), &error))
    _fw_window_show_error (FW_WINDOW (widget), _("Could Not Print the Framework"), error);
}
#endif

static void
paste_page_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _fw_window_paste_page (FW_WINDOW (widget));
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _fw_window_reload (FW_WINDOW (widget));
}

static void
keep_mine_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  _fw_window_keep_mine (FW_WINDOW (widget));
}

/*
 * The Keyboard Shortcuts window is built the first time it is asked for. GtkApplication would
 * build it for every new window, before the window is shown, if the resource sat at the
 * conventional gtk/help-overlay.ui; it is bundled as help-overlay.ui to avoid that.
 */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  fw_window_present_help_overlay (GTK_APPLICATION_WINDOW (widget),
                                  RESOURCE_PREFIX "/help-overlay.ui");
}

/* A curriculum map of this framework, in a window of its own. */
static void
new_map_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  FwWindow *self = FW_WINDOW (widget);

  fw_map_new_start (GTK_WINDOW (self), fw_window_get_document (self), fw_window_get_file (self));
}

/* Job-posting coverage against this framework as it is now. */
static void
check_job_posting_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  FwWindow *self = FW_WINDOW (widget);
  FwMapCoverageWindow *coverage;

  coverage = fw_map_coverage_window_new (GTK_WINDOW (self), fw_window_get_document (self), NULL);
  gtk_window_present (GTK_WINDOW (coverage));
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  FwWindow *self = FW_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

/* Closing -------------------------------------------------------------------------------- */

static gboolean
close_idle (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   FwWindow         *self)
{
  if (g_str_equal (response, "save"))
    {
      _fw_window_save (self, TRUE);
    }
  else if (g_str_equal (response, "discard"))
    {
      _fw_window_discard_draft (self);
      self->closing = TRUE;
      /* Not from within the response: the dialog still needs its parent while it closes. */
      g_idle_add_full (G_PRIORITY_DEFAULT, close_idle, g_object_ref (self), g_object_unref);
    }
}

gboolean
_fw_window_confirm_close (FwWindow *self)
{
  const char *title = fw_document_get_title (self->document);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (!fw_history_get_dirty (fw_document_get_history (self->document)))
    {
      _fw_window_discard_draft (self);
      return TRUE;
    }
  if (title[0] == '\0')
    title = _("Untitled Framework");
  body = g_strdup_printf (_("“%s” has unsaved changes. Changes that are not saved are lost."),
                          title);
  dialog = fw_save_changes_dialog_new (GTK_WINDOW (self), body);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

/* Shows a correction, by id, in its popover on the Corrections page. */
static void
show_correction_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  FwWindow *self = FW_WINDOW (widget);
  FwCorrection *correction;
  GtkWidget *page;

  correction = fw_document_find_correction (self->document,
                                            g_variant_get_string (parameter, NULL), NULL);
  if (correction == NULL)
    return;
  fw_window_show_section (self, "corrections");
  page = fw_window_get_page (self, "corrections");
  fw_corrections_page_open_correction (FW_CORRECTIONS_PAGE (page), correction);
}

/* Installing ----------------------------------------------------------------------------- */

void
_fw_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.export-nsx", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-xlsx", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-xhtml", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-case", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.show-export-losses", "s",
                                   show_export_losses_action);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-canvas-csv", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-moodle-csv", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
#ifdef FW_TEST_HOOKS
  gtk_widget_class_install_action (widget_class, "win.print-to-file", "s",
                                   print_to_file_action);
#endif
  gtk_widget_class_install_action (widget_class, "win.paste-page", NULL, paste_page_action);
  gtk_widget_class_install_action (widget_class, "win.reload-file", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.keep-mine", NULL, keep_mine_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.new-map", NULL, new_map_action);
  gtk_widget_class_install_action (widget_class, "win.check-job-posting", NULL,
                                   check_job_posting_action);
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL, show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.show-correction", "s",
                                   show_correction_action);
}
