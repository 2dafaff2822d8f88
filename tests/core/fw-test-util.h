/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "fw-document.h"

G_BEGIN_DECLS

/*
 * Helpers shared by the core test programs. Each aborts the test on failure.
 */

/* .fwk reading and writing (test-native, test-native-format) ----------------------------- */

/* @name in the test data's "native" directory. */
char       *test_data_path    (const char *name);
GBytes     *load_file         (const char *path);
FwDocument *read_fwk_bytes    (GBytes     *bytes,
                               const char *name,
                               GPtrArray  *warnings);
GBytes     *write_fwk         (FwDocument *document);
void        assert_same_bytes (GBytes     *actual,
                               GBytes     *expected);

G_END_DECLS
