/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-cli-review-private.h"
#include "fw-correction-apply.h"
#include "fw-correction-commands.h"
#include "fw-review-items.h"

/*
 * framewright-cli review set-status INPUT ID STATUS [--note TEXT] [--reviewer NAME] [--apply]
 *                                   -o OUT
 */
int
fw_cli_review_set_status (int    argc,
                          char **argv)
{
  const char *verb = "review set-status";
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(FwFileBinding) binding = NULL;
  g_autoptr(FwCorrectionReply) note_reply = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL, *reviewer = NULL, *output = NULL, *now = NULL;
  gboolean apply = FALSE;
  FwCorrection *correction;
  FwCommand *command;
  const GOptionEntry entries[] = {
    { "note", 0, 0, G_OPTION_ARG_STRING, &note,
      N_("Add TEXT to the correction's thread of replies"), N_("TEXT") },
    { "reviewer", 0, 0, G_OPTION_ARG_STRING, &reviewer,
      N_("The author of the note (default: the account's real name)"), N_("NAME") },
    { "apply", 0, 0, G_OPTION_ARG_NONE, &apply,
      N_("With “accepted”: also put the proposal into the framework"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the framework to OUTPUT (“-” for standard output)"), N_("OUTPUT") },
    { NULL }
  };

  context = fw_cli_option_context_new (verb, N_("INPUT ID STATUS"),
                                       _("Sets a correction's status: open, accepted, rejected "
                                         "or submitted."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!fw_cli_parse_options (context, verb, &argc, &argv))
    return FW_CLI_EXIT_FAILURE;

  if (argc != 4)
    return fw_cli_usage_error (verb, argc < 4 ? _("expected INPUT, ID and STATUS")
                                              : _("expected INPUT, ID and STATUS, got more"));
  if (!fw_correction_is_status (argv[3]))
    return fw_cli_usage_error (verb, _("unknown status “%s”; use open, accepted, rejected or "
                                       "submitted"), argv[3]);
  if (apply && g_strcmp0 (argv[3], "accepted") != 0)
    return fw_cli_usage_error (verb, _("--apply needs the status “accepted”"));
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

  correction = fw_document_find_correction (document, argv[2], NULL);
  if (correction == NULL)
    return fw_cli_review_fail (argv[1], _("no correction “%s” in the framework"), argv[2]);

  now = fw_correction_now ();
  if (note != NULL)
    note_reply = fw_correction_reply_new (reviewer != NULL ? reviewer
                                                           : fw_review_default_reviewer (),
                                          now, note);
  command = fw_correction_set_status_command_new (correction, argv[3], note_reply, now);
  if (apply)
    {
      /* Accepted first: only an accepted correction can be applied. */
      fw_document_run (document, command);
      command = fw_correction_apply_command_new (document, correction, now, &error);
      if (command == NULL)
        return fw_cli_review_fail (argv[1], "%s", error->message);
    }

  return fw_cli_review_save (document, command, output, binding);
}
