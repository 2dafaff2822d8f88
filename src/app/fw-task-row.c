/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-bound-entry.h"
#include "fw-correction-popover.h"
#include "fw-task-row.h"
#include "fw-tooltip.h"

struct _FwTaskRow
{
  AdwExpanderRow  parent_instance;

  FwDocument     *document;
  FwTask         *task;
  /* The AdwActionRow of each anchored statement, and what they show ("id:headline|…"). */
  GPtrArray      *anchor_rows;
  char           *anchor_key;

  /* Template children */
  GtkButton      *remove_button;
  FwBoundEntry   *text_entry;
  FwBoundEntry   *task_id_entry;
  /* The open correction of the task, and its marker (a button showing it), made when first
   * needed. */
  FwCorrection   *correction;
  GtkWidget      *marker;
};

G_DEFINE_FINAL_TYPE (FwTaskRow, fw_task_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_TASK,
  N_PROPS
};

enum {
  REMOVE_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  const char *task_id;
  GPtrArray  *statements;  /* FwStatement* */
  GPtrArray  *places;      /* char* descriptions */
} AnchorSearch;

static char *
describe_place (const FwStatementPlace *place)
{
  switch (place->section)
    {
    case FW_SECTION_LEVELS:
      /* Translators: where a statement is; %s is a proficiency level */
      return g_strdup_printf (_("%s level"), fw_level_key_default_label (place->level));
    case FW_SECTION_AI_FLUENCY:
      return g_strdup_printf (_("AI fluency, %s"), fw_level_key_default_label (place->level));
    case FW_SECTION_DURABLE_SKILLS:
    default:
      return g_strdup_printf (_("Durable skills, %s, %s"), fw_domain_get_name (place->domain),
                              fw_durable_level_default_label (place->level));
    }
}

static gboolean
find_anchored_cb (FwStatement            *statement,
                  const FwStatementPlace *place,
                  gpointer                user_data)
{
  AnchorSearch *search = user_data;

  if (g_strv_contains (fw_statement_get_anchors (statement), search->task_id))
    {
      g_ptr_array_add (search->statements, statement);
      g_ptr_array_add (search->places, describe_place (place));
    }
  return TRUE;
}

static GtkWidget *
anchor_row_new (FwStatement *statement,
                const char  *place)
{
  GtkWidget *anchor = adw_action_row_new ();
  const char *headline = fw_statement_get_headline (statement);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (anchor), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (anchor),
                                 headline[0] != '\0' ? headline : _("(no headline)"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (anchor), place);
  adw_action_row_add_prefix (ADW_ACTION_ROW (anchor),
                             gtk_image_new_from_icon_name ("mark-location-symbolic"));
  return anchor;
}

static void
update_subtitle (FwTaskRow *self)
{
  const char *task_id = fw_task_get_task_id (self->task);
  g_autofree char *subtitle = NULL;

  if (task_id == NULL || task_id[0] == '\0')
    subtitle = g_strdup (_("No O*NET task id"));
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Task %s · %u statement anchored",
                                             "Task %s · %u statements anchored",
                                             self->anchor_rows->len),
                                task_id, self->anchor_rows->len);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
}

void
fw_task_row_update_anchors (FwTaskRow *self)
{
  const char *task_id;
  g_autoptr(GPtrArray) statements = g_ptr_array_new ();
  g_autoptr(GPtrArray) places = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) key = NULL;
  AnchorSearch search = { NULL, statements, places };

  g_return_if_fail (FW_IS_TASK_ROW (self));

  task_id = search.task_id = fw_task_get_task_id (self->task);
  key = g_string_new (task_id);
  if (task_id != NULL && task_id[0] != '\0')
    fw_document_foreach_statement (self->document, find_anchored_cb, &search);
  for (guint i = 0; i < statements->len; i++)
    g_string_append_printf (key, "|%s:%s", fw_statement_get_id (g_ptr_array_index (statements, i)),
                            fw_statement_get_headline (g_ptr_array_index (statements, i)));
  if (g_strcmp0 (self->anchor_key, key->str) == 0)
    return;
  g_free (self->anchor_key);
  self->anchor_key = g_strdup (key->str);

  for (guint i = 0; i < self->anchor_rows->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self), g_ptr_array_index (self->anchor_rows, i));
  g_ptr_array_set_size (self->anchor_rows, 0);
  for (guint i = 0; i < statements->len; i++)
    {
      GtkWidget *anchor = anchor_row_new (g_ptr_array_index (statements, i),
                                          g_ptr_array_index (places, i));

      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), anchor);
      g_ptr_array_add (self->anchor_rows, anchor);
    }
  update_subtitle (self);
}

