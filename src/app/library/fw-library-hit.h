/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "fw-library.h"

G_BEGIN_DECLS

#define FW_TYPE_LIBRARY_HIT (fw_library_hit_get_type ())
G_DECLARE_FINAL_TYPE (FwLibraryHit, fw_library_hit, FW, LIBRARY_HIT, GObject)

/*
 * One row of the library window's search results, which are grouped by framework in one
 * flat list: a framework's header row (its title, SOC and how many results it has), then
 * its results (where the statement is, its headline and a snippet with the matched words
 * highlighted).
 */
FwLibraryHit *fw_library_hit_new_header       (const FwLibraryResult *first,
                                               guint                  n_results);
FwLibraryHit *fw_library_hit_new_result       (const FwLibraryResult *result);
/* The last row when there may be more results: activating it shows more. */
FwLibraryHit *fw_library_hit_new_more         (void);
gboolean      fw_library_hit_is_header        (FwLibraryHit          *self);
gboolean      fw_library_hit_is_more          (FwLibraryHit          *self);
const char   *fw_library_hit_get_path         (FwLibraryHit          *self);
const char   *fw_library_hit_get_title        (FwLibraryHit          *self);
const char   *fw_library_hit_get_soc          (FwLibraryHit          *self);
/* "levels", "ai-fluency", "durable", "tasks", "titles"; NULL for a header. */
const char   *fw_library_hit_get_section      (FwLibraryHit          *self);
const char   *fw_library_hit_get_statement_id (FwLibraryHit          *self);
/*
 * Pango markup, escaped, with the matched words in bold: the headline (highlighted when the
 * match is in it) and the snippet of the text that matched (else the body).
 */
const char   *fw_library_hit_get_headline     (FwLibraryHit          *self);
const char   *fw_library_hit_get_snippet      (FwLibraryHit          *self);
/* Where the result is, for a person: "Levels · Advanced", "O*NET task" … */
const char   *fw_library_hit_get_place        (FwLibraryHit          *self);
guint         fw_library_hit_get_n_results    (FwLibraryHit          *self);

/*
 * Groups @results (FwLibraryResult, best first) by framework: the framework of the best
 * result first, each framework's header followed by its results in rank order.
 */
GPtrArray    *fw_library_hit_group            (GPtrArray             *results);

G_END_DECLS
