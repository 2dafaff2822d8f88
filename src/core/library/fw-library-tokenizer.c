/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-error.h"
#include "fw-library-private.h"
#include "fw-text.h"

/*
 * The "fw" FTS5 tokenizer: the words of the text engine (fw_text_tokenize ()), stop words
 * dropped, each indexed as its stem, so that every form of a word finds every other. Each
 * word is also indexed, at the same position, as itself behind a "=" (a character no word
 * holds), which prefix queries use: "radiog*" looks for words that begin so, not stems.
 */

#define SURFACE_MARK '='

typedef struct
{
  FwTextAnalyzer *analyzer;
} FwTokenizer;

static int
tokenizer_create_cb (void        *user_data,
                     const char **args,
                     int          n_args,
                     Fts5Tokenizer **out)
{
  FwTokenizer *tokenizer = g_new0 (FwTokenizer, 1);

  /* tokenize = 'fw LANGUAGE'; English by default. */
  tokenizer->analyzer = fw_text_analyzer_get (n_args > 0 ? args[0] : NULL);
  *out = (Fts5Tokenizer *) tokenizer;

  return SQLITE_OK;
}

static void
tokenizer_delete_cb (Fts5Tokenizer *tokenizer)
{
  g_free (tokenizer);
}

static int
emit_surface (void       *context,
              int         flags,
              const char *word,
              int         start,
              int         end,
              int       (*emit) (void *, int, const char *, int, int, int))
{
  g_autofree char *surface = g_strdup_printf ("%c%s", SURFACE_MARK, word);

  return emit (context, flags, surface, (int) strlen (surface), start, end);
}

static int
emit_token (FwTextAnalyzer *analyzer,
            void           *context,
            int             flags,
            FwToken        *token,
            int           (*emit) (void *, int, const char *, int, int, int))
{
  g_autofree char *stem = NULL;
  int status;

  if ((flags & FTS5_TOKENIZE_PREFIX) != 0)
    return emit_surface (context, 0, token->word, (int) token->start, (int) token->end, emit);

  if (fw_text_analyzer_is_stop_word (analyzer, token->word))
    return SQLITE_OK;

  /* For snippet (): it reads only each token's place and offsets, never its text, so
   * neither the stem nor the surface is worth making for every word of every result. */
  if ((flags & FTS5_TOKENIZE_AUX) != 0)
    return emit (context, 0, token->word, (int) strlen (token->word), (int) token->start,
                 (int) token->end);

  stem = fw_text_analyzer_stem (analyzer, token->word);
  status = emit (context, 0, stem, (int) strlen (stem), (int) token->start, (int) token->end);
  if (status != SQLITE_OK || (flags & FTS5_TOKENIZE_QUERY) != 0)
    return status;

  return emit_surface (context, FTS5_TOKEN_COLOCATED, token->word, (int) token->start,
                       (int) token->end, emit);
}

static int
tokenizer_tokenize_cb (Fts5Tokenizer *tokenizer,
                       void          *context,
                       int            flags,
                       const char    *text,
                       int            length,
                       int          (*emit) (void *, int, const char *, int, int, int))
{
  FwTokenizer *self = (FwTokenizer *) tokenizer;
  g_autofree char *copy = NULL;
  g_autoptr(GPtrArray) tokens = NULL;

  if (text == NULL || length <= 0)
    return SQLITE_OK;

  /* Offsets must point into @text: text that is not UTF-8 (never ours) gives no words. */
  if (!g_utf8_validate_len (text, length, NULL))
    return SQLITE_OK;

  copy = g_strndup (text, length);
  tokens = fw_text_tokenize (copy);
  for (guint i = 0; i < tokens->len; i++)
    {
      int status = emit_token (self->analyzer, context, flags, g_ptr_array_index (tokens, i),
                               emit);

      if (status != SQLITE_OK)
        return status;
    }

  return SQLITE_OK;
}

static fts5_api *
get_fts5_api (sqlite3 *db)
{
  fts5_api *api = NULL;
  sqlite3_stmt *statement = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT fts5(?1)", -1, &statement, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_pointer (statement, 1, &api, "fts5_api_ptr", NULL);
  sqlite3_step (statement);
  sqlite3_finalize (statement);

  return api;
}

gboolean
_fw_library_register_tokenizer (sqlite3  *db,
                                GError  **error)
{
  fts5_tokenizer methods = { tokenizer_create_cb, tokenizer_delete_cb, tokenizer_tokenize_cb };
  fts5_api *api = get_fts5_api (db);

  if (api == NULL)
    {
      g_set_error_literal (error, FW_ERROR, FW_ERROR_IO,
                           "SQLite was built without FTS5, which the library index needs");
      return FALSE;
    }

  if (api->xCreateTokenizer (api, "fw", NULL, &methods, NULL) != SQLITE_OK)
    {
      _fw_library_set_error (error, db, "cannot register the tokenizer");
      return FALSE;
    }

  return TRUE;
}
