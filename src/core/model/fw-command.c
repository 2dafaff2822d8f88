/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-command.h"

typedef struct
{
  char *label;
} FwCommandPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (FwCommand, fw_command, G_TYPE_OBJECT)

static void
fw_command_finalize (GObject *object)
{
  FwCommand *self = FW_COMMAND (object);
  FwCommandPrivate *priv = fw_command_get_instance_private (self);

  g_clear_pointer (&priv->label, g_free);

  G_OBJECT_CLASS (fw_command_parent_class)->finalize (object);
}

static gboolean
fw_command_real_merge (FwCommand *self G_GNUC_UNUSED,
                       FwCommand *next G_GNUC_UNUSED)
{
  return FALSE;
}

static void
fw_command_class_init (FwCommandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fw_command_finalize;

  klass->merge = fw_command_real_merge;
}

static void
fw_command_init (FwCommand *self G_GNUC_UNUSED)
{
}

void
fw_command_apply (FwCommand *self)
{
  g_return_if_fail (FW_IS_COMMAND (self));
  g_return_if_fail (FW_COMMAND_GET_CLASS (self)->apply != NULL);

  FW_COMMAND_GET_CLASS (self)->apply (self);
}

void
fw_command_revert (FwCommand *self)
{
  g_return_if_fail (FW_IS_COMMAND (self));
  g_return_if_fail (FW_COMMAND_GET_CLASS (self)->revert != NULL);

  FW_COMMAND_GET_CLASS (self)->revert (self);
}

gboolean
fw_command_merge (FwCommand *self,
                  FwCommand *next)
{
  g_return_val_if_fail (FW_IS_COMMAND (self), FALSE);
  g_return_val_if_fail (FW_IS_COMMAND (next), FALSE);

  if (self == next)
    return FALSE;

  return FW_COMMAND_GET_CLASS (self)->merge (self, next);
}

const char *
fw_command_get_label (FwCommand *self)
{
  FwCommandPrivate *priv;

  g_return_val_if_fail (FW_IS_COMMAND (self), NULL);

  priv = fw_command_get_instance_private (self);

  return priv->label != NULL ? priv->label : _("Edit");
}

void
fw_command_set_label (FwCommand  *self,
                      const char *label)
{
  FwCommandPrivate *priv;

  g_return_if_fail (FW_IS_COMMAND (self));

  priv = fw_command_get_instance_private (self);

  if (g_strcmp0 (priv->label, label) != 0)
    {
      g_free (priv->label);
      priv->label = g_strdup (label);
    }
}

/* Set property */

static GQuark
hold_weakly_quark (void)
{
  return g_quark_from_static_string ("fw-command-hold-weakly");
}

void
_fw_command_hold_weakly (GObject *owner)
{
  g_return_if_fail (G_IS_OBJECT (owner));

  g_object_set_qdata (owner, hold_weakly_quark (), GINT_TO_POINTER (TRUE));
}

#define FW_TYPE_SET_PROPERTY_COMMAND (fw_set_property_command_get_type ())
G_DECLARE_FINAL_TYPE (FwSetPropertyCommand, fw_set_property_command,
                      FW, SET_PROPERTY_COMMAND, FwCommand)

struct _FwSetPropertyCommand
{
  FwCommand   parent_instance;

  /* The document owns the history that owns this command, so a command that edits the
   * document itself holds it weakly (target stays NULL) to avoid a reference cycle; the
   * document outlives any use of its own history. Everything else is held strongly. The
   * document marks itself with _fw_command_hold_weakly(), so commands need not know it. */
  GObject    *target;
  GWeakRef    weak_target;
  GParamSpec *pspec;
  GValue      old_value;
  GValue      new_value;
  gboolean    mergeable;
};

G_DEFINE_FINAL_TYPE (FwSetPropertyCommand, fw_set_property_command, FW_TYPE_COMMAND)

static void
fw_set_property_command_apply (FwCommand *command)
{
  FwSetPropertyCommand *self = FW_SET_PROPERTY_COMMAND (command);
  g_autoptr(GObject) target = g_weak_ref_get (&self->weak_target);

  g_return_if_fail (target != NULL);

  g_object_set_property (target, self->pspec->name, &self->new_value);
}

