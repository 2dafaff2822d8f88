/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-case-private.h"
#include "fw-error.h"
#include "fw-format-readers.h"
#include "fw-json-members.h"
#include "fw-limits.h"
#include "fw-uuid.h"

/*
 * Reading CASE 1.0 CFPackage JSON, from Framewright or from other CASE tools. The reader is
 * lenient: what the schema requires but a package lacks, item types it does not know,
 * association types it has no place for and date-times the schema rejects are tolerated and
 * reported as warnings. Items are placed by the isChildOf hierarchy: under a proficiency level
 * (by item type, or by a name such as "Emerging"), or under a durable-skill domain; items it
 * cannot place are listed and left out.
 */

/* Unplaced items are listed one by one up to this many, then counted. */
#define MAX_LISTED_UNPLACED 10

typedef struct
{
  const char *identifier;
  gint64      sequence;
  guint       index;
} CaseChild;

typedef struct
{
  FwJsonReader  base;
  FwDocument   *document;
  GPtrArray    *warnings;
  GHashTable   *items;          /* identifier → JsonObject of the item (borrowed) */
  GPtrArray    *item_order;     /* identifiers, in file order */
  GHashTable   *item_nodes;     /* identifier → JsonNode (for locations) */
  GHashTable   *type_titles;    /* CFItemType identifier → title */
  GHashTable   *children;       /* parent identifier → GPtrArray of CaseChild */
  GHashTable   *anchors;        /* item identifier → GPtrArray of task ids */
  GHashTable   *task_titles;    /* task id → title */
  GHashTable   *placed;         /* identifiers placed (or visited) */
  GHashTable   *statement_ids;
  GHashTable   *left_out_types; /* association type → count (GUINT_TO_POINTER) */
  guint         bad_dates;
  JsonNode     *first_bad_date;
  guint         missing_fields;
  JsonNode     *first_missing;
} CaseReader;

static void
warn_at (CaseReader *reader,
         JsonNode   *node,
         const char *format,
         ...) G_GNUC_PRINTF (3, 4);

static void
warn_at (CaseReader *reader,
         JsonNode   *node,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  guint line = 0;
  guint column = 0;
  va_list args;

  if (reader->warnings == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (node != NULL)
    fw_json_doc_get_location (reader->base.json, node, &line, &column);
  g_ptr_array_add (reader->warnings,
                   fw_diagnostic_new (fw_json_doc_get_filename (reader->base.json), line, column,
                                      NULL, "%s", message));
}

/* A string member, or NULL when it is absent or not a string (other tools write null). */
static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static JsonObject *
get_object (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
get_array (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* Notes what the schema requires of every item and association, without refusing it. */
static void
check_required (CaseReader *reader,
                JsonObject *object,
                JsonNode   *node)
{
  const char *changed = get_string (object, "lastChangeDateTime");

  if (get_string (object, "uri") == NULL || changed == NULL)
    {
      if (reader->missing_fields++ == 0)
        reader->first_missing = node;
    }
  if (changed != NULL && !fw_date_time_is_valid (changed))
    {
      if (reader->bad_dates++ == 0)
        reader->first_bad_date = node;
    }
}

static void
read_item_types (CaseReader *reader,
                 JsonObject *root)
{
  JsonObject *definitions = get_object (root, "CFDefinitions");
  JsonArray *types = definitions != NULL ? get_array (definitions, "CFItemTypes") : NULL;

  for (guint i = 0; types != NULL && i < json_array_get_length (types); i++)
    {
      JsonNode *node = json_array_get_element (types, i);
      JsonObject *type = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *identifier = type != NULL ? get_string (type, "identifier") : NULL;
      const char *title = type != NULL ? get_string (type, "title") : NULL;

      if (identifier != NULL && title != NULL)
        g_hash_table_insert (reader->type_titles, (gpointer) identifier, (gpointer) title);
    }
}

static void
read_items (CaseReader *reader,
            JsonObject *root)
{
  JsonArray *items = get_array (root, "CFItems");

  if (items == NULL && json_object_has_member (root, "CFItems"))
    warn_at (reader, json_object_get_member (root, "CFItems"),
             "CFItems is not an array; the package's items were left out");

  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);
      JsonObject *item = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *identifier = item != NULL ? get_string (item, "identifier") : NULL;

      if (identifier == NULL)
        {
          warn_at (reader, node, "CFItems[%u]: an item without an identifier was left out", i);
          continue;
        }
      if (g_hash_table_contains (reader->items, identifier))
        {
          warn_at (reader, node, "CFItems[%u]: a second item with the identifier %s was left out",
                   i, identifier);
          continue;
        }
      check_required (reader, item, node);
      g_hash_table_insert (reader->items, (gpointer) identifier, item);
      g_hash_table_insert (reader->item_nodes, (gpointer) identifier, node);
      g_ptr_array_add (reader->item_order, (gpointer) identifier);
    }
}

static void
add_child (CaseReader *reader,
           const char *parent,
           const char *child,
           JsonObject *association,
           guint       index)
{
  GPtrArray *list = g_hash_table_lookup (reader->children, parent);
  JsonNode *sequence = json_object_get_member (association, "sequenceNumber");
  CaseChild *entry = g_new0 (CaseChild, 1);

  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (reader->children, (gpointer) parent, list);
    }

  entry->identifier = child;
  entry->index = index;
  /* Without a sequence number a child comes after the numbered ones, in file order. */
  entry->sequence = G_MAXINT64;
  if (sequence != NULL && JSON_NODE_HOLDS_VALUE (sequence)
      && json_node_get_value_type (sequence) == G_TYPE_INT64)
    entry->sequence = json_node_get_int (sequence);
  g_ptr_array_add (list, entry);
}

