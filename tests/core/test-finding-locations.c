/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-document.h"
#include "fw-validator.h"

/*
 * Where findings are: every finding names its section, level, domain and subject by id, so
 * that views find the item it is about however the items were reordered since; and the
 * validator indexes them by subject once per run.
 */

static FwFinding *
find_rule (FwValidator *validator,
           const char  *rule_id,
           guint        nth)
{
  GListModel *findings = fw_validator_get_findings (validator);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(FwFinding) finding = g_list_model_get_item (findings, i);

      if (g_str_equal (fw_finding_get_rule_id (finding), rule_id) && nth-- == 0)
        return g_steal_pointer (&finding);
    }

  g_error ("no finding %s", rule_id);
  return NULL;
}

static void
assert_location (FwFinding        *finding,
                 FwFindingSection  section,
                 int               level,
                 const char       *domain_id,
                 const char       *subject_id)
{
  g_assert_cmpint (fw_finding_get_section (finding), ==, section);
  g_assert_cmpint (fw_finding_get_level (finding), ==, level);
  g_assert_cmpstr (fw_finding_get_domain_id (finding), ==, domain_id);
  g_assert_cmpstr (fw_finding_get_subject_id (finding), ==, subject_id);
}

static void
append_statement (GListStore *store,
                  const char *id,
                  const char *headline,
                  const char *body)
{
  g_autoptr(FwStatement) statement = fw_statement_new_with_id (id, headline, body);

  g_list_store_append (store, statement);
}

static void
test_sources (void)
{
  g_autoptr(FwDocument) document = fw_document_new ();
  g_autoptr(FwValidator) validator = fw_validator_new (NULL);
  g_autoptr(FwSource) first = fw_source_new ("src-first", "First", "The first source");
  g_autoptr(FwSource) second = fw_source_new ("src-second", "Second", "The second source");
  g_autoptr(FwSource) inserted = fw_source_new ("src-new", "New", "A new source");
  g_autoptr(FwFinding) unused = NULL;
  GPtrArray *about_second;

  g_list_store_append (fw_document_get_sources (document), first);
  g_list_store_append (fw_document_get_sources (document), second);
  fw_validator_run (validator, document);

  /* Nothing cites either source: one FW-CIT-003 each, about the source by its id. */
  unused = find_rule (validator, "FW-CIT-003", 1);
  g_assert_cmpstr (fw_finding_get_path (unused), ==, "sources[1]");
  assert_location (unused, FW_FINDING_SECTION_SOURCES, -1, NULL, "src-second");

  /* The same source moves down a row; its findings do not change subject. */
  g_list_store_insert (fw_document_get_sources (document), 0, inserted);
  fw_validator_run (validator, document);
  about_second = fw_validator_lookup_findings (validator, "src-second");
  g_assert_nonnull (about_second);
  g_assert_cmpuint (about_second->len, ==, 1);
  g_assert_cmpstr (fw_finding_get_path (g_ptr_array_index (about_second, 0)), ==, "sources[2]");
  g_assert_null (fw_validator_lookup_findings (validator, "src-nothing"));
}

static void
test_statements_and_levels (void)
{
  g_autoptr(FwDocument) document = fw_document_new ();
  g_autoptr(FwValidator) validator = fw_validator_new (NULL);
  FwLevel *developing = fw_document_get_level (document, FW_LEVEL_DEVELOPING);
  g_autoptr(FwFinding) empty_headline = NULL;
  g_autoptr(FwFinding) empty_level = NULL;
  g_autoptr(FwFinding) no_ai = NULL;
  g_autoptr(GPtrArray) about_statement = NULL;

  append_statement (fw_level_get_statements (developing), "st-dev", "",
                    "prepare accurately, following aseptic technique.");
  fw_validator_run (validator, document);

  empty_headline = find_rule (validator, "FW-STM-001", 0);
  assert_location (empty_headline, FW_FINDING_SECTION_LEVELS, FW_LEVEL_DEVELOPING, NULL,
                   "st-dev");
  g_assert_cmpstr (fw_finding_get_statement_id (empty_headline), ==, "st-dev");

  /* A level as a whole: its section and level, no subject. */
  empty_level = find_rule (validator, "FW-LVL-003", 0);
  assert_location (empty_level, FW_FINDING_SECTION_LEVELS, FW_LEVEL_EMERGING, NULL, NULL);
  no_ai = find_rule (validator, "FW-LVL-005", 1);
  assert_location (no_ai, FW_FINDING_SECTION_AI_FLUENCY, FW_LEVEL_DEVELOPING, NULL, NULL);

  /* The index answers for statements too, in findings order. */
  about_statement = fw_validator_get_statement_findings (validator, "st-dev");
  g_assert_cmpuint (about_statement->len, >=, 1);
  g_assert_true (g_ptr_array_index (about_statement, 0) == (gpointer) empty_headline);
}

