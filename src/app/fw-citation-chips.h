/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-document.h"

G_BEGIN_DECLS

#define FW_TYPE_CITATION_CHIPS (fw_citation_chips_get_type ())
G_DECLARE_FINAL_TYPE (FwCitationChips, fw_citation_chips, FW, CITATION_CHIPS, GtkWidget)

/*
 * The citations of one statement as chips that wrap like words: each shows the source's
 * short label whole, its full title as tooltip, opens the source's URL when clicked (if it has
 * one) and has a remove button. An add button after the last chip opens a searchable picker
 * of the registry's sources. Every change runs one set-strv command on the statement's
 * "citations".
 */
GtkWidget   *fw_citation_chips_new               (void);
void         fw_citation_chips_set_statement     (FwCitationChips *self,
                                                  FwDocument      *document,
                                                  FwStatement     *statement);
FwStatement *fw_citation_chips_get_statement     (FwCitationChips *self);
/* The same chips for the evidence (source ids) of a reviewer's correction. */
void         fw_citation_chips_set_correction    (FwCitationChips *self,
                                                  FwDocument      *document,
                                                  FwCorrection    *correction);
/* Appends @source_id to the citations (one command); FALSE when already cited. */
gboolean     fw_citation_chips_add               (FwCitationChips *self,
                                                  const char      *source_id);
/* Removes @source_id from the citations (one command); FALSE when not cited. */
gboolean     fw_citation_chips_remove            (FwCitationChips *self,
                                                  const char      *source_id);
/*
 * Moves the add button out of the chips into @grid at @column, @row (a statement's header,
 * say), so that a statement without citations spends no line on them; the chips then hide
 * when empty.
 */
void         fw_citation_chips_move_add_button   (FwCitationChips *self,
                                                  GtkGrid         *grid,
                                                  int              column,
                                                  int              row);
/* The button that opens the picker. */
GtkWidget   *fw_citation_chips_get_add_button    (FwCitationChips *self);
/* The remove button of the chip for @source_id, or NULL. */
GtkWidget   *fw_citation_chips_get_remove_button (FwCitationChips *self,
                                                  const char      *source_id);
/* The chip for @source_id (its tooltip is the source's full title), or NULL. */
GtkWidget   *fw_citation_chips_get_chip          (FwCitationChips *self,
                                                  const char      *source_id);
/* The button on the chip for @source_id that opens the source's URL; NULL without a URL. */
GtkWidget   *fw_citation_chips_get_link_button   (FwCitationChips *self,
                                                  const char      *source_id);
/* The text the chip for @source_id shows, or NULL. */
const char  *fw_citation_chips_get_label         (FwCitationChips *self,
                                                  const char      *source_id);
/* The number of chips shown. */
guint        fw_citation_chips_get_n_chips       (FwCitationChips *self);
/* The number of lines the chips and the add button take (0 before the first layout). */
guint        fw_citation_chips_get_n_lines       (FwCitationChips *self);
/* Opens the picker and focuses its search entry. */
void         fw_citation_chips_open_picker       (FwCitationChips *self);
GtkEditable *fw_citation_chips_get_search_entry  (FwCitationChips *self);
/* The sources the picker offers now (not yet cited, matching the search): FwSource items. */
GListModel  *fw_citation_chips_get_picker_model  (FwCitationChips *self);

G_END_DECLS
