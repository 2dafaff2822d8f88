/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <stdlib.h>
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
 * similarity, never hide a duplicate. Identical statements are confirmed word by word.)
 */

typedef struct
{
  const FwStatementRef *ref;
  guint                 n_words;     /* headline and body */
  guint64               text_hash;   /* of all the words: equal words, equal hashes */
  guint32              *shingles;    /* in text order, possibly repeated */
  guint                 n_shingles;
  guint                 n_unique;    /* distinct shingles, counted by find_near () */
} Fingerprint;

/* A bigram from the hashes of its words; never 0, so that it can be a table key. */
static guint32
hash_shingle (guint32 first,
              guint32 second)
{
  return ((first * 0x9e3779b1u) ^ (second + 0x7f4a7c15u + (first << 6) + (first >> 2))) | 1;
}

static const FwWord *
word_at (const FwStatementRef *ref,
         guint                 index)
{
  if (index < ref->headline_words->n_words)
    return &ref->headline_words->words[index];

  return &ref->body_words->words[index - ref->headline_words->n_words];
}

/* Whether two statements have the same words: the same text, ignoring case, spacing and
 * punctuation. */
static gboolean
same_words (const Fingerprint *a,
            const Fingerprint *b)
{
  if (a->text_hash != b->text_hash || a->n_words != b->n_words)
    return FALSE;

  for (guint i = 0; i < a->n_words; i++)
    {
      if (strcmp (word_at (a->ref, i)->word, word_at (b->ref, i)->word) != 0)
        return FALSE;
    }

  return TRUE;
}

/* The number of shingles of a statement: one per pair of words, one for a single word. */
static guint
count_shingles (const FwStatementRef *ref)
{
  guint n = ref->headline_words->n_words + ref->body_words->n_words;

  return n > 1 ? n - 1 : n;
}

static void
fingerprint_init (Fingerprint          *fp,
                  const FwStatementRef *ref,
                  guint32              *shingles)
{
  guint n = ref->headline_words->n_words + ref->body_words->n_words;
  guint32 previous = 0;
  guint i = 0;

  fp->ref = ref;
  fp->n_words = n;
  fp->text_hash = 14695981039346656037u;
  fp->shingles = shingles;
  fp->n_shingles = 0;

  /* The headline's words, then the body's, as word_at () numbers them. */
  for (guint part = 0; part < 2; part++)
    {
      const FwWords *words = part == 0 ? ref->headline_words : ref->body_words;

      for (guint k = 0; k < words->n_words; k++)
        {
          guint32 hash = words->words[k].hash;

          fp->text_hash = (fp->text_hash ^ hash) * 1099511628211u;
          if (i++ > 0)
            fp->shingles[fp->n_shingles++] = hash_shingle (previous, hash);
          previous = hash;
        }
    }

  /* A one-word statement is its own shingle. */
  if (n == 1)
    fp->shingles[fp->n_shingles++] = hash_shingle (previous, 0);
}

static void
report_identical (FwRuleContext        *ctx,
                  const FwStatementRef *later,
                  const FwStatementRef *earlier)
{
  g_autofree char *quoted = _fw_describe_statement (earlier->statement);

  _fw_report_statement (ctx, FW_RULE_DUP_IDENTICAL, later, NULL,
                        N_("Delete one of the two, or rewrite one so that it says what its own "
                           "level or domain needs."),
                        N_("this statement repeats %s word for word: %s"),
                        _fw_statement_ref_get_path (earlier), quoted);
}

static void
report_near (FwRuleContext        *ctx,
             const FwStatementRef *later,
             const FwStatementRef *earlier,
             double                similarity)
{
  g_autofree char *quoted = _fw_describe_statement (earlier->statement);

  _fw_report_statement (ctx, FW_RULE_DUP_NEAR, later, NULL,
                        N_("Merge the two, or make each say something the other does not."),
                        N_("this statement is %d%% similar to %s: %s"),
                        (int) floor (similarity * 100.0), _fw_statement_ref_get_path (earlier),
                        quoted);
}

/* The first statement with each text hash, in an open-addressing table of statement indexes
 * (-1 for an empty slot): a statement whose hash is taken repeats the first one if their words
 * are the same. */
