/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "fw-spell-buffer.h"

/* Checking waits this long after the last edit, so a word is not marked while it is typed. */
#define CHECK_DELAY_MS 400
/* The checks of one main-loop iteration stop after this long, so a frame is never missed. */
#define CHECK_BUDGET_US 4000
#define MAX_SUGGESTIONS 5

struct _FwSpellBuffer
{
  GObject             parent_instance;

  GtkTextView        *view;
  GtkTextBuffer      *buffer;
  FwSpellChecker     *checker;
  GtkTextTag         *tag;
  /* The text edited since the last check (left and right gravity). */
  GtkTextMark        *dirty_start;
  GtkTextMark        *dirty_end;
  gboolean            dirty;
  gboolean            queued;
  guint               delay_id;
  gulong              scroll_handler;
  GtkAdjustment      *scroll_adjustment;

  GMenu              *menu;
  GSimpleActionGroup *actions;
  /* The word the context menu is about. */
  GtkTextMark        *word_start;
  GtkTextMark        *word_end;
};

G_DEFINE_FINAL_TYPE (FwSpellBuffer, fw_spell_buffer, G_TYPE_OBJECT)

enum {
  REPLACE_STARTED,
  REPLACE_FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The buffers waiting to be checked, in order, and the one idle that checks them. */
static GQueue pending = G_QUEUE_INIT;
static guint pending_idle_id;

static GSettings *
spell_settings (void)
{
  static GSettings *settings;
  static gboolean looked_up;

  if (!looked_up)
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = NULL;

      looked_up = TRUE;
      if (source != NULL)
        schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
      if (schema != NULL && g_settings_schema_has_key (schema, "spell-check"))
        settings = g_settings_new_full (schema, NULL, NULL);
    }
  return settings;
}

gboolean
fw_spell_buffer_get_enabled (FwSpellBuffer *self)
{
  GSettings *settings = spell_settings ();

  g_return_val_if_fail (FW_IS_SPELL_BUFFER (self), FALSE);

  return settings == NULL || g_settings_get_boolean (settings, "spell-check");
}

/* Whether the text is to be checked. The dictionary is not asked for here: it loads at the
 * first check, after the window shows; without one no word is marked. */
static gboolean
is_active (FwSpellBuffer *self)
{
  return self->view != NULL && self->checker != NULL && fw_spell_buffer_get_enabled (self);
}

/* Whether some of the view shows inside the scrolled window around it. */
static gboolean
is_on_screen (FwSpellBuffer *self)
{
  GtkWidget *view = GTK_WIDGET (self->view);
  GtkWidget *scroller;
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (view))
    return FALSE;
  scroller = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);
  if (scroller == NULL)
    return TRUE;
  if (!gtk_widget_compute_bounds (view, scroller, &bounds))
    return TRUE;
  return bounds.origin.y + bounds.size.height >= 0 &&
         bounds.origin.y <= gtk_widget_get_height (scroller);
}

/* The whole run of non-space text around [@start, @end). */
static char *
token_around (const GtkTextIter *start,
              const GtkTextIter *end)
{
  GtkTextIter from = *start;
  GtkTextIter to = *end;

  while (!gtk_text_iter_starts_line (&from))
    {
      GtkTextIter before = from;

      gtk_text_iter_backward_char (&before);
      if (g_unichar_isspace (gtk_text_iter_get_char (&before)))
        break;
      from = before;
    }
  while (!gtk_text_iter_ends_line (&to) && !g_unichar_isspace (gtk_text_iter_get_char (&to)))
    gtk_text_iter_forward_char (&to);
  return gtk_text_iter_get_slice (&from, &to);
}

static gboolean
word_is_misspelt (FwSpellBuffer     *self,
                  const GtkTextIter *start,
                  const GtkTextIter *end)
{
  g_autofree char *word = gtk_text_iter_get_slice (start, end);
  g_autofree char *token = NULL;

  if (fw_spell_word_is_exempt (word, -1) || fw_spell_checker_check_word (self->checker, word, -1))
    return FALSE;
  token = token_around (start, end);
  return !fw_spell_token_is_exempt (token, -1);
}

