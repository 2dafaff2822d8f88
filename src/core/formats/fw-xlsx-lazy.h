/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

/*
 * libxlsxwriter is opened on first use, not linked (see fw-lazy-library.h): include this after
 * <xlsxwriter.h> in the workbook writers only, and call _fw_xlsx_load_library () before the
 * first workbook_new_opt (); the names below then call through pointers it fills in.
 */

#include <xlsxwriter.h>

#include "fw-lazy-library.h"

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

FW_XLSX_FUNCTIONS (FW_LAZY_EXTERN)

#define format_set_align (*fw_lazy_format_set_align)
#define format_set_bg_color (*fw_lazy_format_set_bg_color)
#define format_set_bold (*fw_lazy_format_set_bold)
#define format_set_bottom (*fw_lazy_format_set_bottom)
#define format_set_text_wrap (*fw_lazy_format_set_text_wrap)
#define lxw_strerror (*fw_lazy_lxw_strerror)
#define workbook_add_format (*fw_lazy_workbook_add_format)
#define workbook_add_worksheet (*fw_lazy_workbook_add_worksheet)
#define workbook_close (*fw_lazy_workbook_close)
#define workbook_new_opt (*fw_lazy_workbook_new_opt)
#define workbook_set_properties (*fw_lazy_workbook_set_properties)
#define worksheet_freeze_panes (*fw_lazy_worksheet_freeze_panes)
#define worksheet_set_column (*fw_lazy_worksheet_set_column)
#define worksheet_write_number (*fw_lazy_worksheet_write_number)
#define worksheet_write_rich_string (*fw_lazy_worksheet_write_rich_string)
#define worksheet_write_string (*fw_lazy_worksheet_write_string)

/* Opens libxlsxwriter once; FALSE with @error set when it cannot be opened. */
gboolean _fw_xlsx_load_library (GError **error);
