/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-error.h"
#include "fw-library-private.h"

/* SQLite errors as GErrors, below every other file of the library. */

void
_fw_library_set_error (GError    **error,
                       sqlite3    *db,
                       const char *what)
{
  int code = sqlite3_errcode (db);
  gboolean damage = code == SQLITE_CORRUPT || code == SQLITE_NOTADB;

  g_set_error (error, FW_ERROR, damage ? FW_ERROR_PARSE : FW_ERROR_IO,
               "%s: %s: %s", sqlite3_db_filename (db, "main"), what, sqlite3_errmsg (db));
}

gboolean
_fw_library_error_is_damage (const GError *error)
{
  return g_error_matches (error, FW_ERROR, FW_ERROR_PARSE);
}

gboolean
_fw_library_exec (sqlite3     *db,
                  const char  *sql,
                  GError     **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      _fw_library_set_error (error, db, "cannot update the index");
      return FALSE;
    }

  return TRUE;
}
