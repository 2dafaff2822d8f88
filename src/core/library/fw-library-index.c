/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <glib/gi18n-lib.h>
#include <string.h>
#include <sys/stat.h>

#include "fw-document.h"
#include "fw-error.h"
#include "fw-formats.h"
#include "fw-library-private.h"
#include "fw-validator.h"

/*
 * Updating the index: the files under the folders are listed with their size and
 * modification time; those that differ from the index are read on a thread pool (one reader
 * and validator per file) while this thread, the only writer, stores each as soon as it is
 * read, all in one transaction.
 */

/* Folders nested deeper than this are not searched (a loop of links stops here too). */
#define MAX_FOLDER_DEPTH 32

typedef struct
{
  char   *path;
  gint64  size;
  gint64  mtime;   /* nanoseconds */
} FoundFile;

typedef struct
{
  const char *section;
  const char *level;
  char       *domain;
  char       *id;
  char       *headline;
  char       *body;
  char       *citations;
} Entry;

typedef struct
{
  FoundFile *file;
  GCancellable *cancellable;   /* the update's, or NULL: once cancelled, nothing is read */
  char      *message;   /* the read error, or NULL */
  char      *soc;
  char      *title;
  char      *version;
  int        job_zone;
  char      *major_group;
  guint      n_errors;
  guint      n_warnings;
  guint      n_statements;
  GPtrArray *entries;   /* Entry */
} ReadFile;

static void
found_file_free (FoundFile *file)
{
  g_free (file->path);
  g_free (file);
}

static void
entry_free (Entry *entry)
{
  g_free (entry->domain);
  g_free (entry->id);
  g_free (entry->headline);
  g_free (entry->body);
  g_free (entry->citations);
  g_free (entry);
}

static void
read_file_free (ReadFile *read)
{
  g_free (read->message);
  g_free (read->soc);
  g_free (read->title);
  g_free (read->version);
  g_free (read->major_group);
  g_clear_pointer (&read->entries, g_ptr_array_unref);
  g_free (read);
}

static gboolean
is_framework_name (const char *name)
{
  return g_str_has_suffix (name, ".fwk") || g_str_has_suffix (name, ".json");
}

static gboolean
scan_folder (const char  *folder,
             guint        depth,
             GPtrArray   *found,
             GError     **error)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (depth > MAX_FOLDER_DEPTH)
    return TRUE;

  dir = g_dir_open (folder, 0, error);
  if (dir == NULL)
    return FALSE;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (name[0] == '.')
        continue;   /* hidden files and folders (.git) */

      path = g_build_filename (folder, name, NULL);
      if (g_stat (path, &st) != 0)
        continue;   /* a dangling link */

      if (S_ISDIR (st.st_mode))
        {
          if (!scan_folder (path, depth + 1, found, error))
            return FALSE;
        }
      else if (S_ISREG (st.st_mode) && is_framework_name (name))
        {
          FoundFile *file = g_new0 (FoundFile, 1);

          file->path = g_steal_pointer (&path);
          file->size = st.st_size;
          file->mtime = (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000)
                        + st.st_mtim.tv_nsec;
          g_ptr_array_add (found, file);
        }
    }

  return TRUE;
}

static int
compare_found (gconstpointer a,
               gconstpointer b)
{
  const FoundFile *fa = *(const FoundFile * const *) a;
  const FoundFile *fb = *(const FoundFile * const *) b;

  return strcmp (fa->path, fb->path);
}

static GPtrArray *
scan_folders (char   **folders,
              GError **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) found_file_free);

  for (guint i = 0; folders[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (!scan_folder (folders[i], 0, found, &local_error))
        {
          g_set_error (error, FW_ERROR, FW_ERROR_IO, _("%s: error: cannot read the folder: %s"),
                       folders[i], local_error->message);
          return NULL;
        }
    }
  g_ptr_array_sort (found, compare_found);

  return g_steal_pointer (&found);
}

