/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fw-finding-marker.h"
#include "fw-statement-list-private.h"
#include "fw-tooltip.h"

G_DEFINE_FINAL_TYPE (FwStatementList, fw_statement_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_TARGET,
  PROP_FILTER_TEXT,
  PROP_SCROLLED,
  N_PROPS
};

enum {
  STATEMENT_FOCUSED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_header (FwStatementList *self)
{
  guint n = _fw_statement_list_n_statements (self);
  g_autofree char *count = NULL;
  g_autofree char *count_a11y = NULL;

  if (self->target > 0)
    {
      /* Translators: statements in a list against the profile's target, e.g. "8 / 10" */
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
on_items_changed (FwStatementList *self)
{
  guint position;

  if (self->selected != NULL && !g_list_store_find (self->store, self->selected, &position))
    g_clear_object (&self->selected);
  update_header (self);
  _fw_statement_list_update_empty_state (self);
  _fw_statement_list_update_actions (self);
}

static gboolean
filter_statement (gpointer item,
                  gpointer user_data)
{
  FwStatementList *self = user_data;

  return fw_statement_matches (item, self->filter_text);
}

/* Rows ------------------------------------------------------------------------------------ */

static void
apply_findings (FwStatementList *self,
                FwStatementRow  *row)
{
  g_autoptr(GPtrArray) findings = NULL;

  if (self->validator != NULL)
    findings = fw_validator_get_statement_findings (self->validator,
      fw_statement_get_id (fw_statement_row_get_statement (row)));
  fw_statement_row_set_findings (row, findings);
}

static void
on_row_focus_entered (FwStatementList *self,
                      FwStatementRow  *row)
{
  FwStatement *statement = fw_statement_row_get_statement (row);

  if (statement != self->selected)
    fw_statement_list_set_selected (self, statement);
  g_signal_emit (self, signals[STATEMENT_FOCUSED], 0, statement);
}

static void
on_chips_focus_enter (GtkEventControllerFocus *controller,
                      FwStatementList         *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (
    gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)), FW_TYPE_STATEMENT_ROW);

  if (row != NULL)
    on_row_focus_entered (self, FW_STATEMENT_ROW (row));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  FwStatementList *self = user_data;
  GtkWidget *row = fw_statement_row_new (self->document, item);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_object (row, "focus-entered", G_CALLBACK (on_row_focus_entered), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "enter", G_CALLBACK (on_chips_focus_enter), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (fw_statement_row_get_chips (FW_STATEMENT_ROW (row))),
                             focus);
  _fw_statement_list_attach_context_menu (self, row);
  apply_findings (self, FW_STATEMENT_ROW (row));
  fw_statement_row_set_highlight (FW_STATEMENT_ROW (row), self->filter_text);
  if (item == self->selected)
    gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (row));
  return row;
}

static void
on_add_clicked (FwStatementList *self)
{
  fw_statement_list_add_statement (self);
}

/* GObject --------------------------------------------------------------------------------- */

static void
fw_statement_list_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (fw_statement_list_parent_class)->map (widget);
  _fw_statement_list_wait_for_frame (FW_STATEMENT_LIST (widget));
}

static void
fw_statement_list_unmap (GtkWidget *widget)
{
  _fw_statement_list_stop_waiting_for_frame (FW_STATEMENT_LIST (widget));
  GTK_WIDGET_CLASS (fw_statement_list_parent_class)->unmap (widget);
}

static void
fw_statement_list_dispose (GObject *object)
{
  FwStatementList *self = FW_STATEMENT_LIST (object);
  GtkWidget *child;

  _fw_statement_list_clear_drop_highlight (self);
  _fw_statement_list_stop_waiting_for_frame (self);
  _fw_statement_list_clear_removed (self);
  g_clear_handle_id (&self->show_all_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_STATEMENT_LIST);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_weak_pointer (&self->previous);
  g_clear_weak_pointer (&self->next);
  g_clear_object (&self->shown);
  g_clear_object (&self->filtered);
  g_clear_object (&self->actions);
  g_clear_object (&self->selected);
  g_clear_object (&self->store);
  g_clear_object (&self->document);
  g_clear_object (&self->validator);

  G_OBJECT_CLASS (fw_statement_list_parent_class)->dispose (object);
}

static void
fw_statement_list_finalize (GObject *object)
{
  FwStatementList *self = FW_STATEMENT_LIST (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->filter_text, g_free);

  G_OBJECT_CLASS (fw_statement_list_parent_class)->finalize (object);
}

