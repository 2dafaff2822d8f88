/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "fw-drafts.h"
#include "fw-error.h"
#include "fw-io.h"
#include "fw-lock-file.h"
#include "fw-types.h"

#define SIDECAR_VERSION 1

struct _FwDraft
{
  GObject     parent_instance;

  char       *id;
  FwDraftKind kind;
  /* Guarded by the mutex: written with the sidecar. */
  char       *framework_path;
  /* Held while the draft is ours; it goes when the process goes, however it ends. */
  FwLockFile *lock;
  /* Serialises writes and discards; a write started before a discard must not resurrect it. */
  GMutex      mutex;
  guint       discard_serial;
};

G_DEFINE_FINAL_TYPE (FwDraft, fw_draft, G_TYPE_OBJECT)

/* The draft document's extension for each kind. */
static const char * const kind_suffixes[] = {
  [FW_DRAFT_FRAMEWORK] = ".fwk",
  [FW_DRAFT_MAP] = ".fwmap",
};

static char *
draft_file (const char *id,
            const char *suffix)
{
  g_autofree char *dir = fw_drafts_get_directory ();
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

/*
 * The lock sits in a file of its own beside the draft: the draft document is replaced by a
 * rename on every autosave, which would drop a lock held on it.
 */
static gboolean
draft_is_locked (const char *id)
{
  g_autofree char *lock = draft_file (id, ".lock");

  return fw_lock_file_is_held (lock);
}

static FwLockFile *
take_lock (const char  *id,
           GError     **error)
{
  g_autofree char *dir = fw_drafts_get_directory ();
  g_autofree char *lock = draft_file (id, ".lock");

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      fw_set_error_at (error, FW_ERROR_IO, dir, 0, 0, _("could not create the drafts folder: %s"),
                       g_strerror (saved_errno));
      return NULL;
    }
  return fw_lock_file_acquire (lock, error);
}

static void
fw_draft_finalize (GObject *object)
{
  FwDraft *self = FW_DRAFT (object);

  /* Releasing the lock without discarding leaves an orphan to recover, as after a crash. */
  fw_lock_file_release (g_steal_pointer (&self->lock), TRUE);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->framework_path, g_free);
  g_mutex_clear (&self->mutex);

  G_OBJECT_CLASS (fw_draft_parent_class)->finalize (object);
}

static void
fw_draft_class_init (FwDraftClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fw_draft_finalize;
}

static void
fw_draft_init (FwDraft *self)
{
  g_mutex_init (&self->mutex);
}

void
fw_draft_info_free (FwDraftInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->id);
  g_free (info->path);
  g_free (info->title);
  g_free (info->original_path);
  g_free (info->original_etag);
  g_free (info->framework_path);
  g_clear_pointer (&info->saved_at, g_date_time_unref);
  g_free (info);
}

char *
fw_drafts_get_directory (void)
{
  return g_build_filename (g_get_user_data_dir (), "framewright", "drafts", NULL);
}

static const char *
member_string (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static void
read_sidecar (FwDraftInfo *info)
{
  g_autofree char *path = draft_file (info->id, ".json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *object;
  const char *saved;

  if (!json_parser_load_from_file (parser, path, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return;
  object = json_node_get_object (json_parser_get_root (parser));
  g_free (info->title);
  info->title = g_strdup (member_string (object, "title"));
  if (info->title == NULL)
    info->title = g_strdup ("");
  info->original_path = g_strdup (member_string (object, "original"));
  info->original_etag = g_strdup (member_string (object, "etag"));
  info->framework_path = g_strdup (member_string (object, "framework"));
  saved = member_string (object, "saved");
  if (saved != NULL)
    info->saved_at = g_date_time_new_from_iso8601 (saved, NULL);
}

/* The kind whose extension @name ends in, or FALSE when it is no draft document. */
static gboolean
kind_of_name (const char  *name,
              FwDraftKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_suffixes); i++)
    {
      if (g_str_has_suffix (name, kind_suffixes[i]) && strlen (name) > strlen (kind_suffixes[i]))
        {
          *kind = (FwDraftKind) i;
          return TRUE;
        }
    }
  return FALSE;
}

static int
compare_info_by_time (gconstpointer a,
                      gconstpointer b)
{
  const FwDraftInfo *ia = *(const FwDraftInfo * const *) a;
  const FwDraftInfo *ib = *(const FwDraftInfo * const *) b;

  if (ia->saved_at == NULL || ib->saved_at == NULL)
    return (ia->saved_at != NULL) - (ib->saved_at != NULL);
  return g_date_time_compare (ia->saved_at, ib->saved_at);
}

GPtrArray *
fw_drafts_find_orphans (void)
{
  g_autofree char *dir_path = fw_drafts_get_directory ();
  g_autoptr(GPtrArray) orphans = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_draft_info_free);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      FwDraftInfo *info;
      FwDraftKind kind;

      if (!kind_of_name (name, &kind))
        continue;
      info = g_new0 (FwDraftInfo, 1);
      info->kind = kind;
      info->id = g_strndup (name, strlen (name) - strlen (kind_suffixes[kind]));
      if (draft_is_locked (info->id))
        {
          fw_draft_info_free (info);
          continue;
        }
      info->path = g_build_filename (dir_path, name, NULL);
      info->title = g_strdup ("");
      read_sidecar (info);
      g_ptr_array_add (orphans, info);
    }
  g_ptr_array_sort (orphans, compare_info_by_time);
  return g_steal_pointer (&orphans);
}

