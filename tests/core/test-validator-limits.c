/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "fw-document.h"
#include "fw-error.h"
#include "fw-validator.h"

#include "fw-test-validator-util.h"

/*
 * Every numeric limit of the rules and profiles, from both sides: the last valid value passes,
 * the first invalid one is reported. And the loops over levels, domains and sources reach the
 * last item, so a fault there is found wherever it is.
 */

/* The profile the small test document fits: two statements per level, two domains. */
static FwProfile *
small_profile (void)
{
  return load_profile_file ("small-profile.json");
}

static guint
count_for_document (FwDocument *document,
                    const char *rule_id)
{
  g_autoptr(FwProfile) profile = small_profile ();
  g_autoptr(FwValidator) validator = run_validator (document, profile);

  return count_rule (validator, rule_id);
}

/* The number of findings of @rule_id once @property of the evidence pack is @value. */
static guint
count_with_evidence (const char *property,
                     double      value,
                     const char *rule_id)
{
  g_autoptr(FwDocument) document = build_document ();

  g_object_set (fw_document_get_evidence (document), property, value, NULL);
  return count_for_document (document, rule_id);
}

/* Loads a profile written from @json; returns it, or NULL with @error set. */
static FwProfile *
load_profile_text (const char  *json,
                   GError     **error)
{
  g_autofree char *dir = g_dir_make_tmp ("fw-profile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "profile.json", NULL);
  FwProfile *profile;

  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  profile = fw_profile_load (path, error);
  g_unlink (path);
  g_rmdir (dir);
  return profile;
}

/* Headlines ------------------------------------------------------------------------------------ */

static guint
count_headline_length (const char *headline)
{
  g_autoptr(FwDocument) document = build_document ();

  fw_statement_set_headline (level_statement (document, FW_LEVEL_ADVANCED, 1), headline);
  return count_for_document (document, "FW-STM-004");
}

static void
test_headline_words (void)
{
  /* nsx-1.0 allows twelve words. */
  g_assert_cmpuint (count_headline_length ("Safe patient imaging in the ward and the clinic "
                                           "for all ages"), ==, 0);
  g_assert_cmpuint (count_headline_length ("Safe patient imaging in the ward and the clinic "
                                           "for all the ages"), ==, 1);
}

static void
test_headline_chars (void)
{
  /* nsx-1.0 allows ninety characters: seven words, so that only the length counts. */
  const char *ninety = "Radiographic positioning techniques "
                       "demonstrated comprehensively "
                       "across pediatric-geriatri";
  g_autofree char *ninety_one = g_strconcat (ninety, "x", NULL);

  g_assert_cmpuint (g_utf8_strlen (ninety, -1), ==, 90);
  g_assert_cmpuint (count_headline_length (ninety), ==, 0);
  g_assert_cmpuint (count_headline_length (ninety_one), ==, 1);
}

static void
test_headline_sentence (void)
{
  g_autoptr(FwDocument) document = build_document ();

  fw_statement_set_headline (level_statement (document, FW_LEVEL_ADVANCED, 1),
                             "Who leads radiation safety?");
  g_assert_cmpuint (count_for_document (document, "FW-STM-003"), ==, 1);
}

/* Levels --------------------------------------------------------------------------------------- */

static void
test_statement_count (void)
{
  g_autoptr(FwDocument) one = build_document ();
  g_autoptr(FwDocument) three = build_document ();
  g_autoptr(FwDocument) two = build_document ();
  GListStore *store;

  /* The last level, so that a check that stops one level early is caught too. */
  store = fw_level_get_statements (fw_document_get_level (one, FW_LEVEL_ADVANCED));
  g_list_store_remove (store, 1);
  g_assert_cmpuint (count_for_document (one, "FW-LVL-004"), ==, 1);

  store = fw_level_get_statements (fw_document_get_level (three, FW_LEVEL_ADVANCED));
  add_statement (store, "st-extra", "Imaging informatics leadership",
                 "direct the adoption of department-wide image archiving standards.", NULL);
  g_assert_cmpuint (count_for_document (three, "FW-LVL-004"), ==, 1);

  g_assert_cmpuint (count_for_document (two, "FW-LVL-004"), ==, 0);
}

static void
test_ai_empty_last_level (void)
{
  g_autoptr(FwDocument) document = build_document ();
  g_autoptr(FwProfile) profile = small_profile ();
  g_autoptr(FwValidator) validator = NULL;
  g_autoptr(FwFinding) finding = NULL;

  g_assert_cmpuint (count_for_document (document, "FW-LVL-005"), ==, 0);
  g_list_store_remove_all (fw_level_get_ai_statements (fw_document_get_level (document,
                                                                              FW_LEVEL_ADVANCED)));
  validator = run_validator (document, profile);
  g_assert_cmpuint (count_rule (validator, "FW-LVL-005"), ==, 1);
  finding = find_rule (validator, "FW-LVL-005");
  g_assert_nonnull (strstr (fw_finding_get_path (finding), "advanced"));
}

static void
test_last_level_label (void)
{
  g_autoptr(FwDocument) document = build_document ();

  fw_level_set_label (fw_document_get_level (document, FW_LEVEL_ADVANCED), "");
  g_assert_cmpuint (count_for_document (document, "FW-LVL-001"), ==, 1);
}

/* Durable skills ------------------------------------------------------------------------------- */

static void
test_durable_last_cell (void)
{
  g_autoptr(FwDocument) document = build_document ();
  g_autoptr(FwProfile) profile = small_profile ();
  g_autoptr(FwValidator) validator = NULL;
  g_autoptr(FwFinding) finding = NULL;
  FwDomain *last = get_domain (document, 1);

  g_assert_cmpuint (count_for_document (document, "FW-DUR-002"), ==, 0);
  /* The last cell of the last domain: Leadership at Exceeding. */
  g_list_store_remove_all (fw_domain_get_cell (last, FW_N_DURABLE_LEVELS - 1));
  validator = run_validator (document, profile);
  g_assert_cmpuint (count_rule (validator, "FW-DUR-002"), ==, 1);
  finding = find_rule (validator, "FW-DUR-002");
  g_assert_nonnull (strstr (fw_finding_get_path (finding), "Leadership"));
  g_assert_nonnull (strstr (fw_finding_get_path (finding), "exceeding"));
}

static void
test_durable_domains (void)
{
  g_autoptr(FwDocument) sound = build_document ();
  g_autoptr(FwDocument) folded = build_document ();
  g_autoptr(FwDocument) twice = build_document ();
  g_autoptr(FwDocument) missing = build_document ();

  /* Both expected domains are there, the last one included. */
  g_assert_cmpuint (count_for_document (sound, "FW-DUR-001"), ==, 0);
  g_assert_cmpuint (count_for_document (sound, "FW-DUR-003"), ==, 0);

  /* Names compare without regard to case. */
  fw_domain_set_name (get_domain (folded, 1), "LEADERSHIP");
  g_assert_cmpuint (count_for_document (folded, "FW-DUR-001"), ==, 0);
  g_assert_cmpuint (count_for_document (folded, "FW-DUR-003"), ==, 0);

  fw_domain_set_name (get_domain (twice, 1), "communication");
  g_assert_cmpuint (count_for_document (twice, "FW-DUR-004"), ==, 1);
  g_assert_cmpuint (count_for_document (twice, "FW-DUR-001"), ==, 1);

  g_list_store_remove (fw_document_get_domains (missing), 1);
  g_assert_cmpuint (count_for_document (missing, "FW-DUR-001"), ==, 1);
}

/* Evidence ------------------------------------------------------------------------------------- */

static void
test_evidence_percent (void)
{
  const char *properties[] = { "augment-share", "time-saved" };

  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    {
      g_assert_cmpuint (count_with_evidence (properties[i], 0.0, "FW-EVD-001"), ==, 0);
      g_assert_cmpuint (count_with_evidence (properties[i], 100.0, "FW-EVD-001"), ==, 0);
      g_assert_cmpuint (count_with_evidence (properties[i], -0.5, "FW-EVD-001"), ==, 1);
      g_assert_cmpuint (count_with_evidence (properties[i], 100.5, "FW-EVD-001"), ==, 1);
    }
}

static void
test_evidence_autonomy (void)
{
  g_assert_cmpuint (count_with_evidence ("ai-autonomy", 1.0, "FW-EVD-003"), ==, 0);
  g_assert_cmpuint (count_with_evidence ("ai-autonomy", 5.0, "FW-EVD-003"), ==, 0);
  g_assert_cmpuint (count_with_evidence ("ai-autonomy", 0.99, "FW-EVD-003"), ==, 1);
  g_assert_cmpuint (count_with_evidence ("ai-autonomy", 0.0, "FW-EVD-003"), ==, 1);
  g_assert_cmpuint (count_with_evidence ("ai-autonomy", 5.01, "FW-EVD-003"), ==, 1);
}

static void
test_evidence_score (void)
{
  g_assert_cmpuint (count_with_evidence ("safi-score", 0.0, "FW-EVD-002"), ==, 0);
  g_assert_cmpuint (count_with_evidence ("safi-score", 100.0, "FW-EVD-002"), ==, 0);
  g_assert_cmpuint (count_with_evidence ("safi-score", -0.1, "FW-EVD-002"), ==, 1);
  g_assert_cmpuint (count_with_evidence ("safi-score", 100.1, "FW-EVD-002"), ==, 1);
  g_assert_cmpuint (count_with_evidence ("safi-score", 101.0, "FW-EVD-002"), ==, 1);
}

static void
test_evidence_observations (void)
{
  g_assert_cmpuint (count_with_evidence ("task-observations", 0.0, "FW-EVD-004"), ==, 0);
  g_assert_cmpuint (count_with_evidence ("task-observations", 12.0, "FW-EVD-004"), ==, 0);
  g_assert_cmpuint (count_with_evidence ("task-observations", 12.5, "FW-EVD-004"), ==, 1);
  g_assert_cmpuint (count_with_evidence ("task-observations", -1.0, "FW-EVD-004"), ==, 1);
}

/* Occupation ----------------------------------------------------------------------------------- */

static guint
count_job_zone (int zone)
{
  g_autoptr(FwDocument) document = build_document ();

  g_object_set (document, "job-zone", zone, NULL);
  return count_for_document (document, "FW-OCC-003");
}

static void
test_job_zone (void)
{
  /* The document holds 0 to 5 only (readers refuse the rest), so the rule sees no 6. */
  g_assert_cmpuint (count_job_zone (1), ==, 0);
  g_assert_cmpuint (count_job_zone (5), ==, 0);
  g_assert_cmpuint (count_job_zone (0), ==, 1);
}

static guint
count_version (const char *version)
{
  g_autoptr(FwDocument) document = build_document ();

  set_document_string (document, "version", version);
  return count_for_document (document, "FW-OCC-004");
}

static void
test_version_month (void)
{
  g_assert_cmpuint (count_version ("v.26.01"), ==, 0);
  g_assert_cmpuint (count_version ("v.26.12"), ==, 0);
  g_assert_cmpuint (count_version ("v.26.00"), ==, 1);
  g_assert_cmpuint (count_version ("v.26.13"), ==, 1);
}

/* O*NET and citations -------------------------------------------------------------------------- */

static guint
count_cip (const char *code)
{
  g_autoptr(FwDocument) document = build_document ();
  const char *codes[] = { "51.0907", code, NULL };

  g_object_set (fw_document_get_onet (document), "cip-codes", codes, NULL);
  return count_for_document (document, "FW-ONT-001");
}

static void
test_cip_codes (void)
{
  g_assert_cmpuint (count_cip ("51.0911"), ==, 0);
  g_assert_cmpuint (count_cip ("51.091"), ==, 1);
  g_assert_cmpuint (count_cip ("51.09110"), ==, 1);
  g_assert_cmpuint (count_cip ("5.10911"), ==, 1);
}

static void
test_unused_last_source (void)
{
  g_autoptr(FwDocument) document = build_document ();
  g_autoptr(FwProfile) profile = small_profile ();
  g_autoptr(FwValidator) validator = NULL;
  g_autoptr(FwFinding) finding = NULL;
  g_autoptr(FwSource) source = fw_source_new ("nobody", "Nobody, 2026", "Never cited");

  g_assert_cmpuint (count_for_document (document, "FW-CIT-003"), ==, 0);
  g_list_store_append (fw_document_get_sources (document), source);
  validator = run_validator (document, profile);
  g_assert_cmpuint (count_rule (validator, "FW-CIT-003"), ==, 1);
  finding = find_rule (validator, "FW-CIT-003");
  g_assert_cmpstr (fw_finding_get_path (finding), ==, "sources[3]");
}

/* Progression ---------------------------------------------------------------------------------- */

/* FW-PRG-003 findings with seniorityMargin @margin once every level statement has @body, or
 * only the Advanced ones when @advanced_only. */
static guint
count_regressions (const char *margin,
                   const char *body,
                   gboolean    advanced_only)
{
  g_autoptr(FwDocument) document = build_document ();
  g_autofree char *json = g_strdup_printf ("{\"extends\": \"nsx-1.0\", "
                                           "\"expectedStatementsPerLevel\": 2, "
                                           "\"seniorityMargin\": %s}", margin);
  g_autoptr(GError) error = NULL;
  g_autoptr(FwProfile) profile = load_profile_text (json, &error);
  g_autoptr(FwValidator) validator = NULL;

  g_assert_no_error (error);
  for (guint key = advanced_only ? FW_LEVEL_ADVANCED : 0; key < FW_N_LEVELS; key++)
    for (guint i = 0; i < 2; i++)
      fw_statement_set_body (level_statement (document, key, i), body);
  validator = run_validator (document, profile);
  return count_rule (validator, "FW-PRG-003");
}

static void
test_regression_margin (void)
{
  const char *junior = "perform with guidance from a senior technologist under supervision.";

  /* Levels exactly as senior as the one before: no fall, even with no margin at all. */
  g_assert_cmpuint (count_regressions ("0", junior, FALSE), ==, 0);
  /* The last level written as junior as the first: a fall the rule must see. */
  g_assert_cmpuint (count_regressions ("0", junior, TRUE), ==, 1);
  g_assert_cmpuint (count_regressions ("0.25", junior, TRUE), ==, 1);
}

/* Duplicates ----------------------------------------------------------------------------------- */

/* FW-DUP-002 findings once two statements with @first and @second as bodies are added. */
static guint
count_near (const char *first,
            const char *second)
{
  g_autoptr(FwDocument) document = build_document ();
  GListStore *store = fw_level_get_statements (fw_document_get_level (document,
                                                                      FW_LEVEL_ADVANCED));

  add_statement (store, "st-near-1", "Fluoroscopy calibration", first, NULL);
  add_statement (store, "st-near-2", "Fluoroscopy calibration", second, NULL);
  return count_for_document (document, "FW-DUP-002");
}

static void
test_near_duplicate_threshold (void)
{
  /* Six words and five, the second a prefix of the first: 4 of 5 word pairs shared, exactly
   * nsx-1.0's threshold of 0.8, which counts as near. One word less is 3 of 5. */
  g_assert_cmpuint (count_near ("verify detector linearity monthly",
                                "verify detector linearity"), ==, 1);
  g_assert_cmpuint (count_near ("verify detector linearity monthly",
                                "verify detector"), ==, 0);
}

/* Profiles ------------------------------------------------------------------------------------- */

static void
test_profile_fractions (void)
{
  static const char * const valid[] = {
    "{\"nearDuplicateThreshold\": 1}",
    "{\"nearDuplicateThreshold\": 0}",
    "{\"seniorityMargin\": 3}",
    "{\"expectedStatementsPerLevel\": 1000}",
    "{\"headlineMaxChars\": 100000}",
  };
  static const char * const invalid[][2] = {
    { "{\"nearDuplicateThreshold\": 1.01}", "expected a number from 0 to 1, got 1.01" },
    { "{\"nearDuplicateThreshold\": -0.1}", "expected a number from 0 to 1, got -0.1" },
    { "{\"seniorityMargin\": 3.5}", "expected a number from 0 to 3, got 3.5" },
    { "{\"expectedStatementsPerLevel\": 1001}", "expected an integer from 0 to 1000, got 1001" },
    { "{\"headlineMaxWords\": 1001}", "expected an integer from 0 to 1000, got 1001" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FwProfile) profile = load_profile_text (valid[i], &error);

      g_assert_no_error (error);
      g_assert_nonnull (profile);
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FwProfile) profile = load_profile_text (invalid[i][0], &error);

      g_assert_null (profile);
      g_assert_nonnull (error);
      /* Located at the value: line 1, after the member name. */
      g_assert_nonnull (strstr (error->message, "profile.json:1:"));
      g_assert_nonnull (strstr (error->message, invalid[i][1]));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  use_test_onet_data ();

  g_test_add_func ("/validator/limits/FW-STM-004/words", test_headline_words);
  g_test_add_func ("/validator/limits/FW-STM-004/characters", test_headline_chars);
  g_test_add_func ("/validator/limits/FW-STM-003/question", test_headline_sentence);
  g_test_add_func ("/validator/limits/FW-LVL-004/count", test_statement_count);
  g_test_add_func ("/validator/limits/FW-LVL-005/last-level", test_ai_empty_last_level);
  g_test_add_func ("/validator/limits/FW-LVL-001/last-level", test_last_level_label);
  g_test_add_func ("/validator/limits/FW-DUR-002/last-cell", test_durable_last_cell);
  g_test_add_func ("/validator/limits/FW-DUR/domains", test_durable_domains);
  g_test_add_func ("/validator/limits/FW-EVD-001/percent", test_evidence_percent);
  g_test_add_func ("/validator/limits/FW-EVD-003/autonomy", test_evidence_autonomy);
  g_test_add_func ("/validator/limits/FW-EVD-002/score", test_evidence_score);
  g_test_add_func ("/validator/limits/FW-EVD-004/observations", test_evidence_observations);
  g_test_add_func ("/validator/limits/FW-OCC-003/job-zone", test_job_zone);
  g_test_add_func ("/validator/limits/FW-OCC-004/month", test_version_month);
  g_test_add_func ("/validator/limits/FW-ONT-001/cip", test_cip_codes);
  g_test_add_func ("/validator/limits/FW-CIT-003/last-source", test_unused_last_source);
  g_test_add_func ("/validator/limits/FW-PRG-003/margin", test_regression_margin);
  g_test_add_func ("/validator/limits/FW-DUP-002/threshold", test_near_duplicate_threshold);
  g_test_add_func ("/validator/limits/profile", test_profile_fractions);

  return g_test_run ();
}
