/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stddef.h>

#include <glib.h>

/* What every fuzz target shares: libFuzzer's entry points and the checks on a reader's answer. */

int  LLVMFuzzerInitialize   (int           *argc,
                             char        ***argv);
int  LLVMFuzzerTestOneInput (const guint8  *data,
                             size_t         size);

/* Reports a broken promise of a reader as a crash, which the fuzzer keeps as a finding. */
G_NORETURN void fuzz_fail           (const char   *what,
                                     const char   *detail);
/* A refused input: an FW_ERROR whose message starts "@filename:". */
void            fuzz_check_error    (const GError *error,
                                     const char   *filename);
/* Every warning formats as valid UTF-8. */
void            fuzz_check_warnings (GPtrArray    *warnings);
