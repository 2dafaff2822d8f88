/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-text.h"

G_BEGIN_DECLS

/* The stop words of @language ("en", "es"), NULL-terminated and sorted; NULL when none. */
const char * const *_fw_text_stop_words (const char *language,
                                         guint      *n_words);

G_END_DECLS