static gboolean
add_anchor (CaseReader *reader,
            const char *origin,
            JsonObject *destination)
{
  const char *uri = get_string (destination, "uri");
  const char *title = get_string (destination, "title");
  const char *task_id;
  GPtrArray *list;

  if (uri == NULL || !g_str_has_prefix (uri, CASE_TASK_URI_PREFIX))
    return FALSE;

  task_id = uri + strlen (CASE_TASK_URI_PREFIX);
  if (task_id[0] == '\0')
    return FALSE;

  list = g_hash_table_lookup (reader->anchors, origin);
  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (reader->anchors, (gpointer) origin, list);
    }
  g_ptr_array_add (list, (gpointer) task_id);
  if (title != NULL && !g_hash_table_contains (reader->task_titles, task_id))
    g_hash_table_insert (reader->task_titles, (gpointer) task_id, (gpointer) title);
  return TRUE;
}

static void
leave_out_association (CaseReader *reader,
                       const char *type)
{
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (reader->left_out_types, type));

  g_hash_table_insert (reader->left_out_types, (gpointer) type, GUINT_TO_POINTER (count + 1));
}

static void
read_associations (CaseReader *reader,
                   JsonObject *root)
{
  JsonArray *associations = get_array (root, "CFAssociations");

  for (guint i = 0; associations != NULL && i < json_array_get_length (associations); i++)
    {
      JsonNode *node = json_array_get_element (associations, i);
      JsonObject *association = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonObject *origin = association != NULL ? get_object (association, "originNodeURI") : NULL;
      JsonObject *destination = association != NULL
                                ? get_object (association, "destinationNodeURI") : NULL;
      const char *type = association != NULL ? get_string (association, "associationType") : NULL;
      const char *from = origin != NULL ? get_string (origin, "identifier") : NULL;
      const char *to = destination != NULL ? get_string (destination, "identifier") : NULL;

      if (type == NULL || from == NULL || to == NULL)
        {
          warn_at (reader, node, "CFAssociations[%u]: an association without a type, an origin "
                   "or a destination was left out", i);
          continue;
        }
      check_required (reader, association, node);

      if (g_str_equal (type, "isChildOf"))
        add_child (reader, to, from, association, i);
      else if ((g_str_equal (type, "isRelatedTo") || g_str_equal (type, "exactMatchOf"))
               && add_anchor (reader, from, destination))
        continue;
      else
        leave_out_association (reader, type);
    }
}

static int
compare_children (gconstpointer a,
                  gconstpointer b)
{
  const CaseChild *x = *(const CaseChild * const *) a;
  const CaseChild *y = *(const CaseChild * const *) b;

  if (x->sequence != y->sequence)
    return x->sequence < y->sequence ? -1 : 1;
  return x->index < y->index ? -1 : (x->index > y->index);
}

