/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-document.h"

G_BEGIN_DECLS

/* Below this similarity an edited row is taken for a new statement, not a changed one. */
#define FW_CSV_MERGE_MIN_SIMILARITY 0.6

/* What an update from a spreadsheet did; every list holds "ID “Headline”" strings. */
typedef struct
{
  GPtrArray *added;               /* rows with no statement of their own: added */
  GPtrArray *changed;             /* statements whose text or citations the rows changed */
  GPtrArray *matched_by_text;     /* rows whose id was not found, matched by text instead */
  GPtrArray *missing;             /* statements no row names (removed with delete_missing) */
  GPtrArray *unknown_citations;   /* "ID: SOURCE" for citations of sources not registered */
  gboolean   removed;             /* whether the missing statements were removed */
} FwCsvMergeReport;

FwCsvMergeReport *fw_csv_merge_report_new  (void);
void              fw_csv_merge_report_free (FwCsvMergeReport *report);

/*
 * Updates @target from @rows, a framework read from CSV: rows are matched to statements by
 * id, then by the text of a statement of the same list that no row matched (similarity of at
 * least FW_CSV_MERGE_MIN_SIMILARITY); matched statements take the rows' text and citations,
 * other rows are added at their place, and statements no row matched are removed only when
 * @delete_missing. Every change runs as a command on @target's history.
 */
FwCsvMergeReport *fw_csv_merge             (FwDocument *target,
                                            FwDocument *rows,
                                            gboolean    delete_missing);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwCsvMergeReport, fw_csv_merge_report_free)

G_END_DECLS
