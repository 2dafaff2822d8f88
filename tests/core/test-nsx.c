/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-error.h"
#include "fw-formats.h"
#include "fw-json.h"
#include "fw-limits.h"

#define SAMPLE_NAME "nsx-export-radiologic-technologists.json"
#define SAMPLE_EXPORTED_AT "2026-05-15T12:39:10.144Z"

static char *
sample_path (void)
{
  const char *dir = g_getenv ("FW_SHARED_DIR");

  if (dir == NULL)
    dir = "../shared";

  return g_build_filename (dir, "samples", SAMPLE_NAME, NULL);
}

static char *
load_sample (gsize *length)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);

  return contents;
}

static FwDocument *
read_text (const char  *text,
           gsize        length,
           GPtrArray   *warnings,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);

  return fw_format_read_bytes (bytes, SAMPLE_NAME, FW_FORMAT_NSX_JSON, warnings, error);
}

static FwDocument *
read_sample (void)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  FwDocument *document;
  gsize length = 0;

  text = load_sample (&length);
  document = read_text (text, length, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}

static void
assert_bytes_equal (GBytes     *bytes,
                    const char *expected,
                    gsize       expected_length)
{
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);

  g_assert_cmpmem (data, length, expected, expected_length);
}

static void
test_round_trip (void)
{
  g_autofree char *text = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) written_default = NULL;
  g_autoptr(GError) error = NULL;
  FwWriteOptions options = { SAMPLE_EXPORTED_AT };
  gsize length = 0;

  text = load_sample (&length);
  document = read_text (text, length, NULL, &error);
  g_assert_no_error (error);

  written = fw_format_write (document, FW_FORMAT_NSX_JSON, &options, &error);
  g_assert_no_error (error);
  assert_bytes_equal (written, text, length);

  /* Without an explicit time the writer keeps the one the document was read with. */
  written_default = fw_format_write (document, FW_FORMAT_NSX_JSON, NULL, &error);
  g_assert_no_error (error);
  assert_bytes_equal (written_default, text, length);
}

static void
test_fields (void)
{
  g_autoptr(FwDocument) document = read_sample ();
  FwStatement *first;
  JsonNode *provenance;

  g_assert_cmpstr (fw_document_get_title (document), ==,
                   "Radiologic Technologists and Technicians");
  g_assert_cmpstr (fw_document_get_soc (document), ==, "29-2034.00");
  g_assert_cmpstr (fw_document_get_group (document), ==, "Healthcare Practitioners & Technical");
  g_assert_cmpstr (fw_document_get_sector (document), ==, "62");
  g_assert_cmpint (fw_document_get_job_zone (document), ==, 3);
  g_assert_false (fw_document_get_job_zone_inferred (document));
  g_assert_cmpstr (fw_document_get_version (document), ==, "v.26.05");
  g_assert_cmpstr (fw_document_get_description (document), ==, "");
  g_assert_true (g_str_has_prefix (fw_document_get_context_covered (document),
                                   "This framework covers hospital inpatient"));
  g_assert_cmpstr (fw_document_get_exported_at (document), ==, SAMPLE_EXPORTED_AT);
  g_assert_cmpstr (fw_document_get_attribution (document), ==, "© EBSCOed");
  g_assert_cmpint (fw_document_get_origin (document), ==, FW_ORIGIN_NSX);

  for (guint key = 0; key < FW_N_LEVELS; key++)
    {
      FwLevel *level = fw_document_get_level (document, key);

      g_assert_cmpstr (fw_level_get_label (level), ==, fw_level_key_default_label (key));
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_level_get_statements (level))),
                        ==, 10);
      g_assert_cmpuint (g_list_model_get_n_items (
                          G_LIST_MODEL (fw_level_get_ai_statements (level))), ==, 0);
    }

  first = g_list_model_get_item (G_LIST_MODEL (fw_level_get_statements (
                                   fw_document_get_level (document, FW_LEVEL_EMERGING))), 0);
  g_assert_cmpstr (fw_statement_get_headline (first), ==,
                   "Imaging equipment controls and exposure settings");
  g_assert_cmpstr (fw_statement_get_body (first), ==,
                   "adjust under direct supervision according to physician specifications in a "
                   "clinical radiology department.");
  g_assert_cmpfloat (fw_statement_get_split_confidence (first), ==, 1.0);
  g_object_unref (first);

  provenance = fw_document_get_provenance (document);
  g_assert_nonnull (provenance);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (provenance), "generator"),
                   ==, "LER.me");

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_document_get_domains (document))),
                    ==, 0);
  g_assert_false (fw_history_can_undo (fw_document_get_history (document)));
  g_assert_false (fw_history_get_dirty (fw_document_get_history (document)));
}

