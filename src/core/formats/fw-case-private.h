/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "fw-document.h"

G_BEGIN_DECLS

/*
 * Shared by the CASE 1.0 (1EdTech Competencies and Academic Standards Exchange) writer and
 * reader: the CFItemTypes Framewright writes, and how its items name themselves.
 *
 * A package holds the document, then per level the level item, its statements and its
 * AI-fluency statements, then per durable-skill domain the domain item, its four level items
 * and their statements. Each item is the isChildOf of its parent (the levels and domains of
 * the CFDocument), with a 1-based sequenceNumber. A statement's humanCodingScheme is its id,
 * its abbreviatedStatement its headline, its fullStatement "Headline — body". The SOC code
 * rides in the CFDocument's notes ("O*NET-SOC 29-2034.00"), O*NET task anchors are
 * isRelatedTo (or, for a statement in the task's own words, exactMatchOf) associations to
 * "urn:onet:task:ID".
 */

typedef enum
{
  CASE_TYPE_LEVEL,
  CASE_TYPE_STATEMENT,
  CASE_TYPE_AI_FLUENCY,
  CASE_TYPE_DOMAIN,
  CASE_TYPE_DURABLE_LEVEL,
  CASE_N_TYPES,
  CASE_TYPE_UNKNOWN = CASE_N_TYPES,
} CaseItemType;

typedef struct
{
  const char *title;      /* CFItemType, as items name it */
  const char *type_code;  /* typeCode */
  const char *hierarchy;  /* hierarchyCode */
  const char *description;
} CaseItemTypeInfo;

extern const CaseItemTypeInfo _fw_case_item_types[CASE_N_TYPES];

#define CASE_DEFAULT_BASE_URI "urn:uuid:"
#define CASE_SOC_NOTE_PREFIX "O*NET-SOC "
#define CASE_TASK_URI_PREFIX "urn:onet:task:"
#define CASE_DEFAULT_CREATOR "Framewright"
#define CASE_LANGUAGE "en"

/* The identifier a package of @document has: its framework id, or, for a framework not yet
 * saved with one, a UUID derived from its SOC code (so that exports stay deterministic). */
char         *_fw_case_document_identifier (FwDocument *document);
/* The identifier of the item named @key ("level:emerging", "statement:ID", "domain:NAME",
 * "domain:NAME:applying") in the package of @document_id; Canvas and Moodle exports use the
 * same identifiers, so one statement has one identifier everywhere. */
char         *_fw_case_item_identifier     (const char *document_id,
                                            const char *key);
/* The type whose title or typeCode is @name; CASE_TYPE_UNKNOWN for another tool's type. */
CaseItemType  _fw_case_item_type_from_name (const char *name);

G_END_DECLS
