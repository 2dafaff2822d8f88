/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <gio/gio.h>

#include "fw-io.h"
#include "fw-io-checked.h"

#define DIGEST_CHUNK_SIZE (64 * 1024)

/* What identifies the file short of its contents: GIO's etag (the modification time), the
 * size and the inode. */
static GFileInfo *
query_identity (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return g_file_query_info (file,
                            G_FILE_ATTRIBUTE_ETAG_VALUE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_UNIX_INODE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
}

static char *
fingerprint (GFileInfo  *info,
             const char *digest)
{
  const char *etag = g_file_info_get_etag (info);

  return g_strdup_printf ("%s/%" G_GINT64_FORMAT "/%" G_GUINT64_FORMAT "/%s",
                          etag != NULL ? etag : "",
                          g_file_info_get_size (info),
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE),
                          digest);
}

/* A SHA-256 digest of the file's contents, read in chunks so that a large file costs no
 * more memory than a small one. */
static char *
digest_contents (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GChecksum) checksum = NULL;
  g_autofree guchar *buffer = NULL;
  gssize n;

  stream = g_file_read (file, NULL, NULL);
  if (stream == NULL)
    return NULL;

  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  buffer = g_malloc (DIGEST_CHUNK_SIZE);

  while ((n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, DIGEST_CHUNK_SIZE, NULL,
                                   NULL)) > 0)
    g_checksum_update (checksum, buffer, n);

  if (n < 0)
    return NULL;

  return g_strdup (g_checksum_get_string (checksum));
}

char *
fw_io_get_etag (const char *path)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *digest = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  info = query_identity (path);
  if (info == NULL)
    return NULL;

  digest = digest_contents (path);
  if (digest == NULL)
    return NULL;

  return fingerprint (info, digest);
}

GBytes *
fw_io_load_checked (const char  *path,
                    gsize        max_size,
                    char       **etag,
                    GError     **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *digest = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (etag != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The identity before the contents: a change made while reading then shows as a change
   * at the next save, rather than being taken for what was read. */
  info = query_identity (path);
  bytes = fw_io_load (path, max_size, error);
  if (bytes == NULL)
    return NULL;

  digest = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  *etag = info != NULL ? fingerprint (info, digest) : NULL;
  return g_steal_pointer (&bytes);
}

static gboolean
file_exists (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return g_file_query_exists (file, NULL);
}

static gboolean
check_unchanged (const char  *path,
                 const char  *expected_etag,
                 GError     **error)
{
  g_autofree char *current_etag = fw_io_get_etag (path);

  /* A file that exists but cannot be fingerprinted cannot be proven unchanged. */
  if (current_etag == NULL && file_exists (path))
    {
      fw_set_error_at (error, FW_ERROR_IO, path, 0, 0,
                       "could not save: could not check whether the file changed on disk");
      return FALSE;
    }

  if (current_etag != NULL && g_strcmp0 (current_etag, expected_etag) != 0)
    {
      fw_set_error_at (error, FW_ERROR_CONFLICT, path, 0, 0,
                       "could not save: the file changed on disk since it was opened");
      return FALSE;
    }
  return TRUE;
}

gboolean
fw_io_save_checked (const char  *path,
                    const char  *data,
                    gsize        length,
                    gboolean     force,
                    const char  *expected_etag,
                    char       **new_etag,
                    GError     **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *digest = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!force && !check_unchanged (path, expected_etag, error))
    return FALSE;

  /* The window between this check and the rename is as small as it can be made: there is
   * no lock that every other program would honour. */
  if (!fw_io_save_atomic (path, data, length, error))
    return FALSE;

  if (new_etag == NULL)
    return TRUE;
  /* What we wrote, by digest: a change made right after the rename then shows at the next
   * save instead of being taken for ours. */
  info = query_identity (path);
  digest = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
  *new_etag = info != NULL ? fingerprint (info, digest) : NULL;
  return TRUE;
}

gboolean
fw_io_save_atomic_checked (const char  *path,
                           const char  *data,
                           gsize        length,
                           const char  *expected_etag,
                           GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);

  return fw_io_save_checked (path, data, length, FALSE, expected_etag, NULL, error);
}
