/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fw-sources-page.h"

struct _FwSourcesPage
{
  FwEditorPage         parent_instance;

  /* Template children */
  GtkStack            *stack;
  AdwPreferencesGroup *group;
  /* FwSourceRow, one per source, bound to the registry: only changed rows are rebuilt. */
  GtkListBox          *list;
  GtkButton           *add_button;
  GtkButton           *empty_add_button;
};

G_DEFINE_FINAL_TYPE (FwSourcesPage, fw_sources_page, FW_TYPE_EDITOR_PAGE)

static GListStore *
sources_store (FwSourcesPage *self)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));

  return document != NULL ? fw_document_get_sources (document) : NULL;
}

static FwSourceRow *
row_at (FwSourcesPage *self,
        guint          index)
{
  return (FwSourceRow *) gtk_list_box_get_row_at_index (self->list, index);
}

static void
update_counts (FwSourcesPage *self)
{
  FwSourceRow *row;

  for (guint i = 0; (row = row_at (self, i)) != NULL; i++)
    fw_source_row_update_count (row);
}

static void on_remove_requested (FwSourcesPage *self,
                                 FwSourceRow   *row);

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  FwSourcesPage *self = user_data;
  FwSource *source = item;
  GtkWidget *row = fw_source_row_new (fw_editor_page_get_document (FW_EDITOR_PAGE (self)),
                                      source);

  g_signal_connect_object (row, "remove-requested", G_CALLBACK (on_remove_requested), self,
                           G_CONNECT_SWAPPED);
  fw_source_row_set_findings (FW_SOURCE_ROW (row),
                              fw_editor_page_lookup_findings (FW_EDITOR_PAGE (self),
                                                              fw_source_get_id (source)));
  return row;
}

static void
update_stack (FwSourcesPage *self)
{
  GListStore *store = sources_store (self);
  guint n = store != NULL ? g_list_model_get_n_items (G_LIST_MODEL (store)) : 0;

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "content" : "empty");
}

FwSourceRow *
fw_sources_page_get_row (FwSourcesPage *self,
                         FwSource      *source)
{
  FwSourceRow *row;

  g_return_val_if_fail (FW_IS_SOURCES_PAGE (self), NULL);

  for (guint i = 0; (row = row_at (self, i)) != NULL; i++)
    {
      if (fw_source_row_get_source (row) == source)
        return row;
    }
  return NULL;
}

static void
focus_source (FwSourcesPage *self,
              FwSource      *source)
{
  FwSourceRow *row = fw_sources_page_get_row (self, source);

  if (row == NULL)
    return;
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_widget_grab_focus (fw_source_row_get_entry (row, "short-label"));
}

FwSource *
fw_sources_page_add_source (FwSourcesPage *self)
{
  g_autoptr(FwSource) source = NULL;
  g_autofree char *id = NULL;
  GListStore *store;
  FwCommand *command;

  g_return_val_if_fail (FW_IS_SOURCES_PAGE (self), NULL);

  store = sources_store (self);
  if (store == NULL)
    return NULL;
  id = fw_id_new_random ("src");
  source = fw_source_new (id, "", "");
  command = fw_command_insert_new (store, g_list_model_get_n_items (G_LIST_MODEL (store)), source);
  fw_command_set_label (command, _("Add Source"));
  fw_document_run (fw_editor_page_get_document (FW_EDITOR_PAGE (self)), command);
  focus_source (self, source);
  return source;
}

static void
on_add_clicked (FwSourcesPage *self)
{
  fw_sources_page_add_source (self);
}

/* Removal --------------------------------------------------------------------------------- */

typedef struct
{
  FwCommand  *group;
  const char *source_id;
  const char *replacement_id;
} CitationEdit;

static gboolean
edit_citations_cb (FwStatement            *statement,
                   const FwStatementPlace *place,
                   gpointer                user_data)
{
  CitationEdit *edit = user_data;
  const char * const *citations = fw_statement_get_citations (statement);
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) updated = NULL;

  if (!fw_statement_cites (statement, edit->source_id))
    return TRUE;
  builder = g_strv_builder_new ();
  for (guint i = 0; citations[i] != NULL; i++)
    {
      const char *id = citations[i];

      if (g_str_equal (id, edit->source_id))
        {
          /* A statement that already cites the replacement keeps one citation of it. */
          if (edit->replacement_id == NULL ||
              fw_statement_cites (statement, edit->replacement_id))
            continue;
          id = edit->replacement_id;
        }
      g_strv_builder_add (builder, id);
    }
  updated = g_strv_builder_end (builder);
  fw_command_group_add (edit->group,
                        fw_command_set_strv_new (G_OBJECT (statement), "citations",
                                                 (const char * const *) updated));
  return TRUE;
}

