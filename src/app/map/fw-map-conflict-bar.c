/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-map-conflict-bar.h"
#include "fw-map-conflicts.h"

struct _FwMapConflictBar
{
  GtkWidget    parent_instance;

  GtkRevealer *revealer;
  GtkLabel    *label;

  FwMap       *map;
};

G_DEFINE_FINAL_TYPE (FwMapConflictBar, fw_map_conflict_bar, GTK_TYPE_WIDGET)

static FwConflict *
first_conflict (FwMapConflictBar *self)
{
  GListModel *conflicts;

  if (self->map == NULL)
    return NULL;
  conflicts = G_LIST_MODEL (fw_map_get_conflicts (self->map));
  return g_list_model_get_n_items (conflicts) > 0 ? g_list_model_get_item (conflicts, 0) : NULL;
}

static void
update (FwMapConflictBar *self)
{
  g_autoptr(FwConflict) conflict = first_conflict (self);
  g_autofree char *message = NULL;
  g_autofree char *text = NULL;
  guint n;

  if (conflict == NULL)
    {
      gtk_label_set_label (self->label, "");
      gtk_revealer_set_reveal_child (self->revealer, FALSE);
      return;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (fw_map_get_conflicts (self->map)));
  message = fw_map_describe_conflict (conflict);
  /* Translators: "1 of 3: merge conflict on mapping RAD101:CLO1 -> st-… (depth): …" */
  text = g_strdup_printf (_("1 of %u: %s"), n, message);
  gtk_label_set_label (self->label, text);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
}

void
fw_map_conflict_bar_resolve (FwMapConflictBar *self,
                             gboolean          keep_theirs)
{
  g_autoptr(FwConflict) conflict = NULL;
  FwCommand *command;

  g_return_if_fail (FW_IS_MAP_CONFLICT_BAR (self));

  conflict = first_conflict (self);
  if (conflict == NULL)
    return;
  command = fw_map_resolve_conflict (self->map, conflict, keep_theirs);
  if (command != NULL)
    fw_map_run (self->map, command);
}

static void
on_keep_mine (FwMapConflictBar *self)
{
  fw_map_conflict_bar_resolve (self, FALSE);
}

static void
on_keep_theirs (FwMapConflictBar *self)
{
  fw_map_conflict_bar_resolve (self, TRUE);
}

void
fw_map_conflict_bar_set_map (FwMapConflictBar *self,
                             FwMap            *map)
{
  g_return_if_fail (FW_IS_MAP_CONFLICT_BAR (self));
  g_return_if_fail (map == NULL || FW_IS_MAP (map));

  if (self->map != NULL)
    g_signal_handlers_disconnect_by_data (fw_map_get_conflicts (self->map), self);
  g_set_object (&self->map, map);
  if (map != NULL)
    g_signal_connect_object (fw_map_get_conflicts (map), "items-changed", G_CALLBACK (update),
                             self, G_CONNECT_SWAPPED);
  update (self);
}

const char *
fw_map_conflict_bar_get_text (FwMapConflictBar *self)
{
  g_return_val_if_fail (FW_IS_MAP_CONFLICT_BAR (self), NULL);

  return gtk_label_get_label (self->label);
}

GtkWidget *
fw_map_conflict_bar_new (void)
{
  return g_object_new (FW_TYPE_MAP_CONFLICT_BAR, NULL);
}

static void
fw_map_conflict_bar_dispose (GObject *object)
{
  FwMapConflictBar *self = FW_MAP_CONFLICT_BAR (object);

  fw_map_conflict_bar_set_map (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_MAP_CONFLICT_BAR);
  G_OBJECT_CLASS (fw_map_conflict_bar_parent_class)->dispose (object);
}

static void
fw_map_conflict_bar_class_init (FwMapConflictBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_map_conflict_bar_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/map/fw-map-conflict-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, FwMapConflictBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, FwMapConflictBar, label);
  gtk_widget_class_bind_template_callback (widget_class, on_keep_mine);
  gtk_widget_class_bind_template_callback (widget_class, on_keep_theirs);
}

static void
fw_map_conflict_bar_init (FwMapConflictBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
