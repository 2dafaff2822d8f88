/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-error.h"

G_DEFINE_QUARK (fw-error-quark, fw_error)

void
fw_set_error_at_valist (GError      **error,
                        FwErrorCode   code,
                        const char   *file,
                        guint         line,
                        guint         column,
                        const char   *fmt,
                        va_list       args)
{
  g_autofree char *message = NULL;

  g_return_if_fail (fmt != NULL);

  if (error == NULL)
    return;

  if (file == NULL)
    file = "<input>";

  message = g_strdup_vprintf (fmt, args);

  if (line == 0)
    g_set_error (error, FW_ERROR, code, "%s: error: %s", file, message);
  else if (column == 0)
    g_set_error (error, FW_ERROR, code, "%s:%u: error: %s", file, line, message);
  else
    g_set_error (error, FW_ERROR, code, "%s:%u:%u: error: %s", file, line, column, message);
}

void
fw_set_error_at (GError      **error,
                 FwErrorCode   code,
                 const char   *file,
                 guint         line,
                 guint         column,
                 const char   *fmt,
                 ...)
{
  va_list args;

  va_start (args, fmt);
  fw_set_error_at_valist (error, code, file, line, column, fmt, args);
  va_end (args);
}
