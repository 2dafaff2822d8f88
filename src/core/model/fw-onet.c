/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-item-ids.h"
#include "fw-onet.h"
#include "fw-strings.h"
#include "fw-types.h"

/* The GStrv lists first, in display order, so that a property id maps straight to its slot. */
enum {
  ONET_PROP_0,
  ONET_PROP_RELATED_TITLES,
  ONET_PROP_SKILLS,
  ONET_PROP_KNOWLEDGE,
  ONET_PROP_ABILITIES,
  ONET_PROP_WORK_STYLES,
  ONET_PROP_TECHNOLOGY,
  ONET_PROP_CIP_CODES,
  ONET_PROP_ANCHOR_COUNT,
  ONET_PROP_CITATIONS,
  ONET_N_PROPS
};

#define FIRST_LIST ONET_PROP_RELATED_TITLES
#define N_LISTS    (ONET_PROP_ANCHOR_COUNT - FIRST_LIST)

struct _FwOnet
{
  GObject      parent_instance;

  int          anchor_count;
  char       **lists[N_LISTS];
  /* One stable id per entry of each list (see fw-onet-ids below), and the ids of entries
   * removed, by text, so that putting an entry back (undo) gives it its id again. */
  char       **ids[N_LISTS];
  GHashTable  *retired[N_LISTS];
  char       **citations;
  GListStore  *tasks;
  GListStore  *apprenticeships;
  GListStore  *technology_skills;
};

G_DEFINE_FINAL_TYPE (FwOnet, fw_onet, G_TYPE_OBJECT)

static GParamSpec *onet_properties[ONET_N_PROPS];

static const char * const list_properties[N_LISTS + 1] = {
  "related-titles",
  "skills",
  "knowledge",
  "abilities",
  "work-styles",
  "technology",
  "cip-codes",
  NULL
};

static const char * const list_nicks[N_LISTS] = {
  N_("Related Titles"),
  N_("Skills"),
  N_("Knowledge"),
  N_("Abilities"),
  N_("Work Styles"),
  N_("Technology"),
  N_("CIP Codes"),
};

/* The id prefix of each list's entries. */
static const char * const list_id_prefixes[N_LISTS] = {
  "title", "skill", "knowledge", "ability", "style", "tech", "cip",
};

static gboolean
is_list_prop (guint prop_id)
{
  return prop_id >= FIRST_LIST && prop_id < FIRST_LIST + N_LISTS;
}

static void
fw_onet_finalize (GObject *object)
{
  FwOnet *self = FW_ONET (object);

  for (guint i = 0; i < N_LISTS; i++)
    {
      g_clear_pointer (&self->lists[i], g_strfreev);
      g_clear_pointer (&self->ids[i], g_strfreev);
      g_clear_pointer (&self->retired[i], g_hash_table_unref);
    }
  g_clear_pointer (&self->citations, g_strfreev);
  g_clear_object (&self->tasks);
  g_clear_object (&self->apprenticeships);
  g_clear_object (&self->technology_skills);

  G_OBJECT_CLASS (fw_onet_parent_class)->finalize (object);
}

static void
fw_onet_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  FwOnet *self = FW_ONET (object);

  if (is_list_prop (prop_id))
    g_value_set_boxed (value, self->lists[prop_id - FIRST_LIST]);
  else if (prop_id == ONET_PROP_ANCHOR_COUNT)
    g_value_set_int (value, self->anchor_count);
  else if (prop_id == ONET_PROP_CITATIONS)
    g_value_set_boxed (value, self->citations);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static int
find_unused (const char * const *values,
             const char * const *ids,
             GHashTable         *taken,
             const char         *value)
{
  for (guint j = 0; values[j] != NULL; j++)
    {
      if (g_str_equal (values[j], value) && !g_hash_table_contains (taken, ids[j]))
        return j;
    }
  return -1;
}

/*
 * Gives the entries of a new value of list @slot their ids: an entry keeps the id of an equal
 * old entry (same place first), an entry edited in place keeps the id of the entry it replaced,
 * an entry put back gets its old id again, and only a really new entry gets a derived one.
 */
