/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdlib.h>

#include "fw-merge-private.h"

/*
 * Statements are merged by id: their content field by field, then where each one goes (its
 * container: a level, an AI-fluency level or a domain × level cell) and in what order.
 */

typedef struct
{
  FwStatement *statement;
  char        *container;
} Where;

typedef struct
{
  GHashTable *where;       /* id → Where* */
  GHashTable *sequences;   /* container → GPtrArray of ids, in order */
  GPtrArray  *containers;  /* in document order */
} Side;

static void
where_free (gpointer data)
{
  Where *where = data;

  g_object_unref (where->statement);
  g_free (where->container);
  g_free (where);
}

static void
side_clear (Side *side)
{
  g_clear_pointer (&side->where, g_hash_table_unref);
  g_clear_pointer (&side->sequences, g_hash_table_unref);
  g_clear_pointer (&side->containers, g_ptr_array_unref);
}

static char *
container_of (const FwStatementPlace *place)
{
  switch (place->section)
    {
    case FW_SECTION_LEVELS:
      return g_strdup_printf ("L\x1f%d", place->level);
    case FW_SECTION_AI_FLUENCY:
      return g_strdup_printf ("A\x1f%d", place->level);
    case FW_SECTION_DURABLE_SKILLS:
    default:
      return g_strdup_printf ("D\x1f%d\x1f%s", place->level, fw_domain_get_name (place->domain));
    }
}

static gboolean
collect_cb (FwStatement            *statement,
            const FwStatementPlace *place,
            gpointer                user_data)
{
  Side *side = user_data;
  Where *where = g_new0 (Where, 1);
  GPtrArray *sequence;

  /* Held: the ids in the sequences are the statements' own, and the merge drops some. */
  where->statement = g_object_ref (statement);
  where->container = container_of (place);
  g_hash_table_replace (side->where, (gpointer) fw_statement_get_id (statement), where);

  sequence = g_hash_table_lookup (side->sequences, where->container);
  if (sequence == NULL)
    {
      sequence = g_ptr_array_new ();
      g_hash_table_insert (side->sequences, g_strdup (where->container), sequence);
      g_ptr_array_add (side->containers, g_strdup (where->container));
    }
  g_ptr_array_add (sequence, (gpointer) fw_statement_get_id (statement));
  return TRUE;
}

static void
side_init (Side       *side,
           FwDocument *document)
{
  side->where = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, where_free);
  side->sequences = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_ptr_array_unref);
  side->containers = g_ptr_array_new_with_free_func (g_free);
  fw_document_foreach_statement (document, collect_cb, side);
}

static Where *
lookup (Side       *side,
        const char *id)
{
  return g_hash_table_lookup (side->where, id);
}

typedef struct
{
  FwMerge    *merge;
  Side        base, ours, theirs;
  GHashTable *result;      /* id → FwStatement* (owned) that survives */
  GHashTable *target;      /* id → container (owned) */
} StatementMerge;

static const char *
statement_path (StatementMerge *sm,
                const char     *id)
{
  Where *where = lookup (&sm->ours, id);

  if (where == NULL)
    where = lookup (&sm->theirs, id);
  return where != NULL ? where->container : "";
}

static char *
readable_path (const char *container)
{
  g_auto(GStrv) parts = g_strsplit (container, "\x1f", -1);
  int level = parts[1] != NULL ? atoi (parts[1]) : 0;

  if (parts[0][0] == 'L')
    return g_strdup_printf ("levels.%s", fw_level_key_to_string (level));
  if (parts[0][0] == 'A')
    return g_strdup_printf ("aiFluency.%s", fw_level_key_to_string (level));
  return g_strdup_printf ("durableSkills.%s.%s", parts[1] != NULL && parts[2] != NULL
                                                 ? parts[2] : "",
                          fw_durable_level_to_string (level));
}

static FwStatement *
copy_statement (FwStatement *statement)
{
  FwStatement *copy = fw_statement_new_with_id (fw_statement_get_id (statement),
                                                fw_statement_get_headline (statement),
                                                fw_statement_get_body (statement));

  fw_statement_set_note (copy, fw_statement_get_note (statement));
  fw_statement_set_citations (copy, fw_statement_get_citations (statement));
  fw_statement_set_anchors (copy, fw_statement_get_anchors (statement));
  fw_statement_set_split_confidence (copy, fw_statement_get_split_confidence (statement));
  return copy;
}

