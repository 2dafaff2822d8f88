/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "fw-formats.h"
#include "fw-io.h"
#include "fw-onet-data.h"
#include "fw-page.h"
#include "fw-split.h"

#include "fw-test-digest.h"
#include "fw-test-page-util.h"

/* The text between the line starting with @from and the line starting with @to, removed. */
static char *
remove_between (const char *text,
                const char *from,
                const char *to)
{
  const char *start = strstr (text, from);
  const char *end = strstr (text, to);

  g_assert_nonnull (start);
  g_assert_nonnull (end);
  g_assert_true (start < end);
  return g_strdup_printf ("%.*s%s", (int) (start - text), text, end);
}

/* ---------------------------------------------------------------------------------------- */
/* Variants of the sample                                                                   */

static void
test_variant_no_quadrant (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autofree char *edited = NULL;
  g_autoptr(FwDocument) document = NULL;
  FwEvidence *evidence;

  if (text == NULL)
    return;

  edited = replace_once (text, "Quadrant: Q2_ai_augmented\n", "");
  document = read_ok (edited, strlen (edited), "page.txt", NULL);
  evidence = fw_document_get_evidence (document);

  /* Absent means absent, not zero or empty. */
  g_assert_false (fw_evidence_has (evidence, "quadrant"));
  g_assert_null (fw_evidence_get_string (evidence, "quadrant"));
  g_assert_true (fw_evidence_has (evidence, "precision"));
  g_assert_true (fw_evidence_has (evidence, "safi-score"));
  g_assert_cmpstr (fw_evidence_get_string (evidence, "wef-id"), ==,
                   "human_technology_interaction");
}

static void
test_variant_missing_evidence_lines (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autofree char *edited = NULL;
  g_autofree char *edited2 = NULL;
  g_autoptr(FwDocument) document = NULL;
  FwEvidence *evidence;

  if (text == NULL)
    return;

  edited = replace_once (text, "Score: 42.2 / 100\n", "");
  edited2 = replace_once (edited, "Augment share: 3.5%\n", "augment SHARE: n/a\n");
  g_clear_pointer (&edited, g_free);
  document = read_ok (edited2, strlen (edited2), "page.txt", NULL);
  evidence = fw_document_get_evidence (document);

  g_assert_false (fw_evidence_has (evidence, "safi-score"));
  g_assert_true (isnan (fw_evidence_get_number (evidence, "safi-score")));
  g_assert_false (fw_evidence_has (evidence, "augment-share"));
  g_assert_true (fw_evidence_has (evidence, "time-saved"));
}

static void
test_variant_no_rapids (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autofree char *edited = NULL;
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;
  FwOnet *onet;

  if (text == NULL)
    return;

  edited = remove_between (text, "RAPIDS apprenticeships\n", "O*NET skills\n");
  document = read_ok (edited, strlen (edited), "page.txt", warnings);
  onet = fw_document_get_onet (document);

  g_assert_cmpuint (store_length (fw_onet_get_apprenticeships (onet)), ==, 0);
  g_assert_cmpuint (g_strv_length ((char **) fw_onet_get_strv (onet, "related-titles")), ==, 12);
  g_assert_cmpuint (g_strv_length ((char **) fw_onet_get_strv (onet, "skills")), ==, 14);
  g_assert_cmpuint (count_warnings_containing (warnings, "skipped"), ==, 0);
}

static void
test_variant_empty_level (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autofree char *edited = NULL;
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;

  if (text == NULL)
    return;

  /* The Proficient level keeps its label and role label, but lists nothing. */
  edited = remove_between (text, "  1. Complex and non-routine", "Advanced\nLead / Principal");
  document = read_ok (edited, strlen (edited), "page.txt", warnings);

  g_assert_cmpuint (store_length (fw_level_get_statements (fw_document_get_level (document, 2))),
                    ==, 0);
  g_assert_cmpstr (fw_level_get_role_label (fw_document_get_level (document, 2)), ==,
                   "Senior / Expert IC");
  g_assert_cmpuint (store_length (fw_level_get_statements (fw_document_get_level (document, 3))),
                    ==, 10);
  g_assert_true (has_warning (warnings, "page.txt:34: warning: level \"Proficient\" has no "
                              "statements"));
}

