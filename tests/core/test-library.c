/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <utime.h>

#include "fw-document.h"
#include "fw-formats.h"
#include "fw-library.h"
#include "fw-statement.h"
#include "fw-test-util.h"

/*
 * The library index: building, incremental updates, damaged caches, unreadable files, every
 * query syntax and the ranking, on a folder of two frameworks made from the sample.
 */

typedef struct
{
  char      *dir;      /* the library folder */
  char      *cache;
  FwLibrary *library;
} Fixture;

typedef struct
{
  FwSection    section;
  int          level;
  FwStatement *found;
} FindPlace;

static gboolean
find_place_cb (FwStatement            *statement,
               const FwStatementPlace *place,
               gpointer                user_data)
{
  FindPlace *find = user_data;

  if (place->section != find->section || place->level != find->level)
    return TRUE;
  find->found = statement;
  return FALSE;
}

static FwStatement *
first_statement (FwDocument *document,
                 FwSection   section,
                 int         level)
{
  FindPlace find = { section, level, NULL };

  fw_document_foreach_statement (document, find_place_cb, &find);
  g_assert_nonnull (find.found);
  return find.found;
}

static void
save (FwDocument *document,
      const char *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fw_format_save (document, path, FW_FORMAT_FWK, NULL, &error));
  g_assert_no_error (error);
}

/* Moves @path's modification time by @seconds, as a later edit would. */
static void
touch_later (const char *path,
             int         seconds)
{
  GStatBuf st;
  struct utimbuf times;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  times.actime = st.st_atime;
  times.modtime = st.st_mtime + seconds;
  g_assert_cmpint (g_utime (path, &times), ==, 0);
}

static char *
write_first (const char *dir)
{
  g_autoptr(FwDocument) document = read_sample_fwk ();
  char *path = g_build_filename (dir, "first.fwk", NULL);

  /* The same two words, together in a long statement and apart in a short one, which BM25
   * alone would rank first. */
  fw_statement_set_body (first_statement (document, FW_SECTION_LEVELS, FW_LEVEL_ADVANCED),
                         "calibrates the quokka wombat scanner before each shift and logs "
                         "every reading in the register of the department");
  fw_statement_set_body (first_statement (document, FW_SECTION_LEVELS, FW_LEVEL_EMERGING),
                         "feeds a wombat near a quokka");
  fw_statement_set_body (first_statement (document, FW_SECTION_DURABLE_SKILLS,
                                          FW_DURABLE_APPLYING),
                         "explains zebrafish care to anxious patients without generalization");
  save (document, path);

  return path;
}

static char *
write_second (const char *dir,
              const char *body)
{
  g_autoptr(FwDocument) document = read_sample_fwk ();
  g_autofree char *nested = g_build_filename (dir, "nested", NULL);
  char *path = g_build_filename (nested, "second.fwk", NULL);

  g_object_set (document, "soc", "11-1011.00", "title", "Chief Executives", "job-zone", 5, NULL);
  fw_statement_set_body (first_statement (document, FW_SECTION_LEVELS, FW_LEVEL_PROFICIENT),
                         body);
  g_assert_cmpint (g_mkdir_with_parents (nested, 0700), ==, 0);
  save (document, path);

  return path;
}

static void
update (Fixture        *fixture,
        FwLibraryStats *stats)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fw_library_update (fixture->library, FALSE, NULL, NULL, stats, &error));
  g_assert_no_error (error);
}

static void
open_library (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  const char *folders[] = { fixture->dir, NULL };

  g_clear_pointer (&fixture->library, fw_library_free);
  fixture->library = fw_library_open (folders, fixture->cache, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->library);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  FwLibraryStats stats;

  fixture->dir = g_dir_make_tmp ("test-library-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->cache = g_build_filename (fixture->dir, ".cache", NULL);
  first = write_first (fixture->dir);
  second = write_second (fixture->dir, "negotiates budgets with the zebrafish board");

  open_library (fixture);
  update (fixture, &stats);
  g_assert_cmpuint (stats.n_files, ==, 2);
  g_assert_cmpuint (stats.n_read, ==, 2);
  g_assert_cmpuint (stats.n_failed, ==, 0);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->library, fw_library_free);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->cache);
}

