/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-rules-private.h"

/* Merge conflicts recorded in the document: FW-MRG-001. */

/* Sorted after every section: a conflict is reported once, after the findings it explains. */
#define CONFLICT_SECTION (FW_ORDER_SOURCES + 1)

static const FwStatementRef *
find_statement (FwRuleContext *ctx,
                const char    *id)
{
  for (guint i = 0; i < ctx->statements->len; i++)
    {
      const FwStatementRef *ref = g_ptr_array_index (ctx->statements, i);

      if (g_strcmp0 (fw_statement_get_id (ref->statement), id) == 0)
        return ref;
    }

  return NULL;
}

static char *
describe_value (const char *value)
{
  if (value == NULL)
    return g_strdup (_("deleted"));

  return _fw_quote (value, 60);
}

static void
report_conflict (FwRuleContext *ctx,
                 FwConflict    *conflict,
                 guint          index)
{
  const char *id = fw_conflict_get_item_id (conflict);
  const char *field = fw_conflict_get_field (conflict);
  const FwStatementRef *ref = find_statement (ctx, id);
  g_autofree char *ours = describe_value (fw_conflict_get_ours (conflict));
  g_autofree char *theirs = describe_value (fw_conflict_get_theirs (conflict));
  g_autofree char *path = NULL;

  if (ref != NULL)
    {
      _fw_report_statement (ctx, FW_RULE_MRG_CONFLICT, ref, field,
                            N_("Keep one side in the conflict banner, or edit the item and "
                               "remove its conflict."),
                            N_("merge conflict on statement %s (%s): ours %s, theirs %s"),
                            id, field, ours, theirs);
      return;
    }

  path = g_strdup_printf ("conflicts[%u]", index);
  _fw_report (ctx, FW_RULE_MRG_CONFLICT, _fw_order_key (CONFLICT_SECTION, 0, index + 1, 0),
              path, FW_LOCATION (FW_FINDING_SECTION_OCCUPATION, -1, NULL, id), field,
              N_("Keep one side in the conflict banner, or edit the item and remove its "
                 "conflict."),
              N_("merge conflict on %s (%s): ours %s, theirs %s"), id, field, ours, theirs);
}

void
_fw_rules_conflicts (FwRuleContext *ctx)
{
  GListModel *conflicts = G_LIST_MODEL (fw_document_get_conflicts (ctx->document));

  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(FwConflict) conflict = g_list_model_get_item (conflicts, i);

      report_conflict (ctx, conflict, i);
    }
}
