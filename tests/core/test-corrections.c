/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "fw-correction-apply.h"
#include "fw-correction-commands.h"
#include "fw-error.h"
#include "fw-formats.h"
#include "fw-review-export.h"
#include "fw-review-items.h"

#include "fw-test-util.h"

/* Reviewers' corrections: the .fwk section, merges, commands, apply, and the hand-off. */

#define TIME_1 "2026-05-15T12:39:10Z"
#define TIME_2 "2026-05-16T08:00:00Z"
#define TASK_TEXT "Position imaging equipment and adjust controls to set exposure time and " \
                  "distance, according to specification of examination."

static FwDocument *
read_sample (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("FW_DATA_DIR"), "samples",
                                            "radiologic-technologists.fwk", NULL);
  g_autoptr(GBytes) bytes = load_file (path);

  return read_fwk_bytes (bytes, "sample.fwk", NULL);
}

static FwCorrection *
add (FwDocument *document,
     const char *reference,
     const char *proposed)
{
  g_autoptr(GError) error = NULL;
  FwReviewNew request = { reference, "outdated", proposed, "Film is gone.", NULL, "Ada", TIME_1 };
  g_autoptr(FwCorrection) correction = fw_review_new_correction (document, &request, &error);

  g_assert_no_error (error);
  fw_document_run (document, fw_correction_add_command_new (document, correction));
  return correction;  /* the document holds it */
}

static void
test_round_trip (void)
{
  static const char * const evidence[] = { "src-wef-skills-taxonomy", NULL };
  g_autoptr(FwDocument) document = read_sample ();
  g_autoptr(FwDocument) loaded = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) rewritten = NULL;
  g_autoptr(FwCorrectionReply) reply = fw_correction_reply_new ("Bo", TIME_2, "Agreed — “yes”.");
  g_autoptr(FwCorrection) read_back = NULL;
  FwCorrection *task = add (document, "task:22807", "Position digital imaging equipment.");

  add (document, "title:3D Technologist", "");
  add (document, "job-zone", "4");
  add (document, "new-task", "Operate PACS workstations.");
  g_object_set (task, "evidence", evidence, NULL);
  fw_document_run (document, fw_correction_reply_command_new (task, reply));

  written = write_fwk (document);
  loaded = read_fwk_bytes (written, "corrections.fwk", NULL);
  rewritten = write_fwk (loaded);
  assert_same_bytes (rewritten, written);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_document_get_corrections (loaded))),
                    ==, 4);
  read_back = g_object_ref (fw_document_find_correction (loaded, fw_correction_get_id (task), NULL));
  g_assert_cmpstr (fw_correction_get_item_type (read_back), ==, "task");
  g_assert_cmpstr (fw_correction_get_item_id (read_back), ==, "22807");
  g_assert_cmpstr (fw_correction_get_current (read_back), ==, TASK_TEXT);
  g_assert_cmpstr (fw_correction_get_reviewer (read_back), ==, "Ada");
  g_assert_cmpstr (fw_correction_get_created (read_back), ==, TIME_1);
  g_assert_cmpstr (fw_correction_get_updated (read_back), ==, TIME_2);
  g_assert_true (g_strv_equal (fw_correction_get_evidence (read_back), evidence));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_correction_get_replies (read_back))),
                    ==, 1);
}

static void
assert_sorted (FwDocument *document)
{
  GListModel *list = G_LIST_MODEL (fw_document_get_corrections (document));

  for (guint i = 1; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(FwCorrection) a = g_list_model_get_item (list, i - 1);
      g_autoptr(FwCorrection) b = g_list_model_get_item (list, i);

      g_assert_cmpint (strcmp (fw_correction_get_id (a), fw_correction_get_id (b)), <, 0);
    }
}

static void
add_with_id (FwDocument *document,
             const char *id,
             const char *title)
{
  g_autoptr(FwCorrection) correction = fw_correction_new_with_id (id, "task", "22807");

  g_object_set (correction, "rationale", title, "created", TIME_1, "updated", TIME_1, NULL);
  fw_document_run (document, fw_correction_add_command_new (document, correction));
}

static char *
save (GBytes     *bytes,
      const char *dir,
      const char *name)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  return path;
}

/* Two reviewers add corrections on two branches; git merges the files without a conflict and
 * the merged file holds the union, ordered by id. */
