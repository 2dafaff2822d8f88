/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-cli-map-private.h"
#include "fw-map-file.h"
#include "fw-map-framework.h"

/* The outcome as stored, for an id as the user typed it (qualified or not). */
static const char *
resolve_outcome (const char *map_path,
                 FwMap      *map,
                 const char *id)
{
  gboolean ambiguous;
  FwMapOutcome *outcome = fw_map_find_outcome (map, id, NULL, &ambiguous);

  if (outcome != NULL)
    return fw_map_outcome_get_id (outcome);

  if (ambiguous)
    fw_cli_map_fail (map_path, _("outcome id “%s” is used by several courses; write it as "
                                 "COURSE:%s"), id, id);
  else
    fw_cli_map_fail (map_path, _("no outcome “%s” in the program"), id);
  return NULL;
}

static char *
now_iso8601 (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* framewright-cli map set MAP OUTCOME STATEMENT DEPTH -o OUT [--note] [--by] [--at] */
int
fw_cli_map_set (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwDocument) framework = NULL;
  g_autoptr(FwMap) map = NULL;
  g_autoptr(FwMapPrint) print = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL, *note = NULL, *by = NULL, *at = NULL;
  g_autofree char *framework_path = NULL;
  const char *outcome;
  FwDepth depth;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the changed map to OUTPUT (may be MAP itself)"), N_("OUTPUT") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note,
      N_("The assessment or evidence behind the mapping"), N_("TEXT") },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who mapped it (default: the user name)"),
      N_("NAME") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at, N_("When (default: now, in UTC)"), N_("TIME") },
    { "framework", 0, 0, G_OPTION_ARG_FILENAME, &framework_path,
      N_("Use FRAMEWORK instead of the one the map names"), N_("FRAMEWORK") },
    { NULL }
  };

  context = fw_cli_option_context_new ("map set", N_("MAP OUTCOME STATEMENT I|R|M"),
                                       _("Maps an outcome to a statement at a depth: "
                                         "I (introduced), R (reinforced) or M (mastered)."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!fw_cli_parse_options (context, "map set", &argc, &argv))
    return FW_CLI_EXIT_FAILURE;

  if (argc != 5)
    return fw_cli_usage_error ("map set", _("expected MAP OUTCOME STATEMENT DEPTH"));
  if (output == NULL)
    return fw_cli_usage_error ("map set", _("missing -o OUTPUT"));
  if (!fw_cli_map_open (argv[1], framework_path, &map, &framework))
    return FW_CLI_EXIT_FAILURE;

  outcome = resolve_outcome (argv[1], map, argv[2]);
  if (outcome == NULL)
    return FW_CLI_EXIT_FAILURE;
  print = fw_map_print_for_statement (framework, argv[3]);
  if (print == NULL)
    return fw_cli_map_fail (argv[1], _("no statement “%s” in the framework"), argv[3]);
  if (!fw_depth_from_string (argv[4], &depth))
    return fw_cli_map_fail (argv[1], _("expected a depth of I, R or M, got “%s”"), argv[4]);

  if (by == NULL)
    by = g_strdup (g_get_user_name ());
  if (at == NULL)
    at = now_iso8601 ();
  fw_map_set_mapping (map, outcome, argv[3], depth, note, by, at, print);

  if (!fw_map_save (map, output, &error))
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }
  return FW_CLI_EXIT_SUCCESS;
}

/* framewright-cli map unset MAP OUTCOME STATEMENT -o OUT */
int
fw_cli_map_unset (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwDocument) framework = NULL;
  g_autoptr(FwMap) map = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL, *framework_path = NULL;
  const char *outcome;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the changed map to OUTPUT (may be MAP itself)"), N_("OUTPUT") },
    { "framework", 0, 0, G_OPTION_ARG_FILENAME, &framework_path,
      N_("Use FRAMEWORK instead of the one the map names"), N_("FRAMEWORK") },
    { NULL }
  };

  context = fw_cli_option_context_new ("map unset", N_("MAP OUTCOME STATEMENT"),
                                       _("Removes the mapping of an outcome to a statement."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!fw_cli_parse_options (context, "map unset", &argc, &argv))
    return FW_CLI_EXIT_FAILURE;

  if (argc != 4)
    return fw_cli_usage_error ("map unset", _("expected MAP OUTCOME STATEMENT"));
  if (output == NULL)
    return fw_cli_usage_error ("map unset", _("missing -o OUTPUT"));
  if (!fw_cli_map_open (argv[1], framework_path, &map, &framework))
    return FW_CLI_EXIT_FAILURE;

  outcome = resolve_outcome (argv[1], map, argv[2]);
  if (outcome == NULL)
    return FW_CLI_EXIT_FAILURE;
  if (!fw_map_unset_mapping (map, outcome, argv[3]))
    return fw_cli_map_fail (argv[1], _("outcome “%s” is not mapped to statement “%s”"),
                            outcome, argv[3]);

  if (!fw_map_save (map, output, &error))
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }
  return FW_CLI_EXIT_SUCCESS;
}
