/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "fw-correction-apply.h"
#include "fw-corrections-page.h"
#include "fw-review-export.h"
#include "fw-review-items.h"

struct _FwCorrectionsPage
{
  FwEditorPage        parent_instance;

  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;

  /* Template children */
  GtkStack           *stack;
  GtkDropDown        *status_filter;
  GtkDropDown        *kind_filter;
  GtkSearchEntry     *reviewer_filter;
  GtkButton          *export_button;
  GtkListBox         *list;
};

G_DEFINE_FINAL_TYPE (FwCorrectionsPage, fw_corrections_page, FW_TYPE_EDITOR_PAGE)

enum {
  FINDING_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The value a filter drop-down selects, NULL for its first entry ("All …"). */
static const char *
selected_value (GtkDropDown        *drop_down,
                const char * const *values)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  return selected == 0 || selected == GTK_INVALID_LIST_POSITION ? NULL : values[selected - 1];
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  FwCorrectionsPage *self = user_data;
  FwCorrection *correction = item;
  const char *reviewer = gtk_editable_get_text (GTK_EDITABLE (self->reviewer_filter));
  g_autofree char *needle = g_utf8_casefold (reviewer, -1);
  g_autofree char *name = g_utf8_casefold (fw_correction_get_reviewer (correction), -1);

  return fw_review_matches (correction, selected_value (self->status_filter,
                                                        fw_correction_statuses ()),
                            selected_value (self->kind_filter, fw_correction_kinds ()), NULL) &&
         strstr (name, needle) != NULL;
}

static void
refilter (FwCorrectionsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
update_row (GtkWidget    *row,
            GParamSpec   *pspec,
            FwCorrection *correction)
{
  FwDocument *document = g_object_get_data (G_OBJECT (row), "document");
  GtkLabel *status = g_object_get_data (G_OBJECT (row), "status");
  g_autofree char *item = fw_correction_describe_item (document, correction);
  const char *proposed = fw_correction_get_proposed (correction);
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item);
  /* Translators: what a correction proposes; an empty proposal removes the item */
  subtitle = proposed[0] != '\0' ? g_strdup_printf (_("→ %s"), proposed)
                                 : g_strdup (_("→ remove the item"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_label_set_label (status, fw_correction_value_label (fw_correction_get_status (correction)));
  for (guint i = 0; fw_correction_statuses ()[i] != NULL; i++)
    gtk_widget_remove_css_class (GTK_WIDGET (status), fw_correction_statuses ()[i]);
  gtk_widget_add_css_class (GTK_WIDGET (status), fw_correction_get_status (correction));
}

static void
create_popover_cb (GtkMenuButton *button,
                   gpointer       user_data)
{
  FwCorrectionsPage *self = user_data;
  FwCorrection *correction = g_object_get_data (G_OBJECT (button), "correction");
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (button));

  if (popover == NULL)
    {
      popover = fw_correction_popover_new ();
      gtk_menu_button_set_popover (button, popover);
    }
  fw_correction_popover_set_correction (FW_CORRECTION_POPOVER (popover),
                                        fw_editor_page_get_document (FW_EDITOR_PAGE (self)),
                                        correction);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  FwCorrectionsPage *self = user_data;
  FwCorrection *correction = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *status = gtk_label_new (NULL);
  GtkWidget *details = gtk_menu_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_add_css_class (status, "correction-status");
  gtk_widget_add_css_class (status, "caption-heading");
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (details), "document-edit-symbolic");
  gtk_widget_set_valign (details, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (details, "flat");
  gtk_widget_set_tooltip_text (details, _("Show Correction"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (details), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Show correction"), -1);
  g_object_set_data_full (G_OBJECT (details), "correction", g_object_ref (correction),
                          g_object_unref);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (details), create_popover_cb, self, NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), details);

  g_object_set_data (G_OBJECT (row), "correction", correction);
  g_object_set_data (G_OBJECT (row), "details", details);
  g_object_set_data (G_OBJECT (row), "status", status);
  g_object_set_data (G_OBJECT (row), "document",
                     fw_editor_page_get_document (FW_EDITOR_PAGE (self)));
  update_row (row, NULL, correction);
  g_signal_connect_object (correction, "notify", G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);
  return row;
}

static void
update_stack (FwCorrectionsPage *self)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  guint n = document != NULL
              ? g_list_model_get_n_items (G_LIST_MODEL (fw_document_get_corrections (document)))
              : 0;

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "content" : "empty");
}

/* Jumping to the item --------------------------------------------------------------------- */

static const struct { const char *property; const char *member; } list_members[] = {
  { "related-titles", "relatedTitles" }, { "skills", "skills" }, { "knowledge", "knowledge" },
  { "abilities", "abilities" }, { "work-styles", "workStyles" }, { "technology", "technology" },
  { "cip-codes", "cipCodes" },
};

