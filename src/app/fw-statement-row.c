/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-citation-chips.h"
#include "fw-finding-marker.h"
#include "fw-review-items.h"
#include "fw-spell-document.h"
#include "fw-statement-row.h"
#include "fw-diff.h"
#include "fw-wrap-text-view.h"
#include "fw-tooltip.h"

struct _FwStatementRow
{
  GtkListBoxRow  parent_instance;

  FwDocument    *document;
  FwStatement   *statement;
  char          *highlight;
  gboolean       has_findings;

  /* Template children */
  GtkTextView   *headline_view;
  GtkTextView   *body_view;
  GtkImage      *marker;
  GtkImage      *drag_handle;
  GtkGrid       *header_box;
  FwCitationChips *chips;

  /* The statement's pending correction, and the marker button that shows it (made when first
   * needed). */
  FwCorrection  *correction;
  GtkWidget     *correction_button;
};

G_DEFINE_FINAL_TYPE (FwStatementRow, fw_statement_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_STATEMENT,
  N_PROPS
};

enum {
  FOCUS_ENTERED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

gboolean
fw_statement_matches (FwStatement *statement,
                      const char  *needle)
{
  g_autofree char *folded_needle = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *body = NULL;

  g_return_val_if_fail (FW_IS_STATEMENT (statement), FALSE);

  if (needle == NULL || needle[0] == '\0')
    return TRUE;
  folded_needle = g_utf8_strdown (needle, -1);
  headline = g_utf8_strdown (fw_statement_get_headline (statement), -1);
  body = g_utf8_strdown (fw_statement_get_body (statement), -1);
  return strstr (headline, folded_needle) != NULL || strstr (body, folded_needle) != NULL;
}

static const char *
field_property (FwStatementField field)
{
  return field == FW_STATEMENT_FIELD_HEADLINE ? "headline" : "body";
}

static GtkTextView *
field_view (FwStatementRow   *self,
            FwStatementField  field)
{
  return field == FW_STATEMENT_FIELD_HEADLINE ? self->headline_view : self->body_view;
}

static char *
buffer_get_all (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
apply_highlight_to (FwStatementRow *self,
                    GtkTextBuffer  *buffer)
{
  g_autofree char *text = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *needle = NULL;
  GtkTextIter start, end;
  const char *p;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "match", &start, &end);
  if (self->highlight == NULL || self->highlight[0] == '\0')
    return;

  text = buffer_get_all (buffer);
  lower = g_utf8_strdown (text, -1);
  needle = g_utf8_strdown (self->highlight, -1);
  /* Lower-casing almost never changes the length; when it does, only the row is marked. */
  if (g_utf8_strlen (lower, -1) != g_utf8_strlen (text, -1))
    return;
  for (p = strstr (lower, needle); p != NULL; p = strstr (p + strlen (needle), needle))
    {
      glong from = g_utf8_pointer_to_offset (lower, p);
      glong to = from + g_utf8_strlen (needle, -1);

      gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) from);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) to);
      gtk_text_buffer_apply_tag_by_name (buffer, "match", &start, &end);
    }
}

