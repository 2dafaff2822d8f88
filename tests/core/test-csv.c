/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The CSV family: our own table (export, import, update from an edited table) and the Canvas
 * and Moodle outcome imports. The column lists these tests hold the writers to come from:
 *
 *   Canvas LMS, "Outcomes CSV Format", Instructure's developer documentation
 *   (https://developerdocs.instructure.com/services/canvas/outcomes/file.outcomes_csv, also at
 *   https://canvas.instructure.com/doc/api/file.outcomes_csv.html): header vendor_guid,
 *   object_type, title, description, display_name, calculation_method, calculation_int,
 *   workflow_state, parent_guids, ratings, with ratings continued as point/description pairs
 *   in unnamed columns; object_type "group" or "outcome"; vendor_guid without spaces;
 *   parent_guids space-separated.
 *
 *   Moodle, admin/tool/lpimportcsv/classes/framework_importer.php, list_required_headers()
 *   and read_mapping_data(), with the header names of admin/tool/lpimportcsv/lang/en/
 *   tool_lpimportcsv.php: fourteen columns read by position; the row with "Is framework" set
 *   is the framework; competencies name their parent by ID number; short names and ID
 *   numbers are cut to 100 characters (shorten_text).
 */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-csv-merge.h"
#include "fw-error.h"
#include "fw-formats.h"

#include "fw-test-util.h"

static GBytes *
export_as (FwDocument *document,
           FwFormat    format)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = fw_format_write (document, format, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static FwDocument *
read_csv (const char *text,
          GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return fw_format_read_bytes (bytes, "table.csv", FW_FORMAT_CSV, NULL, error);
}

/* Splits a whole CSV file into rows of fields with an independent, minimal RFC 4180 reader. */
static GPtrArray *
split_csv (GBytes *bytes)
{
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (quoted)
        {
          if (c == '"' && i + 1 < length && data[i + 1] == '"')
            g_string_append_c (field, data[++i]);
          else if (c == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, c);
        }
      else if (c == '"')
        quoted = TRUE;
      else if (c == ',')
        {
          g_ptr_array_add (row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
        }
      else if (c == '\r')
        {
          /* Rows must end in CRLF. */
          g_assert_cmpint (data[i + 1], ==, '\n');
          g_ptr_array_add (row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
          i++;
        }
      else
        {
          g_assert_cmpint (c, !=, '\n');
          g_string_append_c (field, c);
        }
    }

  g_assert_cmpuint (row->len, ==, 0);
  g_assert_cmpuint (field->len, ==, 0);
  g_ptr_array_unref (row);
  g_string_free (field, TRUE);
  return rows;
}

#define CELL(rows, r, c) \
  ((const char *) g_ptr_array_index ((GPtrArray *) g_ptr_array_index ((rows), (r)), (c)))

typedef struct
{
  GPtrArray *texts;
} Collect;

static gboolean
collect_cb (FwStatement            *statement,
            const FwStatementPlace *place,
            gpointer                user_data)
{
  GPtrArray *texts = user_data;
  g_autofree char *citations = g_strjoinv (";", (char **) fw_statement_get_citations (statement));
  g_autofree char *text = fw_statement_to_text (statement);

  g_ptr_array_add (texts, g_strdup_printf ("%s|%d|%d|%s|%u|%s|%s", fw_statement_get_id (statement),
                                           place->section, place->level,
                                           place->domain != NULL ? fw_domain_get_name (place->domain)
                                                                 : "",
                                           place->position, text, citations));
  return TRUE;
}

static GPtrArray *
describe_statements (FwDocument *document)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  fw_document_foreach_statement (document, collect_cb, texts);
  return texts;
}

/* export → import keeps every statement, its place and its citations; and the bytes. */
static void
test_round_trip (void)
{
  g_autoptr(FwDocument) document = read_sample_fwk ();
  g_autoptr(GBytes) table = export_as (document, FW_FORMAT_CSV);
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) imported = NULL;
  g_autoptr(GPtrArray) before = describe_statements (document);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) rows = split_csv (table);
  guint cited = 0;

  imported = fw_format_read_bytes (table, "table.csv", FW_FORMAT_AUTO, NULL, &error);
  g_assert_no_error (error);
  after = describe_statements (imported);

  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < before->len; i++)
    {
      g_assert_cmpstr (g_ptr_array_index (after, i), ==, g_ptr_array_index (before, i));
      if (strstr (g_ptr_array_index (before, i), "src-") != NULL)
        cited++;
    }
  g_assert_cmpuint (cited, >, 0);

  g_assert_cmpuint (rows->len, ==, before->len + 1);
  g_assert_cmpstr (CELL (rows, 0, 0), ==, "id");
  g_assert_cmpstr (CELL (rows, 0, 7), ==, "citations");
  g_assert_cmpstr (CELL (rows, 1, 1), ==, "level");
  g_assert_cmpstr (CELL (rows, 1, 3), ==, "emerging");
  g_assert_cmpstr (CELL (rows, 1, 4), ==, "1");

  again = export_as (imported, FW_FORMAT_CSV);
  assert_same_bytes (again, table);
}

