/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fw-cli-private.h"
#include "fw-json.h"
#include "fw-onet-index.h"

static const char *
match_name (FwOnetMatchKind kind)
{
  static const char * const names[] = { "code", "code-prefix", "title", "alternate", "all" };

  return names[kind];
}

static void
print_text (FwOnetIndex *index,
            GArray      *matches)
{
  for (guint i = 0; i < matches->len; i++)
    {
      const FwOnetMatch *match = &g_array_index (matches, FwOnetMatch, i);
      int zone = fw_onet_index_get_job_zone (index, match->occupation);
      g_autofree char *zone_text = zone > 0 ? g_strdup_printf (_("Job Zone %d"), zone)
                                            : g_strdup (_("no job zone"));

      printf ("%s  %s  (%s)", fw_onet_index_get_code (index, match->occupation),
              fw_onet_index_get_title (index, match->occupation), zone_text);
      if (match->alternate >= 0)
        printf ("  ≈ %s", fw_onet_index_get_alternate (index, match->occupation,
                                                       match->alternate));
      putchar ('\n');
    }
}

static void
print_json (FwOnetIndex *index,
            GArray      *matches)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  json_builder_begin_array (builder);
  for (guint i = 0; i < matches->len; i++)
    {
      const FwOnetMatch *match = &g_array_index (matches, FwOnetMatch, i);
      int zone = fw_onet_index_get_job_zone (index, match->occupation);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder, fw_onet_index_get_code (index, match->occupation));
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, fw_onet_index_get_title (index, match->occupation));
      json_builder_set_member_name (builder, "jobZone");
      if (zone > 0)
        json_builder_add_int_value (builder, zone);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "match");
      json_builder_add_string_value (builder, match_name (match->kind));
      if (match->alternate >= 0)
        {
          json_builder_set_member_name (builder, "alternateTitle");
          json_builder_add_string_value (builder,
                                         fw_onet_index_get_alternate (index, match->occupation,
                                                                      match->alternate));
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  fw_json_write (out, root, TRUE);
  printf ("%s\n", out->str);
}

/*
 * framewright-cli occupations [QUERY] [--onet DIR] [--onet-release V] [--format text|json]
 *                             [--limit N]
 */
int
fw_cli_occupations (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) matches = NULL;
  g_autofree char *onet_dir = NULL;
  g_autofree char *onet_release = NULL;
  g_autofree char *format = NULL;
  g_autofree char *query = NULL;
  int limit = 0;
  FwOnetRelease *release;
  FwOnetIndex *index;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      N_("Print FORMAT: text (default) or json"), N_("FORMAT") },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit,
      N_("Print at most N occupations (default: all)"), N_("N") },
    FW_CLI_ONET_ENTRIES (onet_dir, onet_release),
    { NULL }
  };

  context = fw_cli_option_context_new ("occupations", N_("[QUERY…]"),
                                       _("Finds O*NET occupations by code, title words or "
                                         "alternate titles, best first: exact code, then title, "
                                         "then alternate title. Without a query, lists them "
                                         "all. Exits with 1 when nothing matches."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!fw_cli_parse_options (context, "occupations", &argc, &argv))
    return FW_CLI_EXIT_FAILURE;
  if (format != NULL && strcmp (format, "text") != 0 && strcmp (format, "json") != 0)
    return fw_cli_usage_error ("occupations", _("unknown format “%s” for --format"), format);
  if (limit < 0)
    return fw_cli_usage_error ("occupations", _("--limit needs a number of 0 or more"));
  if (!fw_cli_use_onet ("occupations", onet_dir, onet_release)
      || (release = fw_cli_get_onet ()) == NULL)
    return FW_CLI_EXIT_FAILURE;

  index = fw_onet_release_load_index (release, &error);
  if (index == NULL)
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }

  /* "x-ray tech" and x-ray tech (two arguments) are the same query. */
  query = g_strjoinv (" ", argv + 1);
  matches = fw_onet_index_search (index, query, limit);
  if (g_strcmp0 (format, "json") == 0)
    print_json (index, matches);
  else
    print_text (index, matches);

  if (!fw_cli_flush_stdout ())
    return FW_CLI_EXIT_FAILURE;
  return matches->len > 0 ? FW_CLI_EXIT_SUCCESS : FW_CLI_EXIT_INVALID;
}
