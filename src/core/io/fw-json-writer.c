/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fw-json-private.h"

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
