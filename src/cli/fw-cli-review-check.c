/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fw-cli-review-private.h"
#include "fw-json.h"
#include "fw-review-check.h"
#include "fw-review-update.h"

static int
print_check (FwReviewCheck *check,
             const char    *format)
{
  if (g_strcmp0 (format, "json") == 0)
    {
      g_autoptr(JsonNode) root = fw_review_check_to_json (check);
      g_autoptr(GString) out = g_string_new (NULL);

      fw_json_write (out, root, TRUE);
      printf ("%s\n", out->str);
    }
  else
    {
      g_autofree char *text = fw_review_check_to_text (check);

      printf (g_dngettext (GETTEXT_PACKAGE, "Checked against O*NET %s: %u finding\n",
                           "Checked against O*NET %s: %u findings\n", check->findings->len),
              check->release, check->findings->len);
      fputs (text, stdout);
    }
  return fw_cli_flush_stdout () ? FW_CLI_EXIT_SUCCESS : FW_CLI_EXIT_FAILURE;
}

/*
 * framewright-cli review check INPUT [--onet DIR] [--format text|json] [--annotate -o OUT]
 */
int
fw_cli_review_check (int    argc,
                     char **argv)
{
  const char *verb = "review check";
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(FwFileBinding) binding = NULL;
  g_autoptr(FwReviewCheck) check = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *onet_dir = NULL, *onet_release = NULL, *format = NULL, *output = NULL;
  g_autofree char *reviewer = NULL;
  gboolean annotate = FALSE;
  const GOptionEntry entries[] = {
    FW_CLI_ONET_ENTRIES (onet_dir, onet_release),
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("text (default) or json"),
      N_("FORMAT") },
    { "annotate", 0, 0, G_OPTION_ARG_NONE, &annotate,
      N_("Write a copy with one open correction per finding to OUTPUT"), NULL },
    { "reviewer", 0, 0, G_OPTION_ARG_STRING, &reviewer,
      N_("The reviewer of those corrections (default: the account's real name)"), N_("NAME") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("With --annotate: the annotated framework (“-” for standard output)"), N_("OUTPUT") },
    { NULL }
  };

  context = fw_cli_option_context_new (verb, N_("INPUT"),
                                       _("Compares a framework's O*NET part with a release (the "
                                         "bundled one by default). Exits 0 when there is "
                                         "nothing to report, 1 when there is."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!fw_cli_parse_options (context, verb, &argc, &argv))
    return FW_CLI_EXIT_FAILURE;

  if (argc != 2)
    return fw_cli_usage_error (verb, argc < 2 ? _("missing INPUT")
                                              : _("expected one INPUT, got more"));
  if (format != NULL && !g_strv_contains ((const char * const[]) { "text", "json", NULL },
                                          format))
    return fw_cli_usage_error (verb, _("unknown format “%s”; use text or json"), format);
  if (annotate != (output != NULL))
    return fw_cli_usage_error (verb, annotate ? _("--annotate needs -o OUTPUT")
                                              : _("-o OUTPUT needs --annotate"));
  if (annotate && g_strcmp0 (output, "-") == 0)
    return fw_cli_usage_error (verb, _("--annotate writes to a file; the report goes to "
                                       "standard output"));
  if (!fw_cli_use_onet (verb, onet_dir, onet_release))
    return FW_CLI_EXIT_FAILURE;
  if (annotate && !fw_cli_bind_output (output, &binding, &error))
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }
  document = fw_cli_read_input (argv[1], FW_FORMAT_AUTO);
  if (document == NULL)
    return FW_CLI_EXIT_FAILURE;

  check = fw_review_check (document, fw_cli_get_onet (), &error);
  if (check == NULL)
    return fw_cli_review_fail (argv[1], "%s", error->message);

  if (annotate)
    {
      g_autoptr(GPtrArray) added = fw_review_check_corrections (document, check, reviewer,
                                                                NULL);
      int status = fw_cli_review_save (document,
                                       fw_review_add_corrections_command_new (document, added),
                                       output, binding);

      if (status != FW_CLI_EXIT_SUCCESS)
        return status;
      fprintf (stderr, g_dngettext (GETTEXT_PACKAGE, "%s: added %u open correction\n",
                                    "%s: added %u open corrections\n", added->len),
               output, added->len);
    }
  if (print_check (check, format) != FW_CLI_EXIT_SUCCESS)
    return FW_CLI_EXIT_FAILURE;
  return check->findings->len > 0 ? FW_CLI_EXIT_INVALID : FW_CLI_EXIT_SUCCESS;
}

