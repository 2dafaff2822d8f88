/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-io.h"
#include "fw-map-file.h"
#include "fw-map-framework.h"
#include "fw-map-window-private.h"

/*
 * Autosave drafts of the map, as the framework windows keep theirs (see FwDraft): a moment
 * after each change the unsaved map goes to a draft of its own, never to the real file.
 * Saving or discarding drops it; a window that goes without either (a crash, a kill) leaves
 * it behind for the next start to offer.
 */

/* As in the framework windows, when no settings schema is installed. */
#define DEFAULT_AUTOSAVE_DELAY 2

static GSettings *
settings_new_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  return schema != NULL ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

void
_fw_map_window_init_drafts (FwMapWindow *self)
{
  self->settings = settings_new_if_installed ();
  self->cancellable = g_cancellable_new ();
}

void
_fw_map_window_dispose_drafts (FwMapWindow *self)
{
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  /* Let go without discarding: what was not saved stays recoverable, as after a crash. */
  g_clear_object (&self->draft);
  g_clear_object (&self->settings);
}

static gboolean
is_dirty (FwMapWindow *self)
{
  return self->map != NULL && fw_history_get_dirty (fw_map_get_history (self->map));
}

gboolean
fw_map_window_is_clean (FwMapWindow *self)
{
  g_return_val_if_fail (FW_IS_MAP_WINDOW (self), FALSE);

  return !is_dirty (self);
}

void
_fw_map_window_discard_draft (FwMapWindow *self)
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
  FwMapWindow *self = data;

  self->autosave_id = 0;
  fw_map_window_autosave_now (self);
  return G_SOURCE_REMOVE;
}

void
_fw_map_window_schedule_autosave (FwMapWindow *self)
{
  guint delay = self->settings != NULL ? g_settings_get_uint (self->settings, "autosave-delay")
                                       : DEFAULT_AUTOSAVE_DELAY;

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (!is_dirty (self))
    {
      /* Undone back to the saved state: the draft holds nothing worth keeping. */
      _fw_map_window_discard_draft (self);
      return;
    }
  self->autosave_id = g_timeout_add (MAX (delay, 1) * 1000, autosave_timeout_cb, self);
}

static void
show_draft_error (FwMapWindow *self,
                  GError      *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Save a Draft"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_draft_written (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(FwMapWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  self->draft_writing = FALSE;
  if (!fw_draft_write_finish (FW_DRAFT (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_draft_error (self, error);
      return;
    }
  if (self->draft_pending)
    {
      self->draft_pending = FALSE;
      fw_map_window_autosave_now (self);
    }
}

void
fw_map_window_autosave_now (FwMapWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *original = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *framework = NULL;

  g_return_if_fail (FW_IS_MAP_WINDOW (self));

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (!is_dirty (self))
    return;
  if (self->draft_writing)
    {
      self->draft_pending = TRUE;
      return;
    }
  if (self->draft == NULL)
    self->draft = fw_draft_new (FW_DRAFT_MAP, &error);
  if (self->draft == NULL)
    {
      show_draft_error (self, error);
      return;
    }
  bytes = fw_map_write (self->map);
  /* The original's fingerprint goes with the draft: saving a restored draft still notices
   * what another program wrote to the original meanwhile. */
  if (self->binding != NULL)
    {
      original = g_file_get_path (fw_file_binding_get_file (self->binding));
      etag = fw_file_binding_dup_etag (self->binding);
    }
  /* A map never saved names its framework relative to nothing yet: the draft keeps where. */
  if (self->framework_file != NULL)
    framework = g_file_get_path (self->framework_file);
  fw_draft_set_framework_path (self->draft, framework);
  self->draft_writing = TRUE;
  fw_draft_write_async (self->draft, bytes, fw_map_get_name (self->map), original, etag,
                        self->cancellable, on_draft_written, g_object_ref (self));
}

FwDraft *
fw_map_window_get_draft (FwMapWindow *self)
{
  g_return_val_if_fail (FW_IS_MAP_WINDOW (self), NULL);

  return self->draft;
}

/* Restoring ------------------------------------------------------------------------------ */

/* Where the restored map's framework is: recorded with the draft, or beside its original. */
static GFile *
restored_framework_file (const FwDraftInfo *info,
                         FwMap             *map)
{
  g_autofree char *resolved = NULL;

  if (info->framework_path != NULL)
    return g_file_new_for_path (info->framework_path);
  resolved = fw_map_resolve_framework (map, info->original_path != NULL ? info->original_path
                                                                        : info->path);
  return g_file_new_for_path (resolved);
}

gboolean
fw_map_window_restore_draft (FwMapWindow        *self,
                             const FwDraftInfo  *info,
                             GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(FwMap) map = NULL;
  g_autoptr(FwDraft) draft = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) framework_file = NULL;
  g_autoptr(FwFileBinding) binding = NULL;

  g_return_val_if_fail (FW_IS_MAP_WINDOW (self), FALSE);
  g_return_val_if_fail (info != NULL && info->kind == FW_DRAFT_MAP, FALSE);

  bytes = fw_io_load (info->path, FW_MAX_FILE_SIZE, error);
  if (bytes != NULL)
    map = fw_map_read_bytes (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                             info->path, error);
  if (map == NULL)
    return FALSE;
  draft = fw_draft_adopt (info->id, error);
  if (draft == NULL)
    return FALSE;

  /* Bound with the fingerprint the original had when the draft was written, not as it is
   * now: saving then refuses to replace what another program wrote meanwhile. */
  if (info->original_path != NULL)
    {
      file = g_file_new_for_path (info->original_path);
      binding = fw_file_binding_new (file, info->original_etag);
    }
  framework_file = restored_framework_file (info, map);
  _fw_map_window_discard_draft (self);
  self->draft = g_steal_pointer (&draft);
  _fw_map_window_show_map (self, map, file, binding, framework_file);
  fw_history_mark_dirty (fw_map_get_history (map));
  _fw_map_window_refresh (self);
  return TRUE;
}
