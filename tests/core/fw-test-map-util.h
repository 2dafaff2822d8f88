/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "fw-document.h"
#include "fw-map.h"

G_BEGIN_DECLS

/* Helpers shared by the curriculum map tests (test-map*). Each aborts the test on failure. */

/* @name in the test data's "map" directory. */
char       *map_data_path         (const char *name);
/* data/samples/radiologic-technologists.fwk */
FwDocument *map_sample_framework  (void);
/* tests/data/map/radiologic-technologists-changed.fwk: st-ca52feaeba47 edited,
 * st-f0ff1533789a moved to Developing, st-78e3a0653126 deleted. */
FwDocument *map_changed_framework (void);
/* The radiography program of tests/data/map with its mappings, against the sample. */
FwMap      *map_radiography       (FwDocument *framework);

G_END_DECLS
