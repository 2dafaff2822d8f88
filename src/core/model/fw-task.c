/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-task.h"
#include "fw-strings.h"
#include "fw-types.h"

struct _FwTask
{
  GObject  parent_instance;

  char    *id;
  char    *task_id;
  char    *text;
  char    *task_type;
};

G_DEFINE_FINAL_TYPE (FwTask, fw_task, G_TYPE_OBJECT)

enum {
  TASK_PROP_0,
  TASK_PROP_TASK_ID,
  TASK_PROP_TEXT,
  TASK_PROP_TASK_TYPE,
  TASK_N_PROPS
};

static GParamSpec *task_properties[TASK_N_PROPS];

static void
fw_task_finalize (GObject *object)
{
  FwTask *self = FW_TASK (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->task_id, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->task_type, g_free);

  G_OBJECT_CLASS (fw_task_parent_class)->finalize (object);
}

static void
fw_task_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  FwTask *self = FW_TASK (object);

  switch (prop_id)
    {
    case TASK_PROP_TASK_ID:
      g_value_set_string (value, self->task_id);
      break;

    case TASK_PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case TASK_PROP_TASK_TYPE:
      g_value_set_string (value, self->task_type);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_task_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  FwTask *self = FW_TASK (object);
  const char *str = g_value_get_string (value);

  switch (prop_id)
    {
    case TASK_PROP_TASK_ID:
      if (fw_replace_string (&self->task_id, str))
        g_object_notify_by_pspec (object, pspec);
      break;

    case TASK_PROP_TEXT:
      if (fw_replace_string (&self->text, str != NULL ? str : ""))
        g_object_notify_by_pspec (object, pspec);
      break;

    case TASK_PROP_TASK_TYPE:
      if (fw_replace_string (&self->task_type, str != NULL && *str != '\0' ? str : NULL))
        g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_task_class_init (FwTaskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fw_task_finalize;
  object_class->get_property = fw_task_get_property;
  object_class->set_property = fw_task_set_property;

  task_properties[TASK_PROP_TASK_ID] =
    g_param_spec_string ("task-id", N_("Task Id"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  task_properties[TASK_PROP_TEXT] =
    g_param_spec_string ("text", N_("Task Text"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  task_properties[TASK_PROP_TASK_TYPE] =
    g_param_spec_string ("task-type", N_("Task Type"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, TASK_N_PROPS, task_properties);
}

static void
fw_task_init (FwTask *self)
{
  /* The O*NET task id may be missing, repeated or edited: rows and findings use this one. */
  self->id = fw_id_new_random ("task");
  self->text = g_strdup ("");
}

FwTask *
fw_task_new (const char *task_id,
             const char *text)
{
  return g_object_new (FW_TYPE_TASK,
                       "task-id", task_id,
                       "text", text,
                       NULL);
}

/* Made with the task and never saved, like fw_domain_get_id (). */
const char *
fw_task_get_id (FwTask *self)
{
  g_return_val_if_fail (FW_IS_TASK (self), NULL);

  return self->id;
}

const char *
fw_task_get_task_id (FwTask *self)
{
  g_return_val_if_fail (FW_IS_TASK (self), NULL);

  return self->task_id;
}

const char *
fw_task_get_text (FwTask *self)
{
  g_return_val_if_fail (FW_IS_TASK (self), NULL);

  return self->text;
}

const char *
fw_task_get_task_type (FwTask *self)
{
  g_return_val_if_fail (FW_IS_TASK (self), NULL);

  return self->task_type;
}
