/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-merge-private.h"

/*
 * Reviewers' corrections, merged by id: added on either side, kept (in id order); removed
 * on one side and untouched on the other, removed; fields merged one by one ("updated" takes
 * the later time, evidence merges as a set); reply threads joined. An edit against a removal
 * keeps the edited correction and records a conflict on the field "correction".
 */

static const char * const fields[] = {
  "kind", "current", "proposed", "rationale", "reviewer", "created", "status", "applied", NULL
};

/* Identifies a reply; replies never change once made. */
static char *
reply_key (FwCorrectionReply *reply)
{
  return g_strjoin ("\x1f", fw_correction_reply_get_time (reply),
                    fw_correction_reply_get_author (reply), fw_correction_reply_get_text (reply),
                    NULL);
}

static GStrv
reply_keys (FwCorrection *correction)
{
  GListModel *replies = G_LIST_MODEL (fw_correction_get_replies (correction));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (replies); i++)
    {
      g_autoptr(FwCorrectionReply) reply = g_list_model_get_item (replies, i);
      g_autofree char *key = reply_key (reply);

      g_strv_builder_add (builder, key);
    }
  return g_strv_builder_end (builder);
}

static gboolean
same_correction (FwCorrection *a,
                 FwCorrection *b)
{
  g_auto(GStrv) replies_a = reply_keys (a);
  g_auto(GStrv) replies_b = reply_keys (b);

  for (guint i = 0; fields[i] != NULL; i++)
    {
      g_autofree char *value_a = _fw_merge_value_string (G_OBJECT (a), fields[i]);
      g_autofree char *value_b = _fw_merge_value_string (G_OBJECT (b), fields[i]);

      if (g_strcmp0 (value_a, value_b) != 0)
        return FALSE;
    }
  return g_str_equal (fw_correction_get_updated (a), fw_correction_get_updated (b))
         && g_strv_equal (fw_correction_get_evidence (a), fw_correction_get_evidence (b))
         && g_strv_equal ((const char * const *) replies_a, (const char * const *) replies_b);
}

static FwCorrection *
copy_correction (FwCorrection *correction)
{
  FwCorrection *copy = fw_correction_new_with_id (fw_correction_get_id (correction),
                                                  fw_correction_get_item_type (correction),
                                                  fw_correction_get_item_id (correction));
  GListModel *replies = G_LIST_MODEL (fw_correction_get_replies (correction));

  for (guint i = 0; fields[i] != NULL; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (correction), fields[i], &value);
      g_object_set_property (G_OBJECT (copy), fields[i], &value);
    }
  g_object_set (copy, "updated", fw_correction_get_updated (correction),
                "evidence", fw_correction_get_evidence (correction), NULL);
  /* Replies never change: the copy shares them. */
  for (guint i = 0; i < g_list_model_get_n_items (replies); i++)
    {
      g_autoptr(FwCorrectionReply) reply = g_list_model_get_item (replies, i);

      g_list_store_append (fw_correction_get_replies (copy), reply);
    }
  return copy;
}

/* What a correction says, as a conflict records it: "open · outdated · task 22811: text". */
static char *
describe (FwCorrection *correction)
{
  const char *item_id = fw_correction_get_item_id (correction);
  const char *proposed = fw_correction_get_proposed (correction);

  return g_strdup_printf ("%s · %s · %s%s%s: %s", fw_correction_get_status (correction),
                          fw_correction_get_kind (correction),
                          fw_correction_get_item_type (correction), item_id[0] != '\0' ? " " : "",
                          item_id, proposed[0] != '\0' ? proposed
                                                       : fw_correction_get_rationale (correction));
}

static int
compare_replies (gconstpointer a,
                 gconstpointer b)
{
  FwCorrectionReply *reply_a = *(FwCorrectionReply **) a;
  FwCorrectionReply *reply_b = *(FwCorrectionReply **) b;
  int order = g_strcmp0 (fw_correction_reply_get_time (reply_a),
                         fw_correction_reply_get_time (reply_b));

  if (order != 0)
    return order;
  return g_strcmp0 (fw_correction_reply_get_author (reply_a),
                    fw_correction_reply_get_author (reply_b));
}

