/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-item-ids.h"
#include "fw-types.h"

char *
fw_item_ids_derive_next (const char *prefix,
                         const char *seed,
                         GHashTable *seen)
{
  guint repeat;
  char *id;

  g_return_val_if_fail (prefix != NULL && seed != NULL && seen != NULL, NULL);

  repeat = GPOINTER_TO_UINT (g_hash_table_lookup (seen, seed));
  if (repeat == 0)
    {
      id = fw_id_new_from_seed (prefix, seed);
    }
  else
    {
      g_autofree char *numbered = g_strdup_printf ("%s#%u", seed, repeat);

      id = fw_id_new_from_seed (prefix, numbered);
    }

  g_hash_table_replace (seen, g_strdup (seed), GUINT_TO_POINTER (repeat + 1));
  return id;
}

char **
fw_item_ids_derive (const char         *prefix,
                    const char * const *seeds)
{
  g_autoptr(GHashTable) seen = NULL;
  GPtrArray *ids;

  g_return_val_if_fail (prefix != NULL, NULL);

  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ids = g_ptr_array_new ();

  for (guint i = 0; seeds != NULL && seeds[i] != NULL; i++)
    g_ptr_array_add (ids, fw_item_ids_derive_next (prefix, seeds[i], seen));

  g_ptr_array_add (ids, NULL);
  return (char **) g_ptr_array_free (ids, FALSE);
}

gboolean
fw_item_ids_are_derived (const char         *prefix,
                         const char * const *seeds,
                         const char * const *ids)
{
  g_auto(GStrv) derived = fw_item_ids_derive (prefix, seeds);

  return g_strv_equal ((const char * const *) derived, ids);
}

char *
fw_item_ids_apprenticeship_seed (const char *code,
                                 const char *title)
{
  return g_strdup_printf ("%s\x1f%s", code != NULL ? code : "", title != NULL ? title : "");
}
