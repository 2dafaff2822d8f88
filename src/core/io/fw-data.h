/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Data shipped inside the core library (lexicons, profiles, the NSX schema), looked up by a
 * path relative to data/, e.g. "lexicons/body-starters.txt". Returns NULL when absent.
 */
GBytes *fw_data_lookup (const char *relative_path);

G_END_DECLS
