/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "fw-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(FwApplication) app = NULL;
  const char *localedir;

  setlocale (LC_ALL, "");
  /* FW_LOCALEDIR points at the catalogues of a build tree (po/ in the build folder), so
   * that the tests can run the program translated before it is installed. */
  localedir = g_getenv ("FW_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE,
                  localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_application_name (_("Framewright"));

  app = fw_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
