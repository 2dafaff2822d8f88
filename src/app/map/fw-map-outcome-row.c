/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-map-batch.h"
#include "fw-map-framework.h"
#include "fw-map-outcomes-view-private.h"

/*
 * One row of the outcomes view, recycled as the list scrolls: either a course (its title, and
 * "Accept All Above 0.8") or one of its outcomes (its text, its mappings as chips, its best
 * suggestions with Accept). Built in code: what it holds changes with every item it shows.
 */
struct _FwMapOutcomeRow
{
  GtkBox             parent_instance;

  FwMapOutcomesView *view;     /* not owned: the view outlives its rows */
  GObject           *item;     /* FwMapCourse or FwMapOutcome */
  guint              epoch;    /* the view's epoch when it was last built */

  GtkWidget         *course_box;
  GtkLabel          *course_title;
  GtkLabel          *course_details;
  GtkButton         *accept_all_button;

  GtkWidget         *outcome_box;
  GtkLabel          *outcome_id;
  GtkLabel          *outcome_text;
  GtkFlowBox        *chips;
  GtkWidget         *suggestions_box;
};

G_DEFINE_FINAL_TYPE (FwMapOutcomeRow, fw_map_outcome_row, GTK_TYPE_BOX)

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

static const char *
depth_class (FwDepth depth)
{
  static const char * const classes[] = { "fw-depth-none", "fw-depth-i", "fw-depth-r",
                                          "fw-depth-m" };

  return classes[MIN ((guint) depth, FW_DEPTH_MASTERED)];
}

static const char *
outcome_id (FwMapOutcomeRow *self)
{
  return FW_IS_MAP_OUTCOME (self->item) ? fw_map_outcome_get_id (FW_MAP_OUTCOME (self->item))
                                        : NULL;
}

/* The statement's headline as the framework has it now, else as it was mapped. */
static char *
statement_headline (FwMapOutcomeRow *self,
                    const char      *statement_id,
                    char           **body)
{
  FwDocument *framework = _fw_map_outcomes_view_get_framework (self->view);
  FwMap *map = _fw_map_outcomes_view_get_map (self->view);
  FwStatement *statement = framework != NULL
    ? fw_document_find_statement (framework, statement_id, NULL) : NULL;
  FwMapPrint *print;

  if (body != NULL)
    *body = statement != NULL ? g_strdup (fw_statement_get_body (statement)) : NULL;
  if (statement != NULL)
    return g_strdup (fw_statement_get_headline (statement));
  print = map != NULL ? fw_map_find_print (map, statement_id, NULL) : NULL;
  if (print != NULL && *fw_map_print_get_headline (print) != '\0')
    /* TRANSLATORS: a mapped statement the framework no longer has */
    return g_strdup_printf (_("%s (no longer in the framework)"),
                            fw_map_print_get_headline (print));
  return g_strdup (statement_id);
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_FLOW_BOX (box))
        gtk_flow_box_remove (GTK_FLOW_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

static GtkWidget *
dim_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* Chips ---------------------------------------------------------------------------------- */

static GMenuModel *
chip_menu (const char *statement_id)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) depths = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();

  for (FwDepth depth = FW_DEPTH_INTRODUCED; depth <= FW_DEPTH_MASTERED; depth++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (depth_name (depth), NULL);

      g_menu_item_set_action_and_target (item, "outcome.set-depth", "(si)", statement_id,
                                         (int) depth);
      g_menu_append_item (depths, item);
    }
  {
    g_autoptr(GMenuItem) item = g_menu_item_new (_("_Remove Mapping"), NULL);

    g_menu_item_set_action_and_target (item, "outcome.remove", "s", statement_id);
    g_menu_append_item (remove, item);
  }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (depths));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));
  return G_MENU_MODEL (menu);
}

