/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "fw-document.h"
#include "fw-error.h"

G_BEGIN_DECLS

/*
 * Helpers shared by the page text test programs (test-page-text*). Each aborts the test on
 * failure; see fw-test-page-util.c for what each does.
 */

#define SAMPLE_NAME "sample.txt"

char *
shared_sample_path (const char *name);

char *
test_data_path (const char *name);

char *
load_file (const char *path,
           gsize      *length);

char *
load_sample (gsize *length);

GPtrArray *
new_warnings (void);

FwDocument *
read_ok (const char *text,
         gsize       length,
         const char *filename,
         GPtrArray  *warnings);

FwDocument *
read_sample (GPtrArray *warnings);

GError *
read_error (const char *text,
            gsize       length);

void
assert_error (const char  *text,
              gsize        length,
              FwErrorCode  code,
              const char  *expected_prefix);

GPtrArray *
format_warnings (GPtrArray *warnings);

gboolean
has_warning (GPtrArray  *warnings,
             const char *formatted);

guint
count_warnings_containing (GPtrArray  *warnings,
                           const char *needle);

void
dump_warnings (GPtrArray *warnings);

FwStatement *
get_statement (GListStore *store,
               guint       position);

guint
store_length (gpointer store);

FwDomain *
find_domain (FwDocument *document,
             const char *name);

char *
citation_labels (FwDocument  *document,
                 FwStatement *statement);

void
assert_statement (FwDocument  *document,
                  GListStore  *store,
                  guint        position,
                  const char  *headline,
                  const char  *body,
                  const char  *citations);

void
assert_strv (const char * const *actual,
             const char * const *expected);

char *
replace_once (const char *text,
              const char *find,
              const char *replace);

G_END_DECLS
