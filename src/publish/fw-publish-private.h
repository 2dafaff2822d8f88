/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-publish.h"

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

G_END_DECLS