/* The menu is made when it first opens: a popover per chip would cost every row dearly. */
static void
create_chip_menu_cb (GtkMenuButton *button,
                     gpointer       user_data)
{
  g_autoptr(GMenuModel) menu = chip_menu (g_object_get_data (G_OBJECT (button), "fw-statement"));

  gtk_menu_button_set_create_popup_func (button, NULL, NULL, NULL);
  gtk_menu_button_set_menu_model (button, menu);
}

static GtkWidget *
chip_new (FwMapOutcomeRow *self,
          FwMapping       *mapping)
{
  const char *statement_id = fw_mapping_get_statement (mapping);
  FwDepth depth = fw_mapping_get_depth (mapping);
  g_autofree char *body = NULL;
  g_autofree char *headline = statement_headline (self, statement_id, &body);
  g_autofree char *depth_label = NULL;
  g_autofree char *remove_label = NULL;
  g_autofree char *tooltip = NULL;
  GtkWidget *chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *label = gtk_label_new (headline);
  GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");

  gtk_widget_add_css_class (chip, "fw-map-chip");
  gtk_widget_set_halign (chip, GTK_ALIGN_START);
  gtk_widget_add_css_class (chip, depth_class (depth));

  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), fw_depth_to_string (depth));
  g_object_set_data_full (G_OBJECT (button), "fw-statement", g_strdup (statement_id), g_free);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_chip_menu_cb, NULL,
                                         NULL);
  gtk_menu_button_set_always_show_arrow (GTK_MENU_BUTTON (button), FALSE);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "fw-map-chip-depth");
  /* TRANSLATORS: the depth button of a mapping chip: "Reinforced: change the depth" */
  tooltip = g_strdup_printf (_("%s: change the depth"), depth_name (depth));
  gtk_widget_set_tooltip_text (button, tooltip);
  /* TRANSLATORS: "Depth of “Patient positioning”: Reinforced" */
  depth_label = g_strdup_printf (_("Depth of “%s”: %s"), headline, depth_name (depth));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  depth_label, -1);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 44);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_tooltip_text (label, body != NULL && *body != '\0' ? body : headline);
  gtk_widget_set_margin_start (label, 2);
  gtk_widget_set_margin_end (label, 2);

  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "fw-map-chip-remove");
  gtk_widget_set_tooltip_text (remove, _("Remove Mapping"));
  g_clear_pointer (&tooltip, g_free);
  remove_label = g_strdup_printf (_("Remove the mapping to “%s”"), headline);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "outcome.remove");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", statement_id);

  gtk_box_append (GTK_BOX (chip), button);
  gtk_box_append (GTK_BOX (chip), label);
  gtk_box_append (GTK_BOX (chip), remove);
  g_object_set_data_full (G_OBJECT (chip), "fw-statement", g_strdup (statement_id), g_free);
  return chip;
}

static guint
fill_chips (FwMapOutcomeRow *self)
{
  FwMap *map = _fw_map_outcomes_view_get_map (self->view);
  GListModel *mappings = G_LIST_MODEL (fw_map_get_mappings (map));
  const char *id = outcome_id (self);
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (mappings); i++)
    {
      g_autoptr(FwMapping) mapping = g_list_model_get_item (mappings, i);
      GtkWidget *chip;

      if (g_strcmp0 (fw_mapping_get_outcome (mapping), id) != 0)
        continue;
      chip = chip_new (self, mapping);
      gtk_flow_box_append (self->chips, chip);
      /* The chip's buttons take the focus, not the flow box child around them. */
      gtk_widget_set_focusable (gtk_widget_get_parent (chip), FALSE);
      count++;
    }
  if (count == 0)
    {
      GtkWidget *none = dim_label (_("Maps no statement yet"));

      gtk_flow_box_append (self->chips, none);
      gtk_widget_set_focusable (gtk_widget_get_parent (none), FALSE);
    }
  return count;
}

/* Suggestions ---------------------------------------------------------------------------- */

