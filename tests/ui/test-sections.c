/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>

#include "fw-ai-page.h"
#include "fw-citation-picker.h"
#include "fw-durable-page.h"
#include "fw-evidence-page.h"
#include "fw-formats.h"
#include "fw-inspector.h"
#include "fw-levels-page.h"
#include "fw-onet-page.h"
#include "fw-sources-page.h"
#include "fw-task-row.h"
#include "fw-tooltip.h"
#include "fw-ui-test.h"

/* Helpers -------------------------------------------------------------------------------- */

/* The framework page sample: the page importer fills every section from it. */
static FwWindow *
open_page_sample (void)
{
  const char *shared = g_getenv ("FW_SHARED_DIR");
  g_autofree char *path = g_build_filename (shared != NULL ? shared : "../shared", "samples",
                                            "nsx-page-radiologic-technologists.txt", NULL);

  return fw_ui_test_open_path (fw_ui_test_get_app (), path);
}

static FwDocument *
document_of (FwWindow *window)
{
  return fw_window_get_document (window);
}

static void
undo (FwWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
}

static void
redo (FwWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
}

static char *
tmp_path (const char *name)
{
  g_autofree char *dir = fw_ui_test_tmpdir ();

  return g_build_filename (dir, name, NULL);
}

/* Saves @document as .fwk and reads it back. */
static FwDocument *
save_and_reopen (FwDocument *document)
{
  g_autofree char *path = tmp_path ("reopened.fwk");
  g_autoptr(GError) error = NULL;
  FwDocument *reopened;

  g_assert_true (fw_format_save (document, path, FW_FORMAT_FWK, NULL, &error));
  g_assert_no_error (error);
  reopened = fw_format_read_file (path, FW_FORMAT_FWK, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reopened);
  return reopened;
}

static FwStatement *
store_item (GListStore *store,
            guint       position)
{
  g_autoptr(FwStatement) statement = g_list_model_get_item (G_LIST_MODEL (store), position);

  g_assert_nonnull (statement);
  return statement;  /* the store keeps it alive */
}

