/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-formats.h"
#include "fw-merge.h"
#include "fw-test-util.h"

/* The three-way merge of O*NET list entries (related titles, skills …) by their ids. */

static const char * const *
titles (FwDocument *document)
{
  return fw_onet_get_strv (fw_document_get_onet (document), "related-titles");
}

static const char * const *
title_ids (FwDocument *document)
{
  return fw_onet_get_item_ids (fw_document_get_onet (document), "related-titles");
}

/* Sets related title @position to @text (NULL removes it), as an edit in the app does. */
static void
set_title (FwDocument *document,
           guint       position,
           const char *text)
{
  g_auto(GStrv) list = g_strdupv ((char **) titles (document));

  g_assert_cmpuint (position, <, g_strv_length (list));
  if (text != NULL)
    {
      g_free (list[position]);
      list[position] = g_strdup (text);
    }
  else
    {
      g_free (list[position]);
      memmove (list + position, list + position + 1,
               (g_strv_length (list + position + 1) + 1) * sizeof (char *));
    }
  g_object_set (fw_document_get_onet (document), "related-titles", list, NULL);
}

static void
append_title (FwDocument *document,
              const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  g_strv_builder_addv (builder, (const char **) titles (document));
  g_strv_builder_add (builder, text);
  list = g_strv_builder_end (builder);
  g_object_set (fw_document_get_onet (document), "related-titles", list, NULL);
}

static guint
n_conflicts (FwDocument *document)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fw_document_get_conflicts (document)));
}

static FwConflict *
first_conflict (FwDocument *document)
{
  g_autoptr(FwConflict) conflict = g_list_model_get_item (G_LIST_MODEL (
                                                            fw_document_get_conflicts (document)),
                                                          0);
  return conflict;
}

/* Theirs rewords a title while ours adds one: the reworded title keeps its id, so the
 * corrections that refer to it still find it. */
static void
test_edit_keeps_id (MergeFixture  *fixture,
                    gconstpointer  data)
{
  g_autofree char *id = g_strdup (title_ids (fixture->base)[0]);
  guint n = g_strv_length ((char **) titles (fixture->base));
  const char *property = NULL;
  guint position = 99;

  set_title (fixture->theirs, 0, "Radiologic Technologist (Diagnostic)");
  append_title (fixture->ours, "Imaging Assistant");
  set_title (fixture->ours, 1, NULL);

  g_assert_cmpuint (fw_merge_documents (fixture->base, fixture->ours, fixture->theirs), ==, 0);
  g_assert_cmpuint (g_strv_length ((char **) titles (fixture->ours)), ==, n);
  g_assert_cmpstr (fw_onet_find_item (fw_document_get_onet (fixture->ours), id, &property,
                                      &position), ==, "Radiologic Technologist (Diagnostic)");
  g_assert_cmpstr (property, ==, "related-titles");
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpstr (titles (fixture->ours)[n - 1], ==, "Imaging Assistant");
}

/* Theirs' added entries come after ours, with their own ids; an entry theirs removed goes. */
static void
test_added_and_removed (MergeFixture  *fixture,
                        gconstpointer  data)
{
  g_autofree char *removed = g_strdup (title_ids (fixture->base)[2]);
  guint n = g_strv_length ((char **) titles (fixture->base));

  append_title (fixture->ours, "Ours Title");
  append_title (fixture->theirs, "Theirs Title");
  set_title (fixture->theirs, 2, NULL);

  g_assert_cmpuint (fw_merge_documents (fixture->base, fixture->ours, fixture->theirs), ==, 0);
  g_assert_cmpuint (g_strv_length ((char **) titles (fixture->ours)), ==, n + 1);
  g_assert_cmpstr (titles (fixture->ours)[n - 1], ==, "Ours Title");
  g_assert_cmpstr (titles (fixture->ours)[n], ==, "Theirs Title");
  g_assert_cmpstr (title_ids (fixture->ours)[n], ==, title_ids (fixture->theirs)[n - 1]);
  g_assert_null (fw_onet_find_item (fw_document_get_onet (fixture->ours), removed, NULL, NULL));
}

