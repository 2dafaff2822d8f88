/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-correction-apply.h"
#include "fw-correction-commands.h"
#include "fw-error.h"
#include "fw-json.h"
#include "fw-review-check.h"
#include "fw-review-items.h"
#include "fw-review-update.h"
#include "fw-test-util.h"

/*
 * The check of a framework's O*NET part against a release, and the update to a newer one:
 * the sample against the bundled release (whose real differences were found by comparing the
 * files by hand), fixtures with one planted fault of each kind (tests/data/review), and a
 * small "newer release" (tests/data/review/release-31).
 */

static FwDocument *
read_review_fixture (const char *name)
{
  g_autofree char *path = test_data_file ("review", name);
  g_autoptr(GBytes) bytes = load_file (path);

  return read_fwk_bytes (bytes, name, NULL);
}

static FwOnetRelease *
open_release_31 (void)
{
  g_autofree char *dir = test_data_file ("review", "release-31");
  g_autoptr(GError) error = NULL;
  FwOnetRelease *release = fw_onet_release_open (dir, NULL, &error);

  g_assert_no_error (error);
  return release;
}

/* "type|id-or-value|kind|release" of each finding, one per line. */
static char *
summarise (GPtrArray *findings)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      const FwReviewFinding *finding = g_ptr_array_index (findings, i);

      g_string_append_printf (out, "%s|%s|%s|%s\n", finding->item_type,
                              g_str_equal (finding->item_type, "task") ? finding->item_id
                                                                        : finding->value,
                              finding->kind, finding->release);
    }
  return g_string_free (out, FALSE);
}

static void
test_sample (void)
{
  g_autoptr(FwDocument) document = read_sample_fwk ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FwReviewCheck) check = fw_review_check (document, NULL, &error);
  g_autofree char *summary = NULL;
  gboolean film = FALSE;

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (check->release, "30.0"));
  summary = summarise (check->findings);
  /* The sample was made from O*NET 30.2: one related title that no release file lists, a
   * technology and two work styles of 30.2's layout that the bundled 30.0 files lack.
   * Its eight tasks, its title and its job zone agree. */
  g_assert_cmpstr (summary, ==,
                   "title|Radiologic Technologist|inaccurate|\n"
                   "technology|Object or component oriented development software|outdated|\n"
                   "work-style|Cautiousness|outdated|\n"
                   "work-style|Empathy|outdated|\n");
  g_assert_cmpstr (((FwReviewFinding *) check->findings->pdata[0])->item_id, ==,
                   fw_onet_get_item_ids (fw_document_get_onet (document), "related-titles")[0]);

  g_assert_cmpuint (check->not_included->len, ==, 22);
  for (guint i = 0; i < check->not_included->len; i++)
    {
      const FwReviewFinding *finding = g_ptr_array_index (check->not_included, i);

      g_assert_cmpstr (finding->item_type, ==, "task");
      g_assert_null (fw_document_find_onet_task (document, finding->item_id, NULL));
      film |= g_str_equal (finding->item_id, "22805") &&
              strstr (finding->release, "film processors") != NULL;
    }
  g_assert_true (film);
}

static void
test_agree (void)
{
  g_autoptr(FwDocument) document = read_review_fixture ("agree.fwk");
  g_autoptr(GError) error = NULL;
  g_autoptr(FwReviewCheck) check = fw_review_check (document, NULL, &error);

  /* White space in a task's text, the case of a task type and of a title, `n/a`, and a title
   * that the release lists for this occupation and another. */
  g_assert_no_error (error);
  g_assert_cmpuint (check->findings->len, ==, 0);
  g_assert_cmpuint (check->not_included->len, ==, 22);
}

static void
test_planted (void)
{
  g_autoptr(FwDocument) document = read_review_fixture ("planted.fwk");
  g_autoptr(GError) error = NULL;
  g_autoptr(FwReviewCheck) check = fw_review_check (document, NULL, &error);
  g_autofree char *summary = NULL;
  const FwReviewFinding *finding;

  g_assert_no_error (error);
  summary = summarise (check->findings);
  g_assert_cmpstr (summary, ==,
                   "job-zone|4|outdated|3\n"
                   "occupation|Radiographers|outdated|Radiologic Technologists and Technicians\n"
                   "task|22807|outdated|Position imaging equipment and adjust controls to set "
                   "exposure time and distance, according to specification of examination.\n"
                   "task|22804|inaccurate|Core\n"
                   "task|99999|outdated|\n"
                   "task|15239|wrong-occupation|29-2033.00\n"
                   "title|Cardiovascular Radiologic Technologist|wrong-occupation|29-2031.00\n"
                   "title|Film Developer Wizard|inaccurate|\n"
                   "technology|Darkroom software|outdated|\n"
                   "work-style|Empathy|outdated|\n");
  finding = check->findings->pdata[5];
  g_assert_nonnull (strstr (finding->message, "Nuclear Medicine Technologists"));
  finding = check->findings->pdata[6];
  g_assert_nonnull (strstr (finding->message, "Cardiovascular Technologists and Technicians"));
  finding = check->findings->pdata[2];
  g_assert_cmpstr (finding->proposed, ==, finding->release);
  g_assert_cmpstr (((FwReviewFinding *) check->findings->pdata[0])->proposed, ==, "3");
}

