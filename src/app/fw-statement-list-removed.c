/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-statement-list-private.h"
#include "fw-statement-row.h"

/* Compare With: statements the compared version had, struck through where they were. Rows
 * carry the ones before them as their list-box header; the ones after the last row go below
 * the list. */

static GtkWidget *
removed_label_new (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *markup = g_strdup_printf ("<s>%s</s>", escaped);
  g_autofree char *accessible = g_strdup_printf (_("Removed: %s"), text);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "compare-removed");
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  return label;
}

static GtkWidget *
removed_box_new (GPtrArray *texts)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  for (guint i = 0; i < texts->len; i++)
    gtk_box_append (GTK_BOX (box), removed_label_new (g_ptr_array_index (texts, i)));
  return box;
}

static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  FwStatementList *self = user_data;
  GPtrArray *texts = NULL;

  if (self->removed_before != NULL && FW_IS_STATEMENT_ROW (row))
    texts = g_hash_table_lookup (self->removed_before,
                                 fw_statement_row_get_statement (FW_STATEMENT_ROW (row)));
  gtk_list_box_row_set_header (row, texts != NULL ? removed_box_new (texts) : NULL);
}

void
_fw_statement_list_clear_removed (FwStatementList *self)
{
  g_clear_pointer (&self->removed_before, g_hash_table_unref);
  if (self->removed_tail != NULL)
    {
      gtk_box_remove (GTK_BOX (self->body), self->removed_tail);
      self->removed_tail = NULL;
    }
  if (self->list_box != NULL)
    {
      gtk_list_box_set_header_func (self->list_box, NULL, NULL, NULL);
      gtk_list_box_invalidate_headers (self->list_box);
    }
}

void
fw_statement_list_show_removed (FwStatementList     *self,
                                const char * const  *texts,
                                FwStatement        **befores,
                                guint                n_removed)
{
  g_autoptr(GPtrArray) tail = g_ptr_array_new ();

  g_return_if_fail (FW_IS_STATEMENT_LIST (self));

  _fw_statement_list_clear_removed (self);
  if (n_removed == 0)
    return;

  self->removed_before = g_hash_table_new_full (NULL, NULL, g_object_unref,
                                                (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < n_removed; i++)
    {
      GPtrArray *texts_here;

      if (befores[i] == NULL)
        {
          g_ptr_array_add (tail, (gpointer) texts[i]);
          continue;
        }
      texts_here = g_hash_table_lookup (self->removed_before, befores[i]);
      if (texts_here == NULL)
        {
          texts_here = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (self->removed_before, g_object_ref (befores[i]), texts_here);
        }
      g_ptr_array_add (texts_here, g_strdup (texts[i]));
    }

  gtk_list_box_set_header_func (self->list_box, update_header, self, NULL);
  gtk_list_box_invalidate_headers (self->list_box);
  if (tail->len > 0)
    {
      self->removed_tail = removed_box_new (tail);
      gtk_box_insert_child_after (GTK_BOX (self->body), self->removed_tail,
                                  GTK_WIDGET (self->list_box));
    }
}
