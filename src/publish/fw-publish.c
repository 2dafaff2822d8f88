/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "fw-error.h"
#include "fw-publish-private.h"

/* ISO 216 A4 (210 × 297 mm) and US Letter (8.5 × 11 in), in points. */
#define A4_WIDTH      595.2756
#define A4_HEIGHT     841.8898
#define LETTER_WIDTH  612.0
#define LETTER_HEIGHT 792.0

static const char * const format_names[] = { "xhtml", "pdf" };
static const char * const paper_names[] = { "a4", "letter" };

gboolean
fw_publish_format_from_string (const char      *str,
                               FwPublishFormat *format)
{
  g_return_val_if_fail (str != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    {
      if (g_str_equal (str, format_names[i]))
        {
          if (format != NULL)
            *format = (FwPublishFormat) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
fw_publish_format_to_string (FwPublishFormat format)
{
  g_return_val_if_fail (format <= FW_PUBLISH_PDF, NULL);

  return format_names[format];
}

gboolean
fw_paper_from_string (const char *str,
                      FwPaper    *paper)
{
  g_return_val_if_fail (str != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (paper_names); i++)
    {
      if (g_ascii_strcasecmp (str, paper_names[i]) == 0)
        {
          if (paper != NULL)
            *paper = (FwPaper) i;
          return TRUE;
        }
    }

  return FALSE;
}

void
fw_paper_get_size (FwPaper  paper,
                   double  *width,
                   double  *height)
{
  g_return_if_fail (width != NULL && height != NULL);

  *width = paper == FW_PAPER_LETTER ? LETTER_WIDTH : A4_WIDTH;
  *height = paper == FW_PAPER_LETTER ? LETTER_HEIGHT : A4_HEIGHT;
}

const char *
fw_publish_get_language (FwDocument *document)
{
  g_return_val_if_fail (FW_IS_DOCUMENT (document), "en");

  /* The model's content language ("en" unless the framework says otherwise, never ""). */
  return fw_document_get_language (document);
}

GBytes *
fw_publish_write (FwDocument             *document,
                  FwPublishFormat         format,
                  const FwPublishOptions *options,
                  GError                **error)
{
  FwPublishOptions defaults = { FW_PAPER_A4, NULL };

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (format == FW_PUBLISH_XHTML)
    return fw_publish_xhtml (document, error);

  return fw_publish_pdf (document, options != NULL ? options : &defaults, error);
}

GHashTable *
_fw_publish_number_sources (FwDocument *document)
{
  GListModel *sources = G_LIST_MODEL (fw_document_get_sources (document));
  GHashTable *numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(FwSource) source = g_list_model_get_item (sources, i);

      g_hash_table_insert (numbers, g_strdup (fw_source_get_id (source)),
                           GUINT_TO_POINTER (i + 1));
    }

  return numbers;
}

char *
_fw_publish_citation_marks (GHashTable  *numbers,
                            FwStatement *statement)
{
  const char * const *citations = fw_statement_get_citations (statement);
  GString *marks = g_string_new (NULL);

  for (guint i = 0; citations != NULL && citations[i] != NULL; i++)
    {
      guint number = GPOINTER_TO_UINT (g_hash_table_lookup (numbers, citations[i]));

      if (number == 0)
        continue;
      if (marks->len > 0)
        g_string_append (marks, ", ");
      g_string_append_printf (marks, "%u", number);
    }

  return g_string_free (marks, FALSE);
}

static char *
format_number (double      value,
               const char *unit)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.6g", value);
  return g_strconcat (buffer, unit, NULL);
}

char **
_fw_publish_evidence_rows (FwDocument *document)
{
  static const struct
  {
    const char *property;
    const char *label;
    const char *unit;  /* after a number */
  } rows[] = {
    { "task-observations", N_("AEI task observations"), "" },
    { "augment-share", N_("AEI augmentation share"), " %" },
    { "time-saved", N_("AEI time saved"), " %" },
    { "ai-autonomy", N_("AEI AI autonomy"), " / 5" },
    { "top-skill", N_("SAFI top skill"), NULL },
    { "safi-score", N_("SAFI score"), " / 100" },
    { "quadrant", N_("SAFI quadrant"), NULL },
    { "precision", N_("SAFI precision"), NULL },
    { "wef-label", N_("WEF cluster"), NULL },
    { "wef-id", N_("WEF cluster id"), NULL },
  };
  FwEvidence *evidence = fw_document_get_evidence (document);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      if (!fw_evidence_has (evidence, rows[i].property))
        continue;
      g_ptr_array_add (out, g_strdup (_(rows[i].label)));
      if (rows[i].unit == NULL)
        g_ptr_array_add (out, g_strdup (fw_evidence_get_string (evidence, rows[i].property)));
      else
        g_ptr_array_add (out, format_number (fw_evidence_get_number (evidence, rows[i].property),
                                             rows[i].unit));
    }
  g_ptr_array_add (out, NULL);

  return (char **) g_ptr_array_free (out, FALSE);
}

char *
_fw_publish_subtitle (FwDocument *document)
{
  const char *version = fw_document_get_version (document);
  const char *zone_label = fw_document_get_job_zone_label (document);
  int zone = fw_document_get_job_zone (document);
  GString *text = g_string_new (NULL);

  /* TRANSLATORS: the occupation's O*NET-SOC code, such as 29-2034.00 */
  g_string_append_printf (text, _("SOC %s"), fw_document_get_soc (document));
  if (version != NULL && version[0] != '\0')
    g_string_append_printf (text, " · %s", version);
  if (zone > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, _("Job Zone %d"), zone);
      if (zone_label != NULL && zone_label[0] != '\0')
        g_string_append_printf (text, " (%s)", zone_label);
    }

  return g_string_free (text, FALSE);
}

char *
_fw_publish_reference_text (FwSource *source)
{
  const char *parts[] = {
    fw_source_get_title (source), fw_source_get_publisher (source),
    fw_source_get_version (source), fw_source_get_license (source),
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL || parts[i][0] == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, " ");
      g_string_append (text, parts[i]);
      if (!g_str_has_suffix (parts[i], "."))
        g_string_append (text, ".");
    }
  if (text->len == 0)
    g_string_append (text, fw_source_get_short_label (source));

  return g_string_free (text, FALSE);
}
