/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "fw-cli-review-private.h"
#include "fw-json.h"
#include "fw-review-export.h"
#include "fw-review-items.h"

static void
print_text (FwDocument *document,
            GPtrArray  *corrections)
{
  for (guint i = 0; i < corrections->len; i++)
    {
      FwCorrection *correction = g_ptr_array_index (corrections, i);
      g_autofree char *item = fw_review_format_item (document, correction);
      g_autofree char *evidence = g_strjoinv (", ",
                                              (char **) fw_correction_get_evidence (correction));
      guint n_replies = g_list_model_get_n_items (
        G_LIST_MODEL (fw_correction_get_replies (correction)));

      printf ("%s  %s%s  %s  %s\n", fw_correction_get_id (correction),
              fw_correction_get_status (correction),
              fw_correction_get_applied (correction) ? _(" (applied)") : "",
              fw_correction_get_kind (correction), item);
      printf ("  %s %s\n", _("current:"), fw_correction_get_current (correction));
      printf ("  %s %s\n", _("proposed:"), fw_correction_get_proposed (correction));
      printf ("  %s %s\n", _("rationale:"), fw_correction_get_rationale (correction));
      if (evidence[0] != '\0')
        printf ("  %s %s\n", _("evidence:"), evidence);
      printf ("  %s %s, %s\n", _("by"), fw_correction_get_reviewer (correction),
              fw_correction_get_updated (correction));
      if (n_replies > 0)
        {
          printf (g_dngettext (GETTEXT_PACKAGE, "  %u reply", "  %u replies", n_replies),
                  n_replies);
          putchar ('\n');
        }
    }
}

/*
 * framewright-cli review list INPUT [--status S] [--kind K] [--reviewer R]
 *                                   [--format text|json|csv]
 */
int
fw_cli_review_list (int    argc,
                    char **argv)
{
  const char *verb = "review list";
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GPtrArray) selected = NULL;
  g_autofree char *status = NULL, *kind = NULL, *reviewer = NULL, *format = NULL;
  GListModel *corrections;
  const GOptionEntry entries[] = {
    { "status", 0, 0, G_OPTION_ARG_STRING, &status,
      N_("Only corrections with STATUS: open, accepted, rejected or submitted"), N_("STATUS") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind,
      N_("Only corrections of KIND"), N_("KIND") },
    { "reviewer", 0, 0, G_OPTION_ARG_STRING, &reviewer,
      N_("Only corrections by NAME"), N_("NAME") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      N_("text (default), json, or csv (the hand-off file)"), N_("FORMAT") },
    { NULL }
  };

  context = fw_cli_option_context_new (verb, N_("INPUT"),
                                       _("Lists a framework's corrections on standard output. "
                                         "The CSV is the hand-off file for the people who "
                                         "maintain the O*NET data."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!fw_cli_parse_options (context, verb, &argc, &argv))
    return FW_CLI_EXIT_FAILURE;

  if (argc != 2)
    return fw_cli_usage_error (verb, argc < 2 ? _("missing INPUT")
                                              : _("expected one INPUT, got more"));
  if (status != NULL && !fw_correction_is_status (status))
    return fw_cli_usage_error (verb, _("unknown status “%s”; use open, accepted, rejected or "
                                       "submitted"), status);
  if (kind != NULL && !fw_correction_is_kind (kind))
    return fw_cli_usage_error (verb, _("unknown kind “%s”; use outdated, inaccurate, "
                                       "wrong-occupation, duplicate, missing or other"), kind);
  if (format != NULL && !g_strv_contains ((const char * const[]) { "text", "json", "csv", NULL },
                                          format))
    return fw_cli_usage_error (verb, _("unknown format “%s”; use text, json or csv"), format);

  document = fw_cli_read_input (argv[1], FW_FORMAT_AUTO);
  if (document == NULL)
    return FW_CLI_EXIT_FAILURE;

  selected = g_ptr_array_new_with_free_func (g_object_unref);
  corrections = G_LIST_MODEL (fw_document_get_corrections (document));
  for (guint i = 0; i < g_list_model_get_n_items (corrections); i++)
    {
      FwCorrection *correction = g_list_model_get_item (corrections, i);

      if (fw_review_matches (correction, status, kind, reviewer))
        g_ptr_array_add (selected, correction);
      else
        g_object_unref (correction);
    }

  if (g_strcmp0 (format, "csv") == 0)
    {
      g_autofree char *csv = fw_review_to_csv (document, selected);

      fputs (csv, stdout);
    }
  else if (g_strcmp0 (format, "json") == 0)
    {
      g_autoptr(JsonNode) root = fw_review_to_json (document, selected);
      g_autoptr(GString) out = g_string_new (NULL);

      fw_json_write (out, root, TRUE);
      printf ("%s\n", out->str);
    }
  else
    {
      print_text (document, selected);
    }

  return fw_cli_flush_stdout () ? FW_CLI_EXIT_SUCCESS : FW_CLI_EXIT_FAILURE;
}
