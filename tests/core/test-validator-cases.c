/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-data.h"
#include "fw-document.h"
#include "fw-error.h"
#include "fw-formats.h"
#include "fw-rules-private.h"
#include "fw-validator.h"

#include "fw-test-validator-util.h"

/*
 * The validation engine: firing cases the rule table in test-validator.c cannot express, the
 * origin, order and counts of the findings, and the findings on real material.
 */

/* More firing cases that the table cannot express ---------------------------------------------- */

static void
test_body_not_a_verb (void)
{
  g_autoptr(FwDocument) document = build_document ();
  g_autoptr(FwValidator) validator = NULL;
  g_autoptr(FwFinding) finding = NULL;

  body_no_verb (document);
  validator = run_validator (document, NULL);
  finding = find_rule (validator, "FW-STM-005");
  g_assert_nonnull (finding);
  g_assert_cmpstr (fw_finding_get_message (finding), ==,
                   "the body starts with \"the\", which is not a known verb or adverb");
}

static void
test_whitespace_in_headline (void)
{
  g_autoptr(FwProfile) profile = load_profile_file ("small-profile.json");
  g_autoptr(FwDocument) document = build_document ();
  g_autoptr(FwValidator) validator = NULL;
  g_autoptr(FwFinding) finding = NULL;

  headline_trailing_space (document);
  validator = run_validator (document, profile);
  finding = find_rule (validator, "FW-STM-007");
  g_assert_nonnull (finding);
  g_assert_cmpstr (fw_finding_get_path (finding), ==,
                   "durableSkills.Communication.applying[0].headline");
  g_assert_cmpstr (fw_finding_get_message (finding), ==, "the headline ends with a space");
  g_assert_cmpstr (fw_finding_get_field (finding), ==, "headline");
}

static void
test_near_duplicate_across_sections (void)
{
  g_autoptr(FwProfile) profile = load_profile_file ("small-profile.json");
  g_autoptr(FwDocument) document = build_document ();
  g_autoptr(FwValidator) validator = NULL;
  g_autoptr(FwFinding) finding = NULL;

  durable_near_level (document);
  validator = run_validator (document, profile);
  finding = find_rule (validator, "FW-DUP-002");
  g_assert_nonnull (finding);
  /* The later statement carries the finding and names the earlier one. */
  g_assert_cmpstr (fw_finding_get_path (finding), ==, "durableSkills.Leadership.exceeding[0]");
  g_assert_cmpstr (fw_finding_get_statement_id (finding), ==, "du-1-3");
  g_assert_nonnull (strstr (fw_finding_get_message (finding), "levels.advanced.statements[0]"));
  g_assert_cmpuint (count_rule (validator, "FW-DUP-001"), ==, 0);
}

/* Two near-duplicates without a headline: the body's first word opens no extra shingle, so
 * 10 shared word pairs of 11 each give 10 / 12. */
static void
test_near_duplicate_without_headline (void)
{
  g_autoptr(FwDocument) document = build_document ();
  g_autoptr(FwValidator) validator = NULL;
  g_autoptr(FwFinding) finding = NULL;
  FwStatement *first = level_statement (document, FW_LEVEL_DEVELOPING, 0);
  FwStatement *second = level_statement (document, FW_LEVEL_PROFICIENT, 0);

  fw_statement_set_headline (first, "");
  fw_statement_set_body (first, "prepare the imaging room before each scan and record every "
                                "dose given");
  fw_statement_set_headline (second, "");
  fw_statement_set_body (second, "prepare the imaging room before each scan and record every "
                                 "dose used");
  validator = run_validator (document, NULL);
  finding = find_rule (validator, "FW-DUP-002");
  g_assert_nonnull (finding);
  g_assert_cmpstr (fw_finding_get_path (finding), ==, "levels.proficient.statements[0]");
  g_assert_nonnull (strstr (fw_finding_get_message (finding),
                            "is 83% similar to levels.developing.statements[0]"));
}

