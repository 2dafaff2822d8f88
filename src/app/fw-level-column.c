/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-level-column.h"
#include "fw-tooltip.h"

struct _FwLevelColumn
{
  GtkBox               parent_instance;

  FwDocument          *document;
  FwLevel             *level;
  FwValidator         *validator;
  GtkFilterListModel  *filtered;
  GtkCustomFilter     *filter;
  /* What the list shows: all of filtered, or only its first rows until the column's next
   * frame is drawn (see show_first_screen()). */
  GtkSliceListModel   *shown;
  GdkFrameClock       *frame_clock;
  gulong               layout_id;
  gulong               after_paint_id;
  guint                show_all_id;
  char                *search;
  guint                target;
  GtkListBoxRow       *drop_row;

  /* Template children */
  GtkWidget           *header;
  GtkLabel            *level_label;
  GtkLabel            *role_label;
  GtkLabel            *count_label;
  GtkButton           *add_button;
  GtkButton           *empty_add_button;
  GtkStack            *stack;
  GtkListBox          *list_box;
  GtkLabel            *empty_title;
};

G_DEFINE_FINAL_TYPE (FwLevelColumn, fw_level_column, GTK_TYPE_BOX)

enum {
  STATEMENT_FOCUSED,
  STATEMENT_DROPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GListStore *
column_store (FwLevelColumn *self)
{
  return self->level != NULL ? fw_level_get_statements (self->level) : NULL;
}

static gboolean
filter_statement (gpointer item,
                  gpointer user_data)
{
  FwLevelColumn *self = user_data;

  return fw_statement_matches (item, self->search);
}

static void
update_header (FwLevelColumn *self)
{
  guint n = self->level != NULL ? g_list_model_get_n_items (G_LIST_MODEL (column_store (self))) : 0;
  g_autofree char *count = NULL;
  g_autofree char *count_a11y = NULL;

  gtk_label_set_label (self->level_label, self->level ? fw_level_get_label (self->level) : "");
  gtk_label_set_label (self->role_label, self->level ? fw_level_get_role_label (self->level) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->role_label),
                          self->level != NULL && fw_level_get_role_label (self->level)[0] != '\0');
  if (self->target > 0)
    {
      /* Translators: statements in a level against the profile's target, e.g. "8 / 10" */
      count = g_strdup_printf (_("%u / %u"), n, self->target);
      count_a11y = g_strdup_printf (_("%u of %u statements"), n, self->target);
    }
  else
    {
      count = g_strdup_printf ("%u", n);
      count_a11y = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u statement",
                                                 "%u statements", n), n);
    }
  gtk_label_set_label (self->count_label, count);
  fw_widget_set_tooltip (GTK_WIDGET (self->count_label), count_a11y);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->count_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, count_a11y, -1);
  if (self->target > 0 && n != self->target)
    gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "off-target");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->count_label), "off-target");
}

static void
update_stack (FwLevelColumn *self)
{
  GListStore *store = column_store (self);

  if (store == NULL || g_list_model_get_n_items (G_LIST_MODEL (store)) == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0)
    gtk_stack_set_visible_child_name (self->stack, "no-matches");
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
on_items_changed (FwLevelColumn *self)
{
  update_header (self);
  update_stack (self);
}

static void
on_row_focus_entered (FwLevelColumn  *self,
                      FwStatementRow *row)
{
  g_signal_emit (self, signals[STATEMENT_FOCUSED], 0, row);
}

static void
apply_findings (FwLevelColumn  *self,
                FwStatementRow *row)
{
  g_autoptr(GPtrArray) findings = NULL;

  if (self->validator != NULL)
    findings = fw_validator_get_statement_findings (self->validator,
      fw_statement_get_id (fw_statement_row_get_statement (row)));
  fw_statement_row_set_findings (row, findings);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  FwLevelColumn *self = user_data;
  GtkWidget *row = fw_statement_row_new (self->document, item);

  g_signal_connect_object (row, "focus-entered", G_CALLBACK (on_row_focus_entered), self,
                           G_CONNECT_SWAPPED);
  apply_findings (self, FW_STATEMENT_ROW (row));
  fw_statement_row_set_highlight (FW_STATEMENT_ROW (row), self->search);
  return row;
}

static void
clear_drop_highlight (FwLevelColumn *self)
{
  if (self->drop_row != NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->drop_row), "drop-above");
      gtk_widget_remove_css_class (GTK_WIDGET (self->drop_row), "drop-below");
      g_clear_weak_pointer (&self->drop_row);
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-target");
}

