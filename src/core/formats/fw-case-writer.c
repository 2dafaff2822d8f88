/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "fw-case-private.h"
#include "fw-format-readers.h"
#include "fw-json.h"
#include "fw-uuid.h"

/* Writing CASE 1.0 CFPackage JSON: see fw-case-private.h for the layout. */

const CaseItemTypeInfo _fw_case_item_types[CASE_N_TYPES] = {
  { "Proficiency Level", "level", "1", "One of the four proficiency levels of the framework" },
  { "Statement", "statement", "2", "A “Headline — body” statement of a proficiency level" },
  { "AI Fluency Statement", "ai-fluency", "3", "An AI-fluency statement of a proficiency level" },
  { "Durable Skill Domain", "domain", "4", "A durable-skill domain, such as Communication" },
  { "Durable Skill Level", "durable-level", "5", "One of the four levels of a durable-skill domain" },
};

typedef struct
{
  FwDocument *document;
  char       *document_id;
  char       *base_uri;
  char       *changed;     /* lastChangeDateTime of everything */
  JsonArray  *items;
  JsonArray  *associations;
} CaseWriter;

CaseItemType
_fw_case_item_type_from_name (const char *name)
{
  if (name == NULL)
    return CASE_TYPE_UNKNOWN;

  for (guint i = 0; i < CASE_N_TYPES; i++)
    {
      if (g_ascii_strcasecmp (name, _fw_case_item_types[i].title) == 0
          || g_ascii_strcasecmp (name, _fw_case_item_types[i].type_code) == 0)
        return i;
    }

  return CASE_TYPE_UNKNOWN;
}

char *
_fw_case_document_identifier (FwDocument *document)
{
  g_autofree char *name = NULL;

  if (fw_document_get_framework_id (document)[0] != '\0')
    return g_strdup (fw_document_get_framework_id (document));

  name = g_strconcat ("soc:", fw_document_get_soc (document), NULL);
  return fw_uuid_v5 (FW_UUID_NAMESPACE, name);
}

/* The framework's last change: recorded in provenance, never the time of the export. */
static char *
last_change (FwDocument *document)
{
  const char *version = fw_document_get_version (document);
  guint year, month;

  if (fw_date_time_is_valid (fw_document_get_last_modified (document)))
    return g_strdup (fw_document_get_last_modified (document));
  if (fw_date_time_is_valid (fw_document_get_exported_at (document)))
    return g_strdup (fw_document_get_exported_at (document));
  /* A version v.YY.MM dates the framework to its month. */
  if (sscanf (version, "v.%2u.%2u", &year, &month) == 2 && month >= 1 && month <= 12)
    return g_strdup_printf ("20%02u-%02u-01T00:00:00Z", year, month);

  return g_strdup ("1970-01-01T00:00:00Z");
}

static char *
make_uri (CaseWriter *writer,
          const char *collection,
          const char *identifier)
{
  if (g_str_equal (writer->base_uri, CASE_DEFAULT_BASE_URI))
    return g_strconcat (CASE_DEFAULT_BASE_URI, identifier, NULL);

  return g_strconcat (writer->base_uri, collection, "/", identifier, NULL);
}

char *
_fw_case_item_identifier (const char *document_id,
                          const char *key)
{
  g_autofree char *full = g_strconcat ("item:", key, NULL);

  return fw_uuid_v5 (document_id, full);
}

/* A name-based identifier: the same framework and name give the same UUID in every export. */
static char *
make_identifier (CaseWriter *writer,
                 const char *kind,
                 const char *name)
{
  g_autofree char *full = g_strconcat (kind, ":", name, NULL);

  return fw_uuid_v5 (writer->document_id, full);
}

static JsonObject *
link_uri (const char *title,
          const char *identifier,
          const char *uri)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "title", title);
  json_object_set_string_member (object, "identifier", identifier);
  json_object_set_string_member (object, "uri", uri);
  return object;
}

static JsonObject *
item_type_link (CaseWriter   *writer,
                CaseItemType  type)
{
  g_autofree char *name = g_strconcat ("item-type:", _fw_case_item_types[type].type_code, NULL);
  g_autofree char *identifier = fw_uuid_v5 (FW_UUID_NAMESPACE, name);
  g_autofree char *uri = make_uri (writer, "CFItemTypes", identifier);

  return link_uri (_fw_case_item_types[type].title, identifier, uri);
}

