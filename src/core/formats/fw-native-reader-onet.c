/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-error.h"
#include "fw-format-readers.h"
#include "fw-item-ids.h"
#include "fw-native-private.h"

/* Reading the O*NET part of .fwk files: see fw-native.c for the format. */

static const char * const onet_members[] = {
  "anchorCount", "citations", "relatedTitles", "apprenticeships", "skills", "knowledge",
  "abilities", "workStyles", "technology", "technologySkills", "tasks", "cipCodes", "itemIds",
  NULL
};
static const char * const apprenticeship_members[] = { "id", "code", "title", NULL };
static const char * const apprenticeship_required[] = { "code", "title", NULL };
static const char * const task_members[] = { "id", "text", "type", NULL };
static const char * const technology_members[] = {
  "commodityCode", "title", "hot", "inDemand", "examples", NULL
};
/* An optional boolean member; FALSE when absent. */
static gboolean
read_boolean (NativeReader *reader,
              JsonObject   *object,
              const char   *path,
              const char   *member,
              gboolean     *value)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autofree char *member_path = NULL;

  *value = FALSE;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      member_path = g_strconcat (path, ".", member, NULL);
      return fw_json_fail_wrong_type (&reader->base, node, member_path, "a boolean");
    }

  *value = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
read_apprenticeships (NativeReader *reader,
                      JsonObject   *onet_object,
                      FwOnet       *onet)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *array;

  if (!fw_json_read_array (&reader->base, onet_object, "onet", "apprenticeships", &array))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("onet.apprenticeships[%u]", i);
      g_autofree char *extras_key = NULL;
      g_autoptr(FwApprenticeship) apprenticeship = NULL;
      g_autofree char *seed = NULL;
      g_autofree char *id = NULL;
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object;
      const char *code, *title;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fw_json_fail_wrong_type (&reader->base, node, path, "an object");

      object = json_node_get_object (node);
      if (!fw_json_read_string (&reader->base, object, path, "code", &code))
        return FALSE;

      extras_key = g_strconcat ("apprenticeship:", code != NULL ? code : "", NULL);
      if (!_fw_native_read_object (reader, node, path, apprenticeship_members,
                                   apprenticeship_required, extras_key, &object)
          || !fw_json_read_string (&reader->base, object, path, "title", &title))
        return FALSE;

      seed = fw_item_ids_apprenticeship_seed (code, title);
      if (!_fw_native_read_item_id (reader, object, path, "apprenticeship", seed, seen, &id))
        return FALSE;
      apprenticeship = fw_apprenticeship_new_with_id (id, code, title);
      g_list_store_append (fw_onet_get_apprenticeships (onet), apprenticeship);
    }

  return TRUE;
}

static gboolean
read_tasks (NativeReader *reader,
            JsonObject   *onet_object,
            FwOnet       *onet)
{
  static const char * const required[] = { "text", NULL };
  JsonArray *array;

  if (!fw_json_read_array (&reader->base, onet_object, "onet", "tasks", &array))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("onet.tasks[%u]", i);
      g_autofree char *extras_key = NULL;
      g_autoptr(FwTask) task = NULL;
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object;
      const char *id, *text, *type;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fw_json_fail_wrong_type (&reader->base, node, path, "an object");

      object = json_node_get_object (node);
      if (!fw_json_read_string (&reader->base, object, path, "id", &id)
          || !fw_json_read_string (&reader->base, object, path, "text", &text)
          || !fw_json_read_string (&reader->base, object, path, "type", &type))
        return FALSE;

      extras_key = g_strconcat ("task:", id != NULL ? id : (text != NULL ? text : ""), NULL);
      if (!_fw_native_read_object (reader, node, path, task_members, required, extras_key,
                                   &object))
        return FALSE;

      task = fw_task_new (id, text);
      if (type != NULL)
        g_object_set (task, "task-type", type, NULL);
      g_list_store_append (fw_onet_get_tasks (onet), task);
    }

  return TRUE;
}

static gboolean
read_technology_skill (NativeReader *reader,
                       JsonNode     *node,
                       const char   *path,
                       FwOnet       *onet)
{
  g_autoptr(FwTechnology) skill = NULL;
  g_autofree char *extras_key = NULL;
  g_auto(GStrv) examples = NULL;
  JsonObject *object;
  const char *code, *title;
  gboolean hot = FALSE, in_demand = FALSE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fw_json_fail_wrong_type (&reader->base, node, path, "an object");

  object = json_node_get_object (node);
  if (!fw_json_read_string (&reader->base, object, path, "commodityCode", &code)
      || !fw_json_read_string (&reader->base, object, path, "title", &title))
    return FALSE;

  extras_key = g_strconcat ("technology:", code != NULL ? code : (title != NULL ? title : ""),
                            NULL);
  if (!_fw_native_read_object (reader, node, path, technology_members, technology_members + 1,
                               extras_key, &object)
      || !read_boolean (reader, object, path, "hot", &hot)
      || !read_boolean (reader, object, path, "inDemand", &in_demand)
      || !fw_json_read_strv (&reader->base, object, path, "examples", &examples))
    return FALSE;

  skill = fw_technology_new (code, title);
  g_object_set (skill, "hot", hot, "in-demand", in_demand, "examples", examples, NULL);
  g_list_store_append (fw_onet_get_technology_skills (onet), skill);
  return TRUE;
}

static gboolean
read_technology_skills (NativeReader *reader,
                        JsonObject   *onet_object,
                        FwOnet       *onet)
{
  JsonArray *array;

  if (!fw_json_read_array (&reader->base, onet_object, "onet", "technologySkills", &array))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("onet.technologySkills[%u]", i);

      if (!read_technology_skill (reader, json_array_get_element (array, i), path, onet))
        return FALSE;
    }

  return TRUE;
}

gboolean
_fw_native_read_onet (NativeReader *reader,
                      JsonNode     *node)
{
  FwOnet *onet = fw_document_get_onet (reader->document);
  g_auto(GStrv) citations = NULL;
  JsonObject *object;
  int anchor_count = -1;

  if (node == NULL)
    return TRUE;

  if (!_fw_native_read_object (reader, node, "onet", onet_members, NULL, "onet", &object)
      || !fw_json_read_integer (&reader->base, object, "onet", "anchorCount", 0, G_MAXINT,
                                &anchor_count))
    return FALSE;

  if (anchor_count >= 0)
    g_object_set (onet, "anchor-count", anchor_count, NULL);

  if (!fw_json_read_strv (&reader->base, object, "onet", "citations", &citations))
    return FALSE;
  if (citations != NULL)
    g_object_set (onet, "citations", citations, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (_fw_native_onet_lists); i++)
    {
      g_auto(GStrv) strv = NULL;

      if (!fw_json_read_strv (&reader->base, object, "onet", _fw_native_onet_lists[i].member,
                              &strv))
        return FALSE;
      if (strv != NULL)
        g_object_set (onet, _fw_native_onet_lists[i].property, strv, NULL);
    }

  return read_apprenticeships (reader, object, onet)
         && read_technology_skills (reader, object, onet)
         && read_tasks (reader, object, onet)
         && _fw_native_read_item_ids (reader, object);
}

