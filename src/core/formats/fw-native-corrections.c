/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-error.h"
#include "fw-item-ids.h"
#include "fw-native-private.h"

/*
 * The parts of a .fwk that reviewers added: the ids of items that had none (kept only where
 * they differ from the ids derived from the content, so unedited files stay as they were) and
 * the "corrections" section, ordered by id.
 */

static const char * const correction_members[] = {
  "id", "item", "kind", "status", "applied", "current", "proposed", "rationale", "evidence",
  "reviewer", "created", "updated", "replies", NULL
};

gboolean
_fw_native_read_item_ids (NativeReader *reader,
                          JsonObject   *onet_object)
{
  FwOnet *onet = fw_document_get_onet (reader->document);
  JsonNode *node = json_object_get_member (onet_object, "itemIds");
  JsonObject *object;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fw_json_fail_wrong_type (&reader->base, node, "onet.itemIds", "an object");

  object = json_node_get_object (node);
  for (guint i = 0; i < G_N_ELEMENTS (_fw_native_onet_lists); i++)
    {
      const NativeOnetList *list = &_fw_native_onet_lists[i];
      g_auto(GStrv) ids = NULL;

      if (!fw_json_read_strv (&reader->base, object, "onet.itemIds", list->member, &ids))
        return FALSE;
      if (ids != NULL && !fw_onet_set_item_ids (onet, list->property, (const char * const *) ids))
        {
          g_autofree char *path = g_strconcat ("onet.itemIds.", list->member, NULL);

          return fw_json_fail_at_node (&reader->base, json_object_get_member (object,
                                                                              list->member),
                                       path, "expected one unique, non-empty id per entry of "
                                       "“%s”", list->member);
        }
    }

  return TRUE;
}

void
_fw_native_write_item_ids (FwDocument *document,
                           JsonObject *onet_object)
{
  FwOnet *onet = fw_document_get_onet (document);
  JsonObject *object = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (_fw_native_onet_lists); i++)
    {
      const NativeOnetList *list = &_fw_native_onet_lists[i];
      const char * const *ids = fw_onet_get_item_ids (onet, list->property);
      JsonArray *array;

      if (fw_item_ids_are_derived (fw_onet_get_item_prefix (list->property),
                                   fw_onet_get_strv (onet, list->property), ids))
        continue;

      if (object == NULL)
        {
          object = json_object_new ();
          json_object_set_object_member (onet_object, "itemIds", object);
        }
      array = json_array_new ();
      for (guint j = 0; ids[j] != NULL; j++)
        json_array_add_string_element (array, ids[j]);
      json_object_set_array_member (object, list->member, array);
    }
}

gboolean
_fw_native_read_item_id (NativeReader  *reader,
                         JsonObject    *object,
                         const char    *path,
                         const char    *prefix,
                         const char    *seed,
                         GHashTable    *seen,
                         char         **id)
{
  const char *explicit_id;
  g_autofree char *derived = fw_item_ids_derive_next (prefix, seed, seen);

  if (!fw_json_read_string (&reader->base, object, path, "id", &explicit_id))
    return FALSE;

  /* A repeated id (two equal items made apart) is read as a derived one, never refused. */
  if (explicit_id != NULL && explicit_id[0] != '\0'
      && !g_hash_table_contains (reader->item_ids, explicit_id))
    *id = g_strdup (explicit_id);
  else
    *id = g_steal_pointer (&derived);

  while (g_hash_table_contains (reader->item_ids, *id))
    {
      g_free (*id);
      *id = fw_item_ids_derive_next (prefix, seed, seen);
    }

  g_hash_table_add (reader->item_ids, g_strdup (*id));
  return TRUE;
}

char **
_fw_native_derived_apprenticeship_ids (FwDocument *document)
{
  GListModel *list = G_LIST_MODEL (fw_onet_get_apprenticeships (fw_document_get_onet (document)));
  g_autoptr(GStrvBuilder) seeds = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(FwApprenticeship) apprenticeship = g_list_model_get_item (list, i);

      g_autofree char *seed = fw_item_ids_apprenticeship_seed (
        fw_apprenticeship_get_code (apprenticeship), fw_apprenticeship_get_title (apprenticeship));

      g_strv_builder_add (seeds, seed);
    }

  strv = g_strv_builder_end (seeds);
  return fw_item_ids_derive ("apprenticeship", (const char * const *) strv);
}

char **
_fw_native_derived_domain_ids (FwDocument *document)
{
  GListModel *list = G_LIST_MODEL (fw_document_get_domains (document));
  g_autoptr(GStrvBuilder) seeds = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(FwDomain) domain = g_list_model_get_item (list, i);

      g_strv_builder_add (seeds, fw_domain_get_name (domain));
    }

  strv = g_strv_builder_end (seeds);
  return fw_item_ids_derive ("domain", (const char * const *) strv);
}