static GtkWidget *
suggestion_new (FwMapOutcomeRow *self,
                FwMapSuggestion *suggestion)
{
  g_autofree char *body = NULL;
  g_autofree char *headline = statement_headline (self, suggestion->statement_id, &body);
  g_autofree char *score_text = g_strdup_printf ("%.2f", suggestion->score);
  g_autofree char *words = g_strjoinv (", ", suggestion->matched_words);
  g_autofree char *matched = NULL;
  g_autofree char *accept_label = NULL;
  g_autofree char *depth_tip = NULL;
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *score = gtk_label_new (score_text);
  GtkWidget *depth = gtk_label_new (fw_depth_to_string (suggestion->depth));
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (headline);
  GtkWidget *accept = gtk_button_new_with_mnemonic (_("_Accept"));

  gtk_widget_add_css_class (line, "fw-map-suggestion");
  gtk_widget_add_css_class (score, "numeric");
  gtk_widget_add_css_class (score, "fw-map-score");
  if (suggestion->score > FW_MAP_ACCEPT_ALL_SCORE)
    gtk_widget_add_css_class (score, "fw-map-score-high");
  gtk_widget_set_tooltip_text (score, _("How well the statement matches the outcome, from 0 to 1"));
  gtk_widget_set_valign (score, GTK_ALIGN_START);

  gtk_widget_add_css_class (depth, "fw-map-depth-badge");
  gtk_widget_add_css_class (depth, depth_class (suggestion->depth));
  depth_tip = g_strdup_printf (_("Suggested depth: %s"), depth_name (suggestion->depth));
  gtk_widget_set_tooltip_text (depth, depth_tip);
  gtk_widget_set_valign (depth, GTK_ALIGN_START);

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  /* The statement's full text on hover, as in the matrix. */
  if (body != NULL && *body != '\0')
    gtk_widget_set_tooltip_text (title, body);
  gtk_box_append (GTK_BOX (texts), title);
  if (*words != '\0')
    {
      GtkWidget *words_label;

      /* TRANSLATORS: the words of an outcome that matched a suggested statement */
      matched = g_strdup_printf (_("Matched: %s"), words);
      words_label = dim_label (matched);
      gtk_widget_add_css_class (words_label, "caption");
      gtk_box_append (GTK_BOX (texts), words_label);
    }
  gtk_widget_set_hexpand (texts, TRUE);

  gtk_widget_set_valign (accept, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (accept), "outcome.accept");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (accept), "s", suggestion->statement_id);
  /* TRANSLATORS: "Accept “Patient positioning” at Reinforced, score 0.86" */
  accept_label = g_strdup_printf (_("Accept “%s” at %s, score %s"), headline,
                                  depth_name (suggestion->depth), score_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (accept), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accept_label, -1);
  gtk_widget_set_tooltip_text (accept, _("Map the outcome to this statement at the suggested "
                                         "depth"));

  gtk_box_append (GTK_BOX (line), score);
  gtk_box_append (GTK_BOX (line), depth);
  gtk_box_append (GTK_BOX (line), texts);
  gtk_box_append (GTK_BOX (line), accept);
  return line;
}

static void
fill_suggestions (FwMapOutcomeRow *self)
{
  g_autoptr(GPtrArray) shown = NULL;

  if (!_fw_map_outcomes_view_can_suggest (self->view))
    {
      gtk_box_append (GTK_BOX (self->suggestions_box),
                      dim_label (_("Suggestions need the map’s framework, which could not be "
                                   "read.")));
      return;
    }
  shown = fw_map_outcomes_view_get_suggestions (self->view, outcome_id (self));
  if (shown->len == 0)
    {
      gtk_box_append (GTK_BOX (self->suggestions_box),
                      dim_label (_("No suggestions: no other statement shares words with this "
                                   "outcome.")));
      return;
    }
  for (guint i = 0; i < shown->len; i++)
    gtk_box_append (GTK_BOX (self->suggestions_box),
                    suggestion_new (self, g_ptr_array_index (shown, i)));
}

/* Showing an item ------------------------------------------------------------------------ */

