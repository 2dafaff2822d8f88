/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fw-cli-private.h"
#include "fw-error.h"
#include "fw-io.h"
#include "fw-publish.h"
#include "fw-format-losses.h"
#include "fw-validator.h"

gboolean
fw_cli_export_gate (FwDocument  *document,
                    GError     **error)
{
  return fw_cli_export_gate_with_profile (document, NULL, error);
}

gboolean
fw_cli_export_gate_with_profile (FwDocument  *document,
                                 FwProfile   *profile,
                                 GError     **error)
{
  g_autoptr(FwValidator) validator = NULL;
  guint n_errors;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  validator = fw_validator_new (profile);
  fw_validator_run (validator, document);

  n_errors = fw_validator_get_n_errors (validator);
  if (n_errors == 0)
    return TRUE;

  g_set_error (error, FW_ERROR, FW_ERROR_INVALID,
               g_dngettext (GETTEXT_PACKAGE,
                            "export refused: the framework has %u validation error; run "
                            "“framewright-cli validate” on it to see it, or pass --force to "
                            "export anyway",
                            "export refused: the framework has %u validation errors; run "
                            "“framewright-cli validate” on it to see them, or pass --force to "
                            "export anyway",
                            n_errors),
               n_errors);
  return FALSE;
}

/* What JavaScript's Date.prototype.toISOString() writes, which NSX exportedAt holds. */
static gboolean
is_timestamp (const char *text)
{
  g_autoptr(GDateTime) parsed = NULL;

  if (!g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}"
                             "(\\.[0-9]{1,9})?Z$", text, G_REGEX_DOLLAR_ENDONLY, 0))
    return FALSE;

  parsed = g_date_time_new_from_iso8601 (text, NULL);
  return parsed != NULL;
}

/* "urn:uuid:" or an absolute URI with a scheme, without spaces. */
static gboolean
is_base_uri (const char *text)
{
  g_autofree char *scheme = g_uri_parse_scheme (text);

  return scheme != NULL && strpbrk (text, " \t\n\"<>") == NULL;
}

/* Every format export writes, with its one line for --help. */
static const struct
{
  const char *name;
  const char *summary;
} export_formats[] = {
  { "nsx-json", N_("NSX JSON, schema 1.0") },
  { "fwk", N_("Framewright’s own format (.fwk)") },
  { "case-1.0", N_("1EdTech CASE 1.0 CFPackage JSON, for CASE servers such as OpenSALT") },
  { "csv", N_("one row per statement: id,section,domain,level,position,headline,body,citations") },
  { "canvas-csv", N_("Canvas LMS outcomes import CSV (groups for levels and domains)") },
  { "moodle-csv", N_("Moodle competency framework import CSV (tool_lpimportcsv)") },
  { "xlsx", N_("a workbook: the level grid, AI fluency, durable skills, sources, evidence, "
               "O*NET") },
  { "xhtml", N_("one self-contained XHTML page, to read in a browser or print") },
  { "pdf", N_("a PDF to print or share, on A4 or US Letter (--paper)") },
};

static char *
formats_description (void)
{
  GString *text = g_string_new (_("Formats:"));

  for (guint i = 0; i < G_N_ELEMENTS (export_formats); i++)
    g_string_append_printf (text, "\n  %-11s %s", export_formats[i].name,
                            _(export_formats[i].summary));
  return g_string_free (text, FALSE);
}

static gboolean
is_export_format (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (export_formats); i++)
    {
      if (g_str_equal (name, export_formats[i].name))
        return TRUE;
    }
  return FALSE;
}

/* Writes published bytes as fw_cli_write_output() writes a format: through the binding. */
static gboolean
write_published (FwDocument              *document,
                 const char              *output,
                 FwFileBinding           *binding,
                 FwPublishFormat          format,
                 const FwPublishOptions  *options,
                 GError                 **error)
{
  g_autoptr(GBytes) bytes = fw_publish_write (document, format, options, error);
  const char *data;
  gsize length = 0;

  if (bytes == NULL)
    return FALSE;
  if (binding != NULL)
    return fw_file_binding_save (binding, bytes, FW_FILE_SAVE_NONE, error);

  data = g_bytes_get_data (bytes, &length);
  return fw_io_save_atomic (output, data, length, error);
}

/*
 * framewright-cli export INPUT --to FORMAT -o OUTPUT [--exported-at TIMESTAMP]
 *                        [--case-base-uri URI] [--profile P] [--paper a4|letter] [--force]
 */
