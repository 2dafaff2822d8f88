/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-ui-editor-util.h"

#include "fw-formats.h"

GListStore *
fw_ui_util_level_store (FwWindow   *window,
                        FwLevelKey  key)
{
  return fw_level_get_statements (fw_document_get_level (fw_window_get_document (window), key));
}

FwStatement *
fw_ui_util_statement_at (FwWindow   *window,
                         FwLevelKey  key,
                         guint       position)
{
  g_autoptr(FwStatement) statement = g_list_model_get_item (G_LIST_MODEL (fw_ui_util_level_store (window, key)),
                                                            position);

  g_assert_nonnull (statement);
  /* The store keeps it alive. */
  return statement;
}

guint
fw_ui_util_position_of (FwWindow    *window,
                        FwLevelKey   key,
                        FwStatement *statement)
{
  guint position = G_MAXUINT;

  if (!g_list_store_find (fw_ui_util_level_store (window, key), statement, &position))
    return G_MAXUINT;
  return position;
}

guint
fw_ui_util_n_statements (FwWindow   *window,
                         FwLevelKey  key)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fw_ui_util_level_store (window, key)));
}

FwLevelsPage *
fw_ui_util_levels_page (FwWindow *window)
{
  return FW_LEVELS_PAGE (fw_window_get_page (window, "levels"));
}

GtkWidget *
fw_ui_util_field_widget (FwWindow         *window,
                         FwStatement      *statement,
                         FwStatementField  field)
{
  GtkWidget *row = fw_ui_test_find_row (window, statement);

  g_assert_nonnull (row);
  return fw_statement_row_get_field_widget (FW_STATEMENT_ROW (row), field);
}

char *
fw_ui_util_text_view_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

gboolean
fw_ui_util_is_dirty (FwWindow *window)
{
  return fw_history_get_dirty (fw_document_get_history (fw_window_get_document (window)));
}

const char *
fw_ui_util_shown_title (FwWindow *window)
{
  return gtk_window_get_title (GTK_WINDOW (window));
}

/* A visible toplevel of @type (with @title, unless NULL), or NULL. */
GtkWidget *
fw_ui_util_find_toplevel (GType       type,
                          const char *title)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window) &&
          (title == NULL || g_strcmp0 (gtk_window_get_title (GTK_WINDOW (window)), title) == 0))
        return window;
    }
  return NULL;
}

static void
on_saved (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  GError **error = user_data;

  if (!fw_window_save_finish (FW_WINDOW (object), result, error) && *error == NULL)
    g_assert_not_reached ();
  g_object_set_data (object, "test-saved", GINT_TO_POINTER (TRUE));
}

static gboolean
save_done (gpointer data)
{
  return g_object_get_data (data, "test-saved") != NULL;
}

/* Saves synchronously (for the test); returns the error, or NULL. */
GError *
fw_ui_util_save_to (FwWindow   *window,
                    const char *path,
                    gboolean    force)
{
  g_autoptr(GFile) file = path ? g_file_new_for_path (path) : NULL;
  GError *error = NULL;

  g_object_set_data (G_OBJECT (window), "test-saved", NULL);
  fw_window_save_async (window, file, force, NULL, on_saved, &error);
  g_assert_true (fw_ui_test_wait_until (save_done, window, 10000));
  return error;
}

char *
fw_ui_util_tmp_path (const char *name)
{
  g_autofree char *dir = fw_ui_test_tmpdir ();

  return g_build_filename (dir, name, NULL);
}

/* Opens the sample and binds it to a private copy, so that tests may save over it. */
FwWindow *
fw_ui_util_open_sample_copy (char **path)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  GError *error;

  *path = fw_ui_util_tmp_path ("framework.fwk");
  error = fw_ui_util_save_to (window, *path, TRUE);
  g_assert_no_error (error);
  g_assert_false (fw_ui_util_is_dirty (window));
  return window;
}

gboolean
fw_ui_util_banner_shown (gpointer data)
{
  FwWindow *window = data;

  return gtk_revealer_get_reveal_child (window->banner_revealer);
}

void
fw_ui_util_edit_a_body (FwWindow   *window,
                        const char *text)
{
  fw_ui_test_set_text_view (fw_ui_util_field_widget (window, fw_ui_util_statement_at (window, FW_LEVEL_EMERGING, 0),
                                                     FW_STATEMENT_FIELD_BODY), text);
}

gboolean
fw_ui_util_window_gone (gpointer data)
{
  return fw_ui_test_count_windows () == GPOINTER_TO_UINT (data);
}

/* The framework page sample: the page importer fills every section from it. */
FwWindow *
fw_ui_util_open_page_sample (void)
{
  const char *shared = g_getenv ("FW_SHARED_DIR");
  g_autofree char *path = g_build_filename (shared != NULL ? shared : "../shared", "samples",
                                            "nsx-page-radiologic-technologists.txt", NULL);

  return fw_ui_test_open_path (fw_ui_test_get_app (), path);
}

