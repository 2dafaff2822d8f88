/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fw-cli-private.h"

typedef int (*FwCliVerbFunc) (int    argc,
                              char **argv);

static const struct
{
  const char    *name;
  FwCliVerbFunc  func;
  const char    *summary;
} verbs[] = {
  { "import", fw_cli_import, N_("Read a framework in any format and save it as a .fwk file") },
  { "export", fw_cli_export, N_("Write a framework as NSX JSON or .fwk") },
  { "validate", fw_cli_validate, N_("Check frameworks and report problems") },
  { "info", fw_cli_info, N_("Summarise a framework") },
  { "rules", fw_cli_rules, N_("List the validation rules") },
  { "map", fw_cli_map, N_("Map a program’s curriculum onto a framework and report gaps") },
  { "diff", fw_cli_diff, N_("Show what changed between two versions of a framework") },
  { "show", fw_cli_show, N_("Print a framework as plain text (for git diff)") },
  { "merge", fw_cli_merge, N_("Merge two versions of a framework against their base") },
  { "git-setup", fw_cli_git_setup, N_("Set up a git repository to merge and diff .fwk files") },
  { "review", fw_cli_review, N_("Add, list and settle corrections of the O*NET data") },
  { "new", fw_cli_new, N_("Create a framework for an O*NET occupation") },
  { "occupations", fw_cli_occupations, N_("Find O*NET occupations by code or title") },
  { "index", fw_cli_index, N_("Build or update the search index of a folder of frameworks") },
  { "search", fw_cli_search, N_("Search every framework of a folder") },
  { "replace", fw_cli_replace, N_("Replace text in every framework of a folder") },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n", _("Usage:"));
  /* Translators: the synopsis of each command; translate only the placeholders in capitals,
   * as in the commands' own --help. */
  fprintf (stream, "  %s\n", _("framewright-cli import INPUT -o OUTPUT.fwk [--from FORMAT]"));
  fprintf (stream, "  %s\n",
           _("framewright-cli import ROWS.csv --from csv --into FRAMEWORK [-o OUTPUT] "
             "[--delete-missing]"));
  fprintf (stream, "  %s\n",
           _("framewright-cli export INPUT --to FORMAT -o OUTPUT [--exported-at TIMESTAMP] "
             "[--case-base-uri URI] [--force]"));
  fprintf (stream, "  %s\n",
           _("framewright-cli validate [--profile P] [--format text|json] INPUT|DIR…"));
  fprintf (stream, "  %s\n", _("framewright-cli info INPUT"));
  fprintf (stream, "  %s\n", _("framewright-cli rules [--markdown]"));
  fprintf (stream, "  %s\n", _("framewright-cli map new|report|set|unset …"));
  fprintf (stream, "  %s\n",
           _("framewright-cli diff OLD NEW [--format text|json|xhtml] [--color "
             "auto|always|never]"));
  fprintf (stream, "  %s\n", _("framewright-cli show INPUT"));
  fprintf (stream, "  %s\n", _("framewright-cli merge BASE OURS THEIRS -o OUTPUT"));
  fprintf (stream, "  %s\n", _("framewright-cli git-setup [FOLDER] [--command CLI]"));
  fprintf (stream, "  %s\n",
           _("framewright-cli new SOC [-o OUTPUT] [--to fwk|nsx-json] [--onet DIR] "
             "[--onet-release V] [--force]"));
  fprintf (stream, "  %s\n",
           _("framewright-cli occupations [QUERY] [--format text|json] [--limit N] [--onet DIR]"));
  fprintf (stream, "  %s\n", _("framewright-cli index DIR… [--rebuild]"));
  fprintf (stream, "  %s\n",
           _("framewright-cli search QUERY DIR… [--format text|json] [--limit N]"));
  fprintf (stream, "  %s\n\n", _("framewright-cli replace OLD NEW DIR… [--dry-run]"));
  fprintf (stream, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    fprintf (stream, "  %-12s %s\n", verbs[i].name, _(verbs[i].summary));
  fprintf (stream, "\n%s\n", _("INPUT may be a .fwk file, an NSX JSON export, or a framework page "
                               "saved as text or HTML; “-” reads standard input and “-o -” "
                               "writes standard output."));
  fprintf (stream, "%s\n", _("Run “framewright-cli COMMAND --help” for a command’s options."));
}

GOptionContext *
fw_cli_option_context_new (const char *verb,
                           const char *parameter_string,
                           const char *summary)
{
  g_autofree char *prgname = NULL;
  GOptionContext *context;

  g_return_val_if_fail (verb != NULL, NULL);

  /* GOption builds its usage line from the program name. */
  prgname = g_strconcat ("framewright-cli ", verb, NULL);
  g_set_prgname (prgname);

  context = g_option_context_new (parameter_string);
  g_option_context_set_summary (context, summary);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  return context;
}

int
fw_cli_usage_error (const char *verb,
                    const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fprintf (stderr, "framewright-cli %s: %s\n", verb, message);
  fprintf (stderr, _("Run “framewright-cli %s --help” for usage."), verb);
  fputc ('\n', stderr);

  return FW_CLI_EXIT_FAILURE;
}

gboolean
fw_cli_parse_options (GOptionContext   *context,
                      const char       *verb,
                      int              *argc,
                      char           ***argv)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (context != NULL, FALSE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      fw_cli_usage_error (verb, "%s", error->message);
      return FALSE;
    }

  return TRUE;
}

