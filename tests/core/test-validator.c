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

#include "fw-test-correction-cases.h"
#include "fw-test-validator-util.h"

/*
 * The validation engine. Every rule has a case that builds a sound document, checks that the
 * rule stays quiet on it and on a near miss, then breaks the document and checks that the
 * rule reports the fault at the right place with an actionable message.
 */

/* The baseline --------------------------------------------------------------------------------- */

static void
test_baseline_quiet (void)
{
  g_autoptr(FwProfile) profile = load_profile_file ("small-profile.json");
  g_autoptr(FwDocument) document = build_document ();
  g_autoptr(FwValidator) validator = run_validator (document, profile);

  print_findings (validator);
  g_assert_cmpuint (g_list_model_get_n_items (fw_validator_get_findings (validator)), ==, 0);
  g_assert_cmpuint (fw_validator_get_n_errors (validator), ==, 0);
}

/* One case per rule ---------------------------------------------------------------------------- */

typedef void (*Mutation) (FwDocument *document);

typedef struct
{
  const char *rule_id;
  Mutation    quiet;       /* a near miss the rule must accept; NULL: the baseline only */
  Mutation    fire;        /* the fault */
  const char *path;        /* where it must be reported */
  const char *message;     /* a part of the message that quotes the fault */
  const char *statement_id;
  const char *hint;        /* a part of the hint, or NULL */
} RuleCase;

static void
soc_other (FwDocument *d)
{
  set_document_string (d, "soc", "11-1011.03");
}

static void
title_blank (FwDocument *d)
{
  set_document_string (d, "title", "  ");
}

static void
title_short (FwDocument *d)
{
  set_document_string (d, "title", "X");
}

static void
job_zone_unset (FwDocument *d)
{
  g_object_set (d, "job-zone", 0, NULL);
}

static void
job_zone_five (FwDocument *d)
{
  g_object_set (d, "job-zone", 5, NULL);
}

static void
version_month_13 (FwDocument *d)
{
  set_document_string (d, "version", "v.26.13");
}

static void
version_january (FwDocument *d)
{
  set_document_string (d, "version", "v.25.01");
}

static void
context_empty (FwDocument *d)
{
  set_document_string (d, "context-covered", "");
}

static void
context_short (FwDocument *d)
{
  set_document_string (d, "context-covered", "Clinics.");
}

static void
label_skilled (FwDocument *d)
{
  fw_level_set_label (fw_document_get_level (d, FW_LEVEL_PROFICIENT), "Skilled");
}

static void
role_label_empty (FwDocument *d)
{
  fw_level_set_role_label (fw_document_get_level (d, FW_LEVEL_DEVELOPING), "");
}

static void
role_label_other (FwDocument *d)
{
  fw_level_set_role_label (fw_document_get_level (d, FW_LEVEL_DEVELOPING), "Journey-level");
}

static void
advanced_emptied (FwDocument *d)
{
  g_list_store_remove_all (fw_level_get_statements (fw_document_get_level (d, FW_LEVEL_ADVANCED)));
}

static void
advanced_one_left (FwDocument *d)
{
  g_list_store_remove (fw_level_get_statements (fw_document_get_level (d, FW_LEVEL_ADVANCED)), 1);
}

static void
ai_emerging_emptied (FwDocument *d)
{
  FwLevel *level = fw_document_get_level (d, FW_LEVEL_EMERGING);

  g_list_store_remove_all (fw_level_get_ai_statements (level));
}

static void
headline_period (FwDocument *d)
{
  fw_statement_set_headline (level_statement (d, FW_LEVEL_PROFICIENT, 0),
                             "Complex examinations.");
}

static void
headline_inner_period (FwDocument *d)
{
  fw_statement_set_headline (level_statement (d, FW_LEVEL_PROFICIENT, 0),
                             "U.S. accreditation standards");
}

static void
headline_13_words (FwDocument *d)
{
  fw_statement_set_headline (level_statement (d, FW_LEVEL_ADVANCED, 0),
                             "One two three four five six seven eight nine ten eleven twelve "
                             "thirteen");
}

