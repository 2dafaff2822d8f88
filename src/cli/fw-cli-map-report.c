/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fw-cli-map-private.h"
#include "fw-io.h"
#include "fw-map-report.h"

/* framewright-cli map report MAP [--format text|json|csv] [--redundant N] [-o OUT] */
int
fw_cli_map_report (int    argc,
                   char **argv)
{
  static const char * const later[] = { "xlsx", "xhtml", "pdf", NULL };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwDocument) framework = NULL;
  g_autoptr(FwMap) map = NULL;
  g_autoptr(FwMapReport) report = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL, *format_name = NULL, *framework_path = NULL;
  FwMapReportFormat format = FW_MAP_REPORT_TEXT;
  int redundant = FW_MAP_REDUNDANT_DEFAULT;
  const char *data;
  gsize length;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name,
      N_("text (the default), json, or csv (the courses × statements matrix)"), N_("FORMAT") },
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
  if (format_name != NULL && g_strv_contains (later, format_name))
    return fw_cli_usage_error ("map report", _("the %s report is not available in this build"),
                               format_name);
  if (format_name != NULL && !fw_map_report_format_from_string (format_name, &format))
    return fw_cli_usage_error ("map report", _("unknown format “%s” for --format"), format_name);
  if (redundant < 2)
    return fw_cli_usage_error ("map report", _("--redundant must be 2 or more"));

  if (!fw_cli_map_open (argv[1], framework_path, &map, &framework))
    return FW_CLI_EXIT_FAILURE;

  report = fw_map_report_new (map, framework, redundant);
  bytes = fw_map_report_write (report, map, framework, format);
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
