/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <string.h>
#include <time.h>

#include "fw-json.h"

static void
assert_error_starts (const GError *error,
                     FwErrorCode   code,
                     const char   *prefix)
{
  g_autofree char *head = NULL;

  g_assert_nonnull (error);
  if (!g_error_matches (error, FW_ERROR, code))
    g_error ("expected error code %d, got %s %d: %s",
             code, g_quark_to_string (error->domain), error->code, error->message);

  head = g_strndup (error->message, strlen (prefix));
  g_assert_cmpstr (head, ==, prefix);
}

static GError *
parse_error_len (const char *text,
                 gsize       length)
{
  GError *error = NULL;
  FwJsonDoc *doc = fw_json_doc_parse (text, length, "t.json", &error);

  g_assert_null (doc);
  g_assert_nonnull (error);
  return error;
}

static GError *
parse_error (const char *text)
{
  return parse_error_len (text, strlen (text));
}

static void
assert_parse_fails (const char  *text,
                    FwErrorCode  code,
                    const char  *prefix)
{
  g_autoptr(GError) error = parse_error (text);

  assert_error_starts (error, code, prefix);
}

static FwJsonDoc *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  FwJsonDoc *doc = fw_json_doc_parse (text, strlen (text), "t.json", &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static char *
write_node (JsonNode *node,
            gboolean  pretty)
{
  GString *out = g_string_new (NULL);

  fw_json_write (out, node, pretty);
  return g_string_free (out, FALSE);
}

static char *
roundtrip (const char *text,
           gboolean    pretty)
{
  g_autoptr(FwJsonDoc) doc = parse_ok (text);

  return write_node (fw_json_doc_get_root (doc), pretty);
}

static char *
sample_path (void)
{
  const char *shared = g_getenv ("FW_SHARED_DIR");

  return g_build_filename (shared != NULL ? shared : "/work/shared",
                           "samples", "nsx-export-radiologic-technologists.json", NULL);
}

static void
test_parse_empty (void)
{
  assert_parse_fails ("", FW_ERROR_PARSE, "t.json:1:1: error: file is empty");
  assert_parse_fails (" \n\t\r\n", FW_ERROR_PARSE, "t.json:1:1: error: file is empty");
  assert_parse_fails ("\xEF\xBB\xBF", FW_ERROR_PARSE, "t.json:1:1: error: file is empty");
}

static void
test_parse_truncated (void)
{
  assert_parse_fails ("{\"a\": [1, 2", FW_ERROR_PARSE,
                      "t.json:1:12: error: unexpected end of file, expected ");
  assert_parse_fails ("{", FW_ERROR_PARSE, "t.json:1:2: error: unexpected end of file, expected ");
  assert_parse_fails ("{\"a\"", FW_ERROR_PARSE, "t.json:1:5: error: unexpected end of file, expected ");
  assert_parse_fails ("{\"a\":\n", FW_ERROR_PARSE,
                      "t.json:2:1: error: unexpected end of file, expected a value");
  assert_parse_fails ("[\"abc", FW_ERROR_PARSE, "t.json:1:6: error: unexpected end of file, expected ");
  assert_parse_fails ("[\"ab\\", FW_ERROR_PARSE, "t.json:1:6: error: unexpected end of file, expected ");
  assert_parse_fails ("\"\\u12", FW_ERROR_PARSE, "t.json:1:6: error: unexpected end of file, expected ");
  assert_parse_fails ("tru", FW_ERROR_PARSE, "t.json:1:4: error: unexpected end of file, expected ");
  assert_parse_fails ("[1,", FW_ERROR_PARSE, "t.json:1:4: error: unexpected end of file, expected ");
  assert_parse_fails ("-", FW_ERROR_PARSE, "t.json:1:2: error: unexpected end of file, expected ");
  assert_parse_fails ("1.", FW_ERROR_PARSE, "t.json:1:3: error: unexpected end of file, expected ");
  assert_parse_fails ("1e+", FW_ERROR_PARSE, "t.json:1:4: error: unexpected end of file, expected ");
}

static void
test_parse_top_level_scalar (void)
{
  const char *scalars[] = { "42", "-1.5", "\"text\"", "true", "false", "null", " 7 \n" };

  for (guint i = 0; i < G_N_ELEMENTS (scalars); i++)
    {
      g_autoptr(FwJsonDoc) doc = parse_ok (scalars[i]);

      g_assert_cmpint (json_node_get_node_type (fw_json_doc_get_root (doc)), !=, JSON_NODE_OBJECT);
    }
}

static void
test_parse_invalid_utf8 (void)
{
  /* The column counts characters: "é" is one column but two bytes. */
  assert_parse_fails ("[\n  \"é\", \"\xFF\"]", FW_ERROR_PARSE, "t.json:2:9: error: invalid UTF-8");
  assert_parse_fails ("{\"k\xC3\x28\": 1}", FW_ERROR_PARSE, "t.json:1:4: error: invalid UTF-8");
  /* A truncated sequence at the very end, and an overlong encoding. */
  assert_parse_fails ("\"ab\xE2\x82", FW_ERROR_PARSE, "t.json:1:4: error: invalid UTF-8");
  assert_parse_fails ("\"\xC0\xAF\"", FW_ERROR_PARSE, "t.json:1:2: error: invalid UTF-8");
  /* An encoded surrogate is not valid UTF-8 either. */
  assert_parse_fails ("\"\xED\xA0\x80\"", FW_ERROR_PARSE, "t.json:1:2: error: invalid UTF-8");
  assert_parse_fails ("\xFF\xFE[\0]\0", FW_ERROR_PARSE, "t.json:1:1: error: file is UTF-16");
}

static void
test_parse_nul (void)
{
  static const char with_nul[] = "[1,\n 2,\0 3]";
  g_autoptr(GError) error = parse_error_len (with_nul, sizeof with_nul - 1);
  g_autoptr(GError) in_string = parse_error_len ("\"a\0b\"", 5);

  assert_error_starts (error, FW_ERROR_PARSE, "t.json:2:4: error: file contains a NUL byte");
  assert_error_starts (in_string, FW_ERROR_PARSE, "t.json:1:3: error: file contains a NUL byte");
}

static void
test_parse_trailing_garbage (void)
{
  assert_parse_fails ("{} x", FW_ERROR_PARSE, "t.json:1:4: error: unexpected 'x' after the JSON value");
  assert_parse_fails ("[1]\n]", FW_ERROR_PARSE, "t.json:2:1: error: unexpected ']' after");
  assert_parse_fails ("1 2", FW_ERROR_PARSE, "t.json:1:3: error: unexpected '2' after");
  assert_parse_fails ("nulls", FW_ERROR_PARSE, "t.json:1:5: error: unexpected 's' after");
}

static void
test_parse_syntax (void)
{
  assert_parse_fails ("[1,]", FW_ERROR_PARSE, "t.json:1:4: error: trailing comma before ']'");
  assert_parse_fails ("{\"a\":1,}", FW_ERROR_PARSE, "t.json:1:8: error: trailing comma before '}'");
  assert_parse_fails ("{a:1}", FW_ERROR_PARSE, "t.json:1:2: error: unexpected 'a', expected a string");
  assert_parse_fails ("{\"a\" 1}", FW_ERROR_PARSE, "t.json:1:6: error: unexpected '1', expected ':'");
  assert_parse_fails ("[1 2]", FW_ERROR_PARSE, "t.json:1:4: error: unexpected '2', expected ',' or ']'");
  assert_parse_fails ("['a']", FW_ERROR_PARSE, "t.json:1:2: error: unexpected ''', expected a value");
  assert_parse_fails ("[truth]", FW_ERROR_PARSE, "t.json:1:2: error: invalid literal, expected true");
  assert_parse_fails ("[NaN]", FW_ERROR_PARSE, "t.json:1:2: error: unexpected 'N', expected a value");
  assert_parse_fails ("[\n\t«»]", FW_ERROR_PARSE, "t.json:2:2: error: unexpected U+00AB, expected a value");
}

static char *
nested_arrays (guint depth)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, ']');

  return g_string_free (text, FALSE);
}

