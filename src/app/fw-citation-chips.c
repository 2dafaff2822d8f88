/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n.h>

#include "fw-citation-chips.h"
#include "fw-citation-picker.h"
#include "fw-wrap-box.h"
#include "fw-tooltip.h"

struct _FwCitationChips
{
  GtkWidget           parent_instance;

  FwDocument         *document;
  FwStatement        *statement;
  /* What the chips edit: the statement's "citations", or a correction's "evidence". */
  GObject            *target;
  const char         *property;
  /* Sources whose labels the chips show; watched for renames. */
  GPtrArray          *watched;

  /* Template children */
  FwWrapBox          *wrap_box;
  GtkMenuButton      *add_button;

  /* Built when first opened (see ensure_picker()): most statements never open it. */
  FwCitationPicker   *picker;

  /* The add button sits outside the chips (see fw_citation_chips_move_add_button()). */
  gboolean            add_button_moved;
};

G_DEFINE_FINAL_TYPE (FwCitationChips, fw_citation_chips, GTK_TYPE_WIDGET)

static void rebuild_chips (FwCitationChips *self);

static const char * const *
target_ids (FwCitationChips *self)
{
  if (FW_IS_STATEMENT (self->target))
    return fw_statement_get_citations (FW_STATEMENT (self->target));
  return fw_correction_get_evidence (FW_CORRECTION (self->target));
}

static gboolean
target_cites (FwCitationChips *self,
              const char      *source_id)
{
  return g_strv_contains (target_ids (self), source_id);
}

static void
run_citations (FwCitationChips     *self,
               const char * const  *citations)
{
  FwCommand *command = fw_command_set_strv_new (self->target, self->property, citations);

  fw_command_set_label (command, FW_IS_STATEMENT (self->target) ? _("Edit Citations")
                                                                : _("Edit Evidence"));
  fw_document_run (self->document, command);
}

gboolean
fw_citation_chips_add (FwCitationChips *self,
                       const char      *source_id)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) citations = NULL;

  g_return_val_if_fail (FW_IS_CITATION_CHIPS (self), FALSE);
  g_return_val_if_fail (source_id != NULL, FALSE);

  if (self->target == NULL || target_cites (self, source_id))
    return FALSE;
  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) target_ids (self));
  g_strv_builder_add (builder, source_id);
  citations = g_strv_builder_end (builder);
  run_citations (self, (const char * const *) citations);
  return TRUE;
}

gboolean
fw_citation_chips_remove (FwCitationChips *self,
                          const char      *source_id)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) citations = NULL;
  const char * const *current;

  g_return_val_if_fail (FW_IS_CITATION_CHIPS (self), FALSE);
  g_return_val_if_fail (source_id != NULL, FALSE);

  if (self->target == NULL || !target_cites (self, source_id))
    return FALSE;
  builder = g_strv_builder_new ();
  current = target_ids (self);
  for (guint i = 0; current[i] != NULL; i++)
    {
      if (!g_str_equal (current[i], source_id))
        g_strv_builder_add (builder, current[i]);
    }
  citations = g_strv_builder_end (builder);
  run_citations (self, (const char * const *) citations);
  return TRUE;
}

static void
on_remove_clicked (FwCitationChips *self,
                   GtkButton       *button)
{
  g_autofree char *source_id = g_strdup (g_object_get_data (G_OBJECT (button), "source-id"));
  gboolean had_focus = gtk_widget_has_focus (GTK_WIDGET (button));

  fw_citation_chips_remove (self, source_id);
  /* The chip is gone: keep the keyboard on this statement's citations. */
  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->add_button));
}

static void
on_link_clicked (FwCitationChips *self,
                 GtkButton       *button)
{
  const char *url = g_object_get_data (G_OBJECT (button), "url");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (url != NULL)
    gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, url, GDK_CURRENT_TIME);
}

static GtkWidget *
icon_button (const char *icon_name,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  fw_widget_set_tooltip (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  gtk_widget_add_css_class (button, "chip-button");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

/* The short label, whole: chips wrap to the next line rather than cut their text. */
static GtkWidget *
chip_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  return label;
}

/*
 * The chip's body: with a URL, a link button that opens it; without one, a plain label.
 * Hovering it, or focusing the link, shows the full title.
 */
static GtkWidget *
chip_body (FwCitationChips *self,
           const char      *label_text,
           const char      *description,
           const char      *url)
{
  g_autofree char *tooltip = NULL;
  GtkWidget *content;
  GtkWidget *button;

  if (url == NULL || url[0] == '\0')
    return chip_label (label_text);

  content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_box_append (GTK_BOX (content), chip_label (label_text));
  gtk_box_append (GTK_BOX (content), gtk_image_new_from_icon_name ("adw-external-link-symbolic"));
  gtk_widget_add_css_class (gtk_widget_get_last_child (content), "chip-link-icon");
  button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "chip-link");
  /* Translators: tooltip of a citation chip: the source's full title, then its address */
  tooltip = g_strdup_printf (_("%s\nOpen %s"), description, url);
  fw_widget_set_tooltip (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label_text,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "url", g_strdup (url), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_link_clicked), self,
                           G_CONNECT_SWAPPED);
  return button;
}

