/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <string.h>

#include "fw-text-rank.h"
#include "fw-data.h"
#include "fw-text.h"

#define BM25_K1 1.2
#define BM25_B  0.75
/* A query term no document holds weighs this much of the idf of a term in no document. */
#define UNKNOWN_TERM_WEIGHT 0.5

static const double field_weights[FW_TEXT_N_FIELDS] = {
  [FW_TEXT_FIELD_HEADLINE]  = 2.0,
  [FW_TEXT_FIELD_BODY]      = 1.0,
  [FW_TEXT_FIELD_TASKS]     = 1.0,
  [FW_TEXT_FIELD_CITATIONS] = 0.5,
};

typedef struct
{
  char       *id;
  GHashTable *counts[FW_TEXT_N_FIELDS];   /* stem → occurrences (GUINT_TO_POINTER) */
  guint       lengths[FW_TEXT_N_FIELDS];  /* terms in the field */
} Document;

typedef struct
{
  guint  document;
  double tf;        /* the BM25F-weighted term frequency */
} Posting;

struct _FwTextIndex
{
  FwTextAnalyzer *analyzer;
  char           *language;
  GPtrArray      *documents;   /* Document */
  GHashTable     *postings;    /* stem → GArray of Posting; built on the first search */
  gboolean        dirty;
};

/* The synonym lexicon --------------------------------------------------------------------- */

/* language → (word → GStrv of the phrases it adds) */
static GHashTable *
load_synonyms (void)
{
  GHashTable *languages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                 (GDestroyNotify) g_hash_table_unref);
  g_autoptr(GBytes) bytes = fw_data_lookup ("lexicons/synonyms.txt");
  g_auto(GStrv) lines = NULL;
  GHashTable *current = NULL;

  if (bytes == NULL)
    return languages;

  lines = g_strsplit (g_bytes_get_data (bytes, NULL) != NULL
                      ? (const char *) g_bytes_get_data (bytes, NULL) : "", "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      char *equals;
      g_autofree char *key = NULL;
      g_auto(GStrv) phrases = NULL;

      if (line[0] == '\0' || line[0] == '#')
        continue;
      if (line[0] == '[')
        {
          g_autofree char *name = g_strndup (line + 1, strcspn (line + 1, "]"));

          current = g_hash_table_lookup (languages, name);
          if (current == NULL)
            {
              current = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               (GDestroyNotify) g_strfreev);
              g_hash_table_insert (languages, g_steal_pointer (&name), current);
            }
          continue;
        }
      equals = strchr (line, '=');
      if (current == NULL || equals == NULL)
        continue;
      *equals = '\0';
      key = g_utf8_casefold (g_strstrip (line), -1);
      phrases = g_strsplit (equals + 1, ",", -1);
      for (guint j = 0; phrases[j] != NULL; j++)
        g_strstrip (phrases[j]);
      g_hash_table_replace (current, g_steal_pointer (&key), g_steal_pointer (&phrases));
    }

  return languages;
}

static GHashTable *
get_synonyms (const char *language)
{
  static GHashTable *languages;
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      languages = load_synonyms ();
      g_once_init_leave (&loaded, 1);
    }

  return g_hash_table_lookup (languages, language);
}

const char * const *
fw_text_synonyms_lookup (const char *language,
                         const char *word)
{
  GHashTable *words;

  g_return_val_if_fail (word != NULL, NULL);

  words = get_synonyms (language != NULL && language[0] != '\0' ? language : "en");
  return words != NULL ? g_hash_table_lookup (words, word) : NULL;
}

/* Analysis -------------------------------------------------------------------------------- */

typedef void (*TermFunc) (const char *stem,
                          const char *text,
                          gsize       start,
                          gsize       end,
                          gpointer    user_data);

