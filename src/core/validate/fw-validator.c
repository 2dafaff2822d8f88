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
    "levels.advanced.statements: the Advanced level has no statements",
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

/* Helpers for the rule files ------------------------------------------------------------------ */

typedef struct
{
  FwFinding *finding;
  guint64    order;
  guint      sequence;
} PendingFinding;

static void
pending_finding_free (gpointer data)
{
  PendingFinding *pending = data;

  g_clear_object (&pending->finding);
  g_free (pending);
}

guint64
_fw_order_key (guint section,
               guint group,
               guint item,
               guint field)
{
  return ((guint64) section << 56) | ((guint64) MIN (group, 0xffff) << 40) |
         ((guint64) MIN (item, 0xffffff) << 16) | MIN (field, 0xffff);
}

guint64
_fw_order_for_section (FwSection section,
                       guint     group,
                       guint     item)
{
  switch (section)
    {
    case FW_SECTION_LEVELS:
      return _fw_order_key (FW_ORDER_LEVELS, group, item, 0);
    case FW_SECTION_AI_FLUENCY:
      return _fw_order_key (FW_ORDER_AI_FLUENCY, group, item, 0);
    case FW_SECTION_DURABLE_SKILLS:
    default:
      return _fw_order_key (FW_ORDER_DURABLE_SKILLS, group, item, 0);
    }
}

gboolean
_fw_rule_enabled (FwRuleContext *ctx,
                  FwRule         rule)
{
  if (ctx->nsx && rule_docs[rule].skip_nsx)
    return FALSE;

  return _fw_profile_rule_enabled (ctx->profile, rule);
}

static void
add_finding (FwRuleContext *ctx,
             FwRule         rule,
             guint64        order,
             const char    *path,
             const char    *statement_id,
             const char    *field,
             const char    *hint,
             const char    *message,
             const char    *translated)
{
  PendingFinding *pending;

  pending = g_new0 (PendingFinding, 1);
  pending->finding = fw_finding_new (rule_infos[rule].id,
                                     _fw_profile_rule_severity (ctx->profile, rule),
                                     path, statement_id, field, message, hint);
  if (translated != NULL)
    _fw_finding_set_translated_message (pending->finding, translated);
  pending->order = order;
  pending->sequence = ctx->pending->len;
  g_ptr_array_add (ctx->pending, pending);
}

void
_fw_report (FwRuleContext *ctx,
            FwRule         rule,
            guint64        order,
            const char    *path,
            const char    *statement_id,
            const char    *field,
            const char    *hint,
            const char    *format,
            ...)
{
  g_autofree char *message = NULL;
  g_autofree char *translated = NULL;
  va_list args;

  if (!_fw_rule_enabled (ctx, rule))
    return;

  /* English for machine formats; the translation, if any, for people. */
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  va_start (args, format);
  translated = _fw_finding_vprintf_translated (format, args);
  va_end (args);

  add_finding (ctx, rule, order, path, statement_id, field, hint, message, translated);
}

static guint
field_rank (const char *field)
{
  static const char * const fields[] = { "headline", "body", "citations", "anchors" };

  for (guint i = 0; field != NULL && i < G_N_ELEMENTS (fields); i++)
    {
      if (g_str_equal (field, fields[i]))
        return i + 1;
    }

  return 0;
}

void
_fw_report_statement (FwRuleContext        *ctx,
                      FwRule                rule,
                      const FwStatementRef *ref,
                      const char           *field,
                      const char           *hint,
                      const char           *format,
                      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *translated = NULL;
  g_autofree char *path = NULL;
  va_list args;

  if (!_fw_rule_enabled (ctx, rule))
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  va_start (args, format);
  translated = _fw_finding_vprintf_translated (format, args);
  va_end (args);

  path = field != NULL ? g_strconcat (_fw_statement_ref_get_path (ref), ".", field, NULL)
                       : g_strdup (_fw_statement_ref_get_path (ref));
  add_finding (ctx, rule, ref->order | field_rank (field), path,
               fw_statement_get_id (ref->statement), field, hint, message, translated);
}