static void
test_variant_line_endings_and_spaces (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autoptr(FwDocument) original = NULL;
  g_autoptr(FwDocument) messy = NULL;
  g_autoptr(GString) edited = NULL;
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;
  g_auto(GStrv) lines = NULL;

  if (text == NULL)
    return;

  original = read_ok (text, strlen (text), "page.txt", NULL);

  /* A byte-order mark, CRLF, trailing and leading spaces, no-break spaces and blank lines. */
  edited = g_string_new ("\xef\xbb\xbf");
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i % 3 == 0)
        g_string_append (edited, "   \r\n");
      g_string_append_printf (edited, "%s%s \xc2\xa0\r\n", i % 2 ? "  " : "\t", lines[i]);
    }
  messy = read_ok (edited->str, edited->len, "page.txt", warnings);

  want = document_digest (original);
  got = document_digest (messy);
  g_assert_cmpstr (got, ==, want);
  g_assert_cmpuint (count_warnings_containing (warnings, "skipped"), ==, 0);
}

/* Items numbered "1)" instead of "1." read the same, up to the two-digit tenth item. */
static void
test_variant_parenthesis_numbers (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autoptr(FwDocument) original = NULL;
  g_autoptr(FwDocument) changed = NULL;
  g_autoptr(GRegex) regex = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;

  if (text == NULL)
    return;

  original = read_ok (text, strlen (text), "page.txt", NULL);
  regex = g_regex_new ("^(\\s*[0-9]+)\\. ", G_REGEX_MULTILINE, 0, NULL);
  edited = g_regex_replace (regex, text, -1, 0, "\\1) ", 0, NULL);
  g_assert_nonnull (strstr (edited, "  10) Radiation exposure time"));
  changed = read_ok (edited, strlen (edited), "page.txt", NULL);

  want = document_digest (original);
  got = document_digest (changed);
  g_assert_cmpstr (got, ==, want);
}

static void
test_variant_glued_role_labels (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autofree char *step1 = NULL;
  g_autofree char *step2 = NULL;
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(FwDocument) original = NULL;
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;

  if (text == NULL)
    return;

  /* Copied from a layout that shows the level and its role side by side. */
  step1 = replace_once (text, "Emerging\nEntry / Apprentice", "EmergingEntry / Apprentice");
  step2 = replace_once (step1, "Advanced\nLead / Principal", "AdvancedLead / Principal");
  document = read_ok (step2, strlen (step2), "page.txt", warnings);
  original = read_ok (text, strlen (text), "page.txt", NULL);

  g_assert_cmpstr (fw_level_get_role_label (fw_document_get_level (document, 0)), ==,
                   "Entry / Apprentice");
  g_assert_cmpstr (fw_level_get_role_label (fw_document_get_level (document, 3)), ==,
                   "Lead / Principal / Executive");
  want = document_digest (original);
  got = document_digest (document);
  g_assert_cmpstr (got, ==, want);
  g_assert_cmpuint (count_warnings_containing (warnings, "skipped"), ==, 0);
}

static void
test_variant_skipped_line (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autofree char *edited = NULL;
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;

  if (text == NULL)
    return;

  edited = replace_once (text, "Time saved: 85.5%\n",
                         "Time saved: 85.5%\nCookie preferences were updated\n");
  document = read_ok (edited, strlen (edited), "page.txt", warnings);

  g_assert_true (has_warning (warnings, "page.txt:84: warning: skipped line: \"Cookie "
                              "preferences were updated\""));
  /* The rest of the evidence pack is still read. */
  g_assert_cmpstr (fw_evidence_get_string (fw_document_get_evidence (document), "quadrant"), ==,
                   "Q2_ai_augmented");
}