static void
merge_content (StatementMerge *sm,
               FwStatement    *base,
               FwStatement    *ours,
               FwStatement    *theirs)
{
  static const char * const fields[] = { "headline", "body", "note", NULL };
  g_autofree char *path = readable_path (statement_path (sm, fw_statement_get_id (ours)));
  g_auto(GStrv) citations = NULL;
  g_auto(GStrv) anchors = NULL;

  for (guint i = 0; fields[i] != NULL; i++)
    _fw_merge_property (sm->merge, (GObject *) base, G_OBJECT (ours), G_OBJECT (theirs),
                        fields[i], fw_statement_get_id (ours), path);

  citations = _fw_merge_strv (base != NULL ? fw_statement_get_citations (base) : NULL,
                              fw_statement_get_citations (ours),
                              fw_statement_get_citations (theirs));
  anchors = _fw_merge_strv (base != NULL ? fw_statement_get_anchors (base) : NULL,
                            fw_statement_get_anchors (ours), fw_statement_get_anchors (theirs));
  fw_statement_set_citations (ours, (const char * const *) citations);
  fw_statement_set_anchors (ours, (const char * const *) anchors);
}

static void
keep (StatementMerge *sm,
      const char     *id,
      FwStatement    *statement,
      const char     *container)
{
  g_hash_table_replace (sm->result, g_strdup (id), g_object_ref (statement));
  g_hash_table_replace (sm->target, g_strdup (id), g_strdup (container));
}

/* One side deleted the statement, the other kept it, edited or not. */
static void
merge_deleted (StatementMerge *sm,
               const char     *id,
               Where          *base,
               Where          *kept,
               gboolean        ours_kept)
{
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  g_autoptr(FwStatement) statement = NULL;

  if (fw_statement_equal_content (base->statement, kept->statement))
    return;

  /* An edit against a deletion: the edited statement stays, so that nothing is lost. */
  text = fw_statement_to_text (kept->statement);
  path = readable_path (kept->container);
  _fw_merge_record (sm->merge, id, "statement", path, ours_kept ? text : NULL,
                    ours_kept ? NULL : text);
  statement = ours_kept ? g_object_ref (kept->statement) : copy_statement (kept->statement);
  keep (sm, id, statement, kept->container);
}

static void
merge_one (StatementMerge *sm,
           const char     *id)
{
  Where *base = lookup (&sm->base, id);
  Where *ours = lookup (&sm->ours, id);
  Where *theirs = lookup (&sm->theirs, id);

  if (ours != NULL && theirs != NULL)
    {
      /* A move by ours wins; otherwise theirs decides where it goes. */
      const char *container = base == NULL || !g_str_equal (ours->container, base->container)
                              ? ours->container : theirs->container;

      merge_content (sm, base != NULL ? base->statement : NULL, ours->statement,
                     theirs->statement);
      keep (sm, id, ours->statement, container);
    }
  else if (ours != NULL)
    {
      if (base == NULL)
        keep (sm, id, ours->statement, ours->container);
      else
        merge_deleted (sm, id, base, ours, TRUE);
    }
  else if (theirs != NULL)
    {
      if (base == NULL)
        {
          g_autoptr(FwStatement) copy = copy_statement (theirs->statement);

          keep (sm, id, copy, theirs->container);
        }
      else
        merge_deleted (sm, id, base, theirs, FALSE);
    }
}

/* Whether @side put the statements it shares with base in another order than base. */
static gboolean
reordered (Side       *base,
           Side       *side,
           const char *container)
{
  GPtrArray *base_ids = g_hash_table_lookup (base->sequences, container);
  GPtrArray *side_ids = g_hash_table_lookup (side->sequences, container);
  guint k = 0;

  if (base_ids == NULL || side_ids == NULL)
    return FALSE;

  for (guint i = 0; i < side_ids->len; i++)
    {
      const char *id = g_ptr_array_index (side_ids, i);
      guint index;

      if (!g_ptr_array_find_with_equal_func (base_ids, id, g_str_equal, &index))
        continue;
      if (index < k)
        return TRUE;
      k = index;
    }

  return FALSE;
}

static gboolean
belongs (StatementMerge *sm,
         const char     *id,
         const char     *container)
{
  return g_strcmp0 (g_hash_table_lookup (sm->target, id), container) == 0;
}

