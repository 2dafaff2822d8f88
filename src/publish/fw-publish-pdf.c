/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "fw-publish-lazy.h"
#include "fw-error.h"
#include "fw-publish-layout-private.h"
#include "fw-publish-private.h"

/* The margin of a PDF page: 2 cm. */
#define PDF_MARGIN FW_PUBLISH_PDF_MARGIN

/* 2000-01-01: the creation date of a framework whose provenance records no time. */
#define FALLBACK_CREATION_DATE "2000-01-01T00:00:00Z"

typedef struct
{
  cairo_surface_t *surface;
  int              parent;  /* the outline entry of the last section heading */
} Outline;

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/*
 * The creation date the PDF records: @created_at, else the framework's recorded export time,
 * never the clock, so that the same framework gives the same bytes. Cairo wants
 * YYYY-MM-DDThh:mm:ssZ.
 */
static char *
creation_date (FwDocument *document,
               const char *created_at)
{
  g_autoptr(GDateTime) parsed = NULL;

  if (created_at == NULL || created_at[0] == '\0')
    created_at = fw_document_get_exported_at (document);
  if (created_at != NULL && created_at[0] != '\0')
    parsed = g_date_time_new_from_iso8601 (created_at, NULL);
  if (parsed == NULL)
    return g_strdup (FALLBACK_CREATION_DATE);

  return g_date_time_format (parsed, "%Y-%m-%dT%H:%M:%SZ");
}

static void
add_outline_entry_cb (const char *text,
                      guint       level,
                      guint       page,
                      double      y,
                      gpointer    user_data)
{
  Outline *outline = user_data;
  g_autofree char *link = g_strdup_printf ("page=%u pos=[0 %d]", page + 1, (int) y);
  int parent = level == 1 ? CAIRO_PDF_OUTLINE_ROOT : outline->parent;
  int id;

  id = cairo_pdf_surface_add_outline (outline->surface, parent, text, link,
                                      level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
  if (level == 1)
    outline->parent = id;
}

GBytes *
_fw_publish_pdf_render (FwPublishLayout *layout,
                        FwPaper          paper,
                        const char      *title,
                        const char      *subject,
                        const char      *author,
                        const char      *created,
                        GError         **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  Outline outline = { NULL, CAIRO_PDF_OUTLINE_ROOT };
  cairo_t *cr;
  double width;
  double height;

  fw_paper_get_size (paper, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (append_to_array, bytes, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  if (author != NULL && author[0] != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Framewright");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, created);
  outline.surface = surface;
  fw_publish_layout_foreach_heading (layout, add_outline_entry_cb, &outline);

  cr = cairo_create (surface);
  for (guint page = 0; page < fw_publish_layout_get_n_pages (layout); page++)
    {
      fw_publish_layout_draw_page (layout, cr, page);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, FW_ERROR, FW_ERROR_IO, "could not draw the PDF: %s",
                   cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

char *
_fw_publish_creation_date (FwDocument *document,
                           const char *created_at)
{
  return creation_date (document, created_at);
}

GBytes *
fw_publish_pdf (FwDocument             *document,
                const FwPublishOptions *options,
                GError                **error)
{
  g_autoptr(FwPublishLayout) layout = NULL;
  g_autofree char *created = NULL;
  g_autofree char *subject = NULL;
  double width;
  double height;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  fw_paper_get_size (options->paper, &width, &height);
  layout = fw_publish_layout_new (document, width, height, PDF_MARGIN, error);
  if (layout == NULL)
    return NULL;
  created = creation_date (document, options->created_at);
  subject = _fw_publish_subtitle (document);

  return _fw_publish_pdf_render (layout, options->paper, fw_document_get_title (document),
                                 subject, fw_document_get_attribution (document), created,
                                 error);
}
