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
} Counts;

static gboolean
count_statement_cb (FwStatement            *statement,
                    const FwStatementPlace *place,
                    gpointer                user_data)
{
  Counts *counts = user_data;

  if (place->section == FW_SECTION_AI_FLUENCY)
    counts->ai_statements++;
  if (place->section != FW_SECTION_LEVELS)
    return TRUE;
  if (fw_statement_get_note (statement) != NULL)
    counts->notes++;
  if (fw_statement_get_anchors (statement)[0] != NULL)
    counts->anchors++;
  if (fw_statement_get_citations (statement)[0] != NULL)
    counts->citations++;
  return TRUE;
}

static void
add_line (GPtrArray  *lines,
          const char *part)
{
  /* Translators: %s names a part of a framework, such as "the evidence pack". */
  g_ptr_array_add (lines, g_strdup_printf (_("NSX JSON has no place for %s; it is left out"),
                                           part));
}

/* A part named with its count, in the plural form the count takes. */
#define ADD_COUNTED(lines, n, singular, plural) \
  G_STMT_START { \
    if ((n) > 0) \
      { \
        g_autofree char *part_ = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, singular, \
                                                               plural, (n)), (n)); \
        add_line ((lines), part_); \
      } \
  } G_STMT_END

static void
nsx_losses (FwDocument *document,
            GPtrArray  *lines)
{
  Counts counts = { 0 };
  guint n_domains = g_list_model_get_n_items (G_LIST_MODEL (fw_document_get_domains (document)));
  guint n_sources = g_list_model_get_n_items (G_LIST_MODEL (fw_document_get_sources (document)));
  guint n_corrections = g_list_model_get_n_items (
    G_LIST_MODEL (fw_document_get_corrections (document)));

  fw_document_foreach_statement (document, count_statement_cb, &counts);
  for (guint key = 0; key < FW_N_LEVELS; key++)
    if (fw_level_get_role_label (fw_document_get_level (document, key))[0] != '\0')
      counts.role_labels++;

  ADD_COUNTED (lines, counts.ai_statements, "the AI-fluency statements (%u)",
               "the AI-fluency statements (%u)");
  ADD_COUNTED (lines, n_domains, "the durable skills (%u domain)",
               "the durable skills (%u domains)");
  if (!fw_evidence_is_empty (fw_document_get_evidence (document)))
    add_line (lines, _("the evidence pack"));
  if (!fw_onet_is_empty (fw_document_get_onet (document)))
    add_line (lines, _("the O*NET enrichment"));
  ADD_COUNTED (lines, n_sources, "the sources registry (%u source)",
               "the sources registry (%u sources)");
  ADD_COUNTED (lines, counts.citations, "the citations of %u statement",
               "the citations of %u statements");
  ADD_COUNTED (lines, counts.notes, "the author notes (%u)",
               "the author notes (%u)");
  ADD_COUNTED (lines, counts.anchors, "the O*NET task anchors of %u statement",
               "the O*NET task anchors of %u statements");
  ADD_COUNTED (lines, counts.role_labels, "the role labels of %u level",
               "the role labels of %u levels");
  ADD_COUNTED (lines, n_corrections, "the corrections (%u)",
               "the corrections (%u)");
}

char **
fw_format_lost_parts (FwDocument *document,
                      FwFormat    format)
{
  GPtrArray *lines;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);

  lines = g_ptr_array_new ();
  if (format == FW_FORMAT_NSX_JSON)
    nsx_losses (document, lines);
  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_free (lines, FALSE);
}
