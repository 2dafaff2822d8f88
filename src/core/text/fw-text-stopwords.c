/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-text-private.h"

/*
 * Stop words: the function words that carry no meaning for search. The lists are short on
 * purpose: words such as "work", "first" or "well" matter in skill statements. Sorted
 * (strcmp order), so a lookup is a binary search.
 */

static const char * const english[] = {
  "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be",
  "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do",
  "does", "during", "each", "either", "for", "from", "had", "has", "have", "he", "her",
  "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "may", "might",
  "more", "most", "must", "my", "neither", "no", "nor", "not", "of", "on", "or", "other",
  "our", "ours", "shall", "she", "should", "so", "some", "such", "than", "that", "the",
  "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through",
  "to", "under", "upon", "us", "very", "was", "we", "were", "what", "when", "where",
  "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
  "would", "you", "your", "yours", NULL
};

static const char * const spanish[] = {
  "a", "al", "algo", "algunas", "algunos", "ante", "antes", "como", "con", "contra", "cual",
  "cuando", "de", "del", "desde", "donde", "durante", "e", "el", "ella", "ellas", "ellos",
  "en", "entre", "era", "es", "esa", "esas", "ese", "eso", "esos", "esta", "estas", "este",
  "esto", "estos", "fue", "ha", "han", "hasta", "la", "las", "le", "les", "lo", "los",
  "mas", "me", "mi", "mis", "muy", "más", "ni", "no", "nos", "o", "para", "pero", "por",
  "que", "qué", "se", "sea", "ser", "si", "sin", "sobre", "son", "su", "sus", "sí", "también",
  "te", "tiene", "todo", "todos", "tu", "tus", "u", "un", "una", "unas", "uno", "unos", "y",
  "ya", "él", NULL
};

const char * const *
_fw_text_stop_words (const char *language,
                     guint      *n_words)
{
  const char * const *words = NULL;

  if (g_strcmp0 (language, "en") == 0)
    words = english;
  else if (g_strcmp0 (language, "es") == 0)
    words = spanish;

  if (n_words != NULL)
    *n_words = words != NULL ? g_strv_length ((char **) words) : 0;

  return words;
}