static void
check_range (FwSpellBuffer *self,
             GtkTextIter   *start,
             GtkTextIter   *end)
{
  GtkTextIter word_end;

  /* Whole paragraphs: an edit can join or split the words at its ends. */
  gtk_text_iter_set_line_offset (start, 0);
  if (!gtk_text_iter_ends_line (end))
    gtk_text_iter_forward_to_line_end (end);
  gtk_text_buffer_remove_tag (self->buffer, self->tag, start, end);

  word_end = *start;
  for (;;)
    {
      GtkTextIter word_start = word_end;

      /* forward_word_end () answers FALSE for a word that ends the buffer: compare instead. */
      gtk_text_iter_forward_word_end (&word_end);
      if (gtk_text_iter_equal (&word_start, &word_end) || !gtk_text_iter_ends_word (&word_end) ||
          gtk_text_iter_compare (&word_end, end) > 0)
        break;
      word_start = word_end;
      gtk_text_iter_backward_word_start (&word_start);
      if (word_is_misspelt (self, &word_start, &word_end))
        gtk_text_buffer_apply_tag (self->buffer, self->tag, &word_start, &word_end);
    }
}

/* Checks the edited text if the view shows; FALSE if it must wait until it does. */
static gboolean
check_now (FwSpellBuffer *self)
{
  GtkTextIter start, end;

  if (!self->dirty)
    return TRUE;
  if (!is_active (self))
    {
      self->dirty = FALSE;
      return TRUE;
    }
  if (!is_on_screen (self))
    return FALSE;
  gtk_text_buffer_get_iter_at_mark (self->buffer, &start, self->dirty_start);
  gtk_text_buffer_get_iter_at_mark (self->buffer, &end, self->dirty_end);
  gtk_text_iter_order (&start, &end);
  check_range (self, &start, &end);
  self->dirty = FALSE;
  return TRUE;
}

static gboolean
check_pending_cb (gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + CHECK_BUDGET_US;

  while (!g_queue_is_empty (&pending) && g_get_monotonic_time () < deadline)
    {
      FwSpellBuffer *self = g_queue_pop_head (&pending);

      self->queued = FALSE;
      /* Off screen: checked when scrolled into view or mapped (see queue_check). */
      check_now (self);
      g_object_unref (self);
    }
  if (!g_queue_is_empty (&pending))
    return G_SOURCE_CONTINUE;
  pending_idle_id = 0;
  return G_SOURCE_REMOVE;
}

static void
queue_check (FwSpellBuffer *self)
{
  if (self->queued || !self->dirty || self->view == NULL)
    return;
  self->queued = TRUE;
  g_queue_push_tail (&pending, g_object_ref (self));
  if (pending_idle_id == 0)
    pending_idle_id = g_idle_add_full (G_PRIORITY_LOW, check_pending_cb, NULL, NULL);
}

static void
unqueue (FwSpellBuffer *self)
{
  g_clear_handle_id (&self->delay_id, g_source_remove);
  if (self->queued && g_queue_remove (&pending, self))
    {
      self->queued = FALSE;
      g_object_unref (self);
    }
}

static gboolean
delay_done_cb (gpointer data)
{
  FwSpellBuffer *self = data;

  self->delay_id = 0;
  queue_check (self);
  return G_SOURCE_REMOVE;
}

/* Adds [@start, @end) to the text to check and checks it once typing pauses. */
static void
mark_dirty (FwSpellBuffer     *self,
            const GtkTextIter *start,
            const GtkTextIter *end,
            gboolean           delay)
{
  GtkTextIter old_start, old_end;

  if (self->dirty)
    {
      gtk_text_buffer_get_iter_at_mark (self->buffer, &old_start, self->dirty_start);
      gtk_text_buffer_get_iter_at_mark (self->buffer, &old_end, self->dirty_end);
      gtk_text_buffer_move_mark (self->buffer, self->dirty_start,
                                 gtk_text_iter_compare (start, &old_start) < 0 ? start : &old_start);
      gtk_text_buffer_move_mark (self->buffer, self->dirty_end,
                                 gtk_text_iter_compare (end, &old_end) > 0 ? end : &old_end);
    }
  else
    {
      gtk_text_buffer_move_mark (self->buffer, self->dirty_start, start);
      gtk_text_buffer_move_mark (self->buffer, self->dirty_end, end);
    }
  self->dirty = TRUE;
  if (!is_active (self))
    return;
  if (delay)
    {
      g_clear_handle_id (&self->delay_id, g_source_remove);
      self->delay_id = g_timeout_add (CHECK_DELAY_MS, delay_done_cb, self);
    }
  else if (self->delay_id == 0)
    {
      queue_check (self);
    }
}

