/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fw-durable-page.h"
#include "fw-tooltip.h"

/* The widgets of one domain's table row. */
typedef struct
{
  FwDomainRow     *header;
  FwStatementList *cells[FW_N_DURABLE_LEVELS];
} DomainWidgets;

struct _FwDurablePage
{
  FwEditorPage parent_instance;

  /* DomainWidgets*, in the order of the document's domains (grid row = index + 1; the
   * headings live in header_grid, above the scrolled table). */
  GPtrArray   *rows;
  GtkLabel    *totals[FW_N_DURABLE_LEVELS];
  /* The domain column, and the level columns: headings and cells share a width, and the
   * four level columns share the page's width equally. */
  GtkSizeGroup *columns[2];

  /* Template children */
  GtkStack    *stack;
  GtkScrolledWindow *header_scroller;
  GtkGrid     *header_grid;
  GtkScrolledWindow *scroller;
  GtkGrid     *grid;
  GtkButton   *add_domain_button;
  GtkButton   *empty_add_button;
};

G_DEFINE_FINAL_TYPE (FwDurablePage, fw_durable_page, FW_TYPE_EDITOR_PAGE)

/* The column headings (the model's default labels are untranslated data). */
static const char * const level_labels[FW_N_DURABLE_LEVELS] = {
  N_("Emerging"), N_("Developing"), N_("Applying"), N_("Exceeding"),
};

/* Cells are at least this wide: from 1366 px the four levels fit; narrower, the table scrolls. */
#define CELL_WIDTH   210
#define HEADER_WIDTH 180

static GListStore *
domains_store (FwDurablePage *self)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));

  return document != NULL ? fw_document_get_domains (document) : NULL;
}

static DomainWidgets *
widgets_for (FwDurablePage *self,
             FwDomain      *domain)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      DomainWidgets *widgets = g_ptr_array_index (self->rows, i);

      if (fw_domain_row_get_domain (widgets->header) == domain)
        return widgets;
    }
  return NULL;
}

static void
update_counts (FwDurablePage *self)
{
  guint totals[FW_N_DURABLE_LEVELS] = { 0 };

  for (guint i = 0; i < self->rows->len; i++)
    {
      DomainWidgets *widgets = g_ptr_array_index (self->rows, i);
      FwDomain *domain = fw_domain_row_get_domain (widgets->header);

      fw_domain_row_update_count (widgets->header);
      fw_domain_row_set_can_move (widgets->header, i > 0, i + 1 < self->rows->len);
      for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
        totals[level] += g_list_model_get_n_items (G_LIST_MODEL (fw_domain_get_cell (domain,
                                                                                      level)));
    }
  for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
    {
      g_autofree char *text = g_strdup_printf ("%u", totals[level]);
      g_autofree char *a11y = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u statement at this level",
                                                            "%u statements at this level",
                                                            totals[level]), totals[level]);

      gtk_label_set_label (self->totals[level], text);
      fw_widget_set_tooltip (GTK_WIDGET (self->totals[level]), a11y);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->totals[level]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
    }
  gtk_stack_set_visible_child_name (self->stack, self->rows->len > 0 ? "content" : "empty");
}

/* Selection: one statement at a time across all cells. */
static void
on_statement_focused (FwDurablePage   *self,
                      FwStatement     *statement,
                      FwStatementList *list)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      DomainWidgets *widgets = g_ptr_array_index (self->rows, i);

      for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
        {
          if (widgets->cells[level] != list)
            fw_statement_list_unselect (widgets->cells[level]);
        }
    }
}

/* Domains --------------------------------------------------------------------------------- */

static void
remove_domain_now (FwDurablePage *self,
                   FwDomain      *domain)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  GListStore *store = domains_store (self);
  FwCommand *command;
  guint position, n;

  if (store == NULL || !g_list_store_find (store, domain, &position))
    return;
  command = fw_command_remove_new (store, position);
  fw_command_set_label (command, _("Remove Domain"));
  fw_document_run (document, command);

  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  if (n > 0)
    {
      DomainWidgets *widgets = g_ptr_array_index (self->rows, MIN (position, n - 1));

      gtk_widget_grab_focus (fw_domain_row_get_name_entry (widgets->header));
    }
  else
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->empty_add_button));
    }
}

