/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "fw-document.h"

G_BEGIN_DECLS

/*
 * Everything a reader fills in @document (but split confidences and source addresses), as
 * text: two imports that should agree give equal digests (test-page-html,
 * test-page-text-variants). Free with g_free().
 */
char *document_digest (FwDocument *document);

G_END_DECLS
