/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-document.h"
#include "fw-map.h"

G_BEGIN_DECLS

/* One line of coverage: a level (its level and AI-fluency statements) or a durable domain. */
typedef struct
{
  char  *key;        /* "emerging" …, or the domain name */
  guint  statements;
  guint  mapped;     /* at any depth */
  guint  mastered;   /* at M somewhere */
} FwMapCoverage;

/* One entry of a report list: a statement (gaps, neverMastered, sequence, redundant, stale)
 * or an outcome (unmappedOutcomes). */
typedef struct
{
  char  *id;          /* statement or outcome id */
  char  *place;       /* statement: "level:emerging" …; outcome: its course code */
  char  *label;       /* statement: "Emerging", "Communication, Applying"; outcome: "" */
  char  *text;        /* statement headline, outcome text */
  char  *first;       /* neverMastered: highest depth; sequence: course that masters it first */
  char  *second;      /* sequence: course that introduces it first */
  GStrv  list;        /* redundant: courses at M; stale: reasons ("edited", "moved",
                       * "missing"); never NULL */
  GStrv  outcomes;    /* stale: the outcomes mapped to the statement; never NULL */
} FwMapReportItem;

typedef struct
{
  GPtrArray *levels;            /* FwMapCoverage, four, in level order */
  GPtrArray *domains;           /* FwMapCoverage, in domain order */
  GPtrArray *gaps;              /* statements no outcome maps */
  GPtrArray *never_mastered;    /* mapped, never at M */
  GPtrArray *sequence;          /* mastered in an earlier course than the first introducing it */
  GPtrArray *redundant;         /* mastered in at least the threshold number of courses */
  GPtrArray *unmapped_outcomes; /* outcomes with no mapping */
  GPtrArray *stale;             /* mapped statements edited, moved or gone */
  guint      n_courses;
  guint      n_outcomes;
  guint      n_mappings;
} FwMapReport;

#define FW_MAP_REDUNDANT_DEFAULT 3

/* Analyses @map against @framework; @redundant_threshold ≥ 2 courses. */
FwMapReport *fw_map_report_new       (FwMap       *map,
                                      FwDocument  *framework,
                                      guint        redundant_threshold);
void         fw_map_report_free      (FwMapReport *report);

typedef enum
{
  FW_MAP_REPORT_TEXT,
  FW_MAP_REPORT_JSON,
  FW_MAP_REPORT_CSV,
} FwMapReportFormat;

/* "text", "json", "csv". */
gboolean     fw_map_report_format_from_string (const char        *text,
                                               FwMapReportFormat *format);
/*
 * Writes @report. JSON has exactly the members coverage, gaps, neverMastered, sequence,
 * redundant, unmappedOutcomes and stale. CSV is the matrix staff paste into self-studies:
 * one row per statement (statement_id, level, headline) and one column per course, cells
 * I, R or M (the deepest mapping of any of the course's outcomes). Deterministic.
 */
GBytes      *fw_map_report_write     (FwMapReport       *report,
                                      FwMap             *map,
                                      FwDocument        *framework,
                                      FwMapReportFormat  format);

/*
 * The XLSX workbook: the matrix (header row and statement columns frozen, cells I/R/M), the
 * courses and the gaps. Written through a temporary file in @temp_dir (the target's folder;
 * NULL for the system's), with the creation time fw_xlsx_creation_time() gives, so that the
 * same map gives the same bytes.
 */
GBytes      *fw_map_report_write_xlsx (FwMapReport  *report,
                                       FwMap        *map,
                                       FwDocument   *framework,
                                       const char   *created_at,
                                       const char   *temp_dir,
                                       GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwMapReport, fw_map_report_free)

G_END_DECLS
