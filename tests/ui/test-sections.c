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

#include "fw-ui-editor-util.h"

/* Durable skills ------------------------------------------------------------------------- */

static void
test_durable_edit_undo_redo (void)
{
  FwWindow *window = fw_ui_util_open_page_sample ();
  FwDocument *document = fw_ui_util_document_of (window);
  FwDurablePage *page = fw_ui_util_durable_page (window);
  FwDomain *domain = fw_ui_util_domain_at (document, 0);
  GListStore *cell = fw_domain_get_cell (domain, FW_DURABLE_DEVELOPING);
  FwStatement *statement = fw_ui_util_store_item (cell, 0);
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

  fw_ui_util_undo (window);
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, old_headline);
  shown = fw_ui_util_text_view_text (fw_statement_row_get_field_widget (fw_statement_list_find_row (list, statement),
                                                                        FW_STATEMENT_FIELD_HEADLINE));
  g_assert_cmpstr (shown, ==, old_headline);
  fw_ui_util_redo (window);
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "Explains contrast agents");

  /* Saved and read back, the edit is there, in the same cell. */
  reopened = fw_ui_util_save_and_reopen (document);
  g_assert_cmpstr (fw_statement_get_headline (fw_ui_util_store_item (fw_domain_get_cell (fw_ui_util_domain_at (reopened, 0),
                                                                                         FW_DURABLE_DEVELOPING),
                                                                     0)),
                   ==, "Explains contrast agents");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_durable_keyboard_move (void)
{
  FwWindow *window = fw_ui_util_open_page_sample ();
  FwDocument *document = fw_ui_util_document_of (window);
  FwDurablePage *page = fw_ui_util_durable_page (window);
  FwDomain *domain = fw_ui_util_domain_at (document, 0);
  GListStore *developing = fw_domain_get_cell (domain, FW_DURABLE_DEVELOPING);
  GListStore *applying = fw_domain_get_cell (domain, FW_DURABLE_APPLYING);
  FwStatement *statement = fw_ui_util_store_item (developing, 0);
  guint n_developing = fw_ui_util_store_n (developing);
  guint n_applying = fw_ui_util_store_n (applying);
  guint total_developing = fw_durable_page_get_level_total (page, FW_DURABLE_DEVELOPING);
  guint total_applying = fw_durable_page_get_level_total (page, FW_DURABLE_APPLYING);
  FwStatementList *list = fw_durable_page_get_cell (page, domain, FW_DURABLE_DEVELOPING);
  FwStatementList *target = fw_durable_page_get_cell (page, domain, FW_DURABLE_APPLYING);

  g_assert_cmpuint (n_developing, >=, 2);
  g_assert_true (fw_statement_list_select_statement (list, statement, FW_STATEMENT_FIELD_HEADLINE));

  /* Alt+Down within the cell; the focus stays in the headline being edited. */
  g_assert_true (fw_ui_util_press_key (window, GDK_KEY_Down, GDK_ALT_MASK));
  g_assert_cmpuint (fw_ui_util_store_position (developing, statement), ==, 1);
  g_assert_true (gtk_widget_has_focus (
    fw_statement_row_get_field_widget (fw_statement_list_find_row (list, statement),
                                       FW_STATEMENT_FIELD_HEADLINE)));

  /* Alt+Right: to the Applying cell of the same domain. */
  g_assert_true (fw_ui_util_press_key (window, GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_cmpuint (fw_ui_util_store_position (developing, statement), ==, G_MAXUINT);
  g_assert_cmpuint (fw_ui_util_store_position (applying, statement), ==, 1);
  g_assert_cmpuint (fw_ui_util_store_n (developing), ==, n_developing - 1);
  g_assert_cmpuint (fw_ui_util_store_n (applying), ==, n_applying + 1);
  g_assert_true (fw_statement_list_get_selected (target) == statement);
  g_assert_true (fw_ui_util_focus_is_in (window, GTK_WIDGET (fw_statement_list_find_row (target, statement))));
  /* The column totals follow. */
  g_assert_cmpuint (fw_durable_page_get_level_total (page, FW_DURABLE_DEVELOPING), ==,
                    total_developing - 1);
  g_assert_cmpuint (fw_durable_page_get_level_total (page, FW_DURABLE_APPLYING), ==,
                    total_applying + 1);

  /* Alt+Up, then Alt+Left back. */
  g_assert_true (fw_ui_util_press_key (window, GDK_KEY_Up, GDK_ALT_MASK));
  g_assert_cmpuint (fw_ui_util_store_position (applying, statement), ==, 0);
  g_assert_true (fw_ui_util_press_key (window, GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpuint (fw_ui_util_store_position (developing, statement), ==, 0);

  /* Each move is one undo step. */
  fw_ui_util_undo (window);
  g_assert_cmpuint (fw_ui_util_store_position (applying, statement), ==, 0);
  fw_ui_util_undo (window);
  g_assert_cmpuint (fw_ui_util_store_position (applying, statement), ==, 1);
  fw_ui_util_undo (window);
  g_assert_cmpuint (fw_ui_util_store_position (developing, statement), ==, 1);
  fw_ui_util_redo (window);
  g_assert_cmpuint (fw_ui_util_store_position (applying, statement), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_durable_domains (void)
{
  FwWindow *window = fw_ui_util_open_page_sample ();
  FwDocument *document = fw_ui_util_document_of (window);
  FwDurablePage *page = fw_ui_util_durable_page (window);
  GListStore *domains = fw_document_get_domains (document);
  guint n = fw_ui_util_store_n (domains);
  FwDomain *first = fw_ui_util_domain_at (document, 0);
  FwDomain *second = fw_ui_util_domain_at (document, 1);
  FwDomain *added;
  GtkWidget *entry;
  AdwMessageDialog *dialog;

  /* Add, then rename by typing. */
  fw_ui_util_click (fw_durable_page_get_add_domain_button (page));
  g_assert_cmpuint (fw_ui_util_store_n (domains), ==, n + 1);
  added = fw_ui_util_domain_at (document, n);
  entry = fw_domain_row_get_name_entry (fw_durable_page_get_domain_row (page, added));
  g_assert_true (gtk_widget_has_focus (entry) || fw_ui_util_focus_is_in (window, entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Curiosity");
  g_assert_cmpstr (fw_domain_get_name (added), ==, "Curiosity");
  /* An empty domain goes without a question. */
  fw_ui_util_click (fw_domain_row_get_button (fw_durable_page_get_domain_row (page, added),
                                                            "remove"));
  g_assert_cmpuint (fw_ui_util_store_n (domains), ==, n);
  fw_ui_util_undo (window);
  g_assert_cmpuint (fw_ui_util_store_n (domains), ==, n + 1);
  g_assert_cmpstr (fw_domain_get_name (fw_ui_util_domain_at (document, n)), ==, "Curiosity");

  /* Reorder. */
  fw_ui_util_click (fw_domain_row_get_button (fw_durable_page_get_domain_row (page, first),
                                                            "down"));
  g_assert_cmpuint (fw_ui_util_store_position (domains, first), ==, 1);
  g_assert_cmpuint (fw_ui_util_store_position (domains, second), ==, 0);
  fw_ui_util_undo (window);
  g_assert_cmpuint (fw_ui_util_store_position (domains, first), ==, 0);

  /* A domain with statements asks first: Cancel keeps it, Remove removes it. */
  fw_durable_page_remove_domain (page, first);
  dialog = fw_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (fw_ui_util_store_position (domains, first), ==, 0);
  fw_ui_util_click (fw_domain_row_get_button (fw_durable_page_get_domain_row (page, first),
                                                            "remove"));
  dialog = fw_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "remove");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (fw_ui_util_store_position (domains, first), ==, G_MAXUINT);
  g_assert_null (fw_durable_page_get_domain_row (page, first));
  fw_ui_util_undo (window);
  g_assert_cmpuint (fw_ui_util_store_position (domains, first), ==, 0);
  g_assert_nonnull (fw_durable_page_get_cell (page, first, FW_DURABLE_EMERGING));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_durable_finding_focus (void)
{
  FwWindow *window = fw_ui_util_open_page_sample ();
  FwDurablePage *page = fw_ui_util_durable_page (window);
  g_autoptr(FwFinding) cell_finding = NULL;
  g_autoptr(FwFinding) cite_finding = NULL;
  FwDocument *document = fw_ui_util_document_of (window);
  FwDomain *domain = fw_ui_util_domain_at (document, 0);
  FwStatement *statement = fw_ui_util_store_item (fw_domain_get_cell (domain, FW_DURABLE_EMERGING), 0);
  const char *none[] = { NULL };
  FwStatementList *list;

  /* An empty cell (the sample's Character domain has no Emerging statements). */
  cell_finding = fw_ui_util_find_finding (window, "FW-DUR-002", "durableSkills.");
  g_assert_nonnull (cell_finding);
  g_assert_true (fw_window_focus_finding (window, cell_finding));
  g_assert_cmpstr (fw_window_get_section (window), ==, "durable-skills");
  {
    g_auto(GStrv) parts = g_strsplit (fw_finding_get_path (cell_finding), ".", -1);
    FwDurableLevel level;
    FwDomain *cell_domain = NULL;

    g_assert_true (fw_durable_level_from_string (parts[2], &level));
    for (guint i = 0; i < fw_ui_util_store_n (fw_document_get_domains (document)); i++)
      if (g_str_equal (fw_domain_get_name (fw_ui_util_domain_at (document, i)), parts[1]))
        cell_domain = fw_ui_util_domain_at (document, i);
    g_assert_nonnull (cell_domain);
    list = fw_durable_page_get_cell (page, cell_domain, level);
    g_assert_true (gtk_widget_has_focus (fw_statement_list_get_add_button (list)));
    g_assert_true (fw_statement_list_has_list_findings (list));
  }

  /* An uncited statement jumps to its citation chips' add button. */
  fw_document_run (document, fw_command_set_strv_new (G_OBJECT (statement), "citations", none));
  cite_finding = fw_ui_util_find_finding (window, "FW-CIT-001", "durableSkills.");
  g_assert_nonnull (cite_finding);
  g_assert_cmpstr (fw_finding_get_statement_id (cite_finding), ==, fw_statement_get_id (statement));
  fw_window_show_section (window, "overview");
  g_assert_true (fw_window_focus_finding (window, cite_finding));
  list = fw_durable_page_get_cell (page, domain, FW_DURABLE_EMERGING);
  g_assert_true (fw_ui_util_focus_is_in (window,
    fw_citation_chips_get_add_button (fw_statement_list_find_chips (list, statement))));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_durable_drop (void)
{
  FwWindow *window = fw_ui_util_open_page_sample ();
  FwDocument *document = fw_ui_util_document_of (window);
  FwDurablePage *page = fw_ui_util_durable_page (window);
  FwDomain *domain = fw_ui_util_domain_at (document, 1);
  GListStore *emerging = fw_domain_get_cell (domain, FW_DURABLE_EMERGING);
  GListStore *exceeding = fw_domain_get_cell (domain, FW_DURABLE_EXCEEDING);
  FwStatement *statement = fw_ui_util_store_item (emerging, 0);
  FwStatementList *target = fw_durable_page_get_cell (page, domain, FW_DURABLE_EXCEEDING);
  guint n = fw_ui_util_store_n (exceeding);

  /* Dropped below the last row of another cell: appended there. */
  fw_ui_test_iterate (100);
  g_assert_true (fw_statement_list_drop_statement (target, statement,
                                                   gtk_widget_get_height (GTK_WIDGET (target)) - 1));
  g_assert_cmpuint (fw_ui_util_store_position (exceeding, statement), ==, n);
  g_assert_cmpuint (fw_ui_util_store_position (emerging, statement), ==, G_MAXUINT);
  /* Level statements cannot be dropped into the durable-skill table. */
  g_assert_false (fw_statement_list_drop_statement (target,
    fw_ui_util_store_item (fw_level_get_statements (fw_document_get_level (document, FW_LEVEL_EMERGING)), 0),
    0));
  fw_ui_util_undo (window);
  g_assert_cmpuint (fw_ui_util_store_position (emerging, statement), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* AI fluency ----------------------------------------------------------------------------- */

static void
test_ai_edit_undo_redo (void)
{
  FwWindow *window = fw_ui_util_open_page_sample ();
  FwDocument *document = fw_ui_util_document_of (window);
  FwAiPage *page = fw_ui_util_ai_page (window);
  GListStore *store = fw_level_get_ai_statements (fw_document_get_level (document,
                                                                         FW_LEVEL_PROFICIENT));
  FwStatementList *list = fw_ai_page_get_list (page, FW_LEVEL_PROFICIENT);
  FwStatement *statement = fw_ui_util_store_item (store, 0);
  g_autofree char *old_body = g_strdup (fw_statement_get_body (statement));
  guint n = fw_ui_util_store_n (store);
  g_autoptr(FwDocument) reopened = NULL;
  FwStatement *added;

  fw_ui_test_set_text_view (fw_statement_row_get_field_widget (fw_statement_list_find_row (list, statement),
                                                               FW_STATEMENT_FIELD_BODY),
                            "reviews AI-drafted protocols against department policy");
  g_assert_cmpstr (fw_statement_get_body (statement), ==,
                   "reviews AI-drafted protocols against department policy");
  fw_ui_util_undo (window);
  g_assert_cmpstr (fw_statement_get_body (statement), ==, old_body);
  fw_ui_util_redo (window);
  g_assert_cmpstr (fw_statement_get_body (statement), ==,
                   "reviews AI-drafted protocols against department policy");

  /* Add through the column's button: the new statement's headline has the focus. */
  fw_ui_util_click (fw_statement_list_get_add_button (list));
  g_assert_cmpuint (fw_ui_util_store_n (store), ==, n + 1);
  added = fw_ui_util_store_item (store, n);
  g_assert_true (gtk_widget_has_focus (
    fw_statement_row_get_field_widget (fw_statement_list_find_row (list, added),
                                       FW_STATEMENT_FIELD_HEADLINE)));
  fw_ui_test_set_text_view (fw_statement_row_get_field_widget (fw_statement_list_find_row (list, added),
                                                               FW_STATEMENT_FIELD_HEADLINE),
                            "Prompt review");
  /* Alt+Left moves it to the Developing level. */
  g_assert_true (fw_ui_util_press_key (window, GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpuint (fw_ui_util_store_position (fw_level_get_ai_statements (fw_document_get_level (document,
                                                                                                   FW_LEVEL_DEVELOPING)),
                                               added), !=, G_MAXUINT);
  g_assert_cmpuint (fw_ui_util_store_n (store), ==, n);

  reopened = fw_ui_util_save_and_reopen (document);
  g_assert_cmpstr (fw_statement_get_body (fw_ui_util_store_item (fw_level_get_ai_statements (fw_document_get_level (reopened, FW_LEVEL_PROFICIENT)), 0)),
                   ==, "reviews AI-drafted protocols against department policy");
  g_assert_nonnull (fw_document_find_statement (reopened, fw_statement_get_id (added), NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* For fw_ui_test_wait_until(): @model (a GListModel, such as a picker's results) holds one item. */
static gboolean
has_one_item (gpointer model)
{
  return g_list_model_get_n_items (model) == 1;
}

static void
test_ai_citations (void)
{
  FwWindow *window = fw_ui_util_open_page_sample ();
  FwDocument *document = fw_ui_util_document_of (window);
  FwAiPage *page = fw_ui_util_ai_page (window);
  GListStore *store = fw_level_get_ai_statements (fw_document_get_level (document,
                                                                         FW_LEVEL_EMERGING));
  FwStatementList *list = fw_ai_page_get_list (page, FW_LEVEL_EMERGING);
  FwStatement *statement = fw_ui_util_store_item (store, 0);
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
  fw_ui_util_click (fw_citation_chips_get_remove_button (chips, first));
  g_assert_false (fw_statement_cites (statement, first));
  g_assert_cmpuint (fw_citation_chips_get_n_chips (chips), ==, n_cited - 1);
  fw_ui_util_undo (window);
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
  finding = fw_ui_util_find_finding (window, "FW-CIT-002", "aiFluency.");
  g_assert_nonnull (finding);
  fw_window_show_section (window, "overview");
  g_assert_true (fw_window_focus_finding (window, finding));
  g_assert_cmpstr (fw_window_get_section (window), ==, "ai-fluency");
  g_assert_true (fw_ui_util_focus_is_in (window, fw_citation_chips_get_add_button (chips)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* AI fluency findings -------------------------------------------------------------------- */

static void
test_ai_finding_focus (void)
{
  FwWindow *window = fw_ui_util_open_page_sample ();
  FwDocument *document = fw_ui_util_document_of (window);
  FwAiPage *page = fw_ui_util_ai_page (window);
  GListStore *store = fw_level_get_ai_statements (fw_document_get_level (document,
                                                                         FW_LEVEL_DEVELOPING));
  FwStatementList *list = fw_ai_page_get_list (page, FW_LEVEL_DEVELOPING);
  FwStatement *statement = fw_ui_util_store_item (store, 1);
  g_autoptr(FwFinding) headline_finding = NULL;
  g_autoptr(FwFinding) empty_finding = NULL;

  /* An empty headline jumps to that statement's headline, in its level's column. */
  fw_document_run (document, fw_command_set_string_new (G_OBJECT (statement), "headline", "",
                                                        FALSE));
  headline_finding = fw_ui_util_find_finding (window, "FW-STM-001", "aiFluency.");
  g_assert_nonnull (headline_finding);
  g_assert_cmpstr (fw_finding_get_statement_id (headline_finding), ==,
                   fw_statement_get_id (statement));
  fw_window_show_section (window, "overview");
  g_assert_true (fw_window_focus_finding (window, headline_finding));
  g_assert_cmpstr (fw_window_get_section (window), ==, "ai-fluency");
  g_assert_true (gtk_widget_has_focus (
    fw_statement_row_get_field_widget (fw_statement_list_find_row (list, statement),
                                       FW_STATEMENT_FIELD_HEADLINE)));
  fw_ui_util_undo (window);

  /* A level without AI statements jumps to its "Add Statement" button. */
  while (fw_ui_util_store_n (store) > 0)
    fw_document_run (document, fw_command_remove_new (store, 0));
  empty_finding = fw_ui_util_find_finding (window, "FW-LVL-005", NULL);
  g_assert_nonnull (empty_finding);
  fw_window_show_section (window, "overview");
  g_assert_true (fw_window_focus_finding (window, empty_finding));
  g_assert_cmpstr (fw_window_get_section (window), ==, "ai-fluency");
  g_assert_true (gtk_widget_has_focus (fw_statement_list_get_add_button (list)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Levels: citation chips and the inspector ------------------------------------------------ */

/* Adds @source_id to @chips through its picker, as a user searching for @search would. */
static void
pick_source (FwCitationChips *chips,
             const char      *search,
             const char      *source_id)
{
  g_autoptr(FwSource) offered = NULL;

  fw_citation_chips_open_picker (chips);
  gtk_editable_set_text (fw_citation_chips_get_search_entry (chips), search);
  g_assert_true (fw_ui_test_wait_until (has_one_item, fw_citation_chips_get_picker_model (chips),
                                        2000));
  offered = g_list_model_get_item (fw_citation_chips_get_picker_model (chips), 0);
  g_assert_cmpstr (fw_source_get_id (offered), ==, source_id);
  g_signal_emit_by_name (fw_citation_chips_get_search_entry (chips), "activate");
}

static void
test_levels_citation_chips (void)
{
  FwWindow *window = fw_ui_util_open_page_sample ();
  FwDocument *document = fw_ui_util_document_of (window);
  FwLevelsPage *page = fw_ui_util_show_levels_page (window);
  FwStatement *statement = fw_ui_util_store_item (fw_level_get_statements (fw_document_get_level (document,
                                                                                                  FW_LEVEL_PROFICIENT)), 0);
  FwSource *onet = fw_ui_util_source_by_id (document, "src-o-net-v30-2");
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
  fw_ui_util_undo (window);
  g_assert_false (fw_statement_cites (statement, "src-anthropic-economic-index"));
  g_assert_null (fw_citation_chips_get_chip (chips, "src-anthropic-economic-index"));
  g_assert_null (fw_citation_chips_get_chip (inspector_chips, "src-anthropic-economic-index"));
  fw_ui_util_redo (window);
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
  fw_ui_util_click (fw_citation_chips_get_remove_button (chips, "src-anthropic-economic-index"));
  g_assert_false (fw_statement_cites (statement, "src-anthropic-economic-index"));
  g_assert_true (fw_statement_cites (statement, "src-o-net-v30-2"));
  g_assert_cmpuint (fw_citation_chips_get_n_chips (chips), ==, n_cited + 1);
  g_assert_cmpuint (fw_citation_chips_get_n_chips (inspector_chips), ==, n_cited + 1);
  fw_ui_util_undo (window);
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

  reopened = fw_ui_util_save_and_reopen (document);
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
  FwWindow *window = fw_ui_util_open_page_sample ();
  FwDocument *document = fw_ui_util_document_of (window);
  FwDurablePage *page = fw_ui_util_durable_page (window);
  FwDomain *domain = fw_ui_util_domain_at (document, 0);
  FwStatement *statement = fw_ui_util_store_item (fw_domain_get_cell (domain, FW_DURABLE_DEVELOPING), 0);
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
                       fw_source_get_short_label (fw_ui_util_source_by_id (document, citations[i])));
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

static void
test_inspector_anchors (void)
{
  FwWindow *window = fw_ui_util_open_page_sample ();
  FwDocument *document = fw_ui_util_document_of (window);
  FwOnetPage *onet = fw_ui_util_onet_page (window);
  GListStore *tasks = fw_onet_get_tasks (fw_document_get_onet (document));
  FwStatement *statement = fw_ui_util_store_item (fw_level_get_statements (fw_document_get_level (document,
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
  g_assert_cmpuint (fw_ui_util_store_n (tasks), >=, 2);
  gtk_editable_set_text (GTK_EDITABLE (fw_onet_page_get_item_entry (onet, "tasks", 0, "task-id")),
                         "22807");
  gtk_editable_set_text (GTK_EDITABLE (fw_onet_page_get_item_entry (onet, "tasks", 1, "task-id")),
                         "22804");
  positioning = g_list_model_get_item (G_LIST_MODEL (tasks), 1);
  g_assert_cmpstr (fw_task_get_task_id (positioning), ==, "22804");
  for (guint i = 0; i < fw_ui_util_store_n (tasks); i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (G_LIST_MODEL (tasks), i);

      if (fw_task_get_task_id (task) != NULL && fw_task_get_task_id (task)[0] != '\0')
        n_with_ids++;
    }

  page = fw_ui_util_show_levels_page (window);
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
  g_assert_true (fw_ui_test_wait_until (has_one_item, offered, 2000));
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
  onet = fw_ui_util_onet_page (window);
  anchored = fw_onet_page_get_task_anchors (onet, 1);
  g_assert_true (g_strv_contains ((const char * const *) anchored,
                                  fw_statement_get_headline (statement)));
  g_clear_pointer (&anchored, g_strfreev);

  /* Undo and fw_ui_util_redo, the inspector and the O*NET page following. */
  fw_ui_util_undo (window);
  g_assert_cmpuint (g_strv_length ((char **) fw_statement_get_anchors (statement)), ==, 0);
  g_assert_null (fw_inspector_get_anchor_row (inspector, "22804"));
  anchored = fw_onet_page_get_task_anchors (onet, 1);
  g_assert_false (g_strv_contains ((const char * const *) anchored,
                                   fw_statement_get_headline (statement)));
  g_clear_pointer (&anchored, g_strfreev);
  fw_ui_util_redo (window);
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
  reopened = fw_ui_util_save_and_reopen (document);
  g_assert_true (g_strv_equal (fw_statement_get_anchors (fw_document_find_statement (reopened,
                                                                                    fw_statement_get_id (statement),
                                                                                    NULL)),
                               (const char * const[]) { "22804", NULL }));

  /* Removed with its row's button, one undo step. */
  fw_ui_util_show_levels_page (window);
  fw_ui_util_click (fw_inspector_get_anchor_remove_button (inspector, "22804"));
  g_assert_cmpuint (g_strv_length ((char **) fw_statement_get_anchors (statement)), ==, 0);
  fw_ui_util_undo (window);
  g_assert_true (g_strv_contains (fw_statement_get_anchors (statement), "22804"));

  /* An id that is not among the document's tasks shows as the id; it is a finding that
   * jumps to the inspector's anchored tasks. */
  fw_document_run (document, fw_command_set_strv_new (G_OBJECT (statement), "anchors", bogus));
  row = fw_inspector_get_anchor_row (inspector, "99999");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "99999");
  finding = fw_ui_util_find_finding (window, "FW-ONT-003", "levels.");
  g_assert_nonnull (finding);
  g_assert_cmpstr (fw_finding_get_field (finding), ==, "anchors");
  fw_levels_page_set_inspector_visible (page, FALSE);
  fw_window_show_section (window, "overview");
  g_assert_true (fw_window_focus_finding (window, finding));
  g_assert_cmpstr (fw_window_get_section (window), ==, "levels");
  g_assert_true (fw_levels_page_get_inspector_visible (page));
  g_assert_true (fw_ui_util_focus_is_in (window, fw_inspector_get_anchor_row (inspector, "99999")));

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

  return fw_ui_test_run ();
}
