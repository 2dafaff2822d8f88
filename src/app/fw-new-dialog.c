/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-new-dialog.h"
#include "fw-onet-index.h"
#include "fw-onet-release.h"

/* One occupation of the list, with the alternate title that matched the last query. */
#define FW_TYPE_OCCUPATION_ITEM (fw_occupation_item_get_type ())
G_DECLARE_FINAL_TYPE (FwOccupationItem, fw_occupation_item, FW, OCCUPATION_ITEM, GObject)

struct _FwOccupationItem
{
  GObject      parent_instance;
  FwOnetIndex *index;        /* owned by the release, which outlives the dialog */
  guint        occupation;
  int          alternate;    /* -1: none matched */
  gboolean     changed;      /* its row must be bound again */
};

G_DEFINE_FINAL_TYPE (FwOccupationItem, fw_occupation_item, G_TYPE_OBJECT)

static void
fw_occupation_item_class_init (FwOccupationItemClass *klass)
{
}

static void
fw_occupation_item_init (FwOccupationItem *self)
{
  self->alternate = -1;
}

/*
 * The results: a list model over an array, replaced whole at each keystroke. A GListStore
 * would insert and remove the thousand items one by one in its GSequence, which costs more
 * than a frame. It holds one page of the matches at first (see RESULTS_PAGE).
 */
#define FW_TYPE_OCCUPATION_RESULTS (fw_occupation_results_get_type ())
G_DECLARE_FINAL_TYPE (FwOccupationResults, fw_occupation_results, FW, OCCUPATION_RESULTS,
                      GObject)

struct _FwOccupationResults
{
  GObject    parent_instance;
  GPtrArray *items;   /* FwOccupationItem, borrowed from the dialog's items */
};

static GType
fw_occupation_results_get_item_type (GListModel *model)
{
  return FW_TYPE_OCCUPATION_ITEM;
}

static guint
fw_occupation_results_get_n_items (GListModel *model)
{
  return FW_OCCUPATION_RESULTS (model)->items->len;
}

static gpointer
fw_occupation_results_get_item (GListModel *model,
                                guint       position)
{
  GPtrArray *items = FW_OCCUPATION_RESULTS (model)->items;

  return position < items->len ? g_object_ref (g_ptr_array_index (items, position)) : NULL;
}

static void
fw_occupation_results_model_init (GListModelInterface *iface)
{
  iface->get_item_type = fw_occupation_results_get_item_type;
  iface->get_n_items = fw_occupation_results_get_n_items;
  iface->get_item = fw_occupation_results_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (FwOccupationResults, fw_occupation_results, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      fw_occupation_results_model_init))

static void
fw_occupation_results_finalize (GObject *object)
{
  g_ptr_array_unref (FW_OCCUPATION_RESULTS (object)->items);

  G_OBJECT_CLASS (fw_occupation_results_parent_class)->finalize (object);
}

static void
fw_occupation_results_class_init (FwOccupationResultsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fw_occupation_results_finalize;
}

static void
fw_occupation_results_init (FwOccupationResults *self)
{
  self->items = g_ptr_array_new ();
}

/* Replaces the results with @items (taken); unchanged ends (the same items, not marked
 * changed) are not announced as changes. */
static void
fw_occupation_results_replace (FwOccupationResults *self,
                               GPtrArray           *items)
{
  g_autoptr(GPtrArray) old = self->items;
  guint prefix = 0, suffix = 0;

  while (prefix < old->len && prefix < items->len
         && old->pdata[prefix] == items->pdata[prefix]
         && !((FwOccupationItem *) items->pdata[prefix])->changed)
    prefix++;
  while (suffix < old->len - prefix && suffix < items->len - prefix
         && old->pdata[old->len - 1 - suffix] == items->pdata[items->len - 1 - suffix]
         && !((FwOccupationItem *) items->pdata[items->len - 1 - suffix])->changed)
    suffix++;

  self->items = items;
  if (old->len != items->len || prefix < old->len)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, old->len - prefix - suffix,
                                items->len - prefix - suffix);
}

/* Appends @items[@from … @to) to the results, as one change. */
static void
fw_occupation_results_append (FwOccupationResults *self,
                              GPtrArray           *items,
                              guint                from,
                              guint                to)
{
  guint position = self->items->len;

  if (from >= to)
    return;
  for (guint i = from; i < to; i++)
    g_ptr_array_add (self->items, g_ptr_array_index (items, i));
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, to - from);
}