static void
find_identical (FwRuleContext *ctx,
                Fingerprint   *fps,
                gboolean      *is_copy)
{
  guint n = ctx->statements->len;
  guint size = 16;
  g_autofree int *first_by_hash = NULL;

  while (size < n * 2)
    size *= 2;
  first_by_hash = g_new (int, size);
  memset (first_by_hash, 0xff, size * sizeof (int));

  for (guint i = 0; i < n; i++)
    {
      guint64 hash = fps[i].text_hash;
      guint slot = (guint) (hash ^ (hash >> 32)) & (size - 1);
      int first;

      /* Empty statements are FW-STM-001/002's business. */
      if (fps[i].n_words == 0)
        continue;

      while ((first = first_by_hash[slot]) >= 0 && fps[first].text_hash != hash)
        slot = (slot + 1) & (size - 1);

      if (first < 0)
        first_by_hash[slot] = (int) i;
      else if (same_words (&fps[first], &fps[i]))
        {
          is_copy[i] = TRUE;
          report_identical (ctx, fps[i].ref, fps[first].ref);
        }
    }
}

static int
compare_guint_down (gconstpointer a,
                    gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return (x < y) - (x > y);
}

/* Sorts statement indexes from the highest down. The lists are short and mostly in that order
 * already (the postings are newest first): insertion sort for them, qsort for long ones. */
static void
sort_indexes_down (guint *indexes,
                   guint  n)
{
  if (n > 32)
    {
      qsort (indexes, n, sizeof (guint), compare_guint_down);
      return;
    }

  for (guint i = 1; i < n; i++)
    {
      guint value = indexes[i];
      guint k = i;

      for (; k > 0 && indexes[k - 1] < value; k--)
        indexes[k] = indexes[k - 1];
      indexes[k] = value;
    }
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
  /* The earlier statements that share a shingle with the current one: at most all of them. */
  g_autofree guint *touched = g_new (guint, n + 1);
  guint n_touched;
  Postings postings;
  guint n_shingles = 0;

  for (guint j = 0; j < n; j++)
    n_shingles += fps[j].n_shingles;
  postings_init (&postings, n_shingles);

  for (guint j = 0; j < n; j++)
    {
      n_touched = 0;
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
                touched[n_touched++] = i;
            }

          postings.node_statement[postings.n_nodes] = j;
          postings.node_next[postings.n_nodes] = head;
          postings.heads[slot] = (int) postings.n_nodes++;
          fps[j].n_unique++;
        }

      /* Earlier statements first, so that findings come out in a stable order. */
      sort_indexes_down (touched, n_touched);
      for (guint k = n_touched; k > 0; k--)
        {
          guint i = touched[k - 1];
          guint common = shared[i];
          double similarity = (double) common / (fps[i].n_unique + fps[j].n_unique - common);

          shared[i] = 0;
          if (similarity >= threshold && !is_copy[j] && !same_words (&fps[i], &fps[j]))
            report_near (ctx, fps[j].ref, fps[i].ref, similarity);
        }
    }

  postings_clear (&postings);
}

void
_fw_rules_duplicates (FwRuleContext *ctx)
{
  guint n = ctx->statements->len;
  g_autofree Fingerprint *fps = NULL;
  g_autofree gboolean *is_copy = NULL;
  g_autofree guint32 *shingles = NULL;
  guint n_shingles = 0;

  if (!_fw_rule_enabled (ctx, FW_RULE_DUP_IDENTICAL) && !_fw_rule_enabled (ctx, FW_RULE_DUP_NEAR))
    return;

  /* One block for the shingles of all the statements. */
  for (guint i = 0; i < n; i++)
    n_shingles += count_shingles (g_ptr_array_index (ctx->statements, i));
  shingles = g_new (guint32, n_shingles + 1);

  fps = g_new0 (Fingerprint, n + 1);
  is_copy = g_new0 (gboolean, n + 1);
  n_shingles = 0;
  for (guint i = 0; i < n; i++)
    {
      fingerprint_init (&fps[i], g_ptr_array_index (ctx->statements, i), shingles + n_shingles);
      n_shingles += fps[i].n_shingles;
    }

  find_identical (ctx, fps, is_copy);
  if (_fw_rule_enabled (ctx, FW_RULE_DUP_NEAR))
    find_near (ctx, fps, is_copy);
}
