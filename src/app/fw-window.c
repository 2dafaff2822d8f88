/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-editor-page.h"
#include "fw-review-items.h"
#include "fw-window-private.h"
#include "fw-tooltip.h"

G_DEFINE_FINAL_TYPE (FwWindow, fw_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_FILE,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  OPEN_FILE,
  OPEN_DOCUMENT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const struct
{
  const char *name;
  const char *title;
  const char *icon;
  GType     (*get_type) (void);
} sections[] = {
  { "overview", N_("Overview"), "document-properties-symbolic", fw_overview_page_get_type },
  { "levels", N_("Proficiency Levels"), "view-list-ordered-symbolic", fw_levels_page_get_type },
  { "ai-fluency", N_("AI Fluency"), "applications-science-symbolic", fw_ai_page_get_type },
  { "durable-skills", N_("Durable Skills"), "x-office-spreadsheet-symbolic",
    fw_durable_page_get_type },
  { "evidence", N_("Evidence"), "x-office-presentation-symbolic", fw_evidence_page_get_type },
  { "onet", N_("O*NET"), "x-office-address-book-symbolic", fw_onet_page_get_type },
  { "sources", N_("Sources"), "user-bookmarks-symbolic", fw_sources_page_get_type },
  { "corrections", N_("Corrections"), "document-edit-symbolic", fw_corrections_page_get_type },
  { "problems", N_("Problems"), "dialog-warning-symbolic", fw_problems_page_get_type },
};

static void on_finding_activated (FwWindow  *self,
                                  FwFinding *finding);

/* The page of a section if it has been built, else NULL. */
static FwEditorPage *
built_page_at (FwWindow *self,
               guint     index)
{
  AdwBin *slot = ADW_BIN (gtk_stack_get_child_by_name (self->stack, sections[index].name));
  GtkWidget *page = adw_bin_get_child (slot);

  return page != NULL ? FW_EDITOR_PAGE (page) : NULL;
}

/*
 * The page of a section, built on first use: a window shows one section at a time, and the
 * others would only delay its first frame.
 */
static FwEditorPage *
page_at (FwWindow *self,
         guint     index)
{
  FwEditorPage *page = built_page_at (self, index);
  AdwBin *slot;

  if (page != NULL)
    return page;
  page = g_object_new (sections[index].get_type (), NULL);
  if (FW_IS_PROBLEMS_PAGE (page) || FW_IS_CORRECTIONS_PAGE (page))
    g_signal_connect_object (page, "finding-activated", G_CALLBACK (on_finding_activated), self,
                             G_CONNECT_SWAPPED);
  slot = ADW_BIN (gtk_stack_get_child_by_name (self->stack, sections[index].name));
  adw_bin_set_child (slot, GTK_WIDGET (page));
  return page;
}

/*
 * Pages get the document when they are first shown (or asked for), not when it is opened:
 * building the rows of sections nobody looks at would only delay the window.
 */
static void
bind_page (FwWindow *self,
           guint     index)
{
  FwEditorPage *page = page_at (self, index);

  if (self->document == NULL || (self->bound_pages & (1u << index)))
    return;
  self->bound_pages |= 1u << index;
  g_object_set (page, "validator", self->validator, "document", self->document, NULL);
  if (self->validated)
    fw_editor_page_findings_changed (page);
}

static void
on_visible_page_changed (FwWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (sections); i++)
    {
      if (g_str_equal (sections[i].name, name))
        bind_page (self, i);
    }
}

/* Validation ----------------------------------------------------------------------------- */

static void
update_problems_badge (FwWindow *self)
{
  guint n = fw_validator_get_n_errors (self->validator) + fw_validator_get_n_warnings (self->validator);
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autofree char *label = NULL;

  gtk_label_set_label (self->problems_badge, count);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_badge), n > 0);
  if (fw_validator_get_n_errors (self->validator) > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->problems_badge), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->problems_badge), "error");
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Problems: %u error or warning",
                                        "Problems: %u errors and warnings", n), n);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_ancestor (
                                    GTK_WIDGET (self->problems_badge), GTK_TYPE_LIST_BOX_ROW)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