/*
 * The rows a keystroke puts in the list. GTK 4.8's list view costs about 20 µs per row that
 * a change adds or removes (widgets recycled, positions tracked), whether it is on screen or
 * not: a one-letter query matching 900 occupations took 20–30 ms. A page of rows keeps every
 * keystroke well within a frame; the next page comes when the list scrolls near its end.
 */
#define RESULTS_PAGE 25

struct _FwNewDialog
{
  AdwWindow           parent_instance;

  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkListView        *list_view;
  GtkScrolledWindow  *scrolled_window;
  AdwStatusPage      *status_page;
  AdwWindowTitle     *window_title;

  FwOccupationResults *results;
  GtkSingleSelection *selection;
  GPtrArray          *items;       /* FwOccupationItem, one per occupation */
  /* Every match of the query, best first (borrowed from items); the list shows a page of
   * them at a time, and more as it scrolls or the selection moves down. */
  GPtrArray          *matches;
  FwOnetIndex        *index;
  GCancellable       *cancellable;
  guint               fill_id;
  gboolean            ready;
  gboolean            chosen;
};

G_DEFINE_FINAL_TYPE (FwNewDialog, fw_new_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_READY,
  N_PROPS
};

enum {
  OCCUPATION_CHOSEN,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Rows ----------------------------------------------------------------------------------- */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *code = gtk_label_new (NULL);
  GtkWidget *zone = gtk_label_new (NULL);
  GtkWidget *alternate = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  /* One line each: a row is measured at every keystroke that brings it into view. */
  gtk_label_set_single_line_mode (GTK_LABEL (title), TRUE);
  gtk_label_set_single_line_mode (GTK_LABEL (alternate), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (code, "dim-label");
  gtk_widget_add_css_class (code, "numeric");
  gtk_widget_add_css_class (zone, "dim-label");
  gtk_widget_add_css_class (zone, "caption");
  gtk_label_set_xalign (GTK_LABEL (alternate), 0);
  gtk_label_set_ellipsize (GTK_LABEL (alternate), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (alternate, "dim-label");
  gtk_widget_add_css_class (alternate, "caption");

  gtk_box_append (GTK_BOX (top), title);
  gtk_box_append (GTK_BOX (top), zone);
  gtk_box_append (GTK_BOX (top), code);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), alternate);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  FwOccupationItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *top = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_first_child (top);
  GtkWidget *zone = gtk_widget_get_next_sibling (title);
  GtkWidget *code = gtk_widget_get_next_sibling (zone);
  GtkWidget *alternate = gtk_widget_get_next_sibling (top);
  int job_zone = fw_onet_index_get_job_zone (item->index, item->occupation);
  g_autofree char *zone_text = NULL;
  g_autofree char *alternate_text = NULL;

  zone_text = job_zone > 0 ? g_strdup_printf (_("Job Zone %d"), job_zone)
                           : g_strdup (_("No job zone"));
  gtk_label_set_text (GTK_LABEL (title), fw_onet_index_get_title (item->index, item->occupation));
  gtk_label_set_text (GTK_LABEL (code), fw_onet_index_get_code (item->index, item->occupation));
  gtk_label_set_text (GTK_LABEL (zone), zone_text);

  if (item->alternate >= 0)
    alternate_text = g_strdup_printf (_("Also called “%s”"),
                                      fw_onet_index_get_alternate (item->index, item->occupation,
                                                                   item->alternate));
  gtk_widget_set_visible (alternate, alternate_text != NULL);
  gtk_label_set_text (GTK_LABEL (alternate), alternate_text != NULL ? alternate_text : "");
}

/* Filtering ------------------------------------------------------------------------------ */

/* Puts at least @count of the matches in the list (a page more at a time). */
static void
show_at_least (FwNewDialog *self,
               guint        count)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->results));
  guint wanted;

  if (self->matches == NULL || count <= shown || shown >= self->matches->len)
    return;
  wanted = MIN (self->matches->len, (count / RESULTS_PAGE + 1) * RESULTS_PAGE);
  fw_occupation_results_append (self->results, self->matches, shown, wanted);
}

/* Scrolled to within a screen of the end: the next page. */
static void
scrolled_cb (FwNewDialog   *self,
             GtkAdjustment *adjustment)
{
  double page = gtk_adjustment_get_page_size (adjustment);

  if (page > 0
      && gtk_adjustment_get_value (adjustment) + 2 * page >= gtk_adjustment_get_upper (adjustment))
    show_at_least (self, g_list_model_get_n_items (G_LIST_MODEL (self->results)) + 1);
}

