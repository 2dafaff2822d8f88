/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-editor-page.h"

G_BEGIN_DECLS

#define FW_TYPE_DURABLE_PAGE (fw_durable_page_get_type ())
G_DECLARE_FINAL_TYPE (FwDurablePage, fw_durable_page, FW, DURABLE_PAGE, GtkWidget)

/* The durable-skill domains with their four levels, read-only for now. */
GtkWidget *fw_durable_page_new (void);

G_END_DECLS