static void
headline_12_words (FwDocument *d)
{
  fw_statement_set_headline (level_statement (d, FW_LEVEL_ADVANCED, 0),
                             "One two three four five six seven eight nine ten eleven twelve");
}

static void
body_capital (FwDocument *d)
{
  fw_statement_set_body (level_statement (d, FW_LEVEL_EMERGING, 1),
                         "Apply under supervision to protect patients and staff.");
}

static void
body_adverb_and_compound (FwDocument *d)
{
  fw_statement_set_body (level_statement (d, FW_LEVEL_EMERGING, 1),
                         "independently apply shielding to protect patients and staff.");
  fw_statement_set_body (ai_statement (d, FW_LEVEL_EMERGING),
                         "cross-references AI-generated prompts with the physician's order");
}

static void
ai_body_no_period (FwDocument *d)
{
  /* A period inside a closing quotation mark ends the sentence too. (The baseline's AI-fluency
   * statements have no final period, as on NSX pages, and the profile does not ask for one.) */
  fw_statement_set_body (level_statement (d, FW_LEVEL_ADVANCED, 0),
                         "develop and implement guidelines known as \"imaging standards.\"");
}

static void
body_line_break (FwDocument *d)
{
  fw_statement_set_body (level_statement (d, FW_LEVEL_PROFICIENT, 1),
                         "optimize independently for atypical presentations,\nbalancing quality "
                         "against dose.");
}

static void
headline_spaced_dash (FwDocument *d)
{
  fw_statement_set_headline (level_statement (d, FW_LEVEL_EMERGING, 0),
                             "Patient positioning \xe2\x80\x94 table work");
}

static void
headline_hyphenated (FwDocument *d)
{
  fw_statement_set_headline (level_statement (d, FW_LEVEL_EMERGING, 0),
                             "Patient-positioning table work");
}

static void
body_leading_dash (FwDocument *d)
{
  fw_statement_set_body (level_statement (d, FW_LEVEL_DEVELOPING, 0),
                         "\xe2\x80\x94 perform independently for routine projections.");
}

static void
body_en_dash_range (FwDocument *d)
{
  fw_statement_set_body (level_statement (d, FW_LEVEL_DEVELOPING, 0),
                         "perform independently for 2\xe2\x80\x93" "3 routine projections.");
}

static void
split_guessed (FwDocument *d)
{
  fw_statement_set_split_confidence (level_statement (d, FW_LEVEL_EMERGING, 1), 0.3);
}

static void
split_confident (FwDocument *d)
{
  fw_statement_set_split_confidence (level_statement (d, FW_LEVEL_EMERGING, 1), 0.9);
}

static void
emerging_follows_lead (FwDocument *d)
{
  fw_statement_set_body (level_statement (d, FW_LEVEL_EMERGING, 1),
                         "follow the lead technologist's shielding checks during routine "
                         "procedures.");
}

static void
advanced_supervised (FwDocument *d)
{
  fw_statement_set_body (level_statement (d, FW_LEVEL_ADVANCED, 1),
                         "direct staff training on dose optimization under direct supervision.");
}

static void
advanced_unsupervised (FwDocument *d)
{
  fw_statement_set_body (level_statement (d, FW_LEVEL_ADVANCED, 1),
                         "direct staff training on dose optimization without supervision.");
}

static void
proficient_junior (FwDocument *d)
{
  fw_statement_set_body (level_statement (d, FW_LEVEL_PROFICIENT, 0),
                         "assist senior staff with trauma imaging under direct supervision.");
  fw_statement_set_body (level_statement (d, FW_LEVEL_PROFICIENT, 1),
                         "observe exposure adjustments with guidance from a radiologist.");
}

static void
copy_statement (FwStatement *to,
                FwStatement *from)
{
  fw_statement_set_headline (to, fw_statement_get_headline (from));
  fw_statement_set_body (to, fw_statement_get_body (from));
}

static void
advanced_repeats_emerging (FwDocument *d)
{
  FwStatement *copy = level_statement (d, FW_LEVEL_ADVANCED, 1);

  copy_statement (copy, level_statement (d, FW_LEVEL_EMERGING, 0));
  /* Case and punctuation do not make a statement different. */
  fw_statement_set_headline (copy, "PATIENT POSITIONING");
}