/* Commas, quotes and line breaks survive; LF endings and a byte-order mark are read too. */
static void
test_quoting (void)
{
  g_autoptr(FwDocument) document = read_sample_fwk ();
  FwStatement *statement = fw_document_find_statement (document, "st-5fe39ec469f6", NULL);
  g_autoptr(GBytes) table = NULL;
  g_autoptr(FwDocument) imported = NULL;
  g_autoptr(GError) error = NULL;
  FwStatement *read_back;

  fw_statement_set_headline (statement, "Controls, \"exposure\" settings");
  fw_statement_set_body (statement, "adjust them;\r\nthen check.");
  table = export_as (document, FW_FORMAT_CSV);
  imported = fw_format_read_bytes (table, "table.csv", FW_FORMAT_CSV, NULL, &error);
  g_assert_no_error (error);
  read_back = fw_document_find_statement (imported, "st-5fe39ec469f6", NULL);
  g_assert_cmpstr (fw_statement_get_headline (read_back), ==, "Controls, \"exposure\" settings");
  g_assert_cmpstr (fw_statement_get_body (read_back), ==, "adjust them;\r\nthen check.");

  {
    g_autoptr(FwDocument) lf = read_csv ("\xEF\xBB\xBFid,section,domain,level,position,headline,"
                                         "body,citations\n"
                                         "a1,durable,Communication,applying,2,Second,b,\n"
                                         ",durable,Communication,applying,1,First,b,x; y\n",
                                         &error);
    GListModel *cell;
    g_autoptr(FwStatement) first = NULL;

    g_assert_no_error (error);
    cell = G_LIST_MODEL (fw_domain_get_cell (g_list_model_get_item (G_LIST_MODEL (fw_document_get_domains (lf)), 0),
                                             FW_DURABLE_APPLYING));
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (fw_document_get_domains (lf)), 0));
    g_assert_cmpuint (g_list_model_get_n_items (cell), ==, 2);
    first = g_list_model_get_item (cell, 0);
    g_assert_cmpstr (fw_statement_get_headline (first), ==, "First");
    g_assert_true (g_str_has_prefix (fw_statement_get_id (first), "st-"));
    g_assert_cmpstr (fw_statement_get_citations (first)[1], ==, "y");
  }
}

static void
expect_error (const char *text,
              const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = read_csv (text, &error);

  g_assert_null (document);
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, message);
}

#define HEAD "id,section,domain,level,position,headline,body,citations\r\n"

