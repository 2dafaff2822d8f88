/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

#include "fw-text-private.h"

/* Longer "words" (a pasted URL, a run of digits) are kept whole and never stemmed. */
#define MAX_STEM_LENGTH 64

struct _FwTextAnalyzer
{
  char                 *language;
  const char * const   *stop_words;
  guint                 n_stop_words;
  struct sb_stemmer    *stemmer;      /* NULL when the language has none */
  GMutex                stemmer_lock; /* a Snowball stemmer keeps state between calls */
};

static void
free_token (gpointer data)
{
  FwToken *token = data;

  g_free (token->word);
  g_free (token);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

GPtrArray *
fw_text_tokenize (const char *text)
{
  GPtrArray *tokens = g_ptr_array_new_with_free_func (free_token);
  const char *p = text;

  g_return_val_if_fail (text != NULL, tokens);

  while (*p != '\0')
    {
      const char *start;
      g_autofree char *folded = NULL;
      FwToken *token;

      while (*p != '\0' && !is_word_char (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;

      start = p;
      while (*p != '\0' && is_word_char (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);

      folded = g_utf8_casefold (start, p - start);
      token = g_new0 (FwToken, 1);
      token->word = g_utf8_normalize (folded, -1, G_NORMALIZE_NFC);
      token->start = start - text;
      token->end = p - text;
      g_ptr_array_add (tokens, token);
    }

  return tokens;
}

/* The primary subtag of a BCP 47 tag, lowercased: "es-MX" -> "es". */
static char *
primary_language (const char *tag)
{
  gsize len = 0;

  if (tag == NULL || *tag == '\0')
    return g_strdup ("en");

  while (tag[len] != '\0' && tag[len] != '-' && tag[len] != '_')
    len++;

  return g_ascii_strdown (tag, len);
}

static const char *
stemmer_name (const char *language)
{
  static const struct { const char *code, *name; } names[] = {
    { "en", "english" }, { "es", "spanish" }, { "fr", "french" }, { "de", "german" },
    { "pt", "portuguese" }, { "it", "italian" }, { "nl", "dutch" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (strcmp (names[i].code, language) == 0)
        return names[i].name;
    }

  return NULL;
}

static FwTextAnalyzer *
analyzer_new (const char *language)
{
  FwTextAnalyzer *self = g_new0 (FwTextAnalyzer, 1);
  const char *name = stemmer_name (language);

  self->language = g_strdup (language);
  self->stop_words = _fw_text_stop_words (language, &self->n_stop_words);
  if (name != NULL)
    self->stemmer = sb_stemmer_new (name, "UTF_8");
  g_mutex_init (&self->stemmer_lock);

  return self;
}

FwTextAnalyzer *
fw_text_analyzer_get (const char *language)
{
  static GMutex lock;
  static GHashTable *analyzers;
  g_autofree char *primary = primary_language (language);
  FwTextAnalyzer *self;

  g_mutex_lock (&lock);
  if (analyzers == NULL)
    analyzers = g_hash_table_new (g_str_hash, g_str_equal);
  self = g_hash_table_lookup (analyzers, primary);
  if (self == NULL)
    {
      self = analyzer_new (primary);
      g_hash_table_insert (analyzers, self->language, self);
    }
  g_mutex_unlock (&lock);

  return self;
}

const char *
fw_text_analyzer_get_language (FwTextAnalyzer *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->language;
}

gboolean
fw_text_analyzer_has_stemmer (FwTextAnalyzer *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->stemmer != NULL;
}

static int
compare_word (const void *key,
              const void *member)
{
  return strcmp (key, *(const char * const *) member);
}

gboolean
fw_text_analyzer_is_stop_word (FwTextAnalyzer *self,
                               const char     *word)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (word != NULL, FALSE);

  return self->n_stop_words > 0
         && bsearch (word, self->stop_words, self->n_stop_words, sizeof (char *),
                     compare_word) != NULL;
}

char *
fw_text_analyzer_stem (FwTextAnalyzer *self,
                       const char     *word)
{
  const sb_symbol *stem;
  char *result;
  gsize len;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (word != NULL, NULL);

  len = strlen (word);
  if (self->stemmer == NULL || len > MAX_STEM_LENGTH)
    return g_strdup (word);

  g_mutex_lock (&self->stemmer_lock);
  stem = sb_stemmer_stem (self->stemmer, (const sb_symbol *) word, len);
  result = stem != NULL ? g_strndup ((const char *) stem, sb_stemmer_length (self->stemmer))
                        : g_strdup (word);
  g_mutex_unlock (&self->stemmer_lock);

  return result;
}

char **
fw_text_analyzer_stems (FwTextAnalyzer *self,
                        const char     *text)
{
  g_autoptr(GPtrArray) tokens = NULL;
  GPtrArray *stems;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  tokens = fw_text_tokenize (text);
  stems = g_ptr_array_new ();
  for (guint i = 0; i < tokens->len; i++)
    {
      FwToken *token = g_ptr_array_index (tokens, i);

      if (!fw_text_analyzer_is_stop_word (self, token->word))
        g_ptr_array_add (stems, fw_text_analyzer_stem (self, token->word));
    }
  g_ptr_array_add (stems, NULL);

  return (char **) g_ptr_array_free (stems, FALSE);
}

void
fw_text_analyzer_terms (FwTextAnalyzer *self,
                        const char     *text,
                        FwTextTerms    *out_terms)
{
  g_autoptr(GPtrArray) tokens = NULL;
  GString *words, *stems;

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);
  g_return_if_fail (out_terms != NULL);

  tokens = fw_text_tokenize (text);
  words = g_string_new (NULL);
  stems = g_string_new (NULL);
  for (guint i = 0; i < tokens->len; i++)
    {
      FwToken *token = g_ptr_array_index (tokens, i);
      g_autofree char *stem = NULL;

      if (fw_text_analyzer_is_stop_word (self, token->word))
        continue;
      stem = fw_text_analyzer_stem (self, token->word);
      if (words->len > 0)
        {
          g_string_append_c (words, ' ');
          g_string_append_c (stems, ' ');
        }
      g_string_append (words, token->word);
      g_string_append (stems, stem);
    }

  out_terms->words = g_string_free (words, FALSE);
  out_terms->stems = g_string_free (stems, FALSE);
}

void
fw_text_terms_clear (FwTextTerms *terms)
{
  g_return_if_fail (terms != NULL);

  g_clear_pointer (&terms->words, g_free);
  g_clear_pointer (&terms->stems, g_free);
}
