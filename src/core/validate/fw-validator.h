/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-document.h"
#include "fw-finding.h"

G_BEGIN_DECLS

#define FW_TYPE_PROFILE (fw_profile_get_type ())
G_DECLARE_FINAL_TYPE (FwProfile, fw_profile, FW, PROFILE, GObject)

/* Loads a shipped profile by name ("nsx-1.0") or a profile file by path. */
FwProfile  *fw_profile_load            (const char *name_or_path,
                                        GError    **error);
FwProfile  *fw_profile_get_default     (void);           /* nsx-1.0, shared, never NULL */
const char *fw_profile_get_name        (FwProfile  *self);
/* Expected statements per proficiency level (10 for nsx-1.0), 0 when the profile sets none. */
guint       fw_profile_get_expected_statements (FwProfile *self);
/* The base of CASE uri fields ("caseBaseUri"), NULL when unset. */
const char *fw_profile_get_case_base_uri       (FwProfile *self);
/* The durable-skill domains the profile expects, NULL-terminated (possibly empty). */
const char * const *fw_profile_get_expected_domains (FwProfile *self);

#define FW_TYPE_VALIDATOR (fw_validator_get_type ())
G_DECLARE_FINAL_TYPE (FwValidator, fw_validator, FW, VALIDATOR, GObject)

/*
 * Runs the rule catalogue over a document. Validation only reads the document.
 * "findings" is a GListModel of FwFinding, updated in place by fw_validator_run (errors
 * first, then warnings, then infos; document order within a severity).
 * "n-errors", "n-warnings", "n-infos" are read-only uint properties.
 */
FwValidator *fw_validator_new            (FwProfile   *profile);  /* NULL = default profile */
FwProfile   *fw_validator_get_profile    (FwValidator *self);
void         fw_validator_run            (FwValidator *self,
                                          FwDocument  *document);
GListModel  *fw_validator_get_findings   (FwValidator *self);
guint        fw_validator_get_n_errors   (FwValidator *self);
guint        fw_validator_get_n_warnings (FwValidator *self);
guint        fw_validator_get_n_infos    (FwValidator *self);
/* The findings about one statement (new array of FwFinding, possibly empty). */
GPtrArray   *fw_validator_get_statement_findings (FwValidator *self,
                                                  const char  *statement_id);
/*
 * The findings whose subject id (fw_finding_get_subject_id ()) is @subject_id, in findings
 * order, or NULL when there are none. Owned by the validator until its next run. Looking up
 * costs one hash lookup: the index is built once per run.
 */
GPtrArray   *fw_validator_lookup_findings (FwValidator *self,
                                           const char  *subject_id);

/* The rule catalogue, for docs/rules.md and `framewright-cli rules`. */
typedef struct
{
  const char *id;           /* "FW-LVL-003" */
  FwSeverity  severity;     /* default severity */
  const char *area;         /* "Occupation", "Levels", … */
  const char *summary;      /* one line */
} FwRuleInfo;

const FwRuleInfo *fw_validator_get_rules (guint *n_rules);
/* The catalogue as Markdown: the content of docs/rules.md (newly allocated). */
char             *fw_validator_get_rules_markdown (void);

G_END_DECLS
