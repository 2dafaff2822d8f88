/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fw-window.h"

G_BEGIN_DECLS

#define FW_TYPE_APPLICATION (fw_application_get_type ())
G_DECLARE_FINAL_TYPE (FwApplication, fw_application, FW, APPLICATION, AdwApplication)

/* The application: one window per document; `framewright FILE…` opens each file. */
FwApplication *fw_application_new          (void);
/*
 * Opens @file: presents the window already showing it, else shows it in @hint when that
 * window's document is untouched, else in a new window. Returns that window (it may still be
 * reading the file), or NULL for a curriculum map, which opens in a map window.
 */
FwWindow      *fw_application_open_file    (FwApplication *self,
                                            GFile         *file,
                                            FwWindow      *hint);
/*
 * Creates the draft framework of O*NET occupation @soc (from the current release) and shows
 * it, untitled and unsaved, in @hint when that window is untouched, else in a new window.
 */
void           fw_application_new_framework (FwApplication *self,
                                             const char    *soc,
                                             FwWindow      *hint);
/*
 * Presents the library window, showing the library of @folder (NULL: the one it shows, or
 * none). Actions: app.open-library (the folder opened last, as remembered in the
 * "library-folder" setting) and app.open-library-folder (a path).
 */
void           fw_application_open_library (FwApplication *self,
                                            GFile         *folder);
/* Asks, one draft after the other, whether to restore drafts no running window owns. */
void           fw_application_offer_drafts (FwApplication *self);

G_END_DECLS