/* One title reworded two ways: a conflict naming the entry, resolved by Keep Theirs. */
static void
test_text_conflict (MergeFixture  *fixture,
                    gconstpointer  data)
{
  g_autofree char *id = g_strdup (title_ids (fixture->base)[1]);
  g_autoptr(FwCommand) resolve = NULL;
  guint n = g_strv_length ((char **) titles (fixture->base));
  FwConflict *conflict;

  set_title (fixture->ours, 1, "Ours Wording");
  set_title (fixture->theirs, 1, "Theirs Wording");

  g_assert_cmpuint (fw_merge_documents (fixture->base, fixture->ours, fixture->theirs), ==, 1);
  g_assert_cmpuint (g_strv_length ((char **) titles (fixture->ours)), ==, n);
  g_assert_cmpstr (titles (fixture->ours)[1], ==, "Ours Wording");
  conflict = first_conflict (fixture->ours);
  g_assert_cmpstr (fw_conflict_get_item_id (conflict), ==, id);
  g_assert_cmpstr (fw_conflict_get_field (conflict), ==, "related-titles");
  g_assert_cmpstr (fw_conflict_get_theirs (conflict), ==, "Theirs Wording");

  resolve = fw_conflict_resolve_command (fixture->ours, conflict, TRUE);
  fw_document_run (fixture->ours, g_steal_pointer (&resolve));
  g_assert_cmpstr (titles (fixture->ours)[1], ==, "Theirs Wording");
  g_assert_cmpstr (title_ids (fixture->ours)[1], ==, id);
  g_assert_cmpuint (n_conflicts (fixture->ours), ==, 0);
  g_assert_true (fw_history_undo (fw_document_get_history (fixture->ours)));
  g_assert_cmpstr (titles (fixture->ours)[1], ==, "Ours Wording");
}

/* Ours removes a title theirs reworded: it stays, with a conflict; Keep Mine removes it. */
static void
test_delete_against_edit (MergeFixture  *fixture,
                          gconstpointer  data)
{
  g_autofree char *id = g_strdup (title_ids (fixture->base)[1]);
  g_autoptr(FwCommand) resolve = NULL;
  FwConflict *conflict;

  set_title (fixture->ours, 1, NULL);
  set_title (fixture->theirs, 1, "Theirs Wording");

  g_assert_cmpuint (fw_merge_documents (fixture->base, fixture->ours, fixture->theirs), ==, 1);
  g_assert_nonnull (fw_onet_find_item (fw_document_get_onet (fixture->ours), id, NULL, NULL));
  conflict = first_conflict (fixture->ours);
  g_assert_cmpstr (fw_conflict_get_field (conflict), ==, "item");
  g_assert_null (fw_conflict_get_ours (conflict));
  g_assert_cmpstr (fw_conflict_get_theirs (conflict), ==, "Theirs Wording");

  resolve = fw_conflict_resolve_command (fixture->ours, conflict, FALSE);
  fw_document_run (fixture->ours, g_steal_pointer (&resolve));
  g_assert_null (fw_onet_find_item (fw_document_get_onet (fixture->ours), id, NULL, NULL));
}

/* Ours rewords a title theirs removed: it stays, with a conflict. */
static void
test_edit_against_delete (MergeFixture  *fixture,
                          gconstpointer  data)
{
  g_autofree char *id = g_strdup (title_ids (fixture->base)[1]);
  FwConflict *conflict;

  set_title (fixture->ours, 1, "Ours Wording");
  set_title (fixture->theirs, 1, NULL);

  g_assert_cmpuint (fw_merge_documents (fixture->base, fixture->ours, fixture->theirs), ==, 1);
  g_assert_cmpstr (fw_onet_find_item (fw_document_get_onet (fixture->ours), id, NULL, NULL), ==,
                   "Ours Wording");
  conflict = first_conflict (fixture->ours);
  g_assert_cmpstr (fw_conflict_get_item_id (conflict), ==, id);
  g_assert_cmpstr (fw_conflict_get_field (conflict), ==, "item");
  g_assert_null (fw_conflict_get_theirs (conflict));
}

static guint
n_technology (FwDocument *document)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fw_onet_get_technology_skills (
                                     fw_document_get_onet (document))));
}