static char **
reconcile_ids (FwOnet             *self,
               guint               slot,
               const char * const *values)
{
  const char * const *old = (const char * const *) self->lists[slot];
  const char * const *old_ids = (const char * const *) self->ids[slot];
  guint n = g_strv_length ((char **) values);
  guint n_old = g_strv_length ((char **) old);
  g_autoptr(GHashTable) taken = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) derived = fw_item_ids_derive (list_id_prefixes[slot], values);
  char **ids = g_new0 (char *, n + 1);

  for (guint i = 0; i < n && i < n_old; i++)
    if (g_str_equal (values[i], old[i]))
      g_hash_table_add (taken, (gpointer) (ids[i] = g_strdup (old_ids[i])));

  for (guint i = 0; i < n; i++)
    {
      int j;

      if (ids[i] != NULL || (j = find_unused (old, old_ids, taken, values[i])) < 0)
        continue;
      g_hash_table_add (taken, (gpointer) (ids[i] = g_strdup (old_ids[j])));
    }

  for (guint i = 0; i < n; i++)
    {
      const char *id = NULL;

      if (ids[i] != NULL)
        continue;
      if (n == n_old && !g_hash_table_contains (taken, old_ids[i]))
        id = old_ids[i];
      if (id == NULL && self->retired[slot] != NULL)
        id = g_hash_table_lookup (self->retired[slot], values[i]);
      if (id == NULL || g_hash_table_contains (taken, id))
        id = derived[i];
      ids[i] = g_strdup (id);
      for (guint k = 1; g_hash_table_contains (taken, ids[i]); k++)
        {
          g_autofree char *seed = g_strdup_printf ("%s#%u", values[i], n + k);

          g_free (ids[i]);
          ids[i] = fw_id_new_from_seed (list_id_prefixes[slot], seed);
        }
      g_hash_table_add (taken, ids[i]);
    }

  for (guint j = 0; j < n_old; j++)
    {
      if (g_hash_table_contains (taken, old_ids[j]))
        continue;
      /* Made on first use: most documents never retire an id. */
      if (self->retired[slot] == NULL)
        self->retired[slot] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_hash_table_replace (self->retired[slot], g_strdup (old[j]), g_strdup (old_ids[j]));
    }

  return ids;
}

static void
fw_onet_set_list (FwOnet             *self,
                  guint               prop_id,
                  const char * const *value)
{
  static const char * const empty[] = { NULL };
  char ***slot = prop_id == ONET_PROP_CITATIONS ? &self->citations
                                                : &self->lists[prop_id - FIRST_LIST];

  if (value == NULL)
    value = empty;

  if (g_strv_equal ((const char * const *) *slot, value))
    return;

  /* The entries of the lists have ids; the citations are source ids themselves. */
  if (prop_id != ONET_PROP_CITATIONS)
    {
      char **ids = reconcile_ids (self, prop_id - FIRST_LIST, value);

      g_strfreev (self->ids[prop_id - FIRST_LIST]);
      self->ids[prop_id - FIRST_LIST] = ids;
    }
  g_strfreev (*slot);
  *slot = g_strdupv ((char **) value);
  g_object_notify_by_pspec (G_OBJECT (self), onet_properties[prop_id]);
}