static GPtrArray *
children_of (CaseReader *reader,
             const char *parent)
{
  GPtrArray *list = g_hash_table_lookup (reader->children, parent);

  if (list != NULL)
    g_ptr_array_sort (list, compare_children);
  return list;
}

static CaseItemType
item_type (CaseReader *reader,
           JsonObject *item)
{
  const char *name = get_string (item, "CFItemType");
  JsonObject *link = get_object (item, "CFItemTypeURI");

  if (name == NULL && link != NULL)
    {
      const char *identifier = get_string (link, "identifier");

      name = get_string (link, "title");
      if (name == NULL && identifier != NULL)
        name = g_hash_table_lookup (reader->type_titles, identifier);
    }

  return _fw_case_item_type_from_name (name);
}

/* A level by type and code, or another tool's item named like one ("Emerging", "advanced"). */
static gboolean
item_level (CaseReader *reader,
            JsonObject *item,
            FwLevelKey *key)
{
  const char *names[] = { get_string (item, "humanCodingScheme"),
                          get_string (item, "fullStatement") };
  CaseItemType type = item_type (reader, item);

  if (type != CASE_TYPE_LEVEL && type != CASE_TYPE_UNKNOWN)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *lower = names[i] != NULL ? g_ascii_strdown (names[i], -1) : NULL;

      if (lower != NULL && fw_level_key_from_string (g_strstrip (lower), key))
        return TRUE;
    }

  return FALSE;
}

static gboolean
item_durable_level (JsonObject     *item,
                    FwDurableLevel *level)
{
  const char *names[] = { get_string (item, "humanCodingScheme"),
                          get_string (item, "fullStatement") };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *lower = names[i] != NULL ? g_ascii_strdown (names[i], -1) : NULL;

      if (lower != NULL && fw_durable_level_from_string (g_strstrip (lower), level))
        return TRUE;
    }

  return FALSE;
}

static void
add_task (CaseReader *reader,
          const char *task_id)
{
  GListStore *tasks = fw_onet_get_tasks (fw_document_get_onet (reader->document));
  const char *title = g_hash_table_lookup (reader->task_titles, task_id);
  g_autofree char *fallback = g_strconcat ("O*NET task ", task_id, NULL);
  g_autoptr(FwTask) task = NULL;

  /* Our writer names a task it does not know "O*NET task ID": no text to keep then. */
  if (title == NULL || g_str_equal (title, fallback))
    return;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (tasks)); i++)
    {
      g_autoptr(FwTask) known = g_list_model_get_item (G_LIST_MODEL (tasks), i);

      if (g_strcmp0 (fw_task_get_task_id (known), task_id) == 0)
        return;
    }

  task = fw_task_new (task_id, title);
  g_list_store_append (tasks, task);
}

static void
set_anchors (CaseReader  *reader,
             const char  *identifier,
             FwStatement *statement)
{
  GPtrArray *list = g_hash_table_lookup (reader->anchors, identifier);
  g_autoptr(GPtrArray) ids = NULL;

  if (list == NULL)
    return;

  ids = g_ptr_array_new ();
  for (guint i = 0; i < list->len; i++)
    {
      add_task (reader, g_ptr_array_index (list, i));
      g_ptr_array_add (ids, g_ptr_array_index (list, i));
    }
  g_ptr_array_add (ids, NULL);
  fw_statement_set_anchors (statement, (const char * const *) ids->pdata);
}

