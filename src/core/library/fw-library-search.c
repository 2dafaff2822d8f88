/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-error.h"
#include "fw-library-private.h"

/*
 * Ranking is FTS5's bm25 () with a headline counting twice a body; a row that also holds
 * the query's words as one phrase, in order, counts twice again, so an exact wording
 * outranks the same words scattered.
 */
#define RESULT_COLUMNS \
  "f.path, f.soc, f.title, entries.section, entries.level, entries.domain, entries.sid," \
  " entries.headline, entries.body"

/* The level and section filters read the entry's row in places (alias p), not in entries,
 * whose rows hold all their text (fw-library.c). */
#define PLACE_FILTERS " (?2 IS NULL OR p.level = ?2) AND (?3 IS NULL OR p.section = ?3)"
#define FRAMEWORK_FILTERS \
  " AND (?4 IS NULL OR substr (f.soc, 1, length (?4)) = ?4) AND (?5 = 0 OR f.job_zone = ?5)"

/*
 * A row's framework from its rowid (see fw-library-index.c), not from its framework
 * column: reading a column of an FTS5 row reads the whole row, all its text, and a broad
 * query ("equip*", "soc:29-* equipment") would read thousands of rows only to join them.
 */
#define FRAMEWORK_OF_ROW "(entries.rowid >> 20)"

/*
 * Scores every match but makes snippets for the best @limit only: SQLite computes every
 * column of every row before it sorts, and a snippet costs far more than a score.
 */
static const char match_sql[] =
  "WITH top AS (SELECT entries.rowid AS id,"
  "   -bm25 (entries, 2.0, 1.0, 0.5) * (CASE WHEN ?7 IS NOT NULL AND entries.rowid IN"
  "     (SELECT rowid FROM entries WHERE entries MATCH ?7) THEN 2.0 ELSE 1.0 END) AS score"
  "   FROM entries JOIN frameworks f ON f.id = " FRAMEWORK_OF_ROW
  "   WHERE entries MATCH ?1" FRAMEWORK_FILTERS
  "   AND (?2 IS NULL AND ?3 IS NULL OR EXISTS (SELECT 1 FROM places p"
  "     WHERE p.id = entries.rowid AND" PLACE_FILTERS "))"
  "   ORDER BY score DESC, entries.rowid LIMIT ?6)"
  " SELECT " RESULT_COLUMNS ","
  " snippet (entries, -1, X'02', X'03', '…', 24), top.score"
  " FROM top JOIN entries ON entries.rowid = top.id JOIN frameworks f ON f.id = " FRAMEWORK_OF_ROW
  " WHERE entries MATCH ?1"
  " ORDER BY top.score DESC, entries.rowid";

/*
 * Filters only: every row they keep, framework by framework (by title) and row by row,
 * reading each framework's places by their range of rowids (see fw-library-index.c), so that
 * the scan stops at the limit instead of sorting the whole table.
 */
static const char filter_sql[] =
  "SELECT " RESULT_COLUMNS ", NULL, 0.0"
  " FROM frameworks f INDEXED BY frameworks_by_title CROSS JOIN places p CROSS JOIN entries"
  " WHERE p.id >= (f.id << 20) AND p.id <= ((f.id << 20) | 1048575) AND" PLACE_FILTERS
  " AND entries.rowid = p.id" FRAMEWORK_FILTERS
  " ORDER BY f.title, f.path, p.id LIMIT ?6";

void
fw_library_result_free (FwLibraryResult *result)
{
  if (result == NULL)
    return;

  g_free (result->path);
  g_free (result->soc);
  g_free (result->title);
  g_free (result->section);
  g_free (result->level);
  g_free (result->domain);
  g_free (result->id);
  g_free (result->headline);
  g_free (result->body);
  g_free (result->snippet);
  g_free (result);
}

static char *
column_dup (sqlite3_stmt *statement,
            int           column)
{
  const char *text = (const char *) sqlite3_column_text (statement, column);

  return g_strdup (text != NULL ? text : "");
}