static void
test_parse_depth (void)
{
  g_autofree char *ok = nested_arrays (FW_JSON_MAX_DEPTH);
  g_autofree char *too_deep = nested_arrays (FW_JSON_MAX_DEPTH + 1);
  g_autofree char *very_deep = nested_arrays (1000000);
  g_autoptr(FwJsonDoc) doc = parse_ok (ok);
  g_autofree char *written = write_node (fw_json_doc_get_root (doc), FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) very_deep_error = NULL;

  g_assert_cmpstr (written, ==, ok);

  error = parse_error (too_deep);
  assert_error_starts (error, FW_ERROR_PARSE, "t.json:1:65: error: nesting deeper than 64 levels");

  very_deep_error = parse_error (very_deep);
  assert_error_starts (very_deep_error, FW_ERROR_PARSE,
                       "t.json:1:65: error: nesting deeper than 64 levels");

}

static char *
nested_objects_and_arrays (guint depth)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append (text, i % 2 == 0 ? "{\"k\":" : "[");
  g_string_append (text, "0");
  for (guint i = depth; i > 0; i--)
    g_string_append (text, (i - 1) % 2 == 0 ? "}" : "]");

  return g_string_free (text, FALSE);
}

static void
test_parse_depth_mixed (void)
{
  g_autofree char *ok = nested_objects_and_arrays (FW_JSON_MAX_DEPTH);
  g_autofree char *too_deep = nested_objects_and_arrays (FW_JSON_MAX_DEPTH + 1);
  g_autoptr(FwJsonDoc) doc = parse_ok (ok);
  g_autofree char *written = write_node (fw_json_doc_get_root (doc), FALSE);
  g_autoptr(GError) error = parse_error (too_deep);

  g_assert_cmpstr (written, ==, ok);
  /* 32 times "{"k":[" is 192 columns; the 65th level opens at column 193. */
  assert_error_starts (error, FW_ERROR_PARSE, "t.json:1:193: error: nesting deeper than 64 levels");
}

