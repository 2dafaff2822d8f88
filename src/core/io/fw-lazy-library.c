/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gmodule.h>

#include "fw-lazy-library.h"

/* Errors name the program, as the command line's own errors do: `framewright-cli: error: …`. */
static const char *
program_name (void)
{
  const char *name = g_get_prgname ();

  return name != NULL ? name : "framewright";
}

/* Opens the library and looks up every symbol; on failure sets library->error and leaves
 * every pointer NULL. */
static void
open_library (FwLazyLibrary *library)
{
  GModule *module = g_module_open (library->soname, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);

  if (module == NULL)
    {
      fw_set_error_at (&library->error, FW_ERROR_IO, program_name (), 0, 0,
                       _("cannot open the library %s: %s"), library->soname,
                       g_module_error ());
      return;
    }

  for (gsize i = 0; i < library->n_symbols; i++)
    {
      const FwLazySymbol *symbol = &library->symbols[i];

      if (!g_module_symbol (module, symbol->name, symbol->address))
        {
          fw_set_error_at (&library->error, FW_ERROR_IO, program_name (), 0, 0,
                           _("the library %s has no symbol %s (it may be too old)"),
                           library->soname, symbol->name);
          for (gsize j = 0; j < library->n_symbols; j++)
            *library->symbols[j].address = NULL;
          g_module_close (module);
          return;
        }
    }

  /* Kept open for the life of the process, as a linked library would be. */
  g_module_make_resident (module);
}

gboolean
fw_lazy_library_load (FwLazyLibrary  *library,
                      GError        **error)
{
  g_return_val_if_fail (library != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_once_init_enter (&library->loaded))
    {
      open_library (library);
      g_once_init_leave (&library->loaded, 1);
    }

  if (library->error != NULL)
    {
      g_propagate_error (error, g_error_copy (library->error));
      return FALSE;
    }

  return TRUE;
}
