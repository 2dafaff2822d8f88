/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "fw-error.h"
#include "fw-formats.h"
#include "fw-onet-new.h"
#include "fw-test-util.h"
#include "fw-validator.h"

/*
 * `new`: a draft framework from an O*NET occupation, checked against the release files read
 * here on their own (a plain split of the lines), and its round trip through .fwk.
 */

typedef struct
{
  char *id;
  char *type;
} ExpectedTask;

static void
clear_expected (gpointer data)
{
  ExpectedTask *task = data;

  g_free (task->id);
  g_free (task->type);
}

/* The lines of release file @name, without line ends. (Cut by hand: g_strsplit () on a
 * megabyte file is quadratic under AddressSanitizer, whose strstr () measures the rest.) */
static char **
release_lines (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("FW_ONET_DATA_DIR"), name, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  gsize length = 0;
  gsize start = 0;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  for (gsize i = 0; i <= length; i++)
    {
      if (i < length && text[i] != '\n')
        continue;
      g_ptr_array_add (lines, g_strndup (text + start,
                                         i > start && text[i - 1] == '\r' ? i - start - 1
                                                                          : i - start));
      start = i + 1;
    }
  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&lines), FALSE);
}

/* Task rows of @soc in @name (columns 0, 1 and 3 in the shipped layout), added to @tasks:
 * a row with a task id already there replaces it. */
static void
collect_tasks (const char *name,
               const char *soc,
               GArray     *tasks)
{
  g_auto(GStrv) lines = release_lines (name);

  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      ExpectedTask task;
      guint at;

      if (!g_str_has_prefix (lines[i], soc))
        continue;
      fields = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (fields) < 4 || strcmp (fields[0], soc) != 0)
        continue;
      for (at = 0; at < tasks->len; at++)
        {
          if (strcmp (g_array_index (tasks, ExpectedTask, at).id, fields[1]) == 0)
            break;
        }
      task.id = g_strdup (fields[1]);
      /* The release writes "n/a" for a task without a type. */
      task.type = g_strdup (strcmp (fields[3], "n/a") == 0 ? "" : fields[3]);
      if (at < tasks->len)
        {
          clear_expected (&g_array_index (tasks, ExpectedTask, at));
          g_array_index (tasks, ExpectedTask, at) = task;
        }
      else
        g_array_append_val (tasks, task);
    }
}

static guint
count_rows (const char *name,
            const char *soc)
{
  g_auto(GStrv) lines = release_lines (name);
  guint n = 0;

  for (guint i = 1; lines[i] != NULL; i++)
    n += g_str_has_prefix (lines[i], soc) && lines[i][strlen (soc)] == '\t';
  return n;
}

static FwDocument *
new_framework (const char *soc)
{
  g_autoptr(GError) error = NULL;
  FwDocument *document = fw_onet_new_framework (NULL, soc, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

/* The tasks: ids and types as the release has them, Core, then Supplemental, then none. */
static void
assert_tasks (FwDocument *document,
              const char *soc)
{
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (ExpectedTask));
  GListModel *tasks = G_LIST_MODEL (fw_onet_get_tasks (fw_document_get_onet (document)));
  static const char * const order[] = { "Core", "Supplemental", "" };
  guint position = 0;

  g_array_set_clear_func (expected, clear_expected);
  collect_tasks ("Task Statements.txt", soc, expected);
  collect_tasks ("Task Statements 30.3 excerpt.txt", soc, expected);
  /* "All Other" occupations such as 17-3029.00 have no tasks in the release. */
  if (!g_str_has_prefix (soc, "17-3029"))
    g_assert_cmpuint (expected->len, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, expected->len);

  for (guint o = 0; o < G_N_ELEMENTS (order); o++)
    {
      for (guint i = 0; i < expected->len; i++)
        {
          ExpectedTask *want = &g_array_index (expected, ExpectedTask, i);
          g_autoptr(FwTask) task = NULL;

          if (strcmp (want->type, order[o]) != 0)
            continue;
          task = g_list_model_get_item (tasks, position++);
          g_assert_cmpstr (fw_task_get_task_id (task), ==, want->id);
          g_assert_cmpstr (fw_task_get_task_type (task), ==, *want->type != '\0' ? want->type
                                                                                 : NULL);
          g_assert_cmpstr (fw_task_get_text (task), !=, "");
        }
    }
  g_assert_cmpuint (position, ==, expected->len);
}

/* Findings that say what is still to write, and nothing else. */
static void
assert_only_still_to_write (FwDocument *document,
                            gboolean    job_zone_missing)
{
  static const char * const allowed[] = {
    "FW-OCC-003", "FW-OCC-004", "FW-OCC-005", "FW-LVL-003", "FW-LVL-005", "FW-DUR-002", NULL
  };
  g_autoptr(FwValidator) validator = fw_validator_new (NULL);
  GListModel *findings;
  guint n_empty_levels = 0, n_job_zone = 0;

  fw_validator_run (validator, document);
  findings = fw_validator_get_findings (validator);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(FwFinding) finding = g_list_model_get_item (findings, i);
      const char *rule = fw_finding_get_rule_id (finding);

      if (!g_strv_contains (allowed, rule))
        g_error ("unexpected finding %s: %s", rule, fw_finding_get_message (finding));
      if (strcmp (rule, "FW-LVL-003") == 0)
        {
          g_assert_nonnull (strstr (fw_finding_get_message (finding), "0 / 10"));
          n_empty_levels++;
        }
      n_job_zone += strcmp (rule, "FW-OCC-003") == 0;
    }

  g_assert_cmpuint (n_empty_levels, ==, 4);
  g_assert_cmpuint (n_job_zone, ==, job_zone_missing ? 1 : 0);
  /* Every empty durable cell, 10 domains × 4 levels. */
  g_assert_cmpuint (fw_validator_get_n_warnings (validator), ==, 40);
}

