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

#include "fw-test-page-util.h"

/* ---------------------------------------------------------------------------------------- */
/* The sample page                                                                          */

static JsonNode *
load_oracle (void)
{
  g_autofree char *path = shared_sample_path ("nsx-export-radiologic-technologists.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static void
test_sample_levels_match_export (void)
{
  g_autoptr(FwDocument) document = read_sample (NULL);
  g_autoptr(JsonNode) oracle = NULL;
  JsonObject *levels;
  guint exact = 0;

  if (document == NULL)
    return;

  oracle = load_oracle ();
  levels = json_object_get_object_member (
    json_object_get_object_member (json_node_get_object (oracle), "framework"), "levels");

  for (guint k = 0; k < FW_N_LEVELS; k++)
    {
      JsonObject *expected = json_object_get_object_member (levels, fw_level_key_to_string (k));
      JsonArray *statements = json_object_get_array_member (expected, "statements");
      FwLevel *level = fw_document_get_level (document, k);
      GListStore *store = fw_level_get_statements (level);

      g_assert_cmpstr (fw_level_get_label (level), ==,
                       json_object_get_string_member (expected, "label"));
      g_assert_cmpuint (store_length (store), ==, json_array_get_length (statements));
      for (guint i = 0; i < store_length (store); i++)
        {
          g_autofree char *text = fw_statement_to_text (get_statement (store, i));
          const char *want = json_array_get_string_element (statements, i);

          if (g_strcmp0 (text, want) == 0)
            exact++;
          else
            g_test_message ("split differs: \"%s\" (expected \"%s\")", text, want);
        }
    }

  g_assert_cmpuint (exact, ==, 40);
}

static void
test_sample_nsx_export (void)
{
  g_autoptr(FwDocument) document = read_sample (NULL);
  g_autoptr(JsonNode) oracle = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *want;
  JsonObject *got;
  gsize size;
  const char *data;

  if (document == NULL)
    return;

  oracle = load_oracle ();
  want = json_node_get_object (oracle);
  bytes = fw_nsx_write (document, json_object_get_string_member (want, "exportedAt"), &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &size);
  json_parser_load_from_data (parser, data, size, &error);
  g_assert_no_error (error);
  got = json_node_get_object (json_parser_get_root (parser));

  /* The level grid, title, SOC, job zone, version and context are the export's. */
  g_assert_true (json_node_equal (json_object_get_member (
                                    json_object_get_object_member (got, "framework"), "levels"),
                                  json_object_get_member (
                                    json_object_get_object_member (want, "framework"), "levels")));
  for (guint i = 0; i < 3; i++)
    {
      static const char * const members[] = { "soc", "title", "group" };
      const char *member = members[i];

      g_assert_cmpstr (json_object_get_string_member (
                         json_object_get_object_member (got, "occupation"), member), ==,
                       json_object_get_string_member (
                         json_object_get_object_member (want, "occupation"), member));
    }
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (got, "occupation"),
                                               "jobZone"), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (got, "framework"),
                                                  "version"), ==, "v.26.05");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (got, "framework"),
                                                  "contextCovered"), ==,
                   json_object_get_string_member (json_object_get_object_member (want, "framework"),
                                                  "contextCovered"));
  /* The footer gives the same provenance as the export's "sources". */
  g_assert_true (json_node_equal (json_object_get_member (got, "sources"),
                                  json_object_get_member (want, "sources")));
}

static void
test_sample_header (void)
{
  g_autoptr(FwDocument) document = read_sample (NULL);
  static const char * const roles[] = {
    "Entry / Apprentice", "Mid-level / Established", "Senior / Expert IC",
    "Lead / Principal / Executive",
  };

  if (document == NULL)
    return;

  g_assert_cmpstr (fw_document_get_title (document), ==,
                   "Radiologic Technologists and Technicians");
  g_assert_cmpstr (fw_document_get_soc (document), ==, "29-2034.00");
  g_assert_cmpint (fw_document_get_job_zone (document), ==, 3);
  g_assert_false (fw_document_get_job_zone_inferred (document));
  g_assert_cmpstr (fw_document_get_job_zone_label (document), ==, "Medium Preparation");
  g_assert_cmpstr (fw_document_get_version (document), ==, "v.26.05");
  g_assert_true (g_str_has_prefix (fw_document_get_context_covered (document),
                                   "This framework covers hospital inpatient"));
  g_assert_true (g_str_has_suffix (fw_document_get_context_covered (document),
                                   "to department leadership."));
  g_assert_cmpstr (fw_document_get_group (document), ==, "Healthcare Practitioners & Technical");
  g_assert_cmpstr (fw_document_get_sector (document), ==, "");
  g_assert_cmpstr (fw_document_get_attribution (document), ==, "\xc2\xa9 2026 EBSCOed");
  g_assert_cmpint (fw_document_get_origin (document), ==, FW_ORIGIN_PAGE);
  g_assert_false (fw_history_get_dirty (fw_document_get_history (document)));
  for (guint k = 0; k < FW_N_LEVELS; k++)
    g_assert_cmpstr (fw_level_get_role_label (fw_document_get_level (document, k)), ==, roles[k]);
}

