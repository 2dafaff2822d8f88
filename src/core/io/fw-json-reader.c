/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-json-private.h"
#include "fw-utf8.h"

/* The JSON reader: the document's structure and where each node is. */

static gboolean parse_value (FwJsonParser         *self,
                             const FwJsonLocation *key_location,
                             JsonNode            **out_node);

static void
skip_whitespace (FwJsonParser *self)
{
  while (self->pos < self->length)
    {
      switch (self->data[self->pos])
        {
        case ' ':
        case '\t':
        case '\r':
          self->pos++;
          break;

        case '\n':
          self->pos++;
          self->line++;
          self->line_start = self->pos;
          self->column_mark = self->pos;
          self->column_mark_chars = 0;
          break;

        default:
          return;
        }
    }
}

static void
add_location (FwJsonParser         *self,
              JsonNode             *node,
              guint                 line,
              guint                 column,
              const FwJsonLocation *key_location)
{
  FwJsonLocation entry = { node, line, column, 0, 0 };

  if (key_location != NULL)
    {
      entry.key_line = key_location->line;
      entry.key_column = key_location->column;
    }

  g_array_append_val (self->doc->locations, entry);
}

/* While parsing, the array is in document post-order, so a recent node is found
 * quickly from the end. */
static const FwJsonLocation *
find_recent_location (FwJsonDoc *doc,
                      JsonNode  *node)
{
  for (guint i = doc->locations->len; i > 0; i--)
    {
      const FwJsonLocation *location = &g_array_index (doc->locations, FwJsonLocation, i - 1);

      if (location->node == node)
        return location;
    }

  return NULL;
}

static gboolean
enter_container (FwJsonParser *self)
{
  if (self->depth >= FW_JSON_MAX_DEPTH)
    return _fw_json_fail_at (self, self->pos, FW_ERROR_PARSE,
                             "nesting deeper than %d levels", FW_JSON_MAX_DEPTH);

  self->depth++;
  self->pos++;
  return TRUE;
}

static gboolean
parse_member (FwJsonParser *self,
              JsonObject   *object)
{
  FwJsonLocation key_location = { 0, };
  gsize key_offset = self->pos;
  JsonNode *previous;
  JsonNode *value;
  GString *key;

  if (self->pos >= self->length || self->data[self->pos] != '"')
    return _fw_json_fail_unexpected (self, "a string as member name");

  g_assert (self->depth > 0 && self->depth <= FW_JSON_MAX_DEPTH);
  if (self->keys[self->depth - 1] == NULL)
    self->keys[self->depth - 1] = g_string_new (NULL);
  key = self->keys[self->depth - 1];

  _fw_json_locate (self, self->pos, &key_location.line, &key_location.column);
  if (!_fw_json_parse_string (self, key))
    return FALSE;

  previous = json_object_get_member (object, key->str);
  if (previous != NULL)
    {
      const FwJsonLocation *first = find_recent_location (self->doc, previous);

      g_assert (first != NULL);
      return _fw_json_fail_at (self, key_offset, FW_ERROR_INVALID,
                               "duplicate key \"%s\" (first at line %u, column %u)",
                               key->str, first->key_line, first->key_column);
    }

  skip_whitespace (self);
  if (self->pos >= self->length || self->data[self->pos] != ':')
    return _fw_json_fail_unexpected (self, "':' after the member name");
  self->pos++;

  if (!parse_value (self, &key_location, &value))
    return FALSE;

  json_object_set_member (object, key->str, value);
  return TRUE;
}

static gboolean
parse_object (FwJsonParser *self,
              JsonNode    **out_node)
{
  g_autoptr(JsonObject) object = NULL;

  if (!enter_container (self))
    return FALSE;

  object = json_object_new ();

  skip_whitespace (self);
  if (self->pos < self->length && self->data[self->pos] == '}')
    self->pos++;
  else
    {
      for (;;)
        {
          if (!parse_member (self, object))
            return FALSE;

          skip_whitespace (self);
          if (self->pos < self->length && self->data[self->pos] == '}')
            {
              self->pos++;
              break;
            }
          if (self->pos >= self->length || self->data[self->pos] != ',')
            return _fw_json_fail_unexpected (self, "',' or '}'");

          self->pos++;
          skip_whitespace (self);
          if (self->pos < self->length && self->data[self->pos] == '}')
            return _fw_json_fail_at (self, self->pos, FW_ERROR_PARSE, "trailing comma before '}'");
        }
    }

  self->depth--;
  *out_node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (*out_node, g_steal_pointer (&object));
  return TRUE;
}

