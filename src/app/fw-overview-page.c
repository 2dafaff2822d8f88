/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fw-overview-page.h"
#include "fw-wrap-text-view.h"

struct _FwOverviewPage
{
  FwEditorPage        parent_instance;

  /* Template children */
  AdwEntryRow        *soc_row;
  AdwEntryRow        *title_row;
  AdwEntryRow        *group_row;
  AdwEntryRow        *sector_row;
  AdwActionRow       *job_zone_row;
  GtkSpinButton      *job_zone_spin;
  AdwEntryRow        *version_row;
  GtkTextView        *description_view;
  GtkTextView        *context_view;
};

G_DEFINE_FINAL_TYPE (FwOverviewPage, fw_overview_page, FW_TYPE_EDITOR_PAGE)

/* Document string properties edited by entry rows and text views. */
static const char * const entry_properties[] = { "soc", "title", "group", "sector", "version" };
static const char * const text_properties[] = { "description", "context-covered" };

static char *
document_dup_string (FwOverviewPage *self,
                     const char     *property)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  char *value = NULL;

  if (document == NULL)
    return g_strdup ("");
  g_object_get (document, property, &value, NULL);
  return value != NULL ? value : g_strdup ("");
}

static void
run_set_string (FwOverviewPage *self,
                const char     *property,
                const char     *text)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  g_autofree char *current = document_dup_string (self, property);

  if (document == NULL || g_strcmp0 (current, text) == 0)
    return;
  fw_document_run (document,
                   fw_command_set_string_new (G_OBJECT (document), property, text, TRUE));
}

static void
on_entry_changed (FwOverviewPage *self,
                  GtkEditable    *editable)
{
  run_set_string (self, g_object_get_data (G_OBJECT (editable), "fw-property"),
                  gtk_editable_get_text (editable));
}

static char *
text_view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
on_text_changed (FwOverviewPage *self,
                 GtkTextBuffer  *buffer)
{
  g_autofree char *text = NULL;
  GtkTextView *view = g_object_get_data (G_OBJECT (buffer), "fw-view");

  text = text_view_get_text (view);
  run_set_string (self, g_object_get_data (G_OBJECT (view), "fw-property"), text);
}

static void
on_job_zone_changed (FwOverviewPage *self)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  int value = gtk_spin_button_get_value_as_int (self->job_zone_spin);

  if (document == NULL || fw_document_get_job_zone (document) == value)
    return;
  fw_document_run (document,
                   fw_command_set_int_new (G_OBJECT (document), "job-zone", value));
}

static gboolean
on_job_zone_output (FwOverviewPage *self,
                    GtkSpinButton  *spin)
{
  int value = gtk_spin_button_get_value_as_int (spin);
  g_autofree char *text = value > 0 ? g_strdup_printf ("%d", value) : g_strdup (_("None"));

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
on_job_zone_input (FwOverviewPage *self,
                   double         *new_value,
                   GtkSpinButton  *spin)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  char *end = NULL;
  gint64 value = g_ascii_strtoll (text, &end, 10);

  if (end == text)
    value = 0;
  *new_value = CLAMP (value, 0, 5);
  return TRUE;
}

