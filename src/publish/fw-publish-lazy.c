/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-publish-lazy.h"
#include "fw-publish-layout.h"

/* The pointers that fw-publish-lazy.h declares. (FW_LAZY_DEFINE pastes and quotes the names as
 * written, so the header's #defines do not get in the way.) */
FW_CAIRO_FUNCTIONS (FW_LAZY_DEFINE)
FW_PANGO_FUNCTIONS (FW_LAZY_DEFINE)
FW_PANGOCAIRO_FUNCTIONS (FW_LAZY_DEFINE)

static const FwLazySymbol cairo_symbols[] = { FW_CAIRO_FUNCTIONS (FW_LAZY_SYMBOL) };
static const FwLazySymbol pango_symbols[] = { FW_PANGO_FUNCTIONS (FW_LAZY_SYMBOL) };
static const FwLazySymbol pangocairo_symbols[] = { FW_PANGOCAIRO_FUNCTIONS (FW_LAZY_SYMBOL) };

static FwLazyLibrary libcairo = FW_LAZY_LIBRARY_INIT (FW_LIBCAIRO_SONAME, cairo_symbols);
static FwLazyLibrary libpango = FW_LAZY_LIBRARY_INIT (FW_LIBPANGO_SONAME, pango_symbols);
static FwLazyLibrary libpangocairo = FW_LAZY_LIBRARY_INIT (FW_LIBPANGOCAIRO_SONAME,
                                                           pangocairo_symbols);

gboolean
fw_publish_load_libraries (GError **error)
{
  return fw_lazy_library_load (&libcairo, error) &&
         fw_lazy_library_load (&libpango, error) &&
         fw_lazy_library_load (&libpangocairo, error);
}
