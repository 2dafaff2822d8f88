/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <string.h>

#include "fw-rules-private.h"

/*
 * Duplicates (FW-DUP-001, FW-DUP-002) across the whole framework: within a level, across
 * levels and across sections.
 *
 * Each statement becomes a set of word-bigram shingles, hashed once per run. Rather than
 * comparing every pair (about 10,000 for a full framework), an inverted index from shingle to
 * statements counts, for each statement, how many shingles it shares with each earlier one;
 * only pairs that share at least one shingle are looked at. The counts give the Jaccard
 * similarity exactly. (Two different bigrams with the same 32-bit hash would count as shared;
 * at a few thousand shingles per framework that is vanishingly rare, and it can only raise a
 * similarity, never hide a duplicate.)
 */

typedef struct
{
  char    *key;         /* the words joined by single spaces: "identical" means equal keys */
  guint32 *shingles;    /* in text order, possibly repeated */
  guint    n_shingles;
  guint    n_unique;    /* distinct shingles, counted by find_near () */
} Fingerprint;

/* FNV-1a over the two words, with a separator; never 0, so it can be a hash-table key. */
static guint32
hash_shingle (const char *first,
              const char *second)
{
  guint32 hash = 2166136261u;

  for (const char *p = first; *p != '\0'; p++)
    hash = (hash ^ (guchar) *p) * 16777619u;
  hash = (hash ^ 0x1f) * 16777619u;
  for (const char *p = second; second != NULL && *p != '\0'; p++)
    hash = (hash ^ (guchar) *p) * 16777619u;

  return hash | 1;
}

static const char *
word_at (const FwStatementRef *ref,
         guint                 index)
{
  if (index < ref->headline_words->n_words)
    return ref->headline_words->words[index].word;

  return ref->body_words->words[index - ref->headline_words->n_words].word;
}

static void
fingerprint_init (Fingerprint          *fp,
                  const FwStatementRef *ref)
{
  guint n = ref->headline_words->n_words + ref->body_words->n_words;
  GString *key = g_string_sized_new (256);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (key, ' ');
      g_string_append (key, word_at (ref, i));
    }
  fp->key = g_string_free (key, FALSE);

  /* A one-word statement is its own shingle. */
  fp->shingles = g_new (guint32, MAX (n, 1));
  fp->n_shingles = 0;
  if (n == 1)
    fp->shingles[fp->n_shingles++] = hash_shingle (word_at (ref, 0), NULL);
  for (guint i = 0; i + 1 < n; i++)
    fp->shingles[fp->n_shingles++] = hash_shingle (word_at (ref, i), word_at (ref, i + 1));
}

static void
fingerprint_clear (Fingerprint *fp)
{
  g_free (fp->key);
  g_free (fp->shingles);
}

static void
report_identical (FwRuleContext        *ctx,
                  const FwStatementRef *later,
                  const FwStatementRef *earlier)
{
  g_autofree char *quoted = _fw_describe_statement (earlier->statement);

  _fw_report_statement (ctx, FW_RULE_DUP_IDENTICAL, later, NULL,
                        "Delete one of the two, or rewrite one so that it says what its own "
                        "level or domain needs.",
                        "this statement repeats %s word for word: %s", earlier->path, quoted);
}

static void
report_near (FwRuleContext        *ctx,
             const FwStatementRef *later,
             const FwStatementRef *earlier,
             double                similarity)
{
  g_autofree char *quoted = _fw_describe_statement (earlier->statement);

  _fw_report_statement (ctx, FW_RULE_DUP_NEAR, later, NULL,
                        "Merge the two, or make each say something the other does not.",
                        "this statement is %d%% similar to %s: %s",
                        (int) floor (similarity * 100.0), earlier->path, quoted);
}

static void
find_identical (FwRuleContext *ctx,
                Fingerprint   *fps,
                gboolean      *is_copy)
{
  g_autoptr(GHashTable) first_by_key = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < ctx->statements->len; i++)
    {
      gpointer first;

      /* Empty statements are FW-STM-001/002's business. */
      if (*fps[i].key == '\0')
        continue;

      if (g_hash_table_lookup_extended (first_by_key, fps[i].key, NULL, &first))
        {
          is_copy[i] = TRUE;
          report_identical (ctx, g_ptr_array_index (ctx->statements, i),
                            g_ptr_array_index (ctx->statements, GPOINTER_TO_UINT (first)));
        }
      else
        g_hash_table_insert (first_by_key, fps[i].key, GUINT_TO_POINTER (i));
    }
}

static int
compare_guint (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return (x > y) - (x < y);
}

