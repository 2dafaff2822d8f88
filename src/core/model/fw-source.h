/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FW_TYPE_SOURCE (fw_source_get_type ())
G_DECLARE_FINAL_TYPE (FwSource, fw_source, FW, SOURCE, GObject)

/*
 * An entry of the sources registry that statements cite by id.
 * Properties: "id" (construct-only), "short-label" (what a citation chip shows), "title",
 * "publisher", "version" (version or date), "url", "license". All strings; "id",
 * "short-label" and "title" are never NULL, the others are NULL when unknown.
 */
FwSource   *fw_source_new               (const char *id,
                                         const char *short_label,
                                         const char *title);
const char *fw_source_get_id            (FwSource   *self);
const char *fw_source_get_short_label   (FwSource   *self);
const char *fw_source_get_title         (FwSource   *self);
const char *fw_source_get_publisher     (FwSource   *self);
const char *fw_source_get_version       (FwSource   *self);
const char *fw_source_get_url           (FwSource   *self);
const char *fw_source_get_license       (FwSource   *self);

G_END_DECLS