/* Stray spaces and control characters wherever they sit, also right before a word. */
static void
test_whitespace_and_control_cases (void)
{
  static const struct
  {
    const char *headline;
    const char *body;
    const char *rule;
    const char *message;
  } cases[] = {
    { " Patient positioning", NULL, "FW-STM-007", "the headline starts with a space" },
    { "Patient  positioning", NULL, "FW-STM-007",
      "the headline has a doubled space: \"Patient  positioning\"" },
    { "Patient positioning ", NULL, "FW-STM-007", "the headline ends with a space" },
    { "Patient \xc2\xa0positioning", NULL, "FW-STM-007",
      "the headline has a doubled space: \"Patient \xc2\xa0positioning\"" },
    { NULL, "perform with guidance ", "FW-STM-007", "the body ends with a space" },
    { NULL, "perform with\tguidance", "FW-STM-008", "the body contains a tab" },
    { NULL, "perform with\xc2\x85guidance", "FW-STM-008",
      "the body contains the control character U+0085" },
    { NULL, "perform with guidance.\x7f", "FW-STM-008",
      "the body contains the control character U+007F" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(FwDocument) document = build_document ();
      g_autoptr(FwValidator) validator = NULL;
      g_autoptr(FwFinding) finding = NULL;
      FwStatement *statement = level_statement (document, FW_LEVEL_DEVELOPING, 0);

      if (cases[i].headline != NULL)
        fw_statement_set_headline (statement, cases[i].headline);
      if (cases[i].body != NULL)
        fw_statement_set_body (statement, cases[i].body);
      validator = run_validator (document, NULL);
      finding = find_rule (validator, cases[i].rule);
      g_assert_nonnull (finding);
      g_assert_cmpstr (fw_finding_get_message (finding), ==, cases[i].message);
    }
}

/* A field without words is not empty for all that: "..." is text, only spaces are not. */
static void
test_body_without_words (void)
{
  g_autoptr(FwDocument) document = build_document ();
  g_autoptr(FwValidator) validator = NULL;
  FwStatement *statement = level_statement (document, FW_LEVEL_DEVELOPING, 0);

  fw_statement_set_body (statement, "...");
  validator = run_validator (document, NULL);
  g_assert_cmpuint (count_rule (validator, "FW-STM-002"), ==, 0);
  g_assert_cmpuint (count_rule (validator, "FW-STM-005"), ==, 1);

  fw_statement_set_body (statement, " \t ");
  g_clear_object (&validator);
  validator = run_validator (document, NULL);
  g_assert_cmpuint (count_rule (validator, "FW-STM-002"), ==, 1);
}

/* The words of a text as _fw_words_split () makes them, and whether it finds the text plain. */
static void
test_words_split (void)
{
  static const struct
  {
    const char *text;
    const char *words;      /* ',' before a word: it follows a comma or a semicolon */
    gboolean    plain;
  } cases[] = {
    { "Assess, triage; and co-lead", "assess ,triage ,and co-lead", TRUE },
    { "the patient's X-ray (AP view).", "the patient's x-ray ap view", TRUE },
    { "x' y- -z", "x y z", TRUE },
    { "", "", TRUE },
    { "don\xe2\x80\x99t stop", "don\xe2\x80\x99t stop", TRUE },
    { "\xc3\x89" "COLE Stra\xc3\x9f" "e", "\xc3\xa9" "cole stra\xc3\x9f" "e", TRUE },
    { "one \xe2\x80\x94 two", "one two", FALSE },
    { " lead", "lead", FALSE },
    { "lead ", "lead", FALSE },
    { "lead  the team", "lead the team", FALSE },
    { "lead the  (team)", "lead the team", FALSE },
    { "lead\tteam", "lead team", FALSE },
    { "lead.\n", "lead", FALSE },
    { "a\xc2\xa0" "b", "a b", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize length = strlen (cases[i].text);
      g_autofree FwWord *word_space = g_new (FwWord, FW_WORDS_MAX_WORDS (length));
      g_autofree char *byte_space = g_malloc (FW_WORDS_MAX_BYTES (length));
      g_autoptr(GString) joined = g_string_new (NULL);
      FwWord *next_word = word_space;
      char *next_byte = byte_space;
      FwWords words;

      _fw_words_split (cases[i].text, length, &words, &next_word, &next_byte);
      for (guint k = 0; k < words.n_words; k++)
        {
          const FwWord *word = &words.words[k];
          guint32 hash = 2166136261u;

          /* The hash is FNV-1a of the word, as the lexicon and the duplicate rules expect. */
          for (const char *p = word->word; *p != '\0'; p++)
            hash = (hash ^ (guchar) *p) * 16777619u;
          g_assert_cmpuint (word->hash, ==, hash);
          g_assert_cmpuint (word->length, ==, strlen (word->word));
          g_string_append_printf (joined, "%s%s%s", k > 0 ? " " : "",
                                  word->after_comma ? "," : "", word->word);
        }
      g_assert_cmpstr (joined->str, ==, cases[i].words);
      g_assert_cmpint (words.plain, ==, cases[i].plain);
    }
}

static void
test_no_durable_skills (void)
{
  g_autoptr(FwProfile) profile = load_profile_file ("small-profile.json");
  g_autoptr(FwDocument) document = build_document ();
  g_autoptr(FwValidator) validator = NULL;
  g_autoptr(FwFinding) finding = NULL;

  remove_all_domains (document);
  validator = run_validator (document, profile);
  /* One finding for the whole section, not one per domain. */
  g_assert_cmpuint (count_rule (validator, "FW-DUR-001"), ==, 1);
  finding = find_rule (validator, "FW-DUR-001");
  g_assert_cmpstr (fw_finding_get_path (finding), ==, "durableSkills");
  g_assert_cmpstr (fw_finding_get_message (finding), ==,
                   "the framework has no durable skills; the profile expects 2 domains: "
                   "Communication, Leadership");
}

static void
test_anchor_unknown (void)
{
  g_autoptr(FwProfile) profile = load_profile_file ("small-profile.json");
  g_autoptr(FwDocument) document = build_document ();
  g_autoptr(FwValidator) validator = NULL;
  g_autoptr(FwFinding) finding = NULL;

  anchor_unknown (document);
  validator = run_validator (document, profile);
  g_assert_cmpuint (count_rule (validator, "FW-ONT-003"), ==, 1);
  finding = find_rule (validator, "FW-ONT-003");
  g_assert_cmpstr (fw_finding_get_path (finding), ==, "levels.emerging.statements[0].anchors");
  g_assert_cmpstr (fw_finding_get_statement_id (finding), ==, "st-emerging-0");
  g_assert_nonnull (strstr (fw_finding_get_message (finding), "\"12345\""));
}

static void
test_dangling_citation_once (void)
{
  g_autoptr(FwProfile) profile = load_profile_file ("small-profile.json");
  g_autoptr(FwDocument) document = build_document ();
  g_autoptr(FwValidator) validator = NULL;

  cite_missing_source (document);
  validator = run_validator (document, profile);
  /* Cited twice by one statement, reported once. */
  g_assert_cmpuint (count_rule (validator, "FW-CIT-002"), ==, 1);
}

/* Origins, order, counts ----------------------------------------------------------------------- */

static void
strip_to_nsx_content (FwDocument *document)
{
  g_list_store_remove_all (fw_document_get_domains (document));
  g_list_store_remove_all (fw_document_get_sources (document));
  for (guint key = 0; key < FW_N_LEVELS; key++)
    g_list_store_remove_all (fw_level_get_ai_statements (fw_document_get_level (document, key)));
  fw_level_set_role_label (fw_document_get_level (document, FW_LEVEL_EMERGING), "");
  g_object_set (fw_document_get_evidence (document), "safi-score", 142.0, NULL);
  cip_short (document);
}

static void
test_nsx_origin_skips (void)
{
  g_autoptr(FwProfile) profile = load_profile_file ("small-profile.json");
  g_autoptr(FwDocument) document = build_document ();
  g_autoptr(FwValidator) native = NULL;
  g_autoptr(FwValidator) nsx = NULL;

  strip_to_nsx_content (document);

  /* Read from a native file, the missing sections are faults … */
  native = run_validator (document, profile);
  g_assert_cmpuint (count_rule (native, "FW-DUR-001"), ==, 1);
  g_assert_cmpuint (count_rule (native, "FW-LVL-005"), ==, 4);
  g_assert_cmpuint (count_rule (native, "FW-LVL-002"), ==, 1);
  g_assert_cmpuint (count_rule (native, "FW-EVD-002"), ==, 1);
  g_assert_cmpuint (count_rule (native, "FW-ONT-001"), ==, 1);

  /* … read from an NSX export, which cannot hold them, they are not. */
  fw_document_set_origin (document, FW_ORIGIN_NSX);
  nsx = run_validator (document, profile);
  print_findings (nsx);
  g_assert_cmpuint (g_list_model_get_n_items (fw_validator_get_findings (nsx)), ==, 0);

  /* The rules about what NSX does hold still apply. */
  soc_bare (document);
  fw_validator_run (nsx, document);
  g_assert_cmpuint (count_rule (nsx, "FW-OCC-001"), ==, 1);
}

static void
test_findings_order (void)
{
  g_autoptr(FwProfile) profile = load_profile_file ("small-profile.json");
  g_autoptr(FwDocument) document = build_document ();
  g_autoptr(FwValidator) validator = NULL;
  GListModel *findings;
  static const char * const expected[][2] = {
    { "error", "occupation.soc" },
    { "error", "levels.emerging.statements[0].headline" },
    { "error", "levels.advanced.statements[1].body" },
    { "warning", "levels.emerging.statements[1].body" },
    { "warning", "levels.developing.statements[1].body" },
    { "warning", "durableSkills.Communication.emerging" },
    { "info", "sources[3]" },
  };

  /* Faults made in an order unlike the document's. */
  add_unused_source (document);
  fw_statement_set_body (level_statement (document, FW_LEVEL_ADVANCED, 1), "");
  empty_communication_emerging (document);
  body_double_space (document);
  emerging_leads (document);
  headline_empty (document);
  soc_bare (document);

  validator = run_validator (document, profile);
  print_findings (validator);
  findings = fw_validator_get_findings (validator);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(FwFinding) finding = g_list_model_get_item (findings, i);

      g_assert_cmpstr (fw_severity_to_string (fw_finding_get_severity (finding)), ==,
                       expected[i][0]);
      g_assert_cmpstr (fw_finding_get_path (finding), ==, expected[i][1]);
    }
}

typedef struct
{
  guint n_emissions;
  guint removed;
  guint added;
} ItemsChanged;

static void
items_changed_cb (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *changed)
{
  g_assert_cmpuint (position, ==, 0);
  changed->n_emissions++;
  changed->removed = removed;
  changed->added = added;
}

static void
count_notify_cb (guint *count)
{
  (*count)++;
}

static void
test_counts_and_model (void)
{
  g_autoptr(FwProfile) profile = load_profile_file ("small-profile.json");
  g_autoptr(FwDocument) document = build_document ();
  g_autoptr(FwValidator) validator = fw_validator_new (profile);
  ItemsChanged changed = { 0 };
  guint n_error_notifies = 0;
  guint n_errors = 0;
  guint n_warnings = 0;
  guint n_infos = 0;

  g_signal_connect (fw_validator_get_findings (validator), "items-changed",
                    G_CALLBACK (items_changed_cb), &changed);
  g_signal_connect_swapped (validator, "notify::n-errors", G_CALLBACK (count_notify_cb),
                            &n_error_notifies);

  headline_empty (document);         /* error */
  body_empty (document);             /* error */
  body_no_period (document);         /* warning */
  add_unused_source (document);      /* info */
  fw_validator_run (validator, document);

  g_assert_cmpuint (changed.n_emissions, ==, 1);
  g_assert_cmpuint (changed.removed, ==, 0);
  g_assert_cmpuint (changed.added, ==, 4);
  g_assert_cmpuint (fw_validator_get_n_errors (validator), ==, 2);
  g_assert_cmpuint (fw_validator_get_n_warnings (validator), ==, 1);
  g_assert_cmpuint (fw_validator_get_n_infos (validator), ==, 1);
  g_object_get (validator, "n-errors", &n_errors, "n-warnings", &n_warnings, "n-infos", &n_infos,
                NULL);
  g_assert_cmpuint (n_errors, ==, 2);
  g_assert_cmpuint (n_warnings, ==, 1);
  g_assert_cmpuint (n_infos, ==, 1);
  g_assert_cmpuint (n_error_notifies, ==, 1);

  /* A fix: one emission replaces all the findings; the count is notified once more. */
  headline_one_letter (document);
  fw_validator_run (validator, document);
  g_assert_cmpuint (changed.n_emissions, ==, 2);
  g_assert_cmpuint (changed.removed, ==, 4);
  g_assert_cmpuint (changed.added, ==, 3);
  g_assert_cmpuint (fw_validator_get_n_errors (validator), ==, 1);
  g_assert_cmpuint (n_error_notifies, ==, 2);

  /* Nothing changed: the counts are not notified again. */
  fw_validator_run (validator, document);
  g_assert_cmpuint (n_error_notifies, ==, 2);
}

static void
test_statement_findings (void)
{
  g_autoptr(FwProfile) profile = load_profile_file ("small-profile.json");
  g_autoptr(FwDocument) document = build_document ();
  g_autoptr(FwValidator) validator = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) none = NULL;

  body_double_space (document);
  fw_statement_set_headline (level_statement (document, FW_LEVEL_DEVELOPING, 1),
                             "Contrast agent preparation.");
  body_no_period (document);
  validator = run_validator (document, profile);

  found = fw_validator_get_statement_findings (validator, "st-developing-1");
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_cmpstr (fw_finding_get_rule_id (g_ptr_array_index (found, 0)), ==, "FW-STM-003");
  g_assert_cmpstr (fw_finding_get_rule_id (g_ptr_array_index (found, 1)), ==, "FW-STM-007");

  none = fw_validator_get_statement_findings (validator, "st-emerging-0");
  g_assert_cmpuint (none->len, ==, 0);
}

