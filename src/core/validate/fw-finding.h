/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  FW_SEVERITY_ERROR,
  FW_SEVERITY_WARNING,
  FW_SEVERITY_INFO,
} FwSeverity;

const char *fw_severity_to_string   (FwSeverity  severity);  /* "error", "warning", "info" */
gboolean    fw_severity_from_string (const char *str,
                                     FwSeverity *severity);

/* The part of the document a finding is about, in document order. */
typedef enum
{
  FW_FINDING_SECTION_OCCUPATION,
  FW_FINDING_SECTION_FRAMEWORK,
  FW_FINDING_SECTION_LEVELS,
  FW_FINDING_SECTION_AI_FLUENCY,
  FW_FINDING_SECTION_DURABLE_SKILLS,
  FW_FINDING_SECTION_EVIDENCE,
  FW_FINDING_SECTION_ONET,
  FW_FINDING_SECTION_SOURCES,
} FwFindingSection;

/*
 * Where a finding is, by id rather than by position, so that it stays with its item when
 * others are inserted or removed before it.
 *   section     the part of the document
 *   level       FwLevelKey (levels, AI fluency) or FwDurableLevel (durable skills); -1 for none
 *   domain_id   the durable-skill domain (fw_domain_get_id ()), or NULL
 *   subject_id  the item at fault, or NULL for a section or level as a whole:
 *               a statement's id, a source's id, a domain's id (fw_domain_get_id (); with
 *               a level for one cell of the domain), a task's or an apprenticeship's
 *               (fw_task_get_id (), fw_apprenticeship_get_id ()), or for an item of an
 *               O*NET string list (CIP codes …) its value
 */
typedef struct
{
  FwFindingSection  section;
  int               level;
  const char       *domain_id;
  const char       *subject_id;
} FwFindingLocation;

#define FW_TYPE_FINDING (fw_finding_get_type ())
G_DECLARE_FINAL_TYPE (FwFinding, fw_finding, FW, FINDING, GObject)

/*
 * One problem found by a rule. Read-only properties:
 *   "rule-id"      e.g. "FW-LVL-003"
 *   "severity"     FwSeverity as int
 *   "message"      what is wrong, for a person: in the user's language when a translation
 *                  exists (fw_finding_get_untranslated_message() gives the English one)
 *   "path"         JSON-style location, e.g. "levels.developing.statements[4].body" or
 *                  "durableSkills.Character.emerging"
 *   "statement-id" the statement at fault, or NULL
 *   "field"        the field at fault: "headline", "body", "citations", "soc", "title", … or NULL
 *   "hint"         how to fix it, or NULL; fw_finding_get_hint() translates it
 *   "section", "level", "domain-id", "subject-id": its FwFindingLocation
 */
FwFinding  *fw_finding_new              (const char              *rule_id,
                                         FwSeverity               severity,
                                         const FwFindingLocation *location,
                                         const char              *path,
                                         const char              *statement_id,
                                         const char              *field,
                                         const char              *message,
                                         const char              *hint);
const char *fw_finding_get_rule_id      (FwFinding  *self);
FwSeverity  fw_finding_get_severity     (FwFinding  *self);
const char *fw_finding_get_message      (FwFinding  *self);
/* The message in English, with numbers written as in the C locale, for machine formats
 * (JSON reports) that must not change with the user's locale. */
const char *fw_finding_get_untranslated_message (FwFinding *self);
const char *fw_finding_get_path         (FwFinding  *self);
const char *fw_finding_get_statement_id (FwFinding  *self);
const char *fw_finding_get_field        (FwFinding  *self);
const char *fw_finding_get_hint         (FwFinding  *self);
FwFindingSection fw_finding_get_section (FwFinding  *self);
int         fw_finding_get_level        (FwFinding  *self);
const char *fw_finding_get_domain_id    (FwFinding  *self);
const char *fw_finding_get_subject_id   (FwFinding  *self);

/* For the validator: formats @format's translation, or returns NULL when it has none. */
char       *_fw_finding_vprintf_translated     (const char *format,
                                                va_list     args) G_GNUC_PRINTF (1, 0);
/* For the validator: sets the message for a person, keeping the English one. */
void        _fw_finding_set_translated_message (FwFinding  *self,
                                                const char *message);

G_END_DECLS
