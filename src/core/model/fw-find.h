/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-command.h"
#include "fw-document.h"

G_BEGIN_DECLS

/*
 * Finding text in every part of a framework, and replacing it as one undoable step: what the
 * editor's Find and Replace runs. A match is a range of one text of the document: a string
 * property of one of its objects, or one entry of a list (GStrv) property.
 */
typedef enum
{
  FW_FIND_MATCH_CASE  = 1 << 0,  /* "Radiograph" does not find "radiograph" */
  FW_FIND_WHOLE_WORDS = 1 << 1,  /* "graph" does not find "radiograph" */
} FwFindFlags;

/* The part of the framework a match is in, in the order the editor shows them. */
typedef enum
{
  FW_FIND_PART_OVERVIEW,
  FW_FIND_PART_LEVELS,
  FW_FIND_PART_AI_FLUENCY,
  FW_FIND_PART_DURABLE_SKILLS,
  FW_FIND_PART_EVIDENCE,
  FW_FIND_PART_ONET,
  FW_FIND_PART_SOURCES,
} FwFindPart;

typedef struct
{
  GObject    *object;    /* holds the text (a reference) */
  const char *property;  /* the property holding it (static) */
  int         item;      /* the entry of a GStrv property, -1 for a string property */
  FwFindPart  part;
  guint       field;     /* the text's place in the walk: matches sort by (field, start) */
  gsize       start;     /* bytes, in the text */
  gsize       end;
} FwFindMatch;

void        fw_find_match_free        (FwFindMatch *match);

/*
 * Every occurrence of @needle (not empty) in the texts of @document, without overlaps, in
 * document order: overview, levels, AI fluency, durable skills, evidence, O*NET, sources.
 * Case is ignored unless FW_FIND_MATCH_CASE; with FW_FIND_WHOLE_WORDS an occurrence must
 * neither start nor end inside a word. A GPtrArray of FwFindMatch (empty when none).
 */
GPtrArray  *fw_find_matches           (FwDocument  *document,
                                       const char  *needle,
                                       FwFindFlags  flags);

/* @text with every occurrence of @needle (not empty; see fw_find_matches ()) replaced by
 * @replacement: newly allocated. */
char       *fw_find_replace_text      (const char  *text,
                                       const char  *needle,
                                       FwFindFlags  flags,
                                       const char  *replacement);

/* The text @match is in, as it is now (newly allocated; "" when the property is unset). */
char       *fw_find_match_dup_text    (const FwFindMatch *match);

/*
 * One command (a group, one undo step, called @label) replacing each of @matches (a subset
 * of one fw_find_matches () result, taken while the texts were as they are now) by
 * @replacement. Run it with fw_document_run ().
 */
FwCommand  *fw_find_replace_command_new (GPtrArray  *matches,
                                         const char *replacement,
                                         const char *label);

G_END_DECLS
