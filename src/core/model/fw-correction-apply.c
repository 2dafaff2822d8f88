/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-correction-apply.h"
#include "fw-error.h"

static const struct { const char *item_type; const char *property; } list_items[] = {
  { FW_CORRECTION_ITEM_TITLE, "related-titles" },
  { FW_CORRECTION_ITEM_SKILL, "skills" },
  { FW_CORRECTION_ITEM_KNOWLEDGE, "knowledge" },
  { FW_CORRECTION_ITEM_ABILITY, "abilities" },
  { FW_CORRECTION_ITEM_WORK_STYLE, "work-styles" },
  { FW_CORRECTION_ITEM_TECHNOLOGY, "technology" },
  { FW_CORRECTION_ITEM_CIP_CODE, "cip-codes" },
};

const char *
fw_correction_item_list_property (const char *item_type)
{
  for (guint i = 0; i < G_N_ELEMENTS (list_items); i++)
    {
      if (g_strcmp0 (item_type, list_items[i].item_type) == 0)
        return list_items[i].property;
    }
  return NULL;
}

FwTask *
fw_document_find_onet_task (FwDocument *document,
                            const char *task_id,
                            guint      *position)
{
  GListModel *tasks;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);

  if (task_id == NULL || task_id[0] == '\0')
    return NULL;

  tasks = G_LIST_MODEL (fw_onet_get_tasks (fw_document_get_onet (document)));
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (tasks, i);

      if (g_strcmp0 (fw_task_get_task_id (task), task_id) == 0)
        {
          if (position != NULL)
            *position = i;
          return task;  /* the store holds it */
        }
    }

  return NULL;
}

static FwApprenticeship *
find_apprenticeship (FwDocument *document,
                     const char *id,
                     guint      *position)
{
  GListModel *list = G_LIST_MODEL (fw_onet_get_apprenticeships (fw_document_get_onet (document)));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(FwApprenticeship) apprenticeship = g_list_model_get_item (list, i);

      if (g_strcmp0 (fw_apprenticeship_get_id (apprenticeship), id) == 0)
        {
          *position = i;
          return apprenticeship;
        }
    }

  return NULL;
}

static char *
resolve_list_item (FwDocument *document,
                   const char *property,
                   const char *item_id)
{
  FwOnet *onet = fw_document_get_onet (document);
  const char *found_property = NULL;
  const char *text = fw_onet_find_item (onet, item_id, &found_property, NULL);

  if (text == NULL || g_strcmp0 (found_property, property) != 0)
    return NULL;
  return g_strdup (text);
}

char *
fw_correction_resolve (FwDocument   *document,
                       FwCorrection *correction)
{
  const char *type = fw_correction_get_item_type (correction);
  const char *item_id = fw_correction_get_item_id (correction);
  const char *property = fw_correction_item_list_property (type);
  guint position;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (FW_IS_CORRECTION (correction), NULL);

  if (property != NULL)
    return resolve_list_item (document, property, item_id);

  if (g_str_equal (type, FW_CORRECTION_ITEM_TASK))
    {
      FwTask *task = fw_document_find_onet_task (document, item_id, NULL);

      return task != NULL ? g_strdup (fw_task_get_text (task)) : NULL;
    }
  if (g_str_equal (type, FW_CORRECTION_ITEM_APPRENTICESHIP))
    {
      FwApprenticeship *apprenticeship = find_apprenticeship (document, item_id, &position);

      return apprenticeship != NULL ? g_strdup (fw_apprenticeship_get_title (apprenticeship))
                                    : NULL;
    }
  if (g_str_equal (type, FW_CORRECTION_ITEM_STATEMENT))
    {
      FwStatement *statement = fw_document_find_statement (document, item_id, NULL);

      return statement != NULL ? fw_statement_to_text (statement) : NULL;
    }
  if (g_str_equal (type, FW_CORRECTION_ITEM_JOB_ZONE))
    {
      int zone = fw_document_get_job_zone (document);

      return zone > 0 ? g_strdup_printf ("%d", zone) : g_strdup ("");
    }

  return g_strdup ("");
}

static gboolean
has_task_text (FwDocument *document,
               const char *text)
{
  GListModel *tasks = G_LIST_MODEL (fw_onet_get_tasks (fw_document_get_onet (document)));

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (tasks, i);

      if (g_str_equal (fw_task_get_text (task), text))
        return TRUE;
    }
  return FALSE;
}

gboolean
fw_correction_proposal_in_place (FwDocument   *document,
                                 FwCorrection *correction)
{
  const char *proposed = fw_correction_get_proposed (correction);
  g_autofree char *value = NULL;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (FW_IS_CORRECTION (correction), FALSE);

  if (g_str_equal (fw_correction_get_item_type (correction), FW_CORRECTION_ITEM_NEW_TASK))
    return has_task_text (document, proposed);

  value = fw_correction_resolve (document, correction);
  if (proposed[0] == '\0' && fw_correction_item_has_id (fw_correction_get_item_type (correction)))
    return value == NULL;

  return value != NULL && g_str_equal (value, proposed);
}

