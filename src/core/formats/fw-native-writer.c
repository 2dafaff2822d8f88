/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>

#include "fw-error.h"
#include "fw-format-readers.h"
#include "fw-limits.h"
#include "fw-native-private.h"

/* Writing .fwk files: see fw-native.c for the format. */

static JsonObject *
new_object_member (JsonObject *parent,
                   const char *member)
{
  JsonObject *object = json_object_new ();

  json_object_set_object_member (parent, member, object);
  return object;
}

static JsonArray *
new_array_member (JsonObject *parent,
                  const char *member)
{
  JsonArray *array = json_array_new ();

  json_object_set_array_member (parent, member, array);
  return array;
}

static void
set_strv_member (JsonObject         *object,
                 const char         *member,
                 const char * const *strv)
{
  JsonArray *array = new_array_member (object, member);

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_array_add_string_element (array, strv[i]);
}

/* Puts back the members an earlier read did not know, after the known ones. */
static void
append_extras (FwDocument *document,
               JsonObject *object,
               const char *extras_key)
{
  JsonObject *extras = g_hash_table_lookup (fw_document_get_extras (document), extras_key);
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  if (extras == NULL)
    return;

  json_object_iter_init_ordered (&iter, extras);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      if (!json_object_has_member (object, name))
        json_object_set_member (object, name, json_node_copy (member));
    }
}

static void
write_statement (FwDocument  *document,
                 JsonArray   *array,
                 FwStatement *statement)
{
  JsonObject *object = json_object_new ();
  const char * const *anchors = fw_statement_get_anchors (statement);
  g_autofree char *extras_key = NULL;
  double confidence = fw_statement_get_split_confidence (statement);

  /* Three decimals say all a reader needs, and sixteen would change with every re-split and
   * make noisy diffs. The writer's numbers never depend on the locale. */
  confidence = round (confidence * SPLIT_CONFIDENCE_SCALE) / SPLIT_CONFIDENCE_SCALE;

  json_array_add_object_element (array, object);

  json_object_set_string_member (object, "id", fw_statement_get_id (statement));
  json_object_set_string_member (object, "headline", fw_statement_get_headline (statement));
  json_object_set_string_member (object, "body", fw_statement_get_body (statement));
  if (fw_statement_get_note (statement) != NULL)
    json_object_set_string_member (object, "note", fw_statement_get_note (statement));
  set_strv_member (object, "citations", fw_statement_get_citations (statement));
  if (anchors != NULL && anchors[0] != NULL)
    set_strv_member (object, "anchors", anchors);
  if (confidence < 1.0)
    json_object_set_double_member (object, "splitConfidence", confidence);

  extras_key = g_strconcat ("statement:", fw_statement_get_id (statement), NULL);
  append_extras (document, object, extras_key);
}

static void
write_statements (FwDocument *document,
                  JsonObject *parent,
                  const char *member,
                  GListModel *statements)
{
  JsonArray *array = new_array_member (parent, member);

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(FwStatement) statement = g_list_model_get_item (statements, i);

      write_statement (document, array, statement);
    }
}

static void
write_occupation (FwDocument *document,
                  JsonObject *root)
{
  JsonObject *object = new_object_member (root, "occupation");
  const char *label = fw_document_get_job_zone_label (document);

  json_object_set_string_member (object, "soc", fw_document_get_soc (document));
  json_object_set_string_member (object, "title", fw_document_get_title (document));
  json_object_set_string_member (object, "group", fw_document_get_group (document));
  json_object_set_string_member (object, "sector", fw_document_get_sector (document));
  if (fw_document_get_job_zone (document) > 0)
    json_object_set_int_member (object, "jobZone", fw_document_get_job_zone (document));
  json_object_set_boolean_member (object, "jobZoneInferred",
                                  fw_document_get_job_zone_inferred (document));
  if (label != NULL && label[0] != '\0')
    json_object_set_string_member (object, "jobZoneLabel", label);

  append_extras (document, object, "occupation");
}