static GPtrArray *
search (Fixture    *fixture,
        const char *query)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *results = fw_library_search (fixture->library, query, 0, &error);

  g_assert_no_error (error);
  g_assert_nonnull (results);
  return results;
}

static FwLibraryResult *
result (GPtrArray *results,
        guint      index)
{
  g_assert_cmpuint (index, <, results->len);
  return g_ptr_array_index (results, index);
}

static gboolean
any_body_contains (GPtrArray  *results,
                   const char *text)
{
  for (guint i = 0; i < results->len; i++)
    if (strstr (result (results, i)->body, text) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_build (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) frameworks = NULL;
  g_autoptr(GError) error = NULL;
  FwLibraryFramework *chief;
  FwLibraryStats stats;

  frameworks = fw_library_list_frameworks (fixture->library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (frameworks->len, ==, 2);
  chief = g_ptr_array_index (frameworks, 0);   /* by title */
  g_assert_cmpstr (chief->title, ==, "Chief Executives");
  g_assert_cmpstr (chief->soc, ==, "11-1011.00");
  g_assert_cmpint (chief->job_zone, ==, 5);
  g_assert_true (g_str_has_suffix (chief->path, "/nested/second.fwk"));
  g_assert_cmpuint (chief->n_statements, >, 40);
  g_assert_cmpstr (((FwLibraryFramework *) g_ptr_array_index (frameworks, 1))->soc, ==,
                   "29-2034.00");

  /* Nothing changed: nothing is read again, even from a new process. */
  open_library (fixture);
  update (fixture, &stats);
  g_assert_false (stats.rebuilt);
  g_assert_cmpuint (stats.n_read, ==, 0);
  g_assert_cmpuint (stats.n_files, ==, 2);
}

static void
test_incremental (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *second = NULL;
  g_autofree char *third = g_build_filename (fixture->dir, "third.fwk", NULL);
  g_autofree char *first = g_build_filename (fixture->dir, "first.fwk", NULL);
  g_autoptr(GPtrArray) before = search (fixture, "budgets");
  g_autoptr(GPtrArray) edited = NULL;
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GPtrArray) removed = NULL;
  g_autoptr(GPtrArray) frameworks = NULL;
  FwLibraryStats stats;

  g_assert_cmpuint (before->len, ==, 1);

  /* Edit one file: only it is read again, and its old words are gone. */
  second = write_second (fixture->dir, "approves mergers with the axolotl board");
  touch_later (second, 10);
  update (fixture, &stats);
  g_assert_cmpuint (stats.n_read, ==, 1);
  g_assert_cmpuint (stats.n_removed, ==, 0);
  edited = search (fixture, "axolotl");
  g_assert_cmpuint (edited->len, ==, 1);
  g_clear_pointer (&before, g_ptr_array_unref);
  before = search (fixture, "budgets");
  g_assert_cmpuint (before->len, ==, 0);

  /* Add one. */
  {
    g_autoptr(GFile) from = g_file_new_for_path (second);
    g_autoptr(GFile) to = g_file_new_for_path (third);

    g_assert_true (g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL));
  }
  update (fixture, &stats);
  g_assert_cmpuint (stats.n_read, ==, 1);
  added = search (fixture, "axolotl");
  g_assert_cmpuint (added->len, ==, 2);

  /* Remove one: its rows go with it. */
  g_assert_cmpint (g_unlink (first), ==, 0);
  update (fixture, &stats);
  g_assert_cmpuint (stats.n_read, ==, 0);
  g_assert_cmpuint (stats.n_removed, ==, 1);
  removed = search (fixture, "quokka");
  g_assert_cmpuint (removed->len, ==, 0);
  frameworks = fw_library_list_frameworks (fixture->library, NULL);
  g_assert_cmpuint (frameworks->len, ==, 2);
}

