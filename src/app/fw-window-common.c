/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-tooltip.h"
#include "fw-window-private.h"

#define RECENT_APP_NAME    "Framewright"
#define RECENT_MIME_TYPE   "application/x-framewright"
#define RECENT_MENU_LENGTH 8

/*
 * The ground floor of FwWindow's parts: what every part may call, and which calls none of
 * them. See fw-window-private.h for the order of the parts.
 */

static const FwWindowParentOps *parent_ops;

void
_fw_window_set_parent_ops (const FwWindowParentOps *ops)
{
  parent_ops = ops;
}

void
_fw_window_show_document (FwWindow      *self,
                          FwDocument    *document,
                          FwFileBinding *binding)
{
  parent_ops->set_document (self, document, binding);
}

void
_fw_window_validate (FwWindow *self)
{
  parent_ops->validate_now (self);
}

void
_fw_window_show_section (FwWindow   *self,
                         const char *section)
{
  parent_ops->show_section (self, section);
}

GtkWidget *
_fw_window_page (FwWindow   *self,
                 const char *section)
{
  return parent_ops->get_page (self, section);
}

/* Requests to the application -------------------------------------------------------------- */

void
_fw_window_request_open_file (FwWindow *self,
                              GFile    *file)
{
  g_signal_emit_by_name (self, "open-file", file);
}

static gboolean
document_is_empty (FwDocument *document)
{
  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      FwLevel *level = fw_document_get_level (document, i);

      if (g_list_model_get_n_items (G_LIST_MODEL (fw_level_get_statements (level))) > 0 ||
          g_list_model_get_n_items (G_LIST_MODEL (fw_level_get_ai_statements (level))) > 0)
        return FALSE;
    }
  return fw_document_get_title (document)[0] == '\0' &&
         fw_document_get_soc (document)[0] == '\0' &&
         g_list_model_get_n_items (G_LIST_MODEL (fw_document_get_domains (document))) == 0;
}

gboolean
fw_window_is_untouched (FwWindow *self)
{
  FwHistory *history;

  g_return_val_if_fail (FW_IS_WINDOW (self), FALSE);

  history = fw_document_get_history (self->document);
  return self->binding == NULL && self->busy_count == 0 && !fw_history_get_dirty (history) &&
         !fw_history_can_undo (history) && document_is_empty (self->document);
}

FwWindow *
_fw_window_show_new_document (FwWindow   *self,
                              FwDocument *document)
{
  FwWindow *window = NULL;

  if (fw_window_is_untouched (self))
    {
      _fw_window_show_document (self, document, NULL);
      return self;
    }
  g_signal_emit_by_name (self, "open-document", document, &window);
  return window;
}

/* Dialogs and toasts ----------------------------------------------------------------------- */

AdwMessageDialog *
_fw_window_message_dialog_new (FwWindow   *self,
                               const char *heading,
                               const char *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                         heading, body));

  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  return dialog;
}

void
_fw_window_show_error (FwWindow     *self,
                       const char   *heading,
                       const GError *error)
{
  AdwMessageDialog *dialog = _fw_window_message_dialog_new (self, heading, error->message);

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

char *
_fw_window_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return g_filename_display_name (basename);
}

void
fw_window_add_toast (FwWindow   *self,
                     const char *title)
{
  AdwToast *toast;

  g_return_if_fail (FW_IS_WINDOW (self));
  g_return_if_fail (title != NULL);

  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 4);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Busy state ------------------------------------------------------------------------------- */

/*
 * A hook for the start-up benchmarks (bench/bench-startup.sh): only in builds with the
 * test_hooks option on, never in a release.
 */
#ifdef FW_TEST_HOOKS
static void
on_after_paint (GdkFrameClock *clock,
                FwWindow      *self)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  /* Wall-clock time, so that bench/bench-startup.sh can subtract its own start time. */
  g_printerr ("first-frame-us %" G_GINT64_FORMAT "\n", g_get_real_time ());
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, self);
  if (app != NULL)
    g_application_quit (app);
}

/* For start-up benchmarks: quit once the first frame with the document has been drawn. */
void
_fw_window_maybe_exit_after_first_frame (FwWindow *self)
{
  GdkFrameClock *clock;

  if (self->exit_armed || self->busy_count > 0 || !gtk_widget_get_mapped (GTK_WIDGET (self)) ||
      g_strcmp0 (g_getenv ("FW_EXIT_AFTER_FIRST_FRAME"), "1") != 0)
    return;
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  if (clock == NULL)
    return;
  self->exit_armed = TRUE;
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_after_paint), self, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
#else
void
_fw_window_maybe_exit_after_first_frame (FwWindow *self)
{
}
#endif

void
_fw_window_begin_busy (FwWindow *self)
{
  if (self->busy_count++ == 0)
    g_object_notify (G_OBJECT (self), "busy");
}

void
_fw_window_end_busy (FwWindow *self)
{
  g_return_if_fail (self->busy_count > 0);

  if (--self->busy_count == 0)
    {
      g_object_notify (G_OBJECT (self), "busy");
      _fw_window_maybe_exit_after_first_frame (self);
    }
}

/* Title and action states ------------------------------------------------------------------ */

