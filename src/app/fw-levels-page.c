/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fw-levels-page.h"

struct _FwLevelsPage
{
  FwEditorPage   parent_instance;

  FwStatement   *selected;
  /* Where "Add" puts a statement when nothing is selected. */
  FwLevelKey     last_level;
  /* The column headers, as high as the highest, so that the statements start level. */
  GtkSizeGroup  *headers;

  /* Template children */
  FwStatementList *column_emerging;
  FwStatementList *column_developing;
  FwStatementList *column_proficient;
  FwStatementList *column_advanced;
  GtkSearchBar  *search_bar;
  GtkSearchEntry *search_entry;
  AdwFlap       *inspector_flap;
  FwInspector   *inspector;
};

G_DEFINE_FINAL_TYPE (FwLevelsPage, fw_levels_page, FW_TYPE_EDITOR_PAGE)

static FwStatementList *
column_for (FwLevelsPage *self,
            FwLevelKey    key)
{
  FwStatementList *columns[FW_N_LEVELS] = {
    self->column_emerging, self->column_developing,
    self->column_proficient, self->column_advanced,
  };

  g_assert (key < FW_N_LEVELS);
  return columns[key];
}

/* The place of the selected statement, or FALSE when it is no longer a level statement. */
static gboolean
selected_place (FwLevelsPage     *self,
                FwStatementPlace *place)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));

  if (self->selected == NULL || document == NULL)
    return FALSE;
  if (fw_document_find_statement (document, fw_statement_get_id (self->selected),
                                  place) != self->selected)
    return FALSE;
  return place->section == FW_SECTION_LEVELS;
}

/* The toolbar acts on the list that holds the selection, or where "Add" would go. */
static void
update_actions (FwLevelsPage *self)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  FwStatementPlace place;
  FwLevelKey key = selected_place (self, &place) ? (FwLevelKey) place.level : self->last_level;

  gtk_widget_insert_action_group (GTK_WIDGET (self), "statement",
                                  fw_statement_list_get_actions (column_for (self, key)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "levels.add-to-level", document != NULL);
}

/* Marks @statement as selected in the columns and the inspector, without moving focus. */
static void
set_selected (FwLevelsPage *self,
              FwStatement  *statement)
{
  FwStatementPlace place = { 0 };

  g_set_object (&self->selected, statement);
  if (selected_place (self, &place))
    self->last_level = place.level;
  else
    g_clear_object (&self->selected);
  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      gboolean here = self->selected != NULL && (guint) place.level == i;

      fw_statement_list_set_selected (column_for (self, i), here ? statement : NULL);
    }
  fw_inspector_set_statement (self->inspector,
                              fw_editor_page_get_document (FW_EDITOR_PAGE (self)),
                              self->selected);
  update_actions (self);
}

static void
on_statement_focused (FwLevelsPage *self,
                      FwStatement  *statement)
{
  if (statement != self->selected)
    set_selected (self, statement);
}

/* The level stores changed (edits, undo, redo): keep the selection on its statement. */
static void
on_level_items_changed (FwLevelsPage *self)
{
  set_selected (self, self->selected);
}

static void
clear_search (FwLevelsPage *self)
{
  if (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  for (guint i = 0; i < FW_N_LEVELS; i++)
    fw_statement_list_set_filter_text (column_for (self, i), NULL);
}

/* A column dropped its filter (a statement was added to it): end the search everywhere. */
static void
on_filter_text_changed (FwLevelsPage    *self,
                        GParamSpec      *pspec,
                        FwStatementList *column)
{
  if (fw_statement_list_get_filter_text (column) == NULL &&
      gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0')
    {
      gtk_search_bar_set_search_mode (self->search_bar, FALSE);
      clear_search (self);
    }
}

static void
add_to_level (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FwLevelsPage *self = FW_LEVELS_PAGE (widget);
  int key = g_variant_get_int32 (parameter);

  if (key >= 0 && key < FW_N_LEVELS)
    fw_statement_list_add_statement (column_for (self, key));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  fw_levels_page_start_search (FW_LEVELS_PAGE (widget));
}

static void
toggle_inspector_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  FwLevelsPage *self = FW_LEVELS_PAGE (widget);

  fw_levels_page_set_inspector_visible (self, !fw_levels_page_get_inspector_visible (self));
}

/*
 * A locked AdwFlap (libadwaita 1.2) asks for the inspector's width in its natural width as
 * far as the inspector is revealed, but when the reveal progress changes it queues only a new
 * allocation, not a new size request, unless its fold policy is "never". The sizes GTK keeps
 * for the flap and the widgets above it then go stale. Changed while the page is hidden, or in
 * the frame that shows it again, the window is drawn before the page is laid out and GTK
 * warns "Trying to snapshot AdwBin … without a current allocation". Ask for the new size.
 */
static void
on_reveal_progress (GtkWidget *flap)
{
  gtk_widget_queue_resize (flap);
}

static void
on_search_changed (FwLevelsPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  for (guint i = 0; i < FW_N_LEVELS; i++)
    fw_statement_list_set_filter_text (column_for (self, i), text);
}

static void
on_search_mode_changed (FwLevelsPage *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    clear_search (self);
}

static void
update_targets (FwLevelsPage *self)
{
  FwValidator *validator = fw_editor_page_get_validator (FW_EDITOR_PAGE (self));
  guint target = 0;

  if (validator != NULL)
    target = fw_profile_get_expected_statements (fw_validator_get_profile (validator));
  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      fw_statement_list_set_target (column_for (self, i), target);
      fw_statement_list_set_validator (column_for (self, i), validator);
    }
}