static void
fw_set_property_command_revert (FwCommand *command)
{
  FwSetPropertyCommand *self = FW_SET_PROPERTY_COMMAND (command);
  g_autoptr(GObject) target = g_weak_ref_get (&self->weak_target);

  g_return_if_fail (target != NULL);

  g_object_set_property (target, self->pspec->name, &self->old_value);
}

static gboolean
fw_set_property_command_merge (FwCommand *command,
                               FwCommand *next_command)
{
  FwSetPropertyCommand *self = FW_SET_PROPERTY_COMMAND (command);
  FwSetPropertyCommand *next;
  g_autoptr(GObject) target = NULL;
  g_autoptr(GObject) next_target = NULL;

  if (!FW_IS_SET_PROPERTY_COMMAND (next_command))
    return FALSE;

  next = FW_SET_PROPERTY_COMMAND (next_command);

  if (!self->mergeable || !next->mergeable || self->pspec != next->pspec)
    return FALSE;

  target = g_weak_ref_get (&self->weak_target);
  next_target = g_weak_ref_get (&next->weak_target);
  if (target == NULL || target != next_target)
    return FALSE;

  /* The old value stays ours, so one undo returns to before the whole burst. */
  g_value_copy (&next->new_value, g_value_reset (&self->new_value));

  return TRUE;
}

static void
fw_set_property_command_finalize (GObject *object)
{
  FwSetPropertyCommand *self = FW_SET_PROPERTY_COMMAND (object);

  g_value_unset (&self->old_value);
  g_value_unset (&self->new_value);
  g_clear_pointer (&self->pspec, g_param_spec_unref);
  g_clear_object (&self->target);
  g_weak_ref_clear (&self->weak_target);

  G_OBJECT_CLASS (fw_set_property_command_parent_class)->finalize (object);
}

static void
fw_set_property_command_class_init (FwSetPropertyCommandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FwCommandClass *command_class = FW_COMMAND_CLASS (klass);

  object_class->finalize = fw_set_property_command_finalize;

  command_class->apply = fw_set_property_command_apply;
  command_class->revert = fw_set_property_command_revert;
  command_class->merge = fw_set_property_command_merge;
}

static void
fw_set_property_command_init (FwSetPropertyCommand *self G_GNUC_UNUSED)
{
}

/**
 * fw_command_set_property_new:
 *
 * The label defaults to "Edit <nick>", the nick being the property's translatable
 * human-readable name.
 */
FwCommand *
fw_command_set_property_new (GObject      *target,
                             const char   *property,
                             const GValue *value,
                             gboolean      mergeable)
{
  FwSetPropertyCommand *self;
  GParamSpec *pspec;
  g_autofree char *label = NULL;

  g_return_val_if_fail (G_IS_OBJECT (target), NULL);
  g_return_val_if_fail (property != NULL, NULL);
  g_return_val_if_fail (G_IS_VALUE (value), NULL);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (target), property);
  g_return_val_if_fail (pspec != NULL, NULL);
  g_return_val_if_fail ((pspec->flags & G_PARAM_WRITABLE) != 0, NULL);
  g_return_val_if_fail ((pspec->flags & G_PARAM_CONSTRUCT_ONLY) == 0, NULL);
  g_return_val_if_fail (g_value_type_transformable (G_VALUE_TYPE (value), pspec->value_type),
                        NULL);

  self = g_object_new (FW_TYPE_SET_PROPERTY_COMMAND, NULL);
  g_weak_ref_init (&self->weak_target, target);
  if (g_object_get_qdata (target, hold_weakly_quark ()) == NULL)
    self->target = g_object_ref (target);
  self->pspec = g_param_spec_ref (pspec);
  self->mergeable = !!mergeable;

  g_value_init (&self->old_value, pspec->value_type);
  g_object_get_property (target, pspec->name, &self->old_value);

  g_value_init (&self->new_value, pspec->value_type);
  if (!g_value_transform (value, &self->new_value))
    g_critical ("Cannot convert a %s to the %s of property “%s”",
                G_VALUE_TYPE_NAME (value), g_type_name (pspec->value_type), pspec->name);

  label = g_strdup_printf (_("Edit %s"), _(g_param_spec_get_nick (pspec)));
  fw_command_set_label (FW_COMMAND (self), label);

  return FW_COMMAND (self);
}

