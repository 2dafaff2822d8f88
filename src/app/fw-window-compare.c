/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-diff.h"
#include "fw-error.h"
#include "fw-formats.h"
#include "fw-git.h"
#include "fw-ai-page.h"
#include "fw-durable-page.h"
#include "fw-statement-list.h"
#include "fw-statement-row.h"
#include "fw-window-private.h"

/*
 * Compare With: the document against another version of it (a file, or the file at an
 * earlier commit of its git repository). The changes list replaces the sections in the
 * sidebar, F7 and Shift+F7 step through it, statements of the levels page carry their marks,
 * the header names the compared version, and the document cannot be edited until Done.
 */

#define HISTORY_LIMIT 50

gboolean
_fw_window_is_comparing (FwWindow *self)
{
  return self->compare_changes != NULL;
}

static const char *
section_of (const FwChange *change)
{
  if (change->subject != FW_CHANGE_STATEMENT)
    {
      switch (change->subject)
        {
        case FW_CHANGE_EVIDENCE:
          return "evidence";
        case FW_CHANGE_ONET:
          return "onet";
        case FW_CHANGE_SOURCE:
          return "sources";
        case FW_CHANGE_DOMAIN:
          return "durable-skills";
        case FW_CHANGE_CORRECTION:
          return "corrections";
        default:
          return "overview";
        }
    }
  switch ((change->new_statement != NULL ? &change->new_place : &change->old_place)->section)
    {
    case FW_SECTION_LEVELS:
      return "levels";
    case FW_SECTION_AI_FLUENCY:
      return "ai-fluency";
    case FW_SECTION_DURABLE_SKILLS:
    default:
      return "durable-skills";
    }
}

/* The list showing the statements of @section, @level (and durable-skill @domain), or NULL. */
static FwStatementList *
list_for (FwWindow   *self,
          FwSection   section,
          int         level,
          FwDomain   *domain)
{
  switch (section)
    {
    case FW_SECTION_LEVELS:
      return fw_levels_page_get_column (FW_LEVELS_PAGE (_fw_window_page (self, "levels")),
                                        level);
    case FW_SECTION_AI_FLUENCY:
      return fw_ai_page_get_list (FW_AI_PAGE (_fw_window_page (self, "ai-fluency")), level);
    case FW_SECTION_DURABLE_SKILLS:
    default:
      return domain == NULL ? NULL
                            : fw_durable_page_get_cell (FW_DURABLE_PAGE (_fw_window_page (
                                                          self, "durable-skills")),
                                                        domain, level);
    }
}

/* The row of @statement on its page (levels, AI fluency or durable skills), when built. */
static FwStatementRow *
statement_row (FwWindow    *self,
               FwStatement *statement)
{
  FwStatementPlace place;
  FwStatementList *list;

  if (statement == NULL || fw_document_find_statement (self->document,
                                                       fw_statement_get_id (statement),
                                                       &place) == NULL)
    return NULL;
  list = list_for (self, place.section, place.level, place.domain);
  return list != NULL ? fw_statement_list_find_row (list, statement) : NULL;
}

static FwDomain *
find_domain (FwDocument *document,
             const char *name)
{
  GListModel *domains = G_LIST_MODEL (fw_document_get_domains (document));

  for (guint i = 0; name != NULL && i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(FwDomain) domain = g_list_model_get_item (domains, i);

      if (g_str_equal (fw_domain_get_name (domain), name))
        return domain;
    }
  return NULL;
}

/* The store of the compared version that held a removed statement. */
static GListStore *
old_store (FwWindow            *self,
           const FwChangePlace *place)
{
  FwDomain *domain;

  if (place->section == FW_SECTION_LEVELS)
    return fw_level_get_statements (fw_document_get_level (self->compare_document, place->level));
  if (place->section == FW_SECTION_AI_FLUENCY)
    return fw_level_get_ai_statements (fw_document_get_level (self->compare_document,
                                                              place->level));
  domain = find_domain (self->compare_document, place->domain);
  return domain != NULL ? fw_domain_get_cell (domain, place->level) : NULL;
}

/* The statement of this version that a removed one stood before: the first one after it in
 * the compared version that is still in the same list here, or NULL (the end). */
