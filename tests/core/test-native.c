/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "fw-error.h"
#include "fw-formats.h"
#include "fw-json.h"
#include "tests/fw-test-hooks.h"

#include "fw-test-util.h"

#define SAMPLE_NAME "nsx-export-radiologic-technologists.json"

/* ---------------------------------------------------------------------------------------
 * A document with every section filled
 * --------------------------------------------------------------------------------------- */

static FwStatement *
add_statement (GListStore         *store,
               const char         *id,
               const char         *headline,
               const char         *body,
               const char * const *citations)
{
  g_autoptr(FwStatement) statement = fw_statement_new_with_id (id, headline, body);

  if (citations != NULL)
    fw_statement_set_citations (statement, citations);
  g_list_store_append (store, statement);

  return statement;
}

static void
fill_levels (FwDocument *document)
{
  static const char * const onet_only[] = { "src-onet", NULL };
  static const char * const both[] = { "src-onet", "src-aei", NULL };
  static const char * const anchors[] = { "10042", "10043", NULL };
  FwLevel *emerging = fw_document_get_level (document, FW_LEVEL_EMERGING);
  FwLevel *advanced = fw_document_get_level (document, FW_LEVEL_ADVANCED);
  FwStatement *statement;

  fw_level_set_role_label (emerging, "Entry / Trainee");
  statement = add_statement (fw_level_get_statements (emerging), "st-000000000001",
                             "Patient positioning", "perform with guidance from a senior "
                             "technologist.", onet_only);
  fw_statement_set_note (statement, "Check against the 2026 ARRT content outline.");
  fw_statement_set_anchors (statement, anchors);

  statement = add_statement (fw_level_get_statements (emerging), "st-000000000002",
                             "Radiation shielding", "apply under supervision to protect "
                             "patients and staff.", NULL);
  fw_statement_set_split_confidence (statement, 0.45);

  add_statement (fw_level_get_ai_statements (emerging), "st-000000000003",
                 "AI triage flags", "read and escalate to a technologist.", both);

  add_statement (fw_level_get_statements (fw_document_get_level (document, FW_LEVEL_DEVELOPING)),
                 "st-000000000004", "Image quality", "evaluate routine studies.", NULL);
  add_statement (fw_level_get_statements (fw_document_get_level (document, FW_LEVEL_PROFICIENT)),
                 "st-000000000005", "Complex examinations", "perform autonomously.", both);

  fw_level_set_label (advanced, "Advanced");
  add_statement (fw_level_get_statements (advanced), "st-000000000006",
                 "Technologist teams", "mentor and evaluate staff — across modalities.", NULL);
  add_statement (fw_level_get_ai_statements (advanced), "st-000000000007",
                 "AI governance", "set department policy for imaging AI.", onet_only);
}

static void
fill_domains (FwDocument *document)
{
  g_autoptr(FwDomain) communication = fw_domain_new ("Communication");
  g_autoptr(FwDomain) fortitude = fw_domain_new ("Fortitude");

  add_statement (fw_domain_get_cell (communication, FW_DURABLE_EMERGING), "st-000000000011",
                 "Listening", "restates instructions.", NULL);
  add_statement (fw_domain_get_cell (communication, FW_DURABLE_EXCEEDING), "st-000000000012",
                 "Difficult conversations", "leads them with families.", NULL);
  add_statement (fw_domain_get_cell (fortitude, FW_DURABLE_APPLYING), "st-000000000013",
                 "Composure", "stays calm in trauma bays.", NULL);

  g_list_store_append (fw_document_get_domains (document), communication);
  g_list_store_append (fw_document_get_domains (document), fortitude);
}

static void
fill_evidence (FwDocument *document)
{
  /* "time-saved", "precision" and "wef-id" stay absent. */
  g_object_set (fw_document_get_evidence (document),
                "task-observations", 120.0,
                "augment-share", 57.5,
                "ai-autonomy", 3.2,
                "top-skill", "Critical Thinking",
                "safi-score", 71.0,
                "quadrant", "Q2_ai_augmented",
                "wef-label", "Healthcare and care",
                NULL);
}

