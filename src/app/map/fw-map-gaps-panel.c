/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-map-gaps-panel.h"

#define N_LISTS 6

typedef struct
{
  const char *key;
  const char *title;
  const char *description;
} ListInfo;

static const ListInfo lists[N_LISTS] = {
  { "gaps", N_("Gaps"), N_("Statements no outcome maps") },
  { "neverMastered", N_("Never mastered"), N_("Mapped, but never at M") },
  { "sequence", N_("Out of sequence"), N_("Mastered before they are introduced") },
  { "redundant", N_("Redundant"), N_("Mastered in many courses") },
  { "unmappedOutcomes", N_("Unmapped outcomes"), N_("Outcomes that map no statement") },
  { "stale", N_("Changed in the framework"), N_("Mapped statements edited, moved or gone") },
};

typedef struct
{
  char  *label;
  guint  statements;
  guint  mapped;
  guint  mastered;
} ChartBar;

typedef struct
{
  char *id;
  char *place;
  char *title;
  char *subtitle;
} Entry;

static void
entry_free (Entry *entry)
{
  g_free (entry->id);
  g_free (entry->place);
  g_free (entry->title);
  g_free (entry->subtitle);
  g_free (entry);
}

struct _FwMapGapsPanel
{
  GtkBox          parent_instance;

  GtkWidget      *chart;
  GtkWidget      *list_box;
  AdwExpanderRow *rows[N_LISTS];
  GtkLabel       *counts[N_LISTS];
  GPtrArray      *children[N_LISTS];   /* the entry rows shown under each list */
  /* What each list holds now (FwMapReportItem copies' fields), and the signature of the
   * entries its rows show: rows are built only for an expanded list, and only anew when
   * its entries changed, so that a cell change stays cheap. */
  GPtrArray      *entries[N_LISTS];
  char           *shown[N_LISTS];
  GArray         *bars;                /* ChartBar */
};

G_DEFINE_FINAL_TYPE (FwMapGapsPanel, fw_map_gaps_panel, GTK_TYPE_BOX)

enum
{
  ENTRY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
chart_bar_clear (ChartBar *bar)
{
  g_free (bar->label);
}

static int
list_index (const char *key)
{
  for (guint i = 0; i < N_LISTS; i++)
    {
      if (g_strcmp0 (lists[i].key, key) == 0)
        return (int) i;
    }
  return -1;
}

/* Chart ---------------------------------------------------------------------------------- */

#define BAR_HEIGHT 10
#define BAR_LINE 40

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  FwMapGapsPanel *self = user_data;
  GdkRGBA fg;
  const GdkRGBA mastered = { 0.15f, 0.64f, 0.41f, 1.0f };

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
  for (guint i = 0; i < self->bars->len; i++)
    {
      ChartBar *bar = &g_array_index (self->bars, ChartBar, i);
      g_autofree char *text = g_strdup_printf (_("%s: %u of %u mapped, %u at M"), bar->label,
                                               bar->mapped, bar->statements, bar->mastered);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (area), text);
      double y = i * BAR_LINE, total = MAX (bar->statements, 1);

      pango_layout_set_width (layout, width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      gdk_cairo_set_source_rgba (cr, &fg);
      cairo_move_to (cr, 0, y);
      pango_cairo_show_layout (cr, layout);
      y += BAR_LINE - BAR_HEIGHT - 6;
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.12);
      cairo_rectangle (cr, 0, y, width, BAR_HEIGHT);
      cairo_fill (cr);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.45);
      cairo_rectangle (cr, 0, y, width * bar->mapped / total, BAR_HEIGHT);
      cairo_fill (cr);
      gdk_cairo_set_source_rgba (cr, &mastered);
      cairo_rectangle (cr, 0, y + 3, width * bar->mastered / total, BAR_HEIGHT - 6);
      cairo_fill (cr);
    }
}

static void
set_bars (FwMapGapsPanel    *self,
          const FwMapReport *report)
{
  GString *summary = g_string_new (NULL);

  g_array_set_size (self->bars, 0);
  for (guint i = 0; report != NULL && i < report->levels->len; i++)
    {
      FwMapCoverage *coverage = g_ptr_array_index (report->levels, i);
      FwLevelKey key;
      ChartBar bar = { 0 };

      bar.label = g_strdup (fw_level_key_from_string (coverage->key, &key)
                              ? fw_level_key_default_label (key) : coverage->key);
      bar.statements = coverage->statements;
      bar.mapped = coverage->mapped;
      bar.mastered = coverage->mastered;
      g_string_append_printf (summary, _("%s: %u of %u mapped, %u at M. "), bar.label,
                              bar.mapped, bar.statements, bar.mastered);
      g_array_append_val (self->bars, bar);
    }
  gtk_widget_set_size_request (self->chart, -1, MAX (1, (int) self->bars->len * BAR_LINE));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary->str, -1);
  g_string_free (summary, TRUE);
  gtk_widget_queue_draw (self->chart);
}