static void
developing_related_to_emerging (FwDocument *d)
{
  FwStatement *related = level_statement (d, FW_LEVEL_DEVELOPING, 1);

  fw_statement_set_headline (related, "Patient positioning");
  fw_statement_set_body (related, "perform without guidance for every requested view, adapting "
                                  "to limited mobility.");
}

static void
remove_leadership (FwDocument *d)
{
  g_list_store_remove (fw_document_get_domains (d), 1);
}

static void
misspell_leadership (FwDocument *d)
{
  fw_domain_set_name (get_domain (d, 1), "Leadershp");
}

static void
lowercase_leadership (FwDocument *d)
{
  fw_domain_set_name (get_domain (d, 1), "leadership");
}

static void
duplicate_domain_name (FwDocument *d)
{
  fw_domain_set_name (get_domain (d, 1), "Communication");
}

static void
durable_uncited (FwDocument *d)
{
  fw_statement_set_citations (durable_statement (d, 0, FW_DURABLE_DEVELOPING), NULL);
}

static void
level_statement_cites (FwDocument *d)
{
  /* A level statement may cite; that makes the new source used. */
  static const char * const citations[] = { "onet", NULL };

  add_unused_source (d);
  fw_statement_set_citations (level_statement (d, FW_LEVEL_EMERGING, 0), citations);
}

static void
set_evidence_number (FwDocument *d,
                     const char *property,
                     double      value)
{
  g_object_set (fw_document_get_evidence (d), property, value, NULL);
}

static void
augment_135 (FwDocument *d)
{
  set_evidence_number (d, "augment-share", 135.0);
}

static void
augment_100 (FwDocument *d)
{
  set_evidence_number (d, "augment-share", 100.0);
}

static void
score_142 (FwDocument *d)
{
  set_evidence_number (d, "safi-score", 142.2);
}

static void
score_0 (FwDocument *d)
{
  set_evidence_number (d, "safi-score", 0.0);
}

static void
autonomy_half (FwDocument *d)
{
  set_evidence_number (d, "ai-autonomy", 0.5);
}

static void
autonomy_1 (FwDocument *d)
{
  set_evidence_number (d, "ai-autonomy", 1.0);
}

static void
observations_fraction (FwDocument *d)
{
  set_evidence_number (d, "task-observations", 2.5);
}

static void
observations_0 (FwDocument *d)
{
  set_evidence_number (d, "task-observations", 0.0);
}

static void
quadrant_lowercase (FwDocument *d)
{
  g_object_set (fw_document_get_evidence (d), "quadrant", "q2_ai_augmented", NULL);
}

static void
quadrant_absent (FwDocument *d)
{
  g_object_set (fw_document_get_evidence (d), "quadrant", NULL, NULL);
}

static void
precision_unknown (FwDocument *d)
{
  g_object_set (fw_document_get_evidence (d), "precision", "precise", NULL);
}

static void
precision_approximate (FwDocument *d)
{
  g_object_set (fw_document_get_evidence (d), "precision", "approximate", NULL);
}

static void
wef_id_wrong (FwDocument *d)
{
  g_object_set (fw_document_get_evidence (d), "wef-id", "human_tech", NULL);
}

static void
wef_other_cluster (FwDocument *d)
{
  g_object_set (fw_document_get_evidence (d), "wef-label", "AI & Big Data", "wef-id",
                "ai_big_data", NULL);
}

static void
cip_other (FwDocument *d)
{
  static const char * const codes[] = { "51.0919", NULL };

  g_object_set (fw_document_get_onet (d), "cip-codes", codes, NULL);
}

static void
rapids_three_digits (FwDocument *d)
{
  g_autoptr(FwApprenticeship) apprenticeship = fw_apprenticeship_new ("279", "Radiographer");

  g_list_store_append (fw_onet_get_apprenticeships (fw_document_get_onet (d)), apprenticeship);
}

static void
rapids_other (FwDocument *d)
{
  g_autoptr(FwApprenticeship) apprenticeship = fw_apprenticeship_new ("1034", "Radiographer");

  g_list_store_append (fw_onet_get_apprenticeships (fw_document_get_onet (d)), apprenticeship);
}

