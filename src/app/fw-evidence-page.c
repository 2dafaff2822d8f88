/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fw-bound-entry.h"
#include "fw-evidence-page.h"
#include "fw-number-row.h"
#include "fw-tooltip.h"

typedef struct
{
  const char *property;   /* FwEvidence property */
  const char *json;       /* the field name findings use */
} FieldInfo;

/* In the order of the rows of the template. */
static const FieldInfo fields[] = {
  { "task-observations", "taskObservations" },
  { "augment-share", "augmentShare" },
  { "time-saved", "timeSaved" },
  { "ai-autonomy", "aiAutonomy" },
  { "top-skill", "topSkill" },
  { "safi-score", "safiScore" },
  { "quadrant", "quadrant" },
  { "precision", "precision" },
  { "wef-label", "wefLabel" },
  { "wef-id", "wefId" },
};

#define N_FIELDS G_N_ELEMENTS (fields)

struct _FwEvidencePage
{
  FwEditorPage   parent_instance;

  FwEvidence    *evidence;

  /* Template children */
  FwNumberRow   *task_observations_row;
  FwNumberRow   *augment_share_row;
  FwNumberRow   *time_saved_row;
  FwNumberRow   *ai_autonomy_row;
  FwBoundEntry  *top_skill_row;
  FwNumberRow   *safi_score_row;
  AdwComboRow   *quadrant_row;
  GtkStringList *quadrant_choices;
  AdwComboRow   *precision_row;
  GtkStringList *precision_choices;
  FwBoundEntry  *wef_label_row;
  FwBoundEntry  *wef_id_row;
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

static GtkWidget *
field_row (FwEvidencePage *self,
           guint           index)
{
  gpointer rows[] = {
    self->task_observations_row, self->augment_share_row, self->time_saved_row,
    self->ai_autonomy_row, self->top_skill_row, self->safi_score_row, self->quadrant_row,
    self->precision_row, self->wef_label_row, self->wef_id_row,
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (rows) == N_FIELDS);
  g_assert (index < N_FIELDS);
  return rows[index];
}

/* Model → widgets ------------------------------------------------------------------------- */

static void on_choice_changed (FwEvidencePage *self,
                               GParamSpec     *pspec,
                               AdwComboRow    *row);

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

static GtkStringList *
choices_of (FwEvidencePage *self,
            AdwComboRow    *row)
{
  return row == self->quadrant_row ? self->quadrant_choices : self->precision_choices;
}

static void
sync_choice (FwEvidencePage *self,
             AdwComboRow    *row,
             const char     *property)
{
  GtkStringList *choices = choices_of (self, row);
  const char *value = self->evidence ? fw_evidence_get_string (self->evidence, property) : NULL;
  const char * const *known = row == self->quadrant_row ? fw_evidence_known_quadrants ()
                                                        : fw_evidence_known_precisions ();
  guint selected = 0;
  guint n;

  g_signal_handlers_block_by_func (row, on_choice_changed, self);
  n = g_list_model_get_n_items (G_LIST_MODEL (choices));
  gtk_string_list_splice (choices, 0, n, NULL);
  gtk_string_list_append (choices, _("Not set"));
  for (guint j = 0; known[j] != NULL; j++)
    {
      gtk_string_list_append (choices, known[j]);
      if (g_strcmp0 (value, known[j]) == 0)
        selected = j + 1;
    }
  /* A value the form does not know is kept and shown as it is. */
  if (value != NULL && selected == 0)
    {
      gtk_string_list_append (choices, value);
      selected = g_list_model_get_n_items (G_LIST_MODEL (choices)) - 1;
    }
  adw_combo_row_set_selected (row, selected);
  g_signal_handlers_unblock_by_func (row, on_choice_changed, self);
}

static void
on_evidence_notify (FwEvidencePage *self,
                    GParamSpec     *pspec)
{
  if (g_str_equal (pspec->name, "quadrant"))
    sync_choice (self, self->quadrant_row, "quadrant");
  else if (g_str_equal (pspec->name, "precision"))
    sync_choice (self, self->precision_row, "precision");
}

/* Widgets → model ------------------------------------------------------------------------- */

static void
on_choice_changed (FwEvidencePage *self,
                   GParamSpec     *pspec,
                   AdwComboRow    *row)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  const char *property = row == self->quadrant_row ? "quadrant" : "precision";
  guint selected = adw_combo_row_get_selected (row);
  const char *value = NULL;