static void
recheck_all (FwSpellBuffer *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  if (!is_active (self))
    {
      unqueue (self);
      self->dirty = FALSE;
      gtk_text_buffer_remove_tag (self->buffer, self->tag, &start, &end);
      return;
    }
  mark_dirty (self, &start, &end, FALSE);
}

static void
on_insert_text (FwSpellBuffer *self,
                GtkTextIter   *end,
                const char    *text,
                int            len)
{
  GtkTextIter start = *end;

  gtk_text_iter_backward_chars (&start, (int) g_utf8_strlen (text, len));
  mark_dirty (self, &start, end, TRUE);
}

static void
on_delete_range (FwSpellBuffer *self,
                 GtkTextIter   *start,
                 GtkTextIter   *end)
{
  mark_dirty (self, start, end, TRUE);
}

static void
on_scrolled (FwSpellBuffer *self)
{
  if (self->dirty && self->delay_id == 0)
    queue_check (self);
}

static void
on_view_map (FwSpellBuffer *self)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self->view),
                                                 GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = scroller != NULL
    ? gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)) : NULL;

  if (adjustment != self->scroll_adjustment)
    {
      if (self->scroll_adjustment != NULL)
        g_clear_signal_handler (&self->scroll_handler, self->scroll_adjustment);
      g_set_object (&self->scroll_adjustment, adjustment);
      if (adjustment != NULL)
        self->scroll_handler = g_signal_connect_object (adjustment, "value-changed",
                                                        G_CALLBACK (on_scrolled), self,
                                                        G_CONNECT_SWAPPED);
    }
  on_scrolled (self);
}

static void
update_tag_color (FwSpellBuffer *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GdkRGBA color;

  /* Libadwaita's error colours: red on light backgrounds, a lighter red on dark ones. */
  gdk_rgba_parse (&color, adw_style_manager_get_dark (style) ? "#ff7b63" : "#c01c28");
  g_object_set (self->tag, "underline-rgba", &color, NULL);
}

static void
clear_menu (FwSpellBuffer *self)
{
  g_menu_remove_all (self->menu);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (
    g_action_map_lookup_action (G_ACTION_MAP (self->actions), "add")), FALSE);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (
    g_action_map_lookup_action (G_ACTION_MAP (self->actions), "ignore")), FALSE);
}

static char *
menu_word (FwSpellBuffer *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &start, self->word_start);
  gtk_text_buffer_get_iter_at_mark (self->buffer, &end, self->word_end);
  return gtk_text_iter_get_slice (&start, &end);
}

static void
fill_menu (FwSpellBuffer *self,
           const char    *word)
{
  g_auto(GStrv) suggestions = fw_spell_checker_suggest (self->checker, word, MAX_SUGGESTIONS);
  g_autoptr(GMenu) replace = g_menu_new ();
  g_autoptr(GMenu) keep = g_menu_new ();

  for (guint i = 0; suggestions[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (suggestions[i], NULL);

      g_menu_item_set_action_and_target (item, "spell.replace", "s", suggestions[i]);
      g_menu_append_item (replace, item);
    }
  if (suggestions[0] == NULL)
    g_menu_append (replace, _("No Suggestions"), "spell.none");
  g_menu_append (keep, _("_Add to Dictionary"), "spell.add");
  g_menu_append (keep, _("_Ignore"), "spell.ignore");
  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (replace));
  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (keep));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (
    g_action_map_lookup_action (G_ACTION_MAP (self->actions), "add")), TRUE);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (
    g_action_map_lookup_action (G_ACTION_MAP (self->actions), "ignore")), TRUE);
}

void
fw_spell_buffer_update_menu_at (FwSpellBuffer     *self,
                                const GtkTextIter *iter)
{
  GtkTextIter start, end;

  g_return_if_fail (FW_IS_SPELL_BUFFER (self));
  g_return_if_fail (iter != NULL);

  clear_menu (self);
  if (!is_active (self))
    return;
  if (!gtk_text_iter_inside_word (iter) && !gtk_text_iter_ends_word (iter))
    return;
  start = end = *iter;
  if (!gtk_text_iter_starts_word (&start))
    gtk_text_iter_backward_word_start (&start);
  if (!gtk_text_iter_ends_word (&end))
    gtk_text_iter_forward_word_end (&end);
  if (!word_is_misspelt (self, &start, &end))
    return;
  gtk_text_buffer_move_mark (self->buffer, self->word_start, &start);
  gtk_text_buffer_move_mark (self->buffer, self->word_end, &end);
  {
    g_autofree char *word = menu_word (self);

    fill_menu (self, word);
  }
}

