/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

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
  FwLevelColumn *column_emerging;
  FwLevelColumn *column_developing;
  FwLevelColumn *column_proficient;
  FwLevelColumn *column_advanced;
  GtkSearchBar  *search_bar;
  GtkSearchEntry *search_entry;
  GtkRevealer   *inspector_revealer;
  FwInspector   *inspector;
};

G_DEFINE_FINAL_TYPE (FwLevelsPage, fw_levels_page, FW_TYPE_EDITOR_PAGE)

/* Where the keyboard focus was in the selected row before an edit rebuilt it. */
typedef enum
{
  FOCUS_ELSEWHERE,
  FOCUS_ROW,
  FOCUS_HEADLINE,
  FOCUS_BODY,
} RowFocus;

static FwLevelColumn *
column_for (FwLevelsPage *self,
            FwLevelKey    key)
{
  FwLevelColumn *columns[FW_N_LEVELS] = {
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

static void
update_actions (FwLevelsPage *self)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  FwStatementPlace place;
  gboolean has = selected_place (self, &place);
  guint n = has ? g_list_model_get_n_items (G_LIST_MODEL (place.store)) : 0;
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "statement.add-after", document != NULL);
  gtk_widget_action_set_enabled (widget, "levels.add-to-level", document != NULL);
  gtk_widget_action_set_enabled (widget, "statement.duplicate", has);
  gtk_widget_action_set_enabled (widget, "statement.delete", has);
  gtk_widget_action_set_enabled (widget, "statement.move-up", has && place.position > 0);
  gtk_widget_action_set_enabled (widget, "statement.move-down", has && place.position + 1 < n);
  gtk_widget_action_set_enabled (widget, "statement.move-left", has && place.level > 0);
  gtk_widget_action_set_enabled (widget, "statement.move-right",
                                 has && place.level + 1 < FW_N_LEVELS);
}

static RowFocus
selected_row_focus (FwLevelsPage *self)
{
  FwStatementPlace place;
  FwStatementRow *row;

  if (!selected_place (self, &place))
    return FOCUS_ELSEWHERE;
  row = fw_level_column_find_row (column_for (self, place.level), self->selected);
  if (row == NULL)
    return FOCUS_ELSEWHERE;
  switch (fw_statement_row_get_focus_field (row))
    {
    case FW_STATEMENT_FIELD_HEADLINE:
      return FOCUS_HEADLINE;
    case FW_STATEMENT_FIELD_BODY:
      return FOCUS_BODY;
    case FW_STATEMENT_FIELD_NONE:
    default:
      return gtk_widget_has_focus (GTK_WIDGET (row)) ? FOCUS_ROW : FOCUS_ELSEWHERE;
    }
}

/* Marks @statement as selected in the columns and the inspector, without moving focus. */
static void
set_selected (FwLevelsPage *self,
              FwStatement  *statement)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));

  g_set_object (&self->selected, statement);
  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      FwLevelColumn *column = column_for (self, i);
      FwStatementRow *row = statement ? fw_level_column_find_row (column, statement) : NULL;

      fw_level_column_select_row (column, row);
      if (row != NULL)
        self->last_level = i;
    }
  fw_inspector_set_statement (self->inspector, document, statement);
  update_actions (self);
}

/* After an edit: select @statement and give focus back to where it was. */
static void
follow_statement (FwLevelsPage *self,
                  FwStatement  *statement,
                  RowFocus      focus)
{
  static const FwStatementField fields[] = {
    FW_STATEMENT_FIELD_NONE, FW_STATEMENT_FIELD_NONE,
    FW_STATEMENT_FIELD_HEADLINE, FW_STATEMENT_FIELD_BODY,
  };

  if (focus == FOCUS_ELSEWHERE)
    set_selected (self, statement);
  else
    fw_levels_page_select_statement (self, statement, fields[focus]);
}

static void
on_statement_focused (FwLevelsPage   *self,
                      FwStatementRow *row)
{
  FwStatement *statement = fw_statement_row_get_statement (row);

  if (statement != self->selected)
    set_selected (self, statement);
}

static void
on_statement_dropped (FwLevelsPage *self,
                      FwStatement  *statement)
{
  set_selected (self, statement);
}

