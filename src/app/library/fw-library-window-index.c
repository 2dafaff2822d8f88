/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-library-window-private.h"

/* Changes on disk come in bursts (a save is a write, a rename, a change of times): one update
 * follows the last of them by this long. */
#define CHANGE_DELAY_MSEC 250
/* How deep below the library folder changes are followed. */
#define WATCH_DEPTH 4

/* Indexing ------------------------------------------------------------------------------ */

/* Shared by the window and the thread: the folder, and how far the thread got. */
struct _FwLibraryIndexJob
{
  char           *folder;
  gboolean        rebuild;
  int             done;    /* atomic */
  int             total;   /* atomic */
};

static void
job_clear (gpointer data)
{
  FwLibraryIndexJob *job = data;

  g_free (job->folder);
}

static FwLibraryIndexJob *
job_ref (FwLibraryIndexJob *job)
{
  return g_atomic_rc_box_acquire (job);
}

static void
job_unref (FwLibraryIndexJob *job)
{
  g_atomic_rc_box_release_full (job, job_clear);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FwLibraryIndexJob, job_unref)

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  FwLibraryIndexJob *job = user_data;

  g_atomic_int_set (&job->total, (int) total);
  g_atomic_int_set (&job->done, (int) done);
}

/* In the thread: a connection of its own (an FwLibrary is for one thread). */
static void
index_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  FwLibraryIndexJob *job = task_data;
  const char *folders[] = { job->folder, NULL };
  g_autoptr(FwLibrary) library = NULL;
  GError *error = NULL;

  library = fw_library_open (folders, NULL, &error);
  if (library == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  fw_library_set_cancellable (library, cancellable);
  if (!fw_library_update (library, job->rebuild, progress_cb, job, NULL, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
show_progress (FwLibraryWindow *self,
               const char      *text)
{
  g_free (self->progress_text);
  self->progress_text = g_strdup (text);
  gtk_label_set_text (self->progress_label, text);
}

static gboolean
progress_tick (gpointer data)
{
  FwLibraryWindow *self = data;
  int done = g_atomic_int_get (&self->job->done);
  int total = g_atomic_int_get (&self->job->total);
  g_autofree char *text = NULL;

  if (total > 0)
    {
      text = g_strdup_printf (_("Indexing %d of %d…"), done, total);
      gtk_progress_bar_set_fraction (self->progress_bar, (double) done / total);
    }
  else
    {
      text = g_strdup (_("Looking for frameworks…"));
      gtk_progress_bar_pulse (self->progress_bar);
    }
  show_progress (self, text);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  return G_SOURCE_CONTINUE;
}

static void
open_reader (FwLibraryWindow *self)
{
  g_autofree char *path = g_file_get_path (self->folder);
  const char *folders[] = { path, NULL };
  g_autoptr(GError) error = NULL;

  if (self->library != NULL || path == NULL)
    return;
  self->library = fw_library_open (folders, NULL, &error);
  if (self->library == NULL)
    g_warning ("Could not open the library index: %s", error->message);
}

static void
on_indexed (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  FwLibraryWindow *self = FW_LIBRARY_WINDOW (object);
  FwLibraryIndexJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  /* A job that was stopped (another folder, the window closing) leaves nothing behind. */
  if (job != self->job)
    return;
  g_clear_pointer (&self->job, job_unref);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  show_progress (self, "");
  if (!ok)
    {
      g_autofree char *text = g_strdup_printf (_("Could not index the folder: %s"),
                                               error->message);

      show_progress (self, text);
      gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
      gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
    }
  open_reader (self);
  _fw_library_window_reload_list (self);
  _fw_library_window_run_search (self);
  g_object_notify (G_OBJECT (self), "indexing");
  if (self->reindex_pending)
    {
      self->reindex_pending = FALSE;
      _fw_library_window_start_index (self, FALSE);
    }
}

void
_fw_library_window_start_index (FwLibraryWindow *self,
                                gboolean         rebuild)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;
  FwLibraryIndexJob *job;

  if (self->job != NULL)
    {
      self->reindex_pending = TRUE;
      return;
    }
  path = self->folder != NULL ? g_file_get_path (self->folder) : NULL;
  if (path == NULL)
    return;

  job = g_atomic_rc_box_new0 (FwLibraryIndexJob);
  job->folder = g_steal_pointer (&path);
  job->rebuild = rebuild;
  self->job = job;
  if (self->cancellable == NULL)
    self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, on_indexed, NULL);
  g_task_set_source_tag (task, _fw_library_window_start_index);
  g_task_set_task_data (task, job_ref (job), (GDestroyNotify) job_unref);
  g_task_run_in_thread (task, index_thread);
  /* Quick updates (one file saved) finish before the first tick and show nothing. */
  self->progress_id = g_timeout_add (100, progress_tick, self);
  g_object_notify (G_OBJECT (self), "indexing");
}

/* Following the folder --------------------------------------------------------------------- */

static gboolean
changes_settled (gpointer data)
{
  FwLibraryWindow *self = data;

  self->changed_id = 0;
  _fw_library_window_start_index (self, FALSE);
  return G_SOURCE_REMOVE;
}

static void watch_tree (FwLibraryWindow *self,
                        GFile           *dir,
                        guint            depth);

static void
on_folder_changed (FwLibraryWindow   *self,
                   GFile             *file,
                   GFile             *other,
                   GFileMonitorEvent  event,
                   GFileMonitor      *monitor)
{
  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED ||
      event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT || event == G_FILE_MONITOR_EVENT_UNMOUNTED)
    return;
  /* A new subfolder is followed too (its depth is not known here: it gets the least). */
  if ((event == G_FILE_MONITOR_EVENT_CREATED || event == G_FILE_MONITOR_EVENT_MOVED_IN) &&
      g_file_query_file_type (file, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL) ==
        G_FILE_TYPE_DIRECTORY)
    watch_tree (self, file, 1);
  g_clear_handle_id (&self->changed_id, g_source_remove);
  self->changed_id = g_timeout_add (CHANGE_DELAY_MSEC, changes_settled, self);
}

