/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-history.h"

#define DEFAULT_MERGE_INTERVAL_MSEC 1000
#define NO_CLEAN_POINT              (-1)

struct _FwHistory
{
  GObject    parent_instance;

  /* Both hold FwCommand; the last element is the top. */
  GPtrArray *undo_stack;
  GPtrArray *redo_stack;

  /* The undo depth at which the document matched its saved file, or NO_CLEAN_POINT when
   * that state was discarded together with the redo stack. */
  gint64     clean_depth;
  gboolean   forced_dirty;

  gint64     last_run_usec;
  guint      merge_interval_msec;
  gboolean   merge_broken;
  gboolean   busy;
  guint64    generation;
};

G_DEFINE_FINAL_TYPE (FwHistory, fw_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_DIRTY,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_MERGE_INTERVAL,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* What the read-only properties looked like before a change, to notify only real changes. */
typedef struct
{
  gboolean  can_undo;
  gboolean  can_redo;
  gboolean  dirty;
  char     *undo_label;
  char     *redo_label;
} FwHistoryState;

static void
fw_history_state_save (FwHistory      *self,
                       FwHistoryState *state)
{
  state->can_undo = fw_history_can_undo (self);
  state->can_redo = fw_history_can_redo (self);
  state->dirty = fw_history_get_dirty (self);
  state->undo_label = g_strdup (fw_history_get_undo_label (self));
  state->redo_label = g_strdup (fw_history_get_redo_label (self));
}

static void
fw_history_state_notify (FwHistory      *self,
                         FwHistoryState *state)
{
  GObject *object = G_OBJECT (self);

  if (state->can_undo != fw_history_can_undo (self))
    g_object_notify_by_pspec (object, properties[PROP_CAN_UNDO]);
  if (state->can_redo != fw_history_can_redo (self))
    g_object_notify_by_pspec (object, properties[PROP_CAN_REDO]);
  if (state->dirty != fw_history_get_dirty (self))
    g_object_notify_by_pspec (object, properties[PROP_DIRTY]);
  if (g_strcmp0 (state->undo_label, fw_history_get_undo_label (self)) != 0)
    g_object_notify_by_pspec (object, properties[PROP_UNDO_LABEL]);
  if (g_strcmp0 (state->redo_label, fw_history_get_redo_label (self)) != 0)
    g_object_notify_by_pspec (object, properties[PROP_REDO_LABEL]);

  g_clear_pointer (&state->undo_label, g_free);
  g_clear_pointer (&state->redo_label, g_free);
}

static FwCommand *
stack_top (GPtrArray *stack)
{
  if (stack->len == 0)
    return NULL;

  return g_ptr_array_index (stack, stack->len - 1);
}

static void
fw_history_finalize (GObject *object)
{
  FwHistory *self = FW_HISTORY (object);

  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);

  G_OBJECT_CLASS (fw_history_parent_class)->finalize (object);
}

