/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-correction-popover.h"
#include "fw-review-check.h"
#include "fw-review-items.h"
#include "fw-review-update.h"
#include "fw-window-private.h"

/*
 * The main menu's "Check Against O*NET Release…" and "Update O*NET Data…": both read the
 * current release (the O*NET release preference) in a thread while a dialog shows progress,
 * then show what would change and run it as one undoable step.
 */

#define PROGRESS_INTERVAL_MS 100

typedef enum
{
  JOB_CHECK,
  JOB_UPDATE,
} JobKind;

typedef struct
{
  FwWindow         *window;    /* weak: the dialog keeps the job */
  FwDocument       *document;  /* the document the job began on */
  FwOnetRelease    *release;
  JobKind           kind;
  AdwMessageDialog *dialog;
  GtkProgressBar   *progress;
  GCancellable     *cancellable;
  guint             progress_id;
  int               stage;     /* atomic: 0 reading the tables, 1 the index, 2 done */
} Job;

static void
job_free (Job *job)
{
  g_clear_handle_id (&job->progress_id, g_source_remove);
  g_clear_weak_pointer (&job->window);
  g_clear_object (&job->document);
  g_clear_pointer (&job->release, fw_onet_release_unref);
  g_clear_object (&job->cancellable);
  g_free (job);
}

static gboolean
progress_cb (gpointer data)
{
  Job *job = data;

  switch (g_atomic_int_get (&job->stage))
    {
    case 0:
      gtk_progress_bar_pulse (job->progress);
      break;
    case 1:
      gtk_progress_bar_set_fraction (job->progress, 0.6);
      break;
    default:
      gtk_progress_bar_set_fraction (job->progress, 1.0);
      break;
    }
  return G_SOURCE_CONTINUE;
}

/* In the thread: the release's tables and occupation index, which the check needs. */
static void
load_release_thread (GTask        *task,
                     gpointer      source,
                     gpointer      data,
                     GCancellable *cancellable)
{
  Job *job = data;
  GError *error = NULL;

  if (fw_onet_release_load_data (job->release, &error) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_atomic_int_set (&job->stage, 1);
  if (fw_onet_release_load_index (job->release, &error) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_atomic_int_set (&job->stage, 2);
  g_task_return_boolean (task, TRUE);
}

static GtkWidget *
result_list_new (void)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  g_object_set_data (G_OBJECT (scrolled), "fw-list", list);
  return scrolled;
}

static void
result_list_add (GtkWidget  *scrolled,
                 const char *title,
                 const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
  gtk_list_box_append (GTK_LIST_BOX (g_object_get_data (G_OBJECT (scrolled), "fw-list")), row);
}

static AdwMessageDialog *
result_dialog_new (FwWindow   *window,
                   const char *name,
                   const char *heading,
                   const char *body)
{
  AdwMessageDialog *dialog = _fw_window_message_dialog_new (window, heading, body);

  gtk_widget_set_name (GTK_WIDGET (dialog), name);
  return dialog;
}

static void
on_add_corrections_response (AdwMessageDialog *dialog,
                             const char       *response,
                             FwWindow         *self)
{
  GPtrArray *corrections = g_object_get_data (G_OBJECT (dialog), "fw-corrections");
  FwDocument *document = g_object_get_data (G_OBJECT (dialog), "fw-document");

  if (!g_str_equal (response, "add") || document != fw_window_get_document (self))
    return;
  fw_document_run (document, fw_review_add_corrections_command_new (document, corrections));
  fw_window_add_toast (self, g_dngettext (GETTEXT_PACKAGE, "Added a correction",
                                          "Added the corrections", corrections->len));
}

static void
show_check (Job *job)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FwReviewCheck) check = fw_review_check (job->document, job->release, &error);
  g_autoptr(GPtrArray) corrections = NULL;
  g_autofree char *reviewer = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *list;

  if (check == NULL)
    {
      _fw_window_show_error (job->window, _("Could Not Check the Framework"), error);
      return;
    }
  reviewer = fw_correction_reviewer_name ();
  corrections = fw_review_check_corrections (job->document, check, reviewer, NULL);
  if (corrections->len == 0)
    {
      body = check->findings->len == 0
             ? g_strdup_printf (_("The O*NET part agrees with release %s."), check->release)
             : g_strdup_printf (_("Every difference from release %s already has a "
                                  "correction."), check->release);
      dialog = result_dialog_new (job->window, "onet-check-result", _("Nothing to Add"), body);
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u difference from O*NET release %s can be added as an "
                                       "open correction.",
                                       "%u differences from O*NET release %s can be added as "
                                       "open corrections.", corrections->len),
                          corrections->len, check->release);
  dialog = result_dialog_new (job->window, "onet-check-result", _("Add Corrections?"), body);
  list = result_list_new ();
  for (guint i = 0; i < corrections->len; i++)
    {
      FwCorrection *correction = g_ptr_array_index (corrections, i);
      g_autofree char *item = fw_review_format_item (job->document, correction);

      result_list_add (list, item, fw_correction_get_rationale (correction));
    }
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "add",
                                    _("_Add Corrections"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "add");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "fw-corrections", g_steal_pointer (&corrections),
                          (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data_full (G_OBJECT (dialog), "fw-document", g_object_ref (job->document),
                          g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_corrections_response),
                           job->window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The release's tasks the framework leaves out are kept out: authors choose tasks on purpose. */
static void
append_not_included (char **body,
                     Job   *job)
{
  g_autoptr(FwReviewCheck) check = fw_review_check (job->document, job->release, NULL);
  char *longer;

  if (check == NULL || check->not_included->len == 0)
    return;
  longer = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s %u task of the release is not included.",
                                         "%s %u tasks of the release are not included.",
                                         check->not_included->len),
                            *body, check->not_included->len);
  g_free (*body);
  *body = longer;
}

