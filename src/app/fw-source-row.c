/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-finding-marker.h"
#include "fw-source-row.h"
#include "fw-tooltip.h"

struct _FwSourceRow
{
  AdwExpanderRow  parent_instance;

  FwDocument     *document;
  FwSource       *source;
  guint           count;

  /* Template children */
  GtkImage       *marker;
  GtkButton      *remove_button;
  AdwEntryRow    *short_label_row;
  AdwEntryRow    *title_row;
  AdwEntryRow    *publisher_row;
  AdwEntryRow    *version_row;
  AdwEntryRow    *url_row;
  AdwEntryRow    *license_row;
  GtkButton      *open_button;
  GtkLabel       *id_label;
};

G_DEFINE_FINAL_TYPE (FwSourceRow, fw_source_row, ADW_TYPE_EXPANDER_ROW)

enum {
  REMOVE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The fields, in the order of the rows; the first two are never NULL. */
static const char * const properties[] = {
  "short-label", "title", "publisher", "version", "url", "license",
};

static AdwEntryRow *
entry_for (FwSourceRow *self,
           guint        index)
{
  AdwEntryRow *rows[] = {
    self->short_label_row, self->title_row, self->publisher_row,
    self->version_row, self->url_row, self->license_row,
  };

  g_assert (index < G_N_ELEMENTS (rows));
  return rows[index];
}

static const char *
source_string (FwSourceRow *self,
               guint        index)
{
  switch (index)
    {
    case 0: return fw_source_get_short_label (self->source);
    case 1: return fw_source_get_title (self->source);
    case 2: return fw_source_get_publisher (self->source);
    case 3: return fw_source_get_version (self->source);
    case 4: return fw_source_get_url (self->source);
    case 5: return fw_source_get_license (self->source);
    default: return NULL;
    }
}

static void
update_title (FwSourceRow *self)
{
  const char *label = fw_source_get_short_label (self->source);
  const char *url = fw_source_get_url (self->source);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 label[0] != '\0' ? label : _("Untitled Source"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->open_button), url != NULL && url[0] != '\0');
}

static void on_entry_changed (FwSourceRow *self,
                              GtkEditable *editable);

static void
sync_entry (FwSourceRow *self,
            guint        index)
{
  GtkEditable *editable = GTK_EDITABLE (entry_for (self, index));
  const char *value = source_string (self, index);
  int position;

  if (g_strcmp0 (gtk_editable_get_text (editable), value != NULL ? value : "") == 0)
    return;
  position = gtk_editable_get_position (editable);
  g_signal_handlers_block_by_func (editable, on_entry_changed, self);
  gtk_editable_set_text (editable, value != NULL ? value : "");
  g_signal_handlers_unblock_by_func (editable, on_entry_changed, self);
  gtk_editable_set_position (editable, position);
}

static void
on_entry_changed (FwSourceRow *self,
                  GtkEditable *editable)
{
  const char *text = gtk_editable_get_text (editable);

  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    {
      const char *current;

      if (GTK_EDITABLE (entry_for (self, i)) != editable)
        continue;
      current = source_string (self, i);
      if (g_strcmp0 (current != NULL ? current : "", text) == 0)
        return;
      /* An emptied optional field becomes absent again. */
      fw_document_run (self->document,
                       fw_command_set_string_new (G_OBJECT (self->source), properties[i],
                                                  i >= 2 && text[0] == '\0' ? NULL : text,
                                                  TRUE));
      return;
    }
}

static void
on_source_notify (FwSourceRow *self,
                  GParamSpec  *pspec)
{
  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    {
      if (g_str_equal (pspec->name, properties[i]))
        sync_entry (self, i);
    }
  update_title (self);
}

static void
on_entry_focus_leave (FwSourceRow *self)
{
  fw_history_break_merge (fw_document_get_history (self->document));
}

static void
on_remove_clicked (FwSourceRow *self)
{
  g_signal_emit (self, signals[REMOVE_REQUESTED], 0);
}

static void
on_open_clicked (FwSourceRow *self)
{
  const char *url = fw_source_get_url (self->source);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (url != NULL && url[0] != '\0')
    gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, url, GDK_CURRENT_TIME);
}