static void
test_sample_ai_fluency (void)
{
  g_autoptr(FwDocument) document = read_sample (NULL);
  static const guint counts[] = { 2, 3, 4, 3 };
  GListStore *developing;

  if (document == NULL)
    return;

  for (guint k = 0; k < FW_N_LEVELS; k++)
    {
      GListStore *store = fw_level_get_ai_statements (fw_document_get_level (document, k));

      g_assert_cmpuint (store_length (store), ==, counts[k]);
      for (guint i = 0; i < store_length (store); i++)
        {
          FwStatement *statement = get_statement (store, i);

          /* Every AI-fluency statement cites at least one source, and no chip text is left. */
          const char * const *citations = fw_statement_get_citations (statement);

          g_assert_cmpuint (g_strv_length ((char **) citations), >=, 1);
          g_assert_null (strstr (fw_statement_get_body (statement), "Opens in new tab"));
          g_assert_cmpfloat (fw_statement_get_split_confidence (statement), ==, 1.0);
        }
    }

  assert_statement (document, fw_level_get_ai_statements (fw_document_get_level (document, 0)), 0,
                    "AI-assisted positioning guidance",
                    "references AI-generated positioning prompts within the imaging console to "
                    "confirm patient alignment before exposure, while deferring all clinical "
                    "judgment to supervising staff",
                    "WEF Skills Taxonomy");
  developing = fw_level_get_ai_statements (fw_document_get_level (document, 1));
  assert_statement (document, developing, 0, "Image quality flagging",
                    "reviews AI-generated image quality scores after each acquisition, acting on "
                    "rejection alerts to repeat or adjust exposures before handing images to the "
                    "radiologist",
                    "Anthropic Economic Index | Jadhav & Danve, 2026");
  assert_statement (document, developing, 1, "Patient communication support",
                    "uses AI-drafted procedural scripts as a starting template for explaining scan "
                    "steps to patients, then adapts language in real time based on observed "
                    "patient responses",
                    "Jadhav & Danve, 2026 | WEF Skills Taxonomy");
  assert_statement (document, fw_level_get_ai_statements (fw_document_get_level (document, 2)), 1,
                    "Dose optimization review",
                    "evaluates AI-recommended kVp and mAs adjustments for individual patient body "
                    "habitus, accepting or overriding suggestions to keep dose as low as "
                    "reasonably achievable",
                    "Jadhav & Danve, 2026 | Anthropic Economic Index");
  assert_statement (document, fw_level_get_ai_statements (fw_document_get_level (document, 3)), 1,
                    "Cross-functional AI workflow design",
                    "leads the redesign of department imaging workflows to embed AI "
                    "quality-control checkpoints at each acquisition step, coordinating with "
                    "radiologists, IT, and compliance officers to align human-oversight "
                    "boundaries with human-technology interaction standards",
                    "WEF Skills Taxonomy | Anthropic Economic Index");
}

static void
test_sample_sources (void)
{
  g_autoptr(FwDocument) document = read_sample (NULL);
  static const char * const expected[][3] = {
    { "src-wef-skills-taxonomy", "WEF Skills Taxonomy",
      "WEF Skills Taxonomy 2021 \xe2\x80\x94 Building a Common Language for Skills at Work" },
    { "src-anthropic-economic-index", "Anthropic Economic Index",
      "Anthropic Economic Index \xe2\x80\x94 release_2026_03_24" },
    { "src-jadhav-danve-2026", "Jadhav & Danve, 2026",
      "Skill Automation Feasibility Index \xe2\x80\x94 Jadhav & Danve, 2026 (arXiv:2604.06906)" },
    { "src-o-net-v30-2", "O*NET v30.2",
      "O*NET Resource Center \xe2\x80\x94 Occupational Information Network, v30.2 (Sept 2025)" },
    { "src-pathsmith-durable-skills", "Pathsmith Durable Skills",
      "Pathsmith Durable Skills Framework \xe2\x80\x94 America Succeeds + CompTIA" },
  };
  GListModel *sources;

  if (document == NULL)
    return;

  /* Each source once, in the order the page first cites it. */
  sources = G_LIST_MODEL (fw_document_get_sources (document));
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(FwSource) source = g_list_model_get_item (sources, i);

      g_assert_cmpstr (fw_source_get_id (source), ==, expected[i][0]);
      g_assert_cmpstr (fw_source_get_short_label (source), ==, expected[i][1]);
      g_assert_cmpstr (fw_source_get_title (source), ==, expected[i][2]);
      g_assert_cmpuint (fw_document_count_citations (document, expected[i][0]), >, 0);
    }
  /* The footer's "O*NET v30.2 (CC BY 4.0)" gives the licence. */
  g_assert_cmpstr (fw_source_get_license (fw_document_find_source (document, "src-o-net-v30-2")),
                   ==, "CC BY 4.0");
  g_assert_cmpuint (fw_document_count_citations (document, "src-pathsmith-durable-skills"), ==, 84);
}

