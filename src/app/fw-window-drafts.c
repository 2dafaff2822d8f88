/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-formats.h"
#include "fw-window-private.h"

/* Autosave drafts: the unsaved state of the document, written a moment after each change
 * to a draft of its own (see FwDraft), never to the real file. */

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

void
_fw_window_adopt_draft (FwWindow   *self,
                        const char *id)
{
  g_autoptr(GError) error = NULL;
  FwDraft *draft = fw_draft_adopt (id, &error);

  if (draft == NULL)
    {
      _fw_window_show_error (self, _("Could Not Take Over the Draft"), error);
      return;
    }
  g_clear_object (&self->draft);
  self->draft = draft;
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
  g_autofree char *etag = NULL;
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
    self->draft = fw_draft_new (FW_DRAFT_FRAMEWORK, &error);
  if (self->draft != NULL)
    bytes = fw_format_write (self->document, FW_FORMAT_FWK, NULL, &error);
  if (bytes == NULL)
    {
      text = g_strdup_printf (_("Could not save a draft: %s"), error->message);
      fw_window_add_toast (self, text);
      return;
    }
  /* The original's fingerprint goes with the draft: saving a restored draft still notices
   * what another program wrote to the original meanwhile. */
  if (self->binding != NULL)
    {
      original = g_file_get_path (fw_file_binding_get_file (self->binding));
      etag = fw_file_binding_dup_etag (self->binding);
    }
  self->draft_writing = TRUE;
  fw_draft_write_async (self->draft, bytes, fw_document_get_title (self->document), original,
                        etag, self->cancellable, on_draft_written, g_object_ref (self));
}

FwDraft *
fw_window_get_draft (FwWindow *self)
{
  g_return_val_if_fail (FW_IS_WINDOW (self), NULL);

  return self->draft;
}
