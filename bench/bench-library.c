/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fw-library.h"

/*
 * bench-library CORPUS [ITERATIONS]: the library index over a folder of frameworks (the
 * 1,016 of gen-corpus.py), in a scratch cache.
 *   first index: fw_library_update () on an empty cache (read, validate, index every file);
 *   warm update: the same with nothing changed (what each CLI search does first);
 *   keystroke: fw_library_search () for every prefix of typed queries, the last word
 *     searched as a prefix, as the library window does while the user types.
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
  printf ("%-26s n=%-5u mean %8.3f ms  min %8.3f ms  median %8.3f ms  90th %8.3f ms"
          "  max %8.3f ms\n", what, samples->len, sum / samples->len,
          g_array_index (samples, double, 0), g_array_index (samples, double, samples->len / 2),
          g_array_index (samples, double, samples->len * 9 / 10),
          g_array_index (samples, double, samples->len - 1));
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* This thread's processor time: on a shared machine, what a quiet one would take. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* The window searches the last word as a prefix once it has three letters. */
static char *
as_typed (const char *typed)
{
  const char *last = strrchr (typed, ' ');

  last = last != NULL ? last + 1 : typed;
  if (strlen (last) < 3 || strchr (last, ':') != NULL)
    return g_strdup (typed);
  return g_strconcat (typed, "*", NULL);
}

static void
type_query (FwLibrary  *library,
            const char *query,
            GArray     *samples,
            GArray     *cpu_samples)
{
  for (const char *end = query + 1; end <= query + strlen (query); end++)
    {
      g_autofree char *typed = g_strndup (query, end - query);
      g_autofree char *text = as_typed (typed);
      g_autoptr(GPtrArray) results = NULL;
      double start = now_ms ();
      double cpu_start = cpu_ms ();

      results = fw_library_search (library, text, 200, NULL);
      g_array_append_val (samples, (double) { now_ms () - start });
      g_array_append_val (cpu_samples, (double) { cpu_ms () - cpu_start });
      if (g_getenv ("BENCH_VERBOSE") != NULL)
        printf ("%8.3f ms  %4d results  %s\n", now_ms () - start,
                results != NULL ? (int) results->len : -1, text);
    }
}

int
main (int   argc,
      char *argv[])
{
  static const char * const queries[] = {
    "radiographs", "patient positioning", "level:advanced safety", "soc:29-* equipment",
    "zone:4 budget reports", "section:tasks inspect",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(FwLibrary) library = NULL;
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *cache = NULL;
  const char *folders[2] = { NULL, NULL };
  guint iterations;
  FwLibraryStats stats;
  double start;
  double cpu_start;

  if (argc < 2)
    {
      fprintf (stderr, "usage: bench-library CORPUS [ITERATIONS]\n");
      return 2;
    }
  folders[0] = argv[1];
  iterations = argc > 2 ? (guint) atoi (argv[2]) : 20;
  cache = g_dir_make_tmp ("bench-library-XXXXXX", NULL);

  library = fw_library_open (folders, cache, &error);
  start = now_ms ();
  cpu_start = cpu_ms ();
  if (library == NULL || !fw_library_update (library, TRUE, NULL, NULL, &stats, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  printf ("first index: %u files in %.0f ms (writer thread: %.0f ms processor time; "
          "%u could not be read)\n", stats.n_files, now_ms () - start, cpu_ms () - cpu_start,
          stats.n_failed);

  for (guint i = 0; i < iterations; i++)
    {
      start = now_ms ();
      fw_library_update (library, FALSE, NULL, NULL, NULL, NULL);
      g_array_append_val (samples, (double) { now_ms () - start });
    }
  report ("warm update", samples);

  g_array_set_size (samples, 0);
  for (guint i = 0; i < iterations; i++)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      type_query (library, queries[q], samples, cpu_samples);
  report ("keystroke search (wall)", samples);
  report ("keystroke search (cpu)", cpu_samples);


  {
    g_autofree char *db = g_strdup (fw_library_get_db_path (library));
    g_autofree char *wal = g_strconcat (db, "-wal", NULL);
    g_autofree char *shm = g_strconcat (db, "-shm", NULL);

    g_clear_pointer (&library, fw_library_free);
    remove (db);
    remove (wal);
    remove (shm);
    remove (cache);
  }

  return 0;
}