static void
test_errors (void)
{
  expect_error ("id,section,domain\r\n", "table.csv:1:12: error: the header row lacks the column "
                "“level”; it must read id,section,domain,level,position,headline,body,citations");
  expect_error ("id,part,domain,level,position,headline,body,citations\r\n",
                "table.csv:1:4: error: column 2 of the header is “part”, expected “section”");
  expect_error (HEAD "a,level,,emerging,1,H,b\r\n",
                "table.csv:2:23: error: row has 7 fields, expected 8");
  expect_error (HEAD "a,level,,emerging,1,H,b,,extra\r\n",
                "table.csv:2:26: error: row has 9 fields, expected 8");
  expect_error (HEAD "a,levels,,emerging,1,H,b,\r\n",
                "table.csv:2:3: error: section “levels” is not one of level, ai-fluency or durable");
  expect_error (HEAD "a,level,,expert,1,H,b,\r\n",
                "table.csv:2:10: error: “expert” is not a level (emerging, developing, proficient "
                "or advanced)");
  expect_error (HEAD "a,durable,,applying,1,H,b,\r\n",
                "table.csv:2:11: error: a durable-skill row needs a domain");
  expect_error (HEAD "a,level,,emerging,0,H,b,\r\n",
                "table.csv:2:19: error: position “0” is not a whole number from 1");
  expect_error (HEAD "a,level,,emerging,1,,b,\r\n",
                "table.csv:2:21: error: the statement has no headline");
  expect_error (HEAD "a,level,,emerging,1,H,b,\r\na,level,,emerging,2,I,c,\r\n",
                "table.csv:3:1: error: a second row has the id “a”");
  expect_error (HEAD "a,level,,emerging,1,\"H,b,\r\n",
                "table.csv:2:21: error: a quoted field is never closed");
  expect_error (HEAD "a,level,,emerging,1,\"H\"x,b,\r\n",
                "table.csv:2:24: error: text after the closing quote of a field; a quote inside "
                "a quoted field is written twice (\"\")");
  expect_error ("\r\n\r\n", "table.csv:1:1: error: the file has no header row");
}

/* An edited table updates a framework: by id, then by text; added, changed, missing. */
static void
test_merge (void)
{
  g_autoptr(FwDocument) target = read_sample_fwk ();
  g_autoptr(FwDocument) rows = read_sample_fwk ();
  g_autoptr(FwCsvMergeReport) report = NULL;
  GListStore *emerging = fw_level_get_statements (fw_document_get_level (rows, FW_LEVEL_EMERGING));
  g_autoptr(FwStatement) renamed = NULL;
  g_autoptr(FwStatement) added = fw_statement_new_with_id ("st-new000000001", "Brand new duty",
                                                           "performed with care.");
  const char * const cites[] = { "src-wef-skills-taxonomy", "src-nowhere", NULL };
  guint before = g_list_model_get_n_items (G_LIST_MODEL (fw_level_get_statements (fw_document_get_level (target, FW_LEVEL_EMERGING))));

  /* Changed text by id; a row whose id was lost but whose text is close; one row deleted. */
  fw_statement_set_body (fw_document_find_statement (rows, "st-5fe39ec469f6", NULL),
                         "adjust under supervision.");
  renamed = fw_statement_new_with_id ("st-lost00000000", "Patient positioning on the examining "
                                      "table",
                                      "perform with guidance from a senior technologist to "
                                      "obtain the requested body area view.");
  g_list_store_splice (emerging, 1, 1, (gpointer *) &renamed, 1);
  g_list_store_remove (emerging, 3);
  fw_statement_set_citations (added, cites);
  g_list_store_append (emerging, added);

  report = fw_csv_merge (target, rows, FALSE);
  g_assert_cmpuint (report->added->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (report->added, 0), ==, "st-new000000001 “Brand new duty”");
  g_assert_cmpuint (report->matched_by_text->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (report->matched_by_text, 0),
                                   "st-b4d9ac005e2e "));
  g_assert_cmpuint (report->changed->len, ==, 2);
  g_assert_cmpuint (report->missing->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (report->missing, 0), ==,
                   "st-f0ff1533789a “Physician imaging requests and written orders”");
  g_assert_cmpuint (report->unknown_citations->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (report->unknown_citations, 0), ==,
                   "st-new000000001: src-nowhere");
  g_assert_false (report->removed);

  g_assert_cmpstr (fw_statement_get_body (fw_document_find_statement (target, "st-5fe39ec469f6",
                                                                      NULL)), ==,
                   "adjust under supervision.");
  g_assert_nonnull (fw_document_find_statement (target, "st-f0ff1533789a", NULL));
  g_assert_nonnull (fw_document_find_statement (target, "st-new000000001", NULL));
  g_assert_null (fw_document_find_statement (target, "st-lost00000000", NULL));
  g_assert_true (fw_history_can_undo (fw_document_get_history (target)));

  /* With delete_missing the statement no row names goes. */
  g_clear_pointer (&report, fw_csv_merge_report_free);
  report = fw_csv_merge (target, rows, TRUE);
  g_assert_true (report->removed);
  g_assert_cmpuint (report->added->len, ==, 0);
  g_assert_null (fw_document_find_statement (target, "st-f0ff1533789a", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_level_get_statements (fw_document_get_level (target, FW_LEVEL_EMERGING)))),
                    ==, before);
}

