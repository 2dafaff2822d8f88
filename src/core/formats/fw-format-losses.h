/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-formats.h"

G_BEGIN_DECLS

/*
 * The parts of @document that @format cannot hold, one translated line each ("NSX JSON has
 * no place for the corrections (2); they are left out"), so that an export never drops
 * anything without a word. Only parts the document really has are named. Empty (never NULL)
 * for .fwk, which holds everything.
 */
char **fw_format_lost_parts (FwDocument *document,
                             FwFormat    format);

/* The parts of a framework a format can hold, for formats written outside the registry. */
typedef enum
{
  FW_PART_AI_FLUENCY    = 1 << 0,
  FW_PART_DURABLE       = 1 << 1,
  FW_PART_EVIDENCE      = 1 << 2,
  FW_PART_ONET          = 1 << 3,
  FW_PART_SOURCES       = 1 << 4,
  FW_PART_CITATIONS     = 1 << 5,
  FW_PART_NOTES         = 1 << 6,
  FW_PART_ANCHORS       = 1 << 7,
  FW_PART_ROLE_LABELS   = 1 << 8,
  FW_PART_CORRECTIONS   = 1 << 9,
  FW_PART_DETAILS       = 1 << 10,  /* occupation, version, provenance */
  FW_PART_ALL           = (1 << 11) - 1,
} FwFormatParts;

/* What a format named @format_name ("PDF") that holds @holds leaves out of @document. */
char **fw_format_lost_parts_for (FwDocument    *document,
                                 const char    *format_name,
                                 FwFormatParts  holds);

G_END_DECLS
