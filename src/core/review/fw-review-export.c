/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-review-export.h"
#include "fw-review-items.h"

static const char * const csv_header[] = {
  "O*NET-SOC Code", "Occupation", "Element", "Item ID", "Current", "Proposed", "Kind",
  "Rationale", "Evidence", "Reviewer", "Status", "Created", "Updated", NULL
};

static void
append_field (GString    *out,
              const char *value,
              gboolean    first)
{
  if (!first)
    g_string_append_c (out, ',');

  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (out, value);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_row (GString            *out,
            const char * const *fields)
{
  for (guint i = 0; fields[i] != NULL; i++)
    append_field (out, fields[i], i == 0);
  g_string_append (out, "\r\n");
}

char *
fw_review_to_csv (FwDocument *document,
                  GPtrArray  *corrections)
{
  GString *out;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (corrections != NULL, NULL);

  out = g_string_new (NULL);
  append_row (out, csv_header);

  for (guint i = 0; i < corrections->len; i++)
    {
      FwCorrection *correction = g_ptr_array_index (corrections, i);
      g_autofree char *evidence = g_strjoinv ("; ", (char **) fw_correction_get_evidence (correction));
      const char *fields[G_N_ELEMENTS (csv_header)] = {
        fw_document_get_soc (document),
        fw_document_get_title (document),
        fw_review_element_name (fw_correction_get_item_type (correction)),
        fw_correction_get_item_id (correction),
        fw_correction_get_current (correction),
        fw_correction_get_proposed (correction),
        fw_correction_get_kind (correction),
        fw_correction_get_rationale (correction),
        evidence,
        fw_correction_get_reviewer (correction),
        fw_correction_get_status (correction),
        fw_correction_get_created (correction),
        fw_correction_get_updated (correction),
        NULL
      };

      append_row (out, fields);
    }

  return g_string_free (out, FALSE);
}

static JsonObject *
correction_to_json (FwDocument   *document,
                    FwCorrection *correction)
{
  JsonObject *object = json_object_new ();
  JsonObject *item = json_object_new ();
  JsonArray *evidence = json_array_new ();
  JsonArray *replies = json_array_new ();
  GListModel *reply_list = G_LIST_MODEL (fw_correction_get_replies (correction));
  const char * const *sources = fw_correction_get_evidence (correction);
  g_autofree char *ref = fw_review_format_item (document, correction);

  json_object_set_string_member (object, "id", fw_correction_get_id (correction));
  json_object_set_string_member (item, "type", fw_correction_get_item_type (correction));
  json_object_set_string_member (item, "id", fw_correction_get_item_id (correction));
  json_object_set_string_member (item, "ref", ref);
  json_object_set_object_member (object, "item", item);
  json_object_set_string_member (object, "kind", fw_correction_get_kind (correction));
  json_object_set_string_member (object, "status", fw_correction_get_status (correction));
  json_object_set_boolean_member (object, "applied", fw_correction_get_applied (correction));
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

  return object;
}

JsonNode *
fw_review_to_json (FwDocument *document,
                   GPtrArray  *corrections)
{
  JsonObject *root;
  JsonArray *array;
  JsonNode *node;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (corrections != NULL, NULL);

  root = json_object_new ();
  array = json_array_new ();
  json_object_set_string_member (root, "soc", fw_document_get_soc (document));
  json_object_set_string_member (root, "occupation", fw_document_get_title (document));
  for (guint i = 0; i < corrections->len; i++)
    json_array_add_object_element (array, correction_to_json (document,
                                                              g_ptr_array_index (corrections, i)));
  json_object_set_array_member (root, "corrections", array);

  node = json_node_init_object (json_node_alloc (), root);
  json_object_unref (root);
  return node;
}