static void
test_merge_order (void)
{
  g_autoptr(FwDocument) base = read_sample ();
  g_autoptr(FwDocument) ours = NULL;
  g_autoptr(FwDocument) theirs = NULL;
  g_autoptr(FwDocument) merged = NULL;
  g_autoptr(GBytes) base_bytes = NULL;
  g_autoptr(GBytes) merged_bytes = NULL;
  g_autoptr(GBytes) rewritten = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-corrections-XXXXXX", NULL);
  g_autofree char *base_path = NULL, *ours_path = NULL, *theirs_path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *git = g_find_program_in_path ("git");
  const char *argv[] = { "git", "merge-file", "-p", NULL, NULL, NULL, NULL };
  int wait_status = 0;

  add_with_id (base, "cr-100000000000", "one");
  add_with_id (base, "cr-300000000000", "three");
  add_with_id (base, "cr-500000000000", "five");
  base_bytes = write_fwk (base);

  ours = read_fwk_bytes (base_bytes, "ours.fwk", NULL);
  add_with_id (ours, "cr-200000000000", "two");
  theirs = read_fwk_bytes (base_bytes, "theirs.fwk", NULL);
  add_with_id (theirs, "cr-400000000000", "four");
  add_with_id (theirs, "cr-000000000001", "zero");
  assert_sorted (ours);
  assert_sorted (theirs);

  if (git == NULL)
    {
      g_test_skip ("git is not installed");
      return;
    }

  base_path = save (base_bytes, dir, "base.fwk");
  ours_path = save (write_fwk (ours), dir, "ours.fwk");
  theirs_path = save (write_fwk (theirs), dir, "theirs.fwk");
  argv[3] = ours_path;
  argv[4] = base_path;
  argv[5] = theirs_path;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out,
                               NULL, &wait_status, NULL));
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));  /* no conflict */

  merged_bytes = g_bytes_new_take (out, strlen (out));
  out = NULL;
  merged = read_fwk_bytes (merged_bytes, "merged.fwk", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_document_get_corrections (merged))),
                    ==, 6);
  assert_sorted (merged);
  rewritten = write_fwk (merged);
  assert_same_bytes (rewritten, merged_bytes);

  g_unlink (base_path);
  g_unlink (ours_path);
  g_unlink (theirs_path);
  g_rmdir (dir);
}

/* An empty .fwk with @members (JSON text) added to its root, after a line break. */
static GBytes *
minimal_fwk (const char *members)
{
  g_autoptr(FwDocument) empty = fw_document_new ();
  g_autoptr(GBytes) bytes = write_fwk (empty);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  char *end = strrchr (text, '}');
  g_autofree char *joined = NULL;

  *end = '\0';
  joined = g_strdup_printf ("%s,\n%s}\n", text, members);
  return g_bytes_new (joined, strlen (joined));
}

/* A file with its corrections out of order (a careless merge) reads them in order of id. */
static void
test_read_sorts (void)
{
  g_autoptr(GBytes) bytes = minimal_fwk (
    "\"corrections\": ["
    "{\"id\": \"cr-bbbbbbbbbbbb\", \"item\": {\"type\": \"job-zone\"}},"
    "{\"id\": \"cr-aaaaaaaaaaaa\", \"item\": {\"type\": \"new-task\"}, \"status\": \"rejected\"}]");
  g_autoptr(FwDocument) document = read_fwk_bytes (bytes, "unsorted.fwk", NULL);
  g_autoptr(FwCorrection) first = g_list_model_get_item (
    G_LIST_MODEL (fw_document_get_corrections (document)), 0);

  g_assert_cmpstr (fw_correction_get_id (first), ==, "cr-aaaaaaaaaaaa");
  g_assert_cmpstr (fw_correction_get_status (first), ==, "rejected");
  assert_sorted (document);
}

static void
expect_read_error (const char *corrections,
                   const char *message)
{
  g_autofree char *members = g_strdup_printf ("\"corrections\": [%s]", corrections);
  g_autoptr(GBytes) bytes = minimal_fwk (members);
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = fw_format_read_bytes (bytes, "bad.fwk", FW_FORMAT_FWK, NULL,
                                                         &error);

  g_assert_null (document);
  g_assert_nonnull (error);
  if (strstr (error->message, message) == NULL ||
      !g_regex_match_simple ("^bad\\.fwk:[0-9]+:[0-9]+: error: corrections\\[", error->message, 0, 0))
    g_error ("expected “%s” located at corrections[…], got “%s”", message, error->message);
}