static FwStatement *
removed_before (FwWindow       *self,
                const FwChange *change,
                GListStore     *here)
{
  GListModel *old_list = G_LIST_MODEL (old_store (self, &change->old_place));

  for (guint i = change->old_place.position + 1;
       old_list != NULL && i < g_list_model_get_n_items (old_list); i++)
    {
      g_autoptr(FwStatement) next = g_list_model_get_item (old_list, i);
      FwStatementPlace place;
      FwStatement *kept = fw_document_find_statement (self->document,
                                                      fw_statement_get_id (next), &place);

      if (kept != NULL && place.store == here)
        return kept;
    }
  return NULL;
}

/* Shows (or, when not comparing, clears) the removed statements in place in every list. */
static void
show_removed (FwWindow  *self,
              GPtrArray *changes)
{
  g_autoptr(GHashTable) lists = g_hash_table_new_full (NULL, NULL, NULL,
                                                       (GDestroyNotify) g_ptr_array_unref);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      const FwChange *change = g_ptr_array_index (changes, i);
      FwDomain *domain = find_domain (self->document, change->old_place.domain);
      FwStatementList *list;
      GPtrArray *entries;

      if (change->kind != FW_CHANGE_REMOVED || change->subject != FW_CHANGE_STATEMENT)
        continue;
      list = list_for (self, change->old_place.section, change->old_place.level, domain);
      if (list == NULL)
        continue;
      entries = g_hash_table_lookup (lists, list);
      if (entries == NULL)
        {
          entries = g_ptr_array_new ();
          g_hash_table_insert (lists, list, entries);
        }
      g_ptr_array_add (entries, (gpointer) change);
    }

  g_hash_table_iter_init (&iter, lists);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      FwStatementList *list = key;
      GPtrArray *entries = value;
      g_autofree const char **texts = g_new0 (const char *, entries->len);
      g_autofree FwStatement **befores = g_new0 (FwStatement *, entries->len);

      for (guint i = 0; i < entries->len; i++)
        {
          const FwChange *change = g_ptr_array_index (entries, i);

          texts[i] = change->old_text;
          befores[i] = _fw_window_is_comparing (self)
                       ? removed_before (self, change, fw_statement_list_get_store (list))
                       : NULL;
        }
      fw_statement_list_show_removed (list, texts, befores,
                                      _fw_window_is_comparing (self) ? entries->len : 0);
    }
}

/* Marks every statement row that is built (when not comparing, clears the marks). */
static void
mark_rows (FwWindow  *self,
           GPtrArray *changes)
{
  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      const FwChange *change = g_ptr_array_index (changes, i);
      FwStatementRow *row = statement_row (self, change->new_statement);

      if (row != NULL)
        fw_statement_row_set_change (row, _fw_window_is_comparing (self) ? change : NULL);
    }
}

static char *
change_markup (const FwChange *change)
{
  g_autofree char *where = g_markup_escape_text (change->path, -1);
  const char *text = change->new_text != NULL ? change->new_text : change->old_text;
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);
  const char *kind;

  switch (change->kind)
    {
    case FW_CHANGE_ADDED:
      kind = _("Added");
      break;
    case FW_CHANGE_REMOVED:
      kind = _("Removed");
      break;
    case FW_CHANGE_EDITED:
      kind = _("Edited");
      break;
    case FW_CHANGE_RESOLVED:
      kind = _("Resolved");
      break;
    case FW_CHANGE_MOVED:
    default:
      kind = _("Moved");
      break;
    }

  if (change->kind == FW_CHANGE_REMOVED)
    return g_strdup_printf ("<small>%s · %s</small>\n<s>%s</s>", kind, where, escaped);
  return g_strdup_printf ("<small>%s · %s</small>\n%s", kind, where, escaped);
}

static GtkWidget *
change_row_new (const FwChange *change)
{
  GtkWidget *row = gtk_list_box_row_new ();
  g_autofree char *markup = change_markup (change);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (change->kind == FW_CHANGE_REMOVED)
    gtk_widget_add_css_class (row, "compare-removed");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  return row;
}