static void
update_titles (FwLevelsPage *self)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));

  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      FwLevel *level = document ? fw_document_get_level (document, i) : NULL;
      const char *label = level ? fw_level_get_label (level) : fw_level_key_default_label (i);

      fw_statement_list_set_title (column_for (self, i), label);
      fw_statement_list_set_subtitle (column_for (self, i),
                                      level ? fw_level_get_role_label (level) : NULL);
      fw_statement_list_set_name (column_for (self, i), label);
    }
}

static void
fw_levels_page_document_changed (FwEditorPage *page,
                                 FwDocument   *previous)
{
  FwLevelsPage *self = FW_LEVELS_PAGE (page);
  FwDocument *document = fw_editor_page_get_document (page);

  if (previous != NULL)
    {
      for (guint i = 0; i < FW_N_LEVELS; i++)
        {
          FwLevel *level = fw_document_get_level (previous, i);

          g_signal_handlers_disconnect_by_data (fw_level_get_statements (level), self);
          g_signal_handlers_disconnect_by_data (level, self);
        }
    }
  set_selected (self, NULL);
  clear_search (self);
  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      FwLevel *level = document ? fw_document_get_level (document, i) : NULL;

      fw_statement_list_set_store (column_for (self, i), document,
                                   level ? fw_level_get_statements (level) : NULL,
                                   FW_SECTION_LEVELS);
      if (level != NULL)
        {
          g_signal_connect_object (fw_level_get_statements (level), "items-changed",
                                   G_CALLBACK (on_level_items_changed), self,
                                   G_CONNECT_SWAPPED | G_CONNECT_AFTER);
          g_signal_connect_object (level, "notify::label", G_CALLBACK (update_titles), self,
                                   G_CONNECT_SWAPPED);
          g_signal_connect_object (level, "notify::role-label", G_CALLBACK (update_titles), self,
                                   G_CONNECT_SWAPPED);
        }
    }
  self->last_level = FW_LEVEL_EMERGING;
  update_titles (self);
  update_actions (self);
}

static void
fw_levels_page_findings_changed (FwEditorPage *page)
{
  FwLevelsPage *self = FW_LEVELS_PAGE (page);

  for (guint i = 0; i < FW_N_LEVELS; i++)
    fw_statement_list_refresh_findings (column_for (self, i));
}

static gboolean
fw_levels_page_focus_finding (FwEditorPage *page,
                              FwFinding    *finding)
{
  FwLevelsPage *self = FW_LEVELS_PAGE (page);
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  const char *id = fw_finding_get_statement_id (finding);
  const char *field = fw_finding_get_field (finding);
  FwStatement *statement;
  FwStatementPlace place;
  int key;

  if (document == NULL)
    return FALSE;
  statement = id != NULL ? fw_document_find_statement (document, id, &place) : NULL;
  if (statement != NULL && place.section == FW_SECTION_LEVELS)
    {
      if (g_strcmp0 (field, "note") == 0 || g_strcmp0 (field, "citations") == 0 ||
          g_strcmp0 (field, "anchors") == 0)
        {
          fw_levels_page_select_statement (self, statement, FW_STATEMENT_FIELD_NONE);
          fw_levels_page_set_inspector_visible (self, TRUE);
          if (g_strcmp0 (field, "note") == 0)
            fw_inspector_focus_note (self->inspector);
          else if (g_strcmp0 (field, "citations") == 0)
            fw_inspector_focus_citations (self->inspector);
          else
            fw_inspector_focus_anchors (self->inspector);
          return TRUE;
        }
      return fw_levels_page_select_statement (self, statement,
                                              g_strcmp0 (field, "headline") == 0
                                                ? FW_STATEMENT_FIELD_HEADLINE
                                              : g_strcmp0 (field, "body") == 0
                                                ? FW_STATEMENT_FIELD_BODY
                                                : FW_STATEMENT_FIELD_NONE);
    }
  key = fw_finding_get_level (finding);
  if (fw_finding_get_section (finding) == FW_FINDING_SECTION_LEVELS && key >= 0 &&
      key < FW_N_LEVELS)
    {
      gtk_widget_grab_focus (fw_statement_list_get_add_button (column_for (self, key)));
      return TRUE;
    }
  return FALSE;
}

