/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "fw-rules-private.h"

/* The evidence pack (FW-EVD-001 … FW-EVD-007). Absent values are never reported. */

typedef struct
{
  const char *property;   /* FwEvidence property */
  const char *path;
  const char *field;
  const char *label;      /* for messages */
  guint       rank;       /* document order within the pack */
} EvidenceField;

static const EvidenceField task_observations =
  { "task-observations", "evidence.taskObservations", "taskObservations",
    "task-observation count", 0 };
static const EvidenceField augment_share =
  { "augment-share", "evidence.augmentShare", "augmentShare", "augment share", 1 };
static const EvidenceField time_saved =
  { "time-saved", "evidence.timeSaved", "timeSaved", "time saved", 2 };
static const EvidenceField ai_autonomy =
  { "ai-autonomy", "evidence.aiAutonomy", "aiAutonomy", "AI autonomy", 3 };
static const EvidenceField safi_score =
  { "safi-score", "evidence.safiScore", "safiScore", "the SAFI score", 5 };
static const EvidenceField quadrant =
  { "quadrant", "evidence.quadrant", "quadrant", "quadrant", 6 };
static const EvidenceField precision =
  { "precision", "evidence.precision", "precision", "precision", 7 };
static const EvidenceField wef_id =
  { "wef-id", "evidence.wefId", "wefId", "WEF cluster id", 9 };

static guint64
order_of (const EvidenceField *field)
{
  return _fw_order_key (FW_ORDER_EVIDENCE, 0, field->rank, 0);
}

static void
check_percent (FwRuleContext       *ctx,
               FwEvidence          *evidence,
               const EvidenceField *field)
{
  double value = fw_evidence_get_number (evidence, field->property);
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value) || (value >= 0 && value <= 100))
    return;

  g_ascii_formatd (number, sizeof number, "%g", value);
  _fw_report (ctx, FW_RULE_EVD_PERCENT, order_of (field), field->path, NULL, field->field,
              N_("Enter the share as a percentage from 0 to 100 (35.5, not 0.355 or 3550)."),
              N_("%s is %s%%; percentages run from 0 to 100"), field->label, number);
}

static void
check_numbers (FwRuleContext *ctx,
               FwEvidence    *evidence)
{
  double observations = fw_evidence_get_number (evidence, task_observations.property);
  double autonomy = fw_evidence_get_number (evidence, ai_autonomy.property);
  double score = fw_evidence_get_number (evidence, safi_score.property);
  /* Numbers in messages are written as in the C locale: reports in JSON are read by
   * programs, and must not change with the user's locale. */
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isnan (observations) && (observations < 0 || observations != floor (observations)))
    _fw_report (ctx, FW_RULE_EVD_OBSERVATIONS, order_of (&task_observations),
                task_observations.path, NULL, task_observations.field,
                N_("Enter the number of task observations the AEI release reports."),
                N_("the task-observation count is %s; it must be a whole number, 0 or more"),
                g_ascii_formatd (number, sizeof number, "%g", observations));

  check_percent (ctx, evidence, &augment_share);
  check_percent (ctx, evidence, &time_saved);

  if (!isnan (autonomy) && (autonomy < 1 || autonomy > 5))
    _fw_report (ctx, FW_RULE_EVD_AUTONOMY, order_of (&ai_autonomy), ai_autonomy.path, NULL,
                ai_autonomy.field, N_("Enter AI autonomy on the AEI scale, from 1 to 5."),
                N_("AI autonomy is %s; its scale runs from 1 to 5"),
                g_ascii_formatd (number, sizeof number, "%g", autonomy));

  if (!isnan (score) && (score < 0 || score > 100))
    _fw_report (ctx, FW_RULE_EVD_SCORE, order_of (&safi_score), safi_score.path, NULL,
                safi_score.field, N_("Enter the SAFI score out of 100."),
                N_("the SAFI score is %s; it runs from 0 to 100"),
                g_ascii_formatd (number, sizeof number, "%g", score));
}

static void
check_known (FwRuleContext       *ctx,
             FwEvidence          *evidence,
             FwRule               rule,
             const EvidenceField *field,
             const char * const  *known)
{
  const char *value = fw_evidence_get_string (evidence, field->property);
  g_autofree char *list = NULL;
  g_autofree char *hint = NULL;
  g_autofree char *quoted = NULL;

  if (value == NULL || *value == '\0' || g_strv_contains (known, value))
    return;

  list = g_strjoinv (", ", (char **) known);
  for (guint i = 0; known[i] != NULL && hint == NULL; i++)
    {
      if (g_ascii_strcasecmp (known[i], value) == 0)
        hint = g_strdup_printf (_("Write it as %s."), known[i]);
    }
  if (hint == NULL)
    hint = g_strdup_printf (_("Use one of: %s."), list);

  quoted = _fw_quote (value, 40);
  _fw_report (ctx, rule, order_of (field), field->path, NULL, field->field, hint,
              N_("the %s %s is not a known value (known: %s)"), field->label, quoted, list);
}

/* "Human-Technology Interaction" → "human_technology_interaction". */
static char *
snake_case (const char *label)
{
  GString *out = g_string_new (NULL);
  gboolean pending_underscore = FALSE;

  for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalnum (c))
        {
          pending_underscore = out->len > 0;
          continue;
        }
      if (pending_underscore)
        g_string_append_c (out, '_');
      pending_underscore = FALSE;
      g_string_append_unichar (out, g_unichar_tolower (c));
    }

  return g_string_free (out, FALSE);
}

static void
check_wef_id (FwRuleContext *ctx,
              FwEvidence    *evidence)
{
  const char *label = fw_evidence_get_string (evidence, "wef-label");
  const char *id = fw_evidence_get_string (evidence, wef_id.property);
  g_autofree char *expected = NULL;
  g_autofree char *hint = NULL;

  if (label == NULL || *label == '\0')
    return;

  expected = snake_case (label);
  if (g_strcmp0 (id, expected) == 0)
    return;

  hint = g_strdup_printf (_("Set the id to \"%s\"."), expected);
  if (id == NULL || *id == '\0')
    _fw_report (ctx, FW_RULE_EVD_WEF_ID, order_of (&wef_id), wef_id.path, NULL, wef_id.field,
                hint, N_("the WEF cluster \"%s\" has no id; expected \"%s\""), label, expected);
  else
    _fw_report (ctx, FW_RULE_EVD_WEF_ID, order_of (&wef_id), wef_id.path, NULL, wef_id.field,
                hint,
                N_("the WEF cluster id \"%s\" does not match its label \"%s\"; expected \"%s\""),
                id, label, expected);
}

void
_fw_rules_evidence (FwRuleContext *ctx)
{
  FwEvidence *evidence = fw_document_get_evidence (ctx->document);

  if (ctx->nsx || fw_evidence_is_empty (evidence))
    return;

  check_numbers (ctx, evidence);
  check_known (ctx, evidence, FW_RULE_EVD_QUADRANT, &quadrant, fw_evidence_known_quadrants ());
  check_known (ctx, evidence, FW_RULE_EVD_PRECISION, &precision,
               fw_evidence_known_precisions ());
  check_wef_id (ctx, evidence);
}