static void
test_bad_occupation (void)
{
  g_autoptr(FwDocument) document = read_review_fixture ("unknown-occupation.fwk");
  g_autoptr(FwDocument) empty = fw_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FwReviewCheck) check = fw_review_check (document, NULL, &error);

  g_assert_null (check);
  g_assert_error (error, FW_ERROR, FW_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "99-9999.00"));
  g_clear_error (&error);

  g_assert_null (fw_review_check (empty, NULL, &error));
  g_assert_error (error, FW_ERROR, FW_ERROR_INVALID);
}

static void
test_json (void)
{
  g_autoptr(FwDocument) document = read_review_fixture ("planted.fwk");
  g_autoptr(FwReviewCheck) check = fw_review_check (document, NULL, NULL);
  g_autoptr(JsonNode) root = fw_review_check_to_json (check);
  JsonObject *object = json_node_get_object (root);
  JsonArray *findings = json_object_get_array_member (object, "findings");
  JsonObject *task = json_array_get_object_element (findings, 2);
  JsonObject *title = json_array_get_object_element (findings, 6);
  JsonObject *item = json_object_get_object_member (task, "item");

  g_assert_cmpstr (json_object_get_string_member (object, "release"), ==, check->release);
  g_assert_cmpuint (json_array_get_length (findings), ==, 10);
  g_assert_cmpstr (json_object_get_string_member (item, "type"), ==, "task");
  g_assert_cmpstr (json_object_get_string_member (item, "id"), ==, "22807");
  g_assert_false (json_object_has_member (item, "value"));
  g_assert_cmpstr (json_object_get_string_member (task, "kind"), ==, "outdated");
  g_assert_nonnull (strstr (json_object_get_string_member (task, "framework"),
                            "to set exposure time."));
  item = json_object_get_object_member (title, "item");
  g_assert_cmpstr (json_object_get_string_member (item, "value"), ==,
                   "Cardiovascular Radiologic Technologist");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "notIncluded")),
                    ==, 22);
}

static void
test_annotate (void)
{
  g_autoptr(FwDocument) document = read_review_fixture ("planted.fwk");
  g_autoptr(FwReviewCheck) check = fw_review_check (document, NULL, NULL);
  g_autoptr(GPtrArray) corrections = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GBytes) before = write_fwk (document);
  g_autoptr(GBytes) undone = NULL;
  GListModel *list = G_LIST_MODEL (fw_document_get_corrections (document));
  FwCorrection *task = NULL;

  corrections = fw_review_check_corrections (document, check, "Ana Reviewer",
                                             "2026-05-15T12:00:00Z");
  /* Every finding but the occupation's title, which no correction can name. */
  g_assert_cmpuint (corrections->len, ==, 9);
  fw_document_run (document, fw_review_add_corrections_command_new (document, corrections));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 9);
  for (guint i = 0; i < corrections->len; i++)
    {
      FwCorrection *correction = g_ptr_array_index (corrections, i);

      g_assert_cmpstr (fw_correction_get_status (correction), ==, "open");
      g_assert_cmpstr (fw_correction_get_reviewer (correction), ==, "Ana Reviewer");
      if (g_str_equal (fw_correction_get_item_id (correction), "22807"))
        task = correction;
    }
  g_assert_nonnull (task);
  g_assert_cmpstr (fw_correction_get_kind (task), ==, "outdated");
  g_assert_true (g_str_has_suffix (fw_correction_get_proposed (task), "of examination."));

  /* A second run skips the items that carry a correction now. */
  again = fw_review_check_corrections (document, check, NULL, NULL);
  g_assert_cmpuint (again->len, ==, 0);

  g_assert_true (fw_history_undo (fw_document_get_history (document)));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  undone = write_fwk (document);
  assert_same_bytes (undone, before);
}