static void
analyze (FwTextIndex *index,
         const char  *text,
         gboolean     expand,
         TermFunc     func,
         gpointer     user_data)
{
  g_autoptr(GPtrArray) tokens = NULL;

  if (text == NULL || text[0] == '\0')
    return;

  tokens = fw_text_tokenize (text);
  for (guint i = 0; i < tokens->len; i++)
    {
      FwToken *token = g_ptr_array_index (tokens, i);
      const char * const *phrases;

      if (g_utf8_strlen (token->word, -1) < 2
          || fw_text_analyzer_is_stop_word (index->analyzer, token->word))
        continue;

      {
        g_autofree char *stem = fw_text_analyzer_stem (index->analyzer, token->word);

        func (stem, text, token->start, token->end, user_data);
      }

      phrases = expand ? fw_text_synonyms_lookup (index->language, token->word) : NULL;
      for (guint j = 0; phrases != NULL && phrases[j] != NULL; j++)
        {
          g_auto(GStrv) stems = fw_text_analyzer_stems (index->analyzer, phrases[j]);

          for (guint k = 0; stems != NULL && stems[k] != NULL; k++)
            func (stems[k], text, token->start, token->end, user_data);
        }
    }
}

/* The index ------------------------------------------------------------------------------- */

FwTextIndex *
fw_text_index_new (const char *language)
{
  FwTextIndex *index = g_new0 (FwTextIndex, 1);

  index->analyzer = fw_text_analyzer_get (language);
  index->language = g_strdup (fw_text_analyzer_get_language (index->analyzer));
  index->documents = g_ptr_array_new ();
  index->dirty = TRUE;

  return index;
}

static void
document_free (Document *document)
{
  g_free (document->id);
  for (guint f = 0; f < FW_TEXT_N_FIELDS; f++)
    g_hash_table_unref (document->counts[f]);
  g_free (document);
}

void
fw_text_index_free (FwTextIndex *index)
{
  if (index == NULL)
    return;

  for (guint i = 0; i < index->documents->len; i++)
    document_free (g_ptr_array_index (index->documents, i));
  g_ptr_array_unref (index->documents);
  g_clear_pointer (&index->postings, g_hash_table_unref);
  g_free (index->language);
  g_free (index);
}

const char *
fw_text_index_get_language (FwTextIndex *index)
{
  g_return_val_if_fail (index != NULL, NULL);

  return index->language;
}

guint
fw_text_index_get_n_documents (FwTextIndex *index)
{
  g_return_val_if_fail (index != NULL, 0);

  return index->documents->len;
}

typedef struct
{
  GHashTable *counts;
  guint      *length;
} CountData;

static void
count_term_cb (const char *stem,
               const char *text,
               gsize       start,
               gsize       end,
               gpointer    user_data)
{
  CountData *data = user_data;
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (data->counts, stem));

  g_hash_table_replace (data->counts, g_strdup (stem), GUINT_TO_POINTER (count + 1));
  (*data->length)++;
}

void
fw_text_index_add (FwTextIndex        *index,
                   const char         *id,
                   const char * const *fields)
{
  Document *document;

  g_return_if_fail (index != NULL);
  g_return_if_fail (id != NULL);
  g_return_if_fail (fields != NULL);

  document = g_new0 (Document, 1);
  document->id = g_strdup (id);
  for (guint f = 0; f < FW_TEXT_N_FIELDS; f++)
    {
      CountData data;

      document->counts[f] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      data = (CountData) { document->counts[f], &document->lengths[f] };
      analyze (index, fields[f], TRUE, count_term_cb, &data);
    }
  g_ptr_array_add (index->documents, document);
  index->dirty = TRUE;
}

