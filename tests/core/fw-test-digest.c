/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-formats.h"

#include "fw-test-digest.h"

static guint
store_length (gpointer store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

static void
digest_store (GString    *out,
              const char *place,
              GListStore *store)
{
  for (guint i = 0; i < store_length (store); i++)
    {
      g_autoptr(FwStatement) statement = g_list_model_get_item (G_LIST_MODEL (store), i);
      g_autofree char *text = fw_statement_to_text (statement);
      g_autofree char *cites = g_strjoinv (",", (char **) fw_statement_get_citations (statement));

      g_string_append_printf (out, "%s %u %s %s {%s}\n", place, i,
                              fw_statement_get_id (statement), text, cites);
    }
}

/* See fw-test-digest.h. */
char *
document_digest (FwDocument *document)
{
  GString *out = g_string_new (NULL);
  FwEvidence *evidence = fw_document_get_evidence (document);
  FwOnet *onet = fw_document_get_onet (document);
  GListModel *domains = G_LIST_MODEL (fw_document_get_domains (document));
  GListModel *sources = G_LIST_MODEL (fw_document_get_sources (document));
  static const char * const numbers[] = {
    "task-observations", "augment-share", "time-saved", "ai-autonomy", "safi-score",
  };
  static const char * const strings[] = {
    "top-skill", "quadrant", "precision", "wef-label", "wef-id",
  };

  g_string_append_printf (out, "%s|%s|%d|%s|%s|%s|%s|%s\n", fw_document_get_soc (document),
                          fw_document_get_title (document), fw_document_get_job_zone (document),
                          fw_document_get_job_zone_label (document),
                          fw_document_get_version (document),
                          fw_document_get_context_covered (document),
                          fw_document_get_group (document),
                          fw_document_get_attribution (document));
  for (guint k = 0; k < FW_N_LEVELS; k++)
    {
      FwLevel *level = fw_document_get_level (document, k);

      g_string_append_printf (out, "level %s / %s\n", fw_level_get_label (level),
                              fw_level_get_role_label (level));
      digest_store (out, "st", fw_level_get_statements (level));
      digest_store (out, "ai", fw_level_get_ai_statements (level));
    }
  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(FwDomain) domain = g_list_model_get_item (domains, d);

      g_string_append_printf (out, "domain %s\n", fw_domain_get_name (domain));
      for (guint l = 0; l < FW_N_DURABLE_LEVELS; l++)
        digest_store (out, fw_durable_level_to_string (l), fw_domain_get_cell (domain, l));
    }
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(FwSource) source = g_list_model_get_item (sources, i);

      g_string_append_printf (out, "source %s|%s|%s|%s\n", fw_source_get_id (source),
                              fw_source_get_short_label (source), fw_source_get_title (source),
                              fw_source_get_license (source));
    }
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    g_string_append_printf (out, "%s=%g\n", numbers[i],
                            fw_evidence_get_number (evidence, numbers[i]));
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    g_string_append_printf (out, "%s=%s\n", strings[i],
                            fw_evidence_get_string (evidence, strings[i]));
  g_string_append_printf (out, "anchors=%d\n", fw_onet_get_anchor_count (onet));
  for (guint i = 0; fw_onet_list_properties ()[i] != NULL; i++)
    {
      const char *property = fw_onet_list_properties ()[i];
      g_autofree char *joined = g_strjoinv ("|", (char **) fw_onet_get_strv (onet, property));

      g_string_append_printf (out, "%s=%s\n", property, joined);
    }
  for (guint i = 0; i < store_length (fw_onet_get_tasks (onet)); i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (G_LIST_MODEL (fw_onet_get_tasks (onet)), i);

      g_string_append_printf (out, "task %s %s\n", fw_task_get_task_id (task),
                              fw_task_get_text (task));
    }
  for (guint i = 0; i < store_length (fw_onet_get_apprenticeships (onet)); i++)
    {
      g_autoptr(FwApprenticeship) apprenticeship =
        g_list_model_get_item (G_LIST_MODEL (fw_onet_get_apprenticeships (onet)), i);

      g_string_append_printf (out, "rapids %s %s\n", fw_apprenticeship_get_code (apprenticeship),
                              fw_apprenticeship_get_title (apprenticeship));
    }

  return g_string_free (out, FALSE);
}