static void
test_parse_duplicate_key (void)
{
  assert_parse_fails ("{\n  \"a\": 1,\n  \"b\": {\"a\": 2},\n    \"a\": 3\n}", FW_ERROR_INVALID,
                      "t.json:4:5: error: duplicate key \"a\" (first at line 2, column 3)");
  /* Keys are compared after unescaping. */
  assert_parse_fails ("{\"é\":1,\"\\u00e9\":2}", FW_ERROR_INVALID,
                      "t.json:1:8: error: duplicate key \"é\" (first at line 1, column 2)");
}

static void
test_parse_number_range (void)
{
  assert_parse_fails ("1e999", FW_ERROR_INVALID, "t.json:1:1: error: number out of range");
  assert_parse_fails ("[0, -1e999]", FW_ERROR_INVALID, "t.json:1:5: error: number out of range");
  assert_parse_fails ("{\"x\": 1.5e400}", FW_ERROR_INVALID, "t.json:1:7: error: number out of range");
}

static void
test_parse_numbers (void)
{
  g_autoptr(FwJsonDoc) doc = parse_ok ("[9223372036854775807, -9223372036854775808, "
                                       "9223372036854775808, 1.5, 1e2, -0, 0, 1e-400, 2E+3]");
  JsonArray *array = json_node_get_array (fw_json_doc_get_root (doc));

  g_assert_cmpint (json_node_get_value_type (json_array_get_element (array, 0)), ==, G_TYPE_INT64);
  g_assert_cmpint (json_array_get_int_element (array, 0), ==, G_MAXINT64);
  g_assert_cmpint (json_node_get_value_type (json_array_get_element (array, 1)), ==, G_TYPE_INT64);
  g_assert_cmpint (json_array_get_int_element (array, 1), ==, G_MININT64);
  g_assert_cmpint (json_node_get_value_type (json_array_get_element (array, 2)), ==, G_TYPE_DOUBLE);
  g_assert_cmpfloat (json_array_get_double_element (array, 2), ==, 9223372036854775808.0);
  g_assert_cmpint (json_node_get_value_type (json_array_get_element (array, 3)), ==, G_TYPE_DOUBLE);
  g_assert_cmpint (json_node_get_value_type (json_array_get_element (array, 4)), ==, G_TYPE_DOUBLE);
  g_assert_cmpfloat (json_array_get_double_element (array, 4), ==, 100.0);
  g_assert_cmpint (json_array_get_int_element (array, 5), ==, 0);
  g_assert_cmpfloat (json_array_get_double_element (array, 7), ==, 0.0);
  g_assert_cmpfloat (json_array_get_double_element (array, 8), ==, 2000.0);
}

