/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "fw-types.h"
#include "fw-statement.h"
#include "fw-level.h"
#include "fw-domain.h"
#include "fw-source.h"
#include "fw-evidence.h"
#include "fw-onet.h"
#include "fw-correction.h"
#include "fw-history.h"
#include "fw-conflict.h"

G_BEGIN_DECLS

#define FW_DOCUMENT_DEFAULT_LANGUAGE "en"

#define FW_TYPE_DOCUMENT (fw_document_get_type ())
G_DECLARE_FINAL_TYPE (FwDocument, fw_document, FW, DOCUMENT, GObject)

/*
 * The root of a framework. Scalar properties (strings never NULL, "" when empty):
 *   Occupation: "soc", "title", "group", "sector", "job-zone" (int, 0 = unset),
 *               "job-zone-inferred" (boolean), "job-zone-label" (e.g. "Medium Preparation")
 *   Framework:  "version" (v.YY.MM), "description", "context-covered"
 *   Provenance: "exported-at" (NSX exportedAt, "" when none), "attribution"
 *   "language"  the content language, a BCP 47 tag ("en" by default, never ""): what the
 *               statements are written in, for every text feature that depends on it
 *   "origin"    (FwOrigin as int): what the document was read from
 * Children: four FwLevel (fixed), durable-skill domains (GListStore of FwDomain), sources
 * registry (GListStore of FwSource), evidence pack, O*NET enrichment, and the history.
 */
FwDocument *fw_document_new                (void);
FwHistory  *fw_document_get_history        (FwDocument *self);
/* Runs @command on the history (convenience for fw_history_run). Takes ownership. */
void        fw_document_run                (FwDocument *self,
                                            FwCommand  *command);

const char *fw_document_get_soc            (FwDocument *self);
const char *fw_document_get_title          (FwDocument *self);
const char *fw_document_get_group          (FwDocument *self);
const char *fw_document_get_sector         (FwDocument *self);
int         fw_document_get_job_zone       (FwDocument *self);
gboolean    fw_document_get_job_zone_inferred (FwDocument *self);
const char *fw_document_get_job_zone_label (FwDocument *self);
const char *fw_document_get_version        (FwDocument *self);
const char *fw_document_get_description    (FwDocument *self);
const char *fw_document_get_context_covered (FwDocument *self);
const char *fw_document_get_exported_at    (FwDocument *self);
const char *fw_document_get_attribution    (FwDocument *self);
const char *fw_document_get_language       (FwDocument *self);
FwOrigin    fw_document_get_origin         (FwDocument *self);
void        fw_document_set_origin         (FwDocument *self,
                                            FwOrigin    origin);

FwLevel    *fw_document_get_level          (FwDocument *self,
                                            FwLevelKey  key);
/* The four levels, in order, as a GListModel of FwLevel. */
GListModel *fw_document_get_levels         (FwDocument *self);
GListStore *fw_document_get_domains        (FwDocument *self);
GListStore *fw_document_get_sources        (FwDocument *self);
FwEvidence *fw_document_get_evidence       (FwDocument *self);
FwOnet     *fw_document_get_onet           (FwDocument *self);

/* Reviewers' corrections (GListStore of FwCorrection, ordered by id). */
GListStore *fw_document_get_corrections    (FwDocument *self);
FwCorrection *fw_document_find_correction  (FwDocument *self,
                                            const char *correction_id,
                                            guint      *position);

/* The NSX "sources" provenance object, kept as is (NULL when none). Takes a reference. */
JsonNode   *fw_document_get_provenance     (FwDocument *self);
void        fw_document_set_provenance     (FwDocument *self,
                                            JsonNode   *provenance);

FwSource   *fw_document_find_source        (FwDocument *self,
                                            const char *source_id);
/* The number of statements that cite @source_id. */
guint       fw_document_count_citations    (FwDocument *self,
                                            const char *source_id);

/* Where a statement lives. */
typedef enum
{
  FW_SECTION_LEVELS,
  FW_SECTION_AI_FLUENCY,
  FW_SECTION_DURABLE_SKILLS,
} FwSection;

typedef struct
{
  FwSection   section;
  int         level;     /* FwLevelKey, or FwDurableLevel for durable skills */
  FwDomain   *domain;    /* durable skills only, else NULL */
  GListStore *store;
  guint       position;
} FwStatementPlace;

typedef gboolean (*FwStatementFunc) (FwStatement            *statement,
                                     const FwStatementPlace *place,
                                     gpointer                user_data); /* return FALSE to stop */

/* Visits every statement: levels, then AI fluency, then durable skills (domain order). */
void         fw_document_foreach_statement (FwDocument      *self,
                                            FwStatementFunc  func,
                                            gpointer         user_data);
/* Finds a statement by id; @place may be NULL. */
FwStatement *fw_document_find_statement    (FwDocument       *self,
                                            const char       *statement_id,
                                            FwStatementPlace *place);

/*
 * Keys that a reader did not know (from a newer minor format version), kept so a writer can
 * put them back. Keyed by a path such as "occupation" or "statement:ID"; values are
 * JsonObjects holding just the unknown members. The table is owned by the document.
 */
GHashTable *fw_document_get_extras         (FwDocument *self);

/*
 * The framework identifier: a UUID made once, when the framework is first saved, and kept
 * across versions and saves ("" until then). CASE exports derive their identifiers from it.
 */
const char *fw_document_get_framework_id   (FwDocument *self);
void        fw_document_set_framework_id   (FwDocument *self,
                                            const char *framework_id);
/* Provenance: when the framework was last saved with changes (RFC 3339 UTC, "" unknown). */
const char *fw_document_get_last_modified  (FwDocument *self);
void        fw_document_set_last_modified  (FwDocument *self,
                                            const char *last_modified);
/* Gives the document its identifier and last-modified time before a .fwk save. */
void        fw_document_prepare_save       (FwDocument *self,
                                            GDateTime  *now);
/*
 * Merge conflicts recorded by a three-way merge (GListStore of FwConflict, in document
 * order). The .fwk format keeps them; the validator reports each one as an error. Edit the
 * list through FwCommand on the history, like the statement lists.
 */
GListStore *fw_document_get_conflicts      (FwDocument *self);

G_END_DECLS
