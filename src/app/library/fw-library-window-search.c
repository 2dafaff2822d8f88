/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-application.h"
#include "fw-document.h"
#include "fw-finding.h"
#include "fw-library-hit.h"
#include "fw-library-window-private.h"
#include "fw-onet.h"
#include "fw-task.h"

/* The search ------------------------------------------------------------------------------ */

static void
show_hits (FwLibraryWindow *self,
           GPtrArray       *hits)
{
  guint n_results = 0;
  guint n_frameworks = 0;
  g_autofree char *results = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; hits != NULL && i < hits->len; i++)
    {
      if (fw_library_hit_is_header (g_ptr_array_index (hits, i)))
        n_frameworks++;
      else if (!fw_library_hit_is_more (g_ptr_array_index (hits, i)))
        n_results++;
    }
  /* One splice: the list view hears of one change, however many rows it replaces. */
  g_list_store_splice (self->hits, 0, g_list_model_get_n_items (G_LIST_MODEL (self->hits)),
                       hits != NULL ? hits->pdata : NULL, hits != NULL ? hits->len : 0);
  results = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u result", "%u results", n_results),
                             n_results);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s in %u framework",
                                       "%s in %u frameworks", n_frameworks),
                          results, n_frameworks);
  if (n_results >= self->limit)
    {
      g_autofree char *best = g_steal_pointer (&text);

      text = g_strdup_printf (_("The best %s"), best);
    }
  gtk_label_set_text (self->results_label, text);
}

void
_fw_library_window_run_search (FwLibraryWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  const char *description;

  if (*text != '\0' && self->library != NULL)
    {
      results = fw_library_search (self->library, text, self->limit, &error);
      if (results != NULL)
        hits = fw_library_hit_group (results);
      if (results != NULL && results->len >= self->limit)
        g_ptr_array_add (hits, fw_library_hit_new_more ());
    }
  show_hits (self, hits);
  if (self->library == NULL)
    gtk_label_set_text (self->results_label, _("The search starts once the folder is indexed…"));
  /* A query the index refuses (level:expert) says why where the results would be. */
  description = error != NULL ? error->message
                              : _("Try other words, a prefix such as radiograph*, or fewer "
                                  "filters.");
  /* Set only when it changes: a label laid out again on every keystroke costs a millisecond. */
  if (g_strcmp0 (adw_status_page_get_description (self->no_results_page), description) != 0)
    adw_status_page_set_description (self->no_results_page, description);
  _fw_library_window_update_view (self);
}

static void
on_search_changed (FwLibraryWindow *self)
{
  self->limit = FW_LIBRARY_WINDOW_RESULTS_STEP;
  _fw_library_window_run_search (self);
}

static void
on_search_stop (FwLibraryWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* Enter opens the first result. */
static void
on_search_activate (FwLibraryWindow *self)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->hits)); i++)
    {
      g_autoptr(FwLibraryHit) hit = g_list_model_get_item (G_LIST_MODEL (self->hits), i);

      if (!fw_library_hit_is_header (hit) && !fw_library_hit_is_more (hit))
        {
          fw_library_window_activate_result (self, i);
          return;
        }
    }
}

/* The results list ------------------------------------------------------------------------ */

static GtkWidget *
caption_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
setup_hit (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = caption_label ("heading");
  GtkWidget *place = caption_label ("caption");
  GtkWidget *headline = caption_label ("library-headline");
  GtkWidget *snippet = caption_label ("library-snippet");

  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (place, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (headline), TRUE);
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (snippet), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (snippet), 3);
  gtk_label_set_ellipsize (GTK_LABEL (snippet), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), place);
  gtk_box_append (GTK_BOX (box), headline);
  gtk_box_append (GTK_BOX (box), snippet);
  gtk_widget_add_css_class (box, "library-hit");
  gtk_list_item_set_child (list_item, box);
}

static void
bind_hit (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item)
{
  FwLibraryHit *hit = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *place = gtk_widget_get_next_sibling (title);
  GtkWidget *headline = gtk_widget_get_next_sibling (place);
  GtkWidget *snippet = gtk_widget_get_next_sibling (headline);
  gboolean header = fw_library_hit_is_header (hit);
  gboolean more = fw_library_hit_is_more (hit);
  g_autofree char *heading = NULL;
  g_autofree char *count = NULL;

  if (more)
    gtk_label_set_text (GTK_LABEL (title), fw_library_hit_get_title (hit));
  else if (header)
    {
      heading = *fw_library_hit_get_soc (hit) != '\0'
                  ? g_strdup_printf ("%s · %s", fw_library_hit_get_title (hit),
                                     fw_library_hit_get_soc (hit))
                  : g_strdup (fw_library_hit_get_title (hit));
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u result", "%u results",
                                            fw_library_hit_get_n_results (hit)),
                               fw_library_hit_get_n_results (hit));
      gtk_label_set_text (GTK_LABEL (title), heading);
      gtk_label_set_text (GTK_LABEL (place), count);
      gtk_widget_add_css_class (box, "library-group");
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (place), fw_library_hit_get_place (hit));
      gtk_label_set_markup (GTK_LABEL (headline), fw_library_hit_get_headline (hit));
      gtk_label_set_markup (GTK_LABEL (snippet), fw_library_hit_get_snippet (hit));
      gtk_widget_remove_css_class (box, "library-group");
    }
  gtk_widget_set_visible (title, header || more);
  gtk_widget_set_visible (place, !more);
  gtk_widget_set_visible (headline, !header && !more && *fw_library_hit_get_headline (hit) != '\0');
  gtk_widget_set_visible (snippet, !header && !more && *fw_library_hit_get_snippet (hit) != '\0');
  if (more)
    gtk_widget_add_css_class (box, "library-more");
  else
    gtk_widget_remove_css_class (box, "library-more");
  gtk_list_item_set_selectable (list_item, !header && !more);
}

