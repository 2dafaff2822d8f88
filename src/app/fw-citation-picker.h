/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-document.h"

G_BEGIN_DECLS

#define FW_TYPE_CITATION_PICKER (fw_citation_picker_get_type ())
G_DECLARE_FINAL_TYPE (FwCitationPicker, fw_citation_picker, FW, CITATION_PICKER, GtkPopover)

/*
 * A popover that offers the registry's sources a statement does not cite yet, with a search
 * over their short labels, titles and ids. Choosing one (a click, or Enter in the search for
 * the first match) pops it down and emits "source-picked" with the FwSource.
 */
GtkWidget   *fw_citation_picker_new              (void);
/* @sources: the document's sources (FwSource items), or NULL. */
void         fw_citation_picker_set_sources      (FwCitationPicker *self,
                                                  GListModel       *sources);
/* The statement whose citations are left out of the offer, or NULL. */
void         fw_citation_picker_set_statement    (FwCitationPicker *self,
                                                  FwStatement      *statement);
/* Filters again, after the statement's citations or the sources changed. */
void         fw_citation_picker_refilter         (FwCitationPicker *self);
GtkEditable *fw_citation_picker_get_search_entry (FwCitationPicker *self);
/* The sources offered now (not yet cited, matching the search): FwSource items. */
GListModel  *fw_citation_picker_get_model        (FwCitationPicker *self);

G_END_DECLS