static void
test_bad_corrections (void)
{
  expect_read_error ("{\"id\": \"cr-1\", \"item\": {\"type\": \"colour\"}}", "a known item type");
  expect_read_error ("{\"id\": \"cr-1\", \"item\": {\"type\": \"task\"}}", "needs an id");
  expect_read_error ("{\"id\": \"cr-1\", \"item\": {\"type\": \"job-zone\"}, \"kind\": \"bad\"}",
                     "a known kind");
  expect_read_error ("{\"id\": \"cr-1\", \"item\": {\"type\": \"job-zone\"}, \"status\": \"x\"}",
                     "a known status");
  expect_read_error ("{\"id\": \"cr-1\", \"item\": {\"type\": \"job-zone\"}, "
                     "\"created\": \"yesterday\"}", "UTC ISO 8601");
  expect_read_error ("{\"id\": \"cr-1\", \"item\": {\"type\": \"job-zone\"}}, "
                     "{\"id\": \"cr-1\", \"item\": {\"type\": \"job-zone\"}}", "not used before");
  expect_read_error ("{\"item\": {\"type\": \"job-zone\"}}", "missing required member “id”");
  expect_read_error ("{\"id\": \"cr-1\"}", "missing required member “item”");
  expect_read_error ("{\"id\": \"cr-1\", \"item\": {\"type\": \"job-zone\"}, \"applied\": 1}",
                     "a boolean");
}

/* Status, replies and edits are undoable and keep "updated". */
static void
test_commands_undo (void)
{
  g_autoptr(FwDocument) document = read_sample ();
  FwHistory *history = fw_document_get_history (document);
  FwCorrection *correction = add (document, "task:22807", "Position digital imaging equipment.");
  g_autoptr(FwCorrectionReply) note = fw_correction_reply_new ("Bo", TIME_2, "Yes.");

  fw_document_run (document, fw_correction_set_status_command_new (correction, "accepted", note,
                                                                   TIME_2));
  g_assert_cmpstr (fw_correction_get_status (correction), ==, "accepted");
  g_assert_cmpuint (fw_review_count_open (document), ==, 0);
  g_assert_cmpstr (fw_correction_get_updated (correction), ==, TIME_2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_correction_get_replies (correction))),
                    ==, 1);

  g_assert_true (fw_history_undo (history));
  g_assert_cmpstr (fw_correction_get_status (correction), ==, "open");
  g_assert_cmpstr (fw_correction_get_updated (correction), ==, TIME_1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_correction_get_replies (correction))),
                    ==, 0);

  g_assert_true (fw_history_undo (history));  /* the addition */
  g_assert_cmpuint (fw_review_count_open (document), ==, 0);
  g_assert_true (fw_history_redo (history));
  g_assert_cmpuint (fw_review_count_open (document), ==, 1);

  fw_document_run (document, fw_correction_edit_command_new (correction, "rationale", "New.",
                                                             TIME_2));
  g_assert_cmpstr (fw_correction_get_rationale (correction), ==, "New.");
  g_assert_true (fw_history_undo (history));
  g_assert_cmpstr (fw_correction_get_rationale (correction), ==, "Film is gone.");
}

static void
accept_and_apply (FwDocument   *document,
                  FwCorrection *correction)
{
  g_autoptr(GError) error = NULL;
  FwCommand *command;

  fw_document_run (document, fw_correction_set_status_command_new (correction, "accepted", NULL,
                                                                   TIME_2));
  command = fw_correction_apply_command_new (document, correction, TIME_2, &error);
  g_assert_no_error (error);
  fw_document_run (document, command);
  g_assert_true (fw_correction_get_applied (correction));
  g_assert_true (fw_correction_proposal_in_place (document, correction));
}

/* Applying puts the proposal in, in one step that undo takes back whole. */
static void
test_apply (void)
{
  g_autoptr(FwDocument) document = read_sample ();
  FwHistory *history = fw_document_get_history (document);
  FwOnet *onet = fw_document_get_onet (document);
  FwCorrection *task = add (document, "task:22807", "Position digital imaging equipment.");
  FwCorrection *title = add (document, "title:3D Technologist", "3-D Technologist");
  FwCorrection *zone = add (document, "job-zone", "4");
  FwCorrection *new_task = add (document, "new-task", "Operate PACS workstations.");
  FwCorrection *gone = add (document, "technology:Medical software", "");
  g_autofree char *title_id = g_strdup (fw_correction_get_item_id (title));
  g_autoptr(GError) error = NULL;
  guint n_tasks = g_list_model_get_n_items (G_LIST_MODEL (fw_onet_get_tasks (onet)));

  /* Only accepted corrections apply. */
  g_assert_null (fw_correction_apply_command_new (document, task, TIME_2, &error));
  g_assert_error (error, FW_ERROR, FW_ERROR_INVALID);

  accept_and_apply (document, task);
  g_assert_cmpstr (fw_task_get_text (fw_document_find_onet_task (document, "22807", NULL)), ==,
                   "Position digital imaging equipment.");
  g_assert_true (fw_history_undo (history));
  g_assert_cmpstr (fw_task_get_text (fw_document_find_onet_task (document, "22807", NULL)), ==,
                   TASK_TEXT);
  g_assert_false (fw_correction_get_applied (task));
  g_assert_false (fw_correction_proposal_in_place (document, task));

  /* The title keeps its id through the edit, so the correction still finds it. */
  accept_and_apply (document, title);
  g_assert_cmpstr (fw_onet_find_item (onet, title_id, NULL, NULL), ==, "3-D Technologist");

  accept_and_apply (document, zone);
  g_assert_cmpint (fw_document_get_job_zone (document), ==, 4);
  accept_and_apply (document, new_task);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_onet_get_tasks (onet))), ==,
                    n_tasks + 1);
  accept_and_apply (document, gone);
  g_assert_null (fw_onet_find_item_id (onet, "technology", "Medical software"));

  /* Applied once is enough. */
  g_assert_null (fw_correction_apply_command_new (document, zone, TIME_2, NULL));
}

