/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-cli-private.h"
#include "fw-library.h"

G_BEGIN_DECLS

/*
 * Opens the library of @folders and brings its index up to date (from scratch with
 * @rebuild), with a progress line on stderr when @progress and stderr is a terminal. Files
 * that cannot be read are listed on stderr with their error. NULL, with the error printed,
 * when the index cannot be opened or updated.
 */
FwLibrary *fw_cli_open_library (const char * const *folders,
                                gboolean            rebuild,
                                gboolean            progress);

G_END_DECLS
