/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-io.h"
#include "fw-map-batch.h"
#include "fw-map-coverage-window.h"
#include "fw-map-framework.h"
#include "fw-map-suggest.h"
#include "fw-utf8.h"

/* As many statements per requirement as `framewright-cli map coverage` lists by default. */
#define MATCHES_SHOWN 3
/* Typing pauses this long before the posting is checked again. */
#define CHECK_DELAY_MS 400

struct _FwMapCoverageWindow
{
  AdwWindow       parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkTextView    *text_view;
  GtkStack       *results_stack;
  GtkLabel       *summary;
  GtkListBox     *list;
  GtkToggleButton *uncovered_toggle;

  FwDocument     *framework;
  FwMap          *map;
  FwMapSuggester *suggester;
  GPtrArray      *requirements;  /* FwMapRequirement */
  GArray         *mastered;      /* gboolean per requirement */
  guint           check_id;
};

G_DEFINE_FINAL_TYPE (FwMapCoverageWindow, fw_map_coverage_window, ADW_TYPE_WINDOW)

/* Rows ----------------------------------------------------------------------------------- */

static const char *
reach_text (FwDepth depth)
{
  switch (depth)
    {
    case FW_DEPTH_MASTERED:
      return _("mastered");
    case FW_DEPTH_REINFORCED:
      return _("reinforced, never mastered");
    case FW_DEPTH_INTRODUCED:
      return _("introduced, never mastered");
    case FW_DEPTH_NONE:
    default:
      return _("no course maps it");
    }
}

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
match_line (FwMapCoverageWindow *self,
            FwMapSuggestion     *match)
{
  FwStatementPlace place = { 0 };
  FwStatement *statement = fw_document_find_statement (self->framework, match->statement_id,
                                                       &place);
  g_autofree char *where = statement != NULL ? fw_map_place_to_label (&place) : g_strdup ("");
  g_autofree char *score = g_strdup_printf ("%.2f", match->score);
  g_autofree char *text = NULL;
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *score_label = gtk_label_new (score);
  GtkWidget *headline;

  gtk_widget_add_css_class (score_label, "numeric");
  gtk_widget_add_css_class (score_label, "fw-map-score");
  if (match->score >= FW_MAP_COVERED_SCORE)
    gtk_widget_add_css_class (score_label, "fw-map-score-high");
  gtk_widget_set_valign (score_label, GTK_ALIGN_START);
  if (self->map != NULL)
    {
      const char *course = NULL;
      FwDepth depth = fw_map_statement_reach (self->map, match->statement_id, &course);

      /* TRANSLATORS: a matched statement, its level, and how far the curriculum takes it:
       * "Patient positioning (Proficient): mastered in RAD250" */
      text = course != NULL
        ? g_strdup_printf (_("%s (%s): %s in %s"),
                           statement != NULL ? fw_statement_get_headline (statement)
                                             : match->statement_id,
                           where, reach_text (depth), course)
        : g_strdup_printf (_("%s (%s): %s"),
                           statement != NULL ? fw_statement_get_headline (statement)
                                             : match->statement_id,
                           where, reach_text (depth));
    }
  else
    text = g_strdup_printf ("%s (%s)", statement != NULL ? fw_statement_get_headline (statement)
                                                         : match->statement_id, where);
  headline = label_new (text, NULL);
  gtk_widget_set_hexpand (headline, TRUE);
  gtk_box_append (GTK_BOX (line), score_label);
  gtk_box_append (GTK_BOX (line), headline);
  return line;
}

/* Whether the curriculum masters a statement that covers @requirement. */
static gboolean
requirement_mastered (FwMapCoverageWindow *self,
                      FwMapRequirement    *requirement)
{
  for (guint i = 0; self->map != NULL && i < requirement->matches->len; i++)
    {
      FwMapSuggestion *match = g_ptr_array_index (requirement->matches, i);

      if (match->score >= FW_MAP_COVERED_SCORE
          && fw_map_statement_reach (self->map, match->statement_id, NULL) == FW_DEPTH_MASTERED)
        return TRUE;
    }
  return FALSE;
}