GPtrArray *
fw_library_find_files (const char * const *folders,
                       GError            **error)
{
  g_autoptr(GPtrArray) found = scan_folders ((char **) folders, error);
  GPtrArray *paths;

  if (found == NULL)
    return NULL;

  paths = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (paths, g_strdup (((FoundFile *) g_ptr_array_index (found, i))->path));

  return paths;
}

/* Reading, in the pool's threads. */

static void
add_entry (ReadFile   *read,
           const char *section,
           const char *level,
           const char *domain,
           const char *id,
           const char *headline,
           const char *body,
           const char *citations)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->section = section;
  entry->level = level;
  entry->domain = g_strdup (domain != NULL ? domain : "");
  entry->id = g_strdup (id != NULL ? id : "");
  entry->headline = g_strdup (headline != NULL ? headline : "");
  entry->body = g_strdup (body != NULL ? body : "");
  entry->citations = g_strdup (citations != NULL ? citations : "");
  g_ptr_array_add (read->entries, entry);
}

static gboolean
add_statement_cb (FwStatement            *statement,
                  const FwStatementPlace *place,
                  gpointer                user_data)
{
  ReadFile *read = user_data;
  g_autofree char *citations = g_strjoinv (" ", (char **) fw_statement_get_citations (statement));
  const char *section = "levels";
  const char *level;

  if (place->section == FW_SECTION_DURABLE_SKILLS)
    {
      section = "durable";
      level = fw_durable_level_to_string (place->level);
    }
  else
    {
      if (place->section == FW_SECTION_AI_FLUENCY)
        section = "ai-fluency";
      level = fw_level_key_to_string (place->level);
    }

  add_entry (read, section, level,
             place->domain != NULL ? fw_domain_get_name (place->domain) : NULL,
             fw_statement_get_id (statement), fw_statement_get_headline (statement),
             fw_statement_get_body (statement), citations);
  read->n_statements++;

  return TRUE;
}

static void
add_onet (ReadFile   *read,
          FwDocument *document)
{
  FwOnet *onet = fw_document_get_onet (document);
  GListModel *tasks = G_LIST_MODEL (fw_onet_get_tasks (onet));
  const char * const *titles = fw_onet_get_strv (onet, "related-titles");

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (tasks, i);

      add_entry (read, "tasks", "", NULL, fw_task_get_task_id (task), NULL,
                 fw_task_get_text (task), NULL);
    }

  for (guint i = 0; titles != NULL && titles[i] != NULL; i++)
    add_entry (read, "titles", "", NULL, NULL, titles[i], NULL, NULL);
}

static void
read_document (ReadFile   *read,
               FwDocument *document)
{
  g_autoptr(FwValidator) validator = fw_validator_new (NULL);

  read->soc = g_strdup (fw_document_get_soc (document));
  read->title = g_strdup (fw_document_get_title (document));
  read->version = g_strdup (fw_document_get_version (document));
  read->job_zone = fw_document_get_job_zone (document);
  read->major_group = g_strdup (fw_document_get_group (document));

  fw_document_foreach_statement (document, add_statement_cb, read);
  add_onet (read, document);

  fw_validator_run (validator, document);
  read->n_errors = fw_validator_get_n_errors (validator);
  read->n_warnings = fw_validator_get_n_warnings (validator);
}

static void
reader_cb (gpointer data,
           gpointer user_data)
{
  ReadFile *read = data;
  GAsyncQueue *done = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = NULL;

  read->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  if (g_cancellable_is_cancelled (read->cancellable))
    {
      g_async_queue_push (done, read);
      return;
    }
  document = fw_format_read_file (read->file->path, FW_FORMAT_AUTO, NULL, &error);
  if (document != NULL)
    read_document (read, document);
  else
    read->message = g_strdup (error->message);

  g_async_queue_push (done, read);
}

/* Writing, in the caller's thread. */

static sqlite3_stmt *
prepare (sqlite3     *db,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *statement = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL) != SQLITE_OK)
    _fw_library_set_error (error, db, "cannot update the index");

  return statement;
}

