/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-xlsx-lazy.h"

/* The pointers that fw-xlsx-lazy.h declares. (FW_LAZY_DEFINE pastes and quotes the names as
 * written, so the header's #defines do not get in the way.) */
FW_XLSX_FUNCTIONS (FW_LAZY_DEFINE)

static const FwLazySymbol xlsx_symbols[] = { FW_XLSX_FUNCTIONS (FW_LAZY_SYMBOL) };
static FwLazyLibrary libxlsxwriter = FW_LAZY_LIBRARY_INIT (FW_LIBXLSXWRITER_SONAME,
                                                           xlsx_symbols);

gboolean
_fw_xlsx_load_library (GError **error)
{
  return fw_lazy_library_load (&libxlsxwriter, error);
}