static void
test_sample_durable_skills (void)
{
  g_autoptr(FwDocument) document = read_sample (NULL);
  static const char * const names[] = {
    "Communication", "Leadership", "Metacognition", "Critical Thinking", "Collaboration",
    "Character", "Creativity", "Growth Mindset", "Mindfulness", "Fortitude",
  };
  /* Statements listed per level (Emerging, Developing, Applying, Exceeding). */
  static const guint listed[][4] = {
    { 1, 2, 3, 3 }, { 2, 1, 3, 3 }, { 2, 2, 3, 2 }, { 2, 1, 3, 3 }, { 2, 2, 3, 2 },
    { 0, 2, 3, 2 }, { 2, 2, 3, 2 }, { 2, 2, 3, 2 }, { 2, 2, 3, 2 }, { 2, 2, 3, 2 },
  };
  GListModel *domains;
  FwDomain *domain;
  guint total = 0;

  if (document == NULL)
    return;

  domains = G_LIST_MODEL (fw_document_get_domains (document));
  g_assert_cmpuint (g_list_model_get_n_items (domains), ==, 10);
  for (guint d = 0; d < G_N_ELEMENTS (names); d++)
    {
      g_autoptr(FwDomain) item = g_list_model_get_item (domains, d);

      g_assert_cmpstr (fw_domain_get_name (item), ==, names[d]);
      for (guint l = 0; l < FW_N_DURABLE_LEVELS; l++)
        {
          GListStore *cell = fw_domain_get_cell (item, l);

          g_assert_cmpuint (store_length (cell), ==, listed[d][l]);
          for (guint i = 0; i < store_length (cell); i++)
            g_assert_cmpuint (g_strv_length ((char **) fw_statement_get_citations (
                                get_statement (cell, i))), >=, 1);
        }
      total += fw_domain_count_statements (item);
    }
  g_assert_cmpuint (total, ==, 88);

  domain = find_domain (document, "Communication");
  assert_statement (document, fw_domain_get_cell (domain, FW_DURABLE_EMERGING), 0,
                    "Patient history intake",
                    "asks structured questions to identify contraindications such as pregnancy or "
                    "implanted devices prior to scan",
                    "O*NET v30.2");
  assert_statement (document, fw_domain_get_cell (domain, FW_DURABLE_DEVELOPING), 0,
                    "Contrast agent communication",
                    "explains purpose, risks, and sensations of contrast material to patients in "
                    "calm, accessible terms before administration",
                    "Pathsmith Durable Skills | O*NET v30.2");
  domain = find_domain (document, "Critical Thinking");
  assert_statement (document, fw_domain_get_cell (domain, FW_DURABLE_EMERGING), 1,
                    "Image adequacy assessment",
                    "applies basic criteria to evaluate whether a developed image meets minimum "
                    "diagnostic quality standards before releasing the patient",
                    "O*NET v30.2");
  domain = find_domain (document, "Character");
  g_assert_cmpuint (store_length (fw_domain_get_cell (domain, FW_DURABLE_EMERGING)), ==, 0);
  assert_statement (document, fw_domain_get_cell (domain, FW_DURABLE_APPLYING), 0,
                    "Ethical dose management",
                    "advocates for the ALARA principle in all imaging decisions, refusing "
                    "unnecessary exposures even under physician or patient pressure",
                    "Pathsmith Durable Skills | O*NET v30.2");
  domain = find_domain (document, "Fortitude");
  assert_statement (document, fw_domain_get_cell (domain, FW_DURABLE_EXCEEDING), 1,
                    "Sustained advocacy courage",
                    "persistently champions patient safety or ethical practice concerns through "
                    "formal channels even when facing institutional resistance or peer pressure",
                    "Pathsmith Durable Skills");
}