/* One node of the tree: what its item and its isChildOf association need. */
typedef struct
{
  const char   *key;          /* the name its identifier is made from */
  CaseItemType  type;
  const char   *full;
  const char   *abbreviated;  /* NULL: none */
  const char   *alternative;  /* NULL: none */
  const char   *coding;       /* humanCodingScheme, NULL: none */
  const char   *notes;        /* NULL: none */
  guint         position;     /* 1-based among its siblings */
} CaseNode;

static void
add_child_of (CaseWriter     *writer,
              const CaseNode *node,
              JsonObject     *origin,
              JsonObject     *destination)
{
  g_autofree char *identifier = make_identifier (writer, "isChildOf", node->key);
  g_autofree char *uri = make_uri (writer, "CFAssociations", identifier);
  JsonObject *object = json_object_new ();

  json_array_add_object_element (writer->associations, object);
  json_object_set_string_member (object, "identifier", identifier);
  json_object_set_string_member (object, "uri", uri);
  json_object_set_string_member (object, "associationType", "isChildOf");
  json_object_set_int_member (object, "sequenceNumber", node->position);
  json_object_set_object_member (object, "originNodeURI", origin);
  json_object_set_object_member (object, "destinationNodeURI", destination);
  json_object_set_string_member (object, "lastChangeDateTime", writer->changed);
}

/* Adds the item of @node under @parent (a LinkGenURI object, copied); returns its link. */
static JsonObject *
add_item (CaseWriter     *writer,
          const CaseNode *node,
          JsonObject     *parent)
{
  g_autofree char *identifier = make_identifier (writer, "item", node->key);
  g_autofree char *uri = make_uri (writer, "CFItems", identifier);
  g_autofree char *enumeration = g_strdup_printf ("%u", node->position);
  const char *title = node->abbreviated != NULL ? node->abbreviated : node->full;
  JsonObject *object = json_object_new ();
  g_autoptr(JsonNode) parent_copy = NULL;

  json_array_add_object_element (writer->items, object);
  json_object_set_string_member (object, "identifier", identifier);
  json_object_set_string_member (object, "uri", uri);
  json_object_set_string_member (object, "fullStatement", node->full);
  if (node->alternative != NULL && node->alternative[0] != '\0')
    json_object_set_string_member (object, "alternativeLabel", node->alternative);
  json_object_set_string_member (object, "CFItemType", _fw_case_item_types[node->type].title);
  json_object_set_object_member (object, "CFItemTypeURI", item_type_link (writer, node->type));
  if (node->coding != NULL)
    json_object_set_string_member (object, "humanCodingScheme", node->coding);
  json_object_set_string_member (object, "listEnumeration", enumeration);
  if (node->abbreviated != NULL)
    json_object_set_string_member (object, "abbreviatedStatement", node->abbreviated);
  if (node->notes != NULL)
    json_object_set_string_member (object, "notes", node->notes);
  json_object_set_string_member (object, "language", CASE_LANGUAGE);
  json_object_set_string_member (object, "lastChangeDateTime", writer->changed);

  parent_copy = json_node_init_object (json_node_alloc (), parent);
  add_child_of (writer, node, link_uri (title, identifier, uri),
                json_node_dup_object (parent_copy));
  return link_uri (title, identifier, uri);
}

static const char *
task_title (FwDocument *document,
            const char *task_id)
{
  GListModel *tasks = G_LIST_MODEL (fw_onet_get_tasks (fw_document_get_onet (document)));

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (tasks, i);

      if (g_strcmp0 (fw_task_get_task_id (task), task_id) == 0)
        return fw_task_get_text (task);
    }

  return NULL;
}

/* isRelatedTo from a statement to each O*NET task it is anchored to, outside the package;
 * exactMatchOf when its headline and body, read as one sentence, are the task's words. */
