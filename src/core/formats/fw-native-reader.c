/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <string.h>

#include "fw-error.h"
#include "fw-format-readers.h"
#include "fw-item-ids.h"
#include "fw-limits.h"
#include "fw-native-private.h"
#include "fw-uuid.h"

/* Reading .fwk files: see fw-native.c for the format. */

/* Known members per object, in the order the writer puts them. */
static const char * const root_members[] = {
  "format", "formatVersion", "occupation", "framework", "levels", "durableSkills", "evidence",
  "onet", "sources", "provenance", "conflicts", "corrections", NULL
};
static const char * const occupation_members[] = {
  "soc", "title", "group", "sector", "jobZone", "jobZoneInferred", "jobZoneLabel", NULL
};
static const char * const framework_members[] = {
  "id", "version", "description", "contextCovered", "language", NULL
};
/* "language" came with format 1.0's O*NET-based frameworks: older files have none (English). */
static const char * const framework_required[] = {
  "version", "description", "contextCovered", NULL
};
static const char * const level_members[] = {
  "label", "roleLabel", "statements", "aiStatements", NULL
};
static const char * const statement_members[] = {
  "id", "headline", "body", "note", "citations", "anchors", "splitConfidence", NULL
};
static const char * const domain_members[] = { "id", "name", "levels", NULL };
static const char * const domain_required[] = { "name", "levels", NULL };
static const char * const evidence_members[] = { "aeiUsage", "safi", "wefCluster", NULL };
static const char * const source_members[] = {
  "id", "shortLabel", "title", "publisher", "version", "url", "license", NULL
};
static const char * const conflict_members[] = {
  "id", "field", "path", "ours", "theirs", NULL
};
static const char * const provenance_members[] = {
  "exportedAt", "sources", "attribution", "lastModified", NULL
};

static gboolean
read_statement (NativeReader *reader,
                JsonNode     *node,
                const char   *path,
                GListStore   *store)
{
  static const char * const required[] = { "id", "headline", "body", "citations", NULL };
  g_autoptr(FwStatement) statement = NULL;
  g_auto(GStrv) citations = NULL;
  g_auto(GStrv) anchors = NULL;
  g_autofree char *extras_key = NULL;
  JsonObject *object;
  JsonNode *id_node;
  const char *id, *headline, *body, *note;
  double confidence;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fw_json_fail_wrong_type (&reader->base, node, path, "an object");

  /* The id first: it names the extras entry of this statement. */
  object = json_node_get_object (node);
  if (!fw_json_read_string (&reader->base, object, path, "id", &id))
    return FALSE;

  id_node = json_object_get_member (object, "id");
  if (id != NULL && id[0] == '\0')
    {
      g_autofree char *id_path = fw_json_join_path (path, "id");
      return fw_json_fail_at_node (&reader->base, id_node, id_path,
                                   "statement id must not be empty");
    }

  if (id != NULL && g_hash_table_contains (reader->statement_ids, id))
    {
      g_autofree char *id_path = fw_json_join_path (path, "id");
      return fw_json_fail_at_node (&reader->base, id_node, id_path,
                                   "duplicate statement id “%s”; every statement needs its own",
                                   id);
    }

  extras_key = g_strconcat ("statement:", id != NULL ? id : "", NULL);
  if (!_fw_native_read_object (reader, node, path, statement_members, required, extras_key, &object)
      || !fw_json_read_string (&reader->base, object, path, "headline", &headline)
      || !fw_json_read_string (&reader->base, object, path, "body", &body)
      || !fw_json_read_string (&reader->base, object, path, "note", &note)
      || !fw_json_read_strv (&reader->base, object, path, "citations", &citations)
      || !fw_json_read_strv (&reader->base, object, path, "anchors", &anchors)
      || !fw_json_read_number (&reader->base, object, path, "splitConfidence", &confidence))
    return FALSE;

  if (!fw_limits_statement_fits (headline, body))
    return fw_json_fail_at_node (&reader->base, node, path,
                                 "statement is longer than %d bytes (headline, “ — ” and body "
                                 "together)", FW_MAX_STATEMENT_LENGTH);

  if (!isnan (confidence) && (confidence < 0 || confidence > 1))
    {
      g_autofree char *confidence_path = fw_json_join_path (path, "splitConfidence");
      JsonNode *confidence_node = json_object_get_member (object, "splitConfidence");

      return fw_json_fail_at_node (&reader->base, confidence_node, confidence_path,
                                   "expected a number from 0 to 1, got %g", confidence);
    }

  g_hash_table_add (reader->statement_ids, g_strdup (id));

  statement = fw_statement_new_with_id (id, headline, body);
  fw_statement_set_note (statement, note);
  fw_statement_set_citations (statement, (const char * const *) citations);
  if (anchors != NULL)
    fw_statement_set_anchors (statement, (const char * const *) anchors);
  if (!isnan (confidence))
    fw_statement_set_split_confidence (statement, confidence);

  g_list_store_append (store, statement);
  return TRUE;
}

