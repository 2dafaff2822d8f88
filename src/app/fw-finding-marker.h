/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-finding.h"

G_BEGIN_DECLS

/*
 * Shows @findings (FwFinding*, may be NULL or empty) on @marker, the image a row shows
 * beside what the findings are about: hidden when there are none; otherwise the icon, style
 * and accessible label of the most severe finding ("Has errors", "Has warnings", "Has
 * notes") and every message as tooltip and accessible description. Returns whether any
 * finding is shown.
 */
gboolean fw_finding_marker_update (GtkImage  *marker,
                                   GPtrArray *findings);

G_END_DECLS