static GtkWidget *
create_chip (FwCitationChips *self,
             const char      *source_id)
{
  FwSource *source = fw_document_find_source (self->document, source_id);
  GtkWidget *chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  g_autofree char *label_text = NULL;
  g_autofree char *remove_tooltip = NULL;
  g_autofree char *description = NULL;
  GtkWidget *button;
  const char *url = source != NULL ? fw_source_get_url (source) : NULL;

  gtk_widget_add_css_class (chip, "citation-chip");
  if (source != NULL)
    {
      label_text = g_strdup (fw_source_get_short_label (source)[0] != '\0'
                               ? fw_source_get_short_label (source) : source_id);
      description = g_strdup (fw_source_get_title (source)[0] != '\0'
                                ? fw_source_get_title (source) : label_text);
    }
  else
    {
      label_text = g_strdup_printf (_("%s (unknown source)"), source_id);
      description = g_strdup (_("This source is not in the registry."));
      gtk_widget_add_css_class (chip, "unknown-source");
    }
  g_object_set_data_full (G_OBJECT (chip), "source-id", g_strdup (source_id), g_free);
  gtk_box_append (GTK_BOX (chip), chip_body (self, label_text, description, url));
  gtk_widget_add_css_class (gtk_widget_get_first_child (chip), "chip-body");
  /* Hovering anywhere on the chip shows the full title. */
  fw_widget_set_tooltip (chip, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chip),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label_text,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);

  /* Translators: a button on a citation chip; %s is the source's short label */
  remove_tooltip = g_strdup_printf (_("Remove Citation of %s"), label_text);
  button = icon_button ("window-close-symbolic", remove_tooltip);
  /* Without a link, the remove button is the chip's only focusable part: it names the title. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description, -1);
  gtk_widget_add_css_class (button, "chip-remove");
  g_object_set_data_full (G_OBJECT (button), "source-id", g_strdup (source_id), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_clicked), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (chip), button);
  return chip;
}

static void
unwatch_sources (FwCitationChips *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);
}

static void
on_source_notify (FwCitationChips *self,
                  GParamSpec      *pspec)
{
  if (g_str_equal (pspec->name, "short-label") || g_str_equal (pspec->name, "title") ||
      g_str_equal (pspec->name, "url"))
    rebuild_chips (self);
}

static void
update_visibility (FwCitationChips *self)
{
  gboolean any = self->target != NULL && target_ids (self)[0] != NULL;

  /* Without chips and without its add button there is nothing to show: take no room. */
  gtk_widget_set_visible (GTK_WIDGET (self), any || !self->add_button_moved);
}

static void
remove_chips (FwCitationChips *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->wrap_box))) != NULL &&
         child != GTK_WIDGET (self->add_button))
    fw_wrap_box_remove (self->wrap_box, child);
}

static void
rebuild_chips (FwCitationChips *self)
{
  const char * const *citations;

  unwatch_sources (self);
  remove_chips (self);
  update_visibility (self);
  if (self->target == NULL || self->document == NULL)
    return;

  citations = target_ids (self);
  for (guint i = 0; citations[i] != NULL; i++)
    {
      FwSource *source = fw_document_find_source (self->document, citations[i]);

      fw_wrap_box_insert_before (self->wrap_box, create_chip (self, citations[i]),
                                 self->add_button_moved ? NULL : GTK_WIDGET (self->add_button));
      if (source != NULL)
        {
          g_ptr_array_add (self->watched, g_object_ref (source));
          g_signal_connect_object (source, "notify", G_CALLBACK (on_source_notify), self,
                                   G_CONNECT_SWAPPED);
        }
    }
  if (self->picker != NULL)
    fw_citation_picker_refilter (self->picker);
}

static void
on_statement_notify (FwCitationChips *self,
                     GParamSpec      *pspec)
{
  if (g_strcmp0 (pspec->name, self->property) == 0)
    rebuild_chips (self);
}

/* Picker ---------------------------------------------------------------------------------- */

static void
on_source_picked (FwCitationChips *self,
                  FwSource        *source)
{
  fw_citation_chips_add (self, fw_source_get_id (source));
  gtk_widget_grab_focus (GTK_WIDGET (self->add_button));
}