static void
delete_files (const char *id)
{
  g_autofree char *sidecar = draft_file (id, ".json");

  for (guint i = 0; i < G_N_ELEMENTS (kind_suffixes); i++)
    {
      g_autofree char *path = draft_file (id, kind_suffixes[i]);

      g_unlink (path);
    }
  g_unlink (sidecar);
}

gboolean
fw_drafts_delete_orphan (const char  *id,
                         GError     **error)
{
  FwLockFile *lock;

  g_return_val_if_fail (id != NULL, FALSE);

  if (draft_is_locked (id) || (lock = take_lock (id, NULL)) == NULL)
    {
      fw_set_error_at (error, FW_ERROR_IO, id, 0, 0, _("the draft is in use by another window"));
      return FALSE;
    }
  delete_files (id);
  fw_lock_file_release (lock, TRUE);
  return TRUE;
}

static FwDraft *
draft_new_owned (const char   *id,
                 FwDraftKind   kind,
                 GError      **error)
{
  FwLockFile *lock = take_lock (id, error);
  FwDraft *self;

  if (lock == NULL)
    return NULL;
  self = g_object_new (FW_TYPE_DRAFT, NULL);
  self->id = g_strdup (id);
  self->kind = kind;
  self->lock = lock;
  return self;
}

FwDraft *
fw_draft_new (FwDraftKind   kind,
              GError      **error)
{
  g_autofree char *id = NULL;

  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_suffixes), NULL);

  id = fw_id_new_random ("draft");
  return draft_new_owned (id, kind, error);
}

/* The kind of the draft document on disk for @id (a framework when there is none yet). */
static FwDraftKind
kind_on_disk (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_suffixes); i++)
    {
      g_autofree char *path = draft_file (id, kind_suffixes[i]);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return (FwDraftKind) i;
    }
  return FW_DRAFT_FRAMEWORK;
}

FwDraft *
fw_draft_adopt (const char  *id,
                GError     **error)
{
  g_return_val_if_fail (id != NULL, NULL);

  if (draft_is_locked (id))
    {
      fw_set_error_at (error, FW_ERROR_IO, id, 0, 0, _("the draft is in use by another window"));
      return NULL;
    }
  return draft_new_owned (id, kind_on_disk (id), error);
}

const char *
fw_draft_get_id (FwDraft *self)
{
  g_return_val_if_fail (FW_IS_DRAFT (self), NULL);

  return self->id;
}

FwDraftKind
fw_draft_get_kind (FwDraft *self)
{
  g_return_val_if_fail (FW_IS_DRAFT (self), FW_DRAFT_FRAMEWORK);

  return self->kind;
}

void
fw_draft_set_framework_path (FwDraft    *self,
                             const char *path)
{
  g_return_if_fail (FW_IS_DRAFT (self));

  g_mutex_lock (&self->mutex);
  g_free (self->framework_path);
  self->framework_path = g_strdup (path);
  g_mutex_unlock (&self->mutex);
}

