/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "fw-cli-private.h"
#include "fw-diff-report.h"

typedef enum
{
  OUTPUT_TEXT,
  OUTPUT_JSON,
  OUTPUT_XHTML,
} DiffOutput;

static gboolean
parse_output (const char *value,
              DiffOutput *output)
{
  if (value == NULL || g_str_equal (value, "text"))
    *output = OUTPUT_TEXT;
  else if (g_str_equal (value, "json"))
    *output = OUTPUT_JSON;
  else if (g_str_equal (value, "xhtml"))
    *output = OUTPUT_XHTML;
  else
    return FALSE;
  return TRUE;
}

/* "auto" colours a terminal unless NO_COLOR is set or the terminal is dumb. */
static gboolean
parse_color (const char *value,
             gboolean   *color)
{
  const char *term = g_getenv ("TERM");

  if (value == NULL || g_str_equal (value, "auto"))
    *color = isatty (STDOUT_FILENO) && g_getenv ("NO_COLOR") == NULL
             && term != NULL && strcmp (term, "dumb") != 0;
  else if (g_str_equal (value, "always"))
    *color = TRUE;
  else if (g_str_equal (value, "never"))
    *color = FALSE;
  else
    return FALSE;
  return TRUE;
}

/* framewright-cli diff OLD NEW [--format text|json|xhtml] [--color auto|always|never] */
int
fw_cli_diff (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwDocument) old_document = NULL;
  g_autoptr(FwDocument) new_document = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *format = NULL;
  g_autofree char *color_name = NULL;
  g_autofree char *report = NULL;
  DiffOutput output;
  gboolean color;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      N_("Write the changes as text (the default), json or xhtml"), N_("FORMAT") },
    { "color", 0, 0, G_OPTION_ARG_STRING, &color_name,
      N_("Colour the text: auto (on a terminal, the default), always or never"), N_("WHEN") },
    { NULL }
  };

  context = fw_cli_option_context_new ("diff", N_("OLD NEW"),
                                       _("Shows what changed between two versions of a "
                                         "framework: statements added, removed, edited and "
                                         "moved, corrections added and resolved, and every "
                                         "other item; or of a curriculum map (.fwmap). Exits "
                                         "with 0 when they are the same, 1 when they differ, 2 "
                                         "on bad input."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!fw_cli_parse_options (context, "diff", &argc, &argv))
    return FW_CLI_EXIT_FAILURE;
  if (argc != 3)
    return fw_cli_usage_error ("diff", argc < 3 ? _("expected OLD and NEW")
                                                : _("expected two inputs, got more"));
  if (!parse_output (format, &output))
    return fw_cli_usage_error ("diff", _("unknown format “%s” for --format"), format);
  if (!parse_color (color_name, &color))
    return fw_cli_usage_error ("diff", _("unknown value “%s” for --color"), color_name);
  if (g_str_equal (argv[1], "-") && g_str_equal (argv[2], "-"))
    return fw_cli_usage_error ("diff", _("only one of OLD and NEW can be standard input"));

  if (fw_cli_is_map_file (argv[1]) || fw_cli_is_map_file (argv[2]))
    return fw_cli_diff_maps (argv[1], argv[2], output == OUTPUT_JSON ? "json"
                                               : output == OUTPUT_XHTML ? "xhtml" : "text");

  old_document = fw_cli_read_input (argv[1], FW_FORMAT_AUTO);
  if (old_document == NULL)
    return FW_CLI_EXIT_FAILURE;
  new_document = fw_cli_read_input (argv[2], FW_FORMAT_AUTO);
  if (new_document == NULL)
    return FW_CLI_EXIT_FAILURE;

  changes = fw_diff_documents (old_document, new_document);
  if (output == OUTPUT_JSON)
    report = fw_diff_format_json (changes);
  else if (output == OUTPUT_XHTML)
    report = fw_diff_format_xhtml (changes, argv[1], argv[2]);
  else
    report = fw_diff_format_text (changes, argv[1], argv[2], color);

  fputs (report, stdout);
  if (!fw_cli_flush_stdout ())
    return FW_CLI_EXIT_FAILURE;

  return changes->len == 0 ? FW_CLI_EXIT_SUCCESS : FW_CLI_EXIT_INVALID;
}

/* framewright-cli show FILE: the plain-text rendering git's textconv reads. */
int
fw_cli_show (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autofree char *text = NULL;

  context = fw_cli_option_context_new ("show", N_("INPUT"),
                                       _("Prints a framework as plain text, one statement a "
                                         "line, sections in order: a stable rendering for "
                                         "git’s textconv."));

  if (!fw_cli_parse_options (context, "show", &argc, &argv))
    return FW_CLI_EXIT_FAILURE;
  if (argc != 2)
    return fw_cli_usage_error ("show", argc < 2 ? _("missing INPUT")
                                                : _("expected one INPUT, got more"));

  if (fw_cli_is_map_file (argv[1]))
    return fw_cli_show_map (argv[1]);

  document = fw_cli_read_input (argv[1], FW_FORMAT_AUTO);
  if (document == NULL)
    return FW_CLI_EXIT_FAILURE;

  text = fw_document_render_text (document);
  fputs (text, stdout);
  return fw_cli_flush_stdout () ? FW_CLI_EXIT_SUCCESS : FW_CLI_EXIT_FAILURE;
}
