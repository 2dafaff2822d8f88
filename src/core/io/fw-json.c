/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdarg.h>
#include <stdlib.h>

#include "fw-json-private.h"

static int
compare_location_nodes (const void *a,
                        const void *b)
{
  guintptr node_a = (guintptr)((const FwJsonLocation *)a)->node;
  guintptr node_b = (guintptr)((const FwJsonLocation *)b)->node;

  return node_a < node_b ? -1 : node_a > node_b;
}

const FwJsonLocation *
_fw_json_doc_lookup_location (FwJsonDoc *doc,
                              JsonNode  *node)
{
  FwJsonLocation key = { node, 0, 0, 0, 0 };

  if (doc->locations->len == 0)
    return NULL;

  if (!doc->sorted)
    {
      qsort (doc->locations->data, doc->locations->len, sizeof (FwJsonLocation),
             compare_location_nodes);
      doc->sorted = TRUE;
    }

  return bsearch (&key, doc->locations->data, doc->locations->len, sizeof (FwJsonLocation),
                  compare_location_nodes);
}

JsonNode *
fw_json_doc_get_root (FwJsonDoc *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);

  return doc->root;
}

const char *
fw_json_doc_get_filename (FwJsonDoc *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);

  return doc->filename;
}

static gboolean
set_location (guint  found_line,
              guint  found_column,
              guint *line,
              guint *column)
{
  if (line != NULL)
    *line = found_line;
  if (column != NULL)
    *column = found_column;

  return found_line != 0;
}

gboolean
fw_json_doc_get_location (FwJsonDoc *doc,
                          JsonNode  *node,
                          guint     *line,
                          guint     *column)
{
  const FwJsonLocation *location;

  g_return_val_if_fail (doc != NULL, FALSE);

  location = node != NULL ? _fw_json_doc_lookup_location (doc, node) : NULL;
  if (location == NULL)
    return set_location (0, 0, line, column);

  return set_location (location->line, location->column, line, column);
}

gboolean
fw_json_doc_get_member_location (FwJsonDoc  *doc,
                                 JsonObject *object,
                                 const char *member,
                                 guint      *line,
                                 guint      *column)
{
  const FwJsonLocation *location = NULL;
  JsonNode *value;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (member != NULL, FALSE);

  value = json_object_get_member (object, member);
  if (value != NULL)
    location = _fw_json_doc_lookup_location (doc, value);

  if (location == NULL)
    return set_location (0, 0, line, column);

  return set_location (location->key_line, location->key_column, line, column);
}

void
fw_json_doc_error_at (FwJsonDoc    *doc,
                      JsonNode     *node,
                      GError      **error,
                      FwErrorCode   code,
                      const char   *fmt,
                      ...)
{
  va_list args;
  guint line = 0;
  guint column = 0;

  g_return_if_fail (doc != NULL);
  g_return_if_fail (fmt != NULL);

  fw_json_doc_get_location (doc, node, &line, &column);

  va_start (args, fmt);
  fw_set_error_at_valist (error, code, doc->filename, line, column, fmt, args);
  va_end (args);
}

void
fw_json_doc_free (FwJsonDoc *doc)
{
  if (doc == NULL)
    return;

  g_clear_pointer (&doc->root, json_node_unref);
  g_clear_pointer (&doc->locations, g_array_unref);
  g_free (doc->filename);
  g_free (doc);
}