static void
add_anchors (CaseWriter  *writer,
             FwStatement *statement,
             JsonObject  *origin)
{
  const char * const *anchors = fw_statement_get_anchors (statement);

  for (guint i = 0; anchors != NULL && anchors[i] != NULL; i++)
    {
      g_autofree char *name = g_strconcat (fw_statement_get_id (statement), ":", anchors[i], NULL);
      g_autofree char *identifier = make_identifier (writer, "isRelatedTo", name);
      g_autofree char *uri = make_uri (writer, "CFAssociations", identifier);
      g_autofree char *task_uri = g_strconcat (CASE_TASK_URI_PREFIX, anchors[i], NULL);
      g_autofree char *fallback = g_strconcat ("O*NET task ", anchors[i], NULL);
      const char *title = task_title (writer->document, anchors[i]);
      g_autofree char *text = g_strconcat (fw_statement_get_headline (statement), " ",
                                           fw_statement_get_body (statement), NULL);
      JsonObject *object = json_object_new ();
      g_autoptr(JsonNode) origin_node = json_node_init_object (json_node_alloc (), origin);

      json_array_add_object_element (writer->associations, object);
      json_object_set_string_member (object, "identifier", identifier);
      json_object_set_string_member (object, "uri", uri);
      json_object_set_string_member (object, "associationType",
                                     title != NULL && g_str_equal (title, text)
                                     ? "exactMatchOf" : "isRelatedTo");
      json_object_set_object_member (object, "originNodeURI", json_node_dup_object (origin_node));
      json_object_set_object_member (object, "destinationNodeURI",
                                     link_uri (title != NULL ? title : fallback, anchors[i],
                                               task_uri));
      json_object_set_string_member (object, "lastChangeDateTime", writer->changed);
    }
}

static void
add_statements (CaseWriter   *writer,
                GListModel   *statements,
                CaseItemType  type,
                guint        *position,
                JsonObject   *parent)
{
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(FwStatement) statement = g_list_model_get_item (statements, i);
      g_autofree char *text = fw_statement_to_text (statement);
      g_autofree char *key = g_strconcat ("statement:", fw_statement_get_id (statement), NULL);
      g_autoptr(JsonObject) link = NULL;
      CaseNode node = {
        .key = key, .type = type, .full = text,
        .abbreviated = fw_statement_get_headline (statement),
        .coding = fw_statement_get_id (statement),
        .notes = fw_statement_get_note (statement),
        .position = ++(*position),
      };

      link = add_item (writer, &node, parent);
      add_anchors (writer, statement, link);
    }
}

static void
add_levels (CaseWriter *writer,
            JsonObject *root,
            guint      *position)
{
  for (guint key = 0; key < FW_N_LEVELS; key++)
    {
      FwLevel *level = fw_document_get_level (writer->document, key);
      g_autofree char *name = g_strconcat ("level:", fw_level_key_to_string (key), NULL);
      g_autoptr(JsonObject) link = NULL;
      guint children = 0;
      CaseNode node = {
        .key = name, .type = CASE_TYPE_LEVEL, .full = fw_level_get_label (level),
        .alternative = fw_level_get_role_label (level),
        .coding = fw_level_key_to_string (key), .position = ++(*position),
      };

      link = add_item (writer, &node, root);
      add_statements (writer, G_LIST_MODEL (fw_level_get_statements (level)),
                      CASE_TYPE_STATEMENT, &children, link);
      add_statements (writer, G_LIST_MODEL (fw_level_get_ai_statements (level)),
                      CASE_TYPE_AI_FLUENCY, &children, link);
    }
}

static void
add_domains (CaseWriter *writer,
             JsonObject *root,
             guint      *position)
{
  GListModel *domains = G_LIST_MODEL (fw_document_get_domains (writer->document));

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(FwDomain) domain = g_list_model_get_item (domains, i);
      g_autofree char *name = g_strconcat ("domain:", fw_domain_get_name (domain), NULL);
      g_autoptr(JsonObject) link = NULL;
      CaseNode node = {
        .key = name, .type = CASE_TYPE_DOMAIN, .full = fw_domain_get_name (domain),
        .position = ++(*position),
      };

      link = add_item (writer, &node, root);
      for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
        {
          const char *level_key = fw_durable_level_to_string (level);
          g_autofree char *level_name = g_strconcat (name, ":", level_key, NULL);
          g_autoptr(JsonObject) level_link = NULL;
          guint children = 0;
          CaseNode level_node = {
            .key = level_name, .type = CASE_TYPE_DURABLE_LEVEL,
            .full = fw_durable_level_default_label (level), .coding = level_key,
            .position = level + 1,
          };

          level_link = add_item (writer, &level_node, link);
          add_statements (writer, G_LIST_MODEL (fw_domain_get_cell (domain, level)),
                          CASE_TYPE_STATEMENT, &children, level_link);
        }
    }
}

