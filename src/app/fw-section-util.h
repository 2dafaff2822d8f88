/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fw-document.h"

G_BEGIN_DECLS

/* Helpers shared by the section pages that show document content read-only. */

typedef void (*FwRebuildFunc) (GtkWidget *page);

/* Rebuilds @page with @func when it is mapped, or at its next map when it is hidden. */
void       _fw_section_lazy_init       (GtkWidget     *page,
                                        FwRebuildFunc  func);
void       _fw_section_queue_rebuild   (GtkWidget     *page);
/* Watches @document's history so that every change queues a rebuild; NULL stops. */
void       _fw_section_watch_document  (GtkWidget     *page,
                                        FwDocument    *document);
void       _fw_section_clear_box       (GtkBox        *box);
/* A read-only statement: bold headline, body and the short labels of its citations. */
GtkWidget *_fw_section_statement_widget (FwDocument   *document,
                                         FwStatement  *statement);
/* A dimmed label for an empty list. */
GtkWidget *_fw_section_empty_label     (const char    *text);
/* A row with @title and @value as a selectable suffix, or "Not recorded" when NULL. */
GtkWidget *_fw_section_value_row       (const char    *title,
                                        const char    *value);

G_END_DECLS
