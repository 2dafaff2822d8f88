/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-application.h"
#include "fw-formats.h"
#include "fw-io.h"
#include "fw-page.h"
#include "fw-window-private.h"

#define RECENT_APP_NAME    "Framewright"
#define RECENT_MIME_TYPE   "application/x-framewright"
#define RECENT_MENU_LENGTH 8
/* Export dialogs list this many errors before "and N more". */
#define EXPORT_ERRORS_SHOWN 3

/* Dialogs -------------------------------------------------------------------------------- */

static AdwMessageDialog *
message_dialog_new (FwWindow   *self,
                    const char *heading,
                    const char *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                         heading, body));

  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  return dialog;
}

void
_fw_window_show_error (FwWindow     *self,
                       const char   *heading,
                       const GError *error)
{
  AdwMessageDialog *dialog = message_dialog_new (self, heading, error->message);

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
file_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return g_filename_display_name (basename);
}

/* A file name from the occupation title: "radiologic-technologists-and-technicians". */
static char *
suggested_name (FwWindow   *self,
                const char *extension)
{
  const char *title = fw_document_get_title (self->document);
  g_autofree char *lower = g_utf8_strdown (title, -1);
  GString *slug = g_string_new (NULL);

  for (const char *p = lower; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, *p);
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_append (slug, "framework");
  g_string_append (slug, extension);
  return g_string_free (slug, FALSE);
}

FwWindow *
_fw_window_target_for_new (FwWindow *self)
{
  FwWindow *window;

  if (fw_window_is_untouched (self))
    return self;
  window = fw_window_new (gtk_window_get_application (GTK_WINDOW (self)));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* Loading -------------------------------------------------------------------------------- */

typedef enum
{
  LOAD_OPEN,
  LOAD_RELOAD,
  LOAD_RESTORE,
} LoadMode;

typedef struct
{
  LoadMode     mode;
  GFile       *file;
  FwFormat     format;
  FwDocument  *document;
  char        *etag;
  GPtrArray   *warnings;
  /* LOAD_RESTORE: the draft to adopt and where its document belongs. */
  char        *draft_id;
  GFile       *original;
  char        *original_etag;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->file);
  g_clear_object (&data->document);
  g_clear_object (&data->original);
  g_clear_pointer (&data->etag, g_free);
  g_clear_pointer (&data->warnings, g_ptr_array_unref);
  g_clear_pointer (&data->draft_id, g_free);
  g_clear_pointer (&data->original_etag, g_free);
  g_free (data);
}

static char *
query_etag (GFile        *file,
            GCancellable *cancellable,
            GError      **error)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                 G_FILE_QUERY_INFO_NONE, cancellable, error);

  if (info == NULL)
    return NULL;
  return g_strdup (g_file_info_get_etag (info));
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  g_autofree char *path = g_file_get_path (data->file);
  GError *error = NULL;

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (data->file);

      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("%s: error: only local files can be opened"), uri);
      return;
    }
  /* The etag first: a change made while reading is then noticed, not missed. */
  data->etag = query_etag (data->file, cancellable, NULL);
  data->document = fw_format_read_file (path, data->format, data->warnings, &error);
  if (data->document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
show_load_warnings (FwWindow  *self,
                    GPtrArray *warnings,
                    gboolean   imported)
{
  g_autofree char *text = NULL;

  if (warnings->len == 0)
    {
      if (imported)
        fw_window_add_toast (self, _("Imported as a new framework: save it to keep it"));
      return;
    }
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Opened with %u warning: %s",
                                       "Opened with %u warnings; the first: %s", warnings->len),
                          warnings->len,
                          ((FwDiagnostic *) g_ptr_array_index (warnings, 0))->message);
  fw_window_add_toast (self, text);
}

