/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "fw-json.h"

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
  GError      **error;
} FwJsonParser;

static gboolean parse_value (FwJsonParser         *self,
                             const FwJsonLocation *key_location,
                             JsonNode            **out_node);

static guint
count_chars (const guchar *data,
             gsize         start,
             gsize         end)
{
  guint chars = 0;

  for (gsize i = start; i < end; i++)
    chars += (data[i] & 0xC0) != 0x80;

  return chars;
}

/* Used for offsets before the current line; this only happens on error paths. */
static void
locate_from_start (const guchar *data,
                   gsize         text_start,
                   gsize         offset,
                   guint        *line,
                   guint        *column)
{
  gsize line_start = text_start;
  const guchar *newline;

  *line = 1;
  while ((newline = memchr (data + line_start, '\n', offset - line_start)) != NULL)
    {
      (*line)++;
      line_start = (newline - data) + 1;
    }

  *column = count_chars (data, line_start, offset) + 1;
}

static void
locate (FwJsonParser *self,
        gsize         offset,
        guint        *line,
        guint        *column)
{
  if (offset < self->line_start)
    {
      locate_from_start (self->data, self->text_start, offset, line, column);
      return;
    }

  if (offset < self->column_mark)
    {
      self->column_mark = self->line_start;
      self->column_mark_chars = 0;
    }

  self->column_mark_chars += count_chars (self->data, self->column_mark, offset);
  self->column_mark = offset;

  *line = self->line;
  *column = self->column_mark_chars + 1;
}

static gboolean G_GNUC_PRINTF (4, 5)
fail_at (FwJsonParser *self,
         gsize         offset,
         FwErrorCode   code,
         const char   *fmt,
         ...)
{
  va_list args;
  guint line;
  guint column;

  if (self->error == NULL || *self->error != NULL)
    return FALSE;

  locate (self, offset, &line, &column);

  va_start (args, fmt);
  fw_set_error_at_valist (self->error, code, self->doc->filename, line, column, fmt, args);
  va_end (args);

  return FALSE;
}

/* Describes the character at @offset for a message: 'x' for printable ASCII,
 * U+XXXX for anything else. */
static char *
describe_char_at (FwJsonParser *self,
                  gsize         offset)
{
  guchar c = self->data[offset];
  gunichar ch;

  if (c > 0x20 && c < 0x7F)
    return g_strdup_printf ("'%c'", c);

  ch = g_utf8_get_char ((const char *)self->data + offset);
  return g_strdup_printf ("U+%04X", ch);
}

static gboolean
fail_unexpected (FwJsonParser *self,
                 const char   *expected)
{
  g_autofree char *found = NULL;

  if (self->pos >= self->length)
    return fail_at (self, self->pos, FW_ERROR_PARSE,
                    "unexpected end of file, expected %s", expected);

  found = describe_char_at (self, self->pos);
  return fail_at (self, self->pos, FW_ERROR_PARSE, "unexpected %s, expected %s", found, expected);
}

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

static int
compare_location_nodes (const void *a,
                        const void *b)
{
  guintptr node_a = (guintptr)((const FwJsonLocation *)a)->node;
  guintptr node_b = (guintptr)((const FwJsonLocation *)b)->node;

  return node_a < node_b ? -1 : node_a > node_b;
}

