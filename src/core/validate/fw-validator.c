/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-rules-private.h"
#include "fw-validator.h"

/* Statements in document order ---------------------------------------------------------------- */

typedef struct
{
  GPtrArray      *refs;
  GPtrArray      *domains;
  FwStatementRef *next;      /* the next free entry of the block */
} CollectStatements;

static void
statement_ref_clear (FwStatementRef *ref)
{
  g_free (ref->path);
}

static gboolean
collect_statement_cb (FwStatement            *statement,
                      const FwStatementPlace *place,
                      gpointer                user_data)
{
  CollectStatements *collect = user_data;
  FwStatementRef *ref = collect->next++;
  guint group = place->level;

  ref->statement = statement;
  ref->section = place->section;
  ref->level = place->level;
  ref->domain = place->domain;
  ref->position = place->position;

  if (place->section == FW_SECTION_DURABLE_SKILLS)
    {
      g_ptr_array_find (collect->domains, place->domain, &ref->domain_index);
      group = _fw_durable_group (ref->domain_index, place->level);
    }

  ref->order = _fw_order_for_section (place->section, group, place->position + 1);

  g_ptr_array_add (collect->refs, ref);
  return TRUE;
}

/* The number of statements, counted from the stores without visiting each one. */
static guint
count_statements (FwDocument *document,
                  GPtrArray  *domains)
{
  guint n = 0;

  for (guint key = 0; key < FW_N_LEVELS; key++)
    {
      FwLevel *level = fw_document_get_level (document, key);

      n += g_list_model_get_n_items (G_LIST_MODEL (fw_level_get_statements (level)));
      n += g_list_model_get_n_items (G_LIST_MODEL (fw_level_get_ai_statements (level)));
    }

  for (guint i = 0; i < domains->len; i++)
    {
      FwDomain *domain = g_ptr_array_index (domains, i);

      for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
        n += g_list_model_get_n_items (G_LIST_MODEL (fw_domain_get_cell (domain, level)));
    }

  return n;
}

/*
 * Splits every statement into words, once per run: the statement, duplicate and progression
 * rules all read them. One block holds the words of all the statements; returns it.
 */
static gpointer
split_statements (GPtrArray *refs)
{
  gsize max_words = 0;
  gsize max_bytes = 0;
  gpointer block;
  FwWord *word_space;
  char *byte_space;

  for (guint i = 0; i < refs->len; i++)
    {
      FwStatementRef *ref = g_ptr_array_index (refs, i);

      ref->lengths[0] = strlen (fw_statement_get_headline (ref->statement));
      ref->lengths[1] = strlen (fw_statement_get_body (ref->statement));
      max_words += FW_WORDS_MAX_WORDS (ref->lengths[0]) + FW_WORDS_MAX_WORDS (ref->lengths[1]);
      max_bytes += FW_WORDS_MAX_BYTES (ref->lengths[0]) + FW_WORDS_MAX_BYTES (ref->lengths[1]);
    }

  block = g_malloc (max_words * sizeof (FwWord) + max_bytes);
  word_space = block;
  byte_space = (char *) (word_space + max_words);

  for (guint i = 0; i < refs->len; i++)
    {
      FwStatementRef *ref = g_ptr_array_index (refs, i);

      ref->headline_words = &ref->words[0];
      ref->body_words = &ref->words[1];
      _fw_words_split (fw_statement_get_headline (ref->statement), ref->lengths[0],
                       ref->headline_words, &word_space, &byte_space);
      _fw_words_split (fw_statement_get_body (ref->statement), ref->lengths[1],
                       ref->body_words, &word_space, &byte_space);
    }

  return block;
}

/* The statements in document order, in @refs; returns the block that holds them. */
static FwStatementRef *
collect_statements (FwDocument *document,
                    GPtrArray  *refs)
{
  GListModel *domains = G_LIST_MODEL (fw_document_get_domains (document));
  g_autoptr(GPtrArray) domain_list = g_ptr_array_new_with_free_func (g_object_unref);
  CollectStatements collect;
  FwStatementRef *block;
  guint n_domains = g_list_model_get_n_items (domains);
  guint n_statements;

  for (guint i = 0; i < n_domains; i++)
    g_ptr_array_add (domain_list, g_list_model_get_item (domains, i));

  /* One block for all the entries: the editor revalidates often. */
  n_statements = count_statements (document, domain_list);
  block = g_new0 (FwStatementRef, n_statements + 1);

  collect.refs = refs;
  collect.domains = domain_list;
  collect.next = block;
  fw_document_foreach_statement (document, collect_statement_cb, &collect);
  g_assert (refs->len == n_statements);

  return block;
}

/* FwValidator --------------------------------------------------------------------------------- */

struct _FwValidator
{
  GObject     parent_instance;

