/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fw-library-item.h"
#include "fw-library-window-private.h"

G_DEFINE_FINAL_TYPE (FwLibraryWindow, fw_library_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_INDEXING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Views ---------------------------------------------------------------------------------- */

static const char *
search_text (FwLibraryWindow *self)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
}

void
_fw_library_window_update_view (FwLibraryWindow *self)
{
  const char *view;

  if (self->folder == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "no-library");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "library");
  /* Before the first index ends there is nothing to search yet: the results page says so. */
  if (*search_text (self) != '\0')
    view = g_list_model_get_n_items (G_LIST_MODEL (self->hits)) > 0 || self->library == NULL
             ? "results" : "no-results";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->items)) == 0 && self->job == NULL)
    view = "empty-folder";
  else
    view = "frameworks";
  gtk_stack_set_visible_child_name (self->view_stack, view);
}

static void
update_summary (FwLibraryWindow *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  guint n_frameworks = n_items - self->n_failures;
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  g_autofree char *frameworks = NULL;
  g_autofree char *text = NULL;

  frameworks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u framework", "%u frameworks",
                                             n_frameworks), n_frameworks);
  if (self->n_failures > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u file could not be read",
                                         "%s · %u files could not be read", self->n_failures),
                            frameworks, self->n_failures);
  else
    text = g_strdup (frameworks);
  if (n_shown != n_items)
    {
      g_autofree char *all = g_steal_pointer (&text);

      text = g_strdup_printf (_("%u shown of %s"), n_shown, all);
    }
  gtk_label_set_text (self->summary_label, text);
}

void
_fw_library_window_reload_list (FwLibraryWindow *self)
{
  g_autoptr(GPtrArray) frameworks = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  if (self->library != NULL)
    {
      frameworks = fw_library_list_frameworks (self->library, &error);
      if (frameworks != NULL)
        failures = fw_library_list_failures (self->library, &error);
      if (error != NULL)
        g_warning ("Could not list the library: %s", error->message);
    }
  for (guint i = 0; frameworks != NULL && i < frameworks->len; i++)
    g_ptr_array_add (items, fw_library_item_new_framework (g_ptr_array_index (frameworks, i)));
  self->n_failures = failures != NULL ? failures->len : 0;
  /* The files that could not be read are listed with their error, first by default. */
  for (guint i = 0; i < self->n_failures; i++)
    g_ptr_array_insert (items, i, fw_library_item_new_failure (g_ptr_array_index (failures, i)));
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);
  update_summary (self);
  _fw_library_window_update_view (self);
}

/* The frameworks list -------------------------------------------------------------------- */

static gboolean
filter_item (gpointer item,
             gpointer user_data)
{
  FwLibraryWindow *self = user_data;

  return fw_library_item_matches (item, self->filter_text);
}

static void
on_filter_changed (FwLibraryWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->filter_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *old = g_steal_pointer (&self->filter_text);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  if (*stripped != '\0')
    self->filter_text = g_utf8_casefold (stripped, -1);
  if (g_strcmp0 (old, self->filter_text) == 0)
    return;
  /* Typing on narrows the list and deleting widens it: the filter model then looks only at
   * the rows shown (or only at the rows hidden) instead of at every one. */
  if (self->filter_text != NULL && (old == NULL || strstr (self->filter_text, old) != NULL))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (old != NULL && (self->filter_text == NULL || strstr (old, self->filter_text) != NULL))
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  update_summary (self);
}

static void
on_filter_stop (FwLibraryWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->filter_entry), "");
}

typedef enum
{
  CELL_TITLE,
  CELL_SOC,
  CELL_VERSION,
  CELL_ZONE,
  CELL_ERRORS,
  CELL_WARNINGS,
} CellKind;

static void
setup_title_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_add_css_class (detail, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_list_item_set_child (list_item, box);
}

/* The file's path below the library folder ("nursing/rn.fwk"); its name when not below it. */
static char *
relative_path (FwLibraryWindow *self,
               const char      *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  char *relative = self->folder != NULL ? g_file_get_relative_path (self->folder, file) : NULL;

  return relative != NULL ? relative : g_path_get_basename (path);
}

