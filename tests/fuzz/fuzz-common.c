/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "fw-error.h"
#include "fw-formats.h"
#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree char *name = g_path_get_basename ((*argv)[0]);

  g_set_prgname (name);
  /* A critical or a warning on any input is a bug: make it a crash the fuzzer reports. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

void
fuzz_fail (const char *what,
           const char *detail)
{
  fprintf (stderr, "%s: %s: %s\n", g_get_prgname (), what, detail != NULL ? detail : "(none)");
  abort ();
}

void
fuzz_check_error (const GError *error,
                  const char   *filename)
{
  g_autofree char *prefix = g_strconcat (filename, ":", NULL);

  if (error == NULL)
    fuzz_fail ("reader returned NULL without an error", NULL);
  if (error->domain != FW_ERROR)
    fuzz_fail ("error outside the FW_ERROR domain", error->message);
  if (!g_str_has_prefix (error->message, prefix))
    fuzz_fail ("error message does not start with the file name", error->message);
}

void
fuzz_check_warnings (GPtrArray *warnings)
{
  for (guint i = 0; i < warnings->len; i++)
    {
      g_autofree char *text = fw_diagnostic_format (g_ptr_array_index (warnings, i));

      if (text == NULL || !g_utf8_validate (text, -1, NULL))
        fuzz_fail ("warning is not valid UTF-8", text);
    }
}
