/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-document.h"
#include "fw-map.h"

G_BEGIN_DECLS

/*
 * A map and the framework it maps to: which statements can be mapped (level statements,
 * durable-skill statements and AI-fluency statements: every statement of the document),
 * the fingerprints, and what changed since a statement was mapped.
 */

/* "level:emerging", "ai:proficient" or "durable:DOMAIN:applying" (newly allocated). */
char       *fw_map_place_to_string       (const FwStatementPlace *place);
/* A short readable label of a place: "Emerging", "AI fluency, Proficient",
 * "Communication, Applying" (newly allocated, not translated: framework data). */
char       *fw_map_place_to_label        (const FwStatementPlace *place);
/* "sha256:HEX" of the statement's text form "Headline — body". */
char       *fw_map_statement_digest      (FwStatement            *statement);
/* The fingerprint of @statement_id as the framework has it now, or NULL when there is no
 * such statement. */
FwMapPrint *fw_map_print_for_statement   (FwDocument             *framework,
                                          const char             *statement_id);
/* "sha256:HEX" of the framework written as .fwk: the same content, whatever file it came
 * from, gives the same digest. */
char       *fw_map_framework_digest      (FwDocument             *framework);
/*
 * Records @framework as the map's framework: @relative_path, its SOC code, version and
 * digest. Not undoable: for a new map, or after the user accepted the framework's changes.
 */
void        fw_map_bind_framework        (FwMap                  *map,
                                          FwDocument             *framework,
                                          const char             *relative_path);

/* The path of the framework a map at @map_path refers to (newly allocated). */
char       *fw_map_resolve_framework     (FwMap                  *map,
                                          const char             *map_path);
/* @framework_path relative to the directory of @map_path where that is possible, with '/'
 * separators (newly allocated). */
char       *fw_map_relative_path         (const char             *map_path,
                                          const char             *framework_path);

typedef enum
{
  FW_MAP_STALE_EDITED  = 1 << 0, /* headline or body changed */
  FW_MAP_STALE_MOVED   = 1 << 1, /* now at another level, in another section or domain */
  FW_MAP_STALE_MISSING = 1 << 2, /* no longer in the framework */
} FwMapStaleFlags;

typedef struct
{
  char            *statement_id;
  FwMapStaleFlags  flags;
  char            *headline;   /* as mapped */
  char            *old_place;  /* as mapped ("" when the map kept no fingerprint) */
  char            *new_place;  /* now ("" when missing) */
} FwMapStale;

void        fw_map_stale_free            (FwMapStale             *stale);
/*
 * Compares the mapped statements with @framework. Returns a GPtrArray of FwMapStale (owning
 * them), one per changed or missing statement, sorted by statement id, so that a map read
 * back from its file reports in the same order. Mappings are never changed or dropped.
 */
GPtrArray  *fw_map_check_framework       (FwMap                  *map,
                                          FwDocument             *framework);
/* Whether @stale reports @statement_id. */
const FwMapStale *fw_map_stale_find      (GPtrArray              *stale,
                                          const char             *statement_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwMapStale, fw_map_stale_free)

G_END_DECLS
