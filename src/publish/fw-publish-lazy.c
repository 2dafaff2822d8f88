/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <gmodule.h>

#include "fw-publish-lazy.h"

#define FW_PUBLISH_DEFINE(name, library) __typeof__ (name) *_fw_lazy_##name;
FW_PUBLISH_FUNCTIONS (FW_PUBLISH_DEFINE)
#undef FW_PUBLISH_DEFINE

static gpointer
lookup (const char *library,
        const char *name)
{
  GModule *module = g_module_open (library, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  gpointer symbol = NULL;

  /* The libraries are hard dependencies of the package: without them the executable would
   * not have started at all when they were linked, so their absence is fatal here too. */
  if (module == NULL || !g_module_symbol (module, name, &symbol))
    g_error ("%s: %s", library, g_module_error ());

  /* Kept open for the life of the process, as a linked library would be; opening an open
   * library again only takes a reference. */
  g_module_make_resident (module);
  return symbol;
}

/* Fills in the pointers of fw-publish-lazy.h, once; every layout is made after this. */
void
_fw_publish_load_libraries (void)
{
  static gsize loaded = 0;

  if (g_once_init_enter (&loaded))
    {
#define FW_PUBLISH_LOOKUP(name, library) _fw_lazy_##name = lookup (library, #name);
      FW_PUBLISH_FUNCTIONS (FW_PUBLISH_LOOKUP)
#undef FW_PUBLISH_LOOKUP
      g_once_init_leave (&loaded, 1);
    }
}