static void
bind_title_cell (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 FwLibraryWindow          *self)
{
  FwLibraryItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *detail = gtk_widget_get_last_child (box);
  const char *failure = fw_library_item_get_failure (item);
  const char *path = fw_library_item_get_path (item);
  g_autofree char *relative = relative_path (self, path);
  gsize dir_length = strlen (path) - MIN (strlen (path), strlen (relative));

  gtk_label_set_text (GTK_LABEL (title), fw_library_item_get_title (item));
  /* The error starts with the file's whole path: below the folder is enough (the tooltip has
   * it all). */
  if (failure != NULL && dir_length > 0 && strncmp (failure, path, dir_length) == 0)
    gtk_label_set_text (GTK_LABEL (detail), failure + dir_length);
  else
    gtk_label_set_text (GTK_LABEL (detail), failure != NULL ? failure : relative);
  gtk_widget_set_tooltip_text (detail, failure != NULL ? failure
                                                       : fw_library_item_get_path (item));
  if (failure != NULL)
    {
      gtk_widget_add_css_class (detail, "error");
      gtk_widget_remove_css_class (detail, "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (detail, "error");
      gtk_widget_add_css_class (detail, "dim-label");
    }
}

static void
setup_label_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

static char *
count_text (FwLibraryItem *item,
            guint          count)
{
  /* A file that could not be read has no counts to show: its error says why. */
  if (fw_library_item_get_failure (item) != NULL)
    return g_strdup ("—");
  return g_strdup_printf ("%u", count);
}

static void
bind_label_cell (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  kind_data)
{
  FwLibraryItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  g_autofree char *text = NULL;
  gboolean alert = FALSE;

  switch ((CellKind) GPOINTER_TO_INT (kind_data))
    {
    case CELL_SOC:
      text = g_strdup (fw_library_item_get_soc (item));
      break;
    case CELL_VERSION:
      text = g_strdup (fw_library_item_get_version (item));
      break;
    case CELL_ZONE:
      text = fw_library_item_get_job_zone (item) > 0
               ? g_strdup_printf ("%d", fw_library_item_get_job_zone (item)) : g_strdup ("—");
      break;
    case CELL_ERRORS:
      text = count_text (item, fw_library_item_get_errors (item));
      alert = fw_library_item_get_errors (item) > 0 || fw_library_item_get_failure (item) != NULL;
      break;
    case CELL_WARNINGS:
      text = count_text (item, fw_library_item_get_warnings (item));
      break;
    case CELL_TITLE:
    default:
      g_assert_not_reached ();
    }
  gtk_label_set_text (GTK_LABEL (label), text);
  if (alert)
    gtk_widget_add_css_class (label, "error");
  else
    gtk_widget_remove_css_class (label, "error");
}

static GtkSorter *
property_sorter (const char *property,
                 gboolean    numeric)
{
  GtkExpression *expression = gtk_property_expression_new (FW_TYPE_LIBRARY_ITEM, NULL,
                                                           property);

  if (numeric)
    return GTK_SORTER (gtk_numeric_sorter_new (expression));
  return GTK_SORTER (gtk_string_sorter_new (expression));
}

static void
set_up_column (FwLibraryWindow     *self,
               GtkColumnViewColumn *column,
               CellKind             kind,
               const char          *property,
               gboolean             numeric)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkSorter) sorter = property_sorter (property, numeric);

  if (kind == CELL_TITLE)
    {
      g_signal_connect (factory, "setup", G_CALLBACK (setup_title_cell), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_title_cell), self);
    }
  else
    {
      g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cell), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cell), GINT_TO_POINTER (kind));
    }
  gtk_column_view_column_set_factory (column, factory);
  gtk_column_view_column_set_sorter (column, sorter);
}

static void
on_framework_activated (FwLibraryWindow *self,
                        guint            position)
{
  g_autoptr(FwLibraryItem) item = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  if (item != NULL && fw_library_item_get_failure (item) == NULL)
    _fw_library_window_open_path (self, fw_library_item_get_path (item), NULL, NULL);
}

