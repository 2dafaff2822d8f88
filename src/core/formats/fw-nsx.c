/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "fw-error.h"
#include "fw-format-readers.h"
#include "fw-json-members.h"
#include "fw-limits.h"
#include "fw-nsx-private.h"

/*
 * NSX JSON, schema 1.0 (data/schemas/nsx-1.0.schema.json).
 *
 * The reader accepts exactly what the schema allows: every object is closed (no unknown
 * members), every member is required, and strings follow the schema's patterns. The first
 * violation is reported with the JSON path of the offending member and its location.
 */


typedef struct
{
  FwJsonReader  base;
  GPtrArray    *warnings;
} NsxReader;

static const char * const root_members[] = {
  "schemaVersion", "exportedAt", "occupation", "framework", "sources", "attribution", NULL
};
static const char * const occupation_members[] = {
  "soc", "title", "group", "sector", "jobZone", "jobZoneInferred", NULL
};
static const char * const framework_members[] = {
  "version", "description", "contextCovered", "levels", NULL
};
static const char * const level_members[] = { "label", "statements", NULL };
static const char * const sources_members[] = { "onet", "crosswalk", "generator", NULL };

/* The schema's "additionalProperties": false and "required" for one object. */
static gboolean
check_closed_object (NsxReader          *reader,
                     JsonNode           *node,
                     const char         *path,
                     const char * const *members)
{
  JsonObject *object;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fw_json_fail_at_node (&reader->base, node, path, "expected an object, got %s",
                                 fw_json_describe_node (&reader->base, node));

  object = json_node_get_object (node);

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      if (!g_strv_contains (members, name))
        {
          g_autofree char *member_path = fw_json_join_path (path, name);

          return fw_json_fail_at_member (&reader->base, object, name, "%s: %s", member_path,
                                         "unknown member; NSX schema 1.0 does not allow it");
        }
    }

  for (guint i = 0; members[i] != NULL; i++)
    {
      if (!json_object_has_member (object, members[i]))
        return fw_json_fail_at_node (&reader->base, node, path, "missing required member “%s”",
                                     members[i]);
    }

  return TRUE;
}

static gboolean
get_string (NsxReader   *reader,
            JsonObject  *object,
            const char  *parent_path,
            const char  *member,
            gboolean     non_empty,
            const char **value)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autofree char *path = fw_json_join_path (parent_path, member);

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fw_json_fail_at_node (&reader->base, node, path, "expected a string, got %s",
                                 fw_json_describe_node (&reader->base, node));

  *value = json_node_get_string (node);
  if (non_empty && (*value)[0] == '\0')
    return fw_json_fail_at_node (&reader->base, node, path, "must not be empty");

  return TRUE;
}

static gboolean
get_pattern_string (NsxReader   *reader,
                    JsonObject  *object,
                    const char  *parent_path,
                    const char  *member,
                    NsxPattern   pattern,
                    const char  *expected,
                    const char **value)
{
  g_autofree char *path = NULL;

  if (!get_string (reader, object, parent_path, member, FALSE, value))
    return FALSE;

  if (_fw_nsx_matches (pattern, *value))
    return TRUE;

  path = fw_json_join_path (parent_path, member);
  return fw_json_fail_at_node (&reader->base, json_object_get_member (object, member), path,
                               "expected %s, got “%s”", expected, *value);
}

static gboolean
read_exported_at (NsxReader   *reader,
                  JsonObject  *root,
                  FwDocument  *document)
{
  const char *value;

  if (!get_pattern_string (reader, root, "", "exportedAt", NSX_PATTERN_TIMESTAMP,
                           "a UTC timestamp such as “2026-05-15T12:39:10.144Z”", &value))
    return FALSE;

  if (!_fw_nsx_is_valid_date_time (value))
    return fw_json_fail_at_node (&reader->base, json_object_get_member (root, "exportedAt"),
                                 "exportedAt",
                                 "“%s” is not a valid date and time", value);

  g_object_set (document, "exported-at", value, NULL);
  return TRUE;
}