/* The level stores changed (edits, undo, redo): keep the selection on its statement. */
static void
on_level_items_changed (FwLevelsPage *self)
{
  FwStatementPlace place;

  if (self->selected != NULL && !selected_place (self, &place))
    set_selected (self, NULL);
  else
    set_selected (self, self->selected);
}

static void
clear_search (FwLevelsPage *self)
{
  if (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  for (guint i = 0; i < FW_N_LEVELS; i++)
    fw_level_column_set_search (column_for (self, i), NULL);
}

static void
insert_statement (FwLevelsPage *self,
                  GListStore   *store,
                  guint         position,
                  FwStatement  *statement,
                  RowFocus      focus)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));

  clear_search (self);
  fw_document_run (document, fw_command_insert_new (store, position, statement));
  follow_statement (self, statement, focus);
}

static void
add_to_level (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FwLevelsPage *self = FW_LEVELS_PAGE (widget);
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  int key = g_variant_get_int32 (parameter);
  g_autoptr(FwStatement) statement = NULL;
  GListStore *store;

  if (document == NULL || key < 0 || key >= FW_N_LEVELS)
    return;
  store = fw_level_get_statements (fw_document_get_level (document, key));
  statement = fw_statement_new ("", "");
  insert_statement (self, store, g_list_model_get_n_items (G_LIST_MODEL (store)), statement,
                    FOCUS_HEADLINE);
}

static void
add_after (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  FwLevelsPage *self = FW_LEVELS_PAGE (widget);
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  g_autoptr(FwStatement) statement = NULL;
  FwStatementPlace place;

  if (document == NULL)
    return;
  if (!selected_place (self, &place))
    {
      g_autoptr(GVariant) level = g_variant_ref_sink (g_variant_new_int32 (self->last_level));

      add_to_level (widget, NULL, level);
      return;
    }
  statement = fw_statement_new ("", "");
  insert_statement (self, place.store, place.position + 1, statement, FOCUS_HEADLINE);
}

static void
duplicate_selected (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FwLevelsPage *self = FW_LEVELS_PAGE (widget);
  g_autoptr(FwStatement) copy = NULL;
  FwStatementPlace place;
  RowFocus focus = selected_row_focus (self);

  if (!selected_place (self, &place))
    return;
  copy = fw_statement_copy (self->selected);
  insert_statement (self, place.store, place.position + 1, copy,
                    focus == FOCUS_ELSEWHERE ? FOCUS_ELSEWHERE : FOCUS_ROW);
}

static void
delete_selected (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FwLevelsPage *self = FW_LEVELS_PAGE (widget);
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  FwStatementPlace place;
  RowFocus focus = selected_row_focus (self);
  g_autoptr(FwStatement) next = NULL;
  guint n;

  if (!selected_place (self, &place))
    return;
  fw_document_run (document, fw_command_remove_new (place.store, place.position));

  /* The neighbour takes the selection, so Delete can be pressed again. */
  n = g_list_model_get_n_items (G_LIST_MODEL (place.store));
  if (n > 0)
    next = g_list_model_get_item (G_LIST_MODEL (place.store), MIN (place.position, n - 1));
  if (next != NULL)
    follow_statement (self, next, focus == FOCUS_ELSEWHERE ? FOCUS_ELSEWHERE : FOCUS_ROW);
  else
    set_selected (self, NULL);
}

static void
move_selected (FwLevelsPage *self,
               int           level_delta,
               int           position_delta)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  g_autoptr(FwStatement) statement = NULL;
  FwStatementPlace place;
  RowFocus focus = selected_row_focus (self);
  GListStore *target;
  int level, position;
  guint n_target;

  if (!selected_place (self, &place))
    return;
  level = place.level + level_delta;
  if (level < 0 || level >= FW_N_LEVELS)
    return;
  target = fw_level_get_statements (fw_document_get_level (document, level));
  n_target = g_list_model_get_n_items (G_LIST_MODEL (target));
  if (level_delta != 0)
    {
      /* Sideways moves keep the row, so the statement lands beside where it was. */
      position = MIN (place.position, n_target);
    }
  else
    {
      position = (int) place.position + position_delta;
      if (position < 0 || position >= (int) n_target)
        return;
    }

  statement = g_object_ref (self->selected);
  fw_document_run (document,
                   fw_command_move_new (place.store, place.position, target, position));
  follow_statement (self, statement, focus);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FwLevelsPage *self = FW_LEVELS_PAGE (widget);

  if (g_str_equal (action_name, "statement.move-up"))
    move_selected (self, 0, -1);
  else if (g_str_equal (action_name, "statement.move-down"))
    move_selected (self, 0, 1);
  else if (g_str_equal (action_name, "statement.move-left"))
    move_selected (self, -1, 0);
  else if (g_str_equal (action_name, "statement.move-right"))
    move_selected (self, 1, 0);
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