static void
damage_and_reopen (Fixture    *fixture,
                   const char *garbage,
                   gboolean    verify)
{
  g_autofree char *db_path = g_strdup (fw_library_get_db_path (fixture->library));
  g_autoptr(GPtrArray) results = NULL;
  FwLibraryStats stats;

  g_clear_pointer (&fixture->library, fw_library_free);
  if (garbage != NULL)
    g_assert_true (g_file_set_contents (db_path, garbage, -1, NULL));

  open_library (fixture);
  if (verify)
    {
      sqlite3 *db = NULL;
      sqlite3_stmt *check = NULL;

      g_assert_true (fw_library_verify (fixture->library, NULL));
      /* The damaged file is gone, not only worked around. */
      g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &check, NULL), ==,
                       SQLITE_OK);
      g_assert_cmpint (sqlite3_step (check), ==, SQLITE_ROW);
      g_assert_cmpstr ((const char *) sqlite3_column_text (check, 0), ==, "ok");
      sqlite3_finalize (check);
      sqlite3_close (db);
    }
  update (fixture, &stats);
  g_assert_true (stats.rebuilt);
  g_assert_cmpuint (stats.n_read, ==, 2);
  results = search (fixture, "quokka");
  g_assert_cmpuint (results->len, ==, 2);
}

static void
test_garbage_cache (Fixture       *fixture,
                    gconstpointer  data)
{
  damage_and_reopen (fixture, "this is no database, only garbage where the index was\n", FALSE);
}

/*
 * Zeros the second half of the cache, where the full-text rows are and which opening it
 * does not read: the integrity check finds it, and so does a search that meets it.
 */
static void
test_zeroed_cache (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autofree char *db_path = g_strdup (fw_library_get_db_path (fixture->library));
  g_autoptr(GPtrArray) results = NULL;
  gboolean verify = GPOINTER_TO_INT (data);
  FwLibraryStats stats;
  gsize length;

  /* Closed first, so that no write-ahead log puts the pages back afterwards. */
  g_clear_pointer (&fixture->library, fw_library_free);
  g_assert_true (g_file_get_contents (db_path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 65536);
  memset (contents + length / 2, 0, length - length / 2);
  g_assert_true (g_file_set_contents (db_path, contents, (gssize) length, NULL));

  open_library (fixture);
  if (verify)
    {
      g_assert_true (fw_library_verify (fixture->library, NULL));
      update (fixture, &stats);
      g_assert_true (stats.rebuilt);
      g_assert_cmpuint (stats.n_read, ==, 2);
    }

  results = search (fixture, "quokka");
  g_assert_cmpuint (results->len, ==, 2);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = search (fixture, "zebrafish");
  g_assert_cmpuint (results->len, ==, 2);
}

static void
test_stale_cache (Fixture       *fixture,
                  gconstpointer  data)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (fw_library_get_db_path (fixture->library), &db), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 999", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (db);
  damage_and_reopen (fixture, NULL, FALSE);
}

static void
test_unreadable_file (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *broken = g_build_filename (fixture->dir, "broken.json", NULL);
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GPtrArray) fixed = NULL;
  FwLibraryFailure *failure;
  FwLibraryStats stats;

  g_assert_true (g_file_set_contents (broken, "{\"framework\": ", -1, NULL));
  update (fixture, &stats);
  g_assert_cmpuint (stats.n_failed, ==, 1);

  failures = fw_library_list_failures (fixture->library, NULL);
  g_assert_cmpuint (failures->len, ==, 1);
  failure = g_ptr_array_index (failures, 0);
  g_assert_cmpstr (failure->path, ==, broken);
  g_assert_true (g_str_has_prefix (failure->message, broken));
  g_assert_nonnull (strstr (failure->message, ": error: "));

  /* Not read again while unchanged; dropped once it is gone. */
  update (fixture, &stats);
  g_assert_cmpuint (stats.n_read, ==, 0);
  g_unlink (broken);
  update (fixture, &stats);
  fixed = fw_library_list_failures (fixture->library, NULL);
  g_assert_cmpuint (fixed->len, ==, 0);
}

