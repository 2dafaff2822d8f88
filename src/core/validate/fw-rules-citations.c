/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-rules-private.h"

/* Citations (FW-CIT-001 … FW-CIT-003) between statements and the sources registry. */

static void
check_statement (FwRuleContext        *ctx,
                 const FwStatementRef *ref,
                 GHashTable           *cite_counts)
{
  const char * const *citations = fw_statement_get_citations (ref->statement);
  g_autoptr(GHashTable) reported = NULL;

  if (citations[0] == NULL && ref->section != FW_SECTION_LEVELS)
    {
      _fw_report_statement (ctx, FW_RULE_CIT_UNCITED, ref, "citations",
                            N_("Cite the source in the registry that grounds the statement."),
                            N_("the statement cites no source"));
      return;
    }

  for (guint i = 0; citations[i] != NULL; i++)
    {
      gpointer count;

      if (g_hash_table_lookup_extended (cite_counts, citations[i], NULL, &count))
        {
          g_hash_table_insert (cite_counts, (gpointer) citations[i],
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
          continue;
        }

      /* Name a missing source once per statement, however often it is cited. */
      if (reported == NULL)
        reported = g_hash_table_new (g_str_hash, g_str_equal);
      if (!g_hash_table_add (reported, (gpointer) citations[i]))
        continue;

      _fw_report_statement (ctx, FW_RULE_CIT_DANGLING, ref, "citations",
                            N_("Add the source to the registry, or cite one that is there."),
                            N_("the statement cites \"%s\", which is not in the sources registry"),
                            citations[i]);
    }
}

static void
check_unused (FwRuleContext *ctx,
              GListModel    *sources,
              GHashTable    *cite_counts)
{
  guint n = g_list_model_get_n_items (sources);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FwSource) source = g_list_model_get_item (sources, i);
      g_autofree char *path = NULL;

      if (GPOINTER_TO_UINT (g_hash_table_lookup (cite_counts, fw_source_get_id (source))) > 0)
        continue;

      path = g_strdup_printf ("sources[%u]", i);
      _fw_report (ctx, FW_RULE_CIT_UNUSED, _fw_order_key (FW_ORDER_SOURCES, 0, i + 1, 0), path,
                  FW_LOCATION (FW_FINDING_SECTION_SOURCES, -1, NULL, fw_source_get_id (source)),
                  "id", N_("Cite it where it grounds a statement, or remove it from the "
                           "registry."),
                  N_("the source \"%s\" (%s) is not cited by any statement"),
                  fw_source_get_id (source), fw_source_get_short_label (source));
    }
}

/* The O*NET part cites the release it was taken from: that source is in use too. */
static void
count_onet_citations (FwOnet     *onet,
                      GHashTable *cite_counts)
{
  const char * const *citations = fw_onet_get_citations (onet);

  for (guint i = 0; citations[i] != NULL; i++)
    {
      gpointer count;

      if (g_hash_table_lookup_extended (cite_counts, citations[i], NULL, &count))
        g_hash_table_insert (cite_counts, (gpointer) citations[i],
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
    }
}

void
_fw_rules_citations (FwRuleContext *ctx)
{
  GListModel *sources = G_LIST_MODEL (fw_document_get_sources (ctx->document));
  g_autoptr(GHashTable) cite_counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (sources);

  if (ctx->nsx)
    return;

  /* Registry ids, each with the number of times it is cited. */
  for (guint i = 0; i < n; i++)
    {
      FwSource *source = g_list_model_get_item (sources, i);

      g_ptr_array_add (keep, source);
      g_hash_table_insert (cite_counts, (gpointer) fw_source_get_id (source),
                           GUINT_TO_POINTER (0));
    }

  for (guint i = 0; i < ctx->statements->len; i++)
    check_statement (ctx, g_ptr_array_index (ctx->statements, i), cite_counts);
  count_onet_citations (fw_document_get_onet (ctx->document), cite_counts);

  if (_fw_rule_enabled (ctx, FW_RULE_CIT_UNUSED))
    check_unused (ctx, sources, cite_counts);
}