static void
fw_source_row_dispose (GObject *object)
{
  FwSourceRow *self = FW_SOURCE_ROW (object);

  if (self->source != NULL)
    g_signal_handlers_disconnect_by_data (self->source, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_SOURCE_ROW);
  g_clear_object (&self->document);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (fw_source_row_parent_class)->dispose (object);
}

static void
fw_source_row_class_init (FwSourceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_source_row_dispose;

  signals[REMOVE_REQUESTED] =
    g_signal_new ("remove-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-source-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FwSourceRow, marker);
  gtk_widget_class_bind_template_child (widget_class, FwSourceRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, FwSourceRow, short_label_row);
  gtk_widget_class_bind_template_child (widget_class, FwSourceRow, title_row);
  gtk_widget_class_bind_template_child (widget_class, FwSourceRow, publisher_row);
  gtk_widget_class_bind_template_child (widget_class, FwSourceRow, version_row);
  gtk_widget_class_bind_template_child (widget_class, FwSourceRow, url_row);
  gtk_widget_class_bind_template_child (widget_class, FwSourceRow, license_row);
  gtk_widget_class_bind_template_child (widget_class, FwSourceRow, open_button);
  gtk_widget_class_bind_template_child (widget_class, FwSourceRow, id_label);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_open_clicked);
}

static void
fw_source_row_init (FwSourceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Tooltips set here, not in the template: see fw-tooltip.h. */
  fw_widget_set_tooltip (GTK_WIDGET (self->remove_button), _("Remove Source"));
  fw_widget_set_tooltip (GTK_WIDGET (self->open_button), _("Open Address"));

  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    {
      AdwEntryRow *row = entry_for (self, i);
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect_object (row, "changed", G_CALLBACK (on_entry_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (focus, "leave", G_CALLBACK (on_entry_focus_leave), self,
                               G_CONNECT_SWAPPED);
      gtk_widget_add_controller (GTK_WIDGET (row), focus);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                      -1);
    }
}

GtkWidget *
fw_source_row_new (FwDocument *document,
                   FwSource   *source)
{
  FwSourceRow *self;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (FW_IS_SOURCE (source), NULL);

  self = g_object_new (FW_TYPE_SOURCE_ROW, NULL);
  self->document = g_object_ref (document);
  self->source = g_object_ref (source);
  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    sync_entry (self, i);
  gtk_label_set_label (self->id_label, fw_source_get_id (source));
  update_title (self);
  fw_source_row_update_count (self);
  g_signal_connect_object (source, "notify", G_CALLBACK (on_source_notify), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

FwSource *
fw_source_row_get_source (FwSourceRow *self)
{
  g_return_val_if_fail (FW_IS_SOURCE_ROW (self), NULL);

  return self->source;
}

void
fw_source_row_update_count (FwSourceRow *self)
{
  g_autofree char *subtitle = NULL;

  g_return_if_fail (FW_IS_SOURCE_ROW (self));

  self->count = fw_document_count_citations (self->document, fw_source_get_id (self->source));
  if (self->count == 0)
    subtitle = g_strdup (_("Not cited by any statement"));
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Cited by %u statement",
                                             "Cited by %u statements", self->count),
                                self->count);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
}

guint
fw_source_row_get_count (FwSourceRow *self)
{
  g_return_val_if_fail (FW_IS_SOURCE_ROW (self), 0);

  return self->count;
}

GtkWidget *
fw_source_row_get_entry (FwSourceRow *self,
                         const char  *property)
{
  g_return_val_if_fail (FW_IS_SOURCE_ROW (self), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    {
      if (g_str_equal (property, properties[i]))
        return GTK_WIDGET (entry_for (self, i));
    }
  return NULL;
}

GtkWidget *
fw_source_row_get_remove_button (FwSourceRow *self)
{
  g_return_val_if_fail (FW_IS_SOURCE_ROW (self), NULL);

  return GTK_WIDGET (self->remove_button);
}

GtkWidget *
fw_source_row_get_marker (FwSourceRow *self)
{
  g_return_val_if_fail (FW_IS_SOURCE_ROW (self), NULL);

  return GTK_WIDGET (self->marker);
}

void
fw_source_row_set_findings (FwSourceRow *self,
                            GPtrArray   *findings)
{
  g_return_if_fail (FW_IS_SOURCE_ROW (self));

  fw_finding_marker_update (self->marker, findings);
}