static void
on_secondary_click (FwSpellBuffer   *self,
                    int              n_press,
                    double           x,
                    double           y,
                    GtkGestureClick *gesture)
{
  GtkTextIter iter;
  int buffer_x, buffer_y;

  gtk_text_view_window_to_buffer_coords (self->view, GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y,
                                         &buffer_x, &buffer_y);
  gtk_text_view_get_iter_at_location (self->view, &iter, buffer_x, buffer_y);
  fw_spell_buffer_update_menu_at (self, &iter);
}

static gboolean
on_key_pressed (FwSpellBuffer   *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  GtkTextIter iter;

  /* The keys that open the context menu: it is about the word at the cursor. */
  if (keyval == GDK_KEY_Menu || (keyval == GDK_KEY_F10 && (state & GDK_SHIFT_MASK)))
    {
      gtk_text_buffer_get_iter_at_mark (self->buffer, &iter,
                                        gtk_text_buffer_get_insert (self->buffer));
      fw_spell_buffer_update_menu_at (self, &iter);
    }
  return FALSE;
}

static void
replace_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       data)
{
  FwSpellBuffer *self = data;
  const char *replacement = g_variant_get_string (parameter, NULL);
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &start, self->word_start);
  gtk_text_buffer_get_iter_at_mark (self->buffer, &end, self->word_end);
  if (gtk_text_iter_equal (&start, &end))
    return;
  g_signal_emit (self, signals[REPLACE_STARTED], 0);
  gtk_text_buffer_begin_user_action (self->buffer);
  gtk_text_buffer_delete (self->buffer, &start, &end);
  gtk_text_buffer_insert (self->buffer, &start, replacement, -1);
  gtk_text_buffer_end_user_action (self->buffer);
  g_signal_emit (self, signals[REPLACE_FINISHED], 0);
  clear_menu (self);
}

static void
add_activated (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       data)
{
  FwSpellBuffer *self = data;
  g_autofree char *word = menu_word (self);

  clear_menu (self);
  if (word[0] != '\0' && self->checker != NULL)
    fw_spell_checker_add_word (self->checker, word);
}

static void
ignore_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       data)
{
  FwSpellBuffer *self = data;
  g_autofree char *word = menu_word (self);

  clear_menu (self);
  if (word[0] != '\0' && self->checker != NULL)
    fw_spell_checker_ignore_word (self->checker, word);
}

static void
detach (FwSpellBuffer *self)
{
  unqueue (self);
  if (self->scroll_adjustment != NULL)
    g_clear_signal_handler (&self->scroll_handler, self->scroll_adjustment);
  g_clear_object (&self->scroll_adjustment);
  self->view = NULL;
}

static void
fw_spell_buffer_dispose (GObject *object)
{
  FwSpellBuffer *self = FW_SPELL_BUFFER (object);

  detach (self);
  g_clear_object (&self->checker);
  g_clear_object (&self->buffer);
  g_clear_object (&self->menu);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (fw_spell_buffer_parent_class)->dispose (object);
}

static void
fw_spell_buffer_class_init (FwSpellBufferClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fw_spell_buffer_dispose;

  signals[REPLACE_STARTED] =
    g_signal_new ("replace-started", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[REPLACE_FINISHED] =
    g_signal_new ("replace-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
fw_spell_buffer_init (FwSpellBuffer *self)
{
  static const GActionEntry entries[] = {
    { "replace", replace_activated, "s" },
    { "add", add_activated },
    { "ignore", ignore_activated },
    { "none" },
  };

  self->menu = g_menu_new ();
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries,
                                   G_N_ELEMENTS (entries), self);
  /* "No Suggestions" is a label, not a choice. */
  g_simple_action_set_enabled (G_SIMPLE_ACTION (
    g_action_map_lookup_action (G_ACTION_MAP (self->actions), "none")), FALSE);
}

static void
connect_view (FwSpellBuffer *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *key = gtk_event_controller_key_new ();
  GSettings *settings = spell_settings ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_secondary_click), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->view), GTK_EVENT_CONTROLLER (click));
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect_object (key, "key-pressed", G_CALLBACK (on_key_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->view), key);
  g_signal_connect_object (self->view, "map", G_CALLBACK (on_view_map), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "destroy", G_CALLBACK (detach), self, G_CONNECT_SWAPPED);
  gtk_widget_insert_action_group (GTK_WIDGET (self->view), "spell", G_ACTION_GROUP (self->actions));
  gtk_text_view_set_extra_menu (self->view, G_MENU_MODEL (self->menu));
  if (settings != NULL)
    g_signal_connect_object (settings, "changed::spell-check", G_CALLBACK (recheck_all), self,
                             G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_tag_color), self, G_CONNECT_SWAPPED);
}