char *
_fw_section_path (FwSection  section,
                  int        level,
                  FwDomain  *domain)
{
  switch (section)
    {
    case FW_SECTION_LEVELS:
      return g_strdup_printf ("levels.%s", fw_level_key_to_string (level));
    case FW_SECTION_AI_FLUENCY:
      return g_strdup_printf ("aiFluency.%s", fw_level_key_to_string (level));
    case FW_SECTION_DURABLE_SKILLS:
    default:
      return g_strdup_printf ("durableSkills.%s.%s", fw_domain_get_name (domain),
                              fw_durable_level_to_string (level));
    }
}

char *
_fw_section_describe (FwSection  section,
                      int        level,
                      FwDomain  *domain)
{
  switch (section)
    {
    case FW_SECTION_LEVELS:
      return g_strdup_printf ("the %s level", fw_level_key_default_label (level));
    case FW_SECTION_AI_FLUENCY:
      return g_strdup_printf ("the AI-fluency %s level", fw_level_key_default_label (level));
    case FW_SECTION_DURABLE_SKILLS:
    default:
      return g_strdup_printf ("the %s / %s cell", fw_domain_get_name (domain),
                              fw_durable_level_default_label (level));
    }
}

char *
_fw_quote (const char *text,
           guint       max_chars)
{
  GString *out = g_string_new ("\"");
  guint n = 0;
  const char *p;

  /* Control characters become spaces, so that a message stays on one line. */
  for (p = text; *p != '\0' && n < max_chars; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c))
        g_string_append_c (out, ' ');
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  if (*p != '\0')
    g_string_append (out, "\xe2\x80\xa6");
  g_string_append_c (out, '"');

  return g_string_free (out, FALSE);
}

char *
_fw_describe_statement (FwStatement *statement)
{
  g_autofree char *text = fw_statement_to_text (statement);

  return _fw_quote (text, 60);
}

double
_fw_level_seniority (int level)
{
  return level + 1.0;
}

/* Statements in document order ---------------------------------------------------------------- */

typedef struct
{
  GPtrArray      *refs;
  GPtrArray      *domains;
  FwStatementRef *next;      /* the next free entry of the block */
} CollectStatements;

static void
statement_ref_clear (FwStatementRef *ref)
{
  g_free (ref->path);
  _fw_words_free (ref->headline_words);
  _fw_words_free (ref->body_words);
}

guint
_fw_durable_group (guint domain_index,
                   int   level)
{
  return domain_index * (FW_N_DURABLE_LEVELS + 1) + level + 1;
}

/* Paths are only needed for findings, so they are built on first use. */
const char *
_fw_statement_ref_get_path (const FwStatementRef *ref)
{
  FwStatementRef *mutable_ref = (FwStatementRef *) ref;
  g_autofree char *section_path = NULL;

  if (ref->path != NULL)
    return ref->path;

  section_path = _fw_section_path (ref->section, ref->level, ref->domain);
  if (ref->section == FW_SECTION_LEVELS)
    mutable_ref->path = g_strdup_printf ("%s.statements[%u]", section_path, ref->position);
  else
    mutable_ref->path = g_strdup_printf ("%s[%u]", section_path, ref->position);

  return ref->path;
}

static gboolean
collect_statement_cb (FwStatement            *statement,
                      const FwStatementPlace *place,
                      gpointer                user_data)
{
  CollectStatements *collect = user_data;
  FwStatementRef *ref = collect->next++;
  guint group = place->level;

  ref->statement = statement;
  ref->section = place->section;
  ref->level = place->level;
  ref->domain = place->domain;
  ref->position = place->position;

  if (place->section == FW_SECTION_DURABLE_SKILLS)
    {
      g_ptr_array_find (collect->domains, place->domain, &ref->domain_index);
      group = _fw_durable_group (ref->domain_index, place->level);
    }

  ref->order = _fw_order_for_section (place->section, group, place->position + 1);
  /* Split once per run; the duplicate and progression rules both read the words. */
  ref->headline_words = _fw_words_split (fw_statement_get_headline (statement));
  ref->body_words = _fw_words_split (fw_statement_get_body (statement));

  g_ptr_array_add (collect->refs, ref);
  return TRUE;
}

