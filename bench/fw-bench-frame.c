/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "fw-bench-frame.h"

gint64
fw_bench_cpu_time (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static void
update_cb (GdkFrameClock     *clock,
           FwBenchFrameTimes *times)
{
  if (times->frame_start == 0)
    {
      times->frame_start = fw_bench_cpu_time ();
      times->wall_start = g_get_monotonic_time ();
    }
}

static void
after_paint_cb (GdkFrameClock     *clock,
                FwBenchFrameTimes *times)
{
  if (times->frame_start != 0 && !times->painted)
    {
      times->frame_end = fw_bench_cpu_time ();
      times->wall_end = g_get_monotonic_time ();
      times->painted = TRUE;
    }
}

void
fw_bench_watch_frames (GdkFrameClock     *clock,
                       FwBenchFrameTimes *times)
{
  g_signal_connect (clock, "update", G_CALLBACK (update_cb), times);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), times);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

void
fw_bench_report (const char *name,
                 GArray     *samples)
{
  double *v = (double *) samples->data;
  guint n = samples->len;

  if (n == 0)
    {
      printf ("%-16s n=0\n", name);
      return;
    }
  qsort (v, n, sizeof (double), compare_doubles);
  printf ("%-16s n=%-5u min %7.2f ms   median %7.2f   90th %7.2f   99th %7.2f   max %7.2f\n",
          name, n, v[0], v[n / 2], v[n * 9 / 10], v[n * 99 / 100], v[n - 1]);
}