static void
refresh_course (FwMapOutcomeRow *self)
{
  FwMapCourse *course = FW_MAP_COURSE (self->item);
  FwMap *map = _fw_map_outcomes_view_get_map (self->view);
  GListModel *outcomes = G_LIST_MODEL (fw_map_course_get_outcomes (course));
  guint n_outcomes = g_list_model_get_n_items (outcomes);
  guint above = _fw_map_outcomes_view_count_course (self->view, course);
  guint mapped = 0;
  g_autofree char *title = NULL;
  g_autofree char *button = NULL;
  GString *details = g_string_new (NULL);

  for (guint i = 0; i < n_outcomes; i++)
    {
      g_autoptr(FwMapOutcome) outcome = g_list_model_get_item (outcomes, i);
      GListModel *mappings = G_LIST_MODEL (fw_map_get_mappings (map));

      for (guint k = 0; k < g_list_model_get_n_items (mappings); k++)
        {
          g_autoptr(FwMapping) mapping = g_list_model_get_item (mappings, k);

          mapped += g_strcmp0 (fw_mapping_get_outcome (mapping),
                               fw_map_outcome_get_id (outcome)) == 0;
        }
    }

  title = *fw_map_course_get_title (course) != '\0'
    ? g_strdup_printf ("%s — %s", fw_map_course_get_code (course),
                       fw_map_course_get_title (course))
    : g_strdup (fw_map_course_get_code (course));
  gtk_label_set_text (self->course_title, title);
  if (*fw_map_course_get_term (course) != '\0')
    g_string_append_printf (details, "%s · ", fw_map_course_get_term (course));
  if (*fw_map_course_get_credits (course) != '\0')
    /* TRANSLATORS: a course's credits as the program lists them ("3", "1.5") */
    g_string_append_printf (details, _("%s credits · "), fw_map_course_get_credits (course));
  if (n_outcomes == 0)
    g_string_append (details, _("No outcomes"));
  else
    {
      g_string_append_printf (details, g_dngettext (GETTEXT_PACKAGE, "%u outcome", "%u outcomes",
                                                    n_outcomes), n_outcomes);
      g_string_append (details, " · ");
      g_string_append_printf (details, g_dngettext (GETTEXT_PACKAGE, "%u mapping", "%u mappings",
                                                    mapped), mapped);
    }
  gtk_label_set_text (self->course_details, details->str);
  g_string_free (details, TRUE);

  if (above > 0)
    button = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Accept %u Above 0.8",
                                           "Accept All %u Above 0.8", above), above);
  else
    button = g_strdup (_("Nothing Above 0.8"));
  gtk_button_set_label (self->accept_all_button, button);
  gtk_widget_set_sensitive (GTK_WIDGET (self->accept_all_button), above > 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->accept_all_button),
                               above > 0 ? _("Map every suggestion of this course’s outcomes "
                                             "that scores above 0.8, at its suggested depth, "
                                             "as one step")
                                         : _("No suggestion for this course’s outcomes scores "
                                             "above 0.8"));
}

static void
refresh_outcome (FwMapOutcomeRow *self)
{
  FwMapOutcome *outcome = FW_MAP_OUTCOME (self->item);

  gtk_label_set_text (self->outcome_id, fw_map_outcome_get_id (outcome));
  gtk_label_set_text (self->outcome_text, fw_map_outcome_get_text (outcome));
  clear_box (GTK_WIDGET (self->chips));
  clear_box (self->suggestions_box);
  fill_chips (self);
  fill_suggestions (self);
}

/* After a rebuild the focused button may be gone: the focus stays in the row. */
static gboolean
has_focus_within (FwMapOutcomeRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self));
}

static void
restore_focus (FwMapOutcomeRow *self)
{
  if (gtk_widget_child_focus (self->suggestions_box, GTK_DIR_TAB_FORWARD))
    return;
  if (gtk_widget_child_focus (GTK_WIDGET (self->chips), GTK_DIR_TAB_FORWARD))
    return;
  /* Else the list's row around it. */
  for (GtkWidget *widget = gtk_widget_get_parent (GTK_WIDGET (self)); widget != NULL;
       widget = gtk_widget_get_parent (widget))
    {
      if (gtk_widget_get_focusable (widget))
        {
          gtk_widget_grab_focus (widget);
          return;
        }
    }
}

