/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-publish.h"
#include "fw-publish-layout.h"

G_BEGIN_DECLS

/*
 * What the XHTML writer and the page layout share: footnote numbers for sources, the evidence
 * rows and the headings of each part, so that both say the same things in the same order.
 */

/* Source id → footnote number (GUINT_TO_POINTER, from 1), in the order of the source list. */
GHashTable *_fw_publish_number_sources  (FwDocument  *document);
/* The footnote numbers a statement cites, such as "1, 3"; "" when it cites nothing known. */
char       *_fw_publish_citation_marks  (GHashTable  *numbers,
                                         FwStatement *statement);
/* Evidence as label/value pairs (a NULL-terminated strv of 2n strings), absent values left out. */
char      **_fw_publish_evidence_rows   (FwDocument  *document);
/* "Radiologic Technologists and Technicians" and "SOC 29-2034.00 · Version v.26.05 · …". */
char       *_fw_publish_subtitle        (FwDocument  *document);
/* A source as a reference: "Title. Publisher. Version. Licence." (without its address). */
char       *_fw_publish_reference_text  (FwSource    *source);

/* The PDF margin, in points. */
#define FW_PUBLISH_PDF_MARGIN 56.7

/* Draws @layout's pages into a PDF with these metadata; @created is YYYY-MM-DDThh:mm:ssZ. */
GBytes     *_fw_publish_pdf_render      (FwPublishLayout *layout,
                                         FwPaper          paper,
                                         const char      *title,
                                         const char      *subject,
                                         const char      *author,
                                         const char      *created,
                                         GError         **error);
/* The creation date a PDF records: @created_at, else the framework's export time, else
 * 2000-01-01, never the clock. */
char       *_fw_publish_creation_date   (FwDocument      *document,
                                         const char      *created_at);
/* XHTML: @text escaped for XML, without the control characters XML 1.0 cannot hold. */
void        _fw_publish_xhtml_append_text (GString       *out,
                                           const char    *text);
/* The inline style sheet every published XHTML file carries. */
const char *_fw_publish_xhtml_style_sheet (void);

G_END_DECLS