static void
finish_restore (FwWindow *self,
                LoadData *data)
{
  g_autoptr(GError) error = NULL;
  FwDraft *draft = fw_draft_adopt (data->draft_id, &error);

  fw_window_set_document (self, data->document, data->original, data->original_etag);
  if (draft == NULL)
    _fw_window_show_error (self, _("Could Not Take Over the Draft"), error);
  else
    self->draft = draft;
  fw_history_mark_dirty (fw_document_get_history (data->document));
  fw_window_add_toast (self, _("Recovered unsaved changes"));
}

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  FwWindow *self = FW_WINDOW (object);
  LoadData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = file_display_name (data->file);
  g_autofree char *heading = NULL;
  gboolean imported;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          heading = g_strdup_printf (_("Could Not Open “%s”"), name);
          _fw_window_show_error (self, heading, error);
        }
      _fw_window_end_busy (self);
      return;
    }

  switch (data->mode)
    {
    case LOAD_RESTORE:
      finish_restore (self, data);
      break;
    case LOAD_RELOAD:
      fw_window_set_document (self, data->document, data->file, data->etag);
      fw_window_add_toast (self, _("Reloaded from disk"));
      break;
    case LOAD_OPEN:
    default:
      /* Only native files stay bound to their file; imports must be saved as .fwk. */
      imported = fw_document_get_origin (data->document) != FW_ORIGIN_NATIVE;
      fw_window_set_document (self, data->document, imported ? NULL : data->file,
                              imported ? NULL : data->etag);
      if (imported)
        fw_history_mark_dirty (fw_document_get_history (data->document));
      _fw_window_add_recent (self, data->file);
      show_load_warnings (self, data->warnings, imported);
      break;
    }
  _fw_window_end_busy (self);
}

static void
load_async (FwWindow *self,
            LoadData *data)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, on_loaded, NULL);

  data->warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);
  g_task_set_source_tag (task, load_async);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  _fw_window_begin_busy (self);
  g_task_run_in_thread (task, load_thread);
}

void
fw_window_open_file (FwWindow *self,
                     GFile    *file)
{
  LoadData *data;

  g_return_if_fail (FW_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (LoadData, 1);
  data->mode = LOAD_OPEN;
  data->file = g_object_ref (file);
  data->format = FW_FORMAT_AUTO;
  load_async (self, data);
}

void
fw_window_restore_draft (FwWindow          *self,
                         const FwDraftInfo *info)
{
  LoadData *data;

  g_return_if_fail (FW_IS_WINDOW (self));
  g_return_if_fail (info != NULL);

  data = g_new0 (LoadData, 1);
  data->mode = LOAD_RESTORE;
  data->file = g_file_new_for_path (info->path);
  data->format = FW_FORMAT_FWK;
  data->draft_id = g_strdup (info->id);
  data->original = info->original_path ? g_file_new_for_path (info->original_path) : NULL;
  data->original_etag = g_strdup (info->original_etag);
  load_async (self, data);
}

void
_fw_window_reload (FwWindow *self)
{
  LoadData *data;

  gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
  if (self->file == NULL)
    return;
  data = g_new0 (LoadData, 1);
  data->mode = LOAD_RELOAD;
  data->file = g_object_ref (self->file);
  data->format = FW_FORMAT_FWK;
  load_async (self, data);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char * const *patterns,
            const char     *mime_type)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
on_open_response (GtkNativeDialog *native,
                  int              response,
                  FwWindow        *self)
{
  g_autoptr(GListModel) files = NULL;
  FwApplication *app = FW_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  if (response == GTK_RESPONSE_ACCEPT && app != NULL)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));
      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          fw_application_open_file (app, file, self);
        }
    }
  g_object_unref (native);
}