static void
fill_onet (FwDocument *document)
{
  static const char * const titles[] = { "Radiographer", "X-Ray Technician", NULL };
  static const char * const skills[] = { "Active Listening", "Critical Thinking", NULL };
  static const char * const knowledge[] = { "Medicine and Dentistry", NULL };
  static const char * const abilities[] = { "Near Vision", NULL };
  static const char * const styles[] = { "Dependability", "Attention to Detail", NULL };
  static const char * const technology[] = { "PACS", NULL };
  static const char * const cip[] = { "51.0911", NULL };
  FwOnet *onet = fw_document_get_onet (document);
  g_autoptr(FwApprenticeship) apprenticeship = fw_apprenticeship_new ("0279",
                                                                      "Radiologic Technologist");
  g_autoptr(FwTask) known = fw_task_new ("10042", "Position patients on the examining table.");
  g_autoptr(FwTask) unknown = fw_task_new (NULL, "Explain procedures to patients.");

  g_object_set (onet,
                "anchor-count", 18,
                "related-titles", titles,
                "skills", skills,
                "knowledge", knowledge,
                "abilities", abilities,
                "work-styles", styles,
                "technology", technology,
                "cip-codes", cip,
                NULL);
  g_list_store_append (fw_onet_get_apprenticeships (onet), apprenticeship);
  g_list_store_append (fw_onet_get_tasks (onet), known);
  g_list_store_append (fw_onet_get_tasks (onet), unknown);
}

static void
fill_sources (FwDocument *document)
{
  g_autoptr(FwSource) onet = fw_source_new ("src-onet", "O*NET 30.2", "O*NET 30.2 Database");
  g_autoptr(FwSource) aei = fw_source_new ("src-aei", "AEI", "Economic Index usage report");
  g_autoptr(JsonNode) provenance = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FwJsonDoc) json = NULL;
  static const char provenance_json[] =
    "{\"onet\":\"v30.2 (CC BY 4.0)\",\"crosswalk\":\"https://skillscrosswalk.com\","
    "\"generator\":\"LER.me\"}";

  g_object_set (onet,
                "publisher", "National Center for O*NET Development",
                "version", "30.2",
                "url", "https://www.onetcenter.org/database.html",
                "license", "CC BY 4.0",
                NULL);
  g_list_store_append (fw_document_get_sources (document), onet);
  g_list_store_append (fw_document_get_sources (document), aei);

  json = fw_json_doc_parse (provenance_json, strlen (provenance_json), "provenance", &error);
  g_assert_no_error (error);
  provenance = json_node_copy (fw_json_doc_get_root (json));
  fw_document_set_provenance (document, provenance);
}

static FwDocument *
build_full_document (void)
{
  FwDocument *document = fw_document_new ();

  g_object_set (document,
                "soc", "29-2034.00",
                "title", "Radiologic Technologists and Technicians",
                "group", "Healthcare Practitioners & Technical",
                "sector", "62",
                "job-zone", 3,
                "job-zone-inferred", TRUE,
                "job-zone-label", "Medium Preparation Needed",
                "version", "v.26.05",
                "description", "Radiography across settings.",
                "context-covered", "Hospital radiology departments.",
                "exported-at", "2026-05-15T12:39:10.144Z",
                "attribution", "© EBSCOed",
                NULL);

  fill_levels (document);
  fill_domains (document);
  fill_evidence (document);
  fill_onet (document);
  fill_sources (document);

  return document;
}

/* ---------------------------------------------------------------------------------------
 * Comparing documents
 * --------------------------------------------------------------------------------------- */

static void
assert_statements_equal (GListModel *a,
                         GListModel *b)
{
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));

  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(FwStatement) x = g_list_model_get_item (a, i);
      g_autoptr(FwStatement) y = g_list_model_get_item (b, i);

      g_assert_cmpstr (fw_statement_get_id (x), ==, fw_statement_get_id (y));
      g_assert_true (fw_statement_equal_content (x, y));
      g_assert_cmpfloat (fw_statement_get_split_confidence (x), ==,
                         fw_statement_get_split_confidence (y));
    }
}

static void
assert_strings_equal (GObject    *a,
                      GObject    *b,
                      const char *first_property,
                      ...)
{
  va_list args;

  va_start (args, first_property);
  for (const char *name = first_property; name != NULL; name = va_arg (args, const char *))
    {
      g_autofree char *x = NULL;
      g_autofree char *y = NULL;

      g_object_get (a, name, &x, NULL);
      g_object_get (b, name, &y, NULL);
      g_assert_cmpstr (x, ==, y);
    }
  va_end (args);
}

