/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-application.h"
#include "fw-file-binding.h"
#include "fw-formats.h"
#include "fw-io.h"
#include "fw-map-file.h"
#include "fw-map-framework.h"
#include "fw-map-report.h"
#include "fw-map-window-private.h"

G_DEFINE_FINAL_TYPE (FwMapWindow, fw_map_window, ADW_TYPE_APPLICATION_WINDOW)

/* State ---------------------------------------------------------------------------------- */

static void
update_title (FwMapWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *basename = NULL;
  const char *name = self->map != NULL ? fw_map_get_name (self->map) : "";
  gboolean dirty = self->map != NULL && fw_history_get_dirty (fw_map_get_history (self->map));

  if (*name == '\0')
    name = _("Untitled Curriculum Map");
  title = dirty ? g_strdup_printf ("• %s", name) : g_strdup (name);
  basename = self->file != NULL ? g_file_get_basename (self->file) : g_strdup (_("Not saved"));
  if (self->framework != NULL)
    subtitle = g_strdup_printf (_("%s — mapped to %s"), basename,
                                fw_document_get_title (self->framework));
  else
    subtitle = g_strdup (basename);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_actions (FwMapWindow *self)
{
  FwHistory *history = self->map != NULL ? fw_map_get_history (self->map) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 history != NULL && fw_history_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 history != NULL && fw_history_can_redo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", self->map != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", self->map != NULL);
  _fw_map_window_update_export_actions (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.check-job-posting",
                                 self->framework != NULL);
}

static void
show_stale (FwMapWindow *self,
            GPtrArray   *stale)
{
  GString *text = g_string_new (NULL);

  if (self->framework_error != NULL)
    g_string_append (text, self->framework_error);
  else if (stale != NULL && stale->len > 0)
    {
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "The framework changed %u mapped statement since it was mapped:",
                                                 "The framework changed %u mapped statements since they were mapped:",
                                                 stale->len), stale->len);
      for (guint i = 0; i < stale->len && i < 5; i++)
        {
          FwMapStale *item = g_ptr_array_index (stale, i);
          const char *what = (item->flags & FW_MAP_STALE_MISSING) ? _("removed")
                             : (item->flags & FW_MAP_STALE_MOVED) ? _("moved") : _("edited");

          g_string_append_printf (text, "%s “%s” (%s)", i == 0 ? " " : "; ", item->headline, what);
        }
      if (stale->len > 5)
        g_string_append (text, " …");
    }
  gtk_label_set_text (self->stale_label, text->str);
  gtk_revealer_set_reveal_child (self->stale_revealer, text->len > 0);
  g_string_free (text, TRUE);
}

/* Recomputes the report, the gaps panel and the staleness after every change. */
void
_fw_map_window_refresh (FwMapWindow *self)
{
  g_autoptr(GPtrArray) stale = NULL;

  g_clear_pointer (&self->report, fw_map_report_free);
  if (self->map != NULL && self->framework != NULL)
    {
      self->report = fw_map_report_new (self->map, self->framework, FW_MAP_REDUNDANT_DEFAULT);
      stale = fw_map_check_framework (self->map, self->framework);
    }
  fw_map_gaps_panel_set_report (self->gaps_panel, self->report);
  show_stale (self, stale);
  update_title (self);
  update_actions (self);
}

static void
on_history_changed (FwMapWindow *self)
{
  _fw_map_window_refresh (self);
  _fw_map_window_schedule_autosave (self);
}

static void
on_dirty_changed (FwMapWindow *self)
{
  update_title (self);
}

static void
set_framework (FwMapWindow *self,
               FwDocument  *framework)
{
  g_autoptr(GPtrArray) stale = NULL;

  g_set_object (&self->framework, framework);
  if (framework != NULL && self->map != NULL)
    stale = fw_map_check_framework (self->map, framework);
  fw_map_matrix_view_set_map (self->matrix, self->map, framework);
  fw_map_outcomes_view_set_map (self->outcomes_view, self->map, framework);
  fw_map_matrix_view_set_stale (self->matrix, stale);
  _fw_map_window_refresh (self);
}