void
_fw_window_open_dialog (FwWindow *self,
                        gboolean  import)
{
  static const char * const all[] = { "*.fwk", "*.json", "*.txt", "*.html", "*.htm", NULL };
  static const char * const native[] = { "*.fwk", NULL };
  static const char * const nsx[] = { "*.json", NULL };
  static const char * const pages[] = { "*.txt", "*.html", "*.htm", NULL };
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (import ? _("Import a Framework") : _("Open a Framework"),
                                         GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         import ? _("_Import") : _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  add_filter (GTK_FILE_CHOOSER (chooser), _("All Frameworks and Pages"), all, NULL);
  if (!import)
    add_filter (GTK_FILE_CHOOSER (chooser), _("Framewright Frameworks"), native, RECENT_MIME_TYPE);
  add_filter (GTK_FILE_CHOOSER (chooser), _("NSX JSON Exports"), nsx, "application/json");
  add_filter (GTK_FILE_CHOOSER (chooser), _("Saved or Copied Framework Pages"), pages, NULL);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_open_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Writing -------------------------------------------------------------------------------- */

typedef struct
{
  GFile   *file;
  GBytes  *bytes;
  char    *expected_etag;
  char    *new_etag;
  guint64  generation;
} WriteData;

static void
write_data_free (WriteData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_clear_pointer (&data->expected_etag, g_free);
  g_clear_pointer (&data->new_etag, g_free);
  g_free (data);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *data = task_data;
  g_autofree char *path = g_file_get_path (data->file);
  g_autofree char *current = NULL;
  GError *error = NULL;
  gsize length;
  const char *bytes = g_bytes_get_data (data->bytes, &length);

  if (path == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Only local files can be written"));
      return;
    }
  /* Never overwrite what another program wrote since we read the file without asking. */
  if (data->expected_etag != NULL)
    {
      current = query_etag (data->file, cancellable, NULL);
      if (current != NULL && g_strcmp0 (current, data->expected_etag) != 0)
        {
          g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
                                   _("%s: error: the file was changed by another program"),
                                   path);
          return;
        }
    }
  if (!fw_io_save_atomic (path, bytes, length, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  data->new_etag = query_etag (data->file, cancellable, NULL);
  g_task_return_boolean (task, TRUE);
}

static void
write_async (FwWindow            *self,
             WriteData           *data,
             GAsyncReadyCallback  callback,
             gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, callback, user_data);

  g_task_set_source_tag (task, write_async);
  g_task_set_task_data (task, data, (GDestroyNotify) write_data_free);
  _fw_window_begin_busy (self);
  g_task_run_in_thread (task, write_thread);
}

static void
on_saved (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  FwWindow *self = FW_WINDOW (object);
  g_autoptr(GTask) outer = user_data;
  WriteData *data = g_task_get_task_data (G_TASK (result));
  FwHistory *history = fw_document_get_history (self->document);
  GError *error = NULL;

  _fw_window_end_busy (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (outer, error);
      return;
    }

  if (self->file == NULL || !g_file_equal (self->file, data->file))
    {
      g_set_object (&self->file, data->file);
      _fw_window_watch_file (self);
      g_object_notify (G_OBJECT (self), "file");
    }
  g_free (self->etag);
  self->etag = g_steal_pointer (&data->new_etag);
  gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
  /* Edits made while the file was written are not in it: then the document stays unsaved. */
  if (fw_history_get_generation (history) == data->generation)
    {
      fw_history_mark_clean (history);
      _fw_window_discard_draft (self);
    }
  _fw_window_add_recent (self, data->file);
  _fw_window_update_title (self);
  _fw_window_update_actions (self);
  g_task_return_boolean (outer, TRUE);
}

void
fw_window_save_async (FwWindow            *self,
                      GFile               *file,
                      gboolean             force,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  WriteData *data;

  g_return_if_fail (FW_IS_WINDOW (self));
  g_return_if_fail (file != NULL || self->file != NULL);

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, fw_window_save_async);
  bytes = fw_format_write (self->document, FW_FORMAT_FWK, NULL, &error);
  if (bytes == NULL)
    {
      g_task_return_error (outer, error);
      return;
    }

  data = g_new0 (WriteData, 1);
  data->file = g_object_ref (file != NULL ? file : self->file);
  data->bytes = g_steal_pointer (&bytes);
  data->generation = fw_history_get_generation (fw_document_get_history (self->document));
  if (!force && self->file != NULL && g_file_equal (data->file, self->file))
    data->expected_etag = g_strdup (self->etag);
  write_async (self, data, on_saved, g_steal_pointer (&outer));
}

gboolean
fw_window_save_finish (FwWindow      *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (FW_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

typedef struct
{
  FwWindow *window;
  gboolean  close_after;
} SaveRequest;

static void
save_request_free (SaveRequest *request)
{
  g_object_unref (request->window);
  g_free (request);
}

static void
save_request_notify (gpointer  data,
                     GClosure *closure)
{
  save_request_free (data);
}

static SaveRequest *
save_request_new (FwWindow *self,
                  gboolean  close_after)
{
  SaveRequest *request = g_new0 (SaveRequest, 1);

  request->window = g_object_ref (self);
  request->close_after = close_after;
  return request;
}

static void on_ui_saved (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data);

static void
on_conflict_response (AdwMessageDialog *dialog,
                      const char       *response,
                      SaveRequest      *request)
{
  FwWindow *self = request->window;

  if (g_str_equal (response, "overwrite"))
    fw_window_save_async (self, NULL, TRUE, NULL, on_ui_saved,
                          save_request_new (self, request->close_after));
  else if (g_str_equal (response, "save-as"))
    _fw_window_save_as (self, request->close_after);
}

static void
ask_overwrite (FwWindow *self,
               gboolean  close_after)
{
  g_autofree char *name = file_display_name (self->file);
  g_autofree char *body = g_strdup_printf (
    _("“%s” was changed by another program after you opened it. Saving replaces those changes."),
    name);
  AdwMessageDialog *dialog = message_dialog_new (self, _("File Changed on Disk"), body);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "save-as", _("Save _As…"),
                                    "overwrite", _("_Overwrite"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "overwrite", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_conflict_response),
                         save_request_new (self, close_after),
                         save_request_notify, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_ui_saved (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  FwWindow *self = FW_WINDOW (object);
  SaveRequest *request = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (!fw_window_save_finish (self, result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        ask_overwrite (self, request->close_after);
      else
        _fw_window_show_error (self, _("Could Not Save the Framework"), error);
      save_request_free (request);
      return;
    }
  name = file_display_name (self->file);
  text = g_strdup_printf (_("Saved “%s”"), name);
  fw_window_add_toast (self, text);
  if (request->close_after)
    {
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  save_request_free (request);
}

void
_fw_window_save (FwWindow *self,
                 gboolean  close_after)
{
  if (self->file == NULL)
    {
      _fw_window_save_as (self, close_after);
      return;
    }
  fw_window_save_async (self, NULL, FALSE, NULL, on_ui_saved, save_request_new (self, close_after));
}

static GFile *
with_extension (GFile      *file,
                const char *extension)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *name = NULL;

  if (g_str_has_suffix (basename, extension))
    return g_object_ref (file);
  parent = g_file_get_parent (file);
  name = g_strconcat (basename, extension, NULL);
  return g_file_get_child (parent, name);
}

static GtkFileChooserNative *
save_chooser_new (FwWindow   *self,
                  const char *title,
                  const char *accept,
                  const char *name)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  if (self->file != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (self->file);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), parent, NULL);
    }
  return chooser;
}

static void
on_save_as_response (GtkNativeDialog *native,
                     int              response,
                     SaveRequest     *request)
{
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      file = with_extension (chosen, ".fwk");
      /* The chooser already asked before replacing an existing file. */
      fw_window_save_async (request->window, file, TRUE, NULL, on_ui_saved,
                            save_request_new (request->window, request->close_after));
    }
  save_request_free (request);
  g_object_unref (native);
}

void
_fw_window_save_as (FwWindow *self,
                    gboolean  close_after)
{
  g_autofree char *name = suggested_name (self, ".fwk");
  GtkFileChooserNative *chooser;

  chooser = save_chooser_new (self, _("Save Framework As"), _("_Save"), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_as_response),
                    save_request_new (self, close_after));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Export --------------------------------------------------------------------------------- */

static void
on_exported (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  FwWindow *self = FW_WINDOW (object);
  WriteData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = file_display_name (data->file);
  g_autofree char *text = NULL;

  _fw_window_end_busy (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      _fw_window_show_error (self, _("Could Not Export the Framework"), error);
      return;
    }
  text = g_strdup_printf (_("Exported “%s”"), name);
  fw_window_add_toast (self, text);
}

static void
on_export_response (GtkNativeDialog *native,
                    int              response,
                    FwWindow        *self)
{
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  WriteData *data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      bytes = fw_format_write (self->document, FW_FORMAT_NSX_JSON, NULL, &error);
      if (bytes == NULL)
        {
          _fw_window_show_error (self, _("Could Not Export the Framework"), error);
        }
      else
        {
          data = g_new0 (WriteData, 1);
          data->file = with_extension (chosen, ".json");
          data->bytes = g_steal_pointer (&bytes);
          write_async (self, data, on_exported, NULL);
        }
    }
  g_object_unref (native);
}

