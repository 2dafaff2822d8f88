/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-level.h"
#include "fw-statement.h"
#include "fw-strings.h"

struct _FwLevel
{
  GObject     parent_instance;

  FwLevelKey  key;
  char       *label;
  char       *role_label;
  GListStore *statements;
  GListStore *ai_statements;
};

G_DEFINE_FINAL_TYPE (FwLevel, fw_level, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_LABEL,
  PROP_ROLE_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fw_level_constructed (GObject *object)
{
  FwLevel *self = FW_LEVEL (object);

  G_OBJECT_CLASS (fw_level_parent_class)->constructed (object);

  if (self->label == NULL)
    self->label = g_strdup (fw_level_key_default_label (self->key));

  if (self->role_label == NULL)
    self->role_label = g_strdup (fw_level_key_default_role_label (self->key));
}

static void
fw_level_finalize (GObject *object)
{
  FwLevel *self = FW_LEVEL (object);

  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->role_label, g_free);
  g_clear_object (&self->statements);
  g_clear_object (&self->ai_statements);

  G_OBJECT_CLASS (fw_level_parent_class)->finalize (object);
}

static void
fw_level_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  FwLevel *self = FW_LEVEL (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_int (value, self->key);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_ROLE_LABEL:
      g_value_set_string (value, self->role_label);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_level_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  FwLevel *self = FW_LEVEL (object);

  switch (prop_id)
    {
    case PROP_KEY:
      self->key = g_value_get_int (value);
      break;

    case PROP_LABEL:
      fw_level_set_label (self, g_value_get_string (value));
      break;

    case PROP_ROLE_LABEL:
      fw_level_set_role_label (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_level_class_init (FwLevelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = fw_level_constructed;
  object_class->finalize = fw_level_finalize;
  object_class->get_property = fw_level_get_property;
  object_class->set_property = fw_level_set_property;

  properties[PROP_KEY] =
    g_param_spec_int ("key", N_("Key"), NULL,
                      0, FW_N_LEVELS - 1, FW_LEVEL_EMERGING,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                       G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_LABEL] =
    g_param_spec_string ("label", N_("Level Label"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_ROLE_LABEL] =
    g_param_spec_string ("role-label", N_("Role Label"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fw_level_init (FwLevel *self)
{
  self->statements = g_list_store_new (FW_TYPE_STATEMENT);
  self->ai_statements = g_list_store_new (FW_TYPE_STATEMENT);
}

/**
 * fw_level_new:
 *
 * Creates an empty level whose labels are the defaults for @key.
 */
FwLevel *
fw_level_new (FwLevelKey key)
{
  g_return_val_if_fail ((guint) key < FW_N_LEVELS, NULL);

  return g_object_new (FW_TYPE_LEVEL,
                       "key", (int) key,
                       NULL);
}

FwLevelKey
fw_level_get_key (FwLevel *self)
{
  g_return_val_if_fail (FW_IS_LEVEL (self), FW_LEVEL_EMERGING);

  return self->key;
}

const char *
fw_level_get_label (FwLevel *self)
{
  g_return_val_if_fail (FW_IS_LEVEL (self), NULL);

  return self->label;
}

void
fw_level_set_label (FwLevel    *self,
                    const char *label)
{
  g_return_if_fail (FW_IS_LEVEL (self));

  if (fw_replace_string (&self->label, label != NULL ? label : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

const char *
fw_level_get_role_label (FwLevel *self)
{
  g_return_val_if_fail (FW_IS_LEVEL (self), NULL);

  return self->role_label;
}

void
fw_level_set_role_label (FwLevel    *self,
                         const char *role_label)
{
  g_return_if_fail (FW_IS_LEVEL (self));

  if (fw_replace_string (&self->role_label, role_label != NULL ? role_label : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE_LABEL]);
}

GListStore *
fw_level_get_statements (FwLevel *self)
{
  g_return_val_if_fail (FW_IS_LEVEL (self), NULL);

  return self->statements;
}

GListStore *
fw_level_get_ai_statements (FwLevel *self)
{
  g_return_val_if_fail (FW_IS_LEVEL (self), NULL);

  return self->ai_statements;
}
