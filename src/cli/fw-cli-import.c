/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-cli-private.h"

/* framewright-cli import INPUT -o OUTPUT.fwk [--from auto|fwk|nsx-json|page-text|page-html] */
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
  g_autofree char *onet_dir = NULL;
  g_autofree char *onet_release = NULL;
  FwFormat format = FW_FORMAT_AUTO;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the .fwk file to OUTPUT (“-” for standard output)"), N_("OUTPUT") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from,
      N_("Read INPUT as FORMAT: auto (the default), fwk, nsx-json, page-text or page-html"),
      N_("FORMAT") },
    FW_CLI_ONET_ENTRIES (onet_dir, onet_release),
    { NULL }
  };

  context = fw_cli_option_context_new ("import", N_("INPUT"),
                                       _("Reads a framework (a .fwk file, an NSX JSON export, "
                                         "or a framework page saved as text or HTML) and saves "
                                         "it as a .fwk file."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!fw_cli_parse_options (context, "import", &argc, &argv)
      || !fw_cli_use_onet ("import", onet_dir, onet_release))
    return FW_CLI_EXIT_FAILURE;

  if (argc != 2)
    return fw_cli_usage_error ("import", argc < 2 ? _("missing INPUT")
                                                  : _("expected one INPUT, got more"));
  if (output == NULL)
    return fw_cli_usage_error ("import", _("missing -o OUTPUT"));
  if (from != NULL && !fw_cli_parse_format ("import", "--from", from, &format))
    return FW_CLI_EXIT_FAILURE;

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
