/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-command.h"
#include "fw-csv-merge.h"
#include "fw-similarity.h"

FwCsvMergeReport *
fw_csv_merge_report_new (void)
{
  FwCsvMergeReport *report = g_new0 (FwCsvMergeReport, 1);

  report->added = g_ptr_array_new_with_free_func (g_free);
  report->changed = g_ptr_array_new_with_free_func (g_free);
  report->matched_by_text = g_ptr_array_new_with_free_func (g_free);
  report->missing = g_ptr_array_new_with_free_func (g_free);
  report->unknown_citations = g_ptr_array_new_with_free_func (g_free);
  return report;
}

void
fw_csv_merge_report_free (FwCsvMergeReport *report)
{
  if (report == NULL)
    return;

  g_ptr_array_unref (report->added);
  g_ptr_array_unref (report->changed);
  g_ptr_array_unref (report->matched_by_text);
  g_ptr_array_unref (report->missing);
  g_ptr_array_unref (report->unknown_citations);
  g_free (report);
}

typedef struct
{
  FwDocument       *target;
  GHashTable       *matched;  /* target statement ids a row matched */
  FwCsvMergeReport *report;
} Merge;

static char *
describe (FwStatement *statement)
{
  return g_strdup_printf ("%s “%s”", fw_statement_get_id (statement),
                          fw_statement_get_headline (statement));
}

static GListStore *
target_store (Merge                  *merge,
              const FwStatementPlace *place)
{
  FwLevel *level;
  GListStore *domains;
  g_autoptr(FwDomain) domain = NULL;

  switch (place->section)
    {
    case FW_SECTION_LEVELS:
      level = fw_document_get_level (merge->target, place->level);
      return fw_level_get_statements (level);

    case FW_SECTION_AI_FLUENCY:
      level = fw_document_get_level (merge->target, place->level);
      return fw_level_get_ai_statements (level);

    case FW_SECTION_DURABLE_SKILLS:
    default:
      break;
    }

  domains = fw_document_get_domains (merge->target);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (domains)); i++)
    {
      g_autoptr(FwDomain) known = g_list_model_get_item (G_LIST_MODEL (domains), i);

      if (g_str_equal (fw_domain_get_name (known), fw_domain_get_name (place->domain)))
        return fw_domain_get_cell (known, place->level);
    }

  domain = fw_domain_new (fw_domain_get_name (place->domain));
  fw_document_run (merge->target,
                   fw_command_insert_new (domains, g_list_model_get_n_items (G_LIST_MODEL (domains)),
                                          domain));
  return fw_domain_get_cell (domain, place->level);
}

/* The statement of @store that no row matched yet and whose text is closest to @row's. */
static FwStatement *
match_by_text (Merge       *merge,
               GListStore  *store,
               FwStatement *row)
{
  g_autofree char *row_text = fw_statement_to_text (row);
  FwStatement *best = NULL;
  double best_score = FW_CSV_MERGE_MIN_SIMILARITY;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr(FwStatement) candidate = g_list_model_get_item (G_LIST_MODEL (store), i);
      g_autofree char *text = NULL;
      double score;

      if (g_hash_table_contains (merge->matched, fw_statement_get_id (candidate)))
        continue;
      text = fw_statement_to_text (candidate);
      score = fw_text_similarity (row_text, text);
      if (score >= best_score)
        {
          best_score = score;
          best = candidate;
        }
    }

  return best;
}

static gboolean
same_strv (const char * const *a,
           const char * const *b)
{
  guint i;

  for (i = 0; a[i] != NULL && b[i] != NULL; i++)
    {
      if (strcmp (a[i], b[i]) != 0)
        return FALSE;
    }
  return a[i] == NULL && b[i] == NULL;
}

static void
apply_row (Merge       *merge,
           FwStatement *statement,
           FwStatement *row)
{
  gboolean changed = FALSE;

  if (g_strcmp0 (fw_statement_get_headline (statement), fw_statement_get_headline (row)) != 0)
    {
      fw_document_run (merge->target,
                       fw_command_set_string_new (G_OBJECT (statement), "headline",
                                                  fw_statement_get_headline (row), FALSE));
      changed = TRUE;
    }
  if (g_strcmp0 (fw_statement_get_body (statement), fw_statement_get_body (row)) != 0)
    {
      fw_document_run (merge->target,
                       fw_command_set_string_new (G_OBJECT (statement), "body",
                                                  fw_statement_get_body (row), FALSE));
      changed = TRUE;
    }
  if (!same_strv (fw_statement_get_citations (statement), fw_statement_get_citations (row)))
    {
      fw_document_run (merge->target,
                       fw_command_set_strv_new (G_OBJECT (statement), "citations",
                                                fw_statement_get_citations (row)));
      changed = TRUE;
    }

  if (changed)
    g_ptr_array_add (merge->report->changed, describe (statement));
}

