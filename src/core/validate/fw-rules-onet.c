/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-onet-data.h"
#include "fw-rules-private.h"

/* O*NET enrichment (FW-ONT-001 … FW-ONT-003). */

enum
{
  RANK_TASKS = 1,
  RANK_APPRENTICESHIPS,
  RANK_CIP_CODES,
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

static void
check_cip_codes (FwRuleContext *ctx,
                 FwOnet        *onet)
{
  const char * const *codes = fw_onet_get_strv (onet, "cip-codes");

  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autofree char *path = NULL;
      g_autofree char *quoted = NULL;

      if (matches_digits_pattern (codes[i], "99.9999"))
        continue;

      path = g_strdup_printf ("onet.cipCodes[%u]", i);
      quoted = _fw_quote (codes[i], 40);
      _fw_report (ctx, FW_RULE_ONT_CIP, _fw_order_key (FW_ORDER_ONET, RANK_CIP_CODES, i + 1, 0),
                  path, FW_LOCATION (FW_FINDING_SECTION_ONET, -1, NULL, codes[i]), "cipCodes",
                  N_("Use the six-digit CIP 2020 code with its period, e.g. 51.0911."),
                  N_("the CIP code %s is not of the form NN.NNNN (e.g. 51.0911)"), quoted);
    }
}

static void
check_apprenticeships (FwRuleContext *ctx,
                       FwOnet        *onet)
{
  GListModel *list = G_LIST_MODEL (fw_onet_get_apprenticeships (onet));
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FwApprenticeship) apprenticeship = g_list_model_get_item (list, i);
      const char *code = fw_apprenticeship_get_code (apprenticeship);
      g_autofree char *path = NULL;
      g_autofree char *quoted = NULL;

      if (matches_digits_pattern (code, "9999"))
        continue;

      path = g_strdup_printf ("onet.apprenticeships[%u].code", i);
      quoted = _fw_quote (code, 40);
      _fw_report (ctx, FW_RULE_ONT_RAPIDS,
                  _fw_order_key (FW_ORDER_ONET, RANK_APPRENTICESHIPS, i + 1, 0), path,
                  FW_LOCATION (FW_FINDING_SECTION_ONET, -1, NULL,
                               fw_apprenticeship_get_id (apprenticeship)),
                  "code",
                  N_("Use the four-digit RAPIDS code, with its leading zeros, e.g. 0279."),
                  N_("the RAPIDS code %s is not four digits (e.g. 0279)"), quoted);
    }
}

static void
check_tasks (FwRuleContext *ctx,
             FwOnet        *onet,
             FwOnetData    *data)
{
  GListModel *list = G_LIST_MODEL (fw_onet_get_tasks (onet));
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (list, i);
      const char *task_id = fw_task_get_task_id (task);
      g_autofree char *path = NULL;

      if (task_id == NULL || *task_id == '\0' || fw_onet_data_has_task_id (data, task_id))
        continue;

      path = g_strdup_printf ("onet.tasks[%u].taskId", i);
      _fw_report (ctx, FW_RULE_ONT_TASK_ID, _fw_order_key (FW_ORDER_ONET, RANK_TASKS, i + 1, 0),
                  path, FW_LOCATION (FW_FINDING_SECTION_ONET, -1, NULL, fw_task_get_id (task)),
                  "taskId",
                  N_("Check the task id against the occupation's O*NET task statements, or clear "
                     "it."),
                  N_("the O*NET task id \"%s\" does not exist in the O*NET data"), task_id);
    }
}

static void
check_anchors (FwRuleContext *ctx,
               FwOnetData    *data)
{
  for (guint i = 0; i < ctx->statements->len; i++)
    {
      const FwStatementRef *ref = g_ptr_array_index (ctx->statements, i);
      const char * const *anchors = fw_statement_get_anchors (ref->statement);

      for (guint a = 0; anchors[a] != NULL; a++)
        {
          if (*anchors[a] == '\0' || fw_onet_data_has_task_id (data, anchors[a]))
            continue;

          _fw_report_statement (ctx, FW_RULE_ONT_TASK_ID, ref, "anchors",
                                N_("Anchor the statement to one of the occupation's O*NET tasks."),
                                N_("the statement is anchored to O*NET task \"%s\", which does not "
                                   "exist in the O*NET data"), anchors[a]);
        }
    }
}

static gboolean
has_task_ids (FwRuleContext *ctx,
              FwOnet        *onet)
{
  GListModel *tasks = G_LIST_MODEL (fw_onet_get_tasks (onet));
  guint n = g_list_model_get_n_items (tasks);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (tasks, i);
      const char *task_id = fw_task_get_task_id (task);

      if (task_id != NULL && *task_id != '\0')
        return TRUE;
    }

  for (guint i = 0; i < ctx->statements->len; i++)
    {
      const FwStatementRef *ref = g_ptr_array_index (ctx->statements, i);

      if (fw_statement_get_anchors (ref->statement)[0] != NULL)
        return TRUE;
    }

  return FALSE;
}

void
_fw_rules_onet (FwRuleContext *ctx)
{
  FwOnet *onet = fw_document_get_onet (ctx->document);
  FwOnetData *data;

  if (ctx->nsx)
    return;

  check_cip_codes (ctx, onet);
  check_apprenticeships (ctx, onet);

  /* Loading the O*NET tables takes a while: only when there are task ids to check. */
  if (!_fw_rule_enabled (ctx, FW_RULE_ONT_TASK_ID) || !has_task_ids (ctx, onet))
    return;

  /* Without O*NET data there is nothing to check task ids against. */
  data = fw_onet_data_get_default ();
  if (data == NULL || fw_onet_data_get_n_tasks (data) == 0)
    return;

  check_tasks (ctx, onet, data);
  check_anchors (ctx, data);
}