void
fw_sources_page_remove_source_now (FwSourcesPage *self,
                                   FwSource      *source,
                                   const char    *replacement_id)
{
  FwDocument *document;
  GListStore *store;
  CitationEdit edit;
  guint position, n;

  g_return_if_fail (FW_IS_SOURCES_PAGE (self));
  g_return_if_fail (FW_IS_SOURCE (source));

  document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  store = sources_store (self);
  if (store == NULL || !g_list_store_find (store, source, &position))
    return;
  edit.group = fw_command_group_new (replacement_id != NULL ? _("Replace Source")
                                                            : _("Remove Source"));
  edit.source_id = fw_source_get_id (source);
  edit.replacement_id = replacement_id;
  fw_document_foreach_statement (document, edit_citations_cb, &edit);
  fw_command_group_add (edit.group, fw_command_remove_new (store, position));
  fw_document_run (document, edit.group);

  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  if (n > 0)
    gtk_widget_grab_focus (GTK_WIDGET (row_at (self, MIN (position, n - 1))));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->empty_add_button));
}

static void
on_remove_response (AdwMessageDialog *dialog,
                    const char       *response,
                    FwSourcesPage    *self)
{
  FwSource *source = g_object_get_data (G_OBJECT (dialog), "source");
  GtkDropDown *drop_down = g_object_get_data (G_OBJECT (dialog), "replacement");
  GPtrArray *ids = g_object_get_data (G_OBJECT (dialog), "replacement-ids");
  guint selected = gtk_drop_down_get_selected (drop_down);

  if (g_strcmp0 (response, "remove-citations") == 0)
    fw_sources_page_remove_source_now (self, source, NULL);
  else if (g_strcmp0 (response, "replace") == 0 && selected < ids->len)
    fw_sources_page_remove_source_now (self, source, g_ptr_array_index (ids, selected));
}

static GtkWidget *
replacement_chooser (FwSourcesPage *self,
                     FwSource      *source,
                     GPtrArray     *ids)
{
  GListModel *model = G_LIST_MODEL (sources_store (self));
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("Replace _with"));
  GtkWidget *drop_down;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(FwSource) other = g_list_model_get_item (model, i);

      if (other == source)
        continue;
      gtk_string_list_append (labels, fw_source_get_short_label (other)[0] != '\0'
                                        ? fw_source_get_short_label (other)
                                        : fw_source_get_id (other));
      g_ptr_array_add (ids, g_strdup (fw_source_get_id (other)));
    }
  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
  gtk_widget_set_name (drop_down, "replacement");
  gtk_widget_set_hexpand (drop_down, TRUE);
  gtk_widget_set_sensitive (drop_down, ids->len > 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), drop_down);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Replacement source"), -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), drop_down);
  return box;
}

