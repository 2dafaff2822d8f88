/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "fw-correction-apply.h"
#include "fw-correction-commands.h"
#include "fw-correction-popover.h"
#include "fw-onet-page-private.h"
#include "fw-review-items.h"
#include "fw-task-row.h"

/*
 * Review on the O*NET page: a task is annotated from its context menu or with Ctrl+Shift+M
 * on its row, which adds an open correction and opens it in a popover; a task that carries
 * an open correction shows a marker.
 */

static GtkWidget *
task_row_for (FwOnetPage *self,
              const char *task_id)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->tasks_list, i)) != NULL; i++)
    {
      FwTask *task = fw_task_row_get_task (FW_TASK_ROW (row));

      if (g_strcmp0 (fw_task_get_task_id (task), task_id) == 0)
        return GTK_WIDGET (row);
    }
  return NULL;
}

void
_fw_onet_page_update_markers (FwOnetPage *self)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  GtkListBoxRow *row;

  if (document == NULL || self->tasks_list == NULL)
    return;
  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->tasks_list, i)) != NULL; i++)
    {
      FwTask *task = fw_task_row_get_task (FW_TASK_ROW (row));

      fw_task_row_set_correction (FW_TASK_ROW (row),
                                  fw_review_find_pending (document, FW_CORRECTION_ITEM_TASK,
                                                          fw_task_get_task_id (task)));
    }
}

static gboolean
unparent_idle_cb (gpointer data)
{
  if (gtk_widget_get_parent (data) != NULL)
    gtk_widget_unparent (data);
  return G_SOURCE_REMOVE;
}

/* A popover of a row goes when closed, once GTK is done with it. */
static void
on_popover_closed (GtkWidget *popover)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, unparent_idle_cb, g_object_ref (popover), g_object_unref);
}

/* Whether @row shows inside the page now (not scrolled away): a popover must point at it. */
static gboolean
row_on_screen (FwOnetPage *self,
               GtkWidget  *row)
{
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (row) ||
      !gtk_widget_compute_bounds (row, GTK_WIDGET (self), &bounds))
    return FALSE;
  return bounds.origin.y >= 0 &&
         bounds.origin.y + MIN (bounds.size.height, 48) <= gtk_widget_get_height (GTK_WIDGET (self));
}

FwCorrectionPopover *
fw_onet_page_annotate_task (FwOnetPage *self,
                            FwTask     *task)
{
  FwDocument *document;
  g_autoptr(FwCorrection) correction = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *reviewer = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *popover;
  GtkWidget *row;
  FwReviewNew request = { NULL };

  g_return_val_if_fail (FW_IS_ONET_PAGE (self), NULL);
  g_return_val_if_fail (FW_IS_TASK (task), NULL);

  document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  row = task_row_for (self, fw_task_get_task_id (task));
  if (document == NULL || row == NULL)
    return NULL;

  reference = g_strconcat ("task:", fw_task_get_task_id (task), NULL);
  reviewer = fw_correction_reviewer_name ();
  request.reference = reference;
  request.kind = "outdated";
  request.proposed = fw_task_get_text (task);
  request.reviewer = reviewer;
  correction = fw_review_new_correction (document, &request, &error);
  if (correction == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return NULL;
    }
  fw_document_run (document, fw_correction_add_command_new (document, correction));

  /* The marker of the row shows it now, and opens it when the row is on screen. */
  fw_task_row_set_correction (FW_TASK_ROW (row), correction);
  popover = GTK_WIDGET (fw_task_row_get_correction_popover (FW_TASK_ROW (row)));
  if (row_on_screen (self, row))
    fw_task_row_open_correction (FW_TASK_ROW (row));
  return FW_CORRECTION_POPOVER (popover);
}

/* The item type of the O*NET list @property ("related-titles" → "title"). */
static const char *
list_item_type (const char *property)
{
  const char * const *types = fw_correction_item_types ();

  for (guint i = 0; types[i] != NULL; i++)
    if (g_strcmp0 (fw_correction_item_list_property (types[i]), property) == 0)
      return types[i];
  return NULL;
}

