/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-correction.h"
#include "fw-strings.h"
#include "fw-types.h"

struct _FwCorrectionReply
{
  GObject  parent_instance;

  char    *author;
  char    *time;
  char    *text;
};

G_DEFINE_FINAL_TYPE (FwCorrectionReply, fw_correction_reply, G_TYPE_OBJECT)

static void
fw_correction_reply_finalize (GObject *object)
{
  FwCorrectionReply *self = FW_CORRECTION_REPLY (object);

  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->time, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (fw_correction_reply_parent_class)->finalize (object);
}

static void
fw_correction_reply_class_init (FwCorrectionReplyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fw_correction_reply_finalize;
}

static void
fw_correction_reply_init (FwCorrectionReply *self)
{
}

FwCorrectionReply *
fw_correction_reply_new (const char *author,
                         const char *time,
                         const char *text)
{
  FwCorrectionReply *self = g_object_new (FW_TYPE_CORRECTION_REPLY, NULL);

  self->author = g_strdup (author != NULL ? author : "");
  self->time = g_strdup (time != NULL ? time : "");
  self->text = g_strdup (text != NULL ? text : "");
  return self;
}

const char *
fw_correction_reply_get_author (FwCorrectionReply *self)
{
  g_return_val_if_fail (FW_IS_CORRECTION_REPLY (self), NULL);
  return self->author;
}

const char *
fw_correction_reply_get_time (FwCorrectionReply *self)
{
  g_return_val_if_fail (FW_IS_CORRECTION_REPLY (self), NULL);
  return self->time;
}

const char *
fw_correction_reply_get_text (FwCorrectionReply *self)
{
  g_return_val_if_fail (FW_IS_CORRECTION_REPLY (self), NULL);
  return self->text;
}

/* The string properties that change, first in the enum so a property id maps to its slot. */
enum {
  PROP_0,
  PROP_KIND,
  PROP_CURRENT,
  PROP_PROPOSED,
  PROP_RATIONALE,
  PROP_REVIEWER,
  PROP_CREATED,
  PROP_UPDATED,
  PROP_STATUS,
  PROP_ID,
  PROP_ITEM_TYPE,
  PROP_ITEM_ID,
  PROP_EVIDENCE,
  PROP_APPLIED,
  N_PROPS
};

#define FIRST_STRING PROP_KIND
#define N_STRINGS    (PROP_ID - FIRST_STRING)

struct _FwCorrection
{
  GObject      parent_instance;

  char        *id;
  char        *item_type;
  char        *item_id;
  char        *strings[N_STRINGS];
  char       **evidence;
  gboolean     applied;
  GListStore  *replies;
};

G_DEFINE_FINAL_TYPE (FwCorrection, fw_correction, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static const char * const string_names[N_STRINGS] = {
  "kind", "current", "proposed", "rationale", "reviewer", "created", "updated", "status",
};

static const char * const item_types[] = {
  FW_CORRECTION_ITEM_TASK, FW_CORRECTION_ITEM_TITLE, FW_CORRECTION_ITEM_TECHNOLOGY,
  FW_CORRECTION_ITEM_WORK_STYLE, FW_CORRECTION_ITEM_SKILL, FW_CORRECTION_ITEM_KNOWLEDGE,
  FW_CORRECTION_ITEM_ABILITY, FW_CORRECTION_ITEM_CIP_CODE, FW_CORRECTION_ITEM_JOB_ZONE,
  FW_CORRECTION_ITEM_APPRENTICESHIP, FW_CORRECTION_ITEM_STATEMENT, FW_CORRECTION_ITEM_NEW_TASK,
  NULL
};

static const char * const kinds[] = {
  "outdated", "inaccurate", "wrong-occupation", "duplicate", "missing", "other", NULL
};

static const char * const statuses[] = { "open", "accepted", "rejected", "submitted", NULL };

static const struct { const char *value; const char *label; } value_labels[] = {
  { "task", N_("Task") },
  { "title", N_("Related Title") },
  { "technology", N_("Technology") },
  { "work-style", N_("Work Style") },
  { "skill", N_("Skill") },
  { "knowledge", N_("Knowledge") },
  { "ability", N_("Ability") },
  { "cip-code", N_("CIP Code") },
  { "job-zone", N_("Job Zone") },
  { "apprenticeship", N_("Apprenticeship") },
  { "statement", N_("Statement") },
  { "new-task", N_("New Task") },
  { "outdated", N_("Outdated") },
  { "inaccurate", N_("Inaccurate") },
  { "wrong-occupation", N_("Wrong Occupation") },
  { "duplicate", N_("Duplicate") },
  { "missing", N_("Missing") },
  { "other", N_("Other") },
  { "open", N_("Open") },
  { "accepted", N_("Accepted") },
  { "rejected", N_("Rejected") },
  { "submitted", N_("Submitted") },
};

static void
fw_correction_finalize (GObject *object)
{
  FwCorrection *self = FW_CORRECTION (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->item_type, g_free);
  g_clear_pointer (&self->item_id, g_free);
  for (guint i = 0; i < N_STRINGS; i++)
    g_clear_pointer (&self->strings[i], g_free);
  g_clear_pointer (&self->evidence, g_strfreev);
  g_clear_object (&self->replies);

  G_OBJECT_CLASS (fw_correction_parent_class)->finalize (object);
}

static void
fw_correction_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FwCorrection *self = FW_CORRECTION (object);

  if (prop_id >= FIRST_STRING && prop_id < FIRST_STRING + N_STRINGS)
    g_value_set_string (value, self->strings[prop_id - FIRST_STRING]);
  else if (prop_id == PROP_ID)
    g_value_set_string (value, self->id);
  else if (prop_id == PROP_ITEM_TYPE)
    g_value_set_string (value, self->item_type);
  else if (prop_id == PROP_ITEM_ID)
    g_value_set_string (value, self->item_id);
  else if (prop_id == PROP_EVIDENCE)
    g_value_set_boxed (value, self->evidence);
  else if (prop_id == PROP_APPLIED)
    g_value_set_boolean (value, self->applied);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
set_evidence (FwCorrection       *self,
              const char * const *evidence)
{
  static const char * const empty[] = { NULL };

  if (evidence == NULL)
    evidence = empty;
  if (g_strv_equal ((const char * const *) self->evidence, evidence))
    return;

  g_strfreev (self->evidence);
  self->evidence = g_strdupv ((char **) evidence);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVIDENCE]);
}

