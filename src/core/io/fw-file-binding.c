/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-file-binding.h"
#include "fw-io.h"
#include "fw-io-checked.h"

struct _FwFileBinding
{
  GObject  parent_instance;

  GFile   *file;
  /* Guards etag: saves and loads run in worker threads. */
  GMutex   mutex;
  char    *etag;
};

G_DEFINE_FINAL_TYPE (FwFileBinding, fw_file_binding, G_TYPE_OBJECT)

static void
fw_file_binding_finalize (GObject *object)
{
  FwFileBinding *self = FW_FILE_BINDING (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->etag, g_free);
  g_mutex_clear (&self->mutex);

  G_OBJECT_CLASS (fw_file_binding_parent_class)->finalize (object);
}

static void
fw_file_binding_class_init (FwFileBindingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fw_file_binding_finalize;
}

static void
fw_file_binding_init (FwFileBinding *self)
{
  g_mutex_init (&self->mutex);
}

FwFileBinding *
fw_file_binding_new (GFile      *file,
                     const char *etag)
{
  FwFileBinding *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (FW_TYPE_FILE_BINDING, NULL);
  self->file = g_object_ref (file);
  self->etag = g_strdup (etag);
  return self;
}

FwFileBinding *
fw_file_binding_new_for_path (const char *path,
                              const char *etag)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  file = g_file_new_for_path (path);
  return fw_file_binding_new (file, etag);
}

GFile *
fw_file_binding_get_file (FwFileBinding *self)
{
  g_return_val_if_fail (FW_IS_FILE_BINDING (self), NULL);

  return self->file;
}

char *
fw_file_binding_dup_etag (FwFileBinding *self)
{
  char *etag;

  g_return_val_if_fail (FW_IS_FILE_BINDING (self), NULL);

  g_mutex_lock (&self->mutex);
  etag = g_strdup (self->etag);
  g_mutex_unlock (&self->mutex);
  return etag;
}

static void
take_etag (FwFileBinding *self,
           char          *etag)
{
  g_mutex_lock (&self->mutex);
  g_free (self->etag);
  self->etag = etag;
  g_mutex_unlock (&self->mutex);
}

static char *
local_path (FwFileBinding  *self,
            GError        **error)
{
  char *path = g_file_get_path (self->file);

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->file);

      fw_set_error_at (error, FW_ERROR_IO, uri, 0, 0, "only local files can be read or written");
    }
  return path;
}