void
fw_sources_page_remove_source (FwSourcesPage *self,
                               FwSource      *source)
{
  FwDocument *document;
  GPtrArray *ids;
  GtkWidget *dialog;
  GtkWidget *chooser;
  GtkRoot *root;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  guint count;

  g_return_if_fail (FW_IS_SOURCES_PAGE (self));
  g_return_if_fail (FW_IS_SOURCE (source));

  document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  if (document == NULL)
    return;
  count = fw_document_count_citations (document, fw_source_get_id (source));
  if (count == 0)
    {
      fw_sources_page_remove_source_now (self, source, NULL);
      return;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  /* Translators: %s is a source's short label */
  heading = g_strdup_printf (_("Remove “%s”?"), fw_source_get_short_label (source));
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u statement cites this source. Remove the citation, "
                                       "or cite another source instead?",
                                       "%u statements cite this source. Remove the citations, "
                                       "or cite another source instead?",
                                       count), count);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  ids = g_ptr_array_new_with_free_func (g_free);
  chooser = replacement_chooser (self, source, ids);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), chooser);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove-citations", _("_Remove Citations"),
                                    "replace", _("Re_place"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove-citations",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "replace", ids->len > 0);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "source", g_object_ref (source), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "replacement-ids", ids,
                          (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data (G_OBJECT (dialog), "replacement", gtk_widget_get_last_child (chooser));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_remove_requested (FwSourcesPage *self,
                     FwSourceRow   *row)
{
  fw_sources_page_remove_source (self, fw_source_row_get_source (row));
}

/* Findings -------------------------------------------------------------------------------- */

static void
fw_sources_page_findings_changed (FwEditorPage *page)
{
  FwSourcesPage *self = FW_SOURCES_PAGE (page);
  FwSourceRow *row;

  /* One lookup per row in the validator's index, by id: a row keeps its findings wherever
   * it moves. */
  for (guint i = 0; (row = row_at (self, i)) != NULL; i++)
    {
      const char *id = fw_source_get_id (fw_source_row_get_source (row));

      fw_source_row_set_findings (row, fw_editor_page_lookup_findings (page, id));
    }
}

gboolean
fw_sources_page_focus_finding (FwSourcesPage *self,
                               FwFinding     *finding)
{
  const char *subject_id;
  const char *field;
  FwSourceRow *row;

  g_return_val_if_fail (FW_IS_SOURCES_PAGE (self), FALSE);
  g_return_val_if_fail (FW_IS_FINDING (finding), FALSE);

  subject_id = fw_finding_get_subject_id (finding);
  if (fw_finding_get_section (finding) != FW_FINDING_SECTION_SOURCES || subject_id == NULL)
    return FALSE;
  for (guint i = 0; (row = row_at (self, i)) != NULL; i++)
    {
      if (g_str_equal (fw_source_get_id (fw_source_row_get_source (row)), subject_id))
        break;
    }
  if (row == NULL)
    return FALSE;
  field = fw_finding_get_field (finding);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  /* A finding about the whole entry (an unused source) shows it from its short label. */
  if (field == NULL || fw_source_row_get_entry (row, field) == NULL)
    field = "short-label";
  return gtk_widget_grab_focus (fw_source_row_get_entry (row, field));
}

static gboolean
focus_finding_iface (FwEditorPage *page,
                     FwFinding    *finding)
{
  return fw_sources_page_focus_finding (FW_SOURCES_PAGE (page), finding);
}

/* GObject --------------------------------------------------------------------------------- */

static void
fw_sources_page_document_changed (FwEditorPage *page,
                                  FwDocument   *previous)
{
  FwSourcesPage *self = FW_SOURCES_PAGE (page);
  GListStore *store = sources_store (self);

  if (previous != NULL)
    g_signal_handlers_disconnect_by_data (fw_document_get_sources (previous), self);
  /* The list box follows the registry's items-changed itself, one range at a time. */
  gtk_list_box_bind_model (self->list, store != NULL ? G_LIST_MODEL (store) : NULL,
                           store != NULL ? create_row : NULL, self, NULL);
  if (store != NULL)
    g_signal_connect_object (store, "items-changed", G_CALLBACK (update_stack), self,
                             G_CONNECT_SWAPPED);
  update_stack (self);
}

static void
fw_sources_page_dispose (GObject *object)
{
  FwSourcesPage *self = FW_SOURCES_PAGE (object);
  GtkWidget *child;

  if (self->list != NULL)
    fw_editor_page_set_document (FW_EDITOR_PAGE (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_SOURCES_PAGE);
  /* The template's root is no bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (fw_sources_page_parent_class)->dispose (object);
}

static void
fw_sources_page_class_init (FwSourcesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FwEditorPageClass *page_class = FW_EDITOR_PAGE_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_sources_page_dispose;
  page_class->document_changed = fw_sources_page_document_changed;
  page_class->findings_changed = fw_sources_page_findings_changed;
  page_class->focus_finding = focus_finding_iface;

  g_type_ensure (ADW_TYPE_BUTTON_CONTENT);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-sources-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FwSourcesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, FwSourcesPage, group);
  gtk_widget_class_bind_template_child (widget_class, FwSourcesPage, list);
  gtk_widget_class_bind_template_child (widget_class, FwSourcesPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, FwSourcesPage, empty_add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
}

static void
fw_sources_page_init (FwSourcesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (self->stack, "empty");
  g_signal_group_connect_object (fw_editor_page_get_history_signals (FW_EDITOR_PAGE (self)),
                                 "changed", G_CALLBACK (update_counts), self,
                                 G_CONNECT_SWAPPED);
}

GtkWidget *
fw_sources_page_new (void)
{
  return g_object_new (FW_TYPE_SOURCES_PAGE, NULL);
}
