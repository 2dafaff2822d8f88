/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>

#include "fw-diff-private.h"

/* Everything but statements: metadata, domains, evidence, O*NET, sources and conflicts. */

static void
add_value_change (GPtrArray       *changes,
                  FwChangeSubject  subject,
                  const char      *path,
                  const char      *id,
                  const char      *field,
                  const char      *old_value,
                  const char      *new_value)
{
  FwChangeKind kind = FW_CHANGE_EDITED;
  FwChange *change;

  if (g_strcmp0 (old_value, new_value) == 0)
    return;
  if (old_value == NULL)
    kind = FW_CHANGE_ADDED;
  else if (new_value == NULL)
    kind = FW_CHANGE_REMOVED;

  change = _fw_change_new (kind, subject, path, id, old_value, new_value);
  if (kind != FW_CHANGE_ADDED)
    change->old_path = g_strdup (path);
  _fw_change_add_field (change, field);
  g_ptr_array_add (changes, change);
}

/* An empty string is no value at all: an unset field was not "edited to empty". */
static const char *
or_null (const char *value)
{
  return value != NULL && value[0] != '\0' ? value : NULL;
}

static char *
get_string (GObject    *object,
            const char *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (object, property, &value);
  if (G_VALUE_HOLDS_STRING (&value))
    return g_strdup (or_null (g_value_get_string (&value)));
  if (G_VALUE_HOLDS_BOOLEAN (&value))
    return g_strdup (g_value_get_boolean (&value) ? "true" : "false");
  if (G_VALUE_HOLDS_INT (&value))
    return g_value_get_int (&value) > 0 ? g_strdup_printf ("%d", g_value_get_int (&value)) : NULL;
  return NULL;
}

static void
diff_property (GPtrArray       *changes,
               FwChangeSubject  subject,
               GObject         *old_object,
               GObject         *new_object,
               const char      *prefix,
               const char      *property)
{
  g_autofree char *old_value = get_string (old_object, property);
  g_autofree char *new_value = get_string (new_object, property);
  g_autofree char *path = g_strconcat (prefix, ".", property, NULL);

  add_value_change (changes, subject, path, path, property, old_value, new_value);
}

void
_fw_diff_header (FwDocument *old_document,
                 FwDocument *new_document,
                 GPtrArray  *changes)
{
  static const char * const occupation[] = {
    "soc", "title", "group", "sector", "job-zone", "job-zone-inferred", "job-zone-label", NULL
  };
  static const char * const framework[] = { "version", "description", "context-covered", NULL };
  static const char * const provenance[] = { "exported-at", "attribution", NULL };

  for (guint i = 0; occupation[i] != NULL; i++)
    diff_property (changes, FW_CHANGE_METADATA, G_OBJECT (old_document), G_OBJECT (new_document),
                   "occupation", occupation[i]);
  for (guint i = 0; framework[i] != NULL; i++)
    diff_property (changes, FW_CHANGE_METADATA, G_OBJECT (old_document), G_OBJECT (new_document),
                   "framework", framework[i]);
  for (guint key = 0; key < FW_N_LEVELS; key++)
    {
      g_autofree char *prefix = g_strconcat ("levels.", fw_level_key_to_string (key), NULL);
      GObject *old_level = G_OBJECT (fw_document_get_level (old_document, key));
      GObject *new_level = G_OBJECT (fw_document_get_level (new_document, key));

      diff_property (changes, FW_CHANGE_METADATA, old_level, new_level, prefix, "label");
      diff_property (changes, FW_CHANGE_METADATA, old_level, new_level, prefix, "role-label");
    }
  for (guint i = 0; provenance[i] != NULL; i++)
    diff_property (changes, FW_CHANGE_METADATA, G_OBJECT (old_document), G_OBJECT (new_document),
                   "provenance", provenance[i]);
}

