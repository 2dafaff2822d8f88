/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-cli-map-private.h"
#include "fw-map-file.h"
#include "fw-map-framework.h"
#include "fw-map-import.h"

/* framewright-cli map new FRAMEWORK --program P.csv [--mappings M.csv] [--from S] -o MAP */
int
fw_cli_map_new (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwDocument) framework = NULL;
  g_autoptr(FwMap) map = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL, *program = NULL, *mappings = NULL, *from = NULL;
  g_autofree char *name = NULL, *institution = NULL, *credential = NULL, *cip = NULL;
  g_autofree char *accreditor = NULL, *relative = NULL;
  FwMapSource source = FW_MAP_SOURCE_AUTO;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the map to OUTPUT (“-” for standard output)"), N_("OUTPUT") },
    { "program", 0, 0, G_OPTION_ARG_FILENAME, &program,
      N_("Read the program’s courses and outcomes from PROGRAM"), N_("PROGRAM") },
    { "mappings", 0, 0, G_OPTION_ARG_FILENAME, &mappings,
      N_("Read existing mappings (outcome_id,statement_id,depth) from MAPPINGS"),
      N_("MAPPINGS") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from,
      N_("Read PROGRAM as auto (the default), csv, canvas-csv or moodle-csv"), N_("SOURCE") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The program’s name"), N_("NAME") },
    { "institution", 0, 0, G_OPTION_ARG_STRING, &institution, N_("The institution"),
      N_("NAME") },
    { "credential", 0, 0, G_OPTION_ARG_STRING, &credential,
      N_("The credential awarded (A.A.S., certificate …)"), N_("NAME") },
    { "cip", 0, 0, G_OPTION_ARG_STRING, &cip, N_("The program’s CIP code"), N_("CODE") },
    { "accreditor", 0, 0, G_OPTION_ARG_STRING, &accreditor, N_("The accrediting body"),
      N_("NAME") },
    { NULL }
  };

  context = fw_cli_option_context_new ("map new", N_("FRAMEWORK"),
                                       _("Creates a curriculum map of a program against a "
                                         "framework."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!fw_cli_parse_options (context, "map new", &argc, &argv))
    return FW_CLI_EXIT_FAILURE;

  if (argc != 2)
    return fw_cli_usage_error ("map new", argc < 2 ? _("missing FRAMEWORK")
                                                   : _("expected one FRAMEWORK, got more"));
  if (output == NULL)
    return fw_cli_usage_error ("map new", _("missing -o OUTPUT"));
  if (program == NULL)
    return fw_cli_usage_error ("map new", _("missing --program PROGRAM"));
  if (from != NULL && !fw_map_source_from_string (from, &source))
    return fw_cli_usage_error ("map new", _("unknown program source “%s” for --from"), from);

  framework = fw_cli_read_input (argv[1], FW_FORMAT_AUTO);
  if (framework == NULL)
    return FW_CLI_EXIT_FAILURE;

  map = fw_map_new ();
  relative = fw_map_relative_path (output, argv[1]);
  fw_map_bind_framework (map, framework, relative);
  g_object_set (map, "name", name, "institution", institution, "credential", credential,
                "cip-code", cip, "accreditor", accreditor, NULL);

  if (!fw_map_import_program_file (map, program, source, &error)
      || (mappings != NULL
          && !fw_map_import_mappings_file (map, framework, mappings, &error))
      || !fw_map_save (map, output, &error))
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }

  return FW_CLI_EXIT_SUCCESS;
}