static void
test_new_occupations (void)
{
  /* Across SOC major groups; 11-1031.00 has tasks without a type, 29-2033.00 and
   * 29-2034.00 rows of the 30.3 excerpt, 17-3029.00 no job zone. */
  static const struct { const char *soc, *group; int zone; } cases[] = {
    { "11-1011.00", "Management", 5 },
    { "11-1031.00", "Management", 4 },
    { "15-1252.00", "Computer & Mathematical", 4 },
    { "17-3029.00", "Architecture & Engineering", 0 },
    { "29-2033.00", "Healthcare Practitioners & Technical", 3 },
    { "29-2034.00", "Healthcare Practitioners & Technical", 3 },
    { "47-2152.00", "Construction & Extraction", 3 },
    { "53-3032.00", "Transportation & Material Moving", 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(FwDocument) document = new_framework (cases[i].soc);
      FwOnet *onet = fw_document_get_onet (document);
      GListModel *skills = G_LIST_MODEL (fw_onet_get_technology_skills (onet));

      g_test_message ("%s", cases[i].soc);
      g_assert_cmpstr (fw_document_get_soc (document), ==, cases[i].soc);
      g_assert_cmpstr (fw_document_get_group (document), ==, cases[i].group);
      g_assert_cmpint (fw_document_get_job_zone (document), ==, cases[i].zone);
      g_assert_cmpstr (fw_document_get_language (document), ==, "en");
      assert_tasks (document, cases[i].soc);
      g_assert_cmpuint (g_strv_length ((char **) fw_onet_get_strv (onet, "related-titles")), >=,
                        count_rows ("Alternate Titles.txt", cases[i].soc));
      g_assert_cmpuint (g_list_model_get_n_items (skills), <=,
                        count_rows ("Technology Skills.txt", cases[i].soc));
      g_assert_cmpuint (g_strv_length ((char **) fw_onet_get_strv (onet, "technology")), ==,
                        g_list_model_get_n_items (skills));
      assert_only_still_to_write (document, cases[i].zone == 0);
    }
}

static void
test_new_details (void)
{
  g_autoptr(FwDocument) document = new_framework ("29-2034");
  FwOnet *onet = fw_document_get_onet (document);
  const char * const *related = fw_onet_get_strv (onet, "related-titles");
  const char * const *styles = fw_onet_get_strv (onet, "work-styles");
  GListModel *skills = G_LIST_MODEL (fw_onet_get_technology_skills (onet));
  g_autoptr(FwSource) source = g_list_model_get_item (
    G_LIST_MODEL (fw_document_get_sources (document)), 0);
  gboolean found_hot = FALSE;

  g_assert_cmpstr (fw_document_get_title (document), ==,
                   "Radiologic Technologists and Technicians");
  g_assert_cmpstr (fw_document_get_job_zone_label (document), ==, "Medium Preparation");
  g_assert_true (g_strv_contains (related, "X-Ray Technician (X-Ray Tech)"));
  /* Work styles by importance: Concern for Others (4.63) before Leadership. */
  g_assert_cmpuint (g_strv_length ((char **) styles), ==, 16);
  g_assert_cmpstr (styles[0], ==, "Concern for Others");
  g_assert_cmpstr (styles[15], ==, "Leadership");
  for (guint i = 0; i < g_list_model_get_n_items (skills); i++)
    {
      g_autoptr(FwTechnology) skill = g_list_model_get_item (skills, i);

      /* Medical software: hot through two of its examples. */
      if (g_strcmp0 (fw_technology_get_commodity_code (skill), "43232610") == 0)
        {
          g_assert_cmpstr (fw_technology_get_title (skill), ==, "Medical software");
          g_assert_true (g_strv_contains (fw_technology_get_examples (skill),
                                          "MEDITECH software"));
          g_assert_true (g_strv_contains (fw_technology_get_examples (skill),
                                          "eClinicalWorks EHR software"));
          found_hot = fw_technology_get_hot (skill);
        }
      /* Structured data entry software is neither. */
      if (g_strcmp0 (fw_technology_get_commodity_code (skill), "43232306") == 0)
        {
          g_assert_false (fw_technology_get_hot (skill));
          g_assert_false (fw_technology_get_in_demand (skill));
        }
    }
  g_assert_true (found_hot);

  /* The release is a source, with its version as the manifest says, cited by the part. */
  g_assert_cmpstr (fw_source_get_id (source), ==, FW_ONET_SOURCE_ID);
  g_assert_cmpstr (fw_source_get_short_label (source), ==, "O*NET 30.0");
  g_assert_cmpstr (fw_source_get_version (source), ==,
                   "30.0 (Task Statements.txt 29.x; Task Statements 30.3 excerpt.txt 30.3)");
  g_assert_cmpstr (fw_source_get_license (source), ==, "CC BY 4.0");
  g_assert_cmpstr (fw_onet_get_citations (onet)[0], ==, FW_ONET_SOURCE_ID);
  g_assert_nonnull (fw_document_get_provenance (document));

  for (guint key = 0; key < FW_N_LEVELS; key++)
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_level_get_statements (
      fw_document_get_level (document, key)))), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_document_get_domains (document))),
                    ==, 10);
}

