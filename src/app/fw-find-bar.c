/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fw-find-bar.h"

struct _FwFindBar
{
  GtkWidget        parent_instance;

  GtkSearchBar    *search_bar;
  GtkSearchEntry  *find_entry;
  GtkLabel        *count_label;
  GtkCheckButton  *case_check;
  GtkCheckButton  *words_check;
  GtkToggleButton *replace_toggle;
  GtkEntry        *replace_entry;
  GtkWidget       *previous_button;
  GtkWidget       *next_button;
  GtkWidget       *replace_button;
  GtkWidget       *replace_all_button;

  FwDocument      *document;
  gulong           history_handler;
  /* The matches of needle, in document order, and the current one (-1: none). */
  GPtrArray       *matches;
  char            *needle;
  int              current;
  gboolean         read_only;
  gboolean         replacing;
};

G_DEFINE_FINAL_TYPE (FwFindBar, fw_find_bar, GTK_TYPE_WIDGET)

enum {
  SHOW_MATCH,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Where a search picks up again: a field of the walk and a byte in it. */
typedef struct
{
  guint field;
  gsize start;
} Anchor;

static FwFindFlags
current_flags (FwFindBar *self)
{
  return (gtk_check_button_get_active (self->case_check) ? FW_FIND_MATCH_CASE : 0)
         | (gtk_check_button_get_active (self->words_check) ? FW_FIND_WHOLE_WORDS : 0);
}

static void
update_state (FwFindBar *self)
{
  guint n = self->matches != NULL ? self->matches->len : 0;
  gboolean searching = self->needle != NULL;
  g_autofree char *count = NULL;

  if (!searching)
    count = g_strdup ("");
  else if (n == 0)
    count = g_strdup (_("No matches"));
  else if (self->current < 0)
    count = g_strdup_printf (ngettext ("%u match", "%u matches", n), n);
  else
    /* Translators: the current match and the number of matches, "3 of 17" */
    count = g_strdup_printf (_("%d of %u"), self->current + 1, n);
  gtk_label_set_text (self->count_label, count);

  if (searching && n == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->find_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->find_entry), "error");
  gtk_widget_set_sensitive (self->previous_button, n > 0);
  gtk_widget_set_sensitive (self->next_button, n > 0);
  gtk_widget_set_sensitive (self->replace_button, n > 0 && !self->read_only);
  gtk_widget_set_sensitive (self->replace_all_button, n > 0 && !self->read_only);
}

static void
show_current (FwFindBar *self)
{
  update_state (self);
  if (self->current >= 0)
    g_signal_emit (self, signals[SHOW_MATCH], 0,
                   g_ptr_array_index (self->matches, self->current));
}

/* The first match at or after @anchor, round the end; -1 when there is none. */
static int
match_from (FwFindBar    *self,
            const Anchor *anchor)
{
  for (guint i = 0; i < self->matches->len; i++)
    {
      const FwFindMatch *match = g_ptr_array_index (self->matches, i);

      if (match->field > anchor->field
          || (match->field == anchor->field && match->start >= anchor->start))
        return i;
    }

  return self->matches->len > 0 ? 0 : -1;
}

static Anchor
current_anchor (FwFindBar *self)
{
  const FwFindMatch *match = fw_find_bar_get_current_match (self);

  return match != NULL ? (Anchor) { match->field, match->start } : (Anchor) { 0, 0 };
}

/* Searches again, keeping the current match at @anchor (or the first one after it). */
static void
search (FwFindBar    *self,
        const Anchor *anchor)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->find_entry));

  g_clear_pointer (&self->matches, g_ptr_array_unref);
  g_clear_pointer (&self->needle, g_free);
  self->current = -1;

  if (self->document != NULL && *text != '\0')
    {
      self->needle = g_strdup (text);
      self->matches = fw_find_matches (self->document, text, current_flags (self));
      self->current = match_from (self, anchor);
    }
  update_state (self);
}

/* Typing, or a changed option: search and show where the match is. */
static void
search_and_show (FwFindBar *self)
{
  Anchor anchor = current_anchor (self);

  search (self, &anchor);
  show_current (self);
}

static void
search_changed_cb (FwFindBar *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    search_and_show (self);
}

static void
options_changed_cb (FwFindBar *self)
{
  search_changed_cb (self);
}

/* The entry's text differs from what was searched (Enter came before "search-changed"). */
static gboolean
needs_search (FwFindBar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->find_entry));

  return g_strcmp0 (*text != '\0' ? text : NULL, self->needle) != 0;
}

static void
next_match_cb (FwFindBar *self)
{
  fw_find_bar_step (self, 1);
}

static void
previous_match_cb (FwFindBar *self)
{
  fw_find_bar_step (self, -1);
}

static void
find_activate_cb (FwFindBar *self)
{
  fw_find_bar_step (self, 1);
}