static void
on_search_changed (FwLevelsPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  for (guint i = 0; i < FW_N_LEVELS; i++)
    fw_level_column_set_search (column_for (self, i), text);
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
      fw_level_column_set_target (column_for (self, i), target);
      fw_level_column_set_validator (column_for (self, i), validator);
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
        g_signal_handlers_disconnect_by_data (
          fw_level_get_statements (fw_document_get_level (previous, i)), self);
    }
  set_selected (self, NULL);
  clear_search (self);
  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      FwLevel *level = document ? fw_document_get_level (document, i) : NULL;

      fw_level_column_set_level (column_for (self, i), document, level);
      if (level != NULL)
        g_signal_connect_object (fw_level_get_statements (level), "items-changed",
                                 G_CALLBACK (on_level_items_changed), self,
                                 G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }
  self->last_level = FW_LEVEL_EMERGING;
  update_actions (self);
}

static void
fw_levels_page_findings_changed (FwEditorPage *page)
{
  FwLevelsPage *self = FW_LEVELS_PAGE (page);

  for (guint i = 0; i < FW_N_LEVELS; i++)
    fw_level_column_refresh_findings (column_for (self, i));
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
      gtk_widget_grab_focus (fw_level_column_get_add_button (column_for (self, key)));
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

  g_type_ensure (FW_TYPE_LEVEL_COLUMN);
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
  gtk_widget_class_bind_template_child (widget_class, FwLevelsPage, inspector_revealer);
  gtk_widget_class_bind_template_child (widget_class, FwLevelsPage, inspector);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_mode_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_statement_focused);
  gtk_widget_class_bind_template_callback (widget_class, on_statement_dropped);

  gtk_widget_class_install_action (widget_class, "statement.add-after", NULL, add_after);
  gtk_widget_class_install_action (widget_class, "levels.add-to-level", "i", add_to_level);
  gtk_widget_class_install_action (widget_class, "statement.duplicate", NULL, duplicate_selected);
  gtk_widget_class_install_action (widget_class, "statement.delete", NULL, delete_selected);
  gtk_widget_class_install_action (widget_class, "statement.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "statement.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "statement.move-left", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "statement.move-right", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "levels.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "levels.toggle-inspector", NULL,
                                   toggle_inspector_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "statement.add-after", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "statement.add-after", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "statement.duplicate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "statement.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0,
                                       "statement.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "statement.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "statement.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "statement.move-left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "statement.move-right", NULL);
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
    gtk_size_group_add_widget (self->headers, fw_level_column_get_header (column_for (self, i)));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  update_actions (self);
}

GtkWidget *
fw_levels_page_new (void)
{
  return g_object_new (FW_TYPE_LEVELS_PAGE, NULL);
}

FwLevelColumn *
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
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  FwStatementPlace place;
  FwStatementRow *row;

  g_return_val_if_fail (FW_IS_LEVELS_PAGE (self), FALSE);
  g_return_val_if_fail (FW_IS_STATEMENT (statement), FALSE);

  if (document == NULL ||
      fw_document_find_statement (document, fw_statement_get_id (statement), &place) != statement ||
      place.section != FW_SECTION_LEVELS)
    return FALSE;

  row = fw_level_column_find_row (column_for (self, place.level), statement);
  if (row == NULL)
    {
      /* Hidden by the search: show everything again. */
      gtk_search_bar_set_search_mode (self->search_bar, FALSE);
      clear_search (self);
      row = fw_level_column_find_row (column_for (self, place.level), statement);
    }
  set_selected (self, statement);
  if (row == NULL)
    return FALSE;
  fw_statement_row_focus_field (row, field);
  return TRUE;
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

  gtk_revealer_set_reveal_child (self->inspector_revealer, visible);
}

gboolean
fw_levels_page_get_inspector_visible (FwLevelsPage *self)
{
  g_return_val_if_fail (FW_IS_LEVELS_PAGE (self), FALSE);

  return gtk_revealer_get_reveal_child (self->inspector_revealer);
}
