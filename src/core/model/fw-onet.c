/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-onet.h"
#include "fw-strings.h"

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
    g_clear_pointer (&self->lists[i], g_strfreev);
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
    self->lists[i] = g_new0 (char *, 1);
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
