/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <errno.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "fw-xlsx-lazy.h"
#include "fw-error.h"
#include "fw-map-matrix.h"
#include "fw-xlsx.h"

/* Column widths, in Excel's character units. */
#define WIDTH_ID       14
#define WIDTH_PLACE    24
#define WIDTH_HEADLINE 48
#define WIDTH_CELL      9
#define WIDTH_TEXT     60

typedef struct
{
  lxw_workbook *workbook;
  lxw_format   *header;
  lxw_format   *wrap;
  lxw_format   *cell;
  lxw_format   *mastered;
  lxw_error     failure;   /* the first libxlsxwriter error */
} Writer;

static void
note (Writer    *writer,
      lxw_error  result)
{
  if (result != LXW_NO_ERROR && writer->failure == LXW_NO_ERROR)
    writer->failure = result;
}

/* XML 1.0 cannot hold most C0 control characters: each becomes a space. */
static void
put_string (Writer        *writer,
            lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      col,
            const char    *text,
            lxw_format    *format)
{
  g_autofree char *copy = NULL;

  if (text == NULL || text[0] == '\0')
    return;
  copy = g_strdup (text);
  for (char *p = copy; *p != '\0'; p++)
    {
      if ((guchar) *p < 0x20 && *p != '\t' && *p != '\n')
        *p = ' ';
    }
  note (writer, worksheet_write_string (sheet, row, col, copy, format));
}

static lxw_worksheet *
add_sheet (Writer     *writer,
           const char *name)
{
  lxw_worksheet *sheet = workbook_add_worksheet (writer->workbook, name);

  if (sheet == NULL)
    note (writer, LXW_ERROR_MEMORY_MALLOC_FAILED);
  return sheet;
}

/* Statements down, courses across; the header row and the three statement columns stay. */
static void
write_matrix_sheet (Writer      *writer,
                    FwMapMatrix *matrix)
{
  lxw_worksheet *sheet = add_sheet (writer, _("Matrix"));
  guint n_courses = matrix->courses->len;

  if (sheet == NULL)
    return;

  note (writer, worksheet_set_column (sheet, 0, 0, WIDTH_ID, writer->wrap));
  note (writer, worksheet_set_column (sheet, 1, 1, WIDTH_PLACE, writer->wrap));
  note (writer, worksheet_set_column (sheet, 2, 2, WIDTH_HEADLINE, writer->wrap));
  if (n_courses > 0)
    note (writer, worksheet_set_column (sheet, 3, 3 + n_courses - 1, WIDTH_CELL, writer->cell));
  put_string (writer, sheet, 0, 0, _("Statement"), writer->header);
  put_string (writer, sheet, 0, 1, _("Level"), writer->header);
  put_string (writer, sheet, 0, 2, _("Headline"), writer->header);
  for (guint i = 0; i < n_courses; i++)
    put_string (writer, sheet, 0, 3 + i,
                fw_map_course_get_code (g_ptr_array_index (matrix->courses, i)), writer->header);
  worksheet_freeze_panes (sheet, 1, 3);

  for (guint r = 0; r < matrix->rows->len; r++)
    {
      FwMapMatrixRow *row = g_ptr_array_index (matrix->rows, r);

      put_string (writer, sheet, r + 1, 0, row->statement, writer->wrap);
      put_string (writer, sheet, r + 1, 1, row->place, writer->wrap);
      put_string (writer, sheet, r + 1, 2, row->headline, writer->wrap);
      for (guint i = 0; i < n_courses; i++)
        put_string (writer, sheet, r + 1, 3 + i, fw_depth_to_string (row->cells[i]),
                    row->cells[i] == FW_DEPTH_MASTERED ? writer->mastered : writer->cell);
    }
}

/* The courses in sequence, as the matrix's columns name them. */
static void
write_courses_sheet (Writer      *writer,
                     FwMapMatrix *matrix)
{
  lxw_worksheet *sheet = add_sheet (writer, _("Courses"));
  const char *headers[] = { _("Code"), _("Title"), _("Credits"), _("Term"), NULL };
  const double widths[] = { WIDTH_ID, WIDTH_TEXT, WIDTH_CELL, WIDTH_ID };

  if (sheet == NULL)
    return;

  for (guint col = 0; headers[col] != NULL; col++)
    {
      note (writer, worksheet_set_column (sheet, col, col, widths[col], writer->wrap));
      put_string (writer, sheet, 0, col, headers[col], writer->header);
    }
  worksheet_freeze_panes (sheet, 1, 0);

  for (guint i = 0; i < matrix->courses->len; i++)
    {
      FwMapCourse *course = g_ptr_array_index (matrix->courses, i);

      put_string (writer, sheet, i + 1, 0, fw_map_course_get_code (course), writer->wrap);
      put_string (writer, sheet, i + 1, 1, fw_map_course_get_title (course), writer->wrap);
      put_string (writer, sheet, i + 1, 2, fw_map_course_get_credits (course), writer->wrap);
      put_string (writer, sheet, i + 1, 3, fw_map_course_get_term (course), writer->wrap);
    }
}