/* Real material -------------------------------------------------------------------------------- */

static char *
shared_sample (const char *name)
{
  const char *dir = g_getenv ("FW_SHARED_DIR");

  g_assert_nonnull (dir);
  return g_build_filename (dir, "samples", name, NULL);
}

static void
test_sample_nsx (void)
{
  g_autofree char *path = shared_sample ("nsx-export-radiologic-technologists.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = fw_format_read_file (path, FW_FORMAT_AUTO, NULL, &error);
  g_autoptr(FwValidator) validator = NULL;

  g_assert_no_error (error);
  validator = run_validator (document, NULL);
  print_findings (validator);
  g_assert_cmpuint (fw_validator_get_n_errors (validator), ==, 0);
  /* The sample is a real, good framework: nothing in it deserves a warning either. */
  g_assert_cmpuint (fw_validator_get_n_warnings (validator), ==, 0);

  /* One real fault in it is found. */
  fw_statement_set_body (level_statement (document, FW_LEVEL_EMERGING, 2),
                         "lead the shielding programme of the department.");
  fw_validator_run (validator, document);
  g_assert_cmpuint (count_rule (validator, "FW-PRG-001"), ==, 1);
}

static void
test_sample_page (void)
{
  g_autofree char *path = shared_sample ("nsx-page-radiologic-technologists.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings =
    g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);
  g_autoptr(FwDocument) document = fw_format_read_file (path, FW_FORMAT_PAGE_TEXT, warnings,
                                                        &error);
  g_autoptr(FwValidator) validator = NULL;
  GListModel *findings;
  gboolean found = FALSE;

  if (document == NULL)
    {
      g_test_skip ("the page-text reader is not available");
      return;
    }

  validator = run_validator (document, NULL);
  print_findings (validator);
  findings = fw_validator_get_findings (validator);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(FwFinding) finding = g_list_model_get_item (findings, i);

      if (g_str_equal (fw_finding_get_rule_id (finding), "FW-DUR-002") &&
          g_str_equal (fw_finding_get_path (finding), "durableSkills.Character.emerging"))
        found = TRUE;
    }

  g_assert_true (found);
  g_assert_cmpuint (count_rule (validator, "FW-DUR-002"), ==, 1);
  g_assert_cmpuint (fw_validator_get_n_errors (validator), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  use_test_onet_data ();

  g_test_add_func ("/validator/rule/FW-STM-005/not-a-verb", test_body_not_a_verb);
  g_test_add_func ("/validator/rule/FW-STM-007/headline", test_whitespace_in_headline);
  g_test_add_func ("/validator/rule/FW-DUP-002/across-sections",
                   test_near_duplicate_across_sections);
  g_test_add_func ("/validator/rule/FW-DUP-002/no-headline",
                   test_near_duplicate_without_headline);
  g_test_add_func ("/validator/rule/FW-STM-007-008/cases", test_whitespace_and_control_cases);
  g_test_add_func ("/validator/words-split", test_words_split);
  g_test_add_func ("/validator/rule/FW-STM-002/no-words", test_body_without_words);
  g_test_add_func ("/validator/rule/FW-DUR-001/no-domains", test_no_durable_skills);
  g_test_add_func ("/validator/rule/FW-ONT-003/anchor", test_anchor_unknown);
  g_test_add_func ("/validator/rule/FW-CIT-002/once", test_dangling_citation_once);
  g_test_add_func ("/validator/nsx-origin-skips", test_nsx_origin_skips);
  g_test_add_func ("/validator/findings-order", test_findings_order);
  g_test_add_func ("/validator/counts-and-model", test_counts_and_model);
  g_test_add_func ("/validator/statement-findings", test_statement_findings);
  g_test_add_func ("/validator/sample/nsx-export", test_sample_nsx);
  g_test_add_func ("/validator/sample/page-text", test_sample_page);

  return g_test_run ();
}