static gboolean
step_done (sqlite3      *db,
           sqlite3_stmt *statement,
           GError      **error)
{
  int status = sqlite3_step (statement);

  sqlite3_reset (statement);
  sqlite3_clear_bindings (statement);
  if (status != SQLITE_DONE)
    {
      _fw_library_set_error (error, db, "cannot update the index");
      return FALSE;
    }

  return TRUE;
}

/* The rows of framework @id are numbered from id << ENTRY_ID_BITS, so that they can be
 * found and deleted by a range of rowids, which FTS5 does without a scan. */
#define ENTRY_ID_BITS 20
#define MAX_ENTRIES ((1 << ENTRY_ID_BITS) - 1)

static gboolean
forget_path (sqlite3     *db,
             const char  *path,
             GError     **error)
{
  sqlite3_stmt *statements[4] = {
    prepare (db, "SELECT id FROM frameworks WHERE path = ?1", error), NULL, NULL, NULL,
  };
  gboolean ok = statements[0] != NULL;
  gint64 id = -1;

  if (ok)
    ok = (statements[1] = prepare (db, "DELETE FROM entries WHERE rowid BETWEEN ?1 AND ?2;",
                                   error)) != NULL;
  if (ok)
    ok = (statements[2] = prepare (db, "DELETE FROM frameworks WHERE path = ?1", error)) != NULL;
  if (ok)
    ok = (statements[3] = prepare (db, "DELETE FROM failures WHERE path = ?1", error)) != NULL;

  if (ok)
    {
      sqlite3_bind_text (statements[0], 1, path, -1, SQLITE_STATIC);
      if (sqlite3_step (statements[0]) == SQLITE_ROW)
        id = sqlite3_column_int64 (statements[0], 0);
    }
  if (ok && id >= 0)
    {
      sqlite3_bind_int64 (statements[1], 1, id << ENTRY_ID_BITS);
      sqlite3_bind_int64 (statements[1], 2, (id << ENTRY_ID_BITS) | MAX_ENTRIES);
      ok = step_done (db, statements[1], error);
    }
  for (guint i = 2; ok && i < G_N_ELEMENTS (statements); i++)
    {
      sqlite3_bind_text (statements[i], 1, path, -1, SQLITE_STATIC);
      ok = step_done (db, statements[i], error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    sqlite3_finalize (statements[i]);

  return ok;
}

static gboolean
store_failure (sqlite3     *db,
               ReadFile    *read,
               GError     **error)
{
  sqlite3_stmt *statement = prepare (db, "INSERT INTO failures VALUES (?1, ?2, ?3, ?4)", error);
  gboolean ok;

  if (statement == NULL)
    return FALSE;

  sqlite3_bind_text (statement, 1, read->file->path, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 2, read->file->size);
  sqlite3_bind_int64 (statement, 3, read->file->mtime);
  sqlite3_bind_text (statement, 4, read->message, -1, SQLITE_STATIC);
  ok = step_done (db, statement, error);
  sqlite3_finalize (statement);

  return ok;
}

static void
bind_texts (sqlite3_stmt       *statement,
            int                 first,
            const char * const *texts,
            guint               n_texts)
{
  for (guint i = 0; i < n_texts; i++)
    sqlite3_bind_text (statement, first + (int) i, texts[i] != NULL ? texts[i] : "", -1,
                       SQLITE_STATIC);
}

/* Stores @read's entries and their places (the filters' table, see fw-library.c). */
static gboolean
store_entries (sqlite3     *db,
               ReadFile    *read,
               gint64       framework,
               GError     **error)
{
  sqlite3_stmt *statement = prepare (db, "INSERT INTO entries (headline, body, citations,"
                                         " framework, section, level, domain, sid, rowid)"
                                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);
  sqlite3_stmt *places = statement != NULL ? prepare (db, "INSERT INTO places (section, level,"
                                                          " id) VALUES (?1, ?2, ?3)", error)
                                           : NULL;
  gboolean ok = places != NULL;

  for (guint i = 0; ok && i < MIN (read->entries->len, MAX_ENTRIES); i++)
    {
      Entry *entry = g_ptr_array_index (read->entries, i);
      const char *texts[] = { entry->headline, entry->body, entry->citations };
      const char *place[] = { entry->section, entry->level, entry->domain, entry->id };
      gint64 rowid = (framework << ENTRY_ID_BITS) | i;

      bind_texts (statement, 1, texts, G_N_ELEMENTS (texts));
      sqlite3_bind_int64 (statement, 4, framework);
      bind_texts (statement, 5, place, G_N_ELEMENTS (place));
      sqlite3_bind_int64 (statement, 9, rowid);
      bind_texts (places, 1, place, 2);
      sqlite3_bind_int64 (places, 3, rowid);
      ok = step_done (db, statement, error) && step_done (db, places, error);
    }
  sqlite3_finalize (statement);
  sqlite3_finalize (places);

  return ok;
}

static gboolean
store_framework (sqlite3     *db,
                 ReadFile    *read,
                 GError     **error)
{
  sqlite3_stmt *statement = prepare (db, "INSERT INTO frameworks (path, size, mtime, soc, title,"
                                         " version, job_zone, major_group, n_errors, n_warnings,"
                                         " n_statements) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
                                         " ?9, ?10, ?11)", error);
  const char *texts[] = { read->soc, read->title, read->version };
  gboolean ok;

  if (statement == NULL)
    return FALSE;

  sqlite3_bind_text (statement, 1, read->file->path, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 2, read->file->size);
  sqlite3_bind_int64 (statement, 3, read->file->mtime);
  bind_texts (statement, 4, texts, G_N_ELEMENTS (texts));
  sqlite3_bind_int (statement, 7, read->job_zone);
  bind_texts (statement, 8, (const char * const *) &read->major_group, 1);
  sqlite3_bind_int (statement, 9, (int) read->n_errors);
  sqlite3_bind_int (statement, 10, (int) read->n_warnings);
  sqlite3_bind_int (statement, 11, (int) read->n_statements);
  ok = step_done (db, statement, error);
  sqlite3_finalize (statement);

  return ok && store_entries (db, read, sqlite3_last_insert_rowid (db), error);
}

/* path → "SIZE:MTIME" of every file the index knows, read or failed. */
static GHashTable *
load_known (sqlite3  *db,
            GError  **error)
{
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *statement = prepare (db, "SELECT path, size, mtime FROM frameworks UNION ALL"
                                         " SELECT path, size, mtime FROM failures", error);
  int status;

  if (statement == NULL)
    return NULL;

  while ((status = sqlite3_step (statement)) == SQLITE_ROW)
    g_hash_table_replace (known, g_strdup ((const char *) sqlite3_column_text (statement, 0)),
                          g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                                           (gint64) sqlite3_column_int64 (statement, 1),
                                           (gint64) sqlite3_column_int64 (statement, 2)));
  sqlite3_finalize (statement);

  if (status != SQLITE_DONE)
    {
      _fw_library_set_error (error, db, "cannot read the index");
      return NULL;
    }

  return g_steal_pointer (&known);
}

static gboolean
is_unchanged (GHashTable *known,
              FoundFile  *file)
{
  const char *stamp = g_hash_table_lookup (known, file->path);
  g_autofree char *now = NULL;

  if (stamp == NULL)
    return FALSE;

  now = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, file->size, file->mtime);
  return g_str_equal (stamp, now);
}

