/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-diff-report.h"

/* The plain-text rendering for git's textconv: every line stands alone, so that git's line
 * diff of two renderings reads as a list of changed items. */

static void
append_field (GString    *out,
              const char *name,
              const char *value)
{
  if (value != NULL && value[0] != '\0')
    g_string_append_printf (out, "%s: %s\n", name, value);
}

static void
append_statement (GString     *out,
                  FwStatement *statement)
{
  g_autofree char *text = fw_statement_to_text (statement);
  const char * const *citations = fw_statement_get_citations (statement);
  const char *note = fw_statement_get_note (statement);

  g_string_append (out, text);
  if (citations[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) citations);

      g_string_append_printf (out, " [%s]", joined);
    }
  if (note != NULL)
    g_string_append_printf (out, " (note: %s)", note);
  g_string_append_c (out, '\n');
}

static void
append_statements (GString    *out,
                   const char *heading,
                   GListModel *statements)
{
  g_string_append_printf (out, "\n[%s]\n", heading);
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(FwStatement) statement = g_list_model_get_item (statements, i);

      append_statement (out, statement);
    }
}

static void
append_header (GString    *out,
               FwDocument *document)
{
  g_autofree char *job_zone = NULL;

  if (fw_document_get_job_zone (document) > 0)
    job_zone = g_strdup_printf ("%d%s", fw_document_get_job_zone (document),
                                fw_document_get_job_zone_inferred (document) ? " (inferred)"
                                                                             : "");
  append_field (out, "soc", fw_document_get_soc (document));
  append_field (out, "title", fw_document_get_title (document));
  append_field (out, "group", fw_document_get_group (document));
  append_field (out, "sector", fw_document_get_sector (document));
  append_field (out, "job zone", job_zone);
  append_field (out, "job zone label", fw_document_get_job_zone_label (document));
  append_field (out, "version", fw_document_get_version (document));
  append_field (out, "description", fw_document_get_description (document));
  append_field (out, "context covered", fw_document_get_context_covered (document));
}

static void
append_levels (GString    *out,
               FwDocument *document,
               gboolean    ai)
{
  for (guint key = 0; key < FW_N_LEVELS; key++)
    {
      FwLevel *level = fw_document_get_level (document, key);
      g_autofree char *heading = NULL;

      if (ai)
        heading = g_strdup_printf ("aiFluency.%s", fw_level_key_to_string (key));
      else
        heading = g_strdup_printf ("levels.%s: %s / %s", fw_level_key_to_string (key),
                                   fw_level_get_label (level), fw_level_get_role_label (level));
      append_statements (out, heading,
                         G_LIST_MODEL (ai ? fw_level_get_ai_statements (level)
                                          : fw_level_get_statements (level)));
    }
}

static void
append_domains (GString    *out,
                FwDocument *document)
{
  GListModel *domains = G_LIST_MODEL (fw_document_get_domains (document));

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(FwDomain) domain = g_list_model_get_item (domains, i);

      for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
        {
          g_autofree char *heading = g_strdup_printf ("durableSkills.%s.%s",
                                                      fw_domain_get_name (domain),
                                                      fw_durable_level_to_string (level));

          append_statements (out, heading, G_LIST_MODEL (fw_domain_get_cell (domain, level)));
        }
    }
}

static void
append_evidence (GString    *out,
                 FwDocument *document)
{
  static const char * const properties[] = {
    "task-observations", "augment-share", "time-saved", "ai-autonomy", "top-skill",
    "safi-score", "quadrant", "precision", "wef-label", "wef-id", NULL
  };
  FwEvidence *evidence = fw_document_get_evidence (document);

  g_string_append (out, "\n[evidence]\n");
  for (guint i = 0; properties[i] != NULL; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (evidence),
                                                        properties[i]);
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];
      const char *value;

      if (!fw_evidence_has (evidence, properties[i]))
        continue;
      if (pspec->value_type == G_TYPE_DOUBLE)
        value = g_ascii_formatd (buffer, sizeof buffer, "%g",
                                 fw_evidence_get_number (evidence, properties[i]));
      else
        value = fw_evidence_get_string (evidence, properties[i]);
      append_field (out, properties[i], value);
    }
}