static void
update_title (FwTaskRow *self)
{
  const char *text = fw_task_get_text (self->task);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 text[0] != '\0' ? text : _("Untitled Task"));
}

static void
on_task_notify (FwTaskRow *self)
{
  update_title (self);
  fw_task_row_update_anchors (self);
}

static void
on_remove_clicked (FwTaskRow *self)
{
  g_signal_emit (self, signals[REMOVE_REQUESTED], 0);
}

static void
fw_task_row_dispose (GObject *object)
{
  FwTaskRow *self = FW_TASK_ROW (object);
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));

  if (self->task != NULL)
    g_signal_handlers_disconnect_by_data (self->task, self);
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (GTK_IS_POPOVER (child))
        gtk_widget_unparent (child);
      child = next;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_TASK_ROW);
  g_clear_object (&self->task);
  g_clear_object (&self->document);
  g_clear_object (&self->correction);
  g_clear_pointer (&self->anchor_rows, g_ptr_array_unref);
  g_clear_pointer (&self->anchor_key, g_free);

  G_OBJECT_CLASS (fw_task_row_parent_class)->dispose (object);
}

static void
fw_task_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FwTaskRow *self = FW_TASK_ROW (object);

  switch (prop_id)
    {
    case PROP_TASK:
      g_value_set_object (value, self->task);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Popovers parented to the row (its context menu, a correction) are placed with it. */
static void
fw_task_row_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  GTK_WIDGET_CLASS (fw_task_row_parent_class)->size_allocate (widget, width, height, baseline);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_POPOVER (child) && gtk_widget_get_visible (child))
        gtk_popover_present (GTK_POPOVER (child));
    }
}

