/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "fw-correction-commands.h"
#include "fw-merge.h"

/* Resolving a recorded conflict: one undoable step that sets the kept value (or removes a
 * statement whose deletion is kept) and removes the conflict. */

/* The object a conflict's item id names: "framework", "levels.developing", "evidence",
 * a statement's or a correction's id … */
static GObject *
find_item (FwDocument *document,
           const char *item_id)
{
  FwCorrection *correction = fw_document_find_correction (document, item_id, NULL);
  FwLevelKey key;

  if (correction != NULL)
    return G_OBJECT (correction);

  if (g_str_equal (item_id, "occupation") || g_str_equal (item_id, "framework")
      || g_str_equal (item_id, "provenance"))
    return G_OBJECT (document);
  if (g_str_equal (item_id, "evidence"))
    return G_OBJECT (fw_document_get_evidence (document));
  if (g_str_equal (item_id, "onet"))
    return G_OBJECT (fw_document_get_onet (document));
  if (g_str_has_prefix (item_id, "levels.")
      && fw_level_key_from_string (item_id + strlen ("levels."), &key))
    return G_OBJECT (fw_document_get_level (document, key));
  if (g_str_has_prefix (item_id, "tasks."))
    {
      GListModel *tasks = G_LIST_MODEL (fw_onet_get_tasks (fw_document_get_onet (document)));

      for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
        {
          g_autoptr(FwTask) task = g_list_model_get_item (tasks, i);

          if (g_strcmp0 (fw_task_get_task_id (task), item_id + strlen ("tasks.")) == 0)
            return G_OBJECT (task);
        }
      return NULL;
    }
  if (g_str_has_prefix (item_id, "sources."))
    return (GObject *) fw_document_find_source (document, item_id + strlen ("sources."));
  return (GObject *) fw_document_find_statement (document, item_id, NULL);
}

/* @text as a value of @pspec's type; FALSE when it cannot be one. */
static gboolean
parse_value (GParamSpec *pspec,
             const char *text,
             GValue     *value)
{
  g_value_init (value, pspec->value_type);
  if (pspec->value_type == G_TYPE_STRING)
    g_value_set_string (value, text);
  else if (pspec->value_type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, g_strcmp0 (text, "true") == 0);
  else if (pspec->value_type == G_TYPE_INT)
    g_value_set_int (value, text != NULL ? (int) g_ascii_strtoll (text, NULL, 10) : 0);
  else if (pspec->value_type == G_TYPE_DOUBLE)
    g_value_set_double (value, text != NULL && *text != '\0' ? g_ascii_strtod (text, NULL)
                                                             : NAN);
  else
    return FALSE;
  return TRUE;
}

static FwCommand *
resolve_value (FwConflict *conflict,
               GObject    *item,
               const char *kept)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item),
                                                    fw_conflict_get_field (conflict));
  g_auto(GValue) value = G_VALUE_INIT;

  if (pspec == NULL || !parse_value (pspec, kept, &value))
    return NULL;
  return fw_command_set_property_new (item, fw_conflict_get_field (conflict), &value, FALSE);
}

/*
 * A conflict on an entry of an O*NET list (a related title, a skill …, by its id): sets the
 * kept text, or removes the entry when the kept side deleted it. NULL when nothing changes.
 */
static FwCommand *
resolve_onet_entry (FwDocument *document,
                    FwConflict *conflict,
                    const char *kept)
{
  FwOnet *onet = fw_document_get_onet (document);
  const char *field = fw_conflict_get_field (conflict);
  gboolean removal = g_str_equal (field, "item");
  const char *property = NULL;
  guint position = 0;
  const char * const *texts;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) entries = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  if (fw_onet_find_item (onet, fw_conflict_get_item_id (conflict), &property, &position) == NULL
      || (removal ? kept != NULL : !g_str_equal (field, property)))
    return NULL;

  texts = fw_onet_get_strv (onet, property);
  for (guint i = 0; texts[i] != NULL; i++)
    {
      if (i != position)
        g_strv_builder_add (builder, texts[i]);
      else if (!removal)
        g_strv_builder_add (builder, kept != NULL ? kept : "");
    }
  entries = g_strv_builder_end (builder);
  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, entries);
  return fw_command_set_property_new (G_OBJECT (onet), property, &value, FALSE);
}

FwCommand *
fw_conflict_resolve_command (FwDocument *document,
                             FwConflict *conflict,
                             gboolean    keep_theirs)
{
  GListStore *conflicts;
  g_autoptr(FwCommand) group = NULL;
  const char *kept;
  GObject *item;
  guint position;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (FW_IS_CONFLICT (conflict), NULL);

  conflicts = fw_document_get_conflicts (document);
  if (!g_list_store_find (conflicts, conflict, &position))
    return NULL;

  group = fw_command_group_new (keep_theirs ? _("Keep Theirs") : _("Keep Mine"));
  kept = keep_theirs ? fw_conflict_get_theirs (conflict) : fw_conflict_get_ours (conflict);
  item = find_item (document, fw_conflict_get_item_id (conflict));

  if (g_str_equal (fw_conflict_get_field (conflict), "statement"))
    {
      FwStatementPlace place;

      /* The merge kept the edited statement: keeping the deletion removes it. */
      if (kept == NULL && fw_document_find_statement (document, fw_conflict_get_item_id (conflict),
                                                      &place) != NULL)
        fw_command_group_add (group, fw_command_remove_new (place.store, place.position));
    }
  else if (g_str_equal (fw_conflict_get_field (conflict), "correction"))
    {
      /* Likewise for a correction: the merge kept the edited one. */
      if (kept == NULL && FW_IS_CORRECTION (item))
        fw_command_group_add (group, fw_correction_remove_command_new (document,
                                                                       FW_CORRECTION (item)));
    }
  else if (item == NULL)
    {
      FwCommand *entry = resolve_onet_entry (document, conflict, kept);

      if (entry != NULL)
        fw_command_group_add (group, entry);
    }
  else
    {
      FwCommand *set = resolve_value (conflict, item, kept);
      if (set != NULL)
        fw_command_group_add (group, set);
    }

  fw_command_group_add (group, fw_command_remove_new (conflicts, position));
  return g_steal_pointer (&group);
}
