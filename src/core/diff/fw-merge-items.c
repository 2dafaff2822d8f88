/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>

#include "fw-merge-private.h"

/* Merging everything but statements, and recording conflicts. */

void
_fw_merge_record (FwMerge    *merge,
                  const char *item_id,
                  const char *field,
                  const char *path,
                  const char *ours,
                  const char *theirs)
{
  g_autoptr(FwConflict) conflict = fw_conflict_new (item_id, field, path, ours, theirs);

  g_list_store_append (fw_document_get_conflicts (merge->ours), conflict);
  merge->n_conflicts++;
}

char *
_fw_merge_value_string (GObject    *object,
                        const char *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (pspec != NULL, NULL);

  g_value_init (&value, pspec->value_type);
  g_object_get_property (object, property, &value);
  if (G_VALUE_HOLDS_STRING (&value))
    return g_value_dup_string (&value);
  if (G_VALUE_HOLDS_BOOLEAN (&value))
    return g_strdup (g_value_get_boolean (&value) ? "true" : "false");
  if (G_VALUE_HOLDS_INT (&value))
    return g_strdup_printf ("%d", g_value_get_int (&value));
  if (G_VALUE_HOLDS_DOUBLE (&value))
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      if (isnan (g_value_get_double (&value)))
        return NULL;
      return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, g_value_get_double (&value)));
    }
  return NULL;
}

/* Empty and unset are the same value. */
static gboolean
same_value (const char *a,
            const char *b)
{
  return g_strcmp0 (a != NULL ? a : "", b != NULL ? b : "") == 0;
}

void
_fw_merge_property (FwMerge    *merge,
                    GObject    *base,
                    GObject    *ours,
                    GObject    *theirs,
                    const char *property,
                    const char *item_id,
                    const char *path)
{
  g_autofree char *base_value = base != NULL ? _fw_merge_value_string (base, property) : NULL;
  g_autofree char *our_value = _fw_merge_value_string (ours, property);
  g_autofree char *their_value = _fw_merge_value_string (theirs, property);
  GParamSpec *pspec;
  g_auto(GValue) value = G_VALUE_INIT;

  if (same_value (our_value, their_value) || same_value (their_value, base_value))
    return;

  if (!same_value (our_value, base_value))
    {
      _fw_merge_record (merge, item_id, property, path, our_value != NULL ? our_value : "",
                        their_value != NULL ? their_value : "");
      return;
    }

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (theirs), property);
  g_value_init (&value, pspec->value_type);
  g_object_get_property (theirs, property, &value);
  g_object_set_property (ours, property, &value);
}

GStrv
_fw_merge_strv (const char * const *base,
                const char * const *ours,
                const char * const *theirs)
{
  static const char * const empty[] = { NULL };
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  base = base != NULL ? base : empty;
  ours = ours != NULL ? ours : empty;
  theirs = theirs != NULL ? theirs : empty;

  for (guint i = 0; ours[i] != NULL; i++)
    {
      /* Dropped when theirs removed it (it was in base and is no longer in theirs). */
      if (g_strv_contains (base, ours[i]) && !g_strv_contains (theirs, ours[i]))
        continue;
      if (g_hash_table_add (seen, (gpointer) ours[i]))
        g_strv_builder_add (builder, ours[i]);
    }
  for (guint i = 0; theirs[i] != NULL; i++)
    {
      if (g_strv_contains (base, theirs[i]) || g_hash_table_contains (seen, theirs[i]))
        continue;
      g_hash_table_add (seen, (gpointer) theirs[i]);
      g_strv_builder_add (builder, theirs[i]);
    }

  return g_strv_builder_end (builder);
}

