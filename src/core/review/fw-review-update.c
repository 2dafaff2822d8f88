/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "fw-correction-apply.h"
#include "fw-correction-commands.h"
#include "fw-onet-new.h"
#include "fw-review-check.h"
#include "fw-review-items.h"
#include "fw-review-update.h"

typedef struct
{
  FwDocument    *document;
  FwOnetRelease *release;
  FwReviewCheck *check;
  FwCommand     *group;
  GPtrArray     *changes;
  GHashTable    *gone;      /* list property → GHashTable of the entries' ids that go */
  GArray        *removed;   /* guint positions of the tasks that go */
  char          *now;
} Update;

static void
change_free (FwReviewChange *change)
{
  g_free (change->change);
  g_free (change->item);
  g_free (change->before);
  g_free (change->after);
  g_free (change);
}

static void
add_change (Update     *update,
            const char *change,
            char       *item,
            const char *before,
            const char *after)
{
  FwReviewChange *entry = g_new0 (FwReviewChange, 1);

  entry->change = g_strdup (change);
  entry->item = item;
  entry->before = g_strdup (before != NULL ? before : "");
  entry->after = g_strdup (after != NULL ? after : "");
  g_ptr_array_add (update->changes, entry);
}

typedef struct
{
  const char *task_id;
  GPtrArray  *statements;
} AnchorSearch;

static gboolean
collect_anchored_cb (FwStatement            *statement,
                     const FwStatementPlace *place,
                     gpointer                user_data)
{
  AnchorSearch *search = user_data;
  const char * const *anchors = fw_statement_get_anchors (statement);

  if (anchors != NULL && g_strv_contains (anchors, search->task_id))
    g_ptr_array_add (search->statements, statement);
  return TRUE;
}

/* A statement anchored to a task that goes gets an open correction that says so. */
static void
flag_statements (Update     *update,
                 const char *task_id)
{
  g_autoptr(GPtrArray) statements = g_ptr_array_new ();
  AnchorSearch search = { task_id, statements };

  fw_document_foreach_statement (update->document, collect_anchored_cb, &search);
  for (guint i = 0; i < statements->len; i++)
    {
      FwStatement *statement = g_ptr_array_index (statements, i);
      g_autofree char *reference = g_strdup_printf ("statement:%s",
                                                    fw_statement_get_id (statement));
      g_autofree char *rationale = NULL;
      g_autoptr(GError) error = NULL;
      FwReviewNew request = { NULL };
      FwCorrection *correction;

      rationale = g_strdup_printf (_("The statement is anchored to task %s, which O*NET "
                                     "release %s no longer gives the occupation."), task_id,
                                   update->check->release);
      request.reference = reference;
      request.kind = "outdated";
      request.rationale = rationale;
      request.time = update->now;
      correction = fw_review_new_correction (update->document, &request, &error);
      if (correction == NULL)
        {
          g_warning ("Cannot flag statement %s: %s", reference, error->message);
          continue;
        }
      /* The statement may stay as it is: what needs a decision is its anchor. */
      g_object_set (correction, "proposed", fw_correction_get_current (correction), NULL);
      fw_command_group_add (update->group,
                            fw_correction_add_command_new (update->document, correction));
      g_object_unref (correction);
      add_change (update, "flagged", g_steal_pointer (&reference), "",
                  rationale);
    }
}

static const char *
list_property (const char *item_type)
{
  if (g_str_equal (item_type, FW_CORRECTION_ITEM_TITLE))
    return "related-titles";
  if (g_str_equal (item_type, FW_CORRECTION_ITEM_TECHNOLOGY))
    return "technology";
  if (g_str_equal (item_type, FW_CORRECTION_ITEM_WORK_STYLE))
    return "work-styles";
  return NULL;
}

/* Every task with @task_id goes, a repeated one too. */
static void
append_positions (Update     *update,
                  const char *task_id)
{
  GListModel *tasks = G_LIST_MODEL (fw_onet_get_tasks (fw_document_get_onet (update->document)));

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (tasks, i);

      if (g_strcmp0 (fw_task_get_task_id (task), task_id) == 0)
        g_array_append_val (update->removed, i);
    }
}