static const char * const canvas_columns[] = {
  "vendor_guid", "object_type", "title", "description", "display_name", "calculation_method",
  "calculation_int", "workflow_state", "parent_guids", "ratings",
};

static void
test_canvas (void)
{
  g_autoptr(FwDocument) document = read_sample_fwk ();
  g_autoptr(GBytes) bytes = export_as (document, FW_FORMAT_CANVAS_CSV);
  g_autoptr(GBytes) again = export_as (document, FW_FORMAT_CANVAS_CSV);
  g_autoptr(GBytes) case_package = export_as (document, FW_FORMAT_CASE);
  g_autoptr(GPtrArray) rows = split_csv (bytes);
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) guids = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *header = g_ptr_array_index (rows, 0);
  guint outcomes = 0;

  assert_same_bytes (again, bytes);
  for (guint i = 0; i < G_N_ELEMENTS (canvas_columns); i++)
    g_assert_cmpstr (CELL (rows, 0, i), ==, canvas_columns[i]);
  /* Four ratings: "ratings" and seven unnamed columns for their points and descriptions. */
  g_assert_cmpuint (header->len, ==, G_N_ELEMENTS (canvas_columns) + 7);

  for (guint r = 1; r < rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (rows, r);
      const char *guid = CELL (rows, r, 0);
      const char *type = CELL (rows, r, 1);
      const char *parent = CELL (rows, r, 8);

      g_assert_cmpuint (row->len, ==, header->len);
      g_assert_null (strchr (guid, ' '));
      g_assert_false (g_hash_table_contains (guids, guid));
      g_hash_table_add (guids, (gpointer) guid);
      g_assert_cmpstr (CELL (rows, r, 7), ==, "active");
      /* Parents come first, and are groups. */
      g_assert_true (parent[0] == '\0' || g_hash_table_contains (groups, parent));

      if (g_str_equal (type, "group"))
        {
          g_hash_table_add (groups, (gpointer) guid);
          g_assert_cmpstr (CELL (rows, r, 9), ==, "");
          continue;
        }
      g_assert_cmpstr (type, ==, "outcome");
      g_assert_cmpstr (CELL (rows, r, 5), ==, "latest");
      g_assert_cmpstr (CELL (rows, r, 9), ==, "4");
      g_assert_cmpstr (CELL (rows, r, 10), ==, "Advanced");
      g_assert_cmpstr (CELL (rows, r, 15), ==, "1");
      g_assert_cmpstr (CELL (rows, r, 16), ==, "Emerging");
      /* The guid is the statement's CASE identifier. */
      g_assert_nonnull (g_strstr_len (g_bytes_get_data (case_package, NULL),
                                      g_bytes_get_size (case_package), guid));
      outcomes++;
    }
  /* One outcome per statement: 140 in the sample. */
  {
    g_autoptr(GPtrArray) statements = describe_statements (document);

    g_assert_cmpuint (outcomes, ==, statements->len);
    g_assert_cmpuint (outcomes, ==, 140);
  }
}

