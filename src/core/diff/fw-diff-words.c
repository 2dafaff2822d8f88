/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-diff-private.h"

/* Above this many token pairs, an edit is shown as a whole replacement (statements are
 * limited in length, so only pathological input gets there). */
#define MAX_TOKEN_PAIRS (4u * 1024u * 1024u)

void
fw_diff_segment_free (FwDiffSegment *segment)
{
  if (segment == NULL)
    return;

  g_free (segment->text);
  g_free (segment);
}

/* Splits @text into alternating runs of non-space and space characters. */
static GPtrArray *
tokenize (const char *text)
{
  GPtrArray *tokens = g_ptr_array_new_with_free_func (g_free);
  const char *start = text;

  while (*start != '\0')
    {
      gboolean space = g_unichar_isspace (g_utf8_get_char (start));
      const char *end = start;

      while (*end != '\0' && g_unichar_isspace (g_utf8_get_char (end)) == space)
        end = g_utf8_next_char (end);
      g_ptr_array_add (tokens, g_strndup (start, end - start));
      start = end;
    }

  return tokens;
}

static void
append_segment (GPtrArray  *segments,
                FwDiffOp    op,
                const char *text)
{
  FwDiffSegment *last = segments->len > 0 ? g_ptr_array_index (segments, segments->len - 1)
                                          : NULL;
  FwDiffSegment *segment;

  if (last != NULL && last->op == op)
    {
      char *joined = g_strconcat (last->text, text, NULL);

      g_free (last->text);
      last->text = joined;
      return;
    }

  segment = g_new0 (FwDiffSegment, 1);
  segment->op = op;
  segment->text = g_strdup (text);
  g_ptr_array_add (segments, segment);
}

/* Longest common subsequence lengths of the suffixes: table[i * (m + 1) + j]. */
static guint *
lcs_table (GPtrArray *a,
           GPtrArray *b)
{
  guint n = a->len, m = b->len;
  guint *table = g_new0 (guint, (gsize) (n + 1) * (m + 1));

  for (guint i = n; i-- > 0;)
    for (guint j = m; j-- > 0;)
      {
        if (strcmp (g_ptr_array_index (a, i), g_ptr_array_index (b, j)) == 0)
          table[i * (m + 1) + j] = table[(i + 1) * (m + 1) + j + 1] + 1;
        else
          table[i * (m + 1) + j] = MAX (table[(i + 1) * (m + 1) + j],
                                        table[i * (m + 1) + j + 1]);
      }

  return table;
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/*
 * Joins a changed region that only spaces interrupt ("<ins>a</ins> <ins>b</ins>") into one
 * deletion and one insertion, so a changed phrase reads as one.
 */
static GPtrArray *
join_regions (GPtrArray *segments)
{
  GPtrArray *joined = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diff_segment_free);
  guint i = 0;

  while (i < segments->len)
    {
      FwDiffSegment *segment = g_ptr_array_index (segments, i);
      g_autoptr(GString) old_side = NULL;
      g_autoptr(GString) new_side = NULL;
      guint end = i;

      if (segment->op == FW_DIFF_EQUAL)
        {
          append_segment (joined, FW_DIFF_EQUAL, segment->text);
          i++;
          continue;
        }

      old_side = g_string_new (NULL);
      new_side = g_string_new (NULL);
      for (; end < segments->len; end++)
        {
          FwDiffSegment *part = g_ptr_array_index (segments, end);
          gboolean inner_space = part->op == FW_DIFF_EQUAL && is_blank (part->text)
                                 && end + 1 < segments->len
                                 && ((FwDiffSegment *) g_ptr_array_index (segments,
                                                                          end + 1))->op
                                    != FW_DIFF_EQUAL;

          if (part->op == FW_DIFF_EQUAL && !inner_space)
            break;
          if (part->op != FW_DIFF_INSERT)
            g_string_append (old_side, part->text);
          if (part->op != FW_DIFF_DELETE)
            g_string_append (new_side, part->text);
        }
      if (old_side->len > 0)
        append_segment (joined, FW_DIFF_DELETE, old_side->str);
      if (new_side->len > 0)
        append_segment (joined, FW_DIFF_INSERT, new_side->str);
      i = end;
    }

  g_ptr_array_unref (segments);
  return joined;
}

GPtrArray *
fw_diff_words (const char *old_text,
               const char *new_text)
{
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) b = NULL;
  g_autofree guint *table = NULL;
  GPtrArray *segments;
  guint i = 0, j = 0, m;

  g_return_val_if_fail (old_text != NULL, NULL);
  g_return_val_if_fail (new_text != NULL, NULL);

  segments = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diff_segment_free);
  a = tokenize (old_text);
  b = tokenize (new_text);
  m = b->len;

  if ((guint64) a->len * b->len > MAX_TOKEN_PAIRS)
    {
      if (*old_text != '\0')
        append_segment (segments, FW_DIFF_DELETE, old_text);
      if (*new_text != '\0')
        append_segment (segments, FW_DIFF_INSERT, new_text);
      return segments;
    }

  table = lcs_table (a, b);
  while (i < a->len && j < b->len)
    {
      if (strcmp (g_ptr_array_index (a, i), g_ptr_array_index (b, j)) == 0)
        {
          append_segment (segments, FW_DIFF_EQUAL, g_ptr_array_index (a, i));
          i++, j++;
        }
      else if (table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1])
        append_segment (segments, FW_DIFF_DELETE, g_ptr_array_index (a, i++));
      else
        append_segment (segments, FW_DIFF_INSERT, g_ptr_array_index (b, j++));
    }
  for (; i < a->len; i++)
    append_segment (segments, FW_DIFF_DELETE, g_ptr_array_index (a, i));
  for (; j < b->len; j++)
    append_segment (segments, FW_DIFF_INSERT, g_ptr_array_index (b, j));

  return join_regions (segments);
}

/* Lowercase words (letters and digits) of @text, counted. */
GHashTable *
_fw_diff_count_words (const char *text,
                      guint      *total)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *folded = g_utf8_casefold (text, -1);
  const char *p = folded;

  *total = 0;
  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > start)
        {
          char *word = g_strndup (start, p - start);
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, word));

          g_hash_table_replace (counts, word, GUINT_TO_POINTER (n + 1));
          (*total)++;
        }
    }

  return counts;
}

double
_fw_diff_similarity_of_counts (GHashTable *words_a,
                               guint       total_a,
                               GHashTable *words_b,
                               guint       total_b)
{
  GHashTableIter iter;
  gpointer word, count;
  guint shared = 0;

  if (total_a + total_b == 0)
    return 1.0;

  g_hash_table_iter_init (&iter, words_a);
  while (g_hash_table_iter_next (&iter, &word, &count))
    shared += MIN (GPOINTER_TO_UINT (count),
                   GPOINTER_TO_UINT (g_hash_table_lookup (words_b, word)));

  return 2.0 * shared / (total_a + total_b);
}

double
fw_diff_similarity (const char *a,
                    const char *b)
{
  g_autoptr(GHashTable) words_a = NULL;
  g_autoptr(GHashTable) words_b = NULL;
  guint total_a, total_b;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  words_a = _fw_diff_count_words (a, &total_a);
  words_b = _fw_diff_count_words (b, &total_b);
  return _fw_diff_similarity_of_counts (words_a, total_a, words_b, total_b);
}
