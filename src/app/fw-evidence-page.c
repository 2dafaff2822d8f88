/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fw-evidence-page.h"
#include "fw-tooltip.h"

typedef enum
{
  FIELD_NUMBER,
  FIELD_CHOICE,
  FIELD_TEXT,
} FieldKind;

typedef struct
{
  const char *group;
  const char *property;   /* FwEvidence property */
  const char *json;       /* the field name findings use */
  const char *title;
  const char *subtitle;
  FieldKind   kind;
  const char *unit;
  double      lower;
  double      upper;
  double      initial;    /* what "Set" starts from */
  guint       digits;
} FieldInfo;

static const FieldInfo fields[] = {
  { N_("AI Usage"), "task-observations", "taskObservations", N_("Task Observations"),
    N_("Tasks observed in the Anthropic Economic Index"), FIELD_NUMBER, NULL, 0, 1e9, 0, 0 },
  { N_("AI Usage"), "augment-share", "augmentShare", N_("Augmentation Share"),
    N_("Share of AI use that augments rather than automates, 0 to 100"), FIELD_NUMBER,
    N_("%"), 0, 100, 0, 1 },
  { N_("AI Usage"), "time-saved", "timeSaved", N_("Time Saved"), N_("0 to 100"), FIELD_NUMBER,
    N_("%"), 0, 100, 0, 1 },
  { N_("AI Usage"), "ai-autonomy", "aiAutonomy", N_("AI Autonomy"), N_("Scale from 1 to 5"),
    FIELD_NUMBER, N_("/ 5"), 1, 5, 1, 2 },
  { N_("SAFI Positioning"), "top-skill", "topSkill", N_("Top Skill"), NULL, FIELD_TEXT,
    NULL, 0, 0, 0, 0 },
  { N_("SAFI Positioning"), "safi-score", "safiScore", N_("SAFI Score"), N_("0 to 100"),
    FIELD_NUMBER, N_("/ 100"), 0, 100, 0, 1 },
  { N_("SAFI Positioning"), "quadrant", "quadrant", N_("Quadrant"), NULL, FIELD_CHOICE,
    NULL, 0, 0, 0, 0 },
  { N_("SAFI Positioning"), "precision", "precision", N_("Precision"), NULL, FIELD_CHOICE,
    NULL, 0, 0, 0, 0 },
  { N_("WEF Cluster"), "wef-label", "wefLabel", N_("Cluster"), NULL, FIELD_TEXT,
    NULL, 0, 0, 0, 0 },
  { N_("WEF Cluster"), "wef-id", "wefId", N_("Cluster Id"), NULL, FIELD_TEXT,
    NULL, 0, 0, 0, 0 },
};

#define N_FIELDS G_N_ELEMENTS (fields)

/* The widgets of one field. */
typedef struct
{
  GtkWidget     *row;
  GtkStack      *stack;        /* numbers: "unset" / "set" */
  GtkSpinButton *spin;
  GtkWidget     *set_button;
  GtkWidget     *clear_button;
  GtkStringList *choices;      /* choices: "Not set", then the values */
} FieldWidgets;

struct _FwEvidencePage
{
  FwEditorPage  parent_instance;

  FwEvidence   *evidence;
  FieldWidgets  widgets[N_FIELDS];

  /* Template children */
  GtkBox       *content_box;
};

G_DEFINE_FINAL_TYPE (FwEvidencePage, fw_evidence_page, FW_TYPE_EDITOR_PAGE)

static int
field_index (const char *property)
{
  for (guint i = 0; i < N_FIELDS; i++)
    {
      if (g_strcmp0 (fields[i].property, property) == 0)
        return (int) i;
    }
  return -1;
}

static void
run (FwEvidencePage *self,
     FwCommand      *command)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));

  if (document != NULL)
    fw_document_run (document, command);
  else
    g_object_unref (command);
}

/* Enough decimals to show @value exactly, so that leaving the field never rounds it. */
static guint
digits_for (double value,
            guint  base)
{
  for (guint digits = base; digits < 6; digits++)
    {
      double scale = pow (10, digits);

      if (fabs (round (value * scale) / scale - value) < 1e-9)
        return digits;
    }
  return 6;
}

/* Model → widgets ------------------------------------------------------------------------- */

static void on_spin_changed   (FwEvidencePage *self,
                               GtkSpinButton  *spin);
static void on_choice_changed (FwEvidencePage *self,
                               GParamSpec     *pspec,
                               AdwComboRow    *row);
