/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-document.h"
#include "fw-map.h"

G_BEGIN_DECLS

/* Where a program's courses and outcomes come from. */
typedef enum
{
  FW_MAP_SOURCE_AUTO,    /* from the header line */
  FW_MAP_SOURCE_CSV,     /* course_code,course_title,outcome_id,outcome[,credits,term] */
  FW_MAP_SOURCE_CANVAS,  /* a Canvas outcomes CSV: groups become courses */
  FW_MAP_SOURCE_MOODLE,  /* a Moodle competency framework CSV: top competencies are courses */
} FwMapSource;

/* "auto", "csv", "canvas-csv", "moodle-csv". */
gboolean fw_map_source_from_string  (const char  *text,
                                     FwMapSource *source);

/*
 * Fills the empty @map with the courses and outcomes of a program file. Outcome ids that
 * several courses use (CLO1 in every course) are qualified with the course: RAD110:CLO1.
 * Errors are FILE:LINE:COLUMN at the closest cell; @map is left empty on failure.
 */
gboolean fw_map_import_program      (FwMap       *map,
                                     const char  *data,
                                     gsize        length,
                                     const char  *filename,
                                     FwMapSource  source,
                                     GError     **error);
gboolean fw_map_import_program_file (FwMap       *map,
                                     const char  *path,
                                     FwMapSource  source,
                                     GError     **error);

/*
 * Adds the mappings of a CSV `outcome_id,statement_id,depth` (optional course_code, note,
 * mapped_by, mapped_at) to @map, checking every outcome against the map and every statement
 * against @framework, before anything changes. The whole file is one undoable step.
 */
gboolean fw_map_import_mappings     (FwMap       *map,
                                     FwDocument  *framework,
                                     const char  *data,
                                     gsize        length,
                                     const char  *filename,
                                     GError     **error);
gboolean fw_map_import_mappings_file (FwMap      *map,
                                      FwDocument *framework,
                                      const char *path,
                                      GError    **error);

G_END_DECLS