/* Lists ---------------------------------------------------------------------------------- */

static void
on_entry_activated (AdwActionRow   *row,
                    FwMapGapsPanel *self)
{
  g_signal_emit (self, signals[ENTRY_ACTIVATED], 0,
                 g_object_get_data (G_OBJECT (row), "fw-list"),
                 g_object_get_data (G_OBJECT (row), "fw-id"),
                 g_object_get_data (G_OBJECT (row), "fw-place"));
}

static char *
entry_subtitle (guint                  list,
                const FwMapReportItem *item)
{
  const char *key = lists[list].key;

  if (g_str_equal (key, "sequence"))
    return g_strdup_printf (_("%s · mastered in %s, introduced in %s"), item->label, item->first,
                            item->second);
  if (g_str_equal (key, "neverMastered"))
    return g_strdup_printf (_("%s · at most %s"), item->label, item->first);
  if (g_str_equal (key, "redundant") || g_str_equal (key, "stale"))
    {
      g_autofree char *joined = g_strjoinv (", ", item->list);

      return g_strdup_printf ("%s · %s", item->label, joined);
    }
  if (g_str_equal (key, "unmappedOutcomes"))
    return g_strdup_printf ("%s · %s", item->place, item->id);
  return g_strdup (item->label);
}

static char *
signature (GPtrArray *entries)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);

      g_string_append_printf (text, "%s\x1f%s\x1f%s\x1e", entry->id, entry->title,
                              entry->subtitle);
    }
  return g_string_free (text, FALSE);
}

static void
build_rows (FwMapGapsPanel *self,
            guint           list)
{
  g_autofree char *wanted = signature (self->entries[list]);

  if (g_strcmp0 (wanted, self->shown[list]) == 0)
    return;
  for (guint i = 0; i < self->children[list]->len; i++)
    adw_expander_row_remove (self->rows[list], g_ptr_array_index (self->children[list], i));
  g_ptr_array_set_size (self->children[list], 0);
  for (guint i = 0; i < self->entries[list]->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries[list], i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_markup_escape_text (entry->title, -1);
      g_autofree char *subtitle = g_markup_escape_text (entry->subtitle, -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "fw-list", (gpointer) lists[list].key);
      g_object_set_data_full (G_OBJECT (row), "fw-id", g_strdup (entry->id), g_free);
      g_object_set_data_full (G_OBJECT (row), "fw-place", g_strdup (entry->place), g_free);
      g_signal_connect_object (row, "activated", G_CALLBACK (on_entry_activated), self, 0);
      adw_expander_row_add_row (self->rows[list], row);
      g_ptr_array_add (self->children[list], row);
    }
  g_free (self->shown[list]);
  self->shown[list] = g_steal_pointer (&wanted);
}

static void
on_expanded (AdwExpanderRow *row,
             GParamSpec     *pspec,
             FwMapGapsPanel *self)
{
  for (guint i = 0; i < N_LISTS; i++)
    {
      if (self->rows[i] == row && adw_expander_row_get_expanded (row))
        build_rows (self, i);
    }
}

static void
fill_list (FwMapGapsPanel *self,
           guint           list,
           GPtrArray      *items)
{
  g_autofree char *count = g_strdup_printf ("%u", items != NULL ? items->len : 0);

  g_ptr_array_set_size (self->entries[list], 0);
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      const FwMapReportItem *item = g_ptr_array_index (items, i);
      Entry *entry = g_new0 (Entry, 1);

      entry->id = g_strdup (item->id);
      entry->place = g_strdup (item->place);
      entry->title = g_strdup (*item->text != '\0' ? item->text : item->id);
      entry->subtitle = entry_subtitle (list, item);
      g_ptr_array_add (self->entries[list], entry);
    }
  gtk_label_set_text (self->counts[list], count);
  gtk_widget_set_sensitive (GTK_WIDGET (self->rows[list]), self->entries[list]->len > 0);
  if (self->entries[list]->len == 0)
    adw_expander_row_set_expanded (self->rows[list], FALSE);
  if (adw_expander_row_get_expanded (self->rows[list]) || self->entries[list]->len == 0)
    build_rows (self, list);
}

