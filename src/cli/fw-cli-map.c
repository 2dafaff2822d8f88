/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fw-cli-map-private.h"
#include "fw-map-file.h"
#include "fw-map-framework.h"

static const struct
{
  const char *name;
  int       (*func) (int argc, char **argv);
} map_verbs[] = {
  { "new", fw_cli_map_new },
  { "report", fw_cli_map_report },
  { "set", fw_cli_map_set },
  { "unset", fw_cli_map_unset },
  { "suggest", fw_cli_map_suggest },
  { "coverage", fw_cli_map_coverage },
  { "validate", fw_cli_map_validate },
};

static void
print_map_usage (FILE *stream)
{
  fprintf (stream, "%s\n", _("Usage:"));
  fprintf (stream, "  framewright-cli map new FRAMEWORK --program PROGRAM.csv [--mappings M.csv] "
                   "[--from auto|csv|canvas-csv|moodle-csv] -o MAP.fwmap\n");
  fprintf (stream, "  framewright-cli map report MAP [--format text|json|csv|xlsx|xhtml|pdf] [-o OUT]\n");
  fprintf (stream, "  framewright-cli map set MAP OUTCOME STATEMENT I|R|M -o OUT\n");
  fprintf (stream, "  framewright-cli map unset MAP OUTCOME STATEMENT -o OUT\n");
  fprintf (stream, "  framewright-cli map suggest MAP [--top N] [--format text|json]\n");
  fprintf (stream, "  framewright-cli map coverage FRAMEWORK TEXT-FILE [--top N] "
                   "[--format text|json]\n");
  fprintf (stream, "  framewright-cli map validate MAP [--framework FRAMEWORK]\n");
}

int
fw_cli_map_fail (const char *file,
                 const char *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fprintf (stderr, "%s: %s: %s\n", file, _("error"), message);
  return FW_CLI_EXIT_FAILURE;
}

void
fw_cli_map_warn_stale (const char *map_path,
                       FwMap      *map,
                       FwDocument *framework)
{
  g_autoptr(GPtrArray) stale = fw_map_check_framework (map, framework);

  for (guint i = 0; i < stale->len; i++)
    {
      FwMapStale *each = g_ptr_array_index (stale, i);

      if (each->flags & FW_MAP_STALE_MISSING)
        fprintf (stderr, _("%s: warning: mapped statement %s (%s) is no longer in the framework; "
                           "its mappings are kept\n"), map_path, each->statement_id,
                 each->headline);
      else if ((each->flags & FW_MAP_STALE_EDITED) && (each->flags & FW_MAP_STALE_MOVED))
        fprintf (stderr, _("%s: warning: mapped statement %s (%s) was edited and moved in the "
                           "framework since it was mapped\n"), map_path, each->statement_id,
                 each->headline);
      else if (each->flags & FW_MAP_STALE_EDITED)
        fprintf (stderr, _("%s: warning: mapped statement %s (%s) was edited in the framework "
                           "since it was mapped\n"), map_path, each->statement_id, each->headline);
      else
        fprintf (stderr, _("%s: warning: mapped statement %s (%s) was moved in the framework "
                           "since it was mapped\n"), map_path, each->statement_id, each->headline);
    }
}

static void
warn_conflicts (const char *map_path,
                FwMap      *map)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fw_map_get_conflicts (map)));

  if (n == 0)
    return;
  fprintf (stderr, g_dngettext (GETTEXT_PACKAGE,
                                "%s: warning: the map records %u merge conflict; "
                                "“framewright-cli map validate” lists it\n",
                                "%s: warning: the map records %u merge conflicts; "
                                "“framewright-cli map validate” lists them\n", n),
           map_path, n);
}

gboolean
fw_cli_map_open (const char  *map_path,
                 const char  *framework_path,
                 FwMap      **map,
                 FwDocument **framework)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FwMap) read = NULL;
  g_autofree char *resolved = NULL;

  read = fw_map_read_file (map_path, &error);
  if (read == NULL)
    {
      fw_cli_print_error (error);
      return FALSE;
    }

  resolved = framework_path != NULL ? g_strdup (framework_path)
                                    : fw_map_resolve_framework (read, map_path);
  if (resolved[0] == '\0')
    {
      fw_cli_map_fail (map_path, _("the map names no framework; give one with --framework"));
      return FALSE;
    }
  *framework = fw_cli_read_input (resolved, FW_FORMAT_AUTO);
  if (*framework == NULL)
    return FALSE;

  fw_cli_map_warn_stale (map_path, read, *framework);
  warn_conflicts (map_path, read);
  *map = g_steal_pointer (&read);
  return TRUE;
}

int
fw_cli_map (int    argc,
            char **argv)
{
  if (argc < 2)
    {
      print_map_usage (stderr);
      return FW_CLI_EXIT_FAILURE;
    }

  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0)
    {
      print_map_usage (stdout);
      return fw_cli_flush_stdout () ? FW_CLI_EXIT_SUCCESS : FW_CLI_EXIT_FAILURE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (map_verbs); i++)
    {
      if (strcmp (argv[1], map_verbs[i].name) == 0)
        return map_verbs[i].func (argc - 1, argv + 1);
    }

  return fw_cli_usage_error ("map", _("unknown map command “%s”"), argv[1]);
}