typedef struct
{
  GPtrArray *ids;
} IdCollector;

static gboolean
collect_id_cb (FwStatement            *statement,
               const FwStatementPlace *place,
               gpointer                user_data)
{
  GPtrArray *ids = user_data;

  g_ptr_array_add (ids, g_strdup (fw_statement_get_id (statement)));
  return TRUE;
}

static GPtrArray *
collect_ids (FwDocument *document)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  fw_document_foreach_statement (document, collect_id_cb, ids);
  return ids;
}

/* Importing the same export twice gives the same ids, so re-imports stay stable. */
static void
test_stable_ids (void)
{
  g_autoptr(FwDocument) a = read_sample ();
  g_autoptr(FwDocument) b = read_sample ();
  g_autoptr(GPtrArray) ids_a = collect_ids (a);
  g_autoptr(GPtrArray) ids_b = collect_ids (b);
  g_autoptr(GHashTable) unique = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(FwStatement) first = NULL;
  g_autofree char *text = NULL;
  g_autofree char *seed = NULL;
  g_autofree char *expected = NULL;

  g_assert_cmpuint (ids_a->len, ==, 40);
  g_assert_cmpuint (ids_b->len, ==, 40);
  for (guint i = 0; i < ids_a->len; i++)
    {
      g_assert_cmpstr (g_ptr_array_index (ids_a, i), ==, g_ptr_array_index (ids_b, i));
      g_assert_true (g_hash_table_add (unique, g_ptr_array_index (ids_a, i)));
    }

  first = g_list_model_get_item (G_LIST_MODEL (fw_level_get_statements (
                                   fw_document_get_level (a, FW_LEVEL_DEVELOPING))), 2);
  text = fw_statement_to_text (first);
  seed = g_strdup_printf ("developing/2/%s", text);
  expected = fw_id_new_from_seed ("st", seed);
  g_assert_cmpstr (fw_statement_get_id (first), ==, expected);
}

/* A change to the model shows in the export. */
static void
test_write_edited (void)
{
  g_autoptr(FwDocument) document = read_sample ();
  g_autoptr(FwStatement) first = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FwJsonDoc) json = NULL;
  JsonObject *root;
  JsonArray *statements;
  gsize length = 0;
  const char *data;

  first = g_list_model_get_item (G_LIST_MODEL (fw_level_get_statements (
                                   fw_document_get_level (document, FW_LEVEL_ADVANCED))), 0);
  fw_statement_set_headline (first, "Imaging protocols");
  g_object_set (document, "job-zone", 4, NULL);

  written = fw_format_write (document, FW_FORMAT_NSX_JSON, NULL, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (written, &length);
  json = fw_json_doc_parse (data, length, "out.json", &error);
  g_assert_no_error (error);

  root = json_node_get_object (fw_json_doc_get_root (json));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "occupation"),
                                               "jobZone"), ==, 4);
  statements = json_object_get_array_member (
    json_object_get_object_member (
      json_object_get_object_member (json_object_get_object_member (root, "framework"),
                                     "levels"), "advanced"), "statements");
  g_assert_true (g_str_has_prefix (json_array_get_string_element (statements, 0),
                                   "Imaging protocols — develop and implement"));
}

/* Each statement is written as one schema-valid line: white space around the headline and the
 * body is dropped, and a statement no NSX line can hold is refused, naming it. */