static GtkWidget *
requirement_row (FwMapCoverageWindow *self,
                 FwMapRequirement    *requirement,
                 gboolean             mastered)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *status = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name (requirement->covered ? "emblem-ok-symbolic"
                                                                       : "dialog-warning-symbolic");
  const char *verdict = requirement->covered ? _("Covered") : _("Not covered");
  g_autofree char *line = g_strdup_printf (_("line %u"), requirement->line);
  g_autofree char *name = NULL;
  GtkWidget *verdict_label = label_new (verdict, "heading");

  gtk_widget_add_css_class (box, "fw-map-requirement");
  gtk_widget_add_css_class (icon, requirement->covered ? "success" : "warning");
  gtk_widget_add_css_class (verdict_label, requirement->covered ? "success" : "warning");
  gtk_widget_set_hexpand (verdict_label, FALSE);
  gtk_box_append (GTK_BOX (status), icon);
  gtk_box_append (GTK_BOX (status), verdict_label);
  if (self->map != NULL && requirement->covered)
    {
      GtkWidget *reach = label_new (mastered ? _("· the curriculum masters it")
                                             : _("· the curriculum does not master it"),
                                    mastered ? "success" : "warning");

      gtk_box_append (GTK_BOX (status), reach);
    }
  {
    GtkWidget *where = label_new (line, "dim-label");

    gtk_widget_set_hexpand (where, TRUE);
    gtk_label_set_xalign (GTK_LABEL (where), 1);
    gtk_box_append (GTK_BOX (status), where);
  }
  gtk_box_append (GTK_BOX (box), status);
  gtk_box_append (GTK_BOX (box), label_new (requirement->text, NULL));
  for (guint i = 0; i < requirement->matches->len; i++)
    gtk_box_append (GTK_BOX (box), match_line (self, g_ptr_array_index (requirement->matches, i)));
  if (requirement->matches->len == 0)
    gtk_box_append (GTK_BOX (box), label_new (_("No statement shares a word with it."),
                                              "dim-label"));

  /* TRANSLATORS: a requirement as a screen reader says it: "Not covered: Operate PACS …" */
  name = g_strdup_printf (_("%s: %s"), verdict, requirement->text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "fw-covered", GINT_TO_POINTER (requirement->covered));
  return row;
}

static gboolean
filter_cb (GtkListBoxRow *row,
           gpointer       data)
{
  FwMapCoverageWindow *self = data;

  return !gtk_toggle_button_get_active (self->uncovered_toggle)
         || !GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "fw-covered"));
}

/* Checking ------------------------------------------------------------------------------- */

static char *
posting_text (FwMapCoverageWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
show_summary (FwMapCoverageWindow *self)
{
  guint covered = 0, mastered = 0;
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->requirements->len; i++)
    {
      FwMapRequirement *requirement = g_ptr_array_index (self->requirements, i);

      covered += requirement->covered;
      mastered += requirement->covered && g_array_index (self->mastered, gboolean, i);
    }
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                             "%u requirement: %u covered, %u not covered.",
                                             "%u requirements: %u covered, %u not covered.",
                                             self->requirements->len),
                          self->requirements->len, covered, self->requirements->len - covered);
  if (self->map != NULL)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "The curriculum masters %u of the %u covered.",
                                                 "The curriculum masters %u of the %u covered.",
                                                 covered), mastered, covered);
    }
  gtk_label_set_text (self->summary, text->str);
  g_string_free (text, TRUE);
}

void
fw_map_coverage_window_check (FwMapCoverageWindow *self)
{
  g_autofree char *text = NULL;
  GtkWidget *child;

  g_return_if_fail (FW_IS_MAP_COVERAGE_WINDOW (self));

  g_clear_handle_id (&self->check_id, g_source_remove);
  text = posting_text (self);
  g_clear_pointer (&self->requirements, g_ptr_array_unref);
  self->requirements = fw_map_coverage (self->suggester, text, MATCHES_SHOWN);
  g_array_set_size (self->mastered, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; i < self->requirements->len; i++)
    {
      FwMapRequirement *requirement = g_ptr_array_index (self->requirements, i);
      gboolean mastered = requirement_mastered (self, requirement);

      g_array_append_val (self->mastered, mastered);
      gtk_list_box_append (self->list, requirement_row (self, requirement, mastered));
    }
  show_summary (self);
  g_strstrip (text);
  gtk_stack_set_visible_child_name (self->results_stack,
                                    self->requirements->len > 0 ? "results"
                                    : *text == '\0' ? "empty" : "none");
}

static gboolean
check_later_cb (gpointer data)
{
  FwMapCoverageWindow *self = data;

  self->check_id = 0;
  fw_map_coverage_window_check (self);
  return G_SOURCE_REMOVE;
}

static void
on_text_changed (FwMapCoverageWindow *self)
{
  g_clear_handle_id (&self->check_id, g_source_remove);
  self->check_id = g_timeout_add (CHECK_DELAY_MS, check_later_cb, self);
}

static void
on_map_changed (FwMapCoverageWindow *self)
{
  if (self->requirements != NULL)
    on_text_changed (self);
}

static void
on_uncovered_toggled (FwMapCoverageWindow *self)
{
  gtk_list_box_invalidate_filter (self->list);
}

/* Opening a file ------------------------------------------------------------------------- */

void
fw_map_coverage_window_set_text (FwMapCoverageWindow *self,
                                 const char          *text)
{
  g_return_if_fail (FW_IS_MAP_COVERAGE_WINDOW (self));
  g_return_if_fail (text != NULL);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text, -1);
  fw_map_coverage_window_check (self);
}