static void
update_task (Update                *update,
             const FwReviewFinding *finding)
{
  guint position = 0;
  FwTask *task = fw_document_find_onet_task (update->document, finding->item_id, &position);
  g_autofree char *item = g_strdup_printf ("task:%s", finding->item_id);

  g_assert (task != NULL);
  if (g_str_equal (finding->kind, "inaccurate"))
    {
      fw_command_group_add (update->group,
                            fw_command_set_string_new (G_OBJECT (task), "task-type",
                                                       finding->release, FALSE));
      add_change (update, "retyped", g_steal_pointer (&item), finding->framework,
                  finding->release);
    }
  else if (*finding->proposed != '\0')
    {
      fw_command_group_add (update->group,
                            fw_command_set_string_new (G_OBJECT (task), "text",
                                                       finding->proposed, FALSE));
      add_change (update, "reworded", g_steal_pointer (&item), finding->value,
                  finding->proposed);
    }
  else
    {
      append_positions (update, finding->item_id);
      add_change (update, "removed", g_steal_pointer (&item), finding->value, "");
      flag_statements (update, finding->item_id);
    }
}

static void
update_occupation (Update                *update,
                   const FwReviewFinding *finding)
{
  GObject *document = G_OBJECT (update->document);

  if (g_str_equal (finding->item_type, FW_CORRECTION_ITEM_JOB_ZONE))
    {
      FwOnetData *data = fw_onet_release_get_data (update->release);
      int zone = atoi (finding->release);
      g_autofree char *label = NULL;

      fw_command_group_add (update->group, fw_command_set_int_new (document, "job-zone", zone));
      label = fw_onet_job_zone_label (fw_onet_data_get_job_zone_name (data, zone));
      if (label != NULL && *label != '\0')
        fw_command_group_add (update->group, fw_command_set_string_new (document,
                                                                        "job-zone-label",
                                                                        label, FALSE));
      add_change (update, "job-zone", g_strdup ("job-zone"), finding->framework,
                  finding->release);
      return;
    }
  fw_command_group_add (update->group, fw_command_set_string_new (document, "title",
                                                                  finding->release, FALSE));
  add_change (update, "renamed", g_strdup ("occupation"), finding->framework, finding->release);
}

static void
mark_gone (Update                *update,
           const FwReviewFinding *finding)
{
  const char *property = list_property (finding->item_type);
  GHashTable *ids = g_hash_table_lookup (update->gone, property);

  if (ids == NULL)
    {
      ids = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_insert (update->gone, (gpointer) property, ids);
    }
  g_hash_table_add (ids, finding->item_id);
  add_change (update, "removed", g_strdup_printf ("%s:%s", finding->item_type, finding->value),
              "", "");
}

/* The technology skills (commodities) whose titles go with the "technology" entries. */
static void
remove_commodities (Update             *update,
                    const char * const *names,
                    GHashTable         *ids,
                    const char * const *item_ids)
{
  GListStore *store = fw_onet_get_technology_skills (fw_document_get_onet (update->document));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = n; i-- > 0;)
    {
      g_autoptr(FwTechnology) skill = g_list_model_get_item (G_LIST_MODEL (store), i);

      for (guint e = 0; names[e] != NULL; e++)
        {
          if (g_hash_table_contains (ids, item_ids[e]) &&
              g_ascii_strcasecmp (names[e], fw_technology_get_title (skill)) == 0)
            {
              fw_command_group_add (update->group, fw_command_remove_new (store, i));
              break;
            }
        }
    }
}

static void
remove_list_entries (Update *update)
{
  FwOnet *onet = fw_document_get_onet (update->document);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, update->gone);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char * const *names = fw_onet_get_strv (onet, key);
      const char * const *ids = fw_onet_get_item_ids (onet, key);
      g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
      g_auto(GStrv) strv = NULL;

      for (guint i = 0; names[i] != NULL; i++)
        {
          if (g_hash_table_contains (value, ids[i]))
            continue;
          g_strv_builder_add (kept, names[i]);
        }
      if (g_str_equal (key, "technology"))
        remove_commodities (update, names, value, ids);
      strv = g_strv_builder_end (kept);
      fw_command_group_add (update->group,
                            fw_command_set_strv_new (G_OBJECT (onet), key,
                                                     (const char * const *) strv));
    }
}

static int
compare_descending (gconstpointer a,
                    gconstpointer b)
{
  guint pa = *(const guint *) a;
  guint pb = *(const guint *) b;

  return pa < pb ? 1 : pa > pb ? -1 : 0;
}

