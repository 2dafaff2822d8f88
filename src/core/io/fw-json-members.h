/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "fw-json.h"

G_BEGIN_DECLS

/*
 * Reading the members of a parsed JSON document, for the readers built on FwJsonDoc (.fwk,
 * NSX JSON, validation profiles). Every failure sets the reader's error to
 * `FILE:LINE:COLUMN: error: PATH: MESSAGE` at the offending node and returns %FALSE, so that
 * a reader can write `if (!fw_json_read_string (…)) return FALSE;`.
 */
typedef struct
{
  FwJsonDoc  *json;
  GError    **error;
  /* Whether messages call an integer "an integer" rather than "a number". */
  gboolean    name_integers;
} FwJsonReader;

/* "parent.member", or "member" when @parent is empty or %NULL. */
char       *fw_json_join_path        (const char   *parent,
                                      const char   *member);
/* "an object", "an array", "null", "a string", "a boolean", "a number" or "an integer". */
const char *fw_json_describe_node    (FwJsonReader *reader,
                                      JsonNode     *node);
gboolean    fw_json_is_string_node   (JsonNode     *node);
gboolean    fw_json_is_number_node   (JsonNode     *node);

/* Fails at @node with "PATH: MESSAGE", or "MESSAGE" when @path is empty or %NULL. */
gboolean    fw_json_fail_at_node     (FwJsonReader *reader,
                                      JsonNode     *node,
                                      const char   *path,
                                      const char   *format,
                                      ...) G_GNUC_PRINTF (4, 5);
/* Fails at the key of @member in @object. */
gboolean    fw_json_fail_at_member   (FwJsonReader *reader,
                                      JsonObject   *object,
                                      const char   *member,
                                      const char   *format,
                                      ...) G_GNUC_PRINTF (4, 5);
/* Fails with "PATH: expected @expected, got …". */
gboolean    fw_json_fail_wrong_type  (FwJsonReader *reader,
                                      JsonNode     *node,
                                      const char   *path,
                                      const char   *expected);

/* Optional members: @value is NULL (NAN for a number, untouched for an integer) when the
 * member is absent, and a member of the wrong type fails. @parent_path names @object. */
gboolean    fw_json_read_string      (FwJsonReader  *reader,
                                      JsonObject    *object,
                                      const char    *parent_path,
                                      const char    *member,
                                      const char   **value);
gboolean    fw_json_read_number      (FwJsonReader  *reader,
                                      JsonObject    *object,
                                      const char    *parent_path,
                                      const char    *member,
                                      double        *value);
/* An integer from @min to @max (%G_MAXINT: no upper bound). */
gboolean    fw_json_read_integer     (FwJsonReader  *reader,
                                      JsonObject    *object,
                                      const char    *parent_path,
                                      const char    *member,
                                      int            min,
                                      int            max,
                                      int           *value);
gboolean    fw_json_read_array       (FwJsonReader  *reader,
                                      JsonObject    *object,
                                      const char    *parent_path,
                                      const char    *member,
                                      JsonArray    **array);
/* An array of strings. */
gboolean    fw_json_read_strv        (FwJsonReader  *reader,
                                      JsonObject    *object,
                                      const char    *parent_path,
                                      const char    *member,
                                      char        ***strv);

G_END_DECLS
