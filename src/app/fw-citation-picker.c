/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-citation-picker.h"

struct _FwCitationPicker
{
  GtkPopover          parent_instance;

  FwStatement        *statement;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;

  /* Template children */
  GtkSearchEntry     *search_entry;
  GtkStack           *picker_stack;
  GtkListView        *list_view;
};

G_DEFINE_FINAL_TYPE (FwCitationPicker, fw_citation_picker, GTK_TYPE_POPOVER)

enum {
  SOURCE_PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
filter_source (gpointer item,
               gpointer user_data)
{
  FwCitationPicker *self = user_data;
  FwSource *source = item;
  const char *needle = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded_needle = NULL;
  g_autofree char *haystack = NULL;
  g_autofree char *folded = NULL;

  if (self->statement != NULL && fw_statement_cites (self->statement, fw_source_get_id (source)))
    return FALSE;
  if (needle == NULL || needle[0] == '\0')
    return TRUE;
  folded_needle = g_utf8_casefold (needle, -1);
  haystack = g_strconcat (fw_source_get_short_label (source), "\n", fw_source_get_title (source),
                          "\n", fw_source_get_id (source), NULL);
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, folded_needle) != NULL;
}

static void
update_stack (FwCitationPicker *self)
{
  gtk_stack_set_visible_child_name (self->picker_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0
                                      ? "list" : "empty");
}

static void
on_search_changed (FwCitationPicker *self)
{
  fw_citation_picker_refilter (self);
}

static void
pick (FwCitationPicker *self,
      guint             position)
{
  g_autoptr(FwSource) source = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (source == NULL)
    return;
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[SOURCE_PICKED], 0, source);
}

static void
on_search_activate (FwCitationPicker *self)
{
  pick (self, 0);
}

static void
on_list_activate (FwCitationPicker *self,
                  guint             position)
{
  pick (self, position);
}

static void
on_show (FwCitationPicker *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  fw_citation_picker_refilter (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
setup_item (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 40);
  gtk_widget_add_css_class (title, "caption");
  gtk_widget_add_css_class (title, "dim-label");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), title);
  gtk_list_item_set_child (item, box);
}

static void
bind_item (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  FwSource *source = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_next_sibling (label);

  gtk_label_set_label (GTK_LABEL (label), fw_source_get_short_label (source));
  gtk_label_set_label (GTK_LABEL (title), fw_source_get_title (source));
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  fw_source_get_title (source), -1);
}

static void
fw_citation_picker_dispose (GObject *object)
{
  FwCitationPicker *self = FW_CITATION_PICKER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_CITATION_PICKER);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->statement);

  G_OBJECT_CLASS (fw_citation_picker_parent_class)->dispose (object);
}

static void
fw_citation_picker_class_init (FwCitationPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_citation_picker_dispose;

  /**
   * FwCitationPicker::source-picked:
   * @source: the FwSource chosen
   */
  signals[SOURCE_PICKED] = g_signal_new ("source-picked", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, FW_TYPE_SOURCE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-citation-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, FwCitationPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FwCitationPicker, picker_stack);
  gtk_widget_class_bind_template_child (widget_class, FwCitationPicker, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_show);
}

static void
fw_citation_picker_init (FwCitationPicker *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (filter_source, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_stack), self,
                           G_CONNECT_SWAPPED);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_item), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  update_stack (self);
}

GtkWidget *
fw_citation_picker_new (void)
{
  return g_object_new (FW_TYPE_CITATION_PICKER, NULL);
}

void
fw_citation_picker_set_sources (FwCitationPicker *self,
                                GListModel       *sources)
{
  g_return_if_fail (FW_IS_CITATION_PICKER (self));
  g_return_if_fail (sources == NULL || G_IS_LIST_MODEL (sources));

  gtk_filter_list_model_set_model (self->filtered, sources);
}

void
fw_citation_picker_set_statement (FwCitationPicker *self,
                                  FwStatement      *statement)
{
  g_return_if_fail (FW_IS_CITATION_PICKER (self));
  g_return_if_fail (statement == NULL || FW_IS_STATEMENT (statement));

  if (g_set_object (&self->statement, statement))
    fw_citation_picker_refilter (self);
}

void
fw_citation_picker_refilter (FwCitationPicker *self)
{
  g_return_if_fail (FW_IS_CITATION_PICKER (self));

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

GtkEditable *
fw_citation_picker_get_search_entry (FwCitationPicker *self)
{
  g_return_val_if_fail (FW_IS_CITATION_PICKER (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

GListModel *
fw_citation_picker_get_model (FwCitationPicker *self)
{
  g_return_val_if_fail (FW_IS_CITATION_PICKER (self), NULL);

  return G_LIST_MODEL (self->filtered);
}
