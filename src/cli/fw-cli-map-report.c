/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fw-cli-map-private.h"
#include "fw-io.h"
#include "fw-map-report.h"
#include "fw-publish-map.h"

/* framewright-cli map report MAP [--format text|json|csv|xlsx|xhtml|pdf] [--redundant N]
 *                             [--paper a4|letter] [-o OUT] */
int
fw_cli_map_report (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwDocument) framework = NULL;
  g_autoptr(FwMap) map = NULL;
  g_autoptr(FwMapReport) report = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL, *format_name = NULL, *framework_path = NULL;
  g_autofree char *paper_name = NULL, *output_dir = NULL;
  FwMapReportFormat format = FW_MAP_REPORT_TEXT;
  FwPublishFormat publish_format = FW_PUBLISH_XHTML;
  FwPublishOptions publish_options = { FW_PAPER_A4, NULL };
  gboolean xlsx = FALSE, published = FALSE;
  int redundant = FW_MAP_REDUNDANT_DEFAULT;
  const char *data;
  gsize length;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name,
      N_("text (the default), json, csv or xlsx (the courses × statements matrix), xhtml or "
         "pdf (a readable report)"), N_("FORMAT") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_name,
      N_("PDF: the paper size, a4 (default) or letter"), N_("PAPER") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to OUTPUT instead of standard output"), N_("OUTPUT") },
    { "framework", 0, 0, G_OPTION_ARG_FILENAME, &framework_path,
      N_("Use FRAMEWORK instead of the one the map names"), N_("FRAMEWORK") },
    { "redundant", 0, 0, G_OPTION_ARG_INT, &redundant,
      N_("Call a statement redundant when N or more courses master it (default 3)"), N_("N") },
    { NULL }
  };

  context = fw_cli_option_context_new ("map report", N_("MAP"),
                                       _("Reports a curriculum map’s coverage, gaps and "
                                         "problems."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!fw_cli_parse_options (context, "map report", &argc, &argv))
    return FW_CLI_EXIT_FAILURE;

  if (argc != 2)
    return fw_cli_usage_error ("map report", argc < 2 ? _("missing MAP")
                                                      : _("expected one MAP, got more"));
  xlsx = g_strcmp0 (format_name, "xlsx") == 0;
  published = format_name != NULL && fw_publish_format_from_string (format_name, &publish_format);
  if (format_name != NULL && !xlsx && !published
      && !fw_map_report_format_from_string (format_name, &format))
    return fw_cli_usage_error ("map report", _("unknown format “%s” for --format"), format_name);
  if (paper_name != NULL && !(published && publish_format == FW_PUBLISH_PDF))
    return fw_cli_usage_error ("map report", _("--paper applies to --format pdf only"));
  if (paper_name != NULL && !fw_paper_from_string (paper_name, &publish_options.paper))
    return fw_cli_usage_error ("map report", _("--paper needs a4 or letter, got “%s”"),
                               paper_name);
  if (redundant < 2)
    return fw_cli_usage_error ("map report", _("--redundant must be 2 or more"));

  if (!fw_cli_map_open (argv[1], framework_path, &map, &framework))
    return FW_CLI_EXIT_FAILURE;

  report = fw_map_report_new (map, framework, redundant);
  /* A workbook is built beside its target, so that nothing crosses file systems. */
  if (output != NULL && !g_str_equal (output, "-"))
    output_dir = g_path_get_dirname (output);
  if (xlsx)
    bytes = fw_map_report_write_xlsx (report, map, framework, NULL, output_dir, &error);
  else if (published)
    bytes = fw_publish_map_report (report, map, framework, publish_format, &publish_options,
                                   &error);
  else
    bytes = fw_map_report_write (report, map, framework, format);
  if (bytes == NULL)
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }
  data = g_bytes_get_data (bytes, &length);

  if (output != NULL && !g_str_equal (output, "-"))
    {
      if (!fw_io_save_atomic (output, data, length, &error))
        {
          fw_cli_print_error (error);
          return FW_CLI_EXIT_FAILURE;
        }
      return FW_CLI_EXIT_SUCCESS;
    }

  fwrite (data, 1, length, stdout);
  return fw_cli_flush_stdout () ? FW_CLI_EXIT_SUCCESS : FW_CLI_EXIT_FAILURE;
}
