/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * What the framework window and the curriculum map window do alike, without either knowing
 * the other's insides.
 */

/* Presents the Keyboard Shortcuts window of window, built the first time it is asked for
 * from the GtkBuilder resource at path (whose object is called "help_overlay"). */
void              fw_window_present_help_overlay (GtkApplicationWindow *window,
                                                  const char           *path);

/* A "Save Changes?" dialog over parent, saying body, with the responses "cancel" (on
 * Escape), "discard" and "save" (the default). The caller connects ::response and presents
 * it. */
AdwMessageDialog *fw_save_changes_dialog_new     (GtkWindow            *parent,
                                                  const char           *body);

G_END_DECLS
