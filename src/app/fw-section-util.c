/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-section-util.h"

typedef struct
{
  FwRebuildFunc  func;
  FwDocument    *document;
  gboolean       stale;
} LazyState;

static void
lazy_state_free (LazyState *state)
{
  g_clear_object (&state->document);
  g_free (state);
}

static LazyState *
lazy_state (GtkWidget *page)
{
  return g_object_get_data (G_OBJECT (page), "fw-lazy-state");
}

static void
on_map (GtkWidget *page)
{
  LazyState *state = lazy_state (page);

  if (state->stale)
    {
      state->stale = FALSE;
      state->func (page);
    }
}

void
_fw_section_lazy_init (GtkWidget     *page,
                       FwRebuildFunc  func)
{
  LazyState *state = g_new0 (LazyState, 1);

  state->func = func;
  state->stale = TRUE;
  g_object_set_data_full (G_OBJECT (page), "fw-lazy-state", state,
                          (GDestroyNotify) lazy_state_free);
  g_signal_connect (page, "map", G_CALLBACK (on_map), NULL);
}

void
_fw_section_queue_rebuild (GtkWidget *page)
{
  LazyState *state = lazy_state (page);

  g_return_if_fail (state != NULL);

  state->stale = TRUE;
  if (gtk_widget_get_mapped (page))
    on_map (page);
}

void
_fw_section_watch_document (GtkWidget  *page,
                            FwDocument *document)
{
  LazyState *state = lazy_state (page);

  g_return_if_fail (state != NULL);

  if (state->document != NULL)
    g_signal_handlers_disconnect_by_data (fw_document_get_history (state->document), page);
  g_set_object (&state->document, document);
  if (document != NULL)
    g_signal_connect_object (fw_document_get_history (document), "changed",
                             G_CALLBACK (_fw_section_queue_rebuild), page, G_CONNECT_SWAPPED);
  _fw_section_queue_rebuild (page);
}

void
_fw_section_clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

GtkWidget *
_fw_section_statement_widget (FwDocument  *document,
                              FwStatement *statement)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  const char * const *citations = fw_statement_get_citations (statement);
  const char *headline = fw_statement_get_headline (statement);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "readonly-statement");
  gtk_box_append (GTK_BOX (box), wrapped_label (headline[0] ? headline : _("(no headline)"),
                                                "heading"));
  gtk_box_append (GTK_BOX (box), wrapped_label (fw_statement_get_body (statement), NULL));
  if (citations != NULL && citations[0] != NULL)
    {
      GtkWidget *chips = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

      for (guint i = 0; citations[i] != NULL; i++)
        {
          FwSource *source = fw_document_find_source (document, citations[i]);
          GtkWidget *chip = gtk_label_new (source ? fw_source_get_short_label (source)
                                                  : citations[i]);

          gtk_widget_add_css_class (chip, "citation-chip");
          gtk_widget_add_css_class (chip, "caption");
          if (source != NULL)
            gtk_widget_set_tooltip_text (chip, fw_source_get_title (source));
          gtk_box_append (GTK_BOX (chips), chip);
        }
      gtk_box_append (GTK_BOX (box), chips);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, headline, -1);
  return box;
}

GtkWidget *
_fw_section_empty_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

GtkWidget *
_fw_section_value_row (const char *title,
                       const char *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value != NULL ? value : _("Not recorded"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_label_set_selectable (GTK_LABEL (label), value != NULL);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  if (value == NULL)
    gtk_widget_add_css_class (label, "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}