void
fw_map_gaps_panel_set_report (FwMapGapsPanel    *self,
                              const FwMapReport *report)
{
  GPtrArray *items[N_LISTS] = { NULL };

  g_return_if_fail (FW_IS_MAP_GAPS_PANEL (self));

  if (report != NULL)
    {
      items[0] = report->gaps;
      items[1] = report->never_mastered;
      items[2] = report->sequence;
      items[3] = report->redundant;
      items[4] = report->unmapped_outcomes;
      items[5] = report->stale;
    }
  set_bars (self, report);
  for (guint i = 0; i < N_LISTS; i++)
    fill_list (self, i, items[i]);
}

const char *
fw_map_gaps_panel_get_count_text (FwMapGapsPanel *self,
                                  const char     *list)
{
  int index = list_index (list);

  g_return_val_if_fail (FW_IS_MAP_GAPS_PANEL (self), NULL);
  g_return_val_if_fail (index >= 0, NULL);
  return gtk_label_get_text (self->counts[index]);
}

AdwExpanderRow *
fw_map_gaps_panel_get_list_row (FwMapGapsPanel *self,
                                const char     *list)
{
  int index = list_index (list);

  g_return_val_if_fail (FW_IS_MAP_GAPS_PANEL (self), NULL);
  g_return_val_if_fail (index >= 0, NULL);
  return self->rows[index];
}

GtkWidget *
fw_map_gaps_panel_get_chart (FwMapGapsPanel *self)
{
  g_return_val_if_fail (FW_IS_MAP_GAPS_PANEL (self), NULL);
  return self->chart;
}

GtkWidget *
fw_map_gaps_panel_new (void)
{
  return g_object_new (FW_TYPE_MAP_GAPS_PANEL, NULL);
}

static void
fw_map_gaps_panel_finalize (GObject *object)
{
  FwMapGapsPanel *self = FW_MAP_GAPS_PANEL (object);

  for (guint i = 0; i < N_LISTS; i++)
    {
      g_clear_pointer (&self->children[i], g_ptr_array_unref);
      g_clear_pointer (&self->entries[i], g_ptr_array_unref);
      g_clear_pointer (&self->shown[i], g_free);
    }
  g_clear_pointer (&self->bars, g_array_unref);

  G_OBJECT_CLASS (fw_map_gaps_panel_parent_class)->finalize (object);
}

static void
fw_map_gaps_panel_class_init (FwMapGapsPanelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fw_map_gaps_panel_finalize;

  signals[ENTRY_ACTIVATED] = g_signal_new ("entry-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                           3, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING);
}

static void
fw_map_gaps_panel_init (FwMapGapsPanel *self)
{
  GtkWidget *heading = gtk_label_new (_("Coverage by level"));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
  g_object_set (self, "margin-start", 12, "margin-end", 12, "margin-top", 12, "margin-bottom",
                12, NULL);
  self->bars = g_array_new (FALSE, TRUE, sizeof (ChartBar));
  g_array_set_clear_func (self->bars, (GDestroyNotify) chart_bar_clear);

  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_box_append (GTK_BOX (self), heading);
  self->chart = gtk_drawing_area_new ();
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->chart), draw_chart, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Coverage by level"), -1);
  gtk_box_append (GTK_BOX (self), self->chart);

  self->list_box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list_box, "boxed-list");
  gtk_box_append (GTK_BOX (self), self->list_box);
  for (guint i = 0; i < N_LISTS; i++)
    {
      self->rows[i] = ADW_EXPANDER_ROW (adw_expander_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rows[i]), _(lists[i].title));
      adw_expander_row_set_subtitle (self->rows[i], _(lists[i].description));
      self->counts[i] = GTK_LABEL (gtk_label_new ("0"));
      gtk_widget_add_css_class (GTK_WIDGET (self->counts[i]), "numeric");
      adw_expander_row_add_action (self->rows[i], GTK_WIDGET (self->counts[i]));
      self->children[i] = g_ptr_array_new ();
      self->entries[i] = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
      g_signal_connect_object (self->rows[i], "notify::expanded", G_CALLBACK (on_expanded),
                               self, 0);
      gtk_list_box_append (GTK_LIST_BOX (self->list_box), GTK_WIDGET (self->rows[i]));
    }
}
