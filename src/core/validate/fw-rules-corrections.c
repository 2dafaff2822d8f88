/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-correction-apply.h"
#include "fw-rules-private.h"

/* Reviewers' corrections (FW-COR-001 … FW-COR-003). */

/* After the O*NET enrichment's own groups (tasks, apprenticeships, CIP codes). */
#define GROUP_CORRECTIONS 9

static void
check_correction (FwRuleContext *ctx,
                  FwCorrection  *correction,
                  guint          index)
{
  const char *id = fw_correction_get_id (correction);
  const char *type = fw_correction_get_item_type (correction);
  g_autofree char *value = fw_correction_resolve (ctx->document, correction);
  g_autofree char *rationale = g_strstrip (g_strdup (fw_correction_get_rationale (correction)));
  guint64 order = _fw_order_key (FW_ORDER_ONET, GROUP_CORRECTIONS, index + 1, 0);
  g_autofree char *path = g_strdup_printf ("corrections[%u]", index);
  g_autofree char *item_path = g_strconcat (path, ".item", NULL);
  g_autofree char *rationale_path = g_strconcat (path, ".rationale", NULL);
  g_autofree char *proposed_path = g_strconcat (path, ".proposed", NULL);
  const FwFindingLocation *location = FW_LOCATION (FW_FINDING_SECTION_ONET, -1, NULL, id);

  if (value == NULL && !fw_correction_get_applied (correction))
    _fw_report (ctx, FW_RULE_COR_GONE, order, item_path, location, "item",
                N_("Reject or remove the correction, or put the item back."),
                N_("correction %s refers to %s \"%s\", which the framework no longer has"),
                id, type, fw_correction_get_item_id (correction));

  if (rationale[0] == '\0')
    _fw_report (ctx, FW_RULE_COR_RATIONALE, order, rationale_path, location, "rationale",
                N_("Say why the item should change, so the people who maintain the data can "
                   "judge it."),
                N_("correction %s gives no rationale"), id);

  if (g_str_equal (fw_correction_get_status (correction), "accepted") &&
      (value != NULL || fw_correction_get_proposed (correction)[0] == '\0') &&
      !fw_correction_proposal_in_place (ctx->document, correction))
    _fw_report (ctx, FW_RULE_COR_UNAPPLIED, order, proposed_path, location, "proposed",
                N_("Apply the correction, or set it back to open."),
                N_("correction %s is accepted, but the framework does not hold its proposal "
                   "yet"), id);
}

void
_fw_rules_corrections (FwRuleContext *ctx)
{
  GListModel *corrections = G_LIST_MODEL (fw_document_get_corrections (ctx->document));

  for (guint i = 0; i < g_list_model_get_n_items (corrections); i++)
    {
      g_autoptr(FwCorrection) correction = g_list_model_get_item (corrections, i);

      check_correction (ctx, correction, i);
    }
}
