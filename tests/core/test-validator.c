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

/*
 * The validation engine. Every rule has a case that builds a sound document, checks that the
 * rule stays quiet on it and on a near miss, then breaks the document and checks that the
 * rule reports the fault at the right place with an actionable message.
 */

/* Fixtures ------------------------------------------------------------------------------------ */

static char *
test_data_path (const char *name)
{
  const char *dir = g_getenv ("FW_TEST_DATA");

  g_assert_nonnull (dir);
  return g_build_filename (dir, "validate", name, NULL);
}

static FwProfile *
load_profile_file (const char *name)
{
  g_autofree char *path = test_data_path (name);
  g_autoptr(GError) error = NULL;
  FwProfile *profile = fw_profile_load (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (profile);
  return profile;
}

static void
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
}

static const char * const cites_aei[] = { "aei", NULL };
static const char * const cites_safi[] = { "safi", NULL };
static const char * const cites_both[] = { "aei", "safi", NULL };
static const char * const cites_pathsmith[] = { "pathsmith", NULL };

static void
add_levels (FwDocument *document)
{
  static const char * const texts[FW_N_LEVELS][2][2] = {
    { { "Patient positioning",
        "perform with guidance from a senior technologist to obtain the requested view." },
      { "Radiation shielding devices",
        "apply under supervision to protect patients and staff during routine procedures." } },
    { { "Standard projections",
        "perform independently for routine projections across multiple body regions." },
      { "Contrast agent preparation",
        "prepare accurately, following aseptic technique and dosing protocols." } },
    { { "Complex examinations",
        "adapt technique autonomously for trauma, pediatric and bariatric patients." },
      { "Exposure parameters",
        "optimize independently for atypical presentations, balancing quality against dose." } },
    { { "Departmental imaging protocols",
        "develop and implement organization-wide guidelines aligned with accreditation." },
      { "Radiation safety culture",
        "lead policy formulation and staff training to establish a facility-wide culture of "
        "dose optimization." } },
  };
  static const char * const ai_texts[FW_N_LEVELS][2] = {
    { "AI-assisted positioning guidance",
      "references AI-generated positioning prompts to confirm alignment before exposure" },
    { "Image quality flagging",
      "reviews AI-generated image quality scores after each acquisition" },
    { "Dose optimization review",
      "evaluates AI-recommended exposure adjustments for each patient's body habitus" },
    { "AI tool governance",
      "assesses new AI modules for clinical accuracy before recommending their adoption" },
  };
  static const char * const *ai_cites[FW_N_LEVELS] = {
    cites_aei, cites_safi, cites_both, cites_aei,
  };

  for (guint key = 0; key < FW_N_LEVELS; key++)
    {
      FwLevel *level = fw_document_get_level (document, key);

      for (guint i = 0; i < 2; i++)
        {
          g_autofree char *id = g_strdup_printf ("st-%s-%u", fw_level_key_to_string (key), i);

          add_statement (fw_level_get_statements (level), id, texts[key][i][0], texts[key][i][1],
                         NULL);
        }
      {
        g_autofree char *id = g_strdup_printf ("ai-%s-0", fw_level_key_to_string (key));

        add_statement (fw_level_get_ai_statements (level), id, ai_texts[key][0],
                       ai_texts[key][1], ai_cites[key]);
      }
    }
}

static void
add_domains (FwDocument *document)
{
  static const char * const names[] = { "Communication", "Leadership" };
  static const char * const texts[2][FW_N_DURABLE_LEVELS][2] = {
    { { "Patient history intake",
        "asks structured questions to identify contraindications before a scan" },
      { "Contrast agent communication",
        "explains the purpose and risks of contrast material in accessible terms" },
      { "Multidisciplinary handoff",
        "conveys complete patient condition summaries to receiving care teams" },
      { "Patient education leadership",
        "develops department-level communication guides that standardize instruction" } },
    { { "Task prioritization",
        "organizes a personal imaging workload by urgency without supervisory direction" },
      { "Safety culture reinforcement",
        "raises radiation protection concerns and advocates corrective action" },
      { "Student technician mentorship",
        "guides clinical rotation students through hands-on positioning instruction" },
      { "Quality improvement leadership",
        "drives systematic image quality audits and implements corrective training" } },
  };

  for (guint d = 0; d < G_N_ELEMENTS (names); d++)
    {
      g_autoptr(FwDomain) domain = fw_domain_new (names[d]);

      for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
        {
          g_autofree char *id = g_strdup_printf ("du-%u-%u", d, level);

          add_statement (fw_domain_get_cell (domain, level), id, texts[d][level][0],
                         texts[d][level][1], cites_pathsmith);
        }
      g_list_store_append (fw_document_get_domains (document), domain);
    }
}