void
_fw_map_outcome_row_refresh (FwMapOutcomeRow *self)
{
  gboolean focused;

  g_return_if_fail (FW_IS_MAP_OUTCOME_ROW (self));
  if (self->item == NULL || _fw_map_outcomes_view_get_map (self->view) == NULL)
    return;

  focused = has_focus_within (self);
  self->epoch = _fw_map_outcomes_view_get_epoch (self->view);
  gtk_widget_set_visible (self->course_box, FW_IS_MAP_COURSE (self->item));
  gtk_widget_set_visible (self->outcome_box, FW_IS_MAP_OUTCOME (self->item));
  if (FW_IS_MAP_COURSE (self->item))
    refresh_course (self);
  else
    refresh_outcome (self);
  if (focused && !has_focus_within (self))
    restore_focus (self);
}

/*
 * GTK 4.8's list views unbind and bind a row again whenever its position changes (a course
 * opening above it): a row keeps what it shows, and is built again only for another item or
 * after a change.
 */
void
_fw_map_outcome_row_bind (FwMapOutcomeRow *self,
                          GObject         *item)
{
  g_return_if_fail (FW_IS_MAP_OUTCOME_ROW (self));

  if (item == self->item && self->epoch == _fw_map_outcomes_view_get_epoch (self->view))
    return;
  g_set_object (&self->item, item);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "fw-map-course-row");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "fw-map-outcome-row");
  gtk_widget_add_css_class (GTK_WIDGET (self), FW_IS_MAP_COURSE (item) ? "fw-map-course-row"
                                                                     : "fw-map-outcome-row");
  _fw_map_outcome_row_refresh (self);
}

void
_fw_map_outcome_row_unbind (FwMapOutcomeRow *self)
{
  g_return_if_fail (FW_IS_MAP_OUTCOME_ROW (self));
}

GObject *
_fw_map_outcome_row_get_item (FwMapOutcomeRow *self)
{
  g_return_val_if_fail (FW_IS_MAP_OUTCOME_ROW (self), NULL);
  return self->item;
}

const char *
_fw_map_outcome_row_get_id (FwMapOutcomeRow *self)
{
  g_return_val_if_fail (FW_IS_MAP_OUTCOME_ROW (self), NULL);

  if (FW_IS_MAP_COURSE (self->item))
    return fw_map_course_get_code (FW_MAP_COURSE (self->item));
  return outcome_id (self);
}

/* Actions -------------------------------------------------------------------------------- */

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FwMapOutcomeRow *self = FW_MAP_OUTCOME_ROW (widget);

  if (outcome_id (self) != NULL)
    _fw_map_outcomes_view_accept (self->view, outcome_id (self),
                                  g_variant_get_string (parameter, NULL));
}

static void
set_depth_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FwMapOutcomeRow *self = FW_MAP_OUTCOME_ROW (widget);
  FwMap *map = _fw_map_outcomes_view_get_map (self->view);
  const char *statement_id;
  int depth;

  g_variant_get (parameter, "(&si)", &statement_id, &depth);
  if (outcome_id (self) == NULL || map == NULL || depth < FW_DEPTH_INTRODUCED
      || depth > FW_DEPTH_MASTERED)
    return;
  fw_map_set_mapping (map, outcome_id (self), statement_id, depth, NULL, NULL, NULL, NULL);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FwMapOutcomeRow *self = FW_MAP_OUTCOME_ROW (widget);
  FwMap *map = _fw_map_outcomes_view_get_map (self->view);

  if (outcome_id (self) != NULL && map != NULL)
    fw_map_unset_mapping (map, outcome_id (self), g_variant_get_string (parameter, NULL));
}