static void
fw_correction_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FwCorrection *self = FW_CORRECTION (object);

  if (prop_id >= FIRST_STRING && prop_id < FIRST_STRING + N_STRINGS)
    {
      const char *str = g_value_get_string (value);

      if (fw_replace_string (&self->strings[prop_id - FIRST_STRING], str != NULL ? str : ""))
        g_object_notify_by_pspec (object, pspec);
    }
  else if (prop_id == PROP_ID)
    {
      g_free (self->id);
      self->id = g_value_dup_string (value);
    }
  else if (prop_id == PROP_ITEM_TYPE)
    {
      g_free (self->item_type);
      self->item_type = g_strdup (g_value_get_string (value) ?: FW_CORRECTION_ITEM_TASK);
    }
  else if (prop_id == PROP_ITEM_ID)
    {
      g_free (self->item_id);
      self->item_id = g_strdup (g_value_get_string (value) ?: "");
    }
  else if (prop_id == PROP_EVIDENCE)
    {
      set_evidence (self, g_value_get_boxed (value));
    }
  else if (prop_id == PROP_APPLIED)
    {
      gboolean applied = g_value_get_boolean (value);

      if (applied != self->applied)
        {
          self->applied = applied;
          g_object_notify_by_pspec (object, pspec);
        }
    }
  else
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_correction_class_init (FwCorrectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                             G_PARAM_EXPLICIT_NOTIFY);
  const GParamFlags construct_flags = (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                       G_PARAM_STATIC_STRINGS);

  object_class->finalize = fw_correction_finalize;
  object_class->get_property = fw_correction_get_property;
  object_class->set_property = fw_correction_set_property;

  for (guint i = 0; i < N_STRINGS; i++)
    properties[FIRST_STRING + i] = g_param_spec_string (string_names[i], NULL, NULL, "", flags);
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, construct_flags);
  properties[PROP_ITEM_TYPE] = g_param_spec_string ("item-type", NULL, NULL,
                                                    FW_CORRECTION_ITEM_TASK, construct_flags);
  properties[PROP_ITEM_ID] = g_param_spec_string ("item-id", NULL, NULL, "", construct_flags);
  properties[PROP_EVIDENCE] = g_param_spec_boxed ("evidence", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_APPLIED] = g_param_spec_boolean ("applied", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fw_correction_init (FwCorrection *self)
{
  for (guint i = 0; i < N_STRINGS; i++)
    self->strings[i] = g_strdup ("");
  g_free (self->strings[PROP_STATUS - FIRST_STRING]);
  self->strings[PROP_STATUS - FIRST_STRING] = g_strdup ("open");
  g_free (self->strings[PROP_KIND - FIRST_STRING]);
  self->strings[PROP_KIND - FIRST_STRING] = g_strdup ("other");
  self->evidence = g_new0 (char *, 1);
  self->replies = g_list_store_new (FW_TYPE_CORRECTION_REPLY);
}

FwCorrection *
fw_correction_new_with_id (const char *id,
                           const char *item_type,
                           const char *item_id)
{
  g_return_val_if_fail (id != NULL && id[0] != '\0', NULL);
  g_return_val_if_fail (fw_correction_is_item_type (item_type), NULL);

  return g_object_new (FW_TYPE_CORRECTION,
                       "id", id,
                       "item-type", item_type,
                       "item-id", item_id != NULL ? item_id : "",
                       NULL);
}

FwCorrection *
fw_correction_new (const char *item_type,
                   const char *item_id)
{
  g_autofree char *id = fw_id_new_random ("cr");

  return fw_correction_new_with_id (id, item_type, item_id);
}

#define STRING_GETTER(name, PROP) \
  const char * \
  fw_correction_get_##name (FwCorrection *self) \
  { \
    g_return_val_if_fail (FW_IS_CORRECTION (self), NULL); \
    return self->strings[PROP - FIRST_STRING]; \
  }

STRING_GETTER (kind, PROP_KIND)
STRING_GETTER (current, PROP_CURRENT)
STRING_GETTER (proposed, PROP_PROPOSED)
STRING_GETTER (rationale, PROP_RATIONALE)
STRING_GETTER (reviewer, PROP_REVIEWER)
STRING_GETTER (created, PROP_CREATED)
STRING_GETTER (updated, PROP_UPDATED)
STRING_GETTER (status, PROP_STATUS)

const char *
fw_correction_get_id (FwCorrection *self)
{
  g_return_val_if_fail (FW_IS_CORRECTION (self), NULL);
  return self->id;
}

const char *
fw_correction_get_item_type (FwCorrection *self)
{
  g_return_val_if_fail (FW_IS_CORRECTION (self), NULL);
  return self->item_type;
}

const char *
fw_correction_get_item_id (FwCorrection *self)
{
  g_return_val_if_fail (FW_IS_CORRECTION (self), NULL);
  return self->item_id;
}

const char * const *
fw_correction_get_evidence (FwCorrection *self)
{
  g_return_val_if_fail (FW_IS_CORRECTION (self), NULL);
  return (const char * const *) self->evidence;
}

gboolean
fw_correction_get_applied (FwCorrection *self)
{
  g_return_val_if_fail (FW_IS_CORRECTION (self), FALSE);
  return self->applied;
}

GListStore *
fw_correction_get_replies (FwCorrection *self)
{
  g_return_val_if_fail (FW_IS_CORRECTION (self), NULL);
  return self->replies;
}

gboolean
fw_correction_item_has_id (const char *item_type)
{
  return g_strcmp0 (item_type, FW_CORRECTION_ITEM_JOB_ZONE) != 0 &&
         g_strcmp0 (item_type, FW_CORRECTION_ITEM_NEW_TASK) != 0;
}

const char * const *
fw_correction_item_types (void)
{
  return item_types;
}

const char * const *
fw_correction_kinds (void)
{
  return kinds;
}

const char * const *
fw_correction_statuses (void)
{
  return statuses;
}

gboolean
fw_correction_is_item_type (const char *value)
{
  return value != NULL && g_strv_contains (item_types, value);
}

gboolean
fw_correction_is_kind (const char *value)
{
  return value != NULL && g_strv_contains (kinds, value);
}

gboolean
fw_correction_is_status (const char *value)
{
  return value != NULL && g_strv_contains (statuses, value);
}

const char *
fw_correction_value_label (const char *value)
{
  for (guint i = 0; i < G_N_ELEMENTS (value_labels); i++)
    {
      if (g_strcmp0 (value, value_labels[i].value) == 0)
        return g_dgettext (GETTEXT_PACKAGE, value_labels[i].label);
    }
  return value;
}

char *
fw_correction_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

gboolean
fw_correction_is_time (const char *text)
{
  g_autoptr(GDateTime) parsed = NULL;

  if (text == NULL || !g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:"
                                             "[0-9]{2}(\\.[0-9]{1,9})?Z$", text,
                                             G_REGEX_DOLLAR_ENDONLY, 0))
    return FALSE;

  parsed = g_date_time_new_from_iso8601 (text, NULL);
  return parsed != NULL;
}

gboolean
fw_correction_is_id (const char *id)
{
  return id != NULL && g_regex_match_simple ("^cr-[0-9a-f]{12}$", id, G_REGEX_DOLLAR_ENDONLY, 0);
}