static void
add_sources (FwDocument *document)
{
  static const char * const sources[][3] = {
    { "aei", "Anthropic Economic Index", "Anthropic Economic Index — release_2026_03_24" },
    { "safi", "Jadhav & Danve, 2026", "Skill Automation Feasibility Index" },
    { "pathsmith", "Pathsmith Durable Skills", "Pathsmith Durable Skills Framework" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_autoptr(FwSource) source = fw_source_new (sources[i][0], sources[i][1], sources[i][2]);

      g_list_store_append (fw_document_get_sources (document), source);
    }
}

static void
add_enrichment (FwDocument *document)
{
  static const char * const cip_codes[] = { "51.0907", "51.0911", NULL };
  FwOnet *onet = fw_document_get_onet (document);
  g_autoptr(FwApprenticeship) apprenticeship = fw_apprenticeship_new ("0279",
                                                                      "Radiologic Technologist");
  g_autoptr(FwTask) task = fw_task_new ("22807", "Position imaging equipment and adjust "
                                        "controls to set exposure time and distance.");
  g_autoptr(FwTask) task_without_id = fw_task_new (NULL, "Operate mobile x-ray equipment.");

  g_object_set (fw_document_get_evidence (document),
                "task-observations", 35.0,
                "augment-share", 3.5,
                "time-saved", 85.5,
                "ai-autonomy", 3.52,
                "top-skill", "Active Listening",
                "safi-score", 42.2,
                "quadrant", "Q2_ai_augmented",
                "precision", "exact",
                "wef-label", "Human-Technology Interaction",
                "wef-id", "human_technology_interaction",
                NULL);

  g_object_set (onet, "cip-codes", cip_codes, NULL);
  g_list_store_append (fw_onet_get_apprenticeships (onet), apprenticeship);
  g_list_store_append (fw_onet_get_tasks (onet), task);
  g_list_store_append (fw_onet_get_tasks (onet), task_without_id);
}

/* A small, sound framework: two statements per level, two domains, everything cited. */
static FwDocument *
build_document (void)
{
  FwDocument *document = fw_document_new ();

  g_object_set (document,
                "soc", "29-2034.00",
                "title", "Radiologic Technologists and Technicians",
                "job-zone", 3,
                "version", "v.26.05",
                "context-covered", "Hospital radiology departments and outpatient imaging "
                                   "centers, from entry level to department leadership.",
                NULL);
  add_levels (document);
  add_domains (document);
  add_sources (document);
  add_enrichment (document);

  return document;
}

static FwStatement *
get_statement (GListStore *store,
               guint       position)
{
  g_autoptr(FwStatement) statement = g_list_model_get_item (G_LIST_MODEL (store), position);

  g_assert_nonnull (statement);
  /* The store keeps its reference. */
  return statement;
}

static FwStatement *
level_statement (FwDocument *document,
                 FwLevelKey  key,
                 guint       position)
{
  return get_statement (fw_level_get_statements (fw_document_get_level (document, key)),
                        position);
}

static FwStatement *
ai_statement (FwDocument *document,
              FwLevelKey  key)
{
  return get_statement (fw_level_get_ai_statements (fw_document_get_level (document, key)), 0);
}

static FwDomain *
get_domain (FwDocument *document,
            guint       index)
{
  GListModel *domains = G_LIST_MODEL (fw_document_get_domains (document));
  g_autoptr(FwDomain) domain = g_list_model_get_item (domains, index);

  g_assert_nonnull (domain);
  return domain;
}

static FwStatement *
durable_statement (FwDocument     *document,
                   guint           domain,
                   FwDurableLevel  level)
{
  return get_statement (fw_domain_get_cell (get_domain (document, domain), level), 0);
}

static FwValidator *
run_validator (FwDocument *document,
               FwProfile  *profile)
{
  FwValidator *validator = fw_validator_new (profile);

  fw_validator_run (validator, document);
  return validator;
}

static guint
count_rule (FwValidator *validator,
            const char  *rule_id)
{
  GListModel *findings = fw_validator_get_findings (validator);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(FwFinding) finding = g_list_model_get_item (findings, i);

      if (g_str_equal (fw_finding_get_rule_id (finding), rule_id))
        n++;
    }

  return n;
}

