/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fw-correction-apply.h"
#include "fw-error.h"
#include "fw-review-items.h"

static const struct { const char *item_type; const char *element; } elements[] = {
  { FW_CORRECTION_ITEM_TASK, "Task" },
  { FW_CORRECTION_ITEM_TITLE, "Related Title" },
  { FW_CORRECTION_ITEM_TECHNOLOGY, "Technology Skill" },
  { FW_CORRECTION_ITEM_WORK_STYLE, "Work Style" },
  { FW_CORRECTION_ITEM_SKILL, "Skill" },
  { FW_CORRECTION_ITEM_KNOWLEDGE, "Knowledge" },
  { FW_CORRECTION_ITEM_ABILITY, "Ability" },
  { FW_CORRECTION_ITEM_CIP_CODE, "CIP Code" },
  { FW_CORRECTION_ITEM_JOB_ZONE, "Job Zone" },
  { FW_CORRECTION_ITEM_APPRENTICESHIP, "Apprenticeship" },
  { FW_CORRECTION_ITEM_STATEMENT, "Statement" },
  { FW_CORRECTION_ITEM_NEW_TASK, "New Task" },
};

const char *
fw_review_element_name (const char *item_type)
{
  for (guint i = 0; i < G_N_ELEMENTS (elements); i++)
    {
      if (g_strcmp0 (item_type, elements[i].item_type) == 0)
        return elements[i].element;
    }
  return "";
}

