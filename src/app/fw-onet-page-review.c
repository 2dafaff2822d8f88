/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "fw-apprenticeship-row.h"
#include "fw-correction-apply.h"
#include "fw-correction-commands.h"
#include "fw-correction-popover.h"
#include "fw-onet-page-private.h"
#include "fw-review-items.h"
#include "fw-task-row.h"

/*
 * Review on the O*NET page: a task or a list entry (related title, skill, technology …) is
 * annotated from its context menu or with Ctrl+Shift+M, which adds an open correction and
 * opens it in a popover; an item that carries an open correction shows a marker. The page's
 * context menu, and Ctrl+Shift+M on the Job Zone row of the summary, annotate the job zone.
 */

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

static void
create_list_popover_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  FwOnetPage *self = user_data;
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (button));

  if (popover == NULL)
    {
      popover = fw_correction_popover_new ();
      gtk_menu_button_set_popover (button, popover);
    }
  fw_correction_popover_set_correction (FW_CORRECTION_POPOVER (popover),
                                        fw_editor_page_get_document (FW_EDITOR_PAGE (self)),
                                        g_object_get_data (G_OBJECT (button), "correction"));
}

/* Shows or hides the marker of a list entry or an apprenticeship row (made when first
 * needed) for @correction. */
static void
set_entry_correction (FwOnetPage   *self,
                      GtkWidget    *entry,
                      FwCorrection *correction)
{
  GtkWidget *marker = g_object_get_data (G_OBJECT (entry), "correction-marker");

  if (marker == NULL && correction != NULL)
    {
      marker = gtk_menu_button_new ();
      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (marker), "document-edit-symbolic");
      gtk_widget_add_css_class (marker, "flat");
      gtk_widget_add_css_class (marker, "correction-marker");
      gtk_widget_set_valign (marker, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (marker, _("This item has an open correction"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (marker), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Show correction"), -1);
      gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (marker), create_list_popover_cb,
                                             self, NULL);
      if (ADW_IS_ENTRY_ROW (entry))
        adw_entry_row_add_prefix (ADW_ENTRY_ROW (entry), marker);
      else if (ADW_IS_ACTION_ROW (entry))
        adw_action_row_add_prefix (ADW_ACTION_ROW (entry), marker);
      else
        adw_expander_row_add_prefix (ADW_EXPANDER_ROW (entry), marker);
      g_object_set_data (G_OBJECT (entry), "correction-marker", marker);
    }
  if (marker == NULL)
    return;
  g_object_set_data_full (G_OBJECT (marker), "correction",
                          correction != NULL ? g_object_ref (correction) : NULL,
                          g_object_unref);
  gtk_widget_set_visible (marker, correction != NULL);
  if (gtk_menu_button_get_popover (GTK_MENU_BUTTON (marker)) != NULL && correction != NULL)
    create_list_popover_cb (GTK_MENU_BUTTON (marker), self);
}

static GtkWidget *
visible_marker (GtkWidget *row)
{
  GtkWidget *marker = row != NULL ? g_object_get_data (G_OBJECT (row), "correction-marker")
                                  : NULL;

  return marker != NULL && gtk_widget_get_visible (marker) ? marker : NULL;
}

GtkWidget *
fw_onet_page_get_list_marker (FwOnetPage *self,
                              const char *property,
                              guint       index)
{
  FwStringListEditor *editor;
  GtkWidget *entry;

  g_return_val_if_fail (FW_IS_ONET_PAGE (self), NULL);

  editor = fw_onet_page_get_list_editor (self, property);
  entry = editor != NULL ? fw_string_list_editor_get_entry (editor, index) : NULL;
  return visible_marker (entry);
}

GtkWidget *
fw_onet_page_get_apprenticeship_marker (FwOnetPage *self,
                                        guint       index)
{
  g_return_val_if_fail (FW_IS_ONET_PAGE (self), NULL);

  return visible_marker (GTK_WIDGET (gtk_list_box_get_row_at_index (self->apprenticeships_list,
                                                                    index)));
}

GtkWidget *
fw_onet_page_get_job_zone_marker (FwOnetPage *self)
{
  g_return_val_if_fail (FW_IS_ONET_PAGE (self), NULL);

  return visible_marker (GTK_WIDGET (self->job_zone_row));
}

/* The summary's Job Zone row: the zone (edited on the Overview page) and its marker. */
static void
update_job_zone_row (FwOnetPage *self,
                     FwDocument *document)
{
  int zone = fw_document_get_job_zone (document);
  const char *label = fw_document_get_job_zone_label (document);
  g_autofree char *value = zone > 0 ? g_strdup_printf ("%d", zone) : g_strdup (_("Not set"));

  gtk_label_set_text (self->job_zone_label, value);
  adw_action_row_set_subtitle (self->job_zone_row,
                               label[0] != '\0' ? label : _("Edited on the Overview page"));
  set_entry_correction (self, GTK_WIDGET (self->job_zone_row),
                        fw_review_find_pending (document, FW_CORRECTION_ITEM_JOB_ZONE, ""));
}

static void
update_list_markers (FwOnetPage *self,
                     FwDocument *document)
{
  const char * const *properties = fw_onet_list_properties ();
  GtkListBoxRow *row;

  for (guint i = 0;
       (row = gtk_list_box_get_row_at_index (self->apprenticeships_list, i)) != NULL; i++)
    set_entry_correction (self, GTK_WIDGET (row),
                          fw_review_find_pending (document, "apprenticeship",
                                                  _fw_onet_page_item_id (GTK_WIDGET (row))));

  for (guint i = 0; i < N_LISTS; i++)
    {
      const char *type = list_item_type (properties[i]);
      const char * const *ids = fw_onet_get_item_ids (fw_document_get_onet (document),
                                                      properties[i]);
      GtkWidget *entry;

      for (guint j = 0; (entry = fw_string_list_editor_get_entry (self->editors[i], j)) != NULL;
           j++)
        set_entry_correction (self, entry,
                              type != NULL && j < g_strv_length ((char **) ids)
                                ? fw_review_find_pending (document, type, ids[j])
                                : NULL);
    }
}

void
_fw_onet_page_update_markers (FwOnetPage *self)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  GtkListBoxRow *row;

  if (document == NULL || self->tasks_list == NULL)
    return;
  update_list_markers (self, document);
  update_job_zone_row (self, document);
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
  GtkWidget *marker;

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
  /* The entry's marker shows it now, and opens it when the entry is on screen. */
  _fw_onet_page_update_markers (self);
  marker = fw_onet_page_get_list_marker (self, property, index);
  if (marker != NULL && row_on_screen (self, marker))
    gtk_menu_button_popup (GTK_MENU_BUTTON (marker));
  return correction;
}

