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

/* Sources -------------------------------------------------------------------------------- */

static void
test_sources_edit (void)
{
  FwWindow *window = fw_ui_util_open_page_sample ();
  FwDocument *document = fw_ui_util_document_of (window);
  FwSourcesPage *page = fw_ui_util_sources_page (window);
  FwSource *source = fw_ui_util_source_by_id (document, "src-o-net-v30-2");
  FwSourceRow *row = fw_sources_page_get_row (page, source);
  guint cited = fw_document_count_citations (document, "src-o-net-v30-2");
  g_autoptr(FwDocument) reopened = NULL;
  FwSource *added;
  GListStore *store = fw_document_get_sources (document);
  guint n = fw_ui_util_store_n (store);

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
  fw_ui_util_undo (window);
  g_assert_null (fw_source_get_url (source));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fw_source_row_get_entry (row, "url"))), ==, "");
  fw_ui_util_undo (window);
  g_assert_cmpstr (fw_source_get_short_label (source), ==, "O*NET v30.2");
  fw_ui_util_redo (window);
  fw_ui_util_redo (window);
  g_assert_cmpstr (fw_source_get_short_label (source), ==, "O*NET 30.2");

  /* The count follows the citations live. */
  {
    FwStatement *statement = fw_ui_util_store_item (fw_level_get_ai_statements (fw_document_get_level (document,
                                                                                                       FW_LEVEL_EMERGING)), 0);
    const char *cites[] = { "src-o-net-v30-2", NULL };

    g_assert_false (fw_statement_cites (statement, "src-o-net-v30-2"));
    fw_document_run (document, fw_command_set_strv_new (G_OBJECT (statement), "citations", cites));
    g_assert_cmpuint (fw_source_row_get_count (row), ==, cited + 1);
    fw_ui_util_undo (window);
    g_assert_cmpuint (fw_source_row_get_count (row), ==, cited);
  }

  /* Add a source through the page; its short label has the focus. */
  added = fw_sources_page_add_source (page);
  g_assert_cmpuint (fw_ui_util_store_n (store), ==, n + 1);
  g_assert_true (gtk_widget_has_focus (fw_source_row_get_entry (fw_sources_page_get_row (page, added),
                                                                "short-label")) ||
                 fw_ui_util_focus_is_in (window, fw_source_row_get_entry (fw_sources_page_get_row (page, added),
                                                                          "short-label")));
  gtk_editable_set_text (GTK_EDITABLE (fw_source_row_get_entry (fw_sources_page_get_row (page, added),
                                                                "title")), "Local Practice Guide");
  gtk_editable_set_text (GTK_EDITABLE (fw_source_row_get_entry (fw_sources_page_get_row (page, added),
                                                                "license")), "CC BY 4.0");

  reopened = fw_ui_util_save_and_reopen (document);
  g_assert_cmpstr (fw_source_get_short_label (fw_ui_util_source_by_id (reopened, "src-o-net-v30-2")), ==,
                   "O*NET 30.2");
  g_assert_cmpstr (fw_source_get_url (fw_ui_util_source_by_id (reopened, "src-o-net-v30-2")), ==,
                   "https://www.onetcenter.org/");
  g_assert_cmpstr (fw_source_get_title (fw_ui_util_source_by_id (reopened, fw_source_get_id (added))), ==,
                   "Local Practice Guide");
  g_assert_cmpstr (fw_source_get_license (fw_ui_util_source_by_id (reopened, fw_source_get_id (added))), ==,
                   "CC BY 4.0");
  g_assert_null (fw_source_get_publisher (fw_ui_util_source_by_id (reopened, fw_source_get_id (added))));

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
  FwWindow *window = fw_ui_util_open_page_sample ();
  FwDocument *document = fw_ui_util_document_of (window);
  FwSourcesPage *page = fw_ui_util_sources_page (window);
  GListStore *store = fw_document_get_sources (document);
  FwSource *wef = fw_ui_util_source_by_id (document, "src-wef-skills-taxonomy");
  guint n = fw_ui_util_store_n (store);
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
  fw_ui_util_click (fw_source_row_get_remove_button (fw_sources_page_get_row (page, wef)));
  dialog = fw_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "remove-citations");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (fw_ui_util_store_n (store), ==, n - 1);
  g_assert_null (fw_document_find_source (document, "src-wef-skills-taxonomy"));
  g_assert_cmpuint (fw_document_count_citations (document, "src-wef-skills-taxonomy"), ==, 0);
  g_assert_cmpuint (fw_document_count_citations (document, "src-anthropic-economic-index"), ==,
                    aei_cited);
  fw_ui_util_undo (window);
  g_assert_cmpuint (fw_ui_util_store_n (store), ==, n);
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
  reopened = fw_ui_util_save_and_reopen (document);
  g_assert_null (fw_document_find_source (reopened, "src-wef-skills-taxonomy"));
  g_assert_cmpuint (fw_document_count_citations (reopened, "src-anthropic-economic-index"), ==,
                    fw_document_count_citations (document, "src-anthropic-economic-index"));
  fw_ui_util_undo (window);
  g_assert_cmpuint (fw_document_count_citations (document, "src-wef-skills-taxonomy"), ==, wef_cited);
  g_assert_cmpuint (fw_document_count_citations (document, "src-anthropic-economic-index"), ==,
                    aei_cited);

  /* Cancel changes nothing. */
  fw_sources_page_remove_source (page, wef);
  dialog = fw_ui_test_find_dialog ();
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (fw_ui_util_store_n (store), ==, n);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_sources_finding_focus (void)
{
  FwWindow *window = fw_ui_util_open_page_sample ();
  FwSourcesPage *page = fw_ui_util_sources_page (window);
  FwSource *added = fw_sources_page_add_source (page);
  g_autoptr(FwFinding) finding = NULL;
  FwSourceRow *row;

  /* A source nobody cites is a finding about the registry entry. */
  g_assert_nonnull (added);
  finding = fw_ui_util_find_finding (window, "FW-CIT-003", "sources[");
  g_assert_nonnull (finding);
  fw_window_show_section (window, "overview");
  g_assert_true (fw_window_focus_finding (window, finding));
  g_assert_cmpstr (fw_window_get_section (window), ==, "sources");
  row = fw_sources_page_get_row (page, added);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_true (fw_ui_util_focus_is_in (window, fw_source_row_get_entry (row, "short-label")));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Evidence ------------------------------------------------------------------------------- */

/* The number rows name their buttons after the field, for the pointer and for screen readers,
 * and "Set" keeps its mnemonic. */
static void
test_evidence_button_labels (void)
{
  FwWindow *window = fw_ui_util_open_page_sample ();
  FwEvidencePage *page = fw_ui_util_evidence_page (window);
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
  FwWindow *window = fw_ui_util_open_page_sample ();
  FwDocument *document = fw_ui_util_document_of (window);
  FwEvidence *evidence = fw_document_get_evidence (document);
  FwEvidencePage *page = fw_ui_util_evidence_page (window);
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
  fw_ui_util_undo (window);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "time-saved"), 85.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), 85.5, 1e-9);
  fw_ui_util_redo (window);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "time-saved"), 60, 1e-9);

  /* A choice, and a text field that becomes absent when emptied. */
  g_assert_cmpstr (fw_evidence_get_string (evidence, "precision"), ==, "exact");
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), 0);
  g_assert_null (fw_evidence_get_string (evidence, "precision"));
  fw_ui_util_undo (window);
  g_assert_cmpstr (fw_evidence_get_string (evidence, "precision"), ==, "exact");
  gtk_editable_set_text (GTK_EDITABLE (wef_id), "");
  g_assert_false (fw_evidence_has (evidence, "wef-id"));

  /* Clearing a number makes it absent, not zero. */
  fw_ui_util_click (fw_evidence_page_get_clear_button (page, "ai-autonomy"));
  g_assert_false (fw_evidence_has (evidence, "ai-autonomy"));
  g_assert_false (GTK_IS_SPIN_BUTTON (fw_evidence_page_get_field_widget (page, "ai-autonomy")));

  reopened = fw_ui_util_save_and_reopen (document);
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
  finding = fw_ui_util_find_finding (window, "FW-EVD-001", "evidence.");
  g_assert_nonnull (finding);
  fw_window_show_section (window, "overview");
  g_assert_true (fw_window_focus_finding (window, finding));
  g_assert_cmpstr (fw_window_get_section (window), ==, "evidence");
  g_assert_true (fw_ui_util_focus_is_in (window, fw_evidence_page_get_field_widget (page, "augment-share")));

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
  char *path = fw_ui_util_tmp_path ("partial-evidence.fwk");
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
  FwDocument *document = fw_ui_util_document_of (window);
  FwEvidence *evidence = fw_document_get_evidence (document);
  FwEvidencePage *page = fw_ui_util_evidence_page (window);
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
  reopened = fw_ui_util_save_and_reopen (document);
  evidence = fw_document_get_evidence (reopened);
  g_assert_false (fw_evidence_has (evidence, "augment-share"));
  g_assert_false (fw_evidence_has (evidence, "ai-autonomy"));
  g_assert_false (fw_evidence_has (evidence, "quadrant"));
  g_assert_false (fw_evidence_has (evidence, "wef-id"));
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "time-saved"), 85.5, 1e-9);
  g_clear_object (&reopened);

  /* Set, then clear: absent again. */
  fw_ui_util_click (set_button);
  g_assert_true (fw_evidence_has (fw_document_get_evidence (document), "augment-share"));
  g_assert_true (GTK_IS_SPIN_BUTTON (fw_evidence_page_get_field_widget (page, "augment-share")));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (fw_evidence_page_get_field_widget (page, "augment-share")),
                             12);
  fw_ui_util_click (fw_evidence_page_get_clear_button (page, "augment-share"));
  g_assert_false (fw_evidence_has (fw_document_get_evidence (document), "augment-share"));
  reopened = fw_ui_util_save_and_reopen (document);
  g_assert_false (fw_evidence_has (fw_document_get_evidence (reopened), "augment-share"));
  fw_ui_util_undo (window);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (fw_document_get_evidence (document),
                                                          "augment-share"), 12, 1e-9);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* O*NET ---------------------------------------------------------------------------------- */

