/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fw-cli-map-private.h"
#include "fw-io.h"
#include "fw-json.h"
#include "fw-map-framework.h"
#include "fw-map-suggest.h"
#include "fw-utf8.h"

#define DEFAULT_TOP 3
#define MAX_TOP     100

/* Fills a JSON object (or prints a text line) for one matched statement. */
static JsonObject *
match_object (FwDocument      *framework,
              FwMapSuggestion *suggestion,
              gboolean         with_depth)
{
  JsonObject *object = json_object_new ();
  FwStatementPlace place = { 0 };
  FwStatement *statement = fw_document_find_statement (framework, suggestion->statement_id,
                                                       &place);
  g_autofree char *where = statement != NULL ? fw_map_place_to_string (&place) : g_strdup ("");
  JsonArray *words = json_array_new ();
  /* Scores with three decimals, so that the output is the same on every machine. */
  double score = (double) (gint64) (suggestion->score * 1000 + 0.5) / 1000;

  for (guint i = 0; suggestion->matched_words[i] != NULL; i++)
    json_array_add_string_element (words, suggestion->matched_words[i]);

  json_object_set_string_member (object, "statement", suggestion->statement_id);
  json_object_set_string_member (object, "level", where);
  json_object_set_string_member (object, "headline",
                                 statement != NULL ? fw_statement_get_headline (statement) : "");
  json_object_set_double_member (object, "score", score);
  if (with_depth)
    json_object_set_string_member (object, "depth", fw_depth_to_string (suggestion->depth));
  json_object_set_array_member (object, "matched", words);

  return object;
}

static void
print_match (GString         *out,
             FwDocument      *framework,
             FwMapSuggestion *suggestion,
             gboolean         with_depth)
{
  FwStatementPlace place = { 0 };
  FwStatement *statement = fw_document_find_statement (framework, suggestion->statement_id,
                                                       &place);
  g_autofree char *where = statement != NULL ? fw_map_place_to_string (&place) : g_strdup ("");
  g_autofree char *words = g_strjoinv (", ", suggestion->matched_words);

  g_string_append_printf (out, "  %.2f  ", suggestion->score);
  if (with_depth)
    g_string_append_printf (out, "%s  ", fw_depth_to_string (suggestion->depth));
  g_string_append_printf (out, "%s  %s  %s", suggestion->statement_id, where,
                          statement != NULL ? fw_statement_get_headline (statement) : "");
  g_string_append_printf (out, _("  (matched: %s)\n"), words);
}

static int
write_out (GString *out)
{
  fwrite (out->str, 1, out->len, stdout);
  return fw_cli_flush_stdout () ? FW_CLI_EXIT_SUCCESS : FW_CLI_EXIT_FAILURE;
}

static char *
json_text (JsonObject *root)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), root);
  GString *out = g_string_new (NULL);

  fw_json_write (out, node, TRUE);
  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}

static gboolean
parse_common (const char  *verb,
              const char  *format_name,
              int          top,
              gboolean    *json)
{
  if (format_name != NULL && strcmp (format_name, "text") != 0
      && strcmp (format_name, "json") != 0)
    {
      fw_cli_usage_error (verb, _("unknown format “%s” for --format"), format_name);
      return FALSE;
    }
  if (top < 1 || top > MAX_TOP)
    {
      fw_cli_usage_error (verb, _("--top must be between 1 and %d"), MAX_TOP);
      return FALSE;
    }
  *json = g_strcmp0 (format_name, "json") == 0;
  return TRUE;
}

/* framewright-cli map suggest MAP [--top N] [--format text|json] [--framework FRAMEWORK] */
int
fw_cli_map_suggest (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwDocument) framework = NULL;
  g_autoptr(FwMap) map = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *format_name = NULL, *framework_path = NULL;
  FwMapSuggester *suggester;
  JsonArray *outcomes_array = json_array_new ();
  GListModel *courses;
  gboolean json = FALSE;
  int top = DEFAULT_TOP;
  const GOptionEntry entries[] = {
    { "top", 0, 0, G_OPTION_ARG_INT, &top,
      N_("Suggest the N best statements for each outcome (default 3)"), N_("N") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name,
      N_("text (the default) or json"), N_("FORMAT") },
    { "framework", 0, 0, G_OPTION_ARG_FILENAME, &framework_path,
      N_("Use FRAMEWORK instead of the one the map names"), N_("FRAMEWORK") },
    { NULL }
  };

  context = fw_cli_option_context_new ("map suggest", N_("MAP"),
                                       _("Suggests statements for every outcome of a curriculum "
                                         "map, with a score from 0 to 1, the words that matched "
                                         "and a depth."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!fw_cli_parse_options (context, "map suggest", &argc, &argv))
    {
      json_array_unref (outcomes_array);
      return FW_CLI_EXIT_FAILURE;
    }
  if (argc != 2 || !parse_common ("map suggest", format_name, top, &json))
    {
      json_array_unref (outcomes_array);
      if (argc != 2)
        return fw_cli_usage_error ("map suggest", argc < 2 ? _("missing MAP")
                                                            : _("expected one MAP, got more"));
      return FW_CLI_EXIT_FAILURE;
    }
  if (!fw_cli_map_open (argv[1], framework_path, &map, &framework))
    {
      json_array_unref (outcomes_array);
      return FW_CLI_EXIT_FAILURE;
    }

  suggester = fw_map_suggester_new (framework, &error);
  courses = G_LIST_MODEL (fw_map_get_courses (map));
  for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
    {
      g_autoptr(FwMapCourse) course = g_list_model_get_item (courses, i);
      GListModel *outcomes = G_LIST_MODEL (fw_map_course_get_outcomes (course));

      for (guint j = 0; j < g_list_model_get_n_items (outcomes); j++)
        {
          g_autoptr(FwMapOutcome) outcome = g_list_model_get_item (outcomes, j);
          const char *id = fw_map_outcome_get_id (outcome);
          g_autoptr(GPtrArray) suggestions = fw_map_suggest (suggester, map, id, top);
          JsonObject *entry = json_object_new ();
          JsonArray *list = json_array_new ();

          if (!json)
            g_string_append_printf (out, "%s%s  %s  %s\n", out->len > 0 ? "\n" : "", id,
                                    fw_map_course_get_code (course),
                                    fw_map_outcome_get_text (outcome));
          for (guint k = 0; k < suggestions->len; k++)
            {
              if (json)
                json_array_add_object_element (list, match_object (framework,
                                                                   g_ptr_array_index (suggestions,
                                                                                      k),
                                                                   TRUE));
              else
                print_match (out, framework, g_ptr_array_index (suggestions, k), TRUE);
            }
          json_object_set_string_member (entry, "outcome", id);
          json_object_set_array_member (entry, "suggestions", list);
          json_array_add_object_element (outcomes_array, entry);
        }
    }
  fw_map_suggester_free (suggester);

  if (json)
    {
      JsonObject *root = json_object_new ();
      g_autofree char *text = NULL;

      json_object_set_array_member (root, "outcomes", outcomes_array);
      text = json_text (root);
      json_object_unref (root);
      g_string_assign (out, text);
    }
  else
    json_array_unref (outcomes_array);

  return write_out (out);
}

