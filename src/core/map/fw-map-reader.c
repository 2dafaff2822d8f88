/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-io.h"
#include "fw-json-members.h"
#include "fw-limits.h"
#include "fw-map-file.h"

/* Reading .fwmap files: see fw-map-file.h for the format. */

typedef struct
{
  FwJsonReader  base;
  FwMap        *map;
  GHashTable   *outcome_ids;  /* id → TRUE */
  GHashTable   *pairs;        /* "outcome\nstatement" → TRUE */
  GHashTable   *print_ids;    /* statement id → TRUE */
  guint         n_outcomes;
} MapReader;

/* Checks that @node is an object with every member of @required and none outside @known. */
static gboolean
read_object (MapReader           *reader,
             JsonNode            *node,
             const char          *path,
             const char * const  *known,
             const char * const  *required,
             JsonObject         **out_object)
{
  JsonObject *object;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return fw_json_fail_wrong_type (&reader->base, node, path, "an object");

  object = json_node_get_object (node);
  for (guint i = 0; required[i] != NULL; i++)
    {
      if (!json_object_has_member (object, required[i]))
        return fw_json_fail_at_node (&reader->base, node, path, "missing required member “%s”",
                                     required[i]);
    }

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      if (!g_strv_contains (known, name))
        return fw_json_fail_at_member (&reader->base, object, name, "unknown member “%s”", name);
    }

  *out_object = object;
  return TRUE;
}

/* Reads @members into the string properties @properties of @target. */
static gboolean
read_strings (MapReader          *reader,
              JsonObject         *object,
              const char         *path,
              const char * const *members,
              const char * const *properties,
              GObject            *target)
{
  for (guint i = 0; members[i] != NULL; i++)
    {
      const char *value;

      if (!fw_json_read_string (&reader->base, object, path, members[i], &value))
        return FALSE;
      if (value != NULL && strlen (value) > FW_MAX_STATEMENT_LENGTH)
        return fw_json_fail_at_node (&reader->base, json_object_get_member (object, members[i]),
                                     members[i], "longer than %d bytes",
                                     FW_MAX_STATEMENT_LENGTH);
      if (properties != NULL)
        g_object_set (target, properties[i], value, NULL);
    }

  return TRUE;
}