static void
fw_task_row_class_init (FwTaskRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_task_row_dispose;
  widget_class->size_allocate = fw_task_row_size_allocate;
  object_class->get_property = fw_task_row_get_property;

  properties[PROP_TASK] =
    g_param_spec_object ("task", NULL, NULL, FW_TYPE_TASK,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[REMOVE_REQUESTED] =
    g_signal_new ("remove-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (FW_TYPE_BOUND_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-task-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FwTaskRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, FwTaskRow, text_entry);
  gtk_widget_class_bind_template_child (widget_class, FwTaskRow, task_id_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
}

static void
fw_task_row_init (FwTaskRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->anchor_rows = g_ptr_array_new ();
  /* Tooltips set here, not in the template: see fw-tooltip.h. */
  fw_widget_set_tooltip (GTK_WIDGET (self->remove_button), _("Remove Task"));
}

GtkWidget *
fw_task_row_new (FwDocument *document,
                 FwTask     *task)
{
  FwTaskRow *self;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (FW_IS_TASK (task), NULL);

  self = g_object_new (FW_TYPE_TASK_ROW, NULL);
  self->document = g_object_ref (document);
  self->task = g_object_ref (task);
  fw_bound_entry_set_target (self->text_entry, document, G_OBJECT (task));
  fw_bound_entry_set_target (self->task_id_entry, document, G_OBJECT (task));
  update_title (self);
  fw_task_row_update_anchors (self);
  update_subtitle (self);
  g_signal_connect_object (task, "notify", G_CALLBACK (on_task_notify), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

FwTask *
fw_task_row_get_task (FwTaskRow *self)
{
  g_return_val_if_fail (FW_IS_TASK_ROW (self), NULL);

  return self->task;
}

GtkWidget *
fw_task_row_get_entry (FwTaskRow  *self,
                       const char *property)
{
  g_return_val_if_fail (FW_IS_TASK_ROW (self), NULL);

  if (g_strcmp0 (property, "text") == 0)
    return GTK_WIDGET (self->text_entry);
  if (g_strcmp0 (property, "task-id") == 0)
    return GTK_WIDGET (self->task_id_entry);
  return NULL;
}

GStrv
fw_task_row_get_anchor_titles (FwTaskRow *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (FW_IS_TASK_ROW (self), NULL);

  for (guint i = 0; i < self->anchor_rows->len; i++)
    g_strv_builder_add (builder,
                        adw_preferences_row_get_title (g_ptr_array_index (self->anchor_rows, i)));
  return g_strv_builder_end (builder);
}

void
fw_task_row_set_has_findings (FwTaskRow *self,
                              gboolean   has_findings)
{
  g_return_if_fail (FW_IS_TASK_ROW (self));

  if (has_findings)
    gtk_widget_add_css_class (GTK_WIDGET (self->task_id_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->task_id_entry), "error");
}

static void
create_correction_popover_cb (GtkMenuButton *button,
                              gpointer       user_data)
{
  FwTaskRow *self = user_data;
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (button));

  if (popover == NULL)
    {
      popover = fw_correction_popover_new ();
      gtk_menu_button_set_popover (button, popover);
    }
  fw_correction_popover_set_correction (FW_CORRECTION_POPOVER (popover), self->document,
                                        self->correction);
}

void
fw_task_row_set_correction (FwTaskRow    *self,
                            FwCorrection *correction)
{
  g_return_if_fail (FW_IS_TASK_ROW (self));
  g_return_if_fail (correction == NULL || FW_IS_CORRECTION (correction));

  g_set_object (&self->correction, correction);
  if (self->marker == NULL && correction != NULL)
    {
      self->marker = gtk_menu_button_new ();
      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->marker), "document-edit-symbolic");
      gtk_widget_add_css_class (self->marker, "flat");
      gtk_widget_add_css_class (self->marker, "correction-marker");
      gtk_widget_set_valign (self->marker, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (self->marker, _("This task has an open correction"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->marker),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show correction"), -1);
      gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->marker),
                                             create_correction_popover_cb, self, NULL);
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (self), self->marker);
    }
  if (self->marker == NULL)
    return;
  gtk_widget_set_visible (self->marker, correction != NULL);
  if (gtk_menu_button_get_popover (GTK_MENU_BUTTON (self->marker)) != NULL && correction != NULL)
    create_correction_popover_cb (GTK_MENU_BUTTON (self->marker), self);
}

FwCorrection *
fw_task_row_get_correction (FwTaskRow *self)
{
  g_return_val_if_fail (FW_IS_TASK_ROW (self), NULL);

  return self->correction;
}

FwCorrectionPopover *
fw_task_row_get_correction_popover (FwTaskRow *self)
{
  g_return_val_if_fail (FW_IS_TASK_ROW (self), NULL);

  if (self->marker == NULL || self->correction == NULL)
    return NULL;
  create_correction_popover_cb (GTK_MENU_BUTTON (self->marker), self);
  return FW_CORRECTION_POPOVER (gtk_menu_button_get_popover (GTK_MENU_BUTTON (self->marker)));
}

void
fw_task_row_open_correction (FwTaskRow *self)
{
  g_return_if_fail (FW_IS_TASK_ROW (self));

  if (self->marker != NULL && self->correction != NULL)
    gtk_menu_button_popup (GTK_MENU_BUTTON (self->marker));
}

gboolean
fw_task_row_get_annotated (FwTaskRow *self)
{
  g_return_val_if_fail (FW_IS_TASK_ROW (self), FALSE);

  return self->marker != NULL && gtk_widget_get_visible (self->marker);
}
