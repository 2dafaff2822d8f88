/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-map-report.h"
#include "fw-publish.h"

G_BEGIN_DECLS

/*
 * A curriculum map's report as a reader meets it, in the same XHTML and PDF as the
 * framework exports: the program, coverage per level and per domain, the courses ×
 * statements matrix (cells I, R, M), then gaps, never mastered, sequence, redundant,
 * unmapped outcomes and stale mappings. Deterministic (@options may be NULL; the PDF's
 * creation date comes from @options->created_at or the framework's export time).
 */
GBytes *fw_publish_map_report (FwMapReport            *report,
                               FwMap                  *map,
                               FwDocument             *framework,
                               FwPublishFormat         format,
                               const FwPublishOptions *options,
                               GError                **error);

G_END_DECLS