static void
merge_properties (FwMerge            *merge,
                  GObject            *base,
                  GObject            *ours,
                  GObject            *theirs,
                  const char * const *properties,
                  const char         *item_id)
{
  for (guint i = 0; properties[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (item_id, ".", properties[i], NULL);

      _fw_merge_property (merge, base, ours, theirs, properties[i], item_id, path);
    }
}

static void
merge_header (FwMerge *merge)
{
  static const char * const occupation[] = {
    "soc", "title", "group", "sector", "job-zone", "job-zone-inferred", "job-zone-label", NULL
  };
  static const char * const framework[] = { "version", "description", "context-covered", NULL };
  static const char * const provenance[] = { "exported-at", "attribution", NULL };
  static const char * const level[] = { "label", "role-label", NULL };
  JsonNode *base_node = fw_document_get_provenance (merge->base);
  JsonNode *our_node = fw_document_get_provenance (merge->ours);
  JsonNode *their_node = fw_document_get_provenance (merge->theirs);

  merge_properties (merge, G_OBJECT (merge->base), G_OBJECT (merge->ours),
                    G_OBJECT (merge->theirs), occupation, "occupation");
  merge_properties (merge, G_OBJECT (merge->base), G_OBJECT (merge->ours),
                    G_OBJECT (merge->theirs), framework, "framework");
  merge_properties (merge, G_OBJECT (merge->base), G_OBJECT (merge->ours),
                    G_OBJECT (merge->theirs), provenance, "provenance");
  for (guint key = 0; key < FW_N_LEVELS; key++)
    {
      g_autofree char *item_id = g_strconcat ("levels.", fw_level_key_to_string (key), NULL);

      merge_properties (merge, G_OBJECT (fw_document_get_level (merge->base, key)),
                        G_OBJECT (fw_document_get_level (merge->ours, key)),
                        G_OBJECT (fw_document_get_level (merge->theirs, key)), level, item_id);
    }

  /* The NSX provenance object is kept whole: theirs when ours left it alone. */
  if ((base_node == NULL ? our_node == NULL
                         : our_node != NULL && json_node_equal (base_node, our_node))
      && their_node != NULL)
    fw_document_set_provenance (merge->ours, their_node);
}

static void
merge_evidence (FwMerge *merge)
{
  static const char * const properties[] = {
    "task-observations", "augment-share", "time-saved", "ai-autonomy", "top-skill",
    "safi-score", "quadrant", "precision", "wef-label", "wef-id", NULL
  };

  merge_properties (merge, G_OBJECT (fw_document_get_evidence (merge->base)),
                    G_OBJECT (fw_document_get_evidence (merge->ours)),
                    G_OBJECT (fw_document_get_evidence (merge->theirs)), properties, "evidence");
}

typedef const char *(*KeyFunc) (gpointer item);

/* A task is known by its O*NET task id; one without (a task a reviewer proposed) by its text. */
static const char *
task_key (gpointer item)
{
  const char *task_id = fw_task_get_task_id (item);

  return task_id != NULL && task_id[0] != '\0' ? task_id : fw_task_get_text (item);
}

static const char *
apprenticeship_key (gpointer item)
{
  return fw_apprenticeship_get_code (item);
}

static const char *
technology_key (gpointer item)
{
  return fw_technology_get_commodity_code (item);
}

static GStrv
list_keys (GListModel *list,
           KeyFunc     key)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      g_strv_builder_add (builder, key (item));
    }

  return g_strv_builder_end (builder);
}

static gpointer
find_by_key (GListModel *list,
             KeyFunc     key,
             const char *wanted)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      if (g_strcmp0 (key (item), wanted) == 0)
        return item;
    }

  return NULL;
}

/* A list of items merged as a set by key; the items kept are ours, or theirs when new. */
static void
merge_list (GListStore *base,
            GListStore *ours,
            GListStore *theirs,
            KeyFunc     key)
{
  g_auto(GStrv) base_keys = list_keys (G_LIST_MODEL (base), key);
  g_auto(GStrv) our_keys = list_keys (G_LIST_MODEL (ours), key);
  g_auto(GStrv) their_keys = list_keys (G_LIST_MODEL (theirs), key);
  g_auto(GStrv) merged = _fw_merge_strv ((const char * const *) base_keys,
                                         (const char * const *) our_keys,
                                         (const char * const *) their_keys);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; merged[i] != NULL; i++)
    {
      gpointer item = find_by_key (G_LIST_MODEL (ours), key, merged[i]);

      if (item == NULL)
        item = find_by_key (G_LIST_MODEL (theirs), key, merged[i]);
      g_ptr_array_add (items, g_object_ref (item));
    }

  g_list_store_splice (ours, 0, g_list_model_get_n_items (G_LIST_MODEL (ours)), items->pdata,
                       items->len);
}

