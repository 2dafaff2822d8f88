/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-map.h"

G_BEGIN_DECLS

/*
 * The semantic diff of two curriculum maps: program fields, courses (matched by code),
 * outcomes (matched by id, anywhere in the map) and mappings (matched by outcome and
 * statement). One change a line of the report; an edit is one change per field.
 */
typedef struct
{
  char *kind;        /* "added", "removed", "edited" or "moved" */
  char *path;        /* "program.name", "courses[2]", "courses[RAD101].outcomes[0]", "mappings" */
  char *id;          /* course code, outcome id, or "OUTCOME -> STATEMENT" */
  char *field;       /* for "edited" and "moved": the field or place that changed */
  char *old_value;
  char *new_value;
} FwMapChange;

void       fw_map_change_free       (FwMapChange *change);

/* Returns the changes (FwMapChange) from @old_map to @new_map, in a stable order. */
GPtrArray *fw_map_diff              (FwMap      *old_map,
                                     FwMap      *new_map);

char      *fw_map_diff_format_text  (GPtrArray  *changes,
                                     const char *old_name,
                                     const char *new_name);
char      *fw_map_diff_format_json  (GPtrArray  *changes);
/* A well-formed XHTML change report: the program, courses, outcomes, mappings and merge
 * conflicts each under a heading, edited words marked (fw-map-diff-xhtml.c). */
char      *fw_map_diff_format_xhtml (GPtrArray  *changes,
                                     const char *old_name,
                                     const char *new_name);

/* A stable plain-text rendering (for git's textconv): one item a line, in file order. */
char      *fw_map_render_text       (FwMap      *map);

G_END_DECLS
