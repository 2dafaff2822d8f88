/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "fw-cli-private.h"
#include "fw-csv-merge.h"

static void
print_list (FILE       *stream,
            const char *title,
            GPtrArray  *entries)
{
  if (entries->len == 0)
    return;

  fprintf (stream, "%s\n", title);
  for (guint i = 0; i < entries->len; i++)
    fprintf (stream, "  %s\n", (const char *) g_ptr_array_index (entries, i));
}

static void
print_merge_report (FILE             *stream,
                    FwCsvMergeReport *report)
{
  /* Whole sentences, so that translations can order their words freely. */
  fprintf (stream, report->removed ? _("%u added, %u changed, %u missing from the spreadsheet "
                                       "(removed)\n")
                                   : _("%u added, %u changed, %u missing from the spreadsheet\n"),
           report->added->len, report->changed->len, report->missing->len);
  print_list (stream, _("Added:"), report->added);
  print_list (stream, _("Changed:"), report->changed);
  print_list (stream, _("Matched by text (their ids were not found):"), report->matched_by_text);
  print_list (stream, report->removed ? _("Removed (no row names them):")
                                      : _("Missing from the spreadsheet (kept; pass "
                                          "--delete-missing to remove them):"),
              report->missing);
  print_list (stream, _("Citations of sources the framework does not list:"),
              report->unknown_citations);
}

/* import ROWS.csv --from csv --into FRAMEWORK [-o OUTPUT] [--delete-missing] */
static int
import_into (const char *input,
             const char *into,
             const char *output,
             gboolean    delete_missing)
{
  g_autoptr(FwDocument) rows = NULL;
  g_autoptr(FwDocument) target = NULL;
  g_autoptr(FwFileBinding) binding = NULL;
  g_autoptr(FwCsvMergeReport) report = NULL;
  g_autoptr(GError) error = NULL;

  if (!fw_cli_bind_output (output, &binding, &error))
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }
  target = fw_cli_read_input (into, FW_FORMAT_AUTO);
  if (target == NULL)
    return FW_CLI_EXIT_FAILURE;
  rows = fw_cli_read_input (input, FW_FORMAT_CSV);
  if (rows == NULL)
    return FW_CLI_EXIT_FAILURE;

  report = fw_csv_merge (target, rows, delete_missing);
  /* A framework saved with changes gets its identifier and its last-modified time. */
  fw_document_prepare_save (target, NULL);
  if (!fw_cli_write_output (target, output, binding, FW_FORMAT_FWK, NULL, &error))
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }

  print_merge_report (g_str_equal (output, "-") ? stderr : stdout, report);
  return g_str_equal (output, "-") || fw_cli_flush_stdout () ? FW_CLI_EXIT_SUCCESS
                                                             : FW_CLI_EXIT_FAILURE;
}

/*
 * framewright-cli import INPUT -o OUTPUT.fwk [--from FORMAT]
 * framewright-cli import ROWS.csv --from csv --into FRAMEWORK [-o OUTPUT] [--delete-missing]
 */
int
fw_cli_import (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(FwFileBinding) binding = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *from = NULL;
  g_autofree char *into = NULL;
  gboolean delete_missing = FALSE;
  g_autofree char *onet_dir = NULL;
  g_autofree char *onet_release = NULL;
  FwFormat format = FW_FORMAT_AUTO;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the .fwk file to OUTPUT (“-” for standard output)"), N_("OUTPUT") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from,
      N_("Read INPUT as FORMAT: auto (the default), fwk, nsx-json, page-text, page-html, "
         "case-1.0 or csv"), N_("FORMAT") },
    { "into", 0, 0, G_OPTION_ARG_FILENAME, &into,
      N_("CSV: update the framework FRAMEWORK from the rows (saved to FRAMEWORK unless -o "
         "names another file), and list what changed"), N_("FRAMEWORK") },
    { "delete-missing", 0, 0, G_OPTION_ARG_NONE, &delete_missing,
      N_("With --into: remove the statements no row names (otherwise only listed)"), NULL },
    FW_CLI_ONET_ENTRIES (onet_dir, onet_release),
    { NULL }
  };

  context = fw_cli_option_context_new ("import", N_("INPUT"),
                                       _("Reads a framework (a .fwk file, an NSX JSON export, "
                                         "a framework page saved as text or HTML, a CASE 1.0 "
                                         "package or a CSV table) and saves it as a .fwk file. "
                                         "With --into, updates an existing framework from a "
                                         "CSV table someone edited."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!fw_cli_parse_options (context, "import", &argc, &argv)
      || !fw_cli_use_onet ("import", onet_dir, onet_release))
    return FW_CLI_EXIT_FAILURE;

  if (argc != 2)
    return fw_cli_usage_error ("import", argc < 2 ? _("missing INPUT")
                                                  : _("expected one INPUT, got more"));
  if (from != NULL && !fw_cli_parse_format ("import", "--from", from, &format))
    return FW_CLI_EXIT_FAILURE;
  if (!fw_format_can_read (format))
    return fw_cli_usage_error ("import", _("“%s” files cannot be imported"), from);
  if (into != NULL)
    {
      if (format != FW_FORMAT_CSV)
        return fw_cli_usage_error ("import", _("--into needs --from csv"));
      return import_into (argv[1], into, output != NULL ? output : into, delete_missing);
    }
  if (delete_missing)
    return fw_cli_usage_error ("import", _("--delete-missing needs --into"));
  if (output == NULL)
    return fw_cli_usage_error ("import", _("missing -o OUTPUT"));

  /* Bound before the input is read: a change another program makes meanwhile is kept. */
  if (!fw_cli_bind_output (output, &binding, &error))
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }
  document = fw_cli_read_input (argv[1], format);
  if (document == NULL)
    return FW_CLI_EXIT_FAILURE;

  /* The output is replaced atomically, and only now that the input has been read. */
  if (!fw_cli_write_output (document, output, binding, FW_FORMAT_FWK, NULL, &error))
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }

  return FW_CLI_EXIT_SUCCESS;
}