void
fw_cli_print_error (const GError *error)
{
  g_return_if_fail (error != NULL);

  fprintf (stderr, "%s\n", error->message);
}

void
fw_cli_print_warnings (GPtrArray *warnings)
{
  g_return_if_fail (warnings != NULL);

  for (guint i = 0; i < warnings->len; i++)
    {
      g_autofree char *line = fw_diagnostic_format (g_ptr_array_index (warnings, i));

      fprintf (stderr, "%s\n", line);
    }
}

gboolean
fw_cli_parse_format (const char *verb,
                     const char *option,
                     const char *value,
                     FwFormat   *format)
{
  g_return_val_if_fail (option != NULL, FALSE);

  if (value != NULL && fw_format_from_string (value, format))
    return TRUE;

  fw_cli_usage_error (verb, _("unknown format “%s” for %s"), value != NULL ? value : "",
                      option);
  return FALSE;
}

FwDocument *
fw_cli_read_input (const char *input,
                   FwFormat    format)
{
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  FwDocument *document;

  g_return_val_if_fail (input != NULL, NULL);

  warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);
  document = fw_format_read_file (input, format, warnings, &error);

  fw_cli_print_warnings (warnings);
  if (document == NULL)
    fw_cli_print_error (error);

  return document;
}

gboolean
fw_cli_bind_output (const char     *output,
                    FwFileBinding **binding,
                    GError        **error)
{
  g_autoptr(FwFileBinding) bound = NULL;

  g_return_val_if_fail (output != NULL, FALSE);
  g_return_val_if_fail (binding != NULL, FALSE);

  *binding = NULL;
  if (g_str_equal (output, "-"))
    return TRUE;
  bound = fw_file_binding_new_for_path (output, NULL);
  if (!fw_file_binding_accept_disk (bound, error))
    return FALSE;
  *binding = g_steal_pointer (&bound);
  return TRUE;
}

gboolean
fw_cli_write_output (FwDocument            *document,
                     const char            *output,
                     FwFileBinding         *binding,
                     FwFormat               format,
                     const FwWriteOptions  *options,
                     GError               **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (output != NULL, FALSE);

  if (binding == NULL)
    return fw_format_save (document, output, format, options, error);
  bytes = fw_format_write (document, format, options, error);
  return bytes != NULL && fw_file_binding_save (binding, bytes, FW_FILE_SAVE_NONE, error);
}

gboolean
fw_cli_flush_stdout (void)
{
  if (fflush (stdout) == 0 && !ferror (stdout))
    return TRUE;

  /* A reader that went away (EPIPE) is not worth a message, but still a failure. */
  if (errno != EPIPE)
    fprintf (stderr, "framewright-cli: %s: %s\n", _("could not write to standard output"),
             g_strerror (errno));

  return FALSE;
}

int
main (int    argc,
      char **argv)
{
  const char *localedir;
  const char *verb;

  setlocale (LC_ALL, "");
  /* FW_LOCALEDIR points at the catalogues of a build tree (po/ in the build folder), so
   * that the tests can run the program translated before it is installed. */
  localedir = g_getenv ("FW_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE,
                  localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_prgname ("framewright-cli");

  /* Writing into a closed pipe must be an error to report, not a signal to die of. */
  signal (SIGPIPE, SIG_IGN);

  if (argc < 2)
    {
      print_usage (stderr);
      return FW_CLI_EXIT_FAILURE;
    }

  verb = argv[1];

  if (strcmp (verb, "--help") == 0 || strcmp (verb, "-h") == 0 || strcmp (verb, "help") == 0)
    {
      print_usage (stdout);
      return fw_cli_flush_stdout () ? FW_CLI_EXIT_SUCCESS : FW_CLI_EXIT_FAILURE;
    }

  if (strcmp (verb, "--version") == 0)
    {
      printf ("framewright-cli %s\n", PACKAGE_VERSION);
      return fw_cli_flush_stdout () ? FW_CLI_EXIT_SUCCESS : FW_CLI_EXIT_FAILURE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    {
      if (strcmp (verb, verbs[i].name) == 0)
        return verbs[i].func (argc - 1, argv + 1);
    }

  fprintf (stderr, _("framewright-cli: unknown command “%s”"), verb);
  fputc ('\n', stderr);
  fprintf (stderr, "%s\n", _("Run “framewright-cli --help” for usage."));

  return FW_CLI_EXIT_FAILURE;
}
