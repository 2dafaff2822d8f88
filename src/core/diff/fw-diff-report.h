/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-diff.h"

G_BEGIN_DECLS

/*
 * The diff as people read it. @changes holds FwChange (fw_diff_documents ()); @old_name and
 * @new_name name the two versions in headings.
 */

/* Like a unified diff: a "@@ PATH ID KIND @@" line per change, then "-" and "+" lines. With
 * @color, ANSI colours, and the changed words of an edit highlighted. */
char *fw_diff_format_text  (GPtrArray  *changes,
                            const char *old_name,
                            const char *new_name,
                            gboolean    color);
/* {"changes": [{"kind", "subject", "path", "id", "old", "new", "fields", …}]}, pretty and
 * deterministic. */
char *fw_diff_format_json  (GPtrArray  *changes);
/* A well-formed XHTML change report. */
char *fw_diff_format_xhtml (GPtrArray  *changes,
                            const char *old_name,
                            const char *new_name);

/*
 * A stable plain-text rendering of a framework for git's textconv: header fields one a line,
 * then each section under a "[section]" line, one statement a line. No positions or ids, so
 * an insertion changes one line.
 */
char *fw_document_render_text (FwDocument *document);

G_END_DECLS
