/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fw-citation-chips.h"
#include "fw-correction-apply.h"
#include "fw-correction-commands.h"
#include "fw-correction-popover.h"
#include "fw-review-items.h"

struct _FwCorrectionPopover
{
  GtkPopover       parent_instance;

  FwDocument      *document;
  FwCorrection    *correction;
  /* Set while the widgets are filled from the model, so they do not write it back. */
  gboolean         updating;

  /* Template children */
  GtkLabel        *item_label;
  GtkLabel        *status_label;
  GtkLabel        *current_label;
  GtkDropDown     *kind_row;
  AdwEntryRow     *proposed_row;
  AdwEntryRow     *rationale_row;
  FwCitationChips *evidence;
  GtkLabel        *byline_label;
  GtkButton       *accept_button;
  GtkButton       *reject_button;
  GtkButton       *submit_button;
  GtkButton       *apply_button;
  GtkListBox      *replies_list;
  GtkWidget       *replies_heading;
  GtkEntry        *reply_entry;
  GtkButton       *reply_button;
};

G_DEFINE_FINAL_TYPE (FwCorrectionPopover, fw_correction_popover, GTK_TYPE_POPOVER)

char *
fw_correction_reviewer_name (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *name = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema != NULL && g_settings_schema_has_key (schema, "reviewer-name"))
    {
      settings = g_settings_new_full (schema, NULL, NULL);
      name = g_settings_get_string (settings, "reviewer-name");
    }
  if (name != NULL && name[0] != '\0')
    return g_steal_pointer (&name);
  return g_strdup (fw_review_default_reviewer ());
}

char *
fw_correction_describe_item (FwDocument   *document,
                             FwCorrection *correction)
{
  const char *type = fw_correction_get_item_type (correction);
  const char *current = fw_correction_get_current (correction);

  if (g_str_equal (type, FW_CORRECTION_ITEM_TASK))
    /* Translators: "Task 22807: Position imaging equipment …" */
    return g_strdup_printf (_("Task %s: %s"), fw_correction_get_item_id (correction), current);
  if (g_str_equal (type, FW_CORRECTION_ITEM_NEW_TASK))
    return g_strdup (_("New task"));
  if (g_str_equal (type, FW_CORRECTION_ITEM_JOB_ZONE))
    return g_strdup_printf (_("Job zone %s"), current[0] != '\0' ? current : _("(unset)"));
  /* Translators: an item's kind and its text, "Related Title: 3D Technologist" */
  return g_strdup_printf (_("%s: %s"), fw_correction_value_label (type), current);
}

static void
run (FwCorrectionPopover *self,
     FwCommand           *command)
{
  if (command != NULL && self->document != NULL)
    fw_document_run (self->document, command);
}

static void
add_reply_row (FwCorrectionPopover *self,
               FwCorrectionReply   *reply)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *byline = g_strdup_printf ("%s · %s", fw_correction_reply_get_author (reply),
                                             fw_correction_reply_get_time (reply));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fw_correction_reply_get_text (reply));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), byline);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_append (self->replies_list, row);
}

static void
update_replies (FwCorrectionPopover *self)
{
  GListModel *replies;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->replies_list))) != NULL)
    gtk_list_box_remove (self->replies_list, child);
  if (self->correction == NULL)
    return;
  replies = G_LIST_MODEL (fw_correction_get_replies (self->correction));
  for (guint i = 0; i < g_list_model_get_n_items (replies); i++)
    {
      g_autoptr(FwCorrectionReply) reply = g_list_model_get_item (replies, i);

      add_reply_row (self, reply);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->replies_list), g_list_model_get_n_items (replies) > 0);
  gtk_widget_set_visible (self->replies_heading, g_list_model_get_n_items (replies) > 0);
}