static void
update_accessible_label (FwStatementRow *self)
{
  const char *headline = fw_statement_get_headline (self->statement);
  g_autofree char *label = NULL;

  if (headline[0] != '\0')
    label = g_strdup_printf (_("Statement: %s"), headline);
  else
    label = g_strdup (_("Statement without headline"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void on_buffer_changed (FwStatementRow *self,
                               GtkTextBuffer  *buffer);

/* Shows the model's text without running a command; keeps the cursor where it was. */
static void
sync_field_from_model (FwStatementRow   *self,
                       FwStatementField  field)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (field_view (self, field));
  const char *value = field == FW_STATEMENT_FIELD_HEADLINE
                        ? fw_statement_get_headline (self->statement)
                        : fw_statement_get_body (self->statement);
  g_autofree char *current = buffer_get_all (buffer);
  GtkTextIter iter;
  int offset;

  if (g_strcmp0 (current, value) == 0)
    return;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  offset = gtk_text_iter_get_offset (&iter);
  g_signal_handlers_block_by_func (buffer, on_buffer_changed, self);
  gtk_text_buffer_set_text (buffer, value, -1);
  g_signal_handlers_unblock_by_func (buffer, on_buffer_changed, self);
  /* Keep the cursor where it was in the field being edited (undo, redo); moving it in the
   * others is wasted work (and slows down start-up). */
  if (gtk_widget_has_focus (GTK_WIDGET (field_view (self, field))))
    {
      gtk_text_buffer_get_iter_at_offset (buffer, &iter,
                                          MIN (offset, gtk_text_buffer_get_char_count (buffer)));
      gtk_text_buffer_place_cursor (buffer, &iter);
    }
  if (self->highlight != NULL)
    apply_highlight_to (self, buffer);
}

static void
on_statement_notify (FwStatementRow *self,
                     GParamSpec     *pspec)
{
  if (g_strcmp0 (pspec->name, "headline") == 0)
    {
      sync_field_from_model (self, FW_STATEMENT_FIELD_HEADLINE);
      update_accessible_label (self);
    }
  else if (g_strcmp0 (pspec->name, "body") == 0)
    {
      sync_field_from_model (self, FW_STATEMENT_FIELD_BODY);
    }
}

static void
on_buffer_changed (FwStatementRow *self,
                   GtkTextBuffer  *buffer)
{
  FwStatementField field = buffer == gtk_text_view_get_buffer (self->headline_view)
                             ? FW_STATEMENT_FIELD_HEADLINE : FW_STATEMENT_FIELD_BODY;
  g_autofree char *text = buffer_get_all (buffer);
  const char *current;

  /* Statements are single paragraphs; a pasted line break becomes a space. */
  g_strdelimit (text, "\r\n\t", ' ');
  current = field == FW_STATEMENT_FIELD_HEADLINE ? fw_statement_get_headline (self->statement)
                                                 : fw_statement_get_body (self->statement);
  if (self->document == NULL || g_strcmp0 (current, text) == 0)
    return;

  fw_document_run (self->document,
                   fw_command_set_string_new (G_OBJECT (self->statement), field_property (field),
                                              text, TRUE));
  apply_highlight_to (self, buffer);
}

static gboolean
on_key_pressed (FwStatementRow        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GtkWidget *view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;

  if (state & GDK_CONTROL_MASK)
    {
      /* Ctrl+Enter adds a statement after this one; the text view would insert a newline. */
      gtk_widget_activate_action (GTK_WIDGET (self), "statement.add-after", NULL);
      return TRUE;
    }
  if (view == GTK_WIDGET (self->headline_view))
    fw_statement_row_focus_field (self, FW_STATEMENT_FIELD_BODY);
  else
    fw_statement_row_focus_field (self, FW_STATEMENT_FIELD_NONE);
  return TRUE;
}

static void
on_focus_enter (FwStatementRow *self)
{
  g_signal_emit (self, signals[FOCUS_ENTERED], 0);
}

static void
on_view_focus_leave (FwStatementRow *self)
{
  /* Leaving a field ends its typing burst: the next edit is a separate undo step. */
  if (self->document != NULL)
    fw_history_break_merge (fw_document_get_history (self->document));
}

static GdkContentProvider *
on_drag_prepare (FwStatementRow *self,
                 double          x,
                 double          y,
                 GtkDragSource  *source)
{
  GValue value = G_VALUE_INIT;
  GdkContentProvider *provider;

  g_value_init (&value, FW_TYPE_STATEMENT);
  g_value_set_object (&value, self->statement);
  provider = gdk_content_provider_new_for_value (&value);
  g_value_unset (&value);
  return provider;
}

static void
on_drag_begin (FwStatementRow *self,
               GdkDrag        *drag,
               GtkDragSource  *source)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 24, 16);
  gtk_widget_add_css_class (GTK_WIDGET (self), "dragging");
}

static void
on_drag_end (FwStatementRow *self,
             GdkDrag        *drag,
             gboolean        delete_data,
             GtkDragSource  *source)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "dragging");
}

static void
setup_view (FwStatementRow *self,
            GtkTextView    *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  /* Undo belongs to the document's history, not to each text buffer. */
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  gtk_text_buffer_create_tag (buffer, "match", "weight", PANGO_WEIGHT_HEAVY,
                              "underline", PANGO_UNDERLINE_SINGLE, NULL);
  /* Words a compared version did not have; readable in light and dark styles. */
  gtk_text_buffer_create_tag (buffer, "inserted", "background-rgba",
                              &(GdkRGBA) { 0.18f, 0.76f, 0.49f, 0.35f }, NULL);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_buffer_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect_object (key, "key-pressed", G_CALLBACK (on_key_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (view), key);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_view_focus_leave), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (view), focus);
  fw_spell_buffer_attach (view);
}

/* Review ---------------------------------------------------------------------------------- */