static void
test_parse_bad_numbers (void)
{
  assert_parse_fails ("[01]", FW_ERROR_PARSE, "t.json:1:2: error: invalid number: leading zeros");
  assert_parse_fails ("-00", FW_ERROR_PARSE, "t.json:1:1: error: invalid number: leading zeros");
  assert_parse_fails ("[-]", FW_ERROR_PARSE, "t.json:1:2: error: invalid number: expected a digit after '-'");
  assert_parse_fails ("[- 1]", FW_ERROR_PARSE, "t.json:1:2: error: invalid number: expected a digit");
  assert_parse_fails ("[1.e5]", FW_ERROR_PARSE, "t.json:1:2: error: invalid number: expected a digit after '.'");
  assert_parse_fails ("[1e]", FW_ERROR_PARSE, "t.json:1:2: error: invalid number: expected a digit in");
  assert_parse_fails ("[+1]", FW_ERROR_PARSE, "t.json:1:2: error: unexpected '+', expected a value");
  assert_parse_fails ("[.5]", FW_ERROR_PARSE, "t.json:1:2: error: unexpected '.', expected a value");
  assert_parse_fails ("[0x10]", FW_ERROR_PARSE, "t.json:1:3: error: unexpected 'x', expected ',' or ']'");
}

static void
test_parse_bad_escapes (void)
{
  assert_parse_fails ("[\"ab\\x\"]", FW_ERROR_PARSE,
                      "t.json:1:5: error: invalid escape sequence: backslash followed by 'x'");
  assert_parse_fails ("\"\\'\"", FW_ERROR_PARSE, "t.json:1:2: error: invalid escape sequence");
  assert_parse_fails ("\"\\u12G4\"", FW_ERROR_PARSE, "t.json:1:2: error: invalid escape sequence");
  assert_parse_fails ("\"é\\é\"", FW_ERROR_PARSE,
                      "t.json:1:3: error: invalid escape sequence: backslash followed by U+00E9");
  assert_parse_fails ("\"\\u0000\"", FW_ERROR_PARSE, "t.json:1:2: error: NUL character");
  assert_parse_fails ("{\"a\\u0000\": 1}", FW_ERROR_PARSE, "t.json:1:4: error: NUL character");
}

static void
test_parse_surrogates (void)
{
  g_autoptr(FwJsonDoc) doc = NULL;

  assert_parse_fails ("\"\\ud83d\"", FW_ERROR_PARSE, "t.json:1:2: error: unpaired surrogate");
  assert_parse_fails ("\"x\\uDE00\"", FW_ERROR_PARSE, "t.json:1:3: error: unpaired surrogate");
  assert_parse_fails ("\"\\ud83d\\u0041\"", FW_ERROR_PARSE, "t.json:1:2: error: unpaired surrogate");
  assert_parse_fails ("\"\\ud83d\\ud83d\"", FW_ERROR_PARSE, "t.json:1:2: error: unpaired surrogate");
  assert_parse_fails ("\"\\ud83dx\"", FW_ERROR_PARSE, "t.json:1:2: error: unpaired surrogate");

  doc = parse_ok ("\"\\ud83d\\ude00 \\u00e9\\/\\b\\f\\n\\r\\t\\\"\\\\\"");
  g_assert_cmpstr (json_node_get_string (fw_json_doc_get_root (doc)), ==,
                   "\xF0\x9F\x98\x80 \xC3\xA9/\b\f\n\r\t\"\\");
}

static void
test_parse_control_characters (void)
{
  assert_parse_fails ("[\"a\tb\"]", FW_ERROR_PARSE,
                      "t.json:1:4: error: control character U+0009 in string must be escaped");
  assert_parse_fails ("\"\x01\"", FW_ERROR_PARSE, "t.json:1:2: error: control character U+0001");
  assert_parse_fails ("{\"a\": \"open\n}", FW_ERROR_PARSE, "t.json:1:12: error: line break in string");
}

static void
test_parse_bom (void)
{
  g_autoptr(FwJsonDoc) doc = parse_ok ("\xEF\xBB\xBF{\"a\": 1}");
  guint line;
  guint column;

  g_assert_true (fw_json_doc_get_location (doc, fw_json_doc_get_root (doc), &line, &column));
  g_assert_cmpuint (line, ==, 1);
  g_assert_cmpuint (column, ==, 1);

  /* The mark is invisible in editors, so it does not count as a column. */
  assert_parse_fails ("\xEF\xBB\xBF{x", FW_ERROR_PARSE, "t.json:1:2: error: unexpected 'x'");
  /* Only at the start. */
  assert_parse_fails ("[\xEF\xBB\xBF]", FW_ERROR_PARSE, "t.json:1:2: error: unexpected U+FEFF");
}

