/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "fw-command.h"
#include "fw-document.h"
#include "fw-formats.h"
#include "fw-validator.h"

/*
 * bench-validate [FILE] [ITERATIONS]
 *
 * Measures the validator on one framework (by default the bundled sample,
 * data/samples/radiologic-technologists.fwk):
 *   (a) a full validation, as the CLI and a first open do;
 *   (b) an edit (a headline set through the document's history, as the editor does on every
 *       keystroke pause) followed by a revalidation.
 * Each is repeated ITERATIONS times (default 2000) on one validator, after a warm-up run that
 * also loads the profile and the lexicon. Prints microseconds per run.
 */

typedef struct
{
  double mean;
  double min;
  double median;
} Timing;

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static Timing
summarise (double *samples,
           guint   n)
{
  Timing timing = { 0, samples[0], 0 };

  for (guint i = 0; i < n; i++)
    {
      timing.mean += samples[i] / n;
      timing.min = MIN (timing.min, samples[i]);
    }
  qsort (samples, n, sizeof (double), compare_doubles);
  timing.median = samples[n / 2];

  return timing;
}

static gboolean
count_statement_cb (FwStatement            *statement,
                    const FwStatementPlace *place,
                    gpointer                user_data)
{
  (*(guint *) user_data)++;
  return TRUE;
}

static FwStatement *
first_statement (FwDocument *document)
{
  GListModel *statements =
    G_LIST_MODEL (fw_level_get_statements (fw_document_get_level (document, FW_LEVEL_EMERGING)));

  return g_list_model_get_item (statements, 0);
}

static char *
default_input (void)
{
  const char *data_dir = g_getenv ("FW_DATA_DIR");

  return g_build_filename (data_dir != NULL ? data_dir : "data", "samples",
                           "radiologic-technologists.fwk", NULL);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *input = argc > 1 ? g_strdup (argv[1]) : default_input ();
  guint iterations = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 2000;
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(FwValidator) validator = NULL;
  g_autoptr(FwStatement) statement = NULL;
  g_autofree double *full = NULL;
  g_autofree double *edit = NULL;
  g_autofree char *original = NULL;
  Timing full_timing, edit_timing;
  gint64 start;
  guint n_statements = 0;

  if (iterations == 0)
    {
      fprintf (stderr, "usage: bench-validate [FILE] [ITERATIONS]\n");
      return 2;
    }

  document = fw_format_read_file (input, FW_FORMAT_AUTO, NULL, &error);
  if (document == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  fw_document_foreach_statement (document, count_statement_cb, &n_statements);

  validator = fw_validator_new (NULL);
  start = g_get_monotonic_time ();
  fw_validator_run (validator, document);
  printf ("document: %s (%u statements)\n", input, n_statements);
  printf ("findings: %u errors, %u warnings, %u infos\n", fw_validator_get_n_errors (validator),
          fw_validator_get_n_warnings (validator), fw_validator_get_n_infos (validator));
  printf ("first run, loading profile and lexicon: %8.1f us\n",
          (double) (g_get_monotonic_time () - start));

  /* (a) Full validation. */
  full = g_new (double, iterations);
  for (guint i = 0; i < iterations; i++)
    {
      start = g_get_monotonic_time ();
      fw_validator_run (validator, document);
      full[i] = (double) (g_get_monotonic_time () - start);
    }

  /* (b) One edit through the history, then a revalidation. */
  statement = first_statement (document);
  original = g_strdup (fw_statement_get_headline (statement));
  edit = g_new (double, iterations);
  for (guint i = 0; i < iterations; i++)
    {
      g_autofree char *headline = g_strdup_printf ("%s %u", original, i);

      start = g_get_monotonic_time ();
      /* The history takes the command. */
      fw_document_run (document, fw_command_set_string_new (G_OBJECT (statement), "headline",
                                                            headline, TRUE));
      fw_validator_run (validator, document);
      edit[i] = (double) (g_get_monotonic_time () - start);
    }

  full_timing = summarise (full, iterations);
  edit_timing = summarise (edit, iterations);
  printf ("full validation:         mean %8.1f us, median %8.1f us, min %8.1f us (%u runs)\n",
          full_timing.mean, full_timing.median, full_timing.min, iterations);
  printf ("edit + revalidation:     mean %8.1f us, median %8.1f us, min %8.1f us (%u runs)\n",
          edit_timing.mean, edit_timing.median, edit_timing.min, iterations);
  printf ("frame budget (16 ms):    full validation uses %.1f%%\n",
          100.0 * full_timing.mean / 16000.0);

  return 0;
}