/* The number of statements, counted from the stores without visiting each one. */
static guint
count_statements (FwDocument *document,
                  GPtrArray  *domains)
{
  guint n = 0;

  for (guint key = 0; key < FW_N_LEVELS; key++)
    {
      FwLevel *level = fw_document_get_level (document, key);

      n += g_list_model_get_n_items (G_LIST_MODEL (fw_level_get_statements (level)));
      n += g_list_model_get_n_items (G_LIST_MODEL (fw_level_get_ai_statements (level)));
    }

  for (guint i = 0; i < domains->len; i++)
    {
      FwDomain *domain = g_ptr_array_index (domains, i);

      for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
        n += g_list_model_get_n_items (G_LIST_MODEL (fw_domain_get_cell (domain, level)));
    }

  return n;
}

/* The statements in document order, in @refs; returns the block that holds them. */
static FwStatementRef *
collect_statements (FwDocument *document,
                    GPtrArray  *refs)
{
  GListModel *domains = G_LIST_MODEL (fw_document_get_domains (document));
  g_autoptr(GPtrArray) domain_list = g_ptr_array_new_with_free_func (g_object_unref);
  CollectStatements collect;
  FwStatementRef *block;
  guint n_domains = g_list_model_get_n_items (domains);
  guint n_statements;

  for (guint i = 0; i < n_domains; i++)
    g_ptr_array_add (domain_list, g_list_model_get_item (domains, i));

  /* One block for all the entries: the editor revalidates often. */
  n_statements = count_statements (document, domain_list);
  block = g_new0 (FwStatementRef, n_statements + 1);

  collect.refs = refs;
  collect.domains = domain_list;
  collect.next = block;
  fw_document_foreach_statement (document, collect_statement_cb, &collect);
  g_assert (refs->len == n_statements);

  return block;
}

/* FwValidator --------------------------------------------------------------------------------- */

struct _FwValidator
{
  GObject     parent_instance;

  FwProfile  *profile;
  GListStore *findings;
  guint       n_errors;
  guint       n_warnings;
  guint       n_infos;
};