/* The licence of the framework comes from the sources registry: the first licensed source. */
static FwSource *
licensed_source (FwDocument *document)
{
  GListModel *sources = G_LIST_MODEL (fw_document_get_sources (document));

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(FwSource) source = g_list_model_get_item (sources, i);

      if (fw_source_get_license (source) != NULL && fw_source_get_license (source)[0] != '\0')
        return g_steal_pointer (&source);
    }

  return NULL;
}

static JsonObject *
definition_object (CaseWriter *writer,
                   const char *collection,
                   const char *name,
                   const char *title)
{
  g_autofree char *identifier = fw_uuid_v5 (FW_UUID_NAMESPACE, name);
  g_autofree char *uri = make_uri (writer, collection, identifier);
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "identifier", identifier);
  json_object_set_string_member (object, "uri", uri);
  json_object_set_string_member (object, "title", title);
  return object;
}

static JsonObject *
subject_link (CaseWriter *writer)
{
  const char *group = fw_document_get_group (writer->document);
  g_autofree char *name = g_strconcat ("subject:", group, NULL);
  g_autoptr(JsonObject) object = definition_object (writer, "CFSubjects", name, group);

  return link_uri (group, json_object_get_string_member (object, "identifier"),
                   json_object_get_string_member (object, "uri"));
}

static JsonObject *
license_object (CaseWriter *writer,
                FwSource   *source)
{
  g_autofree char *name = g_strconcat ("license:", fw_source_get_license (source), NULL);

  return definition_object (writer, "CFLicenses", name, fw_source_get_license (source));
}

static void
write_definitions (CaseWriter *writer,
                   JsonObject *root)
{
  JsonObject *definitions = json_object_new ();
  JsonArray *subjects = json_array_new ();
  JsonArray *licenses = json_array_new ();
  JsonArray *types = json_array_new ();
  g_autoptr(FwSource) source = licensed_source (writer->document);

  json_object_set_object_member (root, "CFDefinitions", definitions);
  json_object_set_array_member (definitions, "CFConcepts", json_array_new ());

  json_object_set_array_member (definitions, "CFSubjects", subjects);
  if (fw_document_get_group (writer->document)[0] != '\0')
    {
      const char *group = fw_document_get_group (writer->document);
      g_autofree char *name = g_strconcat ("subject:", group, NULL);
      JsonObject *subject = definition_object (writer, "CFSubjects", name, group);
      g_autofree char *major = g_strndup (fw_document_get_soc (writer->document), 2);

      json_object_set_string_member (subject, "hierarchyCode", major);
      json_object_set_string_member (subject, "description", "O*NET-SOC occupation group");
      json_object_set_string_member (subject, "lastChangeDateTime", writer->changed);
      json_array_add_object_element (subjects, subject);
    }

  json_object_set_array_member (definitions, "CFLicenses", licenses);
  if (source != NULL)
    {
      JsonObject *license = license_object (writer, source);

      json_object_set_string_member (license, "description", fw_source_get_title (source));
      json_object_set_string_member (license, "licenseText", fw_source_get_license (source));
      json_object_set_string_member (license, "lastChangeDateTime", writer->changed);
      json_array_add_object_element (licenses, license);
    }

  json_object_set_array_member (definitions, "CFItemTypes", types);
  for (guint i = 0; i < CASE_N_TYPES; i++)
    {
      g_autofree char *name = g_strconcat ("item-type:", _fw_case_item_types[i].type_code, NULL);
      JsonObject *type = definition_object (writer, "CFItemTypes", name,
                                            _fw_case_item_types[i].title);

      json_object_set_string_member (type, "description", _fw_case_item_types[i].description);
      json_object_set_string_member (type, "hierarchyCode", _fw_case_item_types[i].hierarchy);
      json_object_set_string_member (type, "typeCode", _fw_case_item_types[i].type_code);
      json_object_set_string_member (type, "lastChangeDateTime", writer->changed);
      json_array_add_object_element (types, type);
    }

  json_object_set_array_member (definitions, "CFAssociationGroupings", json_array_new ());
}