static void
test_variant_low_confidence (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autofree char *edited = NULL;
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;
  FwDiagnostic *found = NULL;
  FwStatement *statement;

  if (text == NULL)
    return;

  /* "Budget and forecasts" has no place where a body could start. */
  edited = replace_once (text, "  10. Radiation exposure time",
                         "  10. Budget and forecasts\n  11. Radiation exposure time");
  document = read_ok (edited, strlen (edited), "page.txt", warnings);
  statement = get_statement (fw_level_get_statements (fw_document_get_level (document, 0)), 9);

  g_assert_cmpfloat (fw_statement_get_split_confidence (statement), <, FW_SPLIT_CONFIDENT);
  for (guint i = 0; i < warnings->len; i++)
    {
      FwDiagnostic *diagnostic = g_ptr_array_index (warnings, i);

      if (g_strcmp0 (diagnostic->statement_id, fw_statement_get_id (statement)) == 0)
        found = diagnostic;
    }
  g_assert_nonnull (found);
  g_assert_cmpuint (found->line, ==, 21);
  g_assert_true (g_str_has_prefix (found->message, "low-confidence headline/body split: \""));
  g_assert_true (g_str_has_suffix (found->message, "\"; please confirm"));
}

static void
test_variant_missing_footer (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;
  const char *cut;

  if (text == NULL)
    return;

  /* Selected up to the durable skills only: what is there is imported, with a warning. */
  cut = strstr (text, "5Collaboration");
  document = read_ok (text, cut - text, "page.txt", warnings);
  g_assert_cmpuint (store_length (fw_document_get_domains (document)), ==, 4);
  g_assert_cmpint (fw_onet_get_anchor_count (fw_document_get_onet (document)), ==, -1);
  g_assert_cmpuint (count_warnings_containing (warnings, "before its \"Sources:\" footer"), ==, 1);
}