static gboolean
read_job_zone (NsxReader  *reader,
               JsonObject *occupation,
               int        *job_zone)
{
  JsonNode *node = json_object_get_member (occupation, "jobZone");
  const char *path = "occupation.jobZone";
  double value;

  if (!JSON_NODE_HOLDS_VALUE (node)
      || (json_node_get_value_type (node) != G_TYPE_INT64
          && json_node_get_value_type (node) != G_TYPE_DOUBLE))
    return fw_json_fail_at_node (&reader->base, node, path,
                                 "expected an integer from 1 to 5, got %s",
                                 fw_json_describe_node (&reader->base, node));

  value = json_node_get_double (node);
  if (value < 1 || value > 5 || value != floor (value))
    return fw_json_fail_at_node (&reader->base, node, path,
                                 "expected an integer from 1 to 5, got %g", value);

  *job_zone = (int) value;
  return TRUE;
}

static gboolean
read_occupation (NsxReader  *reader,
                 JsonNode   *node,
                 FwDocument *document)
{
  JsonObject *object;
  JsonNode *inferred;
  const char *soc, *title, *group, *sector;
  int job_zone = 0;

  if (!check_closed_object (reader, node, "occupation", occupation_members))
    return FALSE;

  object = json_node_get_object (node);

  if (!get_pattern_string (reader, object, "occupation", "soc", NSX_PATTERN_SOC,
                           "an O*NET-SOC code such as “29-2034.00”", &soc)
      || !get_string (reader, object, "occupation", "title", TRUE, &title)
      || !get_string (reader, object, "occupation", "group", TRUE, &group)
      || !get_string (reader, object, "occupation", "sector", FALSE, &sector)
      || !read_job_zone (reader, object, &job_zone))
    return FALSE;

  inferred = json_object_get_member (object, "jobZoneInferred");
  if (!JSON_NODE_HOLDS_VALUE (inferred) || json_node_get_value_type (inferred) != G_TYPE_BOOLEAN)
    return fw_json_fail_at_node (&reader->base, inferred, "occupation.jobZoneInferred",
                                 "expected a boolean, got %s",
                                 fw_json_describe_node (&reader->base, inferred));

  g_object_set (document,
                "soc", soc,
                "title", title,
                "group", group,
                "sector", sector,
                "job-zone", job_zone,
                "job-zone-inferred", json_node_get_boolean (inferred),
                NULL);

  return TRUE;
}

static char *
statement_path (FwLevelKey key,
                guint      index)
{
  return g_strdup_printf ("framework.levels.%s.statements[%u]", fw_level_key_to_string (key),
                          index);
}

static gboolean
read_statement (NsxReader  *reader,
                JsonNode   *node,
                FwLevelKey  key,
                guint       index,
                GPtrArray  *statements)
{
  g_autofree char *path = NULL;
  char seed_prefix[NSX_SEED_PREFIX_SIZE];
  FwStatement *statement;
  const char *text;

  /* The path is built only for a message: most statements never need one. */
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fw_json_fail_at_node (&reader->base, node, path = statement_path (key, index),
                                 "expected a string “Headline — body”, got %s",
                                 fw_json_describe_node (&reader->base, node));

  text = json_node_get_string (node);
  if (!fw_limits_statement_text_fits (text))
    return fw_json_fail_at_node (&reader->base, node, path = statement_path (key, index),
                                 "statement is longer than %d bytes (%" G_GSIZE_FORMAT
                                 " bytes)", FW_MAX_STATEMENT_LENGTH, strlen (text));

  if (strstr (text, FW_STATEMENT_SEPARATOR) == NULL)
    return fw_json_fail_at_node (&reader->base, node, path = statement_path (key, index),
                                 "statement has no “ — ” (space, em dash, space) between its "
                                 "headline and its body");

  if (!_fw_nsx_is_statement_text (text))
    return fw_json_fail_at_node (&reader->base, node, path = statement_path (key, index),
                                 "statement must be one line “Headline — body”, with a headline of "
                                 "at least two characters and no white space at either side of "
                                 "the headline or at the start of the body");

  _fw_nsx_statement_seed_prefix (key, index, seed_prefix);
  statement = fw_statement_new_from_text (seed_prefix, text);
  if (reader->warnings != NULL
      && !_fw_nsx_is_joined_text (text, fw_statement_get_headline (statement),
                                  fw_statement_get_body (statement)))
    {
      guint line = 0;

      path = statement_path (key, index);
      fw_json_doc_get_location (reader->base.json, node, &line, NULL);
      g_ptr_array_add (reader->warnings,
                       fw_diagnostic_new (fw_json_doc_get_filename (reader->base.json), line, 0,
                                          fw_statement_get_id (statement),
                                          "%s: white space around the statement was removed",
                                          path));
    }

  g_ptr_array_add (statements, statement);
  return TRUE;
}