/* BM25F: per field, tf / (1 − b + b · length / average length), weighted and summed. */
static void
build_postings (FwTextIndex *index)
{
  double average[FW_TEXT_N_FIELDS] = { 0 };
  guint holding[FW_TEXT_N_FIELDS] = { 0 };
  guint n = index->documents->len;

  g_clear_pointer (&index->postings, g_hash_table_unref);
  index->postings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_array_unref);

  for (guint i = 0; i < n; i++)
    {
      Document *document = g_ptr_array_index (index->documents, i);

      for (guint f = 0; f < FW_TEXT_N_FIELDS; f++)
        {
          average[f] += document->lengths[f];
          holding[f] += document->lengths[f] > 0;
        }
    }
  /* The average over the documents that have the field: few statements are anchored to
   * tasks, and their tasks are not long because the others have none. */
  for (guint f = 0; f < FW_TEXT_N_FIELDS; f++)
    average[f] = holding[f] > 0 ? average[f] / holding[f] : 1;

  for (guint i = 0; i < n; i++)
    {
      Document *document = g_ptr_array_index (index->documents, i);
      g_autoptr(GHashTable) weighted = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                              g_free);
      GHashTableIter iter;
      gpointer key, value;

      for (guint f = 0; f < FW_TEXT_N_FIELDS; f++)
        {
          double norm = 1 - BM25_B + BM25_B * document->lengths[f] / average[f];

          g_hash_table_iter_init (&iter, document->counts[f]);
          while (g_hash_table_iter_next (&iter, &key, &value))
            {
              double *tf = g_hash_table_lookup (weighted, key);

              if (tf == NULL)
                {
                  tf = g_new0 (double, 1);
                  g_hash_table_insert (weighted, key, tf);
                }
              *tf += field_weights[f] * GPOINTER_TO_UINT (value) / norm;
            }
        }

      g_hash_table_iter_init (&iter, weighted);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          GArray *list = g_hash_table_lookup (index->postings, key);
          Posting posting = { i, *(double *) value };

          if (list == NULL)
            {
              list = g_array_new (FALSE, FALSE, sizeof (Posting));
              g_hash_table_insert (index->postings, g_strdup (key), list);
            }
          g_array_append_val (list, posting);
        }
    }

  index->dirty = FALSE;
}

/* The query --------------------------------------------------------------------------------- */

typedef struct
{
  char  *stem;
  char  *word;      /* the query's word it comes from, as written */
  guint  position;  /* of that word in the query, for the order of matched words */
} QueryTerm;

typedef struct
{
  GPtrArray  *terms;  /* QueryTerm, distinct stems */
  GHashTable *seen;
  guint       position;
} Query;

static void
query_term_free (gpointer data)
{
  QueryTerm *term = data;

  g_free (term->stem);
  g_free (term->word);
  g_free (term);
}

static void
query_term_cb (const char *stem,
               const char *text,
               gsize       start,
               gsize       end,
               gpointer    user_data)
{
  Query *query = user_data;
  QueryTerm *term;

  if (g_hash_table_contains (query->seen, stem))
    return;

  term = g_new0 (QueryTerm, 1);
  term->stem = g_strdup (stem);
  term->word = g_strndup (text + start, end - start);
  term->position = (guint) start;
  g_hash_table_add (query->seen, term->stem);
  g_ptr_array_add (query->terms, term);
}

void
fw_text_hit_free (FwTextHit *hit)
{
  if (hit == NULL)
    return;

  g_free (hit->id);
  g_strfreev (hit->matched_words);
  g_free (hit);
}

static double
idf (guint n_documents,
     guint df)
{
  return log (1 + (n_documents - df + 0.5) / (df + 0.5));
}

typedef struct
{
  double   raw;
  guint64  matched;  /* bits of the query terms that matched (the first 64) */
  guint    index;
} Score;

static int
compare_scores (gconstpointer a,
                gconstpointer b)
{
  const Score *x = a;
  const Score *y = b;

  if (x->raw != y->raw)
    return x->raw < y->raw ? 1 : -1;
  return x->index < y->index ? -1 : x->index > y->index;
}