/*
 * The order of one container: the side that reordered it (ours when both did) gives the
 * order, and the other side's statements go after the nearest statement before them, after
 * the additions the first side made there, so both sides' additions stay, ours first.
 */
static GPtrArray *
order_container (StatementMerge *sm,
                 const char     *container)
{
  gboolean theirs_first = reordered (&sm->base, &sm->theirs, container)
                          && !reordered (&sm->base, &sm->ours, container);
  Side *primary = theirs_first ? &sm->theirs : &sm->ours;
  Side *secondary = theirs_first ? &sm->ours : &sm->theirs;
  GPtrArray *primary_ids = g_hash_table_lookup (primary->sequences, container);
  GPtrArray *secondary_ids = g_hash_table_lookup (secondary->sequences, container);
  GPtrArray *result = g_ptr_array_new ();

  for (guint i = 0; primary_ids != NULL && i < primary_ids->len; i++)
    if (belongs (sm, g_ptr_array_index (primary_ids, i), container))
      g_ptr_array_add (result, g_ptr_array_index (primary_ids, i));

  for (guint i = 0; secondary_ids != NULL && i < secondary_ids->len; i++)
    {
      const char *id = g_ptr_array_index (secondary_ids, i);
      guint at = 0;

      if (!belongs (sm, id, container) || g_ptr_array_find_with_equal_func (result, id,
                                                                           g_str_equal, NULL))
        continue;

      for (guint k = i; k-- > 0;)
        {
          if (g_ptr_array_find_with_equal_func (result, g_ptr_array_index (secondary_ids, k),
                                                g_str_equal, &at))
            {
              at++;
              break;
            }
        }
      while (at < result->len && lookup (&sm->base, g_ptr_array_index (result, at)) == NULL
             && lookup (primary, g_ptr_array_index (result, at)) != NULL
             && lookup (secondary, g_ptr_array_index (result, at)) == NULL)
        at++;
      g_ptr_array_insert (result, at, (gpointer) id);
    }

  return result;
}

static GListStore *
store_for (FwDocument *document,
           const char *container)
{
  g_auto(GStrv) parts = g_strsplit (container, "\x1f", -1);
  int level = atoi (parts[1]);
  GListModel *domains;

  if (parts[0][0] == 'L')
    return fw_level_get_statements (fw_document_get_level (document, level));
  if (parts[0][0] == 'A')
    return fw_level_get_ai_statements (fw_document_get_level (document, level));

  domains = G_LIST_MODEL (fw_document_get_domains (document));
  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(FwDomain) domain = g_list_model_get_item (domains, i);

      if (g_str_equal (fw_domain_get_name (domain), parts[2]))
        return fw_domain_get_cell (domain, level);
    }

  /* A domain only theirs has (or that ours removed while theirs added to it). */
  {
    g_autoptr(FwDomain) domain = fw_domain_new (parts[2]);

    g_list_store_append (fw_document_get_domains (document), domain);
    return fw_domain_get_cell (domain, level);
  }
}

/* Domains theirs removed go when nothing is left in them. */
static void
drop_removed_domains (StatementMerge *sm)
{
  GListStore *domains = fw_document_get_domains (sm->merge->ours);

  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (domains)); i-- > 0;)
    {
      g_autoptr(FwDomain) domain = g_list_model_get_item (G_LIST_MODEL (domains), i);
      const char *name = fw_domain_get_name (domain);
      gboolean in_base = FALSE, in_theirs = FALSE;
      GListModel *list;

      list = G_LIST_MODEL (fw_document_get_domains (sm->merge->base));
      for (guint k = 0; k < g_list_model_get_n_items (list); k++)
        {
          g_autoptr(FwDomain) other = g_list_model_get_item (list, k);
          in_base |= g_str_equal (fw_domain_get_name (other), name);
        }
      list = G_LIST_MODEL (fw_document_get_domains (sm->merge->theirs));
      for (guint k = 0; k < g_list_model_get_n_items (list); k++)
        {
          g_autoptr(FwDomain) other = g_list_model_get_item (list, k);
          in_theirs |= g_str_equal (fw_domain_get_name (other), name);
        }
      if (in_base && !in_theirs && fw_domain_count_statements (domain) == 0)
        g_list_store_remove (domains, i);
    }
}

