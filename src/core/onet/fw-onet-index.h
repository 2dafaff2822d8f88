/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * FwOnetIndex: what occupation search needs of a release (code, title, job zone, and the
 * alternate titles with their words and stems), in a form that loads in milliseconds. The
 * first load reads "Occupation Data.txt", "Job Zones.txt" and "Alternate Titles.txt" and
 * saves the result under $XDG_CACHE_HOME/framewright/; later loads map that file, as long
 * as the release files keep their sizes and modification times. Immutable once loaded.
 */
typedef struct _FwOnetIndex FwOnetIndex;

typedef enum
{
  FW_ONET_MATCH_CODE,         /* the query is the occupation's code */
  FW_ONET_MATCH_CODE_PREFIX,  /* the code starts with the query */
  FW_ONET_MATCH_TITLE,        /* the title has the query's words */
  FW_ONET_MATCH_ALTERNATE,    /* an alternate title has them */
  FW_ONET_MATCH_ALL,          /* an empty query lists every occupation */
} FwOnetMatchKind;

typedef struct
{
  guint           occupation;  /* index in the index */
  FwOnetMatchKind kind;
  int             alternate;   /* the matching alternate title's index, or -1 */
  int             score;
} FwOnetMatch;

/* Reads the cached index of @dir, or builds it (and caches it). */
FwOnetIndex *fw_onet_index_load       (const char   *dir,
                                       GError      **error);
/* Builds the index of @dir from the release files, without the cache. */
FwOnetIndex *fw_onet_index_build      (const char   *dir,
                                       GError      **error);
void         fw_onet_index_free       (FwOnetIndex  *self);
/* Whether the last fw_onet_index_load () of @self came from the cache. */
gboolean     fw_onet_index_is_cached  (FwOnetIndex  *self);

guint        fw_onet_index_get_n_occupations (FwOnetIndex *self);
const char  *fw_onet_index_get_code   (FwOnetIndex  *self,
                                       guint         occupation);
const char  *fw_onet_index_get_title  (FwOnetIndex  *self,
                                       guint         occupation);
/* 1 to 5, 0 when the release gives none. */
int          fw_onet_index_get_job_zone (FwOnetIndex *self,
                                         guint        occupation);
/* Occupation @code's index, or -1. */
int          fw_onet_index_find       (FwOnetIndex  *self,
                                       const char   *code);
guint        fw_onet_index_get_n_alternates (FwOnetIndex *self,
                                             guint        occupation);
const char  *fw_onet_index_get_alternate (FwOnetIndex *self,
                                          guint        occupation,
                                          guint        alternate);

/*
 * Finds occupations by code (exact or prefix), title words or alternate titles, best first:
 * exact code, code prefix, title, alternate title; within each, by how well the words
 * match, then by code. At most @limit (0: all). An empty query lists every occupation.
 * Returns a GArray of FwOnetMatch.
 */
GArray      *fw_onet_index_search     (FwOnetIndex  *self,
                                       const char   *query,
                                       guint         limit);
/* Up to @max codes close to @code (for "did you mean"), NULL-terminated. */
char       **fw_onet_index_suggest    (FwOnetIndex  *self,
                                       const char   *code,
                                       guint         max);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwOnetIndex, fw_onet_index_free)

G_END_DECLS