static int
index_of (const char * const *ids,
          const char         *id)
{
  for (int i = 0; ids[i] != NULL; i++)
    if (g_str_equal (ids[i], id))
      return i;
  return -1;
}

/* The text of an entry both sides have: theirs when only theirs changed it; a conflict when
 * both changed it two ways (ours stays). */
static const char *
merge_entry_text (FwMerge    *merge,
                  const char *base,
                  const char *ours,
                  const char *theirs,
                  const char *id,
                  const char *property)
{
  if (g_str_equal (ours, theirs) || g_strcmp0 (theirs, base) == 0)
    return ours;
  if (g_strcmp0 (ours, base) == 0)
    return theirs;
  _fw_merge_record (merge, id, property, "onet", ours, theirs);
  return ours;
}

/*
 * One O*NET list (related titles, skills …), merged by its entries' ids: ours' entries in
 * ours' order, then theirs' new ones. An entry one side removed and the other left alone goes;
 * one that the other side edited stays, with a conflict on its field "item".
 */
static void
merge_onet_list (FwMerge    *merge,
                 FwOnet     *base,
                 FwOnet     *ours,
                 FwOnet     *theirs,
                 const char *property)
{
  const char * const *base_texts = fw_onet_get_strv (base, property);
  const char * const *base_ids = fw_onet_get_item_ids (base, property);
  const char * const *our_texts = fw_onet_get_strv (ours, property);
  const char * const *our_ids = fw_onet_get_item_ids (ours, property);
  const char * const *their_texts = fw_onet_get_strv (theirs, property);
  const char * const *their_ids = fw_onet_get_item_ids (theirs, property);
  g_autoptr(GStrvBuilder) texts = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) merged_texts = NULL;
  g_auto(GStrv) merged_ids = NULL;

  for (guint i = 0; our_ids[i] != NULL; i++)
    {
      int b = index_of (base_ids, our_ids[i]);
      int t = index_of (their_ids, our_ids[i]);
      const char *text = our_texts[i];

      if (t >= 0)
        text = merge_entry_text (merge, b >= 0 ? base_texts[b] : NULL, our_texts[i],
                                 their_texts[t], our_ids[i], property);
      else if (b >= 0 && g_str_equal (base_texts[b], our_texts[i]))
        continue;
      else if (b >= 0)
        _fw_merge_record (merge, our_ids[i], "item", "onet", our_texts[i], NULL);
      g_strv_builder_add (texts, text);
      g_strv_builder_add (ids, our_ids[i]);
    }
  for (guint i = 0; their_ids[i] != NULL; i++)
    {
      int b = index_of (base_ids, their_ids[i]);

      if (index_of (our_ids, their_ids[i]) >= 0
          || (b >= 0 && g_str_equal (base_texts[b], their_texts[i])))
        continue;
      if (b >= 0)
        _fw_merge_record (merge, their_ids[i], "item", "onet", NULL, their_texts[i]);
      g_strv_builder_add (texts, their_texts[i]);
      g_strv_builder_add (ids, their_ids[i]);
    }

  merged_texts = g_strv_builder_end (texts);
  merged_ids = g_strv_builder_end (ids);
  g_object_set (ours, property, merged_texts, NULL);
  fw_onet_set_item_ids (ours, property, (const char * const *) merged_ids);
}

/* The text and type of the tasks both sides have (by task id); the list follows as a set. */
static void
merge_tasks (FwMerge *merge,
             FwOnet  *base,
             FwOnet  *ours,
             FwOnet  *theirs)
{
  static const char * const fields[] = { "text", "task-type", NULL };
  GListModel *our_tasks = G_LIST_MODEL (fw_onet_get_tasks (ours));

  for (guint i = 0; i < g_list_model_get_n_items (our_tasks); i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (our_tasks, i);
      const char *task_id = fw_task_get_task_id (task);
      FwTask *their_task;
      g_autofree char *item_id = NULL;

      if (task_id == NULL || task_id[0] == '\0')
        continue;
      their_task = find_by_key (G_LIST_MODEL (fw_onet_get_tasks (theirs)), task_key, task_id);
      item_id = g_strconcat ("tasks.", task_id, NULL);
      if (their_task != NULL)
        merge_properties (merge, find_by_key (G_LIST_MODEL (fw_onet_get_tasks (base)), task_key,
                                              task_id),
                          G_OBJECT (task), G_OBJECT (their_task), fields, item_id);
    }
}

