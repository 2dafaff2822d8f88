/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <glib.h>

#include "fw-split.h"

#define SEPARATOR " \xe2\x80\x94 "
#define SAMPLE_PAGE "samples/nsx-page-radiologic-technologists.txt"
#define SAMPLE_EXPORT "samples/nsx-export-radiologic-technologists.json"
/* The page's framework statements sit on these lines (1-based, inclusive). */
#define SAMPLE_FIRST_LINE 10
#define SAMPLE_LAST_LINE 57

typedef struct
{
  guint total;
  guint correct;
  guint confident;
} Tally;

static char *
shared_path (const char *relative)
{
  const char *shared = g_getenv ("FW_SHARED_DIR");

  return g_build_filename (shared != NULL ? shared : "../shared", relative, NULL);
}

/*
 * Finds a file relative to tests/ in the sources: under G_TEST_SRCDIR (which may name
 * tests/ or tests/core/), else from a working directory at or below the project root.
 */
static char *
test_source_path (const char *first,
                  ...)
{
  g_autofree char *relative = NULL;
  g_autofree char *dist = g_test_build_filename (G_TEST_DIST, ".", NULL);
  g_autofree char *dist_parent = g_test_build_filename (G_TEST_DIST, "..", NULL);
  const char * const bases[] = { dist, dist_parent, "tests", "../tests", NULL };
  va_list args;

  va_start (args, first);
  relative = g_build_filename_valist (first, &args);
  va_end (args);

  for (guint i = 0; bases[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (bases[i], relative, NULL);

      if (g_file_test (path, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&path);
    }

  return g_build_filename (dist, relative, NULL);
}

static char *
read_file_or_fail (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static char *
load_starters (void)
{
  const char *data_dir = g_getenv ("FW_DATA_DIR");
  g_autofree char *path = NULL;

  if (data_dir != NULL)
    path = g_build_filename (data_dir, "lexicons", "body-starters.txt", NULL);
  else
    path = test_source_path ("..", "data", "lexicons", "body-starters.txt", NULL);

  return read_file_or_fail (path);
}

/*
 * The accuracy tests need the system word list. Without it they are skipped on a
 * developer's machine but fail in CI, where a missing package must not go unnoticed.
 */
static gboolean
have_dictionary (FwSplitter *splitter)
{
  if (fw_splitter_has_dictionary (splitter))
    return TRUE;

  if (g_getenv ("CI") != NULL)
    g_test_fail_printf ("no English word list at /usr/share/dict (install wamerican)");
  else
    g_test_skip ("no English word list at /usr/share/dict (install wamerican)");

  return FALSE;
}

static FwSplitter *
new_splitter (void)
{
  g_autofree char *starters = load_starters ();

  return fw_splitter_new (starters, NULL);
}

/* The glued statements of the copied page, without their "  1. " numbering. */
static GPtrArray *
load_page_statements (void)
{
  g_autofree char *path = shared_path (SAMPLE_PAGE);
  g_autofree char *contents = read_file_or_fail (path);
  g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);
  g_autoptr(GRegex) numbered = g_regex_new ("^\\s*\\d+\\.\\s+(.*?)\\s*$", 0, 0, NULL);
  GPtrArray *statements = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL && i < SAMPLE_LAST_LINE; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;

      if (i + 1 >= SAMPLE_FIRST_LINE && g_regex_match (numbered, lines[i], 0, &match))
        g_ptr_array_add (statements, g_match_info_fetch (match, 1));
    }

  return statements;
}

/* Reads one JSON string starting at the opening quote; returns the byte after it. */
static const char *
parse_json_string (const char *p,
                   GString    *out)
{
  g_assert_cmpint (*p, ==, '"');

  for (p++; *p != '\0' && *p != '"'; p++)
    {
      if (*p != '\\')
        {
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      switch (*p)
        {
        case 'n': g_string_append_c (out, '\n'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'u':
          {
            char hex[5] = { 0 };

            g_assert_true (strlen (p) > 4);
            memcpy (hex, p + 1, 4);
            g_string_append_unichar (out, (gunichar) g_ascii_strtoull (hex, NULL, 16));
            p += 4;
          }
          break;
        default:
          g_assert_cmpint (*p, !=, '\0');
          g_string_append_c (out, *p);
          break;
        }
    }
  g_assert_cmpint (*p, ==, '"');

  return p + 1;
}

/* Every string of every "statements" array of the export, in document order. */
static GPtrArray *
load_export_statements (void)
{
  g_autofree char *path = shared_path (SAMPLE_EXPORT);
  g_autofree char *contents = read_file_or_fail (path);
  GPtrArray *statements = g_ptr_array_new_with_free_func (g_free);
  const char *p = contents;

  while ((p = strstr (p, "\"statements\"")) != NULL)
    {
      p = strchr (p, '[');
      g_assert_nonnull (p);
      for (p++; *p != ']'; )
        {
          GString *statement = g_string_new (NULL);

          while (g_ascii_isspace (*p) || *p == ',')
            p++;
          p = parse_json_string (p, statement);
          g_ptr_array_add (statements, g_string_free (statement, FALSE));
          while (g_ascii_isspace (*p) || *p == ',')
            p++;
        }
    }

  return statements;
}

/* "Headline — body" lines of tests/data/split-extra.txt. */
static GPtrArray *
load_extra_statements (void)
{
  const char *test_data = g_getenv ("FW_TEST_DATA");
  g_autofree char *path = test_data != NULL
                          ? g_build_filename (test_data, "split-extra.txt", NULL)
                          : test_source_path ("data", "split-extra.txt", NULL);
  g_autofree char *contents = read_file_or_fail (path);
  g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);
  GPtrArray *statements = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] == '\0' || *lines[i] == '#')
        continue;
      g_assert_nonnull (strstr (lines[i], SEPARATOR));
      g_ptr_array_add (statements, g_strdup (lines[i]));
    }

  return statements;
}

