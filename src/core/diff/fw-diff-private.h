/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-diff.h"

G_BEGIN_DECLS

/*
 * Shared by the diff module's files, which depend one way:
 *   fw-diff.c             fw_diff_documents (): statements, then the other items
 *   fw-diff-statements.c  matching statements and their changes
 *   fw-diff-items.c       metadata, domains, evidence, O*NET, sources, conflicts
 *   fw-diff-corrections.c reviewers' corrections
 *   fw-diff-change.c      FwChange itself
 *   fw-diff-words.c       word differences and similarity
 */

/* A new change with an empty field list. @path, @id and the texts are copied. */
FwChange *_fw_change_new            (FwChangeKind     kind,
                                     FwChangeSubject  subject,
                                     const char      *path,
                                     const char      *id,
                                     const char      *old_text,
                                     const char      *new_text);
void      _fw_change_add_field      (FwChange        *change,
                                     const char      *field);
void      _fw_change_place_copy     (FwChangePlace       *dest,
                                     const FwChangePlace *src);

/* Adds the statement changes from @old_document to @new_document to @changes. */
void      _fw_diff_statements       (FwDocument      *old_document,
                                     FwDocument      *new_document,
                                     GPtrArray       *changes);
/* Adds the changes of the occupation, framework header, level labels and provenance. */
void      _fw_diff_header           (FwDocument      *old_document,
                                     FwDocument      *new_document,
                                     GPtrArray       *changes);
/* Adds every other change (metadata, domains, evidence, O*NET, sources, conflicts). */
void      _fw_diff_items            (FwDocument      *old_document,
                                     FwDocument      *new_document,
                                     GPtrArray       *changes);

/* Adds the changes of reviewers' corrections (added, removed, edited, resolved). */
void      _fw_diff_corrections      (FwDocument      *old_document,
                                     FwDocument      *new_document,
                                     GPtrArray       *changes);

/* The lowercase words of @text and how often each occurs (fw-diff-words.c). */
GHashTable *_fw_diff_count_words         (const char *text,
                                          guint      *total);
/* fw_diff_similarity () of two texts' word counts. */
double      _fw_diff_similarity_of_counts (GHashTable *words_a,
                                           guint       total_a,
                                           GHashTable *words_b,
                                           guint       total_b);

/* A statement's place as the diff names it, for any statement of @document. */
void      _fw_diff_place_of         (const FwStatementPlace *place,
                                     FwChangePlace          *out);

/* fw-diff-report.c: the pieces of an XHTML change report, shared with maps' */
GString *_fw_diff_xhtml_begin          (const char *title,
                                        const char *count);
void     _fw_diff_xhtml_append_escaped (GString    *out,
                                        const char *text);
/* One side of an edit, its changed words (those not @skip) marked with @tag. */
void     _fw_diff_xhtml_append_side    (GString    *out,
                                        GPtrArray  *segments,
                                        FwDiffOp    skip,
                                        const char *klass,
                                        const char *tag);

G_END_DECLS