static void
task_id_unknown (FwDocument *d)
{
  g_autoptr(FwTask) task = fw_task_new ("99999", "Invented task.");

  g_list_store_append (fw_onet_get_tasks (fw_document_get_onet (d)), task);
}

static void
anchors_known (FwDocument *d)
{
  static const char * const anchors[] = { "22804", "22816", NULL };

  fw_statement_set_anchors (level_statement (d, FW_LEVEL_EMERGING, 0), anchors);
}

/* A merge left two bodies for one statement; a conflict about no statement names its item. */
static void
conflict_on_body (FwDocument *d)
{
  g_autoptr(FwConflict) conflict = fw_conflict_new ("st-developing-1", "body",
                                                    "levels.developing[1]", "ours text.",
                                                    "theirs text.");

  g_list_store_append (fw_document_get_conflicts (d), conflict);
}

static const RuleCase rule_cases[] = {
  { "FW-OCC-001", soc_other, soc_bare, "occupation.soc", "\"29-2034\" is not of the form",
    NULL, "29-2034.00" },
  { "FW-OCC-002", title_short, title_blank, "occupation.title", "has no title", NULL, NULL },
  { "FW-OCC-003", job_zone_five, job_zone_unset, "occupation.jobZone", "job zone is not set",
    NULL, "1 (little preparation) to 5" },
  { "FW-OCC-004", version_january, version_month_13, "framework.version",
    "\"v.26.13\" is not of the form v.YY.MM", NULL, "v.26.05" },
  { "FW-OCC-005", context_short, context_empty, "framework.contextCovered",
    "does not say what context", NULL, NULL },
  { "FW-LVL-001", NULL, label_skilled, "levels.proficient.label",
    "labelled \"Skilled\"; NSX requires \"Proficient\"", NULL, "Proficient" },
  { "FW-LVL-002", role_label_other, role_label_empty, "levels.developing.roleLabel",
    "Developing level has no role label", NULL, "Mid-level / Established" },
  { "FW-LVL-003", advanced_one_left, advanced_emptied, "levels.advanced.statements",
    "Advanced level has no statements", NULL, NULL },
  { "FW-LVL-004", NULL, developing_three, "levels.developing.statements",
    "has 3 statements; the profile expects 2", NULL, "Remove or merge 1 statement" },
  { "FW-LVL-005", NULL, ai_emerging_emptied, "aiFluency.emerging",
    "Emerging level has no AI-fluency statements", NULL, NULL },
  { "FW-STM-001", headline_one_letter, headline_empty, "levels.emerging.statements[0].headline",
    "headline is empty (body: \"perform with guidance", "st-emerging-0", NULL },
  { "FW-STM-002", NULL, body_empty, "levels.developing.statements[1].body",
    "body is empty (headline: \"Contrast agent preparation\")", "st-developing-1", NULL },
  { "FW-STM-003", headline_inner_period, headline_period,
    "levels.proficient.statements[0].headline", "\"Complex examinations.\" ends with a period",
    "st-proficient-0", "Remove the final punctuation" },
  { "FW-STM-004", headline_12_words, headline_13_words, "levels.advanced.statements[0].headline",
    "has 13 words; the profile allows 12", "st-advanced-0", NULL },
  { "FW-STM-005", body_adverb_and_compound, body_capital, "levels.emerging.statements[1].body",
    "starts with a capital letter: \"Apply\"", "st-emerging-1", "\"apply\" in lowercase" },
  { "FW-STM-006", ai_body_no_period, body_no_period, "levels.advanced.statements[0].body",
    "does not end with a period: \"", "st-advanced-0", NULL },
  { "FW-STM-007", NULL, body_double_space, "levels.developing.statements[1].body",
    "doubled space: \"prepare  accurately", "st-developing-1", NULL },
  { "FW-STM-008", NULL, body_line_break, "levels.proficient.statements[1].body",
    "contains a line break", "st-proficient-1", NULL },
  { "FW-STM-009", headline_hyphenated, headline_spaced_dash,
    "levels.emerging.statements[0].headline", "would split there: \"Patient positioning",
    "st-emerging-0", NULL },
  { "FW-STM-010", body_en_dash_range, body_leading_dash, "levels.developing.statements[0].body",
    "the text form shows two", "st-developing-0", "start of the body" },
  { "FW-STM-011", split_confident, split_guessed, "levels.emerging.statements[1].headline",
    "guessed (confidence 0.30): \"Radiation shielding devices\"", "st-emerging-1", "confirm" },
  { "FW-PRG-001", emerging_follows_lead, emerging_leads, "levels.emerging.statements[1].body",
    "an Emerging statement says \"lead\"", "st-emerging-1", NULL },
  { "FW-PRG-002", advanced_unsupervised, advanced_supervised,
    "levels.advanced.statements[1].body", "says \"under direct supervision\"", "st-advanced-1",
    NULL },
  { "FW-PRG-003", NULL, proficient_junior, "levels.proficient",
    "Proficient statements read less senior than the Developing ones", NULL, NULL },
  { "FW-DUP-001", developing_near_emerging, advanced_repeats_emerging,
    "levels.advanced.statements[1]", "repeats levels.emerging.statements[0] word for word",
    "st-advanced-1", NULL },
  { "FW-DUP-002", developing_related_to_emerging, developing_near_emerging,
    "levels.developing.statements[1]", "similar to levels.emerging.statements[0]: \"Patient "
    "positioning \xe2\x80\x94 perform", "st-developing-1", NULL },
  { "FW-DUR-001", NULL, remove_leadership, "durableSkills.Leadership",
    "domain \"Leadership\" is missing", NULL, NULL },
  { "FW-DUR-002", NULL, empty_communication_emerging, "durableSkills.Communication.emerging",
    "Communication domain has no Emerging statements", NULL, NULL },
  { "FW-DUR-003", lowercase_leadership, misspell_leadership, "durableSkills.Leadershp",
    "\"Leadershp\" is not one the profile expects", NULL, "Communication, Leadership" },
  { "FW-DUR-004", NULL, duplicate_domain_name, "durableSkills.Communication",
    "two domains named \"Communication\" (domains 1 and 2)", NULL, NULL },
  { "FW-CIT-001", level_statement_cites, durable_uncited,
    "durableSkills.Communication.developing[0].citations", "cites no source", "du-0-1", NULL },
  { "FW-CIT-002", NULL, cite_missing_source, "aiFluency.developing[0].citations",
    "cites \"wef-2021\", which is not in the sources registry", "ai-developing-0", NULL },
  { "FW-CIT-003", level_statement_cites, add_unused_source, "sources[3]",
    "\"onet\" (O*NET v30.2) is not cited by any statement", NULL, NULL },
  { "FW-EVD-001", augment_100, augment_135, "evidence.augmentShare", "augment share is 135%",
    NULL, NULL },
  { "FW-EVD-002", score_0, score_142, "evidence.safiScore", "SAFI score is 142.2", NULL, NULL },
  { "FW-EVD-003", autonomy_1, autonomy_half, "evidence.aiAutonomy", "AI autonomy is 0.5",
    NULL, NULL },
  { "FW-EVD-004", observations_0, observations_fraction, "evidence.taskObservations",
    "count is 2.5", NULL, NULL },
  { "FW-EVD-005", quadrant_absent, quadrant_lowercase, "evidence.quadrant",
    "\"q2_ai_augmented\" is not a known value", NULL, "Write it as Q2_ai_augmented." },
  { "FW-EVD-006", precision_approximate, precision_unknown, "evidence.precision",
    "\"precise\" is not a known value", NULL, NULL },
  { "FW-EVD-007", wef_other_cluster, wef_id_wrong, "evidence.wefId",
    "\"human_tech\" does not match its label", NULL, "\"human_technology_interaction\"" },
  { "FW-ONT-001", cip_other, cip_short, "onet.cipCodes[1]", "\"51.91\" is not of the form",
    NULL, NULL },
  { "FW-ONT-002", rapids_other, rapids_three_digits, "onet.apprenticeships[1].code",
    "\"279\" is not four digits", NULL, "leading zeros" },
  { "FW-ONT-003", anchors_known, task_id_unknown, "onet.tasks[2].taskId",
    "task id \"99999\" does not exist", NULL, NULL },
  { "FW-MRG-001", NULL, conflict_on_body, "levels.developing.statements[1].body",
    "merge conflict on statement st-developing-1 (body): ours \"ours text.\", theirs",
    "st-developing-1", "Keep one side" },
  { "FW-COR-001", correction_item_kept, correction_item_gone, "corrections[0].item",
    "refers to task \"55555\"", NULL, "put the item back" },
  { "FW-COR-002", correction_with_rationale, correction_blank_rationale,
    "corrections[0].rationale", "cr-00000000000a gives no rationale", NULL, NULL },
  { "FW-COR-003", correction_accepted_applied, correction_accepted_pending,
    "corrections[0].proposed", "accepted, but the framework does not hold", NULL, "Apply" },
};