/* The gaps: the statements no outcome maps. */
static void
write_gaps_sheet (Writer      *writer,
                  FwMapReport *report)
{
  lxw_worksheet *sheet = add_sheet (writer, _("Gaps"));

  if (sheet == NULL)
    return;

  note (writer, worksheet_set_column (sheet, 0, 0, WIDTH_ID, writer->wrap));
  note (writer, worksheet_set_column (sheet, 1, 1, WIDTH_PLACE, writer->wrap));
  note (writer, worksheet_set_column (sheet, 2, 2, WIDTH_HEADLINE, writer->wrap));
  put_string (writer, sheet, 0, 0, _("Statement"), writer->header);
  put_string (writer, sheet, 0, 1, _("Level"), writer->header);
  put_string (writer, sheet, 0, 2, _("Headline"), writer->header);
  worksheet_freeze_panes (sheet, 1, 0);

  for (guint i = 0; i < report->gaps->len; i++)
    {
      FwMapReportItem *item = g_ptr_array_index (report->gaps, i);

      put_string (writer, sheet, i + 1, 0, item->id, writer->wrap);
      put_string (writer, sheet, i + 1, 1, item->place, writer->wrap);
      put_string (writer, sheet, i + 1, 2, item->text, writer->wrap);
    }
}

static void
add_formats (Writer *writer)
{
  writer->wrap = workbook_add_format (writer->workbook);
  format_set_text_wrap (writer->wrap);
  format_set_align (writer->wrap, LXW_ALIGN_VERTICAL_TOP);

  writer->header = workbook_add_format (writer->workbook);
  format_set_text_wrap (writer->header);
  format_set_align (writer->header, LXW_ALIGN_VERTICAL_TOP);
  format_set_bold (writer->header);
  format_set_bottom (writer->header, LXW_BORDER_THIN);
  format_set_bg_color (writer->header, 0xE8EEF4);

  writer->cell = workbook_add_format (writer->workbook);
  format_set_align (writer->cell, LXW_ALIGN_CENTER);
  format_set_align (writer->cell, LXW_ALIGN_VERTICAL_TOP);

  writer->mastered = workbook_add_format (writer->workbook);
  format_set_align (writer->mastered, LXW_ALIGN_CENTER);
  format_set_align (writer->mastered, LXW_ALIGN_VERTICAL_TOP);
  format_set_bold (writer->mastered);
}

static gboolean
build_workbook (FwMapReport *report,
                FwMap       *map,
                FwDocument  *framework,
                const char  *path,
                gint64       created,
                GError     **error)
{
  g_autoptr(FwMapMatrix) matrix = fw_map_matrix_new (report, map, framework);
  g_autofree char *subject = g_strdup_printf (_("Curriculum map of %s (%s)"),
                                              fw_document_get_title (framework),
                                              fw_document_get_soc (framework));
  lxw_workbook_options options = { 0 };
  lxw_doc_properties properties = { 0 };
  Writer writer = { NULL };

  if (!_fw_xlsx_load_library (error))
    return FALSE;
  writer.workbook = workbook_new_opt (path, &options);
  if (writer.workbook == NULL)
    {
      g_set_error (error, FW_ERROR, FW_ERROR_IO, "%s: error: could not create the workbook",
                   path);
      return FALSE;
    }

  add_formats (&writer);
  properties.title = (char *) fw_map_get_name (map);
  properties.subject = subject;
  /* Also the time of every entry in the zip: without it both would be "now". */
  properties.created = (time_t) created;
  note (&writer, workbook_set_properties (writer.workbook, &properties));

  write_matrix_sheet (&writer, matrix);
  write_courses_sheet (&writer, matrix);
  write_gaps_sheet (&writer, report);

  note (&writer, workbook_close (writer.workbook));
  if (writer.failure != LXW_NO_ERROR)
    {
      g_set_error (error, FW_ERROR, FW_ERROR_IO, "%s: error: could not write the workbook: %s",
                   path, lxw_strerror (writer.failure));
      return FALSE;
    }

  return TRUE;
}

GBytes *
fw_map_report_write_xlsx (FwMapReport  *report,
                          FwMap        *map,
                          FwDocument   *framework,
                          const char   *created_at,
                          const char   *temp_dir,
                          GError      **error)
{
  const char *folder = temp_dir != NULL ? temp_dir : g_get_tmp_dir ();
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  gboolean built;
  int fd;

  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (FW_IS_MAP (map), NULL);
  g_return_val_if_fail (FW_IS_DOCUMENT (framework), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  path = g_build_filename (folder, ".framewright-XXXXXX.xlsx", NULL);
  fd = g_mkstemp (path);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, FW_ERROR, FW_ERROR_IO,
                   "%s: error: could not create a temporary file: %s", folder,
                   g_strerror (saved_errno));
      return NULL;
    }
  close (fd);

  built = build_workbook (report, map, framework, path,
                          fw_xlsx_creation_time (framework, created_at), error);
  if (built && !g_file_get_contents (path, &contents, &length, NULL))
    {
      g_set_error (error, FW_ERROR, FW_ERROR_IO, "%s: error: could not read the workbook back",
                   path);
      built = FALSE;
    }
  g_unlink (path);

  if (!built)
    return NULL;

  return g_bytes_new_take (g_steal_pointer (&contents), length);
}