static FwStatement *
make_statement (CaseReader *reader,
                const char *identifier,
                JsonObject *item)
{
  JsonNode *node = g_hash_table_lookup (reader->item_nodes, identifier);
  const char *full = get_string (item, "fullStatement");
  const char *abbreviated = get_string (item, "abbreviatedStatement");
  const char *coding = get_string (item, "humanCodingScheme");
  g_autofree char *headline = NULL;
  g_autofree char *body = NULL;
  g_autofree char *id = NULL;
  FwStatement *statement;

  if (full == NULL || full[0] == '\0')
    {
      warn_at (reader, node, "item %s has no fullStatement and was left out", identifier);
      return NULL;
    }
  if (!fw_limits_statement_text_fits (full))
    {
      warn_at (reader, node, "item %s is longer than %d bytes and was left out", identifier,
               FW_MAX_STATEMENT_LENGTH);
      return NULL;
    }

  if (abbreviated != NULL && g_str_has_prefix (full, abbreviated)
      && g_str_has_prefix (full + strlen (abbreviated), FW_STATEMENT_SEPARATOR))
    {
      headline = g_strdup (abbreviated);
      body = g_strdup (full + strlen (abbreviated) + strlen (FW_STATEMENT_SEPARATOR));
    }
  else if (!fw_statement_split_text (full, &headline, &body))
    {
      headline = g_strdup (full);
      body = g_strdup ("");
    }

  /* Our own packages keep each statement's id in humanCodingScheme. */
  if (coding != NULL && g_str_has_prefix (coding, "st-")
      && !g_hash_table_contains (reader->statement_ids, coding))
    id = g_strdup (coding);
  else
    id = fw_id_new_from_seed ("st", identifier);
  g_hash_table_add (reader->statement_ids, g_strdup (id));

  statement = fw_statement_new_with_id (id, headline, body);
  if (get_string (item, "notes") != NULL)
    fw_statement_set_note (statement, get_string (item, "notes"));
  set_anchors (reader, identifier, statement);
  return statement;
}

/* Places @parent's descendants, depth first, as statements of @statements (AI-fluency ones in
 * @ai_statements when that is not NULL). */
static void
place_statements (CaseReader *reader,
                  const char *parent,
                  GListStore *statements,
                  GListStore *ai_statements,
                  guint       depth)
{
  GPtrArray *children = children_of (reader, parent);

  for (guint i = 0; children != NULL && i < children->len && depth < FW_MAX_JSON_DEPTH; i++)
    {
      const char *identifier = ((CaseChild *) g_ptr_array_index (children, i))->identifier;
      JsonObject *item = g_hash_table_lookup (reader->items, identifier);
      g_autoptr(FwStatement) statement = NULL;

      if (item == NULL || g_hash_table_contains (reader->placed, identifier))
        continue;
      g_hash_table_add (reader->placed, (gpointer) identifier);

      statement = make_statement (reader, identifier, item);
      if (statement != NULL)
        {
          gboolean ai = ai_statements != NULL && item_type (reader, item) == CASE_TYPE_AI_FLUENCY;

          g_list_store_append (ai ? ai_statements : statements, statement);
        }
      place_statements (reader, identifier, statements, ai_statements, depth + 1);
    }
}

static void
place_level (CaseReader *reader,
             const char *identifier,
             JsonObject *item,
             FwLevelKey  key)
{
  FwLevel *level = fw_document_get_level (reader->document, key);
  const char *label = get_string (item, "fullStatement");
  const char *role = get_string (item, "alternativeLabel");

  if (label != NULL && label[0] != '\0')
    fw_level_set_label (level, label);
  if (role != NULL)
    fw_level_set_role_label (level, role);
  place_statements (reader, identifier, fw_level_get_statements (level),
                    fw_level_get_ai_statements (level), 1);
}

static void
place_domain (CaseReader *reader,
              const char *identifier,
              JsonObject *item)
{
  const char *name = get_string (item, "fullStatement");
  GPtrArray *children = children_of (reader, identifier);
  g_autoptr(FwDomain) domain = fw_domain_new (name != NULL ? name : "");

  for (guint i = 0; children != NULL && i < children->len; i++)
    {
      const char *child = ((CaseChild *) g_ptr_array_index (children, i))->identifier;
      JsonObject *child_item = g_hash_table_lookup (reader->items, child);
      FwDurableLevel level;

      if (child_item == NULL || g_hash_table_contains (reader->placed, child)
          || !item_durable_level (child_item, &level))
        continue;
      g_hash_table_add (reader->placed, (gpointer) child);
      place_statements (reader, child, fw_domain_get_cell (domain, level), NULL, 2);
    }

  g_list_store_append (fw_document_get_domains (reader->document), domain);
}