static void
replace_activate_cb (FwFindBar *self)
{
  fw_find_bar_replace (self);
}

static void
replace_clicked_cb (FwFindBar *self)
{
  fw_find_bar_replace (self);
}

static void
replace_all_clicked_cb (FwFindBar *self)
{
  fw_find_bar_replace_all (self);
}

static void
close_clicked_cb (FwFindBar *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
search_mode_changed_cb (FwFindBar *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    return;
  /* Closed: forget the matches, which hold the document's objects. */
  g_clear_pointer (&self->matches, g_ptr_array_unref);
  g_clear_pointer (&self->needle, g_free);
  self->current = -1;
  update_state (self);
}

/* Shift+Enter goes back, as in GNOME's editors. */
static gboolean
key_pressed_cb (FwFindBar       *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter)
      && (state & GDK_SHIFT_MASK) != 0)
    {
      fw_find_bar_step (self, -1);
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

/* The document changed (typing, undo …): count again, without moving. A search of one
 * framework takes well under a millisecond, and an idle would wait behind the page's own work. */
static void
history_changed_cb (FwFindBar *self)
{
  Anchor anchor;

  if (self->replacing || self->needle == NULL)
    return;
  anchor = current_anchor (self);
  search (self, &anchor);
}

/* API ------------------------------------------------------------------------------------ */

void
fw_find_bar_set_document (FwFindBar  *self,
                          FwDocument *document)
{
  g_return_if_fail (FW_IS_FIND_BAR (self));
  g_return_if_fail (document == NULL || FW_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  if (self->document != NULL)
    g_clear_signal_handler (&self->history_handler, fw_document_get_history (self->document));
  g_set_object (&self->document, document);
  if (document != NULL)
    self->history_handler = g_signal_connect_object (fw_document_get_history (document),
                                                     "changed",
                                                     G_CALLBACK (history_changed_cb), self,
                                                     G_CONNECT_SWAPPED);
  if (self->needle != NULL)
    {
      Anchor start = { 0, 0 };

      search (self, &start);
    }
}

void
fw_find_bar_open (FwFindBar *self,
                  gboolean   replace)
{
  g_return_if_fail (FW_IS_FIND_BAR (self));

  if (replace)
    gtk_toggle_button_set_active (self->replace_toggle, TRUE);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->find_entry));
  if (needs_search (self))
    search_and_show (self);
}

gboolean
fw_find_bar_is_open (FwFindBar *self)
{
  g_return_val_if_fail (FW_IS_FIND_BAR (self), FALSE);

  return gtk_search_bar_get_search_mode (self->search_bar);
}