update_corrections_badge (FwWindow *self)
{
  guint n = self->document != NULL ? fw_review_count_open (self->document) : 0;
  g_autofree char *count = g_strdup_printf ("%u", n);

  gtk_label_set_label (self->corrections_badge, count);
  gtk_widget_set_visible (GTK_WIDGET (self->corrections_badge), n > 0);
}

void
fw_window_validate_now (FwWindow *self)
{
  g_return_if_fail (FW_IS_WINDOW (self));

  g_clear_handle_id (&self->validate_id, g_source_remove);
  fw_validator_run (self->validator, self->document);
  self->validated = TRUE;
  update_problems_badge (self);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      if (self->bound_pages & (1u << i))
        fw_editor_page_findings_changed (page_at (self, i));
    }
}

static gboolean
validate_timeout_cb (gpointer data)
{
  FwWindow *self = data;

  self->validate_id = 0;
  fw_window_validate_now (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_validation (FwWindow *self)
{
  g_clear_handle_id (&self->validate_id, g_source_remove);
  self->validate_id = g_timeout_add (FW_VALIDATE_DELAY_MSEC, validate_timeout_cb, self);
}

/* Document ------------------------------------------------------------------------------- */

static void
on_history_changed (FwWindow *self)
{
  schedule_validation (self);
  _fw_window_schedule_autosave (self);
  _fw_window_update_actions (self);
  update_corrections_badge (self);
}

static void
on_document_notify (FwWindow   *self,
                    GParamSpec *pspec)
{
  if (g_str_equal (pspec->name, "title") || g_str_equal (pspec->name, "soc"))
    _fw_window_update_title (self);
}

static void
set_document (FwWindow      *self,
              FwDocument    *document,
              FwFileBinding *binding)
{
  _fw_window_leave_compare (self);
  if (self->document != NULL && self->document != document)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (fw_document_get_history (self->document), self);
      _fw_window_discard_draft (self);
    }
  g_set_object (&self->document, document);
  g_set_object (&self->binding, binding);
  fw_find_bar_set_document (self->find_bar, document);

  g_signal_connect_object (document, "notify", G_CALLBACK (on_document_notify), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (fw_document_get_history (document), "changed",
                           G_CALLBACK (on_history_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (fw_document_get_history (document), "notify::dirty",
                           G_CALLBACK (_fw_window_update_title), self, G_CONNECT_SWAPPED);

  /* Pages let go of the previous document now and get this one when they are shown. */
  self->bound_pages = 0;
  self->validated = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      FwEditorPage *page = built_page_at (self, i);

      if (page != NULL && fw_editor_page_get_document (page) != NULL)
        g_object_set (page, "document", NULL, NULL);
    }
  on_visible_page_changed (self);
  update_corrections_badge (self);
  gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
  _fw_window_watch_conflicts (self);
  _fw_window_watch_file (self);
  _fw_window_update_title (self);
  _fw_window_update_actions (self);
  /* Validation waits until after the first frame: start-up stays lean. */
  if (self->first_frame_drawn)
    schedule_validation (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

void
fw_window_set_document (FwWindow   *self,
                        FwDocument *document,
                        GFile      *file,
                        const char *etag)
{
  g_autoptr(FwFileBinding) binding = NULL;

  g_return_if_fail (FW_IS_WINDOW (self));
  g_return_if_fail (FW_IS_DOCUMENT (document));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (file != NULL)
    binding = fw_file_binding_new (file, etag);
  set_document (self, document, binding);
}

/* Sections ------------------------------------------------------------------------------- */

static void
on_sidebar_row_selected (FwWindow      *self,
                         GtkListBoxRow *row)
{
  const char *name;

  if (row == NULL)
    return;
  name = sections[gtk_list_box_row_get_index (row)].name;
  gtk_stack_set_visible_child_name (self->stack, name);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-section", name);
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

static GtkWidget *
sidebar_row_new (FwWindow *self,
                 guint     index)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (sections[index].icon);
  GtkWidget *label = gtk_label_new (_(sections[index].title));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Never cut a section's name short: the sidebar grows to the longest one, which is longer
   * in most translations than in English. */
  gtk_widget_set_hexpand (label, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(sections[index].title), -1);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  if (g_str_equal (sections[index].name, "corrections"))
    {
      /* The number of open corrections. */
      self->corrections_badge = GTK_LABEL (gtk_label_new ("0"));
      gtk_widget_add_css_class (GTK_WIDGET (self->corrections_badge), "badge");
      gtk_widget_add_css_class (GTK_WIDGET (self->corrections_badge), "numeric");
      gtk_widget_set_valign (GTK_WIDGET (self->corrections_badge), GTK_ALIGN_CENTER);
      gtk_widget_set_visible (GTK_WIDGET (self->corrections_badge), FALSE);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->corrections_badge));
    }
  if (g_str_equal (sections[index].name, "problems"))
    {
      self->problems_badge = GTK_LABEL (gtk_label_new ("0"));
      gtk_widget_add_css_class (GTK_WIDGET (self->problems_badge), "badge");
      gtk_widget_add_css_class (GTK_WIDGET (self->problems_badge), "numeric");
      gtk_widget_set_valign (GTK_WIDGET (self->problems_badge), GTK_ALIGN_CENTER);
      gtk_widget_set_visible (GTK_WIDGET (self->problems_badge), FALSE);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->problems_badge));
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(sections[index].title), -1);
  return row;
}

void
fw_window_show_section (FwWindow   *self,
                        const char *section)
{
  g_return_if_fail (FW_IS_WINDOW (self));
  g_return_if_fail (section != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      if (g_str_equal (sections[i].name, section))
        {
          gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, i));
          return;
        }
    }
  g_warning ("Unknown section “%s”", section);
}