/* Removes the separator the way a copied page does: "settings — adjust" -> "settingsadjust". */
static char *
glue (const char *statement)
{
  const char *separator = strstr (statement, SEPARATOR);
  g_autofree char *headline = NULL;

  g_assert_nonnull (separator);
  headline = g_strndup (statement, separator - statement);

  return g_strconcat (headline, separator + strlen (SEPARATOR), NULL);
}

/* Scores @glued against @expected ("Headline — body") and logs each miss. */
static void
check_split (FwSplitter *splitter,
             const char *glued,
             const char *expected,
             Tally      *tally)
{
  g_autofree char *headline = NULL;
  g_autofree char *body = NULL;
  g_autofree char *joined = NULL;
  double confidence = -1.0;
  gboolean ok;

  ok = fw_splitter_split (splitter, glued, &headline, &body, &confidence);
  g_assert_cmpfloat (confidence, >=, 0.0);
  g_assert_cmpfloat (confidence, <=, 1.0);

  tally->total++;
  joined = ok ? g_strconcat (headline, SEPARATOR, body, NULL) : g_strdup ("(no split)");
  if (g_strcmp0 (joined, expected) == 0)
    tally->correct++;
  else
    g_test_message ("miss (confidence %.2f): got \"%s\", expected \"%s\"",
                    confidence, joined, expected);
  if (confidence >= FW_SPLIT_CONFIDENT)
    tally->confident++;
}

static void
report (const char  *what,
        const Tally *tally)
{
  g_test_message ("%s: %u/%u split correctly (%.1f%%), %u confident",
                  what, tally->correct, tally->total,
                  tally->total > 0 ? 100.0 * tally->correct / tally->total : 0.0,
                  tally->confident);
}

static Tally
run_sample (FwSplitter *splitter)
{
  g_autoptr(GPtrArray) page = load_page_statements ();
  g_autoptr(GPtrArray) expected = load_export_statements ();
  Tally tally = { 0 };

  g_assert_cmpuint (page->len, ==, 40);
  g_assert_cmpuint (expected->len, ==, page->len);

  for (guint i = 0; i < page->len; i++)
    check_split (splitter, page->pdata[i], expected->pdata[i], &tally);

  return tally;
}

