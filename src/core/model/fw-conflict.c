/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-conflict.h"

struct _FwConflict
{
  GObject  parent_instance;

  char    *item_id;
  char    *field;
  char    *path;
  char    *ours;
  char    *theirs;
};

G_DEFINE_FINAL_TYPE (FwConflict, fw_conflict, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ITEM_ID,
  PROP_FIELD,
  PROP_PATH,
  PROP_OURS,
  PROP_THEIRS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char **
slot_for (FwConflict *self,
          guint       prop_id)
{
  switch (prop_id)
    {
    case PROP_ITEM_ID:
      return &self->item_id;
    case PROP_FIELD:
      return &self->field;
    case PROP_PATH:
      return &self->path;
    case PROP_OURS:
      return &self->ours;
    case PROP_THEIRS:
      return &self->theirs;
    default:
      return NULL;
    }
}

static void
fw_conflict_finalize (GObject *object)
{
  FwConflict *self = FW_CONFLICT (object);

  for (guint i = PROP_ITEM_ID; i < N_PROPS; i++)
    g_clear_pointer (slot_for (self, i), g_free);

  G_OBJECT_CLASS (fw_conflict_parent_class)->finalize (object);
}

static void
fw_conflict_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  char **slot = slot_for (FW_CONFLICT (object), prop_id);

  if (slot == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  g_value_set_string (value, *slot);
}

static void
fw_conflict_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  char **slot = slot_for (FW_CONFLICT (object), prop_id);
  const char *str = g_value_get_string (value);

  if (slot == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  g_free (*slot);
  /* Only the two values may be absent: the side that deleted the item has none. */
  if (str == NULL && prop_id != PROP_OURS && prop_id != PROP_THEIRS)
    str = "";
  *slot = g_strdup (str);
}

static GParamSpec *
string_param (const char *name,
              const char *nick)
{
  return g_param_spec_string (name, nick, NULL, NULL,
                              G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
}

static void
fw_conflict_class_init (FwConflictClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fw_conflict_finalize;
  object_class->get_property = fw_conflict_get_property;
  object_class->set_property = fw_conflict_set_property;

  properties[PROP_ITEM_ID] = string_param ("item-id", N_("Item Id"));
  properties[PROP_FIELD] = string_param ("field", N_("Field"));
  properties[PROP_PATH] = string_param ("path", N_("Path"));
  properties[PROP_OURS] = string_param ("ours", N_("Our Value"));
  properties[PROP_THEIRS] = string_param ("theirs", N_("Their Value"));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fw_conflict_init (FwConflict *self)
{
}

FwConflict *
fw_conflict_new (const char *item_id,
                 const char *field,
                 const char *path,
                 const char *ours,
                 const char *theirs)
{
  g_return_val_if_fail (item_id != NULL, NULL);
  g_return_val_if_fail (field != NULL, NULL);

  return g_object_new (FW_TYPE_CONFLICT,
                       "item-id", item_id,
                       "field", field,
                       "path", path,
                       "ours", ours,
                       "theirs", theirs,
                       NULL);
}

const char *
fw_conflict_get_item_id (FwConflict *self)
{
  g_return_val_if_fail (FW_IS_CONFLICT (self), NULL);

  return self->item_id;
}

const char *
fw_conflict_get_field (FwConflict *self)
{
  g_return_val_if_fail (FW_IS_CONFLICT (self), NULL);

  return self->field;
}

const char *
fw_conflict_get_path (FwConflict *self)
{
  g_return_val_if_fail (FW_IS_CONFLICT (self), NULL);

  return self->path;
}

const char *
fw_conflict_get_ours (FwConflict *self)
{
  g_return_val_if_fail (FW_IS_CONFLICT (self), NULL);

  return self->ours;
}

const char *
fw_conflict_get_theirs (FwConflict *self)
{
  g_return_val_if_fail (FW_IS_CONFLICT (self), NULL);

  return self->theirs;
}

gboolean
fw_conflict_equal (FwConflict *a,
                   FwConflict *b)
{
  g_return_val_if_fail (FW_IS_CONFLICT (a), FALSE);
  g_return_val_if_fail (FW_IS_CONFLICT (b), FALSE);

  return g_strcmp0 (a->item_id, b->item_id) == 0
         && g_strcmp0 (a->field, b->field) == 0
         && g_strcmp0 (a->path, b->path) == 0
         && g_strcmp0 (a->ours, b->ours) == 0
         && g_strcmp0 (a->theirs, b->theirs) == 0;
}