static void
update (FwCorrectionPopover *self)
{
  FwCorrection *c = self->correction;
  g_autofree char *item = NULL;
  g_autofree char *byline = NULL;
  g_autofree char *status = NULL;
  const char *state;
  guint kind_index = 0;

  if (c == NULL)
    return;
  self->updating = TRUE;
  /* The heading names the item; its text follows below it. */
  item = g_str_equal (fw_correction_get_item_type (c), FW_CORRECTION_ITEM_TASK)
           ? g_strdup_printf (_("Task %s"), fw_correction_get_item_id (c))
           : g_strdup (fw_correction_value_label (fw_correction_get_item_type (c)));
  gtk_label_set_label (self->item_label, item);
  state = fw_correction_get_status (c);
  status = fw_correction_get_applied (c)
             /* Translators: a correction's status, and that its proposal is in the framework */
             ? g_strdup_printf (_("%s, applied"), fw_correction_value_label (state))
             : g_strdup (fw_correction_value_label (state));
  gtk_label_set_label (self->status_label, status);
  for (guint i = 0; fw_correction_statuses ()[i] != NULL; i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), fw_correction_statuses ()[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), state);
  for (guint i = 0; fw_correction_kinds ()[i] != NULL; i++)
    if (g_str_equal (fw_correction_kinds ()[i], fw_correction_get_kind (c)))
      kind_index = i;
  gtk_drop_down_set_selected (self->kind_row, kind_index);
  gtk_label_set_label (self->current_label, fw_correction_get_current (c));
  gtk_widget_set_visible (GTK_WIDGET (self->current_label),
                          fw_correction_get_current (c)[0] != '\0');
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->proposed_row)),
                 fw_correction_get_proposed (c)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->proposed_row), fw_correction_get_proposed (c));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->rationale_row)),
                 fw_correction_get_rationale (c)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->rationale_row), fw_correction_get_rationale (c));
  /* Translators: "By Ada Lovelace, created 2026-05-15T12:39:10Z, updated …" */
  byline = g_strdup_printf (_("By %s, created %s, updated %s"), fw_correction_get_reviewer (c),
                            fw_correction_get_created (c), fw_correction_get_updated (c));
  gtk_label_set_label (self->byline_label, byline);
  gtk_widget_set_sensitive (GTK_WIDGET (self->accept_button), !g_str_equal (state, "accepted"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->reject_button), !g_str_equal (state, "rejected"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->submit_button), !g_str_equal (state, "submitted"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button),
                            g_str_equal (state, "accepted") && !fw_correction_get_applied (c));
  update_replies (self);
  self->updating = FALSE;
}

static void
set_status (FwCorrectionPopover *self,
            const char          *status)
{
  g_autofree char *now = fw_correction_now ();

  if (self->correction != NULL)
    run (self, fw_correction_set_status_command_new (self->correction, status, NULL, now));
}

static void
on_accept_clicked (FwCorrectionPopover *self)
{
  set_status (self, "accepted");
}

static void
on_reject_clicked (FwCorrectionPopover *self)
{
  set_status (self, "rejected");
}

static void
on_submit_clicked (FwCorrectionPopover *self)
{
  set_status (self, "submitted");
}

static void
on_apply_clicked (FwCorrectionPopover *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *now = fw_correction_now ();
  FwCommand *command;

  if (self->correction == NULL)
    return;
  command = fw_correction_apply_command_new (self->document, self->correction, now, &error);
  if (command == NULL)
    {
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->apply_button), error->message);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  run (self, command);
}

static void
commit_field (FwCorrectionPopover *self,
              const char          *property,
              AdwEntryRow         *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *value = NULL;
  g_autofree char *now = NULL;

  if (self->correction == NULL || self->updating)
    return;
  g_object_get (self->correction, property, &value, NULL);
  if (g_strcmp0 (value, text) == 0)
    return;
  now = fw_correction_now ();
  run (self, fw_correction_edit_command_new (self->correction, property, text, now));
}

static void
on_proposed_apply (FwCorrectionPopover *self)
{
  commit_field (self, "proposed", self->proposed_row);
}

static void
on_rationale_apply (FwCorrectionPopover *self)
{
  commit_field (self, "rationale", self->rationale_row);
}

static void
on_closed (FwCorrectionPopover *self)
{
  /* Typing that was not applied yet is kept, not lost with the popover. */
  on_proposed_apply (self);
  on_rationale_apply (self);
}

static void
on_kind_selected (FwCorrectionPopover *self)
{
  guint index = gtk_drop_down_get_selected (self->kind_row);
  const char *kind;
  g_autofree char *now = NULL;

  if (self->correction == NULL || self->updating || index == GTK_INVALID_LIST_POSITION)
    return;
  kind = fw_correction_kinds ()[index];
  if (kind == NULL || g_str_equal (kind, fw_correction_get_kind (self->correction)))
    return;
  now = fw_correction_now ();
  run (self, fw_correction_edit_command_new (self->correction, "kind", kind, now));
}

static void
on_reply_clicked (FwCorrectionPopover *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->reply_entry));
  g_autoptr(FwCorrectionReply) reply = NULL;
  g_autofree char *author = NULL;
  g_autofree char *now = NULL;

  if (self->correction == NULL || text[0] == '\0')
    return;
  author = fw_correction_reviewer_name ();
  now = fw_correction_now ();
  reply = fw_correction_reply_new (author, now, text);
  run (self, fw_correction_reply_command_new (self->correction, reply));
  gtk_editable_set_text (GTK_EDITABLE (self->reply_entry), "");
}

