/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-formats.h"
#include "fw-map-framework.h"

char *
fw_map_place_to_string (const FwStatementPlace *place)
{
  g_return_val_if_fail (place != NULL, NULL);

  switch (place->section)
    {
    case FW_SECTION_LEVELS:
      return g_strconcat ("level:", fw_level_key_to_string (place->level), NULL);

    case FW_SECTION_AI_FLUENCY:
      return g_strconcat ("ai:", fw_level_key_to_string (place->level), NULL);

    case FW_SECTION_DURABLE_SKILLS:
    default:
      return g_strdup_printf ("durable:%s:%s", fw_domain_get_name (place->domain),
                              fw_durable_level_to_string (place->level));
    }
}

char *
fw_map_place_to_label (const FwStatementPlace *place)
{
  g_return_val_if_fail (place != NULL, NULL);

  switch (place->section)
    {
    case FW_SECTION_LEVELS:
      return g_strdup (fw_level_key_default_label (place->level));

    case FW_SECTION_AI_FLUENCY:
      return g_strdup_printf ("AI fluency, %s", fw_level_key_default_label (place->level));

    case FW_SECTION_DURABLE_SKILLS:
    default:
      return g_strdup_printf ("%s, %s", fw_domain_get_name (place->domain),
                              fw_durable_level_default_label (place->level));
    }
}

char *
fw_map_statement_digest (FwStatement *statement)
{
  g_autofree char *text = NULL;
  g_autofree char *hex = NULL;

  g_return_val_if_fail (FW_IS_STATEMENT (statement), NULL);

  text = fw_statement_to_text (statement);
  hex = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
  return g_strconcat ("sha256:", hex, NULL);
}

FwMapPrint *
fw_map_print_for_statement (FwDocument *framework,
                            const char *statement_id)
{
  FwStatementPlace place;
  FwStatement *statement;
  g_autofree char *where = NULL;
  g_autofree char *digest = NULL;

  g_return_val_if_fail (FW_IS_DOCUMENT (framework), NULL);
  g_return_val_if_fail (statement_id != NULL, NULL);

  statement = fw_document_find_statement (framework, statement_id, &place);
  if (statement == NULL)
    return NULL;

  where = fw_map_place_to_string (&place);
  digest = fw_map_statement_digest (statement);
  return fw_map_print_new (statement_id, where, fw_statement_get_headline (statement), digest);
}

char *
fw_map_framework_digest (FwDocument *framework)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *hex = NULL;

  g_return_val_if_fail (FW_IS_DOCUMENT (framework), NULL);

  bytes = fw_format_write (framework, FW_FORMAT_FWK, NULL, NULL);
  if (bytes == NULL)
    return g_strdup ("");
  hex = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  return g_strconcat ("sha256:", hex, NULL);
}

void
fw_map_bind_framework (FwMap      *map,
                       FwDocument *framework,
                       const char *relative_path)
{
  g_autofree char *digest = NULL;

  g_return_if_fail (FW_IS_MAP (map));
  g_return_if_fail (FW_IS_DOCUMENT (framework));

  digest = fw_map_framework_digest (framework);
  g_object_set (map,
                "framework-path", relative_path,
                "framework-soc", fw_document_get_soc (framework),
                "framework-version", fw_document_get_version (framework),
                "framework-digest", digest,
                NULL);
}

char *
fw_map_resolve_framework (FwMap      *map,
                          const char *map_path)
{
  const char *stored;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (FW_IS_MAP (map), NULL);
  g_return_val_if_fail (map_path != NULL, NULL);

  stored = fw_map_get_framework_path (map);
  if (g_path_is_absolute (stored) || g_str_equal (map_path, "-"))
    return g_strdup (stored);

  dir = g_path_get_dirname (map_path);
  return g_build_filename (dir, stored, NULL);
}

char *
fw_map_relative_path (const char *map_path,
                      const char *framework_path)
{
  g_autofree char *map_dir = NULL;
  g_autofree char *map_abs = NULL;
  g_autofree char *target = NULL;
  g_auto(GStrv) from = NULL;
  g_auto(GStrv) to = NULL;
  GString *out;
  guint common = 0;

  g_return_val_if_fail (map_path != NULL && framework_path != NULL, NULL);

  if (g_str_equal (map_path, "-"))
    return g_strdup (framework_path);

  map_abs = g_canonicalize_filename (map_path, NULL);
  map_dir = g_path_get_dirname (map_abs);
  target = g_canonicalize_filename (framework_path, NULL);
  from = g_strsplit (map_dir, G_DIR_SEPARATOR_S, -1);
  to = g_strsplit (target, G_DIR_SEPARATOR_S, -1);

  while (from[common] != NULL && to[common] != NULL && strcmp (from[common], to[common]) == 0)
    common++;

  out = g_string_new (NULL);
  for (guint i = common; from[i] != NULL; i++)
    {
      if (from[i][0] != '\0')
        g_string_append (out, "../");
    }
  for (guint i = common; to[i] != NULL; i++)
    {
      g_string_append (out, to[i]);
      if (to[i + 1] != NULL)
        g_string_append_c (out, '/');
    }

  return g_string_free (out, FALSE);
}