FwDocument *
fw_ui_util_document_of (FwWindow *window)
{
  return fw_window_get_document (window);
}

void
fw_ui_util_undo (FwWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
}

void
fw_ui_util_redo (FwWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
}

/* Saves @document as .fwk and reads it back. */
FwDocument *
fw_ui_util_save_and_reopen (FwDocument *document)
{
  g_autofree char *path = fw_ui_util_tmp_path ("reopened.fwk");
  g_autoptr(GError) error = NULL;
  FwDocument *reopened;

  g_assert_true (fw_format_save (document, path, FW_FORMAT_FWK, NULL, &error));
  g_assert_no_error (error);
  reopened = fw_format_read_file (path, FW_FORMAT_FWK, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reopened);
  return reopened;
}

FwStatement *
fw_ui_util_store_item (GListStore *store,
                       guint       position)
{
  g_autoptr(FwStatement) statement = g_list_model_get_item (G_LIST_MODEL (store), position);

  g_assert_nonnull (statement);
  return statement;  /* the store keeps it alive */
}

guint
fw_ui_util_store_n (GListStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

guint
fw_ui_util_store_position (GListStore *store,
                           gpointer    item)
{
  guint position;

  return g_list_store_find (store, item, &position) ? position : G_MAXUINT;
}

FwDomain *
fw_ui_util_domain_at (FwDocument *document,
                      guint       position)
{
  g_autoptr(FwDomain) domain = g_list_model_get_item (G_LIST_MODEL (fw_document_get_domains (document)),
                                                      position);

  g_assert_nonnull (domain);
  return domain;
}

/* A finding the validator reports now, chosen by rule and statement (or path prefix). */
FwFinding *
fw_ui_util_find_finding (FwWindow   *window,
                         const char *rule_id,
                         const char *path_prefix)
{
  GListModel *findings;

  fw_window_validate_now (window);
  findings = fw_validator_get_findings (fw_window_get_validator (window));
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(FwFinding) finding = g_list_model_get_item (findings, i);

      if (g_str_equal (fw_finding_get_rule_id (finding), rule_id) &&
          (path_prefix == NULL || g_str_has_prefix (fw_finding_get_path (finding), path_prefix)))
        return g_steal_pointer (&finding);
    }
  return NULL;
}

/*
 * Presses a key as the user would: from the focus widget up to the window, the first
 * shortcut whose key and modifiers match runs its action on its widget.
 */
gboolean
fw_ui_util_press_key (FwWindow        *window,
                      guint            keyval,
                      GdkModifierType  modifiers)
{
  for (GtkWidget *widget = gtk_window_get_focus (GTK_WINDOW (window));
       widget != NULL;
       widget = gtk_widget_get_parent (widget))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;
          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
              GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

              if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
                  gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
                  gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
                return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                     gtk_shortcut_get_arguments (shortcut));
            }
        }
    }
  return FALSE;
}

/* What a click does: the button's "clicked" signal (activation would wait for its animation). */
void
fw_ui_util_click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

gboolean
fw_ui_util_focus_is_in (FwWindow  *window,
                        GtkWidget *widget)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

FwDurablePage *
fw_ui_util_durable_page (FwWindow *window)
{
  fw_window_show_section (window, "durable-skills");
  return FW_DURABLE_PAGE (fw_window_get_page (window, "durable-skills"));
}

FwSourcesPage *
fw_ui_util_sources_page (FwWindow *window)
{
  fw_window_show_section (window, "sources");
  return FW_SOURCES_PAGE (fw_window_get_page (window, "sources"));
}

FwSource *
fw_ui_util_source_by_id (FwDocument *document,
                         const char *id)
{
  FwSource *source = fw_document_find_source (document, id);

  g_assert_nonnull (source);
  return source;
}

FwEvidencePage *
fw_ui_util_evidence_page (FwWindow *window)
{
  fw_window_show_section (window, "evidence");
  return FW_EVIDENCE_PAGE (fw_window_get_page (window, "evidence"));
}

FwOnetPage *
fw_ui_util_onet_page (FwWindow *window)
{
  fw_window_show_section (window, "onet");
  return FW_ONET_PAGE (fw_window_get_page (window, "onet"));
}

FwAiPage *
fw_ui_util_ai_page (FwWindow *window)
{
  fw_window_show_section (window, "ai-fluency");
  return FW_AI_PAGE (fw_window_get_page (window, "ai-fluency"));
}

FwLevelsPage *
fw_ui_util_show_levels_page (FwWindow *window)
{
  fw_window_show_section (window, "levels");
  return FW_LEVELS_PAGE (fw_window_get_page (window, "levels"));
}