void
fw_correction_popover_set_correction (FwCorrectionPopover *self,
                                      FwDocument          *document,
                                      FwCorrection        *correction)
{
  g_return_if_fail (FW_IS_CORRECTION_POPOVER (self));

  if (self->correction != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->correction, self);
      g_signal_handlers_disconnect_by_data (fw_correction_get_replies (self->correction), self);
    }
  g_set_object (&self->document, document);
  g_set_object (&self->correction, correction);
  fw_citation_chips_set_correction (self->evidence, document, correction);
  if (correction != NULL)
    {
      g_signal_connect_object (correction, "notify", G_CALLBACK (update), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (fw_correction_get_replies (correction), "items-changed",
                               G_CALLBACK (update_replies), self, G_CONNECT_SWAPPED);
    }
  update (self);
}

FwCorrection *
fw_correction_popover_get_correction (FwCorrectionPopover *self)
{
  g_return_val_if_fail (FW_IS_CORRECTION_POPOVER (self), NULL);

  return self->correction;
}

GtkWidget *
fw_correction_popover_get_part (FwCorrectionPopover *self,
                                const char          *name)
{
  const struct { const char *name; gpointer widget; } parts[] = {
    { "accept", self->accept_button }, { "reject", self->reject_button },
    { "submit", self->submit_button }, { "apply", self->apply_button },
    { "reply-entry", self->reply_entry }, { "reply-button", self->reply_button },
    { "proposed", self->proposed_row }, { "rationale", self->rationale_row },
    { "kind", self->kind_row }, { "evidence", self->evidence },
    { "replies", self->replies_list }, { "status", self->status_label },
  };

  g_return_val_if_fail (FW_IS_CORRECTION_POPOVER (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (g_str_equal (parts[i].name, name))
      return parts[i].widget;
  return NULL;
}

static void
fw_correction_popover_dispose (GObject *object)
{
  FwCorrectionPopover *self = FW_CORRECTION_POPOVER (object);

  if (self->correction != NULL)
    fw_correction_popover_set_correction (self, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_CORRECTION_POPOVER);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (fw_correction_popover_parent_class)->dispose (object);
}

static void
fw_correction_popover_class_init (FwCorrectionPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_correction_popover_dispose;

  g_type_ensure (FW_TYPE_CITATION_CHIPS);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-correction-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, FwCorrectionPopover, item_label);
  gtk_widget_class_bind_template_child (widget_class, FwCorrectionPopover, status_label);
  gtk_widget_class_bind_template_child (widget_class, FwCorrectionPopover, current_label);
  gtk_widget_class_bind_template_child (widget_class, FwCorrectionPopover, kind_row);
  gtk_widget_class_bind_template_child (widget_class, FwCorrectionPopover, proposed_row);
  gtk_widget_class_bind_template_child (widget_class, FwCorrectionPopover, rationale_row);
  gtk_widget_class_bind_template_child (widget_class, FwCorrectionPopover, evidence);
  gtk_widget_class_bind_template_child (widget_class, FwCorrectionPopover, byline_label);
  gtk_widget_class_bind_template_child (widget_class, FwCorrectionPopover, accept_button);
  gtk_widget_class_bind_template_child (widget_class, FwCorrectionPopover, reject_button);
  gtk_widget_class_bind_template_child (widget_class, FwCorrectionPopover, submit_button);
  gtk_widget_class_bind_template_child (widget_class, FwCorrectionPopover, apply_button);
  gtk_widget_class_bind_template_child (widget_class, FwCorrectionPopover, replies_list);
  gtk_widget_class_bind_template_child (widget_class, FwCorrectionPopover, replies_heading);
  gtk_widget_class_bind_template_child (widget_class, FwCorrectionPopover, reply_entry);
  gtk_widget_class_bind_template_child (widget_class, FwCorrectionPopover, reply_button);
  gtk_widget_class_bind_template_callback (widget_class, on_accept_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_reject_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_submit_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_apply_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_proposed_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_rationale_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_reply_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_closed);
}

static void
fw_correction_popover_init (FwCorrectionPopover *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; fw_correction_kinds ()[i] != NULL; i++)
    gtk_string_list_append (kinds, fw_correction_value_label (fw_correction_kinds ()[i]));
  gtk_drop_down_set_model (self->kind_row, G_LIST_MODEL (kinds));
  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (on_kind_selected),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_set_visible (GTK_WIDGET (self->replies_list), FALSE);
  gtk_widget_set_visible (self->replies_heading, FALSE);
}

GtkWidget *
fw_correction_popover_new (void)
{
  return g_object_new (FW_TYPE_CORRECTION_POPOVER, NULL);
}