static void
on_remove_response (AdwMessageDialog *dialog,
                    const char       *response,
                    FwDurablePage    *self)
{
  FwDomain *domain = g_object_get_data (G_OBJECT (dialog), "domain");

  if (g_strcmp0 (response, "remove") == 0)
    remove_domain_now (self, domain);
}

void
fw_durable_page_remove_domain (FwDurablePage *self,
                               FwDomain      *domain)
{
  GtkWidget *dialog;
  GtkRoot *root;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  guint n;

  g_return_if_fail (FW_IS_DURABLE_PAGE (self));
  g_return_if_fail (FW_IS_DOMAIN (domain));

  n = fw_domain_count_statements (domain);
  if (n == 0)
    {
      remove_domain_now (self, domain);
      return;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  heading = fw_domain_get_name (domain)[0] != '\0'
              /* Translators: %s is a durable-skill domain name */
              ? g_strdup_printf (_("Remove “%s”?"), fw_domain_get_name (domain))
              : g_strdup (_("Remove the Unnamed Domain?"));
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Its %u statement will be removed too. You can undo this.",
                                       "Its %u statements will be removed too. You can undo this.",
                                       n), n);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "domain", g_object_ref (domain), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_remove_requested (FwDurablePage *self,
                     FwDomainRow   *row)
{
  fw_durable_page_remove_domain (self, fw_domain_row_get_domain (row));
}

static void
on_move_requested (FwDurablePage *self,
                   int            delta,
                   FwDomainRow   *row)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  g_autoptr(FwDomain) domain = g_object_ref (fw_domain_row_get_domain (row));
  GListStore *store = domains_store (self);
  DomainWidgets *widgets;
  FwCommand *command;
  guint position, n;
  int target;

  if (store == NULL || !g_list_store_find (store, domain, &position))
    return;
  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  target = (int) position + delta;
  if (target < 0 || target >= (int) n)
    return;
  command = fw_command_move_new (store, position, store, target);
  fw_command_set_label (command, _("Move Domain"));
  fw_document_run (document, command);

  /* The row was rebuilt: keep the keyboard on the same button, or on the name at an end. */
  widgets = widgets_for (self, domain);
  if (widgets != NULL)
    {
      GtkWidget *button = fw_domain_row_get_button (widgets->header, delta < 0 ? "up" : "down");

      if (gtk_widget_get_sensitive (button))
        gtk_widget_grab_focus (button);
      else
        gtk_widget_grab_focus (fw_domain_row_get_name_entry (widgets->header));
    }
}

FwDomain *
fw_durable_page_add_domain (FwDurablePage *self)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  g_autoptr(FwDomain) domain = NULL;
  GListStore *store;
  FwCommand *command;
  DomainWidgets *widgets;

  g_return_val_if_fail (FW_IS_DURABLE_PAGE (self), NULL);

  store = domains_store (self);
  if (store == NULL)
    return NULL;
  domain = fw_domain_new ("");
  command = fw_command_insert_new (store, g_list_model_get_n_items (G_LIST_MODEL (store)), domain);
  fw_command_set_label (command, _("Add Domain"));
  fw_document_run (document, command);
  widgets = widgets_for (self, domain);
  if (widgets != NULL)
    gtk_widget_grab_focus (fw_domain_row_get_name_entry (widgets->header));
  return domain;
}

static void
on_add_domain_clicked (FwDurablePage *self)
{
  fw_durable_page_add_domain (self);
}

/* The table ------------------------------------------------------------------------------- */

static GtkWidget *
create_level_header (FwDurablePage  *self,
                     FwDurableLevel  level)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (_(level_labels[level]));
  GtkWidget *total = gtk_label_new ("0");

  gtk_widget_set_size_request (box, CELL_WIDTH, -1);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_widget_add_css_class (box, "level-header");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "title-4");
  gtk_widget_add_css_class (total, "statement-count");
  gtk_widget_add_css_class (total, "numeric");
  gtk_widget_add_css_class (total, "caption-heading");
  gtk_widget_set_valign (total, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), total);
  self->totals[level] = GTK_LABEL (total);
  return box;
}