static void
fw_levels_page_dispose (GObject *object)
{
  FwLevelsPage *self = FW_LEVELS_PAGE (object);
  GtkWidget *child;

  fw_editor_page_set_document (FW_EDITOR_PAGE (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_LEVELS_PAGE);
  /* The template's root box is no bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selected);
  g_clear_object (&self->headers);

  G_OBJECT_CLASS (fw_levels_page_parent_class)->dispose (object);
}

static void
fw_levels_page_class_init (FwLevelsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FwEditorPageClass *page_class = FW_EDITOR_PAGE_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_levels_page_dispose;
  page_class->document_changed = fw_levels_page_document_changed;
  page_class->findings_changed = fw_levels_page_findings_changed;
  page_class->focus_finding = fw_levels_page_focus_finding;

  g_type_ensure (FW_TYPE_STATEMENT_LIST);
  g_type_ensure (FW_TYPE_INSPECTOR);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-levels-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FwLevelsPage, column_emerging);
  gtk_widget_class_bind_template_child (widget_class, FwLevelsPage, column_developing);
  gtk_widget_class_bind_template_child (widget_class, FwLevelsPage, column_proficient);
  gtk_widget_class_bind_template_child (widget_class, FwLevelsPage, column_advanced);
  gtk_widget_class_bind_template_child (widget_class, FwLevelsPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, FwLevelsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FwLevelsPage, inspector_flap);
  gtk_widget_class_bind_template_child (widget_class, FwLevelsPage, inspector);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_mode_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_statement_focused);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_text_changed);

  gtk_widget_class_install_action (widget_class, "levels.add-to-level", "i", add_to_level);
  gtk_widget_class_install_action (widget_class, "levels.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "levels.toggle-inspector", NULL,
                                   toggle_inspector_action);

  /* The shortcuts work from the toolbar and the inspector too, on the selected statement. */
  fw_statement_list_class_add_shortcuts (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0,
                                       "levels.toggle-inspector", NULL);
}

static void
fw_levels_page_init (FwLevelsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::validator", G_CALLBACK (update_targets), NULL);
  self->last_level = FW_LEVEL_EMERGING;
  self->headers = gtk_size_group_new (GTK_SIZE_GROUP_VERTICAL);
  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      gtk_size_group_add_widget (self->headers,
                                 fw_statement_list_get_header (column_for (self, i)));
      fw_statement_list_set_neighbours (column_for (self, i),
                                        i > 0 ? column_for (self, i - 1) : NULL,
                                        i + 1 < FW_N_LEVELS ? column_for (self, i + 1) : NULL);
    }
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect (self->inspector_flap, "notify::reveal-progress",
                    G_CALLBACK (on_reveal_progress), NULL);
  update_titles (self);
  update_actions (self);
}

GtkWidget *
fw_levels_page_new (void)
{
  return g_object_new (FW_TYPE_LEVELS_PAGE, NULL);
}

FwStatementList *
fw_levels_page_get_column (FwLevelsPage *self,
                           FwLevelKey    key)
{
  g_return_val_if_fail (FW_IS_LEVELS_PAGE (self), NULL);
  g_return_val_if_fail (key < FW_N_LEVELS, NULL);

  return column_for (self, key);
}

FwInspector *
fw_levels_page_get_inspector (FwLevelsPage *self)
{
  g_return_val_if_fail (FW_IS_LEVELS_PAGE (self), NULL);

  return self->inspector;
}

FwStatement *
fw_levels_page_get_selected (FwLevelsPage *self)
{
  g_return_val_if_fail (FW_IS_LEVELS_PAGE (self), NULL);

  return self->selected;
}

gboolean
fw_levels_page_select_statement (FwLevelsPage     *self,
                                 FwStatement      *statement,
                                 FwStatementField  field)
{
  FwDocument *document;
  FwStatementPlace place;
  FwStatementList *column;

  g_return_val_if_fail (FW_IS_LEVELS_PAGE (self), FALSE);
  g_return_val_if_fail (FW_IS_STATEMENT (statement), FALSE);

  document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  if (document == NULL ||
      fw_document_find_statement (document, fw_statement_get_id (statement), &place) != statement ||
      place.section != FW_SECTION_LEVELS)
    return FALSE;

  column = column_for (self, place.level);
  if (fw_statement_list_find_row (column, statement) == NULL)
    {
      /* Hidden by the search: show everything again. */
      gtk_search_bar_set_search_mode (self->search_bar, FALSE);
      clear_search (self);
    }
  set_selected (self, statement);
  return fw_statement_list_select_statement (column, statement, field);
}

void
fw_levels_page_start_search (FwLevelsPage *self)
{
  g_return_if_fail (FW_IS_LEVELS_PAGE (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

GtkEditable *
fw_levels_page_get_search_entry (FwLevelsPage *self)
{
  g_return_val_if_fail (FW_IS_LEVELS_PAGE (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

void
fw_levels_page_set_inspector_visible (FwLevelsPage *self,
                                      gboolean      visible)
{
  g_return_if_fail (FW_IS_LEVELS_PAGE (self));

  adw_flap_set_reveal_flap (self->inspector_flap, visible);
}

gboolean
fw_levels_page_get_inspector_visible (FwLevelsPage *self)
{
  g_return_val_if_fail (FW_IS_LEVELS_PAGE (self), FALSE);

  return adw_flap_get_reveal_flap (self->inspector_flap);
}