/* Keeps the members of @object not in @known under @extras_key. */
static void
keep_unknown (NativeReader       *reader,
              JsonObject         *object,
              const char * const *known,
              const char         *extras_key)
{
  g_autoptr(JsonObject) unknown = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      if (g_strv_contains (known, name))
        continue;
      if (unknown == NULL)
        unknown = json_object_new ();
      json_object_set_member (unknown, name, json_node_copy (member));
    }

  if (unknown != NULL)
    g_hash_table_replace (reader->extras, g_strdup (extras_key), g_steal_pointer (&unknown));
}

static gboolean
fail_value (NativeReader *reader,
            JsonObject   *object,
            const char   *path,
            const char   *member,
            const char   *value,
            const char   *expected)
{
  g_autofree char *member_path = fw_json_join_path (path, member);

  return fw_json_fail_at_node (&reader->base, json_object_get_member (object, member),
                               member_path, "expected %s, got “%s”", expected, value);
}

static gboolean
read_object_at (NativeReader  *reader,
                JsonNode      *node,
                const char    *path,
                JsonObject   **object)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return fw_json_fail_wrong_type (&reader->base, node, path, "an object");
  *object = json_node_get_object (node);
  return TRUE;
}

static gboolean
read_item (NativeReader  *reader,
           JsonObject    *correction,
           const char    *path,
           const char   **type,
           const char   **item_id)
{
  g_autofree char *item_path = fw_json_join_path (path, "item");
  JsonNode *node = json_object_get_member (correction, "item");
  JsonObject *object = NULL;

  if (node == NULL)
    return fw_json_fail_at_node (&reader->base, json_object_get_member (correction, "id"), path,
                                 "missing required member “item”");
  if (!read_object_at (reader, node, item_path, &object)
      || !fw_json_read_string (&reader->base, object, item_path, "type", type)
      || !fw_json_read_string (&reader->base, object, item_path, "id", item_id))
    return FALSE;

  if (!fw_correction_is_item_type (*type))
    return fail_value (reader, object, item_path, "type", *type ?: "", "a known item type");
  if (fw_correction_item_has_id (*type) && (*item_id == NULL || (*item_id)[0] == '\0'))
    return fw_json_fail_at_node (&reader->base, node, item_path,
                                 "an item of type “%s” needs an id", *type);
  return TRUE;
}

static gboolean
read_replies (NativeReader *reader,
              JsonObject   *object,
              const char   *path,
              FwCorrection *correction)
{
  JsonArray *array;

  if (!fw_json_read_array (&reader->base, object, path, "replies", &array))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *reply_path = g_strdup_printf ("%s.replies[%u]", path, i);
      g_autoptr(FwCorrectionReply) reply = NULL;
      JsonObject *entry = NULL;
      const char *author, *time, *text;

      if (!read_object_at (reader, json_array_get_element (array, i), reply_path, &entry)
          || !fw_json_read_string (&reader->base, entry, reply_path, "author", &author)
          || !fw_json_read_string (&reader->base, entry, reply_path, "time", &time)
          || !fw_json_read_string (&reader->base, entry, reply_path, "text", &text))
        return FALSE;
      if (time != NULL && time[0] != '\0' && !fw_correction_is_time (time))
        return fail_value (reader, entry, reply_path, "time", time, "a UTC ISO 8601 time");

      reply = fw_correction_reply_new (author, time, text);
      g_list_store_append (fw_correction_get_replies (correction), reply);
    }

  return TRUE;
}

static gboolean
read_strings (NativeReader *reader,
              JsonObject   *object,
              const char   *path,
              FwCorrection *correction)
{
  static const char * const members[] = {
    "kind", "status", "current", "proposed", "rationale", "reviewer", "created", "updated",
  };

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      const char *value;

      if (!fw_json_read_string (&reader->base, object, path, members[i], &value))
        return FALSE;
      if (value == NULL)
        continue;
      if (i == 0 && !fw_correction_is_kind (value))
        return fail_value (reader, object, path, members[i], value, "a known kind");
      if (i == 1 && !fw_correction_is_status (value))
        return fail_value (reader, object, path, members[i], value, "a known status");
      if (i >= 6 && value[0] != '\0' && !fw_correction_is_time (value))
        return fail_value (reader, object, path, members[i], value, "a UTC ISO 8601 time");
      g_object_set (correction, members[i], value, NULL);
    }

  return TRUE;
}

static int
compare_corrections (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  return strcmp (fw_correction_get_id ((FwCorrection *) a),
                 fw_correction_get_id ((FwCorrection *) b));
}

