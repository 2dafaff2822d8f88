/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-error.h"
#include "fw-format-readers.h"
#include "fw-limits.h"
#include "fw-native-private.h"

/*
 * The native .fwk format: pretty-printed JSON with a fixed key order, one field a line, and
 * every statement its own object with its id, so that git diffs stay small and merges clean.
 *
 * Compatibility: a file of the same major formatVersion and a newer minor one is read, and
 * the members this version does not know are kept in the document's extras (keyed by a stable
 * path such as "occupation" or "statement:ID") and written back after the known members. A
 * newer major formatVersion is refused.
 *
 * Optional members that only some frameworks have are written only when set, so that files
 * without them keep their bytes: framework.language (absent: "en"), onet.citations,
 * onet.technologySkills, and a task's "type".
 */

static const EvidenceField aei_fields[] = {
  { "taskObservations", "task-observations", FIELD_NUMBER },
  { "augmentShare", "augment-share", FIELD_NUMBER },
  { "timeSaved", "time-saved", FIELD_NUMBER },
  { "aiAutonomy", "ai-autonomy", FIELD_NUMBER },
  { NULL, NULL, 0 }
};
static const EvidenceField safi_fields[] = {
  { "topSkill", "top-skill", FIELD_STRING },
  { "score", "safi-score", FIELD_NUMBER },
  { "quadrant", "quadrant", FIELD_STRING },
  { "precision", "precision", FIELD_STRING },
  { NULL, NULL, 0 }
};
static const EvidenceField wef_fields[] = {
  { "label", "wef-label", FIELD_STRING },
  { "id", "wef-id", FIELD_STRING },
  { NULL, NULL, 0 }
};
const EvidenceGroup _fw_native_evidence_groups[FW_NATIVE_N_EVIDENCE_GROUPS] = {
  { "aeiUsage", aei_fields },
  { "safi", safi_fields },
  { "wefCluster", wef_fields },
};

/* The O*NET string lists: JSON member and FwOnet property. */
const NativeOnetList _fw_native_onet_lists[FW_NATIVE_N_ONET_LISTS] = {
  { "relatedTitles", "related-titles" },
  { "skills", "skills" },
  { "knowledge", "knowledge" },
  { "abilities", "abilities" },
  { "workStyles", "work-styles" },
  { "technology", "technology" },
  { "cipCodes", "cip-codes" },
};

/*
 * Checks that @node is an object holding every member of @required, and keeps the members
 * not in @known in the document's extras under @extras_key.
 */
gboolean
_fw_native_read_object (NativeReader        *reader,
             JsonNode            *node,
             const char          *path,
             const char * const  *known,
             const char * const  *required,
             const char          *extras_key,
             JsonObject         **out_object)
{
  g_autoptr(JsonObject) unknown = NULL;
  JsonObject *object;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fw_json_fail_wrong_type (&reader->base, node, path, "an object");

  object = json_node_get_object (node);

  for (guint i = 0; required != NULL && required[i] != NULL; i++)
    {
      if (!json_object_has_member (object, required[i]))
        return fw_json_fail_at_node (&reader->base, node, path, "missing required member “%s”",
                                     required[i]);
    }

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

  *out_object = object;
  return TRUE;
}

/* Parses "MAJOR.MINOR"; FALSE unless both are plain decimal numbers. */
gboolean
_fw_native_parse_format_version (const char *text,
                                 guint64    *major,
                                 guint64    *minor)
{
  g_auto(GStrv) parts = g_strsplit (text, ".", -1);

  return g_strv_length (parts) == 2
         && g_ascii_string_to_unsigned (parts[0], 10, 0, G_MAXUINT32, major, NULL)
         && g_ascii_string_to_unsigned (parts[1], 10, 0, G_MAXUINT32, minor, NULL);
}

/* The format marker and version come first: a newer major version may look like anything. */
gboolean
_fw_native_read_format (NativeReader *reader,
                        JsonNode     *root)
{
  static const char * const required[] = { "format", "formatVersion", NULL };
  JsonObject *object;
  JsonNode *version_node;
  const char *marker, *version;
  guint64 major, minor;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return fw_json_fail_at_node (&reader->base, root, NULL,
                                 "expected a JSON object at the top level, got %s",
                                 fw_json_describe_node (&reader->base, root));

  object = json_node_get_object (root);
  for (guint i = 0; required[i] != NULL; i++)
    {
      if (!json_object_has_member (object, required[i]))
        return fw_json_fail_at_node (&reader->base, root, NULL,
                                     "missing required member “%s”; is this a Framewright file?",
                                     required[i]);
    }

  if (!fw_json_read_string (&reader->base, object, "", "format", &marker)
      || !fw_json_read_string (&reader->base, object, "", "formatVersion", &version))
    return FALSE;

  if (strcmp (marker, NATIVE_FORMAT_MARKER) != 0)
    return fw_json_fail_at_node (&reader->base, json_object_get_member (object, "format"), "format",
                                 "expected “" NATIVE_FORMAT_MARKER "”, got “%s”", marker);

  version_node = json_object_get_member (object, "formatVersion");
  if (!_fw_native_parse_format_version (version, &major, &minor) || major == 0)
    return fw_json_fail_at_node (&reader->base, version_node, "formatVersion",
                                 "expected a version such as “" NATIVE_FORMAT_VERSION "”, got “%s”",
                                 version);

  if (major > NATIVE_MAJOR_VERSION)
    {
      fw_json_doc_error_at (reader->base.json, version_node, reader->base.error, FW_ERROR_VERSION,
                            "formatVersion %s is newer than this version of Framewright "
                            "supports (%d.x); please update Framewright",
                            version, NATIVE_MAJOR_VERSION);
      return FALSE;
    }

  if (minor > 0)
    {
      JsonObject *remembered = json_object_new ();
      guint line = 0;

      json_object_set_string_member (remembered, "formatVersion", version);
      g_hash_table_replace (reader->extras, g_strdup (EXTRAS_FORMAT_KEY), remembered);

      fw_json_doc_get_location (reader->base.json, version_node, &line, NULL);
      if (reader->warnings != NULL)
        g_ptr_array_add (reader->warnings,
                         fw_diagnostic_new (fw_json_doc_get_filename (reader->base.json), line, 0,
                                            NULL,
                                            "formatVersion %s is newer than %s; members this "
                                            "version does not know are kept as they are",
                                            version, NATIVE_FORMAT_VERSION));
    }

  return TRUE;
}

/* The formatVersion to write: ours, or the newer minor one of the file that was read. */
const char *
_fw_native_format_version (FwDocument *document)
{
  JsonObject *remembered;
  const char *version;
  guint64 major, minor;

  remembered = g_hash_table_lookup (fw_document_get_extras (document), EXTRAS_FORMAT_KEY);
  if (remembered == NULL || !json_object_has_member (remembered, "formatVersion"))
    return NATIVE_FORMAT_VERSION;

  version = json_object_get_string_member (remembered, "formatVersion");
  if (version != NULL && _fw_native_parse_format_version (version, &major, &minor)
      && major == NATIVE_MAJOR_VERSION)
    return version;

  return NATIVE_FORMAT_VERSION;
}
