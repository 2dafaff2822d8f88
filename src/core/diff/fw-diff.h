/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-document.h"

G_BEGIN_DECLS

/*
 * The semantic diff of two frameworks: what changed, at the level of statements and items,
 * not of lines. Statements are matched by id first, then by the similarity of their text
 * (two imports of an NSX export derive ids from the text, so an edited statement arrives
 * with a new id).
 */

typedef enum
{
  FW_CHANGE_ADDED,
  FW_CHANGE_REMOVED,
  FW_CHANGE_EDITED,   /* content changed (and perhaps moved too: see the fields) */
  FW_CHANGE_MOVED,    /* only the place changed */
  FW_CHANGE_RESOLVED, /* a correction's status became accepted or rejected (and perhaps more:
                       * see the fields) */
} FwChangeKind;

/* What a change is about. */
typedef enum
{
  FW_CHANGE_STATEMENT,
  FW_CHANGE_METADATA,   /* occupation, framework header, level labels, provenance */
  FW_CHANGE_DOMAIN,     /* a durable-skill domain as a whole */
  FW_CHANGE_EVIDENCE,
  FW_CHANGE_ONET,
  FW_CHANGE_SOURCE,
  FW_CHANGE_CONFLICT,   /* a recorded merge conflict added or resolved */
  FW_CHANGE_CORRECTION, /* a reviewer's correction: path "corrections[2]", id its "cr-…" id */
} FwChangeSubject;

/* Where a statement is: its section, level, domain (durable skills) and position. */
typedef struct
{
  FwSection  section;
  int        level;
  char      *domain;    /* domain name, durable skills only */
  guint      position;
} FwChangePlace;

typedef struct
{
  FwChangeKind     kind;
  FwChangeSubject  subject;
  char            *path;        /* where in NEW; in OLD for a removal: "levels.developing[3]" */
  char            *old_path;    /* where in OLD (NULL for an addition) */
  char            *id;          /* statement id (OLD's for a match by text), correction id or
                                 * item key */
  char            *new_id;      /* the statement's id in NEW when it differs, else NULL */
  char            *old_text;    /* NULL for an addition */
  char            *new_text;    /* NULL for a removal */
  GPtrArray       *fields;      /* char*: "headline", "body", "note", "citations", "anchors",
                                 * "level" (moved to another level), "position"; for a
                                 * correction "status", "kind", "current", "proposed",
                                 * "rationale", "reviewer", "applied", "evidence", "replies" */
  GPtrArray       *citations_added;    /* char*, statements only */
  GPtrArray       *citations_removed;
  FwStatement     *old_statement;      /* statements only; a reference */
  FwStatement     *new_statement;
  FwChangePlace    old_place;          /* statements only */
  FwChangePlace    new_place;
  double           similarity;         /* 1 for a match by id */
} FwChange;

void        fw_change_free          (FwChange     *change);
gboolean    fw_change_has_field     (const FwChange *change,
                                     const char   *field);
/* "added", "removed", "edited", "moved", "resolved". */
const char *fw_change_kind_to_string (FwChangeKind kind);
/* "levels.developing[3]", "aiFluency.emerging[0]", "durableSkills.Communication.applying[1]". */
char       *fw_change_place_to_path (const FwChangePlace *place);

/*
 * The changes from @old_document to @new_document (GPtrArray of FwChange, with its free
 * func), in the order of NEW, removals where they were. Empty when the two are equal.
 */
GPtrArray  *fw_diff_documents       (FwDocument   *old_document,
                                     FwDocument   *new_document);

/* Word-level difference of two texts, for highlighting edited words. */
typedef enum
{
  FW_DIFF_EQUAL,
  FW_DIFF_DELETE,
  FW_DIFF_INSERT,
} FwDiffOp;

typedef struct
{
  FwDiffOp  op;
  char     *text;
} FwDiffSegment;

void        fw_diff_segment_free    (FwDiffSegment *segment);
/* Segments that rebuild @old from EQUAL and DELETE, and @new from EQUAL and INSERT. */
GPtrArray  *fw_diff_words           (const char   *old_text,
                                     const char   *new_text);
/* How alike two texts are, 0..1 (Dice coefficient of their lowercase words). */
double      fw_diff_similarity      (const char   *a,
                                     const char   *b);

/* Below this similarity, an unmatched old and new statement count as removed and added. */
#define FW_DIFF_MIN_SIMILARITY 0.5

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwChange, fw_change_free)

G_END_DECLS