static void
accept_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FwMapOutcomeRow *self = FW_MAP_OUTCOME_ROW (widget);

  if (FW_IS_MAP_COURSE (self->item))
    _fw_map_outcomes_view_accept_all (self->view, FW_MAP_COURSE (self->item));
}

/* GObject -------------------------------------------------------------------------------- */

static void
fw_map_outcome_row_dispose (GObject *object)
{
  FwMapOutcomeRow *self = FW_MAP_OUTCOME_ROW (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (fw_map_outcome_row_parent_class)->dispose (object);
}

static void
fw_map_outcome_row_class_init (FwMapOutcomeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_map_outcome_row_dispose;

  gtk_widget_class_install_action (widget_class, "outcome.accept", "s", accept_action);
  gtk_widget_class_install_action (widget_class, "outcome.set-depth", "(si)", set_depth_action);
  gtk_widget_class_install_action (widget_class, "outcome.remove", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "course.accept-all", NULL, accept_all_action);
}

static GtkWidget *
build_course_box (FwMapOutcomeRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *button = gtk_button_new_with_label ("");

  self->course_title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->course_title, 0);
  gtk_label_set_wrap (self->course_title, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->course_title), "heading");
  self->course_details = GTK_LABEL (dim_label (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->course_details), "caption");
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->course_title));
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->course_details));
  gtk_widget_set_hexpand (texts, TRUE);

  self->accept_all_button = GTK_BUTTON (button);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "course.accept-all");
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), button);
  return box;
}

static GtkWidget *
build_outcome_box (FwMapOutcomeRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *maps = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *maps_label = dim_label (_("Maps"));
  GtkWidget *suggested = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *suggested_label = dim_label (_("Suggested"));

  self->outcome_id = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->outcome_id), "fw-map-outcome-id");
  gtk_label_set_xalign (self->outcome_id, 0);
  gtk_widget_set_valign (GTK_WIDGET (self->outcome_id), GTK_ALIGN_START);
  self->outcome_text = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->outcome_text, TRUE);
  gtk_label_set_xalign (self->outcome_text, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->outcome_text), TRUE);
  gtk_box_append (GTK_BOX (heading), GTK_WIDGET (self->outcome_id));
  gtk_box_append (GTK_BOX (heading), GTK_WIDGET (self->outcome_text));

  self->chips = GTK_FLOW_BOX (gtk_flow_box_new ());
  gtk_flow_box_set_selection_mode (self->chips, GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (self->chips, 6);
  gtk_flow_box_set_row_spacing (self->chips, 6);
  gtk_flow_box_set_max_children_per_line (self->chips, 4);
  gtk_widget_set_hexpand (GTK_WIDGET (self->chips), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chips), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Mapped statements"), -1);
  gtk_widget_add_css_class (maps_label, "fw-map-row-label");
  gtk_widget_set_valign (maps_label, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (maps), maps_label);
  gtk_box_append (GTK_BOX (maps), GTK_WIDGET (self->chips));

  self->suggestions_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_hexpand (self->suggestions_box, TRUE);
  gtk_widget_add_css_class (suggested_label, "fw-map-row-label");
  gtk_widget_set_valign (suggested_label, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (suggested), suggested_label);
  gtk_box_append (GTK_BOX (suggested), self->suggestions_box);

  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), maps);
  gtk_box_append (GTK_BOX (box), suggested);
  return box;
}

static void
fw_map_outcome_row_init (FwMapOutcomeRow *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self), "fw-map-row");
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  self->course_box = build_course_box (self);
  self->outcome_box = build_outcome_box (self);
  gtk_box_append (GTK_BOX (self), self->course_box);
  gtk_box_append (GTK_BOX (self), self->outcome_box);
}

FwMapOutcomeRow *
_fw_map_outcome_row_new (FwMapOutcomesView *view)
{
  FwMapOutcomeRow *self = g_object_new (FW_TYPE_MAP_OUTCOME_ROW, NULL);

  self->view = view;
  return self;
}
