/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-application-private.h"
#include "fw-drafts.h"
#include "fw-map-window.h"

/* Drafts --------------------------------------------------------------------------------- */

static void offer_next_draft (FwApplication *self);

typedef struct
{
  FwApplication *app;
  FwDraftInfo   *info;
} DraftQuestion;

static void
draft_question_free (DraftQuestion *question)
{
  g_object_unref (question->app);
  fw_draft_info_free (question->info);
  g_free (question);
}

static void
draft_question_notify (gpointer  data,
                       GClosure *closure)
{
  draft_question_free (data);
}

/* A map draft goes back into the window showing its original, when that has no changes of
 * its own, or into a new map window. */
static void
restore_map_draft (FwApplication     *self,
                   const FwDraftInfo *info)
{
  g_autoptr(GFile) original = info->original_path ? g_file_new_for_path (info->original_path)
                                                  : NULL;
  g_autoptr(GError) error = NULL;
  FwMapWindow *window = NULL;
  GtkWidget *dialog;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (original != NULL && FW_IS_MAP_WINDOW (l->data) &&
          fw_map_window_get_file (l->data) != NULL &&
          g_file_equal (fw_map_window_get_file (l->data), original) &&
          fw_map_window_is_clean (l->data))
        window = l->data;
    }
  if (window == NULL)
    window = fw_map_window_new (GTK_APPLICATION (self));
  if (fw_map_window_restore_draft (window, info, &error))
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }
  if (fw_map_window_get_map (window) == NULL)
    gtk_window_destroy (GTK_WINDOW (window));
  dialog = adw_message_dialog_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                   _("Could Not Restore the Curriculum Map"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_draft_response (AdwMessageDialog *dialog,
                   const char       *response,
                   DraftQuestion    *question)
{
  FwApplication *self = question->app;
  g_autoptr(GError) error = NULL;
  FwWindow *window;

  if (g_str_equal (response, "restore") && question->info->kind == FW_DRAFT_MAP)
    {
      restore_map_draft (self, question->info);
    }
  else if (g_str_equal (response, "restore"))
    {
      window = _fw_application_active_fw_window (self);
      if (window == NULL || !fw_window_is_untouched (window))
        window = _fw_application_new_window (self);
      fw_window_restore_draft (window, question->info);
    }
  else if (g_str_equal (response, "discard"))
    {
      if (!fw_drafts_delete_orphan (question->info->id, &error))
        g_warning ("Could not delete draft %s: %s", question->info->id, error->message);
    }
  self->asking = FALSE;
  offer_next_draft (self);
}

static char *
map_draft_description (const char        *title,
                       const char        *when)
{
  if (title != NULL && when != NULL)
    return g_strdup_printf (_("Framewright found unsaved changes to the curriculum map “%s” from %s. They were not saved when Framewright last stopped."),
                            title, when);
  if (title != NULL)
    return g_strdup_printf (_("Framewright found unsaved changes to the curriculum map “%s”. They were not saved when Framewright last stopped."),
                            title);
  return g_strdup (_("Framewright found unsaved changes to an untitled curriculum map. They were not saved when Framewright last stopped."));
}

static char *
draft_description (const FwDraftInfo *info)
{
  g_autoptr(GDateTime) local = info->saved_at ? g_date_time_to_local (info->saved_at) : NULL;
  g_autofree char *when = local ? g_date_time_format (local, "%x %X") : NULL;
  const char *title = info->title != NULL && info->title[0] != '\0' ? info->title : NULL;

  if (info->kind == FW_DRAFT_MAP)
    return map_draft_description (title, when);

  if (title != NULL && when != NULL)
    return g_strdup_printf (_("Framewright found unsaved changes to “%s” from %s. They were not saved when Framewright last stopped."),
                            title, when);
  if (title != NULL)
    return g_strdup_printf (_("Framewright found unsaved changes to “%s”. They were not saved when Framewright last stopped."),
                            title);
  return g_strdup (_("Framewright found unsaved changes to an untitled framework. They were not saved when Framewright last stopped."));
}

static void
offer_next_draft (FwApplication *self)
{
  FwDraftInfo *info;
  GtkWindow *parent;
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;
  DraftQuestion *question;

  if (self->asking || g_queue_is_empty (&self->pending_drafts))
    return;
  /* Any window will do (a map opened from the command line has no framework window). */
  parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (parent == NULL && gtk_application_get_windows (GTK_APPLICATION (self)) != NULL)
    parent = gtk_application_get_windows (GTK_APPLICATION (self))->data;
  if (parent == NULL)
    parent = GTK_WINDOW (_fw_application_new_window (self));

  info = g_queue_pop_head (&self->pending_drafts);
  body = draft_description (info);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent,
                                                       _("Restore Unsaved Changes?"), body));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_add_responses (dialog,
                                    "later", _("_Not Now"),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  adw_message_dialog_set_close_response (dialog, "later");
  question = g_new0 (DraftQuestion, 1);
  question->app = g_object_ref (self);
  question->info = info;
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_draft_response), question,
                         draft_question_notify, 0);
  self->asking = TRUE;
  gtk_window_present (GTK_WINDOW (dialog));
}

void
fw_application_offer_drafts (FwApplication *self)
{
  g_autoptr(GPtrArray) orphans = NULL;

  g_return_if_fail (FW_IS_APPLICATION (self));

  orphans = fw_drafts_find_orphans ();
  for (guint i = 0; i < orphans->len; i++)
    {
      FwDraftInfo *info = g_ptr_array_index (orphans, i);

      if (g_hash_table_contains (self->offered_drafts, info->id))
        continue;
      g_hash_table_add (self->offered_drafts, g_strdup (info->id));
      g_queue_push_tail (&self->pending_drafts, g_ptr_array_steal_index (orphans, i--));
    }
  offer_next_draft (self);
}

gboolean
_fw_application_offer_drafts_idle (gpointer data)
{
  fw_application_offer_drafts (data);
  return G_SOURCE_REMOVE;
}

/* A map opened while a draft of it is left over (from a run that crashed, and put off with
 * "Not Now" since) offers it again. */
void
_fw_application_offer_drafts_of_map (FwApplication *self,
                     GFile         *file)
{
  g_autoptr(GPtrArray) orphans = fw_drafts_find_orphans ();
  g_autofree char *path = g_file_get_path (file);

  for (guint i = 0; path != NULL && i < orphans->len; i++)
    {
      FwDraftInfo *info = g_ptr_array_index (orphans, i);
      gboolean pending = FALSE;

      if (info->kind != FW_DRAFT_MAP || g_strcmp0 (info->original_path, path) != 0)
        continue;
      for (GList *l = self->pending_drafts.head; l != NULL; l = l->next)
        pending |= g_str_equal (((FwDraftInfo *) l->data)->id, info->id);
      if (pending)
        continue;
      g_hash_table_add (self->offered_drafts, g_strdup (info->id));
      g_queue_push_tail (&self->pending_drafts, g_ptr_array_steal_index (orphans, i--));
    }
  offer_next_draft (self);
}