static void
init_frameworks_list (FwLibraryWindow *self)
{
  g_autoptr(GtkSingleSelection) selection = NULL;

  set_up_column (self, self->title_column, CELL_TITLE, "title", FALSE);
  set_up_column (self, self->soc_column, CELL_SOC, "soc", FALSE);
  set_up_column (self, self->version_column, CELL_VERSION, "version", FALSE);
  set_up_column (self, self->zone_column, CELL_ZONE, "job-zone", TRUE);
  set_up_column (self, self->errors_column, CELL_ERRORS, "errors", TRUE);
  set_up_column (self, self->warnings_column, CELL_WARNINGS, "warnings", TRUE);

  self->items = g_list_store_new (FW_TYPE_LIBRARY_ITEM);
  self->filter = gtk_custom_filter_new (filter_item, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->items)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          g_object_ref (gtk_column_view_get_sorter (
                                                          self->column_view)));
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_signal_connect_object (self->column_view, "activate", G_CALLBACK (on_framework_activated),
                           self, G_CONNECT_SWAPPED);
}

/* Folder --------------------------------------------------------------------------------- */

static GSettings *
settings_new_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Without its schema (an uninstalled run) the folder is simply not remembered. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "library-folder"))
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

static void
update_title (FwLibraryWindow *self)
{
  g_autofree char *name = self->folder != NULL ? g_file_get_basename (self->folder) : NULL;
  g_autofree char *where = self->folder != NULL ? g_file_get_parse_name (self->folder) : NULL;
  g_autofree char *title = name != NULL ? g_strdup_printf (_("Library — %s"), name)
                                        : g_strdup (_("Library"));

  adw_window_title_set_title (self->window_title, name != NULL ? name : _("Library"));
  adw_window_title_set_subtitle (self->window_title, where != NULL ? where : "");
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reindex", self->folder != NULL);
  if (where != NULL)
    {
      g_autofree char *description =
        g_strdup_printf (_("Framework files (.fwk and NSX JSON) saved in “%s” or its folders "
                           "appear here as soon as they are written."), where);

      adw_status_page_set_description (self->empty_page, description);
    }
}

void
fw_library_window_set_folder (FwLibraryWindow *self,
                              GFile           *folder)
{
  g_autofree char *path = NULL;

  g_return_if_fail (FW_IS_LIBRARY_WINDOW (self));
  g_return_if_fail (folder == NULL || G_IS_FILE (folder));

  _fw_library_window_stop (self);
  g_clear_pointer (&self->library, fw_library_free);
  g_set_object (&self->folder, folder);
  g_list_store_remove_all (self->items);
  g_list_store_remove_all (self->hits);
  self->n_failures = 0;
  update_title (self);
  if (folder != NULL)
    {
      path = g_file_get_path (folder);
      if (self->settings != NULL && path != NULL)
        g_settings_set_string (self->settings, "library-folder", path);
      _fw_library_window_watch (self);
      _fw_library_window_start_index (self, FALSE);
    }
  _fw_library_window_update_view (self);
}

static void
on_folder_chosen (GtkNativeDialog *chooser,
                  int              response,
                  FwLibraryWindow *self)
{
  g_autoptr(GFile) folder = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (folder != NULL)
    fw_library_window_set_folder (self, folder);
  g_object_unref (chooser);
}

static void
choose_folder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FwLibraryWindow *self = FW_LIBRARY_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open a Folder of Frameworks"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Open"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (self->folder != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), self->folder, NULL);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_folder_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
reindex_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  FwLibraryWindow *self = FW_LIBRARY_WINDOW (widget);

  if (self->folder != NULL)
    _fw_library_window_start_index (self, FALSE);
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FwLibraryWindow *self = FW_LIBRARY_WINDOW (widget);

  if (self->folder != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Class ---------------------------------------------------------------------------------- */

static gboolean
fw_library_window_close_request (GtkWindow *window)
{
  GtkWindowClass *parent_class = GTK_WINDOW_CLASS (fw_library_window_parent_class);

  /* Indexing stops with the window; what it read so far is dropped, not half-stored. */
  _fw_library_window_stop (FW_LIBRARY_WINDOW (window));
  return parent_class->close_request != NULL && parent_class->close_request (window);
}

static void
fw_library_window_dispose (GObject *object)
{
  FwLibraryWindow *self = FW_LIBRARY_WINDOW (object);

  _fw_library_window_stop (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_LIBRARY_WINDOW);

  G_OBJECT_CLASS (fw_library_window_parent_class)->dispose (object);
}

static void
fw_library_window_finalize (GObject *object)
{
  FwLibraryWindow *self = FW_LIBRARY_WINDOW (object);

  g_clear_pointer (&self->library, fw_library_free);
  g_clear_object (&self->folder);
  g_clear_object (&self->settings);
  g_clear_object (&self->items);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filter);
  g_clear_object (&self->hits);
  g_clear_pointer (&self->filter_text, g_free);
  g_clear_pointer (&self->progress_text, g_free);

  G_OBJECT_CLASS (fw_library_window_parent_class)->finalize (object);
}

