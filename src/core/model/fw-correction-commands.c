/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fw-correction-commands.h"

FwCommand *
fw_correction_add_command_new (FwDocument   *document,
                               FwCorrection *correction)
{
  GListModel *corrections;
  FwCommand *command;
  guint position = 0;
  guint n_items;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (FW_IS_CORRECTION (correction), NULL);

  /* Ordered by id, so that two branches' additions land apart and merge cleanly. */
  corrections = G_LIST_MODEL (fw_document_get_corrections (document));
  n_items = g_list_model_get_n_items (corrections);
  while (position < n_items)
    {
      g_autoptr(FwCorrection) other = g_list_model_get_item (corrections, position);

      if (strcmp (fw_correction_get_id (other), fw_correction_get_id (correction)) > 0)
        break;
      position++;
    }

  command = fw_command_insert_new (fw_document_get_corrections (document), position, correction);
  fw_command_set_label (command, _("Add Correction"));
  return command;
}

FwCommand *
fw_correction_remove_command_new (FwDocument   *document,
                                  FwCorrection *correction)
{
  FwCommand *command;
  guint position;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (FW_IS_CORRECTION (correction), NULL);

  if (fw_document_find_correction (document, fw_correction_get_id (correction), &position)
      != correction)
    g_return_val_if_reached (NULL);

  command = fw_command_remove_new (fw_document_get_corrections (document), position);
  fw_command_set_label (command, _("Remove Correction"));
  return command;
}

static FwCommand *
touch (FwCommand    *group,
       FwCorrection *correction,
       const char   *time)
{
  if (time != NULL && g_strcmp0 (time, fw_correction_get_updated (correction)) != 0)
    fw_command_group_add (group, fw_command_set_string_new (G_OBJECT (correction), "updated",
                                                            time, FALSE));
  return group;
}

FwCommand *
fw_correction_edit_command_new (FwCorrection *correction,
                                const char   *property,
                                const char   *value,
                                const char   *time)
{
  FwCommand *group;

  g_return_val_if_fail (FW_IS_CORRECTION (correction), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  group = fw_command_group_new (_("Edit Correction"));
  fw_command_group_add (group, fw_command_set_string_new (G_OBJECT (correction), property,
                                                          value != NULL ? value : "", FALSE));
  return touch (group, correction, time);
}

FwCommand *
fw_correction_set_evidence_command_new (FwCorrection       *correction,
                                        const char * const *evidence,
                                        const char         *time)
{
  FwCommand *group;

  g_return_val_if_fail (FW_IS_CORRECTION (correction), NULL);

  group = fw_command_group_new (_("Edit Correction Evidence"));
  fw_command_group_add (group, fw_command_set_strv_new (G_OBJECT (correction), "evidence",
                                                        evidence));
  return touch (group, correction, time);
}

static const char *
status_label (const char *status)
{
  if (g_strcmp0 (status, "accepted") == 0)
    return _("Accept Correction");
  if (g_strcmp0 (status, "rejected") == 0)
    return _("Reject Correction");
  if (g_strcmp0 (status, "submitted") == 0)
    return _("Submit Correction");
  return _("Reopen Correction");
}

FwCommand *
fw_correction_set_status_command_new (FwCorrection      *correction,
                                      const char        *status,
                                      FwCorrectionReply *note,
                                      const char        *time)
{
  FwCommand *group;

  g_return_val_if_fail (FW_IS_CORRECTION (correction), NULL);
  g_return_val_if_fail (fw_correction_is_status (status), NULL);

  group = fw_command_group_new (status_label (status));
  fw_command_group_add (group, fw_command_set_string_new (G_OBJECT (correction), "status",
                                                          status, FALSE));
  if (note != NULL)
    {
      GListStore *replies = fw_correction_get_replies (correction);

      fw_command_group_add (group, fw_command_insert_new (
                              replies, g_list_model_get_n_items (G_LIST_MODEL (replies)), note));
    }
  return touch (group, correction, time);
}

FwCommand *
fw_correction_reply_command_new (FwCorrection      *correction,
                                 FwCorrectionReply *reply)
{
  GListStore *replies;
  FwCommand *group;

  g_return_val_if_fail (FW_IS_CORRECTION (correction), NULL);
  g_return_val_if_fail (FW_IS_CORRECTION_REPLY (reply), NULL);

  replies = fw_correction_get_replies (correction);
  group = fw_command_group_new (_("Reply to Correction"));
  fw_command_group_add (group, fw_command_insert_new (
                          replies, g_list_model_get_n_items (G_LIST_MODEL (replies)), reply));
  return touch (group, correction, fw_correction_reply_get_time (reply));
}
