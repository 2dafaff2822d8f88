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

/* The sample framework the application opens (data/samples/radiologic-technologists.fwk). */
FwDocument *read_sample_fwk   (void);
/* The same sample read with fw_format_read_file(), as the application opens it. */
FwDocument *read_sample_file  (void);
/* @name in the test data's directory @dir ("case", "csv"). */
char       *test_data_file    (const char *dir,
                               const char *name);

/* Text ----------------------------------------------------------------------------------- */

/* @text with its first @find (which must be there) replaced by @replace. */
char       *test_replace_once (const char *text,
                               const char *find,
                               const char *replace);

/* Three-way merge (test-merge, test-merge-onet) ------------------------------------------ */

/* Three copies of the sample framework: the common base and the two sides. */
typedef struct
{
  FwDocument *base;
  FwDocument *ours;
  FwDocument *theirs;
} MergeFixture;

/* Reads the sample framework (data/samples/radiologic-technologists.fwk) as all three sides. */
void        merge_fixture_set_up    (MergeFixture  *fixture,
                                     gconstpointer  data);
void        merge_fixture_tear_down (MergeFixture  *fixture,
                                     gconstpointer  data);

G_END_DECLS