static void
fw_statement_list_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FwStatementList *self = FW_STATEMENT_LIST (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, fw_statement_list_get_title (self));
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, fw_statement_list_get_subtitle (self));
      break;
    case PROP_TARGET:
      g_value_set_uint (value, self->target);
      break;
    case PROP_FILTER_TEXT:
      g_value_set_string (value, self->filter_text);
      break;
    case PROP_SCROLLED:
      g_value_set_boolean (value, self->scroller != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Moves the statements into a scrolled window below the header, or back out of it: a list
 * that does not scroll is as high as its statements, wrapped at the width it gets. */
static void
set_scrolled (FwStatementList *self,
              gboolean         scrolled)
{
  g_autoptr(GtkWidget) body = NULL;

  if ((self->scroller != NULL) == !!scrolled)
    return;
  body = g_object_ref (self->body);
  if (scrolled)
    {
      gtk_box_remove (self->box, body);
      self->scroller = gtk_scrolled_window_new ();
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER,
                                      GTK_POLICY_AUTOMATIC);
      gtk_widget_set_vexpand (self->scroller, TRUE);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), body);
      gtk_viewport_set_scroll_to_focus (
        GTK_VIEWPORT (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (self->scroller))), TRUE);
      gtk_box_append (self->box, self->scroller);
    }
  else
    {
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), NULL);
      gtk_box_remove (self->box, g_steal_pointer (&self->scroller));
      gtk_box_append (self->box, body);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCROLLED]);
}

static void
fw_statement_list_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  FwStatementList *self = FW_STATEMENT_LIST (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      fw_statement_list_set_title (self, g_value_get_string (value));
      break;
    case PROP_SUBTITLE:
      fw_statement_list_set_subtitle (self, g_value_get_string (value));
      break;
    case PROP_TARGET:
      fw_statement_list_set_target (self, g_value_get_uint (value));
      break;
    case PROP_FILTER_TEXT:
      fw_statement_list_set_filter_text (self, g_value_get_string (value));
      break;
    case PROP_SCROLLED:
      set_scrolled (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_statement_list_class_init (FwStatementListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_statement_list_dispose;
  object_class->finalize = fw_statement_list_finalize;
  object_class->get_property = fw_statement_list_get_property;
  object_class->set_property = fw_statement_list_set_property;
  widget_class->map = fw_statement_list_map;
  widget_class->unmap = fw_statement_list_unmap;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET] =
    g_param_spec_uint ("target", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILTER_TEXT] =
    g_param_spec_string ("filter-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCROLLED] =
    g_param_spec_boolean ("scrolled", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[STATEMENT_FOCUSED] =
    g_signal_new ("statement-focused", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, FW_TYPE_STATEMENT);

  g_type_ensure (ADW_TYPE_BUTTON_CONTENT);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-statement-list.ui");
  gtk_widget_class_bind_template_child (widget_class, FwStatementList, header);
  gtk_widget_class_bind_template_child (widget_class, FwStatementList, title_label);
  gtk_widget_class_bind_template_child (widget_class, FwStatementList, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, FwStatementList, count_label);
  gtk_widget_class_bind_template_child (widget_class, FwStatementList, box);
  gtk_widget_class_bind_template_child (widget_class, FwStatementList, body);
  gtk_widget_class_bind_template_child (widget_class, FwStatementList, list_box);
  gtk_widget_class_bind_template_child (widget_class, FwStatementList, empty_label);
  gtk_widget_class_bind_template_child (widget_class, FwStatementList, no_matches_label);
  gtk_widget_class_bind_template_child (widget_class, FwStatementList, add_button);
  gtk_widget_class_bind_template_child (widget_class, FwStatementList, task_button);
  gtk_widget_class_bind_template_child (widget_class, FwStatementList, marker);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
  fw_statement_list_class_add_shortcuts (widget_class);
}

static void
fw_statement_list_init (FwStatementList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  _fw_statement_list_init_actions (self);
  _fw_statement_list_init_tasks (self);

  self->filter = gtk_custom_filter_new (filter_statement, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (on_items_changed), self,
                           G_CONNECT_SWAPPED);
  self->shown = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)), 0,
                                          G_MAXUINT);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->shown), create_row, self, NULL);
  _fw_statement_list_init_dnd (self);
  fw_statement_list_set_name (self, NULL);
  update_header (self);
  _fw_statement_list_update_empty_state (self);
  _fw_statement_list_update_actions (self);
}

GtkWidget *
fw_statement_list_new (void)
{
  return g_object_new (FW_TYPE_STATEMENT_LIST, NULL);
}