static const FwJsonLocation *
lookup_location (FwJsonDoc *doc,
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

static int
hex_value (guchar c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Reads the four hex digits of a \u escape; @self->pos points after the 'u'. */
static gboolean
parse_hex4 (FwJsonParser *self,
            gsize         escape_offset,
            gunichar     *out)
{
  gunichar value = 0;

  for (guint i = 0; i < 4; i++)
    {
      int digit;

      if (self->pos >= self->length)
        return fail_unexpected (self, "a hex digit");

      digit = hex_value (self->data[self->pos]);
      if (digit < 0)
        return fail_at (self, escape_offset, FW_ERROR_PARSE,
                        "invalid escape sequence: \\u must be followed by four hex digits");

      value = (value << 4) | (gunichar)digit;
      self->pos++;
    }

  *out = value;
  return TRUE;
}

static gboolean
parse_unicode_escape (FwJsonParser *self,
                      gsize         escape_offset,
                      GString      *target)
{
  gunichar ch;
  gunichar low;

  if (!parse_hex4 (self, escape_offset, &ch))
    return FALSE;

  if (ch >= 0xDC00 && ch <= 0xDFFF)
    return fail_at (self, escape_offset, FW_ERROR_PARSE,
                    "unpaired surrogate \\u%04X in string", ch);

  if (ch >= 0xD800 && ch <= 0xDBFF)
    {
      if (self->pos + 1 >= self->length
          || self->data[self->pos] != '\\'
          || self->data[self->pos + 1] != 'u')
        return fail_at (self, escape_offset, FW_ERROR_PARSE,
                        "unpaired surrogate \\u%04X in string", ch);

      self->pos += 2;
      if (!parse_hex4 (self, self->pos - 2, &low))
        return FALSE;

      if (low < 0xDC00 || low > 0xDFFF)
        return fail_at (self, escape_offset, FW_ERROR_PARSE,
                        "unpaired surrogate \\u%04X in string", ch);

      ch = 0x10000 + ((ch - 0xD800) << 10) + (low - 0xDC00);
    }

  if (ch == 0)
    return fail_at (self, escape_offset, FW_ERROR_PARSE,
                    "NUL character (\\u0000) in string is not allowed");

  g_string_append_unichar (target, ch);
  return TRUE;
}

static gboolean
parse_escape (FwJsonParser *self,
              GString      *target)
{
  gsize escape_offset = self->pos;
  g_autofree char *found = NULL;
  char c;

  self->pos++;
  if (self->pos >= self->length)
    return fail_unexpected (self, "an escape sequence");

  c = self->data[self->pos++];
  switch (c)
    {
    case '"':
    case '\\':
    case '/':
      g_string_append_c (target, c);
      return TRUE;
    case 'b':
      g_string_append_c (target, '\b');
      return TRUE;
    case 'f':
      g_string_append_c (target, '\f');
      return TRUE;
    case 'n':
      g_string_append_c (target, '\n');
      return TRUE;
    case 'r':
      g_string_append_c (target, '\r');
      return TRUE;
    case 't':
      g_string_append_c (target, '\t');
      return TRUE;
    case 'u':
      return parse_unicode_escape (self, escape_offset, target);
    default:
      found = describe_char_at (self, self->pos - 1);
      return fail_at (self, escape_offset, FW_ERROR_PARSE,
                      "invalid escape sequence: backslash followed by %s", found);
    }
}

/* Parses a string into @target; @self->pos points at the opening quote. */
static gboolean
parse_string (FwJsonParser *self,
              GString      *target)
{
  g_string_truncate (target, 0);
  self->pos++;

  for (;;)
    {
      gsize run_start = self->pos;
      guchar c;

      while (self->pos < self->length)
        {
          c = self->data[self->pos];
          if (c == '"' || c == '\\' || c < 0x20)
            break;
          self->pos++;
        }

      g_string_append_len (target,
                           (const char *)self->data + run_start,
                           self->pos - run_start);

      if (self->pos >= self->length)
        return fail_unexpected (self, "'\"' to end the string");

      c = self->data[self->pos];
      if (c == '"')
        {
          self->pos++;
          return TRUE;
        }

      if (c == '\n' || c == '\r')
        return fail_at (self, self->pos, FW_ERROR_PARSE,
                        "line break in string; is a closing '\"' missing?");

      if (c < 0x20)
        return fail_at (self, self->pos, FW_ERROR_PARSE,
                        "control character U+%04X in string must be escaped", c);

      if (!parse_escape (self, target))
        return FALSE;
    }
}

static gboolean
is_digit (FwJsonParser *self)
{
  return self->pos < self->length && g_ascii_isdigit (self->data[self->pos]);
}

static gboolean
expect_digit (FwJsonParser *self,
              gsize         number_start,
              const char   *where)
{
  if (self->pos >= self->length)
    return fail_unexpected (self, "a digit");

  if (!g_ascii_isdigit (self->data[self->pos]))
    return fail_at (self, number_start, FW_ERROR_PARSE, "invalid number: expected a digit %s", where);

  return TRUE;
}

static void
skip_digits (FwJsonParser *self)
{
  while (is_digit (self))
    self->pos++;
}

/* Converts an integer token without fraction or exponent; FALSE if it does not
 * fit in a gint64. */
static gboolean
integer_from_token (const guchar *token,
                    gsize         length,
                    gint64       *out)
{
  gboolean negative = token[0] == '-';
  guint64 limit = negative ? (guint64)G_MAXINT64 + 1 : (guint64)G_MAXINT64;
  guint64 value = 0;

  for (gsize i = negative ? 1 : 0; i < length; i++)
    {
      guint digit = token[i] - '0';

      if (value > (limit - digit) / 10)
        return FALSE;
      value = value * 10 + digit;
    }

  if (negative)
    *out = value == (guint64)G_MAXINT64 + 1 ? G_MININT64 : -(gint64)value;
  else
    *out = (gint64)value;

  return TRUE;
}

static gboolean
parse_number (FwJsonParser *self,
              JsonNode    **out_node)
{
  gsize start = self->pos;
  gboolean is_integer = TRUE;
  gint64 integer;
  double value;

  if (self->data[self->pos] == '-')
    {
      self->pos++;
      if (!expect_digit (self, start, "after '-'"))
        return FALSE;
    }

  if (self->data[self->pos] == '0')
    {
      self->pos++;
      if (is_digit (self))
        return fail_at (self, start, FW_ERROR_PARSE,
                        "invalid number: leading zeros are not allowed");
    }
  else
    skip_digits (self);

  if (self->pos < self->length && self->data[self->pos] == '.')
    {
      is_integer = FALSE;
      self->pos++;
      if (!expect_digit (self, start, "after '.'"))
        return FALSE;
      skip_digits (self);
    }

  if (self->pos < self->length && (self->data[self->pos] == 'e' || self->data[self->pos] == 'E'))
    {
      is_integer = FALSE;
      self->pos++;
      if (self->pos < self->length && (self->data[self->pos] == '+' || self->data[self->pos] == '-'))
        self->pos++;
      if (!expect_digit (self, start, "in the exponent"))
        return FALSE;
      skip_digits (self);
    }

  if (is_integer && integer_from_token (self->data + start, self->pos - start, &integer))
    {
      *out_node = json_node_init_int (json_node_alloc (), integer);
      return TRUE;
    }

  /* The token may end the buffer, which need not be NUL-terminated. */
  g_string_truncate (self->scratch, 0);
  g_string_append_len (self->scratch, (const char *)self->data + start, self->pos - start);
  value = g_ascii_strtod (self->scratch->str, NULL);

  if (isinf (value))
    return fail_at (self, start, FW_ERROR_INVALID, "number out of range");

  *out_node = json_node_init_double (json_node_alloc (), value);
  return TRUE;
}

static gboolean
parse_literal (FwJsonParser *self,
               JsonNode    **out_node)
{
  static const char * const literals[] = { "true", "false", "null" };
  const char *literal = NULL;
  gsize length;

  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    if (literals[i][0] == self->data[self->pos])
      literal = literals[i];

  if (literal == NULL)
    return fail_unexpected (self, "a value");

  length = strlen (literal);
  if (self->length - self->pos < length
      && memcmp (self->data + self->pos, literal, self->length - self->pos) == 0)
    {
      self->pos = self->length;
      return fail_unexpected (self, literal);
    }

  if (self->length - self->pos < length
      || memcmp (self->data + self->pos, literal, length) != 0)
    return fail_at (self, self->pos, FW_ERROR_PARSE, "invalid literal, expected %s", literal);

  self->pos += length;

  if (literal[0] == 'n')
    *out_node = json_node_init_null (json_node_alloc ());
  else
    *out_node = json_node_init_boolean (json_node_alloc (), literal[0] == 't');

  return TRUE;
}

static gboolean
enter_container (FwJsonParser *self)
{
  if (self->depth >= FW_JSON_MAX_DEPTH)
    return fail_at (self, self->pos, FW_ERROR_PARSE,
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
    return fail_unexpected (self, "a string as member name");

  g_assert (self->depth > 0 && self->depth <= FW_JSON_MAX_DEPTH);
  if (self->keys[self->depth - 1] == NULL)
    self->keys[self->depth - 1] = g_string_new (NULL);
  key = self->keys[self->depth - 1];

  locate (self, self->pos, &key_location.line, &key_location.column);
  if (!parse_string (self, key))
    return FALSE;

  previous = json_object_get_member (object, key->str);
  if (previous != NULL)
    {
      const FwJsonLocation *first = find_recent_location (self->doc, previous);

      g_assert (first != NULL);
      return fail_at (self, key_offset, FW_ERROR_INVALID,
                      "duplicate key \"%s\" (first at line %u, column %u)",
                      key->str, first->key_line, first->key_column);
    }

  skip_whitespace (self);
  if (self->pos >= self->length || self->data[self->pos] != ':')
    return fail_unexpected (self, "':' after the member name");
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
            return fail_unexpected (self, "',' or '}'");

          self->pos++;
          skip_whitespace (self);
          if (self->pos < self->length && self->data[self->pos] == '}')
            return fail_at (self, self->pos, FW_ERROR_PARSE, "trailing comma before '}'");
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
            return fail_unexpected (self, "',' or ']'");

          self->pos++;
          skip_whitespace (self);
          if (self->pos < self->length && self->data[self->pos] == ']')
            return fail_at (self, self->pos, FW_ERROR_PARSE, "trailing comma before ']'");
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
    return fail_unexpected (self, "a value");

  /* Locate before descending, so the column mark only moves forward. */
  locate (self, self->pos, &line, &column);

  switch (self->data[self->pos])
    {
    case '{':
      ok = parse_object (self, &node);
      break;

    case '[':
      ok = parse_array (self, &node);
      break;

    case '"':
      ok = parse_string (self, self->scratch);
      if (ok)
        node = json_node_init_string (json_node_alloc (), self->scratch->str);
      break;

    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      ok = parse_number (self, &node);
      break;

    default:
      ok = parse_literal (self, &node);
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
  const char *end = NULL;
  guint line;
  guint column;

  if (self->length >= 2
      && ((self->data[0] == 0xFF && self->data[1] == 0xFE)
          || (self->data[0] == 0xFE && self->data[1] == 0xFF)))
    return fail_at (self, 0, FW_ERROR_PARSE, "file is UTF-16 encoded; only UTF-8 is supported");

  if (g_utf8_validate_len ((const char *)self->data, self->length, &end))
    return TRUE;

  /* The text before @end is valid, so lines and columns can be counted there. */
  locate_from_start (self->data, 0, (const guchar *)end - self->data, &line, &column);

  if (*end == '\0')
    fw_set_error_at (self->error, FW_ERROR_PARSE, self->doc->filename, line, column,
                     "file contains a NUL byte");
  else
    fw_set_error_at (self->error, FW_ERROR_PARSE, self->doc->filename, line, column,
                     "invalid UTF-8 (byte 0x%02X)", (guchar)*end);

  return FALSE;
}

static gboolean
parse_document (FwJsonParser *self)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *found = NULL;

  if (!check_encoding (self))
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
      found = describe_char_at (self, self->pos);
      return fail_at (self, self->pos, FW_ERROR_PARSE, "unexpected %s after the JSON value", found);
    }

  self->doc->root = g_steal_pointer (&root);
  return TRUE;
}

FwJsonDoc *
fw_json_doc_parse (const char  *data,
                   gsize        length,
                   const char  *filename,
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

  location = node != NULL ? lookup_location (doc, node) : NULL;
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
    location = lookup_location (doc, value);

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

/* Writer */

static void
write_string (GString    *out,
              const char *string)
{
  static const char hex[] = "0123456789abcdef";
  g_autofree char *valid = NULL;
  const guchar *run_start;
  const guchar *p;

  if (string == NULL)
    string = "";

  /* Keep the output valid UTF-8 even for strings built in memory. */
  if (!g_utf8_validate (string, -1, NULL))
    string = valid = g_utf8_make_valid (string, -1);

  g_string_append_c (out, '"');

  for (run_start = p = (const guchar *)string; *p != '\0'; p++)
    {
      if (*p >= 0x20 && *p != '"' && *p != '\\')
        continue;

      g_string_append_len (out, (const char *)run_start, p - run_start);
      run_start = p + 1;

      g_string_append_c (out, '\\');
      switch (*p)
        {
        case '"':
        case '\\':
          g_string_append_c (out, *p);
          break;
        case '\b':
          g_string_append_c (out, 'b');
          break;
        case '\f':
          g_string_append_c (out, 'f');
          break;
        case '\n':
          g_string_append_c (out, 'n');
          break;
        case '\r':
          g_string_append_c (out, 'r');
          break;
        case '\t':
          g_string_append_c (out, 't');
          break;
        default:
          /* Lower-case hex, as JavaScript writes it. */
          g_string_append (out, "u00");
          g_string_append_c (out, hex[*p >> 4]);
          g_string_append_c (out, hex[*p & 0xF]);
          break;
        }
    }

  g_string_append_len (out, (const char *)run_start, p - run_start);
  g_string_append_c (out, '"');
}

/* Finds the fewest significant digits that read back to @value, which must be
 * finite and positive. Stores them without trailing zeros in @digits and returns
 * the decimal exponent of the first digit. */
static int
shortest_digits (double  value,
                 char   *digits,
                 gsize   digits_size)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];
  const char *p;
  gsize n_digits = 0;
  /* Any decimal of up to 15 digits survives a round trip through a normal
   * double, so %.15g is already the shortest when it reads back; subnormals
   * have less precision and need the full search. */
  int precision = value < G_MINDOUBLE ? 1 : 15;

  for (; precision <= 17; precision++)
    {
      g_snprintf (format, sizeof format, "%%.%de", precision - 1);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  for (p = buffer; *p != 'e' && *p != '\0'; p++)
    if (g_ascii_isdigit (*p) && n_digits + 1 < digits_size)
      digits[n_digits++] = *p;

  while (n_digits > 1 && digits[n_digits - 1] == '0')
    n_digits--;
  digits[n_digits] = '\0';

  g_assert (*p == 'e');
  return atoi (p + 1);
}

/* Number::toString from ECMA-262, for finite non-zero values. */
static void
write_double (GString *out,
              double   value)
{
  char digits[32];
  int k;
  int n;

  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }

  /* Also turns -0 into 0, as JavaScript does. */
  if (value == 0.0)
    {
      g_string_append_c (out, '0');
      return;
    }

  if (value < 0)
    {
      g_string_append_c (out, '-');
      value = -value;
    }

  n = shortest_digits (value, digits, sizeof digits) + 1;
  k = strlen (digits);

  if (k <= n && n <= 21)
    {
      g_string_append (out, digits);
      for (int i = k; i < n; i++)
        g_string_append_c (out, '0');
    }
  else if (0 < n && n <= 21)
    {
      g_string_append_len (out, digits, n);
      g_string_append_c (out, '.');
      g_string_append (out, digits + n);
    }
  else if (-6 < n && n <= 0)
    {
      g_string_append (out, "0.");
      for (int i = n; i < 0; i++)
        g_string_append_c (out, '0');
      g_string_append (out, digits);
    }
  else
    {
      g_string_append_c (out, digits[0]);
      if (k > 1)
        {
          g_string_append_c (out, '.');
          g_string_append (out, digits + 1);
        }
      g_string_append_printf (out, "e%c%d", n - 1 < 0 ? '-' : '+', ABS (n - 1));
    }
}

static void
write_value (GString  *out,
             JsonNode *node)
{
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
      break;

    case G_TYPE_DOUBLE:
      write_double (out, json_node_get_double (node));
      break;

    case G_TYPE_BOOLEAN:
      g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
      break;

    case G_TYPE_STRING:
      write_string (out, json_node_get_string (node));
      break;

    default:
      g_string_append (out, "null");
      break;
    }
}

