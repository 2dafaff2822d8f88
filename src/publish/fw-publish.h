/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-document.h"

G_BEGIN_DECLS

/*
 * libframewright-publish: the framework as a reader meets it, in XHTML and in print (Pango and
 * Cairo, never GTK). The CLI's export verb and the app's Export and Print use it.
 */

typedef enum
{
  FW_PUBLISH_XHTML,
  FW_PUBLISH_PDF,
} FwPublishFormat;

typedef enum
{
  FW_PAPER_A4,
  FW_PAPER_LETTER,
} FwPaper;

typedef struct
{
  FwPaper     paper;       /* PDF only */
  const char *created_at;  /* PDF: the creation date to record (ISO 8601); NULL = provenance */
} FwPublishOptions;

/* "xhtml", "pdf"; FALSE for any other name. */
gboolean    fw_publish_format_from_string (const char             *str,
                                           FwPublishFormat        *format);
const char *fw_publish_format_to_string   (FwPublishFormat         format);
/* "a4", "letter"; FALSE for any other name. */
gboolean    fw_paper_from_string          (const char             *str,
                                           FwPaper                *paper);
/* The paper's size in points (1/72 inch), portrait. */
void        fw_paper_get_size             (FwPaper                 paper,
                                           double                 *width,
                                           double                 *height);

/* The framework's content language as a BCP 47 tag, for lang attributes and Pango layouts. */
const char *fw_publish_get_language       (FwDocument             *document);

/* One self-contained XHTML5 file, with print CSS. Deterministic. */
GBytes     *fw_publish_xhtml              (FwDocument             *document,
                                           GError                **error);
/* A PDF of the framework on @options->paper, drawn by FwPublishLayout. Deterministic. */
GBytes     *fw_publish_pdf                (FwDocument             *document,
                                           const FwPublishOptions *options,
                                           GError                **error);
/* Either of the two (@options may be NULL). */
GBytes     *fw_publish_write              (FwDocument             *document,
                                           FwPublishFormat         format,
                                           const FwPublishOptions *options,
                                           GError                **error);

G_END_DECLS