static void
test_variant_repeated_domain (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autofree char *edited = NULL;
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(FwDocument) reread = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;
  FwDomain *domain;

  if (text == NULL)
    return;

  /* The same domain header twice: one domain, whose statements add up. */
  edited = replace_once (text, "Show O*NET source anchors",
                         "11communication1 statements\nExceeding\n  1. Family meetings "
                         "\xe2\x80\x94 leads care conferences with families O*NET v30.2O*NET "
                         "Resource Center \xe2\x80\x94 Occupational Information Network, v30.2 "
                         "(Sept 2025). Opens in new tab.\nShow O*NET source anchors");
  document = read_ok (edited, strlen (edited), "page.txt", warnings);
  g_assert_cmpuint (store_length (fw_document_get_domains (document)), ==, 10);
  domain = find_domain (document, "Communication");
  g_assert_cmpuint (fw_domain_count_statements (domain), ==, 10);
  assert_statement (document, fw_domain_get_cell (domain, FW_DURABLE_EXCEEDING), 3,
                    "Family meetings", "leads care conferences with families", "O*NET v30.2");
  g_assert_true (has_warning (warnings, "page.txt:234: warning: domain \"communication\" "
                              "appears twice; its statements are merged"));

  /* What was imported can be saved and read back. */
  saved = fw_format_write (document, FW_FORMAT_FWK, NULL, &error);
  g_assert_no_error (error);
  reread = fw_format_read_bytes (saved, "saved.fwk", FW_FORMAT_FWK, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (store_length (fw_document_get_domains (reread)), ==, 10);
}

/* ---------------------------------------------------------------------------------------- */
/* A second page, written for another occupation                                            */

static void
test_second_page (void)
{
  g_autofree char *path = test_data_path ("registered-nurses.txt");
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;
  static const char * const technology[] = {
    "Epic Systems", "Microsoft PowerPoint", "IBM Notes", "FaceTime", "Medical software",
    "Healthcare common procedure coding system HCPCS", "Spreadsheet software", NULL,
  };
  static const char * const work_styles[] = {
    "Integrity", "Dependability", "Concern for Others", "Self-Control", "Stress Tolerance",
    "Attention to Detail", NULL,
  };
  static const char * const domains[] = { "Character", "Fortitude", "Communication" };
  FwEvidence *evidence;
  FwOnet *onet;
  GListModel *tasks;
  gsize length;

  text = load_file (path, &length);
  g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbf"));
  g_assert_nonnull (strstr (text, "\r\n"));
  document = read_ok (text, length, "registered-nurses.txt", warnings);
  dump_warnings (warnings);

  g_assert_cmpstr (fw_document_get_title (document), ==, "Registered Nurses");
  g_assert_cmpstr (fw_document_get_soc (document), ==, "29-1141.00");
  g_assert_cmpint (fw_document_get_job_zone (document), ==, 3);
  g_assert_cmpstr (fw_document_get_version (document), ==, "v.26.04");
  g_assert_cmpstr (fw_level_get_role_label (fw_document_get_level (document, 0)), ==,
                   "Entry / New Graduate");

  /* Glued level statements, split. */
  assert_statement (document, fw_level_get_statements (fw_document_get_level (document, 0)), 0,
                    "Medication administration records",
                    "verify against physician orders before each scheduled dose on an inpatient "
                    "medical-surgical unit.", "");
  assert_statement (document, fw_level_get_statements (fw_document_get_level (document, 1)), 0,
                    "Wound care and dressing changes",
                    "independently perform sterile dressing changes and document wound healing "
                    "progress in the electronic health record.", "");
  assert_statement (document, fw_level_get_statements (fw_document_get_level (document, 3)), 0,
                    "Follow-up care plans",
                    "develop with patients and families before discharge, confirming "
                    "understanding of medications and warning signs.", "");
  for (guint k = 0; k < FW_N_LEVELS; k++)
    g_assert_cmpuint (store_length (fw_level_get_statements (fw_document_get_level (document, k))),
                      ==, k == 0 ? 3 : 2);

  /* AI fluency: sources other than the sample's, known from the footer. */
  assert_statement (document, fw_level_get_ai_statements (fw_document_get_level (document, 1)), 0,
                    "Early warning triage",
                    "acts on AI sepsis alerts by reassessing the patient at the bedside before "
                    "escalating",
                    "NAM, 2025 | BLS OOH 2024");
  g_assert_cmpstr (fw_source_get_title (fw_document_find_source (document, "src-bls-ooh-2024")),
                   ==, "Occupational Outlook Handbook \xe2\x80\x94 Registered Nurses, "
                   "2024 edition");
  g_assert_cmpuint (store_length (fw_level_get_ai_statements (fw_document_get_level (document, 2))),
                    ==, 0);
  /* A chip nothing on the page explains is read as well as possible and reported. */
  g_assert_cmpuint (count_warnings_containing (warnings, "unknown citation label"), ==, 1);

  /* Durable skills in another order, with other counts. */
  g_assert_cmpuint (store_length (fw_document_get_domains (document)), ==, 3);
  for (guint d = 0; d < G_N_ELEMENTS (domains); d++)
    {
      g_autoptr(FwDomain) domain =
        g_list_model_get_item (G_LIST_MODEL (fw_document_get_domains (document)), d);

      g_assert_cmpstr (fw_domain_get_name (domain), ==, domains[d]);
    }
  assert_statement (document,
                    fw_domain_get_cell (find_domain (document, "Fortitude"), FW_DURABLE_APPLYING),
                    0, "Code response composure",
                    "performs assigned roles calmly during cardiac arrests and rapid responses",
                    "Pathsmith Durable Skills | O*NET v30.2");
  g_assert_true (has_warning (warnings, "registered-nurses.txt:66: warning: domain \"Fortitude\" "
                              "declares 3 statements but lists 2"));
  g_assert_true (has_warning (warnings, "registered-nurses.txt:66: warning: domain \"Fortitude\" "
                              "has no Developing statements"));
  g_assert_true (has_warning (warnings, "registered-nurses.txt:71: warning: domain \"Fortitude\" "
                              "has no Exceeding statements"));
  g_assert_true (has_warning (warnings, "registered-nurses.txt:72: warning: domain "
                              "\"Communication\" declares 5 statements but lists 4"));
  g_assert_cmpuint (count_warnings_containing (warnings, "\"Character\""), ==, 0);

  /* Evidence without a quadrant; keys in any case; "1,204". */
  evidence = fw_document_get_evidence (document);
  g_assert_false (fw_evidence_has (evidence, "quadrant"));
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "task-observations"), 1204,
                                  1e-9);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "augment-share"), 12.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "ai-autonomy"), 2.1, 1e-9);
  g_assert_cmpstr (fw_evidence_get_string (evidence, "wef-id"), ==, "care_and_empathy");

  /* O*NET: no RAPIDS, names with capitals inside, a task not in O*NET, a bad CIP remainder. */
  onet = fw_document_get_onet (document);
  g_assert_cmpint (fw_onet_get_anchor_count (onet), ==, 41);
  g_assert_cmpuint (store_length (fw_onet_get_apprenticeships (onet)), ==, 0);
  assert_strv (fw_onet_get_strv (onet, "technology"), technology);
  assert_strv (fw_onet_get_strv (onet, "work-styles"), work_styles);
  g_assert_cmpstr (fw_onet_get_strv (onet, "related-titles")[3], ==,
                   "Clinical Nurse (Intensive Care Unit, ICU)");
  tasks = G_LIST_MODEL (fw_onet_get_tasks (onet));
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      static const char * const ids[] = { "1841", "20413", "1839", NULL };
      g_autoptr(FwTask) task = g_list_model_get_item (tasks, i);

      g_assert_cmpstr (fw_task_get_task_id (task), ==, ids[i]);
    }
  g_assert_cmpuint (g_strv_length ((char **) fw_onet_get_strv (onet, "cip-codes")), ==, 2);
  g_assert_true (has_warning (warnings, "registered-nurses.txt:107: warning: CIP codes: \"51.38\" "
                              "is not a code of the form NN.NNNN; skipped"));
  g_assert_cmpuint (count_warnings_containing (warnings, "skipped line"), ==, 0);
}

