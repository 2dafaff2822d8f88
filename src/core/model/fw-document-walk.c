/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-document.h"

/* Walking a document's statements and finding its parts, through FwDocument's public API. */

FwSource *
fw_document_find_source (FwDocument *self,
                         const char *source_id)
{
  GListModel *sources;
  guint n_items;

  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (source_id != NULL, NULL);

  sources = G_LIST_MODEL (fw_document_get_sources (self));
  n_items = g_list_model_get_n_items (sources);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(FwSource) source = g_list_model_get_item (sources, i);

      if (g_strcmp0 (fw_source_get_id (source), source_id) == 0)
        return source;
    }

  return NULL;
}

/* Visits one store; returns FALSE when @func asked to stop. */
static gboolean
visit_store (GListStore       *store,
             FwStatementPlace *place,
             FwStatementFunc   func,
             gpointer          user_data)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (store));

  place->store = store;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(FwStatement) statement = g_list_model_get_item (G_LIST_MODEL (store), i);

      place->position = i;
      if (!func (statement, place, user_data))
        return FALSE;
    }

  return TRUE;
}

/**
 * fw_document_foreach_statement:
 *
 * Within a domain the four durable-level cells are visited in level order, and within a
 * store statements in position order. @func must not change the stores while visiting.
 */
void
fw_document_foreach_statement (FwDocument      *self,
                               FwStatementFunc  func,
                               gpointer         user_data)
{
  FwStatementPlace place = { 0 };
  guint n_domains;

  g_return_if_fail (FW_IS_DOCUMENT (self));
  g_return_if_fail (func != NULL);

  place.section = FW_SECTION_LEVELS;
  for (guint key = 0; key < FW_N_LEVELS; key++)
    {
      place.level = key;
      if (!visit_store (fw_level_get_statements (fw_document_get_level (self, key)), &place, func, user_data))
        return;
    }

  place.section = FW_SECTION_AI_FLUENCY;
  for (guint key = 0; key < FW_N_LEVELS; key++)
    {
      place.level = key;
      if (!visit_store (fw_level_get_ai_statements (fw_document_get_level (self, key)), &place, func, user_data))
        return;
    }

  place.section = FW_SECTION_DURABLE_SKILLS;
  n_domains = g_list_model_get_n_items (G_LIST_MODEL (fw_document_get_domains (self)));
  for (guint d = 0; d < n_domains; d++)
    {
      g_autoptr(FwDomain) domain = g_list_model_get_item (G_LIST_MODEL (fw_document_get_domains (self)), d);

      place.domain = domain;
      for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
        {
          place.level = level;
          if (!visit_store (fw_domain_get_cell (domain, level), &place, func, user_data))
            return;
        }
    }
}

typedef struct
{
  const char       *statement_id;
  FwStatement      *found;
  FwStatementPlace  place;
} FindStatement;

static gboolean
find_statement_cb (FwStatement            *statement,
                   const FwStatementPlace *place,
                   gpointer                user_data)
{
  FindStatement *find = user_data;

  if (g_strcmp0 (fw_statement_get_id (statement), find->statement_id) != 0)
    return TRUE;

  find->found = statement;
  find->place = *place;

  return FALSE;
}

/**
 * fw_document_find_statement:
 *
 * Returns: (transfer none) (nullable): the statement, owned by its store.
 */
FwStatement *
fw_document_find_statement (FwDocument       *self,
                            const char       *statement_id,
                            FwStatementPlace *place)
{
  FindStatement find = { statement_id, NULL, { 0 } };

  g_return_val_if_fail (FW_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (statement_id != NULL, NULL);

  fw_document_foreach_statement (self, find_statement_cb, &find);

  if (find.found != NULL && place != NULL)
    *place = find.place;

  return find.found;
}

typedef struct
{
  const char *source_id;
  guint       count;
} CountCitations;

static gboolean
count_citations_cb (FwStatement            *statement,
                    const FwStatementPlace *place G_GNUC_UNUSED,
                    gpointer                user_data)
{
  CountCitations *count = user_data;

  if (fw_statement_cites (statement, count->source_id))
    count->count++;

  return TRUE;
}

guint
fw_document_count_citations (FwDocument *self,
                             const char *source_id)
{
  CountCitations count = { source_id, 0 };

  g_return_val_if_fail (FW_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (source_id != NULL, 0);

  fw_document_foreach_statement (self, count_citations_cb, &count);

  return count.count;
}