static void
test_update (void)
{
  g_autoptr(FwDocument) document = read_review_fixture ("planted.fwk");
  g_autoptr(FwOnetRelease) release = open_release_31 ();
  g_autoptr(GBytes) before = write_fwk (document);
  g_autoptr(GBytes) undone = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FwReviewCheck) after = NULL;
  g_autofree char *preview = NULL;
  FwCommand *command;
  FwOnet *onet = fw_document_get_onet (document);
  FwTask *task;
  FwCorrection *flag;

  command = fw_review_update_command_new (document, release, FW_REVIEW_UPDATE_ADD_TASKS,
                                          &changes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (command);
  preview = fw_review_changes_to_text (changes);
  g_assert_nonnull (strstr (preview, "renamed occupation: Radiographers → Radiologic "
                                     "Technologists\n"));
  g_assert_nonnull (strstr (preview, "removed task:22816: Monitor patients'"));
  g_assert_nonnull (strstr (preview, "flagged statement:st-5fe39ec469f6"));
  g_assert_nonnull (strstr (preview, "added task:99001: Verify patient identity"));
  g_assert_nonnull (strstr (preview, "removed work-style:Integrity\n"));
  g_assert_null (strstr (preview, "job-zone"));  /* 4 in both */

  fw_document_run (document, command);
  g_assert_cmpstr (fw_document_get_title (document), ==, "Radiologic Technologists");
  g_assert_null (fw_document_find_onet_task (document, "22816", NULL));
  g_assert_null (fw_document_find_onet_task (document, "99999", NULL));
  task = fw_document_find_onet_task (document, "22807", NULL);
  g_assert_cmpstr (fw_task_get_text (task), ==,
                   "Position digital imaging equipment and set exposure factors for the "
                   "examination.");
  task = fw_document_find_onet_task (document, "99001", NULL);
  g_assert_nonnull (task);
  g_assert_cmpstr (fw_task_get_task_type (task), ==, "Core");
  g_assert_false (g_strv_contains (fw_onet_get_strv (onet, "work-styles"), "Integrity"));
  g_assert_true (g_strv_contains (fw_onet_get_strv (onet, "work-styles"), "Dependability"));
  /* The statement keeps its anchor and is flagged. */
  g_assert_true (g_strv_contains (fw_statement_get_anchors (
                   fw_document_find_statement (document, "st-5fe39ec469f6", NULL)), "22816"));
  flag = fw_review_find_pending (document, "statement", "st-5fe39ec469f6");
  g_assert_nonnull (flag);
  g_assert_nonnull (strstr (fw_correction_get_rationale (flag), "22816"));

  after = fw_review_check (document, release, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->findings->len, ==, 0);
  g_assert_cmpuint (after->not_included->len, ==, 0);

  g_assert_true (fw_history_undo (fw_document_get_history (document)));
  undone = write_fwk (document);
  assert_same_bytes (undone, before);
}

static void
test_update_job_zone (void)
{
  g_autoptr(FwDocument) document = read_review_fixture ("agree.fwk");
  g_autoptr(FwOnetRelease) release = open_release_31 ();
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  FwCommand *command;

  command = fw_review_update_command_new (document, release, FW_REVIEW_UPDATE_DEFAULT,
                                          &changes, &error);
  g_assert_no_error (error);
  fw_document_run (document, command);
  g_assert_cmpint (fw_document_get_job_zone (document), ==, 4);
  g_assert_cmpstr (fw_document_get_job_zone_label (document), ==, "Considerable Preparation");
  /* Without FW_REVIEW_UPDATE_ADD_TASKS the new task is left out. */
  g_assert_null (fw_document_find_onet_task (document, "99001", NULL));
}

/* A task id the framework repeats is one finding, and the update removes every copy. */
static void
test_update_repeated_task (void)
{
  g_autoptr(FwDocument) document = read_review_fixture ("planted.fwk");
  g_autoptr(FwOnetRelease) release = open_release_31 ();
  g_autoptr(FwReviewCheck) check = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FwTask) copy = fw_task_new ("99999", "Develop film in a darkroom.");
  GListStore *tasks = fw_onet_get_tasks (fw_document_get_onet (document));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (tasks));
  guint repeated = 0;

  g_list_store_insert (tasks, 0, copy);
  check = fw_review_check (document, release, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < check->findings->len; i++)
    repeated += g_str_equal (((FwReviewFinding *) check->findings->pdata[i])->item_id, "99999");
  g_assert_cmpuint (repeated, ==, 1);

  fw_document_run (document, fw_review_update_command_new (document, release,
                                                           FW_REVIEW_UPDATE_DEFAULT, &changes,
                                                           &error));
  g_assert_no_error (error);
  g_assert_null (fw_document_find_onet_task (document, "99999", NULL));
  g_assert_nonnull (fw_document_find_onet_task (document, "22807", NULL));
  /* 22816, 15239 and both copies of 99999 went. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tasks)), ==, n + 1 - 4);
}

static void
test_update_nothing (void)
{
  g_autoptr(FwDocument) document = read_review_fixture ("agree.fwk");
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (fw_review_update_command_new (document, NULL, FW_REVIEW_UPDATE_DEFAULT,
                                               &changes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review/check/sample", test_sample);
  g_test_add_func ("/review/check/agree", test_agree);
  g_test_add_func ("/review/check/planted", test_planted);
  g_test_add_func ("/review/check/bad-occupation", test_bad_occupation);
  g_test_add_func ("/review/check/json", test_json);
  g_test_add_func ("/review/check/annotate", test_annotate);
  g_test_add_func ("/review/update/newer-release", test_update);
  g_test_add_func ("/review/update/job-zone", test_update_job_zone);
  g_test_add_func ("/review/update/repeated-task", test_update_repeated_task);
  g_test_add_func ("/review/update/nothing", test_update_nothing);

  return g_test_run ();
}