static void
create_header_row (FwDurablePage *self)
{
  GtkWidget *corner = gtk_label_new (_("Domain"));

  gtk_label_set_xalign (GTK_LABEL (corner), 0);
  gtk_widget_set_size_request (corner, HEADER_WIDTH, -1);
  gtk_widget_add_css_class (corner, "title-4");
  gtk_grid_attach (self->header_grid, corner, 0, 0, 1, 1);
  gtk_size_group_add_widget (self->columns[0], corner);
  for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
    {
      GtkWidget *header = create_level_header (self, level);

      gtk_grid_attach (self->header_grid, header, level + 1, 0, 1, 1);
      gtk_size_group_add_widget (self->columns[1], header);
    }
}

static DomainWidgets *
create_domain_row (FwDurablePage *self,
                   FwDomain      *domain,
                   int            grid_row)
{
  FwValidator *validator = fw_editor_page_get_validator (FW_EDITOR_PAGE (self));
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  DomainWidgets *widgets = g_new0 (DomainWidgets, 1);
  GtkWidget *header = fw_domain_row_new (document, domain);

  gtk_widget_set_size_request (header, HEADER_WIDTH, -1);
  gtk_widget_set_hexpand (header, FALSE);
  gtk_widget_set_valign (header, GTK_ALIGN_START);
  g_signal_connect_object (header, "move-requested", G_CALLBACK (on_move_requested), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (header, "remove-requested", G_CALLBACK (on_remove_requested), self,
                           G_CONNECT_SWAPPED);
  gtk_grid_attach (self->grid, header, 0, grid_row, 1, 1);
  gtk_size_group_add_widget (self->columns[0], header);
  widgets->header = FW_DOMAIN_ROW (header);

  for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
    {
      GtkWidget *cell = fw_statement_list_new ();
      g_autofree char *name = g_strdup_printf ("%s, %s", fw_domain_get_name (domain),
                                               _(level_labels[level]));

      gtk_widget_set_size_request (cell, CELL_WIDTH, -1);
      gtk_widget_set_hexpand (cell, TRUE);
      gtk_widget_add_css_class (cell, "durable-cell");
      fw_statement_list_set_store (FW_STATEMENT_LIST (cell), document,
                                   fw_domain_get_cell (domain, level),
                                   FW_SECTION_DURABLE_SKILLS);
      fw_statement_list_set_name (FW_STATEMENT_LIST (cell), name);
      fw_statement_list_set_validator (FW_STATEMENT_LIST (cell), validator);
      g_signal_connect_object (cell, "statement-focused", G_CALLBACK (on_statement_focused), self,
                               G_CONNECT_SWAPPED);
      gtk_grid_attach (self->grid, cell, level + 1, grid_row, 1, 1);
      gtk_size_group_add_widget (self->columns[1], cell);
      widgets->cells[level] = FW_STATEMENT_LIST (cell);
    }
  for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
    fw_statement_list_set_neighbours (widgets->cells[level],
                                      level > 0 ? widgets->cells[level - 1] : NULL,
                                      level + 1 < FW_N_DURABLE_LEVELS ? widgets->cells[level + 1]
                                                                      : NULL);
  return widgets;
}

static void
update_cell_names (FwDurablePage *self,
                   FwDomain      *domain)
{
  DomainWidgets *widgets = widgets_for (self, domain);

  for (guint level = 0; widgets != NULL && level < FW_N_DURABLE_LEVELS; level++)
    {
      g_autofree char *name = g_strdup_printf ("%s, %s", fw_domain_get_name (domain),
                                               _(level_labels[level]));

      fw_statement_list_set_name (widgets->cells[level], name);
    }
}

static void
on_domain_name_changed (FwDurablePage *self,
                        GParamSpec    *pspec,
                        FwDomain      *domain)
{
  update_cell_names (self, domain);
}

static void
on_domains_changed (FwDurablePage *self,
                    guint          position,
                    guint          removed,
                    guint          added)
{
  FwValidator *validator = fw_editor_page_get_validator (FW_EDITOR_PAGE (self));
  GListModel *model = G_LIST_MODEL (domains_store (self));

  for (guint i = 0; i < removed; i++)
    {
      DomainWidgets *widgets = g_ptr_array_index (self->rows, position);

      g_signal_handlers_disconnect_by_data (fw_domain_row_get_domain (widgets->header), self);
      gtk_grid_remove_row (self->grid, position + 1);
      g_ptr_array_remove_index (self->rows, position);
    }
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(FwDomain) domain = g_list_model_get_item (model, position + i);

      gtk_grid_insert_row (self->grid, position + i + 1);
      g_ptr_array_insert (self->rows, position + i,
                          create_domain_row (self, domain, position + i + 1));
      g_signal_connect_object (domain, "notify::name", G_CALLBACK (on_domain_name_changed), self,
                               G_CONNECT_SWAPPED);
    }
  update_counts (self);
  if (validator != NULL)
    fw_editor_page_findings_changed (FW_EDITOR_PAGE (self));
}

