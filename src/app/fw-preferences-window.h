/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FW_TYPE_PREFERENCES_WINDOW (fw_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (FwPreferencesWindow, fw_preferences_window, FW, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

/*
 * The application's preferences, bound to its GSettings: the reviewer name recorded with
 * corrections and replies (empty: the account's real name) and spell checking.
 */
GtkWidget *fw_preferences_window_new              (GtkWindow *parent,
                                                   GSettings *settings);
/* The entry row editing the reviewer name. */
GtkWidget *fw_preferences_window_get_reviewer_row (FwPreferencesWindow *self);

G_END_DECLS