static FwFinding *
locate_onet_item (FwDocument   *document,
                  FwCorrection *correction)
{
  const char *type = fw_correction_get_item_type (correction);
  const char *property = fw_correction_item_list_property (type);
  FwOnet *onet = fw_document_get_onet (document);
  g_autofree char *path = NULL;
  const char *subject = NULL;
  const char *field = NULL;
  guint position = 0;

  if (property != NULL)
    {
      subject = fw_onet_find_item (onet, fw_correction_get_item_id (correction), NULL, &position);
      for (guint i = 0; i < G_N_ELEMENTS (list_members); i++)
        if (g_str_equal (list_members[i].property, property))
          field = list_members[i].member;
      path = g_strdup_printf ("onet.%s[%u]", field, position);
    }
  else if (g_str_equal (type, FW_CORRECTION_ITEM_TASK))
    {
      FwTask *task = fw_document_find_onet_task (document, fw_correction_get_item_id (correction),
                                                 &position);

      subject = task != NULL ? fw_task_get_id (task) : NULL;
      field = "text";
      path = g_strdup_printf ("onet.tasks[%u]", position);
    }
  else
    {
      subject = fw_correction_get_item_id (correction);
      field = "title";
      path = g_strdup ("onet.apprenticeships");
    }

  return fw_finding_new ("FW-COR-000", FW_SEVERITY_INFO,
                         &(FwFindingLocation) { FW_FINDING_SECTION_ONET, -1, NULL, subject },
                         path, NULL, field, "", NULL);
}

FwFinding *
fw_corrections_page_locate_item (FwDocument   *document,
                                 FwCorrection *correction)
{
  const char *type;
  FwStatementPlace place;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (FW_IS_CORRECTION (correction), NULL);

  type = fw_correction_get_item_type (correction);
  if (g_str_equal (type, FW_CORRECTION_ITEM_JOB_ZONE))
    return fw_finding_new ("FW-COR-000", FW_SEVERITY_INFO,
                           &(FwFindingLocation) { FW_FINDING_SECTION_OCCUPATION, -1, NULL, NULL },
                           "occupation.jobZone", NULL, "jobZone", "", NULL);
  if (g_str_equal (type, FW_CORRECTION_ITEM_STATEMENT))
    {
      const char *id = fw_correction_get_item_id (correction);
      FwFindingSection section;

      if (fw_document_find_statement (document, id, &place) == NULL)
        return NULL;
      section = place.section == FW_SECTION_LEVELS ? FW_FINDING_SECTION_LEVELS
              : place.section == FW_SECTION_AI_FLUENCY ? FW_FINDING_SECTION_AI_FLUENCY
              : FW_FINDING_SECTION_DURABLE_SKILLS;
      return fw_finding_new ("FW-COR-000", FW_SEVERITY_INFO,
                             &(FwFindingLocation) {
                               section, place.level,
                               place.domain != NULL ? fw_domain_get_id (place.domain) : NULL, id },
                             "levels", id, "headline", "", NULL);
    }
  return locate_onet_item (document, correction);
}

static void
on_row_activated (FwCorrectionsPage *self,
                  GtkListBoxRow     *row)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  FwCorrection *correction = g_object_get_data (G_OBJECT (row), "correction");
  g_autoptr(FwFinding) finding = NULL;

  if (document == NULL || correction == NULL)
    return;
  finding = fw_corrections_page_locate_item (document, correction);
  if (finding != NULL)
    g_signal_emit (self, signals[FINDING_ACTIVATED], 0, finding);
  else
    gtk_widget_error_bell (GTK_WIDGET (self));
}

/* Public ---------------------------------------------------------------------------------- */

static guint
index_of (const char * const *values,
          const char         *value)
{
  for (guint i = 0; value != NULL && values[i] != NULL; i++)
    if (g_str_equal (values[i], value))
      return i + 1;
  return 0;
}

void
fw_corrections_page_set_filter (FwCorrectionsPage *self,
                                const char        *status,
                                const char        *kind,
                                const char        *reviewer)
{
  g_return_if_fail (FW_IS_CORRECTIONS_PAGE (self));

  gtk_drop_down_set_selected (self->status_filter, index_of (fw_correction_statuses (), status));
  gtk_drop_down_set_selected (self->kind_filter, index_of (fw_correction_kinds (), kind));
  gtk_editable_set_text (GTK_EDITABLE (self->reviewer_filter), reviewer != NULL ? reviewer : "");
  refilter (self);
}

