/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fw-document.h"
#include "fw-map.h"

G_BEGIN_DECLS

/*
 * "New Curriculum Map…" from a framework window: asks for a program CSV (or a Canvas or Moodle
 * export), reads it through the core, previews the parsed courses and outcomes, and on Create
 * opens an untitled, unsaved map window for @framework (read from @framework_file).
 */
void              fw_map_new_start           (GtkWindow   *parent,
                                              FwDocument  *framework,
                                              GFile       *framework_file);
/*
 * The preview of @program_file read into a new map, as a dialog with the responses "cancel"
 * and "create" (create opens the map window); NULL and @error when the file cannot be read.
 */
AdwMessageDialog *fw_map_new_preview_dialog  (GtkWindow   *parent,
                                              FwDocument  *framework,
                                              GFile       *framework_file,
                                              GFile       *program_file,
                                              GError     **error);

G_END_DECLS