FwCorrection *
fw_onet_page_annotate_apprenticeship (FwOnetPage *self,
                                      guint       index)
{
  FwDocument *document;
  GtkWidget *row;
  GtkWidget *marker;
  FwApprenticeship *apprenticeship;
  g_autoptr(FwCorrection) correction = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *reviewer = NULL;
  FwReviewNew request = { NULL };

  g_return_val_if_fail (FW_IS_ONET_PAGE (self), NULL);

  document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->apprenticeships_list, index));
  if (document == NULL || row == NULL)
    return NULL;
  apprenticeship = fw_apprenticeship_row_get_apprenticeship (FW_APPRENTICESHIP_ROW (row));
  reference = g_strconcat ("apprenticeship:", fw_apprenticeship_get_id (apprenticeship), NULL);
  reviewer = fw_correction_reviewer_name ();
  request.reference = reference;
  request.kind = "other";
  request.proposed = fw_apprenticeship_get_title (apprenticeship);
  request.reviewer = reviewer;
  correction = fw_review_new_correction (document, &request, NULL);
  if (correction == NULL)
    return NULL;
  fw_document_run (document, fw_correction_add_command_new (document, correction));
  _fw_onet_page_update_markers (self);
  marker = visible_marker (row);
  if (marker != NULL && row_on_screen (self, marker))
    gtk_menu_button_popup (GTK_MENU_BUTTON (marker));
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
      GtkWidget *row;

      if (focused_list_item (self, focus, &property, &index))
        {
          fw_onet_page_annotate_list_item (self, property, index);
          return;
        }
      row = focus != NULL ? gtk_widget_get_ancestor (focus, FW_TYPE_APPRENTICESHIP_ROW) : NULL;
      if (row != NULL)
        {
          if (fw_onet_page_annotate_apprenticeship (
                self, gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row))) == NULL)
            gtk_widget_error_bell (widget);
          return;
        }
      if (focus != NULL && (focus == GTK_WIDGET (self->job_zone_row) ||
                            gtk_widget_is_ancestor (focus, GTK_WIDGET (self->job_zone_row))))
        {
          if (fw_onet_page_annotate_job_zone (self) == NULL)
            gtk_widget_error_bell (widget);
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

static void
annotate_item_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  const char *property;
  guint index;

  g_variant_get (parameter, "(&su)", &property, &index);
  if (list_item_type (property) == NULL ||
      fw_onet_page_annotate_list_item (FW_ONET_PAGE (widget), property, index) == NULL)
    gtk_widget_error_bell (widget);
}

