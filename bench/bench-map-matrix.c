/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "fw-formats.h"
#include "fw-map-framework.h"
#include "fw-map-import.h"
#include "fw-map-report.h"
#include "fw-map-window.h"

/*
 * bench-map-matrix [FRAMEWORK] [ITERATIONS]
 *
 * What the curriculum map window costs at the size of a large program: FRAMEWORK (by default
 * the bundled sample, 140 statements) against 30 courses of 4 outcomes, a quarter of the cells
 * mapped. Needs a display (run it under xvfb-run). In a 1366×768 map window it measures,
 * ITERATIONS times each (default 50), in milliseconds:
 *   rebuild   showing the map anew (fw_map_window_set_new_map: rows, columns, cells, report,
 *             gaps panel) and drawing one frame;
 *   report    fw_map_report_new alone, and stale: fw_map_check_framework alone (both run on
 *             every change);
 *   frame     drawing one frame with nothing changed;
 *   change    the cell change alone, before the frame;
 *   cell      one cell change through the map's history (what Space does), with everything it
 *             updates (cells, report, gaps panel, inspector, accessible cells), and drawing one
 *             frame;
 *   scroll    scrolling the matrix down by one row (then back up at the end), or right by one
 *             course (hscroll), and drawing one frame: the accessible cells move along.
 * A frame is the window's own layout and paint through its frame clock (from
 * "before-paint" to "after-paint"; the wait for the clock's tick is not counted).
 * scroll, hscroll and cell are also given in CPU time of the main thread ("… cpu"), which a
 * loaded machine does not inflate the way it does wall-clock time.
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
  printf ("%-11s median %7.2f ms   min %7.2f   90th %7.2f   max %7.2f\n", name,
          samples[n / 2], samples[0], samples[n * 9 / 10], samples[n - 1]);
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

typedef struct
{
  gint64   layout_start;
  double   cpu_start;
  double   elapsed;
  gboolean done;
} Frame;

/* CPU time of the calling thread, in milliseconds. */
static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

/* The CPU time of the last frame drawn. */
static double last_frame_cpu;

static void
on_layout (GdkFrameClock *clock,
           Frame         *frame)
{
  if (frame->layout_start == 0)
    {
      frame->layout_start = g_get_monotonic_time ();
      frame->cpu_start = cpu_ms ();
    }
}

static void
on_after_paint (GdkFrameClock *clock,
                Frame         *frame)
{
  if (frame->layout_start == 0)
    return;
  frame->elapsed = (g_get_monotonic_time () - frame->layout_start) / 1000.0;
  last_frame_cpu = cpu_ms () - frame->cpu_start;
  frame->done = TRUE;
}

/*
 * Runs the main loop until the window has laid itself out and painted one frame, and returns
 * how long layout and paint took (the wait for the frame clock's tick is not counted).
 */
static double
draw_frame (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  Frame frame = { 0 };
  gulong layout_id = g_signal_connect (clock, "before-paint", G_CALLBACK (on_layout), &frame);
  gint64 give_up = g_get_monotonic_time () + G_USEC_PER_SEC;
  gulong paint_id = g_signal_connect_after (clock, "after-paint", G_CALLBACK (on_after_paint),
                                            &frame);

  gtk_widget_queue_draw (window);
  while (!frame.done && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, FALSE);
  g_signal_handler_disconnect (clock, layout_id);
  g_signal_handler_disconnect (clock, paint_id);
  return frame.elapsed;
}

static FwMap *
make_map (FwDocument *framework,
          GPtrArray  *statement_ids)
{
  GString *csv = g_string_new ("course_code,course_title,outcome_id,outcome\n");
  g_autoptr(GError) error = NULL;
  FwMap *map = fw_map_new ();

  for (guint c = 0; c < 30; c++)
    for (guint o = 0; o < 4; o++)
      g_string_append_printf (csv, "C%03u,Course %u,C%03u:O%u,Outcome %u of course %u\n",
                              100 + c, c, 100 + c, o, o, c);
  if (!fw_map_import_program (map, csv->str, csv->len, "bench.csv", FW_MAP_SOURCE_CSV, &error))
    g_error ("%s", error->message);
  g_string_free (csv, TRUE);
  fw_map_bind_framework (map, framework, "framework.fwk");
  for (guint s = 0; s < statement_ids->len; s++)
    for (guint c = 0; c < 30; c++)
      {
        g_autofree char *outcome = g_strdup_printf ("C%03u:O%u", 100 + c, (s + c) % 4);
        g_autoptr(FwMapPrint) print = NULL;

        if ((s * 7 + c * 3) % 4 != 0)
          continue;
        print = fw_map_print_for_statement (framework, g_ptr_array_index (statement_ids, s));
        fw_map_set_mapping (map, outcome, g_ptr_array_index (statement_ids, s),
                            1 + (s + c) % 3, NULL, NULL, NULL, print);
      }
  fw_history_mark_clean (fw_map_get_history (map));
  return map;
}