int
fw_cli_export (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(FwFileBinding) binding = NULL;
  g_autoptr(FwProfile) loaded_profile = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *to = NULL;
  g_autofree char *exported_at = NULL;
  g_autofree char *case_base_uri = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *paper_name = NULL;
  g_autofree char *output_dir = NULL;
  g_autofree char *description = formats_description ();
  gboolean force = FALSE;
  gboolean published;
  FwFormat format = FW_FORMAT_AUTO;
  FwPublishFormat publish_format = FW_PUBLISH_PDF;
  FwWriteOptions options = { NULL };
  FwPublishOptions publish_options = { FW_PAPER_A4, NULL };
  const GOptionEntry entries[] = {
    { "to", 0, 0, G_OPTION_ARG_STRING, &to,
      N_("Write FORMAT (see Formats below)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to OUTPUT (“-” for standard output)"), N_("OUTPUT") },
    { "exported-at", 0, 0, G_OPTION_ARG_STRING, &exported_at,
      N_("The export time to record, such as 2026-05-15T12:39:10.144Z (NSX JSON: exportedAt; "
         "XLSX and PDF: the creation time; default: the one the framework was read with, else "
         "now for NSX JSON and 2000-01-01 for the others)"), N_("TIMESTAMP") },
    { "case-base-uri", 0, 0, G_OPTION_ARG_STRING, &case_base_uri,
      N_("CASE: the base of every uri, such as https://case.example.org/ims/case/v1p0/ "
         "(default: the profile’s caseBaseUri, else urn:uuid:)"), N_("URI") },
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile,
      N_("Validate with profile P (a shipped name or a file) before exporting"), N_("P") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_name,
      N_("PDF: the paper size, a4 (default) or letter"), N_("PAPER") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      N_("Export even when validation finds errors"), NULL },
    { NULL }
  };

  context = fw_cli_option_context_new ("export", N_("INPUT"),
                                       _("Writes a framework in another format. Every export "
                                         "but .fwk is refused while validation finds errors, "
                                         "unless --force is given."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context, description);

  if (!fw_cli_parse_options (context, "export", &argc, &argv))
    return FW_CLI_EXIT_FAILURE;

  if (argc != 2)
    return fw_cli_usage_error ("export", argc < 2 ? _("missing INPUT")
                                                  : _("expected one INPUT, got more"));
  if (to == NULL)
    return fw_cli_usage_error ("export", _("missing --to FORMAT"));
  published = fw_publish_format_from_string (to, &publish_format);
  if (!published && !fw_cli_parse_format ("export", "--to", to, &format))
    return FW_CLI_EXIT_FAILURE;
  if (!is_export_format (to))
    return fw_cli_usage_error ("export", _("cannot export to “%s”; see --help for the formats"),
                               to);
  if (output == NULL)
    return fw_cli_usage_error ("export", _("missing -o OUTPUT"));
  if (exported_at != NULL && !is_timestamp (exported_at))
    return fw_cli_usage_error ("export", _("--exported-at needs a UTC timestamp such as "
                                           "2026-05-15T12:39:10.144Z, got “%s”"), exported_at);
  if (case_base_uri != NULL && !is_base_uri (case_base_uri))
    return fw_cli_usage_error ("export", _("--case-base-uri needs an absolute URI such as "
                                           "https://case.example.org/ims/case/v1p0/, got “%s”"),
                               case_base_uri);
  if (profile != NULL)
    {
      loaded_profile = fw_profile_load (profile, &error);
      if (loaded_profile == NULL)
        {
          fw_cli_print_error (error);
          return FW_CLI_EXIT_FAILURE;
        }
    }
  if (paper_name != NULL && !(published && publish_format == FW_PUBLISH_PDF))
    return fw_cli_usage_error ("export", _("--paper applies to --to pdf only"));
  if (paper_name != NULL && !fw_paper_from_string (paper_name, &publish_options.paper))
    return fw_cli_usage_error ("export", _("--paper needs a4 or letter, got “%s”"), paper_name);

  /* Bound before the input is read: a change another program makes meanwhile is kept. */
  if (!fw_cli_bind_output (output, &binding, &error))
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }
  document = fw_cli_read_input (argv[1], FW_FORMAT_AUTO);
  if (document == NULL)
    return FW_CLI_EXIT_FAILURE;

  if ((published || format != FW_FORMAT_FWK) && !force
      && !fw_cli_export_gate_with_profile (document, loaded_profile, &error))
    {
      fprintf (stderr, "%s: error: %s\n", g_strcmp0 (argv[1], "-") == 0 ? "<stdin>" : argv[1],
               error->message);
      return FW_CLI_EXIT_INVALID;
    }

  options.exported_at = exported_at;
  options.case_base_uri = case_base_uri;
  if (options.case_base_uri == NULL && loaded_profile != NULL)
    options.case_base_uri = fw_profile_get_case_base_uri (loaded_profile);
  publish_options.created_at = exported_at;
  /* A workbook is built beside its target, so that nothing crosses file systems. */
  if (!g_str_equal (output, "-"))
    options.temp_dir = output_dir = g_path_get_dirname (output);

  if (published ? !write_published (document, output, binding, publish_format,
                                    &publish_options, &error)
                : !fw_cli_write_output (document, output, binding, format, &options, &error))
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }

  /* Nothing is dropped without a word: one line per part the format cannot hold. */
  {
    /* The published formats show every part but the authors' notes, the task anchors and
     * the reviewers' corrections. */
    g_auto(GStrv) lost =
      published ? fw_format_lost_parts_for (document,
                                            publish_format == FW_PUBLISH_PDF ? "PDF" : "XHTML",
                                            FW_PART_ALL & ~(FW_PART_NOTES | FW_PART_ANCHORS
                                                            | FW_PART_CORRECTIONS))
                : fw_format_lost_parts (document, format);

    for (guint i = 0; lost[i] != NULL; i++)
      fprintf (stderr, "framewright-cli export: %s\n", lost[i]);
  }

  return FW_CLI_EXIT_SUCCESS;
}
