/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <adwaita.h>

#include "fw-bench-frame.h"
#include "fw-library.h"
#include "fw-library-window.h"

/*
 * bench-library-window CORPUS [ITERATIONS [CACHE]]: the library window on a folder of
 * frameworks (the 1,016 of gen-corpus.py), in a scratch cache. It opens the folder in a
 * library window (timing the first index, on the window's thread). It then measures the list
 * of frameworks: sorting by each column (a click on its header) and typing "technicians" into
 * the list's filter, each with the frame that follows. Last it types queries into the search
 * entry one character at a time (each query is ASCII) and measures for every keystroke
 *   search  what the entry's change runs on the main thread: the query (the window's first page
 *           results), grouping them by framework and replacing the list model's rows, and
 *   frame   the next frame's work (update, layout, paint), which binds the visible rows,
 *   query   for comparison, fw_library_search () alone on a connection of its own, with
 *           the window's limit (the part of "search" that is SQLite's),
 * and prints min, median, 90th and 99th percentile and max of each and of search + frame,
 * against the 16 ms of a frame at 60 Hz. Times are the main thread's processor time (a busy
 * machine does not count); the wall-clock sum is printed too. Needs a display (xvfb-run). With
 * CACHE, the index is kept there (and found there warm on the next run) instead of in a
 * scratch folder.
 */

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        remove (child);
    }
  remove (path);
}

int
main (int   argc,
      char *argv[])
{
  static const char * const queries[] = {
    "radiographs", "\"patient positioning\"", "level:advanced safety", "soc:29-* equipment",
    "zone:4 budget reports", "section:tasks inspect", "equip*",
  };
  g_autoptr(GArray) search = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frame = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) total = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) query = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) list_sort = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) list_filter = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) list_frame = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(FwLibrary) library = NULL;
  g_autofree char *corpus = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *cache = NULL;
  FwBenchFrameTimes times = { 0 };
  FwLibraryWindow *window;
  GtkEditable *entry;
  GdkFrameClock *clock;
  guint iterations;
  gint64 start;

  if (argc < 2)
    {
      fprintf (stderr, "usage: bench-library-window CORPUS [ITERATIONS [CACHE]]\n");
      return 2;
    }
  iterations = argc > 2 ? (guint) atoi (argv[2]) : 3;
  /* A scratch cache and settings that stay in memory: the bench leaves nothing behind. */
  cache = argc > 3 ? NULL : g_dir_make_tmp ("bench-library-window-XXXXXX", NULL);
  g_setenv ("XDG_CACHE_HOME", cache != NULL ? cache : argv[3], TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  /* Xvfb has no GPU: GL would be drawn by the processor, in this thread, and counted. */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  adw_init ();

  folder = g_file_new_for_commandline_arg (argv[1]);
  window = fw_library_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  start = g_get_monotonic_time ();
  fw_library_window_set_folder (window, folder);
  while (fw_library_window_get_indexing (window))
    g_main_context_iteration (NULL, TRUE);
  printf ("index in the window (%s cache): %u files in %.0f ms\n",
          cache != NULL ? "a new" : "the given",
          g_list_model_get_n_items (fw_library_window_get_frameworks (window)),
          (g_get_monotonic_time () - start) / 1000.0);

  corpus = g_file_get_path (folder);
  library = fw_library_open ((const char *[]) { corpus, NULL }, NULL, NULL);
  entry = fw_library_window_get_search_entry (window);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  fw_bench_watch_frames (clock, &times);

  /* The list of frameworks: a click on each header, and typing in its filter. */
  {
    GtkColumnView *view = fw_library_window_get_column_view (window);
    GListModel *columns = gtk_column_view_get_columns (view);
    GtkEditable *filter = fw_library_window_get_filter_entry (window);
    static const char typed_filter[] = "technicians";

    for (guint it = 0; it < iterations; it++)
      for (guint c = 0; c < g_list_model_get_n_items (columns); c++)
        {
          g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, c);
          gint64 cpu_start = fw_bench_cpu_time ();

          gtk_column_view_sort_by_column (view, column, it % 2 ? GTK_SORT_DESCENDING
                                                                : GTK_SORT_ASCENDING);
          g_array_append_val (list_sort, (double) { (fw_bench_cpu_time () - cpu_start) / 1000.0 });
          times = (FwBenchFrameTimes) { 0 };
          gtk_widget_queue_draw (GTK_WIDGET (window));
          while (!times.painted)
            g_main_context_iteration (NULL, TRUE);
          g_array_append_val (list_frame, (double) {
                                (times.frame_end - times.frame_start) / 1000.0 });
        }
    for (guint it = 0; it < iterations; it++)
      {
        for (int len = 0; typed_filter[len] != '\0'; len++)
          {
            gint64 cpu_start = fw_bench_cpu_time ();
            int position = len;

            gtk_editable_insert_text (filter, typed_filter + len, 1, &position);
            g_array_append_val (list_filter, (double) { (fw_bench_cpu_time () - cpu_start) / 1000.0 });
            times = (FwBenchFrameTimes) { 0 };
            gtk_widget_queue_draw (GTK_WIDGET (window));
            while (!times.painted)
              g_main_context_iteration (NULL, TRUE);
            g_array_append_val (list_frame, (double) {
                                  (times.frame_end - times.frame_start) / 1000.0 });
          }
        gtk_editable_set_text (filter, "");
      }
  }

  for (guint it = 0; it < iterations; it++)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      {
        for (gsize len = 1; queries[q][len - 1] != '\0'; len++)
          {
            g_autofree char *typed = g_strndup (queries[q], len);
            gint64 cpu_start = fw_bench_cpu_time ();
            gint64 wall_start = g_get_monotonic_time ();
            int position = (int) len - 1;
            double s, f, w;

            /* One character typed at the end, as a key press inserts it (one "changed"). */
            gtk_editable_insert_text (entry, typed + len - 1, 1, &position);
            s = (fw_bench_cpu_time () - cpu_start) / 1000.0;
            w = (g_get_monotonic_time () - wall_start) / 1000.0;
            times = (FwBenchFrameTimes) { 0 };
            gtk_widget_queue_draw (GTK_WIDGET (window));
            while (!times.painted)
              g_main_context_iteration (NULL, TRUE);
            f = (times.frame_end - times.frame_start) / 1000.0;
            w += (times.wall_end - times.wall_start) / 1000.0;
            if (g_getenv ("BENCH_VERBOSE") != NULL)
              printf ("%-26s %4u rows  search %6.2f ms  frame %6.2f ms\n", typed,
                      g_list_model_get_n_items (fw_library_window_get_results (window)), s, f);
            g_array_append_val (search, s);
            g_array_append_val (frame, f);
            g_array_append_val (total, (double) { s + f });
            g_array_append_val (wall, w);
            cpu_start = fw_bench_cpu_time ();
            g_ptr_array_unref (fw_library_search (library, typed, 50, NULL)
                                 ?: g_ptr_array_new ());
            g_array_append_val (query, (double) { (fw_bench_cpu_time () - cpu_start) / 1000.0 });
          }
        gtk_editable_set_text (entry, "");
      }

  fw_bench_report ("list: sort", list_sort);
  fw_bench_report ("list: filter", list_filter);
  fw_bench_report ("list: frame", list_frame);
  fw_bench_report ("search", search);
  fw_bench_report ("frame", frame);
  fw_bench_report ("search + frame", total);
  fw_bench_report ("wall clock", wall);
  fw_bench_report ("query (core)", query);
  g_clear_pointer (&library, fw_library_free);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  if (cache != NULL)
    remove_tree (cache);
  return 0;
}
