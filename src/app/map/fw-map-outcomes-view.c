/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-map-batch.h"
#include "fw-map-framework.h"
#include "fw-map-outcomes-view-private.h"

/* How many statements a suggestion list holds before the mapped ones are left out. */
#define SEARCH_LIMIT 12

struct _FwMapOutcomesView
{
  GtkWidget       parent_instance;

  /* Template widgets */
  GtkStack       *stack;
  AdwStatusPage  *empty_page;
  GtkListView    *list_view;

  FwMap          *map;
  FwDocument     *framework;
  FwMapSuggester *suggester;
  GtkTreeListModel *tree;      /* courses, each expanding to its outcomes */
  GHashTable     *suggestions;  /* outcome id → GPtrArray of FwMapSuggestion */
  GHashTable     *rows;         /* FwMapOutcomeRow bound to an item */
  guint           epoch;        /* changes whenever what a row shows may have changed */
};

G_DEFINE_FINAL_TYPE (FwMapOutcomesView, fw_map_outcomes_view, GTK_TYPE_WIDGET)

/* Model ---------------------------------------------------------------------------------- */

/*
 * Courses are the list's items, each expanding to its outcomes: GtkListView keeps up to 200
 * rows alive on GTK 4.8 whatever the screen shows, so a flat list of 300 outcomes would build
 * them nearly all. Collapsed courses cost one light row each.
 */
static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  if (FW_IS_MAP_COURSE (item))
    return G_LIST_MODEL (g_object_ref (fw_map_course_get_outcomes (FW_MAP_COURSE (item))));
  return NULL;
}

/* Courses moved, came or went: their places (which suggest depths) and the empty state. */
static void
on_courses_changed (FwMapOutcomesView *self)
{
  guint n_courses = self->map != NULL
    ? g_list_model_get_n_items (G_LIST_MODEL (fw_map_get_courses (self->map))) : 0;

  g_hash_table_remove_all (self->suggestions);
  self->epoch++;
  gtk_stack_set_visible_child_name (self->stack, n_courses > 0 ? "list" : "empty");
}

static void
build_model (FwMapOutcomesView *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  g_clear_object (&self->tree);
  if (self->map != NULL)
    {
      GListModel *courses = G_LIST_MODEL (g_object_ref (fw_map_get_courses (self->map)));

      self->tree = gtk_tree_list_model_new (courses, FALSE, FALSE, create_children_cb, NULL,
                                            NULL);
      g_signal_connect_object (courses, "items-changed", G_CALLBACK (on_courses_changed), self,
                               G_CONNECT_SWAPPED);
      selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->tree)));
    }
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  on_courses_changed (self);
  /* The first course open, so that the view starts with outcomes, not only headers. */
  if (self->tree != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->tree)) > 0)
    {
      g_autoptr(GtkTreeListRow) first = gtk_tree_list_model_get_row (self->tree, 0);

      gtk_tree_list_row_set_expanded (first, TRUE);
    }
}

/* After every change: the rows on screen show it. */
static void
on_history_changed (FwMapOutcomesView *self)
{
  GHashTableIter iter;
  gpointer row;

  self->epoch++;
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    _fw_map_outcome_row_refresh (row);
}

/* Factory -------------------------------------------------------------------------------- */

static FwMapOutcomeRow *
item_row (GtkListItem *item)
{
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (item));

  return FW_MAP_OUTCOME_ROW (gtk_tree_expander_get_child (expander));
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          FwMapOutcomesView        *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();

  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander),
                               GTK_WIDGET (_fw_map_outcome_row_new (self)));
  gtk_list_item_set_child (item, expander);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         FwMapOutcomesView        *self)
{
  GtkTreeListRow *tree_row = gtk_list_item_get_item (item);
  g_autoptr(GObject) shown = gtk_tree_list_row_get_item (tree_row);
  FwMapOutcomeRow *row = item_row (item);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (item)), tree_row);
  /* A course opens and closes with Return; an outcome's row has buttons of its own. */
  gtk_list_item_set_activatable (item, FW_IS_MAP_COURSE (shown));
  _fw_map_outcome_row_bind (row, shown);
  g_hash_table_add (self->rows, row);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           FwMapOutcomesView        *self)
{
  FwMapOutcomeRow *row = item_row (item);

  g_hash_table_remove (self->rows, row);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (item)), NULL);
  _fw_map_outcome_row_unbind (row);
}

static void
teardown_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             FwMapOutcomesView        *self)
{
  if (gtk_list_item_get_child (item) != NULL)
    g_hash_table_remove (self->rows, item_row (item));
}

