/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-onet-new.h"
#include "fw-validator.h"

/*
 * A framework for every occupation of the shipped release, each validated: the only
 * findings are those that say what is still to write, and the task counts are the release's.
 */

static void
test_every_occupation (void)
{
  static const char * const allowed[] = {
    "FW-OCC-003", "FW-OCC-004", "FW-OCC-005", "FW-LVL-003", "FW-LVL-005", "FW-DUR-002", NULL
  };
  FwOnetRelease *release = fw_onet_release_get_current ();
  FwOnetData *data = fw_onet_release_load_data (release, NULL);
  g_autoptr(FwValidator) validator = fw_validator_new (NULL);
  GPtrArray *occupations;
  guint n_without_zone = 0, n_tasks = 0;
  gint64 start = g_get_monotonic_time ();

  g_assert_nonnull (data);
  occupations = fw_onet_data_get_occupations (data);
  g_assert_cmpuint (occupations->len, ==, 1016);

  for (guint i = 0; i < occupations->len; i++)
    {
      const FwOnetOccupation *occupation = g_ptr_array_index (occupations, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(FwDocument) document = fw_onet_new_framework (release, occupation->code, NULL,
                                                              &error);
      GListModel *findings;
      guint n_job_zone = 0;

      g_assert_no_error (error);
      g_assert_cmpstr (fw_document_get_title (document), ==, occupation->title);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_onet_get_tasks (
        fw_document_get_onet (document)))), ==, occupation->tasks->len);
      n_tasks += occupation->tasks->len;

      fw_validator_run (validator, document);
      findings = fw_validator_get_findings (validator);
      for (guint f = 0; f < g_list_model_get_n_items (findings); f++)
        {
          g_autoptr(FwFinding) finding = g_list_model_get_item (findings, f);
          const char *rule = fw_finding_get_rule_id (finding);

          if (!g_strv_contains (allowed, rule))
            g_error ("%s: unexpected finding %s: %s", occupation->code, rule,
                     fw_finding_get_message (finding));
          n_job_zone += strcmp (rule, "FW-OCC-003") == 0;
        }
      /* The job zone is still to set exactly when the release gives none. */
      g_assert_cmpuint (n_job_zone, ==, occupation->job_zone == 0 ? 1 : 0);
      n_without_zone += occupation->job_zone == 0;
      g_assert_cmpuint (fw_validator_get_n_errors (validator), ==, 2 + 4 + n_job_zone);
    }

  g_assert_cmpuint (n_without_zone, ==, 1016 - 923);
  g_assert_cmpuint (n_tasks, ==, fw_onet_data_get_n_tasks (data));
  g_test_message ("1,016 frameworks built and validated in %.2f s",
                  (g_get_monotonic_time () - start) / 1e6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/onet/new/every-occupation", test_every_occupation);

  return g_test_run ();
}