static void
test_sample_evidence (void)
{
  g_autoptr(FwDocument) document = read_sample (NULL);
  FwEvidence *evidence;

  if (document == NULL)
    return;

  evidence = fw_document_get_evidence (document);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "task-observations"), 35, 1e-9);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "augment-share"), 3.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "time-saved"), 85.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "ai-autonomy"), 3.52, 1e-9);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "safi-score"), 42.2, 1e-9);
  g_assert_cmpstr (fw_evidence_get_string (evidence, "top-skill"), ==, "Active Listening");
  g_assert_cmpstr (fw_evidence_get_string (evidence, "quadrant"), ==, "Q2_ai_augmented");
  g_assert_cmpstr (fw_evidence_get_string (evidence, "precision"), ==, "exact");
  g_assert_cmpstr (fw_evidence_get_string (evidence, "wef-label"), ==,
                   "Human-Technology Interaction");
  g_assert_cmpstr (fw_evidence_get_string (evidence, "wef-id"), ==,
                   "human_technology_interaction");
}

static void
test_sample_onet (void)
{
  g_autoptr(FwDocument) document = read_sample (NULL);
  static const char * const skills[] = {
    "Active Listening", "Social Perceptiveness", "Speaking", "Service Orientation",
    "Reading Comprehension", "Monitoring", "Operation and Control", "Critical Thinking",
    "Operations Monitoring", "Coordination", "Quality Control Analysis",
    "Judgment and Decision Making", "Writing", "Time Management", NULL,
  };
  static const char * const knowledge[] = {
    "Medicine and Dentistry", "Customer and Personal Service", "English Language",
    "Computers and Electronics", "Administrative", "Education and Training",
    "Public Safety and Security", "Psychology", "Physics", "Biology", NULL,
  };
  static const char * const abilities[] = {
    "Near Vision", "Oral Comprehension", "Problem Sensitivity", "Oral Expression",
    "Deductive Reasoning", "Written Comprehension", "Information Ordering",
    "Speech Recognition", "Speech Clarity", "Inductive Reasoning", NULL,
  };
  static const char * const work_styles[] = {
    "Attention to Detail", "Dependability", "Cautiousness", "Cooperation", "Empathy",
    "Integrity", NULL,
  };
  static const char * const technology[] = {
    "Categorization or classification software", "Medical software",
    "Information retrieval or search software", "Spreadsheet software", "Office suite software",
    "Electronic mail software", "Presentation software", "Word processing software",
    "Object or component oriented development software",
    "Data base user interface and query software", NULL,
  };
  static const char * const related[] = {
    "Radiologic Technologist", "3D Technologist", "Angiogram Special Procedures Technologist",
    "CAT Technologist (Computed Axial Tomography Technologist)",
    "Computed Tomography Radiologic Technologist (CT RT)",
    "Computed Tomography Technician (CT Technician)",
    "Computed Tomography Technologist (CT Tech)",
    "CT Radiology Technologist (Computerized Tomography Radiology Technologist)",
    "CT Scan Special Procedures Technologist (Computed Tomography Scan Special Procedures "
    "Technologist)",
    "CT Scan Tech (Computed Tomography Scan Technologist)",
    "CT Scanner Operator (Computed Tomography Scanner Operator)",
    "CT Tech (Computer Tomography Technician)", NULL,
  };
  static const char * const cip[] = { "51.0907", "51.0911", "51.0919", NULL };
  static const char * const task_ids[] = {
    "22807", "22804", "22816", "22808", "22806", "22802", "22809", "22826",
  };
  FwOnet *onet;
  GListModel *tasks;
  g_autoptr(FwApprenticeship) apprenticeship = NULL;
  g_autoptr(FwTask) last = NULL;

  if (document == NULL)
    return;

  onet = fw_document_get_onet (document);
  g_assert_cmpint (fw_onet_get_anchor_count (onet), ==, 58);
  assert_strv (fw_onet_get_strv (onet, "skills"), skills);
  assert_strv (fw_onet_get_strv (onet, "knowledge"), knowledge);
  assert_strv (fw_onet_get_strv (onet, "abilities"), abilities);
  assert_strv (fw_onet_get_strv (onet, "work-styles"), work_styles);
  assert_strv (fw_onet_get_strv (onet, "technology"), technology);
  assert_strv (fw_onet_get_strv (onet, "related-titles"), related);
  assert_strv (fw_onet_get_strv (onet, "cip-codes"), cip);

  g_assert_cmpuint (store_length (fw_onet_get_apprenticeships (onet)), ==, 1);
  apprenticeship = g_list_model_get_item (G_LIST_MODEL (fw_onet_get_apprenticeships (onet)), 0);
  g_assert_cmpstr (fw_apprenticeship_get_code (apprenticeship), ==, "0279");
  g_assert_cmpstr (fw_apprenticeship_get_title (apprenticeship), ==, "Radiologic Technologist");

  tasks = G_LIST_MODEL (fw_onet_get_tasks (onet));
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, G_N_ELEMENTS (task_ids));
  for (guint i = 0; i < G_N_ELEMENTS (task_ids); i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (tasks, i);

      g_assert_cmpstr (fw_task_get_task_id (task), ==, task_ids[i]);
    }
  last = g_list_model_get_item (tasks, 7);
  g_assert_cmpstr (fw_task_get_text (last), ==,
                   "Prepare contrast material, radiopharmaceuticals, or anesthetic or "
                   "antispasmodic drugs under the direction of a radiologist.");
}

