/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "fw-error.h"
#include "fw-onet-data.h"
#include "fw-onet-index.h"
#include "fw-onet-release.h"
#include "fw-onet-table.h"

/* The O*NET release reader, the shipped release files, the release folder and its
 * manifest, and the occupation index with its cache. */

static FwOnetTable *
table_from (const char *text)
{
  g_autoptr(GError) error = NULL;
  FwOnetTable *table = fw_onet_table_new_from_data ("t.txt", text, strlen (text), '\t', &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

static void
test_table_columns_by_name (void)
{
  /* A byte-order mark, CRLF, the release's columns in another order and one more column. */
  g_autoptr(FwOnetTable) table = table_from ("\xef\xbb\xbfTask\tExtra\tTask ID\tO*NET-SOC Code\r\n"
                                             "Fix pipes.\tx\t77\t47-2152.00\r\n"
                                             "\r\n"
                                             "Read blueprints.\ty\t78\t47-2152.00\r\n");
  g_autoptr(GError) error = NULL;
  int code = fw_onet_table_column (table, "O*NET-SOC Code", NULL);
  int id = fw_onet_table_column (table, "Task ID", NULL);
  int task = fw_onet_table_column (table, "Task", NULL);

  g_assert_cmpint (code, ==, 3);
  g_assert_cmpint (task, ==, 0);
  g_assert_true (fw_onet_table_next (table, &error));
  g_assert_cmpstr (fw_onet_table_get (table, code), ==, "47-2152.00");
  g_assert_cmpstr (fw_onet_table_get (table, id), ==, "77");
  g_assert_cmpstr (fw_onet_table_get (table, task), ==, "Fix pipes.");
  g_assert_cmpuint (fw_onet_table_get_line (table), ==, 2);
  /* The blank line is skipped; the line number still counts it. */
  g_assert_true (fw_onet_table_next (table, &error));
  g_assert_cmpstr (fw_onet_table_get (table, task), ==, "Read blueprints.");
  g_assert_cmpuint (fw_onet_table_get_line (table), ==, 4);
  g_assert_false (fw_onet_table_next (table, &error));
  g_assert_no_error (error);
}

static void
test_table_lf_quotes_and_na (void)
{
  g_autoptr(FwOnetTable) table = table_from ("Code\tTitle\tShort Title\n"
                                             "1\t\"Quoted, with \"\"quotes\"\"\"\tn/a\n"
                                             "2\tConduct \"head counts\" daily.\tn/a-ish\n");
  int title = fw_onet_table_column (table, "Title", NULL);
  int short_title = fw_onet_table_column (table, "Short Title", NULL);

  g_assert_true (fw_onet_table_next (table, NULL));
  g_assert_cmpstr (fw_onet_table_get (table, title), ==, "Quoted, with \"quotes\"");
  g_assert_cmpstr (fw_onet_table_get (table, short_title), ==, "");
  g_assert_true (fw_onet_table_next (table, NULL));
  /* Quotes inside a field are the release's text, not quoting. */
  g_assert_cmpstr (fw_onet_table_get (table, title), ==, "Conduct \"head counts\" daily.");
  g_assert_cmpstr (fw_onet_table_get (table, short_title), ==, "n/a-ish");
  g_assert_cmpstr (fw_onet_table_get (table, -1), ==, "");
}

static void
test_table_csv (void)
{
  const char *text = "Major Group,Minor Group,Name\r\n"
                     "11-0000,,Management Occupations\r\n"
                     ",11-2000,\"Advertising, Marketing, and Sales Managers\"\r\n";
  g_autoptr(FwOnetTable) table = fw_onet_table_new_from_data ("soc.csv", text, strlen (text), ',',
                                                              NULL);
  int name = fw_onet_table_column (table, "Name", NULL);

  g_assert_true (fw_onet_table_next (table, NULL));
  g_assert_cmpstr (fw_onet_table_get (table, name), ==, "Management Occupations");
  g_assert_true (fw_onet_table_next (table, NULL));
  g_assert_cmpstr (fw_onet_table_get (table, name), ==,
                   "Advertising, Marketing, and Sales Managers");
}

static void
test_table_errors (void)
{
  g_autoptr(FwOnetTable) table = table_from ("O*NET-SOC Code\tTask\n"
                                             "47-2152.00\tFix pipes.\n"
                                             "47-2152.00\n"
                                             "47-2152.00\tA\tB\n");
  g_autoptr(GError) error = NULL;

  /* A missing column names itself, at line 1. */
  g_assert_cmpint (fw_onet_table_column (table, "Task ID", &error), ==, -1);
  g_assert_error (error, FW_ERROR, FW_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "t.txt:1: error: the table has no column “Task ID”");
  g_clear_error (&error);

  g_assert_true (fw_onet_table_next (table, &error));
  /* A short row is an error at its line, not a row of empty fields. */
  g_assert_false (fw_onet_table_next (table, &error));
  g_assert_error (error, FW_ERROR, FW_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "t.txt:3: error: the row has 1 fields, the header names 2");
  g_clear_error (&error);
  /* So is a long one. */
  g_assert_false (fw_onet_table_next (table, &error));
  g_assert_nonnull (strstr (error->message, "t.txt:4: error: the row has 3 fields"));
  g_clear_error (&error);

  /* No header, invalid UTF-8. */
  g_assert_null (fw_onet_table_new_from_data ("e.txt", "", 0, '\t', &error));
  g_assert_cmpstr (error->message, ==, "e.txt:1: error: the table has no header line");
  g_clear_error (&error);
  g_assert_null (fw_onet_table_new_from_data ("u.txt", "A\tB\n\xff\tx\n", 7, '\t', &error));
  g_assert_error (error, FW_ERROR, FW_ERROR_PARSE);
}

/* ------------------------------------------------------------------------------------- */

static FwOnetData *
load_shipped_onet (void)
{
  g_autoptr(GError) error = NULL;
  FwOnetRelease *release = fw_onet_release_get_current ();
  FwOnetData *data;

  g_assert_nonnull (release);
  data = fw_onet_release_load_data (release, &error);
  g_assert_no_error (error);
  g_assert_nonnull (data);
  return data;
}

static void
test_data_lookups (void)
{
  FwOnetData *data = load_shipped_onet ();
  const FwOnetOccupation *occupation;

  /* The 30.3 excerpt replaces rows of the 29.x file; it adds none. */
  g_assert_cmpuint (fw_onet_data_get_n_tasks (data), ==, 18796);
  g_assert_cmpstr (fw_onet_data_find_task_id (data, "29-2034.00",
                                              "Transport patients to or from exam rooms."), ==,
                   "22815");
  /* Whitespace, case and typographic apostrophes do not matter. */
  g_assert_cmpstr (fw_onet_data_find_task_id (data, "29-2034.00",
                                              "  monitor PATIENTS\xe2\x80\x99 conditions and "
                                              "reactions,\treporting abnormal signs to "
                                              "physician. "), ==, "22816");
  /* The task must belong to the occupation. */
  g_assert_null (fw_onet_data_find_task_id (data, "11-1011.00",
                                            "Transport patients to or from exam rooms."));
  g_assert_true (fw_onet_data_has_task_id (data, "22831"));
  g_assert_false (fw_onet_data_has_task_id (data, "99999999"));
  g_assert_cmpstr (fw_onet_data_get_title (data, "29-1141.00"), ==, "Registered Nurses");
  g_assert_null (fw_onet_data_get_title (data, "99-9999.00"));
  g_assert_cmpstr (fw_onet_data_get_major_group (data, "29-2034.00"), ==,
                   "Healthcare Practitioners & Technical");
  g_assert_cmpstr (fw_onet_data_get_major_group (data, "27-1011.00"), ==,
                   "Arts, Design, Entertainment, Sports, and Media");
  g_assert_cmpstr (fw_onet_data_get_major_group_title (data, "15-1252.00"), ==,
                   "Computer and Mathematical Occupations");
  g_assert_null (fw_onet_data_get_major_group (data, "x"));
  g_assert_cmpuint (fw_onet_data_get_occupations (data)->len, ==, 1016);

  occupation = fw_onet_data_get_occupation (data, "29-2034.00");
  g_assert_cmpint (occupation->job_zone, ==, 3);
  g_assert_cmpstr (fw_onet_data_get_job_zone_name (data, 3), ==,
                   "Job Zone Three: Medium Preparation Needed");
  g_assert_cmpuint (occupation->work_styles->len, ==, 16);
  g_assert_cmpint (fw_onet_data_get_occupation (data, "17-3029.00")->job_zone, ==, 0);

  /* Without data, lookups find nothing. */
  g_assert_null (fw_onet_data_find_task_id (NULL, "29-2034.00", "Transport patients."));
  g_assert_false (fw_onet_data_has_task_id (NULL, "22815"));
  g_assert_null (fw_onet_data_get_title (NULL, "29-1141.00"));
  g_assert_true (fw_onet_data_get_default () == data);
}

static void
test_data_overlay (void)
{
  FwOnetData *data = load_shipped_onet ();
  const FwOnetOccupation *occupation = fw_onet_data_get_occupation (data, "29-2033.00");
  const FwOnetTaskRow *row = NULL;

  /* The 30.3 excerpt's row 15239 replaces the 29.x one in place. */
  for (guint i = 0; i < occupation->tasks->len; i++)
    {
      const FwOnetTaskRow *candidate = g_ptr_array_index (occupation->tasks, i);

      if (strcmp (candidate->task_id, "15239") == 0)
        row = candidate;
    }
  g_assert_nonnull (row);
  g_assert_cmpstr (row->text, ==, "Administer radiopharmaceuticals or radiation intravenously to "
                   "detect or treat diseases, using radioisotope equipment, under direction of "
                   "a physician.");
  g_assert_cmpstr (row->type, ==, "Core");
}

static void
test_data_split_glued (void)
{
  FwOnetData *data = load_shipped_onet ();
  const char *glued = "Microsoft PowerPointIBM SPSS StatisticsMedical softwareHealthcare common "
                      "procedure coding system HCPCSSpreadsheet software";
  g_auto(GStrv) items = fw_onet_data_split_glued (data, glued, 0, NULL);
  g_auto(GStrv) plain = fw_onet_data_split_glued (NULL, "Operation and ControlJudgment and "
                                                  "Decision MakingWriting", 0, NULL);
  g_auto(GStrv) naive = fw_onet_data_split_glued (NULL, glued, 0, NULL);
  g_auto(GStrv) styles = fw_onet_data_split_glued (data, "Adaptability/FlexibilityAttention to "
                                                   "DetailSelf-Control", 0, NULL);
  g_auto(GStrv) limited = NULL;
  gboolean truncated = FALSE;

  g_assert_cmpuint (g_strv_length (items), ==, 5);
  g_assert_cmpstr (items[0], ==, "Microsoft PowerPoint");
  g_assert_cmpstr (items[1], ==, "IBM SPSS Statistics");
  g_assert_cmpstr (items[3], ==, "Healthcare common procedure coding system HCPCS");
  g_assert_cmpuint (g_strv_length (plain), ==, 3);
  g_assert_cmpstr (plain[1], ==, "Judgment and Decision Making");
  /* The lowercase/uppercase rule alone cuts "PowerPoint" apart: the names are needed. */
  g_assert_cmpstr (naive[0], ==, "Microsoft Power");
  g_assert_cmpuint (g_strv_length (styles), ==, 3);
  g_assert_cmpstr (styles[0], ==, "Adaptability/Flexibility");

  limited = fw_onet_data_split_glued (data, glued, 2, &truncated);
  g_assert_cmpuint (g_strv_length (limited), ==, 2);
  g_assert_true (truncated);
}

/* A release folder in a temporary directory, made of @files (name, content pairs). */
static char *
make_release (const char * const *files)
{
  char *dir = g_dir_make_tmp ("fw-onet-XXXXXX", NULL);

  for (guint i = 0; files[i] != NULL; i += 2)
    {
      g_autofree char *path = g_build_filename (dir, files[i], NULL);

      g_assert_true (g_file_set_contents (path, files[i + 1], -1, NULL));
    }

  return dir;
}

static void
remove_release (char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_free (dir);
}

#define OCCUPATIONS "Occupation Data.txt", "O*NET-SOC Code\tTitle\tDescription\n" \
                    "47-2152.00\tPlumbers, Pipefitters, and Steamfitters\tFix pipes.\n"
#define TASKS "Task Statements.txt", "Task\tTask ID\tO*NET-SOC Code\tTask Type\n" \
              "Fix pipes.\t77\t47-2152.00\tCore\nRead blueprints.\t78\t47-2152.00\tn/a\n"

static void
test_release_manifest (void)
{
  const char * const files[] = {
    OCCUPATIONS, TASKS,
    "Task Statements 31.1.txt", "O*NET-SOC Code\tTask ID\tTask\n47-2152.00\t78\tRead plans.\n",
    "manifest.tsv", "File\tRelease\tAdds To\nOccupation Data.txt\t31.0\t\n"
                    "Task Statements.txt\t31.0\t\n"
                    "Task Statements 31.1.txt\t31.1\tTask Statements.txt\n",
    NULL
  };
  char *dir = make_release (files);
  g_autoptr(FwOnetRelease) release = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *described = NULL;
  FwOnetData *data;

  release = fw_onet_release_open (dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fw_onet_release_get_version (release), ==, "31.0");
  described = fw_onet_release_describe (release);
  g_assert_cmpstr (described, ==, "31.0 (Task Statements 31.1.txt 31.1)");
  g_assert_cmpstr (fw_onet_release_get_task_overlays (release)[0], ==,
                   "Task Statements 31.1.txt");

  data = fw_onet_release_load_data (release, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fw_onet_data_get_n_tasks (data), ==, 2);
  g_assert_cmpstr (fw_onet_data_find_task_id (data, "47-2152.00", "read plans."), ==, "78");
  g_assert_null (fw_onet_data_find_task_id (data, "47-2152.00", "read blueprints."));
  g_assert_null (fw_onet_data_get_major_group (data, "47-2152.00"));
  g_clear_pointer (&release, fw_onet_release_unref);

  /* --onet-release names a folder's release, over its manifest. */
  release = fw_onet_release_open (dir, "32.0", &error);
  g_assert_no_error (error);
  g_clear_pointer (&described, g_free);
  described = fw_onet_release_describe (release);
  g_assert_cmpstr (described, ==, "32.0");
  remove_release (dir);
}

static void
test_release_errors (void)
{
  const char * const broken_tasks[] = {
    OCCUPATIONS, "Task Statements.txt", "O*NET-SOC Code\tTask\n47-2152.00\tFix pipes.\n", NULL
  };
  const char * const unknown_code[] = {
    OCCUPATIONS, "Task Statements.txt", "O*NET-SOC Code\tTask ID\tTask\n99-0000.00\t1\tX\n",
    NULL
  };
  const char * const no_tasks[] = { OCCUPATIONS, NULL };
  char *dir = make_release (broken_tasks);
  g_autoptr(FwOnetRelease) release = fw_onet_release_open (dir, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;

  g_assert_null (fw_onet_release_load_data (release, &error));
  expected = g_strdup_printf ("%s/Task Statements.txt:1: error: the table has no column "
                              "“Task ID”", dir);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);
  /* The failure is remembered, not retried on every lookup. */
  g_assert_null (fw_onet_release_load_data (release, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_clear_pointer (&release, fw_onet_release_unref);
  remove_release (dir);

  dir = make_release (unknown_code);
  g_assert_null (fw_onet_data_load (dir, NULL, &error));
  g_assert_nonnull (strstr (error->message, "Task Statements.txt:2: error: unknown O*NET-SOC "
                                            "code “99-0000.00”"));
  g_clear_error (&error);
  remove_release (dir);

  dir = make_release (no_tasks);
  g_assert_null (fw_onet_data_load (dir, NULL, &error));
  g_assert_error (error, FW_ERROR, FW_ERROR_IO);
  g_clear_error (&error);
  remove_release (dir);

  /* A folder without Occupation Data is no release. */
  g_assert_null (fw_onet_release_open (g_get_tmp_dir (), NULL, &error));
  g_assert_nonnull (strstr (error->message, "not an O*NET release folder"));
}

static void
test_release_folder_name (void)
{
  const char * const files[] = { OCCUPATIONS, TASKS, NULL };
  char *dir = make_release (files);
  g_autofree char *named = g_build_filename (g_get_tmp_dir (), "db_30_1_text", NULL);
  g_autoptr(FwOnetRelease) release = NULL;

  g_assert_cmpint (g_rename (dir, named), ==, 0);
  g_free (dir);
  release = fw_onet_release_open (named, NULL, NULL);
  g_assert_cmpstr (fw_onet_release_get_version (release), ==, "30.1");
  remove_release (g_steal_pointer (&named));
}

/* ------------------------------------------------------------------------------------- */

static FwOnetIndex *
shipped_index (void)
{
  g_autoptr(GError) error = NULL;
  FwOnetIndex *index = fw_onet_release_load_index (fw_onet_release_get_current (), &error);

  g_assert_no_error (error);
  return index;
}

static const char *
match_code (FwOnetIndex *index,
            GArray      *matches,
            guint        i)
{
  g_assert_cmpuint (i, <, matches->len);
  return fw_onet_index_get_code (index, g_array_index (matches, FwOnetMatch, i).occupation);
}

static void
test_index_search (void)
{
  FwOnetIndex *index = shipped_index ();
  g_autoptr(GArray) all = fw_onet_index_search (index, "  ", 0);
  g_autoptr(GArray) xray = fw_onet_index_search (index, "x-ray tech", 3);
  g_autoptr(GArray) code = fw_onet_index_search (index, "29-2034", 0);
  g_autoptr(GArray) prefix = fw_onet_index_search (index, "29-20", 0);
  g_autoptr(GArray) nursing = fw_onet_index_search (index, "nursing", 0);
  g_autoptr(GArray) none = fw_onet_index_search (index, "zzzqqq", 0);
  g_autoptr(GArray) stop = fw_onet_index_search (index, "the and of ", 0);
  g_autoptr(GArray) typing = fw_onet_index_search (index, "so", 0);
  const FwOnetMatch *first;
  gboolean has_rn = FALSE;

  g_assert_cmpuint (fw_onet_index_get_n_occupations (index), ==, 1016);
  g_assert_cmpuint (all->len, ==, 1016);
  g_assert_cmpint (g_array_index (all, FwOnetMatch, 0).kind, ==, FW_ONET_MATCH_ALL);

  /* "x-ray tech" is an alternate title of Radiologic Technologists, typed unfinished. */
  g_assert_cmpstr (match_code (index, xray, 0), ==, "29-2034.00");
  first = &g_array_index (xray, FwOnetMatch, 0);
  g_assert_cmpint (first->kind, ==, FW_ONET_MATCH_ALTERNATE);
  g_assert_nonnull (strstr (fw_onet_index_get_alternate (index, first->occupation,
                                                          first->alternate), "X-Ray Tech"));
  g_assert_cmpuint (xray->len, ==, 3);

  /* The SOC code is its .00 occupation, first; only then codes it begins. */
  g_assert_cmpstr (match_code (index, code, 0), ==, "29-2034.00");
  g_assert_cmpint (g_array_index (code, FwOnetMatch, 0).kind, ==, FW_ONET_MATCH_CODE);
  g_assert_cmpuint (code->len, ==, 1);
  g_assert_cmpuint (prefix->len, >, 5);
  for (guint i = 0; i < prefix->len; i++)
    g_assert_true (g_str_has_prefix (match_code (index, prefix, i), "29-20"));

  /* Stems: "nursing" finds "Registered Nurses" by title, before any alternate title. */
  for (guint i = 0; i < nursing->len; i++)
    {
      const FwOnetMatch *match = &g_array_index (nursing, FwOnetMatch, i);

      has_rn |= strcmp (match_code (index, nursing, i), "29-1141.00") == 0
                && match->kind == FW_ONET_MATCH_TITLE;
      if (i > 0)
        g_assert_cmpint (match->kind, >=, g_array_index (nursing, FwOnetMatch, i - 1).kind);
    }
  g_assert_true (has_rn);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (stop->len, ==, 0);
  /* "so" on the way to "software" is no stop word yet. */
  g_assert_cmpuint (typing->len, >, 10);
}

static guint
position_of (FwOnetIndex *index,
             GArray      *matches,
             const char  *code)
{
  for (guint i = 0; i < matches->len; i++)
    {
      if (g_strcmp0 (match_code (index, matches, i), code) == 0)
        return i;
    }
  g_assert_not_reached ();
}

static void
test_index_first_word_first (void)
{
  FwOnetIndex *index = shipped_index ();
  g_autoptr(GArray) matches = fw_onet_index_search (index, "nurse", 0);

  /* Nurse Anesthetists (29-1151.00) before Registered Nurses (29-1141.00), though its code
   * comes later: its title starts with the word. */
  g_assert_cmpuint (position_of (index, matches, "29-1151.00"), <,
                    position_of (index, matches, "29-1141.00"));
}

static void
test_index_title_before_alternate (void)
{
  FwOnetIndex *index = shipped_index ();
  g_autoptr(GArray) matches = fw_onet_index_search (index, "chief executive", 0);

  g_assert_cmpstr (match_code (index, matches, 0), ==, "11-1011.00");
  g_assert_cmpint (g_array_index (matches, FwOnetMatch, 0).kind, ==, FW_ONET_MATCH_TITLE);
  g_assert_cmpint (g_array_index (matches, FwOnetMatch, 0).alternate, ==, -1);
}

static void
test_index_suggest (void)
{
  FwOnetIndex *index = shipped_index ();
  g_auto(GStrv) close = fw_onet_index_suggest (index, "29-2034.01", 3);
  g_auto(GStrv) words = fw_onet_index_suggest (index, "x-ray tech", 3);
  g_auto(GStrv) nothing = fw_onet_index_suggest (index, "00-0000.00", 3);

  g_assert_cmpuint (g_strv_length (close), ==, 3);
  g_assert_cmpstr (close[0], ==, "29-2034.00");
  g_assert_true (g_str_has_prefix (close[1], "29-203"));
  g_assert_cmpstr (words[0], ==, "29-2034.00");
  g_assert_cmpuint (g_strv_length (nothing), ==, 0);
}

static void
test_index_cache (void)
{
  const char * const files[] = {
    OCCUPATIONS, TASKS,
    "Alternate Titles.txt", "O*NET-SOC Code\tTitle\tAlternate Title\tShort Title\tSource(s)\n"
                            "47-2152.00\tPlumbers\tPipe Fitter\tn/a\t08\n",
    NULL
  };
  char *dir = make_release (files);
  g_autofree char *alternates = g_build_filename (dir, "Alternate Titles.txt", NULL);
  g_autoptr(FwOnetIndex) built = NULL;
  g_autoptr(FwOnetIndex) cached = NULL;
  g_autoptr(FwOnetIndex) rebuilt = NULL;
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GError) error = NULL;

  built = fw_onet_index_load (dir, &error);
  g_assert_no_error (error);
  g_assert_false (fw_onet_index_is_cached (built));
  cached = fw_onet_index_load (dir, &error);
  g_assert_true (fw_onet_index_is_cached (cached));
  matches = fw_onet_index_search (cached, "pipe fitter", 0);
  g_assert_cmpuint (matches->len, ==, 1);
  g_assert_cmpint (g_array_index (matches, FwOnetMatch, 0).kind, ==, FW_ONET_MATCH_ALTERNATE);
  g_assert_cmpint (fw_onet_index_get_job_zone (cached, 0), ==, 0);
  g_clear_pointer (&matches, g_array_unref);

  /* A changed release file (another size) is read again, not taken from the cache. */
  g_assert_true (g_file_set_contents (alternates,
                                      "O*NET-SOC Code\tAlternate Title\tShort Title\n"
                                      "47-2152.00\tSteamfitter Apprentice\tn/a\n", -1, NULL));
  rebuilt = fw_onet_index_load (dir, &error);
  g_assert_no_error (error);
  g_assert_false (fw_onet_index_is_cached (rebuilt));
  matches = fw_onet_index_search (rebuilt, "pipe fitter", 0);
  g_assert_cmpuint (matches->len, ==, 0);
  remove_release (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/onet/table/columns-by-name", test_table_columns_by_name);
  g_test_add_func ("/onet/table/lf-quotes-na", test_table_lf_quotes_and_na);
  g_test_add_func ("/onet/table/csv", test_table_csv);
  g_test_add_func ("/onet/table/errors", test_table_errors);
  g_test_add_func ("/onet/data/lookups", test_data_lookups);
  g_test_add_func ("/onet/data/overlay", test_data_overlay);
  g_test_add_func ("/onet/data/split-glued", test_data_split_glued);
  g_test_add_func ("/onet/release/manifest", test_release_manifest);
  g_test_add_func ("/onet/release/errors", test_release_errors);
  g_test_add_func ("/onet/release/folder-name", test_release_folder_name);
  g_test_add_func ("/onet/index/search", test_index_search);
  g_test_add_func ("/onet/index/title-before-alternate", test_index_title_before_alternate);
  g_test_add_func ("/onet/index/first-word-first", test_index_first_word_first);
  g_test_add_func ("/onet/index/suggest", test_index_suggest);
  g_test_add_func ("/onet/index/cache", test_index_cache);

  return g_test_run ();
}