static GtkWidget *
widget_for_property (FwOverviewPage *self,
                     const char     *property)
{
  struct { const char *property; GtkWidget *widget; } map[] = {
    { "soc", GTK_WIDGET (self->soc_row) },
    { "title", GTK_WIDGET (self->title_row) },
    { "group", GTK_WIDGET (self->group_row) },
    { "sector", GTK_WIDGET (self->sector_row) },
    { "version", GTK_WIDGET (self->version_row) },
    { "job-zone", GTK_WIDGET (self->job_zone_spin) },
    { "description", GTK_WIDGET (self->description_view) },
    { "context-covered", GTK_WIDGET (self->context_view) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    {
      if (g_strcmp0 (map[i].property, property) == 0)
        return map[i].widget;
    }
  return NULL;
}

static void
sync_entry (FwOverviewPage *self,
            const char     *property)
{
  GtkEditable *editable = GTK_EDITABLE (widget_for_property (self, property));
  g_autofree char *value = document_dup_string (self, property);

  if (g_strcmp0 (gtk_editable_get_text (editable), value) == 0)
    return;
  g_signal_handlers_block_by_func (editable, on_entry_changed, self);
  gtk_editable_set_text (editable, value);
  g_signal_handlers_unblock_by_func (editable, on_entry_changed, self);
}

static void
sync_text (FwOverviewPage *self,
           const char     *property)
{
  GtkTextView *view = GTK_TEXT_VIEW (widget_for_property (self, property));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *value = document_dup_string (self, property);
  g_autofree char *current = text_view_get_text (view);
  GtkTextIter iter;
  int offset;

  if (g_strcmp0 (current, value) == 0)
    return;
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  offset = gtk_text_iter_get_offset (&iter);
  g_signal_handlers_block_by_func (buffer, on_text_changed, self);
  gtk_text_buffer_set_text (buffer, value, -1);
  g_signal_handlers_unblock_by_func (buffer, on_text_changed, self);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter,
                                      MIN (offset, gtk_text_buffer_get_char_count (buffer)));
  gtk_text_buffer_place_cursor (buffer, &iter);
}

static void
sync_job_zone (FwOverviewPage *self)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  int value = document ? fw_document_get_job_zone (document) : 0;
  gboolean inferred = document && fw_document_get_job_zone_inferred (document);
  const char *label = document ? fw_document_get_job_zone_label (document) : "";
  g_autofree char *subtitle = NULL;

  g_signal_handlers_block_by_func (self->job_zone_spin, on_job_zone_changed, self);
  gtk_spin_button_set_value (self->job_zone_spin, value);
  g_signal_handlers_unblock_by_func (self->job_zone_spin, on_job_zone_changed, self);

  if (label[0] != '\0' && inferred)
    subtitle = g_strdup_printf (_("%s (inferred)"), label);
  else if (label[0] != '\0')
    subtitle = g_strdup (label);
  else if (inferred)
    subtitle = g_strdup (_("Inferred"));
  else
    subtitle = g_strdup (_("1 (little preparation) to 5 (extensive preparation)"));
  adw_action_row_set_subtitle (self->job_zone_row, subtitle);
}

static void
sync_all (FwOverviewPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (entry_properties); i++)
    sync_entry (self, entry_properties[i]);
  for (guint i = 0; i < G_N_ELEMENTS (text_properties); i++)
    sync_text (self, text_properties[i]);
  sync_job_zone (self);
}

static void
on_document_notify (FwOverviewPage *self,
                    GParamSpec     *pspec)
{
  for (guint i = 0; i < G_N_ELEMENTS (entry_properties); i++)
    {
      if (g_str_equal (pspec->name, entry_properties[i]))
        sync_entry (self, pspec->name);
    }
  for (guint i = 0; i < G_N_ELEMENTS (text_properties); i++)
    {
      if (g_str_equal (pspec->name, text_properties[i]))
        sync_text (self, pspec->name);
    }
  if (g_str_has_prefix (pspec->name, "job-zone"))
    sync_job_zone (self);
}

static void
fw_overview_page_document_changed (FwEditorPage *page,
                                   FwDocument   *previous)
{
  sync_all (FW_OVERVIEW_PAGE (page));
}

/* Findings name fields in the NSX spelling ("jobZone") or the property's ("job-zone"). */
static char *
property_for_field (const char *field)
{
  GString *out = g_string_new (NULL);

  for (const char *p = field; *p != '\0'; p++)
    {
      if (g_ascii_isupper (*p))
        {
          g_string_append_c (out, '-');
          g_string_append_c (out, g_ascii_tolower (*p));
        }
      else
        {
          g_string_append_c (out, *p == '_' ? '-' : *p);
        }
    }
  return g_string_free (out, FALSE);
}