/* Every statement list in @widget's tree: their toolbar buttons look (and are) disabled. */
static void
set_lists_read_only (GtkWidget *widget,
                     gboolean   read_only)
{
  if (FW_IS_STATEMENT_LIST (widget))
    fw_statement_list_set_read_only (FW_STATEMENT_LIST (widget), read_only);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    set_lists_read_only (child, read_only);
}

static void
set_read_only (FwWindow *self,
               gboolean  read_only)
{
  static const char * const editing[] = { "win.undo", "win.redo", "win.paste-page" };

  for (guint i = 0; i < G_N_ELEMENTS (editing); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), editing[i], !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-compare", read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-change", read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-change", read_only);
  set_lists_read_only (GTK_WIDGET (self), read_only);
  fw_find_bar_set_read_only (self->find_bar, read_only);
  if (!read_only)
    _fw_window_update_actions (self);
}

void
_fw_window_enter_compare (FwWindow   *self,
                          FwDocument *other,
                          const char *name)
{
  g_autofree char *label = NULL;
  GPtrArray *changes;

  g_return_if_fail (FW_IS_DOCUMENT (other));

  if (_fw_window_is_comparing (self))
    _fw_window_leave_compare (self);

  changes = fw_diff_documents (other, self->document);
  self->compare_changes = changes;
  g_set_object (&self->compare_document, other);

  for (guint i = 0; i < changes->len; i++)
    gtk_list_box_append (self->changes_list, change_row_new (g_ptr_array_index (changes, i)));

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Compared with %s: %u change",
                                        "Compared with %s: %u changes", changes->len),
                           name, changes->len);
  gtk_label_set_label (self->compare_label, label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->compare_label), label);
  gtk_widget_set_visible (GTK_WIDGET (self->compare_box), TRUE);
  gtk_stack_set_visible_child_name (self->sidebar_stack, "changes");
  adw_flap_set_reveal_flap (self->flap, TRUE);
  set_read_only (self, TRUE);
  mark_rows (self, changes);
  show_removed (self, changes);
}

void
_fw_window_leave_compare (FwWindow *self)
{
  g_autoptr(GPtrArray) changes = NULL;
  GtkWidget *child;

  if (!_fw_window_is_comparing (self))
    return;

  changes = g_steal_pointer (&self->compare_changes);
  mark_rows (self, changes);
  show_removed (self, changes);
  g_clear_object (&self->compare_document);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->changes_list))) != NULL)
    gtk_list_box_remove (self->changes_list, child);
  gtk_widget_set_visible (GTK_WIDGET (self->compare_box), FALSE);
  gtk_stack_set_visible_child_name (self->sidebar_stack, "sections");
  set_read_only (self, FALSE);
}

void
_fw_window_on_change_selected (FwWindow      *self,
                               GtkListBoxRow *row)
{
  const FwChange *change;
  FwStatementRow *row_widget;

  if (row == NULL || !_fw_window_is_comparing (self))
    return;
  change = g_ptr_array_index (self->compare_changes, gtk_list_box_row_get_index (row));
  _fw_window_show_section (self, section_of (change));
  /* Rows below a level's first screen, and pages not shown yet, are built late: mark the
   * page's rows now, and focus the one of this change. */
  mark_rows (self, self->compare_changes);
  row_widget = statement_row (self, change->new_statement);
  if (row_widget != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row_widget));
}

void
_fw_window_step_change (FwWindow *self,
                        int       direction)
{
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->changes_list);
  int index = selected != NULL ? gtk_list_box_row_get_index (selected) + direction
                               : (direction > 0 ? 0 : (int) self->compare_changes->len - 1);
  GtkListBoxRow *row;

  if (!_fw_window_is_comparing (self) || self->compare_changes->len == 0)
    return;
  /* Round the end, as a search does. */
  if (index < 0)
    index = self->compare_changes->len - 1;
  else if (index >= (int) self->compare_changes->len)
    index = 0;
  row = gtk_list_box_get_row_at_index (self->changes_list, index);
  gtk_list_box_select_row (self->changes_list, row);
}

/* Read-only while comparing: keys that edit and clicks into the pages go nowhere, while
 * scrolling, Tab and the arrows still move about. */
