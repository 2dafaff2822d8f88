/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-merge.h"
#include "fw-window-private.h"

/*
 * The merge-conflict banner: a file that a merge left with conflicts opens with the first of
 * them in the window's banner, and "Keep Mine" or "Keep Theirs" resolves it as one undoable
 * step. The next one shows until none is left; undo brings a resolved one back.
 */

#define QUOTE_CHARS 80

static char *
quote (const char *value)
{
  g_autofree char *shortened = NULL;

  if (value == NULL)
    return g_strdup (_("deleted"));
  if (g_utf8_strlen (value, -1) <= QUOTE_CHARS)
    return g_strdup_printf ("“%s”", value);
  shortened = g_utf8_substring (value, 0, QUOTE_CHARS);
  return g_strdup_printf ("“%s…”", shortened);
}

static FwConflict *
first_conflict (FwWindow *self)
{
  if (self->conflicts == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->conflicts)) == 0)
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->conflicts), 0);
}

void
_fw_window_update_conflict_banner (FwWindow *self)
{
  g_autoptr(FwConflict) conflict = first_conflict (self);
  g_autofree char *mine = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *text = NULL;
  guint n;
  gboolean showing_file;

  showing_file = gtk_revealer_get_reveal_child (self->banner_revealer)
                 && g_strcmp0 (gtk_stack_get_visible_child_name (self->banner_stack), "file") == 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.conflict-keep-mine", conflict != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.conflict-keep-theirs", conflict != NULL);

  /* A change on disk matters more; the conflict banner comes back when it is answered. */
  if (showing_file)
    return;
  if (conflict == NULL)
    {
      gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
      return;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->conflicts));
  mine = quote (fw_conflict_get_ours (conflict));
  theirs = quote (fw_conflict_get_theirs (conflict));
  /* Translators: e.g. "Merge conflict 1 of 3 in st-5d1c0a2b9e47 (body): mine “…”,
   * theirs “…”" */
  text = g_strdup_printf (_("Merge conflict 1 of %u in %s (%s): mine %s, theirs %s"), n,
                          fw_conflict_get_item_id (conflict), fw_conflict_get_field (conflict),
                          mine, theirs);
  gtk_label_set_label (self->conflict_label, text);
  gtk_stack_set_visible_child_name (self->banner_stack, "conflict");
  gtk_revealer_set_reveal_child (self->banner_revealer, TRUE);
}

void
_fw_window_watch_conflicts (FwWindow *self)
{
  GListStore *conflicts = fw_document_get_conflicts (self->document);

  if (self->conflicts != NULL)
    g_signal_handlers_disconnect_by_data (self->conflicts, self);
  g_set_object (&self->conflicts, conflicts);
  g_signal_connect_object (conflicts, "items-changed",
                           G_CALLBACK (_fw_window_update_conflict_banner), self,
                           G_CONNECT_SWAPPED);
  _fw_window_update_conflict_banner (self);
}

static void
resolve (FwWindow *self,
         gboolean  keep_theirs)
{
  g_autoptr(FwConflict) conflict = first_conflict (self);
  FwCommand *command;

  if (conflict == NULL)
    return;
  command = fw_conflict_resolve_command (self->document, conflict, keep_theirs);
  if (command != NULL)
    fw_document_run (self->document, command);
}

static void
keep_mine_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  resolve (FW_WINDOW (widget), FALSE);
}

static void
keep_theirs_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  resolve (FW_WINDOW (widget), TRUE);
}

void
_fw_window_class_init_conflicts (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.conflict-keep-mine", NULL,
                                   keep_mine_action);
  gtk_widget_class_install_action (widget_class, "win.conflict-keep-theirs", NULL,
                                   keep_theirs_action);
}
