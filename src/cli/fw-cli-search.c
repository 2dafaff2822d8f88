/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "fw-cli-library-private.h"
#include "fw-json.h"

/*
 * framewright-cli search QUERY DIR… [--format text|json] [--limit N]
 *
 * Brings the library's index up to date (only changed files are read) and prints the
 * statements that match, best first.
 */

static void
print_text (GPtrArray *results)
{
  gboolean tty = isatty (fileno (stdout));
  const char *open = tty ? "\033[1m" : "**";
  const char *close = tty ? "\033[0m" : "**";

  for (guint i = 0; i < results->len; i++)
    {
      FwLibraryResult *result = g_ptr_array_index (results, i);
      g_autofree char *snippet = fw_library_format_snippet (result->snippet, open, close, FALSE);

      printf ("%s: %s %s [%s%s%s] %s\n    %s\n", result->path, result->soc, result->title,
              result->section, result->level[0] != '\0' ? "/" : "", result->level, result->id,
              snippet);
    }
}

static void
print_json (GPtrArray *results)
{
  g_autoptr(JsonArray) array = json_array_new ();
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < results->len; i++)
    {
      FwLibraryResult *result = g_ptr_array_index (results, i);
      JsonObject *object = json_object_new ();
      g_autofree char *snippet = fw_library_format_snippet (result->snippet, "**", "**", FALSE);

      json_object_set_string_member (object, "file", result->path);
      json_object_set_string_member (object, "soc", result->soc);
      json_object_set_string_member (object, "title", result->title);
      json_object_set_string_member (object, "section", result->section);
      json_object_set_string_member (object, "level", result->level);
      json_object_set_string_member (object, "id", result->id);
      json_object_set_string_member (object, "headline", result->headline);
      json_object_set_string_member (object, "body", result->body);
      json_object_set_string_member (object, "snippet", snippet);
      json_object_set_double_member (object, "score", result->score);
      json_array_add_object_element (array, object);
    }

  json_object_set_array_member (root, "results", json_array_ref (array));
  json_node_set_object (node, root);
  fw_json_write (out, node, TRUE);
  fputs (out->str, stdout);
  if (!g_str_has_suffix (out->str, "\n"))
    fputc ('\n', stdout);
}

int
fw_cli_search (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwLibrary) library = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *format = NULL;
  gboolean json = FALSE;
  int limit = 20;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      N_("Print the results as text or as a JSON object"), N_("text|json") },
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit,
      N_("Print at most N results (default 20; 0: all)"), N_("N") },
    { NULL }
  };

  context = fw_cli_option_context_new ("search", N_("QUERY DIR…"),
                                       _("Searches every framework under the folders. QUERY "
                                         "holds words (every form of a word matches), \"exact "
                                         "phrases\", prefixes (radiograph*) and filters: "
                                         "level:advanced, section:durable, soc:29-*, zone:3. "
                                         "Exit status: 0 when something matches, 1 when "
                                         "nothing does, 2 on errors."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!fw_cli_parse_options (context, "search", &argc, &argv))
    return FW_CLI_EXIT_FAILURE;
  if (argc < 3)
    return fw_cli_usage_error ("search", _("missing QUERY or DIR"));
  if (format != NULL && g_str_equal (format, "json"))
    json = TRUE;
  else if (format != NULL && !g_str_equal (format, "text"))
    return fw_cli_usage_error ("search",
                               _("unknown format “%s” for --format; use text or json"), format);
  if (limit < 0)
    return fw_cli_usage_error ("search", _("--limit needs a positive number or 0"));

  library = fw_cli_open_library ((const char * const *) argv + 2, FALSE, FALSE);
  if (library == NULL)
    return FW_CLI_EXIT_FAILURE;

  results = fw_library_search (library, argv[1], (guint) limit, &error);
  if (results == NULL)
    {
      fprintf (stderr, "framewright-cli search: %s\n", error->message);
      return FW_CLI_EXIT_FAILURE;
    }

  if (json)
    print_json (results);
  else
    print_text (results);

  if (!fw_cli_flush_stdout ())
    return FW_CLI_EXIT_FAILURE;

  return results->len > 0 ? FW_CLI_EXIT_SUCCESS : FW_CLI_EXIT_INVALID;
}