static void
fw_library_window_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FwLibraryWindow *self = FW_LIBRARY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_INDEXING:
      g_value_set_boolean (value, fw_library_window_get_indexing (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_library_window_class_init (FwLibraryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = fw_library_window_dispose;
  object_class->finalize = fw_library_window_finalize;
  object_class->get_property = fw_library_window_get_property;
  window_class->close_request = fw_library_window_close_request;

  properties[PROP_INDEXING] =
    g_param_spec_boolean ("indexing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/library/fw-library-window.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, FwLibraryWindow, name)
  CHILD (window_title);
  CHILD (stack);
  CHILD (view_stack);
  CHILD (progress_revealer);
  CHILD (progress_bar);
  CHILD (progress_label);
  CHILD (search_entry);
  CHILD (filter_entry);
  CHILD (summary_label);
  CHILD (column_view);
  CHILD (title_column);
  CHILD (soc_column);
  CHILD (version_column);
  CHILD (zone_column);
  CHILD (errors_column);
  CHILD (warnings_column);
  CHILD (results_view);
  CHILD (results_label);
  CHILD (empty_page);
  CHILD (no_results_page);
#undef CHILD

  gtk_widget_class_install_action (widget_class, "win.choose-folder", NULL, choose_folder_action);
  gtk_widget_class_install_action (widget_class, "win.reindex", NULL, reindex_action);
  gtk_widget_class_install_action (widget_class, "win.focus-search", NULL, focus_search_action);
  /* The application gives Ctrl+F to win.find in every window: here it is the search. */
  gtk_widget_class_install_action (widget_class, "win.find", NULL, focus_search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.focus-search", NULL);
}

static void
fw_library_window_init (FwLibraryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = settings_new_if_installed ();
  init_frameworks_list (self);
  _fw_library_window_init_results (self);
  g_signal_connect_object (self->filter_entry, "changed", G_CALLBACK (on_filter_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_entry, "stop-search", G_CALLBACK (on_filter_stop), self,
                           G_CONNECT_SWAPPED);
  update_title (self);
  _fw_library_window_update_view (self);
}

FwLibraryWindow *
fw_library_window_new (GtkApplication *application)
{
  return g_object_new (FW_TYPE_LIBRARY_WINDOW, "application", application, NULL);
}

GFile *
fw_library_window_get_folder (FwLibraryWindow *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_WINDOW (self), NULL);
  return self->folder;
}

gboolean
fw_library_window_get_indexing (FwLibraryWindow *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_WINDOW (self), FALSE);
  return self->job != NULL;
}

const char *
fw_library_window_get_view (FwLibraryWindow *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_WINDOW (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "library") != 0)
    return "no-library";
  return gtk_stack_get_visible_child_name (self->view_stack);
}

GListModel *
fw_library_window_get_frameworks (FwLibraryWindow *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_WINDOW (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

GtkColumnView *
fw_library_window_get_column_view (FwLibraryWindow *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_WINDOW (self), NULL);
  return self->column_view;
}

GListModel *
fw_library_window_get_results (FwLibraryWindow *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_WINDOW (self), NULL);
  return G_LIST_MODEL (self->hits);
}

GtkEditable *
fw_library_window_get_search_entry (FwLibraryWindow *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_WINDOW (self), NULL);
  return GTK_EDITABLE (self->search_entry);
}

GtkEditable *
fw_library_window_get_filter_entry (FwLibraryWindow *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_WINDOW (self), NULL);
  return GTK_EDITABLE (self->filter_entry);
}

const char *
fw_library_window_get_progress_text (FwLibraryWindow *self)
{
  g_return_val_if_fail (FW_IS_LIBRARY_WINDOW (self), NULL);
  return self->progress_text != NULL ? self->progress_text : "";
}
