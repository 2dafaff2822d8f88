/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-window-private.h"

/* Find and Replace: the find bar's actions, and showing its current match on its page. */

static const char *
section_of (FwFindPart part)
{
  static const char * const sections[] = {
    [FW_FIND_PART_OVERVIEW] = "overview",
    [FW_FIND_PART_LEVELS] = "levels",
    [FW_FIND_PART_AI_FLUENCY] = "ai-fluency",
    [FW_FIND_PART_DURABLE_SKILLS] = "durable-skills",
    [FW_FIND_PART_EVIDENCE] = "evidence",
    [FW_FIND_PART_ONET] = "onet",
    [FW_FIND_PART_SOURCES] = "sources",
  };

  return part < G_N_ELEMENTS (sections) ? sections[part] : "overview";
}

/* Selects @statement on its page, scrolled into view, with @field focused; its row or NULL. */
static FwStatementRow *
select_statement (FwWindow         *self,
                  FwStatement      *statement,
                  FwStatementField  field)
{
  FwStatementPlace place;
  FwStatementList *list = NULL;

  if (fw_document_find_statement (self->document, fw_statement_get_id (statement),
                                  &place) != statement)
    return NULL;

  switch (place.section)
    {
    case FW_SECTION_LEVELS:
      {
        FwLevelsPage *page = FW_LEVELS_PAGE (_fw_window_page (self, "levels"));

        /* The page's own filter may hide the statement: this clears it then. */
        if (!fw_levels_page_select_statement (page, statement, field))
          return NULL;
        list = fw_levels_page_get_column (page, place.level);
        break;
      }
    case FW_SECTION_AI_FLUENCY:
      list = fw_ai_page_get_list (FW_AI_PAGE (_fw_window_page (self, "ai-fluency")),
                                  place.level);
      break;
    case FW_SECTION_DURABLE_SKILLS:
    default:
      list = fw_durable_page_get_cell (FW_DURABLE_PAGE (_fw_window_page (self, "durable-skills")),
                                       place.domain, place.level);
      break;
    }
  if (list == NULL)
    return NULL;
  if (place.section != FW_SECTION_LEVELS
      && !fw_statement_list_select_statement (list, statement, field))
    return NULL;

  return fw_statement_list_find_row (list, statement);
}

static void
select_in_text_view (GtkTextView       *view,
                     const char        *text,
                     const FwFindMatch *match)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_offset (buffer, &start,
                                      g_utf8_pointer_to_offset (text, text + match->start));
  gtk_text_buffer_get_iter_at_offset (buffer, &end,
                                      g_utf8_pointer_to_offset (text, text + match->end));
  gtk_text_buffer_select_range (buffer, &end, &start);
}

static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  g_autofree char *shown = NULL;

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      return g_strcmp0 (shown, text) == 0;
    }
  /* The GtkText inside an entry or entry row. */
  return GTK_IS_TEXT (widget)
         && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), text) == 0;
}

/* The text widget on @root showing @text, searched depth first; NULL when none is built. */
static GtkWidget *
find_text_widget (GtkWidget  *root,
                  const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_visible (child))
        continue;
      if (shows_text (child, text))
        return child;
      found = find_text_widget (child, text);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Focuses and selects the match in the widget that edits it, so its page scrolls to it. */
static void
select_match_text (FwWindow          *self,
                   const FwFindMatch *match)
{
  g_autofree char *text = fw_find_match_dup_text (match);
  GtkWidget *widget = NULL;

  if (FW_IS_STATEMENT (match->object))
    {
      FwStatementField field = g_str_equal (match->property, "headline")
                               ? FW_STATEMENT_FIELD_HEADLINE : FW_STATEMENT_FIELD_BODY;
      FwStatementRow *row = select_statement (self, FW_STATEMENT (match->object), field);

      if (row != NULL)
        widget = fw_statement_row_get_field_widget (row, field);
    }
  else
    {
      widget = find_text_widget (_fw_window_page (self, section_of (match->part)), text);
      if (widget != NULL)
        gtk_widget_grab_focus (widget);
    }

  if (GTK_IS_TEXT_VIEW (widget))
    select_in_text_view (GTK_TEXT_VIEW (widget), text, match);
  else if (GTK_IS_EDITABLE (widget))
    gtk_editable_select_region (GTK_EDITABLE (widget),
                                g_utf8_pointer_to_offset (text, text + match->start),
                                g_utf8_pointer_to_offset (text, text + match->end));
}

static void
show_match_cb (FwWindow          *self,
               const FwFindMatch *match,
               FwFindBar         *bar)
{
  _fw_window_show_section (self, section_of (match->part));
  select_match_text (self, match);
  /* Typing goes on in the bar: Enter steps, the match stays selected where it is. */
  fw_find_bar_refocus (bar);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FwWindow *self = FW_WINDOW (widget);

  fw_find_bar_open (self->find_bar, g_str_equal (action_name, "win.find-replace"));
}

static void
find_step_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FwWindow *self = FW_WINDOW (widget);

  if (!fw_find_bar_is_open (self->find_bar))
    {
      fw_find_bar_open (self->find_bar, FALSE);
      return;
    }
  fw_find_bar_step (self->find_bar, g_str_equal (action_name, "win.find-next") ? 1 : -1);
}

void
_fw_window_init_find (FwWindow *self)
{
  g_signal_connect_object (self->find_bar, "show-match", G_CALLBACK (show_match_cb), self,
                           G_CONNECT_SWAPPED);
}

void
_fw_window_class_init_find (GtkWidgetClass *widget_class)
{
  g_type_ensure (FW_TYPE_FIND_BAR);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.find-replace", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.find-next", NULL, find_step_action);
  gtk_widget_class_install_action (widget_class, "win.find-previous", NULL, find_step_action);
}