static gboolean
read_level (NsxReader  *reader,
            JsonNode   *node,
            FwLevelKey  key,
            FwLevel    *level)
{
  g_autofree char *path = NULL;
  g_autofree char *label_path = NULL;
  g_autofree char *statements_path = NULL;
  JsonObject *object;
  JsonNode *statements;
  g_autoptr(GPtrArray) read = NULL;
  JsonArray *array;
  const char *label;
  const char *expected_label = fw_level_key_default_label (key);

  path = g_strconcat ("framework.levels.", fw_level_key_to_string (key), NULL);
  if (!check_closed_object (reader, node, path, level_members))
    return FALSE;

  object = json_node_get_object (node);
  if (!get_string (reader, object, path, "label", FALSE, &label))
    return FALSE;

  if (strcmp (label, expected_label) != 0)
    {
      label_path = fw_json_join_path (path, "label");
      return fw_json_fail_at_node (&reader->base, json_object_get_member (object, "label"),
                                   label_path,
                                   "expected “%s”, got “%s”", expected_label, label);
    }

  statements = json_object_get_member (object, "statements");
  if (!JSON_NODE_HOLDS_ARRAY (statements))
    {
      statements_path = fw_json_join_path (path, "statements");
      return fw_json_fail_at_node (&reader->base, statements, statements_path,
                                   "expected an array, got %s",
                                   fw_json_describe_node (&reader->base, statements));
    }

  fw_level_set_label (level, label);

  array = json_node_get_array (statements);
  read = g_ptr_array_new_full (json_array_get_length (array), g_object_unref);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      if (!read_statement (reader, json_array_get_element (array, i), key, i, read))
        return FALSE;
    }

  /* One change to the level's list rather than one per statement. */
  g_list_store_splice (fw_level_get_statements (level), 0, 0, read->pdata, read->len);
  return TRUE;
}

