/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-map-conflicts.h"

/* Merge conflicts recorded in a curriculum map: their messages and their resolution. */

typedef enum
{
  ITEM_PROGRAM,
  ITEM_COURSE,
  ITEM_OUTCOME,
  ITEM_MAPPING,
} ItemKind;

/* What a conflict is about, from the path the merge gave it (see fw_map_merge ()). */
static ItemKind
item_kind (FwConflict *conflict)
{
  const char *path = fw_conflict_get_path (conflict);

  if (g_strcmp0 (path, "mappings") == 0)
    return ITEM_MAPPING;
  if (path != NULL && g_str_has_suffix (path, ".outcomes"))
    return ITEM_OUTCOME;
  if (path != NULL && g_str_has_prefix (path, "courses"))
    return ITEM_COURSE;
  return ITEM_PROGRAM;
}

static char *
describe_value (const char *value)
{
  if (value == NULL)
    return g_strdup (_("deleted"));
  return g_strdup_printf ("“%s”", value);
}

char *
fw_map_describe_conflict (FwConflict *conflict)
{
  g_autofree char *ours = NULL, *theirs = NULL;
  const char *id, *field;

  g_return_val_if_fail (FW_IS_CONFLICT (conflict), NULL);

  id = fw_conflict_get_item_id (conflict);
  field = fw_conflict_get_field (conflict);
  ours = describe_value (fw_conflict_get_ours (conflict));
  theirs = describe_value (fw_conflict_get_theirs (conflict));

  switch (item_kind (conflict))
    {
    case ITEM_MAPPING:
      return g_strdup_printf (_("merge conflict on mapping %s (%s): ours %s, theirs %s"),
                              id, field, ours, theirs);
    case ITEM_OUTCOME:
      return g_strdup_printf (_("merge conflict on outcome %s (%s): ours %s, theirs %s"),
                              id, field, ours, theirs);
    case ITEM_COURSE:
      return g_strdup_printf (_("merge conflict on course %s (%s): ours %s, theirs %s"),
                              id, field, ours, theirs);
    case ITEM_PROGRAM:
    default:
      return g_strdup_printf (_("merge conflict on the program’s %s: ours %s, theirs %s"),
                              field, ours, theirs);
    }
}

GStrv
fw_map_conflict_messages (FwMap *map)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GListModel *conflicts;

  g_return_val_if_fail (FW_IS_MAP (map), NULL);

  conflicts = G_LIST_MODEL (fw_map_get_conflicts (map));
  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(FwConflict) conflict = g_list_model_get_item (conflicts, i);
      g_autofree char *message = fw_map_describe_conflict (conflict);

      g_strv_builder_add (builder, message);
    }
  return g_strv_builder_end (builder);
}

/* The object whose property @conflict's field is, or NULL (an edit against a deletion). */
static GObject *
field_owner (FwMap      *map,
             FwConflict *conflict)
{
  const char *id = fw_conflict_get_item_id (conflict);

  switch (item_kind (conflict))
    {
    case ITEM_PROGRAM:
      return G_OBJECT (map);
    case ITEM_COURSE:
      return (GObject *) fw_map_find_course (map, id);
    case ITEM_OUTCOME:
      return (GObject *) fw_map_find_outcome (map, id, NULL, NULL);
    case ITEM_MAPPING:
    default:
      {
        g_auto(GStrv) pair = g_strsplit (id, " -> ", 2);

        if (g_strv_length (pair) != 2)
          return NULL;
        return (GObject *) fw_map_find_mapping (map, pair[0], pair[1], NULL);
      }
    }
}

/* Sets the kept value of a field; NULL when the map has no such field (or value) any more. */
static FwCommand *
set_kept_value (GObject    *owner,
                const char *field,
                const char *kept)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (owner), field);
  FwDepth depth;

  if (pspec == NULL || kept == NULL)
    return NULL;
  if (pspec->value_type == G_TYPE_STRING)
    return fw_command_set_string_new (owner, field, kept, FALSE);
  if (pspec->value_type == G_TYPE_INT && fw_depth_from_string (kept, &depth))
    return fw_command_set_int_new (owner, field, depth);
  return NULL;
}

/* Keeping a deletion of a mapping removes it; an edited course or outcome stays as the merge
 * left it. */
static FwCommand *
keep_deletion (FwMap      *map,
               FwConflict *conflict,
               GObject    *owner)
{
  guint position;

  if (item_kind (conflict) != ITEM_MAPPING || owner == NULL
      || !g_list_store_find (fw_map_get_mappings (map), owner, &position))
    return NULL;
  return fw_command_remove_new (fw_map_get_mappings (map), position);
}

/* Keeping a mapping the merged map lost (the other side deleted it, or its outcome) adds it
 * back at the kept depth, when its outcome is still there. */
static FwCommand *
restore_mapping (FwMap      *map,
                 FwConflict *conflict,
                 const char *kept)
{
  g_auto(GStrv) pair = g_strsplit (fw_conflict_get_item_id (conflict), " -> ", 2);
  g_autoptr(FwMapping) mapping = NULL;
  GListStore *mappings = fw_map_get_mappings (map);
  FwDepth depth;

  if (item_kind (conflict) != ITEM_MAPPING || g_strv_length (pair) != 2
      || !fw_depth_from_string (kept, &depth)
      || fw_map_find_outcome (map, pair[0], NULL, NULL) == NULL)
    return NULL;
  mapping = fw_mapping_new (pair[0], pair[1], depth);
  return fw_command_insert_new (mappings, g_list_model_get_n_items (G_LIST_MODEL (mappings)),
                                mapping);
}

FwCommand *
fw_map_resolve_conflict (FwMap      *map,
                         FwConflict *conflict,
                         gboolean    keep_theirs)
{
  g_autoptr(FwCommand) group = NULL;
  GListStore *conflicts;
  const char *kept;
  GObject *owner;
  FwCommand *change = NULL;
  guint position;

  g_return_val_if_fail (FW_IS_MAP (map), NULL);
  g_return_val_if_fail (FW_IS_CONFLICT (conflict), NULL);

  conflicts = fw_map_get_conflicts (map);
  if (!g_list_store_find (conflicts, conflict, &position))
    return NULL;

  group = fw_command_group_new (keep_theirs ? _("Keep Theirs") : _("Keep Mine"));
  kept = keep_theirs ? fw_conflict_get_theirs (conflict) : fw_conflict_get_ours (conflict);
  owner = field_owner (map, conflict);
  if (kept == NULL)
    change = keep_deletion (map, conflict, owner);
  else if (owner != NULL)
    change = set_kept_value (owner, fw_conflict_get_field (conflict), kept);
  else
    change = restore_mapping (map, conflict, kept);
  if (change != NULL)
    fw_command_group_add (group, change);
  fw_command_group_add (group, fw_command_remove_new (conflicts, position));
  return g_steal_pointer (&group);
}