static void
choose_export_file (FwWindow *self)
{
  g_autofree char *name = suggested_name (self, "-nsx.json");
  GtkFileChooserNative *chooser;

  chooser = save_chooser_new (self, _("Export NSX JSON"), _("_Export"), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_export_gate_response (AdwMessageDialog *dialog,
                         const char       *response,
                         FwWindow         *self)
{
  if (g_str_equal (response, "export"))
    choose_export_file (self);
}

void
_fw_window_export_nsx (FwWindow *self)
{
  guint n_errors;
  GListModel *findings;
  g_autoptr(GString) body = g_string_new (NULL);
  AdwMessageDialog *dialog;
  guint shown = 0;

  /* The gate needs the findings of the document as it is now, not as it was 300 ms ago. */
  fw_window_validate_now (self);
  n_errors = fw_validator_get_n_errors (self->validator);
  if (n_errors == 0)
    {
      choose_export_file (self);
      return;
    }

  g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE,
                                             "The framework has %u error. Tools that read NSX JSON may reject the export.",
                                             "The framework has %u errors. Tools that read NSX JSON may reject the export.",
                                             n_errors), n_errors);
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

  dialog = message_dialog_new (self, _("Export With Errors?"), body->str);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"),
                                    "export", _("_Export Anyway"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "export", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
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
  target = _fw_window_target_for_new (self);
  fw_window_set_document (target, document, NULL, NULL);
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

/* Changes on disk ------------------------------------------------------------------------ */

static void
on_file_changed (FwWindow          *self,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event)
{
  g_autofree char *etag = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  /* Our own saves change the file too; their etag is known once they end. */
  if (self->busy_count > 0 || self->file == NULL)
    return;
  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED || event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT)
    return;
  etag = query_etag (self->file, NULL, NULL);
  if (etag != NULL && g_strcmp0 (etag, self->etag) == 0)
    return;
  name = file_display_name (self->file);
  text = etag != NULL
           ? g_strdup_printf (_("“%s” was changed by another program."), name)
           : g_strdup_printf (_("“%s” was removed or renamed by another program."), name);
  gtk_label_set_label (self->banner_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload-file", etag != NULL);
  gtk_revealer_set_reveal_child (self->banner_revealer, TRUE);
}

void
_fw_window_watch_file (FwWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->monitor != NULL)
    {
      g_file_monitor_cancel (self->monitor);
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_clear_object (&self->monitor);
    }
  if (self->file == NULL)
    return;
  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_NONE, NULL, &error);
  if (self->monitor == NULL)
    {
      g_debug ("Not watching the file for changes: %s", error->message);
      return;
    }
  g_signal_connect_object (self->monitor, "changed", G_CALLBACK (on_file_changed), self,
                           G_CONNECT_SWAPPED);
}