  if (self->evidence == NULL || document == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected > 0)
    value = gtk_string_list_get_string (choices_of (self, row), selected);
  if (g_strcmp0 (value, fw_evidence_get_string (self->evidence, property)) == 0)
    return;
  fw_document_run (document, fw_command_set_string_new (G_OBJECT (self->evidence), property,
                                                        value, FALSE));
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
      GtkWidget *row = field_row (self, j);

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

/* Binds the rows to the evidence of the document, or to nothing. */
static void
sync_fields (FwEvidencePage *self)
{
  FwDocument *document = fw_editor_page_get_document (FW_EDITOR_PAGE (self));
  GObject *evidence = self->evidence != NULL ? G_OBJECT (self->evidence) : NULL;

  for (guint i = 0; i < N_FIELDS; i++)
    {
      GtkWidget *row = field_row (self, i);

      if (FW_IS_NUMBER_ROW (row))
        fw_number_row_set_target (FW_NUMBER_ROW (row), document, evidence);
      else if (FW_IS_BOUND_ENTRY (row))
        fw_bound_entry_set_target (FW_BOUND_ENTRY (row), document, evidence);
      else
        sync_choice (self, ADW_COMBO_ROW (row), fields[i].property);
    }
}

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
  sync_fields (self);
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
  g_type_ensure (FW_TYPE_BOUND_ENTRY);
  g_type_ensure (FW_TYPE_NUMBER_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-evidence-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FwEvidencePage, task_observations_row);
  gtk_widget_class_bind_template_child (widget_class, FwEvidencePage, augment_share_row);
  gtk_widget_class_bind_template_child (widget_class, FwEvidencePage, time_saved_row);
  gtk_widget_class_bind_template_child (widget_class, FwEvidencePage, ai_autonomy_row);
  gtk_widget_class_bind_template_child (widget_class, FwEvidencePage, top_skill_row);
  gtk_widget_class_bind_template_child (widget_class, FwEvidencePage, safi_score_row);
  gtk_widget_class_bind_template_child (widget_class, FwEvidencePage, quadrant_row);
  gtk_widget_class_bind_template_child (widget_class, FwEvidencePage, quadrant_choices);
  gtk_widget_class_bind_template_child (widget_class, FwEvidencePage, precision_row);
  gtk_widget_class_bind_template_child (widget_class, FwEvidencePage, precision_choices);
  gtk_widget_class_bind_template_child (widget_class, FwEvidencePage, wef_label_row);
  gtk_widget_class_bind_template_child (widget_class, FwEvidencePage, wef_id_row);
  gtk_widget_class_bind_template_callback (widget_class, choice_display);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed);
}

static void
fw_evidence_page_init (FwEvidencePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sync_fields (self);
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
  GtkWidget *row;

  g_return_val_if_fail (FW_IS_EVIDENCE_PAGE (self), NULL);

  i = field_index (property);
  if (i < 0)
    return NULL;
  row = field_row (self, i);
  return FW_IS_NUMBER_ROW (row) ? fw_number_row_get_field_widget (FW_NUMBER_ROW (row)) : row;
}

GtkWidget *
fw_evidence_page_get_clear_button (FwEvidencePage *self,
                                   const char     *property)
{
  int i;
  GtkWidget *row;

  g_return_val_if_fail (FW_IS_EVIDENCE_PAGE (self), NULL);

  i = field_index (property);
  if (i < 0)
    return NULL;
  row = field_row (self, i);
  return FW_IS_NUMBER_ROW (row) ? fw_number_row_get_clear_button (FW_NUMBER_ROW (row)) : NULL;
}
