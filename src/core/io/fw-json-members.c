/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <stdarg.h>

#include "fw-json-members.h"

char *
fw_json_join_path (const char *parent,
                   const char *member)
{
  if (parent == NULL || parent[0] == '\0')
    return g_strdup (member);

  return g_strconcat (parent, ".", member, NULL);
}

const char *
fw_json_describe_node (FwJsonReader *reader,
                       JsonNode     *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return "an object";
  if (JSON_NODE_HOLDS_ARRAY (node))
    return "an array";
  if (JSON_NODE_HOLDS_NULL (node))
    return "null";

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return "a string";

    case G_TYPE_BOOLEAN:
      return "a boolean";

    case G_TYPE_INT64:
      return reader->name_integers ? "an integer" : "a number";

    default:
      return "a number";
    }
}

gboolean
fw_json_is_string_node (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

gboolean
fw_json_is_number_node (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node)
         && (json_node_get_value_type (node) == G_TYPE_INT64
             || json_node_get_value_type (node) == G_TYPE_DOUBLE);
}

gboolean
fw_json_fail_at_node (FwJsonReader *reader,
                      JsonNode     *node,
                      const char   *path,
                      const char   *format,
                      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (path == NULL || path[0] == '\0')
    fw_json_doc_error_at (reader->json, node, reader->error, FW_ERROR_INVALID, "%s", message);
  else
    fw_json_doc_error_at (reader->json, node, reader->error, FW_ERROR_INVALID, "%s: %s",
                          path, message);

  return FALSE;
}

gboolean
fw_json_fail_at_member (FwJsonReader *reader,
                        JsonObject   *object,
                        const char   *member,
                        const char   *format,
                        ...)
{
  va_list args;
  guint line = 0;
  guint column = 0;

  fw_json_doc_get_member_location (reader->json, object, member, &line, &column);

  va_start (args, format);
  fw_set_error_at_valist (reader->error, FW_ERROR_INVALID, fw_json_doc_get_filename (reader->json),
                          line, column, format, args);
  va_end (args);

  return FALSE;
}

gboolean
fw_json_fail_wrong_type (FwJsonReader *reader,
                         JsonNode     *node,
                         const char   *path,
                         const char   *expected)
{
  return fw_json_fail_at_node (reader, node, path, "expected %s, got %s", expected,
                               fw_json_describe_node (reader, node));
}

static gboolean
is_array_node (JsonNode *node)
{
  return JSON_NODE_HOLDS_ARRAY (node);
}

/*
 * The member @member of @object, or NULL when it is absent. When @check refuses it, the
 * reader fails with "expected @expected", NULL is returned and @ok is FALSE.
 */
static JsonNode *
get_member (FwJsonReader  *reader,
            JsonObject    *object,
            const char    *parent_path,
            const char    *member,
            gboolean     (*check) (JsonNode *node),
            const char    *expected,
            gboolean      *ok)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autofree char *path = NULL;

  *ok = TRUE;
  if (node == NULL || check (node))
    return node;

  path = fw_json_join_path (parent_path, member);
  *ok = fw_json_fail_wrong_type (reader, node, path, expected);
  return NULL;
}

gboolean
fw_json_read_string (FwJsonReader  *reader,
                     JsonObject    *object,
                     const char    *parent_path,
                     const char    *member,
                     const char   **value)
{
  gboolean ok;
  JsonNode *node = get_member (reader, object, parent_path, member, fw_json_is_string_node,
                               "a string", &ok);

  *value = node != NULL ? json_node_get_string (node) : NULL;
  return ok;
}

gboolean
fw_json_read_number (FwJsonReader *reader,
                     JsonObject   *object,
                     const char   *parent_path,
                     const char   *member,
                     double       *value)
{
  gboolean ok;
  JsonNode *node = get_member (reader, object, parent_path, member, fw_json_is_number_node,
                               "a number", &ok);

  *value = node != NULL ? json_node_get_double (node) : NAN;
  return ok;
}

gboolean
fw_json_read_integer (FwJsonReader *reader,
                      JsonObject   *object,
                      const char   *parent_path,
                      const char   *member,
                      int           min,
                      int           max,
                      int          *value)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  double number;

  if (node == NULL)
    return TRUE;

  path = fw_json_join_path (parent_path, member);
  if (max == G_MAXINT)
    expected = g_strdup_printf ("an integer of at least %d", min);
  else
    expected = g_strdup_printf ("an integer from %d to %d", min, max);

  if (!fw_json_is_number_node (node))
    return fw_json_fail_wrong_type (reader, node, path, expected);

  number = json_node_get_double (node);
  if (number < min || number > max || number != floor (number))
    return fw_json_fail_at_node (reader, node, path, "expected %s, got %g", expected, number);

  *value = (int) number;
  return TRUE;
}

gboolean
fw_json_read_array (FwJsonReader  *reader,
                    JsonObject    *object,
                    const char    *parent_path,
                    const char    *member,
                    JsonArray    **array)
{
  gboolean ok;
  JsonNode *node = get_member (reader, object, parent_path, member, is_array_node, "an array",
                               &ok);

  *array = node != NULL ? json_node_get_array (node) : NULL;
  return ok;
}

/* An array of strings; @strv is NULL when the member is absent. */
gboolean
fw_json_read_strv (FwJsonReader   *reader,
                   JsonObject     *object,
                   const char     *parent_path,
                   const char     *member,
                   char         ***strv)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;

  *strv = NULL;
  if (!fw_json_read_array (reader, object, parent_path, member, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  builder = g_strv_builder_new ();
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!fw_json_is_string_node (element))
        {
          g_autofree char *path = g_strdup_printf ("%s%s%s[%u]", parent_path,
                                                   parent_path[0] != '\0' ? "." : "", member, i);
          return fw_json_fail_wrong_type (reader, element, path, "a string");
        }

      g_strv_builder_add (builder, json_node_get_string (element));
    }

  *strv = g_strv_builder_end (builder);
  return TRUE;
}