static Tally
run_extra (FwSplitter *splitter)
{
  g_autoptr(GPtrArray) statements = load_extra_statements ();
  Tally tally = { 0 };

  g_assert_cmpuint (statements->len, >=, 60);

  for (guint i = 0; i < statements->len; i++)
    {
      g_autofree char *glued = glue (statements->pdata[i]);

      check_split (splitter, glued, statements->pdata[i], &tally);
    }

  return tally;
}

static void
test_split_sample_page (void)
{
  g_autoptr(FwSplitter) splitter = new_splitter ();
  Tally tally;

  if (!have_dictionary (splitter))
    return;

  tally = run_sample (splitter);
  report ("sample page", &tally);
  g_assert_cmpuint (tally.correct, ==, tally.total);
  g_assert_cmpuint (tally.confident, ==, tally.total);
}

static void
test_split_other_occupations (void)
{
  g_autoptr(FwSplitter) splitter = new_splitter ();
  Tally tally;

  if (!have_dictionary (splitter))
    return;

  tally = run_extra (splitter);
  report ("other occupations", &tally);
  g_assert_cmpfloat ((double) tally.correct / tally.total, >=, 0.90);
}

/* The first words of each body: its verb, or the adverb or list that opens it. */
static void
collect_body_openers (GPtrArray  *statements,
                      GHashTable *openers)
{
  for (guint i = 0; i < statements->len; i++)
    {
      const char *body = strstr (statements->pdata[i], SEPARATOR) + strlen (SEPARATOR);
      g_auto(GStrv) words = g_strsplit_set (body, " ,", 6);

      for (guint j = 0; words[j] != NULL && words[j + 1] != NULL; j++)
        if (*words[j] != '\0' && strcmp (words[j], "and") != 0)
          g_hash_table_add (openers, g_ascii_strdown (words[j], -1));
    }
}

/*
 * Occupations outside the test sets open bodies with verbs the lexicon may lack. Drop
 * every word that opens a body in the sample export or the extra set (and the few after
 * it) from the lexicon, so the splitter has to fall back on the dictionary and the
 * context for each of them.
 */
static void
test_split_unseen_verbs (void)
{
  g_autoptr(GPtrArray) statements = load_extra_statements ();
  g_autoptr(GPtrArray) exported = load_export_statements ();
  g_autoptr(GHashTable) openers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *starters = load_starters ();
  g_auto(GStrv) lines = g_strsplit (starters, "\n", -1);
  g_autoptr(GString) reduced = g_string_new (NULL);
  g_autoptr(FwSplitter) splitter = NULL;
  guint dropped = 0;
  Tally sample, extra;

  collect_body_openers (statements, openers);
  collect_body_openers (exported, openers);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_hash_table_contains (openers, g_strstrip (lines[i])))
        dropped++;
      else
        g_string_append_printf (reduced, "%s\n", lines[i]);
    }

  splitter = fw_splitter_new (reduced->str, NULL);
  if (!have_dictionary (splitter))
    return;

  sample = run_sample (splitter);
  extra = run_extra (splitter);
  g_test_message ("%u lexicon words held out", dropped);
  report ("sample page, body openers held out of the lexicon", &sample);
  report ("other occupations, body openers held out of the lexicon", &extra);
  g_assert_cmpfloat ((double) sample.correct / sample.total, >=, 0.85);
  g_assert_cmpfloat ((double) extra.correct / extra.total, >=, 0.85);
}

