/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-format-losses.h"

typedef struct
{
  guint ai_statements;
  guint notes;
  guint anchors;
  guint citations;
  guint role_labels;
  FwFormatParts holds;
} Counts;

static gboolean
count_statement_cb (FwStatement            *statement,
                    const FwStatementPlace *place,
                    gpointer                user_data)
{
  Counts *counts = user_data;

  if (place->section == FW_SECTION_AI_FLUENCY)
    counts->ai_statements++;
  /* Only statements the format writes: the parts of the others go with them. */
  if ((place->section == FW_SECTION_AI_FLUENCY && !(counts->holds & FW_PART_AI_FLUENCY))
      || (place->section == FW_SECTION_DURABLE_SKILLS && !(counts->holds & FW_PART_DURABLE)))
    return TRUE;
  if (fw_statement_get_note (statement) != NULL)
    counts->notes++;
  if (fw_statement_get_anchors (statement)[0] != NULL)
    counts->anchors++;
  if (fw_statement_get_citations (statement)[0] != NULL)
    counts->citations++;
  return TRUE;
}

typedef struct
{
  GPtrArray  *lines;
  const char *format_name;
} Losses;

static void
add_line (Losses     *losses,
          const char *part)
{
  /* Translators: the first %s names a file format ("NSX JSON", "PDF"), the second a part of
   * a framework, such as "the evidence pack". */
  g_ptr_array_add (losses->lines, g_strdup_printf (_("%1$s has no place for %2$s; it is left out"),
                                                   losses->format_name, part));
}

#define ADD_COUNTED(losses, n, singular, plural) \
  G_STMT_START { \
    if ((n) > 0) \
      { \
        g_autofree char *part_ = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, singular, \
                                                               plural, (n)), (n)); \
        add_line ((losses), part_); \
      } \
  } G_STMT_END

static gboolean
has_details (FwDocument *document)
{
  return fw_document_get_soc (document)[0] != '\0' || fw_document_get_title (document)[0] != '\0';
}

static void
list_losses (FwDocument    *document,
             FwFormatParts  holds,
             Losses        *losses)
{
  Counts counts = { .holds = holds };
  guint n_domains = g_list_model_get_n_items (G_LIST_MODEL (fw_document_get_domains (document)));
  guint n_sources = g_list_model_get_n_items (G_LIST_MODEL (fw_document_get_sources (document)));
  guint n_corrections = g_list_model_get_n_items (
    G_LIST_MODEL (fw_document_get_corrections (document)));

  fw_document_foreach_statement (document, count_statement_cb, &counts);
  for (guint key = 0; key < FW_N_LEVELS; key++)
    if (fw_level_get_role_label (fw_document_get_level (document, key))[0] != '\0')
      counts.role_labels++;

  if (!(holds & FW_PART_DETAILS) && has_details (document))
    add_line (losses, _("the occupation and framework details"));
  if (!(holds & FW_PART_AI_FLUENCY))
    ADD_COUNTED (losses, counts.ai_statements, "the AI-fluency statements (%u)",
                 "the AI-fluency statements (%u)");
  if (!(holds & FW_PART_DURABLE))
    ADD_COUNTED (losses, n_domains, "the durable skills (%u domain)",
                 "the durable skills (%u domains)");
  if (!(holds & FW_PART_EVIDENCE) && !fw_evidence_is_empty (fw_document_get_evidence (document)))
    add_line (losses, _("the evidence pack"));
  if (!(holds & FW_PART_ONET) && !fw_onet_is_empty (fw_document_get_onet (document)))
    add_line (losses, _("the O*NET enrichment"));
  if (!(holds & FW_PART_SOURCES))
    ADD_COUNTED (losses, n_sources, "the sources registry (%u source)",
                 "the sources registry (%u sources)");
  if (!(holds & FW_PART_CITATIONS))
    ADD_COUNTED (losses, counts.citations, "the citations of %u statement",
                 "the citations of %u statements");
  if (!(holds & FW_PART_NOTES))
    ADD_COUNTED (losses, counts.notes, "the author notes (%u)", "the author notes (%u)");
  if (!(holds & FW_PART_ANCHORS))
    ADD_COUNTED (losses, counts.anchors, "the O*NET task anchors of %u statement",
                 "the O*NET task anchors of %u statements");
  if (!(holds & FW_PART_ROLE_LABELS))
    ADD_COUNTED (losses, counts.role_labels, "the role labels of %u level",
                 "the role labels of %u levels");
  if (!(holds & FW_PART_CORRECTIONS))
    ADD_COUNTED (losses, n_corrections, "the corrections (%u)", "the corrections (%u)");
}

char **
fw_format_lost_parts_for (FwDocument    *document,
                          const char    *format_name,
                          FwFormatParts  holds)
{
  Losses losses = { g_ptr_array_new (), format_name };

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (format_name != NULL, NULL);

  list_losses (document, holds, &losses);
  g_ptr_array_add (losses.lines, NULL);
  return (char **) g_ptr_array_free (losses.lines, FALSE);
}

char **
fw_format_lost_parts (FwDocument *document,
                      FwFormat    format)
{
  /* What each writer holds; see the writers. Formats not listed hold everything. */
  static const struct
  {
    FwFormat       format;
    const char    *name;
    FwFormatParts  holds;
  } formats[] = {
    { FW_FORMAT_NSX_JSON, "NSX JSON", FW_PART_DETAILS },
    { FW_FORMAT_CASE, "CASE 1.0",
      FW_PART_DETAILS | FW_PART_AI_FLUENCY | FW_PART_DURABLE | FW_PART_NOTES | FW_PART_ANCHORS
      | FW_PART_ROLE_LABELS },
    { FW_FORMAT_CSV, "CSV", FW_PART_AI_FLUENCY | FW_PART_DURABLE | FW_PART_CITATIONS },
    { FW_FORMAT_CANVAS_CSV, "Canvas CSV", FW_PART_DETAILS | FW_PART_AI_FLUENCY | FW_PART_DURABLE },
    { FW_FORMAT_MOODLE_CSV, "Moodle CSV", FW_PART_DETAILS | FW_PART_AI_FLUENCY | FW_PART_DURABLE },
    { FW_FORMAT_XLSX, "XLSX",
      FW_PART_ALL & ~(FW_PART_NOTES | FW_PART_ANCHORS | FW_PART_CORRECTIONS) },
  };

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (formats[i].format == format)
        return fw_format_lost_parts_for (document, formats[i].name, formats[i].holds);
    }
  return g_new0 (char *, 1);
}