  FwProfile  *profile;
  GListStore *findings;
  /* subject id → GPtrArray of FwFinding, rebuilt by each run. */
  GHashTable *by_subject;
  guint       n_errors;
  guint       n_warnings;
  guint       n_infos;
};

G_DEFINE_FINAL_TYPE (FwValidator, fw_validator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROFILE,
  PROP_FINDINGS,
  PROP_N_ERRORS,
  PROP_N_WARNINGS,
  PROP_N_INFOS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fw_validator_dispose (GObject *object)
{
  FwValidator *self = FW_VALIDATOR (object);

  g_clear_object (&self->profile);
  g_clear_object (&self->findings);
  g_clear_pointer (&self->by_subject, g_hash_table_unref);

  G_OBJECT_CLASS (fw_validator_parent_class)->dispose (object);
}

static void
fw_validator_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FwValidator *self = FW_VALIDATOR (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;

    case PROP_FINDINGS:
      g_value_set_object (value, self->findings);
      break;

    case PROP_N_ERRORS:
      g_value_set_uint (value, self->n_errors);
      break;

    case PROP_N_WARNINGS:
      g_value_set_uint (value, self->n_warnings);
      break;

    case PROP_N_INFOS:
      g_value_set_uint (value, self->n_infos);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_validator_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  FwValidator *self = FW_VALIDATOR (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      self->profile = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_validator_constructed (GObject *object)
{
  FwValidator *self = FW_VALIDATOR (object);

  G_OBJECT_CLASS (fw_validator_parent_class)->constructed (object);

  if (self->profile == NULL)
    self->profile = g_object_ref (fw_profile_get_default ());
}

static GParamSpec *
count_property (const char *name)
{
  return g_param_spec_uint (name, NULL, NULL, 0, G_MAXUINT, 0,
                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static void
fw_validator_class_init (FwValidatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fw_validator_dispose;
  object_class->get_property = fw_validator_get_property;
  object_class->set_property = fw_validator_set_property;
  object_class->constructed = fw_validator_constructed;

  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL, FW_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS |
                         G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FINDINGS] =
    g_param_spec_object ("findings", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_ERRORS] = count_property ("n-errors");
  properties[PROP_N_WARNINGS] = count_property ("n-warnings");
  properties[PROP_N_INFOS] = count_property ("n-infos");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fw_validator_init (FwValidator *self)
{
  self->findings = g_list_store_new (FW_TYPE_FINDING);
  self->by_subject = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) g_ptr_array_unref);
}

/**
 * fw_validator_new:
 * @profile: (nullable): the profile to apply; %NULL for the default (nsx-1.0)
 *
 * Returns: (transfer full): a validator with no findings yet
 */
FwValidator *
fw_validator_new (FwProfile *profile)
{
  g_return_val_if_fail (profile == NULL || FW_IS_PROFILE (profile), NULL);

  return g_object_new (FW_TYPE_VALIDATOR, "profile", profile, NULL);
}

FwProfile *
fw_validator_get_profile (FwValidator *self)
{
  g_return_val_if_fail (FW_IS_VALIDATOR (self), NULL);

  return self->profile;
}

static int
compare_pending (gconstpointer a,
                 gconstpointer b)
{
  const FwPendingFinding *pa = *(const FwPendingFinding * const *) a;
  const FwPendingFinding *pb = *(const FwPendingFinding * const *) b;
  FwSeverity sa = fw_finding_get_severity (pa->finding);
  FwSeverity sb = fw_finding_get_severity (pb->finding);

  if (sa != sb)
    return sa < sb ? -1 : 1;
  if (pa->order != pb->order)
    return pa->order < pb->order ? -1 : 1;
  if (pa->sequence != pb->sequence)
    return pa->sequence < pb->sequence ? -1 : 1;
  return 0;
}

static void
set_count (FwValidator *self,
           guint       *field,
           guint        value,
           guint        prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
index_finding (FwValidator *self,
               FwFinding   *finding)
{
  const char *subject_id = fw_finding_get_subject_id (finding);
  GPtrArray *list;

  if (subject_id == NULL)
    return;

  list = g_hash_table_lookup (self->by_subject, subject_id);
  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (g_object_unref);
      /* The key is the finding's own string, which lives as long as the list holds it. */
      g_hash_table_insert (self->by_subject, (gpointer) subject_id, list);
    }
  g_ptr_array_add (list, g_object_ref (finding));
}

static void
publish_findings (FwValidator *self,
                  GPtrArray   *pending)
{
  g_autofree gpointer *items = g_new0 (gpointer, pending->len + 1);
  guint counts[3] = { 0, 0, 0 };

  /* Index before the splice, so that views reading it on items-changed find the new run. */
  g_hash_table_remove_all (self->by_subject);

  g_ptr_array_sort (pending, compare_pending);
  for (guint i = 0; i < pending->len; i++)
    {
      FwPendingFinding *p = g_ptr_array_index (pending, i);

      items[i] = p->finding;
      counts[fw_finding_get_severity (p->finding)]++;
      index_finding (self, p->finding);
    }

  /* One splice, so that views see one items-changed. */
  g_list_store_splice (self->findings, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->findings)),
                       items, pending->len);

  g_object_freeze_notify (G_OBJECT (self));
  set_count (self, &self->n_errors, counts[FW_SEVERITY_ERROR], PROP_N_ERRORS);
  set_count (self, &self->n_warnings, counts[FW_SEVERITY_WARNING], PROP_N_WARNINGS);
  set_count (self, &self->n_infos, counts[FW_SEVERITY_INFO], PROP_N_INFOS);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * fw_validator_run:
 * @document: the document to check; only read
 *
 * Runs every enabled rule and replaces the findings with one items-changed emission.
 */
void
fw_validator_run (FwValidator *self,
                  FwDocument  *document)
{
  g_autoptr(GPtrArray) statements = NULL;
  g_autoptr(GPtrArray) pending = NULL;
  g_autofree FwStatementRef *block = NULL;
  g_autofree gpointer words = NULL;
  FwRuleContext ctx;

  g_return_if_fail (FW_IS_VALIDATOR (self));
  g_return_if_fail (FW_IS_DOCUMENT (document));

  statements = g_ptr_array_new ();
  block = collect_statements (document, statements);
  words = split_statements (statements);
  pending = g_ptr_array_new_with_free_func (_fw_pending_finding_free);

  ctx.document = document;
  ctx.profile = self->profile;
  ctx.lexicon = _fw_lexicon_get_default ();
  ctx.statements = statements;
  ctx.pending = pending;
  ctx.nsx = fw_document_get_origin (document) == FW_ORIGIN_NSX;

  _fw_rules_occupation (&ctx);
  _fw_rules_levels (&ctx);
  _fw_rules_statements (&ctx);
  _fw_rules_progression (&ctx);
  _fw_rules_duplicates (&ctx);
  _fw_rules_durable (&ctx);
  _fw_rules_citations (&ctx);
  _fw_rules_evidence (&ctx);
  _fw_rules_onet (&ctx);
  _fw_rules_conflicts (&ctx);
  _fw_rules_corrections (&ctx);

  publish_findings (self, pending);

  for (guint i = 0; i < statements->len; i++)
    statement_ref_clear (g_ptr_array_index (statements, i));
}

GListModel *
fw_validator_get_findings (FwValidator *self)
{
  g_return_val_if_fail (FW_IS_VALIDATOR (self), NULL);

  return G_LIST_MODEL (self->findings);
}

guint
fw_validator_get_n_errors (FwValidator *self)
{
  g_return_val_if_fail (FW_IS_VALIDATOR (self), 0);

  return self->n_errors;
}

guint
fw_validator_get_n_warnings (FwValidator *self)
{
  g_return_val_if_fail (FW_IS_VALIDATOR (self), 0);

  return self->n_warnings;
}

guint
fw_validator_get_n_infos (FwValidator *self)
{
  g_return_val_if_fail (FW_IS_VALIDATOR (self), 0);

  return self->n_infos;
}

/**
 * fw_validator_get_statement_findings:
 * @statement_id: a statement id
 *
 * Returns: (transfer full) (element-type FwFinding): the findings about that statement, in
 *   findings order; possibly empty
 */
GPtrArray *
fw_validator_get_statement_findings (FwValidator *self,
                                     const char  *statement_id)
{
  GPtrArray *indexed;
  GPtrArray *found;

  g_return_val_if_fail (FW_IS_VALIDATOR (self), NULL);
  g_return_val_if_fail (statement_id != NULL, NULL);

  found = g_ptr_array_new_with_free_func (g_object_unref);
  indexed = g_hash_table_lookup (self->by_subject, statement_id);
  for (guint i = 0; indexed != NULL && i < indexed->len; i++)
    {
      FwFinding *finding = g_ptr_array_index (indexed, i);

      if (g_strcmp0 (fw_finding_get_statement_id (finding), statement_id) == 0)
        g_ptr_array_add (found, g_object_ref (finding));
    }

  return found;
}

/**
 * fw_validator_lookup_findings:
 * @subject_id: a subject id: a statement's, a source's, a domain's …
 *
 * Returns: (transfer none) (nullable) (element-type FwFinding): the findings about that
 *   subject, in findings order, valid until the next run; NULL when there are none
 */
GPtrArray *
fw_validator_lookup_findings (FwValidator *self,
                              const char  *subject_id)
{
  g_return_val_if_fail (FW_IS_VALIDATOR (self), NULL);
  g_return_val_if_fail (subject_id != NULL, NULL);

  return g_hash_table_lookup (self->by_subject, subject_id);
}