const char *
fw_window_get_section (FwWindow *self)
{
  g_return_val_if_fail (FW_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

GtkWidget *
fw_window_get_page (FwWindow   *self,
                    const char *section)
{
  g_return_val_if_fail (FW_IS_WINDOW (self), NULL);
  g_return_val_if_fail (section != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      if (g_str_equal (sections[i].name, section))
        {
          bind_page (self, i);
          return GTK_WIDGET (page_at (self, i));
        }
    }
  return NULL;
}

/* The section a finding is about: its statement's, else the first part of its path. */
static const char *
section_for_finding (FwWindow  *self,
                     FwFinding *finding)
{
  static const struct { const char *prefix; const char *section; } prefixes[] = {
    { "occupation", "overview" }, { "framework", "overview" }, { "levels", "levels" },
    { "aiFluency", "ai-fluency" }, { "durableSkills", "durable-skills" },
    { "evidence", "evidence" }, { "onet", "onet" }, { "sources", "sources" },
  };
  const char *id = fw_finding_get_statement_id (finding);
  const char *path = fw_finding_get_path (finding);
  FwStatementPlace place;

  if (id != NULL && fw_document_find_statement (self->document, id, &place) != NULL)
    return place.section == FW_SECTION_LEVELS ? "levels"
         : place.section == FW_SECTION_AI_FLUENCY ? "ai-fluency" : "durable-skills";
  for (guint i = 0; path != NULL && i < G_N_ELEMENTS (prefixes); i++)
    {
      gsize len = strlen (prefixes[i].prefix);

      if (strncmp (path, prefixes[i].prefix, len) == 0 &&
          (path[len] == '\0' || path[len] == '.' || path[len] == '['))
        return prefixes[i].section;
    }
  return NULL;
}

gboolean
fw_window_focus_finding (FwWindow  *self,
                         FwFinding *finding)
{
  const char *section;

  g_return_val_if_fail (FW_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (FW_IS_FINDING (finding), FALSE);

  section = section_for_finding (self, finding);
  if (section == NULL)
    return FALSE;
  fw_window_show_section (self, section);
  return fw_editor_page_focus_finding (FW_EDITOR_PAGE (fw_window_get_page (self, section)),
                                       finding);
}

static void
on_finding_activated (FwWindow  *self,
                      FwFinding *finding)
{
  if (!fw_window_focus_finding (self, finding))
    fw_window_add_toast (self, _("This problem has no place to show in this version"));
}

/* Files dropped on the window ------------------------------------------------------------ */

static gboolean
on_file_drop (FwWindow     *self,
              const GValue *value,
              double        x,
              double        y)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    _fw_window_request_open_file (self, l->data);
  g_slist_free (files);
  return files != NULL;
}

/* GObject and GtkWidget ------------------------------------------------------------------ */

static gboolean
fw_window_close_request (GtkWindow *window)
{
  FwWindow *self = FW_WINDOW (window);

  if (!self->closing && !_fw_window_confirm_close (self))
    return TRUE;

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
      if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
    }
  return GTK_WINDOW_CLASS (fw_window_parent_class)->close_request (window);
}

static void
on_first_frame (GdkFrameClock *clock,
                FwWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame, self);
  self->first_frame_drawn = TRUE;
  schedule_validation (self);
  _fw_window_rebuild_recent_menu (self);
}

