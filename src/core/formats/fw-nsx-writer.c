/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-error.h"
#include "fw-format-readers.h"
#include "fw-json-members.h"
#include "fw-limits.h"
#include "fw-nsx-private.h"

/* The NSX JSON writer: see fw-nsx.c for the schema and the reader. */

/* ISO 8601 in UTC with milliseconds, as JavaScript's Date.prototype.toISOString() writes it. */
static char *
now_iso8601 (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *seconds = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", seconds, g_date_time_get_microsecond (now) / 1000);
}

static JsonNode *
write_occupation (FwDocument *document)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_init_object (json_node_alloc (), object);

  json_object_set_string_member (object, "soc", fw_document_get_soc (document));
  json_object_set_string_member (object, "title", fw_document_get_title (document));
  json_object_set_string_member (object, "group", fw_document_get_group (document));
  json_object_set_string_member (object, "sector", fw_document_get_sector (document));
  json_object_set_int_member (object, "jobZone", fw_document_get_job_zone (document));
  json_object_set_boolean_member (object, "jobZoneInferred",
                                  fw_document_get_job_zone_inferred (document));

  json_object_unref (object);
  return node;
}

/*
 * The statement as its NSX line, "Headline — body", without white space around either part. NULL
 * when no line can say it within the schema (a headline under two characters, an empty part, a
 * line break, or too long), with @error naming the statement: the export would fail the schema,
 * and our own reader would refuse it.
 */
static char *
statement_line (FwStatement  *statement,
                const char   *path,
                GError      **error)
{
  g_autofree char *headline = g_strstrip (g_strdup (fw_statement_get_headline (statement)));
  g_autofree char *body = g_strstrip (g_strdup (fw_statement_get_body (statement)));
  g_autofree char *text = g_strconcat (headline, FW_STATEMENT_SEPARATOR, body, NULL);
  g_autofree char *start = NULL;
  glong length;

  if (!fw_limits_statement_text_fits (text))
    {
      g_set_error (error, FW_ERROR, FW_ERROR_INVALID,
                   "%s: the statement is longer than %d bytes; NSX cannot hold it", path,
                   FW_MAX_STATEMENT_LENGTH);
      return NULL;
    }

  if (_fw_nsx_is_statement_text (text))
    return g_steal_pointer (&text);

  /* Long enough to recognise the statement by (g_utf8_substring must not pass the end). */
  length = g_utf8_strlen (text, -1);
  start = g_utf8_substring (text, 0, MIN (length, 60));
  g_set_error (error, FW_ERROR, FW_ERROR_INVALID,
               "%s: the statement “%s%s” cannot be exported to NSX, whose statements are one "
               "line “Headline — body” with a headline of at least two characters and a body",
               path, start, length > 60 ? "\xe2\x80\xa6" : "");
  return NULL;
}

static JsonNode *
write_level (FwLevel     *level,
             FwLevelKey   key,
             GError     **error)
{
  GListModel *statements = G_LIST_MODEL (fw_level_get_statements (level));
  JsonObject *object = json_object_new ();
  JsonArray *array = json_array_new ();
  JsonNode *node = json_node_init_object (json_node_alloc (), object);

  json_object_unref (object);
  json_object_set_string_member (object, "label", fw_level_get_label (level));
  json_object_set_array_member (object, "statements", array);

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(FwStatement) statement = g_list_model_get_item (statements, i);
      g_autofree char *path = g_strdup_printf ("framework.levels.%s.statements[%u]",
                                               fw_level_key_to_string (key), i);
      g_autofree char *text = statement_line (statement, path, error);

      if (text == NULL)
        {
          json_node_unref (node);
          return NULL;
        }
      json_array_add_string_element (array, text);
    }

  return node;
}

static JsonNode *
write_framework (FwDocument  *document,
                 GError     **error)
{
  JsonObject *object = json_object_new ();
  JsonObject *levels = json_object_new ();
  JsonNode *node = json_node_init_object (json_node_alloc (), object);

  json_object_unref (object);
  json_object_set_string_member (object, "version", fw_document_get_version (document));
  json_object_set_string_member (object, "description", fw_document_get_description (document));
  json_object_set_string_member (object, "contextCovered",
                                 fw_document_get_context_covered (document));
  json_object_set_object_member (object, "levels", levels);

  for (guint key = 0; key < FW_N_LEVELS; key++)
    {
      JsonNode *level = write_level (fw_document_get_level (document, key), key, error);

      if (level == NULL)
        {
          json_node_unref (node);
          return NULL;
        }
      json_object_set_member (levels, fw_level_key_to_string (key), level);
    }

  return node;
}

static JsonNode *
default_provenance (void)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_init_object (json_node_alloc (), object);

  json_object_set_string_member (object, "onet", "v30.2 (CC BY 4.0)");
  json_object_set_string_member (object, "crosswalk", "https://skillscrosswalk.com");
  json_object_set_string_member (object, "generator", "Framewright");

  json_object_unref (object);
  return node;
}

GBytes *
fw_nsx_write (FwDocument  *document,
              const char  *exported_at,
              GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *now = NULL;
  JsonNode *provenance;
  JsonNode *framework;
  JsonObject *object;
  GString *out;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  framework = write_framework (document, error);
  if (framework == NULL)
    return NULL;

  if (exported_at == NULL)
    exported_at = fw_document_get_exported_at (document);
  if (exported_at == NULL || exported_at[0] == '\0')
    exported_at = now = now_iso8601 ();

  provenance = fw_document_get_provenance (document);

  object = json_object_new ();
  root = json_node_init_object (json_node_alloc (), object);
  json_object_unref (object);

  json_object_set_string_member (object, "schemaVersion", NSX_SCHEMA_VERSION);
  json_object_set_string_member (object, "exportedAt", exported_at);
  json_object_set_member (object, "occupation", write_occupation (document));
  json_object_set_member (object, "framework", framework);
  json_object_set_member (object, "sources", (provenance != NULL ? json_node_copy (provenance)
                                                                : default_provenance ()));
  json_object_set_string_member (object, "attribution", fw_document_get_attribution (document));

  out = g_string_new (NULL);
  fw_json_write (out, root, FALSE);

  return g_string_free_to_bytes (out);
}
