/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-formats.h"
#include "fw-page.h"
#include "fw-publish.h"
#include "fw-format-losses.h"
#include "fw-window-private.h"

/* Export dialogs list this many errors before "and N more". */
#define EXPORT_ERRORS_SHOWN 3

/* Export --------------------------------------------------------------------------------- */

/* What each entry of the Export submenu writes. */
static const struct
{
  const char *title;      /* the chooser's */
  const char *extension;  /* added to a name typed without it */
  const char *suffix;     /* of the suggested name */
} export_kinds[] = {
  [FW_EXPORT_NSX] = { N_("Export NSX JSON"), ".json", "-nsx.json" },
  [FW_EXPORT_XLSX] = { N_("Export Workbook"), ".xlsx", ".xlsx" },
  [FW_EXPORT_XHTML] = { N_("Export Web Page"), ".xhtml", ".xhtml" },
  [FW_EXPORT_PDF] = { N_("Export PDF"), ".pdf", ".pdf" },
  [FW_EXPORT_CASE] = { N_("Export CASE Package"), ".json", "-case.json" },
  [FW_EXPORT_CSV] = { N_("Export Statements Table"), ".csv", ".csv" },
  [FW_EXPORT_CANVAS_CSV] = { N_("Export Canvas Outcomes"), ".csv", "-canvas.csv" },
  [FW_EXPORT_MOODLE_CSV] = { N_("Export Moodle Competencies"), ".csv", "-moodle.csv" },
};

/* The parts of the framework @kind cannot hold, one line each; empty when it holds all. */
static char **
export_losses (FwWindow     *self,
               FwExportKind  kind)
{
  /* The published formats show every part but the notes, anchors and corrections. */
  const FwFormatParts published = FW_PART_ALL & ~(FW_PART_NOTES | FW_PART_ANCHORS
                                                   | FW_PART_CORRECTIONS);

  switch (kind)
    {
    case FW_EXPORT_XHTML:
      return fw_format_lost_parts_for (self->document, "XHTML", published);
    case FW_EXPORT_PDF:
      return fw_format_lost_parts_for (self->document, "PDF", published);
    case FW_EXPORT_XLSX:
      return fw_format_lost_parts (self->document, FW_FORMAT_XLSX);
    case FW_EXPORT_CASE:
      return fw_format_lost_parts (self->document, FW_FORMAT_CASE);
    case FW_EXPORT_CSV:
      return fw_format_lost_parts (self->document, FW_FORMAT_CSV);
    case FW_EXPORT_CANVAS_CSV:
      return fw_format_lost_parts (self->document, FW_FORMAT_CANVAS_CSV);
    case FW_EXPORT_MOODLE_CSV:
      return fw_format_lost_parts (self->document, FW_FORMAT_MOODLE_CSV);
    case FW_EXPORT_NSX:
    default:
      return fw_format_lost_parts (self->document, FW_FORMAT_NSX_JSON);
    }
}

static void
on_exported (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FwWindow) self = user_data;
  FwFileBinding *binding = FW_FILE_BINDING (object);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = _fw_window_display_name (fw_file_binding_get_file (binding));
  const char *losses = g_object_get_data (object, "export-losses");
  g_autofree char *text = NULL;
  AdwToast *toast;

  _fw_window_end_busy (self);
  if (!fw_file_binding_save_finish (binding, result, &error))
    {
      _fw_window_show_error (self, _("Could Not Export the Framework"), error);
      return;
    }
  if (losses == NULL)
    {
      text = g_strdup_printf (_("Exported “%s”"), name);
      fw_window_add_toast (self, text);
      return;
    }
  /* Nothing is dropped without a word: the toast offers the list of what was left out. */
  text = g_strdup_printf (_("Exported “%s” without the parts this format cannot hold"), name);
  toast = adw_toast_new (text);
  adw_toast_set_timeout (toast, 8);
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_action_name (toast, "win.show-export-losses");
  adw_toast_set_action_target_value (toast, g_variant_new_string (losses));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_fw_window_show_export_losses (FwWindow   *self,
                               const char *losses)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Left Out of the Export"), losses));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GBytes *
export_bytes (FwWindow      *self,
              FwExportKind   kind,
              GFile         *file,
              GError       **error)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  FwWriteOptions options = { NULL };
  FwPublishOptions publish_options = { _fw_window_default_paper (), NULL };
  FwProfile *profile;

  switch (kind)
    {
    case FW_EXPORT_XLSX:
      /* The workbook is built beside its target, so that nothing crosses file systems. */
      options.temp_dir = folder != NULL ? g_file_peek_path (folder) : NULL;
      return fw_format_write (self->document, FW_FORMAT_XLSX, &options, error);
    case FW_EXPORT_XHTML:
      return fw_publish_xhtml (self->document, error);
    case FW_EXPORT_PDF:
      return fw_publish_pdf (self->document, &publish_options, error);
    case FW_EXPORT_CASE:
      /* Item uris under the validation profile's base, as the command line does. */
      profile = fw_validator_get_profile (self->validator);
      options.case_base_uri = profile != NULL ? fw_profile_get_case_base_uri (profile) : NULL;
      return fw_format_write (self->document, FW_FORMAT_CASE, &options, error);
    case FW_EXPORT_CSV:
      return fw_format_write (self->document, FW_FORMAT_CSV, NULL, error);
    case FW_EXPORT_CANVAS_CSV:
      return fw_format_write (self->document, FW_FORMAT_CANVAS_CSV, NULL, error);
    case FW_EXPORT_MOODLE_CSV:
      return fw_format_write (self->document, FW_FORMAT_MOODLE_CSV, NULL, error);
    case FW_EXPORT_NSX:
    default:
      return fw_format_write (self->document, FW_FORMAT_NSX_JSON, NULL, error);
    }
}