static void
update_tasks_list (Update              *update,
                   FwReviewUpdateFlags  flags)
{
  GListStore *store = fw_onet_get_tasks (fw_document_get_onet (update->document));
  const FwOnetOccupation *occupation;
  guint n;

  /* From the last to the first, so that every position still holds its task. */
  g_array_sort (update->removed, compare_descending);
  for (guint i = 0; i < update->removed->len; i++)
    fw_command_group_add (update->group,
                          fw_command_remove_new (store, g_array_index (update->removed,
                                                                       guint, i)));
  if ((flags & FW_REVIEW_UPDATE_ADD_TASKS) == 0)
    return;

  occupation = fw_onet_data_get_occupation (fw_onet_release_get_data (update->release),
                                            fw_document_get_soc (update->document));
  n = g_list_model_get_n_items (G_LIST_MODEL (store)) - update->removed->len;
  for (guint i = 0; i < update->check->not_included->len; i++)
    {
      const FwReviewFinding *finding = g_ptr_array_index (update->check->not_included, i);
      g_autoptr(FwTask) task = fw_task_new (finding->item_id, finding->release);

      for (guint r = 0; occupation != NULL && r < occupation->tasks->len; r++)
        {
          const FwOnetTaskRow *row = g_ptr_array_index (occupation->tasks, r);

          if (g_str_equal (row->task_id, finding->item_id) && *row->type != '\0')
            g_object_set (task, "task-type", row->type, NULL);
        }
      fw_command_group_add (update->group, fw_command_insert_new (store, n + i, task));
      add_change (update, "added", g_strdup_printf ("task:%s", finding->item_id), "",
                  finding->release);
    }
}

/* The O*NET source of a framework made by `new` names the release it came from. */
static void
update_source (Update *update)
{
  FwSource *source = fw_document_find_source (update->document, FW_ONET_SOURCE_ID);
  const char *version = fw_onet_release_get_version (update->release);
  g_autofree char *before = NULL;

  if (source == NULL || *update->check->release == '\0' || update->changes->len == 0)
    return;
  g_object_get (source, "version", &before, NULL);
  if (g_strcmp0 (before, update->check->release) == 0)
    return;
  fw_command_group_add (update->group,
                        fw_command_set_string_new (G_OBJECT (source), "version",
                                                   update->check->release, FALSE));
  if (*version != '\0')
    {
      g_autofree char *label = g_strdup_printf ("O*NET %s", version);

      fw_command_group_add (update->group,
                            fw_command_set_string_new (G_OBJECT (source), "short-label", label,
                                                       FALSE));
    }
  add_change (update, "source", g_strdup_printf ("source:%s", FW_ONET_SOURCE_ID), before,
              update->check->release);
}

FwCommand *
fw_review_update_command_new (FwDocument           *document,
                              FwOnetRelease        *release,
                              FwReviewUpdateFlags   flags,
                              GPtrArray           **changes,
                              GError              **error)
{
  g_autoptr(FwReviewCheck) check = NULL;
  g_autoptr(FwCommand) group = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  g_autoptr(GHashTable) gone = NULL;
  g_autoptr(GArray) removed = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *now = fw_correction_now ();
  Update update = { document };

  g_return_val_if_fail (FW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (changes != NULL, NULL);

  *changes = NULL;
  if (release == NULL)
    release = fw_onet_release_get_current ();
  check = fw_review_check (document, release, error);
  if (check == NULL)
    return NULL;

  group = fw_command_group_new (_("Update O*NET Data"));
  gone = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                (GDestroyNotify) g_hash_table_unref);
  update = (Update) { document, release, check, group, list, gone, removed, now };
  for (guint i = 0; i < check->findings->len; i++)
    {
      const FwReviewFinding *finding = g_ptr_array_index (check->findings, i);

      if (g_str_equal (finding->item_type, FW_CORRECTION_ITEM_TASK))
        update_task (&update, finding);
      else if (list_property (finding->item_type) != NULL)
        mark_gone (&update, finding);
      else
        update_occupation (&update, finding);
    }
  update_tasks_list (&update, flags);
  remove_list_entries (&update);
  update_source (&update);

  *changes = g_steal_pointer (&list);
  if (fw_command_group_get_size (group) == 0)
    return NULL;
  return g_steal_pointer (&group);
}

char *
fw_review_changes_to_text (GPtrArray *changes)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (changes != NULL, NULL);

  for (guint i = 0; i < changes->len; i++)
    {
      const FwReviewChange *change = g_ptr_array_index (changes, i);

      g_autofree char *before = _fw_review_normalise (change->before);
      g_autofree char *after = _fw_review_normalise (change->after);

      g_string_append_printf (out, "%s %s", change->change, change->item);
      if (*before != '\0' && *after != '\0')
        g_string_append_printf (out, ": %s → %s", before, after);
      else if (*after != '\0' || *before != '\0')
        g_string_append_printf (out, ": %s", *after != '\0' ? after : before);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}