static gboolean
read_statements (NativeReader *reader,
                 JsonObject   *object,
                 const char   *parent_path,
                 const char   *member,
                 GListStore   *store)
{
  JsonArray *array;

  if (!fw_json_read_array (&reader->base, object, parent_path, member, &array))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s.%s[%u]", parent_path, member, i);

      if (!read_statement (reader, json_array_get_element (array, i), path, store))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_occupation (NativeReader *reader,
                 JsonNode     *node)
{
  static const char * const required[] = {
    "soc", "title", "group", "sector", "jobZoneInferred", NULL
  };
  JsonObject *object;
  JsonNode *inferred;
  const char *soc, *title, *group, *sector, *label;
  int job_zone = 0;

  if (!_fw_native_read_object (reader, node, "occupation", occupation_members, required,
                               "occupation",
                    &object)
      || !fw_json_read_string (&reader->base, object, "occupation", "soc", &soc)
      || !fw_json_read_string (&reader->base, object, "occupation", "title", &title)
      || !fw_json_read_string (&reader->base, object, "occupation", "group", &group)
      || !fw_json_read_string (&reader->base, object, "occupation", "sector", &sector)
      || !fw_json_read_integer (&reader->base, object, "occupation", "jobZone", 1, 5, &job_zone)
      || !fw_json_read_string (&reader->base, object, "occupation", "jobZoneLabel", &label))
    return FALSE;

  inferred = json_object_get_member (object, "jobZoneInferred");
  if (!JSON_NODE_HOLDS_VALUE (inferred) || json_node_get_value_type (inferred) != G_TYPE_BOOLEAN)
    return fw_json_fail_wrong_type (&reader->base, inferred, "occupation.jobZoneInferred",
                                    "a boolean");

  g_object_set (reader->document,
                "soc", soc,
                "title", title,
                "group", group,
                "sector", sector,
                "job-zone", job_zone,
                "job-zone-inferred", json_node_get_boolean (inferred),
                "job-zone-label", label != NULL ? label : "",
                NULL);

  return TRUE;
}

/* A BCP 47 tag in its usual shape: a 2–8 letter language, then subtags of 1–8 letters or
 * digits ("en", "es-MX", "zh-Hant-TW"). */
static gboolean
is_language_tag (const char *tag)
{
  g_auto(GStrv) parts = g_strsplit (tag, "-", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      gsize len = strlen (parts[i]);

      if (len == 0 || len > 8 || (i == 0 && len < 2))
        return FALSE;
      for (gsize c = 0; c < len; c++)
        {
          if (i == 0 ? !g_ascii_isalpha (parts[i][c]) : !g_ascii_isalnum (parts[i][c]))
            return FALSE;
        }
    }

  return parts[0] != NULL;
}

static gboolean
read_framework (NativeReader *reader,
                JsonNode     *node)
{
  JsonObject *object;
  const char *id, *version, *description, *context, *language;

  if (!_fw_native_read_object (reader, node, "framework", framework_members, framework_required,
                    "framework", &object)
      || !fw_json_read_string (&reader->base, object, "framework", "id", &id)
      || !fw_json_read_string (&reader->base, object, "framework", "version", &version)
      || !fw_json_read_string (&reader->base, object, "framework", "description", &description)
      || !fw_json_read_string (&reader->base, object, "framework", "contextCovered", &context)
      || !fw_json_read_string (&reader->base, object, "framework", "language", &language))
    return FALSE;

  /* Files from before framework identifiers have none: they get one on their next save. */
  if (id != NULL && !fw_uuid_is_valid (id))
    return fw_json_fail_at_node (&reader->base, json_object_get_member (object, "id"),
                                 "framework.id", "“%s” is not a UUID", id);
  if (language != NULL && !is_language_tag (language))
    return fw_json_fail_at_node (&reader->base, json_object_get_member (object, "language"),
                                 "framework.language",
                                 "expected a BCP 47 language tag such as “en” or “es-MX”, "
                                 "got “%s”", language);

  g_object_set (reader->document,
                "framework-id", id != NULL ? id : "",
                "version", version,
                "description", description,
                "context-covered", context,
                "language", language,
                NULL);

  return TRUE;
}

static gboolean
read_level (NativeReader *reader,
            JsonNode     *node,
            FwLevel      *level)
{
  const char *name = fw_level_key_to_string (fw_level_get_key (level));
  g_autofree char *path = g_strconcat ("levels.", name, NULL);
  g_autofree char *extras_key = g_strconcat ("level:", name, NULL);
  JsonObject *object;
  const char *label, *role_label;

  if (!_fw_native_read_object (reader, node, path, level_members, level_members, extras_key,
                               &object)
      || !fw_json_read_string (&reader->base, object, path, "label", &label)
      || !fw_json_read_string (&reader->base, object, path, "roleLabel", &role_label)
      || !read_statements (reader, object, path, "statements", fw_level_get_statements (level))
      || !read_statements (reader, object, path, "aiStatements",
                           fw_level_get_ai_statements (level)))
    return FALSE;

  fw_level_set_label (level, label);
  fw_level_set_role_label (level, role_label);
  return TRUE;
}

static gboolean
read_levels (NativeReader *reader,
             JsonNode     *node)
{
  static const char * const keys[] = { "emerging", "developing", "proficient", "advanced", NULL };
  JsonObject *object;

  if (!_fw_native_read_object (reader, node, "levels", keys, keys, "levels", &object))
    return FALSE;

  for (guint key = 0; key < FW_N_LEVELS; key++)
    {
      if (!read_level (reader, json_object_get_member (object, fw_level_key_to_string (key)),
                       fw_document_get_level (reader->document, key)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_domain (NativeReader *reader,
             JsonNode     *node,
             const char   *path,
             GHashTable   *names)
{
  static const char * const cell_keys[] = {
    "emerging", "developing", "applying", "exceeding", NULL
  };
  g_autoptr(FwDomain) domain = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *id = NULL;
  g_autofree char *extras_key = NULL;
  g_autofree char *levels_key = NULL;
  g_autofree char *levels_path = NULL;
  JsonObject *object;
  JsonObject *levels;
  const char *name;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fw_json_fail_wrong_type (&reader->base, node, path, "an object");

  object = json_node_get_object (node);
  if (!fw_json_read_string (&reader->base, object, path, "name", &name))
    return FALSE;

  if (name != NULL && g_hash_table_contains (names, name))
    {
      g_autofree char *name_path = fw_json_join_path (path, "name");
      return fw_json_fail_at_node (&reader->base, json_object_get_member (object, "name"),
                                   name_path,
                                   "duplicate durable-skill domain “%s”", name);
    }

  extras_key = g_strconcat ("domain:", name != NULL ? name : "", NULL);
  levels_key = g_strconcat (extras_key, ":levels", NULL);
  levels_path = fw_json_join_path (path, "levels");

  if (!_fw_native_read_object (reader, node, path, domain_members, domain_required, extras_key,
                               &object)
      || !_fw_native_read_object (reader, json_object_get_member (object, "levels"), levels_path,
                                  cell_keys,
                       cell_keys, levels_key, &levels))
    return FALSE;

  /* Names are unique, so the derived id needs no count of repeats. */
  if (!_fw_native_read_item_id (reader, object, path, "domain", name != NULL ? name : "", seen,
                                &id))
    return FALSE;

  g_hash_table_add (names, g_strdup (name));
  domain = fw_domain_new_with_id (id, name);

  for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
    {
      if (!read_statements (reader, levels, levels_path, fw_durable_level_to_string (level),
                            fw_domain_get_cell (domain, level)))
        return FALSE;
    }

  g_list_store_append (fw_document_get_domains (reader->document), domain);
  return TRUE;
}

static gboolean
read_durable_skills (NativeReader *reader,
                     JsonObject   *root)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *array;

  if (!fw_json_read_array (&reader->base, root, "", "durableSkills", &array))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("durableSkills[%u]", i);

      if (!read_domain (reader, json_array_get_element (array, i), path, names))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_evidence_group (NativeReader        *reader,
                     JsonObject          *evidence,
                     const EvidenceGroup *group)
{
  FwEvidence *target = fw_document_get_evidence (reader->document);
  g_autofree char *path = g_strconcat ("evidence.", group->member, NULL);
  g_autofree char *extras_key = g_strconcat ("evidence:", group->member, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) known = NULL;
  JsonNode *node = json_object_get_member (evidence, group->member);
  JsonObject *object;

  if (node == NULL)
    return TRUE;

  for (guint i = 0; group->fields[i].member != NULL; i++)
    g_strv_builder_add (builder, group->fields[i].member);
  known = g_strv_builder_end (builder);

  if (!_fw_native_read_object (reader, node, path, (const char * const *) known, NULL, extras_key,
                               &object))
    return FALSE;

  for (guint i = 0; group->fields[i].member != NULL; i++)
    {
      const EvidenceField *field = &group->fields[i];
      const char *string;
      double number;

      if (field->kind == FIELD_NUMBER)
        {
          if (!fw_json_read_number (&reader->base, object, path, field->member, &number))
            return FALSE;
          if (!isnan (number))
            g_object_set (target, field->property, number, NULL);
        }
      else
        {
          if (!fw_json_read_string (&reader->base, object, path, field->member, &string))
            return FALSE;
          if (string != NULL)
            g_object_set (target, field->property, string, NULL);
        }
    }

  return TRUE;
}

static gboolean
read_evidence (NativeReader *reader,
               JsonNode     *node)
{
  JsonObject *object;

  if (node == NULL)
    return TRUE;

  if (!_fw_native_read_object (reader, node, "evidence", evidence_members, NULL, "evidence",
                               &object))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (_fw_native_evidence_groups); i++)
    {
      if (!read_evidence_group (reader, object, &_fw_native_evidence_groups[i]))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_source (NativeReader *reader,
             JsonNode     *node,
             const char   *path)
{
  static const char * const required[] = { "id", "shortLabel", "title", NULL };
  g_autofree char *extras_key = NULL;
  g_autoptr(FwSource) source = NULL;
  JsonObject *object;
  const char *id, *short_label, *title, *publisher, *version, *url, *license;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fw_json_fail_wrong_type (&reader->base, node, path, "an object");

  object = json_node_get_object (node);
  if (!fw_json_read_string (&reader->base, object, path, "id", &id))
    return FALSE;

  if (id != NULL && fw_document_find_source (reader->document, id) != NULL)
    {
      g_autofree char *id_path = fw_json_join_path (path, "id");
      return fw_json_fail_at_node (&reader->base, json_object_get_member (object, "id"), id_path,
                                   "duplicate source id “%s”", id);
    }

  extras_key = g_strconcat ("source:", id != NULL ? id : "", NULL);
  if (!_fw_native_read_object (reader, node, path, source_members, required, extras_key, &object)
      || !fw_json_read_string (&reader->base, object, path, "shortLabel", &short_label)
      || !fw_json_read_string (&reader->base, object, path, "title", &title)
      || !fw_json_read_string (&reader->base, object, path, "publisher", &publisher)
      || !fw_json_read_string (&reader->base, object, path, "version", &version)
      || !fw_json_read_string (&reader->base, object, path, "url", &url)
      || !fw_json_read_string (&reader->base, object, path, "license", &license))
    return FALSE;

  source = fw_source_new (id, short_label, title);
  g_object_set (source,
                "publisher", publisher,
                "version", version,
                "url", url,
                "license", license,
                NULL);

  g_list_store_append (fw_document_get_sources (reader->document), source);
  return TRUE;
}

static gboolean
read_sources (NativeReader *reader,
              JsonObject   *root)
{
  JsonArray *array;

  if (!fw_json_read_array (&reader->base, root, "", "sources", &array))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("sources[%u]", i);

      if (!read_source (reader, json_array_get_element (array, i), path))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_provenance (NativeReader *reader,
                 JsonNode     *node)
{
  JsonObject *object;
  JsonNode *sources;
  const char *exported_at, *attribution, *last_modified;

  if (node == NULL)
    return TRUE;

  if (!_fw_native_read_object (reader, node, "provenance", provenance_members, NULL, "provenance",
                               &object)
      || !fw_json_read_string (&reader->base, object, "provenance", "exportedAt", &exported_at)
      || !fw_json_read_string (&reader->base, object, "provenance", "attribution", &attribution)
      || !fw_json_read_string (&reader->base, object, "provenance", "lastModified",
                               &last_modified))
    return FALSE;

  if (last_modified != NULL && !fw_date_time_is_valid (last_modified))
    return fw_json_fail_at_node (&reader->base, json_object_get_member (object, "lastModified"),
                                 "provenance.lastModified",
                                 "“%s” is not a date and time such as 2026-05-15T12:39:10Z",
                                 last_modified);
  fw_document_set_last_modified (reader->document, last_modified);

  sources = json_object_get_member (object, "sources");
  if (sources != NULL && !JSON_NODE_HOLDS_OBJECT (sources))
    return fw_json_fail_wrong_type (&reader->base, sources, "provenance.sources", "an object");

  g_object_set (reader->document,
                "exported-at", exported_at != NULL ? exported_at : "",
                "attribution", attribution != NULL ? attribution : "",
                NULL);
  if (sources != NULL)
    {
      /* A copy without a parent: the parsed tree goes away when reading ends. */
      g_autoptr(JsonNode) copy = json_node_copy (sources);

      fw_document_set_provenance (reader->document, copy);
    }

  return TRUE;
}

static gboolean
read_conflict (NativeReader *reader,
               JsonNode     *node,
               const char   *path)
{
  static const char * const required[] = { "id", "field", NULL };
  g_autoptr(FwConflict) conflict = NULL;
  JsonObject *object;
  const char *id, *field, *where, *ours, *theirs;

  if (!_fw_native_read_object (reader, node, path, conflict_members, required, path, &object)
      || !fw_json_read_string (&reader->base, object, path, "id", &id)
      || !fw_json_read_string (&reader->base, object, path, "field", &field)
      || !fw_json_read_string (&reader->base, object, path, "path", &where)
      || !fw_json_read_string (&reader->base, object, path, "ours", &ours)
      || !fw_json_read_string (&reader->base, object, path, "theirs", &theirs))
    return FALSE;

  if (id[0] == '\0' || field[0] == '\0')
    return fw_json_fail_at_node (&reader->base, node, path,
                                 "a conflict needs the id of its item and the field");

  conflict = fw_conflict_new (id, field, where, ours, theirs);
  g_list_store_append (fw_document_get_conflicts (reader->document), conflict);
  return TRUE;
}

static gboolean
read_conflicts (NativeReader *reader,
                JsonObject   *root)
{
  JsonArray *array;

  if (!fw_json_read_array (&reader->base, root, "", "conflicts", &array))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("conflicts[%u]", i);

      if (!read_conflict (reader, json_array_get_element (array, i), path))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_root (NativeReader *reader,
           JsonNode     *root)
{
  static const char * const required[] = {
    "format", "formatVersion", "occupation", "framework", "levels", NULL
  };
  JsonObject *object;

  if (!_fw_native_read_format (reader, root)
      || !_fw_native_read_object (reader, root, "", root_members, required, "root", &object))
    return FALSE;

  return read_occupation (reader, json_object_get_member (object, "occupation"))
         && read_framework (reader, json_object_get_member (object, "framework"))
         && read_levels (reader, json_object_get_member (object, "levels"))
         && read_durable_skills (reader, object)
         && read_evidence (reader, json_object_get_member (object, "evidence"))
         && _fw_native_read_onet (reader, json_object_get_member (object, "onet"))
         && read_sources (reader, object)
         && read_provenance (reader, json_object_get_member (object, "provenance"))
         && read_conflicts (reader, object)
         && _fw_native_read_corrections (reader, object);
}

FwDocument *
fw_native_read (const char  *data,
                gsize        length,
                const char  *filename,
                GPtrArray   *warnings,
                GError     **error)
{
  g_autoptr(FwJsonDoc) json = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GHashTable) statement_ids = NULL;
  g_autoptr(GHashTable) item_ids = NULL;
  NativeReader reader = { { 0 } };

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* fw_format_read_bytes () and fw_format_read_file () checked the encoding. */
  json = fw_json_doc_parse_text (data, length, filename, error);
  if (json == NULL)
    return NULL;

  document = fw_document_new ();
  fw_document_set_origin (document, FW_ORIGIN_NATIVE);
  statement_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  reader.base.json = json;
  reader.document = document;
  reader.extras = fw_document_get_extras (document);
  reader.statement_ids = statement_ids;
  item_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader.item_ids = item_ids;
  reader.warnings = warnings;
  reader.base.error = error;

  if (!read_root (&reader, fw_json_doc_get_root (json)))
    return NULL;

  return g_steal_pointer (&document);
}
