/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-wrap-box.h"

struct _FwWrapBox
{
  GtkWidget parent_instance;

  int       column_spacing;
  int       row_spacing;
  guint     n_lines;
};

typedef struct
{
  GtkWidget *child;
  int        x;
  int        width;
  int        height;
  guint      line;
} Placement;

static GtkBuildableIface *parent_buildable_iface;

static void fw_wrap_box_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FwWrapBox, fw_wrap_box, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      fw_wrap_box_buildable_init))

/*
 * Places the visible children in lines of @width; fills @placements (may be NULL) and
 * @line_heights, and returns the total height.
 */
static int
fw_wrap_box_layout (FwWrapBox *self,
                    int        width,
                    GArray    *placements,
                    GArray    *line_heights)
{
  int x = 0;
  int line_height = 0;
  int height = 0;
  guint line = 0;
  gboolean any = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      Placement placement = { child, 0, 0, 0, 0 };
      int min, nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      placement.width = MAX (min, MIN (nat, width));
      if (any && x + self->column_spacing + placement.width > width)
        {
          g_array_append_val (line_heights, line_height);
          height += line_height + self->row_spacing;
          line++;
          x = 0;
          line_height = 0;
        }
      else if (any)
        x += self->column_spacing;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, placement.width, NULL,
                          &placement.height, NULL, NULL);
      placement.x = x;
      placement.line = line;
      if (placements != NULL)
        g_array_append_val (placements, placement);
      x += placement.width;
      line_height = MAX (line_height, placement.height);
      any = TRUE;
    }
  if (!any)
    return 0;
  g_array_append_val (line_heights, line_height);
  return height + line_height;
}

static int
natural_width (FwWrapBox *self,
               int       *minimum)
{
  int natural = 0;
  gboolean any = FALSE;

  *minimum = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min, nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      *minimum = MAX (*minimum, min);
      natural += nat + (any ? self->column_spacing : 0);
      any = TRUE;
    }
  return natural;
}

static GtkSizeRequestMode
fw_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
fw_wrap_box_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  FwWrapBox *self = FW_WRAP_BOX (widget);
  int min_width;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *natural = natural_width (self, minimum);
    }
  else
    {
      g_autoptr(GArray) line_heights = g_array_new (FALSE, FALSE, sizeof (int));
      int width = for_size >= 0 ? for_size : natural_width (self, &min_width);

      *minimum = *natural = fw_wrap_box_layout (self, width, NULL, line_heights);
    }
}

static void
fw_wrap_box_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  FwWrapBox *self = FW_WRAP_BOX (widget);
  g_autoptr(GArray) placements = g_array_new (FALSE, FALSE, sizeof (Placement));
  g_autoptr(GArray) line_heights = g_array_new (FALSE, FALSE, sizeof (int));
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  guint line = 0;
  int y = 0;

  fw_wrap_box_layout (self, width, placements, line_heights);
  self->n_lines = line_heights->len;
  for (guint i = 0; i < placements->len; i++)
    {
      Placement *placement = &g_array_index (placements, Placement, i);
      int line_height;
      GtkAllocation allocation;

      for (; line < placement->line; line++)
        y += g_array_index (line_heights, int, line) + self->row_spacing;
      line_height = g_array_index (line_heights, int, placement->line);
      allocation.x = rtl ? width - placement->x - placement->width : placement->x;
      allocation.y = y + (line_height - placement->height) / 2;
      allocation.width = placement->width;
      allocation.height = placement->height;
      gtk_widget_size_allocate (placement->child, &allocation, -1);
    }
}

static void
fw_wrap_box_buildable_add_child (GtkBuildable *buildable,
                                 GtkBuilder   *builder,
                                 GObject      *child,
                                 const char   *type)
{
  if (GTK_IS_WIDGET (child))
    fw_wrap_box_append (FW_WRAP_BOX (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
fw_wrap_box_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = fw_wrap_box_buildable_add_child;
}

static void
fw_wrap_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (fw_wrap_box_parent_class)->dispose (object);
}

static void
fw_wrap_box_class_init (FwWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_wrap_box_dispose;
  widget_class->get_request_mode = fw_wrap_box_get_request_mode;
  widget_class->measure = fw_wrap_box_measure;
  widget_class->size_allocate = fw_wrap_box_size_allocate;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "wrapbox");
}

static void
fw_wrap_box_init (FwWrapBox *self)
{
  self->column_spacing = 4;
  self->row_spacing = 4;
}

GtkWidget *
fw_wrap_box_new (void)
{
  return g_object_new (FW_TYPE_WRAP_BOX, NULL);
}

void
fw_wrap_box_append (FwWrapBox *self,
                    GtkWidget *child)
{
  g_return_if_fail (FW_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (gtk_widget_get_parent (child) == NULL);

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}

void
fw_wrap_box_insert_before (FwWrapBox *self,
                           GtkWidget *child,
                           GtkWidget *sibling)
{
  g_return_if_fail (FW_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (gtk_widget_get_parent (child) == NULL);
  g_return_if_fail (sibling == NULL || gtk_widget_get_parent (sibling) == GTK_WIDGET (self));

  gtk_widget_insert_before (child, GTK_WIDGET (self), sibling);
}

void
fw_wrap_box_remove (FwWrapBox *self,
                    GtkWidget *child)
{
  g_return_if_fail (FW_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (gtk_widget_get_parent (child) == GTK_WIDGET (self));

  gtk_widget_unparent (child);
}

void
fw_wrap_box_set_spacing (FwWrapBox *self,
                         int        column_spacing,
                         int        row_spacing)
{
  g_return_if_fail (FW_IS_WRAP_BOX (self));

  self->column_spacing = MAX (column_spacing, 0);
  self->row_spacing = MAX (row_spacing, 0);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
fw_wrap_box_get_n_lines (FwWrapBox *self)
{
  g_return_val_if_fail (FW_IS_WRAP_BOX (self), 0);

  return self->n_lines;
}
