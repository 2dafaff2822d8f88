/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "fw-error.h"
#include "fw-library-private.h"

static const char schema_sql[] =
  "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
  "CREATE TABLE frameworks (id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL,"
  " size INTEGER NOT NULL, mtime INTEGER NOT NULL, soc TEXT NOT NULL, title TEXT NOT NULL,"
  " version TEXT NOT NULL, job_zone INTEGER NOT NULL, major_group TEXT NOT NULL,"
  " n_errors INTEGER NOT NULL, n_warnings INTEGER NOT NULL, n_statements INTEGER NOT NULL);"
  "CREATE INDEX frameworks_by_title ON frameworks (title, path);"
  /* Each entry's section and level, the search's filters, under the entry's rowid: a
   * plain table reads them without reading the entry's text. */
  "CREATE TABLE places (id INTEGER PRIMARY KEY, section TEXT NOT NULL, level TEXT NOT NULL);"
  /* A framework's places go with it (see fw-library-index.c for the rowids). */
  "CREATE TRIGGER frameworks_forget_places AFTER DELETE ON frameworks BEGIN"
  " DELETE FROM places WHERE id BETWEEN old.id << 20 AND (old.id << 20) | 1048575; END;"
  "CREATE TABLE failures (path TEXT PRIMARY KEY, size INTEGER NOT NULL,"
  " mtime INTEGER NOT NULL, message TEXT NOT NULL);"
  /* One row per statement, O*NET task and related title. */
  "CREATE VIRTUAL TABLE entries USING fts5 (headline, body, citations,"
  " framework UNINDEXED, section UNINDEXED, level UNINDEXED, domain UNINDEXED,"
  " sid UNINDEXED, tokenize = 'fw',"
  /* Prefix queries index the words behind a "=": "=r", "=ra" and "=rad" are the short
   * prefixes typed first, which would otherwise merge the lists of thousands of words. */
  " prefix = '2 3 4');";

/* Runs a one-row query and returns its first column as text (NULL on error). */
static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *statement = NULL;
  char *value = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL) != SQLITE_OK)
    return NULL;
  if (sqlite3_step (statement) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  sqlite3_finalize (statement);

  return value;
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static char *
folders_key (const char * const *folders)
{
  g_auto(GStrv) sorted = g_strdupv ((char **) folders);

  qsort (sorted, g_strv_length (sorted), sizeof (char *), compare_strings);

  return g_strjoinv ("\n", sorted);
}

static gboolean
open_db (FwLibrary  *self,
         GError    **error)
{
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;

  if (sqlite3_open_v2 (self->db_path, &self->db, flags, NULL) != SQLITE_OK)
    {
      _fw_library_set_error (error, self->db, "cannot open the index");
      return FALSE;
    }
  sqlite3_busy_timeout (self->db, 10000);

  return _fw_library_register_tokenizer (self->db, error);
}

static gboolean
create_schema (FwLibrary  *self,
               GError    **error)
{
  g_autofree char *key = folders_key ((const char * const *) self->folders);
  g_autofree char *sql = NULL;
  char *quoted = sqlite3_mprintf ("%Q", key);

  sql = g_strdup_printf ("BEGIN; %s INSERT INTO meta VALUES ('folders', %s);"
                         " PRAGMA user_version = %d; COMMIT;",
                         schema_sql, quoted, FW_LIBRARY_SCHEMA_VERSION);
  sqlite3_free (quoted);

  return _fw_library_exec (self->db, sql, error);
}

/*
 * Whether the open database is a cache of ours, of this schema and these folders. A file
 * that is no database fails here; damage inside one is found by fw_library_verify (), or by
 * SQLite when a query meets it.
 */
static gboolean
check_db (FwLibrary *self,
          gboolean  *empty)
{
  g_autofree char *version = query_text (self->db, "PRAGMA user_version");
  g_autofree char *n_tables = NULL;
  g_autofree char *folders = NULL;
  g_autofree char *key = NULL;

  if (version == NULL)
    return FALSE;   /* not a database */

  n_tables = query_text (self->db, "SELECT count(*) FROM sqlite_master");
  *empty = g_strcmp0 (n_tables, "0") == 0 && g_str_equal (version, "0");
  if (*empty)
    return TRUE;

  if (atoi (version) != FW_LIBRARY_SCHEMA_VERSION)
    return FALSE;

  folders = query_text (self->db, "SELECT value FROM meta WHERE key = 'folders'");
  key = folders_key ((const char * const *) self->folders);
  return g_strcmp0 (folders, key) == 0;
}

static void
delete_files (const char *db_path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (db_path, suffixes[i], NULL);

      g_unlink (path);
    }
}

void
_fw_library_forget_statements (FwLibrary *self)
{
  g_clear_pointer (&self->match_statement, sqlite3_finalize);
  g_clear_pointer (&self->filter_statement, sqlite3_finalize);
}

gboolean
_fw_library_recreate (FwLibrary  *self,
                      GError    **error)
{
  _fw_library_forget_statements (self);
  g_clear_pointer (&self->db, sqlite3_close);
  delete_files (self->db_path);
  self->recreated = TRUE;

  return open_db (self, error) && create_schema (self, error);
}

static gboolean
prepare_db (FwLibrary  *self,
            GError    **error)
{
  gboolean empty = FALSE;

  if (!open_db (self, error))
    {
      g_clear_error (error);
      return _fw_library_recreate (self, error);
    }

  if (!check_db (self, &empty))
    {
      g_debug ("%s: damaged or stale index, rebuilding it", self->db_path);
      return _fw_library_recreate (self, error);
    }

  if (empty && !create_schema (self, error))
    return FALSE;

  return _fw_library_exec (self->db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL",
                           error);
}