void
_fw_window_keep_mine (FwWindow *self)
{
  gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
  if (self->file == NULL)
    return;
  /* The author chose their version: the next save replaces the file without asking. */
  g_free (self->etag);
  self->etag = query_etag (self->file, NULL, NULL);
  fw_history_mark_dirty (fw_document_get_history (self->document));
}

/* Recent files --------------------------------------------------------------------------- */

void
_fw_window_add_recent (FwWindow *self,
                       GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *basename = g_file_get_basename (file);
  GtkRecentData data = { 0 };
  char *groups[] = { (char *) RECENT_APP_NAME, NULL };

  data.display_name = basename;
  data.mime_type = g_str_has_suffix (basename, ".fwk") ? (char *) RECENT_MIME_TYPE
                                                        : (char *) "application/octet-stream";
  data.app_name = (char *) RECENT_APP_NAME;
  data.app_exec = (char *) "framewright %u";
  data.groups = groups;
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *ia = *(GtkRecentInfo * const *) a;
  GtkRecentInfo *ib = *(GtkRecentInfo * const *) b;

  return g_date_time_compare (gtk_recent_info_get_modified (ib), gtk_recent_info_get_modified (ia));
}

static gboolean
rebuild_recent_idle (gpointer data)
{
  FwWindow *self = data;
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) ours = g_ptr_array_new ();
  guint shown = 0;

  self->recent_id = 0;
  if (!self->recent_watched)
    {
      self->recent_watched = TRUE;
      g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                               G_CALLBACK (_fw_window_rebuild_recent_menu), self,
                               G_CONNECT_SWAPPED);
    }
  g_menu_remove_all (self->recent_menu);
  for (GList *l = items; l != NULL; l = l->next)
    {
      if (gtk_recent_info_has_application (l->data, RECENT_APP_NAME))
        g_ptr_array_add (ours, l->data);
    }
  g_ptr_array_sort (ours, compare_recent);
  for (guint i = 0; i < ours->len && shown < RECENT_MENU_LENGTH; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (ours, i);
      g_autoptr(GMenuItem) item = NULL;

      if (!gtk_recent_info_exists (info))
        continue;
      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s",
                                         gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
      shown++;
    }
  if (shown == 0)
    g_menu_append (self->recent_menu, _("No Recent Frameworks"), "win.no-recent");
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  return G_SOURCE_REMOVE;
}

