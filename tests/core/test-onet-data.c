/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "fw-error.h"
#include "fw-onet-data.h"

/*
 * The O*NET tables as release files come: columns found by their header name in any order, a
 * byte-order mark, Windows line ends, short rows.
 */

/* Loads a release folder whose tasks.tsv is @tasks; returns NULL with @error set on failure. */
static FwOnetData *
load_tasks (const char  *tasks,
            GError     **error)
{
  g_autofree char *dir = g_dir_make_tmp ("fw-onet-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "tasks.tsv", NULL);
  FwOnetData *data;

  g_assert_nonnull (dir);
  g_assert_true (g_file_set_contents (path, tasks, -1, NULL));
  data = fw_onet_data_load (dir, error);
  g_unlink (path);
  g_rmdir (dir);
  return data;
}

static void
test_columns_by_name (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FwOnetData) data = load_tasks ("Task\tO*NET-SOC Code\tTask ID\n"
                                           "Position imaging equipment.\t29-2034.00\t22807\n",
                                           &error);

  g_assert_no_error (error);
  g_assert_cmpuint (fw_onet_data_get_n_tasks (data), ==, 1);
  g_assert_true (fw_onet_data_has_task_id (data, "22807"));
  g_assert_cmpstr (fw_onet_data_find_task_id (data, "29-2034.00", "Position imaging equipment."),
                   ==, "22807");
}

static void
test_byte_order_mark_and_crlf (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FwOnetData) data = load_tasks ("\xEF\xBB\xBFO*NET-SOC Code\tTask ID\tTask\r\n"
                                           "29-2034.00\t22807\tPosition imaging equipment.\r\n"
                                           "29-2034.00\t22804\tPosition the patient.\r\n",
                                           &error);

  g_assert_no_error (error);
  g_assert_cmpuint (fw_onet_data_get_n_tasks (data), ==, 2);
  g_assert_true (fw_onet_data_has_task_id (data, "22804"));
  g_assert_cmpstr (fw_onet_data_find_task_id (data, "29-2034.00", "Position the patient."), ==,
                   "22804");
}

static void
test_short_row (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FwOnetData) data = load_tasks ("O*NET-SOC Code\tTask ID\tTask\n"
                                           "29-2034.00\t22807\n"
                                           "29-2034.00\t22804\tPosition the patient.\n",
                                           &error);

  g_assert_no_error (error);
  g_assert_true (fw_onet_data_has_task_id (data, "22804"));
}

static void
test_missing_column (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FwOnetData) data = load_tasks ("O*NET-SOC Code\tTask\n"
                                           "29-2034.00\tPosition the patient.\n", &error);

  g_assert_null (data);
  g_assert_error (error, FW_ERROR, FW_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "tasks.tsv:1:"));
  g_assert_nonnull (strstr (error->message, "the table has no column \"Task ID\""));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/onet-data/columns-by-name", test_columns_by_name);
  g_test_add_func ("/onet-data/byte-order-mark-and-crlf", test_byte_order_mark_and_crlf);
  g_test_add_func ("/onet-data/short-row", test_short_row);
  g_test_add_func ("/onet-data/missing-column", test_missing_column);

  return g_test_run ();
}