static void
create_correction_popover_cb (GtkMenuButton *button,
                              gpointer       user_data)
{
  FwStatementRow *self = user_data;
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (button));

  if (popover == NULL)
    {
      popover = fw_correction_popover_new ();
      gtk_menu_button_set_popover (button, popover);
    }
  fw_correction_popover_set_correction (FW_CORRECTION_POPOVER (popover), self->document,
                                        self->correction);
}

static void
update_correction (FwStatementRow *self)
{
  FwCorrection *correction = fw_review_find_pending (self->document, FW_CORRECTION_ITEM_STATEMENT,
                                                     fw_statement_get_id (self->statement));

  g_set_object (&self->correction, correction);
  if (self->correction_button == NULL && correction != NULL)
    {
      self->correction_button = gtk_menu_button_new ();
      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->correction_button),
                                     "document-edit-symbolic");
      gtk_widget_add_css_class (self->correction_button, "flat");
      gtk_widget_add_css_class (self->correction_button, "correction-marker");
      gtk_widget_set_valign (self->correction_button, GTK_ALIGN_START);
      gtk_widget_set_tooltip_text (self->correction_button,
                                   _("This statement has an open correction"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->correction_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show correction"), -1);
      gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->correction_button),
                                             create_correction_popover_cb, self, NULL);
      gtk_grid_attach (self->header_box, self->correction_button, 3, 0, 1, 1);
    }
  if (self->correction_button == NULL)
    return;
  gtk_widget_set_visible (self->correction_button, correction != NULL);
  if (correction != NULL &&
      gtk_menu_button_get_popover (GTK_MENU_BUTTON (self->correction_button)) != NULL)
    create_correction_popover_cb (GTK_MENU_BUTTON (self->correction_button), self);
}

gboolean
fw_statement_row_get_annotated (FwStatementRow *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT_ROW (self), FALSE);

  return self->correction_button != NULL && gtk_widget_get_visible (self->correction_button);
}

FwCorrectionPopover *
fw_statement_row_get_correction_popover (FwStatementRow *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT_ROW (self), NULL);

  if (self->correction == NULL)
    return NULL;
  create_correction_popover_cb (GTK_MENU_BUTTON (self->correction_button), self);
  return FW_CORRECTION_POPOVER (
    gtk_menu_button_get_popover (GTK_MENU_BUTTON (self->correction_button)));
}

void
fw_statement_row_open_correction (FwStatementRow *self)
{
  g_return_if_fail (FW_IS_STATEMENT_ROW (self));

  if (self->correction != NULL)
    gtk_menu_button_popup (GTK_MENU_BUTTON (self->correction_button));
}

static void
fw_statement_row_constructed (GObject *object)
{
  FwStatementRow *self = FW_STATEMENT_ROW (object);

  G_OBJECT_CLASS (fw_statement_row_parent_class)->constructed (object);

  g_assert (self->statement != NULL);
  sync_field_from_model (self, FW_STATEMENT_FIELD_HEADLINE);
  sync_field_from_model (self, FW_STATEMENT_FIELD_BODY);
  update_accessible_label (self);
  fw_spell_buffer_bind_document (fw_spell_buffer_get_for_view (self->headline_view),
                                 self->document, G_CALLBACK (on_buffer_changed), self);
  fw_spell_buffer_bind_document (fw_spell_buffer_get_for_view (self->body_view),
                                 self->document, G_CALLBACK (on_buffer_changed), self);
  fw_citation_chips_set_statement (self->chips, self->document, self->statement);
  g_signal_connect_object (self->statement, "notify", G_CALLBACK (on_statement_notify), self,
                           G_CONNECT_SWAPPED);
  if (self->document != NULL)
    {
      g_signal_connect_object (fw_document_get_history (self->document), "changed",
                               G_CALLBACK (update_correction), self, G_CONNECT_SWAPPED);
      update_correction (self);
    }
}

static void
fw_statement_row_dispose (GObject *object)
{
  FwStatementRow *self = FW_STATEMENT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_STATEMENT_ROW);
  g_clear_object (&self->correction);
  g_clear_object (&self->document);
  g_clear_object (&self->statement);

  G_OBJECT_CLASS (fw_statement_row_parent_class)->dispose (object);
}

static void
fw_statement_row_finalize (GObject *object)
{
  FwStatementRow *self = FW_STATEMENT_ROW (object);

  g_clear_pointer (&self->highlight, g_free);

  G_OBJECT_CLASS (fw_statement_row_parent_class)->finalize (object);
}