static void
fw_onet_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  FwOnet *self = FW_ONET (object);

  if (is_list_prop (prop_id) || prop_id == ONET_PROP_CITATIONS)
    {
      fw_onet_set_list (self, prop_id, g_value_get_boxed (value));
    }
  else if (prop_id == ONET_PROP_ANCHOR_COUNT)
    {
      int count = g_value_get_int (value);

      if (count != self->anchor_count)
        {
          self->anchor_count = count;
          g_object_notify_by_pspec (object, pspec);
        }
    }
  else
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_onet_class_init (FwOnetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fw_onet_finalize;
  object_class->get_property = fw_onet_get_property;
  object_class->set_property = fw_onet_set_property;

  for (guint i = 0; i < N_LISTS; i++)
    onet_properties[FIRST_LIST + i] =
      g_param_spec_boxed (list_properties[i], list_nicks[i], NULL,
                          G_TYPE_STRV,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  onet_properties[ONET_PROP_ANCHOR_COUNT] =
    g_param_spec_int ("anchor-count", N_("Anchor Count"), NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  onet_properties[ONET_PROP_CITATIONS] =
    g_param_spec_boxed ("citations", N_("Citations"), NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, ONET_N_PROPS, onet_properties);
}

static void
fw_onet_init (FwOnet *self)
{
  self->anchor_count = -1;
  for (guint i = 0; i < N_LISTS; i++)
    {
      self->lists[i] = g_new0 (char *, 1);
      self->ids[i] = g_new0 (char *, 1);
    }
  self->citations = g_new0 (char *, 1);
  self->tasks = g_list_store_new (FW_TYPE_TASK);
  self->apprenticeships = g_list_store_new (FW_TYPE_APPRENTICESHIP);
  self->technology_skills = g_list_store_new (FW_TYPE_TECHNOLOGY);
}

FwOnet *
fw_onet_new (void)
{
  return g_object_new (FW_TYPE_ONET, NULL);
}

int
fw_onet_get_anchor_count (FwOnet *self)
{
  g_return_val_if_fail (FW_IS_ONET (self), -1);

  return self->anchor_count;
}

const char * const *
fw_onet_get_strv (FwOnet     *self,
                  const char *property)
{
  g_return_val_if_fail (FW_IS_ONET (self), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  for (guint i = 0; i < N_LISTS; i++)
    {
      if (g_str_equal (property, list_properties[i]))
        return (const char * const *) self->lists[i];
    }

  g_return_val_if_reached (NULL);
}

GListStore *
fw_onet_get_tasks (FwOnet *self)
{
  g_return_val_if_fail (FW_IS_ONET (self), NULL);

  return self->tasks;
}

GListStore *
fw_onet_get_apprenticeships (FwOnet *self)
{
  g_return_val_if_fail (FW_IS_ONET (self), NULL);

  return self->apprenticeships;
}

GListStore *
fw_onet_get_technology_skills (FwOnet *self)
{
  g_return_val_if_fail (FW_IS_ONET (self), NULL);

  return self->technology_skills;
}

const char * const *
fw_onet_get_citations (FwOnet *self)
{
  g_return_val_if_fail (FW_IS_ONET (self), NULL);

  return (const char * const *) self->citations;
}

gboolean
fw_onet_is_empty (FwOnet *self)
{
  g_return_val_if_fail (FW_IS_ONET (self), TRUE);

  if (self->anchor_count >= 0)
    return FALSE;

  for (guint i = 0; i < N_LISTS; i++)
    {
      if (self->lists[i][0] != NULL)
        return FALSE;
    }

  return g_list_model_get_n_items (G_LIST_MODEL (self->tasks)) == 0 &&
         g_list_model_get_n_items (G_LIST_MODEL (self->apprenticeships)) == 0 &&
         g_list_model_get_n_items (G_LIST_MODEL (self->technology_skills)) == 0;
}

const char * const *
fw_onet_list_properties (void)
{
  return list_properties;
}

static int
list_slot (const char *property)
{
  for (guint i = 0; i < N_LISTS; i++)
    {
      if (g_str_equal (property, list_properties[i]))
        return i;
    }
  return -1;
}

/**
 * fw_onet_get_item_ids:
 *
 * The stable ids of the entries of list @property, one per entry, in the same order. An id
 * survives edits of the entry's text (through the list property), moves, and undo.
 */
const char * const *
fw_onet_get_item_ids (FwOnet     *self,
                      const char *property)
{
  int slot;

  g_return_val_if_fail (FW_IS_ONET (self), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  slot = list_slot (property);
  g_return_val_if_fail (slot >= 0, NULL);

  return (const char * const *) self->ids[slot];
}

/* Replaces the ids of list @property (readers); FALSE, changing nothing, unless there is one
 * non-empty id per entry and no id repeats. */
gboolean
fw_onet_set_item_ids (FwOnet             *self,
                      const char         *property,
                      const char * const *ids)
{
  g_autoptr(GHashTable) seen = NULL;
  int slot;

  g_return_val_if_fail (FW_IS_ONET (self), FALSE);
  g_return_val_if_fail (property != NULL, FALSE);
  g_return_val_if_fail (ids != NULL, FALSE);

  slot = list_slot (property);
  g_return_val_if_fail (slot >= 0, FALSE);

  if (g_strv_length ((char **) ids) != g_strv_length (self->lists[slot]))
    return FALSE;

  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (ids[i][0] == '\0' || !g_hash_table_add (seen, (gpointer) ids[i]))
        return FALSE;
    }

  g_strfreev (self->ids[slot]);
  self->ids[slot] = g_strdupv ((char **) ids);
  return TRUE;
}

/* The prefix of the derived ids of list @property ("title" …). */
const char *
fw_onet_get_item_prefix (const char *property)
{
  int slot;

  g_return_val_if_fail (property != NULL, NULL);

  slot = list_slot (property);
  g_return_val_if_fail (slot >= 0, NULL);

  return list_id_prefixes[slot];
}

/* Finds the entry with id @item_id in any list: its text, or NULL. */
const char *
fw_onet_find_item (FwOnet      *self,
                   const char  *item_id,
                   const char **property,
                   guint       *position)
{
  g_return_val_if_fail (FW_IS_ONET (self), NULL);

  if (item_id == NULL)
    return NULL;

  for (guint i = 0; i < N_LISTS; i++)
    {
      for (guint j = 0; self->ids[i][j] != NULL; j++)
        {
          if (!g_str_equal (self->ids[i][j], item_id))
            continue;
          if (property != NULL)
            *property = list_properties[i];
          if (position != NULL)
            *position = j;
          return self->lists[i][j];
        }
    }

  return NULL;
}

/* The id of the first entry of list @property whose text is @text, or NULL. */
const char *
fw_onet_find_item_id (FwOnet     *self,
                      const char *property,
                      const char *text)
{
  int slot;

  g_return_val_if_fail (FW_IS_ONET (self), NULL);
  g_return_val_if_fail (property != NULL && text != NULL, NULL);

  slot = list_slot (property);
  g_return_val_if_fail (slot >= 0, NULL);

  for (guint j = 0; self->lists[slot][j] != NULL; j++)
    {
      if (g_str_equal (self->lists[slot][j], text))
        return self->ids[slot][j];
    }

  return NULL;
}
