/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-document.h"
#include "fw-map-report.h"

G_BEGIN_DECLS

/*
 * The courses × statements matrix that the CSV and XLSX reports and the published report
 * show: one row per mappable statement in framework order (then the mapped statements the
 * framework no longer has, so that nothing vanishes), one column per course in sequence, each
 * cell the deepest mapping of any of the course's outcomes.
 */
typedef struct
{
  char    *statement;
  char    *place;     /* "level:emerging", "durable:Communication:applying" … */
  char    *headline;
  FwDepth *cells;     /* one per course */
} FwMapMatrixRow;

typedef struct
{
  GPtrArray *courses;  /* FwMapCourse, in sequence */
  GPtrArray *rows;     /* FwMapMatrixRow */
} FwMapMatrix;

FwMapMatrix *fw_map_matrix_new  (FwMapReport *report,
                                 FwMap       *map,
                                 FwDocument  *framework);
void         fw_map_matrix_free (FwMapMatrix *matrix);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwMapMatrix, fw_map_matrix_free)

G_END_DECLS
