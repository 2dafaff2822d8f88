/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-onet-data.h"

G_BEGIN_DECLS

/* Names longer than this are never glued list items; it bounds the work of a split. */
#define FW_ONET_MAX_NAME_LENGTH 160

/* Shared by fw-onet-data.c (loading, lookups) and fw-onet-glued.c (splitting glued lists). */
struct _FwOnetData
{
  GStringChunk *strings;
  GHashTable   *tasks_by_key;   /* "SOC\tnormalised text" -> task id */
  GHashTable   *task_ids;       /* set of task ids */
  GHashTable   *occupations;    /* SOC -> FwOnetOccupation */
  GPtrArray    *occupation_list;/* FwOnetOccupation, in file order */
  GHashTable   *groups;         /* "29" -> NSX group name */
  GHashTable   *group_titles;   /* "29" -> SOC major group name */
  GHashTable   *zone_names;     /* GINT_TO_POINTER (zone) -> Job Zone Reference name */
  GHashTable   *names;          /* set of element names and examples */
  gsize         max_name_length;
  guint         n_tasks;
};

G_END_DECLS
