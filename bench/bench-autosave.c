/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "fw-drafts.h"
#include "fw-formats.h"

/*
 * bench-autosave [FILE] [ITERATIONS]
 *
 * What an autosave costs the editor. The window serialises the document on the main thread
 * (the model is not thread-safe) and hands the bytes to a worker thread, which writes the
 * draft and its sidecar atomically. This measures both halves on FILE (by default the bundled
 * sample), ITERATIONS times each (default 500), and prints microseconds per run:
 *   serialise  fw_format_write (.fwk), the only part on the main thread;
 *   write      fw_draft_write, the worker thread's part (a private XDG_DATA_HOME is used).
 */

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report (const char *name,
        double     *samples,
        guint       n)
{
  qsort (samples, n, sizeof (double), compare_doubles);
  printf ("%-10s median %8.1f µs   min %8.1f   90th %8.1f   max %8.1f\n", name,
          samples[n / 2], samples[0], samples[n * 9 / 10], samples[n - 1]);
}

int
main (int   argc,
      char *argv[])
{
  const char *data_dir = g_getenv ("FW_DATA_DIR");
  g_autofree char *default_path = g_build_filename (data_dir ? data_dir : "data", "samples",
                                                    "radiologic-technologists.fwk", NULL);
  const char *path = argc > 1 ? argv[1] : default_path;
  guint iterations = argc > 2 ? (guint) atoi (argv[2]) : 500;
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(FwDraft) draft = NULL;
  g_autofree char *home = g_dir_make_tmp ("fw-bench-autosave-XXXXXX", &error);
  g_autofree double *serialise = NULL;
  g_autofree double *write = NULL;
  gsize size = 0;

  if (home == NULL || iterations == 0)
    {
      fprintf (stderr, "bench-autosave: %s\n", error ? error->message : "no iterations");
      return 1;
    }
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  document = fw_format_read_file (path, FW_FORMAT_AUTO, NULL, &error);
  if (document != NULL)
    draft = fw_draft_new (FW_DRAFT_FRAMEWORK, &error);
  if (draft == NULL)
    {
      fprintf (stderr, "bench-autosave: %s\n", error->message);
      return 1;
    }

  serialise = g_new0 (double, iterations);
  write = g_new0 (double, iterations);
  for (guint i = 0; i < iterations; i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      gint64 start = g_get_monotonic_time ();

      bytes = fw_format_write (document, FW_FORMAT_FWK, NULL, &error);
      serialise[i] = g_get_monotonic_time () - start;
      g_assert_no_error (error);
      size = g_bytes_get_size (bytes);

      start = g_get_monotonic_time ();
      if (!fw_draft_write (draft, bytes, fw_document_get_title (document), path, NULL, &error))
        {
          fprintf (stderr, "bench-autosave: %s\n", error->message);
          return 1;
        }
      write[i] = g_get_monotonic_time () - start;
    }

  printf ("%s: %" G_GSIZE_FORMAT " bytes, %u runs each\n", path, size, iterations);
  report ("serialise", serialise, iterations);
  report ("write", write, iterations);
  fw_draft_discard (draft);
  return 0;
}