static void
check_citations (Merge       *merge,
                 FwStatement *row)
{
  const char * const *citations = fw_statement_get_citations (row);

  for (guint i = 0; citations[i] != NULL; i++)
    {
      if (fw_document_find_source (merge->target, citations[i]) == NULL)
        g_ptr_array_add (merge->report->unknown_citations,
                         g_strdup_printf ("%s: %s", fw_statement_get_id (row), citations[i]));
    }
}

static gboolean
merge_row_cb (FwStatement            *row,
              const FwStatementPlace *place,
              gpointer                user_data)
{
  Merge *merge = user_data;
  FwStatement *statement = fw_document_find_statement (merge->target, fw_statement_get_id (row),
                                                       NULL);
  GListStore *store;
  guint position;

  check_citations (merge, row);

  if (statement != NULL && !g_hash_table_contains (merge->matched, fw_statement_get_id (row)))
    {
      g_hash_table_add (merge->matched, g_strdup (fw_statement_get_id (statement)));
      apply_row (merge, statement, row);
      return TRUE;
    }

  store = target_store (merge, place);
  statement = match_by_text (merge, store, row);
  if (statement != NULL)
    {
      g_hash_table_add (merge->matched, g_strdup (fw_statement_get_id (statement)));
      g_ptr_array_add (merge->report->matched_by_text, describe (statement));
      apply_row (merge, statement, row);
      return TRUE;
    }

  /* A new row: added at its place, with the id it has in the file. */
  position = MIN (place->position, g_list_model_get_n_items (G_LIST_MODEL (store)));
  {
    g_autoptr(FwStatement) added = fw_statement_new_with_id (fw_statement_get_id (row),
                                                             fw_statement_get_headline (row),
                                                             fw_statement_get_body (row));

    fw_statement_set_citations (added, fw_statement_get_citations (row));
    g_hash_table_add (merge->matched, g_strdup (fw_statement_get_id (added)));
    fw_document_run (merge->target, fw_command_insert_new (store, position, added));
    g_ptr_array_add (merge->report->added, describe (added));
  }
  return TRUE;
}

typedef struct
{
  FwStatement *statement;
  GListStore  *store;
} Missing;

static gboolean
collect_missing_cb (FwStatement            *statement,
                    const FwStatementPlace *place,
                    gpointer                user_data)
{
  Merge *merge = ((gpointer *) user_data)[0];
  GArray *missing = ((gpointer *) user_data)[1];
  Missing entry = { statement, place->store };

  if (!g_hash_table_contains (merge->matched, fw_statement_get_id (statement)))
    g_array_append_val (missing, entry);
  return TRUE;
}

FwCsvMergeReport *
fw_csv_merge (FwDocument *target,
              FwDocument *rows,
              gboolean    delete_missing)
{
  g_autoptr(GHashTable) matched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) missing = g_array_new (FALSE, FALSE, sizeof (Missing));
  Merge merge = { target, matched, fw_csv_merge_report_new () };
  gpointer data[2] = { &merge, missing };

  g_return_val_if_fail (FW_IS_DOCUMENT (target), NULL);
  g_return_val_if_fail (FW_IS_DOCUMENT (rows), NULL);

  fw_document_foreach_statement (rows, merge_row_cb, &merge);
  fw_document_foreach_statement (target, collect_missing_cb, data);

  for (guint i = 0; i < missing->len; i++)
    g_ptr_array_add (merge.report->missing,
                     describe (g_array_index (missing, Missing, i).statement));

  /* Removed last to first, so that the positions of the others stay right. */
  for (guint i = missing->len; delete_missing && i > 0; i--)
    {
      Missing *entry = &g_array_index (missing, Missing, i - 1);
      guint position;

      if (g_list_store_find (entry->store, entry->statement, &position))
        fw_document_run (target, fw_command_remove_new (entry->store, position));
    }
  merge.report->removed = delete_missing && missing->len > 0;

  return merge.report;
}