/* The release's tasks that the update leaves out, as a hint to --add-tasks. */
static void
print_not_included (FwDocument *document,
                    FILE       *stream)
{
  g_autoptr(FwReviewCheck) check = fw_review_check (document, fw_cli_get_onet (), NULL);

  if (check == NULL || check->not_included->len == 0)
    return;
  fprintf (stream, g_dngettext (GETTEXT_PACKAGE,
                                "%u task of the release is not included (see --add-tasks)\n",
                                "%u tasks of the release are not included (see --add-tasks)\n",
                                check->not_included->len), check->not_included->len);
}

/*
 * framewright-cli review update INPUT --onet DIR [--add-tasks] (-o OUT | --dry-run)
 */
int
fw_cli_review_update (int    argc,
                      char **argv)
{
  const char *verb = "review update";
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(FwFileBinding) binding = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *onet_dir = NULL, *onet_release = NULL, *output = NULL, *preview = NULL;
  gboolean dry_run = FALSE, add_tasks = FALSE;
  FwCommand *command;
  const GOptionEntry entries[] = {
    FW_CLI_ONET_ENTRIES (onet_dir, onet_release),
    { "add-tasks", 0, 0, G_OPTION_ARG_NONE, &add_tasks,
      N_("Also add the release's tasks that the framework lacks"), NULL },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Print what would change and write nothing"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the updated framework to OUTPUT (“-” for standard output)"), N_("OUTPUT") },
    { NULL }
  };

  context = fw_cli_option_context_new (verb, N_("INPUT"),
                                       _("Brings a framework's O*NET part up to the release in "
                                         "--onet DIR and prints what changed."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!fw_cli_parse_options (context, verb, &argc, &argv))
    return FW_CLI_EXIT_FAILURE;

  if (argc != 2)
    return fw_cli_usage_error (verb, argc < 2 ? _("missing INPUT")
                                              : _("expected one INPUT, got more"));
  if (onet_dir == NULL)
    return fw_cli_usage_error (verb, _("missing --onet DIR"));
  if (dry_run == (output != NULL))
    return fw_cli_usage_error (verb, dry_run ? _("--dry-run writes nothing; drop -o OUTPUT")
                                             : _("missing -o OUTPUT (or --dry-run)"));
  if (!fw_cli_use_onet (verb, onet_dir, onet_release))
    return FW_CLI_EXIT_FAILURE;
  if (!dry_run && !fw_cli_bind_output (output, &binding, &error))
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }
  document = fw_cli_read_input (argv[1], FW_FORMAT_AUTO);
  if (document == NULL)
    return FW_CLI_EXIT_FAILURE;

  command = fw_review_update_command_new (document, fw_cli_get_onet (),
                                          add_tasks ? FW_REVIEW_UPDATE_ADD_TASKS
                                                    : FW_REVIEW_UPDATE_DEFAULT,
                                          &changes, &error);
  if (command == NULL && error != NULL)
    return fw_cli_review_fail (argv[1], "%s", error->message);

  /* The preview goes where the framework does not. */
  preview = changes->len > 0 ? fw_review_changes_to_text (changes)
                             : g_strdup_printf ("%s\n", _("Nothing to update."));
  fputs (preview, g_strcmp0 (output, "-") == 0 ? stderr : stdout);
  if (!add_tasks)
    print_not_included (document, g_strcmp0 (output, "-") == 0 ? stderr : stdout);

  if (dry_run)
    {
      g_clear_object (&command);
      return fw_cli_flush_stdout () ? FW_CLI_EXIT_SUCCESS : FW_CLI_EXIT_FAILURE;
    }
  if (command == NULL)
    command = fw_command_group_new (_("Update O*NET Data"));
  return fw_cli_review_save (document, command, output, binding);
}