static void
write_framework (FwDocument *document,
                 JsonObject *root)
{
  JsonObject *object = new_object_member (root, "framework");
  const char *id = fw_document_get_framework_id (document);

  if (id[0] != '\0')
    json_object_set_string_member (object, "id", id);
  json_object_set_string_member (object, "version", fw_document_get_version (document));
  json_object_set_string_member (object, "description", fw_document_get_description (document));
  json_object_set_string_member (object, "contextCovered",
                                 fw_document_get_context_covered (document));
  /* English, the default, is not written: files from before languages keep their bytes. */
  if (g_strcmp0 (fw_document_get_language (document), FW_DOCUMENT_DEFAULT_LANGUAGE) != 0)
    json_object_set_string_member (object, "language", fw_document_get_language (document));

  append_extras (document, object, "framework");
}

static void
write_levels (FwDocument *document,
              JsonObject *root)
{
  JsonObject *levels = new_object_member (root, "levels");

  for (guint key = 0; key < FW_N_LEVELS; key++)
    {
      FwLevel *level = fw_document_get_level (document, key);
      const char *name = fw_level_key_to_string (key);
      JsonObject *object = new_object_member (levels, name);
      g_autofree char *extras_key = g_strconcat ("level:", name, NULL);

      json_object_set_string_member (object, "label", fw_level_get_label (level));
      json_object_set_string_member (object, "roleLabel", fw_level_get_role_label (level));
      write_statements (document, object, "statements",
                        G_LIST_MODEL (fw_level_get_statements (level)));
      write_statements (document, object, "aiStatements",
                        G_LIST_MODEL (fw_level_get_ai_statements (level)));

      append_extras (document, object, extras_key);
    }

  append_extras (document, levels, "levels");
}

static void
write_durable_skills (FwDocument *document,
                      JsonObject *root)
{
  GListModel *domains = G_LIST_MODEL (fw_document_get_domains (document));
  JsonArray *array = new_array_member (root, "durableSkills");
  g_auto(GStrv) derived_ids = _fw_native_derived_domain_ids (document);

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(FwDomain) domain = g_list_model_get_item (domains, i);
      g_autofree char *extras_key = g_strconcat ("domain:", fw_domain_get_name (domain), NULL);
      g_autofree char *levels_key = g_strconcat (extras_key, ":levels", NULL);
      JsonObject *object = json_object_new ();
      JsonObject *levels;

      json_array_add_object_element (array, object);
      /* Only an id that a reader could not derive from the name again. */
      if (g_strcmp0 (fw_domain_get_id (domain), derived_ids[i]) != 0)
        json_object_set_string_member (object, "id", fw_domain_get_id (domain));
      json_object_set_string_member (object, "name", fw_domain_get_name (domain));
      levels = new_object_member (object, "levels");

      for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
        write_statements (document, levels, fw_durable_level_to_string (level),
                          G_LIST_MODEL (fw_domain_get_cell (domain, level)));

      append_extras (document, levels, levels_key);
      append_extras (document, object, extras_key);
    }
}

static void
write_evidence (FwDocument *document,
                JsonObject *root)
{
  FwEvidence *evidence = fw_document_get_evidence (document);
  JsonObject *object = new_object_member (root, "evidence");

  for (guint g = 0; g < G_N_ELEMENTS (_fw_native_evidence_groups); g++)
    {
      const EvidenceGroup *group = &_fw_native_evidence_groups[g];
      g_autofree char *extras_key = g_strconcat ("evidence:", group->member, NULL);
      g_autoptr(JsonObject) fields = json_object_new ();

      for (guint i = 0; group->fields[i].member != NULL; i++)
        {
          const EvidenceField *field = &group->fields[i];

          /* Absent stays absent: never written as 0 or null. */
          if (!fw_evidence_has (evidence, field->property))
            continue;

          if (field->kind == FIELD_NUMBER)
            json_object_set_double_member (fields, field->member,
                                           fw_evidence_get_number (evidence, field->property));
          else
            json_object_set_string_member (fields, field->member,
                                           fw_evidence_get_string (evidence, field->property));
        }

      append_extras (document, fields, extras_key);
      if (json_object_get_size (fields) > 0)
        json_object_set_object_member (object, group->member, g_steal_pointer (&fields));
    }

  append_extras (document, object, "evidence");
}

