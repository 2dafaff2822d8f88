/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FW_TYPE_WRAP_TEXT_VIEW (fw_wrap_text_view_get_type ())
G_DECLARE_FINAL_TYPE (FwWrapTextView, fw_wrap_text_view, FW, WRAP_TEXT_VIEW, GtkTextView)

/*
 * A word-wrapping GtkTextView that asks for the height its text needs at the width it is
 * given (GtkTextView in GTK 4.8 keeps the height of its previous width, so narrowing a
 * column would cut lines off), and shows a dimmed placeholder while it is empty.
 * Property "placeholder-text" (string, nullable).
 */
GtkWidget  *fw_wrap_text_view_new                  (void);
const char *fw_wrap_text_view_get_placeholder_text (FwWrapTextView *self);
void        fw_wrap_text_view_set_placeholder_text (FwWrapTextView *self,
                                                    const char     *text);

G_END_DECLS