static gboolean
parse_array (FwJsonParser *self,
             JsonNode    **out_node)
{
  g_autoptr(JsonArray) array = NULL;

  if (!enter_container (self))
    return FALSE;

  array = json_array_new ();

  skip_whitespace (self);
  if (self->pos < self->length && self->data[self->pos] == ']')
    self->pos++;
  else
    {
      for (;;)
        {
          JsonNode *element;

          if (!parse_value (self, NULL, &element))
            return FALSE;
          json_array_add_element (array, element);

          skip_whitespace (self);
          if (self->pos < self->length && self->data[self->pos] == ']')
            {
              self->pos++;
              break;
            }
          if (self->pos >= self->length || self->data[self->pos] != ',')
            return _fw_json_fail_unexpected (self, "',' or ']'");

          self->pos++;
          skip_whitespace (self);
          if (self->pos < self->length && self->data[self->pos] == ']')
            return _fw_json_fail_at (self, self->pos, FW_ERROR_PARSE, "trailing comma before ']'");
        }
    }

  self->depth--;
  *out_node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (*out_node, g_steal_pointer (&array));
  return TRUE;
}

static gboolean
parse_value (FwJsonParser         *self,
             const FwJsonLocation *key_location,
             JsonNode            **out_node)
{
  JsonNode *node = NULL;
  gboolean ok;
  guint line;
  guint column;

  skip_whitespace (self);
  if (self->pos >= self->length)
    return _fw_json_fail_unexpected (self, "a value");

  /* Locate before descending, so the column mark only moves forward. */
  _fw_json_locate (self, self->pos, &line, &column);

  switch (self->data[self->pos])
    {
    case '{':
      ok = parse_object (self, &node);
      break;

    case '[':
      ok = parse_array (self, &node);
      break;

    case '"':
      ok = _fw_json_parse_string (self, self->scratch);
      if (ok)
        node = json_node_init_string (json_node_alloc (), self->scratch->str);
      break;

    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      ok = _fw_json_parse_number (self, &node);
      break;

    default:
      ok = _fw_json_parse_literal (self, &node);
      break;
    }

  if (!ok)
    return FALSE;

  add_location (self, node, line, column, key_location);
  *out_node = node;
  return TRUE;
}

static gboolean
check_encoding (FwJsonParser *self)
{
  return fw_utf8_check_text ((const char *) self->data, self->length, self->doc->filename,
                             "file", self->error);
}

static gboolean
parse_document (FwJsonParser *self)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *found = NULL;

  if (!self->encoding_checked && !check_encoding (self))
    return FALSE;

  if (self->length >= 3 && memcmp (self->data, "\xEF\xBB\xBF", 3) == 0)
    self->pos = self->text_start = self->line_start = self->column_mark = 3;

  skip_whitespace (self);
  if (self->pos >= self->length)
    {
      fw_set_error_at (self->error, FW_ERROR_PARSE, self->doc->filename, 1, 1, "file is empty");
      return FALSE;
    }

  if (!parse_value (self, NULL, &root))
    return FALSE;

  skip_whitespace (self);
  if (self->pos < self->length)
    {
      found = _fw_json_describe_char_at (self, self->pos);
      return _fw_json_fail_at (self, self->pos, FW_ERROR_PARSE,
                               "unexpected %s after the JSON value", found);
    }

  self->doc->root = g_steal_pointer (&root);
  return TRUE;
}

static FwJsonDoc *
parse (const char  *data,
       gsize        length,
       const char  *filename,
       gboolean     encoding_checked,
       GError     **error)
{
  g_autoptr(FwJsonDoc) doc = NULL;
  g_autoptr(GString) scratch = NULL;
  g_autoptr(GError) local_error = NULL;
  FwJsonParser parser = { 0, };
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  doc = g_new0 (FwJsonDoc, 1);
  doc->filename = g_strdup (filename != NULL ? filename : "<input>");
  doc->locations = g_array_new (FALSE, FALSE, sizeof (FwJsonLocation));

  scratch = g_string_sized_new (256);

  parser.data = (const guchar *)(data != NULL ? data : "");
  parser.length = length;
  parser.line = 1;
  parser.scratch = scratch;
  parser.doc = doc;
  parser.encoding_checked = encoding_checked;
  /* A local error so that failures are always detected, even when the caller
   * passes a NULL @error. */
  parser.error = &local_error;

  ok = parse_document (&parser);

  for (guint i = 0; i < G_N_ELEMENTS (parser.keys); i++)
    if (parser.keys[i] != NULL)
      g_string_free (parser.keys[i], TRUE);

  if (!ok)
    {
      g_assert (local_error != NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&doc);
}

FwJsonDoc *
fw_json_doc_parse (const char  *data,
                   gsize        length,
                   const char  *filename,
                   GError     **error)
{
  return parse (data, length, filename, FALSE, error);
}

FwJsonDoc *
fw_json_doc_parse_text (const char  *text,
                        gsize        length,
                        const char  *filename,
                        GError     **error)
{
  return parse (text, length, filename, TRUE, error);
}
