/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-citation-chips.h"
#include "fw-diff.h"
#include "fw-correction-popover.h"
#include "fw-document.h"

G_BEGIN_DECLS

#define FW_TYPE_STATEMENT_ROW (fw_statement_row_get_type ())
G_DECLARE_FINAL_TYPE (FwStatementRow, fw_statement_row, FW, STATEMENT_ROW, GtkListBoxRow)

/* Which part of a statement a widget edits. */
typedef enum
{
  FW_STATEMENT_FIELD_NONE,
  FW_STATEMENT_FIELD_HEADLINE,
  FW_STATEMENT_FIELD_BODY,
} FwStatementField;

/*
 * A statement edited in place: its headline (bold), body and citation chips. Typing runs mergeable
 * set-string commands on the document's history; model changes (undo, redo) update the
 * text without running commands. Signal "focus-entered" when focus moves into the row.
 */
GtkWidget        *fw_statement_row_new            (FwDocument       *document,
                                                   FwStatement      *statement);
FwStatement      *fw_statement_row_get_statement  (FwStatementRow   *self);
/* The chips editing the statement's citations. */
FwCitationChips  *fw_statement_row_get_chips      (FwStatementRow   *self);
/* The text widget (a GtkTextView) editing @field. */
GtkWidget        *fw_statement_row_get_field_widget (FwStatementRow *self,
                                                     FwStatementField field);
/* The field whose widget has the keyboard focus, or FW_STATEMENT_FIELD_NONE. */
FwStatementField  fw_statement_row_get_focus_field (FwStatementRow  *self);
/* Focuses @field (NONE focuses the row itself), cursor at the end of the text. */
void              fw_statement_row_focus_field    (FwStatementRow   *self,
                                                   FwStatementField  field);
/* Shows a marker for the findings about this statement (FwFinding*, may be NULL/empty). */
void              fw_statement_row_set_findings   (FwStatementRow   *self,
                                                   GPtrArray        *findings);
gboolean          fw_statement_row_has_findings   (FwStatementRow   *self);
/* Marks occurrences of @needle (case-insensitive); NULL or "" clears. */
void              fw_statement_row_set_highlight  (FwStatementRow   *self,
                                                   const char       *needle);
/*
 * Marks the row as @change shows it against a compared version: added (all its words), edited
 * (the new words highlighted, the old text with its removed words struck through in the
 * tooltip) or moved. NULL, or a change about another statement, clears the marks.
 */
void              fw_statement_row_set_change     (FwStatementRow   *self,
                                                   const FwChange   *change);
/* Whether the statement's headline or body contains @needle, ignoring case. */
gboolean          fw_statement_matches            (FwStatement      *statement,
                                                   const char       *needle);

/* The marker of the statement's pending correction, and the popover it opens. */
gboolean             fw_statement_row_get_annotated          (FwStatementRow *self);
FwCorrectionPopover *fw_statement_row_get_correction_popover (FwStatementRow *self);
void                 fw_statement_row_open_correction        (FwStatementRow *self);

G_END_DECLS