void
_fw_window_rebuild_recent_menu (FwWindow *self)
{
  /* Reading the recent list waits until the window is up. */
  if (self->recent_id == 0)
    self->recent_id = g_idle_add_full (G_PRIORITY_LOW, rebuild_recent_idle, self, NULL);
}

/* Drafts --------------------------------------------------------------------------------- */

void
_fw_window_discard_draft (FwWindow *self)
{
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  self->draft_pending = FALSE;
  if (self->draft != NULL)
    {
      fw_draft_discard (self->draft);
      g_clear_object (&self->draft);
    }
}

static gboolean
autosave_timeout_cb (gpointer data)
{
  FwWindow *self = data;

  self->autosave_id = 0;
  fw_window_autosave_now (self);
  return G_SOURCE_REMOVE;
}

void
_fw_window_schedule_autosave (FwWindow *self)
{
  guint delay = self->settings ? g_settings_get_uint (self->settings, "autosave-delay") : 2;

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (!fw_history_get_dirty (fw_document_get_history (self->document)))
    {
      /* Undone back to the saved state: the draft holds nothing worth keeping. */
      _fw_window_discard_draft (self);
      return;
    }
  self->autosave_id = g_timeout_add (MAX (delay, 1) * 1000, autosave_timeout_cb, self);
}

static void
on_draft_written (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(FwWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  self->draft_writing = FALSE;
  if (!fw_draft_write_finish (FW_DRAFT (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *text = g_strdup_printf (_("Could not save a draft: %s"), error->message);

          fw_window_add_toast (self, text);
        }
      return;
    }
  if (self->draft_pending)
    {
      self->draft_pending = FALSE;
      fw_window_autosave_now (self);
    }
}

void
fw_window_autosave_now (FwWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *original = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (FW_IS_WINDOW (self));

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (!fw_history_get_dirty (fw_document_get_history (self->document)))
    return;
  if (self->draft_writing)
    {
      self->draft_pending = TRUE;
      return;
    }
  if (self->draft == NULL)
    self->draft = fw_draft_new (&error);
  if (self->draft != NULL)
    bytes = fw_format_write (self->document, FW_FORMAT_FWK, NULL, &error);
  if (bytes == NULL)
    {
      text = g_strdup_printf (_("Could not save a draft: %s"), error->message);
      fw_window_add_toast (self, text);
      return;
    }
  original = self->file ? g_file_get_path (self->file) : NULL;
  self->draft_writing = TRUE;
  fw_draft_write_async (self->draft, bytes, fw_document_get_title (self->document), original,
                        self->etag, self->cancellable, on_draft_written, g_object_ref (self));
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
  dialog = message_dialog_new (self, _("Save Changes?"), body);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}
