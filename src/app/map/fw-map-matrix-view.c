/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-domain.h"
#include "fw-map-framework.h"
#include "fw-map-matrix-view-private.h"
#include "fw-statement.h"

enum
{
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

enum
{
  CURSOR_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE_WITH_CODE (FwMapMatrixView, fw_map_matrix_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

static void
matrix_row_free (FwMatrixRow *row)
{
  g_free (row->statement_id);
  g_free (row->label);
  g_free (row->text);
  g_free (row);
}

static FwMatrixRow *
matrix_row_new (const char *statement_id,
                const char *label,
                const char *text)
{
  FwMatrixRow *row = g_new0 (FwMatrixRow, 1);

  row->statement_id = g_strdup (statement_id);
  row->label = g_strdup (label);
  row->text = g_strdup (text != NULL ? text : label);
  return row;
}

/* Building ------------------------------------------------------------------------------- */

typedef struct
{
  FwMapMatrixView *self;
  char        *group;
} BuildState;

/* The group a statement's row goes under: its level, or its durable-skill domain. */
static char *
group_of (const FwStatementPlace *place)
{
  if (place->section == FW_SECTION_DURABLE_SKILLS && place->domain != NULL)
    return g_strdup_printf (_("Durable skills: %s"), fw_domain_get_name (place->domain));
  return fw_map_place_to_label (place);
}

static gboolean
add_statement_cb (FwStatement            *statement,
                  const FwStatementPlace *place,
                  gpointer                user_data)
{
  BuildState *state = user_data;
  g_autofree char *group = group_of (place);
  g_autofree char *text = NULL;
  const char *body = fw_statement_get_body (statement);

  if (g_strcmp0 (group, state->group) != 0)
    {
      g_ptr_array_add (state->self->rows, matrix_row_new (NULL, group, NULL));
      g_free (state->group);
      state->group = g_strdup (group);
    }
  text = body != NULL && *body != '\0'
           ? g_strdup_printf ("%s — %s", fw_statement_get_headline (statement), body)
           : g_strdup (fw_statement_get_headline (statement));
  g_ptr_array_add (state->self->rows,
                   matrix_row_new (fw_statement_get_id (statement),
                                   fw_statement_get_headline (statement), text));
  g_hash_table_insert (state->self->row_of, g_strdup (fw_statement_get_id (statement)),
                       GUINT_TO_POINTER (state->self->rows->len));
  return TRUE;
}

/* Mapped statements the framework no longer has keep a row, so their mappings stay visible. */
static void
add_missing_rows (FwMapMatrixView *self)
{
  GListModel *prints = G_LIST_MODEL (fw_map_get_prints (self->map));
  gboolean header = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (prints); i++)
    {
      g_autoptr(FwMapPrint) print = g_list_model_get_item (prints, i);
      const char *id = fw_map_print_get_statement (print);

      if (g_hash_table_contains (self->row_of, id))
        continue;
      if (!header)
        g_ptr_array_add (self->rows, matrix_row_new (NULL, _("No longer in the framework"), NULL));
      header = TRUE;
      g_ptr_array_add (self->rows, matrix_row_new (id, fw_map_print_get_headline (print), NULL));
      g_hash_table_insert (self->row_of, g_strdup (id), GUINT_TO_POINTER (self->rows->len));
    }
}

static void
rebuild_courses (FwMapMatrixView *self)
{
  GListModel *courses = G_LIST_MODEL (fw_map_get_courses (self->map));

  for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
    {
      FwMapCourse *course = g_list_model_get_item (courses, i);
      GListModel *outcomes = G_LIST_MODEL (fw_map_course_get_outcomes (course));

      g_ptr_array_add (self->courses, course);
      for (guint j = 0; j < g_list_model_get_n_items (outcomes); j++)
        {
          g_autoptr(FwMapOutcome) outcome = g_list_model_get_item (outcomes, j);

          g_hash_table_insert (self->course_of, g_strdup (fw_map_outcome_get_id (outcome)),
                               GUINT_TO_POINTER (i + 1));
        }
    }
}

/* Recomputes every cell from the mappings: linear in the number of mappings. */
static void
recompute_cells (FwMapMatrixView *self)
{
  guint n_columns = self->courses->len;
  GListModel *mappings;

  g_clear_pointer (&self->depths, g_free);
  self->depths = g_new0 (guint8, MAX (1, self->rows->len * n_columns));
  if (self->map == NULL)
    return;
  mappings = G_LIST_MODEL (fw_map_get_mappings (self->map));
  for (guint i = 0; i < g_list_model_get_n_items (mappings); i++)
    {
      g_autoptr(FwMapping) mapping = g_list_model_get_item (mappings, i);
      guint row = GPOINTER_TO_UINT (g_hash_table_lookup (self->row_of,
                                                         fw_mapping_get_statement (mapping)));
      guint column = GPOINTER_TO_UINT (g_hash_table_lookup (self->course_of,
                                                            fw_mapping_get_outcome (mapping)));
      guint8 *cell;

      if (row == 0 || column == 0)
        continue;
      cell = &self->depths[(row - 1) * n_columns + (column - 1)];
      *cell = MAX (*cell, (guint8) fw_mapping_get_depth (mapping));
    }
}

static void
update_accessible (FwMapMatrixView *self)
{
  g_autofree char *name = NULL;

  if (self->rows->len == 0 || self->courses->len == 0)
    return;
  name = fw_map_matrix_view_get_cell_name (self, self->cursor_row, self->cursor_column);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
rebuild (FwMapMatrixView *self)
{
  BuildState state = { self, NULL };

  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->courses, 0);
  g_hash_table_remove_all (self->row_of);
  g_hash_table_remove_all (self->course_of);
  if (self->framework != NULL)
    fw_document_foreach_statement (self->framework, add_statement_cb, &state);
  g_free (state.group);
  if (self->map != NULL)
    {
      add_missing_rows (self);
      rebuild_courses (self);
    }
  for (guint i = 0; i < self->rows->len; i++)
    {
      FwMatrixRow *row = g_ptr_array_index (self->rows, i);

      row->stale = row->statement_id != NULL && self->stale != NULL &&
                   g_hash_table_contains (self->stale, row->statement_id);
    }
  recompute_cells (self);
  _fw_map_matrix_view_invalidate_cells (self);
  self->cursor_row = MIN (self->cursor_row, MAX (self->rows->len, 1) - 1);
  self->cursor_column = MIN (self->cursor_column, MAX (self->courses->len, 1) - 1);
  if (self->cursor_row < self->rows->len && fw_map_matrix_view_row_is_header (self, self->cursor_row)
      && self->cursor_row + 1 < self->rows->len)
    self->cursor_row++;
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
on_mappings_changed (FwMapMatrixView *self)
{
  recompute_cells (self);
  update_accessible (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[CURSOR_CHANGED], 0);
}

static void
on_structure_changed (FwMapMatrixView *self)
{
  rebuild (self);
  g_signal_emit (self, signals[CURSOR_CHANGED], 0);
}

/* API ------------------------------------------------------------------------------------ */

FwMapMatrixView *
fw_map_matrix_view_new (void)
{
  return g_object_new (FW_TYPE_MAP_MATRIX_VIEW, NULL);
}

void
fw_map_matrix_view_set_map (FwMapMatrixView *self,
                       FwMap       *map,
                       FwDocument  *framework)
{
  g_return_if_fail (FW_IS_MAP_MATRIX_VIEW (self));
  g_return_if_fail (map == NULL || FW_IS_MAP (map));
  g_return_if_fail (framework == NULL || FW_IS_DOCUMENT (framework));

  if (self->map != NULL)
    {
      g_signal_handlers_disconnect_by_data (fw_map_get_mappings (self->map), self);
      g_signal_handlers_disconnect_by_data (fw_map_get_courses (self->map), self);
      g_signal_handlers_disconnect_by_data (fw_map_get_history (self->map), self);
    }
  g_set_object (&self->map, map);
  g_set_object (&self->framework, framework);
  if (map != NULL)
    {
      g_signal_connect_object (fw_map_get_mappings (map), "items-changed",
                               G_CALLBACK (on_mappings_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (fw_map_get_courses (map), "items-changed",
                               G_CALLBACK (on_structure_changed), self, G_CONNECT_SWAPPED);
      /* A mapping's depth changes without the list changing: every step recomputes. */
      g_signal_connect_object (fw_map_get_history (map), "changed",
                               G_CALLBACK (on_mappings_changed), self, G_CONNECT_SWAPPED);
    }
  self->cursor_row = 0;
  self->cursor_column = 0;
  rebuild (self);
  g_signal_emit (self, signals[CURSOR_CHANGED], 0);
}

void
fw_map_matrix_view_set_stale (FwMapMatrixView *self,
                         GPtrArray   *stale)
{
  g_return_if_fail (FW_IS_MAP_MATRIX_VIEW (self));

  g_hash_table_remove_all (self->stale);
  for (guint i = 0; stale != NULL && i < stale->len; i++)
    {
      FwMapStale *item = g_ptr_array_index (stale, i);

      g_hash_table_add (self->stale, g_strdup (item->statement_id));
    }
  rebuild (self);
}

guint
fw_map_matrix_view_get_n_rows (FwMapMatrixView *self)
{
  g_return_val_if_fail (FW_IS_MAP_MATRIX_VIEW (self), 0);
  return self->rows->len;
}

guint
fw_map_matrix_view_get_n_columns (FwMapMatrixView *self)
{
  g_return_val_if_fail (FW_IS_MAP_MATRIX_VIEW (self), 0);
  return self->courses->len;
}

int
fw_map_matrix_view_find_row (FwMapMatrixView *self,
                        const char  *statement_id)
{
  g_return_val_if_fail (FW_IS_MAP_MATRIX_VIEW (self), -1);
  g_return_val_if_fail (statement_id != NULL, -1);
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->row_of, statement_id)) - 1;
}

int
fw_map_matrix_view_find_column (FwMapMatrixView *self,
                           const char  *code)
{
  g_return_val_if_fail (FW_IS_MAP_MATRIX_VIEW (self), -1);
  for (guint i = 0; i < self->courses->len; i++)
    {
      if (g_strcmp0 (fw_map_course_get_code (g_ptr_array_index (self->courses, i)), code) == 0)
        return (int) i;
    }
  return -1;
}

gboolean
fw_map_matrix_view_row_is_header (FwMapMatrixView *self,
                             guint        row)
{
  g_return_val_if_fail (FW_IS_MAP_MATRIX_VIEW (self), FALSE);
  g_return_val_if_fail (row < self->rows->len, FALSE);
  return ((FwMatrixRow *) g_ptr_array_index (self->rows, row))->statement_id == NULL;
}

const char *
fw_map_matrix_view_get_row_statement (FwMapMatrixView *self,
                                 guint        row)
{
  g_return_val_if_fail (FW_IS_MAP_MATRIX_VIEW (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);
  return ((FwMatrixRow *) g_ptr_array_index (self->rows, row))->statement_id;
}

FwDepth
fw_map_matrix_view_get_depth (FwMapMatrixView *self,
                         guint        row,
                         guint        column)
{
  g_return_val_if_fail (FW_IS_MAP_MATRIX_VIEW (self), FW_DEPTH_NONE);
  if (row >= self->rows->len || column >= self->courses->len)
    return FW_DEPTH_NONE;
  return (FwDepth) self->depths[row * self->courses->len + column];
}

void
fw_map_matrix_view_get_cursor (FwMapMatrixView *self,
                          guint       *row,
                          guint       *column)
{
  g_return_if_fail (FW_IS_MAP_MATRIX_VIEW (self));
  if (row != NULL)
    *row = self->cursor_row;
  if (column != NULL)
    *column = self->cursor_column;
}

void
fw_map_matrix_view_set_cursor (FwMapMatrixView *self,
                          guint        row,
                          guint        column)
{
  g_return_if_fail (FW_IS_MAP_MATRIX_VIEW (self));

  if (self->rows->len == 0 || self->courses->len == 0)
    return;
  row = MIN (row, self->rows->len - 1);
  column = MIN (column, self->courses->len - 1);
  /* Group headers hold no cells: land on the statement below (or above, at the end). */
  if (fw_map_matrix_view_row_is_header (self, row))
    {
      if (row + 1 < self->rows->len && !fw_map_matrix_view_row_is_header (self, row + 1))
        row++;
      else if (row > 0)
        row--;
    }
  self->cursor_row = row;
  self->cursor_column = column;
  _fw_map_matrix_view_scroll_to (self, row, column);
  update_accessible (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[CURSOR_CHANGED], 0);
}

static const char *
depth_name (FwDepth depth)
{
  switch (depth)
    {
    case FW_DEPTH_INTRODUCED:
      return _("Introduced");
    case FW_DEPTH_REINFORCED:
      return _("Reinforced");
    case FW_DEPTH_MASTERED:
      return _("Mastered");
    case FW_DEPTH_NONE:
    default:
      return _("Not mapped");
    }
}

char *
fw_map_matrix_view_get_cell_name (FwMapMatrixView *self,
                             guint        row,
                             guint        column)
{
  FwMatrixRow *item;

  g_return_val_if_fail (FW_IS_MAP_MATRIX_VIEW (self), NULL);
  g_return_val_if_fail (row < self->rows->len && column < self->courses->len, NULL);

  item = g_ptr_array_index (self->rows, row);
  if (item->statement_id == NULL)
    return g_strdup (item->label);
  /* TRANSLATORS: a cell of the curriculum matrix: course code, statement, depth */
  return g_strdup_printf (_("%s, %s: %s"),
                          fw_map_course_get_code (g_ptr_array_index (self->courses, column)),
                          item->label, depth_name (fw_map_matrix_view_get_depth (self, row, column)));
}

char *
fw_map_matrix_view_describe_cell (FwMapMatrixView *self,
                             guint        row,
                             guint        column)
{
  GString *text;
  FwMatrixRow *item;
  FwMapCourse *course;
  GListModel *outcomes;

  g_return_val_if_fail (FW_IS_MAP_MATRIX_VIEW (self), NULL);
  if (row >= self->rows->len || column >= self->courses->len)
    return g_strdup ("");

  item = g_ptr_array_index (self->rows, row);
  course = g_ptr_array_index (self->courses, column);
  text = g_string_new (item->text);
  if (item->stale)
    g_string_append_printf (text, "\n%s", _("Changed in the framework since it was mapped."));
  if (item->statement_id == NULL)
    return g_string_free (text, FALSE);
  g_string_append_printf (text, "\n\n%s — %s", fw_map_course_get_code (course),
                          fw_map_course_get_title (course));
  outcomes = G_LIST_MODEL (fw_map_course_get_outcomes (course));
  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(FwMapOutcome) outcome = g_list_model_get_item (outcomes, i);
      FwMapping *mapping = fw_map_find_mapping (self->map, fw_map_outcome_get_id (outcome),
                                                item->statement_id, NULL);

      if (mapping == NULL)
        continue;
      g_string_append_printf (text, "\n%s %s: %s", fw_depth_to_string (fw_mapping_get_depth (mapping)),
                              fw_map_outcome_get_id (outcome), fw_map_outcome_get_text (outcome));
    }
  if (fw_map_matrix_view_get_depth (self, row, column) == FW_DEPTH_NONE)
    g_string_append_printf (text, "\n%s", _("No outcome of this course maps the statement."));
  return g_string_free (text, FALSE);
}

static void
set_depth (FwMapMatrixView  *self,
           FwMapOutcome *outcome,
           const char   *statement_id,
           FwDepth       depth)
{
  g_autoptr(FwMapPrint) print = NULL;

  if (depth == FW_DEPTH_NONE)
    {
      fw_map_unset_mapping (self->map, fw_map_outcome_get_id (outcome), statement_id);
      return;
    }
  if (self->framework != NULL)
    print = fw_map_print_for_statement (self->framework, statement_id);
  fw_map_set_mapping (self->map, fw_map_outcome_get_id (outcome), statement_id, depth, NULL,
                      NULL, NULL, print);
}

void
_fw_map_matrix_view_set_outcome_depth (FwMapMatrixView  *self,
                                  FwMapOutcome *outcome,
                                  const char   *statement_id,
                                  FwDepth       depth)
{
  set_depth (self, outcome, statement_id, depth);
}

gboolean
fw_map_matrix_view_cycle (FwMapMatrixView *self)
{
  g_autoptr(FwMapOutcome) only = NULL;
  const char *statement_id;
  FwMapping *mapping;
  FwDepth next;

  g_return_val_if_fail (FW_IS_MAP_MATRIX_VIEW (self), FALSE);
  if (self->map == NULL || self->rows->len == 0 || self->courses->len == 0 ||
      fw_map_matrix_view_row_is_header (self, self->cursor_row))
    return FALSE;

  statement_id = fw_map_matrix_view_get_row_statement (self, self->cursor_row);
  if (_fw_map_matrix_view_relevant (self, self->cursor_row, self->cursor_column, &only) != 1)
    {
      fw_map_matrix_view_open_popover (self);
      return FALSE;
    }
  mapping = fw_map_find_mapping (self->map, fw_map_outcome_get_id (only), statement_id, NULL);
  next = mapping == NULL ? FW_DEPTH_INTRODUCED
                         : (fw_mapping_get_depth (mapping) + 1) % (FW_DEPTH_MASTERED + 1);
  set_depth (self, only, statement_id, next);
  return TRUE;
}

void
fw_map_matrix_view_open_popover (FwMapMatrixView *self)
{
  GdkRectangle rect;

  g_return_if_fail (FW_IS_MAP_MATRIX_VIEW (self));
  if (self->map == NULL || self->rows->len == 0 || self->courses->len == 0 ||
      fw_map_matrix_view_row_is_header (self, self->cursor_row))
    return;
  _fw_map_matrix_view_fill_popover (self);
  _fw_map_matrix_view_cell_rect (self, self->cursor_row, self->cursor_column, &rect);
  gtk_popover_set_pointing_to (self->popover, &rect);
  gtk_popover_popup (self->popover);
}

GtkWidget *
fw_map_matrix_view_get_cell_accessible (FwMapMatrixView *self,
                                        guint            row,
                                        guint            column)
{
  g_return_val_if_fail (FW_IS_MAP_MATRIX_VIEW (self), NULL);
  return _fw_map_matrix_view_find_cell (self, row, column);
}

GtkPopover *
fw_map_matrix_view_get_popover (FwMapMatrixView *self)
{
  g_return_val_if_fail (FW_IS_MAP_MATRIX_VIEW (self), NULL);
  return self->popover;
}

/* GObject -------------------------------------------------------------------------------- */

static void
fw_map_matrix_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FwMapMatrixView *self = FW_MAP_MATRIX_VIEW (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_map_matrix_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FwMapMatrixView *self = FW_MAP_MATRIX_VIEW (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      _fw_map_matrix_view_set_adjustment (self, GTK_ORIENTATION_HORIZONTAL, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      _fw_map_matrix_view_set_adjustment (self, GTK_ORIENTATION_VERTICAL, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_map_matrix_view_dispose (GObject *object)
{
  FwMapMatrixView *self = FW_MAP_MATRIX_VIEW (object);

  _fw_map_matrix_view_clear_cells (self);
  if (self->popover != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->popover));
  self->popover = NULL;
  if (self->map != NULL)
    {
      g_signal_handlers_disconnect_by_data (fw_map_get_mappings (self->map), self);
      g_signal_handlers_disconnect_by_data (fw_map_get_courses (self->map), self);
      g_signal_handlers_disconnect_by_data (fw_map_get_history (self->map), self);
    }
  g_clear_object (&self->map);
  g_clear_object (&self->framework);
  _fw_map_matrix_view_set_adjustment (self, GTK_ORIENTATION_HORIZONTAL, NULL);
  _fw_map_matrix_view_set_adjustment (self, GTK_ORIENTATION_VERTICAL, NULL);

  G_OBJECT_CLASS (fw_map_matrix_view_parent_class)->dispose (object);
}

static void
fw_map_matrix_view_finalize (GObject *object)
{
  FwMapMatrixView *self = FW_MAP_MATRIX_VIEW (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->courses, g_ptr_array_unref);
  g_clear_pointer (&self->row_of, g_hash_table_unref);
  g_clear_pointer (&self->course_of, g_hash_table_unref);
  g_clear_pointer (&self->stale, g_hash_table_unref);
  g_clear_pointer (&self->depths, g_free);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->cell_states, g_free);

  G_OBJECT_CLASS (fw_map_matrix_view_parent_class)->finalize (object);
}

static void
fw_map_matrix_view_class_init (FwMapMatrixViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = fw_map_matrix_view_get_property;
  object_class->set_property = fw_map_matrix_view_set_property;
  object_class->dispose = fw_map_matrix_view_dispose;
  object_class->finalize = fw_map_matrix_view_finalize;
  widget_class->snapshot = _fw_map_matrix_view_snapshot;
  widget_class->measure = _fw_map_matrix_view_measure;
  widget_class->size_allocate = _fw_map_matrix_view_size_allocate;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  signals[CURSOR_CHANGED] = g_signal_new ("cursor-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "fwmapmatrix");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
fw_map_matrix_view_init (FwMapMatrixView *self)
{
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) matrix_row_free);
  self->courses = g_ptr_array_new_with_free_func (g_object_unref);
  self->row_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->course_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->stale = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->depths = g_new0 (guint8, 1);
  self->cells = g_ptr_array_new ();
  self->row_header_width = FW_MATRIX_ROW_HEADER_MAX;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  _fw_map_matrix_view_init_input (self);

  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->popover), GTK_WIDGET (self));
}