static void
export_confirmed (FwWindow *self,
                  GFile    *file,
                  gboolean  replace,
                  gpointer  data)
{
  g_autoptr(FwFileBinding) binding = fw_file_binding_new (file, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = export_bytes (self, GPOINTER_TO_INT (data), file, &error);

  if (bytes == NULL)
    {
      _fw_window_show_error (self, _("Could Not Export the Framework"), error);
      return;
    }
  {
    g_auto(GStrv) lost = export_losses (self, GPOINTER_TO_INT (data));

    if (lost[0] != NULL)
      g_object_set_data_full (G_OBJECT (binding), "export-losses",
                              g_strjoinv ("\n", lost), g_free);
  }
  /* Unless the author said to replace it, a file that appeared meanwhile is kept. */
  _fw_window_begin_busy (self);
  fw_file_binding_save_async (binding, bytes, replace ? FW_FILE_SAVE_FORCE : FW_FILE_SAVE_NONE,
                              NULL, on_exported, g_object_ref (self));
}

static void
on_export_response (GtkNativeDialog *native,
                    int              response,
                    FwWindow        *self)
{
  FwExportKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (native), "export-kind"));
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      file = _fw_window_with_extension (chosen, export_kinds[kind].extension);
      _fw_window_confirm_replace (self, file, export_confirmed, GINT_TO_POINTER (kind), NULL);
    }
  g_object_unref (native);
}

static void
choose_export_file (FwWindow     *self,
                    FwExportKind  kind)
{
  g_autofree char *name = _fw_window_suggested_name (self, export_kinds[kind].suffix);
  GtkFileChooserNative *chooser;

  chooser = _fw_window_save_chooser_new (self, _(export_kinds[kind].title), _("_Export"), name);
  g_object_set_data (G_OBJECT (chooser), "export-kind", GINT_TO_POINTER (kind));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_export_gate_response (AdwMessageDialog *dialog,
                         const char       *response,
                         FwWindow         *self)
{
  if (g_str_equal (response, "export"))
    choose_export_file (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog),
                                                                  "export-kind")));
}

static void
append_gate_summary (GString      *body,
                     FwExportKind  kind,
                     guint         n_errors)
{
  if (kind == FW_EXPORT_NSX)
    g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE,
                                               "The framework has %u error. Tools that read NSX JSON may reject the export.",
                                               "The framework has %u errors. Tools that read NSX JSON may reject the export.",
                                               n_errors), n_errors);
  else
    g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE,
                                               "The framework has %u error. Its readers will see it as it is.",
                                               "The framework has %u errors. Its readers will see them as they are.",
                                               n_errors), n_errors);
}

void
_fw_window_export (FwWindow     *self,
                   FwExportKind  kind)
{
  guint n_errors;
  GListModel *findings;
  g_autoptr(GString) body = g_string_new (NULL);
  AdwMessageDialog *dialog;
  guint shown = 0;

  g_return_if_fail (kind < G_N_ELEMENTS (export_kinds));

  /* The gate needs the findings of the document as it is now, not as it was 300 ms ago. */
  _fw_window_validate (self);
  n_errors = fw_validator_get_n_errors (self->validator);
  if (n_errors == 0)
    {
      choose_export_file (self, kind);
      return;
    }

  append_gate_summary (body, kind, n_errors);
  g_string_append (body, "\n");
  findings = fw_validator_get_findings (self->validator);
  for (guint i = 0; i < g_list_model_get_n_items (findings) && shown < EXPORT_ERRORS_SHOWN; i++)
    {
      g_autoptr(FwFinding) finding = g_list_model_get_item (findings, i);

      if (fw_finding_get_severity (finding) != FW_SEVERITY_ERROR)
        continue;
      g_string_append_printf (body, "\n• %s: %s", fw_finding_get_rule_id (finding),
                              fw_finding_get_message (finding));
      shown++;
    }
  if (n_errors > shown)
    g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "\n… and %u more",
                                               "\n… and %u more", n_errors - shown),
                            n_errors - shown);

  dialog = _fw_window_message_dialog_new (self, _("Export With Errors?"), body->str);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"),
                                    "export", _("_Export Anyway"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "export", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "export-kind", GINT_TO_POINTER (kind));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_export_gate_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Paste a framework page ----------------------------------------------------------------- */

static void
on_clipboard_text (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(FwWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);
  g_autoptr(FwDocument) document = NULL;
  g_autofree char *toast = NULL;
  FwWindow *target;

  if (text == NULL || text[0] == '\0')
    {
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                             _("The clipboard holds no text. Copy a framework page first."));
      _fw_window_show_error (self, _("Nothing to Paste"), error);
      return;
    }
  document = fw_page_parse_text (text, -1, warnings, &error);
  if (document == NULL)
    {
      _fw_window_show_error (self, _("Could Not Read the Pasted Page"), error);
      return;
    }
  target = _fw_window_show_new_document (self, document);
  if (target == NULL)
    return;
  fw_history_mark_dirty (fw_document_get_history (document));
  if (warnings->len > 0)
    toast = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Pasted a framework page with %u warning",
                                          "Pasted a framework page with %u warnings",
                                          warnings->len), warnings->len);
  else
    toast = g_strdup (_("Pasted a framework page"));
  fw_window_add_toast (target, toast);
}

void
_fw_window_paste_page (FwWindow *self)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));

  gdk_clipboard_read_text_async (clipboard, self->cancellable, on_clipboard_text,
                                 g_object_ref (self));
}