static guint
store_n (GListStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

static guint
store_position (GListStore *store,
                gpointer    item)
{
  guint position;

  return g_list_store_find (store, item, &position) ? position : G_MAXUINT;
}

static FwDomain *
domain_at (FwDocument *document,
           guint       position)
{
  g_autoptr(FwDomain) domain = g_list_model_get_item (G_LIST_MODEL (fw_document_get_domains (document)),
                                                      position);

  g_assert_nonnull (domain);
  return domain;
}

/* A finding the validator reports now, chosen by rule and statement (or path prefix). */
static FwFinding *
find_finding (FwWindow   *window,
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
static gboolean
press_key (FwWindow        *window,
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
static void
click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static char *
text_view_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
focus_is_in (FwWindow  *window,
             GtkWidget *widget)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Durable skills ------------------------------------------------------------------------- */

static FwDurablePage *
durable_page (FwWindow *window)
{
  fw_window_show_section (window, "durable-skills");
  return FW_DURABLE_PAGE (fw_window_get_page (window, "durable-skills"));
}

static void
test_durable_edit_undo_redo (void)
{
  FwWindow *window = open_page_sample ();
  FwDocument *document = document_of (window);
  FwDurablePage *page = durable_page (window);
  FwDomain *domain = domain_at (document, 0);
  GListStore *cell = fw_domain_get_cell (domain, FW_DURABLE_DEVELOPING);
  FwStatement *statement = store_item (cell, 0);
  g_autofree char *old_headline = g_strdup (fw_statement_get_headline (statement));
  FwStatementList *list = fw_durable_page_get_cell (page, domain, FW_DURABLE_DEVELOPING);
  FwStatementRow *row;
  GtkWidget *view;
  g_autofree char *shown = NULL;
  g_autoptr(FwDocument) reopened = NULL;

  g_assert_nonnull (list);
  row = fw_statement_list_find_row (list, statement);
  g_assert_nonnull (row);
  view = fw_statement_row_get_field_widget (row, FW_STATEMENT_FIELD_HEADLINE);

  /* Typing in the cell's headline edits the model. */
  fw_ui_test_set_text_view (view, "Explains contrast agents");
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "Explains contrast agents");

  undo (window);
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, old_headline);
  shown = text_view_text (fw_statement_row_get_field_widget (fw_statement_list_find_row (list, statement),
                                                             FW_STATEMENT_FIELD_HEADLINE));
  g_assert_cmpstr (shown, ==, old_headline);
  redo (window);
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "Explains contrast agents");

  /* Saved and read back, the edit is there, in the same cell. */
  reopened = save_and_reopen (document);
  g_assert_cmpstr (fw_statement_get_headline (store_item (fw_domain_get_cell (domain_at (reopened, 0),
                                                                              FW_DURABLE_DEVELOPING),
                                                          0)),
                   ==, "Explains contrast agents");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_durable_keyboard_move (void)
{
  FwWindow *window = open_page_sample ();
  FwDocument *document = document_of (window);
  FwDurablePage *page = durable_page (window);
  FwDomain *domain = domain_at (document, 0);
  GListStore *developing = fw_domain_get_cell (domain, FW_DURABLE_DEVELOPING);
  GListStore *applying = fw_domain_get_cell (domain, FW_DURABLE_APPLYING);
  FwStatement *statement = store_item (developing, 0);
  guint n_developing = store_n (developing);
  guint n_applying = store_n (applying);
  guint total_developing = fw_durable_page_get_level_total (page, FW_DURABLE_DEVELOPING);
  guint total_applying = fw_durable_page_get_level_total (page, FW_DURABLE_APPLYING);
  FwStatementList *list = fw_durable_page_get_cell (page, domain, FW_DURABLE_DEVELOPING);
  FwStatementList *target = fw_durable_page_get_cell (page, domain, FW_DURABLE_APPLYING);

  g_assert_cmpuint (n_developing, >=, 2);
  g_assert_true (fw_statement_list_select_statement (list, statement, FW_STATEMENT_FIELD_HEADLINE));

  /* Alt+Down within the cell; the focus stays in the headline being edited. */
  g_assert_true (press_key (window, GDK_KEY_Down, GDK_ALT_MASK));
  g_assert_cmpuint (store_position (developing, statement), ==, 1);
  g_assert_true (gtk_widget_has_focus (
    fw_statement_row_get_field_widget (fw_statement_list_find_row (list, statement),
                                       FW_STATEMENT_FIELD_HEADLINE)));

  /* Alt+Right: to the Applying cell of the same domain. */
  g_assert_true (press_key (window, GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_cmpuint (store_position (developing, statement), ==, G_MAXUINT);
  g_assert_cmpuint (store_position (applying, statement), ==, 1);
  g_assert_cmpuint (store_n (developing), ==, n_developing - 1);
  g_assert_cmpuint (store_n (applying), ==, n_applying + 1);
  g_assert_true (fw_statement_list_get_selected (target) == statement);
  g_assert_true (focus_is_in (window, GTK_WIDGET (fw_statement_list_find_row (target, statement))));
  /* The column totals follow. */
  g_assert_cmpuint (fw_durable_page_get_level_total (page, FW_DURABLE_DEVELOPING), ==,
                    total_developing - 1);
  g_assert_cmpuint (fw_durable_page_get_level_total (page, FW_DURABLE_APPLYING), ==,
                    total_applying + 1);

  /* Alt+Up, then Alt+Left back. */
  g_assert_true (press_key (window, GDK_KEY_Up, GDK_ALT_MASK));
  g_assert_cmpuint (store_position (applying, statement), ==, 0);
  g_assert_true (press_key (window, GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpuint (store_position (developing, statement), ==, 0);

  /* Each move is one undo step. */
  undo (window);
  g_assert_cmpuint (store_position (applying, statement), ==, 0);
  undo (window);
  g_assert_cmpuint (store_position (applying, statement), ==, 1);
  undo (window);
  g_assert_cmpuint (store_position (developing, statement), ==, 1);
  redo (window);
  g_assert_cmpuint (store_position (applying, statement), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_durable_domains (void)
{
  FwWindow *window = open_page_sample ();
  FwDocument *document = document_of (window);
  FwDurablePage *page = durable_page (window);
  GListStore *domains = fw_document_get_domains (document);
  guint n = store_n (domains);
  FwDomain *first = domain_at (document, 0);
  FwDomain *second = domain_at (document, 1);
  FwDomain *added;
  GtkWidget *entry;
  AdwMessageDialog *dialog;

  /* Add, then rename by typing. */
  click (fw_durable_page_get_add_domain_button (page));
  g_assert_cmpuint (store_n (domains), ==, n + 1);
  added = domain_at (document, n);
  entry = fw_domain_row_get_name_entry (fw_durable_page_get_domain_row (page, added));
  g_assert_true (gtk_widget_has_focus (entry) || focus_is_in (window, entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Curiosity");
  g_assert_cmpstr (fw_domain_get_name (added), ==, "Curiosity");
  /* An empty domain goes without a question. */
  click (fw_domain_row_get_button (fw_durable_page_get_domain_row (page, added),
                                                 "remove"));
  g_assert_cmpuint (store_n (domains), ==, n);
  undo (window);
  g_assert_cmpuint (store_n (domains), ==, n + 1);
  g_assert_cmpstr (fw_domain_get_name (domain_at (document, n)), ==, "Curiosity");

  /* Reorder. */
  click (fw_domain_row_get_button (fw_durable_page_get_domain_row (page, first),
                                                 "down"));
  g_assert_cmpuint (store_position (domains, first), ==, 1);
  g_assert_cmpuint (store_position (domains, second), ==, 0);
  undo (window);
  g_assert_cmpuint (store_position (domains, first), ==, 0);

  /* A domain with statements asks first: Cancel keeps it, Remove removes it. */
  fw_durable_page_remove_domain (page, first);
  dialog = fw_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (store_position (domains, first), ==, 0);
  click (fw_domain_row_get_button (fw_durable_page_get_domain_row (page, first),
                                                 "remove"));
  dialog = fw_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "remove");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (store_position (domains, first), ==, G_MAXUINT);
  g_assert_null (fw_durable_page_get_domain_row (page, first));
  undo (window);
  g_assert_cmpuint (store_position (domains, first), ==, 0);
  g_assert_nonnull (fw_durable_page_get_cell (page, first, FW_DURABLE_EMERGING));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_durable_finding_focus (void)
{
  FwWindow *window = open_page_sample ();
  FwDurablePage *page = durable_page (window);
  g_autoptr(FwFinding) cell_finding = NULL;
  g_autoptr(FwFinding) cite_finding = NULL;
  FwDocument *document = document_of (window);
  FwDomain *domain = domain_at (document, 0);
  FwStatement *statement = store_item (fw_domain_get_cell (domain, FW_DURABLE_EMERGING), 0);
  const char *none[] = { NULL };
  FwStatementList *list;

  /* An empty cell (the sample's Character domain has no Emerging statements). */
  cell_finding = find_finding (window, "FW-DUR-002", "durableSkills.");
  g_assert_nonnull (cell_finding);
  g_assert_true (fw_window_focus_finding (window, cell_finding));
  g_assert_cmpstr (fw_window_get_section (window), ==, "durable-skills");
  {
    g_auto(GStrv) parts = g_strsplit (fw_finding_get_path (cell_finding), ".", -1);
    FwDurableLevel level;
    FwDomain *cell_domain = NULL;

    g_assert_true (fw_durable_level_from_string (parts[2], &level));
    for (guint i = 0; i < store_n (fw_document_get_domains (document)); i++)
      if (g_str_equal (fw_domain_get_name (domain_at (document, i)), parts[1]))
        cell_domain = domain_at (document, i);
    g_assert_nonnull (cell_domain);
    list = fw_durable_page_get_cell (page, cell_domain, level);
    g_assert_true (gtk_widget_has_focus (fw_statement_list_get_add_button (list)));
    g_assert_true (fw_statement_list_has_list_findings (list));
  }

  /* An uncited statement jumps to its citation chips' add button. */
  fw_document_run (document, fw_command_set_strv_new (G_OBJECT (statement), "citations", none));
  cite_finding = find_finding (window, "FW-CIT-001", "durableSkills.");
  g_assert_nonnull (cite_finding);
  g_assert_cmpstr (fw_finding_get_statement_id (cite_finding), ==, fw_statement_get_id (statement));
  fw_window_show_section (window, "overview");
  g_assert_true (fw_window_focus_finding (window, cite_finding));
  list = fw_durable_page_get_cell (page, domain, FW_DURABLE_EMERGING);
  g_assert_true (focus_is_in (window,
    fw_citation_chips_get_add_button (fw_statement_list_find_chips (list, statement))));

  gtk_window_destroy (GTK_WINDOW (window));
}


static void
test_durable_drop (void)
{
  FwWindow *window = open_page_sample ();
  FwDocument *document = document_of (window);
  FwDurablePage *page = durable_page (window);
  FwDomain *domain = domain_at (document, 1);
  GListStore *emerging = fw_domain_get_cell (domain, FW_DURABLE_EMERGING);
  GListStore *exceeding = fw_domain_get_cell (domain, FW_DURABLE_EXCEEDING);
  FwStatement *statement = store_item (emerging, 0);
  FwStatementList *target = fw_durable_page_get_cell (page, domain, FW_DURABLE_EXCEEDING);
  guint n = store_n (exceeding);

  /* Dropped below the last row of another cell: appended there. */
  fw_ui_test_iterate (100);
  g_assert_true (fw_statement_list_drop_statement (target, statement,
                                                   gtk_widget_get_height (GTK_WIDGET (target)) - 1));
  g_assert_cmpuint (store_position (exceeding, statement), ==, n);
  g_assert_cmpuint (store_position (emerging, statement), ==, G_MAXUINT);
  /* Level statements cannot be dropped into the durable-skill table. */
  g_assert_false (fw_statement_list_drop_statement (target,
    store_item (fw_level_get_statements (fw_document_get_level (document, FW_LEVEL_EMERGING)), 0),
    0));
  undo (window);
  g_assert_cmpuint (store_position (emerging, statement), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Sources -------------------------------------------------------------------------------- */

static FwSourcesPage *
sources_page (FwWindow *window)
{
  fw_window_show_section (window, "sources");
  return FW_SOURCES_PAGE (fw_window_get_page (window, "sources"));
}

static FwSource *
source_by_id (FwDocument *document,
              const char *id)
{
  FwSource *source = fw_document_find_source (document, id);

  g_assert_nonnull (source);
  return source;
}

static void
test_sources_edit (void)
{
  FwWindow *window = open_page_sample ();
  FwDocument *document = document_of (window);
  FwSourcesPage *page = sources_page (window);
  FwSource *source = source_by_id (document, "src-o-net-v30-2");
  FwSourceRow *row = fw_sources_page_get_row (page, source);
  guint cited = fw_document_count_citations (document, "src-o-net-v30-2");
  g_autoptr(FwDocument) reopened = NULL;
  FwSource *added;
  GListStore *store = fw_document_get_sources (document);
  guint n = store_n (store);

  g_assert_nonnull (row);
  g_assert_cmpuint (fw_source_row_get_count (row), ==, cited);
  g_assert_cmpuint (cited, >, 0);

  /* Typing in the fields. */
  gtk_editable_set_text (GTK_EDITABLE (fw_source_row_get_entry (row, "short-label")), "O*NET 30.2");
  gtk_editable_set_text (GTK_EDITABLE (fw_source_row_get_entry (row, "url")),
                         "https://www.onetcenter.org/");
  g_assert_cmpstr (fw_source_get_short_label (source), ==, "O*NET 30.2");
  g_assert_cmpstr (fw_source_get_url (source), ==, "https://www.onetcenter.org/");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "O*NET 30.2");
  undo (window);
  g_assert_null (fw_source_get_url (source));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fw_source_row_get_entry (row, "url"))), ==, "");
  undo (window);
  g_assert_cmpstr (fw_source_get_short_label (source), ==, "O*NET v30.2");
  redo (window);
  redo (window);
  g_assert_cmpstr (fw_source_get_short_label (source), ==, "O*NET 30.2");

  /* The count follows the citations live. */
  {
    FwStatement *statement = store_item (fw_level_get_ai_statements (fw_document_get_level (document,
                                                                                            FW_LEVEL_EMERGING)), 0);
    const char *cites[] = { "src-o-net-v30-2", NULL };

    g_assert_false (fw_statement_cites (statement, "src-o-net-v30-2"));
    fw_document_run (document, fw_command_set_strv_new (G_OBJECT (statement), "citations", cites));
    g_assert_cmpuint (fw_source_row_get_count (row), ==, cited + 1);
    undo (window);
    g_assert_cmpuint (fw_source_row_get_count (row), ==, cited);
  }

  /* Add a source through the page; its short label has the focus. */
  added = fw_sources_page_add_source (page);
  g_assert_cmpuint (store_n (store), ==, n + 1);
  g_assert_true (gtk_widget_has_focus (fw_source_row_get_entry (fw_sources_page_get_row (page, added),
                                                                "short-label")) ||
                 focus_is_in (window, fw_source_row_get_entry (fw_sources_page_get_row (page, added),
                                                               "short-label")));
  gtk_editable_set_text (GTK_EDITABLE (fw_source_row_get_entry (fw_sources_page_get_row (page, added),
                                                                "title")), "Local Practice Guide");
  gtk_editable_set_text (GTK_EDITABLE (fw_source_row_get_entry (fw_sources_page_get_row (page, added),
                                                                "license")), "CC BY 4.0");

  reopened = save_and_reopen (document);
  g_assert_cmpstr (fw_source_get_short_label (source_by_id (reopened, "src-o-net-v30-2")), ==,
                   "O*NET 30.2");
  g_assert_cmpstr (fw_source_get_url (source_by_id (reopened, "src-o-net-v30-2")), ==,
                   "https://www.onetcenter.org/");
  g_assert_cmpstr (fw_source_get_title (source_by_id (reopened, fw_source_get_id (added))), ==,
                   "Local Practice Guide");
  g_assert_cmpstr (fw_source_get_license (source_by_id (reopened, fw_source_get_id (added))), ==,
                   "CC BY 4.0");
  g_assert_null (fw_source_get_publisher (source_by_id (reopened, fw_source_get_id (added))));

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkDropDown *
dialog_drop_down (AdwMessageDialog *dialog)
{
  GtkWidget *extra = adw_message_dialog_get_extra_child (dialog);

  g_assert_nonnull (extra);
  for (GtkWidget *child = gtk_widget_get_first_child (extra);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_DROP_DOWN (child))
        return GTK_DROP_DOWN (child);
    }
  g_assert_not_reached ();
  return NULL;
}

static void
test_sources_remove_dialog (void)
{
  FwWindow *window = open_page_sample ();
  FwDocument *document = document_of (window);
  FwSourcesPage *page = sources_page (window);
  GListStore *store = fw_document_get_sources (document);
  FwSource *wef = source_by_id (document, "src-wef-skills-taxonomy");
  guint n = store_n (store);
  guint wef_cited = fw_document_count_citations (document, "src-wef-skills-taxonomy");
  guint aei_cited = fw_document_count_citations (document, "src-anthropic-economic-index");
  guint pathsmith_cited = fw_document_count_citations (document, "src-pathsmith-durable-skills");
  AdwMessageDialog *dialog;
  GtkDropDown *drop_down;
  GtkStringList *labels;
  guint choice = G_MAXUINT;
  g_autoptr(FwDocument) reopened = NULL;

  g_assert_cmpuint (wef_cited, >, 0);

  /* Answer "Remove Citations": the source and every citation of it go, in one undo step. */
  click (fw_source_row_get_remove_button (fw_sources_page_get_row (page, wef)));
  dialog = fw_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "remove-citations");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (store_n (store), ==, n - 1);
  g_assert_null (fw_document_find_source (document, "src-wef-skills-taxonomy"));
  g_assert_cmpuint (fw_document_count_citations (document, "src-wef-skills-taxonomy"), ==, 0);
  g_assert_cmpuint (fw_document_count_citations (document, "src-anthropic-economic-index"), ==,
                    aei_cited);
  undo (window);
  g_assert_cmpuint (store_n (store), ==, n);
  g_assert_cmpuint (fw_document_count_citations (document, "src-wef-skills-taxonomy"), ==, wef_cited);
  g_assert_nonnull (fw_sources_page_get_row (page, wef));

  /* Answer "Replace" with the Anthropic Economic Index. */
  fw_sources_page_remove_source (page, wef);
  dialog = fw_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  drop_down = dialog_drop_down (dialog);
  labels = GTK_STRING_LIST (gtk_drop_down_get_model (drop_down));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (labels)); i++)
    if (g_str_equal (gtk_string_list_get_string (labels, i), "Anthropic Economic Index"))
      choice = i;
  g_assert_cmpuint (choice, !=, G_MAXUINT);
  gtk_drop_down_set_selected (drop_down, choice);
  adw_message_dialog_response (dialog, "replace");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (fw_document_find_source (document, "src-wef-skills-taxonomy"));
  g_assert_cmpuint (fw_document_count_citations (document, "src-wef-skills-taxonomy"), ==, 0);
  /* Statements citing both keep one citation of the replacement. */
  g_assert_cmpuint (fw_document_count_citations (document, "src-anthropic-economic-index"), >,
                    aei_cited);
  g_assert_cmpuint (fw_document_count_citations (document, "src-anthropic-economic-index"), <=,
                    aei_cited + wef_cited);
  g_assert_cmpuint (fw_document_count_citations (document, "src-pathsmith-durable-skills"), ==,
                    pathsmith_cited);
  reopened = save_and_reopen (document);
  g_assert_null (fw_document_find_source (reopened, "src-wef-skills-taxonomy"));
  g_assert_cmpuint (fw_document_count_citations (reopened, "src-anthropic-economic-index"), ==,
                    fw_document_count_citations (document, "src-anthropic-economic-index"));
  undo (window);
  g_assert_cmpuint (fw_document_count_citations (document, "src-wef-skills-taxonomy"), ==, wef_cited);
  g_assert_cmpuint (fw_document_count_citations (document, "src-anthropic-economic-index"), ==,
                    aei_cited);

  /* Cancel changes nothing. */
  fw_sources_page_remove_source (page, wef);
  dialog = fw_ui_test_find_dialog ();
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (store_n (store), ==, n);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_sources_finding_focus (void)
{
  FwWindow *window = open_page_sample ();
  FwSourcesPage *page = sources_page (window);
  FwSource *added = fw_sources_page_add_source (page);
  g_autoptr(FwFinding) finding = NULL;
  FwSourceRow *row;

  /* A source nobody cites is a finding about the registry entry. */
  g_assert_nonnull (added);
  finding = find_finding (window, "FW-CIT-003", "sources[");
  g_assert_nonnull (finding);
  fw_window_show_section (window, "overview");
  g_assert_true (fw_window_focus_finding (window, finding));
  g_assert_cmpstr (fw_window_get_section (window), ==, "sources");
  row = fw_sources_page_get_row (page, added);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_true (focus_is_in (window, fw_source_row_get_entry (row, "short-label")));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Evidence ------------------------------------------------------------------------------- */

static FwEvidencePage *
evidence_page (FwWindow *window)
{
  fw_window_show_section (window, "evidence");
  return FW_EVIDENCE_PAGE (fw_window_get_page (window, "evidence"));
}

/* The number rows name their buttons after the field, for the pointer and for screen readers,
 * and "Set" keeps its mnemonic. */
static void
test_evidence_button_labels (void)
{
  FwWindow *window = open_page_sample ();
  FwEvidencePage *page = evidence_page (window);
  GtkWidget *clear = fw_evidence_page_get_clear_button (page, "augment-share");
  GtkWidget *set;

  g_assert_nonnull (clear);
  g_assert_cmpstr (fw_widget_get_tooltip (clear), ==, "Clear Augmentation Share");
  g_assert_null (fw_evidence_page_get_clear_button (page, "quadrant"));
  g_signal_emit_by_name (clear, "clicked");
  set = fw_evidence_page_get_field_widget (page, "augment-share");
  g_assert_true (GTK_IS_BUTTON (set));
  g_assert_cmpstr (fw_widget_get_tooltip (set), ==, "Set Augmentation Share");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (set)), ==, "_Set");
  g_assert_true (gtk_button_get_use_underline (GTK_BUTTON (set)));
  g_assert_cmpstr (fw_widget_get_tooltip (fw_evidence_page_get_clear_button (page, "ai-autonomy")),
                   ==, "Clear AI Autonomy");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_evidence_edit (void)
{
  FwWindow *window = open_page_sample ();
  FwDocument *document = document_of (window);
  FwEvidence *evidence = fw_document_get_evidence (document);
  FwEvidencePage *page = evidence_page (window);
  GtkWidget *spin = fw_evidence_page_get_field_widget (page, "time-saved");
  GtkWidget *combo = fw_evidence_page_get_field_widget (page, "precision");
  GtkWidget *wef_id = fw_evidence_page_get_field_widget (page, "wef-id");
  g_autoptr(FwDocument) reopened = NULL;
  g_autoptr(FwFinding) finding = NULL;

  g_assert_true (GTK_IS_SPIN_BUTTON (spin));
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), 85.5, 1e-9);

  /* A spin button edit, undone and redone. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 60);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "time-saved"), 60, 1e-9);
  undo (window);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "time-saved"), 85.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), 85.5, 1e-9);
  redo (window);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "time-saved"), 60, 1e-9);

  /* A choice, and a text field that becomes absent when emptied. */
  g_assert_cmpstr (fw_evidence_get_string (evidence, "precision"), ==, "exact");
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), 0);
  g_assert_null (fw_evidence_get_string (evidence, "precision"));
  undo (window);
  g_assert_cmpstr (fw_evidence_get_string (evidence, "precision"), ==, "exact");
  gtk_editable_set_text (GTK_EDITABLE (wef_id), "");
  g_assert_false (fw_evidence_has (evidence, "wef-id"));

  /* Clearing a number makes it absent, not zero. */
  click (fw_evidence_page_get_clear_button (page, "ai-autonomy"));
  g_assert_false (fw_evidence_has (evidence, "ai-autonomy"));
  g_assert_false (GTK_IS_SPIN_BUTTON (fw_evidence_page_get_field_widget (page, "ai-autonomy")));

  reopened = save_and_reopen (document);
  evidence = fw_document_get_evidence (reopened);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "time-saved"), 60, 1e-9);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "augment-share"), 3.5, 1e-9);
  g_assert_cmpstr (fw_evidence_get_string (evidence, "precision"), ==, "exact");
  g_assert_false (fw_evidence_has (evidence, "wef-id"));
  g_assert_false (fw_evidence_has (evidence, "ai-autonomy"));

  /* A share out of range is a finding that focuses its spin button. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (fw_evidence_page_get_field_widget (page, "augment-share")),
                             100);
  fw_document_run (document, fw_command_set_double_new (G_OBJECT (fw_document_get_evidence (document)),
                                                        "augment-share", 355));
  /* Shown as it is, never clamped. */
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (GTK_SPIN_BUTTON (fw_evidence_page_get_field_widget (page, "augment-share"))),
                                  355, 1e-9);
  finding = find_finding (window, "FW-EVD-001", "evidence.");
  g_assert_nonnull (finding);
  fw_window_show_section (window, "overview");
  g_assert_true (fw_window_focus_finding (window, finding));
  g_assert_cmpstr (fw_window_get_section (window), ==, "evidence");
  g_assert_true (focus_is_in (window, fw_evidence_page_get_field_widget (page, "augment-share")));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A copy of the page sample whose evidence pack records only some fields. */
