/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "fw-formats.h"
#include "fw-validator.h"

/*
 * A finding keeps its English message, with numbers as the C locale writes them, for machine
 * formats, and gives people the translation: under a German locale with a German catalogue,
 * the message for display is German while the untranslated one stays byte for byte English.
 */

#define MESSAGE "where the headline ends was guessed (confidence %s): %s"
#define HINT "Check where the headline ends and the body begins, then confirm the split."

static const char catalogue[] =
  "msgid \"\"\n"
  "msgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n"
  "\n"
  "#, c-format\n"
  "msgid \"" MESSAGE "\"\n"
  "msgstr \"Das Ende der Überschrift wurde geraten (Sicherheit %s): %s\"\n"
  "\n"
  "msgid \"" HINT "\"\n"
  "msgstr \"Prüfen Sie, wo die Überschrift endet.\"\n";

static gboolean
run (const char * const *argv)
{
  int status = 0;

  return g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                       G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                       NULL, NULL, NULL, NULL, &status, NULL)
         && g_spawn_check_wait_status (status, NULL);
}

/* A German locale with a decimal comma and a catalogue for two rule strings, under @dir;
 * FALSE when the tools to make them are missing. */
static gboolean
make_german (const char *dir)
{
  g_autofree char *locales = g_build_filename (dir, "locales", NULL);
  g_autofree char *locale = g_build_filename (locales, "de_DE.UTF-8", NULL);
  g_autofree char *messages = g_build_filename (dir, "de", "LC_MESSAGES", NULL);
  g_autofree char *po = g_build_filename (dir, "de.po", NULL);
  g_autofree char *mo = g_build_filename (messages, GETTEXT_PACKAGE ".mo", NULL);
  const char *localedef[] = { "localedef", "-i", "de_DE", "-f", "UTF-8", locale, NULL };
  const char *msgfmt[] = { "msgfmt", "-o", mo, po, NULL };

  g_mkdir_with_parents (locales, 0700);
  g_mkdir_with_parents (messages, 0700);
  g_file_set_contents (po, catalogue, -1, NULL);

  /* localedef exits 1 on mere warnings: what counts is whether the locale loads. */
  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      run (localedef);
      g_setenv ("LOCPATH", locales, TRUE);
    }

  return run (msgfmt) && setlocale (LC_ALL, "de_DE.UTF-8") != NULL;
}

static FwFinding *
find_separator_finding (void)
{
  const char *data_dir = g_getenv ("FW_TEST_DATA");
  g_autofree char *path = g_build_filename (data_dir != NULL ? data_dir : "tests/data",
                                            "native", "full.fwk", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(FwValidator) validator = fw_validator_new (NULL);
  GListModel *findings;

  document = fw_format_read_file (path, FW_FORMAT_AUTO, NULL, &error);
  g_assert_no_error (error);
  fw_validator_run (validator, document);

  findings = fw_validator_get_findings (validator);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(FwFinding) finding = g_list_model_get_item (findings, i);

      if (g_str_equal (fw_finding_get_rule_id (finding), "FW-STM-011"))
        return g_steal_pointer (&finding);
    }

  g_assert_not_reached ();
}

static void
test_translated_for_display_only (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-finding-locale-XXXXXX", NULL);
  g_autoptr(FwFinding) finding = NULL;
  g_autofree char *rm_dir = NULL;

  g_assert_nonnull (dir);
  if (!make_german (dir))
    {
      g_test_skip ("no German locale could be had, or msgfmt is missing");
      return;
    }

  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  finding = find_separator_finding ();

  g_assert_cmpstr (fw_finding_get_untranslated_message (finding), ==,
                   "where the headline ends was guessed (confidence 0.45): "
                   "\"Radiation shielding\"");
  g_assert_cmpstr (fw_finding_get_message (finding), ==,
                   "Das Ende der Überschrift wurde geraten (Sicherheit 0.45): "
                   "\"Radiation shielding\"");
  g_assert_cmpstr (fw_finding_get_hint (finding), ==, "Prüfen Sie, wo die Überschrift endet.");

  setlocale (LC_ALL, "C");
  rm_dir = g_strdup_printf ("rm -rf '%s'", dir);
  g_spawn_command_line_sync (rm_dir, NULL, NULL, NULL, NULL);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/finding-locale/translated-for-display-only",
                   test_translated_for_display_only);

  return g_test_run ();
}
