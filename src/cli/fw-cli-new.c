/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "fw-cli-private.h"
#include "fw-error.h"
#include "fw-onet-index.h"
#include "fw-onet-new.h"

#define MAX_CLOSE_MATCHES 3

/* "error: unknown O*NET-SOC code “…”" and the closest codes of the release. */
static void
print_unknown_code (FwOnetRelease *release,
                    const char    *soc,
                    const GError  *error)
{
  g_autoptr(GError) index_error = NULL;
  FwOnetIndex *index = fw_onet_release_load_index (release, &index_error);
  g_auto(GStrv) close = NULL;

  fprintf (stderr, "error: %s\n", error->message);
  if (index == NULL)
    return;

  close = fw_onet_index_suggest (index, soc, MAX_CLOSE_MATCHES);
  if (close[0] == NULL)
    return;

  fprintf (stderr, "%s\n", _("Close matches:"));
  for (guint i = 0; close[i] != NULL; i++)
    fprintf (stderr, "  %s  %s\n", close[i],
             fw_onet_index_get_title (index, fw_onet_index_find (index, close[i])));
}

/* Where `new` writes when no -o is given: CODE.fwk (or .json) in the current folder. */
static char *
default_output (const char *code,
                FwFormat    format)
{
  return g_strconcat (code, format == FW_FORMAT_NSX_JSON ? ".json" : ".fwk", NULL);
}

/*
 * framewright-cli new SOC [-o OUTPUT] [--onet DIR] [--onet-release V] [--to fwk|nsx-json]
 *                         [--force]
 */
int
fw_cli_new (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(FwFileBinding) binding = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *to = NULL;
  g_autofree char *onet_dir = NULL;
  g_autofree char *onet_release = NULL;
  gboolean force = FALSE;
  FwFormat format = FW_FORMAT_FWK;
  FwOnetRelease *release;
  FwWriteOptions options = { NULL };
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to OUTPUT (“-” for standard output; default: SOC.fwk)"), N_("OUTPUT") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to,
      N_("Write FORMAT: fwk (default) or nsx-json"), N_("FORMAT") },
    FW_CLI_ONET_ENTRIES (onet_dir, onet_release),
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      N_("Write NSX JSON even though validation finds errors"), NULL },
    { NULL }
  };

  context = fw_cli_option_context_new ("new", N_("SOC"),
                                       _("Creates a draft framework for an O*NET-SOC occupation "
                                         "(such as 29-2034.00) from the O*NET release: its "
                                         "tasks, alternate titles, technology skills, work "
                                         "styles and job zone, with the levels and durable "
                                         "skills still to write."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!fw_cli_parse_options (context, "new", &argc, &argv))
    return FW_CLI_EXIT_FAILURE;
  if (argc != 2)
    return fw_cli_usage_error ("new", argc < 2 ? _("missing SOC")
                                               : _("expected one SOC, got more"));
  if (to != NULL && !fw_cli_parse_format ("new", "--to", to, &format))
    return FW_CLI_EXIT_FAILURE;
  if (format != FW_FORMAT_NSX_JSON && format != FW_FORMAT_FWK)
    return fw_cli_usage_error ("new", _("cannot write “%s”; use fwk or nsx-json"), to);
  if (!fw_cli_use_onet ("new", onet_dir, onet_release) || (release = fw_cli_get_onet ()) == NULL)
    return FW_CLI_EXIT_FAILURE;

  document = fw_onet_new_framework (release, argv[1], NULL, &error);
  if (document == NULL)
    {
      if (g_error_matches (error, FW_ERROR, FW_ERROR_INVALID)
          && !g_str_has_prefix (error->message, fw_onet_release_get_dir (release)))
        print_unknown_code (release, argv[1], error);
      else
        fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }

  if (output == NULL)
    {
      output = default_output (fw_document_get_soc (document), format);
      if (g_file_test (output, G_FILE_TEST_EXISTS))
        {
          fprintf (stderr, "%s: error: %s\n", output,
                   _("the file already exists; name the output with -o OUTPUT"));
          return FW_CLI_EXIT_FAILURE;
        }
    }

  /* The same gate as `export`: a draft has errors (its empty levels) until it is written. */
  if (format == FW_FORMAT_NSX_JSON && !force && !fw_cli_export_gate (document, &error))
    {
      fprintf (stderr, "%s: error: %s\n", fw_document_get_soc (document), error->message);
      return FW_CLI_EXIT_INVALID;
    }

  if (!fw_cli_bind_output (output, &binding, &error)
      || !fw_cli_write_output (document, output, binding, format, &options, &error))
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }

  return fw_cli_flush_stdout () ? FW_CLI_EXIT_SUCCESS : FW_CLI_EXIT_FAILURE;
}
