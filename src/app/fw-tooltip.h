/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * Tooltips that cost nothing until they are shown.
 *
 * gtk_widget_set_tooltip_text() asks the display where the pointer is every time it is
 * called on a visible widget, mapped or not: a synchronous round trip to the X server (or a
 * compositor call) per call. Building a framework's rows sets hundreds of tooltips before the
 * window is even on screen. These store the text on the widget and hand it to GTK from
 * GtkWidget::query-tooltip, when the pointer actually rests on the widget; a widget on
 * screen with its tooltip open has it refreshed at once.
 *
 * The text is also the widget's accessible description, as with GTK's own tooltips. An
 * empty string or NULL removes the tooltip.
 */
void        fw_widget_set_tooltip (GtkWidget  *widget,
                                   const char *text);
const char *fw_widget_get_tooltip (GtkWidget  *widget);

G_END_DECLS