void
fw_map_stale_free (FwMapStale *stale)
{
  if (stale == NULL)
    return;

  g_free (stale->statement_id);
  g_free (stale->headline);
  g_free (stale->old_place);
  g_free (stale->new_place);
  g_free (stale);
}

static FwMapStale *
compare_print (FwDocument *framework,
               FwMapPrint *print)
{
  g_autoptr(FwMapPrint) now = NULL;
  FwMapStaleFlags flags = 0;
  FwMapStale *stale;

  now = fw_map_print_for_statement (framework, fw_map_print_get_statement (print));
  if (now == NULL)
    flags = FW_MAP_STALE_MISSING;
  else
    {
      if (strcmp (fw_map_print_get_digest (now), fw_map_print_get_digest (print)) != 0)
        flags |= FW_MAP_STALE_EDITED;
      if (strcmp (fw_map_print_get_place (now), fw_map_print_get_place (print)) != 0)
        flags |= FW_MAP_STALE_MOVED;
    }

  if (flags == 0)
    return NULL;

  stale = g_new0 (FwMapStale, 1);
  stale->statement_id = g_strdup (fw_map_print_get_statement (print));
  stale->flags = flags;
  stale->headline = g_strdup (fw_map_print_get_headline (print));
  stale->old_place = g_strdup (fw_map_print_get_place (print));
  stale->new_place = g_strdup (now != NULL ? fw_map_print_get_place (now) : "");
  return stale;
}

const FwMapStale *
fw_map_stale_find (GPtrArray  *stale,
                   const char *statement_id)
{
  g_return_val_if_fail (stale != NULL && statement_id != NULL, NULL);

  for (guint i = 0; i < stale->len; i++)
    {
      const FwMapStale *each = g_ptr_array_index (stale, i);

      if (strcmp (each->statement_id, statement_id) == 0)
        return each;
    }

  return NULL;
}

static int
compare_stale (gconstpointer a,
               gconstpointer b)
{
  return strcmp ((*(FwMapStale **) a)->statement_id, (*(FwMapStale **) b)->statement_id);
}

GPtrArray *
fw_map_check_framework (FwMap      *map,
                        FwDocument *framework)
{
  g_autoptr(GHashTable) mapped = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) reported = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *found;
  GListModel *prints, *mappings;

  g_return_val_if_fail (FW_IS_MAP (map), NULL);
  g_return_val_if_fail (FW_IS_DOCUMENT (framework), NULL);

  found = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_map_stale_free);
  mappings = G_LIST_MODEL (fw_map_get_mappings (map));
  for (guint i = 0; i < g_list_model_get_n_items (mappings); i++)
    {
      g_autoptr(FwMapping) mapping = g_list_model_get_item (mappings, i);

      g_hash_table_add (mapped, (char *) fw_mapping_get_statement (mapping));
    }

  prints = G_LIST_MODEL (fw_map_get_prints (map));
  for (guint i = 0; i < g_list_model_get_n_items (prints); i++)
    {
      g_autoptr(FwMapPrint) print = g_list_model_get_item (prints, i);
      const char *id = fw_map_print_get_statement (print);
      FwMapStale *stale;

      /* A fingerprint no mapping uses any more says nothing about the map. */
      if (!g_hash_table_contains (mapped, id) || !g_hash_table_add (reported, (char *) id))
        continue;
      stale = compare_print (framework, print);
      if (stale != NULL)
        g_ptr_array_add (found, stale);
    }

  /* A mapping whose fingerprint was lost can still point at nothing. */
  for (guint i = 0; i < g_list_model_get_n_items (mappings); i++)
    {
      g_autoptr(FwMapping) mapping = g_list_model_get_item (mappings, i);
      const char *id = fw_mapping_get_statement (mapping);
      FwMapStale *stale;

      if (g_hash_table_contains (reported, id)
          || fw_document_find_statement (framework, id, NULL) != NULL)
        continue;

      g_hash_table_add (reported, (char *) id);
      stale = g_new0 (FwMapStale, 1);
      stale->statement_id = g_strdup (id);
      stale->flags = FW_MAP_STALE_MISSING;
      stale->headline = g_strdup ("");
      stale->old_place = g_strdup ("");
      stale->new_place = g_strdup ("");
      g_ptr_array_add (found, stale);
    }

  g_ptr_array_sort (found, compare_stale);
  return found;
}