static void on_text_changed   (FwEvidencePage *self,
                               GtkEditable    *editable);

static void
sync_number (FwEvidencePage *self,
             guint           i)
{
  FieldWidgets *w = &self->widgets[i];
  double value = self->evidence ? fw_evidence_get_number (self->evidence, fields[i].property) : NAN;
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (w->spin);

  gtk_stack_set_visible_child_name (w->stack, isnan (value) ? "unset" : "set");
  if (isnan (value))
    return;
  g_signal_handlers_block_by_func (w->spin, on_spin_changed, self);
  /* A value out of range is shown as it is (the validator reports it), never clamped. */
  gtk_adjustment_set_lower (adjustment, MIN (fields[i].lower, value));
  gtk_adjustment_set_upper (adjustment, MAX (fields[i].upper, value));
  gtk_spin_button_set_digits (w->spin, digits_for (value, fields[i].digits));
  gtk_spin_button_set_value (w->spin, value);
  g_signal_handlers_unblock_by_func (w->spin, on_spin_changed, self);
}

/* How a quadrant or precision value reads in the form; unknown values read as they are. */
static char *
choice_display (GtkStringObject *item,
                gpointer         user_data)
{
  static const struct { const char *value; const char *label; } labels[] = {
    { "Q1_human_led", N_("Q1 · Human-led") },
    { "Q2_ai_augmented", N_("Q2 · AI-augmented") },
    { "Q3_ai_automated", N_("Q3 · AI-automated") },
    { "Q4_low_exposure", N_("Q4 · Low exposure") },
    { "exact", N_("Exact") },
    { "approximate", N_("Approximate") },
    { "inferred", N_("Inferred") },
  };
  const char *value = gtk_string_object_get_string (item);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      if (g_str_equal (value, labels[i].value))
        return g_strdup (_(labels[i].label));
    }
  return g_strdup (value);
}

static void
sync_choice (FwEvidencePage *self,
             guint           i)
{
  FieldWidgets *w = &self->widgets[i];
  const char *value = self->evidence ? fw_evidence_get_string (self->evidence, fields[i].property)
                                     : NULL;
  const char * const *known = g_str_equal (fields[i].property, "quadrant")
                                ? fw_evidence_known_quadrants ()
                                : fw_evidence_known_precisions ();
  guint selected = 0;
  guint n;

  g_signal_handlers_block_by_func (w->row, on_choice_changed, self);
  n = g_list_model_get_n_items (G_LIST_MODEL (w->choices));
  gtk_string_list_splice (w->choices, 0, n, NULL);
  gtk_string_list_append (w->choices, _("Not set"));
  for (guint j = 0; known[j] != NULL; j++)
    {
      gtk_string_list_append (w->choices, known[j]);
      if (g_strcmp0 (value, known[j]) == 0)
        selected = j + 1;
    }
  /* A value the form does not know is kept and shown as it is. */
  if (value != NULL && selected == 0)
    {
      gtk_string_list_append (w->choices, value);
      selected = g_list_model_get_n_items (G_LIST_MODEL (w->choices)) - 1;
    }
  adw_combo_row_set_selected (ADW_COMBO_ROW (w->row), selected);
  g_signal_handlers_unblock_by_func (w->row, on_choice_changed, self);
}

static void
sync_text (FwEvidencePage *self,
           guint           i)
{
  GtkEditable *editable = GTK_EDITABLE (self->widgets[i].row);
  const char *value = self->evidence ? fw_evidence_get_string (self->evidence, fields[i].property)
                                     : NULL;
  int position;

  if (g_strcmp0 (gtk_editable_get_text (editable), value != NULL ? value : "") == 0)
    return;
  position = gtk_editable_get_position (editable);
  g_signal_handlers_block_by_func (editable, on_text_changed, self);
  gtk_editable_set_text (editable, value != NULL ? value : "");
  g_signal_handlers_unblock_by_func (editable, on_text_changed, self);
  gtk_editable_set_position (editable, position);
}

static void
sync_field (FwEvidencePage *self,
            guint           i)
{
  switch (fields[i].kind)
    {
    case FIELD_NUMBER:
      sync_number (self, i);
      break;
    case FIELD_CHOICE:
      sync_choice (self, i);
      break;
    case FIELD_TEXT:
    default:
      sync_text (self, i);
      break;
    }
}