gboolean
fw_map_coverage_window_load_file (FwMapCoverageWindow  *self,
                                  GFile                *file,
                                  GError              **error)
{
  g_autofree char *path = NULL;
  g_autofree char *display = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (FW_IS_MAP_COVERAGE_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  display = g_file_get_parse_name (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("%s is not a local file"),
                   display);
      return FALSE;
    }
  bytes = fw_io_load (path, FW_MAX_FILE_SIZE, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  if (!fw_utf8_check_text (data, length, display, "file", error))
    return FALSE;
  text = g_strndup (data, length);
  fw_map_coverage_window_set_text (self, text);
  {
    g_autofree char *basename = g_file_get_basename (file);

    adw_window_title_set_subtitle (self->window_title, basename);
  }
  return TRUE;
}

static void
on_open_response (GtkNativeDialog     *native,
                  int                  response,
                  FwMapCoverageWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  if (file != NULL && !fw_map_coverage_window_load_file (self, file, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                                  _("Could Not Open the Posting"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  g_object_unref (native);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open a Job Posting"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Text Files"));
  gtk_file_filter_add_mime_type (filter, "text/plain");
  gtk_file_filter_add_pattern (filter, "*.txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_open_response), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  fw_map_coverage_window_check (FW_MAP_COVERAGE_WINDOW (widget));
}

/* API ------------------------------------------------------------------------------------ */

FwMapCoverageWindow *
fw_map_coverage_window_new (GtkWindow  *parent,
                            FwDocument *framework,
                            FwMap      *map)
{
  FwMapCoverageWindow *self;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (FW_IS_DOCUMENT (framework), NULL);
  g_return_val_if_fail (map == NULL || FW_IS_MAP (map), NULL);

  self = g_object_new (FW_TYPE_MAP_COVERAGE_WINDOW, "transient-for", parent, NULL);
  self->framework = g_object_ref (framework);
  self->map = map != NULL ? g_object_ref (map) : NULL;
  self->suggester = fw_map_suggester_new (framework, NULL);
  /* What the curriculum masters changes with the map: the list follows it. */
  if (map != NULL)
    g_signal_connect_object (fw_map_get_history (map), "changed", G_CALLBACK (on_map_changed),
                             self, G_CONNECT_SWAPPED);
  if (map != NULL && *fw_map_get_name (map) != '\0')
    /* TRANSLATORS: the coverage window's subtitle: framework, then the curriculum map */
    subtitle = g_strdup_printf (_("%s — %s"), fw_document_get_title (framework),
                                fw_map_get_name (map));
  else
    subtitle = g_strdup (fw_document_get_title (framework));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  return self;
}

GPtrArray *
fw_map_coverage_window_get_requirements (FwMapCoverageWindow *self)
{
  g_return_val_if_fail (FW_IS_MAP_COVERAGE_WINDOW (self), NULL);
  return self->requirements;
}

gboolean
fw_map_coverage_window_get_mastered (FwMapCoverageWindow *self,
                                     guint                index)
{
  g_return_val_if_fail (FW_IS_MAP_COVERAGE_WINDOW (self), FALSE);
  g_return_val_if_fail (index < self->mastered->len, FALSE);
  return g_array_index (self->mastered, gboolean, index);
}

const char *
fw_map_coverage_window_get_summary (FwMapCoverageWindow *self)
{
  g_return_val_if_fail (FW_IS_MAP_COVERAGE_WINDOW (self), NULL);
  return gtk_label_get_text (self->summary);
}

GtkListBox *
fw_map_coverage_window_get_list (FwMapCoverageWindow *self)
{
  g_return_val_if_fail (FW_IS_MAP_COVERAGE_WINDOW (self), NULL);
  return self->list;
}

void
fw_map_coverage_window_set_uncovered_only (FwMapCoverageWindow *self,
                                           gboolean             uncovered_only)
{
  g_return_if_fail (FW_IS_MAP_COVERAGE_WINDOW (self));
  gtk_toggle_button_set_active (self->uncovered_toggle, uncovered_only);
}

/* GObject -------------------------------------------------------------------------------- */

static void
fw_map_coverage_window_dispose (GObject *object)
{
  FwMapCoverageWindow *self = FW_MAP_COVERAGE_WINDOW (object);

  g_clear_handle_id (&self->check_id, g_source_remove);
  g_clear_object (&self->framework);
  g_clear_object (&self->map);
  g_clear_pointer (&self->suggester, fw_map_suggester_free);
  g_clear_pointer (&self->requirements, g_ptr_array_unref);
  g_clear_pointer (&self->mastered, g_array_unref);

  G_OBJECT_CLASS (fw_map_coverage_window_parent_class)->dispose (object);
}

static void
fw_map_coverage_window_class_init (FwMapCoverageWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_map_coverage_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/ui/map/fw-map-coverage-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FwMapCoverageWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, FwMapCoverageWindow, text_view);
  gtk_widget_class_bind_template_child (widget_class, FwMapCoverageWindow, results_stack);
  gtk_widget_class_bind_template_child (widget_class, FwMapCoverageWindow, summary);
  gtk_widget_class_bind_template_child (widget_class, FwMapCoverageWindow, list);
  gtk_widget_class_bind_template_child (widget_class, FwMapCoverageWindow, uncovered_toggle);
  gtk_widget_class_bind_template_callback (widget_class, on_uncovered_toggled);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.check", NULL, check_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "win.check", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fw_map_coverage_window_init (FwMapCoverageWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->mastered = g_array_new (FALSE, FALSE, sizeof (gboolean));
  gtk_list_box_set_filter_func (self->list, filter_cb, self, NULL);
  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (on_text_changed), self, G_CONNECT_SWAPPED);
}