static gboolean
read_levels (NsxReader  *reader,
             JsonNode   *node,
             FwDocument *document)
{
  static const char * const level_keys[] = {
    "emerging", "developing", "proficient", "advanced", NULL
  };
  JsonObject *object;

  if (!check_closed_object (reader, node, "framework.levels", level_keys))
    return FALSE;

  object = json_node_get_object (node);
  for (guint key = 0; key < FW_N_LEVELS; key++)
    {
      JsonNode *level = json_object_get_member (object, fw_level_key_to_string (key));

      if (!read_level (reader, level, key, fw_document_get_level (document, key)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_framework (NsxReader  *reader,
                JsonNode   *node,
                FwDocument *document)
{
  JsonObject *object;
  const char *version, *description, *context;

  if (!check_closed_object (reader, node, "framework", framework_members))
    return FALSE;

  object = json_node_get_object (node);

  if (!get_pattern_string (reader, object, "framework", "version", NSX_PATTERN_VERSION,
                           "a version such as “v.26.05”", &version)
      || !get_string (reader, object, "framework", "description", FALSE, &description)
      || !get_string (reader, object, "framework", "contextCovered", TRUE, &context))
    return FALSE;

  g_object_set (document,
                "version", version,
                "description", description,
                "context-covered", context,
                NULL);

  return read_levels (reader, json_object_get_member (object, "levels"), document);
}

static gboolean
read_sources (NsxReader  *reader,
              JsonNode   *node,
              FwDocument *document)
{
  g_autoptr(JsonNode) provenance = NULL;
  JsonObject *object;
  const char *value;

  if (!check_closed_object (reader, node, "sources", sources_members))
    return FALSE;

  object = json_node_get_object (node);
  for (guint i = 0; sources_members[i] != NULL; i++)
    {
      if (!get_string (reader, object, "sources", sources_members[i], TRUE, &value))
        return FALSE;
    }

  /* A copy without a parent: the parsed tree goes away when reading ends. */
  provenance = json_node_copy (node);
  fw_document_set_provenance (document, provenance);
  return TRUE;
}

static gboolean
read_root (NsxReader  *reader,
           JsonNode   *root,
           FwDocument *document)
{
  JsonObject *object;
  const char *schema_version;
  const char *attribution;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return fw_json_fail_at_node (&reader->base, root, NULL,
                                 "expected a JSON object at the top level, got %s",
                                 fw_json_describe_node (&reader->base, root));

  if (!check_closed_object (reader, root, "", root_members))
    return FALSE;

  object = json_node_get_object (root);

  if (!get_string (reader, object, "", "schemaVersion", FALSE, &schema_version))
    return FALSE;
  if (strcmp (schema_version, NSX_SCHEMA_VERSION) != 0)
    return fw_json_fail_at_node (&reader->base, json_object_get_member (object, "schemaVersion"),
                                 "schemaVersion", "expected “" NSX_SCHEMA_VERSION "”, got “%s”",
                                 schema_version);

  if (!read_exported_at (reader, object, document)
      || !read_occupation (reader, json_object_get_member (object, "occupation"), document)
      || !read_framework (reader, json_object_get_member (object, "framework"), document)
      || !read_sources (reader, json_object_get_member (object, "sources"), document)
      || !get_string (reader, object, "", "attribution", TRUE, &attribution))
    return FALSE;

  g_object_set (document, "attribution", attribution, NULL);
  return TRUE;
}

FwDocument *
_fw_nsx_read_full (const char  *data,
                   gsize        length,
                   const char  *filename,
                   GPtrArray   *warnings,
                   GError     **error)
{
  g_autoptr(FwJsonDoc) json = NULL;
  g_autoptr(FwDocument) document = NULL;
  NsxReader reader = { { 0 } };

  json = fw_json_doc_parse_text (data, length, filename, error);
  if (json == NULL)
    return NULL;

  reader.base.json = json;
  reader.base.name_integers = TRUE;
  reader.warnings = warnings;
  reader.base.error = error;

  document = fw_document_new ();
  fw_document_set_origin (document, FW_ORIGIN_NSX);

  if (!read_root (&reader, fw_json_doc_get_root (json), document))
    return NULL;

  return g_steal_pointer (&document);
}

FwDocument *
fw_nsx_read (const char  *data,
             gsize        length,
             const char  *filename,
             GPtrArray   *warnings,
             GError     **error)
{
  FwDocument *document;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Most files are plain valid NSX, which the fast path reads in one pass; the full reader
   * reads the rest, and says what is wrong with them. fw_format_read_bytes () and
   * fw_format_read_file () checked the encoding. */
  document = _fw_nsx_read_fast (data, length);
  if (document != NULL)
    return document;

  return _fw_nsx_read_full (data, length, filename, warnings, error);
}