static void
on_evidence_notify (FwEvidencePage *self,
                    GParamSpec     *pspec)
{
  int i = field_index (pspec->name);

  if (i >= 0)
    sync_field (self, i);
}

/* Widgets → model ------------------------------------------------------------------------- */

static int
index_of_widget (FwEvidencePage *self,
                 gpointer        widget)
{
  for (guint i = 0; i < N_FIELDS; i++)
    {
      FieldWidgets *w = &self->widgets[i];

      if (widget == w->row || widget == w->spin || widget == w->set_button ||
          widget == w->clear_button)
        return (int) i;
    }
  return -1;
}

static void
on_spin_changed (FwEvidencePage *self,
                 GtkSpinButton  *spin)
{
  int i = index_of_widget (self, spin);
  double value = gtk_spin_button_get_value (spin);
  g_auto(GValue) gvalue = G_VALUE_INIT;

  if (i < 0 || self->evidence == NULL ||
      fabs (fw_evidence_get_number (self->evidence, fields[i].property) - value) < 1e-9)
    return;
  g_value_init (&gvalue, G_TYPE_DOUBLE);
  g_value_set_double (&gvalue, value);
  /* Holding an arrow or typing digits is one undo step. */
  run (self, fw_command_set_property_new (G_OBJECT (self->evidence), fields[i].property,
                                          &gvalue, TRUE));
}

static void
on_set_clicked (FwEvidencePage *self,
                GtkButton      *button)
{
  int i = index_of_widget (self, button);

  if (i < 0 || self->evidence == NULL)
    return;
  run (self, fw_command_set_double_new (G_OBJECT (self->evidence), fields[i].property,
                                        fields[i].initial));
  gtk_widget_grab_focus (GTK_WIDGET (self->widgets[i].spin));
}

static void
on_clear_clicked (FwEvidencePage *self,
                  GtkButton      *button)
{
  int i = index_of_widget (self, button);

  if (i < 0 || self->evidence == NULL)
    return;
  run (self, fw_command_set_double_new (G_OBJECT (self->evidence), fields[i].property, NAN));
  gtk_widget_grab_focus (self->widgets[i].set_button);
}

static void
on_choice_changed (FwEvidencePage *self,
                   GParamSpec     *pspec,
                   AdwComboRow    *row)
{
  int i = index_of_widget (self, row);
  guint selected = adw_combo_row_get_selected (row);
  const char *value = NULL;

  if (i < 0 || self->evidence == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected > 0)
    value = gtk_string_list_get_string (self->widgets[i].choices, selected);
  if (g_strcmp0 (value, fw_evidence_get_string (self->evidence, fields[i].property)) == 0)
    return;
  run (self, fw_command_set_string_new (G_OBJECT (self->evidence), fields[i].property, value,
                                        FALSE));
}

static void
on_text_changed (FwEvidencePage *self,
                 GtkEditable    *editable)
{
  int i = index_of_widget (self, editable);
  const char *text = gtk_editable_get_text (editable);
  const char *current;

  if (i < 0 || self->evidence == NULL)
    return;
  current = fw_evidence_get_string (self->evidence, fields[i].property);
  if (g_strcmp0 (current != NULL ? current : "", text) == 0)
    return;
  /* Emptied, the field is absent again. */
  run (self, fw_command_set_string_new (G_OBJECT (self->evidence), fields[i].property,
                                        text[0] != '\0' ? text : NULL, TRUE));
}

static void
on_focus_leave (FwEvidencePage *self)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));

  if (document != NULL)
    fw_history_break_merge (fw_document_get_history (document));
}

/* Building the form ----------------------------------------------------------------------- */

