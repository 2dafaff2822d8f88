/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-page-html-lazy.h"

/* The pointers that fw-page-html-lazy.h declares. (FW_LAZY_DEFINE pastes and quotes the names
 * as written, so the header's #defines do not get in the way.) */
FW_XML_SYMBOLS (FW_LAZY_DEFINE)

static const FwLazySymbol xml_symbols[] = { FW_XML_SYMBOLS (FW_LAZY_SYMBOL) };
static FwLazyLibrary libxml2 = FW_LAZY_LIBRARY_INIT (FW_LIBXML2_SONAME, xml_symbols);

gboolean
_fw_page_html_load_libxml2 (GError **error)
{
  return fw_lazy_library_load (&libxml2, error);
}