static void
place_items (CaseReader *reader,
             const char *document_id)
{
  GPtrArray *top = children_of (reader, document_id);

  for (guint i = 0; top != NULL && i < top->len; i++)
    {
      const char *identifier = ((CaseChild *) g_ptr_array_index (top, i))->identifier;
      JsonObject *item = g_hash_table_lookup (reader->items, identifier);
      FwLevelKey key;

      if (item == NULL || g_hash_table_contains (reader->placed, identifier))
        continue;

      if (item_level (reader, item, &key))
        {
          g_hash_table_add (reader->placed, (gpointer) identifier);
          place_level (reader, identifier, item, key);
        }
      else if (item_type (reader, item) == CASE_TYPE_DOMAIN)
        {
          g_hash_table_add (reader->placed, (gpointer) identifier);
          place_domain (reader, identifier, item);
        }
    }
}

static void
report_unplaced (CaseReader *reader)
{
  guint unplaced = 0;

  for (guint i = 0; i < reader->item_order->len; i++)
    {
      const char *identifier = g_ptr_array_index (reader->item_order, i);
      JsonObject *item = g_hash_table_lookup (reader->items, identifier);
      const char *name = get_string (item, "humanCodingScheme");

      if (g_hash_table_contains (reader->placed, identifier))
        continue;
      if (name == NULL)
        name = identifier;
      if (++unplaced <= MAX_LISTED_UNPLACED)
        warn_at (reader, g_hash_table_lookup (reader->item_nodes, identifier),
                 "item “%s” is under no proficiency level or durable-skill domain and was left out",
                 name);
    }

  if (unplaced > MAX_LISTED_UNPLACED)
    warn_at (reader, NULL, "%u more items under no proficiency level or durable-skill domain were "
             "left out", unplaced - MAX_LISTED_UNPLACED);
}

static void
report_tolerated (CaseReader *reader)
{
  g_autoptr(GList) types = NULL;

  if (reader->bad_dates > 0)
    warn_at (reader, reader->first_bad_date, "%u lastChangeDateTime values are not RFC 3339 "
             "date-times (the CASE schema rejects them); tolerated", reader->bad_dates);
  if (reader->missing_fields > 0)
    warn_at (reader, reader->first_missing, "%u items or associations lack a uri or a "
             "lastChangeDateTime that the CASE schema requires; tolerated", reader->missing_fields);

  types = g_list_sort (g_hash_table_get_keys (reader->left_out_types), (GCompareFunc) strcmp);
  for (GList *l = types; l != NULL; l = l->next)
    warn_at (reader, NULL, "%u “%s” associations have no place in a framework and were left out",
             GPOINTER_TO_UINT (g_hash_table_lookup (reader->left_out_types, l->data)),
             (const char *) l->data);
}

static void
read_license (CaseReader *reader,
              JsonObject *root,
              JsonObject *cf_document)
{
  JsonObject *link = get_object (cf_document, "licenseURI");
  JsonObject *definitions = get_object (root, "CFDefinitions");
  JsonArray *licenses = definitions != NULL ? get_array (definitions, "CFLicenses") : NULL;
  const char *wanted = link != NULL ? get_string (link, "identifier") : NULL;

  for (guint i = 0; wanted != NULL && licenses != NULL && i < json_array_get_length (licenses); i++)
    {
      JsonNode *node = json_array_get_element (licenses, i);
      JsonObject *license = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *title = license != NULL ? get_string (license, "title") : NULL;
      const char *description = license != NULL ? get_string (license, "description") : NULL;
      g_autofree char *id = NULL;
      g_autoptr(FwSource) source = NULL;

      if (title == NULL || g_strcmp0 (get_string (license, "identifier"), wanted) != 0)
        continue;

      id = fw_id_new_from_seed ("src", title);
      source = g_object_new (FW_TYPE_SOURCE, "id", id, "short-label", title,
                             "title", description != NULL ? description : title,
                             "license", title, NULL);
      g_list_store_append (fw_document_get_sources (reader->document), source);
      return;
    }
}