G_DEFINE_FINAL_TYPE (FwValidator, fw_validator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROFILE,
  PROP_FINDINGS,
  PROP_N_ERRORS,
  PROP_N_WARNINGS,
  PROP_N_INFOS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fw_validator_dispose (GObject *object)
{
  FwValidator *self = FW_VALIDATOR (object);

  g_clear_object (&self->profile);
  g_clear_object (&self->findings);

  G_OBJECT_CLASS (fw_validator_parent_class)->dispose (object);
}

static void
fw_validator_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FwValidator *self = FW_VALIDATOR (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;

    case PROP_FINDINGS:
      g_value_set_object (value, self->findings);
      break;

    case PROP_N_ERRORS:
      g_value_set_uint (value, self->n_errors);
      break;

    case PROP_N_WARNINGS:
      g_value_set_uint (value, self->n_warnings);
      break;

    case PROP_N_INFOS:
      g_value_set_uint (value, self->n_infos);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_validator_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  FwValidator *self = FW_VALIDATOR (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      self->profile = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_validator_constructed (GObject *object)
{
  FwValidator *self = FW_VALIDATOR (object);

  G_OBJECT_CLASS (fw_validator_parent_class)->constructed (object);

  if (self->profile == NULL)
    self->profile = g_object_ref (fw_profile_get_default ());
}

static GParamSpec *
count_property (const char *name)
{
  return g_param_spec_uint (name, NULL, NULL, 0, G_MAXUINT, 0,
                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static void
fw_validator_class_init (FwValidatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fw_validator_dispose;
  object_class->get_property = fw_validator_get_property;
  object_class->set_property = fw_validator_set_property;
  object_class->constructed = fw_validator_constructed;

  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL, FW_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS |
                         G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FINDINGS] =
    g_param_spec_object ("findings", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_ERRORS] = count_property ("n-errors");
  properties[PROP_N_WARNINGS] = count_property ("n-warnings");
  properties[PROP_N_INFOS] = count_property ("n-infos");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fw_validator_init (FwValidator *self)
{
  self->findings = g_list_store_new (FW_TYPE_FINDING);
}

/**
 * fw_validator_new:
 * @profile: (nullable): the profile to apply; %NULL for the default (nsx-1.0)
 *
 * Returns: (transfer full): a validator with no findings yet
 */
FwValidator *
fw_validator_new (FwProfile *profile)
{
  g_return_val_if_fail (profile == NULL || FW_IS_PROFILE (profile), NULL);

  return g_object_new (FW_TYPE_VALIDATOR, "profile", profile, NULL);
}

FwProfile *
fw_validator_get_profile (FwValidator *self)
{
  g_return_val_if_fail (FW_IS_VALIDATOR (self), NULL);

  return self->profile;
}

static int
compare_pending (gconstpointer a,
                 gconstpointer b)
{
  const PendingFinding *pa = *(const PendingFinding * const *) a;
  const PendingFinding *pb = *(const PendingFinding * const *) b;
  FwSeverity sa = fw_finding_get_severity (pa->finding);
  FwSeverity sb = fw_finding_get_severity (pb->finding);

  if (sa != sb)
    return sa < sb ? -1 : 1;
  if (pa->order != pb->order)
    return pa->order < pb->order ? -1 : 1;
  if (pa->sequence != pb->sequence)
    return pa->sequence < pb->sequence ? -1 : 1;
  return 0;
}

static void
set_count (FwValidator *self,
           guint       *field,
           guint        value,
           guint        prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
publish_findings (FwValidator *self,
                  GPtrArray   *pending)
{
  g_autofree gpointer *items = g_new0 (gpointer, pending->len + 1);
  guint counts[3] = { 0, 0, 0 };

  g_ptr_array_sort (pending, compare_pending);
  for (guint i = 0; i < pending->len; i++)
    {
      PendingFinding *p = g_ptr_array_index (pending, i);

      items[i] = p->finding;
      counts[fw_finding_get_severity (p->finding)]++;
    }

  /* One splice, so that views see one items-changed. */
  g_list_store_splice (self->findings, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->findings)),
                       items, pending->len);

  g_object_freeze_notify (G_OBJECT (self));
  set_count (self, &self->n_errors, counts[FW_SEVERITY_ERROR], PROP_N_ERRORS);
  set_count (self, &self->n_warnings, counts[FW_SEVERITY_WARNING], PROP_N_WARNINGS);
  set_count (self, &self->n_infos, counts[FW_SEVERITY_INFO], PROP_N_INFOS);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * fw_validator_run:
 * @document: the document to check; only read
 *
 * Runs every enabled rule and replaces the findings with one items-changed emission.
 */
void
fw_validator_run (FwValidator *self,
                  FwDocument  *document)
{
  g_autoptr(GPtrArray) statements = NULL;
  g_autoptr(GPtrArray) pending = NULL;
  g_autofree FwStatementRef *block = NULL;
  FwRuleContext ctx;

  g_return_if_fail (FW_IS_VALIDATOR (self));
  g_return_if_fail (FW_IS_DOCUMENT (document));

  statements = g_ptr_array_new ();
  block = collect_statements (document, statements);
  pending = g_ptr_array_new_with_free_func (pending_finding_free);

  ctx.document = document;
  ctx.profile = self->profile;
  ctx.lexicon = _fw_lexicon_get_default ();
  ctx.statements = statements;
  ctx.pending = pending;
  ctx.nsx = fw_document_get_origin (document) == FW_ORIGIN_NSX;

  _fw_rules_occupation (&ctx);
  _fw_rules_levels (&ctx);
  _fw_rules_statements (&ctx);
  _fw_rules_progression (&ctx);
  _fw_rules_duplicates (&ctx);
  _fw_rules_durable (&ctx);
  _fw_rules_citations (&ctx);
  _fw_rules_evidence (&ctx);
  _fw_rules_onet (&ctx);

  publish_findings (self, pending);

  for (guint i = 0; i < statements->len; i++)
    statement_ref_clear (g_ptr_array_index (statements, i));
}

GListModel *
fw_validator_get_findings (FwValidator *self)
{
  g_return_val_if_fail (FW_IS_VALIDATOR (self), NULL);

  return G_LIST_MODEL (self->findings);
}

guint
fw_validator_get_n_errors (FwValidator *self)
{
  g_return_val_if_fail (FW_IS_VALIDATOR (self), 0);

  return self->n_errors;
}

guint
fw_validator_get_n_warnings (FwValidator *self)
{
  g_return_val_if_fail (FW_IS_VALIDATOR (self), 0);

  return self->n_warnings;
}

guint
fw_validator_get_n_infos (FwValidator *self)
{
  g_return_val_if_fail (FW_IS_VALIDATOR (self), 0);

  return self->n_infos;
}

/**
 * fw_validator_get_statement_findings:
 * @statement_id: a statement id
 *
 * Returns: (transfer full) (element-type FwFinding): the findings about that statement, in
 *   findings order; possibly empty
 */
GPtrArray *
fw_validator_get_statement_findings (FwValidator *self,
                                     const char  *statement_id)
{
  GPtrArray *found;
  guint n;

  g_return_val_if_fail (FW_IS_VALIDATOR (self), NULL);
  g_return_val_if_fail (statement_id != NULL, NULL);

  found = g_ptr_array_new_with_free_func (g_object_unref);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->findings));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FwFinding) finding = g_list_model_get_item (G_LIST_MODEL (self->findings), i);

      if (g_strcmp0 (fw_finding_get_statement_id (finding), statement_id) == 0)
        g_ptr_array_add (found, g_steal_pointer (&finding));
    }

  return found;
}

/* docs/rules.md ------------------------------------------------------------------------------- */

static const char markdown_intro[] =
  "# Validation rules\n"
  "\n"
  "<!-- Generated by `framewright-cli rules --markdown` from the rule catalogue in\n"
  "     src/core/validate/fw-validator.c. Do not edit: change the catalogue and regenerate.\n"
  "     A test fails when this file and the catalogue differ. -->\n"
  "\n"
  "`framewright-cli validate` and the editor's problems panel check a framework against these\n"
  "rules. Each finding names its rule, a severity, the place as a JSON-style path (such as\n"
  "`levels.developing.statements[4].body` or `durableSkills.Character.emerging`), the id of the\n"
  "statement at fault where there is one, and, where possible, how to fix it.\n"
  "\n"
  "- **error**: the framework is not sound. An export to NSX JSON is refused until it is\n"
  "  fixed (`framewright-cli export --force` overrides this; the editor asks).\n"
  "- **warning**: probably wrong; worth a look.\n"
  "- **info**: for information.\n"
  "\n"
  "Statement paths count from 0. Level statements are `levels.LEVEL.statements[N]`, AI-fluency\n"
  "statements `aiFluency.LEVEL[N]` and durable-skill statements `durableSkills.DOMAIN.LEVEL[N]`.\n"
  "\n"
  "NSX JSON exports hold only the occupation and the four levels. Rules about the sections\n"
  "they cannot hold (role labels, AI fluency, durable skills, citations, evidence pack, O*NET\n"
  "enrichment) are skipped for them, not reported as missing; the table marks these rules.\n"
  "\n";

static const char markdown_profiles[] =
  "## Profiles\n"
  "\n"
  "A profile switches rules on or off, changes their severity and holds the expected counts.\n"
  "The shipped profiles live in `data/profiles/`: `nsx-1.0` (the default) and `strict-example`.\n"
  "Select one with `framewright-cli validate --profile NAME`, or give the path of your own\n"
  "file: copy a shipped profile and tighten it. A profile is a JSON object:\n"
  "\n"
  "| Member | Meaning |\n"
  "| --- | --- |\n"
  "| `name` | The profile's name (default: the file name without `.json`). |\n"
  "| `description` | Free text. |\n"
  "| `extends` | A shipped profile's name, or a path relative to this file: start from that "
  "profile and change only what this one says. Without it a profile starts from no expected "
  "counts and every rule on at its default severity. |\n"
  "| `expectedStatementsPerLevel` | Statements each proficiency level should have (FW-LVL-004); "
  "0 switches the check off. |\n"
  "| `expectedDomains` | The durable-skill domains, by name (FW-DUR-001, FW-DUR-003). |\n"
  "| `nearDuplicateThreshold` | Word-bigram Jaccard similarity, 0 to 1, from which two "
  "statements count as near-duplicates (FW-DUP-002). |\n"
  "| `headlineMaxWords`, `headlineMaxChars` | Headline length limits (FW-STM-004); 0 means no "
  "limit. |\n"
  "| `finalPeriodSections` | The sections whose bodies must end with a period (FW-STM-006): "
  "any of `levels`, `aiFluency`, `durableSkills`. |\n"
  "| `seniorityMargin` | How far, in levels, a level's mean seniority may fall below the "
  "previous level's before FW-PRG-003 reports it. |\n"
  "| `rules` | Per rule id: `{\"enabled\": false}` and/or `{\"severity\": \"error\"}`. |\n"
  "\n"
  "Profiles are read strictly: an unknown member, an unknown rule id or a value of the wrong "
  "type is an error that gives the file, line and column.\n"
  "\n"
  "```json\n"
  "{\n"
  "  \"name\": \"our-college\",\n"
  "  \"extends\": \"nsx-1.0\",\n"
  "  \"nearDuplicateThreshold\": 0.7,\n"
  "  \"rules\": {\n"
  "    \"FW-LVL-003\": { \"enabled\": false },\n"
  "    \"FW-DUP-002\": { \"severity\": \"error\" }\n"
  "  }\n"
  "}\n"
  "```\n";

static void
append_escaped_cell (GString    *out,
                     const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '|')
        g_string_append (out, "\\|");
      else
        g_string_append_c (out, *p);
    }
}