guint
fw_corrections_page_get_n_shown (FwCorrectionsPage *self)
{
  g_return_val_if_fail (FW_IS_CORRECTIONS_PAGE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

GtkWidget *
fw_corrections_page_get_row (FwCorrectionsPage *self,
                             guint              index)
{
  g_return_val_if_fail (FW_IS_CORRECTIONS_PAGE (self), NULL);

  return (GtkWidget *) gtk_list_box_get_row_at_index (self->list, index);
}

FwCorrectionPopover *
fw_corrections_page_open_correction (FwCorrectionsPage *self,
                                     FwCorrection      *correction)
{
  GtkWidget *row;

  g_return_val_if_fail (FW_IS_CORRECTIONS_PAGE (self), NULL);

  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; (row = fw_corrections_page_get_row (self, i)) != NULL; i++)
        {
          GtkMenuButton *details = g_object_get_data (G_OBJECT (row), "details");

          if (g_object_get_data (G_OBJECT (row), "correction") != correction)
            continue;
          gtk_menu_button_popup (details);
          return FW_CORRECTION_POPOVER (gtk_menu_button_get_popover (details));
        }
      fw_corrections_page_set_filter (self, NULL, NULL, NULL);
    }
  return NULL;
}

gboolean
fw_corrections_page_export_csv (FwCorrectionsPage *self,
                                GFile             *file,
                                GError           **error)
{
  FwDocument *document;
  g_autoptr(GPtrArray) shown = NULL;
  g_autofree char *csv = NULL;

  g_return_val_if_fail (FW_IS_CORRECTIONS_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  shown = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->filtered)); i++)
    g_ptr_array_add (shown, g_list_model_get_item (G_LIST_MODEL (self->filtered), i));
  csv = fw_review_to_csv (document, shown);
  return g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                  NULL, error);
}

static void
on_export_response (GtkNativeDialog   *dialog,
                    int                response,
                    FwCorrectionsPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file != NULL && !fw_corrections_page_export_csv (self, file, &error))
    g_warning ("Cannot export the corrections: %s", error->message);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
on_export_clicked (FwCorrectionsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Export Corrections"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), "corrections.csv");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_export_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* GObject --------------------------------------------------------------------------------- */

static void
fw_corrections_page_document_changed (FwEditorPage *page,
                                      FwDocument   *previous)
{
  FwCorrectionsPage *self = FW_CORRECTIONS_PAGE (page);
  FwDocument *document = fw_editor_page_get_document (page);
  GListStore *store = document != NULL ? fw_document_get_corrections (document) : NULL;

  if (previous != NULL)
    g_signal_handlers_disconnect_by_data (fw_document_get_corrections (previous), self);
  gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (store));
  gtk_list_box_bind_model (self->list, store != NULL ? G_LIST_MODEL (self->filtered) : NULL,
                           store != NULL ? create_row : NULL, self, NULL);
  if (store != NULL)
    g_signal_connect_object (store, "items-changed", G_CALLBACK (update_stack), self,
                             G_CONNECT_SWAPPED);
  update_stack (self);
}

static void
fw_corrections_page_dispose (GObject *object)
{
  FwCorrectionsPage *self = FW_CORRECTIONS_PAGE (object);
  GtkWidget *child;

  if (self->list != NULL)
    fw_editor_page_set_document (FW_EDITOR_PAGE (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_CORRECTIONS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->filtered);

  G_OBJECT_CLASS (fw_corrections_page_parent_class)->dispose (object);
}

static void
fw_corrections_page_class_init (FwCorrectionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FwEditorPageClass *page_class = FW_EDITOR_PAGE_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_corrections_page_dispose;
  page_class->document_changed = fw_corrections_page_document_changed;

  /* Like FwProblemsPage's: the window shows what the finding locates. */
  signals[FINDING_ACTIVATED] =
    g_signal_new ("finding-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 1, FW_TYPE_FINDING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-corrections-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FwCorrectionsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, FwCorrectionsPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, FwCorrectionsPage, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, FwCorrectionsPage, reviewer_filter);
  gtk_widget_class_bind_template_child (widget_class, FwCorrectionsPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, FwCorrectionsPage, list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked);
}

static GListModel *
filter_labels (const char         *all,
               const char * const *values)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  gtk_string_list_append (labels, all);
  for (guint i = 0; values[i] != NULL; i++)
    gtk_string_list_append (labels, fw_correction_value_label (values[i]));
  return G_LIST_MODEL (labels);
}

static void
fw_corrections_page_init (FwCorrectionsPage *self)
{
  g_autoptr(GListModel) statuses = filter_labels (_("All Statuses"), fw_correction_statuses ());
  g_autoptr(GListModel) kinds = filter_labels (_("All Kinds"), fw_correction_kinds ());

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_model (self->status_filter, statuses);
  gtk_drop_down_set_model (self->kind_filter, kinds);
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  g_signal_connect_object (self->status_filter, "notify::selected", G_CALLBACK (refilter), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->kind_filter, "notify::selected", G_CALLBACK (refilter), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reviewer_filter, "search-changed", G_CALLBACK (refilter), self,
                           G_CONNECT_SWAPPED);
  /* A status change can move a correction in or out of the filter. */
  g_signal_group_connect_object (fw_editor_page_get_history_signals (FW_EDITOR_PAGE (self)),
                                 "changed", G_CALLBACK (refilter), self, G_CONNECT_SWAPPED);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

GtkWidget *
fw_corrections_page_new (void)
{
  return g_object_new (FW_TYPE_CORRECTIONS_PAGE, NULL);
}