static void
test_onet_edit (void)
{
  FwWindow *window = fw_ui_util_open_page_sample ();
  FwDocument *document = fw_ui_util_document_of (window);
  FwOnet *onet = fw_document_get_onet (document);
  FwOnetPage *page = fw_ui_util_onet_page (window);
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
  fw_ui_util_undo (window);
  g_assert_cmpstr (fw_onet_get_strv (onet, "skills")[0], ==, first);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fw_string_list_editor_get_entry (skills, 0))),
                   ==, first);
  fw_ui_util_redo (window);
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
  fw_ui_util_undo (window);
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
                                       fw_ui_util_store_n (fw_onet_get_tasks (onet)) - 1, "text");
  g_assert_true (fw_ui_util_focus_is_in (window, entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Operate mobile imaging units at the bedside.");
  gtk_editable_set_text (GTK_EDITABLE (fw_onet_page_get_item_entry (page, "tasks",
                                                                    fw_ui_util_store_n (fw_onet_get_tasks (onet)) - 1,
                                                                    "task-id")), "98765");

  reopened = fw_ui_util_save_and_reopen (document);
  g_assert_true (g_strv_equal ((const char * const *) fw_onet_get_strv (fw_document_get_onet (reopened), "skills"),
                               fw_onet_get_strv (onet, "skills")));
  {
    GListStore *tasks = fw_onet_get_tasks (fw_document_get_onet (reopened));
    g_autoptr(FwTask) task = g_list_model_get_item (G_LIST_MODEL (tasks), fw_ui_util_store_n (tasks) - 1);
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
  FwWindow *window = fw_ui_util_open_page_sample ();
  FwOnet *onet = fw_document_get_onet (fw_ui_util_document_of (window));
  FwOnetPage *page = fw_ui_util_onet_page (window);
  GListStore *tasks = fw_onet_get_tasks (onet);
  g_autoptr(FwTask) second = NULL;
  g_autofree char *text = NULL;
  GtkWidget *entry;
  GtkWidget *row;

  g_assert_cmpuint (fw_ui_util_store_n (tasks), >=, 2);
  for (guint i = 0; i < fw_ui_util_store_n (tasks); i++)
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
  fw_ui_util_undo (window);
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
  FwWindow *window = fw_ui_util_open_page_sample ();
  FwDocument *document = fw_ui_util_document_of (window);
  FwOnet *onet = fw_document_get_onet (document);
  FwOnetPage *page = fw_ui_util_onet_page (window);
  FwStringListEditor *cip = fw_onet_page_get_list_editor (page, "cip-codes");
  g_autoptr(FwFinding) finding = NULL;
  GListStore *tasks = fw_onet_get_tasks (onet);
  FwStatement *statement = fw_ui_util_store_item (fw_level_get_statements (fw_document_get_level (document,
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
  finding = fw_ui_util_find_finding (window, "FW-ONT-001", "onet.cipCodes");
  g_assert_nonnull (finding);
  fw_window_show_section (window, "overview");
  g_assert_true (fw_window_focus_finding (window, finding));
  g_assert_cmpstr (fw_window_get_section (window), ==, "onet");
  g_assert_true (fw_ui_util_focus_is_in (window, fw_string_list_editor_get_entry (cip, n)));
  gtk_editable_set_text (GTK_EDITABLE (fw_string_list_editor_get_entry (cip, n)), "51.0911");
  g_assert_false (fw_string_list_editor_item_has_error (cip, n));

  /* A task lists the statements anchored to it. */
  if (fw_ui_util_store_n (tasks) == 0)
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
  fw_ui_util_undo (window);
  anchored = fw_onet_page_get_task_anchors (page, 0);
  g_assert_false (g_strv_contains ((const char * const *) anchored,
                                   fw_statement_get_headline (statement)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Findings about single fields of the evidence pack and the O*NET tasks -------------------- */

static void
test_evidence_choice_finding (void)
{
  FwWindow *window = fw_ui_util_open_page_sample ();
  FwDocument *document = fw_ui_util_document_of (window);
  FwEvidencePage *page = fw_ui_util_evidence_page (window);
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
  finding = fw_ui_util_find_finding (window, "FW-EVD-005", "evidence.");
  g_assert_nonnull (finding);
  fw_window_show_section (window, "overview");
  g_assert_true (fw_window_focus_finding (window, finding));
  g_assert_cmpstr (fw_window_get_section (window), ==, "evidence");
  g_assert_true (fw_ui_util_focus_is_in (window, quadrant));

  /* Choosing a known value through the row fixes it: one undo step. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (quadrant), 2);
  g_assert_cmpstr (fw_evidence_get_string (fw_document_get_evidence (document), "quadrant"), ==,
                   fw_evidence_known_quadrants ()[1]);
  fw_ui_util_undo (window);
  g_assert_cmpstr (fw_evidence_get_string (fw_document_get_evidence (document), "quadrant"), ==,
                   "Q9_unknown");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_onet_task_id_finding (void)
{
  FwWindow *window = fw_ui_util_open_page_sample ();
  FwOnetPage *page = fw_ui_util_onet_page (window);
  GtkWidget *entry = fw_onet_page_get_item_entry (page, "tasks", 1, "task-id");
  g_autoptr(FwFinding) finding = NULL;

  /* A task id that O*NET does not know is a finding that focuses that task's id. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "99999");
  finding = fw_ui_util_find_finding (window, "FW-ONT-003", "onet.tasks[1]");
  g_assert_nonnull (finding);
  fw_window_show_section (window, "overview");
  g_assert_true (fw_window_focus_finding (window, finding));
  g_assert_cmpstr (fw_window_get_section (window), ==, "onet");
  g_assert_true (fw_ui_util_focus_is_in (window, fw_onet_page_get_item_entry (page, "tasks", 1, "task-id")));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

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

  return fw_ui_test_run ();
}
