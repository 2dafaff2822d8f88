/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

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

G_END_DECLS