static void
read_document (CaseReader *reader,
               JsonObject *root,
               JsonObject *cf_document,
               JsonNode   *node)
{
  FwDocument *document = reader->document;
  const char *identifier = get_string (cf_document, "identifier");
  const char *changed = get_string (cf_document, "lastChangeDateTime");
  const char *notes = get_string (cf_document, "notes");
  const char *creator = get_string (cf_document, "creator");
  JsonNode *subject = json_object_get_member (cf_document, "subject");
  const char *group = NULL;

  if (fw_uuid_is_valid (identifier))
    fw_document_set_framework_id (document, identifier);
  if (changed != NULL && fw_date_time_is_valid (changed))
    fw_document_set_last_modified (document, changed);
  else
    warn_at (reader, node, "CFDocument has no RFC 3339 lastChangeDateTime; tolerated");

  if (notes != NULL && g_str_has_prefix (notes, CASE_SOC_NOTE_PREFIX))
    g_object_set (document, "soc", notes + strlen (CASE_SOC_NOTE_PREFIX), NULL);

  if (subject != NULL && JSON_NODE_HOLDS_ARRAY (subject)
      && json_array_get_length (json_node_get_array (subject)) > 0)
    subject = json_array_get_element (json_node_get_array (subject), 0);
  if (subject != NULL && JSON_NODE_HOLDS_VALUE (subject)
      && json_node_get_value_type (subject) == G_TYPE_STRING)
    group = json_node_get_string (subject);

  g_object_set (document,
                "title", get_string (cf_document, "title"),
                "version", get_string (cf_document, "version"),
                "context-covered", get_string (cf_document, "description"),
                "attribution", get_string (cf_document, "publisher"),
                "group", group,
                NULL);

  if (creator != NULL && !g_str_equal (creator, CASE_DEFAULT_CREATOR))
    {
      g_autoptr(JsonNode) provenance = json_node_new (JSON_NODE_OBJECT);
      g_autoptr(JsonObject) object = json_object_new ();

      json_object_set_string_member (object, "generator", creator);
      json_node_set_object (provenance, object);
      fw_document_set_provenance (document, provenance);
    }

  read_license (reader, root, cf_document);
}

FwDocument *
fw_case_read (const char  *data,
              gsize        length,
              const char  *filename,
              GPtrArray   *warnings,
              GError     **error)
{
  g_autoptr(FwJsonDoc) json = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GHashTable) items = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) item_order = g_ptr_array_new ();
  g_autoptr(GHashTable) item_nodes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) type_titles = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) children = NULL;
  g_autoptr(GHashTable) anchors = NULL;
  g_autoptr(GHashTable) task_titles = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) placed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) statement_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                               NULL);
  g_autoptr(GHashTable) left_out_types = g_hash_table_new (g_str_hash, g_str_equal);
  CaseReader reader = { { 0 } };
  JsonNode *root;
  JsonNode *cf_document;
  const char *document_id;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* fw_format_read_bytes () and fw_format_read_file () checked the encoding. */
  json = fw_json_doc_parse_text (data, length, filename, error);
  if (json == NULL)
    return NULL;

  reader.base.json = json;
  reader.base.error = error;
  root = fw_json_doc_get_root (json);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      fw_json_fail_wrong_type (&reader.base, root, "", "a CASE CFPackage object");
      return NULL;
    }
  cf_document = json_object_get_member (json_node_get_object (root), "CFDocument");
  if (cf_document == NULL)
    {
      fw_json_fail_at_node (&reader.base, root, "", "not a CASE package: no CFDocument");
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (cf_document))
    {
      fw_json_fail_wrong_type (&reader.base, cf_document, "CFDocument", "an object");
      return NULL;
    }

  document = fw_document_new ();
  fw_document_set_origin (document, FW_ORIGIN_NATIVE);
  children = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                    (GDestroyNotify) g_ptr_array_unref);
  anchors = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                   (GDestroyNotify) g_ptr_array_unref);
  reader.document = document;
  reader.warnings = warnings;
  reader.items = items;
  reader.item_order = item_order;
  reader.item_nodes = item_nodes;
  reader.type_titles = type_titles;
  reader.children = children;
  reader.anchors = anchors;
  reader.task_titles = task_titles;
  reader.placed = placed;
  reader.statement_ids = statement_ids;
  reader.left_out_types = left_out_types;

  read_document (&reader, json_node_get_object (root), json_node_get_object (cf_document),
                 cf_document);
  read_item_types (&reader, json_node_get_object (root));
  read_items (&reader, json_node_get_object (root));
  read_associations (&reader, json_node_get_object (root));

  document_id = get_string (json_node_get_object (cf_document), "identifier");
  if (document_id != NULL)
    place_items (&reader, document_id);
  report_unplaced (&reader);
  report_tolerated (&reader);

  return g_steal_pointer (&document);
}