FwCommand *
fw_command_set_string_new (GObject    *target,
                           const char *property,
                           const char *value,
                           gboolean    mergeable)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_return_val_if_fail (G_IS_OBJECT (target), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  g_value_init (&gvalue, G_TYPE_STRING);
  g_value_set_string (&gvalue, value);

  return fw_command_set_property_new (target, property, &gvalue, mergeable);
}

FwCommand *
fw_command_set_int_new (GObject    *target,
                        const char *property,
                        int         value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_return_val_if_fail (G_IS_OBJECT (target), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  g_value_init (&gvalue, G_TYPE_INT);
  g_value_set_int (&gvalue, value);

  return fw_command_set_property_new (target, property, &gvalue, FALSE);
}

FwCommand *
fw_command_set_double_new (GObject    *target,
                           const char *property,
                           double      value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_return_val_if_fail (G_IS_OBJECT (target), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  g_value_init (&gvalue, G_TYPE_DOUBLE);
  g_value_set_double (&gvalue, value);

  return fw_command_set_property_new (target, property, &gvalue, FALSE);
}

FwCommand *
fw_command_set_boolean_new (GObject    *target,
                            const char *property,
                            gboolean    value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_return_val_if_fail (G_IS_OBJECT (target), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  g_value_init (&gvalue, G_TYPE_BOOLEAN);
  g_value_set_boolean (&gvalue, value);

  return fw_command_set_property_new (target, property, &gvalue, FALSE);
}

FwCommand *
fw_command_set_strv_new (GObject            *target,
                         const char         *property,
                         const char * const *value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_return_val_if_fail (G_IS_OBJECT (target), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  g_value_init (&gvalue, G_TYPE_STRV);
  g_value_set_boxed (&gvalue, value);

  return fw_command_set_property_new (target, property, &gvalue, FALSE);
}

GObject *
fw_command_get_target (FwCommand *self)
{
  GObject *target;

  g_return_val_if_fail (FW_IS_COMMAND (self), NULL);

  if (!FW_IS_SET_PROPERTY_COMMAND (self))
    return NULL;

  /* The returned pointer is borrowed: the command itself keeps the target alive, or, for
   * the document, whoever holds the document. */
  target = g_weak_ref_get (&FW_SET_PROPERTY_COMMAND (self)->weak_target);
  if (target != NULL)
    g_object_unref (target);

  return target;
}

/* Insert and remove: one item at one position, done in one direction or the other */

#define FW_TYPE_LIST_COMMAND (fw_list_command_get_type ())
G_DECLARE_FINAL_TYPE (FwListCommand, fw_list_command, FW, LIST_COMMAND, FwCommand)

struct _FwListCommand
{
  FwCommand   parent_instance;

  GListStore *store;
  GObject    *item;
  guint       position;
  gboolean    inserts;
};

G_DEFINE_FINAL_TYPE (FwListCommand, fw_list_command, FW_TYPE_COMMAND)

static void
fw_list_command_insert (FwListCommand *self)
{
  g_list_store_insert (self->store, self->position, self->item);
}

static void
fw_list_command_remove (FwListCommand *self)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->store), self->position);

  /* A history that replays out of order would corrupt the document; stop loudly instead. */
  g_return_if_fail (item == self->item);

  g_list_store_remove (self->store, self->position);
}

static void
fw_list_command_apply (FwCommand *command)
{
  FwListCommand *self = FW_LIST_COMMAND (command);

  if (self->inserts)
    fw_list_command_insert (self);
  else
    fw_list_command_remove (self);
}

static void
fw_list_command_revert (FwCommand *command)
{
  FwListCommand *self = FW_LIST_COMMAND (command);

  if (self->inserts)
    fw_list_command_remove (self);
  else
    fw_list_command_insert (self);
}

static void
fw_list_command_finalize (GObject *object)
{
  FwListCommand *self = FW_LIST_COMMAND (object);

  g_clear_object (&self->store);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (fw_list_command_parent_class)->finalize (object);
}

static void
fw_list_command_class_init (FwListCommandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FwCommandClass *command_class = FW_COMMAND_CLASS (klass);

  object_class->finalize = fw_list_command_finalize;

  command_class->apply = fw_list_command_apply;
  command_class->revert = fw_list_command_revert;
}

static void
fw_list_command_init (FwListCommand *self G_GNUC_UNUSED)
{
}

static FwCommand *
fw_list_command_new (GListStore *store,
                     guint       position,
                     gpointer    item,
                     gboolean    inserts)
{
  FwListCommand *self;

  self = g_object_new (FW_TYPE_LIST_COMMAND, NULL);
  self->store = g_object_ref (store);
  self->item = g_object_ref (item);
  self->position = position;
  self->inserts = inserts;

  fw_command_set_label (FW_COMMAND (self), inserts ? _("Add") : _("Remove"));

  return FW_COMMAND (self);
}

FwCommand *
fw_command_insert_new (GListStore *store,
                       guint       position,
                       gpointer    item)
{
  g_return_val_if_fail (G_IS_LIST_STORE (store), NULL);
  g_return_val_if_fail (G_IS_OBJECT (item), NULL);
  g_return_val_if_fail (g_type_is_a (G_OBJECT_TYPE (item),
                                     g_list_model_get_item_type (G_LIST_MODEL (store))),
                        NULL);
  g_return_val_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (store)), NULL);

  return fw_list_command_new (store, position, item, TRUE);
}

