/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FW_TYPE_SPELL_CHECKER (fw_spell_checker_get_type ())
G_DECLARE_FINAL_TYPE (FwSpellChecker, fw_spell_checker, FW, SPELL_CHECKER, GObject)

/*
 * The spelling dictionary of one language (an enchant-2 dictionary), shared by every text
 * view that checks that language. Words added to the dictionary go to enchant's personal
 * word list of the language (in $ENCHANT_CONFIG_DIR, else the user's config folder);
 * ignored words last until the program quits. Signal "changed" when words were added or
 * ignored, so that marked text is checked again.
 */

/* The checker for @language (a BCP 47 tag such as "en" or "es-MX"); never NULL. */
FwSpellChecker *fw_spell_checker_get_for_language (const char     *language);
/* Whether a dictionary was found for the language; without one every word is correct. */
gboolean        fw_spell_checker_has_dictionary   (FwSpellChecker *self);
/* The language asked for, and the dictionary's own tag (such as "en_US"), or NULL. */
const char     *fw_spell_checker_get_language     (FwSpellChecker *self);
const char     *fw_spell_checker_get_dictionary   (FwSpellChecker *self);
/* Whether @word (@len bytes, or -1) is spelt right, or is a word never checked. */
gboolean        fw_spell_checker_check_word       (FwSpellChecker *self,
                                                   const char     *word,
                                                   gssize          len);
/* Words to offer instead of @word, best first (NULL-terminated; free with g_strfreev). */
char          **fw_spell_checker_suggest          (FwSpellChecker *self,
                                                   const char     *word,
                                                   guint           max_suggestions);
void            fw_spell_checker_add_word         (FwSpellChecker *self,
                                                   const char     *word);
void            fw_spell_checker_ignore_word      (FwSpellChecker *self,
                                                   const char     *word);
/* Whether @word is one that is never checked: an abbreviation in capitals (CT, PACS), a
 * word with a digit, a single letter. */
gboolean        fw_spell_word_is_exempt           (const char     *word,
                                                   gssize          len);
/* Whether @token (a run of text between spaces) is a URL, an e-mail address or a code such
 * as an O*NET-SOC code (29-2034.00), none of whose words are checked. */
gboolean        fw_spell_token_is_exempt          (const char     *token,
                                                   gssize          len);

G_END_DECLS