static gboolean
on_compare_key_pressed (FwWindow        *self,
                        guint            keyval,
                        guint            keycode,
                        GdkModifierType  state)
{
  static const guint moving[] = {
    GDK_KEY_Tab, GDK_KEY_ISO_Left_Tab, GDK_KEY_Up, GDK_KEY_Down, GDK_KEY_Left, GDK_KEY_Right,
    GDK_KEY_Page_Up, GDK_KEY_Page_Down, GDK_KEY_Home, GDK_KEY_End, GDK_KEY_F7, GDK_KEY_Escape,
  };

  if (!_fw_window_is_comparing (self))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (moving); i++)
    if (keyval == moving[i])
      return FALSE;
  return TRUE;
}

static void
on_compare_pressed (FwWindow   *self,
                    int         n_press,
                    double      x,
                    double      y,
                    GtkGesture *gesture)
{
  if (_fw_window_is_comparing (self))
    gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
}

void
_fw_window_init_compare (FwWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *clicks = gtk_gesture_click_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_compare_key_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->stack), keys);

  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (clicks), GTK_PHASE_CAPTURE);
  g_signal_connect_object (clicks, "pressed", G_CALLBACK (on_compare_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->stack), GTK_EVENT_CONTROLLER (clicks));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-compare", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-change", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-change", FALSE);
}

/* Compare With File… */

static void
on_compare_file_response (GtkNativeDialog *native,
                          int              response,
                          FwWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(FwDocument) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      path = g_file_get_path (file);
      name = _fw_window_display_name (file);
      other = path != NULL ? fw_format_read_file (path, FW_FORMAT_AUTO, NULL, &error) : NULL;
      if (other != NULL)
        _fw_window_enter_compare (self, other, name);
      else if (error != NULL)
        _fw_window_show_error (self, _("Could Not Read the Framework to Compare With"), error);
    }
  g_object_unref (native);
}

static void
compare_file_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FwWindow *self = FW_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Compare With a Framework"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Compare"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_compare_file_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Compare With Previous Version… */

/*
 * libgit2 reads run in a thread (g_task_run_in_thread) so the window never waits on a large
 * history; a newer request or closing the window cancels the one under way.
 */
static GCancellable *
restart_git_read (FwWindow *self)
{
  if (self->compare_cancellable != NULL)
    g_cancellable_cancel (self->compare_cancellable);
  g_set_object (&self->compare_cancellable, NULL);
  self->compare_cancellable = g_cancellable_new ();
  return self->compare_cancellable;
}

static char *
window_path (FwWindow *self)
{
  return _fw_window_file (self) != NULL ? g_file_get_path (_fw_window_file (self)) : NULL;
}

typedef struct
{
  char *path;
  char *commit_id;
  char *summary;
} CommitRead;

static void
commit_read_free (CommitRead *read)
{
  g_free (read->path);
  g_free (read->commit_id);
  g_free (read->summary);
  g_free (read);
}

