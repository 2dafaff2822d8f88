/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-onet-private.h"

/* Splitting the glued lists of O*NET names that a copied page holds. */

gboolean
fw_onet_data_is_known_name (FwOnetData *self,
                            const char *name,
                            gssize      length)
{
  char buffer[FW_ONET_MAX_NAME_LENGTH + 1];

  g_return_val_if_fail (name != NULL, FALSE);

  if (length < 0)
    length = strlen (name);
  if (self == NULL || length == 0 || (gsize) length > self->max_name_length)
    return FALSE;

  memcpy (buffer, name, length);
  buffer[length] = '\0';
  return g_hash_table_contains (self->names, buffer);
}

/* Where a known name starting at @start ends (the longest one), or NULL. */
static const char *
longest_known_name (FwOnetData *self,
                    const char *start)
{
  const char *best = NULL;
  const char *p = start;

  if (self == NULL || self->max_name_length == 0)
    return NULL;

  while (*p != '\0' && (gsize) (p - start) < self->max_name_length)
    {
      gunichar next;

      p = g_utf8_next_char (p);
      next = g_utf8_get_char (p);
      /* Glued items follow each other directly: a name ends where the next item begins,
       * never inside a word or before a space. */
      if ((next == 0 || (!g_unichar_islower (next) && !g_unichar_isspace (next))) &&
          fw_onet_data_is_known_name (self, start, p - start))
        best = p;
    }

  return best;
}

/* The next lowercase-to-uppercase boundary after @start, or the end of the text. */
static const char *
next_case_boundary (const char *start)
{
  const char *p = start;
  gunichar prev = 0;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (prev != 0 && g_unichar_islower (prev) && g_unichar_isupper (c))
        return p;
      prev = c;
      p = g_utf8_next_char (p);
    }

  return p;
}

char **
fw_onet_data_split_glued (FwOnetData *self,
                          const char *glued,
                          guint       max_items,
                          gboolean   *truncated)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  const char *p = glued;

  g_return_val_if_fail (glued != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (glued, -1, NULL), NULL);

  if (truncated != NULL)
    *truncated = FALSE;

  while (*p != '\0')
    {
      const char *end;
      char *item;

      while (g_ascii_isspace (*p))
        p++;
      if (*p == '\0')
        break;

      if (max_items > 0 && items->len >= max_items)
        {
          if (truncated != NULL)
            *truncated = TRUE;
          break;
        }

      end = longest_known_name (self, p);
      if (end == NULL)
        end = next_case_boundary (p);

      item = g_strstrip (g_strndup (p, end - p));
      if (*item != '\0')
        g_ptr_array_add (items, item);
      else
        g_free (item);
      p = end;
    }

  g_ptr_array_add (items, NULL);
  return (char **) g_ptr_array_steal (items, NULL);
}