static void
assert_evidence_equal (FwEvidence *a,
                       FwEvidence *b)
{
  static const char * const numbers[] = {
    "task-observations", "augment-share", "time-saved", "ai-autonomy", "safi-score", NULL
  };

  for (guint i = 0; numbers[i] != NULL; i++)
    {
      g_assert_cmpint (fw_evidence_has (a, numbers[i]), ==, fw_evidence_has (b, numbers[i]));
      if (fw_evidence_has (a, numbers[i]))
        g_assert_cmpfloat (fw_evidence_get_number (a, numbers[i]), ==,
                           fw_evidence_get_number (b, numbers[i]));
    }

  assert_strings_equal (G_OBJECT (a), G_OBJECT (b), "top-skill", "quadrant", "precision",
                        "wef-label", "wef-id", NULL);
}

static void
assert_onet_equal (FwOnet *a,
                   FwOnet *b)
{
  const char * const *lists = fw_onet_list_properties ();
  GListModel *tasks_a = G_LIST_MODEL (fw_onet_get_tasks (a));
  GListModel *tasks_b = G_LIST_MODEL (fw_onet_get_tasks (b));
  GListModel *app_a = G_LIST_MODEL (fw_onet_get_apprenticeships (a));
  GListModel *app_b = G_LIST_MODEL (fw_onet_get_apprenticeships (b));

  g_assert_cmpint (fw_onet_get_anchor_count (a), ==, fw_onet_get_anchor_count (b));
  for (guint i = 0; lists[i] != NULL; i++)
    g_assert_true (g_strv_equal (fw_onet_get_strv (a, lists[i]), fw_onet_get_strv (b, lists[i])));

  g_assert_cmpuint (g_list_model_get_n_items (tasks_a), ==, g_list_model_get_n_items (tasks_b));
  for (guint i = 0; i < g_list_model_get_n_items (tasks_a); i++)
    {
      g_autoptr(GObject) x = g_list_model_get_item (tasks_a, i);
      g_autoptr(GObject) y = g_list_model_get_item (tasks_b, i);

      assert_strings_equal (x, y, "task-id", "text", NULL);
    }

  g_assert_cmpuint (g_list_model_get_n_items (app_a), ==, g_list_model_get_n_items (app_b));
  for (guint i = 0; i < g_list_model_get_n_items (app_a); i++)
    {
      g_autoptr(GObject) x = g_list_model_get_item (app_a, i);
      g_autoptr(GObject) y = g_list_model_get_item (app_b, i);

      assert_strings_equal (x, y, "code", "title", NULL);
    }
}

static void
assert_documents_equal (FwDocument *a,
                        FwDocument *b)
{
  GListModel *domains_a = G_LIST_MODEL (fw_document_get_domains (a));
  GListModel *domains_b = G_LIST_MODEL (fw_document_get_domains (b));
  GListModel *sources_a = G_LIST_MODEL (fw_document_get_sources (a));
  GListModel *sources_b = G_LIST_MODEL (fw_document_get_sources (b));
  JsonNode *provenance_a = fw_document_get_provenance (a);
  JsonNode *provenance_b = fw_document_get_provenance (b);

  assert_strings_equal (G_OBJECT (a), G_OBJECT (b), "soc", "title", "group", "sector",
                        "job-zone-label", "version", "description", "context-covered",
                        "exported-at", "attribution", NULL);
  g_assert_cmpint (fw_document_get_job_zone (a), ==, fw_document_get_job_zone (b));
  g_assert_cmpint (fw_document_get_job_zone_inferred (a), ==,
                   fw_document_get_job_zone_inferred (b));

  for (guint key = 0; key < FW_N_LEVELS; key++)
    {
      FwLevel *x = fw_document_get_level (a, key);
      FwLevel *y = fw_document_get_level (b, key);

      assert_strings_equal (G_OBJECT (x), G_OBJECT (y), "label", "role-label", NULL);
      assert_statements_equal (G_LIST_MODEL (fw_level_get_statements (x)),
                               G_LIST_MODEL (fw_level_get_statements (y)));
      assert_statements_equal (G_LIST_MODEL (fw_level_get_ai_statements (x)),
                               G_LIST_MODEL (fw_level_get_ai_statements (y)));
    }

  g_assert_cmpuint (g_list_model_get_n_items (domains_a), ==,
                    g_list_model_get_n_items (domains_b));
  for (guint i = 0; i < g_list_model_get_n_items (domains_a); i++)
    {
      g_autoptr(FwDomain) x = g_list_model_get_item (domains_a, i);
      g_autoptr(FwDomain) y = g_list_model_get_item (domains_b, i);

      g_assert_cmpstr (fw_domain_get_name (x), ==, fw_domain_get_name (y));
      for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
        assert_statements_equal (G_LIST_MODEL (fw_domain_get_cell (x, level)),
                                 G_LIST_MODEL (fw_domain_get_cell (y, level)));
    }

  assert_evidence_equal (fw_document_get_evidence (a), fw_document_get_evidence (b));
  assert_onet_equal (fw_document_get_onet (a), fw_document_get_onet (b));

  g_assert_cmpuint (g_list_model_get_n_items (sources_a), ==,
                    g_list_model_get_n_items (sources_b));
  for (guint i = 0; i < g_list_model_get_n_items (sources_a); i++)
    {
      g_autoptr(GObject) x = g_list_model_get_item (sources_a, i);
      g_autoptr(GObject) y = g_list_model_get_item (sources_b, i);

      assert_strings_equal (x, y, "id", "short-label", "title", "publisher", "version", "url",
                            "license", NULL);
    }

  g_assert_true ((provenance_a == NULL) == (provenance_b == NULL));
  if (provenance_a != NULL)
    g_assert_true (json_node_equal (provenance_a, provenance_b));
}

