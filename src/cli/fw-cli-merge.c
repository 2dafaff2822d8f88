/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "fw-cli-private.h"
#include "fw-git.h"
#include "fw-merge.h"

static void
print_conflicts (FwDocument *document,
                 const char *output)
{
  GListModel *conflicts = G_LIST_MODEL (fw_document_get_conflicts (document));

  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(FwConflict) conflict = g_list_model_get_item (conflicts, i);

      fprintf (stderr, _("%s: conflict: %s %s (%s): kept ours; run “framewright-cli validate” "
                         "or open the file to resolve it"),
               output, fw_conflict_get_path (conflict), fw_conflict_get_item_id (conflict),
               fw_conflict_get_field (conflict));
      fputc ('\n', stderr);
    }
}

/* framewright-cli merge BASE OURS THEIRS -o OUTPUT: git's merge driver for .fwk files. */
int
fw_cli_merge (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwDocument) base = NULL;
  g_autoptr(FwDocument) ours = NULL;
  g_autoptr(FwDocument) theirs = NULL;
  g_autoptr(FwFileBinding) binding = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  guint n_conflicts;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the merged .fwk or .fwmap file to OUTPUT (“-” for standard output)"),
      N_("OUTPUT") },
    { NULL }
  };

  context = fw_cli_option_context_new ("merge", N_("BASE OURS THEIRS"),
                                       _("Merges the changes from BASE to THEIRS into OURS, "
                                         "statement by statement and field by field. Exits with "
                                         "0 after a clean merge and 1 when conflicts were "
                                         "recorded in OUTPUT (ours kept); use it as git’s merge "
                                         "driver: framewright-cli merge %O %A %B -o %A."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!fw_cli_parse_options (context, "merge", &argc, &argv))
    return FW_CLI_EXIT_FAILURE;
  if (argc != 4)
    return fw_cli_usage_error ("merge", _("expected BASE, OURS and THEIRS"));
  if (output == NULL)
    return fw_cli_usage_error ("merge", _("missing -o OUTPUT"));
  if (fw_cli_is_map_file (argv[1]) || fw_cli_is_map_file (argv[2]) || fw_cli_is_map_file (argv[3]))
    return fw_cli_merge_maps (argv[1], argv[2], argv[3], output);

  if (!fw_cli_bind_output (output, &binding, &error))
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }
  base = fw_cli_read_input (argv[1], FW_FORMAT_AUTO);
  if (base == NULL)
    return FW_CLI_EXIT_FAILURE;
  ours = fw_cli_read_input (argv[2], FW_FORMAT_AUTO);
  if (ours == NULL)
    return FW_CLI_EXIT_FAILURE;
  theirs = fw_cli_read_input (argv[3], FW_FORMAT_AUTO);
  if (theirs == NULL)
    return FW_CLI_EXIT_FAILURE;

  n_conflicts = fw_merge_documents (base, ours, theirs);
  if (!fw_cli_write_output (ours, output, binding, FW_FORMAT_FWK, NULL, &error))
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }

  if (n_conflicts == 0)
    return FW_CLI_EXIT_SUCCESS;
  print_conflicts (ours, output);
  return FW_CLI_EXIT_INVALID;
}

/* framewright-cli git-setup [FOLDER] [--command CLI] */
int
fw_cli_git_setup (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *command = NULL;
  g_autofree char *attributes = NULL;
  const GOptionEntry entries[] = {
    { "command", 0, 0, G_OPTION_ARG_FILENAME, &command,
      N_("Run CLI as framewright-cli in the configuration (default: framewright-cli)"),
      N_("CLI") },
    { NULL }
  };

  context = fw_cli_option_context_new ("git-setup", N_("[FOLDER]"),
                                       _("Sets up the git repository that holds FOLDER (the "
                                         "current folder by default) to merge .fwk and "
                                         ".fwmap files item by item and to show their diffs "
                                         "as text: two lines in .gitattributes and three "
                                         "settings in the repository’s configuration."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!fw_cli_parse_options (context, "git-setup", &argc, &argv))
    return FW_CLI_EXIT_FAILURE;
  if (argc > 2)
    return fw_cli_usage_error ("git-setup", _("expected at most one FOLDER"));

  if (!fw_git_setup (argc == 2 ? argv[1] : ".", command != NULL ? command : "framewright-cli",
                     &attributes, &error))
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }

  printf (_("%s: %s"), attributes, FW_GIT_ATTRIBUTES);
  printf ("\n%s\n", _("git config: merge.framewright.driver, diff.framewright.textconv"));
  return fw_cli_flush_stdout () ? FW_CLI_EXIT_SUCCESS : FW_CLI_EXIT_FAILURE;
}
