/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "fw-cli-library-private.h"
#include "fw-replace.h"

/*
 * framewright-cli replace OLD NEW DIR… [--dry-run]
 *
 * Reads every framework under the folders first and lists every change; only when all of
 * them could be read does it write, each changed file atomically in its own format, the
 * statements changed through one command per file.
 */

typedef struct
{
  char       *path;
  FwFormat    format;
  FwDocument *document;
  GPtrArray  *changes;
} Planned;

static void
planned_free (Planned *planned)
{
  g_free (planned->path);
  g_clear_object (&planned->document);
  g_clear_pointer (&planned->changes, g_ptr_array_unref);
  g_free (planned);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Planned, planned_free)

static Planned *
plan_file (const char  *path,
           const char  *old,
           const char  *new,
           GError     **error)
{
  g_autoptr(Planned) planned = g_new0 (Planned, 1);
  g_autofree char *data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, error))
    return NULL;

  planned->path = g_strdup (path);
  planned->format = fw_format_detect (data, length, path);
  bytes = g_bytes_new_take (g_steal_pointer (&data), length);
  planned->document = fw_format_read_bytes (bytes, path, planned->format, NULL, error);
  if (planned->document == NULL)
    return NULL;

  planned->changes = fw_replace_plan (planned->document, old, new);
  if (planned->changes->len > 0 && !fw_format_can_write (planned->format))
    {
      g_set_error (error, FW_ERROR, FW_ERROR_FORMAT,
                   _("%s: error: cannot write %s files back"), path,
                   fw_format_to_string (planned->format));
      return NULL;
    }

  return g_steal_pointer (&planned);
}

static void
print_changes (Planned *planned)
{
  for (guint i = 0; i < planned->changes->len; i++)
    {
      FwReplaceChange *change = g_ptr_array_index (planned->changes, i);

      printf ("%s: %s %s\n  - %s\n  + %s\n", planned->path, change->statement_id, change->field,
              change->before, change->after);
    }
}

static gboolean
write_file (Planned *planned)
{
  g_autoptr(GError) error = NULL;

  fw_document_run (planned->document,
                   fw_replace_command_new (planned->document, planned->changes));
  if (!fw_format_save (planned->document, planned->path, planned->format, NULL, &error))
    {
      fw_cli_print_error (error);
      return FALSE;
    }

  return TRUE;
}

/* Reads and plans every file; NULL (errors printed) when one cannot be read. */
static GPtrArray *
plan_files (GPtrArray  *paths,
            const char *old,
            const char *new)
{
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func ((GDestroyNotify) planned_free);
  gboolean ok = TRUE;

  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(GError) error = NULL;
      Planned *planned = plan_file (g_ptr_array_index (paths, i), old, new, &error);

      if (planned == NULL)
        {
          fw_cli_print_error (error);
          ok = FALSE;
        }
      else if (planned->changes->len == 0)
        planned_free (planned);
      else
        g_ptr_array_add (plans, planned);
    }

  return ok ? g_steal_pointer (&plans) : NULL;
}

int
fw_cli_replace (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GError) error = NULL;
  gboolean dry_run = FALSE;
  guint n_changes = 0;
  const GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_("List the changes without writing them"), NULL },
    { NULL }
  };

  context = fw_cli_option_context_new ("replace", N_("OLD NEW DIR…"),
                                       _("Replaces OLD by NEW (exact text) in the headlines "
                                         "and bodies of every framework under the folders. "
                                         "Every change is listed before any file is written; "
                                         "nothing is written when a file cannot be read. Exit "
                                         "status: 0 when something was replaced, 1 when OLD "
                                         "occurs nowhere, 2 on errors."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!fw_cli_parse_options (context, "replace", &argc, &argv))
    return FW_CLI_EXIT_FAILURE;
  if (argc < 4)
    return fw_cli_usage_error ("replace", _("missing OLD, NEW or DIR"));
  if (argv[1][0] == '\0')
    return fw_cli_usage_error ("replace", _("OLD must not be empty"));

  for (int i = 3; i < argc; i++)
    if (!g_file_test (argv[i], G_FILE_TEST_IS_DIR))
      return fw_cli_usage_error ("replace", _("“%s” is not a folder"), argv[i]);

  paths = fw_library_find_files ((const char * const *) argv + 3, &error);
  if (paths == NULL)
    {
      fw_cli_print_error (error);
      return FW_CLI_EXIT_FAILURE;
    }

  plans = plan_files (paths, argv[1], argv[2]);
  if (plans == NULL)
    {
      fprintf (stderr, "%s\n", _("Nothing was written: a framework could not be read."));
      return FW_CLI_EXIT_FAILURE;
    }

  for (guint i = 0; i < plans->len; i++)
    {
      print_changes (g_ptr_array_index (plans, i));
      n_changes += ((Planned *) g_ptr_array_index (plans, i))->changes->len;
    }
  if (!fw_cli_flush_stdout ())
    return FW_CLI_EXIT_FAILURE;

  for (guint i = 0; !dry_run && i < plans->len; i++)
    if (!write_file (g_ptr_array_index (plans, i)))
      return FW_CLI_EXIT_FAILURE;

  if (n_changes == 0)
    fprintf (stderr, _("“%s” occurs in no statement\n"), argv[1]);
  else if (dry_run)
    fprintf (stderr, _("Changes: %u in %u files (dry run: nothing written)\n"), n_changes,
             plans->len);
  else
    fprintf (stderr, _("Changes: %u in %u files, written\n"), n_changes, plans->len);

  return n_changes > 0 ? FW_CLI_EXIT_SUCCESS : FW_CLI_EXIT_INVALID;
}