static void
clear_rows (FwDurablePage *self)
{
  while (self->rows->len > 0)
    {
      DomainWidgets *widgets = g_ptr_array_index (self->rows, 0);

      g_signal_handlers_disconnect_by_data (fw_domain_row_get_domain (widgets->header), self);
      gtk_grid_remove_row (self->grid, 1);
      g_ptr_array_remove_index (self->rows, 0);
    }
}

static void
fw_durable_page_document_changed (FwEditorPage *page,
                                  FwDocument   *previous)
{
  FwDurablePage *self = FW_DURABLE_PAGE (page);
  GListStore *store = domains_store (self);

  if (previous != NULL)
    g_signal_handlers_disconnect_by_data (fw_document_get_domains (previous), self);
  clear_rows (self);
  if (store != NULL)
    {
      g_signal_connect_object (store, "items-changed", G_CALLBACK (on_domains_changed), self,
                               G_CONNECT_SWAPPED);
      on_domains_changed (self, 0, 0, g_list_model_get_n_items (G_LIST_MODEL (store)));
    }
  update_counts (self);
}

/* Findings -------------------------------------------------------------------------------- */

/* The widget that shows @finding about a domain: its header, or the cell of its level. */
static GtkWidget *
widget_for_finding (DomainWidgets *widgets,
                    FwFinding     *finding)
{
  int level = fw_finding_get_level (finding);

  if (level >= 0 && level < FW_N_DURABLE_LEVELS)
    return GTK_WIDGET (widgets->cells[level]);
  return GTK_WIDGET (widgets->header);
}

static void
fw_durable_page_findings_changed (FwEditorPage *page)
{
  FwDurablePage *self = FW_DURABLE_PAGE (page);
  FwValidator *validator = fw_editor_page_get_validator (page);

  for (guint i = 0; i < self->rows->len; i++)
    {
      DomainWidgets *widgets = g_ptr_array_index (self->rows, i);
      FwDomain *domain = fw_domain_row_get_domain (widgets->header);
      /* The domain's own findings (its name, its empty cells), found by its id. */
      GPtrArray *findings = fw_editor_page_lookup_findings (page, fw_domain_get_id (domain));
      g_autoptr(GHashTable) per_widget = g_hash_table_new_full (NULL, NULL, NULL,
                                                                (GDestroyNotify) g_ptr_array_unref);

      for (guint f = 0; findings != NULL && f < findings->len; f++)
        {
          FwFinding *finding = g_ptr_array_index (findings, f);
          GtkWidget *widget = widget_for_finding (widgets, finding);
          GPtrArray *list = g_hash_table_lookup (per_widget, widget);

          if (list == NULL)
            {
              list = g_ptr_array_new_with_free_func (g_object_unref);
              g_hash_table_insert (per_widget, widget, list);
            }
          g_ptr_array_add (list, g_object_ref (finding));
        }
      fw_domain_row_set_findings (widgets->header, g_hash_table_lookup (per_widget,
                                                                        widgets->header));
      for (guint level = 0; level < FW_N_DURABLE_LEVELS; level++)
        {
          fw_statement_list_set_validator (widgets->cells[level], validator);
          fw_statement_list_refresh_findings (widgets->cells[level]);
          fw_statement_list_set_list_findings (widgets->cells[level],
                                               g_hash_table_lookup (per_widget,
                                                                    widgets->cells[level]));
        }
    }
}

