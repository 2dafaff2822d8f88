/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-rules-private.h"
#include "fw-validator.h"

/* The catalogue -------------------------------------------------------------------------------
 *
 * One entry per FwRule, in the same order. Ids are stable: a rule that is retired keeps its id
 * unused forever. docs/rules.md is generated from these tables (framewright-cli rules
 * --markdown), and a test checks that the committed file matches.
 */

static const FwRuleInfo rule_infos[FW_N_RULES] = {
  [FW_RULE_OCC_SOC] = { "FW-OCC-001", FW_SEVERITY_ERROR, "Occupation",
                        "The SOC code has the O*NET-SOC form NN-NNNN.NN." },
  [FW_RULE_OCC_TITLE] = { "FW-OCC-002", FW_SEVERITY_ERROR, "Occupation",
                          "The occupation has a title." },
  [FW_RULE_OCC_JOB_ZONE] = { "FW-OCC-003", FW_SEVERITY_ERROR, "Occupation",
                             "The job zone is set, from 1 to 5." },
  [FW_RULE_OCC_VERSION] = { "FW-OCC-004", FW_SEVERITY_ERROR, "Occupation",
                            "The framework version has the form v.YY.MM." },
  [FW_RULE_OCC_CONTEXT] = { "FW-OCC-005", FW_SEVERITY_ERROR, "Occupation",
                            "The framework says what context it covers." },
  [FW_RULE_LVL_LABEL] = { "FW-LVL-001", FW_SEVERITY_ERROR, "Levels",
                          "Each of the four levels has its standard label." },
  [FW_RULE_LVL_ROLE_LABEL] = { "FW-LVL-002", FW_SEVERITY_WARNING, "Levels",
                               "Each level has a role label." },
  [FW_RULE_LVL_EMPTY] = { "FW-LVL-003", FW_SEVERITY_ERROR, "Levels",
                          "Each level has statements." },
  [FW_RULE_LVL_COUNT] = { "FW-LVL-004", FW_SEVERITY_WARNING, "Levels",
                          "Each level has the number of statements the profile expects." },
  [FW_RULE_LVL_AI_EMPTY] = { "FW-LVL-005", FW_SEVERITY_INFO, "Levels",
                             "Each level has AI-fluency statements." },
  [FW_RULE_STM_EMPTY_HEADLINE] = { "FW-STM-001", FW_SEVERITY_ERROR, "Statements",
                                   "The headline is not empty." },
  [FW_RULE_STM_EMPTY_BODY] = { "FW-STM-002", FW_SEVERITY_ERROR, "Statements",
                               "The body is not empty." },
  [FW_RULE_STM_HEADLINE_SENTENCE] = { "FW-STM-003", FW_SEVERITY_WARNING, "Statements",
                                      "The headline is a phrase, not a sentence: no final "
                                      "period." },
  [FW_RULE_STM_HEADLINE_LENGTH] = { "FW-STM-004", FW_SEVERITY_WARNING, "Statements",
                                    "The headline stays within the profile's length limits." },
  [FW_RULE_STM_BODY_START] = { "FW-STM-005", FW_SEVERITY_WARNING, "Statements",
                               "The body starts with a lowercase verb or adverb." },
  [FW_RULE_STM_BODY_PERIOD] = { "FW-STM-006", FW_SEVERITY_WARNING, "Statements",
                                "The body ends with a period." },
  [FW_RULE_STM_WHITESPACE] = { "FW-STM-007", FW_SEVERITY_WARNING, "Statements",
                               "No stray whitespace: leading, trailing or doubled spaces." },
  [FW_RULE_STM_CONTROL] = { "FW-STM-008", FW_SEVERITY_ERROR, "Statements",
                            "No line breaks, tabs or other control characters." },
  [FW_RULE_STM_HEADLINE_DASH] = { "FW-STM-009", FW_SEVERITY_ERROR, "Statements",
                                  "The headline holds no spaced em dash (the text form would "
                                  "split there)." },
  [FW_RULE_STM_BODY_DASH] = { "FW-STM-010", FW_SEVERITY_WARNING, "Statements",
                              "No other em dash in headline or body (the text form would show "
                              "two)." },
  [FW_RULE_STM_SEPARATOR] = { "FW-STM-011", FW_SEVERITY_WARNING, "Statements",
                              "The headline and body are really separated (no guessed split, no "
                              "hyphen standing in for the em dash)." },
  [FW_RULE_PRG_EMERGING_SENIOR] = { "FW-PRG-001", FW_SEVERITY_WARNING, "Level progression",
                                    "An Emerging statement does not do Advanced-only work "
                                    "(leads, designs, establishes …)." },
  [FW_RULE_PRG_ADVANCED_JUNIOR] = { "FW-PRG-002", FW_SEVERITY_WARNING, "Level progression",
                                    "An Advanced statement does not work under supervision or "
                                    "with guidance." },
  [FW_RULE_PRG_REGRESSION] = { "FW-PRG-003", FW_SEVERITY_WARNING, "Level progression",
                               "A level's statements do not read less senior than the level "
                               "before." },
  [FW_RULE_DUP_IDENTICAL] = { "FW-DUP-001", FW_SEVERITY_ERROR, "Duplicates",
                              "No statement is repeated word for word." },
  [FW_RULE_DUP_NEAR] = { "FW-DUP-002", FW_SEVERITY_WARNING, "Duplicates",
                         "No two statements are near-duplicates." },
  [FW_RULE_DUR_MISSING_DOMAIN] = { "FW-DUR-001", FW_SEVERITY_WARNING, "Durable skills",
                                   "Every durable-skill domain the profile expects is there." },
  [FW_RULE_DUR_EMPTY_CELL] = { "FW-DUR-002", FW_SEVERITY_WARNING, "Durable skills",
                               "Every domain × level cell has at least one statement." },
  [FW_RULE_DUR_UNKNOWN_DOMAIN] = { "FW-DUR-003", FW_SEVERITY_INFO, "Durable skills",
                                   "Domains the profile does not expect are pointed out." },
  [FW_RULE_DUR_DOMAIN_NAME] = { "FW-DUR-004", FW_SEVERITY_ERROR, "Durable skills",
                                "Every domain has a name, and no two share one." },
  [FW_RULE_CIT_UNCITED] = { "FW-CIT-001", FW_SEVERITY_WARNING, "Citations",
                            "Every durable-skill and AI-fluency statement cites a source." },
  [FW_RULE_CIT_DANGLING] = { "FW-CIT-002", FW_SEVERITY_ERROR, "Citations",
                             "Every cited source exists in the sources registry." },
  [FW_RULE_CIT_UNUSED] = { "FW-CIT-003", FW_SEVERITY_INFO, "Citations",
                           "Registry entries that nothing cites are pointed out." },
  [FW_RULE_EVD_PERCENT] = { "FW-EVD-001", FW_SEVERITY_ERROR, "Evidence pack",
                            "Augment share and time saved are percentages from 0 to 100." },
  [FW_RULE_EVD_SCORE] = { "FW-EVD-002", FW_SEVERITY_ERROR, "Evidence pack",
                          "The SAFI score is from 0 to 100." },
  [FW_RULE_EVD_AUTONOMY] = { "FW-EVD-003", FW_SEVERITY_ERROR, "Evidence pack",
                             "AI autonomy is on its scale, from 1 to 5." },
  [FW_RULE_EVD_OBSERVATIONS] = { "FW-EVD-004", FW_SEVERITY_ERROR, "Evidence pack",
                                 "The task-observation count is a whole number, not negative." },
  [FW_RULE_EVD_QUADRANT] = { "FW-EVD-005", FW_SEVERITY_WARNING, "Evidence pack",
                             "The SAFI quadrant is a known value." },
  [FW_RULE_EVD_PRECISION] = { "FW-EVD-006", FW_SEVERITY_WARNING, "Evidence pack",
                              "The SAFI precision is a known value." },
  [FW_RULE_EVD_WEF_ID] = { "FW-EVD-007", FW_SEVERITY_WARNING, "Evidence pack",
                           "The WEF cluster id is the snake_case form of its label." },
  [FW_RULE_ONT_CIP] = { "FW-ONT-001", FW_SEVERITY_ERROR, "O*NET enrichment",
                        "CIP codes have the form NN.NNNN." },
  [FW_RULE_ONT_RAPIDS] = { "FW-ONT-002", FW_SEVERITY_ERROR, "O*NET enrichment",
                           "RAPIDS apprenticeship codes have four digits." },
  [FW_RULE_ONT_TASK_ID] = { "FW-ONT-003", FW_SEVERITY_WARNING, "O*NET enrichment",
                            "Task ids, of tasks and of statement anchors, exist in the O*NET "
                            "data." },
  [FW_RULE_MRG_CONFLICT] = { "FW-MRG-001", FW_SEVERITY_ERROR, "Merge conflicts",
                             "No merge conflict is left unresolved." },
  [FW_RULE_COR_GONE] = { "FW-COR-001", FW_SEVERITY_WARNING, "Corrections",
                         "A correction refers to an item the framework still has." },
  [FW_RULE_COR_RATIONALE] = { "FW-COR-002", FW_SEVERITY_WARNING, "Corrections",
                              "Every correction says why the item should change." },
  [FW_RULE_COR_UNAPPLIED] = { "FW-COR-003", FW_SEVERITY_WARNING, "Corrections",
                              "An accepted correction's proposal is in the framework." },
};