static const char * const moodle_columns[] = {
  "Parent ID number", "ID number", "Short name", "Description", "Description format",
  "Scale values", "Scale configuration", "Rule type (optional)", "Rule outcome (optional)",
  "Rule config (optional)", "Cross-referenced competency ID numbers", "Exported ID (optional)",
  "Is framework", "Taxonomy", NULL
};

static void
test_moodle (void)
{
  g_autoptr(FwDocument) document = read_sample_fwk ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *long_headline = NULL;
  guint frameworks = 0;

  long_headline = g_strnfill (140, 'x');
  fw_statement_set_headline (fw_document_find_statement (document, "st-5fe39ec469f6", NULL),
                             long_headline);
  bytes = export_as (document, FW_FORMAT_MOODLE_CSV);
  rows = split_csv (bytes);

  for (guint i = 0; moodle_columns[i] != NULL; i++)
    g_assert_cmpstr (CELL (rows, 0, i), ==, moodle_columns[i]);

  for (guint r = 1; r < rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (rows, r);

      g_assert_cmpuint (row->len, ==, g_strv_length ((char **) moodle_columns));
      g_assert_cmpuint (g_utf8_strlen (CELL (rows, r, 1), -1), <=, 100);
      g_assert_cmpuint (g_utf8_strlen (CELL (rows, r, 2), -1), <=, 100);
      g_assert_cmpuint (strlen (CELL (rows, r, 2)), >, 0);
      g_assert_false (g_hash_table_contains (ids, CELL (rows, r, 1)));
      g_hash_table_add (ids, (gpointer) CELL (rows, r, 1));

      if (g_str_equal (CELL (rows, r, 12), "1"))
        {
          frameworks++;
          g_assert_cmpstr (CELL (rows, r, 5), ==, "Emerging,Developing,Proficient,Advanced");
          g_assert_true (g_str_has_prefix (CELL (rows, r, 6), "[{\"scaleid\":"));
          continue;
        }
      g_assert_cmpstr (CELL (rows, r, 12), ==, "");
      /* A parent is a competency listed before (or none, under the framework). */
      g_assert_true (CELL (rows, r, 0)[0] == '\0' || g_hash_table_contains (ids, CELL (rows, r, 0)));
    }
  g_assert_cmpuint (frameworks, ==, 1);
  g_assert_true (g_str_equal (CELL (rows, 1, 12), "1"));
}

static void
test_detection (void)
{
  const char *table = HEAD "a,level,,emerging,1,H,b,\r\n";

  g_assert_cmpint (fw_format_detect (table, strlen (table), NULL), ==, FW_FORMAT_CSV);
  g_assert_cmpint (fw_format_detect ("x,y\n", 4, "rows.csv"), ==, FW_FORMAT_CSV);
  g_assert_cmpint (fw_format_detect ("{\"CFDocument\":{}}", 17, "p.json"), ==, FW_FORMAT_CASE);
  g_assert_false (fw_format_can_read (FW_FORMAT_CANVAS_CSV));
  g_assert_false (fw_format_can_read (FW_FORMAT_MOODLE_CSV));
  g_assert_true (fw_format_can_write (FW_FORMAT_MOODLE_CSV));
  g_assert_false (fw_format_can_write (FW_FORMAT_PAGE_TEXT));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/round-trip", test_round_trip);
  g_test_add_func ("/csv/quoting", test_quoting);
  g_test_add_func ("/csv/errors", test_errors);
  g_test_add_func ("/csv/merge", test_merge);
  g_test_add_func ("/csv/canvas", test_canvas);
  g_test_add_func ("/csv/moodle", test_moodle);
  g_test_add_func ("/csv/detection", test_detection);

  return g_test_run ();
}
