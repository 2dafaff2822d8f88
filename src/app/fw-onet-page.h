/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-editor-page.h"

G_BEGIN_DECLS

#define FW_TYPE_ONET_PAGE (fw_onet_page_get_type ())
G_DECLARE_FINAL_TYPE (FwOnetPage, fw_onet_page, FW, ONET_PAGE, GtkWidget)

/* The O*NET enrichment (titles, apprenticeships, skills, tasks, CIP codes), read-only for now. */
GtkWidget *fw_onet_page_new (void);

G_END_DECLS
