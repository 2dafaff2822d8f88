/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Timing for the bench programs that measure a window's frames (they need a display). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The calling thread's CPU time, in microseconds. */
gint64 fw_bench_cpu_time (void);

/* The first frame after the struct was zeroed: its CPU time and wall clock, in microseconds. */
typedef struct
{
  gint64   frame_start;
  gint64   frame_end;
  gint64   wall_start;
  gint64   wall_end;
  gboolean painted;
} FwBenchFrameTimes;

/*
 * Fills @times from @clock's frames: the start at the first "update", the end at the
 * "after-paint" that follows. Zero @times to measure the next frame.
 */
void   fw_bench_watch_frames (GdkFrameClock     *clock,
                              FwBenchFrameTimes *times);

/* Sorts @samples (milliseconds) and prints their count, min, median, 90th, 99th and max. */
void   fw_bench_report       (const char *name,
                              GArray     *samples);

G_END_DECLS
