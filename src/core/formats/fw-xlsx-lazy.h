/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

/*
 * libxlsxwriter is opened on first use rather than linked when meson found its soname
 * (FW_LIBXLSXWRITER_SONAME): with minizip and OpenSSL's libcrypto it is a handful of
 * libraries that every start of the command line would otherwise map and relocate, for the
 * two writers of workbooks. Include this after <xlsxwriter.h>, in the writers only, and call
 * fw_xlsx_load_library () before the first workbook_new_opt ().
 */

#include <gmodule.h>
#include <xlsxwriter.h>

#ifdef FW_LIBXLSXWRITER_SONAME

#define FW_XLSX_FUNCTIONS(X) \
  X (format_set_align) \
  X (format_set_bg_color) \
  X (format_set_bold) \
  X (format_set_bottom) \
  X (format_set_text_wrap) \
  X (lxw_strerror) \
  X (workbook_add_format) \
  X (workbook_add_worksheet) \
  X (workbook_close) \
  X (workbook_new_opt) \
  X (workbook_set_properties) \
  X (worksheet_freeze_panes) \
  X (worksheet_set_column) \
  X (worksheet_write_number) \
  X (worksheet_write_rich_string) \
  X (worksheet_write_string)

#define FW_XLSX_DECLARE(name) G_GNUC_UNUSED static __typeof__ (name) *lazy_##name;
FW_XLSX_FUNCTIONS (FW_XLSX_DECLARE)
#undef FW_XLSX_DECLARE

#define format_set_align (*lazy_format_set_align)
#define format_set_bg_color (*lazy_format_set_bg_color)
#define format_set_bold (*lazy_format_set_bold)
#define format_set_bottom (*lazy_format_set_bottom)
#define format_set_text_wrap (*lazy_format_set_text_wrap)
#define lxw_strerror (*lazy_lxw_strerror)
#define workbook_add_format (*lazy_workbook_add_format)
#define workbook_add_worksheet (*lazy_workbook_add_worksheet)
#define workbook_close (*lazy_workbook_close)
#define workbook_new_opt (*lazy_workbook_new_opt)
#define workbook_set_properties (*lazy_workbook_set_properties)
#define worksheet_freeze_panes (*lazy_worksheet_freeze_panes)
#define worksheet_set_column (*lazy_worksheet_set_column)
#define worksheet_write_number (*lazy_worksheet_write_number)
#define worksheet_write_rich_string (*lazy_worksheet_write_rich_string)
#define worksheet_write_string (*lazy_worksheet_write_string)

static inline void
fw_xlsx_load_library (void)
{
  static gsize loaded = 0;

  if (g_once_init_enter (&loaded))
    {
      GModule *module = g_module_open (FW_LIBXLSXWRITER_SONAME,
                                       G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);

      /* A hard dependency of the package: without it the executable would not have started
       * at all when it was linked, so its absence is fatal here too. */
      if (module == NULL)
        g_error ("%s: %s", FW_LIBXLSXWRITER_SONAME, g_module_error ());
#define FW_XLSX_LOOKUP(name) \
      if (!g_module_symbol (module, #name, (gpointer *) &lazy_##name)) \
        g_error ("%s: %s", FW_LIBXLSXWRITER_SONAME, g_module_error ());
      FW_XLSX_FUNCTIONS (FW_XLSX_LOOKUP)
#undef FW_XLSX_LOOKUP
      /* Kept open for the life of the process, as a linked library would be. */
      g_module_make_resident (module);
      g_once_init_leave (&loaded, 1);
    }
}

#else

static inline void
fw_xlsx_load_library (void)
{
}

#endif