static void
fw_window_map (GtkWidget *widget)
{
  FwWindow *self = FW_WINDOW (widget);

  GTK_WIDGET_CLASS (fw_window_parent_class)->map (widget);
  /* The window controls exist by now. */
  _fw_window_update_title (self);
  if (!self->first_frame_drawn)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (on_first_frame), self, 0);
  _fw_window_maybe_exit_after_first_frame (self);
}

static void
fw_window_dispose (GObject *object)
{
  FwWindow *self = FW_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->validate_id, g_source_remove);
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  g_clear_handle_id (&self->recent_id, g_source_remove);
  if (self->monitor != NULL)
    {
      g_file_monitor_cancel (self->monitor);
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_clear_object (&self->monitor);
    }
  if (self->compare_cancellable != NULL)
    g_cancellable_cancel (self->compare_cancellable);
  g_clear_object (&self->compare_cancellable);
  g_clear_pointer (&self->compare_changes, g_ptr_array_unref);
  g_clear_object (&self->compare_document);
  if (self->conflicts != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->conflicts, self);
      g_clear_object (&self->conflicts);
    }
  /* Pages coming and going while the template is torn down must not be given the document. */
  self->bound_pages = G_MAXUINT;
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_WINDOW);
  /* A draft left behind on purpose (no clean close) is an orphan for the next start. */
  g_clear_object (&self->draft);
  g_clear_object (&self->document);
  g_clear_object (&self->validator);
  g_clear_object (&self->binding);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->recent_menu);

  G_OBJECT_CLASS (fw_window_parent_class)->dispose (object);
}

static void
fw_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  FwWindow *self = FW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_FILE:
      g_value_set_object (value, _fw_window_file (self));
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy_count > 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  fw_window_show_section (FW_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static const FwWindowParentOps parent_ops = {
  .set_document = set_document,
  .validate_now = fw_window_validate_now,
  .show_section = fw_window_show_section,
  .get_page = fw_window_get_page,
};

static void
fw_window_class_init (FwWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = fw_window_dispose;
  object_class->get_property = fw_window_get_property;
  widget_class->map = fw_window_map;
  window_class->close_request = fw_window_close_request;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, FW_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FwWindow::open-file:
   * @file: the file to open
   *
   * Asks the application to open @file (chosen in the Open dialog, the recent menu or
   * dropped on the window): the application decides which window shows it.
   */
  signals[OPEN_FILE] =
    g_signal_new ("open-file", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_FILE);
  /**
   * FwWindow::open-document:
   * @document: a document not saved anywhere (a pasted page)
   *
   * Asks the application for a new window showing @document.
   *
   * Returns: (transfer none) (nullable): that window
   */
  signals[OPEN_DOCUMENT] =
    g_signal_new ("open-document", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  g_signal_accumulator_first_wins, NULL, NULL, FW_TYPE_WINDOW, 1,
                  FW_TYPE_DOCUMENT);

  _fw_window_set_parent_ops (&parent_ops);

  g_type_ensure (FW_TYPE_OVERVIEW_PAGE);
  g_type_ensure (FW_TYPE_LEVELS_PAGE);
  g_type_ensure (FW_TYPE_AI_PAGE);
  g_type_ensure (FW_TYPE_DURABLE_PAGE);
  g_type_ensure (FW_TYPE_EVIDENCE_PAGE);
  g_type_ensure (FW_TYPE_ONET_PAGE);
  g_type_ensure (FW_TYPE_SOURCES_PAGE);
  g_type_ensure (FW_TYPE_PROBLEMS_PAGE);
  g_type_ensure (FW_TYPE_CORRECTIONS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/fw-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FwWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FwWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, FwWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, FwWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, FwWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, FwWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, FwWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, FwWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, FwWindow, banner_stack);
  gtk_widget_class_bind_template_child (widget_class, FwWindow, conflict_label);
  gtk_widget_class_bind_template_child (widget_class, FwWindow, find_bar);
  gtk_widget_class_bind_template_child (widget_class, FwWindow, compare_box);
  gtk_widget_class_bind_template_child (widget_class, FwWindow, compare_label);
  gtk_widget_class_bind_template_child (widget_class, FwWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, FwWindow, changes_list);
  gtk_widget_class_bind_template_child (widget_class, FwWindow, open_button);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_page_changed);

  gtk_widget_class_install_action (widget_class, "win.show-section", "s", show_section_action);
  _fw_window_class_init_actions (widget_class);
  _fw_window_class_init_conflicts (widget_class);
  _fw_window_class_init_compare (widget_class);
  _fw_window_class_init_find (widget_class);
  _fw_window_class_init_review (widget_class);
}