static char *
partial_evidence_path (void)
{
  const char *shared = g_getenv ("FW_SHARED_DIR");
  g_autofree char *sample = g_build_filename (shared != NULL ? shared : "../shared", "samples",
                                              "nsx-page-radiologic-technologists.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = fw_format_read_file (sample, FW_FORMAT_AUTO, NULL, &error);
  char *path = tmp_path ("partial-evidence.fwk");
  FwEvidence *evidence;

  g_assert_no_error (error);
  evidence = fw_document_get_evidence (document);
  g_object_set (evidence, "augment-share", NAN, "ai-autonomy", NAN, "quadrant", NULL,
                "wef-id", NULL, NULL);
  g_assert_true (fw_format_save (document, path, FW_FORMAT_FWK, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_evidence_absent_stays_absent (void)
{
  g_autofree char *path = partial_evidence_path ();
  FwWindow *window = fw_ui_test_open_path (fw_ui_test_get_app (), path);
  FwDocument *document = document_of (window);
  FwEvidence *evidence = fw_document_get_evidence (document);
  FwEvidencePage *page = evidence_page (window);
  g_autoptr(FwDocument) reopened = NULL;
  GtkWidget *set_button;

  g_assert_false (fw_evidence_has (evidence, "augment-share"));
  g_assert_true (fw_evidence_has (evidence, "time-saved"));
  fw_ui_test_iterate (100);
  /* Shown as "Not set", with a button, not as a zero. */
  set_button = fw_evidence_page_get_field_widget (page, "augment-share");
  g_assert_true (GTK_IS_BUTTON (set_button));
  g_assert_true (gtk_widget_get_mapped (set_button));
  g_assert_true (GTK_IS_SPIN_BUTTON (fw_evidence_page_get_field_widget (page, "time-saved")));
  g_assert_cmpint (adw_combo_row_get_selected (ADW_COMBO_ROW (fw_evidence_page_get_field_widget (page, "quadrant"))),
                   ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fw_evidence_page_get_field_widget (page, "wef-id"))),
                   ==, "");

  /* Focusing every field and saving leaves the absent ones absent, the others as they were. */
  for (guint i = 0; i < 4; i++)
    {
      static const char *properties[] = { "augment-share", "ai-autonomy", "quadrant", "wef-id" };

      gtk_widget_grab_focus (fw_evidence_page_get_field_widget (page, properties[i]));
      fw_ui_test_iterate (20);
    }
  gtk_widget_grab_focus (fw_evidence_page_get_field_widget (page, "time-saved"));
  fw_ui_test_iterate (20);
  gtk_widget_grab_focus (fw_evidence_page_get_field_widget (page, "top-skill"));
  fw_ui_test_iterate (20);
  g_assert_false (fw_history_can_undo (fw_document_get_history (document)));
  reopened = save_and_reopen (document);
  evidence = fw_document_get_evidence (reopened);
  g_assert_false (fw_evidence_has (evidence, "augment-share"));
  g_assert_false (fw_evidence_has (evidence, "ai-autonomy"));
  g_assert_false (fw_evidence_has (evidence, "quadrant"));
  g_assert_false (fw_evidence_has (evidence, "wef-id"));
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "time-saved"), 85.5, 1e-9);
  g_clear_object (&reopened);

  /* Set, then clear: absent again. */
  click (set_button);
  g_assert_true (fw_evidence_has (fw_document_get_evidence (document), "augment-share"));
  g_assert_true (GTK_IS_SPIN_BUTTON (fw_evidence_page_get_field_widget (page, "augment-share")));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (fw_evidence_page_get_field_widget (page, "augment-share")),
                             12);
  click (fw_evidence_page_get_clear_button (page, "augment-share"));
  g_assert_false (fw_evidence_has (fw_document_get_evidence (document), "augment-share"));
  reopened = save_and_reopen (document);
  g_assert_false (fw_evidence_has (fw_document_get_evidence (reopened), "augment-share"));
  undo (window);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (fw_document_get_evidence (document),
                                                          "augment-share"), 12, 1e-9);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* O*NET ---------------------------------------------------------------------------------- */

