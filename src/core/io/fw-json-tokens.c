/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fw-json-private.h"

/* The JSON reader's tokens: strings with their escapes, numbers and literals. */

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
        return _fw_json_fail_unexpected (self, "a hex digit");

      digit = hex_value (self->data[self->pos]);
      if (digit < 0)
        return _fw_json_fail_at (self, escape_offset, FW_ERROR_PARSE,
                                 "invalid escape sequence: \\u must be followed by four hex "
                                 "digits");

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
    return _fw_json_fail_at (self, escape_offset, FW_ERROR_PARSE,
                             "unpaired surrogate \\u%04X in string", ch);

  if (ch >= 0xD800 && ch <= 0xDBFF)
    {
      if (self->pos + 1 >= self->length
          || self->data[self->pos] != '\\'
          || self->data[self->pos + 1] != 'u')
        return _fw_json_fail_at (self, escape_offset, FW_ERROR_PARSE,
                                 "unpaired surrogate \\u%04X in string", ch);

      self->pos += 2;
      if (!parse_hex4 (self, self->pos - 2, &low))
        return FALSE;

      if (low < 0xDC00 || low > 0xDFFF)
        return _fw_json_fail_at (self, escape_offset, FW_ERROR_PARSE,
                                 "unpaired surrogate \\u%04X in string", ch);

      ch = 0x10000 + ((ch - 0xD800) << 10) + (low - 0xDC00);
    }

  if (ch == 0)
    return _fw_json_fail_at (self, escape_offset, FW_ERROR_PARSE,
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
    return _fw_json_fail_unexpected (self, "an escape sequence");

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
      found = _fw_json_describe_char_at (self, self->pos - 1);
      return _fw_json_fail_at (self, escape_offset, FW_ERROR_PARSE,
                               "invalid escape sequence: backslash followed by %s", found);
    }
}

/* Whether a byte of @word is below 0x20, or is '"' or '\\' (the classic has-zero-byte test,
 * on the word and on the word xor each of the two). */
static inline gboolean
word_ends_run (guint64 word)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64 quote = word ^ (ones * '"');
  guint64 backslash = word ^ (ones * '\\');
  guint64 found = ((word - ones * 0x20) & ~word)
                  | ((quote - ones) & ~quote)
                  | ((backslash - ones) & ~backslash);

  return (found & high) != 0;
}

/* Where the run of string bytes that need no attention, starting at @pos, ends: at a '"', a
 * '\\', a control character or the end. Strings are long (statements), so eight bytes at a
 * time. */
gsize
fw_json_plain_run_end (const char *data,
                       gsize       pos,
                       gsize       length)
{
  for (; pos + 8 <= length; pos += 8)
    {
      guint64 word;

      memcpy (&word, data + pos, sizeof word);
      if (word_ends_run (word))
        break;
    }

  for (; pos < length; pos++)
    {
      guchar c = data[pos];

      if (c == '"' || c == '\\' || c < 0x20)
        break;
    }

  return pos;
}

/* Parses a string into @target; @self->pos points at the opening quote. */
gboolean
_fw_json_parse_string (FwJsonParser *self,
                       GString      *target)
{
  g_string_truncate (target, 0);
  self->pos++;

  for (;;)
    {
      gsize run_start = self->pos;
      guchar c;

      self->pos = fw_json_plain_run_end ((const char *) self->data, self->pos, self->length);

      g_string_append_len (target,
                           (const char *)self->data + run_start,
                           self->pos - run_start);

      if (self->pos >= self->length)
        return _fw_json_fail_unexpected (self, "'\"' to end the string");

      c = self->data[self->pos];
      if (c == '"')
        {
          self->pos++;
          return TRUE;
        }

      if (c == '\n' || c == '\r')
        return _fw_json_fail_at (self, self->pos, FW_ERROR_PARSE,
                                 "line break in string; is a closing '\"' missing?");

      if (c < 0x20)
        return _fw_json_fail_at (self, self->pos, FW_ERROR_PARSE,
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
    return _fw_json_fail_unexpected (self, "a digit");

  if (!g_ascii_isdigit (self->data[self->pos]))
    return _fw_json_fail_at (self, number_start, FW_ERROR_PARSE,
                             "invalid number: expected a digit %s", where);

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

gboolean
_fw_json_parse_number (FwJsonParser *self,
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
        return _fw_json_fail_at (self, start, FW_ERROR_PARSE,
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
    return _fw_json_fail_at (self, start, FW_ERROR_INVALID, "number out of range");

  *out_node = json_node_init_double (json_node_alloc (), value);
  return TRUE;
}

gboolean
_fw_json_parse_literal (FwJsonParser *self,
                        JsonNode    **out_node)
{
  static const char * const literals[] = { "true", "false", "null" };
  const char *literal = NULL;
  gsize length;

  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    if (literals[i][0] == self->data[self->pos])
      literal = literals[i];

  if (literal == NULL)
    return _fw_json_fail_unexpected (self, "a value");

  length = strlen (literal);
  if (self->length - self->pos < length
      && memcmp (self->data + self->pos, literal, self->length - self->pos) == 0)
    {
      self->pos = self->length;
      return _fw_json_fail_unexpected (self, literal);
    }

  if (self->length - self->pos < length
      || memcmp (self->data + self->pos, literal, length) != 0)
    return _fw_json_fail_at (self, self->pos, FW_ERROR_PARSE, "invalid literal, expected %s",
                             literal);

  self->pos += length;

  if (literal[0] == 'n')
    *out_node = json_node_init_null (json_node_alloc ());
  else
    *out_node = json_node_init_boolean (json_node_alloc (), literal[0] == 't');

  return TRUE;
}