static void
test_stemming (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) plural = search (fixture, "zebrafishes");
  g_autoptr(GPtrArray) radiographs = search (fixture, "radiographs");
  g_autofree char *marked = NULL;

  g_assert_cmpuint (plural->len, ==, 2);
  g_assert_true (any_body_contains (radiographs, "radiographic"));
  /* The snippet marks the word as the text has it. */
  marked = fw_library_format_snippet (result (plural, 0)->snippet, "[", "]", FALSE);
  g_assert_nonnull (strstr (marked, "[zebrafish]"));
}

/* The snippet of @query's result whose body is @body, its marks as [ and ]. */
static char *
marked_snippet (Fixture    *fixture,
                const char *query,
                const char *body)
{
  g_autoptr(GPtrArray) results = search (fixture, query);

  for (guint i = 0; i < results->len; i++)
    if (g_str_equal (result (results, i)->body, body))
      return fw_library_format_snippet (result (results, i)->snippet, "[", "]", FALSE);
  g_assert_not_reached ();
}

/* The snippet marks the matched word itself, not a neighbour: stop words take no place. */
static void
test_snippet_marks_the_word (Fixture       *fixture,
                             gconstpointer  data)
{
  static const char body[] = "explains zebrafish care to anxious patients without generalization";
  g_autofree char *word = marked_snippet (fixture, "anxious", body);
  g_autofree char *prefix = marked_snippet (fixture, "generaliz*", body);

  g_assert_cmpstr (word, ==,
                   "explains zebrafish care to [anxious] patients without generalization");
  g_assert_cmpstr (prefix, ==,
                   "explains zebrafish care to anxious patients without [generalization]");
}

static void
test_words_phrases_prefixes (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GPtrArray) words = search (fixture, "wombat quokka");
  g_autoptr(GPtrArray) phrase = search (fixture, "\"quokka wombat\"");
  g_autoptr(GPtrArray) prefix = search (fixture, "quok*");
  g_autoptr(GPtrArray) unfinished = search (fixture, "quok");
  g_autoptr(GPtrArray) stop_words = search (fixture, "the of");
  g_autoptr(GPtrArray) every_word = search (fixture, "quokka axolotl");
  g_autoptr(GPtrArray) other_stop_word = search (fixture, "\"calibrates a quokka wombat\"");
  g_autoptr(GPtrArray) word_prefix = search (fixture, "generaliz*");

  g_assert_cmpuint (words->len, ==, 2);
  g_assert_cmpuint (phrase->len, ==, 1);
  g_assert_cmpstr (result (phrase, 0)->level, ==, "advanced");
  g_assert_cmpuint (prefix->len, ==, 2);
  g_assert_cmpuint (unfinished->len, ==, 0);
  g_assert_cmpuint (stop_words->len, ==, 0);
  g_assert_cmpuint (every_word->len, ==, 0);
  /* Stop words hold no place in a phrase, so another one matches. */
  g_assert_cmpuint (other_stop_word->len, ==, 1);
  /* A prefix of the word as written, though its stem ("general") is shorter. */
  g_assert_true (any_body_contains (word_prefix, "generalization"));
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) level = search (fixture, "quokka level:advanced");
  g_autoptr(GPtrArray) section = search (fixture, "zebrafish section:durable");
  g_autoptr(GPtrArray) soc = search (fixture, "zebrafish soc:11-*");
  g_autoptr(GPtrArray) whole_soc = search (fixture, "zebrafish soc:29-2034.00");
  g_autoptr(GPtrArray) zone = search (fixture, "zebrafish zone:5");
  g_autoptr(GPtrArray) only_filters = search (fixture, "soc:11-* level:proficient section:levels");
  g_autoptr(GPtrArray) every_framework = search (fixture, "level:proficient section:levels");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) bad = NULL;

  g_assert_cmpuint (level->len, ==, 1);
  g_assert_cmpstr (result (level, 0)->level, ==, "advanced");
  g_assert_cmpuint (section->len, ==, 1);
  g_assert_cmpstr (result (section, 0)->section, ==, "durable");
  g_assert_cmpstr (result (section, 0)->domain, !=, "");
  g_assert_cmpuint (soc->len, ==, 1);
  g_assert_cmpstr (result (soc, 0)->soc, ==, "11-1011.00");
  g_assert_cmpuint (whole_soc->len, ==, 1);
  g_assert_cmpstr (result (whole_soc, 0)->soc, ==, "29-2034.00");
  g_assert_cmpuint (zone->len, ==, 1);
  g_assert_cmpstr (result (zone, 0)->title, ==, "Chief Executives");
  g_assert_cmpuint (only_filters->len, ==, 10);
  for (guint i = 0; i < only_filters->len; i++)
    g_assert_cmpstr (result (only_filters, i)->level, ==, "proficient");
  /* Each framework's own rows, under it, once. */
  g_assert_cmpuint (every_framework->len, ==, 20);
  for (guint i = 0; i < every_framework->len; i++)
    g_assert_cmpstr (result (every_framework, i)->title, ==,
                     i < 10 ? "Chief Executives" : result (every_framework, 10)->title);
  g_assert_cmpstr (result (every_framework, 10)->title, !=, "Chief Executives");

  bad = fw_library_search (fixture->library, "zone:9", 0, &error);
  g_assert_null (bad);
  g_assert_nonnull (strstr (error->message, "zone"));
}

