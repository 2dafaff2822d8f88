/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-map.h"

G_BEGIN_DECLS

/*
 * The .fwmap file: pretty JSON with a fixed key order, like .fwk, so that git diffs stay
 * small. Members, in order: format ("framewright-map"), formatVersion ("1.0"), program
 * {name, institution, credential, cipCode, accreditor, notes}, framework {path, soc, version,
 * digest}, courses [{code, title, credits?, term?, outcomes [{id, text}]}], mappings
 * [{outcome, statement, depth ("I"|"R"|"M"), note?, mappedBy?, mappedAt?}] and statements
 * [{id, place, headline, digest}] (the fingerprints, sorted by id), then, only when a merge
 * left some, conflicts [{id, field, path, ours?, theirs?}] (a missing value is a side that
 * deleted the item).
 */

#define FW_MAP_FORMAT_MARKER "framewright-map"
#define FW_MAP_FORMAT_VERSION "1.0"

/* Most courses, outcomes and mappings a map may hold: far beyond any real program. */
#define FW_MAP_MAX_COURSES 1000
#define FW_MAP_MAX_OUTCOMES 20000
#define FW_MAP_MAX_MAPPINGS 100000

/* Reads a .fwmap; NULL with a located FW_ERROR on failure. The history starts clean. */
FwMap   *fw_map_read_bytes (const char  *data,
                            gsize        length,
                            const char  *filename,
                            GError     **error);
/* Loads @path ("-" is standard input), refusing files over FW_MAX_FILE_SIZE, and reads it. */
FwMap   *fw_map_read_file  (const char  *path,
                            GError     **error);
/* Deterministic: the same map gives the same bytes. Ends with a newline. */
GBytes  *fw_map_write      (FwMap       *map);
/* Writes atomically; on failure the file at @path is left as it was. */
gboolean fw_map_save       (FwMap       *map,
                            const char  *path,
                            GError     **error);

G_END_DECLS
