/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-formats.h"
#include "fw-io.h"
#include "fw-window-private.h"

#define NATIVE_MIME_TYPE "application/x-framewright"

char *
_fw_window_suggested_name (FwWindow   *self,
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

/* Loading -------------------------------------------------------------------------------- */

typedef enum
{
  LOAD_OPEN,
  LOAD_RELOAD,
  LOAD_RESTORE,
} LoadMode;

typedef struct
{
  LoadMode       mode;
  FwFileBinding *binding;
  FwFormat       format;
  FwDocument    *document;
  GPtrArray     *warnings;
  /* LOAD_RESTORE: the draft to adopt and where its document belongs. */
  char          *draft_id;
  FwFileBinding *original;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->binding);
  g_clear_object (&data->document);
  g_clear_object (&data->original);
  g_clear_pointer (&data->warnings, g_ptr_array_unref);
  g_clear_pointer (&data->draft_id, g_free);
  g_free (data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = g_file_get_path (fw_file_binding_get_file (data->binding));
  GError *error = NULL;

  /* The binding keeps the fingerprint of exactly the bytes read. */
  bytes = fw_file_binding_load (data->binding, FW_MAX_FILE_SIZE, &error);
  if (bytes != NULL)
    data->document = fw_format_read_bytes (bytes, path, data->format, data->warnings, &error);
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
show_loaded (FwWindow *self,
             LoadData *data)
{
  gboolean imported;

  switch (data->mode)
    {
    case LOAD_RESTORE:
      _fw_window_show_document (self, data->document, data->original);
      _fw_window_adopt_draft (self, data->draft_id);
      fw_history_mark_dirty (fw_document_get_history (data->document));
      fw_window_add_toast (self, _("Recovered unsaved changes"));
      break;
    case LOAD_RELOAD:
      _fw_window_show_document (self, data->document, data->binding);
      fw_window_add_toast (self, _("Reloaded from disk"));
      break;
    case LOAD_OPEN:
    default:
      /* Only native files stay bound to their file; imports must be saved as .fwk. */
      imported = fw_document_get_origin (data->document) != FW_ORIGIN_NATIVE;
      _fw_window_show_document (self, data->document, imported ? NULL : data->binding);
      if (imported)
        fw_history_mark_dirty (fw_document_get_history (data->document));
      _fw_window_add_recent (fw_file_binding_get_file (data->binding));
      show_load_warnings (self, data->warnings, imported);
      break;
    }
}

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  FwWindow *self = FW_WINDOW (object);
  LoadData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = _fw_window_display_name (fw_file_binding_get_file (data->binding));
  g_autofree char *heading = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_loaded (self, data);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      heading = g_strdup_printf (_("Could Not Open “%s”"), name);
      _fw_window_show_error (self, heading, error);
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
  data->binding = fw_file_binding_new (file, NULL);
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
  data->binding = fw_file_binding_new_for_path (info->path, NULL);
  data->format = FW_FORMAT_FWK;
  data->draft_id = g_strdup (info->id);
  /* Bound with the fingerprint it had when the draft was written, not as it is now. */
  if (info->original_path != NULL)
    data->original = fw_file_binding_new_for_path (info->original_path, info->original_etag);
  load_async (self, data);
}

void
_fw_window_reload (FwWindow *self)
{
  LoadData *data;

  gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
  if (self->binding == NULL)
    return;
  data = g_new0 (LoadData, 1);
  data->mode = LOAD_RELOAD;
  data->binding = fw_file_binding_new (fw_file_binding_get_file (self->binding), NULL);
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

  if (response == GTK_RESPONSE_ACCEPT)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));
      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          _fw_window_request_open_file (self, file);
        }
    }
  g_object_unref (native);
}