static void
on_hit_activated (FwLibraryWindow *self,
                  guint            position)
{
  fw_library_window_activate_result (self, position);
}

void
_fw_library_window_init_results (FwLibraryWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkSingleSelection) selection = NULL;

  self->hits = g_list_store_new (FW_TYPE_LIBRARY_HIT);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->hits)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_hit), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_hit), NULL);
  gtk_list_view_set_factory (self->results_view, factory);
  gtk_list_view_set_model (self->results_view, GTK_SELECTION_MODEL (selection));
  g_signal_connect_object (self->results_view, "activate", G_CALLBACK (on_hit_activated), self,
                           G_CONNECT_SWAPPED);
  self->limit = FW_LIBRARY_WINDOW_RESULTS_STEP;
  /* No debounce: every keystroke searches (bench/bench-library-window measures it). */
  g_signal_connect_object (self->search_entry, "changed", G_CALLBACK (on_search_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (on_search_stop), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (on_search_activate), self,
                           G_CONNECT_SWAPPED);
}

/* Opening a result ------------------------------------------------------------------------ */

typedef struct
{
  char     *section;
  char     *statement_id;
  gulong    handler;
} Reveal;

static void
reveal_free (gpointer  data,
             GClosure *closure)
{
  Reveal *reveal = data;

  g_free (reveal->section);
  g_free (reveal->statement_id);
  g_free (reveal);
}

/* The task's own id (what the O*NET page knows its row by) from its O*NET task id. */
static const char *
task_item_id (FwDocument *document,
              const char *onet_task_id)
{
  GListModel *tasks = G_LIST_MODEL (fw_onet_get_tasks (fw_document_get_onet (document)));

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (tasks, i);

      if (g_strcmp0 (fw_task_get_task_id (task), onet_task_id) == 0)
        return fw_task_get_id (task);
    }
  return NULL;
}

/*
 * Shows the statement as the problems page shows what a finding is about: its page, its row
 * selected and focused (which scrolls it into view).
 */
static gboolean
reveal_statement (FwWindow   *window,
                  const char *section,
                  const char *statement_id)
{
  FwDocument *document = fw_window_get_document (window);
  FwFindingLocation location = { FW_FINDING_SECTION_LEVELS, -1, NULL, NULL };
  g_autoptr(FwFinding) finding = NULL;
  const char *path = g_strcmp0 (section, "ai-fluency") == 0 ? "aiFluency"
                     : g_strcmp0 (section, "durable") == 0 ? "durableSkills" : "levels";
  const char *field = NULL;
  const char *id = statement_id;

  if (document == NULL || statement_id == NULL)
    return FALSE;
  if (g_strcmp0 (section, "tasks") == 0 || g_strcmp0 (section, "titles") == 0)
    {
      gboolean task = g_str_equal (section, "tasks");

      location.section = FW_FINDING_SECTION_ONET;
      location.subject_id = task ? task_item_id (document, statement_id) : statement_id;
      path = task ? "onet.tasks" : "onet.relatedTitles";
      field = task ? "text" : "relatedTitles";
      id = NULL;
      if (location.subject_id == NULL)
        return FALSE;
    }
  finding = fw_finding_new ("library", FW_SEVERITY_INFO, &location, path, id, field, "", NULL);
  return fw_window_focus_finding (window, finding);
}

static void
on_window_busy (FwWindow   *window,
                GParamSpec *pspec,
                Reveal     *reveal)
{
  if (fw_window_get_busy (window))
    return;
  reveal_statement (window, reveal->section, reveal->statement_id);
  g_signal_handler_disconnect (window, reveal->handler);
}

void
_fw_library_window_open_path (FwLibraryWindow *self,
                              const char      *path,
                              const char      *section,
                              const char      *statement_id)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  FwWindow *window;
  Reveal *reveal;

  if (!FW_IS_APPLICATION (app))
    return;
  window = fw_application_open_file (FW_APPLICATION (app), file, NULL);
  if (window == NULL || statement_id == NULL)
    return;
  if (!fw_window_get_busy (window))
    {
      reveal_statement (window, section, statement_id);
      return;
    }
  /* The file is still being read: show the statement once it is. */
  reveal = g_new0 (Reveal, 1);
  reveal->section = g_strdup (section);
  reveal->statement_id = g_strdup (statement_id);
  reveal->handler = g_signal_connect_data (window, "notify::busy", G_CALLBACK (on_window_busy),
                                           reveal, reveal_free, 0);
}

void
fw_library_window_activate_result (FwLibraryWindow *self,
                                   guint            position)
{
  g_autoptr(FwLibraryHit) hit = NULL;

  g_return_if_fail (FW_IS_LIBRARY_WINDOW (self));

  hit = g_list_model_get_item (G_LIST_MODEL (self->hits), position);
  if (hit == NULL)
    return;
  if (fw_library_hit_is_more (hit))
    {
      self->limit += 2 * FW_LIBRARY_WINDOW_RESULTS_STEP;
      _fw_library_window_run_search (self);
      return;
    }
  _fw_library_window_open_path (self, fw_library_hit_get_path (hit),
                                fw_library_hit_get_section (hit),
                                fw_library_hit_get_statement_id (hit));
}
