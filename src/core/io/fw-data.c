/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <gio/gio.h>

#include "fw-core-resources.h"
#include "fw-data.h"

GBytes *
fw_data_lookup (const char *relative_path)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (relative_path != NULL, NULL);

  /* Referencing the resource keeps it linked in from the static library; its constructor
   * registers it. */
  (void) fw_core_get_resource ();
  path = g_strconcat (RESOURCE_PREFIX "/data/", relative_path, NULL);
  return g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}
