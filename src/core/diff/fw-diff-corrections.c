/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-diff-private.h"

/*
 * Reviewers' corrections, matched by id: added, removed, edited, and resolved (the status
 * became accepted or rejected).
 */

/* What a correction says, as one line: "open · inaccurate · task 1234: proposed". */
static char *
summarize (FwCorrection *correction)
{
  const char *item_id = fw_correction_get_item_id (correction);
  const char *proposed = fw_correction_get_proposed (correction);

  return g_strdup_printf ("%s · %s · %s%s%s: %s", fw_correction_get_status (correction),
                          fw_correction_get_kind (correction),
                          fw_correction_get_item_type (correction), item_id[0] != '\0' ? " " : "",
                          item_id, proposed[0] != '\0' ? proposed
                                                       : fw_correction_get_rationale (correction));
}

static gboolean
is_resolution (const char *status)
{
  return g_str_equal (status, "accepted") || g_str_equal (status, "rejected");
}

static gboolean
same_replies (FwCorrection *a,
              FwCorrection *b)
{
  GListModel *replies_a = G_LIST_MODEL (fw_correction_get_replies (a));
  GListModel *replies_b = G_LIST_MODEL (fw_correction_get_replies (b));
  guint n = g_list_model_get_n_items (replies_a);

  if (n != g_list_model_get_n_items (replies_b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FwCorrectionReply) reply_a = g_list_model_get_item (replies_a, i);
      g_autoptr(FwCorrectionReply) reply_b = g_list_model_get_item (replies_b, i);

      if (g_strcmp0 (fw_correction_reply_get_text (reply_a),
                     fw_correction_reply_get_text (reply_b)) != 0
          || g_strcmp0 (fw_correction_reply_get_author (reply_a),
                        fw_correction_reply_get_author (reply_b)) != 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
same_evidence (FwCorrection *a,
               FwCorrection *b)
{
  const char * const *evidence_a = fw_correction_get_evidence (a);
  const char * const *evidence_b = fw_correction_get_evidence (b);
  guint n = evidence_a != NULL ? g_strv_length ((GStrv) evidence_a) : 0;

  if (n != (evidence_b != NULL ? g_strv_length ((GStrv) evidence_b) : 0))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!g_str_equal (evidence_a[i], evidence_b[i]))
      return FALSE;
  return TRUE;
}

/* The changed fields of a correction both versions hold, into @change. */
static void
compare_fields (FwChange     *change,
                FwCorrection *old_correction,
                FwCorrection *new_correction)
{
  static const char * const strings[] = {
    "status", "kind", "current", "proposed", "rationale", "reviewer", NULL
  };

  for (guint i = 0; strings[i] != NULL; i++)
    {
      g_autofree char *old_value = NULL, *new_value = NULL;

      g_object_get (old_correction, strings[i], &old_value, NULL);
      g_object_get (new_correction, strings[i], &new_value, NULL);
      if (g_strcmp0 (old_value, new_value) != 0)
        _fw_change_add_field (change, strings[i]);
    }
  if (fw_correction_get_applied (old_correction) != fw_correction_get_applied (new_correction))
    _fw_change_add_field (change, "applied");
  if (!same_evidence (old_correction, new_correction))
    _fw_change_add_field (change, "evidence");
  if (!same_replies (old_correction, new_correction))
    _fw_change_add_field (change, "replies");
}

static FwChange *
correction_change (FwChangeKind  kind,
                   guint         position,
                   FwCorrection *old_correction,
                   FwCorrection *new_correction)
{
  FwCorrection *correction = new_correction != NULL ? new_correction : old_correction;
  g_autofree char *path = g_strdup_printf ("corrections[%u]", position);
  g_autofree char *old_text = old_correction != NULL ? summarize (old_correction) : NULL;
  g_autofree char *new_text = new_correction != NULL ? summarize (new_correction) : NULL;
  FwChange *change = _fw_change_new (kind, FW_CHANGE_CORRECTION, path,
                                     fw_correction_get_id (correction), old_text, new_text);

  if (old_correction != NULL)
    change->old_path = g_strdup (path);
  return change;
}

void
_fw_diff_corrections (FwDocument *old_document,
                      FwDocument *new_document,
                      GPtrArray  *changes)
{
  GListModel *old_list = G_LIST_MODEL (fw_document_get_corrections (old_document));
  GListModel *new_list = G_LIST_MODEL (fw_document_get_corrections (new_document));

  for (guint i = 0; i < g_list_model_get_n_items (old_list); i++)
    {
      g_autoptr(FwCorrection) correction = g_list_model_get_item (old_list, i);

      if (fw_document_find_correction (new_document, fw_correction_get_id (correction),
                                       NULL) == NULL)
        g_ptr_array_add (changes, correction_change (FW_CHANGE_REMOVED, i, correction, NULL));
    }

  for (guint i = 0; i < g_list_model_get_n_items (new_list); i++)
    {
      g_autoptr(FwCorrection) correction = g_list_model_get_item (new_list, i);
      guint old_position = 0;
      FwCorrection *old_correction = fw_document_find_correction (
        old_document, fw_correction_get_id (correction), &old_position);
      FwChange *change;

      if (old_correction == NULL)
        {
          g_ptr_array_add (changes, correction_change (FW_CHANGE_ADDED, i, NULL, correction));
          continue;
        }
      change = correction_change (FW_CHANGE_EDITED, i, old_correction, correction);
      g_free (change->old_path);
      change->old_path = g_strdup_printf ("corrections[%u]", old_position);
      compare_fields (change, old_correction, correction);
      if (change->fields->len == 0)
        {
          fw_change_free (change);
          continue;
        }
      if (!is_resolution (fw_correction_get_status (old_correction))
          && is_resolution (fw_correction_get_status (correction)))
        change->kind = FW_CHANGE_RESOLVED;
      g_ptr_array_add (changes, change);
    }
}