static GtkWidget *
find_close_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "close"))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_close_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The close button says that closing will ask about unsaved changes. */
static void
update_close_button (FwWindow *self,
                     gboolean  dirty)
{
  GtkWidget *button = find_close_button (GTK_WIDGET (self->header_bar));

  if (dirty)
    gtk_widget_add_css_class (GTK_WIDGET (self), "unsaved");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "unsaved");
  if (button == NULL)
    return;
  fw_widget_set_tooltip (button, dirty ? _("Close (Unsaved Changes)") : _("Close"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  dirty ? _("Close, with unsaved changes") : _("Close"), -1);
}

void
_fw_window_update_title (FwWindow *self)
{
  const char *title = fw_document_get_title (self->document);
  const char *soc = fw_document_get_soc (self->document);
  gboolean dirty = fw_history_get_dirty (fw_document_get_history (self->document));
  GFile *file = _fw_window_file (self);
  g_autofree char *basename = file != NULL ? g_file_get_basename (file) : NULL;
  g_autofree char *shown = NULL;
  g_autofree char *window_title = NULL;
  const char *subtitle;

  if (title[0] == '\0')
    title = _("Untitled Framework");
  /* Translators: the marker of a document with unsaved changes, before its title */
  shown = dirty ? g_strdup_printf (_("• %s"), title) : g_strdup (title);
  if (soc[0] != '\0')
    subtitle = soc;
  else if (basename != NULL)
    subtitle = basename;
  else
    subtitle = _("Not saved");

  update_close_button (self, dirty);
  adw_window_title_set_title (self->window_title, shown);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  /* Translators: the window title: the document's title, then the application name */
  window_title = g_strdup_printf (_("%s — Framewright"), shown);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

void
_fw_window_update_actions (FwWindow *self)
{
  FwHistory *history = fw_document_get_history (self->document);
  gboolean busy = self->busy_count > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", fw_history_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", fw_history_can_redo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload-file",
                                 self->binding != NULL && !busy);
}

/* Recent files --------------------------------------------------------------------------- */

void
_fw_window_add_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *basename = g_file_get_basename (file);
  GtkRecentData data = { 0 };
  char *groups[] = { (char *) RECENT_APP_NAME, NULL };

  data.display_name = basename;
  data.mime_type = g_str_has_suffix (basename, ".fwk") ? (char *) RECENT_MIME_TYPE
                                                        : (char *) "application/octet-stream";
  data.app_name = (char *) RECENT_APP_NAME;
  data.app_exec = (char *) "framewright %u";
  data.groups = groups;
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *ia = *(GtkRecentInfo * const *) a;
  GtkRecentInfo *ib = *(GtkRecentInfo * const *) b;

  return g_date_time_compare (gtk_recent_info_get_modified (ib), gtk_recent_info_get_modified (ia));
}

static gboolean
rebuild_recent_idle (gpointer data)
{
  FwWindow *self = data;
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) ours = g_ptr_array_new ();
  guint shown = 0;

  self->recent_id = 0;
  if (!self->recent_watched)
    {
      self->recent_watched = TRUE;
      g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                               G_CALLBACK (_fw_window_rebuild_recent_menu), self,
                               G_CONNECT_SWAPPED);
    }
  g_menu_remove_all (self->recent_menu);
  for (GList *l = items; l != NULL; l = l->next)
    {
      if (gtk_recent_info_has_application (l->data, RECENT_APP_NAME))
        g_ptr_array_add (ours, l->data);
    }
  g_ptr_array_sort (ours, compare_recent);
  for (guint i = 0; i < ours->len && shown < RECENT_MENU_LENGTH; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (ours, i);
      g_autoptr(GMenuItem) item = NULL;

      if (!gtk_recent_info_exists (info))
        continue;
      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s",
                                         gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
      shown++;
    }
  if (shown == 0)
    g_menu_append (self->recent_menu, _("No Recent Frameworks"), "win.no-recent");
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  return G_SOURCE_REMOVE;
}

void
_fw_window_rebuild_recent_menu (FwWindow *self)
{
  /* Reading the recent list waits until the window is up. */
  if (self->recent_id == 0)
    self->recent_id = g_idle_add_full (G_PRIORITY_LOW, rebuild_recent_idle, self, NULL);
}

/* Settings ------------------------------------------------------------------------------------ */

GSettings *
_fw_window_settings_new_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Without its schema (an uninstalled run) the window works with the defaults. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  return schema != NULL ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

/* The validation profile chosen in the settings; NULL for the default one. */
FwProfile *
_fw_window_load_profile (FwWindow *self)
{
  g_autoptr(GVariant) chosen = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  FwProfile *profile;

  /* Unless chosen, the default profile: shared between windows and loaded on first use. */
  if (self->settings != NULL)
    chosen = g_settings_get_user_value (self->settings, "profile");
  if (chosen == NULL)
    return NULL;
  name = g_variant_get_string (chosen, NULL);
  if (name[0] == '\0')
    return NULL;
  profile = fw_profile_load (name, &error);
  if (profile == NULL)
    g_warning ("Using the default validation profile: %s", error->message);
  return profile;
}
