/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-editor-page.h"

G_BEGIN_DECLS

#define FW_TYPE_SOURCES_PAGE (fw_sources_page_get_type ())
G_DECLARE_FINAL_TYPE (FwSourcesPage, fw_sources_page, FW, SOURCES_PAGE, GtkWidget)

/* The sources registry with how often each source is cited, read-only for now. */
GtkWidget *fw_sources_page_new (void);

G_END_DECLS
