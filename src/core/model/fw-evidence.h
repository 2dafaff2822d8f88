/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FW_TYPE_EVIDENCE (fw_evidence_get_type ())
G_DECLARE_FINAL_TYPE (FwEvidence, fw_evidence, FW, EVIDENCE, GObject)

/*
 * The evidence pack. Absent means absent, never zero: numeric properties are doubles that
 * hold NAN when absent (test with isnan or fw_evidence_has), strings are NULL when absent.
 *
 * AEI usage:       "task-observations" (count), "augment-share" (%), "time-saved" (%),
 *                  "ai-autonomy" (scale 1–5)
 * SAFI positioning: "top-skill" (string), "safi-score" (0–100), "quadrant" (string, e.g.
 *                  "Q2_ai_augmented"), "precision" (string, e.g. "exact")
 * WEF cluster:     "wef-label", "wef-id" (strings)
 */
FwEvidence *fw_evidence_new      (void);
/* TRUE when the named property holds a value. */
gboolean    fw_evidence_has      (FwEvidence *self,
                                  const char *property);
/* TRUE when no field is present. */
gboolean    fw_evidence_is_empty (FwEvidence *self);
double      fw_evidence_get_number (FwEvidence *self,
                                    const char *property);
const char *fw_evidence_get_string (FwEvidence *self,
                                    const char *property);

/* Known values, NULL-terminated. */
const char * const *fw_evidence_known_quadrants  (void);
const char * const *fw_evidence_known_precisions (void);

G_END_DECLS
