/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fw-find.h"
#include "fw-replace.h"
#include "fw-statement.h"

typedef struct
{
  const char *old;
  const char *new;
  GPtrArray  *changes;
} Plan;

void
fw_replace_change_free (FwReplaceChange *change)
{
  if (change == NULL)
    return;

  g_free (change->statement_id);
  g_free (change->before);
  g_free (change->after);
  g_free (change);
}

static void
plan_field (Plan        *plan,
            FwStatement *statement,
            const char  *field,
            const char  *text)
{
  FwReplaceChange *change;

  if (text == NULL || strstr (text, plan->old) == NULL)
    return;

  change = g_new0 (FwReplaceChange, 1);
  change->statement_id = g_strdup (fw_statement_get_id (statement));
  change->field = field;
  change->before = g_strdup (text);
  change->after = fw_find_replace_text (text, plan->old, FW_FIND_MATCH_CASE, plan->new);
  g_ptr_array_add (plan->changes, change);
}

static gboolean
plan_statement_cb (FwStatement            *statement,
                   const FwStatementPlace *place,
                   gpointer                user_data)
{
  Plan *plan = user_data;

  plan_field (plan, statement, "headline", fw_statement_get_headline (statement));
  plan_field (plan, statement, "body", fw_statement_get_body (statement));

  return TRUE;
}

GPtrArray *
fw_replace_plan (FwDocument *document,
                 const char *old,
                 const char *new)
{
  Plan plan = { old, new, NULL };

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (old != NULL && *old != '\0', NULL);
  g_return_val_if_fail (new != NULL, NULL);

  plan.changes = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_replace_change_free);
  fw_document_foreach_statement (document, plan_statement_cb, &plan);

  return plan.changes;
}

FwCommand *
fw_replace_command_new (FwDocument *document,
                        GPtrArray  *changes)
{
  FwCommand *group;

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (changes != NULL, NULL);

  group = fw_command_group_new (_("Replace"));
  for (guint i = 0; i < changes->len; i++)
    {
      FwReplaceChange *change = g_ptr_array_index (changes, i);
      FwStatement *statement = fw_document_find_statement (document, change->statement_id, NULL);

      if (statement == NULL)
        continue;
      fw_command_group_add (group, fw_command_set_string_new (G_OBJECT (statement),
                                                              change->field, change->after,
                                                              FALSE));
    }

  return group;
}
