/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <json-glib/json-glib.h>

#include "fw-error.h"

G_BEGIN_DECLS

/**
 * FW_JSON_MAX_DEPTH:
 *
 * The deepest nesting of arrays and objects the reader accepts.
 */
#define FW_JSON_MAX_DEPTH 64

/**
 * FwJsonDoc:
 *
 * A parsed JSON document: the #JsonNode tree plus the source location of every
 * value and every object member key, so that readers can report errors as
 * `FILE:LINE:COLUMN: error: ...`.
 *
 * The parser is strict RFC 8259: it rejects duplicate keys, invalid UTF-8, NUL
 * bytes, unpaired surrogates, numbers out of the range of a double and nesting
 * deeper than %FW_JSON_MAX_DEPTH. A UTF-8 byte order mark is skipped. Integers that
 * fit in a #gint64 become int nodes, all other numbers double nodes. Object
 * members keep their order.
 *
 * Locations belong to the nodes as parsed; nodes added to the tree later have
 * none. The first location lookup indexes the document, so a document must not
 * be queried from two threads at once.
 */
typedef struct _FwJsonDoc FwJsonDoc;

/**
 * fw_json_doc_parse:
 * @data: the bytes to parse; need not be NUL-terminated
 * @length: the number of bytes in @data
 * @filename: (nullable): the name used in error messages; %NULL means `<input>`
 * @error: return location for a #GError in the %FW_ERROR domain
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 *   (%FW_ERROR_PARSE for malformed input, %FW_ERROR_INVALID for duplicate keys and
 *   numbers out of range). Nothing stays allocated on failure.
 */
FwJsonDoc  *fw_json_doc_parse               (const char   *data,
                                             gsize         length,
                                             const char   *filename,
                                             GError      **error);

/**
 * fw_json_doc_parse_text:
 * @text: UTF-8 without NUL bytes, as fw_utf8_check_text () accepts it
 *
 * fw_json_doc_parse () for the format readers, whose input fw_format_read_bytes () and
 * fw_format_read_file () have checked already: the encoding is not checked again.
 */
FwJsonDoc  *fw_json_doc_parse_text          (const char   *text,
                                             gsize         length,
                                             const char   *filename,
                                             GError      **error);

/**
 * fw_json_doc_get_root:
 *
 * Returns: (transfer none): the root node, owned by @doc
 */
JsonNode   *fw_json_doc_get_root            (FwJsonDoc    *doc);

/**
 * fw_json_doc_get_location:
 * @node: a node of @doc's tree
 * @line: (out) (optional): 1-based line
 * @column: (out) (optional): 1-based column, in characters
 *
 * Looks up where @node's value starts in the source.
 *
 * Returns: %FALSE if @node did not come from @doc's source
 */
gboolean    fw_json_doc_get_location        (FwJsonDoc    *doc,
                                             JsonNode     *node,
                                             guint        *line,
                                             guint        *column);

/**
 * fw_json_doc_get_member_location:
 * @object: an object of @doc's tree
 * @member: a member name of @object
 * @line: (out) (optional): 1-based line
 * @column: (out) (optional): 1-based column, in characters
 *
 * Looks up where the key of @member starts in the source.
 *
 * Returns: %FALSE if @object has no such member from @doc's source
 */
gboolean    fw_json_doc_get_member_location (FwJsonDoc    *doc,
                                             JsonObject   *object,
                                             const char   *member,
                                             guint        *line,
                                             guint        *column);

/**
 * fw_json_doc_get_filename:
 *
 * Returns: the file name used in messages
 */
const char *fw_json_doc_get_filename        (FwJsonDoc    *doc);

void        fw_json_doc_free                (FwJsonDoc    *doc);

/**
 * fw_json_doc_error_at:
 * @node: (nullable): the node the error is about
 * @error: (nullable): return location for a #GError
 * @code: an #FwErrorCode
 * @fmt: printf-style message
 *
 * Sets @error to `FILE:LINE:COLUMN: error: MSG`, with the location of @node. If
 * @node is %NULL or has no location, the message is `FILE: error: MSG`.
 */
void        fw_json_doc_error_at            (FwJsonDoc    *doc,
                                             JsonNode     *node,
                                             GError      **error,
                                             FwErrorCode   code,
                                             const char   *fmt,
                                             ...) G_GNUC_PRINTF (5, 6);

/**
 * fw_json_write:
 * @out: the string to append to
 * @node: the value to write
 * @pretty: whether to indent
 *
 * Appends @node as JSON, byte for byte as JavaScript's `JSON.stringify (value)`
 * writes it, or `JSON.stringify (value, null, 2)` when @pretty is %TRUE. Object
 * members are written in their order in the #JsonObject; doubles are written in
 * the shortest form that reads back to the same value; NaN and infinities are
 * written as `null`. No newline is appended.
 */
void        fw_json_write                   (GString      *out,
                                             JsonNode     *node,
                                             gboolean      pretty);

/* The end of the run of string bytes from @pos that need no attention: the offset of the first
 * '"', '\\' or control character at or after @pos, or @length. The readers that scan strings
 * in place share it. */
gsize       fw_json_plain_run_end           (const char   *data,
                                             gsize         pos,
                                             gsize         length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwJsonDoc, fw_json_doc_free)

G_END_DECLS
