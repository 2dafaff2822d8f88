/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "fw-cli-map-private.h"
#include "fw-map-conflicts.h"
#include "fw-map-file.h"
#include "fw-map-framework.h"

/*
 * framewright-cli map validate MAP [--framework FRAMEWORK]: an error for each merge conflict
 * the map records (on standard output, as validate reports findings), and a warning for each
 * mapped statement that changed in its framework (when the framework can be found). Exits 1
 * when there are errors, like validate; `framewright-cli validate MAP` runs it too.
 */
int
fw_cli_map_validate (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwMap) map = NULL;
  g_autoptr(FwDocument) framework = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *framework_path = NULL, *resolved = NULL;
  g_auto(GStrv) messages = NULL;
  GListModel *conflicts;
  const GOptionEntry entries[] = {
    { "framework", 0, 0, G_OPTION_ARG_FILENAME, &framework_path,
      N_("Use FRAMEWORK instead of the one the map names"), N_("FRAMEWORK") },
    { NULL }
  };

  context = fw_cli_option_context_new ("map validate", N_("MAP"),
                                       _("Checks a curriculum map: each merge conflict it "
                                         "records is an error, each mapped statement that "
                                         "changed in the framework a warning. Exits with 0 "
                                         "when there are no errors, 1 when there are."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!fw_cli_parse_options (context, "map validate", &argc, &argv))
    return FW_CLI_EXIT_FAILURE;
  if (argc != 2)
    return fw_cli_usage_error ("map validate", argc < 2 ? _("missing MAP")
                                                        : _("expected one MAP, got more"));

  map = fw_map_read_file (argv[1], &error);
  if (map == NULL)
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }

  /* The framework is optional here: a map is checked for conflicts without it. */
  resolved = framework_path != NULL ? g_strdup (framework_path)
                                    : fw_map_resolve_framework (map, argv[1]);
  if (resolved[0] != '\0' && g_file_test (resolved, G_FILE_TEST_IS_REGULAR))
    {
      framework = fw_cli_read_input (resolved, FW_FORMAT_AUTO);
      if (framework == NULL)
        return FW_CLI_EXIT_FAILURE;
      fw_cli_map_warn_stale (argv[1], map, framework);
    }

  conflicts = G_LIST_MODEL (fw_map_get_conflicts (map));
  messages = fw_map_conflict_messages (map);
  for (guint i = 0; messages[i] != NULL; i++)
    {
      g_autoptr(FwConflict) conflict = g_list_model_get_item (conflicts, i);

      /* As validate reports a framework's findings. */
      printf ("%s: %s[FW-MRG-001] %s: %s\n", argv[1], _("error"),
              fw_conflict_get_path (conflict) != NULL ? fw_conflict_get_path (conflict) : "",
              messages[i]);
    }

  if (!fw_cli_flush_stdout ())
    return FW_CLI_EXIT_FAILURE;
  if (messages[0] == NULL)
    return FW_CLI_EXIT_SUCCESS;
  fprintf (stderr, g_dngettext (GETTEXT_PACKAGE, "%s: %u merge conflict to resolve\n",
                                "%s: %u merge conflicts to resolve\n",
                                g_strv_length (messages)),
           argv[1], g_strv_length (messages));
  return FW_CLI_EXIT_INVALID;
}