static void
test_rule (gconstpointer data)
{
  const RuleCase *rule_case = data;
  g_autoptr(FwProfile) profile = load_profile_file ("small-profile.json");
  g_autoptr(FwDocument) quiet = build_document ();
  g_autoptr(FwDocument) broken = build_document ();
  g_autoptr(FwValidator) quiet_validator = NULL;
  g_autoptr(FwValidator) broken_validator = NULL;
  g_autoptr(FwFinding) finding = NULL;
  guint n_rules;
  const FwRuleInfo *rules = fw_validator_get_rules (&n_rules);
  int index = _fw_rule_lookup (rule_case->rule_id);

  g_assert_cmpint (index, >=, 0);

  /* Quiet on the sound document, and on the near miss. */
  if (rule_case->quiet != NULL)
    rule_case->quiet (quiet);
  quiet_validator = run_validator (quiet, profile);
  print_findings (quiet_validator);
  g_assert_cmpuint (count_rule (quiet_validator, rule_case->rule_id), ==, 0);

  rule_case->fire (broken);
  broken_validator = run_validator (broken, profile);
  print_findings (broken_validator);
  finding = find_rule (broken_validator, rule_case->rule_id);
  g_assert_nonnull (finding);

  g_assert_cmpstr (fw_finding_get_path (finding), ==, rule_case->path);
  g_assert_nonnull (strstr (fw_finding_get_message (finding), rule_case->message));
  g_assert_cmpstr (fw_finding_get_statement_id (finding), ==, rule_case->statement_id);
  g_assert_cmpint (fw_finding_get_severity (finding), ==, rules[index].severity);
  g_assert_nonnull (fw_finding_get_hint (finding));
  if (rule_case->hint != NULL)
    g_assert_nonnull (strstr (fw_finding_get_hint (finding), rule_case->hint));
  if (rule_case->statement_id != NULL)
    g_assert_true (g_str_has_prefix (rule_case->path, "levels.") ||
                   g_str_has_prefix (rule_case->path, "aiFluency.") ||
                   g_str_has_prefix (rule_case->path, "durableSkills."));
}

