/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-domain-row.h"
#include "fw-durable-page.h"
#include "fw-onet-page.h"
#include "fw-source-row.h"
#include "fw-sources-page.h"
#include "fw-statement-list.h"
#include "fw-ui-test.h"

/*
 * Finding markers on the Sources, O*NET and Durable Skills pages: they stay on the row of the
 * item they are about when another item is inserted before it, they say how severe the worst
 * finding is, and inserting an item leaves the other rows (their focus, their expanded state)
 * alone.
 */

/* Helpers -------------------------------------------------------------------------------- */

static FwWindow *
open_page_sample (void)
{
  const char *shared = g_getenv ("FW_SHARED_DIR");
  g_autofree char *path = g_build_filename (shared != NULL ? shared : "../shared", "samples",
                                            "nsx-page-radiologic-technologists.txt", NULL);

  return fw_ui_test_open_path (fw_ui_test_get_app (), path);
}

static gboolean
focus_is_in (FwWindow  *window,
             GtkWidget *widget)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static const char *
icon_name (GtkWidget *marker)
{
  return gtk_image_get_icon_name (GTK_IMAGE (marker));
}

/* The visible finding marker inside @root (a statement list's, for a cell), or NULL. */
static GtkWidget *
visible_marker (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_IMAGE (child) && gtk_widget_get_visible (child) &&
          gtk_widget_has_css_class (child, "finding-marker"))
        return child;
      if ((found = visible_marker (child)) != NULL)
        return found;
    }
  return NULL;
}

/* Runs @command without letting the window revalidate: markers still show the last run. */
static void
run_before_validation (FwDocument *document,
                       FwCommand  *command)
{
  fw_document_run (document, command);
}

/* Sources -------------------------------------------------------------------------------- */

static FwSourceRow *
source_row (FwSourcesPage *page,
            FwSource      *source)
{
  FwSourceRow *row = fw_sources_page_get_row (page, source);

  g_assert_nonnull (row);
  return row;
}

