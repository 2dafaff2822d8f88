/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "fw-onet-index.h"
#include "fw-onet-new.h"
#include "fw-validator.h"

/*
 * bench-onet [ITERATIONS]: the O*NET release as New Framework uses it.
 *   index: building the occupation index from the release files, and loading it cached;
 *   keystroke: occupation search on the full list for every prefix of typed queries;
 *   new: a framework per occupation, and one validated, over all 1,016.
 */

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
report (const char *what,
        GArray     *samples)
{
  double sum = 0;

  g_array_sort (samples, compare_double);
  for (guint i = 0; i < samples->len; i++)
    sum += g_array_index (samples, double, i);
  printf ("%-34s n=%-6u mean %8.3f ms  median %8.3f ms  min %8.3f ms  max %8.3f ms\n", what,
          samples->len, sum / samples->len, g_array_index (samples, double, samples->len / 2),
          g_array_index (samples, double, 0), g_array_index (samples, double, samples->len - 1));
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  static const char * const queries[] = {
    "x-ray tech", "registered nurse", "software developer", "29-20", "chief executive",
    "electrician", "teacher assistant", "heavy truck driver",
  };
  guint iterations = argc > 1 ? (guint) atoi (argv[1]) : 20;
  FwOnetRelease *release = fw_onet_release_get_current ();
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(FwOnetIndex) index = NULL;
  g_autoptr(FwValidator) validator = fw_validator_new (NULL);
  FwOnetData *data;
  double start;

  if (release == NULL)
    {
      fprintf (stderr, "bench-onet: no O*NET release (set FW_ONET_DATA_DIR)\n");
      return 1;
    }

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(FwOnetIndex) built = NULL;

      start = now_ms ();
      built = fw_onet_index_build (fw_onet_release_get_dir (release), NULL);
      g_array_append_val (samples, (double) { now_ms () - start });
    }
  report ("index: build from release files", samples);
  g_array_set_size (samples, 0);

  g_clear_pointer (&index, fw_onet_index_free);
  index = fw_onet_index_load (fw_onet_release_get_dir (release), NULL);
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(FwOnetIndex) cached = NULL;

      start = now_ms ();
      cached = fw_onet_index_load (fw_onet_release_get_dir (release), NULL);
      g_array_append_val (samples, (double) { now_ms () - start });
    }
  report ("index: load from the cache", samples);
  g_array_set_size (samples, 0);

  for (guint it = 0; it < iterations; it++)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      for (gsize len = 1; queries[q][len - 1] != '\0'; len++)
        {
          g_autofree char *typed = g_strndup (queries[q], len);
          g_autoptr(GArray) matches = NULL;

          start = now_ms ();
          matches = fw_onet_index_search (index, typed, 0);
          g_array_append_val (samples, (double) { now_ms () - start });
        }
  report ("search per keystroke (1,016)", samples);
  g_array_set_size (samples, 0);

  data = fw_onet_release_load_data (release, NULL);
  for (guint i = 0; i < fw_onet_data_get_occupations (data)->len; i++)
    {
      const FwOnetOccupation *occupation =
        g_ptr_array_index (fw_onet_data_get_occupations (data), i);
      g_autoptr(FwDocument) document = NULL;

      start = now_ms ();
      document = fw_onet_new_framework (release, occupation->code, NULL, NULL);
      g_array_append_val (samples, (double) { now_ms () - start });
    }
  report ("new per occupation", samples);
  g_array_set_size (samples, 0);

  for (guint i = 0; i < fw_onet_data_get_occupations (data)->len; i++)
    {
      const FwOnetOccupation *occupation =
        g_ptr_array_index (fw_onet_data_get_occupations (data), i);
      g_autoptr(FwDocument) document = NULL;

      start = now_ms ();
      document = fw_onet_new_framework (release, occupation->code, NULL, NULL);
      fw_validator_run (validator, document);
      g_array_append_val (samples, (double) { now_ms () - start });
    }
  report ("new + validate per occupation", samples);

  return 0;
}
