/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A non-fatal problem found while reading: "FILE:LINE: warning: MESSAGE". */
typedef struct
{
  char *file;
  guint line;     /* 0 when unknown */
  guint column;   /* 0 when unknown */
  char *message;
  char *statement_id; /* NULL unless the warning is about one statement */
} FwDiagnostic;

FwDiagnostic *fw_diagnostic_new    (const char   *file,
                                    guint         line,
                                    guint         column,
                                    const char   *statement_id,
                                    const char   *format,
                                    ...) G_GNUC_PRINTF (5, 6);
void          fw_diagnostic_free   (FwDiagnostic *self);
/* "FILE:LINE: warning: MESSAGE" (newly allocated). */
char         *fw_diagnostic_format (const FwDiagnostic *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwDiagnostic, fw_diagnostic_free)

G_END_DECLS