static void
fw_statement_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  FwStatementRow *self = FW_STATEMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_STATEMENT:
      g_value_set_object (value, self->statement);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_statement_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  FwStatementRow *self = FW_STATEMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;
    case PROP_STATEMENT:
      self->statement = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_statement_row_class_init (FwStatementRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fw_statement_row_constructed;
  object_class->dispose = fw_statement_row_dispose;
  object_class->finalize = fw_statement_row_finalize;
  object_class->get_property = fw_statement_row_get_property;
  object_class->set_property = fw_statement_row_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, FW_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATEMENT] =
    g_param_spec_object ("statement", NULL, NULL, FW_TYPE_STATEMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[FOCUS_ENTERED] =
    g_signal_new ("focus-entered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (FW_TYPE_WRAP_TEXT_VIEW);
  g_type_ensure (FW_TYPE_CITATION_CHIPS);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-statement-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FwStatementRow, headline_view);
  gtk_widget_class_bind_template_child (widget_class, FwStatementRow, body_view);
  gtk_widget_class_bind_template_child (widget_class, FwStatementRow, marker);
  gtk_widget_class_bind_template_child (widget_class, FwStatementRow, drag_handle);
  gtk_widget_class_bind_template_child (widget_class, FwStatementRow, header_box);
  gtk_widget_class_bind_template_child (widget_class, FwStatementRow, chips);
}

static void
fw_statement_row_init (FwStatementRow *self)
{
  GtkEventController *focus;
  GtkDragSource *source;

  gtk_widget_init_template (GTK_WIDGET (self));

  setup_view (self, self->headline_view);
  setup_view (self, self->body_view);
  /* "Add citation" by the headline, so an uncited statement spends no line on citations. */
  fw_citation_chips_move_add_button (self->chips, self->header_box, 2, 0);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "enter", G_CALLBACK (on_focus_enter), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (on_drag_prepare), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (source, "drag-begin", G_CALLBACK (on_drag_begin), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (source, "drag-end", G_CALLBACK (on_drag_end), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));
}

GtkWidget *
fw_statement_row_new (FwDocument  *document,
                      FwStatement *statement)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (FW_IS_STATEMENT (statement), NULL);

  return g_object_new (FW_TYPE_STATEMENT_ROW,
                       "document", document,
                       "statement", statement,
                       NULL);
}

FwStatement *
fw_statement_row_get_statement (FwStatementRow *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT_ROW (self), NULL);

  return self->statement;
}

FwCitationChips *
fw_statement_row_get_chips (FwStatementRow *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT_ROW (self), NULL);

  return self->chips;
}

GtkWidget *
fw_statement_row_get_field_widget (FwStatementRow   *self,
                                   FwStatementField  field)
{
  g_return_val_if_fail (FW_IS_STATEMENT_ROW (self), NULL);

  if (field == FW_STATEMENT_FIELD_NONE)
    return GTK_WIDGET (self);
  return GTK_WIDGET (field_view (self, field));
}

FwStatementField
fw_statement_row_get_focus_field (FwStatementRow *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT_ROW (self), FW_STATEMENT_FIELD_NONE);

  if (gtk_widget_has_focus (GTK_WIDGET (self->headline_view)))
    return FW_STATEMENT_FIELD_HEADLINE;
  if (gtk_widget_has_focus (GTK_WIDGET (self->body_view)))
    return FW_STATEMENT_FIELD_BODY;
  return FW_STATEMENT_FIELD_NONE;
}

void
fw_statement_row_focus_field (FwStatementRow   *self,
                              FwStatementField  field)
{
  GtkTextBuffer *buffer;
  GtkTextIter end;

  g_return_if_fail (FW_IS_STATEMENT_ROW (self));

  if (field == FW_STATEMENT_FIELD_NONE)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self));
      return;
    }
  buffer = gtk_text_view_get_buffer (field_view (self, field));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  gtk_widget_grab_focus (GTK_WIDGET (field_view (self, field)));
}

void
fw_statement_row_set_findings (FwStatementRow *self,
                               GPtrArray      *findings)
{
  g_return_if_fail (FW_IS_STATEMENT_ROW (self));

  /* Most statements have no findings and never had: nothing to update. */
  if ((findings == NULL || findings->len == 0) && !self->has_findings)
    return;
  self->has_findings = fw_finding_marker_update (self->marker, findings);
  if (self->has_findings)
    gtk_widget_add_css_class (GTK_WIDGET (self), "has-findings");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "has-findings");
}

gboolean
fw_statement_row_has_findings (FwStatementRow *self)
{
  g_return_val_if_fail (FW_IS_STATEMENT_ROW (self), FALSE);

  return self->has_findings;
}

