/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "fw-cli-private.h"
#include "fw-validator.h"

/*
 * framewright-cli rules [--markdown]
 *
 * Prints the rule catalogue: one line per rule, or the Markdown document committed as
 * docs/rules.md.
 */

static void
print_table (void)
{
  guint n_rules;
  const FwRuleInfo *rules = fw_validator_get_rules (&n_rules);
  int area_width = 0;

  for (guint i = 0; i < n_rules; i++)
    area_width = MAX (area_width, (int) g_utf8_strlen (rules[i].area, -1));

  for (guint i = 0; i < n_rules; i++)
    {
      /* printf pads by bytes; pad by characters so that "O*NET" and "×" line up too. */
      int padding = area_width - (int) g_utf8_strlen (rules[i].area, -1);

      printf ("%s  %-7s  %s%*s  %s\n", rules[i].id, fw_severity_to_string (rules[i].severity),
              rules[i].area, padding, "", rules[i].summary);
    }
}

int
fw_cli_rules (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  gboolean markdown = FALSE;
  const GOptionEntry entries[] = {
    { "markdown", 0, 0, G_OPTION_ARG_NONE, &markdown,
      N_("Print the catalogue as Markdown, as committed in docs/rules.md"), NULL },
    { NULL }
  };

  context = fw_cli_option_context_new ("rules", NULL,
                                       _("Lists the validation rules: id, default severity, "
                                         "area and what each checks."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!fw_cli_parse_options (context, "rules", &argc, &argv))
    return FW_CLI_EXIT_FAILURE;
  if (argc > 1)
    return fw_cli_usage_error ("rules", _("unexpected argument “%s”"), argv[1]);

  if (markdown)
    {
      g_autofree char *text = fw_validator_get_rules_markdown ();

      fputs (text, stdout);
    }
  else
    print_table ();

  return fw_cli_flush_stdout () ? FW_CLI_EXIT_SUCCESS : FW_CLI_EXIT_FAILURE;
}