static GtkWidget *
icon_button (const char *icon_name,
             const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  fw_widget_set_tooltip (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static GtkWidget *
build_number (FwEvidencePage *self,
              guint           i)
{
  FieldWidgets *w = &self->widgets[i];
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *unset = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *set = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (_("Not set"));
  GtkWidget *unit;
  g_autofree char *set_label = g_strdup_printf (_("Set %s"), _(fields[i].title));
  g_autofree char *clear_label = g_strdup_printf (_("Clear %s"), _(fields[i].title));
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(fields[i].title));
  if (fields[i].subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(fields[i].subtitle));

  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (unset), label);
  w->set_button = gtk_button_new_with_mnemonic (_("_Set"));
  gtk_widget_set_valign (w->set_button, GTK_ALIGN_CENTER);
  fw_widget_set_tooltip (w->set_button, set_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (w->set_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  set_label, -1);
  g_signal_connect_object (w->set_button, "clicked", G_CALLBACK (on_set_clicked), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (unset), w->set_button);

  w->spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (fields[i].lower, fields[i].upper,
                                                             pow (10, -(int) fields[i].digits)));
  gtk_spin_button_set_digits (w->spin, fields[i].digits);
  gtk_spin_button_set_numeric (w->spin, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (w->spin), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (w->spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(fields[i].title), -1);
  g_signal_connect_object (w->spin, "value-changed", G_CALLBACK (on_spin_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_focus_leave), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (w->spin), focus);
  /* The same width for every number and unit, so that the spin buttons line up. */
  gtk_editable_set_width_chars (GTK_EDITABLE (w->spin), 6);
  gtk_box_append (GTK_BOX (set), GTK_WIDGET (w->spin));
  unit = gtk_label_new (fields[i].unit != NULL ? _(fields[i].unit) : NULL);
  gtk_label_set_width_chars (GTK_LABEL (unit), 5);
  gtk_label_set_xalign (GTK_LABEL (unit), 0);
  gtk_widget_add_css_class (unit, "dim-label");
  gtk_box_append (GTK_BOX (set), unit);
  w->clear_button = icon_button ("edit-clear-symbolic", clear_label);
  g_signal_connect_object (w->clear_button, "clicked", G_CALLBACK (on_clear_clicked), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (set), w->clear_button);

  w->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_hhomogeneous (w->stack, FALSE);
  gtk_stack_set_interpolate_size (w->stack, FALSE);
  gtk_widget_set_halign (GTK_WIDGET (w->stack), GTK_ALIGN_END);
  gtk_stack_add_named (w->stack, unset, "unset");
  gtk_stack_add_named (w->stack, set, "set");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (w->stack));
  return row;
}

static GtkWidget *
build_choice (FwEvidencePage *self,
              guint           i)
{
  FieldWidgets *w = &self->widgets[i];
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(fields[i].title));
  w->choices = gtk_string_list_new (NULL);
  adw_combo_row_set_expression (ADW_COMBO_ROW (row),
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                             G_CALLBACK (choice_display),
                                                             NULL, NULL));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (w->choices));
  g_object_unref (w->choices);  /* the row keeps it */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(fields[i].title), -1);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_choice_changed), self,
                           G_CONNECT_SWAPPED);
  return row;
}

static GtkWidget *
build_text (FwEvidencePage *self,
            guint           i)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(fields[i].title));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(fields[i].title), -1);
  g_signal_connect_object (row, "changed", G_CALLBACK (on_text_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_focus_leave), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (row, focus);
  return row;
}

static void
build_form (FwEvidencePage *self)
{
  GtkWidget *group = NULL;
  const char *group_title = NULL;

  for (guint i = 0; i < N_FIELDS; i++)
    {
      GtkWidget *row;

      if (g_strcmp0 (group_title, fields[i].group) != 0)
        {
          group_title = fields[i].group;
          group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(group_title));
          gtk_box_append (self->content_box, group);
        }
      row = fields[i].kind == FIELD_NUMBER ? build_number (self, i)
          : fields[i].kind == FIELD_CHOICE ? build_choice (self, i)
          : build_text (self, i);
      self->widgets[i].row = row;
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

/* Findings -------------------------------------------------------------------------------- */

static void
fw_evidence_page_findings_changed (FwEditorPage *page)
{
  FwEvidencePage *self = FW_EVIDENCE_PAGE (page);
  FwValidator *validator = fw_editor_page_get_validator (page);
  GListModel *findings = validator != NULL ? fw_validator_get_findings (validator) : NULL;
  guint n = findings != NULL ? g_list_model_get_n_items (findings) : 0;
  GString *tooltips[N_FIELDS] = { NULL };

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FwFinding) finding = g_list_model_get_item (findings, i);
      const char *field = fw_finding_get_field (finding);

      if (!g_str_has_prefix (fw_finding_get_path (finding), "evidence"))
        continue;
      for (guint j = 0; j < N_FIELDS; j++)
        {
          if (g_strcmp0 (field, fields[j].json) != 0)
            continue;
          if (tooltips[j] == NULL)
            tooltips[j] = g_string_new (NULL);
          else
            g_string_append_c (tooltips[j], '\n');
          g_string_append (tooltips[j], fw_finding_get_message (finding));
        }
    }
  for (guint j = 0; j < N_FIELDS; j++)
    {
      GtkWidget *row = self->widgets[j].row;

      if (tooltips[j] != NULL)
        {
          gtk_widget_add_css_class (row, "warning");
          fw_widget_set_tooltip (row, tooltips[j]->str);
          g_string_free (tooltips[j], TRUE);
        }
      else
        {
          gtk_widget_remove_css_class (row, "warning");
          fw_widget_set_tooltip (row, NULL);
        }
    }
}