static gboolean
fw_overview_page_focus_finding (FwEditorPage *page,
                                FwFinding    *finding)
{
  FwOverviewPage *self = FW_OVERVIEW_PAGE (page);
  const char *field = fw_finding_get_field (finding);
  const char *path = fw_finding_get_path (finding);
  GtkWidget *widget = NULL;

  if (field != NULL)
    widget = fw_overview_page_get_field_widget (self, field);
  if (widget == NULL && path != NULL && strrchr (path, '.') != NULL)
    widget = fw_overview_page_get_field_widget (self, strrchr (path, '.') + 1);
  if (widget == NULL)
    return FALSE;
  return gtk_widget_grab_focus (widget);
}

static void
fw_overview_page_dispose (GObject *object)
{
  FwOverviewPage *self = FW_OVERVIEW_PAGE (object);
  GtkWidget *child;

  fw_editor_page_set_document (FW_EDITOR_PAGE (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_OVERVIEW_PAGE);
  /* The template's root is no bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (fw_overview_page_parent_class)->dispose (object);
}

static void
fw_overview_page_class_init (FwOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FwEditorPageClass *page_class = FW_EDITOR_PAGE_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_overview_page_dispose;
  page_class->document_changed = fw_overview_page_document_changed;
  page_class->focus_finding = fw_overview_page_focus_finding;

  g_type_ensure (FW_TYPE_WRAP_TEXT_VIEW);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FwOverviewPage, soc_row);
  gtk_widget_class_bind_template_child (widget_class, FwOverviewPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, FwOverviewPage, group_row);
  gtk_widget_class_bind_template_child (widget_class, FwOverviewPage, sector_row);
  gtk_widget_class_bind_template_child (widget_class, FwOverviewPage, job_zone_row);
  gtk_widget_class_bind_template_child (widget_class, FwOverviewPage, job_zone_spin);
  gtk_widget_class_bind_template_child (widget_class, FwOverviewPage, version_row);
  gtk_widget_class_bind_template_child (widget_class, FwOverviewPage, description_view);
  gtk_widget_class_bind_template_child (widget_class, FwOverviewPage, context_view);
  gtk_widget_class_bind_template_callback (widget_class, on_job_zone_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_job_zone_output);
  gtk_widget_class_bind_template_callback (widget_class, on_job_zone_input);
}

static void
on_field_focus_leave (FwOverviewPage *self)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));

  if (document != NULL)
    fw_history_break_merge (fw_document_get_history (document));
}

static void
watch_focus (FwOverviewPage *self,
             GtkWidget      *widget)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_object (focus, "leave", G_CALLBACK (on_field_focus_leave), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, focus);
}

static void
fw_overview_page_init (FwOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_group_connect_object (fw_editor_page_get_document_signals (FW_EDITOR_PAGE (self)),
                                 "notify", G_CALLBACK (on_document_notify), self,
                                 G_CONNECT_SWAPPED);

  for (guint i = 0; i < G_N_ELEMENTS (entry_properties); i++)
    {
      GtkWidget *row = widget_for_property (self, entry_properties[i]);

      g_object_set_data (G_OBJECT (row), "fw-property", (gpointer) entry_properties[i]);
      gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
      g_signal_connect_object (row, "changed", G_CALLBACK (on_entry_changed), self,
                               G_CONNECT_SWAPPED);
      watch_focus (self, row);
    }
  for (guint i = 0; i < G_N_ELEMENTS (text_properties); i++)
    {
      GtkWidget *view = widget_for_property (self, text_properties[i]);
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

      g_object_set_data (G_OBJECT (view), "fw-property", (gpointer) text_properties[i]);
      g_object_set_data (G_OBJECT (buffer), "fw-view", view);
      gtk_text_buffer_set_enable_undo (buffer, FALSE);
      g_signal_connect_object (buffer, "changed", G_CALLBACK (on_text_changed), self,
                               G_CONNECT_SWAPPED);
      watch_focus (self, view);
    }
  sync_all (self);
}

GtkWidget *
fw_overview_page_new (void)
{
  return g_object_new (FW_TYPE_OVERVIEW_PAGE, NULL);
}

GtkWidget *
fw_overview_page_get_field_widget (FwOverviewPage *self,
                                   const char     *field)
{
  g_autofree char *property = NULL;

  g_return_val_if_fail (FW_IS_OVERVIEW_PAGE (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  property = property_for_field (field);
  return widget_for_property (self, property);
}
