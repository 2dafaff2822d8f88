/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Setters' helpers: each replaces an owned value with a copy of @value and says whether it
 * changed, so that a property is notified only when its value really changed.
 */
gboolean fw_replace_string (char               **field,
                            const char          *value);
/* An absent list (%NULL) is stored as an empty one, so that readers never see %NULL. */
gboolean fw_replace_strv   (char              ***field,
                            const char * const  *value);

G_END_DECLS