/* framewright-cli map coverage FRAMEWORK TEXT-FILE [--top N] [--format text|json] */
int
fw_cli_map_coverage (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwDocument) framework = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) requirements = NULL;
  g_autofree char *format_name = NULL, *text = NULL;
  FwMapSuggester *suggester;
  const char *name;
  const char *data;
  gboolean json = FALSE;
  guint uncovered = 0;
  gsize length;
  int top = DEFAULT_TOP;
  const GOptionEntry entries[] = {
    { "top", 0, 0, G_OPTION_ARG_INT, &top,
      N_("List the N best statements for each requirement (default 3)"), N_("N") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name,
      N_("text (the default) or json"), N_("FORMAT") },
    { NULL }
  };

  context = fw_cli_option_context_new ("map coverage", N_("FRAMEWORK TEXT-FILE"),
                                       _("Matches each requirement of a job posting (bullets, "
                                         "numbered lines, sentences) to the framework’s "
                                         "statements and lists the uncovered ones."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!fw_cli_parse_options (context, "map coverage", &argc, &argv))
    return FW_CLI_EXIT_FAILURE;
  if (argc != 3)
    return fw_cli_usage_error ("map coverage", argc < 3 ? _("missing FRAMEWORK or TEXT-FILE")
                                                        : _("expected FRAMEWORK and TEXT-FILE, "
                                                            "got more"));
  if (!parse_common ("map coverage", format_name, top, &json))
    return FW_CLI_EXIT_FAILURE;

  framework = fw_cli_read_input (argv[1], FW_FORMAT_AUTO);
  if (framework == NULL)
    return FW_CLI_EXIT_FAILURE;

  name = g_strcmp0 (argv[2], "-") == 0 ? "<stdin>" : argv[2];
  bytes = fw_io_load (argv[2], FW_MAX_FILE_SIZE, &error);
  if (bytes == NULL)
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }
  data = g_bytes_get_data (bytes, &length);
  if (!fw_utf8_check_text (data, length, name, "file", &error))
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }
  text = g_strndup (data, length);

  suggester = fw_map_suggester_new (framework, &error);
  requirements = fw_map_coverage (suggester, text, top);
  fw_map_suggester_free (suggester);

  if (json)
    {
      JsonObject *root = json_object_new ();
      JsonArray *list = json_array_new ();
      g_autofree char *printed = NULL;

      for (guint i = 0; i < requirements->len; i++)
        {
          FwMapRequirement *requirement = g_ptr_array_index (requirements, i);
          JsonObject *entry = json_object_new ();
          JsonArray *matches = json_array_new ();

          for (guint k = 0; k < requirement->matches->len; k++)
            json_array_add_object_element (matches,
                                           match_object (framework,
                                                         g_ptr_array_index (requirement->matches,
                                                                            k), FALSE));
          json_object_set_string_member (entry, "text", requirement->text);
          json_object_set_int_member (entry, "line", requirement->line);
          json_object_set_array_member (entry, "matches", matches);
          json_object_set_boolean_member (entry, "covered", requirement->covered);
          json_array_add_object_element (list, entry);
        }
      json_object_set_array_member (root, "requirements", list);
      printed = json_text (root);
      json_object_unref (root);
      g_string_assign (out, printed);
      return write_out (out);
    }

  for (guint i = 0; i < requirements->len; i++)
    {
      FwMapRequirement *requirement = g_ptr_array_index (requirements, i);

      g_string_append_printf (out, "%s:%u: %s %s\n", name, requirement->line,
                              requirement->covered ? _("covered") : _("NOT COVERED"),
                              requirement->text);
      for (guint k = 0; k < requirement->matches->len; k++)
        print_match (out, framework, g_ptr_array_index (requirement->matches, k), FALSE);
      if (!requirement->covered)
        uncovered++;
    }
  g_string_append_printf (out, _("\n%u requirements, %u covered, %u not covered (a score of "
                                 "%.2f or more covers)\n"),
                          requirements->len, requirements->len - uncovered, uncovered,
                          FW_MAP_COVERED_SCORE);

  return write_out (out);
}