static void
on_activate (FwMapOutcomesView *self,
             guint              position)
{
  g_autoptr(GtkTreeListRow) row = self->tree != NULL ? gtk_tree_list_model_get_row (self->tree,
                                                                                  position)
                                                     : NULL;

  if (row != NULL && gtk_tree_list_row_is_expandable (row))
    gtk_tree_list_row_set_expanded (row, !gtk_tree_list_row_get_expanded (row));
}

/* Private API ---------------------------------------------------------------------------- */

guint
_fw_map_outcomes_view_get_epoch (FwMapOutcomesView *self)
{
  return self->epoch;
}

FwMap *
_fw_map_outcomes_view_get_map (FwMapOutcomesView *self)
{
  return self->map;
}

FwDocument *
_fw_map_outcomes_view_get_framework (FwMapOutcomesView *self)
{
  return self->framework;
}

gboolean
_fw_map_outcomes_view_can_suggest (FwMapOutcomesView *self)
{
  return self->suggester != NULL && self->map != NULL;
}

GPtrArray *
_fw_map_outcomes_view_all_suggestions (FwMapOutcomesView *self,
                                       const char        *outcome_id)
{
  GPtrArray *suggestions;

  if (!_fw_map_outcomes_view_can_suggest (self))
    return NULL;
  suggestions = g_hash_table_lookup (self->suggestions, outcome_id);
  if (suggestions == NULL)
    {
      suggestions = fw_map_suggest (self->suggester, self->map, outcome_id, SEARCH_LIMIT);
      g_hash_table_insert (self->suggestions, g_strdup (outcome_id), suggestions);
    }
  return suggestions;
}

static FwMapSuggestion *
find_suggestion (FwMapOutcomesView *self,
                 const char        *outcome_id,
                 const char        *statement_id)
{
  GPtrArray *suggestions = _fw_map_outcomes_view_all_suggestions (self, outcome_id);

  for (guint i = 0; suggestions != NULL && i < suggestions->len; i++)
    {
      FwMapSuggestion *suggestion = g_ptr_array_index (suggestions, i);

      if (g_strcmp0 (suggestion->statement_id, statement_id) == 0)
        return suggestion;
    }
  return NULL;
}

gboolean
_fw_map_outcomes_view_accept (FwMapOutcomesView *self,
                              const char        *outcome_id,
                              const char        *statement_id)
{
  FwMapSuggestion *suggestion = find_suggestion (self, outcome_id, statement_id);
  g_autoptr(FwMapBatch) batch = NULL;

  if (suggestion == NULL)
    return FALSE;
  batch = fw_map_batch_new (self->map, self->framework);
  if (!fw_map_batch_add (batch, outcome_id, statement_id, suggestion->depth))
    return FALSE;
  return fw_map_batch_run (batch, _("Accept Suggestion")) == 1;
}

/* Adds to @batch (when not NULL) the suggestions above the threshold of @course's outcomes. */
static guint
collect_above (FwMapOutcomesView *self,
               FwMapCourse       *course,
               FwMapBatch        *batch)
{
  GListModel *outcomes = G_LIST_MODEL (fw_map_course_get_outcomes (course));
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(FwMapOutcome) outcome = g_list_model_get_item (outcomes, i);
      const char *id = fw_map_outcome_get_id (outcome);
      GPtrArray *all = _fw_map_outcomes_view_all_suggestions (self, id);
      g_autoptr(GPtrArray) unmapped = NULL;

      if (all == NULL)
        continue;
      unmapped = fw_map_suggestions_unmapped (self->map, id, all, all->len);
      for (guint k = 0; k < unmapped->len; k++)
        {
          FwMapSuggestion *suggestion = g_ptr_array_index (unmapped, k);

          if (suggestion->score <= FW_MAP_ACCEPT_ALL_SCORE)
            continue;
          count++;
          if (batch != NULL)
            fw_map_batch_add (batch, id, suggestion->statement_id, suggestion->depth);
        }
    }
  return count;
}

guint
_fw_map_outcomes_view_count_course (FwMapOutcomesView *self,
                                    FwMapCourse       *course)
{
  if (!_fw_map_outcomes_view_can_suggest (self))
    return 0;
  return collect_above (self, course, NULL);
}

guint
_fw_map_outcomes_view_accept_all (FwMapOutcomesView *self,
                                  FwMapCourse       *course)
{
  g_autoptr(FwMapBatch) batch = NULL;
  g_autofree char *label = NULL;

  if (!_fw_map_outcomes_view_can_suggest (self))
    return 0;
  batch = fw_map_batch_new (self->map, self->framework);
  collect_above (self, course, batch);
  /* TRANSLATORS: an undo step: "Undo Accept Suggestions for RAD110" */
  label = g_strdup_printf (_("Accept Suggestions for %s"), fw_map_course_get_code (course));
  return fw_map_batch_run (batch, label);
}

/* API ------------------------------------------------------------------------------------ */