FwSpellBuffer *
fw_spell_buffer_attach (GtkTextView *view)
{
  FwSpellBuffer *self;
  GtkTextIter start;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);
  g_return_val_if_fail (fw_spell_buffer_get_for_view (view) == NULL, NULL);

  self = g_object_new (FW_TYPE_SPELL_BUFFER, NULL);
  self->view = view;
  self->buffer = g_object_ref (gtk_text_view_get_buffer (view));
  self->tag = gtk_text_buffer_create_tag (self->buffer, "misspelled",
                                          "underline", PANGO_UNDERLINE_ERROR, NULL);
  update_tag_color (self);
  gtk_text_buffer_get_start_iter (self->buffer, &start);
  self->dirty_start = gtk_text_buffer_create_mark (self->buffer, NULL, &start, TRUE);
  self->dirty_end = gtk_text_buffer_create_mark (self->buffer, NULL, &start, FALSE);
  self->word_start = gtk_text_buffer_create_mark (self->buffer, NULL, &start, TRUE);
  self->word_end = gtk_text_buffer_create_mark (self->buffer, NULL, &start, FALSE);
  g_signal_connect_object (self->buffer, "insert-text", G_CALLBACK (on_insert_text), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->buffer, "delete-range", G_CALLBACK (on_delete_range), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  connect_view (self);
  g_object_set_data_full (G_OBJECT (view), "fw-spell-buffer", self, g_object_unref);
  return self;
}

FwSpellBuffer *
fw_spell_buffer_get_for_view (GtkTextView *view)
{
  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  return g_object_get_data (G_OBJECT (view), "fw-spell-buffer");
}

static void
on_checker_changed (FwSpellBuffer *self)
{
  recheck_all (self);
}

void
fw_spell_buffer_set_checker (FwSpellBuffer  *self,
                             FwSpellChecker *checker)
{
  g_return_if_fail (FW_IS_SPELL_BUFFER (self));
  g_return_if_fail (checker == NULL || FW_IS_SPELL_CHECKER (checker));

  if (self->checker == checker)
    return;
  if (self->checker != NULL)
    g_signal_handlers_disconnect_by_func (self->checker, on_checker_changed, self);
  g_set_object (&self->checker, checker);
  if (checker != NULL)
    g_signal_connect_object (checker, "changed", G_CALLBACK (on_checker_changed), self,
                             G_CONNECT_SWAPPED);
  clear_menu (self);
  recheck_all (self);
}

FwSpellChecker *
fw_spell_buffer_get_checker (FwSpellBuffer *self)
{
  g_return_val_if_fail (FW_IS_SPELL_BUFFER (self), NULL);

  return self->checker;
}

GtkTextTag *
fw_spell_buffer_get_tag (FwSpellBuffer *self)
{
  g_return_val_if_fail (FW_IS_SPELL_BUFFER (self), NULL);

  return self->tag;
}

gboolean
fw_spell_buffer_is_pending (FwSpellBuffer *self)
{
  g_return_val_if_fail (FW_IS_SPELL_BUFFER (self), FALSE);

  return self->dirty && is_active (self);
}

GMenuModel *
fw_spell_buffer_get_menu (FwSpellBuffer *self)
{
  g_return_val_if_fail (FW_IS_SPELL_BUFFER (self), NULL);

  return G_MENU_MODEL (self->menu);
}

GtkTextBuffer *
fw_spell_buffer_get_buffer (FwSpellBuffer *self)
{
  g_return_val_if_fail (FW_IS_SPELL_BUFFER (self), NULL);

  return self->buffer;
}
