/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-rules-private.h"

/* Occupation and framework header: FW-OCC-001 … FW-OCC-005. */

/* Field ranks, for document order within the occupation and the framework header. */
enum
{
  FIELD_SOC,
  FIELD_TITLE,
  FIELD_JOB_ZONE,
};

enum
{
  FIELD_VERSION,
  FIELD_CONTEXT,
};

/* Whether @text matches @pattern, where '9' stands for one ASCII digit. */
static gboolean
matches_digits_pattern (const char *text,
                        const char *pattern)
{
  for (; *pattern != '\0'; pattern++, text++)
    {
      if (*pattern == '9' ? !g_ascii_isdigit (*text) : *text != *pattern)
        return FALSE;
    }

  return *text == '\0';
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text = g_utf8_next_char (text))
    {
      if (!g_unichar_isspace (g_utf8_get_char (text)))
        return FALSE;
    }

  return TRUE;
}

static void
check_soc (FwRuleContext *ctx)
{
  const char *soc = fw_document_get_soc (ctx->document);
  guint64 order = _fw_order_key (FW_ORDER_OCCUPATION, 0, 0, FIELD_SOC);

  if (*soc == '\0')
    _fw_report (ctx, FW_RULE_OCC_SOC, order, "occupation.soc", NULL, "soc",
                N_("Enter the O*NET-SOC code of the occupation, e.g. 29-2034.00."),
                N_("the occupation has no SOC code"));
  else if (!matches_digits_pattern (soc, "99-9999.99"))
    {
      g_autofree char *quoted = _fw_quote (soc, 40);
      g_autofree char *hint = NULL;

      /* A bare SOC code lacks only O*NET's two-digit suffix. */
      if (matches_digits_pattern (soc, "99-9999"))
        hint = g_strdup_printf (_("Add the O*NET suffix: %s.00."), soc);
      _fw_report (ctx, FW_RULE_OCC_SOC, order, "occupation.soc", NULL, "soc",
                  hint != NULL ? hint : N_("Use the form NN-NNNN.NN, e.g. 29-2034.00."),
                  N_("the SOC code %s is not of the form NN-NNNN.NN (e.g. 29-2034.00)"), quoted);
    }
}

static void
check_title (FwRuleContext *ctx)
{
  if (is_blank (fw_document_get_title (ctx->document)))
    _fw_report (ctx, FW_RULE_OCC_TITLE,
                _fw_order_key (FW_ORDER_OCCUPATION, 0, 0, FIELD_TITLE),
                "occupation.title", NULL, "title",
                N_("Enter the O*NET occupation title, e.g. Radiologic Technologists and "
                   "Technicians."),
                N_("the occupation has no title"));
}

static void
check_job_zone (FwRuleContext *ctx)
{
  int zone = fw_document_get_job_zone (ctx->document);
  guint64 order = _fw_order_key (FW_ORDER_OCCUPATION, 0, 0, FIELD_JOB_ZONE);
  const char *hint = N_("Set the O*NET job zone: 1 (little preparation) to 5 (extensive).");

  if (zone == 0)
    _fw_report (ctx, FW_RULE_OCC_JOB_ZONE, order, "occupation.jobZone", NULL, "jobZone", hint,
                N_("the job zone is not set"));
  else if (zone < 1 || zone > 5)
    _fw_report (ctx, FW_RULE_OCC_JOB_ZONE, order, "occupation.jobZone", NULL, "jobZone", hint,
                N_("the job zone is %d; O*NET job zones run from 1 to 5"), zone);
}

static gboolean
is_valid_version (const char *version)
{
  int month;

  if (!matches_digits_pattern (version, "v.99.99"))
    return FALSE;

  month = (version[5] - '0') * 10 + (version[6] - '0');
  return month >= 1 && month <= 12;
}

static void
check_version (FwRuleContext *ctx)
{
  const char *version = fw_document_get_version (ctx->document);
  guint64 order = _fw_order_key (FW_ORDER_FRAMEWORK, 0, 0, FIELD_VERSION);
  const char *hint = N_("Use v. then the year and month of this revision, e.g. v.26.05.");

  if (*version == '\0')
    _fw_report (ctx, FW_RULE_OCC_VERSION, order, "framework.version", NULL, "version", hint,
                N_("the framework has no version"));
  else if (!is_valid_version (version))
    {
      g_autofree char *quoted = _fw_quote (version, 40);

      _fw_report (ctx, FW_RULE_OCC_VERSION, order, "framework.version", NULL, "version", hint,
                  N_("the version %s is not of the form v.YY.MM (e.g. v.26.05)"), quoted);
    }
}

static void
check_context (FwRuleContext *ctx)
{
  if (is_blank (fw_document_get_context_covered (ctx->document)))
    _fw_report (ctx, FW_RULE_OCC_CONTEXT,
                _fw_order_key (FW_ORDER_FRAMEWORK, 0, 0, FIELD_CONTEXT),
                "framework.contextCovered", NULL, "contextCovered",
                N_("Describe the work settings and the career span the framework covers."),
                N_("the framework does not say what context it covers"));
}

void
_fw_rules_occupation (FwRuleContext *ctx)
{
  check_soc (ctx);
  check_title (ctx);
  check_job_zone (ctx);
  check_version (ctx);
  check_context (ctx);
}