static const FwRuleDoc rule_docs[FW_N_RULES] = {
  [FW_RULE_OCC_SOC] = {
    "O*NET-SOC codes are two digits, a hyphen, four digits, a period and two digits, such as "
    "29-2034.00. The NSX schema refuses any other form.",
    "occupation.soc: the SOC code \"29-2034\" is not of the form NN-NNNN.NN (e.g. 29-2034.00)",
    FALSE },
  [FW_RULE_OCC_TITLE] = {
    "The occupation title names the framework everywhere it is shown and is required by NSX.",
    "occupation.title: the occupation has no title",
    FALSE },
  [FW_RULE_OCC_JOB_ZONE] = {
    "O*NET job zones run from 1 (little preparation) to 5 (extensive preparation). An unset "
    "job zone is reported too, since NSX requires one.",
    "occupation.jobZone: the job zone is 6; O*NET job zones run from 1 to 5",
    FALSE },
  [FW_RULE_OCC_VERSION] = {
    "Versions are `v.` followed by a two-digit year and a two-digit month (01–12), such as "
    "v.26.05.",
    "framework.version: the version \"26.05\" is not of the form v.YY.MM (e.g. v.26.05)",
    FALSE },
  [FW_RULE_OCC_CONTEXT] = {
    "The context-covered text says which work settings and career span the framework covers. "
    "NSX requires it.",
    "framework.contextCovered: the framework does not say what context it covers",
    FALSE },
  [FW_RULE_LVL_LABEL] = {
    "The four proficiency levels are always there, in order; each must carry its standard "
    "label (Emerging, Developing, Proficient, Advanced), which NSX requires verbatim.",
    "levels.proficient.label: the Proficient level is labelled \"Skilled\"; NSX requires "
    "\"Proficient\"",
    FALSE },
  [FW_RULE_LVL_ROLE_LABEL] = {
    "Role labels (Entry / Apprentice … Lead / Principal / Executive) tell readers who works at "
    "each level. NSX exports do not carry them.",
    "levels.developing.roleLabel: the Developing level has no role label",
    TRUE },
  [FW_RULE_LVL_EMPTY] = {
    "A level without statements leaves a gap in the career path.",
    "levels.advanced.statements: the Advanced level has no statements yet: 0 / 10",
    FALSE },
  [FW_RULE_LVL_COUNT] = {
    "The profile's `expectedStatementsPerLevel` (10 for nsx-1.0) sets how many statements each "
    "level should have. A profile without it switches the check off.",
    "levels.developing.statements: the Developing level has 8 statements; the profile "
    "expects 10",
    FALSE },
  [FW_RULE_LVL_AI_EMPTY] = {
    "Frameworks describe how each level uses AI tools. NSX exports do not carry AI fluency.",
    "aiFluency.emerging: the Emerging level has no AI-fluency statements",
    TRUE },
  [FW_RULE_STM_EMPTY_HEADLINE] = {
    "Every statement is `Headline — body`; a statement without a headline cannot be written in "
    "that form. Applies to level, AI-fluency and durable-skill statements alike, as do all "
    "FW-STM rules.",
    "levels.emerging.statements[3].headline: the headline is empty (body: \"adjust under direct "
    "supervision…\")",
    FALSE },
  [FW_RULE_STM_EMPTY_BODY] = {
    "A statement without a body says what, but not how well.",
    "levels.emerging.statements[3].body: the body is empty (headline: \"Imaging equipment "
    "controls\")",
    FALSE },
  [FW_RULE_STM_HEADLINE_SENTENCE] = {
    "Headlines are short noun phrases, like a title; the sentence is the body. A headline that "
    "ends with a period, question mark or exclamation mark reads as a sentence.",
    "levels.developing.statements[0].headline: the headline \"Imaging equipment.\" ends with a "
    "period; headlines are phrases, not sentences",
    FALSE },
  [FW_RULE_STM_HEADLINE_LENGTH] = {
    "The profile's `headlineMaxWords` and `headlineMaxChars` limit headlines, so they stay "
    "scannable. A limit of 0 switches that check off.",
    "levels.emerging.statements[1].headline: the headline has 15 words; the profile allows 12",
    FALSE },
  [FW_RULE_STM_BODY_START] = {
    "A body continues the headline with what the worker does: a verb in lowercase (\"adjust\", "
    "\"leads\"), or an adverb and a verb (\"independently administer\"). Verbs come from "
    "data/lexicons/level-verbs.txt and data/lexicons/body-starters.txt; any word ending in -ly "
    "counts as an adverb.",
    "levels.emerging.statements[2].body: the body starts with \"the\", which is not a known "
    "verb or adverb",
    FALSE },
  [FW_RULE_STM_BODY_PERIOD] = {
    "Bodies are sentences and end with a period. The profile's `finalPeriodSections` says which "
    "sections this applies to: nsx-1.0 checks the proficiency levels only, because the NSX page "
    "writes its AI-fluency and durable-skill statements without a final period.",
    "levels.advanced.statements[4].body: the body does not end with a period: \"…across the "
    "network\"",
    FALSE },
  [FW_RULE_STM_WHITESPACE] = {
    "Leading or trailing spaces and runs of spaces are invisible in the editor but change the "
    "exported text, and they defeat duplicate detection.",
    "levels.developing.statements[6].body: the body has a doubled space: \"prepare  "
    "accurately\"",
    FALSE },
  [FW_RULE_STM_CONTROL] = {
    "The NSX text form of a statement is a single line. A line break, tab or other control "
    "character breaks it.",
    "levels.proficient.statements[2].body: the body contains a line break",
    FALSE },
  [FW_RULE_STM_HEADLINE_DASH] = {
    "The text form joins headline and body with ` — `, and readers split at the first one. A "
    "spaced em dash inside the headline (or at its start or end) would move the split, so the "
    "statement would not survive an export and re-import.",
    "levels.emerging.statements[0].headline: the headline contains a spaced em dash, so its "
    "text form would split there: \"Imaging equipment — controls\"",
    FALSE },
  [FW_RULE_STM_BODY_DASH] = {
    "Any other em dash (one inside the body, or an unspaced one in the headline) makes the text "
    "form show two (`Headline — — body`, `Headline — body — more`), which reads as a doubled "
    "separator. Use a comma, a semicolon or a hyphen.",
    "levels.developing.statements[1].body: the body contains an em dash, so the text form shows "
    "two: \"— execute with minimal oversight\"",
    FALSE },
  [FW_RULE_STM_SEPARATOR] = {
    "When an import had to guess where the headline ends (a copied page glues them together), "
    "the guess is flagged until someone confirms it. A spaced hyphen or en dash in a headline "
    "with an empty body, or at the start of the body, is a separator typed wrongly.",
    "levels.emerging.statements[4].headline: where the headline ends was guessed (confidence "
    "0.42): \"Patient explanations of imaging procedures\"",
    FALSE },
  [FW_RULE_PRG_EMERGING_SENIOR] = {
    "Uses the level-verbs lexicon (data/lexicons/level-verbs.txt): a verb or phrase that suits "
    "only the Advanced level, in an Emerging statement (or a durable-skill Emerging cell). The "
    "verbs considered are those that open the body and those joined to them by \"and\", \"or\" "
    "or commas.",
    "levels.emerging.statements[2].body: an Emerging statement says \"leads\", which the "
    "level-verbs lexicon reserves for Advanced work",
    FALSE },
  [FW_RULE_PRG_ADVANCED_JUNIOR] = {
    "A phrase or verb that suits only the Emerging level (\"under direct supervision\", \"with "
    "guidance\", \"assist\") in an Advanced statement (or a durable-skill Exceeding cell).",
    "levels.advanced.statements[5].body: an Advanced statement says \"under direct "
    "supervision\", which the level-verbs lexicon reserves for Emerging work",
    FALSE },
  [FW_RULE_PRG_REGRESSION] = {
    "Each statement gets a seniority score, the mean level (Emerging 1 … Advanced 4) of the "
    "lexicon's verbs and phrases it contains. A level whose mean score falls below the previous "
    "level's by more than the profile's `seniorityMargin` is reported, with the phrases that "
    "pull it down. Checked for the proficiency levels, the AI-fluency levels and the "
    "durable-skill levels (all domains together).",
    "levels.proficient: the Proficient statements read less senior than the Developing ones "
    "(seniority 2.1 against 2.6), e.g. \"under supervision\", \"follow\"",
    FALSE },
  [FW_RULE_DUP_IDENTICAL] = {
    "Two statements with the same text (ignoring case, spacing and punctuation), anywhere in "
    "the framework: within a level, across levels, and across sections. Both are named.",
    "levels.developing.statements[3]: this statement repeats levels.emerging.statements[3] "
    "word for word: \"Physician imaging requests — read and interpret…\"",
    FALSE },
  [FW_RULE_DUP_NEAR] = {
    "Near-duplicates are found by word-bigram (shingle) Jaccard similarity of the whole "
    "statement; pairs at or above the profile's `nearDuplicateThreshold` (0.8 for nsx-1.0) are "
    "reported, naming both statements and the similarity.",
    "levels.advanced.statements[7]: this statement is 86% similar to "
    "levels.advanced.statements[0]: \"Departmental imaging protocols — develop and…\"",
    FALSE },
  [FW_RULE_DUR_MISSING_DOMAIN] = {
    "The profile's `expectedDomains` lists the durable-skill domains every framework covers "
    "(the ten of the NSX page for nsx-1.0). NSX exports do not carry durable skills.",
    "durableSkills.Fortitude: the durable-skill domain \"Fortitude\" is missing",
    TRUE },
  [FW_RULE_DUR_EMPTY_CELL] = {
    "Every domain has statements at each of its four levels: Emerging, Developing, Applying "
    "and Exceeding.",
    "durableSkills.Character.emerging: the Character domain has no Emerging statements",
    TRUE },
  [FW_RULE_DUR_UNKNOWN_DOMAIN] = {
    "A domain that is not in the profile's `expectedDomains` may be a misspelling.",
    "durableSkills.Comunication: the domain \"Comunication\" is not one the profile expects",
    TRUE },
  [FW_RULE_DUR_DOMAIN_NAME] = {
    "Domains are referred to by name, so each needs one, and a unique one.",
    "durableSkills.Leadership: there are two domains named \"Leadership\" (domains 2 and 5)",
    TRUE },
  [FW_RULE_CIT_UNCITED] = {
    "Durable-skill and AI-fluency statements carry their evidence inline as citations of the "
    "sources registry. Proficiency-level statements are not required to cite.",
    "durableSkills.Character.developing[0].citations: the statement cites no source",
    TRUE },
  [FW_RULE_CIT_DANGLING] = {
    "A citation names a source by its id; the id must exist in the sources registry.",
    "aiFluency.developing[1].citations: the statement cites \"wef-2021\", which is not in the "
    "sources registry",
    TRUE },
  [FW_RULE_CIT_UNUSED] = {
    "A registry entry that no statement cites is reported for information: it may be left "
    "over from an edit.",
    "sources[3]: the source \"arxiv-2604\" (Jadhav & Danve, 2026) is not cited by any statement",
    TRUE },
  [FW_RULE_EVD_PERCENT] = {
    "AEI usage: augment share and time saved are percentages.",
    "evidence.augmentShare: augment share is 135%; percentages run from 0 to 100",
    TRUE },
  [FW_RULE_EVD_SCORE] = {
    "SAFI positioning: the score is out of 100.",
    "evidence.safiScore: the SAFI score is 142.2; it runs from 0 to 100",
    TRUE },
  [FW_RULE_EVD_AUTONOMY] = {
    "AEI usage: AI autonomy is measured on a scale from 1 to 5.",
    "evidence.aiAutonomy: AI autonomy is 7; its scale runs from 1 to 5",
    TRUE },
  [FW_RULE_EVD_OBSERVATIONS] = {
    "AEI usage: the number of task observations is a count.",
    "evidence.taskObservations: the task-observation count is -3; it must be a whole number, "
    "0 or more",
    TRUE },
  [FW_RULE_EVD_QUADRANT] = {
    "The SAFI quadrant, when present, is one of Q1_human_led, Q2_ai_augmented, "
    "Q3_ai_automated or Q4_low_exposure.",
    "evidence.quadrant: the quadrant \"Q2_augmented\" is not a known value (known: "
    "Q1_human_led, Q2_ai_augmented, Q3_ai_automated, Q4_low_exposure)",
    TRUE },
  [FW_RULE_EVD_PRECISION] = {
    "The SAFI precision, when present, is exact, approximate or inferred.",
    "evidence.precision: the precision \"precise\" is not a known value (known: exact, "
    "approximate, inferred)",
    TRUE },
  [FW_RULE_EVD_WEF_ID] = {
    "The WEF cluster id is its label in snake_case: lowercase, with every run of other "
    "characters replaced by one underscore (Human-Technology Interaction → "
    "human_technology_interaction).",
    "evidence.wefId: the WEF cluster id \"human_tech\" does not match its label \"Human-Technology "
    "Interaction\"; expected \"human_technology_interaction\"",
    TRUE },
  [FW_RULE_ONT_CIP] = {
    "Classification of Instructional Programs codes are two digits, a period and four digits, "
    "such as 51.0907.",
    "onet.cipCodes[1]: the CIP code \"51.91\" is not of the form NN.NNNN (e.g. 51.0911)",
    TRUE },
  [FW_RULE_ONT_RAPIDS] = {
    "RAPIDS apprenticeship codes are four digits, such as 0279.",
    "onet.apprenticeships[0].code: the RAPIDS code \"279\" is not four digits (e.g. 0279)",
    TRUE },
  [FW_RULE_ONT_TASK_ID] = {
    "When O*NET data is available, the task ids of the enrichment's tasks and of statement "
    "anchors must exist in it. Without O*NET data the rule stays silent.",
    "onet.tasks[2].taskId: the O*NET task id \"99999\" does not exist in the O*NET data",
    TRUE },
  [FW_RULE_MRG_CONFLICT] = {
    "A three-way merge (`framewright-cli merge`, the git merge driver) keeps our version of an "
    "item that both sides changed two ways, and records both values in the file. Each one is an "
    "error until an author keeps one side, in the app or by editing.",
    "levels.developing[3].body: merge conflict on statement st-5d1c0a2b9e47: ours \"adjust "
    "exposure…\", theirs \"set exposure…\"",
    FALSE },
  [FW_RULE_COR_GONE] = {
    "Reviewers attach corrections to items by their stable id. When the item is gone (its "
    "task removed, its statement deleted) and the correction was not applied, nobody can act "
    "on it any more.",
    "corrections[0].item: correction cr-3f9a0c1b7e2d refers to task \"22811\", which the "
    "framework no longer has",
    TRUE },
  [FW_RULE_COR_RATIONALE] = {
    "The people who maintain the O*NET data judge a correction by its rationale; one without "
    "it is not ready to hand off.",
    "corrections[0].rationale: correction cr-3f9a0c1b7e2d gives no rationale",
    TRUE },
  [FW_RULE_COR_UNAPPLIED] = {
    "An accepted correction's proposed text, title, job zone or new task should be in the "
    "framework: apply it, or set the correction back to open. An empty proposal asks for the "
    "item to be removed.",
    "corrections[0].proposed: correction cr-3f9a0c1b7e2d is accepted, but the framework does "
    "not hold its proposal yet",
    TRUE },
};

/**
 * fw_validator_get_rules:
 * @n_rules: (out) (optional): the number of rules
 *
 * Returns: (transfer none): the rule catalogue, in documentation order
 */
const FwRuleInfo *
fw_validator_get_rules (guint *n_rules)
{
  if (n_rules != NULL)
    *n_rules = FW_N_RULES;

  return rule_infos;
}

const FwRuleDoc *
_fw_rule_get_doc (FwRule rule)
{
  g_assert (rule < FW_N_RULES);

  return &rule_docs[rule];
}

int
_fw_rule_lookup (const char *rule_id)
{
  for (guint i = 0; i < FW_N_RULES; i++)
    {
      if (g_str_equal (rule_infos[i].id, rule_id))
        return (int) i;
    }

  return -1;
}