static void
test_clipboard (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (text == NULL)
    return;

  document = fw_page_parse_text (text, -1, warnings, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_cmpstr (fw_document_get_soc (document), ==, "29-2034.00");
  g_assert_true (has_warning (warnings, "<clipboard>:96: warning: domain \"Communication\" "
                              "declares 12 statements but lists 9"));

  g_clear_object (&document);
  document = fw_page_parse_text ("Radiologic Technologists\nnot a page\n", -1, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, FW_ERROR, FW_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "<clipboard>:1:1: error: not a framework page"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/page-text/variant/no-quadrant", test_variant_no_quadrant);
  g_test_add_func ("/page-text/variant/missing-evidence-lines",
                   test_variant_missing_evidence_lines);
  g_test_add_func ("/page-text/variant/no-rapids", test_variant_no_rapids);
  g_test_add_func ("/page-text/variant/empty-level", test_variant_empty_level);
  g_test_add_func ("/page-text/variant/line-endings-and-spaces",
                   test_variant_line_endings_and_spaces);
  g_test_add_func ("/page-text/variant/glued-role-labels", test_variant_glued_role_labels);
  g_test_add_func ("/page-text/variant/parenthesis-numbers", test_variant_parenthesis_numbers);
  g_test_add_func ("/page-text/variant/skipped-line", test_variant_skipped_line);
  g_test_add_func ("/page-text/variant/low-confidence", test_variant_low_confidence);
  g_test_add_func ("/page-text/variant/missing-footer", test_variant_missing_footer);
  g_test_add_func ("/page-text/variant/repeated-domain", test_variant_repeated_domain);
  g_test_add_func ("/page-text/second-page", test_second_page);
  g_test_add_func ("/page-text/clipboard", test_clipboard);

  return g_test_run ();
}
