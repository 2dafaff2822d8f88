/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * bench-suggest [-v] FRAMEWORK SET.tsv [FRAMEWORK SET.tsv …]
 *
 * The quality of suggestions and job-posting coverage on labelled sets (see
 * tests/data/text/README.md): hit@1, hit@3 and MRR for each set, and the time a query takes.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "fw-eval-suggest.h"
#include "fw-formats.h"

int
main (int    argc,
      char **argv)
{
  gboolean verbose = argc > 1 && strcmp (argv[1], "-v") == 0;
  int first = verbose ? 2 : 1;

  if (argc < first + 2 || (argc - first) % 2 != 0)
    {
      fprintf (stderr, "usage: %s [-v] FRAMEWORK SET.tsv [FRAMEWORK SET.tsv …]\n", argv[0]);
      return 2;
    }

  for (int i = first; i + 1 < argc; i += 2)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                                      fw_diagnostic_free);
      g_autoptr(FwDocument) framework = fw_format_read_file (argv[i], FW_FORMAT_AUTO, warnings,
                                                             &error);
      FwEvalResult result;
      gint64 start;
      double elapsed;

      if (framework == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return 2;
        }
      start = g_get_monotonic_time ();
      if (!fw_eval_suggest (framework, argv[i + 1], verbose, &result, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 2;
        }
      elapsed = (g_get_monotonic_time () - start) / 1000.0;
      printf ("%s: %u texts  hit@1 %.3f  hit@3 %.3f (%u)  MRR %.3f  (%.1f ms with indexing)\n",
              argv[i + 1], result.n, (double) result.hits_at_1 / MAX (result.n, 1),
              (double) result.hits_at_3 / MAX (result.n, 1), result.hits_at_3, result.mrr,
              elapsed);
    }

  return 0;
}
