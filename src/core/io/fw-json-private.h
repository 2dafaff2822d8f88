/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "fw-json.h"

G_BEGIN_DECLS

/*
 * Internals shared by the JSON reader's files: fw-json.c (the document and its locations),
 * fw-json-reader.c (the structure), fw-json-tokens.c (strings, numbers and literals) and
 * fw-json-errors.c (positions and errors, which both the structure and the tokens report).
 */

typedef struct
{
  JsonNode *node;
  guint     line;
  guint     column;
  /* Where the member key starts, when the node is the value of an object member;
   * key_line is 0 otherwise. */
  guint     key_line;
  guint     key_column;
} FwJsonLocation;

struct _FwJsonDoc
{
  char     *filename;
  JsonNode *root;
  /* FwJsonLocation, appended while parsing and sorted by node on the first
   * lookup. Locations are only needed to report problems; filling a hash table
   * for every node instead made parsing large files twice as slow. */
  GArray   *locations;
  gboolean  sorted;
};

typedef struct
{
  const guchar *data;
  gsize         length;
  gsize         pos;
  /* Offset where the text starts, after a byte order mark. */
  gsize         text_start;

  /* Newlines can only occur in whitespace, so skip_whitespace() keeps the line
   * count. Columns are counted lazily from a mark that only moves forward, which
   * keeps locating every node linear even when the whole file is one line. */
  guint         line;
  gsize         line_start;
  gsize         column_mark;
  guint         column_mark_chars;

  guint         depth;
  GString      *scratch;
  /* One key buffer per nesting level, reused, since a key must outlive the
   * parsing of its value. */
  GString      *keys[FW_JSON_MAX_DEPTH];
  FwJsonDoc    *doc;
  /* The caller checked the encoding (fw_json_doc_parse_text ()). */
  gboolean      encoding_checked;
  GError      **error;
} FwJsonParser;

const FwJsonLocation *_fw_json_doc_lookup_location (FwJsonDoc    *doc,
                                                    JsonNode     *node);

/* The line and column (in characters, from 1) of @offset. */
void      _fw_json_locate            (FwJsonParser *self,
                                      gsize         offset,
                                      guint        *line,
                                      guint        *column);

gboolean  _fw_json_fail_at           (FwJsonParser *self,
                                      gsize         offset,
                                      FwErrorCode   code,
                                      const char   *fmt,
                                      ...) G_GNUC_PRINTF (4, 5);
/* Fails with "unexpected X, expected @expected" at the current position. */
gboolean  _fw_json_fail_unexpected   (FwJsonParser *self,
                                      const char   *expected);
/* Describes the character at @offset for a message: 'x' for printable ASCII,
 * U+XXXX for anything else. */
char     *_fw_json_describe_char_at  (FwJsonParser *self,
                                      gsize         offset);

/* The current position is at the opening quote; @target receives the decoded string. */
gboolean  _fw_json_parse_string      (FwJsonParser *self,
                                      GString      *target);
gboolean  _fw_json_parse_number      (FwJsonParser *self,
                                      JsonNode    **out_node);
gboolean  _fw_json_parse_literal     (FwJsonParser *self,
                                      JsonNode    **out_node);

G_END_DECLS