static void
test_parse_member_order (void)
{
  static const char * const expected[] = { "zeta", "alpha", "mid", "beta", "a", "z" };
  g_autoptr(FwJsonDoc) doc = parse_ok ("{\"zeta\":1,\"alpha\":2,\"mid\":3,\"beta\":4,\"a\":5,\"z\":6}");
  JsonObject *object = json_node_get_object (fw_json_doc_get_root (doc));
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  guint i = 0;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      g_assert_cmpuint (i, <, G_N_ELEMENTS (expected));
      g_assert_cmpstr (name, ==, expected[i]);
      g_assert_cmpint (json_node_get_int (member), ==, i + 1);
      i++;
    }
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (expected));
}

static void
test_parse_locations (void)
{
  g_autoptr(FwJsonDoc) doc = parse_ok ("{\n"
                                       "  \"título\": \"ünïcode\",\n"
                                       "  \"list\": [1, {\"k\": null}],\n"
                                       "\t\"n\":\n"
                                       "      true\n"
                                       "}\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) foreign = json_node_init_null (json_node_alloc ());
  JsonNode *root = fw_json_doc_get_root (doc);
  JsonObject *object = json_node_get_object (root);
  JsonArray *list = json_object_get_array_member (object, "list");
  JsonNode *inner = json_array_get_element (list, 1);
  guint line;
  guint column;

  g_assert_cmpstr (fw_json_doc_get_filename (doc), ==, "t.json");

  g_assert_true (fw_json_doc_get_location (doc, root, &line, &column));
  g_assert_cmpuint (line, ==, 1);
  g_assert_cmpuint (column, ==, 1);

  g_assert_true (fw_json_doc_get_member_location (doc, object, "título", &line, &column));
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpuint (column, ==, 3);
  g_assert_true (fw_json_doc_get_location (doc, json_object_get_member (object, "título"),
                                           &line, &column));
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpuint (column, ==, 13);

  g_assert_true (fw_json_doc_get_location (doc, json_array_get_element (list, 0), &line, &column));
  g_assert_cmpuint (line, ==, 3);
  g_assert_cmpuint (column, ==, 12);
  g_assert_true (fw_json_doc_get_location (doc, inner, &line, &column));
  g_assert_cmpuint (line, ==, 3);
  g_assert_cmpuint (column, ==, 15);
  g_assert_true (fw_json_doc_get_member_location (doc, json_node_get_object (inner), "k",
                                                  &line, &column));
  g_assert_cmpuint (line, ==, 3);
  g_assert_cmpuint (column, ==, 16);

  g_assert_true (fw_json_doc_get_member_location (doc, object, "n", &line, &column));
  g_assert_cmpuint (line, ==, 4);
  g_assert_cmpuint (column, ==, 2);
  g_assert_true (fw_json_doc_get_location (doc, json_object_get_member (object, "n"),
                                           &line, &column));
  g_assert_cmpuint (line, ==, 5);
  g_assert_cmpuint (column, ==, 7);

  g_assert_false (fw_json_doc_get_member_location (doc, object, "missing", &line, &column));
  g_assert_false (fw_json_doc_get_location (doc, foreign, &line, &column));
  g_assert_cmpuint (line, ==, 0);

  fw_json_doc_error_at (doc, json_object_get_member (object, "n"), &error, FW_ERROR_INVALID,
                        "expected a string, found %s", "a boolean");
  g_assert_error (error, FW_ERROR, FW_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "t.json:5:7: error: expected a string, found a boolean");
  g_clear_error (&error);

  fw_json_doc_error_at (doc, foreign, &error, FW_ERROR_VERSION, "unsupported");
  g_assert_cmpstr (error->message, ==, "t.json: error: unsupported");
}

static void
test_parse_without_error_location (void)
{
  FwJsonDoc *doc = fw_json_doc_parse ("[1,", 3, NULL, NULL);

  g_assert_null (doc);

  doc = fw_json_doc_parse ("[1]", 3, NULL, NULL);
  g_assert_nonnull (doc);
  g_assert_cmpstr (fw_json_doc_get_filename (doc), ==, "<input>");
  fw_json_doc_free (doc);
}

static void
test_error_helpers (void)
{
  g_autoptr(GError) error = NULL;

  fw_set_error_at (&error, FW_ERROR_FORMAT, "a.fwk", 3, 14, "bad %s", "thing");
  g_assert_error (error, FW_ERROR, FW_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==, "a.fwk:3:14: error: bad thing");
  g_clear_error (&error);

  fw_set_error_at (&error, FW_ERROR_IO, "a.fwk", 3, 0, "bad");
  g_assert_cmpstr (error->message, ==, "a.fwk:3: error: bad");
  g_clear_error (&error);

  fw_set_error_at (&error, FW_ERROR_IO, "a.fwk", 0, 0, "bad");
  g_assert_cmpstr (error->message, ==, "a.fwk: error: bad");

  fw_set_error_at (NULL, FW_ERROR_IO, "a.fwk", 0, 0, "ignored");
}

/* Every prefix and many single-byte mutations of a real file must either parse
 * or fail cleanly; run under AddressSanitizer this finds crashes and leaks. */
static void
test_parse_robustness (void)
{
  g_autofree char *path = sample_path ();
  g_autofree char *contents = NULL;
  gsize length;
  GRand *rand;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    {
      g_test_skip ("sample file not available");
      return;
    }

  for (gsize i = 0; i < length; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FwJsonDoc) doc = fw_json_doc_parse (contents, i, "p.json", &error);

      g_assert_null (doc);
      g_assert_true (error->domain == FW_ERROR);
      g_assert_true (g_str_has_prefix (error->message, "p.json:"));
    }

  rand = g_rand_new_with_seed (1234);
  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *copy = g_memdup2 (contents, length);
      g_autoptr(GError) error = NULL;
      g_autoptr(FwJsonDoc) doc = NULL;
      static const char interesting[] = "{}[],:\"\\0-eE.tfn \n";

      for (guint j = 0; j < 3; j++)
        {
          gsize at = g_rand_int_range (rand, 0, length);

          copy[at] = g_rand_boolean (rand)
                     ? interesting[g_rand_int_range (rand, 0, sizeof interesting - 1)]
                     : (char)g_rand_int_range (rand, 0, 256);
        }

      doc = fw_json_doc_parse (copy, length, "m.json", &error);
      g_assert_true ((doc == NULL) != (error == NULL));
    }
  g_rand_free (rand);
}