/* AdwSplitButton leaves its arrow without a name; a screen reader would read its type. */
static void
name_split_button_arrow (FwWindow *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->open_button));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!GTK_IS_MENU_BUTTON (child))
        continue;
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Recent frameworks"), -1);
      for (GtkWidget *inner = gtk_widget_get_first_child (child);
           inner != NULL;
           inner = gtk_widget_get_next_sibling (inner))
        gtk_accessible_update_property (GTK_ACCESSIBLE (inner), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _("Recent frameworks"), -1);
    }
}

static void
restore_window_state (FwWindow *self)
{
  g_autofree char *section = NULL;

  if (self->settings == NULL)
    {
      fw_window_show_section (self, "levels");
      return;
    }
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  section = g_settings_get_string (self->settings, "last-section");
  if (gtk_stack_get_child_by_name (self->stack, section) == NULL)
    {
      g_free (section);
      section = g_strdup ("levels");
    }
  fw_window_show_section (self, section);
}

static void
fw_window_init (FwWindow *self)
{
  g_autoptr(FwDocument) document = fw_document_new ();
  g_autoptr(FwProfile) profile = NULL;
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->settings = _fw_window_settings_new_if_installed ();
  profile = _fw_window_load_profile (self);
  self->validator = fw_validator_new (profile);
  self->recent_menu = g_menu_new ();
  adw_split_button_set_menu_model (self->open_button, G_MENU_MODEL (self->recent_menu));
  name_split_button_arrow (self);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    gtk_list_box_append (self->sidebar, sidebar_row_new (self, i));

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop, "drop", G_CALLBACK (on_file_drop), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  _fw_window_init_compare (self);
  _fw_window_init_find (self);
  /* The section first, so that only its page is built for the document. */
  restore_window_state (self);
  fw_window_set_document (self, document, NULL, NULL);
}

FwWindow *
fw_window_new (GtkApplication *application)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  return g_object_new (FW_TYPE_WINDOW, "application", application, NULL);
}

FwDocument *
fw_window_get_document (FwWindow *self)
{
  g_return_val_if_fail (FW_IS_WINDOW (self), NULL);

  return self->document;
}

GFile *
fw_window_get_file (FwWindow *self)
{
  g_return_val_if_fail (FW_IS_WINDOW (self), NULL);

  return _fw_window_file (self);
}

FwValidator *
fw_window_get_validator (FwWindow *self)
{
  g_return_val_if_fail (FW_IS_WINDOW (self), NULL);

  return self->validator;
}

gboolean
fw_window_get_busy (FwWindow *self)
{
  g_return_val_if_fail (FW_IS_WINDOW (self), FALSE);

  return self->busy_count > 0;
}