static void
test_durable (void)
{
  g_autoptr(FwDocument) document = fw_document_new ();
  g_autoptr(FwValidator) validator = fw_validator_new (NULL);
  g_autoptr(FwDomain) named = fw_domain_new ("Communication");
  g_autoptr(FwDomain) unnamed = fw_domain_new ("");
  g_autoptr(FwFinding) no_name = NULL;
  g_autoptr(FwFinding) empty_cell = NULL;
  g_autoptr(FwFinding) uncited = NULL;
  GPtrArray *about_named;

  append_statement (fw_domain_get_cell (named, FW_DURABLE_DEVELOPING), "du-dev",
                    "Multidisciplinary handoff", "conveys complete summaries to care teams");
  g_list_store_append (fw_document_get_domains (document), named);
  g_list_store_append (fw_document_get_domains (document), unnamed);
  fw_validator_run (validator, document);

  /* Domains have ids that names do not give: unique, and kept through a rename. */
  g_assert_nonnull (fw_domain_get_id (named));
  g_assert_cmpstr (fw_domain_get_id (named), !=, fw_domain_get_id (unnamed));

  no_name = find_rule (validator, "FW-DUR-004", 0);
  assert_location (no_name, FW_FINDING_SECTION_DURABLE_SKILLS, -1, fw_domain_get_id (unnamed),
                   fw_domain_get_id (unnamed));

  empty_cell = find_rule (validator, "FW-DUR-002", 0);
  assert_location (empty_cell, FW_FINDING_SECTION_DURABLE_SKILLS, FW_DURABLE_EMERGING,
                   fw_domain_get_id (named), fw_domain_get_id (named));

  uncited = find_rule (validator, "FW-CIT-001", 0);
  assert_location (uncited, FW_FINDING_SECTION_DURABLE_SKILLS, FW_DURABLE_DEVELOPING,
                   fw_domain_get_id (named), "du-dev");

  /* The empty cells of the named domain (emerging, proficient, advanced), by domain id. */
  about_named = fw_validator_lookup_findings (validator, fw_domain_get_id (named));
  g_assert_nonnull (about_named);
  g_assert_cmpuint (about_named->len, ==, 3);
}

static void
test_onet (void)
{
  static const char * const cip_codes[] = { "51.0907", "51.91", NULL };
  g_autoptr(FwDocument) document = fw_document_new ();
  g_autoptr(FwValidator) validator = fw_validator_new (NULL);
  FwOnet *onet = fw_document_get_onet (document);
  g_autoptr(FwApprenticeship) good = fw_apprenticeship_new ("0279", "Radiologic Technologist");
  g_autoptr(FwApprenticeship) bad = fw_apprenticeship_new ("279", "Radiographer");
  g_autoptr(FwFinding) cip = NULL;
  g_autoptr(FwFinding) rapids = NULL;

  g_object_set (onet, "cip-codes", cip_codes, NULL);
  g_list_store_append (fw_onet_get_apprenticeships (onet), good);
  g_list_store_append (fw_onet_get_apprenticeships (onet), bad);
  fw_validator_run (validator, document);

  g_assert_cmpstr (fw_apprenticeship_get_id (good), !=, fw_apprenticeship_get_id (bad));
  rapids = find_rule (validator, "FW-ONT-002", 0);
  assert_location (rapids, FW_FINDING_SECTION_ONET, -1, NULL, fw_apprenticeship_get_id (bad));
  /* A string list item has no object: its value names it. */
  cip = find_rule (validator, "FW-ONT-001", 0);
  assert_location (cip, FW_FINDING_SECTION_ONET, -1, NULL, "51.91");
}

static void
test_whole_sections (void)
{
  g_autoptr(FwDocument) document = fw_document_new ();
  g_autoptr(FwValidator) validator = fw_validator_new (NULL);
  g_autoptr(FwFinding) soc = NULL;
  g_autoptr(FwFinding) context = NULL;

  fw_validator_run (validator, document);
  soc = find_rule (validator, "FW-OCC-001", 0);
  assert_location (soc, FW_FINDING_SECTION_OCCUPATION, -1, NULL, NULL);
  context = find_rule (validator, "FW-OCC-005", 0);
  assert_location (context, FW_FINDING_SECTION_FRAMEWORK, -1, NULL, NULL);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/finding-locations/sources", test_sources);
  g_test_add_func ("/finding-locations/statements-and-levels", test_statements_and_levels);
  g_test_add_func ("/finding-locations/durable", test_durable);
  g_test_add_func ("/finding-locations/onet", test_onet);
  g_test_add_func ("/finding-locations/whole-sections", test_whole_sections);

  return g_test_run ();
}
