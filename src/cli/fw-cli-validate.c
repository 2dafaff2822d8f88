/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fw-cli-map-private.h"
#include "fw-json.h"
#include "fw-library.h"
#include "fw-validator.h"

/*
 * framewright-cli validate [--profile P] [--format text|json] [--jobs N] INPUT|DIR…
 *
 * A folder stands for the .fwk and .json files under it (fw_library_find_files (), as the
 * library index finds them), in path order.
 *
 * Files are read and validated by the main thread and N - 1 worker threads, one FwValidator
 * per file; the model objects of different documents share nothing, and the shared data
 * (profile, lexicon, splitter, O*NET tables) is immutable once loaded and loaded under g_once.
 * Every thread takes the next unclaimed file with one atomic increment, so there is no queue,
 * lock or wake-up per file, and a long file does not hold up the others. Each thread formats
 * its file's report; the main thread, between its own files, prints the finished reports in
 * input order, and prints the rest once the workers have been joined.
 */

typedef struct
{
  const char *input;
  GString    *out;          /* findings, formatted: text lines, or JSON objects joined by ",\n" */
  GString    *err;          /* reader warnings and the read error, for stderr */
  guint       n_findings;
  guint       n_errors;
  gboolean    unreadable;
  int         done;         /* atomic: set once the report is complete */
} FileReport;

typedef struct
{
  FwProfile  *profile;
  gboolean    json;
  FileReport *reports;
  guint       n_reports;
  int         next;         /* atomic: the first file no thread has claimed */
} ValidateJob;

static const char *
display_name (const char *input)
{
  return g_strcmp0 (input, "-") == 0 ? "<stdin>" : input;
}

static void
append_text_finding (GString    *out,
                     const char *file,
                     FwFinding  *finding)
{
  g_string_append_printf (out, "%s: %s[%s] %s: %s\n", file,
                          fw_severity_to_string (fw_finding_get_severity (finding)),
                          fw_finding_get_rule_id (finding), fw_finding_get_path (finding),
                          fw_finding_get_message (finding));
}

static void
append_json_finding (GString    *out,
                     const char *file,
                     FwFinding  *finding)
{
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  const char *statement_id = fw_finding_get_statement_id (finding);

  json_object_set_string_member (object, "file", file);
  json_object_set_string_member (object, "rule", fw_finding_get_rule_id (finding));
  json_object_set_string_member (object, "severity",
                                 fw_severity_to_string (fw_finding_get_severity (finding)));
  json_object_set_string_member (object, "path", fw_finding_get_path (finding));
  json_object_set_string_member (object, "message",
                                 fw_finding_get_untranslated_message (finding));
  if (statement_id != NULL)
    json_object_set_string_member (object, "statementId", statement_id);

  json_node_set_object (node, object);
  if (out->len > 0)
    g_string_append (out, ",\n");
  fw_json_write (out, node, FALSE);
}

static void
report_findings (FileReport  *report,
                 ValidateJob *job,
                 FwDocument  *document)
{
  g_autoptr(FwValidator) validator = fw_validator_new (job->profile);
  GListModel *findings;
  const char *file = display_name (report->input);

  fw_validator_run (validator, document);
  findings = fw_validator_get_findings (validator);
  report->n_findings = g_list_model_get_n_items (findings);
  report->n_errors = fw_validator_get_n_errors (validator);

  for (guint i = 0; i < report->n_findings; i++)
    {
      g_autoptr(FwFinding) finding = g_list_model_get_item (findings, i);

      if (job->json)
        append_json_finding (report->out, file, finding);
      else
        append_text_finding (report->out, file, finding);
    }
}

static void
validate_file (FileReport  *report,
               ValidateJob *job)
{
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = NULL;

  warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);
  document = fw_format_read_file (report->input, FW_FORMAT_AUTO, warnings, &error);

  for (guint i = 0; i < warnings->len; i++)
    {
      g_autofree char *line = fw_diagnostic_format (g_ptr_array_index (warnings, i));

      g_string_append_printf (report->err, "%s\n", line);
    }

  if (document == NULL)
    {
      g_string_append_printf (report->err, "%s\n", error->message);
      report->unreadable = TRUE;
      return;
    }

  report_findings (report, job, document);
}

/* Validates the next unclaimed file; FALSE when all are claimed. */
static gboolean
validate_next (ValidateJob *job)
{
  guint i = (guint) g_atomic_int_add (&job->next, 1);

  if (i >= job->n_reports)
    return FALSE;

  validate_file (&job->reports[i], job);
  g_atomic_int_set (&job->reports[i].done, TRUE);
  return TRUE;
}

static gpointer
worker_thread (gpointer data)
{
  ValidateJob *job = data;

  while (validate_next (job))
    ;

  return NULL;
}

/* Prints one file's report; @first_json tracks the separators of the JSON array. */
static void
print_report (ValidateJob *job,
              FileReport  *report,
              gboolean    *first_json)
{
  if (report->err->len > 0)
    {
      /* Keep stdout's order with respect to stderr when both go to one terminal. */
      fflush (stdout);
      fputs (report->err->str, stderr);
    }

  if (report->out->len == 0)
    return;

  if (job->json)
    {
      fputs (*first_json ? "\n" : ",\n", stdout);
      *first_json = FALSE;
    }
  fputs (report->out->str, stdout);
}

static gboolean
parse_format (const char *format,
              gboolean   *json)
{
  if (format == NULL || g_str_equal (format, "text"))
    *json = FALSE;
  else if (g_str_equal (format, "json"))
    *json = TRUE;
  else
    return FALSE;

  return TRUE;
}