void
fw_statement_list_set_store (FwStatementList *self,
                             FwDocument      *document,
                             GListStore      *store,
                             FwSection        section)
{
  g_return_if_fail (FW_IS_STATEMENT_LIST (self));
  g_return_if_fail (document == NULL || FW_IS_DOCUMENT (document));
  g_return_if_fail (store == NULL || G_IS_LIST_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->selected);
  g_set_object (&self->document, document);
  g_set_object (&self->store, store);
  self->section = section;
  /* Keep the list empty while the model changes, then fill it in stages. */
  gtk_slice_list_model_set_size (self->shown, 0);
  gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (store));
  _fw_statement_list_show_first_screen (self);
  if (store != NULL)
    g_signal_connect_object (store, "items-changed", G_CALLBACK (on_items_changed), self,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), store != NULL);
  on_items_changed (self);
  /* Whether the neighbours can move a statement here has changed too. */
  if (self->previous != NULL)
    _fw_statement_list_update_actions (self->previous);
  if (self->next != NULL)
    _fw_statement_list_update_actions (self->next);
}

GListStore *
fw_statement_list_get_store (FwStatementList *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), NULL);

  return self->store;
}

void
fw_statement_list_set_title (FwStatementList *self,
                             const char      *title)
{
  g_return_if_fail (FW_IS_STATEMENT_LIST (self));

  if (g_strcmp0 (title, fw_statement_list_get_title (self)) == 0)
    return;
  gtk_widget_set_visible (self->header, title != NULL);
  gtk_label_set_label (self->title_label, title != NULL ? title : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
fw_statement_list_get_title (FwStatementList *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), NULL);

  return gtk_widget_get_visible (self->header) ? gtk_label_get_label (self->title_label) : NULL;
}

void
fw_statement_list_set_subtitle (FwStatementList *self,
                                const char      *subtitle)
{
  g_return_if_fail (FW_IS_STATEMENT_LIST (self));

  if (subtitle == NULL)
    subtitle = "";
  if (g_strcmp0 (subtitle, gtk_label_get_label (self->subtitle_label)) == 0)
    return;
  gtk_label_set_label (self->subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle[0] != '\0');
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
}

const char *
fw_statement_list_get_subtitle (FwStatementList *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), NULL);

  return gtk_label_get_label (self->subtitle_label);
}

void
fw_statement_list_set_target (FwStatementList *self,
                              guint            target)
{
  g_return_if_fail (FW_IS_STATEMENT_LIST (self));

  if (self->target == target)
    return;
  self->target = target;
  update_header (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
}

guint
fw_statement_list_get_target (FwStatementList *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), 0);

  return self->target;
}

guint
fw_statement_list_get_n_visible (FwStatementList *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

void
fw_statement_list_set_name (FwStatementList *self,
                            const char      *name)
{
  g_autofree char *add_label = NULL;

  g_return_if_fail (FW_IS_STATEMENT_LIST (self));

  g_free (self->name);
  self->name = g_strdup (name);
  /* Translators: the accessible name of a list's add button; %s names the list */
  add_label = name != NULL ? g_strdup_printf (_("Add statement to %s"), name)
                           : g_strdup (_("Add statement"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name != NULL ? name : "", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, add_label, -1);
  fw_widget_set_tooltip (GTK_WIDGET (self->add_button), add_label);
}

void
fw_statement_list_set_validator (FwStatementList *self,
                                 FwValidator     *validator)
{
  g_return_if_fail (FW_IS_STATEMENT_LIST (self));
  g_return_if_fail (validator == NULL || FW_IS_VALIDATOR (validator));

  g_set_object (&self->validator, validator);
}

void
fw_statement_list_refresh_findings (FwStatementList *self)
{
  g_return_if_fail (FW_IS_STATEMENT_LIST (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (FW_IS_STATEMENT_ROW (child))
        apply_findings (self, FW_STATEMENT_ROW (child));
    }
}

void
fw_statement_list_set_list_findings (FwStatementList *self,
                                     GPtrArray       *findings)
{
  g_return_if_fail (FW_IS_STATEMENT_LIST (self));

  self->has_list_findings = fw_finding_marker_update (self->marker, findings);
  if (self->has_list_findings)
    gtk_widget_add_css_class (GTK_WIDGET (self), "has-findings");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "has-findings");
}

gboolean
fw_statement_list_has_list_findings (FwStatementList *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), FALSE);

  return self->has_list_findings;
}

GtkWidget *
fw_statement_list_get_add_button (FwStatementList *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), NULL);

  return GTK_WIDGET (self->add_button);
}

GtkWidget *
fw_statement_list_get_header (FwStatementList *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT_LIST (self), NULL);

  return self->header;
}
