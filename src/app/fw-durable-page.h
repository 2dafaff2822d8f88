/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-domain-row.h"
#include "fw-editor-page.h"
#include "fw-statement-list.h"

G_BEGIN_DECLS

#define FW_TYPE_DURABLE_PAGE (fw_durable_page_get_type ())
G_DECLARE_FINAL_TYPE (FwDurablePage, fw_durable_page, FW, DURABLE_PAGE, FwEditorPage)

/*
 * The durable skills as a table: one row per domain, one column per durable level
 * (Emerging, Developing, Applying, Exceeding). Each cell edits its statements in place;
 * statements move within a cell (Alt+Up/Down) and to the neighbouring level of the same
 * domain (Alt+Left/Right), or by drag and drop. Domains are added, renamed, reordered and
 * removed (a non-empty domain is removed only after confirmation).
 */
GtkWidget       *fw_durable_page_new                 (void);
FwStatementList *fw_durable_page_get_cell            (FwDurablePage  *self,
                                                      FwDomain       *domain,
                                                      FwDurableLevel  level);
FwDomainRow     *fw_durable_page_get_domain_row      (FwDurablePage  *self,
                                                      FwDomain       *domain);
/* The total shown in a level's column header. */
guint            fw_durable_page_get_level_total     (FwDurablePage  *self,
                                                      FwDurableLevel  level);
/* A level's column heading (name and total); it stays in view when the table scrolls down. */
GtkWidget       *fw_durable_page_get_level_header    (FwDurablePage  *self,
                                                      FwDurableLevel  level);
GtkWidget       *fw_durable_page_get_add_domain_button (FwDurablePage *self);
/* Adds an unnamed domain at the end (one command) and focuses its name. */
FwDomain        *fw_durable_page_add_domain          (FwDurablePage  *self);
/* Removes @domain; asks first (AdwMessageDialog) when it holds statements. */
void             fw_durable_page_remove_domain       (FwDurablePage  *self,
                                                      FwDomain       *domain);
/* Shows and focuses what @finding is about: a statement's field, its citations, a cell or
 * a domain name. FALSE when the finding is not about durable skills. */
gboolean         fw_durable_page_focus_finding       (FwDurablePage  *self,
                                                      FwFinding      *finding);

G_END_DECLS