static DomainWidgets *
widgets_for_id (FwDurablePage *self,
                const char    *domain_id)
{
  for (guint i = 0; domain_id != NULL && i < self->rows->len; i++)
    {
      DomainWidgets *widgets = g_ptr_array_index (self->rows, i);

      if (g_str_equal (fw_domain_get_id (fw_domain_row_get_domain (widgets->header)),
                       domain_id))
        return widgets;
    }
  return NULL;
}

gboolean
fw_durable_page_focus_finding (FwDurablePage *self,
                               FwFinding     *finding)
{
  const char *id;
  const char *field;
  FwStatementPlace place;
  FwStatement *statement;
  DomainWidgets *widgets;
  FwDocument *document;

  g_return_val_if_fail (FW_IS_DURABLE_PAGE (self), FALSE);
  g_return_val_if_fail (FW_IS_FINDING (finding), FALSE);

  document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  if (document == NULL)
    return FALSE;
  id = fw_finding_get_statement_id (finding);
  field = fw_finding_get_field (finding);
  statement = id != NULL ? fw_document_find_statement (document, id, &place) : NULL;
  if (statement != NULL)
    {
      FwStatementList *cell;

      if (place.section != FW_SECTION_DURABLE_SKILLS ||
          (widgets = widgets_for (self, place.domain)) == NULL)
        return FALSE;
      cell = widgets->cells[place.level];
      if (g_strcmp0 (field, "citations") == 0)
        {
          FwCitationChips *chips;

          fw_statement_list_select_statement (cell, statement, FW_STATEMENT_FIELD_NONE);
          chips = fw_statement_list_find_chips (cell, statement);
          if (chips == NULL)
            return FALSE;
          gtk_widget_grab_focus (fw_citation_chips_get_add_button (chips));
          return TRUE;
        }
      return fw_statement_list_select_statement (cell, statement,
                                                 g_strcmp0 (field, "headline") == 0
                                                   ? FW_STATEMENT_FIELD_HEADLINE
                                                 : g_strcmp0 (field, "body") == 0
                                                   ? FW_STATEMENT_FIELD_BODY
                                                   : FW_STATEMENT_FIELD_NONE);
    }

  if (fw_finding_get_section (finding) != FW_FINDING_SECTION_DURABLE_SKILLS)
    return FALSE;
  widgets = widgets_for_id (self, fw_finding_get_domain_id (finding));
  if (widgets != NULL && fw_finding_get_level (finding) >= 0)
    return gtk_widget_grab_focus (
      fw_statement_list_get_add_button (widgets->cells[fw_finding_get_level (finding)]));
  if (widgets != NULL)
    return gtk_widget_grab_focus (fw_domain_row_get_name_entry (widgets->header));
  if (fw_finding_get_domain_id (finding) == NULL)
    return gtk_widget_grab_focus (self->rows->len > 0 ? GTK_WIDGET (self->add_domain_button)
                                                      : GTK_WIDGET (self->empty_add_button));
  return FALSE;
}

static gboolean
focus_finding_iface (FwEditorPage *page,
                     FwFinding    *finding)
{
  return fw_durable_page_focus_finding (FW_DURABLE_PAGE (page), finding);
}

/* GObject --------------------------------------------------------------------------------- */

