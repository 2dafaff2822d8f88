/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers shared by the editor, file, window and section UI tests. */
#pragma once

#include "fw-ai-page.h"
#include "fw-durable-page.h"
#include "fw-evidence-page.h"
#include "fw-levels-page.h"
#include "fw-onet-page.h"
#include "fw-sources-page.h"
#include "fw-ui-test.h"
#include "fw-window-private.h"

G_BEGIN_DECLS

GListStore *
fw_ui_util_level_store (FwWindow   *window,
                        FwLevelKey  key);

FwStatement *
fw_ui_util_statement_at (FwWindow   *window,
                         FwLevelKey  key,
                         guint       position);

guint
fw_ui_util_position_of (FwWindow    *window,
                        FwLevelKey   key,
                        FwStatement *statement);

guint
fw_ui_util_n_statements (FwWindow   *window,
                         FwLevelKey  key);

FwLevelsPage *
fw_ui_util_levels_page (FwWindow *window);

GtkWidget *
fw_ui_util_field_widget (FwWindow         *window,
                         FwStatement      *statement,
                         FwStatementField  field);

char *
fw_ui_util_text_view_text (GtkWidget *view);

gboolean
fw_ui_util_is_dirty (FwWindow *window);

const char *
fw_ui_util_shown_title (FwWindow *window);

GtkWidget *
fw_ui_util_find_toplevel (GType       type,
                          const char *title);

GError *
fw_ui_util_save_to (FwWindow   *window,
                    const char *path,
                    gboolean    force);

char *
fw_ui_util_tmp_path (const char *name);

FwWindow *
fw_ui_util_open_sample_copy (char **path);

gboolean
fw_ui_util_banner_shown (gpointer data);

void
fw_ui_util_edit_a_body (FwWindow   *window,
                        const char *text);

gboolean
fw_ui_util_window_gone (gpointer data);

FwWindow *
fw_ui_util_open_page_sample (void);

FwDocument *
fw_ui_util_document_of (FwWindow *window);

void
fw_ui_util_undo (FwWindow *window);

void
fw_ui_util_redo (FwWindow *window);

FwDocument *
fw_ui_util_save_and_reopen (FwDocument *document);

FwStatement *
fw_ui_util_store_item (GListStore *store,
                       guint       position);

guint
fw_ui_util_store_n (GListStore *store);

guint
fw_ui_util_store_position (GListStore *store,
                           gpointer    item);

FwDomain *
fw_ui_util_domain_at (FwDocument *document,
                      guint       position);

FwFinding *
fw_ui_util_find_finding (FwWindow   *window,
                         const char *rule_id,
                         const char *path_prefix);

gboolean
fw_ui_util_press_key (FwWindow        *window,
                      guint            keyval,
                      GdkModifierType  modifiers);

void
fw_ui_util_click (GtkWidget *button);

gboolean
fw_ui_util_focus_is_in (FwWindow  *window,
                        GtkWidget *widget);

FwDurablePage *
fw_ui_util_durable_page (FwWindow *window);

FwSourcesPage *
fw_ui_util_sources_page (FwWindow *window);

FwSource *
fw_ui_util_source_by_id (FwDocument *document,
                         const char *id);

FwEvidencePage *
fw_ui_util_evidence_page (FwWindow *window);

FwOnetPage *
fw_ui_util_onet_page (FwWindow *window);

FwAiPage *
fw_ui_util_ai_page (FwWindow *window);

FwLevelsPage *
fw_ui_util_show_levels_page (FwWindow *window);

G_END_DECLS