static void
test_apply_refuses_bad_proposals (void)
{
  g_autoptr(FwDocument) document = read_sample ();
  FwCorrection *zone = add (document, "job-zone", "six");
  FwCorrection *zone_6 = add (document, "job-zone", "6");
  FwCorrection *statement = add (document, "statement:st-5fe39ec469f6", "No separator here");
  g_autoptr(GError) error = NULL;

  fw_document_run (document, fw_correction_set_status_command_new (zone, "accepted", NULL, NULL));
  fw_document_run (document, fw_correction_set_status_command_new (statement, "accepted", NULL,
                                                                   NULL));
  fw_document_run (document, fw_correction_set_status_command_new (zone_6, "accepted", NULL,
                                                                   NULL));
  g_assert_null (fw_correction_apply_command_new (document, zone, NULL, &error));
  g_assert_nonnull (strstr (error->message, "from 1 to 5"));
  g_clear_error (&error);
  g_assert_null (fw_correction_apply_command_new (document, zone_6, NULL, &error));
  g_assert_nonnull (strstr (error->message, "from 1 to 5"));
  g_clear_error (&error);
  g_assert_null (fw_correction_apply_command_new (document, statement, NULL, &error));
  g_assert_nonnull (strstr (error->message, "Headline — body"));
}

/* References resolve to stable ids, and the CSV follows RFC 4180. */
static void
test_hand_off (void)
{
  g_autoptr(FwDocument) document = read_sample ();
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *type = NULL, *id = NULL, *current = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  FwCorrection *task = add (document, "task:22807", "Line one,\n\"two\"");

  g_object_set (task, "reviewer", "Ada, \"QA\"", NULL);
  g_ptr_array_add (all, task);
  csv = fw_review_to_csv (document, all);
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpstr (lines[0], ==, "O*NET-SOC Code,Occupation,Element,Item ID,Current,Proposed,"
                   "Kind,Rationale,Evidence,Reviewer,Status,Created,Updated");
  g_assert_true (g_str_has_prefix (lines[1], "29-2034.00,Radiologic Technologists and "
                                   "Technicians,Task,22807,\"Position imaging"));
  g_assert_nonnull (strstr (lines[1], ",\"Line one,\n\"\"two\"\"\",outdated,"));
  g_assert_nonnull (strstr (lines[1], ",\"Ada, \"\"QA\"\"\",open," TIME_1 "," TIME_1));
  g_assert_cmpstr (lines[2], ==, "");
  g_assert_null (lines[3]);

  g_assert_true (fw_review_parse_item (document, "work-style:Dependability", &type, &id,
                                       &current, &error));
  g_assert_cmpstr (type, ==, "work-style");
  g_assert_true (g_str_has_prefix (id, "style-"));
  g_assert_cmpstr (current, ==, "Dependability");
  g_clear_pointer (&type, g_free);
  g_clear_pointer (&id, g_free);
  g_clear_pointer (&current, g_free);
  g_assert_false (fw_review_parse_item (document, "task:", &type, &id, &current, &error));
  g_assert_error (error, FW_ERROR, FW_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/corrections/round-trip", test_round_trip);
  g_test_add_func ("/corrections/merge-order", test_merge_order);
  g_test_add_func ("/corrections/read-sorts", test_read_sorts);
  g_test_add_func ("/corrections/bad", test_bad_corrections);
  g_test_add_func ("/corrections/commands-undo", test_commands_undo);
  g_test_add_func ("/corrections/apply", test_apply);
  g_test_add_func ("/corrections/apply-refuses", test_apply_refuses_bad_proposals);
  g_test_add_func ("/corrections/hand-off", test_hand_off);

  return g_test_run ();
}