static const char *
creator (FwDocument *document)
{
  JsonNode *provenance = fw_document_get_provenance (document);
  JsonObject *object;
  JsonNode *generator;

  if (provenance == NULL || !JSON_NODE_HOLDS_OBJECT (provenance))
    return CASE_DEFAULT_CREATOR;

  object = json_node_get_object (provenance);
  generator = json_object_get_member (object, "generator");
  if (generator != NULL && JSON_NODE_HOLDS_VALUE (generator)
      && json_node_get_value_type (generator) == G_TYPE_STRING
      && json_node_get_string (generator)[0] != '\0')
    return json_node_get_string (generator);

  return CASE_DEFAULT_CREATOR;
}

static JsonObject *
write_document (CaseWriter *writer)
{
  FwDocument *document = writer->document;
  JsonObject *object = json_object_new ();
  g_autofree char *uri = make_uri (writer, "CFDocuments", writer->document_id);
  g_autofree char *notes = g_strconcat (CASE_SOC_NOTE_PREFIX, fw_document_get_soc (document),
                                        NULL);
  g_autoptr(FwSource) source = licensed_source (document);
  const char *attribution = fw_document_get_attribution (document);

  json_object_set_string_member (object, "identifier", writer->document_id);
  json_object_set_string_member (object, "uri", uri);
  json_object_set_string_member (object, "creator", creator (document));
  json_object_set_string_member (object, "title", fw_document_get_title (document));
  json_object_set_string_member (object, "lastChangeDateTime", writer->changed);
  if (attribution[0] != '\0')
    json_object_set_string_member (object, "publisher", attribution);
  if (fw_document_get_context_covered (document)[0] != '\0')
    json_object_set_string_member (object, "description",
                                   fw_document_get_context_covered (document));
  if (fw_document_get_group (document)[0] != '\0')
    {
      JsonArray *subject = json_array_new ();
      JsonArray *subject_uri = json_array_new ();

      json_array_add_string_element (subject, fw_document_get_group (document));
      json_array_add_object_element (subject_uri, subject_link (writer));
      json_object_set_array_member (object, "subject", subject);
      json_object_set_array_member (object, "subjectURI", subject_uri);
    }
  json_object_set_string_member (object, "language", CASE_LANGUAGE);
  json_object_set_string_member (object, "version", fw_document_get_version (document));
  if (source != NULL)
    {
      g_autoptr(JsonObject) license = license_object (writer, source);

      json_object_set_object_member (object, "licenseURI",
                                     link_uri (fw_source_get_license (source),
                                               json_object_get_string_member (license, "identifier"),
                                               json_object_get_string_member (license, "uri")));
    }
  json_object_set_string_member (object, "notes", notes);
  return object;
}

GBytes *
fw_case_write (FwDocument *document,
               const char *base_uri)
{
  CaseWriter writer = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonObject) document_link = NULL;
  JsonObject *object;
  JsonObject *cf_document;
  GString *out;
  guint position = 0;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);

  writer.document = document;
  writer.document_id = _fw_case_document_identifier (document);
  writer.changed = last_change (document);
  if (base_uri == NULL || base_uri[0] == '\0' || g_str_equal (base_uri, CASE_DEFAULT_BASE_URI))
    writer.base_uri = g_strdup (CASE_DEFAULT_BASE_URI);
  else if (g_str_has_suffix (base_uri, "/"))
    writer.base_uri = g_strdup (base_uri);
  else
    writer.base_uri = g_strconcat (base_uri, "/", NULL);

  object = json_object_new ();
  root = json_node_init_object (json_node_alloc (), object);
  json_object_unref (object);

  cf_document = write_document (&writer);
  json_object_set_object_member (object, "CFDocument", cf_document);
  writer.items = json_array_new ();
  writer.associations = json_array_new ();
  json_object_set_array_member (object, "CFItems", writer.items);
  json_object_set_array_member (object, "CFAssociations", writer.associations);

  document_link = link_uri (fw_document_get_title (document), writer.document_id,
                            json_object_get_string_member (cf_document, "uri"));
  add_levels (&writer, document_link, &position);
  add_domains (&writer, document_link, &position);
  write_definitions (&writer, object);

  out = g_string_new (NULL);
  fw_json_write (out, root, TRUE);
  g_string_append_c (out, '\n');

  g_free (writer.document_id);
  g_free (writer.changed);
  g_free (writer.base_uri);
  return g_string_free_to_bytes (out);
}
