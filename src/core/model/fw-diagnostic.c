/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-diagnostic.h"

FwDiagnostic *
fw_diagnostic_new (const char *file,
                   guint       line,
                   guint       column,
                   const char *statement_id,
                   const char *format,
                   ...)
{
  FwDiagnostic *self;
  va_list args;

  g_return_val_if_fail (format != NULL, NULL);

  self = g_new0 (FwDiagnostic, 1);
  self->file = g_strdup (file != NULL ? file : "<input>");
  self->line = line;
  self->column = column;
  self->statement_id = g_strdup (statement_id);

  va_start (args, format);
  self->message = g_strdup_vprintf (format, args);
  va_end (args);

  return self;
}

void
fw_diagnostic_free (FwDiagnostic *self)
{
  if (self == NULL)
    return;

  g_free (self->file);
  g_free (self->message);
  g_free (self->statement_id);
  g_free (self);
}

char *
fw_diagnostic_format (const FwDiagnostic *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->line == 0)
    return g_strdup_printf ("%s: warning: %s", self->file, self->message);

  return g_strdup_printf ("%s:%u: warning: %s", self->file, self->line, self->message);
}