GtkWidget *
fw_map_outcomes_view_new (void)
{
  return g_object_new (FW_TYPE_MAP_OUTCOMES_VIEW, NULL);
}

void
fw_map_outcomes_view_set_map (FwMapOutcomesView *self,
                              FwMap             *map,
                              FwDocument        *framework)
{
  g_return_if_fail (FW_IS_MAP_OUTCOMES_VIEW (self));
  g_return_if_fail (map == NULL || FW_IS_MAP (map));
  g_return_if_fail (framework == NULL || FW_IS_DOCUMENT (framework));

  if (self->map != NULL)
    {
      g_signal_handlers_disconnect_by_data (fw_map_get_history (self->map), self);
      g_signal_handlers_disconnect_by_data (fw_map_get_courses (self->map), self);
    }
  g_set_object (&self->map, map);
  g_set_object (&self->framework, framework);
  g_clear_pointer (&self->suggester, fw_map_suggester_free);
  if (framework != NULL)
    self->suggester = fw_map_suggester_new (framework, NULL);
  if (map != NULL)
    g_signal_connect_object (fw_map_get_history (map), "changed",
                             G_CALLBACK (on_history_changed), self, G_CONNECT_SWAPPED);
  build_model (self);
}

GListModel *
fw_map_outcomes_view_get_model (FwMapOutcomesView *self)
{
  g_return_val_if_fail (FW_IS_MAP_OUTCOMES_VIEW (self), NULL);
  return G_LIST_MODEL (self->tree);
}

GtkListView *
fw_map_outcomes_view_get_list_view (FwMapOutcomesView *self)
{
  g_return_val_if_fail (FW_IS_MAP_OUTCOMES_VIEW (self), NULL);
  return self->list_view;
}

static const char *
item_id (GObject *item)
{
  if (FW_IS_MAP_COURSE (item))
    return fw_map_course_get_code (FW_MAP_COURSE (item));
  return fw_map_outcome_get_id (FW_MAP_OUTCOME (item));
}

int
fw_map_outcomes_view_find (FwMapOutcomesView *self,
                           const char        *id)
{
  GListModel *items;

  g_return_val_if_fail (FW_IS_MAP_OUTCOMES_VIEW (self), -1);
  g_return_val_if_fail (id != NULL, -1);

  items = G_LIST_MODEL (self->tree);
  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (items, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (g_strcmp0 (item_id (item), id) == 0)
        return (int) i;
    }
  return -1;
}

void
fw_map_outcomes_view_show (FwMapOutcomesView *self,
                           const char        *id)
{
  FwMapCourse *course = NULL;
  int position;

  g_return_if_fail (FW_IS_MAP_OUTCOMES_VIEW (self));
  g_return_if_fail (id != NULL);

  /* An outcome is shown in its course, opened. */
  if (self->map != NULL && fw_map_find_course (self->map, id) == NULL
      && fw_map_find_outcome (self->map, id, &course, NULL) != NULL)
    {
      int course_position = fw_map_outcomes_view_find (self, fw_map_course_get_code (course));

      if (course_position >= 0)
        {
          g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree,
                                                                       course_position);

          gtk_tree_list_row_set_expanded (row, TRUE);
        }
    }
  position = fw_map_outcomes_view_find (self, id);
  if (position >= 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                                (guint) position);
}

void
fw_map_outcomes_view_set_expanded (FwMapOutcomesView *self,
                                   const char        *code,
                                   gboolean           expanded)
{
  int position;

  g_return_if_fail (FW_IS_MAP_OUTCOMES_VIEW (self));
  g_return_if_fail (code != NULL);

  position = fw_map_outcomes_view_find (self, code);
  if (position >= 0)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, position);

      gtk_tree_list_row_set_expanded (row, expanded);
    }
}

GtkWidget *
fw_map_outcomes_view_get_row (FwMapOutcomesView *self,
                              const char        *id)
{
  GHashTableIter iter;
  gpointer row;

  g_return_val_if_fail (FW_IS_MAP_OUTCOMES_VIEW (self), NULL);

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    if (g_strcmp0 (_fw_map_outcome_row_get_id (row), id) == 0)
      return row;
  return NULL;
}

GPtrArray *
fw_map_outcomes_view_get_suggestions (FwMapOutcomesView *self,
                                      const char        *outcome_id)
{
  GPtrArray *all;

  g_return_val_if_fail (FW_IS_MAP_OUTCOMES_VIEW (self), NULL);
  g_return_val_if_fail (outcome_id != NULL, NULL);

  all = _fw_map_outcomes_view_all_suggestions (self, outcome_id);
  if (all == NULL)
    return g_ptr_array_new ();
  return fw_map_suggestions_unmapped (self->map, outcome_id, all, FW_MAP_OUTCOMES_SHOWN);
}