FwCommand *
fw_command_remove_new (GListStore *store,
                       guint       position)
{
  g_autoptr(GObject) item = NULL;

  g_return_val_if_fail (G_IS_LIST_STORE (store), NULL);
  g_return_val_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (store)), NULL);

  item = g_list_model_get_item (G_LIST_MODEL (store), position);

  return fw_list_command_new (store, position, item, FALSE);
}

/* Move */

#define FW_TYPE_MOVE_COMMAND (fw_move_command_get_type ())
G_DECLARE_FINAL_TYPE (FwMoveCommand, fw_move_command, FW, MOVE_COMMAND, FwCommand)

struct _FwMoveCommand
{
  FwCommand   parent_instance;

  GListStore *from;
  GListStore *to;
  GObject    *item;
  guint       from_position;
  guint       to_position;
};

G_DEFINE_FINAL_TYPE (FwMoveCommand, fw_move_command, FW_TYPE_COMMAND)

static void
move_item (GListStore *from,
           guint       from_position,
           GListStore *to,
           guint       to_position,
           GObject    *expected)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (from), from_position);

  g_return_if_fail (item == expected);

  g_list_store_remove (from, from_position);
  g_list_store_insert (to, to_position, item);
}

static void
fw_move_command_apply (FwCommand *command)
{
  FwMoveCommand *self = FW_MOVE_COMMAND (command);

  move_item (self->from, self->from_position, self->to, self->to_position, self->item);
}

static void
fw_move_command_revert (FwCommand *command)
{
  FwMoveCommand *self = FW_MOVE_COMMAND (command);

  move_item (self->to, self->to_position, self->from, self->from_position, self->item);
}

static void
fw_move_command_finalize (GObject *object)
{
  FwMoveCommand *self = FW_MOVE_COMMAND (object);

  g_clear_object (&self->from);
  g_clear_object (&self->to);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (fw_move_command_parent_class)->finalize (object);
}

static void
fw_move_command_class_init (FwMoveCommandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FwCommandClass *command_class = FW_COMMAND_CLASS (klass);

  object_class->finalize = fw_move_command_finalize;

  command_class->apply = fw_move_command_apply;
  command_class->revert = fw_move_command_revert;
}

static void
fw_move_command_init (FwMoveCommand *self G_GNUC_UNUSED)
{
}