static FwLibraryResult *
read_result (sqlite3_stmt *statement)
{
  FwLibraryResult *result = g_new0 (FwLibraryResult, 1);
  char **fields[] = {
    &result->path, &result->soc, &result->title, &result->section, &result->level,
    &result->domain, &result->id, &result->headline, &result->body, &result->snippet,
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    *fields[i] = column_dup (statement, (int) i);
  result->score = sqlite3_column_double (statement, 10);

  /* Without words to match, the snippet is the body (or the headline of a bare title). */
  if (result->snippet[0] == '\0')
    {
      g_free (result->snippet);
      result->snippet = g_strdup (result->body[0] != '\0' ? result->body : result->headline);
    }

  return result;
}

static void
bind_optional (sqlite3_stmt *statement,
               int           index,
               const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (statement, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (statement, index);
}

static GPtrArray *
search_once (FwLibrary   *self,
             const char  *text,
             guint        limit,
             GError     **error)
{
  g_autoptr(GPtrArray) results = NULL;
  FwLibraryQuery query;
  sqlite3_stmt **cached;
  sqlite3_stmt *statement;
  int status;

  if (!_fw_library_query_parse (text, &query, error))
    return NULL;

  results = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_library_result_free);
  if (query.match == NULL && query.level == NULL && query.section == NULL
      && query.soc_prefix == NULL && query.zone == 0)
    {
      /* Nothing to look for (an empty query, or only stop words). */
      _fw_library_query_clear (&query);
      return g_steal_pointer (&results);
    }

  /* Prepared once and kept: a keystroke in the library window runs the same two statements
   * again and again. */
  cached = query.match != NULL ? &self->match_statement : &self->filter_statement;
  if (*cached == NULL &&
      sqlite3_prepare_v3 (self->db, query.match != NULL ? match_sql : filter_sql, -1,
                          SQLITE_PREPARE_PERSISTENT, cached, NULL) != SQLITE_OK)
    {
      _fw_library_set_error (error, self->db, "cannot search the index");
      _fw_library_query_clear (&query);
      return NULL;
    }
  statement = *cached;

  bind_optional (statement, 1, query.match);
  bind_optional (statement, 2, query.level);
  bind_optional (statement, 3, query.section);
  bind_optional (statement, 4, query.soc_prefix);
  sqlite3_bind_int (statement, 5, query.zone);
  sqlite3_bind_int64 (statement, 6, limit > 0 ? (gint64) limit : -1);
  bind_optional (statement, 7, query.phrase);
  _fw_library_query_clear (&query);

  while ((status = sqlite3_step (statement)) == SQLITE_ROW)
    g_ptr_array_add (results, read_result (statement));

  if (status != SQLITE_DONE)
    _fw_library_set_error (error, self->db, "cannot search the index");
  /* Reset at once: a statement left running would hold its read transaction open. */
  sqlite3_reset (statement);
  sqlite3_clear_bindings (statement);
  if (status != SQLITE_DONE)
    return NULL;

  return g_steal_pointer (&results);
}

GPtrArray *
fw_library_search (FwLibrary   *self,
                   const char  *text,
                   guint        limit,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GPtrArray *results;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  results = search_once (self, text, limit, &local_error);
  if (results != NULL || !_fw_library_error_is_damage (local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return results;
    }

  /* Damage met on the way: rebuild, never trust the rest. */
  g_debug ("%s: %s; rebuilding the index", self->db_path, local_error->message);
  if (!_fw_library_recreate (self, error)
      || !fw_library_update (self, FALSE, NULL, NULL, NULL, error))
    return NULL;

  return search_once (self, text, limit, error);
}

char *
fw_library_format_snippet (const char *snippet,
                           const char *open,
                           const char *close,
                           gboolean    markup)
{
  GString *out = g_string_new (NULL);
  const char *p = snippet;

  g_return_val_if_fail (snippet != NULL, NULL);

  while (*p != '\0')
    {
      gsize run = strcspn (p, FW_LIBRARY_MARK_START FW_LIBRARY_MARK_END);

      if (markup)
        {
          g_autofree char *escaped = g_markup_escape_text (p, (gssize) run);

          g_string_append (out, escaped);
        }
      else
        g_string_append_len (out, p, (gssize) run);

      p += run;
      if (*p == FW_LIBRARY_MARK_START[0])
        g_string_append (out, open);
      else if (*p == FW_LIBRARY_MARK_END[0])
        g_string_append (out, close);
      if (*p != '\0')
        p++;
    }

  return g_string_free (out, FALSE);
}