static gboolean
drop_removed (sqlite3         *db,
              GHashTable      *known,
              GPtrArray       *found,
              FwLibraryStats  *stats,
              GError         **error)
{
  g_autoptr(GHashTable) present = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer path;

  for (guint i = 0; i < found->len; i++)
    g_hash_table_add (present, ((FoundFile *) g_ptr_array_index (found, i))->path);

  g_hash_table_iter_init (&iter, known);
  while (g_hash_table_iter_next (&iter, &path, NULL))
    {
      if (g_hash_table_contains (present, path))
        continue;
      if (!forget_path (db, path, error))
        return FALSE;
      stats->n_removed++;
    }

  return TRUE;
}

/* Reads @changed on a pool and stores each file as it comes. */
static gboolean
read_changed (sqlite3               *db,
              GCancellable          *cancellable,
              GHashTable            *known,
              GPtrArray             *changed,
              FwLibraryProgressFunc  progress,
              gpointer               user_data,
              FwLibraryStats        *stats,
              GError               **error)
{
  g_autoptr(GAsyncQueue) done = g_async_queue_new ();
  GThreadPool *pool;
  gboolean ok = TRUE;
  guint n_threads = MAX (1, MIN (g_get_num_processors (), changed->len));

  pool = g_thread_pool_new (reader_cb, done, (int) n_threads, FALSE, NULL);
  for (guint i = 0; i < changed->len; i++)
    {
      ReadFile *read = g_new0 (ReadFile, 1);

      read->file = g_ptr_array_index (changed, i);
      read->cancellable = cancellable;
      g_thread_pool_push (pool, read, NULL);
    }

  for (guint i = 0; i < changed->len; i++)
    {
      ReadFile *read = g_async_queue_pop (done);

      /* After a failure, keep draining the queue so that every reader's work is freed. */
      if (ok && g_cancellable_set_error_if_cancelled (cancellable, error))
        ok = FALSE;
      if (ok)
        ok = (!g_hash_table_contains (known, read->file->path)
              || forget_path (db, read->file->path, error))
             && (read->message != NULL ? store_failure (db, read, error)
                                       : store_framework (db, read, error));
      if (read->message != NULL)
        stats->n_failed++;
      stats->n_read++;
      read_file_free (read);
      if (progress != NULL)
        progress (i + 1, changed->len, user_data);
    }
  g_thread_pool_free (pool, FALSE, TRUE);

  return ok;
}

