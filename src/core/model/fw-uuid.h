/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The namespace of every name-based UUID Framewright makes: the v5 UUID of the URL
 * "https://framewright.org/ns" in RFC 4122's URL namespace. Never change it: CASE consumers
 * match items across versions by the identifiers made in it. */
#define FW_UUID_NAMESPACE "05c74ad8-4e7e-5b7c-98be-799c9707bde7"

/* RFC 4122 name-based UUID, version 5 (SHA-1), in lower case; NULL if @namespace_uuid is
 * not a UUID. */
char     *fw_uuid_v5       (const char *namespace_uuid,
                            const char *name);
/* TRUE for the 8-4-4-4-12 hexadecimal form. */
gboolean  fw_uuid_is_valid (const char *text);
/* TRUE for an RFC 3339 date and time with a time zone, such as 2026-05-15T12:39:10Z: what
 * CASE lastChangeDateTime and .fwk lastModified hold. */
gboolean  fw_date_time_is_valid (const char *text);

G_END_DECLS