static void
test_split_without_dictionary (void)
{
  g_autofree char *starters = load_starters ();
  g_autoptr(FwSplitter) splitter = fw_splitter_new (starters, "/nonexistent/word-list");
  g_autofree char *headline = NULL;
  g_autofree char *body = NULL;
  double confidence;
  Tally sample, extra;

  g_assert_false (fw_splitter_has_dictionary (splitter));

  sample = run_sample (splitter);
  extra = run_extra (splitter);
  report ("sample page without a dictionary", &sample);
  report ("other occupations without a dictionary", &extra);
  g_assert_cmpfloat ((double) sample.correct / sample.total, >=, 0.8);
  g_assert_cmpfloat ((double) extra.correct / extra.total, >=, 0.8);

  g_assert_true (fw_splitter_split (splitter, "Patient safety culturelead change", &headline, &body,
                                    &confidence));
  g_assert_cmpstr (headline, ==, "Patient safety culture");
  g_assert_cmpstr (body, ==, "lead change");
  g_assert_cmpfloat (confidence, <, 1.0);
}

static void
assert_no_split (FwSplitter *splitter,
                 const char *text)
{
  char *headline = (char *) 1;
  char *body = (char *) 1;
  double confidence = -1.0;

  g_assert_false (fw_splitter_split (splitter, text, &headline, &body, &confidence));
  g_assert_null (headline);
  g_assert_null (body);
  g_assert_cmpfloat (confidence, ==, 0.0);
}

static void
test_split_edge_cases (void)
{
  g_autoptr(FwSplitter) splitter = new_splitter ();

  assert_no_split (splitter, "");
  assert_no_split (splitter, "   \t\n ");
  assert_no_split (splitter, "HVAC PLC CNC");
  assert_no_split (splitter, "2024 - 2025, 42.");
  assert_no_split (splitter, "a b c d");
  assert_no_split (splitter, "X-RAY (MRI) [CT] -a /b 'c");
  assert_no_split (splitter, "\xc3\x89" "COLE \xc3\x80\xc3\x89 \xc3\x80");
  g_assert_true (fw_splitter_split (splitter, "Zq", NULL, NULL, NULL));
}

static void
test_split_existing_separator (void)
{
  g_autoptr(FwSplitter) splitter = new_splitter ();
  g_autofree char *headline = NULL;
  g_autofree char *body = NULL;
  g_autofree char *headline2 = NULL;
  g_autofree char *body2 = NULL;
  double confidence = 0.0;

  g_assert_true (fw_splitter_split (splitter,
                                    "  Imaging equipment settings \xe2\x80\x94 adjust under "
                                    "supervision \xe2\x80\x94 carefully.  ",
                                    &headline, &body, &confidence));
  g_assert_cmpstr (headline, ==, "Imaging equipment settings");
  g_assert_cmpstr (body, ==, "adjust under supervision \xe2\x80\x94 carefully.");
  g_assert_cmpfloat (confidence, ==, 1.0);

  /* No-break spaces around the dash, as some pages copy them */
  g_assert_true (fw_splitter_split (splitter,
                                    "Budgets\xc2\xa0\xe2\x80\x94\xc2\xa0prepare monthly.",
                                    &headline2, &body2, &confidence));
  g_assert_cmpstr (headline2, ==, "Budgets");
  g_assert_cmpstr (body2, ==, "prepare monthly.");
  g_assert_cmpfloat (confidence, ==, 1.0);
}

/* An em dash without a space on both sides belongs to a word ("Self—directed"): the
 * separator is the spaced one after it. A separator with nothing after it splits nothing. */
static void
test_split_dash_inside_headline (void)
{
  g_autoptr(FwSplitter) splitter = new_splitter ();
  static const char * const cases[][2] = {
    { "Self\xe2\x80\x94" "directed learning \xe2\x80\x94 plan personal study goals.",
      "Self\xe2\x80\x94" "directed learning" },
    { "Self \xe2\x80\x94" "directed learning \xe2\x80\x94 plan personal study goals.",
      "Self \xe2\x80\x94" "directed learning" },
    { "Self\xe2\x80\x94 directed learning \xe2\x80\x94 plan personal study goals.",
      "Self\xe2\x80\x94 directed learning" },
  };
  g_autofree char *headline = NULL;
  g_autofree char *body = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *some_headline = NULL;
      g_autofree char *some_body = NULL;
      double confidence = 0.0;

      g_assert_true (fw_splitter_split (splitter, cases[i][0], &some_headline, &some_body,
                                        &confidence));
      g_assert_cmpstr (some_headline, ==, cases[i][1]);
      g_assert_cmpstr (some_body, ==, "plan personal study goals.");
      g_assert_cmpfloat (confidence, ==, 1.0);
    }

  if (fw_splitter_split (splitter, "Goal setting \xe2\x80\x94 ", &headline, &body, NULL))
    {
      g_assert_cmpstr (headline, !=, "");
      g_assert_cmpstr (body, !=, "");
    }
}

