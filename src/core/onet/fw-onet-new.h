/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-document.h"
#include "fw-onet-release.h"
#include "fw-validator.h"

G_BEGIN_DECLS

/* The id of the sources registry entry for the O*NET release a new framework cites. */
#define FW_ONET_SOURCE_ID "src-onet"

/*
 * Creates the draft framework of occupation @soc ("29-2034.00"; a SOC code "29-2034" means
 * its ".00" occupation) from @release (NULL: the current release), for @profile (NULL: the
 * default): the occupation (code, title, SOC major group, job zone and its label), the O*NET
 * part (every task with its id and type, core first; alternate titles as related titles;
 * technology skills; work styles by importance; job zone), a sources registry entry for the
 * release that the O*NET part cites, provenance, the four levels empty, and the profile's
 * durable-skill domains empty. The content language is English, the release's language.
 *
 * An unknown or malformed code fails with FW_ERROR_INVALID and the message
 * `unknown O*NET-SOC code “CODE”`.
 */
FwDocument *fw_onet_new_framework  (FwOnetRelease  *release,
                                    const char     *soc,
                                    FwProfile      *profile,
                                    GError        **error);
/* "29-2034" -> "29-2034.00"; a full code as is; NULL when @soc is not of either form. */
char       *fw_onet_normalise_code (const char     *soc);

G_END_DECLS