static void
read_commit_thread (GTask        *task,
                    gpointer      source,
                    gpointer      data,
                    GCancellable *cancellable)
{
  CommitRead *read = data;
  GError *error = NULL;
  GBytes *bytes = fw_git_read_file_at (read->path, read->commit_id, &error);

  if (bytes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

static void
on_commit_read (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  FwWindow *self = FW_WINDOW (source);
  CommitRead *read = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr(FwDocument) other = NULL;
  g_autofree char *name = NULL;

  if (g_task_get_cancellable (G_TASK (result)) != NULL
      && g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  if (bytes != NULL)
    other = fw_format_read_bytes (bytes, read->path, FW_FORMAT_AUTO, NULL, &error);
  if (other == NULL)
    {
      _fw_window_show_error (self, _("Could Not Read the Earlier Version"), error);
      return;
    }
  /* Translators: a version of the file in git: "a1b2c3d (Tighten the Advanced level)". */
  name = g_strdup_printf (_("%.7s (%s)"), read->commit_id, read->summary);
  _fw_window_enter_compare (self, other, name);
}

void
_fw_window_compare_commit (FwWindow   *self,
                           const char *commit_id,
                           const char *summary)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  CommitRead *read;
  char *path = window_path (self);

  if (path == NULL)
    {
      g_set_error_literal (&error, FW_ERROR, FW_ERROR_IO,
                           _("The framework is not saved in a file."));
      _fw_window_show_error (self, _("Could Not Read the Earlier Version"), error);
      return;
    }
  read = g_new0 (CommitRead, 1);
  read->path = path;
  read->commit_id = g_strdup (commit_id);
  read->summary = g_strdup (summary != NULL ? summary : "");
  task = g_task_new (self, restart_git_read (self), on_commit_read, NULL);
  g_task_set_source_tag (task, _fw_window_compare_commit);
  g_task_set_task_data (task, read, (GDestroyNotify) commit_read_free);
  g_task_run_in_thread (task, read_commit_thread);
}

static void
on_history_response (AdwMessageDialog *dialog,
                     const char       *response,
                     FwWindow         *self)
{
  GtkListBox *list = GTK_LIST_BOX (adw_message_dialog_get_extra_child (dialog));
  GtkListBoxRow *row = gtk_list_box_get_selected_row (list);

  if (!g_str_equal (response, "compare") || row == NULL)
    return;
  _fw_window_compare_commit (self, g_object_get_data (G_OBJECT (row), "fw-commit-id"),
                             g_object_get_data (G_OBJECT (row), "fw-commit-summary"));
}

static GtkWidget *
commit_row_new (const FwGitCommit *commit)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (commit->time);
  g_autofree char *date = when != NULL ? g_date_time_format (when, "%x %X") : g_strdup ("");
  g_autofree char *subtitle = g_strdup_printf ("%.7s · %s · %s", commit->id, commit->author,
                                               date);
  g_autofree char *title = g_markup_escape_text (commit->summary, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), "fw-commit-id", g_strdup (commit->id), g_free);
  g_object_set_data_full (G_OBJECT (row), "fw-commit-summary", g_strdup (commit->summary),
                          g_free);
  return row;
}

static void
read_history_thread (GTask        *task,
                     gpointer      source,
                     gpointer      data,
                     GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *commits = fw_git_file_history (data, HISTORY_LIMIT, &error);

  if (commits == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, commits, (GDestroyNotify) g_ptr_array_unref);
}

static void
on_history_read (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  FwWindow *self = FW_WINDOW (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) commits = g_task_propagate_pointer (G_TASK (result), &error);
  AdwMessageDialog *dialog;
  GtkWidget *list;

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  if (commits == NULL || commits->len == 0)
    {
      fw_window_add_toast (self, commits == NULL ? _("The framework is not in a git repository")
                                                 : _("The framework has no committed versions"));
      return;
    }

  list = gtk_list_box_new ();
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < commits->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), commit_row_new (g_ptr_array_index (commits, i)));
  gtk_list_box_select_row (GTK_LIST_BOX (list), gtk_list_box_get_row_at_index (GTK_LIST_BOX (list),
                                                                               0));
  dialog = _fw_window_message_dialog_new (self, _("Compare With a Previous Version"),
                                          _("Choose a commit of the file."));
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "compare", _("_Compare"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "compare", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "compare");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_history_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
compare_history_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  FwWindow *self = FW_WINDOW (widget);
  g_autoptr(GTask) task = NULL;
  char *path = window_path (self);

  if (path == NULL)
    {
      fw_window_add_toast (self, _("Save the framework in a git repository to compare with its "
                                   "history"));
      return;
    }
  /* A walk of at most HISTORY_LIMIT commits, off the main thread. */
  task = g_task_new (self, restart_git_read (self), on_history_read, NULL);
  g_task_set_source_tag (task, compare_history_action);
  g_task_set_task_data (task, path, g_free);
  g_task_run_in_thread (task, read_history_thread);
}

static void
leave_compare_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _fw_window_leave_compare (FW_WINDOW (widget));
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  _fw_window_step_change (FW_WINDOW (widget),
                          g_str_equal (action_name, "win.next-change") ? 1 : -1);
}

void
_fw_window_class_init_compare (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.compare-file", NULL, compare_file_action);
  gtk_widget_class_install_action (widget_class, "win.compare-history", NULL,
                                   compare_history_action);
  gtk_widget_class_install_action (widget_class, "win.leave-compare", NULL, leave_compare_action);
  gtk_widget_class_install_action (widget_class, "win.next-change", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "win.previous-change", NULL, step_action);
  gtk_widget_class_bind_template_callback (widget_class, _fw_window_on_change_selected);
}