static void
write_newline_indent (GString  *out,
                      gboolean  pretty,
                      guint     level)
{
  if (!pretty)
    return;

  g_string_append_c (out, '\n');
  for (guint i = 0; i < level; i++)
    g_string_append (out, "  ");
}

static void write_node (GString  *out,
                        JsonNode *node,
                        gboolean  pretty,
                        guint     level);

static void
write_object (GString    *out,
              JsonObject *object,
              gboolean    pretty,
              guint       level)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  gboolean first = TRUE;

  if (object == NULL || json_object_get_size (object) == 0)
    {
      g_string_append (out, "{}");
      return;
    }

  g_string_append_c (out, '{');

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      if (!first)
        g_string_append_c (out, ',');
      first = FALSE;

      write_newline_indent (out, pretty, level + 1);
      write_string (out, name);
      g_string_append (out, pretty ? ": " : ":");
      write_node (out, member, pretty, level + 1);
    }

  write_newline_indent (out, pretty, level);
  g_string_append_c (out, '}');
}

static void
write_array (GString   *out,
             JsonArray *array,
             gboolean   pretty,
             guint      level)
{
  guint length = array != NULL ? json_array_get_length (array) : 0;

  if (length == 0)
    {
      g_string_append (out, "[]");
      return;
    }

  g_string_append_c (out, '[');

  for (guint i = 0; i < length; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');

      write_newline_indent (out, pretty, level + 1);
      write_node (out, json_array_get_element (array, i), pretty, level + 1);
    }

  write_newline_indent (out, pretty, level);
  g_string_append_c (out, ']');
}

static void
write_node (GString  *out,
            JsonNode *node,
            gboolean  pretty,
            guint     level)
{
  if (node == NULL)
    {
      g_string_append (out, "null");
      return;
    }

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      write_object (out, json_node_get_object (node), pretty, level);
      break;

    case JSON_NODE_ARRAY:
      write_array (out, json_node_get_array (node), pretty, level);
      break;

    case JSON_NODE_VALUE:
      write_value (out, node);
      break;

    case JSON_NODE_NULL:
    default:
      g_string_append (out, "null");
      break;
    }
}

void
fw_json_write (GString  *out,
               JsonNode *node,
               gboolean  pretty)
{
  g_return_if_fail (out != NULL);

  write_node (out, node, pretty, 0);
}
