/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-document.h"
#include "fw-spell-buffer.h"

G_BEGIN_DECLS

/*
 * Ties the spell checking of a text view to the document its text edits: words are checked
 * in the document's content language ("language", followed when it changes), and choosing a
 * suggestion is one undo step of its own. @changed_handler is the buffer's "changed" handler
 * (connected swapped with @data) that turns edits into commands: it is held back while the
 * word is replaced and run once afterwards, between two breaks of the typing merge.
 * A NULL @document checks English and leaves undo alone.
 */
void fw_spell_buffer_bind_document (FwSpellBuffer *self,
                                    FwDocument    *document,
                                    GCallback      changed_handler,
                                    gpointer       data);

G_END_DECLS