/* Where a drop at @y lands: the row it is relative to (NULL: the end) and whether after it. */
static GtkListBoxRow *
row_for_drop (FwLevelColumn *self,
              double         y,
              gboolean      *after)
{
  GtkListBoxRow *row;
  graphene_rect_t bounds;
  double list_x, list_y;

  *after = FALSE;
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self), GTK_WIDGET (self->list_box), 0, y,
                                         &list_x, &list_y))
    return NULL;
  /* Above the first row means "first"; below the last, "at the end". */
  if (list_y < 0)
    return gtk_list_box_get_row_at_index (self->list_box, 0);
  row = gtk_list_box_get_row_at_y (self->list_box, (int) list_y);
  if (row == NULL || !gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->list_box),
                                                 &bounds))
    return NULL;
  *after = list_y > bounds.origin.y + bounds.size.height / 2;
  return row;
}

static GdkDragAction
on_drop_motion (FwLevelColumn *self,
                double         x,
                double         y)
{
  GtkListBoxRow *row;
  gboolean after;

  clear_drop_highlight (self);
  gtk_widget_add_css_class (GTK_WIDGET (self), "drop-target");
  row = row_for_drop (self, y, &after);
  if (row != NULL)
    {
      g_set_weak_pointer (&self->drop_row, row);
      gtk_widget_add_css_class (GTK_WIDGET (row), after ? "drop-below" : "drop-above");
    }
  return GDK_ACTION_MOVE;
}

static gboolean
on_drop (FwLevelColumn *self,
         const GValue  *value,
         double         x,
         double         y)
{
  clear_drop_highlight (self);
  if (!G_VALUE_HOLDS (value, FW_TYPE_STATEMENT) || g_value_get_object (value) == NULL)
    return FALSE;
  return fw_level_column_drop_statement (self, g_value_get_object (value), y);
}

/* Showing a level in stages ------------------------------------------------------------- */

/*
 * Building a statement row, measuring its wrapped text and drawing it costs a few
 * milliseconds, and a level has about ten. When a level is shown, the column builds a couple
 * of rows, and after each layout of its first frame adds as many as the space still empty
 * below them can show (the frame clock lays out again, up to four times, before it paints).
 * The rows further down are built once that frame is drawn.
 */
#define FIRST_ROWS 2

/* Whether some rows are still to be built: the list shows only the first ones. */
static gboolean
rows_pending (FwLevelColumn *self)
{
  return gtk_slice_list_model_get_size (self->shown) != G_MAXUINT;
}

static void
stop_waiting_for_frame (FwLevelColumn *self)
{
  if (self->frame_clock != NULL)
    {
      g_clear_signal_handler (&self->layout_id, self->frame_clock);
      g_clear_signal_handler (&self->after_paint_id, self->frame_clock);
      g_clear_object (&self->frame_clock);
    }
}

/* Builds every row that is still missing. Anything that looks rows up calls this first. */
static void
show_all_rows (FwLevelColumn *self)
{
  stop_waiting_for_frame (self);
  g_clear_handle_id (&self->show_all_id, g_source_remove);
  if (rows_pending (self))
    gtk_slice_list_model_set_size (self->shown, G_MAXUINT);
}

static gboolean
show_all_rows_idle (gpointer user_data)
{
  FwLevelColumn *self = user_data;

  self->show_all_id = 0;
  show_all_rows (self);
  return G_SOURCE_REMOVE;
}

/* After a layout: enough rows to fill the visible part of the list, judged by those built. */
static void
on_layout (FwLevelColumn *self)
{
  guint built = gtk_slice_list_model_get_size (self->shown);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  int visible = gtk_widget_get_height (GTK_WIDGET (self->stack));
  int filled = gtk_widget_get_height (GTK_WIDGET (self->list_box));
  guint more;

  if (built >= n || built == 0 || visible <= 0 || filled <= 0 || filled >= visible)
    return;
  /* Rows about as high as the average so far, and one more for the row cut off at the end. */
  more = (guint) ((visible - filled) / MAX (filled / (int) built, 1)) + 2;
  gtk_slice_list_model_set_size (self->shown, MIN (built + more, n));
}

static void
on_after_paint (FwLevelColumn *self)
{
  stop_waiting_for_frame (self);
  /* After the frame, not in it: the rest of the rows must not delay what is on screen. */
  if (self->show_all_id == 0)
    self->show_all_id = g_idle_add (show_all_rows_idle, self);
}

static void
wait_for_frame (FwLevelColumn *self)
{
  if (!rows_pending (self) || self->frame_clock != NULL || self->show_all_id != 0 ||
      !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  self->frame_clock = g_object_ref (gtk_widget_get_frame_clock (GTK_WIDGET (self)));
  self->layout_id = g_signal_connect_swapped (self->frame_clock, "layout",
                                              G_CALLBACK (on_layout), self);
  self->after_paint_id = g_signal_connect_swapped (self->frame_clock, "after-paint",
                                                   G_CALLBACK (on_after_paint), self);
}

/* Shows the first rows of a newly set level now and the rest after the next frame. */
static void
show_first_screen (FwLevelColumn *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) <= FIRST_ROWS)
    {
      show_all_rows (self);
      return;
    }
  gtk_slice_list_model_set_size (self->shown, FIRST_ROWS);
  wait_for_frame (self);
}