/* Items of two lists, by key: added (in NEW's order) and removed (in OLD's). */
static void
diff_keys (GPtrArray          *changes,
           FwChangeSubject     subject,
           const char         *path,
           const char         *field,
           const char * const *old_keys,
           const char * const *new_keys)
{
  for (guint i = 0; old_keys[i] != NULL; i++)
    if (!g_strv_contains (new_keys, old_keys[i]))
      add_value_change (changes, subject, path, old_keys[i], field, old_keys[i], NULL);
  for (guint i = 0; new_keys[i] != NULL; i++)
    if (!g_strv_contains (old_keys, new_keys[i]))
      add_value_change (changes, subject, path, new_keys[i], field, NULL, new_keys[i]);
}

typedef const char *(*KeyFunc) (gpointer item);

static GStrv
list_keys (GListModel *list,
           KeyFunc     key)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      g_strv_builder_add (builder, key (item));
    }

  return g_strv_builder_end (builder);
}

static const char *
task_key (gpointer item)
{
  return fw_task_get_text (item);
}

static const char *
apprenticeship_key (gpointer item)
{
  return fw_apprenticeship_get_code (item);
}

static const char *
domain_key (gpointer item)
{
  return fw_domain_get_name (item);
}

static void
diff_domains (FwDocument *old_document,
              FwDocument *new_document,
              GPtrArray  *changes)
{
  g_auto(GStrv) old_names = list_keys (G_LIST_MODEL (fw_document_get_domains (old_document)),
                                       domain_key);
  g_auto(GStrv) new_names = list_keys (G_LIST_MODEL (fw_document_get_domains (new_document)),
                                       domain_key);

  diff_keys (changes, FW_CHANGE_DOMAIN, "durableSkills", "domain",
             (const char * const *) old_names, (const char * const *) new_names);
}

static char *
evidence_value (FwEvidence *evidence,
                const char *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (evidence), property);

  if (!fw_evidence_has (evidence, property))
    return NULL;
  if (pspec->value_type == G_TYPE_DOUBLE)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%g",
                                        fw_evidence_get_number (evidence, property)));
    }
  return g_strdup (fw_evidence_get_string (evidence, property));
}

static void
diff_evidence (FwDocument *old_document,
               FwDocument *new_document,
               GPtrArray  *changes)
{
  static const char * const properties[] = {
    "task-observations", "augment-share", "time-saved", "ai-autonomy", "top-skill",
    "safi-score", "quadrant", "precision", "wef-label", "wef-id", NULL
  };

  for (guint i = 0; properties[i] != NULL; i++)
    {
      g_autofree char *old_value = evidence_value (fw_document_get_evidence (old_document),
                                                   properties[i]);
      g_autofree char *new_value = evidence_value (fw_document_get_evidence (new_document),
                                                   properties[i]);
      g_autofree char *path = g_strconcat ("evidence.", properties[i], NULL);

      add_value_change (changes, FW_CHANGE_EVIDENCE, path, path, properties[i], old_value,
                        new_value);
    }
}