static void
append_onet (GString    *out,
             FwDocument *document)
{
  FwOnet *onet = fw_document_get_onet (document);
  const char * const *lists = fw_onet_list_properties ();
  GListModel *tasks = G_LIST_MODEL (fw_onet_get_tasks (onet));
  GListModel *apprenticeships = G_LIST_MODEL (fw_onet_get_apprenticeships (onet));

  g_string_append (out, "\n[onet]\n");
  if (fw_onet_get_anchor_count (onet) >= 0)
    g_string_append_printf (out, "anchor count: %d\n", fw_onet_get_anchor_count (onet));
  for (guint i = 0; lists[i] != NULL; i++)
    {
      const char * const *items = fw_onet_get_strv (onet, lists[i]);

      for (guint k = 0; items[k] != NULL; k++)
        append_field (out, lists[i], items[k]);
    }
  for (guint i = 0; i < g_list_model_get_n_items (apprenticeships); i++)
    {
      g_autoptr(FwApprenticeship) item = g_list_model_get_item (apprenticeships, i);

      g_string_append_printf (out, "apprenticeship: %s %s\n", fw_apprenticeship_get_code (item),
                              fw_apprenticeship_get_title (item));
    }
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (tasks, i);
      const char *task_id = fw_task_get_task_id (task);

      g_string_append_printf (out, "task: %s%s%s\n", task_id != NULL ? task_id : "",
                              task_id != NULL ? " " : "", fw_task_get_text (task));
    }
}

static void
append_sources (GString    *out,
                FwDocument *document)
{
  GListModel *sources = G_LIST_MODEL (fw_document_get_sources (document));

  g_string_append (out, "\n[sources]\n");
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(FwSource) source = g_list_model_get_item (sources, i);
      const char *optional[] = {
        fw_source_get_publisher (source), fw_source_get_version (source),
        fw_source_get_url (source), fw_source_get_license (source)
      };

      g_string_append_printf (out, "%s: %s — %s", fw_source_get_id (source),
                              fw_source_get_short_label (source), fw_source_get_title (source));
      for (guint k = 0; k < G_N_ELEMENTS (optional); k++)
        if (optional[k] != NULL)
          g_string_append_printf (out, "; %s", optional[k]);
      g_string_append_c (out, '\n');
    }
}

static void
append_conflicts (GString    *out,
                  FwDocument *document)
{
  GListModel *conflicts = G_LIST_MODEL (fw_document_get_conflicts (document));

  if (g_list_model_get_n_items (conflicts) == 0)
    return;

  g_string_append (out, "\n[conflicts]\n");
  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(FwConflict) conflict = g_list_model_get_item (conflicts, i);
      const char *ours = fw_conflict_get_ours (conflict);
      const char *theirs = fw_conflict_get_theirs (conflict);

      g_string_append_printf (out, "%s %s: ours %s%s%s, theirs %s%s%s\n",
                              fw_conflict_get_item_id (conflict), fw_conflict_get_field (conflict),
                              ours != NULL ? "\"" : "", ours != NULL ? ours : "(deleted)",
                              ours != NULL ? "\"" : "",
                              theirs != NULL ? "\"" : "", theirs != NULL ? theirs : "(deleted)",
                              theirs != NULL ? "\"" : "");
    }
}

/* One correction a line: "cr-… accepted inaccurate task 1234: “current” -> “proposed”
 * (reviewer); 2 replies". */
static void
append_corrections (GString    *out,
                    FwDocument *document)
{
  GListModel *corrections = G_LIST_MODEL (fw_document_get_corrections (document));

  if (g_list_model_get_n_items (corrections) == 0)
    return;

  g_string_append (out, "\n[corrections]\n");
  for (guint i = 0; i < g_list_model_get_n_items (corrections); i++)
    {
      g_autoptr(FwCorrection) correction = g_list_model_get_item (corrections, i);
      const char *item_id = fw_correction_get_item_id (correction);
      const char *reviewer = fw_correction_get_reviewer (correction);
      guint n_replies = g_list_model_get_n_items (
        G_LIST_MODEL (fw_correction_get_replies (correction)));

      g_string_append_printf (out, "%s %s %s %s%s%s: \"%s\" -> \"%s\"",
                              fw_correction_get_id (correction),
                              fw_correction_get_status (correction),
                              fw_correction_get_kind (correction),
                              fw_correction_get_item_type (correction),
                              item_id[0] != '\0' ? " " : "", item_id,
                              fw_correction_get_current (correction),
                              fw_correction_get_proposed (correction));
      if (reviewer[0] != '\0')
        g_string_append_printf (out, " (%s)", reviewer);
      if (n_replies > 0)
        g_string_append_printf (out, "; %u %s", n_replies, n_replies == 1 ? "reply" : "replies");
      g_string_append_c (out, '\n');
    }
}

char *
fw_document_render_text (FwDocument *document)
{
  GString *out;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);

  out = g_string_new (NULL);
  append_header (out, document);
  append_levels (out, document, FALSE);
  append_levels (out, document, TRUE);
  append_domains (out, document);
  append_evidence (out, document);
  append_onet (out, document);
  append_sources (out, document);
  append_corrections (out, document);
  append_conflicts (out, document);

  return g_string_free (out, FALSE);
}