static void
append_rule_table (GString *out)
{
  g_string_append (out, "## Summary\n\n"
                        "| Rule | Severity | Area | Checks | NSX exports |\n"
                        "| --- | --- | --- | --- | --- |\n");
  for (guint i = 0; i < FW_N_RULES; i++)
    {
      /* Markdown renderers make lowercase anchors of headings. */
      g_autofree char *anchor = g_ascii_strdown (rule_infos[i].id, -1);

      g_string_append_printf (out, "| [%s](#%s) | %s | %s | ", rule_infos[i].id, anchor,
                              fw_severity_to_string (rule_infos[i].severity),
                              rule_infos[i].area);
      append_escaped_cell (out, rule_infos[i].summary);
      g_string_append_printf (out, " | %s |\n", rule_docs[i].skip_nsx ? "skipped" : "checked");
    }
  g_string_append_c (out, '\n');
}

static void
append_rule_details (GString *out)
{
  const char *area = NULL;

  for (guint i = 0; i < FW_N_RULES; i++)
    {
      if (g_strcmp0 (area, rule_infos[i].area) != 0)
        {
          area = rule_infos[i].area;
          g_string_append_printf (out, "## %s\n\n", area);
        }

      g_string_append_printf (out, "### %s\n\n", rule_infos[i].id);
      g_string_append_printf (out, "%s Default severity: **%s**.%s\n\n", rule_infos[i].summary,
                              fw_severity_to_string (rule_infos[i].severity),
                              rule_docs[i].skip_nsx ? " Skipped for NSX exports." : "");
      g_string_append_printf (out, "%s\n\n", rule_docs[i].details);
      g_string_append_printf (out, "Example:\n\n```\nFILE: %s[%s] %s\n```\n\n",
                              fw_severity_to_string (rule_infos[i].severity), rule_infos[i].id,
                              rule_docs[i].example);
    }
}

/**
 * fw_validator_get_rules_markdown:
 *
 * The rule catalogue as the Markdown document committed as docs/rules.md.
 *
 * Returns: (transfer full): UTF-8 Markdown, ending with a newline
 */
char *
fw_validator_get_rules_markdown (void)
{
  GString *out = g_string_new (markdown_intro);

  append_rule_table (out);
  append_rule_details (out);
  g_string_append (out, markdown_profiles);

  return g_string_free (out, FALSE);
}