static void
fw_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  FwHistory *self = FW_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, fw_history_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, fw_history_can_redo (self));
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, fw_history_get_dirty (self));
      break;

    case PROP_UNDO_LABEL:
      g_value_set_string (value, fw_history_get_undo_label (self));
      break;

    case PROP_REDO_LABEL:
      g_value_set_string (value, fw_history_get_redo_label (self));
      break;

    case PROP_MERGE_INTERVAL:
      g_value_set_uint (value, self->merge_interval_msec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_history_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  FwHistory *self = FW_HISTORY (object);

  switch (prop_id)
    {
    case PROP_MERGE_INTERVAL:
      fw_history_set_merge_interval (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_history_class_init (FwHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fw_history_finalize;
  object_class->get_property = fw_history_get_property;
  object_class->set_property = fw_history_set_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_MERGE_INTERVAL] =
    g_param_spec_uint ("merge-interval", NULL, NULL,
                       0, G_MAXUINT, DEFAULT_MERGE_INTERVAL_MSEC,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
fw_history_init (FwHistory *self)
{
  self->undo_stack = g_ptr_array_new_with_free_func (g_object_unref);
  self->redo_stack = g_ptr_array_new_with_free_func (g_object_unref);
  self->merge_interval_msec = DEFAULT_MERGE_INTERVAL_MSEC;
}

FwHistory *
fw_history_new (void)
{
  return g_object_new (FW_TYPE_HISTORY, NULL);
}

static gboolean
fw_history_may_merge (FwHistory *self,
                      gint64     now_usec)
{
  if (self->merge_broken || self->undo_stack->len == 0)
    return FALSE;

  /* After a save the next edit starts a new step, so undo can return to the saved state. */
  if (self->clean_depth == (gint64) self->undo_stack->len)
    return FALSE;

  return now_usec - self->last_run_usec < (gint64) self->merge_interval_msec * 1000;
}

/**
 * fw_history_run:
 *
 * Applies @command and records it. The history takes over the caller's reference, so
 * `fw_history_run (history, fw_command_…_new (…))` needs no unref; the caller must not use
 * @command afterwards, since it may have been merged into the previous step and freed.
 */
void
fw_history_run (FwHistory *self,
                FwCommand *command)
{
  FwHistoryState state;
  gint64 now_usec;

  g_return_if_fail (FW_IS_HISTORY (self));
  g_return_if_fail (FW_IS_COMMAND (command));
  g_return_if_fail (!self->busy);

  fw_history_state_save (self, &state);

  self->busy = TRUE;
  fw_command_apply (command);
  self->busy = FALSE;

  if (self->clean_depth > (gint64) self->undo_stack->len)
    self->clean_depth = NO_CLEAN_POINT;
  g_ptr_array_set_size (self->redo_stack, 0);

  now_usec = g_get_monotonic_time ();
  if (fw_history_may_merge (self, now_usec) &&
      fw_command_merge (stack_top (self->undo_stack), command))
    g_object_unref (command);
  else
    g_ptr_array_add (self->undo_stack, command);

  self->last_run_usec = now_usec;
  self->merge_broken = FALSE;
  self->generation++;

  fw_history_state_notify (self, &state);
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
fw_history_step (FwHistory *self,
                 gboolean   undo)
{
  GPtrArray *from = undo ? self->undo_stack : self->redo_stack;
  GPtrArray *to = undo ? self->redo_stack : self->undo_stack;
  FwHistoryState state;
  FwCommand *command;

  g_return_val_if_fail (!self->busy, FALSE);

  if (from->len == 0)
    return FALSE;

  fw_history_state_save (self, &state);
  command = g_ptr_array_steal_index (from, from->len - 1);

  self->busy = TRUE;
  if (undo)
    fw_command_revert (command);
  else
    fw_command_apply (command);
  self->busy = FALSE;

  g_ptr_array_add (to, command);
  self->merge_broken = TRUE;
  self->generation++;

  fw_history_state_notify (self, &state);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

gboolean
fw_history_undo (FwHistory *self)
{
  g_return_val_if_fail (FW_IS_HISTORY (self), FALSE);

  return fw_history_step (self, TRUE);
}

gboolean
fw_history_redo (FwHistory *self)
{
  g_return_val_if_fail (FW_IS_HISTORY (self), FALSE);

  return fw_history_step (self, FALSE);
}

gboolean
fw_history_can_undo (FwHistory *self)
{
  g_return_val_if_fail (FW_IS_HISTORY (self), FALSE);

  return self->undo_stack->len > 0;
}

gboolean
fw_history_can_redo (FwHistory *self)
{
  g_return_val_if_fail (FW_IS_HISTORY (self), FALSE);

  return self->redo_stack->len > 0;
}

const char *
fw_history_get_undo_label (FwHistory *self)
{
  FwCommand *top;

  g_return_val_if_fail (FW_IS_HISTORY (self), NULL);

  top = stack_top (self->undo_stack);

  return top != NULL ? fw_command_get_label (top) : NULL;
}

const char *
fw_history_get_redo_label (FwHistory *self)
{
  FwCommand *top;

  g_return_val_if_fail (FW_IS_HISTORY (self), NULL);

  top = stack_top (self->redo_stack);

  return top != NULL ? fw_command_get_label (top) : NULL;
}

void
fw_history_mark_clean (FwHistory *self)
{
  gboolean was_dirty;

  g_return_if_fail (FW_IS_HISTORY (self));

  was_dirty = fw_history_get_dirty (self);
  self->clean_depth = self->undo_stack->len;
  self->forced_dirty = FALSE;
  self->merge_broken = TRUE;

  if (was_dirty)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

void
fw_history_mark_dirty (FwHistory *self)
{
  gboolean was_dirty;

  g_return_if_fail (FW_IS_HISTORY (self));

  was_dirty = fw_history_get_dirty (self);
  self->forced_dirty = TRUE;

  if (!was_dirty)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

gboolean
fw_history_get_dirty (FwHistory *self)
{
  g_return_val_if_fail (FW_IS_HISTORY (self), FALSE);

  return self->forced_dirty || self->clean_depth != (gint64) self->undo_stack->len;
}

void
fw_history_break_merge (FwHistory *self)
{
  g_return_if_fail (FW_IS_HISTORY (self));

  self->merge_broken = TRUE;
}

void
fw_history_set_merge_interval (FwHistory *self,
                               guint      msec)
{
  g_return_if_fail (FW_IS_HISTORY (self));

  if (self->merge_interval_msec != msec)
    {
      self->merge_interval_msec = msec;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MERGE_INTERVAL]);
    }
}

guint64
fw_history_get_generation (FwHistory *self)
{
  g_return_val_if_fail (FW_IS_HISTORY (self), 0);

  return self->generation;
}