static void
test_write_sample_roundtrip (void)
{
  g_autofree char *path = sample_path ();
  g_autofree char *contents = NULL;
  g_autofree char *compact = NULL;
  g_autofree char *pretty = NULL;
  g_autofree char *again = NULL;
  g_autoptr(FwJsonDoc) doc = NULL;
  g_autoptr(FwJsonDoc) pretty_doc = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    {
      g_test_skip ("sample file not available");
      return;
    }

  doc = fw_json_doc_parse (contents, length, path, &error);
  g_assert_no_error (error);

  compact = write_node (fw_json_doc_get_root (doc), FALSE);
  g_assert_cmpuint (strlen (compact), ==, length);
  g_assert_true (memcmp (compact, contents, length) == 0);

  /* Pretty output reads back to the same compact bytes. */
  pretty = write_node (fw_json_doc_get_root (doc), TRUE);
  pretty_doc = fw_json_doc_parse (pretty, strlen (pretty), "pretty.json", &error);
  g_assert_no_error (error);
  again = write_node (fw_json_doc_get_root (pretty_doc), FALSE);
  g_assert_cmpstr (again, ==, compact);
}

static void
test_write_pretty (void)
{
  static const char input[] =
    "{\"a\":[],\"b\":{},\"c\":[{},[[]],{\"x\":{\"y\":[]}}],\"d\":null,"
    "\"e\":[1,\"two\",true,false,null,2.5]}";
  static const char expected[] =
    "{\n"
    "  \"a\": [],\n"
    "  \"b\": {},\n"
    "  \"c\": [\n"
    "    {},\n"
    "    [\n"
    "      []\n"
    "    ],\n"
    "    {\n"
    "      \"x\": {\n"
    "        \"y\": []\n"
    "      }\n"
    "    }\n"
    "  ],\n"
    "  \"d\": null,\n"
    "  \"e\": [\n"
    "    1,\n"
    "    \"two\",\n"
    "    true,\n"
    "    false,\n"
    "    null,\n"
    "    2.5\n"
    "  ]\n"
    "}";
  g_autofree char *pretty = roundtrip (input, TRUE);
  g_autofree char *compact = roundtrip (expected, FALSE);
  g_autofree char *empty_object = roundtrip ("{ }", TRUE);
  g_autofree char *empty_array = roundtrip ("[\n]", TRUE);
  g_autofree char *scalar = roundtrip ("\"x\"", TRUE);

  g_assert_cmpstr (pretty, ==, expected);
  g_assert_cmpstr (compact, ==, input);
  g_assert_cmpstr (empty_object, ==, "{}");
  g_assert_cmpstr (empty_array, ==, "[]");
  g_assert_cmpstr (scalar, ==, "\"x\"");
}