static void
fw_durable_page_dispose (GObject *object)
{
  FwDurablePage *self = FW_DURABLE_PAGE (object);
  GtkWidget *child;

  if (self->rows != NULL)
    fw_editor_page_set_document (FW_EDITOR_PAGE (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_DURABLE_PAGE);
  /* The template's root is no bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->columns); i++)
    g_clear_object (&self->columns[i]);

  G_OBJECT_CLASS (fw_durable_page_parent_class)->dispose (object);
}

static void
fw_durable_page_class_init (FwDurablePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FwEditorPageClass *page_class = FW_EDITOR_PAGE_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_durable_page_dispose;
  page_class->document_changed = fw_durable_page_document_changed;
  page_class->findings_changed = fw_durable_page_findings_changed;
  page_class->focus_finding = focus_finding_iface;

  g_type_ensure (ADW_TYPE_BUTTON_CONTENT);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-durable-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FwDurablePage, stack);
  gtk_widget_class_bind_template_child (widget_class, FwDurablePage, header_scroller);
  gtk_widget_class_bind_template_child (widget_class, FwDurablePage, header_grid);
  gtk_widget_class_bind_template_child (widget_class, FwDurablePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, FwDurablePage, grid);
  gtk_widget_class_bind_template_child (widget_class, FwDurablePage, add_domain_button);
  gtk_widget_class_bind_template_child (widget_class, FwDurablePage, empty_add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_add_domain_clicked);
}

static void
fw_durable_page_init (FwDurablePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_group_connect_object (fw_editor_page_get_history_signals (FW_EDITOR_PAGE (self)),
                                 "changed", G_CALLBACK (update_counts), self,
                                 G_CONNECT_SWAPPED);
  self->rows = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->columns); i++)
    self->columns[i] = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  /* The headings scroll sideways with the table (the grid's row 0 stays empty). */
  gtk_scrolled_window_set_hadjustment (self->header_scroller,
                                       gtk_scrolled_window_get_hadjustment (self->scroller));
  create_header_row (self);
  update_counts (self);
}

GtkWidget *
fw_durable_page_new (void)
{
  return g_object_new (FW_TYPE_DURABLE_PAGE, NULL);
}

FwStatementList *
fw_durable_page_get_cell (FwDurablePage  *self,
                          FwDomain       *domain,
                          FwDurableLevel  level)
{
  DomainWidgets *widgets;

  g_return_val_if_fail (FW_IS_DURABLE_PAGE (self), NULL);
  g_return_val_if_fail (level < FW_N_DURABLE_LEVELS, NULL);

  widgets = widgets_for (self, domain);
  return widgets != NULL ? widgets->cells[level] : NULL;
}

FwDomainRow *
fw_durable_page_get_domain_row (FwDurablePage *self,
                                FwDomain      *domain)
{
  DomainWidgets *widgets;

  g_return_val_if_fail (FW_IS_DURABLE_PAGE (self), NULL);

  widgets = widgets_for (self, domain);
  return widgets != NULL ? widgets->header : NULL;
}

guint
fw_durable_page_get_level_total (FwDurablePage  *self,
                                 FwDurableLevel  level)
{
  g_return_val_if_fail (FW_IS_DURABLE_PAGE (self), 0);
  g_return_val_if_fail (level < FW_N_DURABLE_LEVELS, 0);

  return (guint) g_ascii_strtoull (gtk_label_get_label (self->totals[level]), NULL, 10);
}

GtkWidget *
fw_durable_page_get_level_header (FwDurablePage  *self,
                                  FwDurableLevel  level)
{
  g_return_val_if_fail (FW_IS_DURABLE_PAGE (self), NULL);
  g_return_val_if_fail (level < FW_N_DURABLE_LEVELS, NULL);

  return gtk_widget_get_parent (GTK_WIDGET (self->totals[level]));
}

GtkWidget *
fw_durable_page_get_add_domain_button (FwDurablePage *self)
{
  g_return_val_if_fail (FW_IS_DURABLE_PAGE (self), NULL);

  return self->rows->len > 0 ? GTK_WIDGET (self->add_domain_button)
                             : GTK_WIDGET (self->empty_add_button);
}
