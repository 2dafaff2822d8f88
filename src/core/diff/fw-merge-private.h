/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-merge.h"

G_BEGIN_DECLS

/*
 * Shared by the merge's files, which depend one way:
 *   fw-merge.c          fw_merge_documents (): statements and their places
 *   fw-merge-corrections.c  reviewers' corrections (with the helpers of fw-merge-items.c)
 *   fw-merge-items.c    every other item, and recording conflicts
 *   fw-merge-resolve.c  resolving a recorded conflict (stands alone)
 */
typedef struct
{
  FwDocument *base;
  FwDocument *ours;
  FwDocument *theirs;
  guint       n_conflicts;
} FwMerge;

/* Records a conflict in the result; a NULL value is a side that deleted the item. */
void     _fw_merge_record           (FwMerge    *merge,
                                     const char *item_id,
                                     const char *field,
                                     const char *path,
                                     const char *ours,
                                     const char *theirs);
/*
 * Three-way merge of one property of @ours (properties of strings, numbers and booleans):
 * takes theirs when only theirs changed it, records a conflict when both changed it
 * differently. @base may be NULL (the item is new on both sides).
 */
void     _fw_merge_property         (FwMerge    *merge,
                                     GObject    *base,
                                     GObject    *ours,
                                     GObject    *theirs,
                                     const char *property,
                                     const char *item_id,
                                     const char *path);
/* Set merge of string lists: ours, plus what theirs added, less what theirs removed. */
GStrv    _fw_merge_strv             (const char * const *base,
                                     const char * const *ours,
                                     const char * const *theirs);
/* Merges everything but statements and corrections (metadata, levels' labels, evidence,
 * O*NET, sources, provenance and the conflicts already recorded). */
void     _fw_merge_items            (FwMerge    *merge);

/* Merges reviewers' corrections by id. */
void     _fw_merge_corrections      (FwMerge    *merge);

/* A property's value as text (NULL when unset), as conflicts record it. */
char    *_fw_merge_value_string     (GObject    *object,
                                     const char *property);

G_END_DECLS
