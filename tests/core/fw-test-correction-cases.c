/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-correction-apply.h"
#include "fw-test-correction-cases.h"

#define TASK_TEXT "Explain procedures to patients."

static FwCorrection *
add_task_correction (FwDocument *d,
                     const char *task_id)
{
  g_autoptr(FwTask) task = fw_task_new ("10042", TASK_TEXT);
  g_autoptr(FwCorrection) correction = fw_correction_new_with_id ("cr-00000000000a",
                                                                  FW_CORRECTION_ITEM_TASK,
                                                                  task_id);

  g_list_store_append (fw_onet_get_tasks (fw_document_get_onet (d)), task);
  g_object_set (correction,
                "kind", "outdated",
                "current", TASK_TEXT,
                "proposed", "Explain imaging procedures to patients.",
                "rationale", "Patients ask about imaging, not procedures in general.",
                NULL);
  g_list_store_append (fw_document_get_corrections (d), correction);
  return correction;
}

void
correction_item_kept (FwDocument *d)
{
  add_task_correction (d, "10042");
}

void
correction_item_gone (FwDocument *d)
{
  add_task_correction (d, "55555");
}

void
correction_with_rationale (FwDocument *d)
{
  g_object_set (add_task_correction (d, "10042"), "rationale", "x", NULL);
}

void
correction_blank_rationale (FwDocument *d)
{
  g_object_set (add_task_correction (d, "10042"), "rationale", " \t ", NULL);
}

void
correction_accepted_applied (FwDocument *d)
{
  FwCorrection *correction = add_task_correction (d, "10042");
  g_autoptr(FwCommand) command = NULL;

  g_object_set (correction, "status", "accepted", NULL);
  command = fw_correction_apply_command_new (d, correction, NULL, NULL);
  g_assert_nonnull (command);
  fw_command_apply (command);
}

void
correction_accepted_pending (FwDocument *d)
{
  g_object_set (add_task_correction (d, "10042"), "status", "accepted", NULL);
}
