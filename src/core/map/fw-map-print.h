/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FW_TYPE_MAP_PRINT (fw_map_print_get_type ())
G_DECLARE_FINAL_TYPE (FwMapPrint, fw_map_print, FW, MAP_PRINT, GObject)

/*
 * The fingerprint a map keeps of one mapped statement as it was when it was mapped: where it
 * lived ("level:emerging", "ai:proficient", "durable:Communication:applying"), its headline
 * (so that a report can name a statement that has since gone) and "sha256:HEX" of its text
 * form "Headline — body". Immutable.
 */
FwMapPrint *fw_map_print_new           (const char *statement_id,
                                        const char *place,
                                        const char *headline,
                                        const char *digest);
const char *fw_map_print_get_statement (FwMapPrint *self);
const char *fw_map_print_get_place     (FwMapPrint *self);
const char *fw_map_print_get_headline  (FwMapPrint *self);
const char *fw_map_print_get_digest    (FwMapPrint *self);

G_END_DECLS