FwCorrection *
fw_onet_page_annotate_job_zone (FwOnetPage *self)
{
  FwDocument *document;
  g_autoptr(FwCorrection) correction = NULL;
  g_autofree char *reviewer = NULL;
  g_autofree char *zone = NULL;
  FwReviewNew request = { NULL };
  GtkWidget *marker;

  g_return_val_if_fail (FW_IS_ONET_PAGE (self), NULL);

  document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  if (document == NULL)
    return NULL;
  reviewer = fw_correction_reviewer_name ();
  zone = g_strdup_printf ("%d", fw_document_get_job_zone (document));
  request.reference = "job-zone";
  request.kind = "inaccurate";
  request.proposed = zone;
  request.reviewer = reviewer;
  correction = fw_review_new_correction (document, &request, NULL);
  if (correction == NULL)
    return NULL;
  fw_document_run (document, fw_correction_add_command_new (document, correction));
  /* The Job Zone row's marker shows it now, and opens it when the row is on screen. */
  _fw_onet_page_update_markers (self);
  marker = fw_onet_page_get_job_zone_marker (self);
  if (marker != NULL && row_on_screen (self, marker))
    gtk_menu_button_popup (GTK_MENU_BUTTON (marker));
  return correction;
}

static void
annotate_apprenticeship_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  if (fw_onet_page_annotate_apprenticeship (FW_ONET_PAGE (widget),
                                            g_variant_get_uint32 (parameter)) == NULL)
    gtk_widget_error_bell (widget);
}

static void
annotate_job_zone_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  if (fw_onet_page_annotate_job_zone (FW_ONET_PAGE (widget)) == NULL)
    gtk_widget_error_bell (widget);
}

GMenuModel *
fw_onet_page_get_context_menu (FwOnetPage *self,
                               GtkWidget  *target)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;
  const char * const *properties = fw_onet_list_properties ();
  GtkWidget *row;

  g_return_val_if_fail (FW_IS_ONET_PAGE (self), NULL);

  for (guint i = 0; target != NULL && i < N_LISTS && item == NULL; i++)
    {
      GtkWidget *entry;

      for (guint j = 0; (entry = fw_string_list_editor_get_entry (self->editors[i], j)) != NULL;
           j++)
        {
          if (target != entry && !gtk_widget_is_ancestor (target, entry))
            continue;
          item = g_menu_item_new (_("Add _Correction…"), NULL);
          g_menu_item_set_action_and_target (item, "onet.annotate-item", "(su)", properties[i],
                                             j);
          g_menu_append_item (menu, item);
          break;
        }
    }
  row = target != NULL ? gtk_widget_get_ancestor (target, FW_TYPE_APPRENTICESHIP_ROW) : NULL;
  if (row != NULL && item == NULL)
    {
      item = g_menu_item_new (_("Add _Correction…"), NULL);
      g_menu_item_set_action_and_target (item, "onet.annotate-apprenticeship", "u",
                                         gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
      g_menu_append_item (menu, item);
    }
  g_menu_append (menu, _("Add Correction to the _Job Zone…"), "onet.annotate-job-zone");
  return G_MENU_MODEL (menu);
}

/* A right click on the page (not on a task, whose row has its own menu). */
static void
on_page_pressed (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 FwOnetPage      *self)
{
  GtkWidget *target = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);
  g_autoptr(GMenuModel) menu = NULL;
  GtkWidget *popover;

  if (target != NULL && gtk_widget_get_ancestor (target, FW_TYPE_TASK_ROW) != NULL)
    return;
  menu = fw_onet_page_get_context_menu (self, target);
  popover = gtk_popover_menu_new_from_model (menu);
  gtk_widget_set_parent (popover, GTK_WIDGET (self));
  gtk_popover_set_pointing_to (GTK_POPOVER (popover),
                               &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  g_signal_connect (popover, "closed", G_CALLBACK (on_popover_closed), NULL);
  gtk_popover_popup (GTK_POPOVER (popover));
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

void
_fw_onet_page_review_init (FwOnetPage *self)
{
  GtkGesture *gesture = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (on_page_pressed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));
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
  gtk_widget_class_install_action (widget_class, "onet.annotate-item", "(su)",
                                   annotate_item_action);
  gtk_widget_class_install_action (widget_class, "onet.annotate-apprenticeship", "u",
                                   annotate_apprenticeship_action);
  gtk_widget_class_install_action (widget_class, "onet.annotate-job-zone", NULL,
                                   annotate_job_zone_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "onet.annotate", NULL);
}