static void
test_new_core_first (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fw-onet-new-XXXXXX", NULL);
  g_autofree char *occupations = g_build_filename (dir, "Occupation Data.txt", NULL);
  g_autofree char *tasks = g_build_filename (dir, "Task Statements.txt", NULL);
  g_autoptr(FwOnetRelease) release = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const order[] = { "3", "1", "4", "2" };
  GListModel *list;

  /* A release that lists a supplemental task before the core ones. */
  g_assert_true (g_file_set_contents (occupations, "O*NET-SOC Code\tTitle\tDescription\n"
                                      "47-2152.00\tPlumbers\tFix pipes.\n", -1, NULL));
  g_assert_true (g_file_set_contents (tasks, "O*NET-SOC Code\tTask ID\tTask\tTask Type\n"
                                      "47-2152.00\t1\tOne.\tSupplemental\n"
                                      "47-2152.00\t2\tTwo.\tn/a\n"
                                      "47-2152.00\t3\tThree.\tCore\n"
                                      "47-2152.00\t4\tFour.\tSupplemental\n", -1, NULL));
  release = fw_onet_release_open (dir, "31.0", &error);
  g_assert_no_error (error);
  document = fw_onet_new_framework (release, "47-2152.00", NULL, &error);
  g_assert_no_error (error);

  list = G_LIST_MODEL (fw_onet_get_tasks (fw_document_get_onet (document)));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (list, i);

      g_assert_cmpstr (fw_task_get_task_id (task), ==, order[i]);
    }
  /* No job zone file: the label stays empty, the zone 0. */
  g_assert_cmpint (fw_document_get_job_zone (document), ==, 0);
  g_assert_cmpstr (fw_document_get_job_zone_label (document), ==, "");

  g_assert_cmpint (g_remove (occupations), ==, 0);
  g_assert_cmpint (g_remove (tasks), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_new_unknown (void)
{
  static const char * const codes[] = {
    "29-2034.01", "99-9999.00", "29-2034.0", "292034", "x-ray", "", "29-2034.00x",
  };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = g_strdup_printf ("unknown O*NET-SOC code “%s”", codes[i]);

      g_assert_null (fw_onet_new_framework (NULL, codes[i], NULL, &error));
      g_assert_error (error, FW_ERROR, FW_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, expected);
    }
}

