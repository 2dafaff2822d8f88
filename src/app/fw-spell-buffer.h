/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-spell-checker.h"

G_BEGIN_DECLS

#define FW_TYPE_SPELL_BUFFER (fw_spell_buffer_get_type ())
G_DECLARE_FINAL_TYPE (FwSpellBuffer, fw_spell_buffer, FW, SPELL_BUFFER, GObject)

/*
 * Spell checking for the buffer of a GtkTextView: misspelt words get an error underline
 * (the tag named "misspelled"), and the view's context menu (its extra-menu) offers
 * suggestions, "Add to Dictionary" and "Ignore" for the word under the pointer.
 *
 * Typing never waits for the dictionary: an edit only marks its paragraph to be checked, and
 * the check runs when the typing pauses, at low priority, a few paragraphs per main-loop
 * iteration, and only while the view shows on screen.
 *
 * The "spell-check" setting turns checking on and off. Signals "replace-started" and
 * "replace-finished" bracket the edit of choosing a suggestion, so that whoever turns
 * buffer edits into undo steps can make it one step.
 */

/* Attaches spell checking to @view (it lives as long as the view); checks nothing until a
 * checker is set. */
FwSpellBuffer  *fw_spell_buffer_attach          (GtkTextView    *view);
/* The spell checking attached to @view, or NULL. */
FwSpellBuffer  *fw_spell_buffer_get_for_view    (GtkTextView    *view);
void            fw_spell_buffer_set_checker     (FwSpellBuffer  *self,
                                                 FwSpellChecker *checker);
FwSpellChecker *fw_spell_buffer_get_checker     (FwSpellBuffer  *self);
/* Whether checking is on (the "spell-check" setting, on when settings are not installed). */
gboolean        fw_spell_buffer_get_enabled     (FwSpellBuffer  *self);
/* The buffer checked (the view's). */
GtkTextBuffer  *fw_spell_buffer_get_buffer      (FwSpellBuffer  *self);
/* The tag that marks misspelt words. */
GtkTextTag     *fw_spell_buffer_get_tag         (FwSpellBuffer  *self);
/* Whether some text waits to be checked. */
gboolean        fw_spell_buffer_is_pending      (FwSpellBuffer  *self);
/* Fills the context menu for the word at @iter (what a right-click there does). */
void            fw_spell_buffer_update_menu_at  (FwSpellBuffer     *self,
                                                 const GtkTextIter *iter);
/* The spell section of the context menu. */
GMenuModel     *fw_spell_buffer_get_menu        (FwSpellBuffer  *self);

G_END_DECLS