static GStrv
matched_words (Query *query,
               guint64 matched)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) added = g_hash_table_new (g_str_hash, g_str_equal);

  /* Terms are in query order already; a word expanded into several stems counts once. */
  for (guint t = 0; t < query->terms->len && t < 64; t++)
    {
      QueryTerm *term = g_ptr_array_index (query->terms, t);

      if ((matched & (G_GUINT64_CONSTANT (1) << t)) == 0
          || g_hash_table_contains (added, term->word))
        continue;
      g_hash_table_add (added, term->word);
      g_strv_builder_add (builder, term->word);
    }

  return g_strv_builder_end (builder);
}

static int
compare_doubles_descending (gconstpointer a,
                            gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? 1 : x > y ? -1 : 0;
}

/* The most a query can score: the ceilings of its FW_TEXT_QUERY_TERMS weightiest terms. */
static double
query_ceiling (GArray *ceilings)
{
  double most = 0;

  g_array_sort (ceilings, compare_doubles_descending);
  for (guint i = 0; i < ceilings->len && i < FW_TEXT_QUERY_TERMS; i++)
    most += g_array_index (ceilings, double, i);

  return most;
}

GPtrArray *
fw_text_index_search (FwTextIndex *index,
                      const char  *text,
                      guint        limit)
{
  GPtrArray *hits = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_text_hit_free);
  g_autoptr(GArray) scores = NULL;
  GArray *ceilings;
  Query query = { NULL };
  guint n;
  double most = 0;

  g_return_val_if_fail (index != NULL, hits);
  g_return_val_if_fail (text != NULL, hits);

  if (index->dirty)
    build_postings (index);

  n = index->documents->len;
  query.terms = g_ptr_array_new_with_free_func (query_term_free);
  query.seen = g_hash_table_new (g_str_hash, g_str_equal);
  analyze (index, text, TRUE, query_term_cb, &query);

  scores = g_array_sized_new (FALSE, TRUE, sizeof (Score), n);
  g_array_set_size (scores, n);
  for (guint i = 0; i < n; i++)
    g_array_index (scores, Score, i).index = i;

  ceilings = g_array_sized_new (FALSE, FALSE, sizeof (double), query.terms->len);
  for (guint t = 0; t < query.terms->len; t++)
    {
      QueryTerm *term = g_ptr_array_index (query.terms, t);
      GArray *list = g_hash_table_lookup (index->postings, term->stem);
      double weight, ceiling;

      if (list == NULL)
        {
          ceiling = UNKNOWN_TERM_WEIGHT * idf (n, 0) * (BM25_K1 + 1);
          g_array_append_val (ceilings, ceiling);
          continue;
        }

      weight = idf (n, list->len);
      ceiling = weight * (BM25_K1 + 1);
      g_array_append_val (ceilings, ceiling);
      for (guint p = 0; p < list->len; p++)
        {
          Posting *posting = &g_array_index (list, Posting, p);
          Score *score = &g_array_index (scores, Score, posting->document);

          score->raw += weight * posting->tf * (BM25_K1 + 1) / (posting->tf + BM25_K1);
          if (t < 64)
            score->matched |= G_GUINT64_CONSTANT (1) << t;
        }
    }

  most = query_ceiling (ceilings);
  g_array_unref (ceilings);
  g_array_sort (scores, compare_scores);
  for (guint i = 0; i < n && (limit == 0 || hits->len < limit); i++)
    {
      Score *score = &g_array_index (scores, Score, i);
      Document *document = g_ptr_array_index (index->documents, score->index);
      FwTextHit *hit;

      if (score->raw <= 0 || most <= 0)
        break;
      hit = g_new0 (FwTextHit, 1);
      hit->id = g_strdup (document->id);
      /* A query with more matching terms than FW_TEXT_QUERY_TERMS can pass its ceiling. */
      hit->score = pow (MIN (score->raw / most, 1.0), FW_TEXT_SCORE_EXPONENT);
      hit->matched_words = matched_words (&query, score->matched);
      g_ptr_array_add (hits, hit);
    }

  g_ptr_array_unref (query.terms);
  g_hash_table_unref (query.seen);

  return hits;
}