static void
test_split_invalid_utf8 (void)
{
  g_autoptr(FwSplitter) splitter = new_splitter ();
  const char *inputs[] = {
    "Imaging \xff\xfe equipment settingsadjust under supervision.",
    "Radiation safety\xc3 devicesapply under supervision.",
    "\xe2\x80 glued\xe2\x80\x94",
    "\xc0\xaf\xc0\xafsettingsadjust",
    "\xed\xa0\x80pl\xf4\x90\x80\x80" "an",
  };

  g_autofree char *headline = NULL;
  g_autofree char *body = NULL;

  /* Invalid bytes become U+FFFD; the rest splits as usual */
  g_assert_true (fw_splitter_split (splitter, inputs[0], &headline, &body, NULL));
  g_assert_cmpstr (headline, ==, "Imaging \xef\xbf\xbd\xef\xbf\xbd equipment settings");
  g_assert_cmpstr (body, ==, "adjust under supervision.");

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autofree char *some_headline = NULL;
      g_autofree char *some_body = NULL;
      double confidence;

      if (!fw_splitter_split (splitter, inputs[i], &some_headline, &some_body, &confidence))
        continue;
      g_assert_true (g_utf8_validate (some_headline, -1, NULL));
      g_assert_true (g_utf8_validate (some_body, -1, NULL));
      g_assert_cmpfloat (confidence, >=, 0.0);
      g_assert_cmpfloat (confidence, <=, 1.0);
    }
}

static void
split_huge (FwSplitter *splitter,
            const char *text,
            gsize       length)
{
  g_autofree char *headline = NULL;
  g_autofree char *body = NULL;
  double confidence;
  gint64 start = g_get_monotonic_time ();
  gboolean ok;

  ok = fw_splitter_split (splitter, text, &headline, &body, &confidence);
  /* Generous enough for sanitizer and valgrind builds; a quadratic scan takes minutes */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  if (ok)
    g_assert_cmpuint (strlen (headline) + strlen (body), <=, length);
}

static void
test_split_huge_input (void)
{
  g_autoptr(FwSplitter) splitter = new_splitter ();
  const gsize length = 1024 * 1024;
  g_autofree char *letters = g_malloc (length + 1);
  g_autofree char *words = g_malloc (length + 1);
  g_autofree char *dashes = g_malloc (length + 1);
  g_autofree char *headline = NULL;
  g_autofree char *body = NULL;
  double confidence;

  for (gsize i = 0; i < length; i++)
    {
      letters[i] = 'a' + i % 26;
      words[i] = i % 9 == 8 ? ' ' : "Abcdefghijklmnop"[i % 16];
      dashes[i] = "a\xe2\x80\x94"[i % 4];
    }
  letters[length] = words[length] = dashes[length] = '\0';

  split_huge (splitter, letters, length);
  split_huge (splitter, words, length);
  split_huge (splitter, dashes, length);

  /* A real statement followed by a megabyte of body still splits at its glue point */
  memcpy (words, "Imaging equipment settingsadjust under ", 39);
  g_assert_true (fw_splitter_split (splitter, words, &headline, &body, &confidence));
  g_assert_cmpstr (headline, ==, "Imaging equipment settings");
  g_assert_true (g_str_has_prefix (body, "adjust under"));
}