void
fw_find_bar_step (FwFindBar *self,
                  int        direction)
{
  guint n;

  g_return_if_fail (FW_IS_FIND_BAR (self));

  if (needs_search (self))
    {
      /* The first step after typing goes to the match the text leads to. */
      search_and_show (self);
      return;
    }
  n = self->matches != NULL ? self->matches->len : 0;
  if (n == 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  if (self->current < 0)
    self->current = direction > 0 ? 0 : n - 1;
  else
    self->current = (self->current + n + (direction > 0 ? 1 : -1)) % n;
  show_current (self);
}

gboolean
fw_find_bar_replace (FwFindBar *self)
{
  const char *replacement;
  const FwFindMatch *match;
  g_autoptr(GPtrArray) one = NULL;
  Anchor after;

  g_return_val_if_fail (FW_IS_FIND_BAR (self), FALSE);

  if (needs_search (self))
    search_and_show (self);
  match = fw_find_bar_get_current_match (self);
  if (match == NULL || self->read_only || self->document == NULL)
    return FALSE;

  replacement = gtk_editable_get_text (GTK_EDITABLE (self->replace_entry));
  after = (Anchor) { match->field, match->start + strlen (replacement) };
  one = g_ptr_array_new ();
  g_ptr_array_add (one, (gpointer) match);
  self->replacing = TRUE;
  fw_document_run (self->document, fw_find_replace_command_new (one, replacement, _("Replace")));
  self->replacing = FALSE;

  /* On to the next match, after the text just put in. */
  search (self, &after);
  show_current (self);
  return TRUE;
}

guint
fw_find_bar_replace_all (FwFindBar *self)
{
  guint n;
  Anchor start = { 0, 0 };

  g_return_val_if_fail (FW_IS_FIND_BAR (self), 0);

  if (needs_search (self))
    search_and_show (self);
  n = self->matches != NULL ? self->matches->len : 0;
  if (n == 0 || self->read_only || self->document == NULL)
    return 0;

  self->replacing = TRUE;
  fw_document_run (self->document,
                   fw_find_replace_command_new (self->matches,
                                                gtk_editable_get_text (
                                                  GTK_EDITABLE (self->replace_entry)),
                                                _("Replace All")));
  self->replacing = FALSE;
  search (self, &start);
  return n;
}

void
fw_find_bar_set_read_only (FwFindBar *self,
                           gboolean   read_only)
{
  g_return_if_fail (FW_IS_FIND_BAR (self));

  self->read_only = !!read_only;
  gtk_widget_set_sensitive (GTK_WIDGET (self->replace_entry), !self->read_only);
  update_state (self);
}

void
fw_find_bar_set_flags (FwFindBar   *self,
                       FwFindFlags  flags)
{
  g_return_if_fail (FW_IS_FIND_BAR (self));

  gtk_check_button_set_active (self->case_check, (flags & FW_FIND_MATCH_CASE) != 0);
  gtk_check_button_set_active (self->words_check, (flags & FW_FIND_WHOLE_WORDS) != 0);
}

guint
fw_find_bar_get_n_matches (FwFindBar *self)
{
  g_return_val_if_fail (FW_IS_FIND_BAR (self), 0);

  return self->matches != NULL ? self->matches->len : 0;
}

const FwFindMatch *
fw_find_bar_get_current_match (FwFindBar *self)
{
  g_return_val_if_fail (FW_IS_FIND_BAR (self), NULL);

  if (self->matches == NULL || self->current < 0 || (guint) self->current >= self->matches->len)
    return NULL;
  return g_ptr_array_index (self->matches, self->current);
}

int
fw_find_bar_get_current (FwFindBar *self)
{
  g_return_val_if_fail (FW_IS_FIND_BAR (self), -1);

  return fw_find_bar_get_current_match (self) != NULL ? self->current : -1;
}

const char *
fw_find_bar_get_count_text (FwFindBar *self)
{
  g_return_val_if_fail (FW_IS_FIND_BAR (self), NULL);

  return gtk_label_get_text (self->count_label);
}

GtkEditable *
fw_find_bar_get_find_entry (FwFindBar *self)
{
  g_return_val_if_fail (FW_IS_FIND_BAR (self), NULL);

  return GTK_EDITABLE (self->find_entry);
}

GtkEditable *
fw_find_bar_get_replace_entry (FwFindBar *self)
{
  g_return_val_if_fail (FW_IS_FIND_BAR (self), NULL);

  return GTK_EDITABLE (self->replace_entry);
}

void
fw_find_bar_refocus (FwFindBar *self)
{
  GtkEditable *delegate;

  g_return_if_fail (FW_IS_FIND_BAR (self));

  delegate = gtk_editable_get_delegate (GTK_EDITABLE (self->find_entry));
  if (GTK_IS_TEXT (delegate))
    gtk_text_grab_focus_without_selecting (GTK_TEXT (delegate));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->find_entry));
}

/* Class ---------------------------------------------------------------------------------- */

static void
fw_find_bar_dispose (GObject *object)
{
  FwFindBar *self = FW_FIND_BAR (object);

  fw_find_bar_set_document (self, NULL);
  g_clear_pointer (&self->matches, g_ptr_array_unref);
  g_clear_pointer (&self->needle, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_FIND_BAR);

  G_OBJECT_CLASS (fw_find_bar_parent_class)->dispose (object);
}

static void
fw_find_bar_class_init (FwFindBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_find_bar_dispose;

  /**
   * FwFindBar::show-match:
   * @match: (type gpointer): the current FwFindMatch
   *
   * A match became the current one: show it where it is.
   */
  signals[SHOW_MATCH] =
    g_signal_new ("show-match", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/fw-find-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, FwFindBar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, FwFindBar, find_entry);
  gtk_widget_class_bind_template_child (widget_class, FwFindBar, count_label);
  gtk_widget_class_bind_template_child (widget_class, FwFindBar, case_check);
  gtk_widget_class_bind_template_child (widget_class, FwFindBar, words_check);
  gtk_widget_class_bind_template_child (widget_class, FwFindBar, replace_toggle);
  gtk_widget_class_bind_template_child (widget_class, FwFindBar, replace_entry);
  gtk_widget_class_bind_template_child (widget_class, FwFindBar, previous_button);
  gtk_widget_class_bind_template_child (widget_class, FwFindBar, next_button);
  gtk_widget_class_bind_template_child (widget_class, FwFindBar, replace_button);
  gtk_widget_class_bind_template_child (widget_class, FwFindBar, replace_all_button);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, options_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, find_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, previous_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, replace_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, replace_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, replace_all_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_changed_cb);
}

static void
fw_find_bar_init (FwFindBar *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->current = -1;
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->find_entry));
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->find_entry), keys);
  update_state (self);
}

GtkWidget *
fw_find_bar_new (void)
{
  return g_object_new (FW_TYPE_FIND_BAR, NULL);
}
