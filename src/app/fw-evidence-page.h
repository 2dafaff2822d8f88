/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-editor-page.h"

G_BEGIN_DECLS

#define FW_TYPE_EVIDENCE_PAGE (fw_evidence_page_get_type ())
G_DECLARE_FINAL_TYPE (FwEvidencePage, fw_evidence_page, FW, EVIDENCE_PAGE, GtkWidget)

/* The evidence pack (AI usage, SAFI positioning, WEF cluster), read-only for now. */
GtkWidget *fw_evidence_page_new (void);

G_END_DECLS