/* The first finding of @rule_id, or NULL. */
static FwFinding *
find_rule (FwValidator *validator,
           const char  *rule_id)
{
  GListModel *findings = fw_validator_get_findings (validator);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(FwFinding) finding = g_list_model_get_item (findings, i);

      if (g_str_equal (fw_finding_get_rule_id (finding), rule_id))
        return g_steal_pointer (&finding);
    }

  return NULL;
}

static void
print_findings (FwValidator *validator)
{
  GListModel *findings = fw_validator_get_findings (validator);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(FwFinding) finding = g_list_model_get_item (findings, i);

      g_test_message ("%s[%s] %s: %s", fw_severity_to_string (fw_finding_get_severity (finding)),
                      fw_finding_get_rule_id (finding), fw_finding_get_path (finding),
                      fw_finding_get_message (finding));
    }
}

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
set_document_string (FwDocument *document,
                     const char *property,
                     const char *value)
{
  g_object_set (document, property, value, NULL);
}

static void
soc_bare (FwDocument *d)
{
  set_document_string (d, "soc", "29-2034");
}

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
developing_three (FwDocument *d)
{
  add_statement (fw_level_get_statements (fw_document_get_level (d, FW_LEVEL_DEVELOPING)),
                 "st-extra", "Imaging software",
                 "use proficiently to archive and route studies through PACS.", NULL);
}

static void
ai_emerging_emptied (FwDocument *d)
{
  FwLevel *level = fw_document_get_level (d, FW_LEVEL_EMERGING);

  g_list_store_remove_all (fw_level_get_ai_statements (level));
}

static void
headline_empty (FwDocument *d)
{
  fw_statement_set_headline (level_statement (d, FW_LEVEL_EMERGING, 0), "");
}

static void
headline_one_letter (FwDocument *d)
{
  fw_statement_set_headline (level_statement (d, FW_LEVEL_EMERGING, 0), "X");
}

