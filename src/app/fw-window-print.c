/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-publish-layout.h"
#include "fw-window-private.h"

/*
 * Print draws the same pages as the PDF export: the publishing library lays the framework out
 * on the whole sheet (in points, with the PDF's margins) and draws each page into the print
 * context. The preview is GTK's own: it hands the pages to the system previewer (evince).
 */

/* As in the PDF export: 2 cm on every side of the sheet. */
#define PRINT_MARGIN 56.7

/* The paper the locale prints on: US Letter in the Americas, A4 elsewhere. */
FwPaper
_fw_window_default_paper (void)
{
  GtkPaperSize *paper = gtk_paper_size_new (NULL);
  FwPaper result = g_str_equal (gtk_paper_size_get_name (paper), GTK_PAPER_NAME_LETTER)
                   ? FW_PAPER_LETTER : FW_PAPER_A4;

  gtk_paper_size_free (paper);
  return result;
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                FwWindow          *self)
{
  FwPublishLayout *layout = fw_publish_layout_new (self->document,
                                                   gtk_print_context_get_width (context),
                                                   gtk_print_context_get_height (context),
                                                   PRINT_MARGIN, NULL);

  /* Not reached: _fw_window_print () opened Pango and Cairo before running the operation. */
  if (layout == NULL)
    {
      gtk_print_operation_cancel (operation);
      return;
    }
  gtk_print_operation_set_n_pages (operation, (int) fw_publish_layout_get_n_pages (layout));
  g_object_set_data_full (G_OBJECT (operation), "fw-layout", layout, g_object_unref);
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              FwWindow          *self)
{
  FwPublishLayout *layout = g_object_get_data (G_OBJECT (operation), "fw-layout");

  if (layout == NULL || page < 0 || (guint) page >= fw_publish_layout_get_n_pages (layout))
    return;
  fw_publish_layout_draw_page (layout, gtk_print_context_get_cairo_context (context),
                               (guint) page);
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               FwWindow                *self)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;
  gtk_print_operation_get_error (operation, &error);
  _fw_window_show_error (self, _("Could Not Print the Framework"), error);
}

static GtkPrintOperation *
new_operation (FwWindow *self)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  GtkPaperSize *paper = gtk_paper_size_new (_fw_window_default_paper () == FW_PAPER_LETTER
                                            ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_paper_size_free (paper);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* The layout keeps its own margins, as in the PDF; sizes are in points. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, fw_document_get_title (self->document));

  g_signal_connect_object (operation, "begin-print", G_CALLBACK (on_begin_print), self, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (on_draw_page), self, 0);

  return operation;
}

gboolean
_fw_window_print (FwWindow    *self,
                  const char  *export_path,
                  GError     **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (FW_IS_WINDOW (self), FALSE);

  if (!fw_publish_load_libraries (error))
    return FALSE;
  operation = new_operation (self);
  if (export_path != NULL)
    {
      gtk_print_operation_set_export_filename (operation, export_path);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                        GTK_WINDOW (self), error);
      return result != GTK_PRINT_OPERATION_RESULT_ERROR;
    }

  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self, 0);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), error);

  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}