char *
fw_draft_get_path (FwDraft *self)
{
  g_return_val_if_fail (FW_IS_DRAFT (self), NULL);

  return draft_file (self->id, kind_suffixes[self->kind]);
}

gboolean
fw_draft_exists (FwDraft *self)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (FW_IS_DRAFT (self), FALSE);

  path = draft_file (self->id, kind_suffixes[self->kind]);
  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *member,
                    const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static char *
sidecar_contents (const char *title,
                  const char *original_path,
                  const char *original_etag,
                  const char *framework_path)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *saved = g_date_time_format_iso8601 (now);
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, SIDECAR_VERSION);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, title != NULL ? title : "");
  add_string_or_null (builder, "original", original_path);
  add_string_or_null (builder, "etag", original_etag);
  /* Only maps name a framework: framework drafts keep the sidecar they always had. */
  if (framework_path != NULL)
    add_string_or_null (builder, "framework", framework_path);
  json_builder_set_member_name (builder, "saved");
  json_builder_add_string_value (builder, saved);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

static gboolean
write_locked (FwDraft     *self,
              GBytes      *contents,
              const char  *title,
              const char  *original_path,
              const char  *original_etag,
              GError     **error)
{
  g_autofree char *dir = fw_drafts_get_directory ();
  g_autofree char *path = draft_file (self->id, kind_suffixes[self->kind]);
  g_autofree char *sidecar_path = draft_file (self->id, ".json");
  g_autofree char *sidecar = sidecar_contents (title, original_path, original_etag,
                                               self->framework_path);
  gsize length;
  const char *data = g_bytes_get_data (contents, &length);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      fw_set_error_at (error, FW_ERROR_IO, dir, 0, 0, _("could not create the drafts folder: %s"),
                       g_strerror (saved_errno));
      return FALSE;
    }
  /* The sidecar goes first: a draft document without one would lose its original path. */
  return fw_io_save_atomic (sidecar_path, sidecar, strlen (sidecar), error) &&
         fw_io_save_atomic (path, data, length, error);
}

gboolean
fw_draft_write (FwDraft     *self,
                GBytes      *contents,
                const char  *title,
                const char  *original_path,
                const char  *original_etag,
                GError     **error)
{
  gboolean ret;

  g_return_val_if_fail (FW_IS_DRAFT (self), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  g_mutex_lock (&self->mutex);
  ret = write_locked (self, contents, title, original_path, original_etag, error);
  g_mutex_unlock (&self->mutex);
  return ret;
}

typedef struct
{
  GBytes *contents;
  char   *title;
  char   *original_path;
  char   *original_etag;
  guint   discard_serial;
} WriteData;

static void
write_data_free (WriteData *data)
{
  g_bytes_unref (data->contents);
  g_free (data->title);
  g_free (data->original_path);
  g_free (data->original_etag);
  g_free (data);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  FwDraft *self = source_object;
  WriteData *data = task_data;
  GError *error = NULL;
  gboolean ok = TRUE;

  g_mutex_lock (&self->mutex);
  if (data->discard_serial == self->discard_serial && !g_cancellable_is_cancelled (cancellable))
    ok = write_locked (self, data->contents, data->title, data->original_path,
                       data->original_etag, &error);
  g_mutex_unlock (&self->mutex);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
fw_draft_write_async (FwDraft             *self,
                      GBytes              *contents,
                      const char          *title,
                      const char          *original_path,
                      const char          *original_etag,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  WriteData *data;

  g_return_if_fail (FW_IS_DRAFT (self));
  g_return_if_fail (contents != NULL);

  data = g_new0 (WriteData, 1);
  data->contents = g_bytes_ref (contents);
  data->title = g_strdup (title);
  data->original_path = g_strdup (original_path);
  data->original_etag = g_strdup (original_etag);
  g_mutex_lock (&self->mutex);
  data->discard_serial = self->discard_serial;
  g_mutex_unlock (&self->mutex);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fw_draft_write_async);
  g_task_set_task_data (task, data, (GDestroyNotify) write_data_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
fw_draft_write_finish (FwDraft       *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (FW_IS_DRAFT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
fw_draft_discard (FwDraft *self)
{
  g_return_if_fail (FW_IS_DRAFT (self));

  g_mutex_lock (&self->mutex);
  self->discard_serial++;
  delete_files (self->id);
  g_mutex_unlock (&self->mutex);
}