/* Every framework removed, then one added: the filters see only what the folder holds now
 * (the new framework takes the ids the removed ones had). */
static void
test_filters_after_refill (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *first = g_build_filename (fixture->dir, "first.fwk", NULL);
  g_autofree char *second = g_build_filename (fixture->dir, "nested", "second.fwk", NULL);
  g_autofree char *again = NULL;
  g_autoptr(GPtrArray) emptied = NULL;
  g_autoptr(GPtrArray) level = NULL;
  g_autoptr(GPtrArray) only_filters = NULL;
  g_autoptr(GError) error = NULL;
  FwLibraryStats stats;

  g_assert_cmpint (g_unlink (first), ==, 0);
  g_assert_cmpint (g_unlink (second), ==, 0);
  update (fixture, &stats);
  g_assert_cmpuint (stats.n_removed, ==, 2);
  emptied = search (fixture, "level:advanced");
  g_assert_cmpuint (emptied->len, ==, 0);

  again = write_first (fixture->dir);
  g_assert_true (fw_library_update (fixture->library, FALSE, NULL, NULL, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.n_read, ==, 1);

  level = search (fixture, "quokka level:advanced");
  g_assert_cmpuint (level->len, ==, 1);
  g_assert_cmpstr (result (level, 0)->level, ==, "advanced");
  only_filters = search (fixture, "level:applying section:durable");
  g_assert_cmpuint (only_filters->len, >, 0);
  for (guint i = 0; i < only_filters->len; i++)
    {
      g_assert_cmpstr (result (only_filters, i)->level, ==, "applying");
      g_assert_cmpstr (result (only_filters, i)->section, ==, "durable");
      g_assert_cmpstr (result (only_filters, i)->soc, ==, "29-2034.00");
    }
}

static void
test_tasks_and_titles (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) tasks = search (fixture, "section:tasks x-rays");
  g_autoptr(GPtrArray) titles = search (fixture, "section:titles");

  g_assert_cmpuint (tasks->len, >, 0);
  g_assert_cmpstr (result (tasks, 0)->section, ==, "tasks");
  g_assert_cmpstr (result (tasks, 0)->id, !=, "");
  g_assert_cmpuint (titles->len, >, 0);
}