static FwOnetPage *
onet_page (FwWindow *window)
{
  fw_window_show_section (window, "onet");
  return FW_ONET_PAGE (fw_window_get_page (window, "onet"));
}

static void
test_onet_edit (void)
{
  FwWindow *window = open_page_sample ();
  FwDocument *document = document_of (window);
  FwOnet *onet = fw_document_get_onet (document);
  FwOnetPage *page = onet_page (window);
  FwStringListEditor *skills = fw_onet_page_get_list_editor (page, "skills");
  g_autofree char *first = g_strdup (fw_onet_get_strv (onet, "skills")[0]);
  g_autofree char *second = g_strdup (fw_onet_get_strv (onet, "skills")[1]);
  guint n = g_strv_length ((char **) fw_onet_get_strv (onet, "skills"));
  g_autoptr(FwDocument) reopened = NULL;
  GtkWidget *entry;

  g_assert_cmpuint (fw_string_list_editor_get_n_items (skills), ==, n);

  /* Typing in an item. */
  gtk_editable_set_text (GTK_EDITABLE (fw_string_list_editor_get_entry (skills, 0)),
                         "Active Listening Skills");
  g_assert_cmpstr (fw_onet_get_strv (onet, "skills")[0], ==, "Active Listening Skills");
  undo (window);
  g_assert_cmpstr (fw_onet_get_strv (onet, "skills")[0], ==, first);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fw_string_list_editor_get_entry (skills, 0))),
                   ==, first);
  redo (window);
  g_assert_cmpstr (fw_onet_get_strv (onet, "skills")[0], ==, "Active Listening Skills");

  /* Add, move, remove: one command each. */
  entry = fw_string_list_editor_get_add_entry (skills);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Equipment Maintenance");
  g_signal_emit_by_name (entry, "apply");
  g_assert_cmpuint (g_strv_length ((char **) fw_onet_get_strv (onet, "skills")), ==, n + 1);
  g_assert_cmpstr (fw_onet_get_strv (onet, "skills")[n], ==, "Equipment Maintenance");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  fw_string_list_editor_move (skills, 0, 1);
  g_assert_cmpstr (fw_onet_get_strv (onet, "skills")[0], ==, second);
  g_assert_cmpstr (fw_onet_get_strv (onet, "skills")[1], ==, "Active Listening Skills");
  fw_string_list_editor_remove (skills, 0);
  g_assert_cmpuint (g_strv_length ((char **) fw_onet_get_strv (onet, "skills")), ==, n);
  undo (window);
  g_assert_cmpstr (fw_onet_get_strv (onet, "skills")[0], ==, second);

  /* Apprenticeships and tasks are edited field by field. */
  entry = fw_onet_page_get_item_entry (page, "apprenticeships", 0, "title");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Radiologic Technologist (Hybrid)");
  {
    g_autoptr(FwApprenticeship) apprenticeship =
      g_list_model_get_item (G_LIST_MODEL (fw_onet_get_apprenticeships (onet)), 0);

    g_assert_cmpstr (fw_apprenticeship_get_title (apprenticeship), ==,
                     "Radiologic Technologist (Hybrid)");
  }
  fw_onet_page_add_item (page, "tasks");
  entry = fw_onet_page_get_item_entry (page, "tasks",
                                       store_n (fw_onet_get_tasks (onet)) - 1, "text");
  g_assert_true (focus_is_in (window, entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Operate mobile imaging units at the bedside.");
  gtk_editable_set_text (GTK_EDITABLE (fw_onet_page_get_item_entry (page, "tasks",
                                                                    store_n (fw_onet_get_tasks (onet)) - 1,
                                                                    "task-id")), "98765");

  reopened = save_and_reopen (document);
  g_assert_true (g_strv_equal ((const char * const *) fw_onet_get_strv (fw_document_get_onet (reopened), "skills"),
                               fw_onet_get_strv (onet, "skills")));
  {
    GListStore *tasks = fw_onet_get_tasks (fw_document_get_onet (reopened));
    g_autoptr(FwTask) task = g_list_model_get_item (G_LIST_MODEL (tasks), store_n (tasks) - 1);
    g_autoptr(FwApprenticeship) apprenticeship =
      g_list_model_get_item (G_LIST_MODEL (fw_onet_get_apprenticeships (fw_document_get_onet (reopened))), 0);

    g_assert_cmpstr (fw_task_get_text (task), ==, "Operate mobile imaging units at the bedside.");
    g_assert_cmpstr (fw_task_get_task_id (task), ==, "98765");
    g_assert_cmpstr (fw_apprenticeship_get_title (apprenticeship), ==,
                     "Radiologic Technologist (Hybrid)");
  }
  g_assert_cmpint (fw_onet_get_anchor_count (fw_document_get_onet (reopened)), ==,
                   fw_onet_get_anchor_count (onet));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Each task is shown by an FwTaskRow holding that task; editing its text through the row is
 * one command, and undo brings the text back into the model and the row. */
static void
test_onet_task_rows (void)
{
  FwWindow *window = open_page_sample ();
  FwOnet *onet = fw_document_get_onet (document_of (window));
  FwOnetPage *page = onet_page (window);
  GListStore *tasks = fw_onet_get_tasks (onet);
  g_autoptr(FwTask) second = NULL;
  g_autofree char *text = NULL;
  GtkWidget *entry;
  GtkWidget *row;

  g_assert_cmpuint (store_n (tasks), >=, 2);
  for (guint i = 0; i < store_n (tasks); i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (G_LIST_MODEL (tasks), i);

      entry = fw_onet_page_get_item_entry (page, "tasks", i, "text");
      row = gtk_widget_get_ancestor (entry, FW_TYPE_TASK_ROW);
      g_assert_nonnull (row);
      g_assert_true (fw_task_row_get_task (FW_TASK_ROW (row)) == task);
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                       fw_task_get_text (task));
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, fw_task_get_text (task));
    }

  second = g_list_model_get_item (G_LIST_MODEL (tasks), 1);
  text = g_strdup (fw_task_get_text (second));
  entry = fw_onet_page_get_item_entry (page, "tasks", 1, "text");
  row = gtk_widget_get_ancestor (entry, FW_TYPE_TASK_ROW);
  gtk_editable_set_text (GTK_EDITABLE (fw_task_row_get_entry (FW_TASK_ROW (row), "text")),
                         "Calibrate the scanner before each session.");
  g_assert_cmpstr (fw_task_get_text (second), ==, "Calibrate the scanner before each session.");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Calibrate the scanner before each session.");
  undo (window);
  g_assert_cmpstr (fw_task_get_text (second), ==, text);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, text);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, text);
  /* The row kept its identity through the edit and the undo. */
  g_assert_true (fw_onet_page_get_item_entry (page, "tasks", 1, "text") == entry);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_onet_cip_and_anchors (void)
{
  FwWindow *window = open_page_sample ();
  FwDocument *document = document_of (window);
  FwOnet *onet = fw_document_get_onet (document);
  FwOnetPage *page = onet_page (window);
  FwStringListEditor *cip = fw_onet_page_get_list_editor (page, "cip-codes");
  g_autoptr(FwFinding) finding = NULL;
  GListStore *tasks = fw_onet_get_tasks (onet);
  FwStatement *statement = store_item (fw_level_get_statements (fw_document_get_level (document,
                                                                                       FW_LEVEL_DEVELOPING)), 0);
  guint n = g_strv_length ((char **) fw_onet_get_strv (onet, "cip-codes"));
  g_auto(GStrv) anchored = NULL;
  g_autoptr(FwTask) task = NULL;
  const char *anchors[] = { NULL, NULL };

  /* A malformed CIP code is marked at once and is a finding that focuses its entry. */
  g_assert_true (fw_string_list_editor_append (cip, "51.09"));
  g_assert_cmpuint (fw_string_list_editor_get_n_items (cip), ==, n + 1);
  g_assert_true (fw_string_list_editor_item_has_error (cip, n));
  if (n > 0)
    g_assert_false (fw_string_list_editor_item_has_error (cip, 0));
  finding = find_finding (window, "FW-ONT-001", "onet.cipCodes");
  g_assert_nonnull (finding);
  fw_window_show_section (window, "overview");
  g_assert_true (fw_window_focus_finding (window, finding));
  g_assert_cmpstr (fw_window_get_section (window), ==, "onet");
  g_assert_true (focus_is_in (window, fw_string_list_editor_get_entry (cip, n)));
  gtk_editable_set_text (GTK_EDITABLE (fw_string_list_editor_get_entry (cip, n)), "51.0911");
  g_assert_false (fw_string_list_editor_item_has_error (cip, n));

  /* A task lists the statements anchored to it. */
  if (store_n (tasks) == 0)
    fw_onet_page_add_item (page, "tasks");
  task = g_list_model_get_item (G_LIST_MODEL (tasks), 0);
  if (fw_task_get_task_id (task) == NULL)
    gtk_editable_set_text (GTK_EDITABLE (fw_onet_page_get_item_entry (page, "tasks", 0, "task-id")),
                           "12345");
  anchored = fw_onet_page_get_task_anchors (page, 0);
  g_assert_false (g_strv_contains ((const char * const *) anchored,
                                   fw_statement_get_headline (statement)));
  g_clear_pointer (&anchored, g_strfreev);
  anchors[0] = fw_task_get_task_id (task);
  fw_document_run (document, fw_command_set_strv_new (G_OBJECT (statement), "anchors", anchors));
  anchored = fw_onet_page_get_task_anchors (page, 0);
  g_assert_true (g_strv_contains ((const char * const *) anchored,
                                  fw_statement_get_headline (statement)));
  g_clear_pointer (&anchored, g_strfreev);
  undo (window);
  anchored = fw_onet_page_get_task_anchors (page, 0);
  g_assert_false (g_strv_contains ((const char * const *) anchored,
                                   fw_statement_get_headline (statement)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* AI fluency ----------------------------------------------------------------------------- */

static FwAiPage *
ai_page (FwWindow *window)
{
  fw_window_show_section (window, "ai-fluency");
  return FW_AI_PAGE (fw_window_get_page (window, "ai-fluency"));
}

static void
test_ai_edit_undo_redo (void)
{
  FwWindow *window = open_page_sample ();
  FwDocument *document = document_of (window);
  FwAiPage *page = ai_page (window);
  GListStore *store = fw_level_get_ai_statements (fw_document_get_level (document,
                                                                         FW_LEVEL_PROFICIENT));
  FwStatementList *list = fw_ai_page_get_list (page, FW_LEVEL_PROFICIENT);
  FwStatement *statement = store_item (store, 0);
  g_autofree char *old_body = g_strdup (fw_statement_get_body (statement));
  guint n = store_n (store);
  g_autoptr(FwDocument) reopened = NULL;
  FwStatement *added;

  fw_ui_test_set_text_view (fw_statement_row_get_field_widget (fw_statement_list_find_row (list, statement),
                                                               FW_STATEMENT_FIELD_BODY),
                            "reviews AI-drafted protocols against department policy");
  g_assert_cmpstr (fw_statement_get_body (statement), ==,
                   "reviews AI-drafted protocols against department policy");
  undo (window);
  g_assert_cmpstr (fw_statement_get_body (statement), ==, old_body);
  redo (window);
  g_assert_cmpstr (fw_statement_get_body (statement), ==,
                   "reviews AI-drafted protocols against department policy");

  /* Add through the column's button: the new statement's headline has the focus. */
  click (fw_statement_list_get_add_button (list));
  g_assert_cmpuint (store_n (store), ==, n + 1);
  added = store_item (store, n);
  g_assert_true (gtk_widget_has_focus (
    fw_statement_row_get_field_widget (fw_statement_list_find_row (list, added),
                                       FW_STATEMENT_FIELD_HEADLINE)));
  fw_ui_test_set_text_view (fw_statement_row_get_field_widget (fw_statement_list_find_row (list, added),
                                                               FW_STATEMENT_FIELD_HEADLINE),
                            "Prompt review");
  /* Alt+Left moves it to the Developing level. */
  g_assert_true (press_key (window, GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpuint (store_position (fw_level_get_ai_statements (fw_document_get_level (document,
                                                                                        FW_LEVEL_DEVELOPING)),
                                    added), !=, G_MAXUINT);
  g_assert_cmpuint (store_n (store), ==, n);

  reopened = save_and_reopen (document);
  g_assert_cmpstr (fw_statement_get_body (store_item (fw_level_get_ai_statements (fw_document_get_level (reopened, FW_LEVEL_PROFICIENT)), 0)),
                   ==, "reviews AI-drafted protocols against department policy");
  g_assert_nonnull (fw_document_find_statement (reopened, fw_statement_get_id (added), NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_one_item (gpointer model)
{
  return g_list_model_get_n_items (model) == 1;
}

static void
test_ai_citations (void)
{
  FwWindow *window = open_page_sample ();
  FwDocument *document = document_of (window);
  FwAiPage *page = ai_page (window);
  GListStore *store = fw_level_get_ai_statements (fw_document_get_level (document,
                                                                         FW_LEVEL_EMERGING));
  FwStatementList *list = fw_ai_page_get_list (page, FW_LEVEL_EMERGING);
  FwStatement *statement = store_item (store, 0);
  FwCitationChips *chips = fw_statement_list_find_chips (list, statement);
  guint n_cited = g_strv_length ((char **) fw_statement_get_citations (statement));
  g_autoptr(FwFinding) finding = NULL;
  g_autoptr(FwSource) source = NULL;
  g_autofree char *first = NULL;
  GListModel *offered;

  g_assert_nonnull (chips);
  g_assert_cmpuint (fw_citation_chips_get_n_chips (chips), ==, n_cited);
  g_assert_cmpuint (n_cited, >, 0);
  first = g_strdup (fw_statement_get_citations (statement)[0]);

  /* Remove from the chip. */
  click (fw_citation_chips_get_remove_button (chips, first));
  g_assert_false (fw_statement_cites (statement, first));
  g_assert_cmpuint (fw_citation_chips_get_n_chips (chips), ==, n_cited - 1);
  undo (window);
  g_assert_true (fw_statement_cites (statement, first));

  /* Add through the picker: searching narrows the offered sources. */
  fw_citation_chips_open_picker (chips);
  /* The add button opens the picker, a popover of its own class. */
  g_assert_true (FW_IS_CITATION_PICKER (gtk_menu_button_get_popover (
    GTK_MENU_BUTTON (fw_citation_chips_get_add_button (chips)))));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (
    GTK_MENU_BUTTON (fw_citation_chips_get_add_button (chips))))));
  offered = fw_citation_chips_get_picker_model (chips);
  gtk_editable_set_text (fw_citation_chips_get_search_entry (chips), "pathsmith");
  /* The search entry waits for typing to pause. */
  g_assert_true (fw_ui_test_wait_until (has_one_item, offered, 2000));
  g_assert_cmpuint (g_list_model_get_n_items (offered), ==, 1);
  source = g_list_model_get_item (offered, 0);
  g_assert_cmpstr (fw_source_get_id (source), ==, "src-pathsmith-durable-skills");
  g_signal_emit_by_name (fw_citation_chips_get_search_entry (chips), "activate");
  g_assert_true (fw_statement_cites (statement, "src-pathsmith-durable-skills"));
  g_assert_cmpuint (fw_citation_chips_get_n_chips (chips), ==, n_cited + 1);
  /* A cited source is no longer offered. */
  gtk_editable_set_text (fw_citation_chips_get_search_entry (chips), "");
  fw_citation_chips_open_picker (chips);
  for (guint i = 0; i < g_list_model_get_n_items (offered); i++)
    {
      g_autoptr(FwSource) item = g_list_model_get_item (offered, i);

      g_assert_false (fw_statement_cites (statement, fw_source_get_id (item)));
    }

  /* An unknown id is a finding that jumps to this statement's citations. */
  {
    const char *cites[] = { "src-missing", NULL };

    fw_document_run (document, fw_command_set_strv_new (G_OBJECT (statement), "citations", cites));
  }
  finding = find_finding (window, "FW-CIT-002", "aiFluency.");
  g_assert_nonnull (finding);
  fw_window_show_section (window, "overview");
  g_assert_true (fw_window_focus_finding (window, finding));
  g_assert_cmpstr (fw_window_get_section (window), ==, "ai-fluency");
  g_assert_true (focus_is_in (window, fw_citation_chips_get_add_button (chips)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Findings about single fields of the evidence pack and the O*NET tasks -------------------- */

static void
test_evidence_choice_finding (void)
{
  FwWindow *window = open_page_sample ();
  FwDocument *document = document_of (window);
  FwEvidencePage *page = evidence_page (window);
  GtkWidget *quadrant = fw_evidence_page_get_field_widget (page, "quadrant");
  g_autoptr(FwFinding) finding = NULL;
  GListModel *choices;
  g_autoptr(GtkStringObject) shown = NULL;

  /* A quadrant the form does not know is kept, shown as it is, and is a finding. */
  fw_document_run (document, fw_command_set_string_new (G_OBJECT (fw_document_get_evidence (document)),
                                                        "quadrant", "Q9_unknown", FALSE));
  choices = adw_combo_row_get_model (ADW_COMBO_ROW (quadrant));
  shown = g_list_model_get_item (choices, adw_combo_row_get_selected (ADW_COMBO_ROW (quadrant)));
  g_assert_cmpstr (gtk_string_object_get_string (shown), ==, "Q9_unknown");
  finding = find_finding (window, "FW-EVD-005", "evidence.");
  g_assert_nonnull (finding);
  fw_window_show_section (window, "overview");
  g_assert_true (fw_window_focus_finding (window, finding));
  g_assert_cmpstr (fw_window_get_section (window), ==, "evidence");
  g_assert_true (focus_is_in (window, quadrant));

  /* Choosing a known value through the row fixes it: one undo step. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (quadrant), 2);
  g_assert_cmpstr (fw_evidence_get_string (fw_document_get_evidence (document), "quadrant"), ==,
                   fw_evidence_known_quadrants ()[1]);
  undo (window);
  g_assert_cmpstr (fw_evidence_get_string (fw_document_get_evidence (document), "quadrant"), ==,
                   "Q9_unknown");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_onet_task_id_finding (void)
{
  FwWindow *window = open_page_sample ();
  FwOnetPage *page = onet_page (window);
  GtkWidget *entry = fw_onet_page_get_item_entry (page, "tasks", 1, "task-id");
  g_autoptr(FwFinding) finding = NULL;

  /* A task id that O*NET does not know is a finding that focuses that task's id. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "99999");
  finding = find_finding (window, "FW-ONT-003", "onet.tasks[1]");
  g_assert_nonnull (finding);
  fw_window_show_section (window, "overview");
  g_assert_true (fw_window_focus_finding (window, finding));
  g_assert_cmpstr (fw_window_get_section (window), ==, "onet");
  g_assert_true (focus_is_in (window, fw_onet_page_get_item_entry (page, "tasks", 1, "task-id")));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* AI fluency findings -------------------------------------------------------------------- */

static void
test_ai_finding_focus (void)
{
  FwWindow *window = open_page_sample ();
  FwDocument *document = document_of (window);
  FwAiPage *page = ai_page (window);
  GListStore *store = fw_level_get_ai_statements (fw_document_get_level (document,
                                                                         FW_LEVEL_DEVELOPING));
  FwStatementList *list = fw_ai_page_get_list (page, FW_LEVEL_DEVELOPING);
  FwStatement *statement = store_item (store, 1);
  g_autoptr(FwFinding) headline_finding = NULL;
  g_autoptr(FwFinding) empty_finding = NULL;

  /* An empty headline jumps to that statement's headline, in its level's column. */
  fw_document_run (document, fw_command_set_string_new (G_OBJECT (statement), "headline", "",
                                                        FALSE));
  headline_finding = find_finding (window, "FW-STM-001", "aiFluency.");
  g_assert_nonnull (headline_finding);
  g_assert_cmpstr (fw_finding_get_statement_id (headline_finding), ==,
                   fw_statement_get_id (statement));
  fw_window_show_section (window, "overview");
  g_assert_true (fw_window_focus_finding (window, headline_finding));
  g_assert_cmpstr (fw_window_get_section (window), ==, "ai-fluency");
  g_assert_true (gtk_widget_has_focus (
    fw_statement_row_get_field_widget (fw_statement_list_find_row (list, statement),
                                       FW_STATEMENT_FIELD_HEADLINE)));
  undo (window);

  /* A level without AI statements jumps to its "Add Statement" button. */
  while (store_n (store) > 0)
    fw_document_run (document, fw_command_remove_new (store, 0));
  empty_finding = find_finding (window, "FW-LVL-005", NULL);
  g_assert_nonnull (empty_finding);
  fw_window_show_section (window, "overview");
  g_assert_true (fw_window_focus_finding (window, empty_finding));
  g_assert_cmpstr (fw_window_get_section (window), ==, "ai-fluency");
  g_assert_true (gtk_widget_has_focus (fw_statement_list_get_add_button (list)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Levels: citation chips and the inspector ------------------------------------------------ */

static FwLevelsPage *
levels_page (FwWindow *window)
{
  fw_window_show_section (window, "levels");
  return FW_LEVELS_PAGE (fw_window_get_page (window, "levels"));
}

static gboolean
picker_offers_one (gpointer model)
{
  return g_list_model_get_n_items (model) == 1;
}

/* Adds @source_id to @chips through its picker, as a user searching for @search would. */
static void
pick_source (FwCitationChips *chips,
             const char      *search,
             const char      *source_id)
{
  g_autoptr(FwSource) offered = NULL;

  fw_citation_chips_open_picker (chips);
  gtk_editable_set_text (fw_citation_chips_get_search_entry (chips), search);
  g_assert_true (fw_ui_test_wait_until (picker_offers_one, fw_citation_chips_get_picker_model (chips),
                                        2000));
  offered = g_list_model_get_item (fw_citation_chips_get_picker_model (chips), 0);
  g_assert_cmpstr (fw_source_get_id (offered), ==, source_id);
  g_signal_emit_by_name (fw_citation_chips_get_search_entry (chips), "activate");
}

static void
test_levels_citation_chips (void)
{
  FwWindow *window = open_page_sample ();
  FwDocument *document = document_of (window);
  FwLevelsPage *page = levels_page (window);
  FwStatement *statement = store_item (fw_level_get_statements (fw_document_get_level (document,
                                                                                       FW_LEVEL_PROFICIENT)), 0);
  FwSource *onet = source_by_id (document, "src-o-net-v30-2");
  FwCitationChips *chips;
  FwCitationChips *inspector_chips;
  GtkWidget *link;
  guint n_cited = g_strv_length ((char **) fw_statement_get_citations (statement));
  g_autoptr(FwDocument) reopened = NULL;

  chips = fw_statement_row_get_chips (FW_STATEMENT_ROW (fw_ui_test_find_row (window, statement)));
  g_assert_nonnull (chips);
  g_assert_cmpuint (fw_citation_chips_get_n_chips (chips), ==, n_cited);
  g_assert_true (fw_levels_page_select_statement (page, statement, FW_STATEMENT_FIELD_NONE));
  fw_levels_page_set_inspector_visible (page, TRUE);
  inspector_chips = fw_inspector_get_citation_chips (fw_levels_page_get_inspector (page));
  g_assert_cmpuint (fw_citation_chips_get_n_chips (inspector_chips), ==, n_cited);
  g_assert_false (fw_statement_cites (statement, "src-anthropic-economic-index"));
  g_assert_false (fw_statement_cites (statement, "src-o-net-v30-2"));

  /* Added through the grid's picker, searched by the source's full title; the inspector
   * follows, and undo and redo take it away and back. */
  pick_source (chips, "economic index", "src-anthropic-economic-index");
  g_assert_true (fw_statement_cites (statement, "src-anthropic-economic-index"));
  g_assert_cmpuint (fw_citation_chips_get_n_chips (chips), ==, n_cited + 1);
  g_assert_nonnull (fw_citation_chips_get_chip (inspector_chips, "src-anthropic-economic-index"));
  undo (window);
  g_assert_false (fw_statement_cites (statement, "src-anthropic-economic-index"));
  g_assert_null (fw_citation_chips_get_chip (chips, "src-anthropic-economic-index"));
  g_assert_null (fw_citation_chips_get_chip (inspector_chips, "src-anthropic-economic-index"));
  redo (window);
  g_assert_nonnull (fw_citation_chips_get_chip (chips, "src-anthropic-economic-index"));

  /* Added through the inspector's picker. */
  pick_source (inspector_chips, "v30", "src-o-net-v30-2");
  g_assert_true (fw_statement_cites (statement, "src-o-net-v30-2"));
  g_assert_cmpuint (fw_citation_chips_get_n_chips (chips), ==, n_cited + 2);

  /* Each chip shows the short label; hovering shows the full title. */
  g_assert_cmpstr (fw_citation_chips_get_label (chips, "src-o-net-v30-2"), ==,
                   fw_source_get_short_label (onet));
  g_assert_cmpstr (fw_widget_get_tooltip (fw_citation_chips_get_chip (chips, "src-o-net-v30-2")),
                   ==, fw_source_get_title (onet));

  /* Removed from the chip: one undo step. */
  click (fw_citation_chips_get_remove_button (chips, "src-anthropic-economic-index"));
  g_assert_false (fw_statement_cites (statement, "src-anthropic-economic-index"));
  g_assert_true (fw_statement_cites (statement, "src-o-net-v30-2"));
  g_assert_cmpuint (fw_citation_chips_get_n_chips (chips), ==, n_cited + 1);
  g_assert_cmpuint (fw_citation_chips_get_n_chips (inspector_chips), ==, n_cited + 1);
  undo (window);
  g_assert_true (fw_statement_cites (statement, "src-anthropic-economic-index"));
  g_assert_cmpuint (fw_citation_chips_get_n_chips (chips), ==, n_cited + 2);

  /* A source with a URL: the chip's link opens it; its tooltip names the title and URL. */
  g_assert_null (fw_citation_chips_get_link_button (chips, "src-o-net-v30-2"));
  fw_document_run (document, fw_command_set_string_new (G_OBJECT (onet), "url",
                                                        "https://www.onetcenter.org/", FALSE));
  link = fw_citation_chips_get_link_button (chips, "src-o-net-v30-2");
  g_assert_nonnull (link);
  g_assert_true (gtk_widget_get_focusable (link));
  g_assert_nonnull (strstr (fw_widget_get_tooltip (link), fw_source_get_title (onet)));
  g_assert_nonnull (strstr (fw_widget_get_tooltip (link), "https://www.onetcenter.org/"));

  reopened = save_and_reopen (document);
  g_assert_true (g_strv_equal (fw_statement_get_citations (fw_document_find_statement (reopened,
                                                                                      fw_statement_get_id (statement),
                                                                                      NULL)),
                               fw_statement_get_citations (statement)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
chips_laid_out (gpointer chips)
{
  return fw_citation_chips_get_n_lines (chips) > 0;
}

/* Chips flow side by side and show their labels whole, in the narrow durable-skill cells. */
static void
test_chips_wrap_without_truncation (void)
{
  FwWindow *window = open_page_sample ();
  FwDocument *document = document_of (window);
  FwDurablePage *page = durable_page (window);
  FwDomain *domain = domain_at (document, 0);
  FwStatement *statement = store_item (fw_domain_get_cell (domain, FW_DURABLE_DEVELOPING), 0);
  FwStatementList *list = fw_durable_page_get_cell (page, domain, FW_DURABLE_DEVELOPING);
  FwCitationChips *chips = fw_statement_list_find_chips (list, statement);
  const char * const *citations = fw_statement_get_citations (statement);
  graphene_rect_t first_bounds, second_bounds;
  guint n_shared;

  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_unmaximize (GTK_WINDOW (window));
  g_assert_cmpuint (g_strv_length ((char **) citations), >=, 2);
  g_assert_true (fw_ui_test_wait_until (chips_laid_out, chips, 2000));
  fw_ui_test_iterate (200);
  for (guint i = 0; citations[i] != NULL; i++)
    {
      GtkWidget *chip = fw_citation_chips_get_chip (chips, citations[i]);
      GtkWidget *label = gtk_widget_get_first_child (chip);
      PangoLayout *layout;

      /* With a URL, the label sits in the link button, next to a link icon. */
      if (GTK_IS_BUTTON (label))
        label = gtk_widget_get_first_child (gtk_button_get_child (GTK_BUTTON (label)));
      g_assert_true (GTK_IS_LABEL (label));
      layout = gtk_label_get_layout (GTK_LABEL (label));
      g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==,
                       fw_source_get_short_label (source_by_id (document, citations[i])));
      g_assert_false (pango_layout_is_ellipsized (layout));
      g_assert_cmpint (pango_layout_get_line_count (layout), ==, 1);
    }
  /* They flow like words: a chip (or the add button) starts a new line only when it would not
   * fit after the one before, and the add button shares the last chip's line. */
  n_shared = 0;
  for (guint i = 1; i <= g_strv_length ((char **) citations); i++)
    {
      GtkWidget *previous = fw_citation_chips_get_chip (chips, citations[i - 1]);
      GtkWidget *current = citations[i] != NULL ? fw_citation_chips_get_chip (chips, citations[i])
                                                : fw_citation_chips_get_add_button (chips);

      g_assert_true (gtk_widget_compute_bounds (previous, GTK_WIDGET (chips), &first_bounds));
      g_assert_true (gtk_widget_compute_bounds (current, GTK_WIDGET (chips), &second_bounds));
      if (second_bounds.origin.y > first_bounds.origin.y + first_bounds.size.height / 2)
        g_assert_cmpfloat (first_bounds.origin.x + first_bounds.size.width + second_bounds.size.width,
                           >, gtk_widget_get_width (GTK_WIDGET (chips)) - 4);
      else
        n_shared++;
    }
  g_assert_cmpuint (n_shared, >=, 1);
  g_assert_cmpuint (fw_citation_chips_get_n_lines (chips), <=, g_strv_length ((char **) citations));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
task_picker_offers_one (gpointer model)
{
  return g_list_model_get_n_items (model) == 1;
}

static void
test_inspector_anchors (void)
{
  FwWindow *window = open_page_sample ();
  FwDocument *document = document_of (window);
  FwOnetPage *onet = onet_page (window);
  GListStore *tasks = fw_onet_get_tasks (fw_document_get_onet (document));
  FwStatement *statement = store_item (fw_level_get_statements (fw_document_get_level (document,
                                                                                       FW_LEVEL_ADVANCED)), 0);
  g_autoptr(FwTask) positioning = NULL;
  g_autoptr(FwFinding) finding = NULL;
  g_autoptr(FwDocument) reopened = NULL;
  g_auto(GStrv) anchored = NULL;
  FwLevelsPage *page;
  FwInspector *inspector;
  GListModel *offered;
  GtkWidget *row;
  const char *bogus[] = { "99999", NULL };
  guint n_with_ids = 0;

  /* The importer gives the sample's tasks their O*NET ids; the O*NET page edits them. */
  g_assert_cmpuint (store_n (tasks), >=, 2);
  gtk_editable_set_text (GTK_EDITABLE (fw_onet_page_get_item_entry (onet, "tasks", 0, "task-id")),
                         "22807");
  gtk_editable_set_text (GTK_EDITABLE (fw_onet_page_get_item_entry (onet, "tasks", 1, "task-id")),
                         "22804");
  positioning = g_list_model_get_item (G_LIST_MODEL (tasks), 1);
  g_assert_cmpstr (fw_task_get_task_id (positioning), ==, "22804");
  for (guint i = 0; i < store_n (tasks); i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (G_LIST_MODEL (tasks), i);

      if (fw_task_get_task_id (task) != NULL && fw_task_get_task_id (task)[0] != '\0')
        n_with_ids++;
    }

  page = levels_page (window);
  g_assert_true (fw_levels_page_select_statement (page, statement, FW_STATEMENT_FIELD_NONE));
  fw_levels_page_set_inspector_visible (page, TRUE);
  inspector = fw_levels_page_get_inspector (page);
  g_assert_true (fw_inspector_get_statement (inspector) == statement);
  g_assert_null (gtk_widget_get_first_child (fw_inspector_get_anchor_list (inspector)));

  /* The picker offers the tasks with ids; searching narrows them; Enter anchors the first. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (fw_inspector_get_anchor_add_button (inspector)));
  offered = fw_inspector_get_anchor_picker_model (inspector);
  g_assert_cmpuint (g_list_model_get_n_items (offered), ==, n_with_ids);
  gtk_editable_set_text (fw_inspector_get_anchor_search_entry (inspector), "examining table");
  g_assert_true (fw_ui_test_wait_until (task_picker_offers_one, offered, 2000));
  g_signal_emit_by_name (fw_inspector_get_anchor_search_entry (inspector), "activate");
  g_assert_true (g_strv_equal (fw_statement_get_anchors (statement),
                               (const char * const[]) { "22804", NULL }));
  row = fw_inspector_get_anchor_row (inspector, "22804");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   fw_task_get_text (positioning));
  /* An anchored task is no longer offered. */
  gtk_editable_set_text (fw_inspector_get_anchor_search_entry (inspector), "");
  gtk_menu_button_popup (GTK_MENU_BUTTON (fw_inspector_get_anchor_add_button (inspector)));
  g_assert_cmpuint (g_list_model_get_n_items (offered), ==, n_with_ids - 1);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (fw_inspector_get_anchor_add_button (inspector)));

  /* The O*NET page lists the statement under that task. */
  onet = onet_page (window);
  anchored = fw_onet_page_get_task_anchors (onet, 1);
  g_assert_true (g_strv_contains ((const char * const *) anchored,
                                  fw_statement_get_headline (statement)));
  g_clear_pointer (&anchored, g_strfreev);

  /* Undo and redo, the inspector and the O*NET page following. */
  undo (window);
  g_assert_cmpuint (g_strv_length ((char **) fw_statement_get_anchors (statement)), ==, 0);
  g_assert_null (fw_inspector_get_anchor_row (inspector, "22804"));
  anchored = fw_onet_page_get_task_anchors (onet, 1);
  g_assert_false (g_strv_contains ((const char * const *) anchored,
                                   fw_statement_get_headline (statement)));
  g_clear_pointer (&anchored, g_strfreev);
  redo (window);
  g_assert_nonnull (fw_inspector_get_anchor_row (inspector, "22804"));
  anchored = fw_onet_page_get_task_anchors (onet, 1);
  g_assert_true (g_strv_contains ((const char * const *) anchored,
                                  fw_statement_get_headline (statement)));

  /* Editing the task's text on the O*NET page retitles the inspector's row. */
  gtk_editable_set_text (GTK_EDITABLE (fw_onet_page_get_item_entry (onet, "tasks", 1, "text")),
                         "Position patients on the examining table.");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (fw_inspector_get_anchor_row (inspector,
                                                                                                    "22804"))),
                   ==, "Position patients on the examining table.");

  /* Saved and read back, the anchor is there. */
  reopened = save_and_reopen (document);
  g_assert_true (g_strv_equal (fw_statement_get_anchors (fw_document_find_statement (reopened,
                                                                                    fw_statement_get_id (statement),
                                                                                    NULL)),
                               (const char * const[]) { "22804", NULL }));

  /* Removed with its row's button, one undo step. */
  levels_page (window);
  click (fw_inspector_get_anchor_remove_button (inspector, "22804"));
  g_assert_cmpuint (g_strv_length ((char **) fw_statement_get_anchors (statement)), ==, 0);
  undo (window);
  g_assert_true (g_strv_contains (fw_statement_get_anchors (statement), "22804"));

  /* An id that is not among the document's tasks shows as the id; it is a finding that
   * jumps to the inspector's anchored tasks. */
  fw_document_run (document, fw_command_set_strv_new (G_OBJECT (statement), "anchors", bogus));
  row = fw_inspector_get_anchor_row (inspector, "99999");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "99999");
  finding = find_finding (window, "FW-ONT-003", "levels.");
  g_assert_nonnull (finding);
  g_assert_cmpstr (fw_finding_get_field (finding), ==, "anchors");
  fw_levels_page_set_inspector_visible (page, FALSE);
  fw_window_show_section (window, "overview");
  g_assert_true (fw_window_focus_finding (window, finding));
  g_assert_cmpstr (fw_window_get_section (window), ==, "levels");
  g_assert_true (fw_levels_page_get_inspector_visible (page));
  g_assert_true (focus_is_in (window, fw_inspector_get_anchor_row (inspector, "99999")));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Screenshots ---------------------------------------------------------------------------- */

static void
test_screenshots (void)
{
  static const char *sections[] = {
    "ai-fluency", "durable-skills", "evidence", "onet", "sources",
  };
  FwWindow *window = open_page_sample ();
  AdwStyleManager *style = adw_style_manager_get_default ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_unmaximize (GTK_WINDOW (window));
  fw_ui_test_iterate (200);
  for (guint dark = 0; dark < 2; dark++)
    {
      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                      : ADW_COLOR_SCHEME_FORCE_LIGHT);
      for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
        {
          g_autofree char *name = g_strdup_printf ("sections-%s-%s.png", sections[i],
                                                   dark ? "dark" : "light");
          g_autofree char *path = fw_ui_test_screenshot_path (name);

          fw_window_show_section (window, sections[i]);
          fw_ui_test_iterate (150);
          gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
          fw_ui_test_screenshot (GTK_WIDGET (window), path);
          g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
        }
    }
  /* The O*NET tasks, one expanded, further down the page. */
  {
    g_autofree char *path = fw_ui_test_screenshot_path ("sections-onet-tasks-dark.png");
    FwOnetPage *page = onet_page (window);

    g_assert_true (gtk_widget_grab_focus (fw_onet_page_get_item_entry (page, "tasks", 0, "task-id")));
    fw_ui_test_iterate (300);
    /* Once the task has expanded, focusing again scrolls its fields into view. */
    gtk_widget_grab_focus (fw_onet_page_get_item_entry (page, "tasks", 0, "text"));
    g_assert_true (gtk_widget_grab_focus (fw_onet_page_get_item_entry (page, "tasks", 0, "task-id")));
    fw_ui_test_iterate (300);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    fw_ui_test_screenshot (GTK_WIDGET (window), path);
  }

  /* Ten domains at 1366×768: the table fits its four levels in the width and scrolls down. */
  {
    FwDocument *document = document_of (window);
    FwDurablePage *page = durable_page (window);
    GListStore *domains = fw_document_get_domains (document);
    FwDomain *character = NULL;
    FwStatementList *empty_cell;
    GtkWidget *scroller;
    GtkAdjustment *hadjustment, *vadjustment;
    g_autofree char *light = fw_ui_test_screenshot_path ("sections-durable-empty-cell-light.png");
    g_autofree char *dark = fw_ui_test_screenshot_path ("sections-durable-empty-cell-dark.png");

    g_assert_cmpuint (store_n (domains), ==, 10);
    fw_ui_test_iterate (200);
    for (guint i = 0; i < store_n (domains); i++)
      {
        FwDomain *domain = domain_at (document, i);

        if (g_str_equal (fw_domain_get_name (domain), "Character"))
          character = domain;
        for (FwDurableLevel level = FW_DURABLE_EMERGING; level <= FW_DURABLE_EXCEEDING; level++)
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fw_durable_page_get_cell (page, domain, level))),
                           >=, 210);
      }
    scroller = gtk_widget_get_ancestor (GTK_WIDGET (fw_durable_page_get_cell (page, domain_at (document, 0),
                                                                              FW_DURABLE_EMERGING)),
                                        GTK_TYPE_SCROLLED_WINDOW);
    g_assert_nonnull (scroller);
    hadjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));
    vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
    g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment), >, gtk_adjustment_get_page_size (vadjustment));
    g_assert_cmpfloat (gtk_adjustment_get_upper (hadjustment), <=, gtk_adjustment_get_page_size (hadjustment));

    /* Scrolled down, the headings stay above their columns. */
    gtk_adjustment_set_value (hadjustment, gtk_adjustment_get_upper (hadjustment));
    gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_upper (vadjustment));
    fw_ui_test_iterate (200);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    {
      FwDomain *last = domain_at (document, store_n (domains) - 1);
      GtkWidget *header = fw_durable_page_get_level_header (page, FW_DURABLE_EXCEEDING);
      GtkWidget *cell = GTK_WIDGET (fw_durable_page_get_cell (page, last, FW_DURABLE_EXCEEDING));
      graphene_rect_t header_bounds, cell_bounds, scroller_bounds;

      g_assert_true (gtk_widget_compute_bounds (header, GTK_WIDGET (window), &header_bounds));
      g_assert_true (gtk_widget_compute_bounds (cell, GTK_WIDGET (window), &cell_bounds));
      g_assert_true (gtk_widget_compute_bounds (scroller, GTK_WIDGET (window), &scroller_bounds));
      g_assert_cmpfloat (fabs (header_bounds.origin.x - cell_bounds.origin.x), <, 1);
      g_assert_cmpfloat (fabs (header_bounds.size.width - cell_bounds.size.width), <, 1);
      g_assert_cmpfloat (header_bounds.origin.y + header_bounds.size.height, <=,
                         scroller_bounds.origin.y);
      g_assert_cmpfloat (header_bounds.origin.y, >=, 0);
    }

    /* The empty cell (Character, Emerging) offers "Add Statement" and is marked. */
    g_assert_nonnull (character);
    empty_cell = fw_durable_page_get_cell (page, character, FW_DURABLE_EMERGING);
    g_assert_true (gtk_widget_get_visible (fw_statement_list_get_add_button (empty_cell)));
    g_assert_true (fw_statement_list_has_list_findings (empty_cell));
    for (guint dark_scheme = 0; dark_scheme < 2; dark_scheme++)
      {
        adw_style_manager_set_color_scheme (style, dark_scheme ? ADW_COLOR_SCHEME_FORCE_DARK
                                                               : ADW_COLOR_SCHEME_FORCE_LIGHT);
        g_assert_true (gtk_widget_grab_focus (fw_statement_list_get_add_button (empty_cell)));
        fw_ui_test_iterate (300);
        gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
        fw_ui_test_screenshot (GTK_WIDGET (window), dark_scheme ? dark : light);
      }
  }

  /* The inspector with citations and an anchored task. */
  {
    FwDocument *document = document_of (window);
    FwLevelsPage *page = levels_page (window);
    FwStatement *statement = store_item (fw_level_get_statements (fw_document_get_level (document,
                                                                                         FW_LEVEL_DEVELOPING)), 0);
    g_autoptr(FwTask) task = g_list_model_get_item (G_LIST_MODEL (fw_onet_get_tasks (fw_document_get_onet (document))), 2);
    FwInspector *inspector = fw_levels_page_get_inspector (page);
    g_autofree char *path = fw_ui_test_screenshot_path ("sections-levels-inspector-light.png");
    g_autofree char *dark_path = fw_ui_test_screenshot_path ("sections-levels-inspector-dark.png");

    g_assert_true (fw_levels_page_select_statement (page, statement, FW_STATEMENT_FIELD_NONE));
    fw_levels_page_set_inspector_visible (page, TRUE);
    fw_citation_chips_add (fw_inspector_get_citation_chips (inspector), "src-o-net-v30-2");
    fw_citation_chips_add (fw_inspector_get_citation_chips (inspector), "src-pathsmith-durable-skills");
    if (fw_task_get_task_id (task) != NULL)
      g_assert_true (fw_inspector_add_anchor (inspector, fw_task_get_task_id (task)));
    g_assert_true (fw_inspector_add_anchor (inspector, "99999"));
    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
    fw_ui_test_iterate (1000);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    fw_ui_test_screenshot (GTK_WIDGET (window), path);
    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
    fw_ui_test_iterate (400);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    fw_ui_test_screenshot (GTK_WIDGET (window), dark_path);

    /* The task picker is a popover: a surface of its own. */
    {
      GtkMenuButton *add = GTK_MENU_BUTTON (fw_inspector_get_anchor_add_button (inspector));
      g_autofree char *picker_path = fw_ui_test_screenshot_path ("sections-anchor-picker-dark.png");

      gtk_menu_button_popup (add);
      fw_ui_test_iterate (400);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (gtk_menu_button_get_popover (add)));
      fw_ui_test_screenshot (GTK_WIDGET (gtk_menu_button_get_popover (add)), picker_path);
      gtk_menu_button_popdown (add);
    }
  }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  fw_ui_test_add ("/ui/sections/durable/edit-undo-redo", test_durable_edit_undo_redo);
  fw_ui_test_add ("/ui/sections/durable/keyboard-move", test_durable_keyboard_move);
  fw_ui_test_add ("/ui/sections/durable/domains", test_durable_domains);
  fw_ui_test_add ("/ui/sections/durable/finding-focus", test_durable_finding_focus);
  fw_ui_test_add ("/ui/sections/durable/drop", test_durable_drop);
  fw_ui_test_add ("/ui/sections/ai/edit-undo-redo", test_ai_edit_undo_redo);
  fw_ui_test_add ("/ui/sections/ai/citations", test_ai_citations);
  fw_ui_test_add ("/ui/sections/ai/finding-focus", test_ai_finding_focus);
  fw_ui_test_add ("/ui/sections/levels/citation-chips", test_levels_citation_chips);
  fw_ui_test_add ("/ui/sections/levels/chips-wrap", test_chips_wrap_without_truncation);
  fw_ui_test_add ("/ui/sections/levels/inspector-anchors", test_inspector_anchors);
  fw_ui_test_add ("/ui/sections/sources/edit-undo-redo", test_sources_edit);
  fw_ui_test_add ("/ui/sections/sources/remove-dialog", test_sources_remove_dialog);
  fw_ui_test_add ("/ui/sections/sources/finding-focus", test_sources_finding_focus);
  fw_ui_test_add ("/ui/sections/evidence/edit-undo-redo", test_evidence_edit);
  fw_ui_test_add ("/ui/sections/evidence/button-labels", test_evidence_button_labels);
  fw_ui_test_add ("/ui/sections/evidence/absent-stays-absent", test_evidence_absent_stays_absent);
  fw_ui_test_add ("/ui/sections/onet/edit-undo-redo", test_onet_edit);
  fw_ui_test_add ("/ui/sections/onet/cip-and-anchors", test_onet_cip_and_anchors);
  fw_ui_test_add ("/ui/sections/onet/task-rows", test_onet_task_rows);
  fw_ui_test_add ("/ui/sections/onet/task-id-finding", test_onet_task_id_finding);
  fw_ui_test_add ("/ui/sections/evidence/choice-finding", test_evidence_choice_finding);
  fw_ui_test_add ("/ui/sections/screenshots", test_screenshots);

  return fw_ui_test_run ();
}
