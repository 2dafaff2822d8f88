/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "fw-evidence.h"
#include "fw-strings.h"

/* Numbers first, then strings, so that a property id maps straight to its slot. */
enum {
  PROP_0,
  PROP_TASK_OBSERVATIONS,
  PROP_AUGMENT_SHARE,
  PROP_TIME_SAVED,
  PROP_AI_AUTONOMY,
  PROP_SAFI_SCORE,
  PROP_TOP_SKILL,
  PROP_QUADRANT,
  PROP_PRECISION,
  PROP_WEF_LABEL,
  PROP_WEF_ID,
  N_PROPS
};

#define FIRST_NUMBER PROP_TASK_OBSERVATIONS
#define FIRST_STRING PROP_TOP_SKILL
#define N_NUMBERS    (FIRST_STRING - FIRST_NUMBER)
#define N_STRINGS    (N_PROPS - FIRST_STRING)

struct _FwEvidence
{
  GObject  parent_instance;

  double   numbers[N_NUMBERS];
  char    *strings[N_STRINGS];
};

G_DEFINE_FINAL_TYPE (FwEvidence, fw_evidence, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static const char * const known_quadrants[] = {
  "Q1_human_led",
  "Q2_ai_augmented",
  "Q3_ai_automated",
  "Q4_low_exposure",
  NULL
};

static const char * const known_precisions[] = {
  "exact",
  "approximate",
  "inferred",
  NULL
};

static gboolean
is_number_prop (guint prop_id)
{
  return prop_id >= FIRST_NUMBER && prop_id < FIRST_STRING;
}

static gboolean
is_string_prop (guint prop_id)
{
  return prop_id >= FIRST_STRING && prop_id < N_PROPS;
}

static gboolean
same_number (double a,
             double b)
{
  return a == b || (isnan (a) && isnan (b));
}

static void
fw_evidence_finalize (GObject *object)
{
  FwEvidence *self = FW_EVIDENCE (object);

  for (guint i = 0; i < N_STRINGS; i++)
    g_clear_pointer (&self->strings[i], g_free);

  G_OBJECT_CLASS (fw_evidence_parent_class)->finalize (object);
}

static void
fw_evidence_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FwEvidence *self = FW_EVIDENCE (object);

  if (is_number_prop (prop_id))
    g_value_set_double (value, self->numbers[prop_id - FIRST_NUMBER]);
  else if (is_string_prop (prop_id))
    g_value_set_string (value, self->strings[prop_id - FIRST_STRING]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
fw_evidence_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  FwEvidence *self = FW_EVIDENCE (object);

  if (is_number_prop (prop_id))
    {
      double *slot = &self->numbers[prop_id - FIRST_NUMBER];
      double number = g_value_get_double (value);

      if (!same_number (*slot, number))
        {
          *slot = number;
          g_object_notify_by_pspec (object, pspec);
        }
    }
  else if (is_string_prop (prop_id))
    {
      char **slot = &self->strings[prop_id - FIRST_STRING];
      const char *str = g_value_get_string (value);

      if (fw_replace_string (slot, str))
        g_object_notify_by_pspec (object, pspec);
    }
  else
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/*
 * g_param_spec_double() refuses a NAN default, and strict validation rejects NAN when it is
 * set (NAN compares unequal to itself, so the clamped value looks "changed"). Absent numbers
 * must round-trip through g_object_set_property() for undo, hence the patched default and
 * G_PARAM_LAX_VALIDATION, which still clamps finite values into range.
 */
static GParamSpec *
number_param_spec (const char *name,
                   const char *nick)
{
  GParamSpec *pspec;

  pspec = g_param_spec_double (name, nick, NULL,
                               -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                               (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                                G_PARAM_EXPLICIT_NOTIFY | G_PARAM_LAX_VALIDATION));
  G_PARAM_SPEC_DOUBLE (pspec)->default_value = NAN;

  return pspec;
}

static GParamSpec *
string_param_spec (const char *name,
                   const char *nick)
{
  return g_param_spec_string (name, nick, NULL,
                              NULL,
                              (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                               G_PARAM_EXPLICIT_NOTIFY));
}

static void
fw_evidence_class_init (FwEvidenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fw_evidence_finalize;
  object_class->get_property = fw_evidence_get_property;
  object_class->set_property = fw_evidence_set_property;

  properties[PROP_TASK_OBSERVATIONS] = number_param_spec ("task-observations",
                                                          N_("Task Observations"));
  properties[PROP_AUGMENT_SHARE] = number_param_spec ("augment-share", N_("Augment Share"));
  properties[PROP_TIME_SAVED] = number_param_spec ("time-saved", N_("Time Saved"));
  properties[PROP_AI_AUTONOMY] = number_param_spec ("ai-autonomy", N_("AI Autonomy"));
  properties[PROP_SAFI_SCORE] = number_param_spec ("safi-score", N_("SAFI Score"));
  properties[PROP_TOP_SKILL] = string_param_spec ("top-skill", N_("Top Skill"));
  properties[PROP_QUADRANT] = string_param_spec ("quadrant", N_("Quadrant"));
  properties[PROP_PRECISION] = string_param_spec ("precision", N_("Precision"));
  properties[PROP_WEF_LABEL] = string_param_spec ("wef-label", N_("WEF Cluster"));
  properties[PROP_WEF_ID] = string_param_spec ("wef-id", N_("WEF Cluster Id"));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fw_evidence_init (FwEvidence *self)
{
  for (guint i = 0; i < N_NUMBERS; i++)
    self->numbers[i] = NAN;
}

FwEvidence *
fw_evidence_new (void)
{
  return g_object_new (FW_TYPE_EVIDENCE, NULL);
}

static guint
fw_evidence_lookup (const char *property)
{
  for (guint i = 1; i < N_PROPS; i++)
    {
      if (g_strcmp0 (g_param_spec_get_name (properties[i]), property) == 0)
        return i;
    }

  return PROP_0;
}

gboolean
fw_evidence_has (FwEvidence *self,
                 const char *property)
{
  guint prop_id;

  g_return_val_if_fail (FW_IS_EVIDENCE (self), FALSE);
  g_return_val_if_fail (property != NULL, FALSE);

  prop_id = fw_evidence_lookup (property);
  g_return_val_if_fail (prop_id != PROP_0, FALSE);

  if (is_number_prop (prop_id))
    return !isnan (self->numbers[prop_id - FIRST_NUMBER]);

  return self->strings[prop_id - FIRST_STRING] != NULL;
}

gboolean
fw_evidence_is_empty (FwEvidence *self)
{
  g_return_val_if_fail (FW_IS_EVIDENCE (self), TRUE);

  for (guint i = 0; i < N_NUMBERS; i++)
    {
      if (!isnan (self->numbers[i]))
        return FALSE;
    }

  for (guint i = 0; i < N_STRINGS; i++)
    {
      if (self->strings[i] != NULL)
        return FALSE;
    }

  return TRUE;
}

double
fw_evidence_get_number (FwEvidence *self,
                        const char *property)
{
  guint prop_id;

  g_return_val_if_fail (FW_IS_EVIDENCE (self), NAN);
  g_return_val_if_fail (property != NULL, NAN);

  prop_id = fw_evidence_lookup (property);
  g_return_val_if_fail (is_number_prop (prop_id), NAN);

  return self->numbers[prop_id - FIRST_NUMBER];
}

const char *
fw_evidence_get_string (FwEvidence *self,
                        const char *property)
{
  guint prop_id;

  g_return_val_if_fail (FW_IS_EVIDENCE (self), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  prop_id = fw_evidence_lookup (property);
  g_return_val_if_fail (is_string_prop (prop_id), NULL);

  return self->strings[prop_id - FIRST_STRING];
}

const char * const *
fw_evidence_known_quadrants (void)
{
  return known_quadrants;
}

const char * const *
fw_evidence_known_precisions (void)
{
  return known_precisions;
}