/* Ours' replies, less those theirs removed, and theirs' new ones; by time, then author. */
static void
merge_replies (FwCorrection *base,
               FwCorrection *ours,
               FwCorrection *theirs)
{
  g_auto(GStrv) base_keys = base != NULL ? reply_keys (base) : g_new0 (char *, 1);
  g_auto(GStrv) our_keys = reply_keys (ours);
  g_auto(GStrv) their_keys = reply_keys (theirs);
  g_auto(GStrv) merged = _fw_merge_strv ((const char * const *) base_keys,
                                         (const char * const *) our_keys,
                                         (const char * const *) their_keys);
  g_autoptr(GPtrArray) replies = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store = fw_correction_get_replies (ours);

  if (g_strv_equal ((const char * const *) merged, (const char * const *) our_keys))
    return;

  for (guint i = 0; merged[i] != NULL; i++)
    {
      FwCorrection *side = g_strv_contains ((const char * const *) our_keys, merged[i])
                           ? ours : theirs;
      const char * const *keys = (const char * const *) (side == ours ? our_keys : their_keys);
      guint position = 0;

      while (!g_str_equal (keys[position], merged[i]))
        position++;
      g_ptr_array_add (replies, g_list_model_get_item (G_LIST_MODEL (
                                                         fw_correction_get_replies (side)),
                                                       position));
    }

  /* A stable sort: replies of one time and author keep the order they came in. */
  g_ptr_array_sort (replies, compare_replies);
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), replies->pdata,
                       replies->len);
}

/* "updated" never conflicts: when both sides changed it, the later time is kept. */
static void
merge_updated (FwCorrection *base,
               FwCorrection *ours,
               FwCorrection *theirs)
{
  const char *base_time = base != NULL ? fw_correction_get_updated (base) : "";
  const char *our_time = fw_correction_get_updated (ours);
  const char *their_time = fw_correction_get_updated (theirs);

  if (g_str_equal (their_time, base_time))
    return;
  if (g_str_equal (our_time, base_time) || g_strcmp0 (their_time, our_time) > 0)
    g_object_set (ours, "updated", their_time, NULL);
}

static void
merge_fields (FwMerge      *merge,
              FwCorrection *base,
              FwCorrection *ours,
              FwCorrection *theirs)
{
  const char *id = fw_correction_get_id (ours);
  g_auto(GStrv) evidence = NULL;

  for (guint i = 0; fields[i] != NULL; i++)
    _fw_merge_property (merge, (GObject *) base, G_OBJECT (ours), G_OBJECT (theirs), fields[i],
                        id, "corrections");
  merge_updated (base, ours, theirs);
  evidence = _fw_merge_strv (base != NULL ? fw_correction_get_evidence (base) : NULL,
                             fw_correction_get_evidence (ours),
                             fw_correction_get_evidence (theirs));
  g_object_set (ours, "evidence", evidence, NULL);
  merge_replies (base, ours, theirs);
}

/*
 * One side removed the correction, the other kept it (@kept, from ours when @ours_kept).
 * Returns the correction the result keeps, or NULL.
 */
static FwCorrection *
merge_removed (FwMerge      *merge,
               FwCorrection *base,
               FwCorrection *kept,
               gboolean      ours_kept)
{
  const char *id = fw_correction_get_id (kept);
  g_autofree char *text = NULL;

  if (same_correction (base, kept))
    return NULL;

  /* An edit against a removal: the edited correction stays, so that nothing is lost. */
  text = describe (kept);
  _fw_merge_record (merge, id, "correction", "corrections", ours_kept ? text : NULL,
                    ours_kept ? NULL : text);
  return ours_kept ? g_object_ref (kept) : copy_correction (kept);
}

static void
add_ids (GPtrArray  *ids,
         GHashTable *seen,
         FwDocument *document)
{
  GListModel *corrections = G_LIST_MODEL (fw_document_get_corrections (document));

  for (guint i = 0; i < g_list_model_get_n_items (corrections); i++)
    {
      g_autoptr(FwCorrection) correction = g_list_model_get_item (corrections, i);
      const char *id = fw_correction_get_id (correction);

      if (g_hash_table_add (seen, (gpointer) id))
        g_ptr_array_add (ids, (gpointer) id);
    }
}

static FwCorrection *
merge_one (FwMerge    *merge,
           const char *id)
{
  FwCorrection *base = fw_document_find_correction (merge->base, id, NULL);
  FwCorrection *ours = fw_document_find_correction (merge->ours, id, NULL);
  FwCorrection *theirs = fw_document_find_correction (merge->theirs, id, NULL);

  if (ours != NULL && theirs != NULL)
    {
      merge_fields (merge, base, ours, theirs);
      return g_object_ref (ours);
    }
  if (ours != NULL)
    return base == NULL ? g_object_ref (ours) : merge_removed (merge, base, ours, TRUE);
  if (theirs != NULL)
    return base == NULL ? copy_correction (theirs) : merge_removed (merge, base, theirs, FALSE);
  return NULL;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

void
_fw_merge_corrections (FwMerge *merge)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store = fw_document_get_corrections (merge->ours);

  add_ids (ids, seen, merge->ours);
  add_ids (ids, seen, merge->theirs);
  add_ids (ids, seen, merge->base);
  g_ptr_array_sort (ids, compare_ids);

  for (guint i = 0; i < ids->len; i++)
    {
      FwCorrection *correction = merge_one (merge, g_ptr_array_index (ids, i));

      if (correction != NULL)
        g_ptr_array_add (result, correction);
    }

  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), result->pdata,
                       result->len);
}
