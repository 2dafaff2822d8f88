/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-similarity.h"

static GHashTable *
word_set (const char *text)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *word = g_string_new (NULL);

  for (const char *p = folded; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (word->len > 0)
        g_hash_table_add (words, g_strdup (word->str));
      g_string_truncate (word, 0);
      if (c == 0)
        break;
    }

  g_string_free (word, TRUE);
  return words;
}

double
fw_text_similarity (const char *a,
                    const char *b)
{
  g_autoptr(GHashTable) left = NULL;
  g_autoptr(GHashTable) right = NULL;
  GHashTableIter iter;
  gpointer word;
  guint shared = 0;
  guint total;

  g_return_val_if_fail (a != NULL && b != NULL, 0.0);

  if (!g_utf8_validate (a, -1, NULL) || !g_utf8_validate (b, -1, NULL))
    return 0.0;

  left = word_set (a);
  right = word_set (b);
  total = g_hash_table_size (left) + g_hash_table_size (right);
  if (total == 0)
    return 0.0;

  g_hash_table_iter_init (&iter, left);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    {
      if (g_hash_table_contains (right, word))
        shared++;
    }

  return 2.0 * shared / total;
}
