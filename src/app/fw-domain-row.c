/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-domain-row.h"
#include "fw-finding-marker.h"
#include "fw-tooltip.h"

struct _FwDomainRow
{
  GtkWidget   parent_instance;

  FwDocument *document;
  FwDomain   *domain;

  /* Template children */
  GtkEntry   *name_entry;
  GtkImage   *marker;
  GtkLabel   *count_label;
  GtkButton  *up_button;
  GtkButton  *down_button;
  GtkButton  *remove_button;
};

G_DEFINE_FINAL_TYPE (FwDomainRow, fw_domain_row, GTK_TYPE_WIDGET)

enum {
  MOVE_REQUESTED,
  REMOVE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_name_changed (FwDomainRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));
  FwCommand *command;

  if (self->domain == NULL || g_strcmp0 (text, fw_domain_get_name (self->domain)) == 0)
    return;
  command = fw_command_set_string_new (G_OBJECT (self->domain), "name", text, TRUE);
  fw_command_set_label (command, _("Rename Domain"));
  fw_document_run (self->document, command);
}

static void
sync_name (FwDomainRow *self)
{
  const char *name = fw_domain_get_name (self->domain);
  int position;

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->name_entry)), name) == 0)
    return;
  position = gtk_editable_get_position (GTK_EDITABLE (self->name_entry));
  g_signal_handlers_block_by_func (self->name_entry, on_name_changed, self);
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), name);
  g_signal_handlers_unblock_by_func (self->name_entry, on_name_changed, self);
  gtk_editable_set_position (GTK_EDITABLE (self->name_entry), position);
}

static void
on_name_focus_leave (FwDomainRow *self)
{
  if (self->document != NULL)
    fw_history_break_merge (fw_document_get_history (self->document));
}

static void
on_up_clicked (FwDomainRow *self)
{
  g_signal_emit (self, signals[MOVE_REQUESTED], 0, -1);
}

static void
on_down_clicked (FwDomainRow *self)
{
  g_signal_emit (self, signals[MOVE_REQUESTED], 0, 1);
}

static void
on_remove_clicked (FwDomainRow *self)
{
  g_signal_emit (self, signals[REMOVE_REQUESTED], 0);
}

static void
fw_domain_row_dispose (GObject *object)
{
  FwDomainRow *self = FW_DOMAIN_ROW (object);
  GtkWidget *child;

  if (self->domain != NULL)
    g_signal_handlers_disconnect_by_data (self->domain, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_DOMAIN_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->document);
  g_clear_object (&self->domain);

  G_OBJECT_CLASS (fw_domain_row_parent_class)->dispose (object);
}

static void
fw_domain_row_class_init (FwDomainRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_domain_row_dispose;

  signals[MOVE_REQUESTED] =
    g_signal_new ("move-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[REMOVE_REQUESTED] =
    g_signal_new ("remove-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-domain-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FwDomainRow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, FwDomainRow, marker);
  gtk_widget_class_bind_template_child (widget_class, FwDomainRow, count_label);
  gtk_widget_class_bind_template_child (widget_class, FwDomainRow, up_button);
  gtk_widget_class_bind_template_child (widget_class, FwDomainRow, down_button);
  gtk_widget_class_bind_template_child (widget_class, FwDomainRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_up_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_down_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
}

static void
fw_domain_row_init (FwDomainRow *self)
{
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Tooltips set here, not in the template: see fw-tooltip.h. */
  fw_widget_set_tooltip (GTK_WIDGET (self->up_button), _("Move Domain Up"));
  fw_widget_set_tooltip (GTK_WIDGET (self->down_button), _("Move Domain Down"));
  fw_widget_set_tooltip (GTK_WIDGET (self->remove_button), _("Remove Domain"));

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_name_focus_leave), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->name_entry), focus);
}

GtkWidget *
fw_domain_row_new (FwDocument *document,
                   FwDomain   *domain)
{
  FwDomainRow *self;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (FW_IS_DOMAIN (domain), NULL);

  self = g_object_new (FW_TYPE_DOMAIN_ROW, NULL);
  self->document = g_object_ref (document);
  self->domain = g_object_ref (domain);
  sync_name (self);
  g_signal_connect_object (domain, "notify::name", G_CALLBACK (sync_name), self,
                           G_CONNECT_SWAPPED);
  fw_domain_row_update_count (self);
  return GTK_WIDGET (self);
}

FwDomain *
fw_domain_row_get_domain (FwDomainRow *self)
{
  g_return_val_if_fail (FW_IS_DOMAIN_ROW (self), NULL);

  return self->domain;
}

void
fw_domain_row_update_count (FwDomainRow *self)
{
  guint n;
  g_autofree char *text = NULL;

  g_return_if_fail (FW_IS_DOMAIN_ROW (self));

  n = fw_domain_count_statements (self->domain);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u statement", "%u statements", n), n);
  gtk_label_set_label (self->count_label, text);
}

void
fw_domain_row_set_can_move (FwDomainRow *self,
                            gboolean     up,
                            gboolean     down)
{
  g_return_if_fail (FW_IS_DOMAIN_ROW (self));

  gtk_widget_set_sensitive (GTK_WIDGET (self->up_button), up);
  gtk_widget_set_sensitive (GTK_WIDGET (self->down_button), down);
}

void
fw_domain_row_set_findings (FwDomainRow *self,
                            GPtrArray   *findings)
{
  g_return_if_fail (FW_IS_DOMAIN_ROW (self));

  fw_finding_marker_update (self->marker, findings);
}

GtkWidget *
fw_domain_row_get_marker (FwDomainRow *self)
{
  g_return_val_if_fail (FW_IS_DOMAIN_ROW (self), NULL);

  return GTK_WIDGET (self->marker);
}

GtkWidget *
fw_domain_row_get_name_entry (FwDomainRow *self)
{
  g_return_val_if_fail (FW_IS_DOMAIN_ROW (self), NULL);

  return GTK_WIDGET (self->name_entry);
}

GtkWidget *
fw_domain_row_get_button (FwDomainRow *self,
                          const char  *name)
{
  g_return_val_if_fail (FW_IS_DOMAIN_ROW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (g_str_equal (name, "up"))
    return GTK_WIDGET (self->up_button);
  if (g_str_equal (name, "down"))
    return GTK_WIDGET (self->down_button);
  if (g_str_equal (name, "remove"))
    return GTK_WIDGET (self->remove_button);
  return NULL;
}
