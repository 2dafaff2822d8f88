/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdio.h>

#include "fw-eval-suggest.h"
#include "fw-map-suggest.h"

gboolean
fw_eval_suggest (FwDocument    *framework,
                 const char    *path,
                 gboolean       verbose,
                 FwEvalResult  *result,
                 GError       **error)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  FwMapSuggester *suggester;
  double rr_sum = 0;

  *result = (FwEvalResult) { 0 };
  if (!g_file_get_contents (path, &contents, NULL, error))
    return FALSE;

  suggester = fw_map_suggester_new (framework, error);
  if (suggester == NULL)
    return FALSE;

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) parts = NULL;
      g_auto(GStrv) expected = NULL;
      g_autoptr(GPtrArray) suggestions = NULL;
      guint rank = 0;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      parts = g_strsplit (lines[i], "\t", 2);
      if (parts[1] == NULL)
        continue;
      expected = g_strsplit (g_strstrip (parts[1]), ",", -1);
      suggestions = fw_map_suggester_search (suggester, parts[0], FW_EVAL_DEPTH);
      for (guint r = 0; r < suggestions->len && rank == 0; r++)
        {
          FwMapSuggestion *suggestion = g_ptr_array_index (suggestions, r);

          if (g_strv_contains ((const char * const *) expected, suggestion->statement_id))
            rank = r + 1;
        }

      result->n++;
      if (rank == 1)
        result->hits_at_1++;
      if (rank >= 1 && rank <= 3)
        result->hits_at_3++;
      if (rank > 0)
        rr_sum += 1.0 / rank;
      if (verbose && (rank == 0 || rank > 3))
        {
          FwMapSuggestion *top = suggestions->len > 0 ? g_ptr_array_index (suggestions, 0) : NULL;

          fprintf (stderr, "miss (rank %u): %s\n  top: %s %.2f\n", rank, parts[0],
                   top != NULL ? top->statement_id : "-", top != NULL ? top->score : 0.0);
        }
    }
  fw_map_suggester_free (suggester);

  result->mrr = result->n > 0 ? rr_sum / result->n : 0;
  return TRUE;
}