static void
test_sample_warnings (void)
{
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = read_sample (warnings);
  guint other = 0;

  if (document == NULL)
    return;

  dump_warnings (warnings);
  g_assert_true (has_warning (warnings, SAMPLE_NAME ":96: warning: domain \"Communication\" "
                              "declares 12 statements but lists 9"));
  g_assert_true (has_warning (warnings, SAMPLE_NAME ":110: warning: domain \"Leadership\" "
                              "declares 10 statements but lists 9"));
  g_assert_true (has_warning (warnings, SAMPLE_NAME ":138: warning: domain \"Critical Thinking\" "
                              "declares 10 statements but lists 9"));
  g_assert_true (has_warning (warnings, SAMPLE_NAME ":166: warning: domain \"Character\" "
                              "declares 9 statements but lists 7"));
  g_assert_true (has_warning (warnings, SAMPLE_NAME ":167: warning: domain \"Character\" "
                              "has no Emerging statements"));

  /* Nothing else is wrong with the page: no skipped line, no unknown citation; a
   * low-confidence split would name its statement. */
  for (guint i = 0; i < warnings->len; i++)
    {
      FwDiagnostic *diagnostic = g_ptr_array_index (warnings, i);

      if (strstr (diagnostic->message, "low-confidence") != NULL)
        {
          g_assert_nonnull (diagnostic->statement_id);
          g_assert_nonnull (fw_document_find_statement (document, diagnostic->statement_id,
                                                        NULL));
        }
      else
        other++;
    }
  g_assert_cmpuint (other, ==, 5);
}

static gboolean
collect_id_cb (FwStatement            *statement,
               const FwStatementPlace *place,
               gpointer                user_data)
{
  g_ptr_array_add (user_data, g_strdup (fw_statement_get_id (statement)));
  return TRUE;
}

static void
test_sample_stable_ids (void)
{
  g_autoptr(FwDocument) first = read_sample (NULL);
  g_autoptr(FwDocument) second = read_sample (NULL);
  g_autoptr(GPtrArray) ids_first = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) ids_second = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) unique = g_hash_table_new (g_str_hash, g_str_equal);

  if (first == NULL)
    return;

  fw_document_foreach_statement (first, collect_id_cb, ids_first);
  fw_document_foreach_statement (second, collect_id_cb, ids_second);
  g_assert_cmpuint (ids_first->len, ==, 40 + 12 + 88);
  g_assert_cmpuint (ids_first->len, ==, ids_second->len);
  for (guint i = 0; i < ids_first->len; i++)
    {
      g_assert_cmpstr (g_ptr_array_index (ids_first, i), ==, g_ptr_array_index (ids_second, i));
      g_assert_true (g_str_has_prefix (g_ptr_array_index (ids_first, i), "st-"));
      g_assert_true (g_hash_table_add (unique, g_ptr_array_index (ids_first, i)));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/page-text/sample/levels-match-export", test_sample_levels_match_export);
  g_test_add_func ("/page-text/sample/nsx-export", test_sample_nsx_export);
  g_test_add_func ("/page-text/sample/header", test_sample_header);
  g_test_add_func ("/page-text/sample/ai-fluency", test_sample_ai_fluency);
  g_test_add_func ("/page-text/sample/sources", test_sample_sources);
  g_test_add_func ("/page-text/sample/durable-skills", test_sample_durable_skills);
  g_test_add_func ("/page-text/sample/evidence", test_sample_evidence);
  g_test_add_func ("/page-text/sample/onet", test_sample_onet);
  g_test_add_func ("/page-text/sample/warnings", test_sample_warnings);
  g_test_add_func ("/page-text/sample/stable-ids", test_sample_stable_ids);

  return g_test_run ();
}
