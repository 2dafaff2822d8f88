/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * FwOnetData: the tables of one O*NET text release (Occupation Data, Task Statements, Job
 * Zones, Job Zone Reference, Technology Skills, Work Styles) and the SOC 2018 structure, as
 * the release publishes them. It is immutable once loaded, so one instance may be used from
 * several threads. Every lookup accepts a NULL @self (no data) and then finds nothing.
 * Alternate Titles, the largest file, is read by the occupation index (fw-onet-index.h).
 */
typedef struct _FwOnetData FwOnetData;

typedef struct
{
  const char *task_id;
  const char *text;
  const char *type;          /* "Core", "Supplemental" or "" */
} FwOnetTaskRow;

typedef struct
{
  const char *commodity_code;
  const char *commodity_title;
  gboolean    hot;           /* any example of it is a hot technology */
  gboolean    in_demand;     /* any example of it is in demand */
  GPtrArray  *examples;      /* const char *, in release order */
} FwOnetTechnologyRow;

typedef struct
{
  const char *element_id;
  const char *name;
  double      importance;    /* the IM scale's data value, 1 to 5 */
} FwOnetWorkStyleRow;

typedef struct
{
  const char *code;          /* "29-2034.00" */
  const char *title;
  const char *description;
  int         job_zone;      /* 1 to 5, 0 when the release gives none */
  GPtrArray  *tasks;         /* FwOnetTaskRow, in release order */
  GPtrArray  *technology;    /* FwOnetTechnologyRow, by commodity, in release order */
  GPtrArray  *work_styles;   /* FwOnetWorkStyleRow, in release order */
} FwOnetOccupation;

/*
 * The data of the current release (fw_onet_release_get_current ()), loaded on first use
 * (thread-safe). NULL when there is no release or it cannot be loaded. Never free it.
 */
FwOnetData *fw_onet_data_get_default     (void);
/*
 * Loads the release files in @dir. "Occupation Data.txt" and "Task Statements.txt" are
 * required; the other files are optional. @overlays, when not NULL, names further task
 * files in @dir whose rows add to or replace those of "Task Statements.txt" (a newer
 * release's excerpt).
 */
FwOnetData *fw_onet_data_load            (const char          *dir,
                                          const char * const  *overlays,
                                          GError             **error);
void        fw_onet_data_free            (FwOnetData  *self);

/* The number of task rows loaded. */
guint       fw_onet_data_get_n_tasks     (FwOnetData  *self);
/*
 * The task id of the task of occupation @soc whose text is @task_text, compared with
 * whitespace collapsed and case folded; NULL when there is none.
 */
const char *fw_onet_data_find_task_id    (FwOnetData  *self,
                                          const char  *soc,
                                          const char  *task_text);
gboolean    fw_onet_data_has_task_id     (FwOnetData  *self,
                                          const char  *task_id);
/* The O*NET title of occupation @soc ("29-2034.00"), or NULL. */
const char *fw_onet_data_get_title       (FwOnetData  *self,
                                          const char  *soc);
/* Occupation @soc, or NULL. */
const FwOnetOccupation *fw_onet_data_get_occupation (FwOnetData *self,
                                                     const char *soc);
/* Every occupation (FwOnetOccupation), in the release's order; owned by @self. */
GPtrArray  *fw_onet_data_get_occupations (FwOnetData  *self);
/*
 * The occupational group of @soc after its SOC 2018 major group, spelled as NSX does
 * ("Healthcare Practitioners & Technical"), or NULL.
 */
const char *fw_onet_data_get_major_group (FwOnetData  *self,
                                          const char  *soc);
/* The SOC 2018 name of the major group of @soc ("Healthcare Practitioners and Technical
 * Occupations"), or NULL. */
const char *fw_onet_data_get_major_group_title (FwOnetData *self,
                                                const char *soc);
/* Job Zone Reference's name of @zone ("Job Zone Three: Medium Preparation Needed"), or NULL. */
const char *fw_onet_data_get_job_zone_name (FwOnetData *self,
                                            int         zone);
/* The short label of a job zone name: "Medium Preparation" (newly allocated). */
char       *fw_onet_job_zone_label       (const char  *zone_name);
/* Whether @name (exact, @length bytes or -1) is a known O*NET element name or example. */
gboolean    fw_onet_data_is_known_name   (FwOnetData  *self,
                                          const char  *name,
                                          gssize       length);
/*
 * Splits a list of names that a copied page glued together ("Active ListeningSocial
 * Perceptiveness…"). Items are cut where a lowercase letter is directly followed by an
 * uppercase one; where a known name starts, the longest known name is taken whole, which
 * handles names with inner capitals ("PowerPoint") or ending in capitals ("IBM SPSS").
 * Works (with the lowercase/uppercase rule only) when @self is NULL.
 * Returns at most @max_items items (0 = no limit); sets @truncated when more were there.
 */
char      **fw_onet_data_split_glued     (FwOnetData  *self,
                                          const char  *glued,
                                          guint        max_items,
                                          gboolean    *truncated);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwOnetData, fw_onet_data_free)

G_END_DECLS
