/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * How alike two texts are, from 0 (no word in common) to 1 (the same words): the Dice
 * coefficient of their sets of words, case-folded, where a word is a run of letters and
 * digits. Used to match an edited spreadsheet row to the statement it came from.
 */
double fw_text_similarity (const char *a,
                           const char *b);

G_END_DECLS