static void
test_ranking (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) words = search (fixture, "quokka wombat");
  g_autoptr(GPtrArray) limited = fw_library_search (fixture->library, "zebrafish", 1, NULL);
  g_autoptr(GPtrArray) best = fw_library_search (fixture->library, "quokka wombat", 1, NULL);

  g_assert_cmpuint (words->len, ==, 2);
  g_assert_nonnull (strstr (result (words, 0)->body, "quokka wombat"));
  g_assert_cmpfloat (result (words, 0)->score, >, result (words, 1)->score);
  g_assert_cmpuint (limited->len, ==, 1);
  /* The limit keeps the best, not any. */
  g_assert_cmpuint (best->len, ==, 1);
  g_assert_nonnull (strstr (result (best, 0)->body, "quokka wombat"));
}

static void
test_hostile_queries (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char * const queries[] = {
    "\"unclosed phrase", "a\"\"b", "NEAR(quokka wombat)", "quokka OR NOT AND", "{body}: x",
    "*", "^quokka", "quokka:wombat", "\"\"", "-", "soc:", "col\"umn:", "\xff\xfe", NULL
  };

  for (guint i = 0; queries[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) results = fw_library_search (fixture->library, queries[i], 0,
                                                        &error);

      /* Understood or refused with a message, never an SQL or FTS5 syntax error. */
      if (results == NULL)
        g_assert_true (g_str_has_prefix (error->message, "unknown value"));
    }
}

/* A cancelled update stops, says so, and leaves the index as it was. */
static void
test_cancelled_update (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) frameworks = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *third = g_build_filename (fixture->dir, "third.fwk", NULL);
  g_autofree char *first = g_build_filename (fixture->dir, "first.fwk", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  FwLibraryStats stats;

  g_assert_true (g_file_get_contents (first, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (third, contents, length, NULL));
  fw_library_set_cancellable (fixture->library, cancellable);
  g_cancellable_cancel (cancellable);
  g_assert_false (fw_library_update (fixture->library, FALSE, NULL, NULL, &stats, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  frameworks = fw_library_list_frameworks (fixture->library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (frameworks->len, ==, 2);

  /* Without the cancellable, the next update reads the new file. */
  fw_library_set_cancellable (fixture->library, NULL);
  update (fixture, &stats);
  g_assert_cmpuint (stats.n_read, ==, 1);
  g_clear_pointer (&frameworks, g_ptr_array_unref);
  frameworks = fw_library_list_frameworks (fixture->library, &error);
  g_assert_cmpuint (frameworks->len, ==, 3);
}

static void
test_snippet_markup (void)
{
  g_autofree char *markup = fw_library_format_snippet ("a <b> & \x02x\x03 c", "<b>", "</b>",
                                                       TRUE);
  g_autofree char *plain = fw_library_format_snippet ("\x02one\x03 two", "[", "]", FALSE);

  g_assert_cmpstr (markup, ==, "a &lt;b&gt; &amp; <b>x</b> c");
  g_assert_cmpstr (plain, ==, "[one] two");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/library/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("build", test_build);
  ADD ("incremental", test_incremental);
  ADD ("garbage-cache", test_garbage_cache);
  g_test_add ("/library/zeroed-cache/verified", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_zeroed_cache, fixture_tear_down);
  g_test_add ("/library/zeroed-cache/unverified", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_zeroed_cache, fixture_tear_down);
  ADD ("stale-cache", test_stale_cache);
  ADD ("unreadable-file", test_unreadable_file);
  ADD ("stemming", test_stemming);
  ADD ("snippet-marks-the-word", test_snippet_marks_the_word);
  ADD ("words-phrases-prefixes", test_words_phrases_prefixes);
  ADD ("filters", test_filters);
  ADD ("filters-after-refill", test_filters_after_refill);
  ADD ("tasks-and-titles", test_tasks_and_titles);
  ADD ("ranking", test_ranking);
  ADD ("hostile-queries", test_hostile_queries);
  ADD ("cancelled-update", test_cancelled_update);
#undef ADD
  g_test_add_func ("/library/snippet-markup", test_snippet_markup);

  return g_test_run ();
}