/* The catalogue -------------------------------------------------------------------------------- */

static void
test_catalogue (void)
{
  guint n_rules;
  const FwRuleInfo *rules = fw_validator_get_rules (&n_rules);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (n_rules, ==, FW_N_RULES);
  g_assert_cmpuint (n_rules, >=, G_N_ELEMENTS (rule_cases));
  for (guint i = 0; i < n_rules; i++)
    {
      const FwRuleDoc *doc = _fw_rule_get_doc (i);
      gboolean tested = FALSE;

      g_assert_true (g_regex_match_simple ("^FW-[A-Z]{3}-[0-9]{3}$", rules[i].id, 0, 0));
      g_assert_true (g_hash_table_add (ids, (gpointer) rules[i].id));
      g_assert_cmpint (_fw_rule_lookup (rules[i].id), ==, (int) i);
      g_assert_nonnull (rules[i].area);
      g_assert_true (g_str_has_suffix (rules[i].summary, "."));
      g_assert_nonnull (doc->details);
      g_assert_nonnull (doc->example);

      /* Every rule has its firing-and-quiet case. */
      for (guint c = 0; c < G_N_ELEMENTS (rule_cases); c++)
        tested |= g_str_equal (rule_cases[c].rule_id, rules[i].id);
      g_assert_true (tested);
    }

  g_assert_cmpint (_fw_rule_lookup ("FW-NOPE-001"), ==, -1);
}