static gboolean
read_correction (NativeReader *reader,
                 JsonNode     *node,
                 const char   *path)
{
  FwDocument *document = reader->document;
  g_autoptr(FwCorrection) correction = NULL;
  g_auto(GStrv) evidence = NULL;
  g_autofree char *extras_key = NULL;
  JsonObject *object = NULL;
  JsonNode *applied;
  const char *id, *type, *item_id;

  if (!read_object_at (reader, node, path, &object)
      || !fw_json_read_string (&reader->base, object, path, "id", &id))
    return FALSE;
  if (id == NULL || id[0] == '\0')
    return fw_json_fail_at_node (&reader->base, node, path, "missing required member “id”");
  if (fw_document_find_correction (document, id, NULL) != NULL)
    return fail_value (reader, object, path, "id", id, "a correction id not used before");

  if (!read_item (reader, object, path, &type, &item_id)
      || !fw_json_read_strv (&reader->base, object, path, "evidence", &evidence))
    return FALSE;

  correction = fw_correction_new_with_id (id, type, item_id);
  if (!read_strings (reader, object, path, correction)
      || !read_replies (reader, object, path, correction))
    return FALSE;

  applied = json_object_get_member (object, "applied");
  if (applied != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (applied) || json_node_get_value_type (applied) != G_TYPE_BOOLEAN)
        {
          g_autofree char *applied_path = fw_json_join_path (path, "applied");

          return fw_json_fail_wrong_type (&reader->base, applied, applied_path, "a boolean");
        }
      g_object_set (correction, "applied", json_node_get_boolean (applied), NULL);
    }
  if (evidence != NULL)
    g_object_set (correction, "evidence", evidence, NULL);

  extras_key = g_strconcat ("correction:", id, NULL);
  keep_unknown (reader, object, correction_members, extras_key);

  /* Merged branches may leave them out of order; the section is kept ordered by id. */
  g_list_store_insert_sorted (fw_document_get_corrections (document), correction,
                              compare_corrections, NULL);
  return TRUE;
}

gboolean
_fw_native_read_corrections (NativeReader *reader,
                             JsonObject   *root)
{
  JsonArray *array;

  if (!fw_json_read_array (&reader->base, root, "", "corrections", &array))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("corrections[%u]", i);

      if (!read_correction (reader, json_array_get_element (array, i), path))
        return FALSE;
    }

  return TRUE;
}

static void
write_correction (FwDocument   *document,
                  JsonArray    *array,
                  FwCorrection *correction)
{
  JsonObject *object = json_object_new ();
  JsonObject *item = json_object_new ();
  JsonArray *evidence = json_array_new ();
  JsonArray *replies = json_array_new ();
  GListModel *reply_list = G_LIST_MODEL (fw_correction_get_replies (correction));
  const char * const *sources = fw_correction_get_evidence (correction);
  g_autofree char *extras_key = NULL;
  JsonObject *extras;

  json_array_add_object_element (array, object);
  json_object_set_string_member (object, "id", fw_correction_get_id (correction));
  json_object_set_string_member (item, "type", fw_correction_get_item_type (correction));
  if (fw_correction_item_has_id (fw_correction_get_item_type (correction)))
    json_object_set_string_member (item, "id", fw_correction_get_item_id (correction));
  json_object_set_object_member (object, "item", item);
  json_object_set_string_member (object, "kind", fw_correction_get_kind (correction));
  json_object_set_string_member (object, "status", fw_correction_get_status (correction));
  if (fw_correction_get_applied (correction))
    json_object_set_boolean_member (object, "applied", TRUE);
  json_object_set_string_member (object, "current", fw_correction_get_current (correction));
  json_object_set_string_member (object, "proposed", fw_correction_get_proposed (correction));
  json_object_set_string_member (object, "rationale", fw_correction_get_rationale (correction));
  for (guint i = 0; sources[i] != NULL; i++)
    json_array_add_string_element (evidence, sources[i]);
  json_object_set_array_member (object, "evidence", evidence);
  json_object_set_string_member (object, "reviewer", fw_correction_get_reviewer (correction));
  json_object_set_string_member (object, "created", fw_correction_get_created (correction));
  json_object_set_string_member (object, "updated", fw_correction_get_updated (correction));

  for (guint i = 0; i < g_list_model_get_n_items (reply_list); i++)
    {
      g_autoptr(FwCorrectionReply) reply = g_list_model_get_item (reply_list, i);
      JsonObject *entry = json_object_new ();

      json_object_set_string_member (entry, "author", fw_correction_reply_get_author (reply));
      json_object_set_string_member (entry, "time", fw_correction_reply_get_time (reply));
      json_object_set_string_member (entry, "text", fw_correction_reply_get_text (reply));
      json_array_add_object_element (replies, entry);
    }
  json_object_set_array_member (object, "replies", replies);

  extras_key = g_strconcat ("correction:", fw_correction_get_id (correction), NULL);
  extras = g_hash_table_lookup (fw_document_get_extras (document), extras_key);
  if (extras != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init_ordered (&iter, extras);
      while (json_object_iter_next_ordered (&iter, &name, &member))
        if (!json_object_has_member (object, name))
          json_object_set_member (object, name, json_node_copy (member));
    }
}

void
_fw_native_write_corrections (FwDocument *document,
                              JsonObject *root)
{
  GListModel *corrections = G_LIST_MODEL (fw_document_get_corrections (document));
  JsonArray *array;

  /* Absent when empty, so files without corrections stay as they were. */
  if (g_list_model_get_n_items (corrections) == 0)
    return;

  array = json_array_new ();
  json_object_set_array_member (root, "corrections", array);
  for (guint i = 0; i < g_list_model_get_n_items (corrections); i++)
    {
      g_autoptr(FwCorrection) correction = g_list_model_get_item (corrections, i);

      write_correction (document, array, correction);
    }
}