/* Removes the drafts the window left in the bench's data folder, and the folder. */
static void
remove_drafts (const char *home)
{
  g_autofree char *drafts = g_build_filename (home, "framewright", "drafts", NULL);
  g_autofree char *parent = g_build_filename (home, "framewright", NULL);
  g_autoptr(GDir) dir = g_dir_open (drafts, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (drafts, name, NULL);

      g_remove (path);
    }
  g_rmdir (drafts);
  g_rmdir (parent);
  g_rmdir (home);
}

static gboolean
collect_cb (FwStatement            *statement,
            const FwStatementPlace *place,
            gpointer                user_data)
{
  g_ptr_array_add (user_data, g_strdup (fw_statement_get_id (statement)));
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  const char *data_dir = g_getenv ("FW_DATA_DIR");
  g_autofree char *default_path = g_build_filename (data_dir ? data_dir : "data", "samples",
                                                    "radiologic-technologists.fwk", NULL);
  const char *path = argc > 1 ? argv[1] : default_path;
  guint iterations = argc > 2 ? (guint) atoi (argv[2]) : 50;
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) framework = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(FwMap) map = NULL;
  g_autofree double *rebuild = NULL;
  g_autofree double *cell = NULL;
  g_autofree double *cell_cpu = NULL;
  g_autofree double *change = NULL;
  g_autoptr(GtkApplication) app = NULL;
  g_autofree char *home = NULL;
  FwMapWindow *window;
  FwMapMatrixView *matrix;
  guint row;

  /* The map window autosaves drafts of the unsaved map: into a folder of the bench's own. */
  home = g_dir_make_tmp ("fw-bench-map-XXXXXX", &error);
  if (home == NULL)
    g_error ("%s", error->message);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  if (!gtk_init_check () || iterations == 0)
    {
      fprintf (stderr, "bench-map-matrix: no display (run it under xvfb-run)\n");
      return 77;
    }
  adw_init ();
  framework = fw_format_read_file (path, FW_FORMAT_AUTO, NULL, &error);
  if (framework == NULL)
    g_error ("%s", error->message);
  fw_document_foreach_statement (framework, collect_cb, ids);
  map = make_map (framework, ids);

  app = gtk_application_new ("org.framewright.BenchMap", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  window = fw_map_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  fw_map_window_set_new_map (window, map, framework, NULL);
  matrix = fw_map_window_get_matrix (window);
  for (guint i = 0; i < 20; i++)
    {
      iterate ();
      g_usleep (10000);
    }
  printf ("%u statements (%u rows) × %u courses, %u mappings\n", ids->len,
          fw_map_matrix_view_get_n_rows (matrix), fw_map_matrix_view_get_n_columns (matrix),
          g_list_model_get_n_items (G_LIST_MODEL (fw_map_get_mappings (map))));

  rebuild = g_new (double, iterations);
  for (guint i = 0; i < iterations; i++)
    {
      gint64 start = g_get_monotonic_time ();

      double before;

      fw_map_window_set_new_map (window, map, framework, NULL);
      before = (g_get_monotonic_time () - start) / 1000.0;
      rebuild[i] = before + draw_frame (GTK_WIDGET (window));
    }

  /* Cycle cells of the first statement rows from the keyboard's entry point. */
  gtk_widget_grab_focus (GTK_WIDGET (matrix));
  cell = g_new (double, iterations);
  cell_cpu = g_new (double, iterations);
  change = g_new (double, iterations);
  row = fw_map_matrix_view_row_is_header (matrix, 0) ? 1 : 0;
  for (guint i = 0; i < iterations; i++)
    {
      g_autofree char *outcome = g_strdup_printf ("C%03u:O0", 100 + i % 30);
      const char *statement = fw_map_matrix_view_get_row_statement (matrix, row);
      g_autoptr(FwMapPrint) print = fw_map_print_for_statement (framework, statement);
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms ();

      fw_map_set_mapping (map, outcome, statement, 1 + i % 3, NULL, NULL, NULL, print);
      change[i] = (g_get_monotonic_time () - start) / 1000.0;
      cell_cpu[i] = cpu_ms () - cpu_start;
      cell[i] = change[i] + draw_frame (GTK_WIDGET (window));
      cell_cpu[i] += last_frame_cpu;
    }
  /* The two core analyses every change runs, alone. */
  {
    g_autofree double *analysis = g_new (double, iterations);
    g_autofree double *staleness = g_new (double, iterations);

    for (guint i = 0; i < iterations; i++)
      {
        gint64 start = g_get_monotonic_time ();
        FwMapReport *map_report = fw_map_report_new (map, framework, FW_MAP_REDUNDANT_DEFAULT);
        GPtrArray *stale;

        analysis[i] = (g_get_monotonic_time () - start) / 1000.0;
        start = g_get_monotonic_time ();
        stale = fw_map_check_framework (map, framework);
        staleness[i] = (g_get_monotonic_time () - start) / 1000.0;
        g_ptr_array_unref (stale);
        fw_map_report_free (map_report);
      }
    report ("report", analysis, iterations);
    report ("stale", staleness, iterations);
  }
  /* Scrolling a row, or a course, at a time. */
  {
    g_autofree double *scroll = g_new (double, iterations);
    g_autofree double *hscroll = g_new (double, iterations);
    g_autofree double *scroll_cpu = g_new (double, iterations);
    g_autofree double *hscroll_cpu = g_new (double, iterations);
    GtkScrollable *scrollable = GTK_SCROLLABLE (matrix);
    GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (scrollable);
    GtkAdjustment *hadjustment = gtk_scrollable_get_hadjustment (scrollable);

    for (guint i = 0; i < iterations; i++)
      {
        double max = gtk_adjustment_get_upper (vadjustment) -
                     gtk_adjustment_get_page_size (vadjustment);
        double next = gtk_adjustment_get_value (vadjustment) + 28;
        gint64 start = g_get_monotonic_time ();
        double cpu_start = cpu_ms ();

        gtk_adjustment_set_value (vadjustment, next > max ? 0 : next);
        scroll_cpu[i] = cpu_ms () - cpu_start;
        scroll[i] = (g_get_monotonic_time () - start) / 1000.0 +
                    draw_frame (GTK_WIDGET (window));
        scroll_cpu[i] += last_frame_cpu;
      }
    for (guint i = 0; i < iterations; i++)
      {
        double max = gtk_adjustment_get_upper (hadjustment) -
                     gtk_adjustment_get_page_size (hadjustment);
        double next = gtk_adjustment_get_value (hadjustment) + 66;
        gint64 start = g_get_monotonic_time ();
        double cpu_start = cpu_ms ();

        gtk_adjustment_set_value (hadjustment, next > max ? 0 : next);
        hscroll_cpu[i] = cpu_ms () - cpu_start;
        hscroll[i] = (g_get_monotonic_time () - start) / 1000.0 +
                     draw_frame (GTK_WIDGET (window));
        hscroll_cpu[i] += last_frame_cpu;
      }
    report ("scroll", scroll, iterations);
    report ("scroll cpu", scroll_cpu, iterations);
    report ("hscroll", hscroll, iterations);
    report ("hscroll cpu", hscroll_cpu, iterations);
  }
  /* A frame with nothing changed: what drawing the whole window costs here. */
  {
    g_autofree double *frame = g_new (double, iterations);

    for (guint i = 0; i < iterations; i++)
      {
        frame[i] = draw_frame (GTK_WIDGET (window));
      }
    report ("frame", frame, iterations);
  }
  report ("rebuild", rebuild, iterations);
  report ("change", change, iterations);
  report ("cell", cell, iterations);
  report ("cell cpu", cell_cpu, iterations);
  fw_history_mark_clean (fw_map_get_history (map));
  gtk_window_destroy (GTK_WINDOW (window));
  remove_drafts (home);
  return 0;
}
