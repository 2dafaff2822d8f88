/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Below this confidence, importers report a low-confidence warning for the split. */
#define FW_SPLIT_CONFIDENT 0.6

/*
 * FwSplitter finds where a framework statement's headline ends and its body begins
 * when a copied web page glued the two together ("...exposure settingsadjust under ...").
 * It is immutable once created, so one instance may be used from several threads.
 */
typedef struct _FwSplitter FwSplitter;

/*
 * @starters_text: contents of a body-starters lexicon (one word a line, '#' comments),
 *   or NULL for the shipped lexicon (GResource, then $FW_DATA_DIR/lexicons, then a
 *   small built-in list).
 * @dictionary_path: an English word list, one word a line, or NULL for
 *   /usr/share/dict/american-english. A missing or unreadable list is not an error:
 *   the splitter then works without it and reports lower confidence.
 */
FwSplitter *fw_splitter_new            (const char  *starters_text,
                                        const char  *dictionary_path);
/* A shared instance with the shipped lexicon and the system dictionary; never free it. */
FwSplitter *fw_splitter_get_default    (void);
void        fw_splitter_free           (FwSplitter  *self);
/* Whether an English word list was loaded. */
gboolean    fw_splitter_has_dictionary (FwSplitter  *self);
/*
 * Splits @glued (UTF-8) into a trimmed headline and body, both newly allocated.
 * Text that already holds " — " is split there with confidence 1.0. Returns FALSE,
 * with NULL outputs and confidence 0, only when no cut is possible at all.
 * Any of the out arguments may be NULL.
 */
gboolean    fw_splitter_split          (FwSplitter  *self,
                                        const char  *glued,
                                        char       **headline,
                                        char       **body,
                                        double      *confidence);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwSplitter, fw_splitter_free)

G_END_DECLS