/* Written only when there are some, so that files without them keep their bytes. */
static void
write_technology_skills (FwDocument *document,
                         JsonObject *object,
                         FwOnet     *onet)
{
  GListModel *skills = G_LIST_MODEL (fw_onet_get_technology_skills (onet));
  JsonArray *array;

  if (g_list_model_get_n_items (skills) == 0)
    return;

  array = new_array_member (object, "technologySkills");
  for (guint i = 0; i < g_list_model_get_n_items (skills); i++)
    {
      g_autoptr(FwTechnology) skill = g_list_model_get_item (skills, i);
      const char *code = fw_technology_get_commodity_code (skill);
      g_autofree char *extras_key = NULL;
      JsonObject *entry = json_object_new ();

      json_array_add_object_element (array, entry);
      if (code != NULL)
        json_object_set_string_member (entry, "commodityCode", code);
      json_object_set_string_member (entry, "title", fw_technology_get_title (skill));
      json_object_set_boolean_member (entry, "hot", fw_technology_get_hot (skill));
      json_object_set_boolean_member (entry, "inDemand", fw_technology_get_in_demand (skill));
      set_strv_member (entry, "examples", fw_technology_get_examples (skill));

      extras_key = g_strconcat ("technology:",
                                code != NULL ? code : fw_technology_get_title (skill), NULL);
      append_extras (document, entry, extras_key);
    }
}

static void
write_onet (FwDocument *document,
            JsonObject *root)
{
  FwOnet *onet = fw_document_get_onet (document);
  GListModel *apprenticeships = G_LIST_MODEL (fw_onet_get_apprenticeships (onet));
  GListModel *tasks = G_LIST_MODEL (fw_onet_get_tasks (onet));
  JsonObject *object = new_object_member (root, "onet");
  g_auto(GStrv) derived_ids = _fw_native_derived_apprenticeship_ids (document);
  JsonArray *array;

  if (fw_onet_get_anchor_count (onet) >= 0)
    json_object_set_int_member (object, "anchorCount", fw_onet_get_anchor_count (onet));
  if (fw_onet_get_citations (onet)[0] != NULL)
    set_strv_member (object, "citations", fw_onet_get_citations (onet));

  set_strv_member (object, "relatedTitles", fw_onet_get_strv (onet, "related-titles"));

  array = new_array_member (object, "apprenticeships");
  for (guint i = 0; i < g_list_model_get_n_items (apprenticeships); i++)
    {
      g_autoptr(FwApprenticeship) apprenticeship = g_list_model_get_item (apprenticeships, i);
      g_autofree char *extras_key = NULL;
      JsonObject *entry = json_object_new ();

      json_array_add_object_element (array, entry);
      if (g_strcmp0 (fw_apprenticeship_get_id (apprenticeship), derived_ids[i]) != 0)
        json_object_set_string_member (entry, "id", fw_apprenticeship_get_id (apprenticeship));
      json_object_set_string_member (entry, "code", fw_apprenticeship_get_code (apprenticeship));
      json_object_set_string_member (entry, "title",
                                     fw_apprenticeship_get_title (apprenticeship));

      extras_key = g_strconcat ("apprenticeship:", fw_apprenticeship_get_code (apprenticeship),
                                NULL);
      append_extras (document, entry, extras_key);
    }

  /* Between the apprenticeships and the tasks: skills, knowledge … technology. */
  for (guint i = 1; i < G_N_ELEMENTS (_fw_native_onet_lists) - 1; i++)
    set_strv_member (object, _fw_native_onet_lists[i].member,
                     fw_onet_get_strv (onet, _fw_native_onet_lists[i].property));

  write_technology_skills (document, object, onet);

  array = new_array_member (object, "tasks");
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (tasks, i);
      const char *task_id = fw_task_get_task_id (task);
      g_autofree char *extras_key = NULL;
      JsonObject *entry = json_object_new ();

      json_array_add_object_element (array, entry);
      if (task_id != NULL)
        json_object_set_string_member (entry, "id", task_id);
      json_object_set_string_member (entry, "text", fw_task_get_text (task));
      if (fw_task_get_task_type (task) != NULL)
        json_object_set_string_member (entry, "type", fw_task_get_task_type (task));

      extras_key = g_strconcat ("task:", task_id != NULL ? task_id : fw_task_get_text (task),
                                NULL);
      append_extras (document, entry, extras_key);
    }

  set_strv_member (object, "cipCodes", fw_onet_get_strv (onet, "cip-codes"));
  _fw_native_write_item_ids (document, object);

  append_extras (document, object, "onet");
}