static gboolean
fail (GError    **error,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (GError    **error,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, FW_ERROR, FW_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
parse_list_item (FwDocument  *document,
                 const char  *type,
                 const char  *value,
                 char       **item_id,
                 char       **current)
{
  FwOnet *onet = fw_document_get_onet (document);
  const char *property = fw_correction_item_list_property (type);
  const char *found_property = NULL;
  const char *id = fw_onet_find_item_id (onet, property, value);
  const char *text;

  if (id != NULL)
    {
      *item_id = g_strdup (id);
      *current = g_strdup (value);
      return TRUE;
    }

  text = fw_onet_find_item (onet, value, &found_property, NULL);
  if (text == NULL || g_strcmp0 (found_property, property) != 0)
    return FALSE;

  *item_id = g_strdup (value);
  *current = g_strdup (text);
  return TRUE;
}

static gboolean
parse_apprenticeship (FwDocument  *document,
                      const char  *value,
                      char       **item_id,
                      char       **current)
{
  GListModel *list = G_LIST_MODEL (fw_onet_get_apprenticeships (fw_document_get_onet (document)));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(FwApprenticeship) apprenticeship = g_list_model_get_item (list, i);

      if (g_str_equal (fw_apprenticeship_get_code (apprenticeship), value) ||
          g_str_equal (fw_apprenticeship_get_id (apprenticeship), value))
        {
          *item_id = g_strdup (fw_apprenticeship_get_id (apprenticeship));
          *current = g_strdup (fw_apprenticeship_get_title (apprenticeship));
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
resolve_value (FwDocument  *document,
               const char  *type,
               const char  *value,
               char       **item_id,
               char       **current)
{
  if (fw_correction_item_list_property (type) != NULL)
    return parse_list_item (document, type, value, item_id, current);

  if (g_str_equal (type, FW_CORRECTION_ITEM_APPRENTICESHIP))
    return parse_apprenticeship (document, value, item_id, current);

  if (g_str_equal (type, FW_CORRECTION_ITEM_TASK))
    {
      FwTask *task = fw_document_find_onet_task (document, value, NULL);

      if (task == NULL)
        return FALSE;
      *item_id = g_strdup (value);
      *current = g_strdup (fw_task_get_text (task));
      return TRUE;
    }

  /* A statement. */
  {
    FwStatement *statement = fw_document_find_statement (document, value, NULL);

    if (statement == NULL)
      return FALSE;
    *item_id = g_strdup (value);
    *current = fw_statement_to_text (statement);
    return TRUE;
  }
}

gboolean
fw_review_parse_item (FwDocument  *document,
                      const char  *reference,
                      char       **item_type,
                      char       **item_id,
                      char       **current,
                      GError     **error)
{
  g_autofree char *type = NULL;
  g_autofree char *id = NULL;
  g_autofree char *value_now = NULL;
  const char *colon;
  const char *value;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (reference != NULL, FALSE);

  colon = strchr (reference, ':');
  type = colon != NULL ? g_strndup (reference, colon - reference) : g_strdup (reference);
  value = colon != NULL ? colon + 1 : NULL;
  if (g_str_equal (type, "cip"))
    {
      g_free (type);
      type = g_strdup (FW_CORRECTION_ITEM_CIP_CODE);
    }

  if (!fw_correction_is_item_type (type))
    return fail (error, _("unknown item “%s”; use task:ID, title:TEXT, technology:TEXT, "
                          "work-style:TEXT, skill:TEXT, knowledge:TEXT, ability:TEXT, "
                          "cip-code:CODE, apprenticeship:CODE, statement:ID, job-zone or "
                          "new-task"), reference);

  if (!fw_correction_item_has_id (type))
    {
      if (value != NULL)
        return fail (error, _("item “%s” takes no value after the colon"), type);
      id = g_strdup ("");
      if (g_str_equal (type, FW_CORRECTION_ITEM_JOB_ZONE))
        {
          int zone = fw_document_get_job_zone (document);

          value_now = zone > 0 ? g_strdup_printf ("%d", zone) : g_strdup ("");
        }
      else
        {
          value_now = g_strdup ("");
        }
    }
  else if (value == NULL || value[0] == '\0')
    {
      return fail (error, _("item “%s” needs a value, as in %s:VALUE"), type, type);
    }
  else if (!resolve_value (document, type, value, &id, &value_now))
    {
      return fail (error, _("no %s “%s” in the framework"),
                   fw_correction_value_label (type), value);
    }

  *item_type = g_steal_pointer (&type);
  *item_id = g_steal_pointer (&id);
  *current = g_steal_pointer (&value_now);
  return TRUE;
}

char *
fw_review_format_item (FwDocument   *document,
                       FwCorrection *correction)
{
  const char *type = fw_correction_get_item_type (correction);
  const char *item_id = fw_correction_get_item_id (correction);

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (FW_IS_CORRECTION (correction), NULL);

  if (!fw_correction_item_has_id (type))
    return g_strdup (type);

  if (fw_correction_item_list_property (type) != NULL)
    {
      const char *text = fw_onet_find_item (fw_document_get_onet (document), item_id, NULL,
                                            NULL);

      return g_strdup_printf ("%s:%s", type, text != NULL ? text : item_id);
    }

  return g_strdup_printf ("%s:%s", type, item_id);
}

FwCorrection *
fw_review_new_correction (FwDocument        *document,
                          const FwReviewNew *request,
                          GError           **error)
{
  g_autofree char *type = NULL;
  g_autofree char *item_id = NULL;
  g_autofree char *current = NULL;
  g_autofree char *now = NULL;
  FwCorrection *correction;
  const char *time;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (request != NULL && request->reference != NULL, NULL);

  if (request->kind != NULL && !fw_correction_is_kind (request->kind))
    {
      fail (error, _("unknown kind “%s”; use outdated, inaccurate, wrong-occupation, duplicate, "
                     "missing or other"), request->kind);
      return NULL;
    }
  for (guint i = 0; request->evidence != NULL && request->evidence[i] != NULL; i++)
    {
      if (fw_document_find_source (document, request->evidence[i]) == NULL)
        {
          fail (error, _("no source “%s” in the framework's source registry"),
                request->evidence[i]);
          return NULL;
        }
    }
  if (!fw_review_parse_item (document, request->reference, &type, &item_id, &current, error))
    return NULL;
  if (g_str_equal (type, FW_CORRECTION_ITEM_NEW_TASK) &&
      (request->proposed == NULL || request->proposed[0] == '\0'))
    {
      fail (error, _("a new task needs the proposed task text"));
      return NULL;
    }

  time = request->time != NULL ? request->time : (now = fw_correction_now ());
  correction = fw_correction_new (type, item_id);
  g_object_set (correction,
                "kind", request->kind != NULL ? request->kind : "other",
                "current", current,
                "proposed", request->proposed,
                "rationale", request->rationale,
                "evidence", request->evidence,
                "reviewer", request->reviewer != NULL ? request->reviewer
                                                      : fw_review_default_reviewer (),
                "created", time,
                "updated", time,
                NULL);
  return correction;
}

gboolean
fw_review_matches (FwCorrection *correction,
                   const char   *status,
                   const char   *kind,
                   const char   *reviewer)
{
  g_return_val_if_fail (FW_IS_CORRECTION (correction), FALSE);

  return (status == NULL || g_str_equal (status, fw_correction_get_status (correction))) &&
         (kind == NULL || g_str_equal (kind, fw_correction_get_kind (correction))) &&
         (reviewer == NULL || g_str_equal (reviewer, fw_correction_get_reviewer (correction)));
}

FwCorrection *
fw_review_find_pending (FwDocument *document,
                        const char *item_type,
                        const char *item_id)
{
  GListModel *corrections;
  FwCorrection *found = NULL;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);

  corrections = G_LIST_MODEL (fw_document_get_corrections (document));
  for (guint i = 0; item_id != NULL && i < g_list_model_get_n_items (corrections); i++)
    {
      g_autoptr(FwCorrection) correction = g_list_model_get_item (corrections, i);

      if (g_strcmp0 (fw_correction_get_item_type (correction), item_type) == 0 &&
          g_str_equal (fw_correction_get_item_id (correction), item_id) &&
          !g_str_equal (fw_correction_get_status (correction), "rejected") &&
          !fw_correction_get_applied (correction) &&
          (found == NULL || strcmp (fw_correction_get_created (correction),
                                    fw_correction_get_created (found)) >= 0))
        found = correction;  /* the document holds it */
    }
  return found;
}

guint
fw_review_count_open (FwDocument *document)
{
  GListModel *corrections;
  guint count = 0;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), 0);

  corrections = G_LIST_MODEL (fw_document_get_corrections (document));
  for (guint i = 0; i < g_list_model_get_n_items (corrections); i++)
    {
      g_autoptr(FwCorrection) correction = g_list_model_get_item (corrections, i);

      if (g_str_equal (fw_correction_get_status (correction), "open"))
        count++;
    }
  return count;
}

const char *
fw_review_default_reviewer (void)
{
  const char *name = g_get_real_name ();

  if (name == NULL || name[0] == '\0' || g_str_equal (name, "Unknown"))
    name = g_get_user_name ();
  return name;
}