/*
 * The inverted index: an open-addressing table from shingle hash to the head of a list of the
 * statements that hold the shingle, newest first. Flat arrays, so that a run allocates a few
 * blocks rather than one list per shingle.
 */
typedef struct
{
  guint32 *keys;          /* 0 = empty slot */
  int     *heads;         /* first node of the slot's list, or -1 */
  guint    mask;
  guint   *node_statement;
  int     *node_next;
  guint    n_nodes;
} Postings;

static void
postings_init (Postings *postings,
               guint     n_shingles)
{
  guint size = 16;

  while (size < n_shingles * 2)
    size *= 2;

  postings->keys = g_new0 (guint32, size);
  postings->heads = g_new (int, size);
  postings->mask = size - 1;
  postings->node_statement = g_new (guint, n_shingles + 1);
  postings->node_next = g_new (int, n_shingles + 1);
  postings->n_nodes = 0;
}

static void
postings_clear (Postings *postings)
{
  g_free (postings->keys);
  g_free (postings->heads);
  g_free (postings->node_statement);
  g_free (postings->node_next);
}

/* The slot of @shingle, claimed (with an empty list) if it was free. */
static guint
postings_slot (Postings *postings,
               guint32   shingle)
{
  guint slot = (shingle * 2654435761u) & postings->mask;

  while (postings->keys[slot] != 0 && postings->keys[slot] != shingle)
    slot = (slot + 1) & postings->mask;

  if (postings->keys[slot] == 0)
    {
      postings->keys[slot] = shingle;
      postings->heads[slot] = -1;
    }

  return slot;
}

static void
find_near (FwRuleContext  *ctx,
           Fingerprint    *fps,
           const gboolean *is_copy)
{
  guint n = ctx->statements->len;
  double threshold = _fw_profile_get_near_threshold (ctx->profile);
  g_autofree guint *shared = g_new0 (guint, n + 1);
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (guint));
  Postings postings;
  guint n_shingles = 0;

  for (guint j = 0; j < n; j++)
    n_shingles += fps[j].n_shingles;
  postings_init (&postings, n_shingles);

  for (guint j = 0; j < n; j++)
    {
      g_array_set_size (touched, 0);
      fps[j].n_unique = 0;

      for (guint s = 0; s < fps[j].n_shingles; s++)
        {
          guint slot = postings_slot (&postings, fps[j].shingles[s]);
          int head = postings.heads[slot];

          /* A shingle that repeats within the statement counts once. */
          if (head >= 0 && postings.node_statement[head] == j)
            continue;

          for (int node = head; node >= 0; node = postings.node_next[node])
            {
              guint i = postings.node_statement[node];

              if (shared[i]++ == 0)
                g_array_append_val (touched, i);
            }

          postings.node_statement[postings.n_nodes] = j;
          postings.node_next[postings.n_nodes] = head;
          postings.heads[slot] = (int) postings.n_nodes++;
          fps[j].n_unique++;
        }

      /* Earlier statements first, so that findings come out in a stable order. */
      g_array_sort (touched, compare_guint);
      for (guint k = 0; k < touched->len; k++)
        {
          guint i = g_array_index (touched, guint, k);
          guint common = shared[i];
          double similarity = (double) common / (fps[i].n_unique + fps[j].n_unique - common);

          shared[i] = 0;
          if (similarity >= threshold && !is_copy[j] && g_strcmp0 (fps[i].key, fps[j].key) != 0)
            report_near (ctx, g_ptr_array_index (ctx->statements, j),
                         g_ptr_array_index (ctx->statements, i), similarity);
        }
    }

  postings_clear (&postings);
}

void
_fw_rules_duplicates (FwRuleContext *ctx)
{
  guint n = ctx->statements->len;
  Fingerprint *fps;
  gboolean *is_copy;

  if (!_fw_rule_enabled (ctx, FW_RULE_DUP_IDENTICAL) && !_fw_rule_enabled (ctx, FW_RULE_DUP_NEAR))
    return;

  fps = g_new0 (Fingerprint, n + 1);
  is_copy = g_new0 (gboolean, n + 1);
  for (guint i = 0; i < n; i++)
    fingerprint_init (&fps[i], g_ptr_array_index (ctx->statements, i));

  find_identical (ctx, fps, is_copy);
  if (_fw_rule_enabled (ctx, FW_RULE_DUP_NEAR))
    find_near (ctx, fps, is_copy);

  for (guint i = 0; i < n; i++)
    fingerprint_clear (&fps[i]);
  g_free (fps);
  g_free (is_copy);
}
