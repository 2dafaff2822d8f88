/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "fw-cli-private.h"
#include "fw-error.h"
#include "fw-format-losses.h"
#include "fw-validator.h"

gboolean
fw_cli_export_gate (FwDocument  *document,
                    GError     **error)
{
  g_autoptr(FwValidator) validator = NULL;
  guint n_errors;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  validator = fw_validator_new (NULL);
  fw_validator_run (validator, document);

  n_errors = fw_validator_get_n_errors (validator);
  if (n_errors == 0)
    return TRUE;

  g_set_error (error, FW_ERROR, FW_ERROR_INVALID,
               g_dngettext (GETTEXT_PACKAGE,
                            "export refused: the framework has %u validation error; run "
                            "“framewright-cli validate” on it to see it, or pass --force to "
                            "export anyway",
                            "export refused: the framework has %u validation errors; run "
                            "“framewright-cli validate” on it to see them, or pass --force to "
                            "export anyway",
                            n_errors),
               n_errors);
  return FALSE;
}

/* What JavaScript's Date.prototype.toISOString() writes, which NSX exportedAt holds. */
static gboolean
is_timestamp (const char *text)
{
  g_autoptr(GDateTime) parsed = NULL;

  if (!g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}"
                             "(\\.[0-9]{1,9})?Z$", text, G_REGEX_DOLLAR_ENDONLY, 0))
    return FALSE;

  parsed = g_date_time_new_from_iso8601 (text, NULL);
  return parsed != NULL;
}

/*
 * framewright-cli export INPUT --to nsx-json|fwk -o OUTPUT [--exported-at TIMESTAMP] [--force]
 */
int
fw_cli_export (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(FwFileBinding) binding = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *to = NULL;
  g_autofree char *exported_at = NULL;
  gboolean force = FALSE;
  FwFormat format;
  FwWriteOptions options = { NULL };
  const GOptionEntry entries[] = {
    { "to", 0, 0, G_OPTION_ARG_STRING, &to,
      N_("Write FORMAT: nsx-json or fwk"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to OUTPUT (“-” for standard output)"), N_("OUTPUT") },
    { "exported-at", 0, 0, G_OPTION_ARG_STRING, &exported_at,
      N_("NSX JSON: the export time to record, such as 2026-05-15T12:39:10.144Z (default: "
         "the one the framework was read with, else now)"), N_("TIMESTAMP") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      N_("Export to NSX JSON even when validation finds errors"), NULL },
    { NULL }
  };

  context = fw_cli_option_context_new ("export", N_("INPUT"),
                                       _("Writes a framework as NSX JSON (schema 1.0) or as a "
                                         ".fwk file. An NSX export is refused while validation "
                                         "finds errors, unless --force is given."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!fw_cli_parse_options (context, "export", &argc, &argv))
    return FW_CLI_EXIT_FAILURE;

  if (argc != 2)
    return fw_cli_usage_error ("export", argc < 2 ? _("missing INPUT")
                                                  : _("expected one INPUT, got more"));
  if (to == NULL)
    return fw_cli_usage_error ("export", _("missing --to nsx-json|fwk"));
  if (!fw_cli_parse_format ("export", "--to", to, &format))
    return FW_CLI_EXIT_FAILURE;
  if (format != FW_FORMAT_NSX_JSON && format != FW_FORMAT_FWK)
    return fw_cli_usage_error ("export", _("cannot export to “%s”; use nsx-json or fwk"), to);
  if (output == NULL)
    return fw_cli_usage_error ("export", _("missing -o OUTPUT"));
  if (exported_at != NULL && !is_timestamp (exported_at))
    return fw_cli_usage_error ("export", _("--exported-at needs a UTC timestamp such as "
                                           "2026-05-15T12:39:10.144Z, got “%s”"), exported_at);

  /* Bound before the input is read: a change another program makes meanwhile is kept. */
  if (!fw_cli_bind_output (output, &binding, &error))
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }
  document = fw_cli_read_input (argv[1], FW_FORMAT_AUTO);
  if (document == NULL)
    return FW_CLI_EXIT_FAILURE;

  if (format == FW_FORMAT_NSX_JSON && !force && !fw_cli_export_gate (document, &error))
    {
      fprintf (stderr, "%s: error: %s\n", g_strcmp0 (argv[1], "-") == 0 ? "<stdin>" : argv[1],
               error->message);
      return FW_CLI_EXIT_INVALID;
    }

  options.exported_at = exported_at;
  if (!fw_cli_write_output (document, output, binding, format, &options, &error))
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }

  /* Nothing is dropped without a word: one line per part the format cannot hold. */
  {
    g_auto(GStrv) lost = fw_format_lost_parts (document, format);

    for (guint i = 0; lost[i] != NULL; i++)
      fprintf (stderr, "framewright-cli export: %s\n", lost[i]);
  }

  return FW_CLI_EXIT_SUCCESS;
}
