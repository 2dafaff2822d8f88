/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-error.h"
#include "fw-onet-index.h"
#include "fw-onet-release.h"
#include "fw-onet-table.h"

#define MANIFEST_NAME "manifest.tsv"
#define BASE_TASK_FILE "Task Statements.txt"

struct _FwOnetRelease
{
  gatomicrefcount  ref_count;
  char            *dir;
  char            *version;
  GHashTable      *file_releases;  /* file name -> release */
  GPtrArray       *file_order;     /* file names, manifest order */
  GPtrArray       *overlays;       /* NULL-terminated task files that add to the base file */

  GMutex           lock;
  FwOnetData      *data;
  GError          *data_error;
  FwOnetIndex     *index;
  GError          *index_error;
};

static gboolean
read_manifest (FwOnetRelease  *self,
               const char     *path,
               GError        **error)
{
  g_autoptr(FwOnetTable) table = NULL;
  g_autoptr(GError) local_error = NULL;
  int file, release, adds_to;

  table = fw_onet_table_open (path, '\t', error);
  if (table == NULL)
    return FALSE;

  if ((file = fw_onet_table_column (table, "File", error)) < 0
      || (release = fw_onet_table_column (table, "Release", error)) < 0)
    return FALSE;
  adds_to = fw_onet_table_find_column (table, "Adds To");

  while (fw_onet_table_next (table, &local_error))
    {
      const char *name = fw_onet_table_get (table, file);

      if (*name == '\0' || strchr (name, '/') != NULL)
        {
          fw_set_error_at (error, FW_ERROR_INVALID, path, fw_onet_table_get_line (table), 0,
                           "expected a file name of the folder, got “%s”", name);
          return FALSE;
        }
      g_hash_table_replace (self->file_releases, g_strdup (name),
                            g_strdup (fw_onet_table_get (table, release)));
      g_ptr_array_add (self->file_order, g_strdup (name));
      if (strcmp (fw_onet_table_get (table, adds_to), BASE_TASK_FILE) == 0)
        g_ptr_array_insert (self->overlays, self->overlays->len - 1, g_strdup (name));
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/* "db_30_1_text" -> "30.1"; NULL for any other name. */
static char *
version_from_folder_name (const char *dir)
{
  g_autofree char *base = g_path_get_basename (dir);
  guint64 major, minor;
  g_auto(GStrv) parts = g_strsplit (base, "_", -1);

  if (g_strv_length (parts) != 4 || strcmp (parts[0], "db") != 0
      || strcmp (parts[3], "text") != 0
      || !g_ascii_string_to_unsigned (parts[1], 10, 1, 999, &major, NULL)
      || !g_ascii_string_to_unsigned (parts[2], 10, 0, 999, &minor, NULL))
    return NULL;

  return g_strdup_printf ("%u.%u", (guint) major, (guint) minor);
}

FwOnetRelease *
fw_onet_release_open (const char  *dir,
                      const char  *version,
                      GError     **error)
{
  g_autoptr(FwOnetRelease) self = NULL;
  g_autofree char *occupations = NULL;
  g_autofree char *manifest = NULL;

  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  occupations = g_build_filename (dir, "Occupation Data.txt", NULL);
  if (!g_file_test (occupations, G_FILE_TEST_IS_REGULAR))
    {
      fw_set_error_at (error, FW_ERROR_IO, dir, 0, 0,
                       "not an O*NET release folder: it has no “Occupation Data.txt”");
      return NULL;
    }

  self = g_new0 (FwOnetRelease, 1);
  g_atomic_ref_count_init (&self->ref_count);
  g_mutex_init (&self->lock);
  self->dir = g_strdup (dir);
  self->file_releases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->file_order = g_ptr_array_new_with_free_func (g_free);
  self->overlays = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->overlays, NULL);

  manifest = g_build_filename (dir, MANIFEST_NAME, NULL);
  if (g_file_test (manifest, G_FILE_TEST_EXISTS) && !read_manifest (self, manifest, error))
    return NULL;

  if (version != NULL && *version != '\0')
    {
      self->version = g_strdup (version);
      g_hash_table_remove_all (self->file_releases);
    }
  else if (g_hash_table_contains (self->file_releases, "Occupation Data.txt"))
    self->version = g_strdup (g_hash_table_lookup (self->file_releases, "Occupation Data.txt"));
  else
    self->version = version_from_folder_name (dir);

  if (self->version == NULL)
    self->version = g_strdup ("");

  return g_steal_pointer (&self);
}

FwOnetRelease *
fw_onet_release_ref (FwOnetRelease *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
fw_onet_release_unref (FwOnetRelease *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->dir);
  g_free (self->version);
  g_hash_table_unref (self->file_releases);
  g_ptr_array_unref (self->file_order);
  g_ptr_array_unref (self->overlays);
  g_clear_pointer (&self->data, fw_onet_data_free);
  g_clear_error (&self->data_error);
  g_clear_pointer (&self->index, fw_onet_index_free);
  g_clear_error (&self->index_error);
  g_mutex_clear (&self->lock);
  g_free (self);
}

const char *
fw_onet_release_get_dir (FwOnetRelease *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->dir;
}

const char *
fw_onet_release_get_version (FwOnetRelease *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->version;
}

const char *
fw_onet_release_get_file_release (FwOnetRelease *self,
                                  const char    *name)
{
  const char *release;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  release = g_hash_table_lookup (self->file_releases, name);
  return release != NULL && *release != '\0' ? release : self->version;
}

char *
fw_onet_release_describe (FwOnetRelease *self)
{
  g_autoptr(GString) out = NULL;
  guint n_other = 0;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (self->version);
  for (guint i = 0; i < self->file_order->len; i++)
    {
      const char *name = g_ptr_array_index (self->file_order, i);
      const char *release = fw_onet_release_get_file_release (self, name);

      if (strcmp (release, self->version) == 0 || g_str_has_suffix (name, ".csv"))
        continue;
      g_string_append (out, n_other++ == 0 ? " (" : "; ");
      g_string_append_printf (out, "%s %s", name, release);
    }
  if (n_other > 0)
    g_string_append_c (out, ')');

  return g_string_free (g_steal_pointer (&out), FALSE);
}

const char * const *
fw_onet_release_get_task_overlays (FwOnetRelease *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *) self->overlays->pdata;
}

