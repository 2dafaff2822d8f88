/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "fw-cli-private.h"
#include "fw-onet-release.h"

gboolean
fw_cli_use_onet (const char *verb,
                 const char *dir,
                 const char *release)
{
  g_autoptr(GError) error = NULL;

  if (dir == NULL)
    {
      if (release != NULL)
        fw_cli_usage_error (verb, _("--onet-release needs --onet DIR"));
      return release == NULL;
    }

  if (!fw_onet_release_use_dir (dir, release, &error))
    {
      fw_cli_print_error (error);
      return FALSE;
    }

  /* A framework records the release it was made from: say so when nothing names it. */
  if (*fw_onet_release_get_version (fw_onet_release_get_current ()) == '\0')
    fprintf (stderr, "%s: warning: %s\n", dir,
             _("the folder names no O*NET release (no manifest.tsv); name it with "
               "--onet-release VERSION"));

  return TRUE;
}

FwOnetRelease *
fw_cli_get_onet (void)
{
  FwOnetRelease *release = fw_onet_release_get_current ();

  if (release == NULL)
    fprintf (stderr, "framewright-cli: error: %s\n",
             _("no O*NET data was found; point to a release folder with --onet DIR"));

  return release;
}
