/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Shared by the NSX reader (fw-nsx.c) and writer (fw-nsx-writer.c). */

#define NSX_SCHEMA_VERSION "1.0"

/*
 * Whether @text matches the schema's statement pattern ^\S.*\S — \S.*$: one line, a headline
 * of two or more characters that neither starts nor ends with white space, the separator, and
 * a body that does not start with white space.
 */
gboolean _fw_nsx_is_statement_text (const char *text);

G_END_DECLS
