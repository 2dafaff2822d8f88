/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fw-correction-commands.h"
#include "fw-review-check.h"
#include "fw-review-items.h"

static void
add_item (JsonBuilder           *builder,
          const FwReviewFinding *finding)
{
  json_builder_set_member_name (builder, "item");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, finding->item_type);
  /* Tasks go by their O*NET id; list entries and the rest by the value a reader knows. */
  if (g_str_equal (finding->item_type, FW_CORRECTION_ITEM_TASK))
    {
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, finding->item_id);
    }
  else
    {
      json_builder_set_member_name (builder, "value");
      json_builder_add_string_value (builder, finding->value);
      if (*finding->item_id != '\0')
        {
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, finding->item_id);
        }
    }
  json_builder_end_object (builder);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

JsonNode *
fw_review_check_to_json (FwReviewCheck *check)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (check != NULL, NULL);

  json_builder_begin_object (builder);
  add_string (builder, "release", check->release);
  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < check->findings->len; i++)
    {
      const FwReviewFinding *finding = g_ptr_array_index (check->findings, i);

      json_builder_begin_object (builder);
      add_item (builder, finding);
      add_string (builder, "kind", finding->kind);
      add_string (builder, "framework", finding->framework);
      add_string (builder, "release", finding->release);
      add_string (builder, "message", finding->message);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "notIncluded");
  json_builder_begin_array (builder);
  for (guint i = 0; i < check->not_included->len; i++)
    {
      const FwReviewFinding *finding = g_ptr_array_index (check->not_included, i);

      json_builder_begin_object (builder);
      add_item (builder, finding);
      add_string (builder, "release", finding->release);
      add_string (builder, "message", finding->message);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static void
append_item (GString               *out,
             const FwReviewFinding *finding)
{
  if (g_str_equal (finding->item_type, FW_CORRECTION_ITEM_TASK))
    g_string_append_printf (out, "task:%s", finding->item_id);
  else if (g_str_equal (finding->item_type, FW_CORRECTION_ITEM_JOB_ZONE))
    g_string_append (out, "job-zone");
  else
    g_string_append_printf (out, "%s:%s", finding->item_type, finding->value);
}

char *
fw_review_check_to_text (FwReviewCheck *check)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (check != NULL, NULL);

  for (guint i = 0; i < check->findings->len; i++)
    {
      const FwReviewFinding *finding = g_ptr_array_index (check->findings, i);

      append_item (out, finding);
      g_string_append_printf (out, ": %s: %s\n", finding->kind, finding->message);
      if (*finding->release != '\0' && !g_str_equal (finding->framework, finding->release))
        {
          g_string_append_printf (out, "  %s %s\n", _("framework:"), finding->framework);
          g_string_append_printf (out, "  %s %s\n", _("release:"), finding->release);
        }
    }
  if (check->not_included->len > 0)
    {
      g_string_append_printf (out,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u task of the release is not included:\n",
                                           "%u tasks of the release are not included:\n",
                                           check->not_included->len),
                              check->not_included->len);
      for (guint i = 0; i < check->not_included->len; i++)
        {
          const FwReviewFinding *finding = g_ptr_array_index (check->not_included, i);

          g_string_append_printf (out, "  task:%s %s\n", finding->item_id, finding->release);
        }
    }
  return g_string_free (out, FALSE);
}

gboolean
fw_review_finding_is_annotated (FwDocument            *document,
                                const FwReviewFinding *finding)
{
  GListModel *corrections;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (finding != NULL, FALSE);

  if (!fw_correction_is_item_type (finding->item_type))
    return TRUE;
  corrections = G_LIST_MODEL (fw_document_get_corrections (document));
  for (guint i = 0; i < g_list_model_get_n_items (corrections); i++)
    {
      g_autoptr(FwCorrection) correction = g_list_model_get_item (corrections, i);

      if (g_str_equal (fw_correction_get_item_type (correction), finding->item_type) &&
          g_str_equal (fw_correction_get_item_id (correction), finding->item_id))
        return TRUE;
    }
  return FALSE;
}

static char *
finding_reference (const FwReviewFinding *finding)
{
  if (g_str_equal (finding->item_type, FW_CORRECTION_ITEM_JOB_ZONE))
    return g_strdup (FW_CORRECTION_ITEM_JOB_ZONE);
  return g_strdup_printf ("%s:%s", finding->item_type,
                          *finding->item_id != '\0' ? finding->item_id : finding->value);
}

GPtrArray *
fw_review_check_corrections (FwDocument    *document,
                             FwReviewCheck *check,
                             const char    *reviewer,
                             const char    *time)
{
  GPtrArray *corrections = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *now = NULL;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), corrections);
  g_return_val_if_fail (check != NULL, corrections);

  if (time == NULL)
    time = now = fw_correction_now ();
  for (guint i = 0; i < check->findings->len; i++)
    {
      const FwReviewFinding *finding = g_ptr_array_index (check->findings, i);
      g_autofree char *reference = NULL;
      g_autoptr(GError) error = NULL;
      FwReviewNew request = { NULL };
      FwCorrection *correction;

      if (fw_review_finding_is_annotated (document, finding))
        continue;
      reference = finding_reference (finding);
      request.reference = reference;
      request.kind = finding->kind;
      request.proposed = finding->proposed;
      request.rationale = finding->message;
      request.reviewer = reviewer;
      request.time = time;
      correction = fw_review_new_correction (document, &request, &error);
      if (correction == NULL)
        {
          g_debug ("No correction for %s: %s", reference, error->message);
          continue;
        }
      g_ptr_array_add (corrections, correction);
    }
  return corrections;
}

FwCommand *
fw_review_add_corrections_command_new (FwDocument *document,
                                       GPtrArray  *corrections)
{
  g_autofree char *label = NULL;
  FwCommand *group;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (corrections != NULL, NULL);

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Add %u Correction",
                                        "Add %u Corrections", corrections->len),
                           corrections->len);
  group = fw_command_group_new (label);
  for (guint i = 0; i < corrections->len; i++)
    fw_command_group_add (group, fw_correction_add_command_new (document,
                                                                corrections->pdata[i]));
  return group;
}
