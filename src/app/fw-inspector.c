/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-inspector.h"
#include "fw-split.h"
#include "fw-wrap-text-view.h"

struct _FwInspector
{
  GtkWidget    parent_instance;

  FwDocument  *document;
  FwStatement *statement;

  /* Template children */
  GtkStack    *stack;
  GtkLabel    *id_label;
  GtkBox      *citations_box;
  GtkLabel    *no_citations_label;
  GtkWidget   *split_warning;
  GtkLabel    *split_label;
  GtkTextView *note_view;
};

G_DEFINE_FINAL_TYPE (FwInspector, fw_inspector, GTK_TYPE_WIDGET)

static void on_note_changed (FwInspector   *self,
                             GtkTextBuffer *buffer);

static char *
note_buffer_text (FwInspector *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
sync_note (FwInspector *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  const char *note = self->statement ? fw_statement_get_note (self->statement) : NULL;
  g_autofree char *current = note_buffer_text (self);
  GtkTextIter iter;
  int offset;

  if (g_strcmp0 (current, note != NULL ? note : "") == 0)
    return;
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  offset = gtk_text_iter_get_offset (&iter);
  g_signal_handlers_block_by_func (buffer, on_note_changed, self);
  gtk_text_buffer_set_text (buffer, note != NULL ? note : "", -1);
  g_signal_handlers_unblock_by_func (buffer, on_note_changed, self);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter,
                                      MIN (offset, gtk_text_buffer_get_char_count (buffer)));
  gtk_text_buffer_place_cursor (buffer, &iter);
}

static void
on_note_changed (FwInspector   *self,
                 GtkTextBuffer *buffer)
{
  g_autofree char *text = note_buffer_text (self);
  const char *note;

  if (self->statement == NULL || self->document == NULL)
    return;
  note = fw_statement_get_note (self->statement);
  if (g_strcmp0 (note != NULL ? note : "", text) == 0)
    return;
  fw_document_run (self->document,
                   fw_command_set_string_new (G_OBJECT (self->statement), "note",
                                              text[0] != '\0' ? text : NULL, TRUE));
}

static void
sync_citations (FwInspector *self)
{
  GtkWidget *child;
  const char * const *citations;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->citations_box))) != NULL)
    gtk_box_remove (self->citations_box, child);

  citations = self->statement ? fw_statement_get_citations (self->statement) : NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->no_citations_label),
                          citations == NULL || citations[0] == NULL);
  for (guint i = 0; citations != NULL && citations[i] != NULL; i++)
    {
      FwSource *source = fw_document_find_source (self->document, citations[i]);
      GtkWidget *label;

      if (source != NULL)
        {
          label = gtk_label_new (fw_source_get_short_label (source));
          gtk_widget_set_tooltip_text (label, fw_source_get_title (source));
        }
      else
        {
          g_autofree char *text = g_strdup_printf (_("%s (unknown source)"), citations[i]);

          label = gtk_label_new (text);
          gtk_widget_add_css_class (label, "error");
        }
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "citation-chip");
      gtk_box_append (self->citations_box, label);
    }
}

static void
sync_split (FwInspector *self)
{
  double confidence = self->statement ? fw_statement_get_split_confidence (self->statement) : 1.0;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->split_warning, confidence < 1.0);
  if (confidence >= 1.0)
    return;
  text = g_strdup_printf (confidence < FW_SPLIT_CONFIDENT
                            ? _("The importer was unsure where the headline ends (confidence %.0f%%). Check the split.")
                            : _("The importer guessed where the headline ends (confidence %.0f%%)."),
                          confidence * 100.0);
  gtk_label_set_label (self->split_label, text);
}

static void
on_statement_notify (FwInspector *self,
                     GParamSpec  *pspec)
{
  if (g_strcmp0 (pspec->name, "note") == 0)
    sync_note (self);
  else if (g_strcmp0 (pspec->name, "citations") == 0)
    sync_citations (self);
  else if (g_strcmp0 (pspec->name, "split-confidence") == 0)
    sync_split (self);
}

static void
on_note_focus_leave (FwInspector *self)
{
  if (self->document != NULL)
    fw_history_break_merge (fw_document_get_history (self->document));
}

static void
fw_inspector_dispose (GObject *object)
{
  FwInspector *self = FW_INSPECTOR (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_INSPECTOR);
  /* The template's root box is no bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->document);
  g_clear_object (&self->statement);

  G_OBJECT_CLASS (fw_inspector_parent_class)->dispose (object);
}

static void
fw_inspector_class_init (FwInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_inspector_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (FW_TYPE_WRAP_TEXT_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/fw-inspector.ui");
  gtk_widget_class_bind_template_child (widget_class, FwInspector, stack);
  gtk_widget_class_bind_template_child (widget_class, FwInspector, id_label);
  gtk_widget_class_bind_template_child (widget_class, FwInspector, citations_box);
  gtk_widget_class_bind_template_child (widget_class, FwInspector, no_citations_label);
  gtk_widget_class_bind_template_child (widget_class, FwInspector, split_warning);
  gtk_widget_class_bind_template_child (widget_class, FwInspector, split_label);
  gtk_widget_class_bind_template_child (widget_class, FwInspector, note_view);
}

static void
fw_inspector_init (FwInspector *self)
{
  GtkTextBuffer *buffer;
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));

  buffer = gtk_text_view_get_buffer (self->note_view);
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_note_changed), self,
                           G_CONNECT_SWAPPED);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_note_focus_leave), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->note_view), focus);
}

GtkWidget *
fw_inspector_new (void)
{
  return g_object_new (FW_TYPE_INSPECTOR, NULL);
}

void
fw_inspector_set_statement (FwInspector *self,
                            FwDocument  *document,
                            FwStatement *statement)
{
  g_return_if_fail (FW_IS_INSPECTOR (self));
  g_return_if_fail (document == NULL || FW_IS_DOCUMENT (document));
  g_return_if_fail (statement == NULL || FW_IS_STATEMENT (statement));

  if (self->statement == statement && self->document == document)
    return;
  if (self->statement != NULL)
    g_signal_handlers_disconnect_by_data (self->statement, self);
  g_set_object (&self->document, document);
  g_set_object (&self->statement, statement);

  gtk_stack_set_visible_child_name (self->stack, statement != NULL ? "details" : "empty");
  if (statement == NULL)
    return;
  g_signal_connect_object (statement, "notify", G_CALLBACK (on_statement_notify), self,
                           G_CONNECT_SWAPPED);
  gtk_label_set_label (self->id_label, fw_statement_get_id (statement));
  sync_citations (self);
  sync_split (self);
  sync_note (self);
}

FwStatement *
fw_inspector_get_statement (FwInspector *self)
{
  g_return_val_if_fail (FW_IS_INSPECTOR (self), NULL);

  return self->statement;
}

void
fw_inspector_focus_note (FwInspector *self)
{
  g_return_if_fail (FW_IS_INSPECTOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->note_view));
}

GtkWidget *
fw_inspector_get_note_view (FwInspector *self)
{
  g_return_val_if_fail (FW_IS_INSPECTOR (self), NULL);

  return GTK_WIDGET (self->note_view);
}