void
_fw_window_open_dialog (FwWindow *self,
                        gboolean  import)
{
  static const char * const all[] = { "*.fwk", "*.fwmap", "*.json", "*.txt", "*.html", "*.htm",
                                      NULL };
  static const char * const all_import[] = { "*.fwk", "*.json", "*.txt", "*.html", "*.htm", NULL };
  static const char * const native[] = { "*.fwk", NULL };
  static const char * const maps[] = { "*.fwmap", NULL };
  static const char * const nsx[] = { "*.json", NULL };
  static const char * const pages[] = { "*.txt", "*.html", "*.htm", NULL };
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (import ? _("Import a Framework") : _("Open a Framework"),
                                         GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         import ? _("_Import") : _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  /* Curriculum maps open from here too, each in a map window of its own. */
  add_filter (GTK_FILE_CHOOSER (chooser), _("All Frameworks and Pages"),
              import ? all_import : all, NULL);
  if (!import)
    add_filter (GTK_FILE_CHOOSER (chooser), _("Framewright Frameworks"), native, NATIVE_MIME_TYPE);
  if (!import)
    add_filter (GTK_FILE_CHOOSER (chooser), _("Curriculum Maps"), maps,
                "application/x-framewright-map");
  add_filter (GTK_FILE_CHOOSER (chooser), _("NSX JSON Exports"), nsx, "application/json");
  add_filter (GTK_FILE_CHOOSER (chooser), _("Saved or Copied Framework Pages"), pages, NULL);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_open_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Saving --------------------------------------------------------------------------------- */

typedef struct
{
  FwFileBinding *binding;
  guint64        generation;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->binding);
  g_free (data);
}

static void
on_saved (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FwWindow *self = g_task_get_source_object (task);
  SaveData *data = g_task_get_task_data (task);
  FwHistory *history = fw_document_get_history (self->document);
  GError *error = NULL;

  _fw_window_end_busy (self);
  if (!fw_file_binding_save_finish (FW_FILE_BINDING (object), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  if (self->binding != data->binding)
    {
      g_set_object (&self->binding, data->binding);
      _fw_window_watch_file (self);
      g_object_notify (G_OBJECT (self), "file");
    }
  gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
  _fw_window_update_conflict_banner (self);
  /* Edits made while the file was written are not in it: then the document stays unsaved. */
  if (fw_history_get_generation (history) == data->generation)
    {
      fw_history_mark_clean (history);
      _fw_window_discard_draft (self);
    }
  _fw_window_add_recent (fw_file_binding_get_file (data->binding));
  _fw_window_update_title (self);
  _fw_window_update_actions (self);
  g_task_return_boolean (task, TRUE);
}

void
fw_window_save_async (FwWindow            *self,
                      GFile               *file,
                      gboolean             force,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  GFile *own;
  SaveData *data;

  g_return_if_fail (FW_IS_WINDOW (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  own = _fw_window_file (self);
  g_return_if_fail (file != NULL || own != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fw_window_save_async);
  /* The identifier and the last-modified time are provenance, not edits: no undo step. */
  fw_document_prepare_save (self->document, NULL);
  bytes = fw_format_write (self->document, FW_FORMAT_FWK, NULL, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  data = g_new0 (SaveData, 1);
  /* Another file is bound afresh: unless forced, the save refuses to replace one there. */
  if (file == NULL || (own != NULL && g_file_equal (file, own)))
    data->binding = g_object_ref (self->binding);
  else
    data->binding = fw_file_binding_new (file, NULL);
  data->generation = fw_history_get_generation (fw_document_get_history (self->document));
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  _fw_window_begin_busy (self);
  fw_file_binding_save_async (data->binding, bytes,
                              force ? FW_FILE_SAVE_FORCE : FW_FILE_SAVE_NONE,
                              cancellable, on_saved, g_steal_pointer (&task));
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
  GFile    *file;
  gboolean  close_after;
} SaveRequest;

static void
save_request_free (gpointer data)
{
  SaveRequest *request = data;

  g_object_unref (request->window);
  g_clear_object (&request->file);
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
                  GFile    *file,
                  gboolean  close_after)
{
  SaveRequest *request = g_new0 (SaveRequest, 1);

  request->window = g_object_ref (self);
  request->file = file != NULL ? g_object_ref (file) : NULL;
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
    fw_window_save_async (self, request->file, TRUE, NULL, on_ui_saved,
                          save_request_new (self, request->file, request->close_after));
  else if (g_str_equal (response, "save-as"))
    _fw_window_save_as (self, request->close_after);
}

static void
ask_overwrite (FwWindow    *self,
               SaveRequest *request)
{
  GFile *file = request->file != NULL ? request->file : _fw_window_file (self);
  g_autofree char *name = _fw_window_display_name (file);
  g_autofree char *body = g_strdup_printf (
    _("“%s” was changed by another program after you opened it. Saving replaces those changes."),
    name);
  AdwMessageDialog *dialog = _fw_window_message_dialog_new (self, _("File Changed on Disk"), body);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "save-as", _("Save _As…"),
                                    "overwrite", _("_Overwrite"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "overwrite", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_conflict_response),
                         save_request_new (self, request->file, request->close_after),
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
      if (g_error_matches (error, FW_ERROR, FW_ERROR_CONFLICT))
        ask_overwrite (self, request);
      else
        _fw_window_show_error (self, _("Could Not Save the Framework"), error);
      save_request_free (request);
      return;
    }
  name = _fw_window_display_name (_fw_window_file (self));
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
  if (self->binding == NULL)
    {
      _fw_window_save_as (self, close_after);
      return;
    }
  fw_window_save_async (self, NULL, FALSE, NULL, on_ui_saved,
                        save_request_new (self, NULL, close_after));
}

GFile *
_fw_window_with_extension (GFile      *file,
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

GtkFileChooserNative *
_fw_window_save_chooser_new (FwWindow   *self,
                             const char *title,
                             const char *accept,
                             const char *name)
{
  GtkFileChooserNative *chooser;
  GFile *own = _fw_window_file (self);

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  if (own != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (own);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), parent, NULL);
    }
  return chooser;
}

/* Replacing a file ----------------------------------------------------------------------- */

typedef struct
{
  FwWindow           *window;
  GFile              *file;
  FwReplaceConfirmed  then;
  gpointer            data;
  GDestroyNotify      destroy;
} ReplaceQuestion;

static void
replace_question_free (gpointer  data,
                       GClosure *closure)
{
  ReplaceQuestion *question = data;

  g_object_unref (question->window);
  g_object_unref (question->file);
  if (question->destroy != NULL)
    question->destroy (question->data);
  g_free (question);
}

static void
on_replace_response (AdwMessageDialog *dialog,
                     const char       *response,
                     ReplaceQuestion  *question)
{
  if (g_str_equal (response, "replace"))
    question->then (question->window, question->file, TRUE, question->data);
}

void
_fw_window_confirm_replace (FwWindow           *self,
                            GFile              *file,
                            FwReplaceConfirmed  then,
                            gpointer            data,
                            GDestroyNotify      destroy)
{
  GFile *own = _fw_window_file (self);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  ReplaceQuestion *question;

  /* The chooser asked about the name as typed, not about the one with the extension. */
  if ((own != NULL && g_file_equal (file, own)) || !g_file_query_exists (file, NULL))
    {
      then (self, file, FALSE, data);
      if (destroy != NULL)
        destroy (data);
      return;
    }

  parent = g_file_get_parent (file);
  name = _fw_window_display_name (file);
  folder = parent != NULL ? _fw_window_display_name (parent) : g_strdup ("/");
  heading = g_strdup_printf (_("Replace “%s”?"), name);
  body = g_strdup_printf (_("A file named “%s” already exists in “%s”. Replacing it overwrites "
                            "what it holds."), name, folder);
  dialog = _fw_window_message_dialog_new (self, heading, body);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"),
                                    "replace", _("_Replace"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  question = g_new0 (ReplaceQuestion, 1);
  question->window = g_object_ref (self);
  question->file = g_object_ref (file);
  question->then = then;
  question->data = data;
  question->destroy = destroy;
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_replace_response), question,
                         replace_question_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_as_confirmed (FwWindow *self,
                   GFile    *file,
                   gboolean  replace,
                   gpointer  data)
{
  SaveRequest *request = data;

  fw_window_save_async (self, file, replace, NULL, on_ui_saved,
                        save_request_new (self, file, request->close_after));
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
      file = _fw_window_with_extension (chosen, ".fwk");
      _fw_window_confirm_replace (request->window, file, save_as_confirmed,
                                  save_request_new (request->window, file, request->close_after),
                                  save_request_free);
    }
  save_request_free (request);
  g_object_unref (native);
}

void
_fw_window_save_as (FwWindow *self,
                    gboolean  close_after)
{
  g_autofree char *name = _fw_window_suggested_name (self, ".fwk");
  GtkFileChooserNative *chooser;

  chooser = _fw_window_save_chooser_new (self, _("Save Framework As"), _("_Save"), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_as_response),
                    save_request_new (self, NULL, close_after));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Changes on disk ------------------------------------------------------------------------ */

static void
on_file_checked (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(FwWindow) self = user_data;
  FwFileState state = fw_file_binding_check_finish (FW_FILE_BINDING (object), result, NULL);
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  /* A save or a reload since the check started knows better. */
  if (state == FW_FILE_STATE_UNCHANGED || self->busy_count > 0 ||
      self->binding != FW_FILE_BINDING (object) || g_cancellable_is_cancelled (self->cancellable))
    return;
  name = _fw_window_display_name (fw_file_binding_get_file (self->binding));
  text = state == FW_FILE_STATE_CHANGED
           ? g_strdup_printf (_("“%s” was changed by another program."), name)
           : g_strdup_printf (_("“%s” was removed or renamed by another program."), name);
  gtk_label_set_label (self->banner_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload-file",
                                 state == FW_FILE_STATE_CHANGED);
  gtk_stack_set_visible_child_name (self->banner_stack, "file");
  gtk_revealer_set_reveal_child (self->banner_revealer, TRUE);
}

static void
on_file_changed (FwWindow          *self,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event)
{
  /* Our own saves change the file too; their fingerprint is known once they end. */
  if (self->busy_count > 0 || self->binding == NULL)
    return;
  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED || event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT)
    return;
  /* The binding compares contents, not only times: in a worker, off the main thread. */
  fw_file_binding_check_async (self->binding, self->cancellable, on_file_checked,
                               g_object_ref (self));
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
  if (self->binding == NULL)
    return;
  self->monitor = g_file_monitor_file (fw_file_binding_get_file (self->binding),
                                       G_FILE_MONITOR_NONE, NULL, &error);
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
  g_autoptr(GError) error = NULL;

  gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
  _fw_window_update_conflict_banner (self);
  if (self->binding == NULL)
    return;
  /* The author chose their version: the next save replaces the file without asking. */
  if (!fw_file_binding_accept_disk (self->binding, &error))
    g_debug ("Keeping mine: %s", error->message);
  fw_history_mark_dirty (fw_document_get_history (self->document));
}