static void
fw_level_column_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (fw_level_column_parent_class)->map (widget);
  wait_for_frame (FW_LEVEL_COLUMN (widget));
}

static void
fw_level_column_unmap (GtkWidget *widget)
{
  stop_waiting_for_frame (FW_LEVEL_COLUMN (widget));
  GTK_WIDGET_CLASS (fw_level_column_parent_class)->unmap (widget);
}

static void
fw_level_column_dispose (GObject *object)
{
  FwLevelColumn *self = FW_LEVEL_COLUMN (object);

  clear_drop_highlight (self);
  stop_waiting_for_frame (self);
  g_clear_handle_id (&self->show_all_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_LEVEL_COLUMN);
  g_clear_object (&self->shown);
  g_clear_object (&self->filtered);
  g_clear_object (&self->document);
  g_clear_object (&self->level);
  g_clear_object (&self->validator);

  G_OBJECT_CLASS (fw_level_column_parent_class)->dispose (object);
}

static void
fw_level_column_finalize (GObject *object)
{
  FwLevelColumn *self = FW_LEVEL_COLUMN (object);

  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (fw_level_column_parent_class)->finalize (object);
}

static void
fw_level_column_class_init (FwLevelColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_level_column_dispose;
  object_class->finalize = fw_level_column_finalize;
  widget_class->map = fw_level_column_map;
  widget_class->unmap = fw_level_column_unmap;

  signals[STATEMENT_FOCUSED] =
    g_signal_new ("statement-focused", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, FW_TYPE_STATEMENT_ROW);
  signals[STATEMENT_DROPPED] =
    g_signal_new ("statement-dropped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, FW_TYPE_STATEMENT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-level-column.ui");
  gtk_widget_class_bind_template_child (widget_class, FwLevelColumn, header);
  gtk_widget_class_bind_template_child (widget_class, FwLevelColumn, level_label);
  gtk_widget_class_bind_template_child (widget_class, FwLevelColumn, role_label);
  gtk_widget_class_bind_template_child (widget_class, FwLevelColumn, count_label);
  gtk_widget_class_bind_template_child (widget_class, FwLevelColumn, add_button);
  gtk_widget_class_bind_template_child (widget_class, FwLevelColumn, empty_add_button);
  gtk_widget_class_bind_template_child (widget_class, FwLevelColumn, stack);
  gtk_widget_class_bind_template_child (widget_class, FwLevelColumn, list_box);
  gtk_widget_class_bind_template_child (widget_class, FwLevelColumn, empty_title);
}

static void
fw_level_column_init (FwLevelColumn *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Tooltips set here, not in the template: see fw-tooltip.h. */
  fw_widget_set_tooltip (GTK_WIDGET (self->add_button), _("Add Statement to This Level"));

  self->filter = gtk_custom_filter_new (filter_statement, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (on_items_changed), self,
                           G_CONNECT_SWAPPED);
  self->shown = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)), 0, G_MAXUINT);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->shown), create_row, self, NULL);

  target = gtk_drop_target_new (FW_TYPE_STATEMENT, GDK_ACTION_MOVE);
  g_signal_connect_object (target, "motion", G_CALLBACK (on_drop_motion), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (target, "enter", G_CALLBACK (on_drop_motion), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (target, "leave", G_CALLBACK (clear_drop_highlight), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

GtkWidget *
fw_level_column_new (void)
{
  return g_object_new (FW_TYPE_LEVEL_COLUMN, NULL);
}

void
fw_level_column_set_level (FwLevelColumn *self,
                           FwDocument    *document,
                           FwLevel       *level)
{
  g_autoptr(GVariant) key = NULL;

  g_return_if_fail (FW_IS_LEVEL_COLUMN (self));
  g_return_if_fail (document == NULL || FW_IS_DOCUMENT (document));
  g_return_if_fail (level == NULL || FW_IS_LEVEL (level));

  if (self->level != NULL)
    g_signal_handlers_disconnect_by_data (self->level, self);
  g_set_object (&self->document, document);
  g_set_object (&self->level, level);
  /* Keep the list empty while the model changes, then fill it in stages. */
  gtk_slice_list_model_set_size (self->shown, 0);
  gtk_filter_list_model_set_model (self->filtered,
                                   level != NULL ? G_LIST_MODEL (column_store (self)) : NULL);
  show_first_screen (self);
  if (level != NULL)
    {
      g_signal_connect_object (level, "notify::label", G_CALLBACK (update_header), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (level, "notify::role-label", G_CALLBACK (update_header), self,
                               G_CONNECT_SWAPPED);
      key = g_variant_ref_sink (g_variant_new_int32 (fw_level_get_key (level)));
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->add_button), key);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->empty_add_button), key);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, fw_level_get_label (level),
                                      -1);
    }
  update_header (self);
  update_stack (self);
}