FwOnetData *
fw_onet_release_load_data (FwOnetRelease  *self,
                           GError        **error)
{
  FwOnetData *data;

  g_return_val_if_fail (self != NULL, NULL);

  g_mutex_lock (&self->lock);
  if (self->data == NULL && self->data_error == NULL)
    self->data = fw_onet_data_load (self->dir, fw_onet_release_get_task_overlays (self),
                                    &self->data_error);
  data = self->data;
  if (data == NULL && error != NULL)
    *error = g_error_copy (self->data_error);
  g_mutex_unlock (&self->lock);

  return data;
}

FwOnetData *
fw_onet_release_get_data (FwOnetRelease *self)
{
  g_autoptr(GError) error = NULL;
  FwOnetData *data;
  gboolean first_failure;

  g_return_val_if_fail (self != NULL, NULL);

  g_mutex_lock (&self->lock);
  first_failure = self->data == NULL && self->data_error == NULL;
  g_mutex_unlock (&self->lock);

  data = fw_onet_release_load_data (self, &error);
  if (data == NULL && first_failure)
    g_warning ("Could not load the O*NET data: %s", error->message);

  return data;
}

FwOnetIndex *
fw_onet_release_load_index (FwOnetRelease  *self,
                            GError        **error)
{
  FwOnetIndex *index;

  g_return_val_if_fail (self != NULL, NULL);

  g_mutex_lock (&self->lock);
  if (self->index == NULL && self->index_error == NULL)
    self->index = fw_onet_index_load (self->dir, &self->index_error);
  index = self->index;
  if (index == NULL && error != NULL)
    *error = g_error_copy (self->index_error);
  g_mutex_unlock (&self->lock);

  return index;
}

/* ------------------------------------------------------------------------------------- */
/* The current release                                                                    */

static GMutex current_lock;
static FwOnetRelease *current;
static gboolean current_ready;
/* Releases that were current once: borrowed pointers to them stay valid. */
static GPtrArray *retired;

static FwOnetRelease *
try_open (const char *dir)
{
  g_autoptr(GError) error = NULL;
  FwOnetRelease *release;

  if (dir == NULL || *dir == '\0')
    return NULL;

  release = fw_onet_release_open (dir, NULL, &error);
  if (release == NULL && !g_error_matches (error, FW_ERROR, FW_ERROR_IO))
    g_warning ("Could not open the O*NET release: %s", error->message);

  return release;
}

static FwOnetRelease *
open_bundled (void)
{
  const char *env_dir = g_getenv ("FW_ONET_DATA_DIR");
  const char *data_dir = g_getenv ("FW_DATA_DIR");
  FwOnetRelease *release;

  /* An explicit directory is the only one used, so that tests can also run without data. */
  if (env_dir != NULL)
    return try_open (env_dir);

  release = try_open (PKGDATADIR "/onet");
  if (release == NULL && data_dir != NULL)
    {
      g_autofree char *dir = g_build_filename (data_dir, "onet", NULL);

      release = try_open (dir);
    }

  /* Uninstalled runs from the build tree use the checkout's data. */
  return release != NULL ? release : try_open (SOURCE_DATADIR "/onet");
}

static void
replace_current (FwOnetRelease *release)
{
  if (current != NULL)
    {
      if (retired == NULL)
        retired = g_ptr_array_new ();
      g_ptr_array_add (retired, current);
    }
  current = release;
  current_ready = TRUE;
}

FwOnetRelease *
fw_onet_release_get_current (void)
{
  FwOnetRelease *release;

  g_mutex_lock (&current_lock);
  if (!current_ready)
    replace_current (open_bundled ());
  release = current;
  g_mutex_unlock (&current_lock);

  return release;
}

void
fw_onet_release_set_current (FwOnetRelease *release)
{
  FwOnetRelease *next = release != NULL ? fw_onet_release_ref (release) : open_bundled ();

  g_mutex_lock (&current_lock);
  replace_current (next);
  g_mutex_unlock (&current_lock);
}

gboolean
fw_onet_release_use_dir (const char  *dir,
                         const char  *version,
                         GError     **error)
{
  g_autoptr(FwOnetRelease) release = NULL;

  g_return_val_if_fail (dir != NULL, FALSE);

  release = fw_onet_release_open (dir, version, error);
  if (release == NULL)
    return FALSE;

  fw_onet_release_set_current (release);
  return TRUE;
}

FwOnetData *
fw_onet_data_get_default (void)
{
  FwOnetRelease *release = fw_onet_release_get_current ();

  return release != NULL ? fw_onet_release_get_data (release) : NULL;
}