static void
ensure_picker (FwCitationChips *self)
{
  if (self->picker != NULL)
    return;

  self->picker = FW_CITATION_PICKER (fw_citation_picker_new ());
  fw_citation_picker_set_sources (self->picker,
                                  self->document != NULL
                                    ? G_LIST_MODEL (fw_document_get_sources (self->document))
                                    : NULL);
  fw_citation_picker_set_statement (self->picker, self->statement);
  g_signal_connect_object (self->picker, "source-picked", G_CALLBACK (on_source_picked), self,
                           G_CONNECT_SWAPPED);
  /* The menu button owns the popover from here on. */
  gtk_menu_button_set_popover (self->add_button, GTK_WIDGET (self->picker));
}

static void
create_picker_cb (GtkMenuButton *button,
                  gpointer       user_data)
{
  ensure_picker (FW_CITATION_CHIPS (user_data));
}

/* GObject --------------------------------------------------------------------------------- */

static void
fw_citation_chips_dispose (GObject *object)
{
  FwCitationChips *self = FW_CITATION_CHIPS (object);
  GtkWidget *child;

  if (self->target != NULL)
    g_signal_handlers_disconnect_by_data (self->target, self);
  unwatch_sources (self);
  /* The picker goes with the add button. */
  self->picker = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), FW_TYPE_CITATION_CHIPS);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->document);
  g_clear_object (&self->statement);
  g_clear_object (&self->target);

  G_OBJECT_CLASS (fw_citation_chips_parent_class)->dispose (object);
}

static void
fw_citation_chips_finalize (GObject *object)
{
  FwCitationChips *self = FW_CITATION_CHIPS (object);

  g_clear_pointer (&self->watched, g_ptr_array_unref);

  G_OBJECT_CLASS (fw_citation_chips_parent_class)->finalize (object);
}

static void
fw_citation_chips_class_init (FwCitationChipsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fw_citation_chips_dispose;
  object_class->finalize = fw_citation_chips_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (FW_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fw-citation-chips.ui");
  gtk_widget_class_bind_template_child (widget_class, FwCitationChips, wrap_box);
  gtk_widget_class_bind_template_child (widget_class, FwCitationChips, add_button);
}

static void
fw_citation_chips_init (FwCitationChips *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Tooltips set here, not in the template: see fw-tooltip.h. */
  fw_widget_set_tooltip (GTK_WIDGET (self->add_button), _("Add Citation"));

  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_menu_button_set_create_popup_func (self->add_button, create_picker_cb, self, NULL);
}

GtkWidget *
fw_citation_chips_new (void)
{
  return g_object_new (FW_TYPE_CITATION_CHIPS, NULL);
}

static void
set_target (FwCitationChips *self,
            FwDocument      *document,
            FwStatement     *statement,
            GObject         *target,
            const char      *property)
{
  if (self->target != NULL)
    g_signal_handlers_disconnect_by_data (self->target, self);
  g_set_object (&self->document, document);
  g_set_object (&self->statement, statement);
  g_set_object (&self->target, target);
  self->property = property;
  if (self->picker != NULL)
    {
      fw_citation_picker_set_sources (self->picker,
                                      document != NULL
                                        ? G_LIST_MODEL (fw_document_get_sources (document))
                                        : NULL);
      fw_citation_picker_set_statement (self->picker, statement);
    }
  if (target != NULL)
    g_signal_connect_object (target, "notify", G_CALLBACK (on_statement_notify), self,
                             G_CONNECT_SWAPPED);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), target != NULL);
  rebuild_chips (self);
}

void
fw_citation_chips_set_statement (FwCitationChips *self,
                                 FwDocument      *document,
                                 FwStatement     *statement)
{
  g_return_if_fail (FW_IS_CITATION_CHIPS (self));
  g_return_if_fail (document == NULL || FW_IS_DOCUMENT (document));
  g_return_if_fail (statement == NULL || FW_IS_STATEMENT (statement));

  set_target (self, document, statement, G_OBJECT (statement), "citations");
}

/* Shows and edits the evidence of @correction, the source ids its argument rests on. */
void
fw_citation_chips_set_correction (FwCitationChips *self,
                                  FwDocument      *document,
                                  FwCorrection    *correction)
{
  g_return_if_fail (FW_IS_CITATION_CHIPS (self));
  g_return_if_fail (document == NULL || FW_IS_DOCUMENT (document));
  g_return_if_fail (correction == NULL || FW_IS_CORRECTION (correction));

  set_target (self, document, NULL, G_OBJECT (correction), "evidence");
}

FwStatement *
fw_citation_chips_get_statement (FwCitationChips *self)
{
  g_return_val_if_fail (FW_IS_CITATION_CHIPS (self), NULL);

  return self->statement;
}