gboolean
fw_evidence_page_focus_finding (FwEvidencePage *self,
                                FwFinding      *finding)
{
  const char *field;

  g_return_val_if_fail (FW_IS_EVIDENCE_PAGE (self), FALSE);
  g_return_val_if_fail (FW_IS_FINDING (finding), FALSE);

  field = fw_finding_get_field (finding);
  for (guint i = 0; i < N_FIELDS; i++)
    {
      if (g_strcmp0 (field, fields[i].json) == 0 ||
          g_strcmp0 (fw_finding_get_path (finding), fields[i].json) == 0)
        return gtk_widget_grab_focus (fw_evidence_page_get_field_widget (self, fields[i].property));
    }
  return FALSE;
}

static gboolean
focus_finding_iface (FwEditorPage *page,
                     FwFinding    *finding)
{
  return fw_evidence_page_focus_finding (FW_EVIDENCE_PAGE (page), finding);
}

/* GObject --------------------------------------------------------------------------------- */

static void
fw_evidence_page_document_changed (FwEditorPage *page,
                                   FwDocument   *previous)
{
  FwEvidencePage *self = FW_EVIDENCE_PAGE (page);
  FwDocument *document = fw_editor_page_get_document (page);

  if (self->evidence != NULL)
    g_signal_handlers_disconnect_by_data (self->evidence, self);
  g_clear_object (&self->evidence);
  if (document != NULL)
    self->evidence = g_object_ref (fw_document_get_evidence (document));
  if (self->evidence != NULL)
    g_signal_connect_object (self->evidence, "notify", G_CALLBACK (on_evidence_notify), self,
                             G_CONNECT_SWAPPED);
  for (guint i = 0; i < N_FIELDS; i++)
    sync_field (self, i);
}

static void
fw_evidence_page_dispose (GObject *object)
{
  FwEvidencePage *self = FW_EVIDENCE_PAGE (object);
  GtkWidget *child;

  if (self->evidence != NULL)
    g_signal_handlers_disconnect_by_data (self->evidence, self);
  g_clear_object (&self->evidence);
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_EVIDENCE_PAGE);
  /* The template's root is no bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  memset (self->widgets, 0, sizeof self->widgets);

  G_OBJECT_CLASS (fw_evidence_page_parent_class)->dispose (object);
}

static void
fw_evidence_page_class_init (FwEvidencePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FwEditorPageClass *page_class = FW_EDITOR_PAGE_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_evidence_page_dispose;
  page_class->document_changed = fw_evidence_page_document_changed;
  page_class->findings_changed = fw_evidence_page_findings_changed;
  page_class->focus_finding = focus_finding_iface;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-evidence-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FwEvidencePage, content_box);
}

static void
fw_evidence_page_init (FwEvidencePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_form (self);
  for (guint i = 0; i < N_FIELDS; i++)
    sync_field (self, i);
}

GtkWidget *
fw_evidence_page_new (void)
{
  return g_object_new (FW_TYPE_EVIDENCE_PAGE, NULL);
}

GtkWidget *
fw_evidence_page_get_field_widget (FwEvidencePage *self,
                                   const char     *property)
{
  int i;
  FieldWidgets *w;

  g_return_val_if_fail (FW_IS_EVIDENCE_PAGE (self), NULL);

  i = field_index (property);
  if (i < 0)
    return NULL;
  w = &self->widgets[i];
  if (fields[i].kind != FIELD_NUMBER)
    return w->row;
  return g_str_equal (gtk_stack_get_visible_child_name (w->stack), "set")
           ? GTK_WIDGET (w->spin) : w->set_button;
}

GtkWidget *
fw_evidence_page_get_clear_button (FwEvidencePage *self,
                                   const char     *property)
{
  int i;

  g_return_val_if_fail (FW_IS_EVIDENCE_PAGE (self), NULL);

  i = field_index (property);
  return i >= 0 ? self->widgets[i].clear_button : NULL;
}