static void
watch_tree (FwLibraryWindow *self,
            GFile           *dir,
            guint            depth)
{
  g_autoptr(GFileMonitor) monitor = NULL;
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  monitor = g_file_monitor_directory (dir, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (monitor == NULL)
    return;
  g_signal_connect_object (monitor, "changed", G_CALLBACK (on_folder_changed), self,
                           G_CONNECT_SWAPPED);
  g_ptr_array_add (self->sub_monitors, g_steal_pointer (&monitor));
  if (depth == 0)
    return;
  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL && g_file_enumerator_iterate (children, &info, NULL, NULL, NULL) &&
         info != NULL)
    {
      g_autoptr(GFile) child = NULL;

      if (g_file_info_get_file_type (info) != G_FILE_TYPE_DIRECTORY ||
          g_file_info_get_name (info)[0] == '.')
        continue;
      child = g_file_get_child (dir, g_file_info_get_name (info));
      watch_tree (self, child, depth - 1);
    }
}

static void
cancel_monitor (gpointer data)
{
  GFileMonitor *monitor = data;

  g_signal_handlers_disconnect_matched (monitor, G_SIGNAL_MATCH_FUNC, 0, 0, NULL,
                                        on_folder_changed, NULL);
  g_file_monitor_cancel (monitor);
  g_object_unref (monitor);
}

void
_fw_library_window_watch (FwLibraryWindow *self)
{
  g_clear_pointer (&self->sub_monitors, g_ptr_array_unref);
  g_clear_handle_id (&self->changed_id, g_source_remove);
  if (self->folder == NULL)
    return;
  self->sub_monitors = g_ptr_array_new_with_free_func (cancel_monitor);
  watch_tree (self, self->folder, WATCH_DEPTH);
}

void
_fw_library_window_stop (FwLibraryWindow *self)
{
  g_clear_pointer (&self->sub_monitors, g_ptr_array_unref);
  g_clear_handle_id (&self->changed_id, g_source_remove);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->reindex_pending = FALSE;
  if (self->job != NULL)
    {
      g_clear_pointer (&self->job, job_unref);
      gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
      g_clear_pointer (&self->progress_text, g_free);
      g_object_notify (G_OBJECT (self), "indexing");
    }
}
