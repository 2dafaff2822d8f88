/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-formats.h"

G_BEGIN_DECLS

/*
 * The parts of @document that @format cannot hold, one translated line each ("NSX JSON has
 * no place for the corrections (2); they are left out"), so that an export never drops
 * anything without a word. Only parts the document really has are named. Empty (never NULL)
 * for .fwk, which holds everything.
 */
char **fw_format_lost_parts (FwDocument *document,
                             FwFormat    format);

G_END_DECLS