void
fw_citation_chips_move_add_button (FwCitationChips *self,
                                   GtkGrid         *grid,
                                   int              column,
                                   int              row)
{
  g_return_if_fail (FW_IS_CITATION_CHIPS (self));
  g_return_if_fail (GTK_IS_GRID (grid));
  g_return_if_fail (!self->add_button_moved);

  g_object_ref (self->add_button);
  fw_wrap_box_remove (self->wrap_box, GTK_WIDGET (self->add_button));
  gtk_widget_set_valign (GTK_WIDGET (self->add_button), GTK_ALIGN_START);
  gtk_grid_attach (grid, GTK_WIDGET (self->add_button), column, row, 1, 1);
  g_object_unref (self->add_button);
  self->add_button_moved = TRUE;
  update_visibility (self);
}

GtkWidget *
fw_citation_chips_get_add_button (FwCitationChips *self)
{
  g_return_val_if_fail (FW_IS_CITATION_CHIPS (self), NULL);

  return GTK_WIDGET (self->add_button);
}

static GtkWidget *
find_chip (FwCitationChips *self,
           const char      *source_id)
{
  for (GtkWidget *chip = gtk_widget_get_first_child (GTK_WIDGET (self->wrap_box));
       chip != NULL && chip != GTK_WIDGET (self->add_button);
       chip = gtk_widget_get_next_sibling (chip))
    {
      if (g_strcmp0 (g_object_get_data (G_OBJECT (chip), "source-id"), source_id) == 0)
        return chip;
    }
  return NULL;
}

GtkWidget *
fw_citation_chips_get_chip (FwCitationChips *self,
                            const char      *source_id)
{
  g_return_val_if_fail (FW_IS_CITATION_CHIPS (self), NULL);
  g_return_val_if_fail (source_id != NULL, NULL);

  return find_chip (self, source_id);
}

GtkWidget *
fw_citation_chips_get_remove_button (FwCitationChips *self,
                                     const char      *source_id)
{
  GtkWidget *chip;

  g_return_val_if_fail (FW_IS_CITATION_CHIPS (self), NULL);
  g_return_val_if_fail (source_id != NULL, NULL);

  chip = find_chip (self, source_id);
  return chip != NULL ? gtk_widget_get_last_child (chip) : NULL;
}

GtkWidget *
fw_citation_chips_get_link_button (FwCitationChips *self,
                                   const char      *source_id)
{
  GtkWidget *chip;

  g_return_val_if_fail (FW_IS_CITATION_CHIPS (self), NULL);
  g_return_val_if_fail (source_id != NULL, NULL);

  chip = find_chip (self, source_id);
  if (chip == NULL || !GTK_IS_BUTTON (gtk_widget_get_first_child (chip)))
    return NULL;
  return gtk_widget_get_first_child (chip);
}

const char *
fw_citation_chips_get_label (FwCitationChips *self,
                             const char      *source_id)
{
  GtkWidget *body;

  g_return_val_if_fail (FW_IS_CITATION_CHIPS (self), NULL);
  g_return_val_if_fail (source_id != NULL, NULL);

  body = find_chip (self, source_id);
  if (body == NULL)
    return NULL;
  body = gtk_widget_get_first_child (body);
  if (GTK_IS_BUTTON (body))
    body = gtk_widget_get_first_child (gtk_button_get_child (GTK_BUTTON (body)));
  return gtk_label_get_label (GTK_LABEL (body));
}

guint
fw_citation_chips_get_n_chips (FwCitationChips *self)
{
  guint n = 0;

  g_return_val_if_fail (FW_IS_CITATION_CHIPS (self), 0);

  for (GtkWidget *chip = gtk_widget_get_first_child (GTK_WIDGET (self->wrap_box));
       chip != NULL && chip != GTK_WIDGET (self->add_button);
       chip = gtk_widget_get_next_sibling (chip))
    n++;
  return n;
}

guint
fw_citation_chips_get_n_lines (FwCitationChips *self)
{
  g_return_val_if_fail (FW_IS_CITATION_CHIPS (self), 0);

  return fw_wrap_box_get_n_lines (self->wrap_box);
}

void
fw_citation_chips_open_picker (FwCitationChips *self)
{
  g_return_if_fail (FW_IS_CITATION_CHIPS (self));

  ensure_picker (self);
  gtk_menu_button_popup (self->add_button);
}

GtkEditable *
fw_citation_chips_get_search_entry (FwCitationChips *self)
{
  g_return_val_if_fail (FW_IS_CITATION_CHIPS (self), NULL);

  ensure_picker (self);
  return fw_citation_picker_get_search_entry (self->picker);
}

GListModel *
fw_citation_chips_get_picker_model (FwCitationChips *self)
{
  g_return_val_if_fail (FW_IS_CITATION_CHIPS (self), NULL);

  ensure_picker (self);
  return fw_citation_picker_get_model (self->picker);
}