/* Technology skills (commodities) added on both sides are kept, by commodity code. */
static void
test_technology_skills (MergeFixture  *fixture,
                        gconstpointer  data)
{
  g_autoptr(FwTechnology) shared = fw_technology_new ("43232306", "Data base software");
  g_autoptr(FwTechnology) ours = fw_technology_new ("43233203", "Medical software");
  g_autoptr(FwTechnology) theirs = fw_technology_new ("43231507", "Project software");
  g_autoptr(FwTechnology) theirs_too = fw_technology_new ("43233203", "Medical software");
  GListModel *merged;

  g_list_store_append (fw_onet_get_technology_skills (fw_document_get_onet (fixture->base)),
                       shared);
  g_list_store_append (fw_onet_get_technology_skills (fw_document_get_onet (fixture->ours)),
                       shared);
  g_list_store_append (fw_onet_get_technology_skills (fw_document_get_onet (fixture->ours)),
                       ours);
  g_list_store_append (fw_onet_get_technology_skills (fw_document_get_onet (fixture->theirs)),
                       theirs);
  g_list_store_append (fw_onet_get_technology_skills (fw_document_get_onet (fixture->theirs)),
                       theirs_too);

  g_assert_cmpuint (fw_merge_documents (fixture->base, fixture->ours, fixture->theirs), ==, 0);
  merged = G_LIST_MODEL (fw_onet_get_technology_skills (fw_document_get_onet (fixture->ours)));
  /* Theirs removed the shared one; both added the medical one; theirs added the project one. */
  g_assert_cmpuint (n_technology (fixture->ours), ==, 2);
  {
    g_autoptr(FwTechnology) first = g_list_model_get_item (merged, 0);
    g_autoptr(FwTechnology) second = g_list_model_get_item (merged, 1);

    g_assert_cmpstr (fw_technology_get_commodity_code (first), ==, "43233203");
    g_assert_cmpstr (fw_technology_get_commodity_code (second), ==, "43231507");
  }
}

static FwTask *
task_at (FwDocument *document,
         guint       position)
{
  g_autoptr(FwTask) task = g_list_model_get_item (G_LIST_MODEL (fw_onet_get_tasks (
                                                    fw_document_get_onet (document))),
                                                  position);
  return task;
}

/* Tasks are known by their O*NET id: a task reworded on one side is reworded once, not
 * doubled; reworded two ways, it is a conflict that Keep Theirs resolves. */
static void
test_tasks (MergeFixture  *fixture,
            gconstpointer  data)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fw_onet_get_tasks (fw_document_get_onet (
                                                                         fixture->base))));
  g_autoptr(FwCommand) resolve = NULL;
  g_autoptr(FwConflict) conflict = NULL;

  g_object_set (task_at (fixture->theirs, 0), "text", "Position digital imaging equipment.",
                NULL);
  g_object_set (task_at (fixture->ours, 1), "text", "Position the patient, ours.", NULL);
  g_object_set (task_at (fixture->theirs, 1), "text", "Position the patient, theirs.", NULL);

  g_assert_cmpuint (fw_merge_documents (fixture->base, fixture->ours, fixture->theirs), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_onet_get_tasks (
                                                fw_document_get_onet (fixture->ours)))), ==, n);
  g_assert_cmpstr (fw_task_get_text (task_at (fixture->ours, 0)), ==,
                   "Position digital imaging equipment.");
  g_assert_cmpstr (fw_task_get_task_id (task_at (fixture->ours, 0)), ==, "22807");
  g_assert_cmpstr (fw_task_get_text (task_at (fixture->ours, 1)), ==,
                   "Position the patient, ours.");
  conflict = g_list_model_get_item (G_LIST_MODEL (fw_document_get_conflicts (fixture->ours)), 0);
  g_assert_cmpstr (fw_conflict_get_item_id (conflict), ==, "tasks.22804");
  g_assert_cmpstr (fw_conflict_get_field (conflict), ==, "text");

  resolve = fw_conflict_resolve_command (fixture->ours, conflict, TRUE);
  fw_document_run (fixture->ours, g_steal_pointer (&resolve));
  g_assert_cmpstr (fw_task_get_text (task_at (fixture->ours, 1)), ==,
                   "Position the patient, theirs.");
  g_assert_cmpuint (n_conflicts (fixture->ours), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ((path), MergeFixture, NULL, merge_fixture_set_up, (func), merge_fixture_tear_down)
  ADD ("/merge/onet/edit-keeps-id", test_edit_keeps_id);
  ADD ("/merge/onet/added-and-removed", test_added_and_removed);
  ADD ("/merge/onet/text-conflict", test_text_conflict);
  ADD ("/merge/onet/delete-against-edit", test_delete_against_edit);
  ADD ("/merge/onet/edit-against-delete", test_edit_against_delete);
  ADD ("/merge/onet/technology-skills", test_technology_skills);
  ADD ("/merge/onet/tasks", test_tasks);
#undef ADD

  return g_test_run ();
}
