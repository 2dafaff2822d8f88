/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-map-framework.h"
#include "fw-map-import.h"
#include "fw-map-new.h"
#include "fw-map-window.h"

typedef struct
{
  FwMap      *map;
  FwDocument *framework;
  GFile      *framework_file;
} NewMap;

static void
new_map_free (gpointer  user_data,
              GClosure *closure)
{
  NewMap *data = user_data;

  g_clear_object (&data->map);
  g_clear_object (&data->framework);
  g_clear_object (&data->framework_file);
  g_free (data);
}

static void
on_preview_response (AdwMessageDialog *dialog,
                     const char       *response,
                     NewMap           *data)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  FwMapWindow *window;

  if (!g_str_equal (response, "create"))
    return;
  window = fw_map_window_new (gtk_window_get_application (parent));
  fw_map_window_set_new_map (window, data->map, data->framework, data->framework_file);
  gtk_window_present (GTK_WINDOW (window));
}

/* The courses and their outcomes, as the core read them. */
static GtkWidget *
preview_list (FwMap *map)
{
  GListModel *courses = G_LIST_MODEL (fw_map_get_courses (map));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (box, "boxed-list");
  for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
    {
      g_autoptr(FwMapCourse) course = g_list_model_get_item (courses, i);
      GListModel *outcomes = G_LIST_MODEL (fw_map_course_get_outcomes (course));
      GtkWidget *row = adw_expander_row_new ();
      g_autofree char *title = g_markup_printf_escaped ("%s — %s", fw_map_course_get_code (course),
                                                        fw_map_course_get_title (course));
      g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u outcome",
                                                                "%u outcomes",
                                                                g_list_model_get_n_items (outcomes)),
                                                   g_list_model_get_n_items (outcomes));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
      for (guint j = 0; j < g_list_model_get_n_items (outcomes); j++)
        {
          g_autoptr(FwMapOutcome) outcome = g_list_model_get_item (outcomes, j);
          GtkWidget *line = adw_action_row_new ();
          g_autofree char *text = g_markup_escape_text (fw_map_outcome_get_text (outcome), -1);
          g_autofree char *id = g_markup_escape_text (fw_map_outcome_get_id (outcome), -1);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (line), text);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (line), id);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), line);
        }
      gtk_list_box_append (GTK_LIST_BOX (box), row);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  return scrolled;
}

AdwMessageDialog *
fw_map_new_preview_dialog (GtkWindow   *parent,
                           FwDocument  *framework,
                           GFile       *framework_file,
                           GFile       *program_file,
                           GError     **error)
{
  g_autoptr(FwMap) map = fw_map_new ();
  g_autofree char *program_path = g_file_get_path (program_file);
  g_autofree char *framework_path = g_file_get_path (framework_file);
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  NewMap *data;
  guint n_outcomes = 0;
  GListModel *courses;

  g_return_val_if_fail (FW_IS_DOCUMENT (framework), NULL);
  g_return_val_if_fail (G_IS_FILE (framework_file) && G_IS_FILE (program_file), NULL);

  if (program_path == NULL || framework_path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Only local files can be read."));
      return NULL;
    }
  if (!fw_map_import_program_file (map, program_path, FW_MAP_SOURCE_AUTO, error))
    return NULL;
  fw_map_bind_framework (map, framework, framework_path);
  courses = G_LIST_MODEL (fw_map_get_courses (map));
  for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
    {
      g_autoptr(FwMapCourse) course = g_list_model_get_item (courses, i);

      n_outcomes += g_list_model_get_n_items (G_LIST_MODEL (fw_map_course_get_outcomes (course)));
    }
  body = g_strdup_printf (_("%u courses and %u outcomes, to be mapped to “%s”."),
                          g_list_model_get_n_items (courses), n_outcomes,
                          fw_document_get_title (framework));
  dialog = adw_message_dialog_new (parent, _("New Curriculum Map"), body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), preview_list (map));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "create", _("C_reate"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "create",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "create");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  data = g_new0 (NewMap, 1);
  data->map = g_steal_pointer (&map);
  data->framework = g_object_ref (framework);
  data->framework_file = g_object_ref (framework_file);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_preview_response), data,
                         new_map_free, 0);
  return ADW_MESSAGE_DIALOG (dialog);
}

typedef struct
{
  GtkWindow  *parent;
  FwDocument *framework;
  GFile      *framework_file;
} Start;

static void
on_program_chosen (GtkNativeDialog *native,
                   int              response,
                   Start           *start)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native))) != NULL)
    {
      dialog = fw_map_new_preview_dialog (start->parent, start->framework, start->framework_file,
                                          file, &error);
      if (dialog == NULL)
        {
          dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (start->parent,
                                                               _("Could Not Read the Program"),
                                                               error->message));
          adw_message_dialog_add_response (dialog, "close", _("_Close"));
        }
      gtk_window_present (GTK_WINDOW (dialog));
    }
  g_object_unref (start->parent);
  g_object_unref (start->framework);
  g_object_unref (start->framework_file);
  g_free (start);
  g_object_unref (native);
}

void
fw_map_new_start (GtkWindow  *parent,
                  FwDocument *framework,
                  GFile      *framework_file)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  Start *start;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (FW_IS_DOCUMENT (framework));

  if (framework_file == NULL)
    {
      AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (
        adw_message_dialog_new (parent, _("Save the Framework First"),
                                _("A curriculum map refers to its framework by its file.")));

      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  chooser = gtk_file_chooser_native_new (_("Choose the Program’s Courses and Outcomes"), parent,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Preview"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Program, Canvas or Moodle CSV"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  start = g_new0 (Start, 1);
  start->parent = g_object_ref (parent);
  start->framework = g_object_ref (framework);
  start->framework_file = g_object_ref (framework_file);
  g_signal_connect (chooser, "response", G_CALLBACK (on_program_chosen), start);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
