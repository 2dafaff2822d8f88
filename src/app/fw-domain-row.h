/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-document.h"

G_BEGIN_DECLS

#define FW_TYPE_DOMAIN_ROW (fw_domain_row_get_type ())
G_DECLARE_FINAL_TYPE (FwDomainRow, fw_domain_row, FW, DOMAIN_ROW, GtkWidget)

/*
 * The header of a durable-skill domain in the table: its name (edited in place through
 * mergeable commands), its statement count, findings about it, and buttons to move it up
 * or down and to remove it. Signals "move-requested" (int delta) and "remove-requested";
 * the page runs the commands.
 */
GtkWidget *fw_domain_row_new            (FwDocument  *document,
                                         FwDomain    *domain);
FwDomain  *fw_domain_row_get_domain     (FwDomainRow *self);
/* Re-reads the statement count. */
void       fw_domain_row_update_count   (FwDomainRow *self);
void       fw_domain_row_set_can_move   (FwDomainRow *self,
                                         gboolean     up,
                                         gboolean     down);
/* Findings about the domain itself (its name …): FwFinding*, may be NULL or empty. */
void       fw_domain_row_set_findings   (FwDomainRow *self,
                                         GPtrArray   *findings);
GtkWidget *fw_domain_row_get_name_entry (FwDomainRow *self);
/* The image that marks the domain's findings (see fw_finding_marker_update ()). */
GtkWidget *fw_domain_row_get_marker     (FwDomainRow *self);
GtkWidget *fw_domain_row_get_button     (FwDomainRow *self,
                                         const char  *name);  /* "up", "down", "remove" */

G_END_DECLS