static gboolean
fill_cb (gpointer user_data)
{
  FwNewDialog *self = user_data;

  self->fill_id = 0;
  scrolled_cb (self, gtk_scrolled_window_get_vadjustment (self->scrolled_window));
  return G_SOURCE_REMOVE;
}

/* The list got taller or shorter than a page of rows (a tall dialog): fill it once the
 * layout is done, since the list cannot change while it is being allocated. */
static void
adjustment_changed_cb (FwNewDialog *self)
{
  if (self->fill_id == 0)
    self->fill_id = g_idle_add (fill_cb, self);
}

static void
select_position (FwNewDialog *self,
                 guint        position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->results));

  if (n == 0)
    return;
  position = MIN (position, n - 1);
  gtk_single_selection_set_selected (self->selection, position);
  /* GTK 4.8 lists have no scroll-to call of their own: the list's own action scrolls. */
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                              position);
}

void
fw_new_dialog_filter (FwNewDialog *self,
                      const char  *query)
{
  g_autoptr(GArray) matches = NULL;
  GPtrArray *shown;

  g_return_if_fail (FW_IS_NEW_DIALOG (self));
  g_return_if_fail (query != NULL);

  if (self->index == NULL)
    return;

  matches = fw_onet_index_search (self->index, query, 0);
  g_clear_pointer (&self->matches, g_ptr_array_unref);
  self->matches = g_ptr_array_sized_new (matches->len);
  shown = g_ptr_array_sized_new (MIN (matches->len, RESULTS_PAGE));
  for (guint i = 0; i < matches->len; i++)
    {
      const FwOnetMatch *match = &g_array_index (matches, FwOnetMatch, i);
      FwOccupationItem *item = g_ptr_array_index (self->items, match->occupation);

      /* A row whose matching alternate title changed is bound again. */
      item->changed = item->alternate != match->alternate;
      item->alternate = match->alternate;
      g_ptr_array_add (self->matches, item);
      if (i < RESULTS_PAGE)
        g_ptr_array_add (shown, item);
    }

  fw_occupation_results_replace (self->results, shown);
  gtk_stack_set_visible_child_name (self->stack, matches->len > 0 ? "list" : "empty");
  select_position (self, 0);
}