/* Prints, frees and tallies one report; the caller knows it is complete. */
static void
finish_report (ValidateJob *job,
               FileReport  *report,
               gboolean    *first_json,
               gboolean    *unreadable,
               guint       *n_errors)
{
  print_report (job, report, first_json);
  *unreadable |= report->unreadable;
  *n_errors += report->n_errors;
  g_string_free (report->out, TRUE);
  g_string_free (report->err, TRUE);
}

static int
run_reports (ValidateJob *job,
             guint        n_jobs)
{
  g_autoptr(GPtrArray) workers = g_ptr_array_new ();
  gboolean first_json = TRUE;
  gboolean unreadable = FALSE;
  guint n_errors = 0;
  guint printed = 0;

  for (guint i = 1; i < MIN (n_jobs, job->n_reports); i++)
    g_ptr_array_add (workers, g_thread_new ("validate", worker_thread, job));

  if (job->json)
    fputs ("[", stdout);

  while (validate_next (job))
    while (printed < job->n_reports && g_atomic_int_get (&job->reports[printed].done))
      finish_report (job, &job->reports[printed++], &first_json, &unreadable, &n_errors);

  for (guint i = 0; i < workers->len; i++)
    g_thread_join (g_ptr_array_index (workers, i));

  while (printed < job->n_reports)
    finish_report (job, &job->reports[printed++], &first_json, &unreadable, &n_errors);

  if (job->json)
    fputs (first_json ? "]\n" : "\n]\n", stdout);

  if (!fw_cli_flush_stdout () || unreadable)
    return FW_CLI_EXIT_FAILURE;

  return n_errors > 0 ? FW_CLI_EXIT_INVALID : FW_CLI_EXIT_SUCCESS;
}

/* The inputs, folders replaced by the frameworks under them; NULL (error printed) on failure. */
static GPtrArray *
expand_inputs (int    argc,
               char **argv)
{
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (g_free);

  for (int i = 1; i < argc; i++)
    {
      const char *folders[] = { argv[i], NULL };
      g_autoptr(GPtrArray) found = NULL;
      g_autoptr(GError) error = NULL;

      if (g_strcmp0 (argv[i], "-") == 0 || !g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          g_ptr_array_add (inputs, g_strdup (argv[i]));
          continue;
        }

      found = fw_library_find_files (folders, &error);
      if (found == NULL)
        {
          fw_cli_print_error (error);
          return NULL;
        }
      if (found->len == 0)
        {
          fprintf (stderr, _("%s: error: no .fwk or .json files in this folder"), argv[i]);
          fputc ('\n', stderr);
          return NULL;
        }
      for (guint j = 0; j < found->len; j++)
        g_ptr_array_add (inputs, g_strdup (g_ptr_array_index (found, j)));
    }

  return g_steal_pointer (&inputs);
}

int
fw_cli_validate (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwProfile) profile = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *format = NULL;
  g_autofree char *onet_dir = NULL;
  g_autofree char *onet_release = NULL;
  g_autofree FileReport *reports = NULL;
  g_autoptr(GPtrArray) inputs = NULL;
  ValidateJob job = { NULL };
  int n_jobs = 0;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_FILENAME, &profile_name,
      N_("Apply profile P: a shipped profile's name (nsx-1.0, the default, or strict-example) "
         "or the path of a profile file"), N_("P") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      N_("Report as text (one line per finding: FILE: severity[RULE] path: message) or as a "
         "JSON array"), N_("text|json") },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &n_jobs,
      N_("Validate N files at a time (default: one per processor)"), N_("N") },
    FW_CLI_ONET_ENTRIES (onet_dir, onet_release),
    { NULL }
  };

  context = fw_cli_option_context_new ("validate", N_("INPUT|DIR…"),
                                       _("Checks frameworks against the rule catalogue "
                                         "(framewright-cli rules lists it), or a curriculum map "
                                         "as “map validate” does. Exit status: 0 when "
                                         "no errors are found, 1 when some are, 2 when an input "
                                         "cannot be read."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!fw_cli_parse_options (context, "validate", &argc, &argv)
      || !fw_cli_use_onet ("validate", onet_dir, onet_release))
    return FW_CLI_EXIT_FAILURE;

  if (argc < 2)
    return fw_cli_usage_error ("validate", _("missing INPUT"));
  /* A curriculum map has checks of its own. */
  if (argc == 2 && !g_file_test (argv[1], G_FILE_TEST_IS_DIR) && fw_cli_is_map_file (argv[1]))
    {
      char *map_argv[] = { (char *) "validate", argv[1], NULL };

      return fw_cli_map_validate (2, map_argv);
    }
  if (!parse_format (format, &job.json))
    return fw_cli_usage_error ("validate",
                               _("unknown format “%s” for --format; use text or json"), format);
  if (n_jobs < 0)
    return fw_cli_usage_error ("validate", _("--jobs needs a positive number"));

  if (profile_name != NULL)
    {
      profile = fw_profile_load (profile_name, &error);
      if (profile == NULL)
        {
          fw_cli_print_error (error);
          return FW_CLI_EXIT_FAILURE;
        }
    }
  else
    profile = g_object_ref (fw_profile_get_default ());

  job.profile = profile;

  inputs = expand_inputs (argc, argv);
  if (inputs == NULL)
    return FW_CLI_EXIT_FAILURE;

  reports = g_new0 (FileReport, MAX (inputs->len, 1));
  for (guint i = 0; i < inputs->len; i++)
    {
      reports[i].input = g_ptr_array_index (inputs, i);
      reports[i].out = g_string_new (NULL);
      reports[i].err = g_string_new (NULL);
    }

  job.reports = reports;
  job.n_reports = inputs->len;

  return run_reports (&job, n_jobs > 0 ? (guint) n_jobs : g_get_num_processors ());
}