/* ---------------------------------------------------------------------------------------
 * Tests
 * --------------------------------------------------------------------------------------- */

/* The NSX sample saved as .fwk, reloaded and saved again gives the same bytes. */
static void
test_nsx_sample_round_trip (void)
{
  const char *shared = g_getenv ("FW_SHARED_DIR");
  g_autofree char *path = g_build_filename (shared != NULL ? shared : "../shared", "samples",
                                            SAMPLE_NAME, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) nsx = NULL;
  g_autoptr(FwDocument) reloaded = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  gsize length = 0;
  const char *data;

  nsx = fw_format_read_file (path, FW_FORMAT_AUTO, NULL, &error);
  g_assert_no_error (error);

  first = write_fwk (nsx);
  data = g_bytes_get_data (first, &length);
  g_assert_true (g_str_has_prefix (data, "{\n  \"format\": \"framewright\",\n"
                                         "  \"formatVersion\": \"1.0\",\n"));
  g_assert_cmpint (data[length - 1], ==, '\n');
  g_assert_cmpint (data[length - 2], ==, '}');

  reloaded = read_fwk_bytes (first, "sample.fwk", NULL);
  g_assert_cmpint (fw_document_get_origin (reloaded), ==, FW_ORIGIN_NATIVE);
  assert_documents_equal (nsx, reloaded);

  second = write_fwk (reloaded);
  assert_same_bytes (second, first);
}

/* The shipped sample re-saves byte for byte. */
static void
test_shipped_sample (void)
{
  const char *data_dir = g_getenv ("FW_DATA_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GBytes) saved = NULL;

  path = g_build_filename (data_dir != NULL ? data_dir : "data", "samples",
                           "radiologic-technologists.fwk", NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("no shipped sample");
      return;
    }

  bytes = load_file (path);
  document = read_fwk_bytes (bytes, path, NULL);
  g_assert_cmpstr (fw_document_get_soc (document), ==, "29-2034.00");

  saved = write_fwk (document);
  assert_same_bytes (saved, bytes);
}

static void
test_full_document (void)
{
  g_autofree char *path = test_data_path ("full.fwk");
  g_autoptr(FwDocument) built = build_full_document ();
  g_autoptr(GBytes) expected = load_file (path);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) rewritten = NULL;
  g_autoptr(FwDocument) loaded = NULL;

  /* Writing is deterministic and matches the reviewed file. */
  written = write_fwk (built);
  assert_same_bytes (written, expected);

  /* Reading gives the same document back, and saving it the same bytes. */
  loaded = read_fwk_bytes (expected, "full.fwk", NULL);
  assert_documents_equal (built, loaded);
  rewritten = write_fwk (loaded);
  assert_same_bytes (rewritten, expected);
}

/* Absent evidence stays absent: never written as 0 or null, and not present after reading. */
static void
test_absent_evidence (void)
{
  g_autoptr(FwDocument) built = build_full_document ();
  g_autoptr(GBytes) written = write_fwk (built);
  g_autoptr(FwDocument) loaded = read_fwk_bytes (written, "full.fwk", NULL);
  g_autofree char *text = g_strndup (g_bytes_get_data (written, NULL), g_bytes_get_size (written));
  FwEvidence *evidence = fw_document_get_evidence (loaded);

  g_assert_null (strstr (text, "timeSaved"));
  g_assert_null (strstr (text, "\"precision\""));
  g_assert_null (strstr (text, "null"));
  g_assert_nonnull (strstr (text, "\"augmentShare\": 57.5,"));

  g_assert_false (fw_evidence_has (evidence, "time-saved"));
  g_assert_true (isnan (fw_evidence_get_number (evidence, "time-saved")));
  g_assert_false (fw_evidence_has (evidence, "precision"));
  g_assert_false (fw_evidence_has (evidence, "wef-id"));
  g_assert_cmpfloat (fw_evidence_get_number (evidence, "task-observations"), ==, 120.0);
  g_assert_cmpstr (fw_evidence_get_string (evidence, "wef-label"), ==, "Healthcare and care");
}