FwCorrection *
fw_onet_page_annotate_list_item (FwOnetPage *self,
                                 const char *property,
                                 guint       index)
{
  FwDocument *document;
  const char * const *ids;
  g_autoptr(FwCorrection) correction = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *reviewer = NULL;
  FwReviewNew request = { NULL };

  g_return_val_if_fail (FW_IS_ONET_PAGE (self), NULL);
  g_return_val_if_fail (list_item_type (property) != NULL, NULL);

  document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  if (document == NULL)
    return NULL;
  ids = fw_onet_get_item_ids (fw_document_get_onet (document), property);
  if (index >= g_strv_length ((char **) ids))
    return NULL;

  /* The id, not the text: two entries may read the same. */
  reference = g_strdup_printf ("%s:%s", list_item_type (property), ids[index]);
  reviewer = fw_correction_reviewer_name ();
  request.reference = reference;
  request.kind = "other";
  request.proposed = fw_onet_get_strv (fw_document_get_onet (document), property)[index];
  request.reviewer = reviewer;
  correction = fw_review_new_correction (document, &request, NULL);
  if (correction == NULL)
    return NULL;
  fw_document_run (document, fw_correction_add_command_new (document, correction));
  /* A list entry has no room for a marker: the correction opens on the Corrections page. */
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-correction", "s",
                              fw_correction_get_id (correction));
  return correction;
}

/* The list and index of the entry that has the focus, if any. */
static gboolean
focused_list_item (FwOnetPage  *self,
                   GtkWidget   *focus,
                   const char **property,
                   guint       *index)
{
  const char * const *properties = fw_onet_list_properties ();

  for (guint i = 0; focus != NULL && i < N_LISTS; i++)
    {
      GtkWidget *entry;

      for (guint j = 0; (entry = fw_string_list_editor_get_entry (self->editors[i], j)) != NULL;
           j++)
        {
          if (focus != entry && !gtk_widget_is_ancestor (focus, entry))
            continue;
          *property = properties[i];
          *index = j;
          return TRUE;
        }
    }
  return FALSE;
}

static FwTask *
focused_task (FwOnetPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, FW_TYPE_TASK_ROW) : NULL;

  return row != NULL ? fw_task_row_get_task (FW_TASK_ROW (row)) : NULL;
}

static void
annotate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FwOnetPage *self = FW_ONET_PAGE (widget);
  FwTask *task = NULL;

  if (parameter != NULL)
    {
      GtkWidget *row = task_row_for (self, g_variant_get_string (parameter, NULL));

      task = row != NULL ? fw_task_row_get_task (FW_TASK_ROW (row)) : NULL;
    }
  else
    {
      GtkRoot *root = gtk_widget_get_root (widget);
      GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
      const char *property;
      guint index;

      if (focused_list_item (self, focus, &property, &index))
        {
          fw_onet_page_annotate_list_item (self, property, index);
          return;
        }
      task = focused_task (self);
    }
  if (task == NULL || fw_task_get_task_id (task) == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  fw_onet_page_annotate_task (self, task);
}

static void
on_task_row_pressed (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     GtkWidget       *row)
{
  FwTask *task = fw_task_row_get_task (FW_TASK_ROW (row));
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;
  GtkWidget *popover;

  if (fw_task_get_task_id (task) == NULL)
    return;
  item = g_menu_item_new (_("Add _Correction…"), NULL);
  g_menu_item_set_action_and_target (item, "onet.annotate-task", "s",
                                     fw_task_get_task_id (task));
  g_menu_append_item (menu, item);
  popover = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_widget_set_parent (popover, row);
  gtk_popover_set_pointing_to (GTK_POPOVER (popover),
                               &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  g_signal_connect (popover, "closed", G_CALLBACK (on_popover_closed), NULL);
  gtk_popover_popup (GTK_POPOVER (popover));
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

void
_fw_onet_page_review_attach_row (FwOnetPage *self,
                                 GtkWidget  *row)
{
  GtkGesture *gesture = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (on_task_row_pressed), row, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (gesture));
}

void
_fw_onet_page_review_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "onet.annotate-task", "s", annotate_action);
  gtk_widget_class_install_action (widget_class, "onet.annotate", NULL, annotate_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "onet.annotate", NULL);
}