guint
fw_map_outcomes_view_count_above (FwMapOutcomesView *self,
                                  const char        *code)
{
  FwMapCourse *course;

  g_return_val_if_fail (FW_IS_MAP_OUTCOMES_VIEW (self), 0);

  course = self->map != NULL ? fw_map_find_course (self->map, code) : NULL;
  return course != NULL ? _fw_map_outcomes_view_count_course (self, course) : 0;
}

/* Keyboard ------------------------------------------------------------------------------- */

/* The row holding the keyboard focus: the focus is in it, or on the list item around it. */
static FwMapOutcomeRow *
focused_row (FwMapOutcomesView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return NULL;
  /* The list item around the row: its expander holds the row. */
  if (GTK_IS_TREE_EXPANDER (gtk_widget_get_first_child (focus)))
    focus = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (gtk_widget_get_first_child (focus)));
  else if (GTK_IS_TREE_EXPANDER (focus))
    focus = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (focus));
  for (GtkWidget *widget = focus; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (FW_IS_MAP_OUTCOME_ROW (widget))
      return FW_MAP_OUTCOME_ROW (widget);
  return NULL;
}

static void
accept_best_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FwMapOutcomesView *self = FW_MAP_OUTCOMES_VIEW (widget);
  FwMapOutcomeRow *row = focused_row (self);
  GObject *item = row != NULL ? _fw_map_outcome_row_get_item (row) : NULL;
  g_autoptr(GPtrArray) shown = NULL;
  const char *id;

  if (!FW_IS_MAP_OUTCOME (item) || !_fw_map_outcomes_view_can_suggest (self))
    return;
  id = fw_map_outcome_get_id (FW_MAP_OUTCOME (item));
  shown = fw_map_outcomes_view_get_suggestions (self, id);
  if (shown->len > 0)
    _fw_map_outcomes_view_accept (self, id,
                                  ((FwMapSuggestion *) g_ptr_array_index (shown, 0))->statement_id);
}

static void
accept_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FwMapOutcomesView *self = FW_MAP_OUTCOMES_VIEW (widget);
  FwMapOutcomeRow *row = focused_row (self);
  GObject *item = row != NULL ? _fw_map_outcome_row_get_item (row) : NULL;
  FwMapCourse *course = NULL;

  if (FW_IS_MAP_COURSE (item))
    course = FW_MAP_COURSE (item);
  else if (FW_IS_MAP_OUTCOME (item))
    fw_map_find_outcome (self->map, fw_map_outcome_get_id (FW_MAP_OUTCOME (item)), &course, NULL);
  if (course != NULL)
    _fw_map_outcomes_view_accept_all (self, course);
}

/* GObject -------------------------------------------------------------------------------- */

static void
fw_map_outcomes_view_dispose (GObject *object)
{
  FwMapOutcomesView *self = FW_MAP_OUTCOMES_VIEW (object);
  GtkWidget *child;

  if (self->map != NULL)
    {
      g_signal_handlers_disconnect_by_data (fw_map_get_history (self->map), self);
      g_signal_handlers_disconnect_by_data (fw_map_get_courses (self->map), self);
    }
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_hash_table_remove_all (self->rows);
  g_clear_object (&self->map);
  g_clear_object (&self->framework);
  g_clear_pointer (&self->suggester, fw_map_suggester_free);

  G_OBJECT_CLASS (fw_map_outcomes_view_parent_class)->dispose (object);
}

static void
fw_map_outcomes_view_finalize (GObject *object)
{
  FwMapOutcomesView *self = FW_MAP_OUTCOMES_VIEW (object);

  g_clear_object (&self->tree);
  g_clear_pointer (&self->suggestions, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (fw_map_outcomes_view_parent_class)->finalize (object);
}

static void
fw_map_outcomes_view_class_init (FwMapOutcomesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_map_outcomes_view_dispose;
  object_class->finalize = fw_map_outcomes_view_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/map/fw-map-outcomes-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FwMapOutcomesView, stack);
  gtk_widget_class_bind_template_child (widget_class, FwMapOutcomesView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, FwMapOutcomesView, list_view);

  gtk_widget_class_install_action (widget_class, "outcomes.accept-best", NULL, accept_best_action);
  gtk_widget_class_install_action (widget_class, "outcomes.accept-all", NULL, accept_all_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "outcomes.accept-best", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "outcomes.accept-best", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "outcomes.accept-all", NULL);
}

static void
fw_map_outcomes_view_init (FwMapOutcomesView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  self->suggestions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_ptr_array_unref);
  self->rows = g_hash_table_new (NULL, NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
  g_signal_connect (factory, "teardown", G_CALLBACK (teardown_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (on_activate), self,
                           G_CONNECT_SWAPPED);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}