static void
add_domains_of_theirs (StatementMerge *sm)
{
  GListModel *theirs = G_LIST_MODEL (fw_document_get_domains (sm->merge->theirs));
  GListModel *base = G_LIST_MODEL (fw_document_get_domains (sm->merge->base));
  GListStore *ours = fw_document_get_domains (sm->merge->ours);

  for (guint i = 0; i < g_list_model_get_n_items (theirs); i++)
    {
      g_autoptr(FwDomain) domain = g_list_model_get_item (theirs, i);
      const char *name = fw_domain_get_name (domain);
      gboolean known = FALSE;

      for (guint k = 0; k < g_list_model_get_n_items (base) && !known; k++)
        {
          g_autoptr(FwDomain) other = g_list_model_get_item (base, k);
          known = g_str_equal (fw_domain_get_name (other), name);
        }
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (ours)) && !known; k++)
        {
          g_autoptr(FwDomain) other = g_list_model_get_item (G_LIST_MODEL (ours), k);
          known = g_str_equal (fw_domain_get_name (other), name);
        }
      if (!known)
        {
          g_autoptr(FwDomain) copy = fw_domain_new (name);

          g_list_store_append (ours, copy);
        }
    }
}

static void
add_container (GPtrArray  *containers,
               const char *container)
{
  if (!g_ptr_array_find_with_equal_func (containers, container, g_str_equal, NULL))
    g_ptr_array_add (containers, (gpointer) container);
}

static void
fill_containers (StatementMerge *sm)
{
  g_autoptr(GPtrArray) containers = g_ptr_array_new ();

  for (guint i = 0; i < sm->ours.containers->len; i++)
    add_container (containers, g_ptr_array_index (sm->ours.containers, i));
  for (guint i = 0; i < sm->theirs.containers->len; i++)
    add_container (containers, g_ptr_array_index (sm->theirs.containers, i));

  /* Every statement leaves its store first: a move may take it to a store filled earlier. */
  for (guint i = 0; i < containers->len; i++)
    {
      GListStore *store = store_for (sm->merge->ours, g_ptr_array_index (containers, i));

      g_list_store_remove_all (store);
    }

  for (guint i = 0; i < containers->len; i++)
    {
      const char *container = g_ptr_array_index (containers, i);
      g_autoptr(GPtrArray) order = order_container (sm, container);
      GListStore *store = store_for (sm->merge->ours, container);

      for (guint k = 0; k < order->len; k++)
        g_list_store_append (store, g_hash_table_lookup (sm->result,
                                                         g_ptr_array_index (order, k)));
    }
}

static void
add_ids (GHashTable *ids,
         GPtrArray  *order,
         Side       *side)
{
  for (guint i = 0; i < side->containers->len; i++)
    {
      GPtrArray *sequence = g_hash_table_lookup (side->sequences,
                                                 g_ptr_array_index (side->containers, i));

      for (guint k = 0; k < sequence->len; k++)
        if (g_hash_table_add (ids, g_ptr_array_index (sequence, k)))
          g_ptr_array_add (order, g_ptr_array_index (sequence, k));
    }
}

guint
fw_merge_documents (FwDocument *base,
                    FwDocument *ours,
                    FwDocument *theirs)
{
  FwMerge merge = { base, ours, theirs, 0 };
  StatementMerge sm = { &merge };
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();

  g_return_val_if_fail (FW_IS_DOCUMENT (base), 0);
  g_return_val_if_fail (FW_IS_DOCUMENT (ours), 0);
  g_return_val_if_fail (FW_IS_DOCUMENT (theirs), 0);

  side_init (&sm.base, base);
  side_init (&sm.ours, ours);
  side_init (&sm.theirs, theirs);
  sm.result = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  sm.target = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  _fw_merge_items (&merge);
  _fw_merge_corrections (&merge);

  /* Conflicts follow the statements' document order: ours, then theirs, then base. */
  add_ids (ids, order, &sm.ours);
  add_ids (ids, order, &sm.theirs);
  add_ids (ids, order, &sm.base);
  for (guint i = 0; i < order->len; i++)
    merge_one (&sm, g_ptr_array_index (order, i));

  add_domains_of_theirs (&sm);
  fill_containers (&sm);
  drop_removed_domains (&sm);

  g_hash_table_unref (sm.result);
  g_hash_table_unref (sm.target);
  side_clear (&sm.base);
  side_clear (&sm.ours);
  side_clear (&sm.theirs);

  return merge.n_conflicts;
}