static void
test_write_statement_lines (void)
{
  static const char * const refused[][2] = {
    { "P", "perform with guidance." },
    { "", "perform with guidance." },
    { "Patient positioning", " " },
    { "Patient\npositioning", "perform with guidance." },
  };
  g_autoptr(FwDocument) document = read_sample ();
  g_autoptr(FwStatement) first = g_list_model_get_item (G_LIST_MODEL (fw_level_get_statements (
                                   fw_document_get_level (document, FW_LEVEL_PROFICIENT))), 2);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  fw_statement_set_headline (first, " Image quality review ");
  fw_statement_set_body (first, "  evaluate completed studies.  ");
  written = fw_format_write (document, FW_FORMAT_NSX_JSON, NULL, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (written, NULL), g_bytes_get_size (written));
  g_assert_nonnull (strstr (text, "\"Image quality review — evaluate completed studies.\""));

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GBytes) none = NULL;
      g_autoptr(GError) refusal = NULL;

      fw_statement_set_headline (first, refused[i][0]);
      fw_statement_set_body (first, refused[i][1]);
      none = fw_format_write (document, FW_FORMAT_NSX_JSON, NULL, &refusal);
      g_assert_null (none);
      g_assert_error (refusal, FW_ERROR, FW_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (refusal->message, "framework.levels.proficient."
                                       "statements[2]: the statement "));
      g_assert_nonnull (strstr (refusal->message, "cannot be exported to NSX"));
    }

  /* Over the limit the reader enforces. */
  {
    g_autofree char *body = g_strnfill (FW_MAX_STATEMENT_LENGTH, 'x');
    g_autoptr(GBytes) none = NULL;
    g_autoptr(GError) refusal = NULL;

    fw_statement_set_headline (first, "QA");
    fw_statement_set_body (first, body);
    none = fw_format_write (document, FW_FORMAT_NSX_JSON, NULL, &refusal);
    g_assert_null (none);
    g_assert_cmpstr (refusal->message, ==, "framework.levels.proficient.statements[2]: the "
                     "statement is longer than 4096 bytes; NSX cannot hold it");
  }

  /* Two characters are enough. */
  fw_statement_set_headline (first, "QA");
  fw_statement_set_body (first, "audit images.");
  g_clear_pointer (&written, g_bytes_unref);
  written = fw_format_write (document, FW_FORMAT_NSX_JSON, NULL, &error);
  g_assert_no_error (error);
}

/* A document that never saw NSX gets the current time and the default provenance. */
static void
test_write_defaults (void)
{
  g_autoptr(FwDocument) document = fw_document_new ();
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FwJsonDoc) json = NULL;
  JsonObject *root;
  JsonObject *sources;
  gsize length = 0;
  const char *data;

  written = fw_format_write (document, FW_FORMAT_NSX_JSON, NULL, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (written, &length);
  g_assert_cmpint (data[length - 1], ==, '}');

  json = fw_json_doc_parse (data, length, "out.json", &error);
  g_assert_no_error (error);
  root = json_node_get_object (fw_json_doc_get_root (json));

  g_assert_true (g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}"
                                       "\\.[0-9]{3}Z$",
                                       json_object_get_string_member (root, "exportedAt"),
                                       G_REGEX_DOLLAR_ENDONLY, 0));
  sources = json_object_get_object_member (root, "sources");
  g_assert_cmpstr (json_object_get_string_member (sources, "onet"), ==, "v30.2 (CC BY 4.0)");
  g_assert_cmpstr (json_object_get_string_member (sources, "crosswalk"), ==,
                   "https://skillscrosswalk.com");
  g_assert_cmpstr (json_object_get_string_member (sources, "generator"), ==, "Framewright");
}