static void
body_empty (FwDocument *d)
{
  fw_statement_set_body (level_statement (d, FW_LEVEL_DEVELOPING, 1), " ");
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
body_no_verb (FwDocument *d)
{
  fw_statement_set_body (level_statement (d, FW_LEVEL_EMERGING, 1),
                         "the technologist applies shielding to protect patients.");
}

static void
body_no_period (FwDocument *d)
{
  fw_statement_set_body (level_statement (d, FW_LEVEL_ADVANCED, 0),
                         "develop and implement organization-wide guidelines across the network");
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
body_double_space (FwDocument *d)
{
  fw_statement_set_body (level_statement (d, FW_LEVEL_DEVELOPING, 1),
                         "prepare  accurately, following aseptic technique and dosing protocols.");
}

static void
headline_trailing_space (FwDocument *d)
{
  fw_statement_set_headline (durable_statement (d, 0, FW_DURABLE_APPLYING),
                             "Multidisciplinary handoff ");
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
emerging_leads (FwDocument *d)
{
  fw_statement_set_body (level_statement (d, FW_LEVEL_EMERGING, 1),
                         "lead the shielding checks of the imaging team during routine "
                         "procedures.");
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
developing_near_emerging (FwDocument *d)
{
  FwStatement *near = level_statement (d, FW_LEVEL_DEVELOPING, 1);

  fw_statement_set_headline (near, "Patient positioning");
  fw_statement_set_body (near, "perform with guidance from a senior technologist to obtain "
                               "the requested views.");
}

static void
durable_near_level (FwDocument *d)
{
  FwStatement *near = durable_statement (d, 1, FW_DURABLE_EXCEEDING);

  fw_statement_set_headline (near, "Departmental imaging protocols");
  fw_statement_set_body (near, "develop and implement organization-wide guidelines aligned "
                               "with accreditation bodies");
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
remove_all_domains (FwDocument *d)
{
  g_list_store_remove_all (fw_document_get_domains (d));
}

static void
empty_communication_emerging (FwDocument *d)
{
  g_list_store_remove_all (fw_domain_get_cell (get_domain (d, 0), FW_DURABLE_EMERGING));
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
cite_missing_source (FwDocument *d)
{
  static const char * const citations[] = { "safi", "wef-2021", "wef-2021", NULL };

  fw_statement_set_citations (ai_statement (d, FW_LEVEL_DEVELOPING), citations);
}

static void
add_unused_source (FwDocument *d)
{
  g_autoptr(FwSource) source = fw_source_new ("onet", "O*NET v30.2", "O*NET Resource Center");

  g_list_store_append (fw_document_get_sources (d), source);
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
cip_short (FwDocument *d)
{
  static const char * const codes[] = { "51.0907", "51.91", NULL };

  g_object_set (fw_document_get_onet (d), "cip-codes", codes, NULL);
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

static void
anchor_unknown (FwDocument *d)
{
  static const char * const anchors[] = { "22804", "12345", NULL };

  fw_statement_set_anchors (level_statement (d, FW_LEVEL_EMERGING, 0), anchors);
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

/* Profiles ------------------------------------------------------------------------------------- */

static void
test_profile_by_name (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FwProfile) nsx = fw_profile_load ("nsx-1.0", &error);
  g_autoptr(FwProfile) strict = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (fw_profile_get_name (nsx), ==, "nsx-1.0");
  g_assert_cmpuint (fw_profile_get_expected_statements (nsx), ==, 10);
  g_assert_cmpuint (g_strv_length ((char **) _fw_profile_get_domains (nsx)), ==, 10);
  g_assert_cmpstr (_fw_profile_get_domains (nsx)[5], ==, "Character");

  strict = fw_profile_load ("strict-example", &error);
  g_assert_no_error (error);
  /* Its own name, and what it does not change inherited from nsx-1.0. */
  g_assert_cmpstr (fw_profile_get_name (strict), ==, "strict-example");
  g_assert_cmpuint (fw_profile_get_expected_statements (strict), ==, 10);
  g_assert_cmpint (_fw_profile_rule_severity (strict, FW_RULE_DUP_NEAR), ==, FW_SEVERITY_ERROR);
  g_assert_cmpint (_fw_profile_rule_severity (nsx, FW_RULE_DUP_NEAR), ==, FW_SEVERITY_WARNING);
}

static void
test_profile_default (void)
{
  FwProfile *profile = fw_profile_get_default ();
  g_autoptr(FwValidator) validator = fw_validator_new (NULL);

  g_assert_nonnull (profile);
  g_assert_true (profile == fw_profile_get_default ());
  g_assert_cmpstr (fw_profile_get_name (profile), ==, "nsx-1.0");
  g_assert_true (fw_validator_get_profile (validator) == profile);
}

static void
test_profile_unknown_name (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FwProfile) profile = fw_profile_load ("no-such-profile", &error);

  g_assert_null (profile);
  g_assert_error (error, FW_ERROR, FW_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "no-such-profile: error: no shipped profile"));
}

static void
test_profile_by_path (void)
{
  g_autoptr(FwProfile) profile = load_profile_file ("org-profile.json");
  g_autoptr(FwDocument) document = build_document ();
  g_autoptr(FwValidator) validator = NULL;
  g_autoptr(FwValidator) default_validator = NULL;

  g_assert_cmpstr (fw_profile_get_name (profile), ==, "our-college");
  g_assert_cmpuint (fw_profile_get_expected_statements (profile), ==, 2);

  /* FW-LVL-004 is switched off by the organisation's profile, not by nsx-1.0. */
  developing_three (document);
  validator = run_validator (document, profile);
  g_assert_cmpuint (count_rule (validator, "FW-LVL-004"), ==, 0);
  default_validator = run_validator (document, NULL);
  g_assert_cmpuint (count_rule (default_validator, "FW-LVL-004"), ==, 4);
}

static void
test_profile_severity_changed (void)
{
  g_autoptr(FwProfile) profile = load_profile_file ("org-profile.json");
  g_autoptr(FwDocument) document = build_document ();
  g_autoptr(FwValidator) validator = NULL;
  g_autoptr(FwValidator) default_validator = NULL;
  g_autoptr(FwFinding) finding = NULL;
  g_autoptr(FwFinding) default_finding = NULL;

  developing_near_emerging (document);
  validator = run_validator (document, profile);
  finding = find_rule (validator, "FW-DUP-002");
  g_assert_nonnull (finding);
  g_assert_cmpint (fw_finding_get_severity (finding), ==, FW_SEVERITY_ERROR);
  g_assert_cmpuint (fw_validator_get_n_errors (validator), ==, 1);

  default_validator = run_validator (document, NULL);
  default_finding = find_rule (default_validator, "FW-DUP-002");
  g_assert_cmpint (fw_finding_get_severity (default_finding), ==, FW_SEVERITY_WARNING);
}

typedef struct
{
  const char *file;
  const char *location;    /* ":LINE:COLUMN: error: " */
  const char *message;     /* a part of the message */
} BadProfile;

static const BadProfile bad_profiles[] = {
  { "bad-unknown-rule.json", ":5:5: error: ", "unknown rule \"FW-XYZ-999\"" },
  { "bad-severity.json", ":4:33: error: ",
    "rules.FW-DUP-002.severity: expected \"error\", \"warning\" or \"info\", got \"fatal\"" },
  { "bad-type.json", ":3:29: error: ", "nearDuplicateThreshold: expected a number, got a string" },
  { "bad-member.json", ":3:3: error: ", "unknown profile member \"expectedStatementPerLevel\"" },
  { "bad-syntax.json", ":4:1: error: ", "" },
  { "bad-extends-loop.json", ":3:14: error: ", "extend each other more than 8 deep" },
};

static void
test_profile_bad_file (gconstpointer data)
{
  const BadProfile *bad = data;
  g_autofree char *path = test_data_path (bad->file);
  g_autofree char *prefix = g_strconcat (path, bad->location, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FwProfile) profile = fw_profile_load (path, &error);

  g_assert_null (profile);
  g_assert_nonnull (error);
  g_assert_true (error->domain == FW_ERROR);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_nonnull (strstr (error->message, bad->message));
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
  g_autofree char *onet_dir = NULL;

  g_test_init (&argc, &argv, NULL);

  /* The task-id rule checks against a small, real excerpt of the O*NET task table. */
  g_assert_nonnull (g_getenv ("FW_TEST_DATA"));
  onet_dir = test_data_path ("onet");
  g_setenv ("FW_ONET_DATA_DIR", onet_dir, TRUE);

  g_test_add_func ("/validator/baseline-quiet", test_baseline_quiet);
  for (guint i = 0; i < G_N_ELEMENTS (rule_cases); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/validator/rule/%s", rule_cases[i].rule_id);

      g_test_add_data_func (test_path, &rule_cases[i], test_rule);
    }
  g_test_add_func ("/validator/rule/FW-STM-005/not-a-verb", test_body_not_a_verb);
  g_test_add_func ("/validator/rule/FW-STM-007/headline", test_whitespace_in_headline);
  g_test_add_func ("/validator/rule/FW-DUP-002/across-sections",
                   test_near_duplicate_across_sections);
  g_test_add_func ("/validator/rule/FW-DUR-001/no-domains", test_no_durable_skills);
  g_test_add_func ("/validator/rule/FW-ONT-003/anchor", test_anchor_unknown);
  g_test_add_func ("/validator/rule/FW-CIT-002/once", test_dangling_citation_once);
  g_test_add_func ("/validator/profile/by-name", test_profile_by_name);
  g_test_add_func ("/validator/profile/default", test_profile_default);
  g_test_add_func ("/validator/profile/unknown-name", test_profile_unknown_name);
  g_test_add_func ("/validator/profile/by-path-rule-disabled", test_profile_by_path);
  g_test_add_func ("/validator/profile/severity-changed", test_profile_severity_changed);
  for (guint i = 0; i < G_N_ELEMENTS (bad_profiles); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/validator/profile/bad/%s",
                                                    bad_profiles[i].file);

      g_test_add_data_func (test_path, &bad_profiles[i], test_profile_bad_file);
    }
  g_test_add_func ("/validator/nsx-origin-skips", test_nsx_origin_skips);
  g_test_add_func ("/validator/findings-order", test_findings_order);
  g_test_add_func ("/validator/counts-and-model", test_counts_and_model);
  g_test_add_func ("/validator/statement-findings", test_statement_findings);
  g_test_add_func ("/validator/sample/nsx-export", test_sample_nsx);
  g_test_add_func ("/validator/sample/page-text", test_sample_page);
  g_test_add_func ("/validator/catalogue", test_catalogue);
  g_test_add_func ("/validator/rules-doc", test_rules_doc);
  g_test_add_func ("/validator/lexicon", test_lexicon);

  return g_test_run ();
}
