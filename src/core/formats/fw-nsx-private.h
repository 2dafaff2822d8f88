/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-document.h"

G_BEGIN_DECLS

/* Shared by the NSX reader (fw-nsx.c and its fast path, fw-nsx-fast.c) and writer
 * (fw-nsx-writer.c). */

#define NSX_SCHEMA_VERSION "1.0"

/*
 * Whether @text matches the schema's statement pattern ^\S.*\S — \S.*$: one line, a headline
 * of two or more characters that neither starts nor ends with white space, the separator, and
 * a body that does not start with white space.
 */
gboolean _fw_nsx_is_statement_text (const char *text);

/* The schema's patterns. */
typedef enum
{
  NSX_PATTERN_TIMESTAMP,
  NSX_PATTERN_SOC,
  NSX_PATTERN_VERSION,
  NSX_N_PATTERNS
} NsxPattern;

gboolean _fw_nsx_matches            (NsxPattern  pattern,
                                     const char *text);
/* What JSON Schema's "date-time" format adds to the timestamp pattern: real days, leap
 * seconds. */
gboolean _fw_nsx_is_valid_date_time (const char *text);
/* Whether @text is exactly "@headline — @body", so nothing was trimmed off either part. */
gboolean _fw_nsx_is_joined_text     (const char *text,
                                     const char *headline,
                                     const char *body);

#define NSX_SEED_PREFIX_SIZE 64

/* Writes "LEVEL/INDEX/", the start of the seed of a statement's id (the text ends it), to
 * @prefix, which has room for NSX_SEED_PREFIX_SIZE bytes. */
void     _fw_nsx_statement_seed_prefix (FwLevelKey  key,
                                        guint       index,
                                        char       *prefix);

/* The NSX reader's fast path: the document in @data (@length bytes and a NUL, UTF-8 already
 * checked), or NULL when @data is anything but plain valid NSX that reads without warnings, in
 * which case the full reader must read it and say why. */
FwDocument *_fw_nsx_read_fast (const char *data,
                               gsize       length);
/* fw_nsx_read () without the fast path. */
FwDocument *_fw_nsx_read_full (const char  *data,
                               gsize        length,
                               const char  *filename,
                               GPtrArray   *warnings,
                               GError     **error);

G_END_DECLS