static void
search_changed_cb (FwNewDialog *self)
{
  fw_new_dialog_filter (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* Choosing ------------------------------------------------------------------------------- */

static void
choose (FwNewDialog *self,
        guint        position)
{
  g_autoptr(FwOccupationItem) item = NULL;

  if (self->chosen || position >= g_list_model_get_n_items (G_LIST_MODEL (self->results)))
    return;

  item = g_list_model_get_item (G_LIST_MODEL (self->results), position);
  self->chosen = TRUE;
  g_signal_emit (self, signals[OCCUPATION_CHOSEN], 0,
                 fw_onet_index_get_code (item->index, item->occupation));
  gtk_window_close (GTK_WINDOW (self));
}

static void
search_activate_cb (FwNewDialog *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);

  if (position != GTK_INVALID_LIST_POSITION)
    choose (self, position);
}

static void
list_activate_cb (FwNewDialog *self,
                  guint        position)
{
  choose (self, position);
}

static void
stop_search_cb (FwNewDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

/* Arrows in the entry move the selection: the keyboard never has to leave the entry. */
static gboolean
key_pressed_cb (FwNewDialog           *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  guint position = gtk_single_selection_get_selected (self->selection);
  guint n = self->matches != NULL ? self->matches->len : 0;
  int step;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      step = 1;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      step = -1;
      break;
    case GDK_KEY_Page_Down:
      step = 10;
      break;
    case GDK_KEY_Page_Up:
      step = -10;
      break;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  if (n == 0)
    return GDK_EVENT_STOP;
  if (position == GTK_INVALID_LIST_POSITION)
    position = 0;
  else if (step < 0)
    position = (guint) -step > position ? 0 : position + step;
  else
    position = MIN (position + step, n - 1);
  /* The rows below the selection come along, so Page Down never meets the end of a page. */
  show_at_least (self, position + RESULTS_PAGE / 2);
  select_position (self, position);

  return GDK_EVENT_STOP;
}

/* Loading -------------------------------------------------------------------------------- */

static void
load_index_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  FwOnetRelease *release = task_data;
  GError *error = NULL;
  FwOnetIndex *index = fw_onet_release_load_index (release, &error);

  if (index == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, index, NULL);
}

static void
index_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(FwNewDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  FwOnetIndex *index = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (index == NULL)
    {
      adw_status_page_set_title (self->status_page, _("No O*NET Data"));
      adw_status_page_set_description (self->status_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->index = index;
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < fw_onet_index_get_n_occupations (index); i++)
    {
      FwOccupationItem *item = g_object_new (FW_TYPE_OCCUPATION_ITEM, NULL);

      item->index = index;
      item->occupation = i;
      g_ptr_array_add (self->items, item);
    }

  self->ready = TRUE;
  search_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
}

static void
start_loading (FwNewDialog *self)
{
  FwOnetRelease *release = fw_onet_release_get_current ();
  g_autoptr(GTask) task = NULL;

  if (release == NULL)
    {
      adw_status_page_set_title (self->status_page, _("No O*NET Data"));
      adw_status_page_set_description (self->status_page,
                                       _("Framewright found no O*NET release files."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  /* The release the new framework will record. */
  if (*fw_onet_release_get_version (release) != '\0')
    {
      g_autofree char *subtitle = g_strdup_printf (_("Choose the occupation · O*NET %s"),
                                                   fw_onet_release_get_version (release));

      adw_window_title_set_subtitle (self->window_title, subtitle);
    }

  task = g_task_new (NULL, self->cancellable, index_loaded_cb, g_object_ref (self));
  g_task_set_task_data (task, fw_onet_release_ref (release),
                        (GDestroyNotify) fw_onet_release_unref);
  g_task_run_in_thread (task, load_index_thread);
}

/* Class ---------------------------------------------------------------------------------- */

static void
fw_new_dialog_dispose (GObject *object)
{
  FwNewDialog *self = FW_NEW_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->fill_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_NEW_DIALOG);

  G_OBJECT_CLASS (fw_new_dialog_parent_class)->dispose (object);
}

static void
fw_new_dialog_finalize (GObject *object)
{
  FwNewDialog *self = FW_NEW_DIALOG (object);

  g_clear_object (&self->results);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->matches, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (fw_new_dialog_parent_class)->finalize (object);
}

static void
fw_new_dialog_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FwNewDialog *self = FW_NEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_READY:
      g_value_set_boolean (value, self->ready);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_new_dialog_class_init (FwNewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_new_dialog_dispose;
  object_class->finalize = fw_new_dialog_finalize;
  object_class->get_property = fw_new_dialog_get_property;

  properties[PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[OCCUPATION_CHOSEN] =
    g_signal_new ("occupation-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-new-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FwNewDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FwNewDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, FwNewDialog, list_view);
  gtk_widget_class_bind_template_child (widget_class, FwNewDialog, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, FwNewDialog, status_page);
  gtk_widget_class_bind_template_child (widget_class, FwNewDialog, window_title);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fw_new_dialog_init (FwNewDialog *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->results = g_object_new (FW_TYPE_OCCUPATION_RESULTS, NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->results)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scrolled_window),
                           "value-changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scrolled_window),
                           "changed", G_CALLBACK (adjustment_changed_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  /* Typing starts at once: the entry has the focus when the dialog appears. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->search_entry));

  start_loading (self);
}

FwNewDialog *
fw_new_dialog_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (FW_TYPE_NEW_DIALOG, "transient-for", parent, NULL);
}

gboolean
fw_new_dialog_get_ready (FwNewDialog *self)
{
  g_return_val_if_fail (FW_IS_NEW_DIALOG (self), FALSE);

  return self->ready;
}

guint
fw_new_dialog_get_n_results (FwNewDialog *self)
{
  g_return_val_if_fail (FW_IS_NEW_DIALOG (self), 0);

  return self->matches != NULL ? self->matches->len : 0;
}

guint
fw_new_dialog_get_n_shown (FwNewDialog *self)
{
  g_return_val_if_fail (FW_IS_NEW_DIALOG (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->results));
}

const char *
fw_new_dialog_get_selected_code (FwNewDialog *self)
{
  FwOccupationItem *item;

  g_return_val_if_fail (FW_IS_NEW_DIALOG (self), NULL);

  item = gtk_single_selection_get_selected_item (self->selection);
  return item != NULL ? fw_onet_index_get_code (item->index, item->occupation) : NULL;
}