static char *
source_root (void)
{
  const char *root = g_getenv ("FW_SOURCE_ROOT");
  const char *data_dir = g_getenv ("FW_DATA_DIR");

  if (root != NULL)
    return g_strdup (root);

  g_assert_nonnull (data_dir);
  return g_path_get_dirname (data_dir);
}

static void
test_rules_doc (void)
{
  g_autofree char *root = source_root ();
  g_autofree char *path = g_build_filename (root, "docs", "rules.md", NULL);
  g_autofree char *committed = NULL;
  g_autofree char *generated = fw_validator_get_rules_markdown ();
  g_autoptr(GError) error = NULL;
  guint n_rules;
  const FwRuleInfo *rules = fw_validator_get_rules (&n_rules);

  g_file_get_contents (path, &committed, NULL, &error);
  g_assert_no_error (error);
  /* Regenerate with: framewright-cli rules --markdown > docs/rules.md */
  g_assert_cmpstr (committed, ==, generated);

  for (guint i = 0; i < n_rules; i++)
    {
      g_autofree char *heading = g_strdup_printf ("### %s\n", rules[i].id);

      g_assert_nonnull (strstr (generated, heading));
    }
}

static void
test_lexicon (void)
{
  g_autoptr(GBytes) shipped = fw_data_lookup ("lexicons/level-verbs.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(FwLexicon) lexicon = NULL;
  g_autoptr(FwLexicon) bad = NULL;
  const FwLexiconEntry *entry;
  static const char bad_text[] = "[verbs]\nlead = advanced\n\nguide = senior\n";

  /* The shipped lexicon parses without a single error. */
  g_assert_nonnull (shipped);
  lexicon = _fw_lexicon_parse (g_bytes_get_data (shipped, NULL), g_bytes_get_size (shipped),
                               "level-verbs.txt", &error);
  g_assert_no_error (error);

  /* Inflected forms find their verb. */
  entry = _fw_lexicon_lookup_verb (lexicon, "leads");
  g_assert_nonnull (entry);
  g_assert_cmpuint (entry->levels, ==, 1u << FW_LEVEL_ADVANCED);
  g_assert_nonnull (_fw_lexicon_lookup_verb (lexicon, "analyzes"));
  g_assert_nonnull (_fw_lexicon_lookup_verb (lexicon, "queries"));
  g_assert_nonnull (_fw_lexicon_lookup_verb (lexicon, "addresses"));
  g_assert_nonnull (_fw_lexicon_lookup_verb (lexicon, "co-leads"));
  g_assert_true (_fw_lexicon_is_verb (lexicon, "perform"));
  g_assert_false (_fw_lexicon_is_verb (lexicon, "the"));
  g_assert_false (_fw_lexicon_is_verb (lexicon, "patient"));
  entry = _fw_lexicon_lookup_verb (lexicon, "assist");
  g_assert_cmpuint (entry->levels, ==, 1u << FW_LEVEL_EMERGING);

  bad = _fw_lexicon_parse (bad_text, strlen (bad_text), "bad.txt", &error);
  g_assert_null (bad);
  g_assert_error (error, FW_ERROR, FW_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "bad.txt:4: error: unknown level"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  use_test_onet_data ();

  g_test_add_func ("/validator/baseline-quiet", test_baseline_quiet);
  for (guint i = 0; i < G_N_ELEMENTS (rule_cases); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/validator/rule/%s", rule_cases[i].rule_id);

      g_test_add_data_func (test_path, &rule_cases[i], test_rule);
    }
  g_test_add_func ("/validator/catalogue", test_catalogue);
  g_test_add_func ("/validator/rules-doc", test_rules_doc);
  g_test_add_func ("/validator/lexicon", test_lexicon);

  return g_test_run ();
}