static void
on_update_response (AdwMessageDialog *dialog,
                    const char       *response,
                    FwWindow         *self)
{
  FwCommand *command = g_object_steal_data (G_OBJECT (dialog), "fw-command");
  FwDocument *document = g_object_get_data (G_OBJECT (dialog), "fw-document");

  if (!g_str_equal (response, "update") || document != fw_window_get_document (self))
    {
      g_clear_object (&command);
      return;
    }
  fw_document_run (document, command);
  fw_window_add_toast (self, _("Updated the O*NET data"));
}

static void
show_update (Job *job)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *description = fw_onet_release_describe (job->release);
  g_autofree char *body = NULL;
  FwCommand *command;
  AdwMessageDialog *dialog;
  GtkWidget *list;

  command = fw_review_update_command_new (job->document, job->release,
                                          FW_REVIEW_UPDATE_DEFAULT, &changes, &error);
  if (command == NULL && error != NULL)
    {
      _fw_window_show_error (job->window, _("Could Not Update the O*NET Data"), error);
      return;
    }
  if (command == NULL)
    {
      body = g_strdup_printf (_("The O*NET part is up to date with release %s."), description);
      dialog = result_dialog_new (job->window, "onet-update-preview", _("Nothing to Update"),
                                  body);
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  body = g_strdup_printf (_("These changes bring the O*NET part up to release %s."),
                          description);
  append_not_included (&body, job);
  dialog = result_dialog_new (job->window, "onet-update-preview", _("Update O*NET Data?"),
                              body);
  list = result_list_new ();
  for (guint i = 0; i < changes->len; i++)
    {
      const FwReviewChange *change = g_ptr_array_index (changes, i);
      g_autofree char *title = g_strdup_printf ("%s %s", change->change, change->item);
      g_autofree char *before = _fw_review_normalise (change->before);
      g_autofree char *after = _fw_review_normalise (change->after);
      g_autofree char *subtitle = NULL;

      subtitle = *before != '\0' && *after != '\0' ? g_strdup_printf ("%s → %s", before, after)
                                                   : g_strdup (*after != '\0' ? after : before);
      result_list_add (list, title, subtitle);
    }
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "update", _("_Update"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "update", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "update");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "fw-command", command, g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "fw-document", g_object_ref (job->document),
                          g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_update_response), job->window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
load_release_done (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;
  gboolean loaded = g_task_propagate_boolean (G_TASK (result), &error);
  gboolean cancelled = g_cancellable_is_cancelled (job->cancellable);

  if (job->dialog != NULL)
    g_signal_handlers_disconnect_by_data (job->dialog, job);

  if (job->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (job->dialog));
  g_clear_handle_id (&job->progress_id, g_source_remove);
  if (cancelled || job->window == NULL || job->document != fw_window_get_document (job->window))
    ;
  else if (!loaded)
    _fw_window_show_error (job->window, _("Could Not Read the O*NET Release"), error);
  else if (job->kind == JOB_CHECK)
    show_check (job);
  else
    show_update (job);
  job_free (job);
}

static void
on_progress_response (AdwMessageDialog *dialog,
                      const char       *response,
                      Job              *job)
{
  g_cancellable_cancel (job->cancellable);
}

/* Whether cancelled, closed with its window or done: the progress stops with the dialog. */
static void
on_progress_destroy (GtkWidget *dialog,
                     Job       *job)
{
  g_clear_handle_id (&job->progress_id, g_source_remove);
  job->dialog = NULL;
  job->progress = NULL;
}

static void
start_job (FwWindow *self,
           JobKind   kind)
{
  FwOnetRelease *release = fw_onet_release_get_current ();
  g_autoptr(GTask) task = NULL;
  g_autofree char *body = NULL;
  Job *job;

  if (release == NULL)
    {
      fw_window_add_toast (self, _("No O*NET release is available"));
      return;
    }
  job = g_new0 (Job, 1);
  g_set_weak_pointer (&job->window, self);
  job->document = g_object_ref (fw_window_get_document (self));
  job->release = fw_onet_release_ref (release);
  job->kind = kind;
  job->cancellable = g_cancellable_new ();
  body = g_strdup_printf (_("Reading O*NET release %s…"), fw_onet_release_get_version (release));
  job->dialog = result_dialog_new (self, "onet-progress",
                                   kind == JOB_CHECK ? _("Check Against O*NET Release")
                                                     : _("Update O*NET Data"), body);
  job->progress = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  adw_message_dialog_set_extra_child (job->dialog, GTK_WIDGET (job->progress));
  adw_message_dialog_add_response (job->dialog, "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (job->dialog, "cancel");
  g_signal_connect (job->dialog, "response", G_CALLBACK (on_progress_response), job);
  g_signal_connect (job->dialog, "destroy", G_CALLBACK (on_progress_destroy), job);
  job->progress_id = g_timeout_add (PROGRESS_INTERVAL_MS, progress_cb, job);
  gtk_window_present (GTK_WINDOW (job->dialog));

  task = g_task_new (NULL, job->cancellable, load_release_done, job);
  g_task_set_source_tag (task, start_job);
  g_task_set_task_data (task, job, NULL);
  g_task_run_in_thread (task, load_release_thread);
}

static void
check_onet_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  start_job (FW_WINDOW (widget), JOB_CHECK);
}

static void
update_onet_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  start_job (FW_WINDOW (widget), JOB_UPDATE);
}

void
_fw_window_class_init_review (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.check-onet", NULL, check_onet_action);
  gtk_widget_class_install_action (widget_class, "win.update-onet", NULL, update_onet_action);
}