static char *
canonical_folder (const char *folder)
{
  g_autofree char *absolute = g_canonicalize_filename (folder, NULL);
  char *real = realpath (absolute, NULL);

  if (real != NULL)
    {
      char *result = g_strdup (real);

      free (real);
      return result;
    }

  return g_steal_pointer (&absolute);
}

FwLibrary *
fw_library_open (const char * const *folders,
                 const char         *cache_dir,
                 GError            **error)
{
  g_autoptr(FwLibrary) self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *key = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *name = NULL;
  guint n = folders != NULL ? g_strv_length ((char **) folders) : 0;

  g_return_val_if_fail (n > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (FwLibrary, 1);
  self->folders = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    self->folders[i] = canonical_folder (folders[i]);

  dir = cache_dir != NULL ? g_strdup (cache_dir)
                          : g_build_filename (g_get_user_cache_dir (), "framewright", NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, FW_ERROR, FW_ERROR_IO, "%s: error: cannot create the cache folder: %s",
                   dir, g_strerror (saved));
      return NULL;
    }

  key = folders_key ((const char * const *) self->folders);
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);
  name = g_strdup_printf ("library-%.16s.db", hash);
  self->db_path = g_build_filename (dir, name, NULL);

  if (!prepare_db (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

gboolean
fw_library_verify (FwLibrary  *self,
                   GError    **error)
{
  g_autofree char *check = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  check = query_text (self->db, "PRAGMA quick_check");
  if (g_strcmp0 (check, "ok") == 0)
    return TRUE;

  g_debug ("%s: damaged index (%s), rebuilding it", self->db_path, check ? check : "?");
  return _fw_library_recreate (self, error);
}

void
fw_library_free (FwLibrary *self)
{
  if (self == NULL)
    return;

  _fw_library_forget_statements (self);
  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_object (&self->cancellable);
  g_strfreev (self->folders);
  g_free (self->db_path);
  g_free (self);
}

void
fw_library_set_cancellable (FwLibrary    *self,
                            GCancellable *cancellable)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  g_set_object (&self->cancellable, cancellable);
}

const char *
fw_library_get_db_path (FwLibrary *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->db_path;
}

void
fw_library_framework_free (FwLibraryFramework *framework)
{
  if (framework == NULL)
    return;

  g_free (framework->path);
  g_free (framework->soc);
  g_free (framework->title);
  g_free (framework->version);
  g_free (framework->major_group);
  g_free (framework);
}

void
fw_library_failure_free (FwLibraryFailure *failure)
{
  if (failure == NULL)
    return;

  g_free (failure->path);
  g_free (failure->message);
  g_free (failure);
}

static char *
column_dup (sqlite3_stmt *statement,
            int           column)
{
  const char *text = (const char *) sqlite3_column_text (statement, column);

  return g_strdup (text != NULL ? text : "");
}

GPtrArray *
fw_library_list_frameworks (FwLibrary  *self,
                            GError    **error)
{
  g_autoptr(GPtrArray) list = NULL;
  sqlite3_stmt *statement = NULL;
  int status;

  g_return_val_if_fail (self != NULL, NULL);

  if (sqlite3_prepare_v2 (self->db,
                          "SELECT path, soc, title, version, job_zone, major_group, n_errors,"
                          " n_warnings, n_statements FROM frameworks ORDER BY title, path",
                          -1, &statement, NULL) != SQLITE_OK)
    {
      _fw_library_set_error (error, self->db, "cannot read the index");
      return NULL;
    }

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_library_framework_free);
  while ((status = sqlite3_step (statement)) == SQLITE_ROW)
    {
      FwLibraryFramework *framework = g_new0 (FwLibraryFramework, 1);

      framework->path = column_dup (statement, 0);
      framework->soc = column_dup (statement, 1);
      framework->title = column_dup (statement, 2);
      framework->version = column_dup (statement, 3);
      framework->job_zone = sqlite3_column_int (statement, 4);
      framework->major_group = column_dup (statement, 5);
      framework->n_errors = (guint) sqlite3_column_int (statement, 6);
      framework->n_warnings = (guint) sqlite3_column_int (statement, 7);
      framework->n_statements = (guint) sqlite3_column_int (statement, 8);
      g_ptr_array_add (list, framework);
    }
  sqlite3_finalize (statement);

  if (status != SQLITE_DONE)
    {
      _fw_library_set_error (error, self->db, "cannot read the index");
      return NULL;
    }

  return g_steal_pointer (&list);
}

GPtrArray *
fw_library_list_failures (FwLibrary  *self,
                          GError    **error)
{
  g_autoptr(GPtrArray) list = NULL;
  sqlite3_stmt *statement = NULL;
  int status;

  g_return_val_if_fail (self != NULL, NULL);

  if (sqlite3_prepare_v2 (self->db, "SELECT path, message FROM failures ORDER BY path",
                          -1, &statement, NULL) != SQLITE_OK)
    {
      _fw_library_set_error (error, self->db, "cannot read the index");
      return NULL;
    }

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_library_failure_free);
  while ((status = sqlite3_step (statement)) == SQLITE_ROW)
    {
      FwLibraryFailure *failure = g_new0 (FwLibraryFailure, 1);

      failure->path = column_dup (statement, 0);
      failure->message = column_dup (statement, 1);
      g_ptr_array_add (list, failure);
    }
  sqlite3_finalize (statement);

  if (status != SQLITE_DONE)
    {
      _fw_library_set_error (error, self->db, "cannot read the index");
      return NULL;
    }

  return g_steal_pointer (&list);
}
