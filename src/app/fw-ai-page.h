/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-editor-page.h"

G_BEGIN_DECLS

#define FW_TYPE_AI_PAGE (fw_ai_page_get_type ())
G_DECLARE_FINAL_TYPE (FwAiPage, fw_ai_page, FW, AI_PAGE, GtkWidget)

/* The AI-fluency statements of each proficiency level, read-only for now. */
GtkWidget *fw_ai_page_new (void);

G_END_DECLS