static void
merge_onet (FwMerge *merge)
{
  FwOnet *base = fw_document_get_onet (merge->base);
  FwOnet *ours = fw_document_get_onet (merge->ours);
  FwOnet *theirs = fw_document_get_onet (merge->theirs);
  const char * const *lists = fw_onet_list_properties ();
  static const char * const scalars[] = { "anchor-count", NULL };

  merge_properties (merge, G_OBJECT (base), G_OBJECT (ours), G_OBJECT (theirs), scalars, "onet");
  for (guint i = 0; lists[i] != NULL; i++)
    merge_onet_list (merge, base, ours, theirs, lists[i]);
  merge_tasks (merge, base, ours, theirs);
  merge_list (fw_onet_get_tasks (base), fw_onet_get_tasks (ours), fw_onet_get_tasks (theirs),
              task_key);
  merge_list (fw_onet_get_apprenticeships (base), fw_onet_get_apprenticeships (ours),
              fw_onet_get_apprenticeships (theirs), apprenticeship_key);
  merge_list (fw_onet_get_technology_skills (base), fw_onet_get_technology_skills (ours),
              fw_onet_get_technology_skills (theirs), technology_key);
}

static const char *
source_key (gpointer item)
{
  return fw_source_get_id (item);
}

static void
merge_sources (FwMerge *merge)
{
  static const char * const fields[] = {
    "short-label", "title", "publisher", "version", "url", "license", NULL
  };
  GListModel *ours = G_LIST_MODEL (fw_document_get_sources (merge->ours));

  /* Fields first, on the sources both sides still have; then the list as a set. */
  for (guint i = 0; i < g_list_model_get_n_items (ours); i++)
    {
      g_autoptr(FwSource) source = g_list_model_get_item (ours, i);
      const char *id = fw_source_get_id (source);
      FwSource *theirs = fw_document_find_source (merge->theirs, id);
      g_autofree char *item_id = g_strconcat ("sources.", id, NULL);

      if (theirs != NULL)
        merge_properties (merge, (GObject *) fw_document_find_source (merge->base, id),
                          G_OBJECT (source), G_OBJECT (theirs), fields, item_id);
    }

  merge_list (fw_document_get_sources (merge->base), fw_document_get_sources (merge->ours),
              fw_document_get_sources (merge->theirs), source_key);
}

/* Conflicts recorded by earlier merges: those either side still has (and did not resolve). */
static void
merge_recorded_conflicts (FwMerge *merge)
{
  GListModel *base = G_LIST_MODEL (fw_document_get_conflicts (merge->base));
  GListModel *theirs = G_LIST_MODEL (fw_document_get_conflicts (merge->theirs));
  GListStore *ours = fw_document_get_conflicts (merge->ours);

  for (guint i = 0; i < g_list_model_get_n_items (theirs); i++)
    {
      g_autoptr(FwConflict) conflict = g_list_model_get_item (theirs, i);
      gboolean known = FALSE;

      for (guint k = 0; k < g_list_model_get_n_items (base) && !known; k++)
        {
          g_autoptr(FwConflict) other = g_list_model_get_item (base, k);
          known = fw_conflict_equal (conflict, other);
        }
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (ours)) && !known; k++)
        {
          g_autoptr(FwConflict) other = g_list_model_get_item (G_LIST_MODEL (ours), k);
          known = fw_conflict_equal (conflict, other);
        }
      if (!known)
        g_list_store_append (ours, conflict);
    }
}

void
_fw_merge_items (FwMerge *merge)
{
  merge_recorded_conflicts (merge);
  merge_header (merge);
  merge_evidence (merge);
  merge_onet (merge);
  merge_sources (merge);
}