static void
test_normalise_code (void)
{
  g_autofree char *soc = fw_onet_normalise_code (" 29-2034 ");
  g_autofree char *full = fw_onet_normalise_code ("29-2034.01");

  g_assert_cmpstr (soc, ==, "29-2034.00");
  g_assert_cmpstr (full, ==, "29-2034.01");
  g_assert_null (fw_onet_normalise_code ("29-20345"));
  g_assert_null (fw_onet_normalise_code ("29_2034.00"));
  g_assert_null (fw_onet_normalise_code ("29-2034,00"));
}

static void
test_new_round_trip (void)
{
  g_autoptr(FwDocument) document = new_framework ("47-2152.00");
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(FwDocument) again = NULL;
  g_autoptr(FwTask) task = NULL;
  g_autoptr(FwTechnology) skill = NULL;
  g_autoptr(FwTechnology) skill_again = NULL;
  FwOnet *onet;

  g_object_set (document, "language", "es-MX", NULL);
  first = write_fwk (document);
  g_assert_nonnull (strstr (g_bytes_get_data (first, NULL), "\"language\": \"es-MX\""));
  again = read_fwk_bytes (first, "new.fwk", NULL);
  second = write_fwk (again);
  assert_same_bytes (second, first);

  onet = fw_document_get_onet (again);
  g_assert_cmpstr (fw_document_get_language (again), ==, "es-MX");
  g_assert_cmpstr (fw_onet_get_citations (onet)[0], ==, FW_ONET_SOURCE_ID);
  task = g_list_model_get_item (G_LIST_MODEL (fw_onet_get_tasks (onet)), 0);
  g_assert_cmpstr (fw_task_get_task_type (task), ==, "Core");
  skill = g_list_model_get_item (G_LIST_MODEL (fw_onet_get_technology_skills (
    fw_document_get_onet (document))), 0);
  skill_again = g_list_model_get_item (G_LIST_MODEL (fw_onet_get_technology_skills (onet)), 0);
  g_assert_cmpstr (fw_technology_get_commodity_code (skill_again), ==,
                   fw_technology_get_commodity_code (skill));
  g_assert_cmpint (fw_technology_get_hot (skill_again), ==, fw_technology_get_hot (skill));
  g_assert_cmpint (fw_technology_get_in_demand (skill_again), ==,
                   fw_technology_get_in_demand (skill));
  g_assert_true (g_strv_equal (fw_technology_get_examples (skill_again),
                               fw_technology_get_examples (skill)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_onet_get_technology_skills (onet))),
                    ==, g_list_model_get_n_items (G_LIST_MODEL (
                      fw_onet_get_technology_skills (fw_document_get_onet (document)))));
}

static void
test_language_in_fwk (void)
{
  g_autoptr(FwDocument) english = fw_document_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bad = NULL;

  /* English is the default: not written, and read back when absent. */
  g_object_set (english, "language", "", NULL);
  g_assert_cmpstr (fw_document_get_language (english), ==, "en");
  bytes = write_fwk (english);
  g_assert_null (strstr (g_bytes_get_data (bytes, NULL), "\"language\""));

  /* A tag that is no BCP 47 tag is an error at its place. */
  {
    g_autofree char *original = g_strndup (g_bytes_get_data (bytes, NULL),
                                           g_bytes_get_size (bytes));
    g_auto(GStrv) parts = g_strsplit (original, "\"contextCovered\": \"\"", 2);
    g_autofree char *broken = g_strconcat (parts[0], "\"contextCovered\" : \"\",\n"
                                           "    \"language\": \"en US!\"", parts[1], NULL);
    g_autoptr(FwDocument) none = NULL;

    bad = g_bytes_new (broken, strlen (broken));
    none = fw_format_read_bytes (bad, "bad.fwk", FW_FORMAT_FWK, NULL, &error);
    g_assert_null (none);
    g_assert_error (error, FW_ERROR, FW_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "bad.fwk:"));
    g_assert_nonnull (strstr (error->message, "BCP 47"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/onet/new/occupations", test_new_occupations);
  g_test_add_func ("/onet/new/details", test_new_details);
  g_test_add_func ("/onet/new/core-first", test_new_core_first);
  g_test_add_func ("/onet/new/unknown", test_new_unknown);
  g_test_add_func ("/onet/new/normalise-code", test_normalise_code);
  g_test_add_func ("/onet/new/round-trip", test_new_round_trip);
  g_test_add_func ("/onet/new/language", test_language_in_fwk);

  return g_test_run ();
}
