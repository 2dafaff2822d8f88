/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fw-editor-page.h"

G_BEGIN_DECLS

#define FW_TYPE_OVERVIEW_PAGE (fw_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (FwOverviewPage, fw_overview_page, FW, OVERVIEW_PAGE, FwEditorPage)

/*
 * The occupation (SOC code, title, group, sector, job zone) and framework (version,
 * description, context covered) fields. Each edit runs a set-property command.
 */
GtkWidget *fw_overview_page_new              (void);
/*
 * The widget editing a document property ("soc", "title", "group", "sector", "job-zone",
 * "version", "description", "context-covered"; NSX spellings such as "jobZone" work too),
 * or NULL.
 */
GtkWidget *fw_overview_page_get_field_widget (FwOverviewPage *self,
                                              const char     *field);

G_END_DECLS
