/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

/*
 * libxml2 is opened on first use, not linked (see fw-lazy-library.h): include this after the
 * libxml2 headers, in the HTML page reader only, and call _fw_page_html_load_libxml2 () before
 * the first parse; the names below then call through pointers it fills in. xmlFree is a
 * variable holding the deallocator, and is reached the same way.
 */

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "fw-lazy-library.h"

#define FW_XML_SYMBOLS(X) \
  X (htmlCtxtReadMemory) \
  X (htmlFreeParserCtxt) \
  X (htmlNewParserCtxt) \
  X (xmlDocGetRootElement) \
  X (xmlFree) \
  X (xmlFreeDoc) \
  X (xmlGetExternalEntityLoader) \
  X (xmlGetLineNo) \
  X (xmlGetProp) \
  X (xmlSetExternalEntityLoader)

FW_XML_SYMBOLS (FW_LAZY_EXTERN)

#define htmlCtxtReadMemory (*fw_lazy_htmlCtxtReadMemory)
#define htmlFreeParserCtxt (*fw_lazy_htmlFreeParserCtxt)
#define htmlNewParserCtxt (*fw_lazy_htmlNewParserCtxt)
#define xmlDocGetRootElement (*fw_lazy_xmlDocGetRootElement)
#define xmlFree (*fw_lazy_xmlFree)
#define xmlFreeDoc (*fw_lazy_xmlFreeDoc)
#define xmlGetExternalEntityLoader (*fw_lazy_xmlGetExternalEntityLoader)
#define xmlGetLineNo (*fw_lazy_xmlGetLineNo)
#define xmlGetProp (*fw_lazy_xmlGetProp)
#define xmlSetExternalEntityLoader (*fw_lazy_xmlSetExternalEntityLoader)

/* Opens libxml2 once; FALSE with @error set when it cannot be opened. */
gboolean _fw_page_html_load_libxml2 (GError **error);