static void
test_sources_insert (void)
{
  FwWindow *window = open_page_sample ();
  FwDocument *document = fw_window_get_document (window);
  GListStore *store = fw_document_get_sources (document);
  FwSourcesPage *page;
  g_autoptr(FwSource) inserted = fw_source_new ("src-inserted", "Inserted", "Inserted source");
  g_autoptr(GHashTable) marked = g_hash_table_new (NULL, NULL);
  FwSource *uncited;
  FwSourceRow *row;
  GtkWidget *title;
  guint n;

  fw_window_show_section (window, "sources");
  page = FW_SOURCES_PAGE (fw_window_get_page (window, "sources"));

  /* A new source nobody cites: an info finding about it, by its id. */
  uncited = fw_sources_page_add_source (page);
  fw_window_validate_now (window);
  row = source_row (page, uncited);
  g_assert_true (gtk_widget_get_visible (fw_source_row_get_marker (row)));
  g_assert_cmpstr (icon_name (fw_source_row_get_marker (row)), ==,
                   "dialog-information-symbolic");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fw_source_row_get_marker (row)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Has notes");

  /* The user is editing it: expanded, the focus in its title. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  title = fw_source_row_get_entry (row, "title");
  g_assert_true (gtk_widget_grab_focus (title));

  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  g_assert_cmpuint (n, >=, 2);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FwSource) source = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (gtk_widget_get_visible (fw_source_row_get_marker (source_row (page, source))))
        g_hash_table_add (marked, source);
    }
  /* So that a marker moved by position would show: the source before it is clean. */
  {
    g_autoptr(FwSource) before = g_list_model_get_item (G_LIST_MODEL (store), n - 2);

    g_assert_false (g_hash_table_contains (marked, before));
  }

  /* Another source goes in first; the markers stay with their sources. */
  run_before_validation (document, fw_command_insert_new (store, 0, inserted));
  for (guint i = 0; i <= n; i++)
    {
      g_autoptr(FwSource) source = g_list_model_get_item (G_LIST_MODEL (store), i);

      g_assert_cmpint (gtk_widget_get_visible (fw_source_row_get_marker (source_row (page,
                                                                                     source))),
                       ==, g_hash_table_contains (marked, source));
    }
  /* Only the new row was built: the one being edited is the same, expanded and focused. */
  g_assert_true (source_row (page, uncited) == row);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_true (focus_is_in (window, title));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* O*NET ---------------------------------------------------------------------------------- */

static GtkWidget *
task_row (FwOnetPage *page,
          guint       index)
{
  GtkWidget *entry = fw_onet_page_get_item_entry (page, "tasks", index, "task-id");

  g_assert_nonnull (entry);
  return gtk_widget_get_ancestor (entry, ADW_TYPE_EXPANDER_ROW);
}

static void
test_onet_insert (void)
{
  FwWindow *window = open_page_sample ();
  FwDocument *document = fw_window_get_document (window);
  GListStore *tasks = fw_onet_get_tasks (fw_document_get_onet (document));
  g_autoptr(FwTask) inserted = fw_task_new (NULL, "Calibrate the imaging equipment.");
  FwOnetPage *page;
  g_autoptr(GtkWidget) first_row = NULL;
  GtkWidget *first_text;
  GtkWidget *marked_row;
  GtkWidget *marked_entry;

  fw_window_show_section (window, "onet");
  page = FW_ONET_PAGE (fw_window_get_page (window, "onet"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tasks)), >=, 2);

  /* A task id O*NET does not know marks the second task's id. */
  marked_entry = fw_onet_page_get_item_entry (page, "tasks", 1, "task-id");
  gtk_editable_set_text (GTK_EDITABLE (marked_entry), "99999");
  fw_window_validate_now (window);
  marked_row = task_row (page, 1);
  g_assert_true (gtk_widget_has_css_class (marked_entry, "error"));
  g_assert_false (gtk_widget_has_css_class (fw_onet_page_get_item_entry (page, "tasks", 0,
                                                                         "task-id"), "error"));

  /* The first task is being edited. */
  first_row = g_object_ref (task_row (page, 0));
  first_text = fw_onet_page_get_item_entry (page, "tasks", 0, "text");
  g_assert_true (gtk_widget_grab_focus (first_text));

  /* A task goes in before both: the mark stays on the task with the unknown id. */
  run_before_validation (document, fw_command_insert_new (tasks, 0, inserted));
  /* The row being edited was kept, expanded and focused (looking rows up below expands them). */
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (first_row)));
  g_assert_true (focus_is_in (window, first_text));
  g_assert_true (task_row (page, 1) == first_row);
  g_assert_true (task_row (page, 2) == marked_row);
  g_assert_true (gtk_widget_has_css_class (fw_onet_page_get_item_entry (page, "tasks", 2,
                                                                        "task-id"), "error"));
  g_assert_false (gtk_widget_has_css_class (fw_onet_page_get_item_entry (page, "tasks", 1,
                                                                         "task-id"), "error"));
  g_assert_false (gtk_widget_has_css_class (fw_onet_page_get_item_entry (page, "tasks", 0,
                                                                         "task-id"), "error"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Durable skills ------------------------------------------------------------------------- */

static FwDomain *
domain_at (GListStore *domains,
           guint       position)
{
  g_autoptr(FwDomain) domain = g_list_model_get_item (G_LIST_MODEL (domains), position);

  g_assert_nonnull (domain);
  return domain;
}

static GtkWidget *
domain_marker (FwDurablePage *page,
               FwDomain      *domain)
{
  return fw_domain_row_get_marker (fw_durable_page_get_domain_row (page, domain));
}

static void
test_durable_insert (void)
{
  FwWindow *window = open_page_sample ();
  FwDocument *document = fw_window_get_document (window);
  GListStore *domains = fw_document_get_domains (document);
  g_autoptr(FwDomain) inserted = fw_domain_new ("Curiosity");
  FwDurablePage *page;
  FwDomain *first;
  FwDomain *unnamed;
  GtkWidget *cell_marker;

  fw_window_show_section (window, "durable-skills");
  page = FW_DURABLE_PAGE (fw_window_get_page (window, "durable-skills"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (domains)), >=, 2);
  first = domain_at (domains, 0);
  unnamed = domain_at (domains, 1);

  /* A domain without a name is an error: the marker says so. */
  fw_document_run (document, fw_command_set_string_new (G_OBJECT (unnamed), "name", "", FALSE));
  fw_window_validate_now (window);
  g_assert_true (gtk_widget_get_visible (domain_marker (page, unnamed)));
  g_assert_cmpstr (icon_name (domain_marker (page, unnamed)), ==, "dialog-error-symbolic");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (domain_marker (page, unnamed)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Has errors");
  g_assert_false (gtk_widget_get_visible (domain_marker (page, first)));

  /* A domain goes in first: the marker stays on the unnamed domain's row. */
  run_before_validation (document, fw_command_insert_new (domains, 0, inserted));
  g_assert_true (gtk_widget_get_visible (domain_marker (page, unnamed)));
  g_assert_false (gtk_widget_get_visible (domain_marker (page, first)));
  g_assert_false (gtk_widget_get_visible (domain_marker (page, inserted)));

  /* The new domain's cells are empty: warnings only, and the cell's marker says so. */
  fw_window_validate_now (window);
  cell_marker = visible_marker (GTK_WIDGET (fw_durable_page_get_cell (page, inserted,
                                                                      FW_DURABLE_EMERGING)));
  g_assert_nonnull (cell_marker);
  g_assert_cmpstr (icon_name (cell_marker), ==, "dialog-warning-symbolic");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cell_marker),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Has warnings");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);

  fw_ui_test_add ("/ui/findings/sources/insert", test_sources_insert);
  fw_ui_test_add ("/ui/findings/onet/insert", test_onet_insert);
  fw_ui_test_add ("/ui/findings/durable/insert", test_durable_insert);

  return fw_ui_test_run ();
}