static void
set_optional_string (JsonObject *object,
                     const char *member,
                     const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, member, value);
}

static void
write_sources (FwDocument *document,
               JsonObject *root)
{
  GListModel *sources = G_LIST_MODEL (fw_document_get_sources (document));
  JsonArray *array = new_array_member (root, "sources");

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(FwSource) source = g_list_model_get_item (sources, i);
      g_autofree char *extras_key = g_strconcat ("source:", fw_source_get_id (source), NULL);
      JsonObject *object = json_object_new ();

      json_array_add_object_element (array, object);
      json_object_set_string_member (object, "id", fw_source_get_id (source));
      json_object_set_string_member (object, "shortLabel", fw_source_get_short_label (source));
      json_object_set_string_member (object, "title", fw_source_get_title (source));
      set_optional_string (object, "publisher", fw_source_get_publisher (source));
      set_optional_string (object, "version", fw_source_get_version (source));
      set_optional_string (object, "url", fw_source_get_url (source));
      set_optional_string (object, "license", fw_source_get_license (source));

      append_extras (document, object, extras_key);
    }
}

static void
write_provenance (FwDocument *document,
                  JsonObject *root)
{
  JsonNode *sources = fw_document_get_provenance (document);
  JsonObject *object = new_object_member (root, "provenance");
  const char *exported_at = fw_document_get_exported_at (document);
  const char *attribution = fw_document_get_attribution (document);

  if (exported_at != NULL && exported_at[0] != '\0')
    json_object_set_string_member (object, "exportedAt", exported_at);
  if (sources != NULL)
    json_object_set_member (object, "sources", json_node_copy (sources));
  if (attribution != NULL && attribution[0] != '\0')
    json_object_set_string_member (object, "attribution", attribution);
  if (fw_document_get_last_modified (document)[0] != '\0')
    json_object_set_string_member (object, "lastModified",
                                   fw_document_get_last_modified (document));

  append_extras (document, object, "provenance");
}

/* Merge conflicts waiting for an author; written only when there are some. A missing value
 * is a side that deleted the item. */
static void
write_conflicts (FwDocument *document,
                 JsonObject *root)
{
  GListModel *conflicts = G_LIST_MODEL (fw_document_get_conflicts (document));
  JsonArray *array;

  if (g_list_model_get_n_items (conflicts) == 0)
    return;

  array = new_array_member (root, "conflicts");
  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(FwConflict) conflict = g_list_model_get_item (conflicts, i);
      JsonObject *object = json_object_new ();

      json_array_add_object_element (array, object);
      json_object_set_string_member (object, "id", fw_conflict_get_item_id (conflict));
      json_object_set_string_member (object, "field", fw_conflict_get_field (conflict));
      json_object_set_string_member (object, "path", fw_conflict_get_path (conflict));
      set_optional_string (object, "ours", fw_conflict_get_ours (conflict));
      set_optional_string (object, "theirs", fw_conflict_get_theirs (conflict));
    }
}

GBytes *
fw_native_write (FwDocument *document)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  GString *out;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);

  object = json_object_new ();
  root = json_node_init_object (json_node_alloc (), object);
  json_object_unref (object);

  json_object_set_string_member (object, "format", NATIVE_FORMAT_MARKER);
  json_object_set_string_member (object, "formatVersion", _fw_native_format_version (document));
  write_occupation (document, object);
  write_framework (document, object);
  write_levels (document, object);
  write_durable_skills (document, object);
  write_evidence (document, object);
  write_onet (document, object);
  write_sources (document, object);
  write_provenance (document, object);
  write_conflicts (document, object);
  _fw_native_write_corrections (document, object);
  append_extras (document, object, "root");

  out = g_string_new (NULL);
  fw_json_write (out, root, TRUE);
  g_string_append_c (out, '\n');

  return g_string_free_to_bytes (out);
}