void
fw_statement_row_set_highlight (FwStatementRow *self,
                                const char     *needle)
{
  gboolean matched;

  g_return_if_fail (FW_IS_STATEMENT_ROW (self));

  if (g_strcmp0 (self->highlight, needle) == 0)
    return;
  g_free (self->highlight);
  self->highlight = needle != NULL && needle[0] != '\0' ? g_strdup (needle) : NULL;

  apply_highlight_to (self, gtk_text_view_get_buffer (self->headline_view));
  apply_highlight_to (self, gtk_text_view_get_buffer (self->body_view));
  matched = self->highlight != NULL && fw_statement_matches (self->statement, self->highlight);
  if (matched)
    gtk_widget_add_css_class (GTK_WIDGET (self), "search-match");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "search-match");
}

/* Tags the words of @buffer that @old_text did not have (all of them when it is NULL). */
static void
tag_inserted (GtkTextBuffer *buffer,
              const char    *old_text)
{
  g_autofree char *text = buffer_get_all (buffer);
  g_autoptr(GPtrArray) segments = NULL;
  GtkTextIter start, end;
  glong offset = 0;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "inserted", &start, &end);
  if (old_text == NULL)
    {
      gtk_text_buffer_apply_tag_by_name (buffer, "inserted", &start, &end);
      return;
    }

  segments = fw_diff_words (old_text, text);
  for (guint i = 0; i < segments->len; i++)
    {
      FwDiffSegment *segment = g_ptr_array_index (segments, i);
      glong length = g_utf8_strlen (segment->text, -1);

      if (segment->op == FW_DIFF_DELETE)
        continue;
      if (segment->op == FW_DIFF_INSERT)
        {
          gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) offset);
          gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) (offset + length));
          gtk_text_buffer_apply_tag_by_name (buffer, "inserted", &start, &end);
        }
      offset += length;
    }
}

/* "Was: …" with the words the current text no longer has struck through. */
static char *
describe_old (FwStatement *old_statement,
              FwStatement *statement)
{
  g_autofree char *old_text = fw_statement_to_text (old_statement);
  g_autofree char *new_text = fw_statement_to_text (statement);
  g_autoptr(GPtrArray) segments = fw_diff_words (old_text, new_text);
  g_autoptr(GString) markup = g_string_new (NULL);

  g_string_append_printf (markup, "<b>%s</b> ", _("Was:"));
  for (guint i = 0; i < segments->len; i++)
    {
      FwDiffSegment *segment = g_ptr_array_index (segments, i);
      g_autofree char *escaped = g_markup_escape_text (segment->text, -1);

      if (segment->op == FW_DIFF_EQUAL)
        g_string_append (markup, escaped);
      else if (segment->op == FW_DIFF_DELETE)
        g_string_append_printf (markup, "<s>%s</s>", escaped);
    }
  return g_string_free (g_steal_pointer (&markup), FALSE);
}

void
fw_statement_row_set_change (FwStatementRow *self,
                             const FwChange *change)
{
  static const char * const classes[] = { "compare-added", "compare-edited", "compare-moved" };
  GtkTextBuffer *headline = NULL, *body = NULL;

  g_return_if_fail (FW_IS_STATEMENT_ROW (self));

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self), classes[i]);
  headline = gtk_text_view_get_buffer (self->headline_view);
  body = gtk_text_view_get_buffer (self->body_view);
  gtk_widget_set_tooltip_markup (GTK_WIDGET (self), NULL);
  if (change == NULL || change->new_statement != self->statement)
    {
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (headline, &start, &end);
      gtk_text_buffer_remove_tag_by_name (headline, "inserted", &start, &end);
      gtk_text_buffer_get_bounds (body, &start, &end);
      gtk_text_buffer_remove_tag_by_name (body, "inserted", &start, &end);
      return;
    }

  if (change->kind == FW_CHANGE_ADDED)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "compare-added");
      tag_inserted (headline, NULL);
      tag_inserted (body, NULL);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("Added since the compared version"));
      return;
    }

  gtk_widget_add_css_class (GTK_WIDGET (self), change->kind == FW_CHANGE_EDITED
                                               ? "compare-edited" : "compare-moved");
  if (change->old_statement != NULL)
    {
      g_autofree char *markup = describe_old (change->old_statement, self->statement);

      tag_inserted (headline, fw_statement_get_headline (change->old_statement));
      tag_inserted (body, fw_statement_get_body (change->old_statement));
      gtk_widget_set_tooltip_markup (GTK_WIDGET (self), markup);
    }
}
