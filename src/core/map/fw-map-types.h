/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* How far a course outcome takes a statement: introduced, reinforced or mastered. */
typedef enum
{
  FW_DEPTH_NONE,
  FW_DEPTH_INTRODUCED,
  FW_DEPTH_REINFORCED,
  FW_DEPTH_MASTERED,
} FwDepth;

/* "I", "R" or "M" ("" for FW_DEPTH_NONE). */
const char *fw_depth_to_string   (FwDepth     depth);
/* Accepts I, R, M and Introduced, Reinforced, Mastered, in any case, with surrounding
 * blanks; FALSE for anything else. */
gboolean    fw_depth_from_string (const char *text,
                                  FwDepth    *depth);

/* The separator of a qualified outcome id: "RAD110:CLO1". */
#define FW_MAP_QUALIFIER ':'

/* get_property/set_property for a string property kept in *field (field is NULL for an
 * unknown prop_id, which is warned about). Setting stores "" for NULL and notifies only
 * when the text changed. */
void        fw_map_get_string_property (GObject      *object,
                                        guint         prop_id,
                                        char        **field,
                                        GValue       *value,
                                        GParamSpec   *pspec);
void        fw_map_set_string_property (GObject      *object,
                                        guint         prop_id,
                                        char        **field,
                                        const GValue *value,
                                        GParamSpec   *pspec);

G_END_DECLS