static double
split_confidence (FwSplitter *splitter,
                  const char *text,
                  const char *expected_headline)
{
  g_autofree char *headline = NULL;
  double confidence = 0.0;

  g_assert_true (fw_splitter_split (splitter, text, &headline, NULL, &confidence));
  if (expected_headline != NULL)
    g_assert_cmpstr (headline, ==, expected_headline);
  g_test_message ("confidence %.2f for \"%s\"", confidence, text);

  return confidence;
}

static void
test_split_confidence (void)
{
  g_autoptr(FwSplitter) splitter = new_splitter ();
  const char *clear[][2] = {
    { "Imaging equipment controls and exposure settingsadjust under direct supervision.",
      "Imaging equipment controls and exposure settings" },
    { "Wound care and dressing changesindependently perform sterile dressing changes.",
      "Wound care and dressing changes" },
    { "Shift handoffs and bedside reportscommunicate patient status to the oncoming nurse.",
      "Shift handoffs and bedside reports" },
  };
  const char *ambiguous[] = {
    /* Two tokens that both read as "plural noun + verb" */
    "Monthly reportsreview and budgetsprepare for the board.",
    /* Nothing in it is a word */
    "Xqzvbt wprtkl zzqvrmnx",
    /* The only cuts break ordinary words */
    "The workload of the team",
    "Patient carefully document every dose.",
  };

  if (!have_dictionary (splitter))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (clear); i++)
    g_assert_cmpfloat (split_confidence (splitter, clear[i][0], clear[i][1]), >=,
                       FW_SPLIT_CONFIDENT);
  for (guint i = 0; i < G_N_ELEMENTS (ambiguous); i++)
    g_assert_cmpfloat (split_confidence (splitter, ambiguous[i], NULL), <, FW_SPLIT_CONFIDENT);
}

static gpointer
split_in_thread (gpointer data)
{
  FwSplitter *splitter = data;

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *headline = NULL;

      fw_splitter_split (splitter, "Patient conditions and vital signsobserve and document.",
                         &headline, NULL, NULL);
      if (g_strcmp0 (headline, "Patient conditions and vital signs") != 0)
        return GINT_TO_POINTER (FALSE);
    }

  return GINT_TO_POINTER (TRUE);
}

static void
test_split_default_shared (void)
{
  FwSplitter *splitter = fw_splitter_get_default ();
  GThread *threads[4];

  g_assert_nonnull (splitter);
  g_assert_true (fw_splitter_get_default () == splitter);

  if (!have_dictionary (splitter))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("split", split_in_thread, splitter);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));
}

static void
test_split_speed (void)
{
  g_autoptr(FwSplitter) splitter = new_splitter ();
  g_autoptr(GPtrArray) page = load_page_statements ();
  const guint rounds = 50;
  gint64 start = g_get_monotonic_time ();
  double per_statement;

  for (guint r = 0; r < rounds; r++)
    for (guint i = 0; i < page->len; i++)
      fw_splitter_split (splitter, page->pdata[i], NULL, NULL, NULL);

  per_statement = (double) (g_get_monotonic_time () - start) / (rounds * page->len);
  g_test_message ("%.1f microseconds a statement", per_statement);
  g_assert_cmpfloat (per_statement, <, 5000.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/split/sample-page", test_split_sample_page);
  g_test_add_func ("/split/other-occupations", test_split_other_occupations);
  g_test_add_func ("/split/unseen-verbs", test_split_unseen_verbs);
  g_test_add_func ("/split/without-dictionary", test_split_without_dictionary);
  g_test_add_func ("/split/edge-cases", test_split_edge_cases);
  g_test_add_func ("/split/existing-separator", test_split_existing_separator);
  g_test_add_func ("/split/dash-inside-headline", test_split_dash_inside_headline);
  g_test_add_func ("/split/invalid-utf8", test_split_invalid_utf8);
  g_test_add_func ("/split/huge-input", test_split_huge_input);
  g_test_add_func ("/split/confidence", test_split_confidence);
  g_test_add_func ("/split/default-shared", test_split_default_shared);
  g_test_add_func ("/split/speed", test_split_speed);

  return g_test_run ();
}
