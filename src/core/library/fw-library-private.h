/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "fw-library.h"

G_BEGIN_DECLS

struct _FwLibrary
{
  char    **folders;
  char     *db_path;
  sqlite3  *db;
  gboolean  recreated;   /* the cache was built anew since the last update */
  GCancellable *cancellable;   /* stops fw_library_update (); NULL for none */
  /* The search's two statements, prepared once (fw-library-search.c); NULL until used. */
  sqlite3_stmt *match_statement;
  sqlite3_stmt *filter_statement;
};

/* Finalizes the statements kept for the search; call before closing the database
 * (fw-library.c). */
void      _fw_library_forget_statements    (FwLibrary   *self);

/* Registers the "fw" FTS5 tokenizer on @db (fw-library-tokenizer.c). */
gboolean  _fw_library_register_tokenizer (sqlite3     *db,
                                          GError     **error);

/* Sets @error from the last error of @db, prefixed by @what. */
void      _fw_library_set_error           (GError    **error,
                                           sqlite3    *db,
                                           const char *what);
/* Runs @sql (no results); FALSE with @error. */
gboolean  _fw_library_exec                (sqlite3     *db,
                                           const char  *sql,
                                           GError     **error);
/* Whether @error says the database file is damaged or no database at all. */
gboolean  _fw_library_error_is_damage     (const GError *error);
/* Closes, deletes and recreates the cache (fw-library.c). */
gboolean  _fw_library_recreate            (FwLibrary   *self,
                                           GError     **error);

/*
 * A parsed query (fw-library-query.c): an FTS5 MATCH expression (NULL when the query has
 * only filters) and the filters.
 */
typedef struct
{
  char *match;
  char *phrase;       /* the words as one phrase, for the proximity bonus; NULL if < 2 */
  char *level;
  char *section;
  char *soc_prefix;   /* "29-" for soc:29-*; NULL for none */
  int   zone;         /* 0: none */
} FwLibraryQuery;

gboolean  _fw_library_query_parse         (const char     *text,
                                           FwLibraryQuery *query,
                                           GError        **error);
void      _fw_library_query_clear         (FwLibraryQuery *query);

G_END_DECLS
