/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "fw-diff.h"
#include "fw-formats.h"
#include "fw-merge.h"

/*
 * bench-diff [FILE] [ITERATIONS]: the semantic diff and the three-way merge on FILE (the sample
 * by default), and on the same framework grown to 250 statements a level. The diff compares
 * a copy with one body edited, one statement added and one moved; after an NSX-like renaming
 * of every id, all of them are matched by text, the worst case. The merge joins two such
 * copies against the original. Prints milliseconds per run: mean, median, minimum.
 */

static FwDocument *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  FwDocument *document = fw_format_read_file (path, FW_FORMAT_AUTO, NULL, &error);

  if (document == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      exit (2);
    }
  return document;
}

static FwDocument *
copy (FwDocument *document,
      gboolean    new_ids)
{
  g_autoptr(GBytes) bytes = fw_format_write (document, FW_FORMAT_FWK, NULL, NULL);
  FwDocument *result = fw_format_read_bytes (bytes, "copy.fwk", FW_FORMAT_FWK, NULL, NULL);

  if (new_ids)
    {
      for (guint key = 0; key < FW_N_LEVELS; key++)
        {
          GListStore *store = fw_level_get_statements (fw_document_get_level (result, key));

          for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
            {
              g_autoptr(FwStatement) old = g_list_model_get_item (G_LIST_MODEL (store), i);
              g_autoptr(FwStatement) renamed = fw_statement_new (fw_statement_get_headline (old),
                                                                 fw_statement_get_body (old));

              g_list_store_splice (store, i, 1, (gpointer *) &renamed, 1);
            }
        }
    }
  return result;
}

static void
grow (FwDocument *document,
      guint       per_level)
{
  for (guint key = 0; key < FW_N_LEVELS; key++)
    {
      GListStore *store = fw_level_get_statements (fw_document_get_level (document, key));
      guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

      for (guint i = n; i < per_level; i++)
        {
          g_autoptr(FwStatement) base = g_list_model_get_item (G_LIST_MODEL (store), i % n);
          g_autofree char *headline = g_strdup_printf ("%s %u", fw_statement_get_headline (base),
                                                       i);
          g_autofree char *body = g_strdup_printf ("variant %u: %s", i,
                                                   fw_statement_get_body (base));
          g_autoptr(FwStatement) statement = fw_statement_new (headline, body);

          g_list_store_append (store, statement);
        }
    }
}

static void
edit (FwDocument *document,
      guint       seed)
{
  GListStore *store = fw_level_get_statements (fw_document_get_level (document,
                                                                      FW_LEVEL_DEVELOPING));
  g_autoptr(FwStatement) added = fw_statement_new ("Added", "do something new.");
  g_autoptr(FwStatement) moved = g_list_model_get_item (G_LIST_MODEL (store), 0);
  g_autoptr(FwStatement) edited = g_list_model_get_item (G_LIST_MODEL (store), 2 + seed);

  fw_statement_set_body (edited, "worded otherwise.");
  g_list_store_append (store, added);
  g_list_store_remove (store, 0);
  g_list_store_append (store, moved);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
report (const char *what,
        GArray     *times)
{
  double sum = 0;

  g_array_sort (times, compare_doubles);
  for (guint i = 0; i < times->len; i++)
    sum += g_array_index (times, double, i);
  printf ("%-44s mean %8.3f ms  median %8.3f ms  min %8.3f ms\n", what, sum / times->len,
          g_array_index (times, double, times->len / 2), g_array_index (times, double, 0));
}

static void
bench (const char *label,
       FwDocument *original,
       guint       iterations)
{
  g_autoptr(FwDocument) edited = copy (original, FALSE);
  g_autoptr(FwDocument) renamed = NULL;
  g_autoptr(GArray) by_id = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) by_text = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) merges = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *name = NULL;

  edit (edited, 0);
  renamed = copy (edited, TRUE);
  for (guint i = 0; i < iterations; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) a = fw_diff_documents (original, edited);
      gint64 middle = g_get_monotonic_time ();
      g_autoptr(GPtrArray) b = fw_diff_documents (original, renamed);
      gint64 end = g_get_monotonic_time ();
      double ms[2] = { (middle - start) / 1000.0, (end - middle) / 1000.0 };

      g_array_append_val (by_id, ms[0]);
      g_array_append_val (by_text, ms[1]);
    }
  for (guint i = 0; i < iterations; i++)
    {
      g_autoptr(FwDocument) ours = copy (original, FALSE);
      g_autoptr(FwDocument) theirs = copy (original, FALSE);
      gint64 start;
      double ms;

      edit (ours, 0);
      edit (theirs, 1);
      start = g_get_monotonic_time ();
      fw_merge_documents (original, ours, theirs);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (merges, ms);
    }

  name = g_strdup_printf ("%s: diff, matched by id", label);
  report (name, by_id);
  g_free (name);
  name = g_strdup_printf ("%s: diff, matched by text", label);
  report (name, by_text);
  g_free (name);
  name = g_strdup_printf ("%s: three-way merge", label);
  report (name, merges);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *sample = g_build_filename (g_getenv ("FW_DATA_DIR") != NULL
                                              ? g_getenv ("FW_DATA_DIR") : "data",
                                              "samples", "radiologic-technologists.fwk", NULL);
  const char *path = argc > 1 ? argv[1] : sample;
  guint iterations = argc > 2 ? (guint) atoi (argv[2]) : 50;
  g_autoptr(FwDocument) document = load (path);
  g_autoptr(FwDocument) large = copy (document, FALSE);

  bench ("sample (40 statements)", document, iterations);
  grow (large, 250);
  bench ("grown (1,000 statements)", large, MAX (iterations / 10, 3u));
  return 0;
}
