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

char *
test_data_path (const char *name)
{
  const char *dir = g_getenv ("FW_TEST_DATA");

  g_assert_nonnull (dir);
  return g_build_filename (dir, "validate", name, NULL);
}

FwProfile *
load_profile_file (const char *name)
{
  g_autofree char *path = test_data_path (name);
  g_autoptr(GError) error = NULL;
  FwProfile *profile = fw_profile_load (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (profile);
  return profile;
}

void
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
FwDocument *
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

FwStatement *
level_statement (FwDocument *document,
                 FwLevelKey  key,
                 guint       position)
{
  return get_statement (fw_level_get_statements (fw_document_get_level (document, key)),
                        position);
}

FwStatement *
ai_statement (FwDocument *document,
              FwLevelKey  key)
{
  return get_statement (fw_level_get_ai_statements (fw_document_get_level (document, key)), 0);
}

FwDomain *
get_domain (FwDocument *document,
            guint       index)
{
  GListModel *domains = G_LIST_MODEL (fw_document_get_domains (document));
  g_autoptr(FwDomain) domain = g_list_model_get_item (domains, index);

  g_assert_nonnull (domain);
  return domain;
}

FwStatement *
durable_statement (FwDocument     *document,
                   guint           domain,
                   FwDurableLevel  level)
{
  return get_statement (fw_domain_get_cell (get_domain (document, domain), level), 0);
}

FwValidator *
run_validator (FwDocument *document,
               FwProfile  *profile)
{
  FwValidator *validator = fw_validator_new (profile);

  fw_validator_run (validator, document);
  return validator;
}

guint
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
FwFinding *
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

void
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

/* Faults shared by the rule table and other tests. */

void
set_document_string (FwDocument *document,
                     const char *property,
                     const char *value)
{
  g_object_set (document, property, value, NULL);
}

void
soc_bare (FwDocument *d)
{
  set_document_string (d, "soc", "29-2034");
}

void
developing_three (FwDocument *d)
{
  add_statement (fw_level_get_statements (fw_document_get_level (d, FW_LEVEL_DEVELOPING)),
                 "st-extra", "Imaging software",
                 "use proficiently to archive and route studies through PACS.", NULL);
}

void
headline_empty (FwDocument *d)
{
  fw_statement_set_headline (level_statement (d, FW_LEVEL_EMERGING, 0), "");
}

void
headline_one_letter (FwDocument *d)
{
  fw_statement_set_headline (level_statement (d, FW_LEVEL_EMERGING, 0), "X");
}

void
body_empty (FwDocument *d)
{
  fw_statement_set_body (level_statement (d, FW_LEVEL_DEVELOPING, 1), " ");
}

void
body_no_verb (FwDocument *d)
{
  fw_statement_set_body (level_statement (d, FW_LEVEL_EMERGING, 1),
                         "the technologist applies shielding to protect patients.");
}

void
body_no_period (FwDocument *d)
{
  fw_statement_set_body (level_statement (d, FW_LEVEL_ADVANCED, 0),
                         "develop and implement organization-wide guidelines across the network");
}

void
body_double_space (FwDocument *d)
{
  fw_statement_set_body (level_statement (d, FW_LEVEL_DEVELOPING, 1),
                         "prepare  accurately, following aseptic technique and dosing protocols.");
}

void
headline_trailing_space (FwDocument *d)
{
  fw_statement_set_headline (durable_statement (d, 0, FW_DURABLE_APPLYING),
                             "Multidisciplinary handoff ");
}

void
emerging_leads (FwDocument *d)
{
  fw_statement_set_body (level_statement (d, FW_LEVEL_EMERGING, 1),
                         "lead the shielding checks of the imaging team during routine "
                         "procedures.");
}

void
developing_near_emerging (FwDocument *d)
{
  FwStatement *near = level_statement (d, FW_LEVEL_DEVELOPING, 1);

  fw_statement_set_headline (near, "Patient positioning");
  fw_statement_set_body (near, "perform with guidance from a senior technologist to obtain "
                               "the requested views.");
}

void
durable_near_level (FwDocument *d)
{
  FwStatement *near = durable_statement (d, 1, FW_DURABLE_EXCEEDING);

  fw_statement_set_headline (near, "Departmental imaging protocols");
  fw_statement_set_body (near, "develop and implement organization-wide guidelines aligned "
                               "with accreditation bodies");
}

void
remove_all_domains (FwDocument *d)
{
  g_list_store_remove_all (fw_document_get_domains (d));
}

void
empty_communication_emerging (FwDocument *d)
{
  g_list_store_remove_all (fw_domain_get_cell (get_domain (d, 0), FW_DURABLE_EMERGING));
}

void
cite_missing_source (FwDocument *d)
{
  static const char * const citations[] = { "safi", "wef-2021", "wef-2021", NULL };

  fw_statement_set_citations (ai_statement (d, FW_LEVEL_DEVELOPING), citations);
}

void
add_unused_source (FwDocument *d)
{
  g_autoptr(FwSource) source = fw_source_new ("onet", "O*NET v30.2", "O*NET Resource Center");

  g_list_store_append (fw_document_get_sources (d), source);
}

void
cip_short (FwDocument *d)
{
  static const char * const codes[] = { "51.0907", "51.91", NULL };

  g_object_set (fw_document_get_onet (d), "cip-codes", codes, NULL);
}

void
anchor_unknown (FwDocument *d)
{
  static const char * const anchors[] = { "22804", "12345", NULL };

  fw_statement_set_anchors (level_statement (d, FW_LEVEL_EMERGING, 0), anchors);
}

/* The task-id rule checks against a small, real excerpt of the O*NET task table. */
void
use_test_onet_data (void)
{
  g_autofree char *onet_dir = NULL;

  g_assert_nonnull (g_getenv ("FW_TEST_DATA"));
  onet_dir = test_data_path ("onet");
  g_setenv ("FW_ONET_DATA_DIR", onet_dir, TRUE);
}