gboolean
fw_file_binding_accept_disk (FwFileBinding  *self,
                             GError        **error)
{
  g_autofree char *path = NULL;
  char *etag;

  g_return_val_if_fail (FW_IS_FILE_BINDING (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = local_path (self, error);
  if (path == NULL)
    return FALSE;
  etag = fw_io_get_etag (path);
  if (etag == NULL && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      fw_set_error_at (error, FW_ERROR_IO, path, 0, 0, "could not read the file");
      return FALSE;
    }
  take_etag (self, etag);
  return TRUE;
}

GBytes *
fw_file_binding_load (FwFileBinding  *self,
                      gsize           max_size,
                      GError        **error)
{
  g_autofree char *path = NULL;
  char *etag = NULL;
  GBytes *bytes;

  g_return_val_if_fail (FW_IS_FILE_BINDING (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  path = local_path (self, error);
  if (path == NULL)
    return NULL;
  bytes = fw_io_load_checked (path, max_size, &etag, error);
  if (bytes != NULL)
    take_etag (self, etag);
  return bytes;
}

gboolean
fw_file_binding_save (FwFileBinding    *self,
                      GBytes           *contents,
                      FwFileSaveFlags   flags,
                      GError          **error)
{
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  char *new_etag = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (FW_IS_FILE_BINDING (self), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = local_path (self, error);
  if (path == NULL)
    return FALSE;
  data = g_bytes_get_data (contents, &length);
  expected = fw_file_binding_dup_etag (self);
  if (!fw_io_save_checked (path, data, length, (flags & FW_FILE_SAVE_FORCE) != 0, expected,
                           &new_etag, error))
    return FALSE;
  take_etag (self, new_etag);
  return TRUE;
}

FwFileState
fw_file_binding_check (FwFileBinding *self)
{
  g_autofree char *path = NULL;
  g_autofree char *current = NULL;
  g_autofree char *expected = NULL;

  g_return_val_if_fail (FW_IS_FILE_BINDING (self), FW_FILE_STATE_MISSING);

  path = g_file_get_path (self->file);
  if (path == NULL)
    return FW_FILE_STATE_MISSING;
  current = fw_io_get_etag (path);
  if (current == NULL)
    return FW_FILE_STATE_MISSING;
  expected = fw_file_binding_dup_etag (self);
  return g_strcmp0 (current, expected) == 0 ? FW_FILE_STATE_UNCHANGED : FW_FILE_STATE_CHANGED;
}

/* Asynchronous variants ------------------------------------------------------------------ */

typedef struct
{
  GBytes          *contents;
  gsize            max_size;
  FwFileSaveFlags  flags;
} TaskData;

static void
task_data_free (TaskData *data)
{
  g_clear_pointer (&data->contents, g_bytes_unref);
  g_free (data);
}

static GTask *
task_new (FwFileBinding       *self,
          gpointer             source_tag,
          TaskData            *data,
          GCancellable        *cancellable,
          GAsyncReadyCallback  callback,
          gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, (GDestroyNotify) task_data_free);
  /* Once started, a save runs to its end: a half-taken decision helps nobody. */
  g_task_set_return_on_cancel (task, FALSE);
  return task;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  TaskData *data = task_data;
  GError *error = NULL;
  GBytes *bytes;

  if (g_task_return_error_if_cancelled (task))
    return;
  bytes = fw_file_binding_load (source_object, data->max_size, &error);
  if (bytes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

void
fw_file_binding_load_async (FwFileBinding       *self,
                            gsize                max_size,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *data;

  g_return_if_fail (FW_IS_FILE_BINDING (self));

  data = g_new0 (TaskData, 1);
  data->max_size = max_size;
  task = task_new (self, fw_file_binding_load_async, data, cancellable, callback, user_data);
  g_task_run_in_thread (task, load_thread);
}

GBytes *
fw_file_binding_load_finish (FwFileBinding  *self,
                             GAsyncResult   *result,
                             GError        **error)
{
  g_return_val_if_fail (FW_IS_FILE_BINDING (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  TaskData *data = task_data;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (fw_file_binding_save (source_object, data->contents, data->flags, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
fw_file_binding_save_async (FwFileBinding       *self,
                            GBytes              *contents,
                            FwFileSaveFlags      flags,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *data;

  g_return_if_fail (FW_IS_FILE_BINDING (self));
  g_return_if_fail (contents != NULL);

  data = g_new0 (TaskData, 1);
  data->contents = g_bytes_ref (contents);
  data->flags = flags;
  task = task_new (self, fw_file_binding_save_async, data, cancellable, callback, user_data);
  g_task_run_in_thread (task, save_thread);
}

gboolean
fw_file_binding_save_finish (FwFileBinding  *self,
                             GAsyncResult   *result,
                             GError        **error)
{
  g_return_val_if_fail (FW_IS_FILE_BINDING (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  if (g_task_return_error_if_cancelled (task))
    return;
  g_task_return_int (task, fw_file_binding_check (source_object));
}

void
fw_file_binding_check_async (FwFileBinding       *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FW_IS_FILE_BINDING (self));

  task = task_new (self, fw_file_binding_check_async, g_new0 (TaskData, 1), cancellable,
                   callback, user_data);
  g_task_run_in_thread (task, check_thread);
}

FwFileState
fw_file_binding_check_finish (FwFileBinding  *self,
                              GAsyncResult   *result,
                              GError        **error)
{
  gssize state;

  g_return_val_if_fail (FW_IS_FILE_BINDING (self), FW_FILE_STATE_MISSING);
  g_return_val_if_fail (g_task_is_valid (result, self), FW_FILE_STATE_MISSING);

  state = g_task_propagate_int (G_TASK (result), error);
  return state < 0 ? FW_FILE_STATE_MISSING : (FwFileState) state;
}