FwLevel *
fw_level_column_get_level (FwLevelColumn *self)
{
  g_return_val_if_fail (FW_IS_LEVEL_COLUMN (self), NULL);

  return self->level;
}

void
fw_level_column_set_target (FwLevelColumn *self,
                            guint          target)
{
  g_return_if_fail (FW_IS_LEVEL_COLUMN (self));

  self->target = target;
  update_header (self);
}

void
fw_level_column_set_validator (FwLevelColumn *self,
                               FwValidator   *validator)
{
  g_return_if_fail (FW_IS_LEVEL_COLUMN (self));
  g_return_if_fail (validator == NULL || FW_IS_VALIDATOR (validator));

  g_set_object (&self->validator, validator);
}

void
fw_level_column_refresh_findings (FwLevelColumn *self)
{
  g_return_if_fail (FW_IS_LEVEL_COLUMN (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (FW_IS_STATEMENT_ROW (child))
        apply_findings (self, FW_STATEMENT_ROW (child));
    }
}

void
fw_level_column_set_search (FwLevelColumn *self,
                            const char    *text)
{
  g_return_if_fail (FW_IS_LEVEL_COLUMN (self));

  if (text != NULL && text[0] == '\0')
    text = NULL;
  if (g_strcmp0 (text, self->search) == 0)
    return;
  show_all_rows (self);
  g_free (self->search);
  self->search = g_strdup (text);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (FW_IS_STATEMENT_ROW (child))
        fw_statement_row_set_highlight (FW_STATEMENT_ROW (child), self->search);
    }
  update_stack (self);
}

guint
fw_level_column_get_n_visible (FwLevelColumn *self)
{
  g_return_val_if_fail (FW_IS_LEVEL_COLUMN (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

FwStatementRow *
fw_level_column_find_row (FwLevelColumn *self,
                          FwStatement   *statement)
{
  g_return_val_if_fail (FW_IS_LEVEL_COLUMN (self), NULL);

  show_all_rows (self);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (FW_IS_STATEMENT_ROW (child) &&
          fw_statement_row_get_statement (FW_STATEMENT_ROW (child)) == statement)
        return FW_STATEMENT_ROW (child);
    }
  return NULL;
}

void
fw_level_column_select_row (FwLevelColumn  *self,
                            FwStatementRow *row)
{
  g_return_if_fail (FW_IS_LEVEL_COLUMN (self));

  show_all_rows (self);
  if (row != NULL)
    gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (row));
  else
    gtk_list_box_unselect_all (self->list_box);
}

gboolean
fw_level_column_drop_statement (FwLevelColumn *self,
                                FwStatement   *statement,
                                double         y)
{
  FwStatementPlace place;
  GListStore *store;
  GtkListBoxRow *row;
  gboolean after;
  guint position;

  g_return_val_if_fail (FW_IS_LEVEL_COLUMN (self), FALSE);
  g_return_val_if_fail (FW_IS_STATEMENT (statement), FALSE);

  store = column_store (self);
  if (store == NULL ||
      fw_document_find_statement (self->document, fw_statement_get_id (statement), &place) != statement ||
      place.section != FW_SECTION_LEVELS)
    return FALSE;

  show_all_rows (self);
  row = row_for_drop (self, y, &after);
  if (row == NULL)
    position = g_list_model_get_n_items (G_LIST_MODEL (store));
  else if (!g_list_store_find (store, fw_statement_row_get_statement (FW_STATEMENT_ROW (row)),
                               &position))
    return FALSE;
  else if (after)
    position++;

  /* The target position counts items after the statement left its old place. */
  if (place.store == store && place.position < position)
    position--;
  if (place.store == store && place.position == position)
    return TRUE;

  fw_document_run (self->document, fw_command_move_new (place.store, place.position,
                                                        store, position));
  g_signal_emit (self, signals[STATEMENT_DROPPED], 0, statement);
  return TRUE;
}

GtkWidget *
fw_level_column_get_add_button (FwLevelColumn *self)
{
  g_return_val_if_fail (FW_IS_LEVEL_COLUMN (self), NULL);

  return GTK_WIDGET (self->add_button);
}

GtkWidget *
fw_level_column_get_header (FwLevelColumn *self)
{
  g_return_val_if_fail (FW_IS_LEVEL_COLUMN (self), NULL);

  return self->header;
}
