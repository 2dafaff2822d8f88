/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-document.h"
#include "fw-find.h"

G_BEGIN_DECLS

#define FW_TYPE_FIND_BAR (fw_find_bar_get_type ())
G_DECLARE_FINAL_TYPE (FwFindBar, fw_find_bar, FW, FIND_BAR, GtkWidget)

/*
 * Find and Replace over every section of a framework: a search bar with the text to find, the
 * match count ("3 of 17"), Previous and Next (Shift+Enter, Enter, Ctrl+Shift+G, Ctrl+G), Match
 * Case and Whole Words, and a replace row (Replace, Replace All: each one undo step).
 * Signal "show-match" (gpointer: a const FwFindMatch *, valid during the emission) when a
 * match becomes the current one: its owner shows it.
 */
GtkWidget         *fw_find_bar_new               (void);
void               fw_find_bar_set_document      (FwFindBar  *self,
                                                  FwDocument *document);
/* Shows the bar (with the replace row when @replace) and focuses the text to find. */
void               fw_find_bar_open              (FwFindBar  *self,
                                                  gboolean    replace);
gboolean           fw_find_bar_is_open           (FwFindBar  *self);
/* Makes the next (@direction 1) or previous (-1) match the current one, round the ends. */
void               fw_find_bar_step              (FwFindBar  *self,
                                                  int         direction);
/* Replaces the current match (one undo step) and moves on; FALSE when there is none. */
gboolean           fw_find_bar_replace           (FwFindBar  *self);
/* Replaces every match, as one undo step; returns how many. */
guint              fw_find_bar_replace_all       (FwFindBar  *self);
/* Replacing is refused while @read_only (comparing with another version). */
void               fw_find_bar_set_read_only     (FwFindBar  *self,
                                                  gboolean    read_only);
/* Sets Match Case and Whole Words, as their check buttons do. */
void               fw_find_bar_set_flags         (FwFindBar   *self,
                                                  FwFindFlags  flags);
guint              fw_find_bar_get_n_matches     (FwFindBar  *self);
/* The current match and its position, or NULL and -1. */
const FwFindMatch *fw_find_bar_get_current_match (FwFindBar  *self);
int                fw_find_bar_get_current       (FwFindBar  *self);
/* What the count label says ("3 of 17", "No matches", ""). */
const char        *fw_find_bar_get_count_text    (FwFindBar  *self);
GtkEditable       *fw_find_bar_get_find_entry    (FwFindBar  *self);
GtkEditable       *fw_find_bar_get_replace_entry (FwFindBar  *self);
/* Focuses the text to find again, leaving its text unselected. */
void               fw_find_bar_refocus           (FwFindBar  *self);

G_END_DECLS