static void
assert_double_written (double      value,
                       const char *expected)
{
  g_autoptr(JsonNode) node = json_node_init_double (json_node_alloc (), value);
  g_autofree char *written = write_node (node, FALSE);

  g_assert_cmpstr (written, ==, expected);
}

static void
test_write_doubles (void)
{
  /* The expected strings are what JavaScript's JSON.stringify() writes. */
  assert_double_written (3.5, "3.5");
  assert_double_written (42.2, "42.2");
  assert_double_written (85.5, "85.5");
  assert_double_written (3.52, "3.52");
  assert_double_written (0.1, "0.1");
  assert_double_written (1e21, "1e+21");
  assert_double_written (1e-7, "1e-7");
  assert_double_written (-0.0, "0");
  assert_double_written (3.0, "3");
  assert_double_written (-2.5e30, "-2.5e+30");
  assert_double_written (1e20, "100000000000000000000");
  assert_double_written (1.2345678901234568e20, "123456789012345680000");
  assert_double_written (0.000001, "0.000001");
  assert_double_written (0.0000015, "0.0000015");
  assert_double_written (1.5e-7, "1.5e-7");
  assert_double_written (-1e-7, "-1e-7");
  assert_double_written (0.1 + 0.2, "0.30000000000000004");
  assert_double_written (1.0 / 3.0, "0.3333333333333333");
  assert_double_written (123.456, "123.456");
  assert_double_written (9007199254740994.0, "9007199254740994");
  assert_double_written (5e-324, "5e-324");
  assert_double_written (1.7976931348623157e308, "1.7976931348623157e+308");
  assert_double_written (NAN, "null");
  assert_double_written (INFINITY, "null");
  assert_double_written (-INFINITY, "null");
}

static void
test_write_numbers_roundtrip (void)
{
  g_autofree char *written = roundtrip ("[0,-0,1,-1,9223372036854775807,-9223372036854775808,"
                                        "9223372036854775808,1.0,2.50,1E3,1e-7,-0.0]", FALSE);

  g_assert_cmpstr (written, ==, "[0,0,1,-1,9223372036854775807,-9223372036854775808,"
                                "9223372036854776000,1,2.5,1000,1e-7,0]");
}

static void
test_write_strings (void)
{
  g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (),
                                                    "\"\\\b\f\n\r\t\x01\x1f\x7f é \u2028\u2029 😀 /");
  g_autoptr(JsonNode) invalid = json_node_init_string (json_node_alloc (), "a\xFF" "b");
  g_autofree char *written = write_node (node, FALSE);
  g_autofree char *written_invalid = write_node (invalid, FALSE);
  g_autofree char *escaped = roundtrip ("{\"k\\n\\\"\":\"\\u001B\\u00e9\\ud83d\\ude00\\/\"}", FALSE);

  g_assert_cmpstr (written, ==,
                   "\"\\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f\x7f é \u2028\u2029 😀 /\"");
  g_assert_cmpstr (written_invalid, ==, "\"a\xEF\xBF\xBD" "b\"");
  g_assert_cmpstr (escaped, ==, "{\"k\\n\\\"\":\"\\u001bé😀/\"}");
}

static void
test_write_member_order (void)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  JsonObject *object = json_object_new ();
  g_autofree char *written = NULL;
  g_autofree char *reparsed = NULL;

  json_object_set_int_member (object, "z", 1);
  json_object_set_int_member (object, "a", 2);
  json_object_set_int_member (object, "m", 3);
  json_object_set_int_member (object, "a", 4);
  json_node_take_object (node, object);

  written = write_node (node, FALSE);
  g_assert_cmpstr (written, ==, "{\"z\":1,\"a\":4,\"m\":3}");

  reparsed = roundtrip ("{\"z\":1,\"a\":4,\"m\":3}", FALSE);
  g_assert_cmpstr (reparsed, ==, written);
}