static gboolean
read_format (MapReader *reader,
             JsonNode  *root)
{
  JsonObject *object;
  const char *marker, *version;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return fw_json_fail_at_node (&reader->base, root, NULL,
                                 "expected a JSON object at the top level, got %s",
                                 fw_json_describe_node (&reader->base, root));

  object = json_node_get_object (root);
  if (!fw_json_read_string (&reader->base, object, "", "format", &marker)
      || !fw_json_read_string (&reader->base, object, "", "formatVersion", &version))
    return FALSE;

  if (marker == NULL || strcmp (marker, FW_MAP_FORMAT_MARKER) != 0)
    return fw_json_fail_at_node (&reader->base,
                                 marker != NULL ? json_object_get_member (object, "format") : root,
                                 "format", "expected “" FW_MAP_FORMAT_MARKER "”; is this a "
                                 "curriculum map?");

  if (version == NULL || !g_str_has_prefix (version, "1."))
    {
      fw_json_doc_error_at (reader->base.json,
                            version != NULL ? json_object_get_member (object, "formatVersion")
                                            : root,
                            reader->base.error, FW_ERROR_VERSION,
                            "formatVersion “%s” is not supported (expected %s)",
                            version != NULL ? version : "", FW_MAP_FORMAT_VERSION);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_head (MapReader  *reader,
           JsonObject *root)
{
  static const char * const program_members[] = {
    "name", "institution", "credential", "cipCode", "accreditor", "notes", NULL
  };
  static const char * const program_properties[] = {
    "name", "institution", "credential", "cip-code", "accreditor", "notes", NULL
  };
  static const char * const program_required[] = { "name", NULL };
  static const char * const framework_members[] = { "path", "soc", "version", "digest", NULL };
  static const char * const framework_properties[] = {
    "framework-path", "framework-soc", "framework-version", "framework-digest", NULL
  };
  static const char * const framework_required[] = { "path", NULL };
  JsonObject *program, *framework;

  return read_object (reader, json_object_get_member (root, "program"), "program",
                      program_members, program_required, &program)
         && read_strings (reader, program, "program", program_members, program_properties,
                          G_OBJECT (reader->map))
         && read_object (reader, json_object_get_member (root, "framework"), "framework",
                         framework_members, framework_required, &framework)
         && read_strings (reader, framework, "framework", framework_members,
                          framework_properties, G_OBJECT (reader->map));
}

static gboolean
read_outcome (MapReader   *reader,
              JsonNode    *node,
              const char  *path,
              FwMapCourse *course)
{
  static const char * const members[] = { "id", "text", NULL };
  g_autoptr(FwMapOutcome) outcome = NULL;
  JsonObject *object;
  const char *id, *text;

  if (!read_object (reader, node, path, members, members, &object)
      || !read_strings (reader, object, path, members, NULL, NULL)
      || !fw_json_read_string (&reader->base, object, path, "id", &id)
      || !fw_json_read_string (&reader->base, object, path, "text", &text))
    return FALSE;

  if (id[0] == '\0' || g_hash_table_contains (reader->outcome_ids, id))
    return fw_json_fail_at_node (&reader->base, json_object_get_member (object, "id"), path,
                                 id[0] == '\0' ? "outcome id must not be empty%s"
                                               : "duplicate outcome id “%s”; ids are unique "
                                                 "within a program", id);
  if (++reader->n_outcomes > FW_MAP_MAX_OUTCOMES)
    return fw_json_fail_at_node (&reader->base, node, path, "more than %d outcomes",
                                 FW_MAP_MAX_OUTCOMES);

  g_hash_table_add (reader->outcome_ids, g_strdup (id));
  outcome = fw_map_outcome_new (id, text);
  g_list_store_append (fw_map_course_get_outcomes (course), outcome);
  return TRUE;
}

static gboolean
read_course (MapReader  *reader,
             JsonNode   *node,
             const char *path)
{
  static const char * const members[] = { "code", "title", "credits", "term", "outcomes", NULL };
  static const char * const strings[] = { "code", "title", "credits", "term", NULL };
  static const char * const required[] = { "code", "title", "outcomes", NULL };
  g_autoptr(FwMapCourse) course = NULL;
  JsonObject *object;
  JsonArray *outcomes;
  const char *code;

  course = fw_map_course_new (NULL, NULL);
  if (!read_object (reader, node, path, members, required, &object)
      || !read_strings (reader, object, path, strings, strings, G_OBJECT (course))
      || !fw_json_read_array (&reader->base, object, path, "outcomes", &outcomes))
    return FALSE;

  code = fw_map_course_get_code (course);
  if (code[0] == '\0' || strchr (code, FW_MAP_QUALIFIER) != NULL
      || fw_map_find_course (reader->map, code) != NULL)
    return fw_json_fail_at_node (&reader->base, json_object_get_member (object, "code"), path,
                                 code[0] == '\0' ? "course code must not be empty"
                                 : strchr (code, FW_MAP_QUALIFIER) != NULL
                                   ? "course code must not contain “:”"
                                   : "duplicate course code");

  for (guint i = 0; i < json_array_get_length (outcomes); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s.outcomes[%u]", path, i);

      if (!read_outcome (reader, json_array_get_element (outcomes, i), item_path, course))
        return FALSE;
    }

  g_list_store_append (fw_map_get_courses (reader->map), course);
  return TRUE;
}

static gboolean
read_mapping (MapReader  *reader,
              JsonNode   *node,
              const char *path)
{
  static const char * const members[] = {
    "outcome", "statement", "depth", "note", "mappedBy", "mappedAt", NULL
  };
  static const char * const required[] = { "outcome", "statement", "depth", NULL };
  g_autoptr(FwMapping) mapping = NULL;
  g_autofree char *pair = NULL;
  JsonObject *object;
  const char *outcome, *statement, *depth_text, *note, *by, *at;
  FwDepth depth;

  if (!read_object (reader, node, path, members, required, &object)
      || !read_strings (reader, object, path, members, NULL, NULL)
      || !fw_json_read_string (&reader->base, object, path, "outcome", &outcome)
      || !fw_json_read_string (&reader->base, object, path, "statement", &statement)
      || !fw_json_read_string (&reader->base, object, path, "depth", &depth_text)
      || !fw_json_read_string (&reader->base, object, path, "note", &note)
      || !fw_json_read_string (&reader->base, object, path, "mappedBy", &by)
      || !fw_json_read_string (&reader->base, object, path, "mappedAt", &at))
    return FALSE;

  if (!g_hash_table_contains (reader->outcome_ids, outcome))
    return fw_json_fail_at_node (&reader->base, json_object_get_member (object, "outcome"), path,
                                 "no outcome “%s” in the program", outcome);
  if (statement[0] == '\0')
    return fw_json_fail_at_node (&reader->base, json_object_get_member (object, "statement"),
                                 path, "statement id must not be empty");
  if (strlen (depth_text) != 1 || !fw_depth_from_string (depth_text, &depth))
    return fw_json_fail_at_node (&reader->base, json_object_get_member (object, "depth"), path,
                                 "expected a depth of “I”, “R” or “M”, got “%s”", depth_text);

  pair = g_strconcat (outcome, "\n", statement, NULL);
  if (g_hash_table_contains (reader->pairs, pair))
    return fw_json_fail_at_node (&reader->base, node, path,
                                 "outcome “%s” is mapped to statement “%s” twice", outcome,
                                 statement);
  g_hash_table_add (reader->pairs, g_steal_pointer (&pair));

  mapping = fw_mapping_new (outcome, statement, depth);
  g_object_set (mapping, "note", note, "mapped-by", by, "mapped-at", at, NULL);
  g_list_store_append (fw_map_get_mappings (reader->map), mapping);
  return TRUE;
}

static gboolean
read_print (MapReader  *reader,
            JsonNode   *node,
            const char *path)
{
  static const char * const members[] = { "id", "place", "headline", "digest", NULL };
  g_autoptr(FwMapPrint) print = NULL;
  JsonObject *object;
  const char *id, *place, *headline, *digest;

  if (!read_object (reader, node, path, members, members, &object)
      || !read_strings (reader, object, path, members, NULL, NULL)
      || !fw_json_read_string (&reader->base, object, path, "id", &id)
      || !fw_json_read_string (&reader->base, object, path, "place", &place)
      || !fw_json_read_string (&reader->base, object, path, "headline", &headline)
      || !fw_json_read_string (&reader->base, object, path, "digest", &digest))
    return FALSE;

  if (id[0] == '\0' || !g_hash_table_add (reader->print_ids, g_strdup (id)))
    return fw_json_fail_at_node (&reader->base, json_object_get_member (object, "id"), path,
                                 id[0] == '\0' ? "statement id must not be empty"
                                               : "duplicate statement fingerprint");

  print = fw_map_print_new (id, place, headline, digest);
  g_list_store_append (fw_map_get_prints (reader->map), print);
  return TRUE;
}

/* A merge conflict waiting for an author: both values, a missing one being a deletion. */
static gboolean
read_conflict (MapReader  *reader,
               JsonNode   *node,
               const char *path)
{
  static const char * const members[] = { "id", "field", "path", "ours", "theirs", NULL };
  static const char * const required[] = { "id", "field", NULL };
  g_autoptr(FwConflict) conflict = NULL;
  JsonObject *object;
  const char *id, *field, *where, *ours, *theirs;

  if (!read_object (reader, node, path, members, required, &object)
      || !read_strings (reader, object, path, members, NULL, NULL)
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
  g_list_store_append (fw_map_get_conflicts (reader->map), conflict);
  return TRUE;
}

typedef gboolean (*ReadItemFunc) (MapReader  *reader,
                                  JsonNode   *node,
                                  const char *path);

static gboolean
read_list (MapReader    *reader,
           JsonObject   *root,
           const char   *member,
           guint         max,
           ReadItemFunc  func)
{
  JsonArray *array;

  if (!fw_json_read_array (&reader->base, root, "", member, &array))
    return FALSE;
  if (array != NULL && json_array_get_length (array) > max)
    return fw_json_fail_at_node (&reader->base, json_object_get_member (root, member), member,
                                 "more than %u items", max);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s[%u]", member, i);

      if (!func (reader, json_array_get_element (array, i), path))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_root (MapReader *reader,
           JsonNode  *root)
{
  static const char * const members[] = {
    "format", "formatVersion", "program", "framework", "courses", "mappings", "statements",
    "conflicts", NULL
  };
  static const char * const required[] = {
    "format", "formatVersion", "program", "framework", "courses", NULL
  };
  JsonObject *object;

  return read_format (reader, root)
         && read_object (reader, root, "", members, required, &object)
         && read_head (reader, object)
         && read_list (reader, object, "courses", FW_MAP_MAX_COURSES, read_course)
         && read_list (reader, object, "mappings", FW_MAP_MAX_MAPPINGS, read_mapping)
         && read_list (reader, object, "statements", FW_MAP_MAX_MAPPINGS, read_print)
         && read_list (reader, object, "conflicts", FW_MAP_MAX_MAPPINGS, read_conflict);
}

FwMap *
fw_map_read_bytes (const char  *data,
                   gsize        length,
                   const char  *filename,
                   GError     **error)
{
  g_autoptr(FwJsonDoc) json = NULL;
  g_autoptr(FwMap) map = NULL;
  g_autoptr(GHashTable) outcome_ids = NULL;
  g_autoptr(GHashTable) pairs = NULL;
  g_autoptr(GHashTable) print_ids = NULL;
  MapReader reader = { { 0 } };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  json = fw_json_doc_parse (data != NULL ? data : "", length, filename, error);
  if (json == NULL)
    return NULL;

  map = fw_map_new ();
  outcome_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  print_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader.base.json = json;
  reader.base.error = error;
  reader.map = map;
  reader.outcome_ids = outcome_ids;
  reader.pairs = pairs;
  reader.print_ids = print_ids;

  if (!read_root (&reader, fw_json_doc_get_root (json)))
    return NULL;

  return g_steal_pointer (&map);
}

FwMap *
fw_map_read_file (const char  *path,
                  GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  bytes = fw_io_load (path, FW_MAX_FILE_SIZE, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  return fw_map_read_bytes (data, length, g_str_equal (path, "-") ? "<stdin>" : path, error);
}
