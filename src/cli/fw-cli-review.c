/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fw-cli-review-private.h"
#include "fw-correction-commands.h"
#include "fw-review-items.h"

static const struct
{
  const char *name;
  int       (*func) (int argc, char **argv);
  const char *summary;
} sub_verbs[] = {
  { "add", fw_cli_review_add, N_("Add a correction to an item of the framework") },
  { "list", fw_cli_review_list, N_("List the corrections as text, JSON or CSV") },
  { "set-status", fw_cli_review_set_status, N_("Set the status of a correction") },
};

static void
print_sub_verbs (FILE *stream)
{
  fprintf (stream, "%s\n", _("Usage: framewright-cli review add|list|set-status …"));
  for (guint i = 0; i < G_N_ELEMENTS (sub_verbs); i++)
    fprintf (stream, "  %-11s %s\n", sub_verbs[i].name, _(sub_verbs[i].summary));
}

/*
 * framewright-cli review add|list|set-status …
 */
int
fw_cli_review (int    argc,
               char **argv)
{
  if (argc < 2)
    return fw_cli_usage_error ("review", _("missing add, list or set-status"));

  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0)
    {
      print_sub_verbs (stdout);
      return FW_CLI_EXIT_SUCCESS;
    }

  for (guint i = 0; i < G_N_ELEMENTS (sub_verbs); i++)
    {
      if (strcmp (argv[1], sub_verbs[i].name) == 0)
        return sub_verbs[i].func (argc - 1, argv + 1);
    }

  return fw_cli_usage_error ("review", _("unknown review command “%s”; use add, list or "
                                         "set-status"), argv[1]);
}

int
fw_cli_review_fail (const char *input,
                    const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fprintf (stderr, "%s: error: %s\n", g_strcmp0 (input, "-") == 0 ? "<stdin>" : input, message);
  return FW_CLI_EXIT_FAILURE;
}

int
fw_cli_review_save (FwDocument    *document,
                    FwCommand     *command,
                    const char    *output,
                    FwFileBinding *binding)
{
  g_autoptr(GError) error = NULL;
  FwWriteOptions options = { NULL };

  fw_document_run (document, command);
  if (!fw_cli_write_output (document, output, binding, FW_FORMAT_FWK, &options, &error))
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }
  return FW_CLI_EXIT_SUCCESS;
}

/*
 * framewright-cli review add INPUT --item ITEM --kind KIND --proposed TEXT --rationale TEXT
 *                                  [--evidence SOURCE-ID]... [--reviewer NAME] -o OUT
 */
int
fw_cli_review_add (int    argc,
                   char **argv)
{
  const char *verb = "review add";
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(FwFileBinding) binding = NULL;
  g_autoptr(FwCorrection) correction = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *item = NULL, *kind = NULL, *proposed = NULL, *rationale = NULL;
  g_autofree char *reviewer = NULL, *output = NULL;
  g_auto(GStrv) evidence = NULL;
  FwReviewNew request = { NULL };
  int status;
  const GOptionEntry entries[] = {
    { "item", 0, 0, G_OPTION_ARG_STRING, &item,
      N_("The item to correct: task:ID, title:TEXT, technology:TEXT, work-style:TEXT, "
         "skill:TEXT, knowledge:TEXT, ability:TEXT, cip-code:CODE, apprenticeship:CODE, "
         "statement:ID, job-zone or new-task"), N_("ITEM") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind,
      N_("outdated, inaccurate, wrong-occupation, duplicate, missing or other"), N_("KIND") },
    { "proposed", 0, 0, G_OPTION_ARG_STRING, &proposed,
      N_("The value to put instead (\"\" proposes to remove the item)"), N_("TEXT") },
    { "rationale", 0, 0, G_OPTION_ARG_STRING, &rationale,
      N_("Why the item should change"), N_("TEXT") },
    { "evidence", 0, 0, G_OPTION_ARG_STRING_ARRAY, &evidence,
      N_("A source id of the framework's registry (repeat for more)"), N_("SOURCE-ID") },
    { "reviewer", 0, 0, G_OPTION_ARG_STRING, &reviewer,
      N_("The reviewer's name (default: the account's real name)"), N_("NAME") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the framework with the correction to OUTPUT (“-” for standard output)"),
      N_("OUTPUT") },
    { NULL }
  };

  context = fw_cli_option_context_new (verb, N_("INPUT"),
                                       _("Adds an open correction to one item of a framework "
                                         "and prints its id."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!fw_cli_parse_options (context, verb, &argc, &argv))
    return FW_CLI_EXIT_FAILURE;

  if (argc != 2)
    return fw_cli_usage_error (verb, argc < 2 ? _("missing INPUT")
                                              : _("expected one INPUT, got more"));
  if (item == NULL)
    return fw_cli_usage_error (verb, _("missing --item ITEM"));
  if (kind == NULL)
    return fw_cli_usage_error (verb, _("missing --kind KIND"));
  if (!fw_correction_is_kind (kind))
    return fw_cli_usage_error (verb, _("unknown kind “%s”; use outdated, inaccurate, "
                                       "wrong-occupation, duplicate, missing or other"), kind);
  if (proposed == NULL)
    return fw_cli_usage_error (verb, _("missing --proposed TEXT"));
  if (rationale == NULL)
    return fw_cli_usage_error (verb, _("missing --rationale TEXT"));
  if (output == NULL)
    return fw_cli_usage_error (verb, _("missing -o OUTPUT"));

  if (!fw_cli_bind_output (output, &binding, &error))
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }
  document = fw_cli_read_input (argv[1], FW_FORMAT_AUTO);
  if (document == NULL)
    return FW_CLI_EXIT_FAILURE;

  request.reference = item;
  request.kind = kind;
  request.proposed = proposed;
  request.rationale = rationale;
  request.evidence = (const char * const *) evidence;
  request.reviewer = reviewer;
  correction = fw_review_new_correction (document, &request, &error);
  if (correction == NULL)
    return fw_cli_review_fail (argv[1], "%s", error->message);

  status = fw_cli_review_save (document, fw_correction_add_command_new (document, correction),
                               output, binding);
  if (status == FW_CLI_EXIT_SUCCESS && g_strcmp0 (output, "-") != 0)
    {
      printf ("%s\n", fw_correction_get_id (correction));
      if (!fw_cli_flush_stdout ())
        return FW_CLI_EXIT_FAILURE;
    }
  return status;
}
