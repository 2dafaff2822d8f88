/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "fw-document.h"

G_BEGIN_DECLS

/*
 * The corrections hand-off. @corrections is a GPtrArray of FwCorrection (of @document).
 *
 * CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote or a line
 * break, quotes doubled; UTF-8 without a byte-order mark), one row per correction under the
 * header `O*NET-SOC Code,Occupation,Element,Item ID,Current,Proposed,Kind,Rationale,
 * Evidence,Reviewer,Status,Created,Updated`; evidence source ids are joined with "; ".
 */
char     *fw_review_to_csv  (FwDocument *document,
                             GPtrArray  *corrections);
/* {"soc": …, "occupation": …, "corrections": [{"id", "item": {"type", "id", "ref"}, "kind",
 * "status", "applied", "current", "proposed", "rationale", "evidence", "reviewer", "created",
 * "updated", "replies": [{"author", "time", "text"}]}]} */
JsonNode *fw_review_to_json (FwDocument *document,
                             GPtrArray  *corrections);

G_END_DECLS