static FwCommand *
apply_list_item (FwDocument   *document,
                 const char   *property,
                 FwCorrection *correction)
{
  FwOnet *onet = fw_document_get_onet (document);
  const char *proposed = fw_correction_get_proposed (correction);
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  const char * const *strv = fw_onet_get_strv (onet, property);
  guint position = 0;

  fw_onet_find_item (onet, fw_correction_get_item_id (correction), NULL, &position);
  for (guint i = 0; strv[i] != NULL; i++)
    {
      if (i != position)
        g_ptr_array_add (values, (gpointer) strv[i]);
      else if (proposed[0] != '\0')
        g_ptr_array_add (values, (gpointer) proposed);
    }
  g_ptr_array_add (values, NULL);

  return fw_command_set_strv_new (G_OBJECT (onet), property,
                                  (const char * const *) values->pdata);
}

static FwCommand *
apply_statement (FwDocument   *document,
                 FwCorrection *correction,
                 GError      **error)
{
  const char *proposed = fw_correction_get_proposed (correction);
  g_autofree char *headline = NULL;
  g_autofree char *body = NULL;
  FwStatementPlace place;
  FwStatement *statement;
  FwCommand *group;

  statement = fw_document_find_statement (document, fw_correction_get_item_id (correction),
                                          &place);
  if (proposed[0] == '\0')
    return fw_command_remove_new (place.store, place.position);

  if (!fw_statement_split_text (proposed, &headline, &body))
    {
      g_set_error (error, FW_ERROR, FW_ERROR_INVALID,
                   _("the proposed statement needs the form “Headline — body”"));
      return NULL;
    }

  group = fw_command_group_new (NULL);
  fw_command_group_add (group, fw_command_set_string_new (G_OBJECT (statement), "headline",
                                                          headline, FALSE));
  fw_command_group_add (group, fw_command_set_string_new (G_OBJECT (statement), "body",
                                                          body, FALSE));
  return group;
}

static FwCommand *
apply_job_zone (FwDocument   *document,
                FwCorrection *correction,
                GError      **error)
{
  const char *proposed = fw_correction_get_proposed (correction);
  guint64 zone = 0;

  if (!g_ascii_string_to_unsigned (proposed, 10, 1, 5, &zone, NULL))
    {
      g_set_error (error, FW_ERROR, FW_ERROR_INVALID,
                   _("the proposed job zone must be a number from 1 to 5, not “%s”"), proposed);
      return NULL;
    }
  return fw_command_set_int_new (G_OBJECT (document), "job-zone", (int) zone);
}

static FwCommand *
apply_change (FwDocument   *document,
              FwCorrection *correction,
              GError      **error)
{
  const char *type = fw_correction_get_item_type (correction);
  const char *item_id = fw_correction_get_item_id (correction);
  const char *proposed = fw_correction_get_proposed (correction);
  const char *property = fw_correction_item_list_property (type);
  GListStore *tasks = fw_onet_get_tasks (fw_document_get_onet (document));
  guint position = 0;

  if (property != NULL)
    return apply_list_item (document, property, correction);
  if (g_str_equal (type, FW_CORRECTION_ITEM_STATEMENT))
    return apply_statement (document, correction, error);
  if (g_str_equal (type, FW_CORRECTION_ITEM_JOB_ZONE))
    return apply_job_zone (document, correction, error);
  if (g_str_equal (type, FW_CORRECTION_ITEM_NEW_TASK))
    {
      g_autoptr(FwTask) task = fw_task_new (NULL, proposed);

      return fw_command_insert_new (tasks, g_list_model_get_n_items (G_LIST_MODEL (tasks)), task);
    }
  if (g_str_equal (type, FW_CORRECTION_ITEM_TASK))
    {
      FwTask *task = fw_document_find_onet_task (document, item_id, &position);

      if (proposed[0] == '\0')
        return fw_command_remove_new (tasks, position);
      return fw_command_set_string_new (G_OBJECT (task), "text", proposed, FALSE);
    }

  /* An apprenticeship: the proposal is its title. */
  {
    FwApprenticeship *apprenticeship = find_apprenticeship (document, item_id, &position);

    if (proposed[0] == '\0')
      return fw_command_remove_new (
        fw_onet_get_apprenticeships (fw_document_get_onet (document)), position);
    return fw_command_set_string_new (G_OBJECT (apprenticeship), "title", proposed, FALSE);
  }
}

FwCommand *
fw_correction_apply_command_new (FwDocument   *document,
                                 FwCorrection *correction,
                                 const char   *time,
                                 GError      **error)
{
  g_autofree char *value = NULL;
  FwCommand *change;
  FwCommand *group;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (FW_IS_CORRECTION (correction), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_str_equal (fw_correction_get_status (correction), "accepted"))
    {
      g_set_error (error, FW_ERROR, FW_ERROR_INVALID,
                   _("correction %s is not accepted"), fw_correction_get_id (correction));
      return NULL;
    }
  if (fw_correction_get_applied (correction))
    {
      g_set_error (error, FW_ERROR, FW_ERROR_INVALID,
                   _("correction %s is applied already"), fw_correction_get_id (correction));
      return NULL;
    }
  value = fw_correction_resolve (document, correction);
  if (value == NULL)
    {
      g_set_error (error, FW_ERROR, FW_ERROR_INVALID,
                   _("the item of correction %s no longer exists"),
                   fw_correction_get_id (correction));
      return NULL;
    }

  change = apply_change (document, correction, error);
  if (change == NULL)
    return NULL;

  group = fw_command_group_new (_("Apply Correction"));
  fw_command_group_add (group, change);
  fw_command_group_add (group, fw_command_set_boolean_new (G_OBJECT (correction), "applied",
                                                           TRUE));
  if (time != NULL)
    fw_command_group_add (group, fw_command_set_string_new (G_OBJECT (correction), "updated",
                                                            time, FALSE));
  return group;
}
