/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "fw-cli-library-private.h"

/*
 * framewright-cli index DIR… [--rebuild]
 *
 * Builds or updates the library index of the folders and says what it found.
 */

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  /* Once every 1 % is enough for the eye and costs nothing. */
  if (done == total || done % MAX (1, total / 100) == 0)
    {
      fprintf (stderr, "\r%s", "");
      fprintf (stderr, _("Indexing: %u of %u files"), done, total);
      if (done == total)
        fputc ('\n', stderr);
      fflush (stderr);
    }
}

static void
print_failures (FwLibrary *library,
                guint     *n_failed)
{
  g_autoptr(GPtrArray) failures = fw_library_list_failures (library, NULL);

  *n_failed = failures != NULL ? failures->len : 0;
  for (guint i = 0; i < *n_failed; i++)
    {
      FwLibraryFailure *failure = g_ptr_array_index (failures, i);

      fprintf (stderr, "%s\n", failure->message);
    }
}

FwLibrary *
fw_cli_open_library (const char * const *folders,
                     gboolean            rebuild,
                     gboolean            progress)
{
  g_autoptr(FwLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  gboolean tty = progress && isatty (fileno (stderr));
  guint n_failed;

  for (guint i = 0; folders[i] != NULL; i++)
    if (!g_file_test (folders[i], G_FILE_TEST_IS_DIR))
      {
        fprintf (stderr, _("%s: error: not a folder"), folders[i]);
        fputc ('\n', stderr);
        return NULL;
      }

  /* The index verb checks the whole cache; a search only what is cheap. */
  library = fw_library_open (folders, NULL, &error);
  if (library == NULL
      || (progress && !fw_library_verify (library, &error))
      || !fw_library_update (library, rebuild, tty ? progress_cb : NULL, NULL, NULL, &error))
    {
      fw_cli_print_error (error);
      return NULL;
    }

  print_failures (library, &n_failed);

  return g_steal_pointer (&library);
}

int
fw_cli_index (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FwLibrary) library = NULL;
  g_autoptr(GPtrArray) frameworks = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  gboolean rebuild = FALSE;
  const GOptionEntry entries[] = {
    { "rebuild", 0, 0, G_OPTION_ARG_NONE, &rebuild,
      N_("Build the index from scratch instead of reading only the files that changed"), NULL },
    { NULL }
  };

  context = fw_cli_option_context_new ("index", N_("DIR…"),
                                       _("Builds or updates the search index of the "
                                         "frameworks (.fwk and NSX .json files) under the "
                                         "folders, in the user’s cache folder. Files that "
                                         "cannot be read are listed. Exit status: 0 when "
                                         "every file was read, 2 otherwise."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!fw_cli_parse_options (context, "index", &argc, &argv))
    return FW_CLI_EXIT_FAILURE;
  if (argc < 2)
    return fw_cli_usage_error ("index", _("missing DIR"));

  library = fw_cli_open_library ((const char * const *) argv + 1, rebuild, TRUE);
  if (library == NULL)
    return FW_CLI_EXIT_FAILURE;

  frameworks = fw_library_list_frameworks (library, NULL);
  failures = fw_library_list_failures (library, NULL);
  if (frameworks == NULL || failures == NULL)
    return FW_CLI_EXIT_FAILURE;

  printf (g_dngettext (GETTEXT_PACKAGE, "%u framework indexed", "%u frameworks indexed",
                       frameworks->len), frameworks->len);
  if (failures->len > 0)
    {
      fputs ("; ", stdout);
      printf (g_dngettext (GETTEXT_PACKAGE, "%u file could not be read",
                           "%u files could not be read", failures->len), failures->len);
    }
  printf (" (%s)\n", fw_library_get_db_path (library));

  if (!fw_cli_flush_stdout ())
    return FW_CLI_EXIT_FAILURE;

  return failures->len > 0 ? FW_CLI_EXIT_FAILURE : FW_CLI_EXIT_SUCCESS;
}