/* White space the schema allows at the end of a statement is dropped, with a warning. */
static void
test_trailing_space_warning (void)
{
  static const char *statement = "\"Strategic planning for imaging service expansion — ";
  g_autofree char *text = NULL;
  g_autoptr(GString) mutated = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  const char *start;
  const char *end;
  gsize length = 0;

  text = load_sample (&length);
  mutated = g_string_new_len (text, length);

  /* Two spaces before the closing quote of the last advanced statement. */
  start = strstr (mutated->str, statement);
  g_assert_nonnull (start);
  end = strchr (start + 1, '"');
  g_string_insert (mutated, end - mutated->str, "  ");

  warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);
  document = read_text (mutated->str, mutated->len, warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 1);

  line = fw_diagnostic_format (g_ptr_array_index (warnings, 0));
  g_assert_cmpstr (line, ==, SAMPLE_NAME ":1: warning: framework.levels.advanced.statements[9]: "
                             "white space around the statement was removed");
}

/* The last valid values at the schema's limits are read, not refused. */
static void
test_limits_accepted (void)
{
  static const struct
  {
    const char *from;
    const char *to;
  } cases[] = {
    { "\"jobZone\":3", "\"jobZone\":5" },
    { "\"jobZone\":3", "\"jobZone\":1" },
    { "\"exportedAt\":\"2026-05-15T12:39:10.144Z\"", "\"exportedAt\":\"2028-02-29T08:00:00Z\"" },
    { "\"exportedAt\":\"2026-05-15T12:39:10.144Z\"", "\"exportedAt\":\"2026-12-31T23:59:60Z\"" },
    { "Patient positioning on the examining table — perform", "PA — perform" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = NULL;
      g_autoptr(GString) changed = NULL;
      g_autoptr(FwDocument) document = NULL;
      g_autoptr(GError) error = NULL;
      gsize length = 0;
      const char *found;

      text = load_sample (&length);
      changed = g_string_new_len (text, length);
      found = strstr (changed->str, cases[i].from);
      g_assert_nonnull (found);
      g_string_erase (changed, found - changed->str, strlen (cases[i].from));
      g_string_insert (changed, found - changed->str, cases[i].to);

      document = read_text (changed->str, changed->len, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (document);
      if (i < 2)
        g_assert_cmpint (fw_document_get_job_zone (document), ==, i == 0 ? 5 : 1);
      if (i == 4)
        {
          FwLevel *emerging = fw_document_get_level (document, FW_LEVEL_EMERGING);
          g_autoptr(FwStatement) second = g_list_model_get_item (
            G_LIST_MODEL (fw_level_get_statements (emerging)), 1);

          g_assert_cmpstr (fw_statement_get_headline (second), ==, "PA");
        }
    }
}

/*
 * Schema violations: each replaces one piece of the sample and expects a refusal at the first
 * occurrence of @locate in the changed text (the sample is one line, so that gives the column).
 */
typedef struct
{
  const char *name;
  const char *from;
  const char *to;
  const char *cut_until; /* when set, everything from @from up to this is replaced */
  const char *locate;
  const char *message;   /* the message after "FILE:LINE:COLUMN: error: " */
} Violation;

static const Violation violations[] = {
  { "unknown-top-level-member", "\"attribution\":", "\"comment\":\"x\",\"attribution\":", NULL,
    "\"comment\"", "comment: unknown member; NSX schema 1.0 does not allow it" },
  { "unknown-occupation-member", "\"sector\":\"62\",", "\"sector\":\"62\",\"onetCode\":1,", NULL,
    "\"onetCode\"", "occupation.onetCode: unknown member; NSX schema 1.0 does not allow it" },
  { "unknown-level-member", "\"emerging\":{\"label\":\"Emerging\",",
    "\"emerging\":{\"notes\":\"\",\"label\":\"Emerging\",", NULL, "\"notes\"",
    "framework.levels.emerging.notes: unknown member; NSX schema 1.0 does not allow it" },
  { "fifth-level", "\"advanced\":{\"label\":\"Advanced\",",
    "\"expert\":{\"label\":\"Expert\",\"statements\":[]},\"advanced\":{\"label\":\"Advanced\",",
    NULL,
    "\"expert\"", "framework.levels.expert: unknown member; NSX schema 1.0 does not allow it" },
  { "renamed-level", "\"advanced\":{\"label\":\"Advanced\",",
    "\"expert\":{\"label\":\"Advanced\",", NULL, "\"expert\"",
    "framework.levels.expert: unknown member; NSX schema 1.0 does not allow it" },
  { "missing-level", ",\"advanced\":{", "", "}},\"sources\"", "{\"emerging\"",
    "framework.levels: missing required member “advanced”" },
  { "soc-pattern", "\"soc\":\"29-2034.00\"", "\"soc\":\"29-2034\"", NULL, "\"29-2034\"",
    "occupation.soc: expected an O*NET-SOC code such as “29-2034.00”, got “29-2034”" },
  { "version-pattern", "\"version\":\"v.26.05\"", "\"version\":\"26.05\"", NULL, "\"26.05\"",
    "framework.version: expected a version such as “v.26.05”, got “26.05”" },
  { "jobzone-range", "\"jobZone\":3", "\"jobZone\":6", NULL, "6,\"jobZoneInferred\"",
    "occupation.jobZone: expected an integer from 1 to 5, got 6" },
  { "jobzone-fraction", "\"jobZone\":3", "\"jobZone\":3.5", NULL, "3.5,\"jobZoneInferred\"",
    "occupation.jobZone: expected an integer from 1 to 5, got 3.5" },
  { "jobzone-inferred-string", "\"jobZoneInferred\":false", "\"jobZoneInferred\":\"false\"", NULL,
    "\"false\"", "occupation.jobZoneInferred: expected a boolean, got a string" },
  { "title-empty", "\"title\":\"Radiologic Technologists and Technicians\"", "\"title\":\"\"", NULL,
    "\"\",\"group\"", "occupation.title: must not be empty" },
  { "level-label", "\"label\":\"Proficient\"", "\"label\":\"Skilled\"", NULL, "\"Skilled\"",
    "framework.levels.proficient.label: expected “Proficient”, got “Skilled”" },
  { "schema-version", "\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"1.1\"", NULL, "\"1.1\"",
    "schemaVersion: expected “1.0”, got “1.1”" },
  { "exported-at-offset", "\"exportedAt\":\"2026-05-15T12:39:10.144Z\"",
    "\"exportedAt\":\"2026-05-15T14:39:10.144+02:00\"", NULL, "\"2026",
    "exportedAt: expected a UTC timestamp such as “2026-05-15T12:39:10.144Z”, "
    "got “2026-05-15T14:39:10.144+02:00”" },
  { "exported-at-no-such-day", "\"exportedAt\":\"2026-05-15T12:39:10.144Z\"",
    "\"exportedAt\":\"2026-02-30T12:39:10.144Z\"", NULL, "\"2026",
    "exportedAt: “2026-02-30T12:39:10.144Z” is not a valid date and time" },
  { "statement-unspaced-dash", "Patient positioning on the examining table — perform",
    "Patient positioning on the examining table—perform", NULL, "\"Patient positioning",
    "framework.levels.emerging.statements[1]: statement has no “ — ” (space, em dash, space) "
    "between its headline and its body" },
  { "statement-leading-space", "\"Patient positioning on the examining table — perform",
    "\" Patient positioning on the examining table — perform", NULL, "\" Patient positioning",
    "framework.levels.emerging.statements[1]: statement must be one line “Headline — body”" },
  { "statement-newline", "Patient positioning on the examining table — perform",
    "Patient positioning on the examining table — perform\\n", NULL, "\"Patient positioning",
    "framework.levels.emerging.statements[1]: statement must be one line “Headline — body”" },
  /* U+2028, a line separator: JavaScript's "." in the schema's pattern does not match it. */
  { "statement-line-separator", "Patient positioning on the examining table — perform",
    "Patient positioning on the examining table — perform\u2028with care", NULL,
    "\"Patient positioning",
    "framework.levels.emerging.statements[1]: statement must be one line “Headline — body”" },
  { "statement-paragraph-separator", "Patient positioning on the examining table — perform",
    "Patient positioning\u2029on the examining table — perform", NULL, "\"Patient positioning",
    "framework.levels.emerging.statements[1]: statement must be one line “Headline — body”" },
  /* The schema's minimums: a headline of two characters or more, no white space at its end
   * or at the start of the body. A reader that let these through would write NSX that fails
   * the schema. */
  { "statement-headline-one-char", "Patient positioning on the examining table — perform",
    "P — perform", NULL, "\"P — perform",
    "framework.levels.emerging.statements[1]: statement must be one line “Headline — body”, "
    "with a headline of at least two characters" },
  { "statement-headline-trailing-space", "Patient positioning on the examining table — perform",
    "Patient positioning on the examining table  — perform", NULL, "\"Patient positioning",
    "framework.levels.emerging.statements[1]: statement must be one line “Headline — body”" },
  { "statement-body-leading-space", "Patient positioning on the examining table — perform",
    "Patient positioning on the examining table —  perform", NULL, "\"Patient positioning",
    "framework.levels.emerging.statements[1]: statement must be one line “Headline — body”" },
  { "exported-at-april-31", "\"exportedAt\":\"2026-05-15T12:39:10.144Z\"",
    "\"exportedAt\":\"2026-04-31T12:39:10.144Z\"", NULL, "\"2026",
    "exportedAt: “2026-04-31T12:39:10.144Z” is not a valid date and time" },
  { "statement-number", "\"Patient positioning on the examining table — perform",
    "7,\"Patient positioning on the examining table — perform", NULL, "7,",
    "framework.levels.emerging.statements[1]: expected a string “Headline — body”, "
    "got an integer" },
  { "attribution-empty", "\"attribution\":\"© EBSCOed\"", "\"attribution\":\"\"", NULL, "\"\"}",
    "attribution: must not be empty" },
  { "sources-generator-missing", ",\"generator\":\"LER.me\"", "", NULL, "{\"onet\"",
    "sources: missing required member “generator”" },
  { "sources-extra-member", "\"generator\":\"LER.me\"",
    "\"generator\":\"LER.me\",\"licence\":\"CC BY\"", NULL, "\"licence\"",
    "sources.licence: unknown member; NSX schema 1.0 does not allow it" },
  { "occupation-not-object", "\"occupation\":{", "\"occupation\":[\"29-2034.00\"]",
    ",\"framework\"", "[\"29-2034.00\"]", "occupation: expected an object, got an array" },
};

static void
test_violation (gconstpointer data)
{
  const Violation *violation = data;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GString) mutated = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  const char *found;
  const char *at;
  gsize length = 0;
  glong column;

  text = load_sample (&length);
  mutated = g_string_new_len (text, length);

  found = strstr (mutated->str, violation->from);
  g_assert_nonnull (found);
  if (violation->cut_until != NULL)
    {
      const char *until = strstr (found, violation->cut_until);

      g_assert_nonnull (until);
      g_string_erase (mutated, found - mutated->str, until - found);
    }
  else
    {
      g_string_erase (mutated, found - mutated->str, strlen (violation->from));
    }
  g_string_insert (mutated, found - mutated->str, violation->to);

  at = strstr (mutated->str, violation->locate);
  g_assert_nonnull (at);
  column = g_utf8_strlen (mutated->str, at - mutated->str) + 1;
  expected = g_strdup_printf (SAMPLE_NAME ":1:%ld: error: %s", column, violation->message);

  document = read_text (mutated->str, mutated->len, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, FW_ERROR, FW_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, expected));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nsx/round-trip", test_round_trip);
  g_test_add_func ("/nsx/fields", test_fields);
  g_test_add_func ("/nsx/stable-ids", test_stable_ids);
  g_test_add_func ("/nsx/write-edited", test_write_edited);
  g_test_add_func ("/nsx/write-defaults", test_write_defaults);
  g_test_add_func ("/nsx/write-statement-lines", test_write_statement_lines);
  g_test_add_func ("/nsx/trailing-space-warning", test_trailing_space_warning);
  g_test_add_func ("/nsx/limits-accepted", test_limits_accepted);

  for (guint i = 0; i < G_N_ELEMENTS (violations); i++)
    {
      g_autofree char *path = g_strconcat ("/nsx/refused/", violations[i].name, NULL);

      g_test_add_data_func (path, &violations[i], test_violation);
    }

  return g_test_run ();
}
