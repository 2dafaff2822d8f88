/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <adwaita.h>

#include "fw-bench-frame.h"
#include "fw-new-dialog.h"

/*
 * bench-new-dialog [ITERATIONS]: New Framework's list, per keystroke, on the full list of
 * occupations. For every prefix of a few typed queries it measures
 *   filter  fw_new_dialog_filter (): the search and the new list of results, and
 *   frame   the next frame's work (update, layout, paint: from the frame clock's "update" to
 *           its "after-paint"), which binds the visible rows,
 * and prints both and their sum in milliseconds, against the 16 ms of a frame at 60 Hz. The
 * times are the main thread's CPU time, so that a busy machine (other processes taking the
 * CPU) does not count; the wall-clock sum is printed too. Needs a display (xvfb-run).
 */

int
main (int   argc,
      char *argv[])
{
  static const char * const queries[] = {
    "x-ray tech", "registered nurse", "software developer", "29-20", "chief executive",
    "electrician", "teacher assistant", "heavy truck driver",
  };
  guint iterations = argc > 1 ? (guint) atoi (argv[1]) : 5;
  g_autoptr(GArray) filter = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frame = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) total = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) wall = g_array_new (FALSE, FALSE, sizeof (double));
  FwBenchFrameTimes times = { 0 };
  FwNewDialog *dialog;
  GdkFrameClock *clock;

  adw_init ();
  dialog = fw_new_dialog_new (NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  while (!fw_new_dialog_get_ready (dialog))
    g_main_context_iteration (NULL, TRUE);

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (dialog));
  fw_bench_watch_frames (clock, &times);
  /* The dialog's first paint (fonts, styles, the first rows) is not a keystroke's. */
  gtk_widget_queue_draw (GTK_WIDGET (dialog));
  while (!times.painted)
    g_main_context_iteration (NULL, TRUE);

  for (guint it = 0; it < iterations; it++)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      for (gsize len = 0; queries[q][len] != '\0' || len == 0; len++)
        {
          g_autofree char *typed = g_strndup (queries[q], len + 1);
          gint64 start = fw_bench_cpu_time ();
          gint64 wall_start = g_get_monotonic_time ();
          double f, p, w;

          fw_new_dialog_filter (dialog, typed);
          f = (fw_bench_cpu_time () - start) / 1000.0;
          w = (g_get_monotonic_time () - wall_start) / 1000.0;
          times = (FwBenchFrameTimes) { 0 };
          gtk_widget_queue_draw (GTK_WIDGET (dialog));
          while (!times.painted)
            g_main_context_iteration (NULL, TRUE);
          p = (times.frame_end - times.frame_start) / 1000.0;
          w += (times.wall_end - times.wall_start) / 1000.0;
          g_array_append_val (wall, w);

          if (g_getenv ("BENCH_VERBOSE") != NULL)
            printf ("%-20s %3u results  filter %6.2f ms  frame %6.2f ms\n", typed,
                    fw_new_dialog_get_n_results (dialog), f, p);
          g_array_append_val (filter, f);
          g_array_append_val (frame, p);
          g_array_append_val (total, (double) { f + p });
          if (queries[q][len + 1] == '\0')
            break;
        }

  fw_bench_report ("filter", filter);
  fw_bench_report ("frame", frame);
  fw_bench_report ("filter + frame", total);
  fw_bench_report ("wall clock", wall);
  gtk_window_destroy (GTK_WINDOW (dialog));
  return 0;
}
