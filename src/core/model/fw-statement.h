/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FW_TYPE_STATEMENT (fw_statement_get_type ())
G_DECLARE_FINAL_TYPE (FwStatement, fw_statement, FW, STATEMENT, GObject)

/* The NSX text form joins headline and body with this (space, em dash, space). */
#define FW_STATEMENT_SEPARATOR " \xe2\x80\x94 "

/*
 * Properties (all G_PARAM_EXPLICIT_NOTIFY):
 *   "id"               string, construct-only, never changes
 *   "headline"         string, never NULL ("" when empty)
 *   "body"             string, never NULL
 *   "note"             string, NULL when there is no author note
 *   "citations"        GStrv of source ids, in order (never NULL; empty array)
 *   "anchors"          GStrv of O*NET task ids this statement is anchored to
 *   "split-confidence" double 0..1; 1.0 unless an importer had to guess the headline/body split
 */
FwStatement  *fw_statement_new                  (const char         *headline,
                                                 const char         *body);  /* random id */
FwStatement  *fw_statement_new_with_id          (const char         *id,
                                                 const char         *headline,
                                                 const char         *body);
FwStatement  *fw_statement_new_with_id_seed     (const char         *seed,
                                                 const char         *headline,
                                                 const char         *body);
FwStatement  *fw_statement_new_take_id_seed     (char               *seed,
                                                 char               *headline,
                                                 char               *body);
FwStatement  *fw_statement_new_from_text         (const char         *seed_prefix,
                                                 const char         *text);
FwStatement  *fw_statement_copy                 (FwStatement        *self);  /* same content, new random id */
const char   *fw_statement_get_id               (FwStatement        *self);
const char   *fw_statement_get_headline         (FwStatement        *self);
void          fw_statement_set_headline         (FwStatement        *self,
                                                 const char         *headline);
const char   *fw_statement_get_body             (FwStatement        *self);
void          fw_statement_set_body             (FwStatement        *self,
                                                 const char         *body);
const char   *fw_statement_get_note             (FwStatement        *self);
void          fw_statement_set_note             (FwStatement        *self,
                                                 const char         *note);
const char * const *fw_statement_get_citations  (FwStatement        *self);
void          fw_statement_set_citations        (FwStatement        *self,
                                                 const char * const *citations);
gboolean      fw_statement_cites                (FwStatement        *self,
                                                 const char         *source_id);
const char * const *fw_statement_get_anchors    (FwStatement        *self);
void          fw_statement_set_anchors          (FwStatement        *self,
                                                 const char * const *anchors);
double        fw_statement_get_split_confidence (FwStatement        *self);
void          fw_statement_set_split_confidence (FwStatement        *self,
                                                 double              confidence);
/* "Headline — body"; newly allocated. */
char         *fw_statement_to_text              (FwStatement        *self);
/* Splits "Headline — body" at the first separator; FALSE (nothing set) when there is none. */
gboolean      fw_statement_split_text           (const char         *text,
                                                 char              **headline,
                                                 char              **body);
/* Content equality (headline, body, note, citations, anchors); ids are not compared. */
gboolean      fw_statement_equal_content        (FwStatement        *a,
                                                 FwStatement        *b);

G_END_DECLS