/* An empty document writes every section, with empty lists, and reads back. */
static void
test_empty_document (void)
{
  g_autoptr(FwDocument) empty = fw_document_new ();
  g_autoptr(GBytes) written = write_fwk (empty);
  g_autoptr(FwDocument) loaded = read_fwk_bytes (written, "empty.fwk", NULL);
  g_autoptr(GBytes) rewritten = write_fwk (loaded);
  g_autofree char *text = g_strndup (g_bytes_get_data (written, NULL), g_bytes_get_size (written));

  g_assert_null (strstr (text, "jobZone\":"));
  g_assert_nonnull (strstr (text, "\"durableSkills\": [],\n  \"evidence\": {},\n"));
  g_assert_nonnull (strstr (text, "\"provenance\": {}\n}\n"));
  assert_documents_equal (empty, loaded);
  assert_same_bytes (rewritten, written);
}

/* splitConfidence is written with three decimals, whatever the splitter computed, so that a
 * re-split does not rewrite every line of a diff; a long form written by earlier versions
 * still reads back exactly. */
static void
test_split_confidence_rounded (void)
{
  g_autoptr(FwDocument) document = fw_document_new ();
  g_autoptr(FwStatement) statement = fw_statement_new_with_id ("st-1", "Positioning",
                                                               "perform it.");
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) long_bytes = NULL;
  g_auto(GStrv) halves = NULL;
  g_autoptr(FwDocument) loaded = NULL;
  g_autofree char *text = NULL;
  FwStatement *read_back;

  fw_statement_set_split_confidence (statement, 0.9414247835645753);
  g_list_store_append (fw_level_get_statements (fw_document_get_level (document,
                                                                       FW_LEVEL_EMERGING)),
                       statement);
  written = write_fwk (document);
  text = g_strndup (g_bytes_get_data (written, NULL), g_bytes_get_size (written));
  g_assert_nonnull (strstr (text, "\"splitConfidence\": 0.941\n"));
  g_assert_null (strstr (text, "0.9414"));

  halves = g_strsplit (text, "0.941\n", 2);
  long_bytes = g_bytes_new_take (g_strjoinv ("0.9414247835645753\n", halves), strlen (text) + 13);
  loaded = read_fwk_bytes (long_bytes, "long.fwk", NULL);
  read_back = g_list_model_get_item (G_LIST_MODEL (fw_level_get_statements (
                fw_document_get_level (loaded, FW_LEVEL_EMERGING))), 0);
  g_assert_cmpfloat (fw_statement_get_split_confidence (read_back), ==, 0.9414247835645753);
  g_object_unref (read_back);
}

/* A failed save leaves the existing file exactly as it was. */
static void
test_save_failure_keeps_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fw-native-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(FwDocument) document = build_full_document ();
  gboolean saved;

  g_assert_no_error (error);
  path = g_build_filename (dir, "kept.fwk", NULL);
  g_file_set_contents (path, "original", -1, &error);
  g_assert_no_error (error);

  g_setenv ("FW_FAULT_INJECT", "save-write", TRUE);
  saved = fw_format_save (document, path, FW_FORMAT_FWK, NULL, &error);
  g_unsetenv ("FW_FAULT_INJECT");

  g_assert_false (saved);
  g_assert_error (error, FW_ERROR, FW_ERROR_IO);
  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, "original");

  g_clear_error (&error);
  g_assert_true (fw_format_save (document, path, FW_FORMAT_FWK, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_true (g_str_has_prefix (contents, "{\n  \"format\": \"framewright\""));

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/native/nsx-sample-round-trip", test_nsx_sample_round_trip);
  g_test_add_func ("/native/shipped-sample", test_shipped_sample);
  g_test_add_func ("/native/full-document", test_full_document);
  g_test_add_func ("/native/absent-evidence", test_absent_evidence);
  g_test_add_func ("/native/empty-document", test_empty_document);
  g_test_add_func ("/native/split-confidence-rounded", test_split_confidence_rounded);
  g_test_add_func ("/native/save-failure-keeps-file",
                   FW_TEST_NEEDS_HOOKS (test_save_failure_keeps_file));

  return g_test_run ();
}