static void
set_map (FwMapWindow *self,
         FwMap       *map)
{
  if (self->map != NULL)
    g_signal_handlers_disconnect_by_data (fw_map_get_history (self->map), self);
  g_set_object (&self->map, map);
  fw_map_conflict_bar_set_map (self->conflict_bar, map);
  g_signal_connect_object (fw_map_get_history (map), "changed",
                           G_CALLBACK (on_history_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (fw_map_get_history (map), "notify::dirty",
                           G_CALLBACK (on_dirty_changed), self, G_CONNECT_SWAPPED);
}

/* Framework ------------------------------------------------------------------------------ */

static FwDocument *
read_framework (FwMapWindow *self,
                GFile       *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  FwDocument *framework;

  g_clear_pointer (&self->framework_error, g_free);
  framework = path != NULL ? fw_format_read_file (path, FW_FORMAT_AUTO, NULL, &error) : NULL;
  if (framework == NULL)
    self->framework_error = g_strdup_printf (_("The map’s framework could not be read: %s"),
                                             error != NULL ? error->message : _("not a local file"));
  return framework;
}

/* The framework changed on disk (its author saved it): show the map against what it is now. */
static void
on_framework_changed (FwMapWindow       *self,
                      GFile             *file,
                      GFile             *other,
                      GFileMonitorEvent  event)
{
  g_autoptr(FwDocument) framework = NULL;

  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_CREATED &&
      event != G_FILE_MONITOR_EVENT_RENAMED && event != G_FILE_MONITOR_EVENT_MOVED_IN)
    return;
  framework = read_framework (self, self->framework_file);
  if (framework != NULL)
    set_framework (self, framework);
  else
    _fw_map_window_refresh (self);
}

static void
watch_framework (FwMapWindow *self,
                 GFile       *framework_file)
{
  if (self->framework_monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->framework_monitor, self);
      g_file_monitor_cancel (self->framework_monitor);
      g_clear_object (&self->framework_monitor);
    }
  g_set_object (&self->framework_file, framework_file);
  if (framework_file == NULL)
    return;
  self->framework_monitor = g_file_monitor_file (framework_file, G_FILE_MONITOR_WATCH_MOVES,
                                                 NULL, NULL);
  if (self->framework_monitor != NULL)
    g_signal_connect_object (self->framework_monitor, "changed",
                             G_CALLBACK (on_framework_changed), self, G_CONNECT_SWAPPED);
}

/* Files ---------------------------------------------------------------------------------- */

gboolean
fw_map_window_open_file (FwMapWindow  *self,
                         GFile        *file,
                         GError      **error)
{
  g_autoptr(FwFileBinding) binding = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(FwMap) map = NULL;
  g_autoptr(GFile) framework_file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *framework_path = NULL;
  g_autofree char *display = NULL;

  g_return_val_if_fail (FW_IS_MAP_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  binding = fw_file_binding_new (file, NULL);
  bytes = fw_file_binding_load (binding, FW_MAX_FILE_SIZE, error);
  if (bytes == NULL)
    return FALSE;
  path = g_file_get_path (file);
  display = g_file_get_parse_name (file);
  map = fw_map_read_bytes (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), display,
                           error);
  if (map == NULL)
    return FALSE;

  framework_path = fw_map_resolve_framework (map, path != NULL ? path : display);
  framework_file = g_file_new_for_path (framework_path);
  _fw_map_window_show_map (self, map, file, binding, framework_file);
  _fw_map_window_add_recent (file);
  return TRUE;
}

void
_fw_map_window_show_map (FwMapWindow   *self,
                         FwMap         *map,
                         GFile         *file,
                         FwFileBinding *binding,
                         GFile         *framework_file)
{
  g_autoptr(FwDocument) framework = read_framework (self, framework_file);

  g_set_object (&self->binding, binding);
  g_set_object (&self->file, file);
  set_map (self, map);
  watch_framework (self, framework_file);
  set_framework (self, framework);
}

void
fw_map_window_set_new_map (FwMapWindow *self,
                           FwMap       *map,
                           FwDocument  *framework,
                           GFile       *framework_file)
{
  g_return_if_fail (FW_IS_MAP_WINDOW (self));
  g_return_if_fail (FW_IS_MAP (map));
  g_return_if_fail (FW_IS_DOCUMENT (framework));

  g_clear_object (&self->binding);
  g_clear_object (&self->file);
  set_map (self, map);
  fw_history_mark_dirty (fw_map_get_history (map));
  watch_framework (self, framework_file);
  set_framework (self, framework);
  /* An imported program is work worth keeping before anything is edited. */
  _fw_map_window_schedule_autosave (self);
}

gboolean
fw_map_window_save_to (FwMapWindow  *self,
                       GFile        *file,
                       GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(FwFileBinding) binding = NULL;
  FwFileSaveFlags flags = FW_FILE_SAVE_NONE;

  g_return_val_if_fail (FW_IS_MAP_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->map != NULL, FALSE);

  if (self->file != NULL && g_file_equal (file, self->file) && self->binding != NULL)
    binding = g_object_ref (self->binding);
  else
    {
      /* Saving somewhere else: the chooser already asked before replacing a file there. */
      binding = fw_file_binding_new (file, NULL);
      flags = FW_FILE_SAVE_FORCE;
      _fw_map_window_rebase_framework (self, file);
    }
  bytes = fw_map_write (self->map);
  if (!fw_file_binding_save (binding, bytes, flags, error))
    return FALSE;
  g_set_object (&self->binding, binding);
  g_set_object (&self->file, file);
  fw_history_mark_clean (fw_map_get_history (self->map));
  _fw_map_window_discard_draft (self);
  _fw_map_window_add_recent (file);
  update_title (self);
  return TRUE;
}