FwCommand *
fw_command_move_new (GListStore *from,
                     guint       from_position,
                     GListStore *to,
                     guint       to_position)
{
  FwMoveCommand *self;
  guint to_n_items;

  g_return_val_if_fail (G_IS_LIST_STORE (from), NULL);
  g_return_val_if_fail (G_IS_LIST_STORE (to), NULL);
  g_return_val_if_fail (from_position < g_list_model_get_n_items (G_LIST_MODEL (from)), NULL);

  /* Within one store the target position counts the items left after the removal. */
  to_n_items = g_list_model_get_n_items (G_LIST_MODEL (to));
  if (from == to)
    to_n_items--;
  g_return_val_if_fail (to_position <= to_n_items, NULL);

  self = g_object_new (FW_TYPE_MOVE_COMMAND, NULL);
  self->from = g_object_ref (from);
  self->to = g_object_ref (to);
  self->item = g_list_model_get_item (G_LIST_MODEL (from), from_position);
  self->from_position = from_position;
  self->to_position = to_position;

  if (!g_type_is_a (G_OBJECT_TYPE (self->item), g_list_model_get_item_type (G_LIST_MODEL (to))))
    {
      g_critical ("Cannot move a %s into a list of %s",
                  G_OBJECT_TYPE_NAME (self->item),
                  g_type_name (g_list_model_get_item_type (G_LIST_MODEL (to))));
      g_object_unref (self);
      return NULL;
    }

  fw_command_set_label (FW_COMMAND (self), _("Move"));

  return FW_COMMAND (self);
}

/* Group */

#define FW_TYPE_GROUP_COMMAND (fw_group_command_get_type ())
G_DECLARE_FINAL_TYPE (FwGroupCommand, fw_group_command, FW, GROUP_COMMAND, FwCommand)

struct _FwGroupCommand
{
  FwCommand  parent_instance;

  GPtrArray *commands;
};

G_DEFINE_FINAL_TYPE (FwGroupCommand, fw_group_command, FW_TYPE_COMMAND)

static void
fw_group_command_apply (FwCommand *command)
{
  FwGroupCommand *self = FW_GROUP_COMMAND (command);

  for (guint i = 0; i < self->commands->len; i++)
    fw_command_apply (g_ptr_array_index (self->commands, i));
}

static void
fw_group_command_revert (FwCommand *command)
{
  FwGroupCommand *self = FW_GROUP_COMMAND (command);

  for (guint i = self->commands->len; i > 0; i--)
    fw_command_revert (g_ptr_array_index (self->commands, i - 1));
}

static void
fw_group_command_finalize (GObject *object)
{
  FwGroupCommand *self = FW_GROUP_COMMAND (object);

  g_clear_pointer (&self->commands, g_ptr_array_unref);

  G_OBJECT_CLASS (fw_group_command_parent_class)->finalize (object);
}

static void
fw_group_command_class_init (FwGroupCommandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FwCommandClass *command_class = FW_COMMAND_CLASS (klass);

  object_class->finalize = fw_group_command_finalize;

  command_class->apply = fw_group_command_apply;
  command_class->revert = fw_group_command_revert;
}

static void
fw_group_command_init (FwGroupCommand *self)
{
  self->commands = g_ptr_array_new_with_free_func (g_object_unref);
}

FwCommand *
fw_command_group_new (const char *label)
{
  FwCommand *self = g_object_new (FW_TYPE_GROUP_COMMAND, NULL);

  fw_command_set_label (self, label);

  return self;
}

/**
 * fw_command_group_add:
 *
 * Takes over the caller's reference to @command, as fw_history_run() does. Commands in a group are not applied when added: the
 * history applies the whole group when it runs it. Each command captures what it needs
 * (old values, removed items) when it is created, so create all of them against the
 * document as it stands before the group runs; for several removals from one store, add
 * them from the highest position down.
 */
void
fw_command_group_add (FwCommand *group,
                      FwCommand *command)
{
  g_return_if_fail (FW_IS_GROUP_COMMAND (group));
  g_return_if_fail (FW_IS_COMMAND (command));
  g_return_if_fail (group != command);

  g_ptr_array_add (FW_GROUP_COMMAND (group)->commands, command);
}

guint
fw_command_group_get_size (FwCommand *group)
{
  g_return_val_if_fail (FW_IS_GROUP_COMMAND (group), 0);

  return FW_GROUP_COMMAND (group)->commands->len;
}