static void
diff_onet (FwDocument *old_document,
           FwDocument *new_document,
           GPtrArray  *changes)
{
  FwOnet *old_onet = fw_document_get_onet (old_document);
  FwOnet *new_onet = fw_document_get_onet (new_document);
  const char * const *lists = fw_onet_list_properties ();
  g_autofree char *old_count = NULL, *new_count = NULL;
  g_auto(GStrv) old_keys = NULL, new_keys = NULL;

  if (fw_onet_get_anchor_count (old_onet) >= 0)
    old_count = g_strdup_printf ("%d", fw_onet_get_anchor_count (old_onet));
  if (fw_onet_get_anchor_count (new_onet) >= 0)
    new_count = g_strdup_printf ("%d", fw_onet_get_anchor_count (new_onet));
  add_value_change (changes, FW_CHANGE_ONET, "onet.anchor-count", "onet.anchor-count",
                    "anchor-count", old_count, new_count);

  for (guint i = 0; lists[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat ("onet.", lists[i], NULL);

      diff_keys (changes, FW_CHANGE_ONET, path, lists[i], fw_onet_get_strv (old_onet, lists[i]),
                 fw_onet_get_strv (new_onet, lists[i]));
    }

  old_keys = list_keys (G_LIST_MODEL (fw_onet_get_tasks (old_onet)), task_key);
  new_keys = list_keys (G_LIST_MODEL (fw_onet_get_tasks (new_onet)), task_key);
  diff_keys (changes, FW_CHANGE_ONET, "onet.tasks", "tasks", (const char * const *) old_keys,
             (const char * const *) new_keys);
  g_clear_pointer (&old_keys, g_strfreev);
  g_clear_pointer (&new_keys, g_strfreev);

  old_keys = list_keys (G_LIST_MODEL (fw_onet_get_apprenticeships (old_onet)),
                        apprenticeship_key);
  new_keys = list_keys (G_LIST_MODEL (fw_onet_get_apprenticeships (new_onet)),
                        apprenticeship_key);
  diff_keys (changes, FW_CHANGE_ONET, "onet.apprenticeships", "apprenticeships",
             (const char * const *) old_keys, (const char * const *) new_keys);
}

static void
diff_sources (FwDocument *old_document,
              FwDocument *new_document,
              GPtrArray  *changes)
{
  static const char * const fields[] = {
    "short-label", "title", "publisher", "version", "url", "license", NULL
  };
  GListModel *old_sources = G_LIST_MODEL (fw_document_get_sources (old_document));
  GListModel *new_sources = G_LIST_MODEL (fw_document_get_sources (new_document));

  for (guint i = 0; i < g_list_model_get_n_items (old_sources); i++)
    {
      g_autoptr(FwSource) source = g_list_model_get_item (old_sources, i);
      const char *id = fw_source_get_id (source);
      g_autofree char *path = g_strconcat ("sources.", id, NULL);

      if (fw_document_find_source (new_document, id) == NULL)
        add_value_change (changes, FW_CHANGE_SOURCE, path, id, "source",
                          fw_source_get_title (source), NULL);
    }

  for (guint i = 0; i < g_list_model_get_n_items (new_sources); i++)
    {
      g_autoptr(FwSource) source = g_list_model_get_item (new_sources, i);
      const char *id = fw_source_get_id (source);
      FwSource *old_source = fw_document_find_source (old_document, id);
      g_autofree char *path = g_strconcat ("sources.", id, NULL);

      if (old_source == NULL)
        {
          add_value_change (changes, FW_CHANGE_SOURCE, path, id, "source", NULL,
                            fw_source_get_title (source));
          continue;
        }
      for (guint f = 0; fields[f] != NULL; f++)
        {
          g_autofree char *old_value = get_string (G_OBJECT (old_source), fields[f]);
          g_autofree char *new_value = get_string (G_OBJECT (source), fields[f]);
          g_autofree char *field_path = g_strconcat (path, ".", fields[f], NULL);

          add_value_change (changes, FW_CHANGE_SOURCE, field_path, id, fields[f], old_value,
                            new_value);
        }
    }
}

static char *
describe_conflict (FwConflict *conflict)
{
  return g_strdup_printf ("%s %s", fw_conflict_get_item_id (conflict),
                          fw_conflict_get_field (conflict));
}

static GStrv
conflict_keys (FwDocument *document)
{
  GListModel *conflicts = G_LIST_MODEL (fw_document_get_conflicts (document));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(FwConflict) conflict = g_list_model_get_item (conflicts, i);
      g_autofree char *key = describe_conflict (conflict);

      g_strv_builder_add (builder, key);
    }

  return g_strv_builder_end (builder);
}

void
_fw_diff_items (FwDocument *old_document,
                FwDocument *new_document,
                GPtrArray  *changes)
{
  g_auto(GStrv) old_conflicts = conflict_keys (old_document);
  g_auto(GStrv) new_conflicts = conflict_keys (new_document);

  diff_domains (old_document, new_document, changes);
  diff_evidence (old_document, new_document, changes);
  diff_onet (old_document, new_document, changes);
  diff_sources (old_document, new_document, changes);
  _fw_diff_corrections (old_document, new_document, changes);
  /* A conflict that disappears has been resolved. */
  diff_keys (changes, FW_CHANGE_CONFLICT, "conflicts", "conflict",
             (const char * const *) old_conflicts, (const char * const *) new_conflicts);
}
