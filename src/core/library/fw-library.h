/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * FwLibrary: a searchable index of every framework (.fwk and NSX .json files) under one or
 * more folders. The index is an SQLite database with an FTS5 table in
 * $XDG_CACHE_HOME/framewright/, one per library (named by a hash of its folders). It is a
 * cache: a damaged or stale one (not a database, failing its integrity check, another schema
 * version) is deleted and rebuilt, never trusted.
 *
 * Words are cut, folded, stripped of stop words and stemmed by the text engine
 * (src/core/text) through an FTS5 tokenizer of ours, so "radiographs" finds "radiographic".
 * Not thread safe: use one FwLibrary from one thread.
 */
typedef struct _FwLibrary FwLibrary;

/* Increase whenever the tables or the tokenizer change: older caches are then rebuilt. */
#define FW_LIBRARY_SCHEMA_VERSION 2

/* Marks around the matched words of a snippet; see fw_library_format_snippet (). */
#define FW_LIBRARY_MARK_START "\x02"
#define FW_LIBRARY_MARK_END   "\x03"

/* Called in the thread running fw_library_update () after each file is stored (@done of @total). */
typedef void (*FwLibraryProgressFunc) (guint    done,
                                       guint    total,
                                       gpointer user_data);

typedef struct
{
  guint n_files;     /* frameworks found */
  guint n_read;      /* files (re)read by this update */
  guint n_removed;   /* files dropped because they are gone */
  guint n_failed;    /* files that could not be read (see fw_library_list_failures ()) */
  gboolean rebuilt;  /* the cache was missing, damaged or stale and was built anew */
} FwLibraryStats;

/*
 * Opens the library of @folders (NULL-terminated, at least one), creating or repairing its
 * cache. @cache_dir NULL is $XDG_CACHE_HOME/framewright. Does not read the folders: call
 * fw_library_update ().
 */
FwLibrary  *fw_library_open            (const char * const *folders,
                                        const char         *cache_dir,
                                        GError            **error);
void        fw_library_free            (FwLibrary          *self);
/*
 * Runs SQLite's integrity check over the whole cache (a few milliseconds per thousand
 * frameworks) and empties a damaged one, which the next fw_library_update () fills again.
 * fw_library_open () only checks what is cheap: that the file is a database of this schema.
 */
gboolean    fw_library_verify          (FwLibrary          *self,
                                        GError            **error);
const char *fw_library_get_db_path     (FwLibrary          *self);

/*
 * Brings the index up to date: files whose path, size or modification time changed are read
 * again (on a thread pool, one reader per file), removed ones are dropped. With @rebuild,
 * the index is emptied first.
 */
gboolean    fw_library_update          (FwLibrary            *self,
                                        gboolean              rebuild,
                                        FwLibraryProgressFunc progress,
                                        gpointer              user_data,
                                        FwLibraryStats       *stats,
                                        GError              **error);

/*
 * Makes fw_library_update () stop soon after @cancellable is cancelled (files not read yet
 * are skipped) and fail with G_IO_ERROR_CANCELLED, leaving the index as it was before.
 * @cancellable may be cancelled from another thread; NULL for none.
 */
void        fw_library_set_cancellable (FwLibrary          *self,
                                        GCancellable       *cancellable);

/* The framework files under @folders (sorted paths), as fw_library_update () finds them. */
GPtrArray  *fw_library_find_files      (const char * const *folders,
                                        GError            **error);

typedef struct
{
  char *path;
  char *soc;
  char *title;
  char *version;
  int   job_zone;        /* 0 when unknown */
  char *major_group;
  guint n_errors;
  guint n_warnings;
  guint n_statements;
} FwLibraryFramework;

void        fw_library_framework_free  (FwLibraryFramework *framework);
/* The frameworks of the index, by title; a GPtrArray of FwLibraryFramework. */
GPtrArray  *fw_library_list_frameworks (FwLibrary          *self,
                                        GError            **error);

typedef struct
{
  char *path;
  char *message;        /* the reader's error, "FILE:LINE:COLUMN: error: …" */
} FwLibraryFailure;

void        fw_library_failure_free    (FwLibraryFailure   *failure);
/* The files that could not be read, by path; a GPtrArray of FwLibraryFailure. */
GPtrArray  *fw_library_list_failures   (FwLibrary          *self,
                                        GError            **error);

typedef struct
{
  char  *path;
  char  *soc;
  char  *title;
  char  *section;       /* "levels", "ai-fluency", "durable", "tasks", "titles" */
  char  *level;         /* "emerging" …; "" for tasks and titles */
  char  *domain;        /* durable skills: the domain's name; else "" */
  char  *id;            /* the statement's id (tasks: the task id) */
  char  *headline;
  char  *body;
  char  *snippet;       /* with FW_LIBRARY_MARK_START/END around the matched words */
  double score;         /* higher is better (FTS5 bm25 (), negated) */
} FwLibraryResult;

void        fw_library_result_free     (FwLibraryResult    *result);

/*
 * Searches the index. @query: words (stemmed: "radiographs" finds "radiographic"), "exact
 * phrases", prefixes (radiograph*), and filters level:advanced, section:durable, soc:29-*
 * (or a whole code), zone:3. Every word must match. Results are ranked by BM25, best first;
 * at most @limit (0: no limit). Returns a GPtrArray of FwLibraryResult, or NULL with a
 * FW_ERROR_INVALID error for a filter with an unknown value (level:expert, zone:9). A cache
 * found damaged on the way is rebuilt and the search run again.
 */
GPtrArray  *fw_library_search          (FwLibrary          *self,
                                        const char         *query,
                                        guint               limit,
                                        GError            **error);

/*
 * @snippet with its marks replaced by @open and @close; with @markup, the text is escaped
 * for Pango markup first (the marks are not).
 */
char       *fw_library_format_snippet  (const char         *snippet,
                                        const char         *open,
                                        const char         *close,
                                        gboolean            markup);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwLibrary, fw_library_free)

G_END_DECLS