/* Signals from the template -------------------------------------------------------------- */

static void
on_cursor_changed (FwMapWindow *self)
{
  g_autofree char *text = NULL;
  guint row, column;

  fw_map_matrix_view_get_cursor (self->matrix, &row, &column);
  text = fw_map_matrix_view_describe_cell (self->matrix, row, column);
  gtk_label_set_text (self->inspector, text);
}

static void
on_gaps_entry_activated (FwMapWindow *self,
                         const char  *list,
                         const char  *id,
                         const char  *place)
{
  guint row, column;
  int found;

  if (_fw_map_window_views_show_entry (self, list, id))
    return;
  fw_map_matrix_view_get_cursor (self->matrix, &row, &column);
  if (g_str_equal (list, "unmappedOutcomes"))
    {
      found = fw_map_matrix_view_find_column (self->matrix, place);
      if (found >= 0)
        column = found;
    }
  else
    {
      found = fw_map_matrix_view_find_row (self->matrix, id);
      if (found >= 0)
        row = found;
    }
  fw_map_matrix_view_set_cursor (self->matrix, row, column);
  gtk_widget_grab_focus (GTK_WIDGET (self->matrix));
}

/* Accessors ------------------------------------------------------------------------------ */

FwMapWindow *
fw_map_window_new (GtkApplication *application)
{
  return g_object_new (FW_TYPE_MAP_WINDOW, "application", application, NULL);
}

GFile *
fw_map_window_get_file (FwMapWindow *self)
{
  g_return_val_if_fail (FW_IS_MAP_WINDOW (self), NULL);
  return self->file;
}

FwMap *
fw_map_window_get_map (FwMapWindow *self)
{
  g_return_val_if_fail (FW_IS_MAP_WINDOW (self), NULL);
  return self->map;
}

FwDocument *
fw_map_window_get_framework (FwMapWindow *self)
{
  g_return_val_if_fail (FW_IS_MAP_WINDOW (self), NULL);
  return self->framework;
}

FwMapMatrixView *
fw_map_window_get_matrix (FwMapWindow *self)
{
  g_return_val_if_fail (FW_IS_MAP_WINDOW (self), NULL);
  return self->matrix;
}

FwMapGapsPanel *
fw_map_window_get_gaps_panel (FwMapWindow *self)
{
  g_return_val_if_fail (FW_IS_MAP_WINDOW (self), NULL);
  return self->gaps_panel;
}

const char *
fw_map_window_get_stale_text (FwMapWindow *self)
{
  g_return_val_if_fail (FW_IS_MAP_WINDOW (self), NULL);
  return gtk_label_get_text (self->stale_label);
}

const char *
fw_map_window_get_inspector_text (FwMapWindow *self)
{
  g_return_val_if_fail (FW_IS_MAP_WINDOW (self), NULL);
  return gtk_label_get_text (self->inspector);
}

/* GObject -------------------------------------------------------------------------------- */

static void
fw_map_window_dispose (GObject *object)
{
  FwMapWindow *self = FW_MAP_WINDOW (object);

  _fw_map_window_dispose_drafts (self);
  watch_framework (self, NULL);
  if (self->map != NULL)
    g_signal_handlers_disconnect_by_data (fw_map_get_history (self->map), self);
  g_clear_object (&self->map);
  g_clear_object (&self->framework);
  g_clear_object (&self->file);
  g_clear_object (&self->binding);
  g_clear_pointer (&self->report, fw_map_report_free);
  g_clear_pointer (&self->framework_error, g_free);

  G_OBJECT_CLASS (fw_map_window_parent_class)->dispose (object);
}

static void
fw_map_window_class_init (FwMapWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_map_window_dispose;

  g_type_ensure (FW_TYPE_MAP_MATRIX_VIEW);
  g_type_ensure (FW_TYPE_MAP_GAPS_PANEL);
  g_type_ensure (FW_TYPE_MAP_CONFLICT_BAR);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/map/fw-map-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FwMapWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, FwMapWindow, stale_revealer);
  gtk_widget_class_bind_template_child (widget_class, FwMapWindow, stale_label);
  gtk_widget_class_bind_template_child (widget_class, FwMapWindow, conflict_bar);
  gtk_widget_class_bind_template_child (widget_class, FwMapWindow, gaps_panel);
  gtk_widget_class_bind_template_child (widget_class, FwMapWindow, matrix);
  gtk_widget_class_bind_template_child (widget_class, FwMapWindow, inspector);
  gtk_widget_class_bind_template_callback (widget_class, on_cursor_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_gaps_entry_activated);
  _fw_map_window_class_init_actions (widget_class);
  _fw_map_window_class_init_views (widget_class);
}

static void
fw_map_window_init (FwMapWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _fw_map_window_init_drafts (self);
  _fw_map_window_init_export (self);
  update_title (self);
  update_actions (self);
}