static gboolean
update_once (FwLibrary             *self,
             gboolean               rebuild,
             FwLibraryProgressFunc  progress,
             gpointer               user_data,
             FwLibraryStats        *stats,
             GError               **error)
{
  g_autoptr(GPtrArray) found = scan_folders (self->folders, error);
  g_autoptr(GPtrArray) changed = g_ptr_array_new ();
  g_autoptr(GHashTable) known = NULL;
  gboolean ok;

  if (found == NULL)
    return FALSE;
  stats->n_files = found->len;

  if (rebuild && !_fw_library_recreate (self, error))
    return FALSE;

  known = load_known (self->db, error);
  if (known == NULL)
    return FALSE;

  for (guint i = 0; i < found->len; i++)
    if (!is_unchanged (known, g_ptr_array_index (found, i)))
      g_ptr_array_add (changed, g_ptr_array_index (found, i));

  if (changed->len == 0 && g_hash_table_size (known) == found->len)
    return TRUE;

  if (!_fw_library_exec (self->db, "BEGIN IMMEDIATE", error))
    return FALSE;

  ok = drop_removed (self->db, known, found, stats, error)
       && read_changed (self->db, self->cancellable, known, changed, progress, user_data, stats,
                        error)
       && _fw_library_exec (self->db, "COMMIT", error);
  if (!ok)
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

  return ok;
}

gboolean
fw_library_update (FwLibrary             *self,
                   gboolean               rebuild,
                   FwLibraryProgressFunc  progress,
                   gpointer               user_data,
                   FwLibraryStats        *stats,
                   GError               **error)
{
  g_autoptr(GError) local_error = NULL;
  FwLibraryStats local_stats = { 0 };

  g_return_val_if_fail (self != NULL, FALSE);

  if (stats == NULL)
    stats = &local_stats;
  memset (stats, 0, sizeof *stats);

  if (update_once (self, rebuild, progress, user_data, stats, &local_error))
    {
      stats->rebuilt = self->recreated;
      self->recreated = FALSE;
      return TRUE;
    }

  /* A cache damaged under our feet is rebuilt once, never trusted. */
  if (!_fw_library_error_is_damage (local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  memset (stats, 0, sizeof *stats);
  stats->rebuilt = TRUE;
  self->recreated = FALSE;
  return update_once (self, TRUE, progress, user_data, stats, error);
}