/* Shaped like real exports, which are mostly statement text: the sample export
 * has about one value per 120 bytes. */
static GString *
make_large_document (gsize size)
{
  GString *text = g_string_sized_new (size);
  guint n = 0;

  g_string_append (text, "{\"levels\":[\n");
  while (text->len < size - 4096)
    {
      g_string_append_printf (text, "%s{\"id\":\"level-%u\",\"label\":\"Level %u\",\"rank\":%u,"
                              "\"statements\":[", n > 0 ? "," : "", n, n, n % 7);
      for (guint i = 0; i < 5; i++)
        g_string_append_printf (text,
                                "%s\"Imaging equipment controls and exposure settings — adjust "
                                "under direct supervision according to physician specifications "
                                "in a clinical radiology department (révisé %u.%u, \\\"quoted\\\").\"",
                                i > 0 ? "," : "", n, i);
      g_string_append (text, "]}\n");
      n++;
    }
  g_string_append (text, "]}");

  return text;
}

static double
cpu_seconds (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

/* Measures processor time rather than wall time, which steal time on shared
 * machines makes unreliable. */
static void
test_parse_performance (void)
{
  g_autoptr(GString) text = NULL;
  g_autoptr(FwJsonDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = NULL;
  double start;
  double elapsed;

  if (!g_test_perf ())
    {
      g_test_skip ("performance test; run with -m perf");
      return;
    }

  text = make_large_document (32 * 1024 * 1024);

  timer = g_timer_new ();
  start = cpu_seconds ();
  doc = fw_json_doc_parse (text->str, text->len, "big.json", &error);
  elapsed = cpu_seconds () - start;

  g_assert_no_error (error);
  g_test_minimized_result (elapsed, "parsed %.1f MiB in %.3f s of processor time (%.3f s wall)",
                           text->len / 1048576.0, elapsed, g_timer_elapsed (timer, NULL));
  g_assert_cmpfloat (elapsed, <, 1.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/error/helpers", test_error_helpers);
  g_test_add_func ("/json/parse/empty", test_parse_empty);
  g_test_add_func ("/json/parse/truncated", test_parse_truncated);
  g_test_add_func ("/json/parse/top-level-scalar", test_parse_top_level_scalar);
  g_test_add_func ("/json/parse/invalid-utf8", test_parse_invalid_utf8);
  g_test_add_func ("/json/parse/nul", test_parse_nul);
  g_test_add_func ("/json/parse/trailing-garbage", test_parse_trailing_garbage);
  g_test_add_func ("/json/parse/syntax", test_parse_syntax);
  g_test_add_func ("/json/parse/depth", test_parse_depth);
  g_test_add_func ("/json/parse/depth-mixed", test_parse_depth_mixed);
  g_test_add_func ("/json/parse/duplicate-key", test_parse_duplicate_key);
  g_test_add_func ("/json/parse/number-range", test_parse_number_range);
  g_test_add_func ("/json/parse/numbers", test_parse_numbers);
  g_test_add_func ("/json/parse/bad-numbers", test_parse_bad_numbers);
  g_test_add_func ("/json/parse/bad-escapes", test_parse_bad_escapes);
  g_test_add_func ("/json/parse/surrogates", test_parse_surrogates);
  g_test_add_func ("/json/parse/control-characters", test_parse_control_characters);
  g_test_add_func ("/json/parse/bom", test_parse_bom);
  g_test_add_func ("/json/parse/member-order", test_parse_member_order);
  g_test_add_func ("/json/parse/locations", test_parse_locations);
  g_test_add_func ("/json/parse/without-error-location", test_parse_without_error_location);
  g_test_add_func ("/json/parse/robustness", test_parse_robustness);
  g_test_add_func ("/json/parse/performance", test_parse_performance);
  g_test_add_func ("/json/write/sample-roundtrip", test_write_sample_roundtrip);
  g_test_add_func ("/json/write/pretty", test_write_pretty);
  g_test_add_func ("/json/write/doubles", test_write_doubles);
  g_test_add_func ("/json/write/numbers-roundtrip", test_write_numbers_roundtrip);
  g_test_add_func ("/json/write/strings", test_write_strings);
  g_test_add_func ("/json/write/member-order", test_write_member_order);

  return g_test_run ();
}
