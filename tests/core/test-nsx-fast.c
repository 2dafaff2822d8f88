/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-error.h"
#include "fw-format-readers.h"
#include "fw-limits.h"
#include "fw-nsx-private.h"
#include "fw-test-util.h"

/*
 * The NSX reader's fast path against the full reader: the same document for plain valid
 * files, and nothing (so that the full reader explains) for anything else.
 */

#define SAMPLE_NAME "nsx-export-radiologic-technologists.json"

static char *
load_sample (void)
{
  const char *dir = g_getenv ("FW_SHARED_DIR");
  g_autofree char *path = g_build_filename (dir != NULL ? dir : "../shared", "samples",
                                            SAMPLE_NAME, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

/* The sample with the first @find replaced by @replace. */
static char *
sample_with (const char *find,
             const char *replace)
{
  g_autofree char *text = load_sample ();

  return test_replace_once (text, find, replace);
}

/* The sample with the text from @start up to the next @end replaced by @replace. */
static char *
sample_with_span (const char *start,
                  const char *end,
                  const char *replace)
{
  g_autofree char *text = load_sample ();
  const char *from = strstr (text, start);
  const char *to = from != NULL ? strstr (from, end) : NULL;

  g_assert_nonnull (to);
  return g_strdup_printf ("%.*s%s%s", (int) (from - text), text, replace, to + strlen (end));
}

/* Both readers read @text, to the same document (as the native format and NSX write it). */
static void
assert_read_alike (const char *text)
{
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) fast = _fw_nsx_read_fast (text, strlen (text));
  g_autoptr(FwDocument) full = NULL;
  g_autoptr(GBytes) fast_native = NULL;
  g_autoptr(GBytes) full_native = NULL;
  g_autoptr(GBytes) fast_nsx = NULL;
  g_autoptr(GBytes) full_nsx = NULL;

  warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);
  full = _fw_nsx_read_full (text, strlen (text), SAMPLE_NAME, warnings, &error);
  g_assert_no_error (error);
  g_assert_nonnull (full);
  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_nonnull (fast);

  fast_native = fw_native_write (fast);
  full_native = fw_native_write (full);
  assert_same_bytes (fast_native, full_native);

  fast_nsx = fw_nsx_write (fast, NULL, &error);
  g_assert_no_error (error);
  full_nsx = fw_nsx_write (full, NULL, &error);
  g_assert_no_error (error);
  assert_same_bytes (fast_nsx, full_nsx);

  for (guint key = 0; key < FW_N_LEVELS; key++)
    {
      FwLevel *fast_level = fw_document_get_level (fast, key);
      FwLevel *full_level = fw_document_get_level (full, key);
      GListModel *fast_list = G_LIST_MODEL (fw_level_get_statements (fast_level));
      GListModel *full_list = G_LIST_MODEL (fw_level_get_statements (full_level));

      g_assert_cmpuint (g_list_model_get_n_items (fast_list), ==,
                        g_list_model_get_n_items (full_list));
      for (guint i = 0; i < g_list_model_get_n_items (fast_list); i++)
        {
          g_autoptr(FwStatement) a = g_list_model_get_item (fast_list, i);
          g_autoptr(FwStatement) b = g_list_model_get_item (full_list, i);

          g_assert_cmpstr (fw_statement_get_id (a), ==, fw_statement_get_id (b));
        }
    }
}

static void
test_same_document (void)
{
  g_autofree char *sample = load_sample ();
  g_autofree char *job_zone = sample_with ("\"jobZone\":3,\"jobZoneInferred\":false",
                                          "\"jobZone\" : 5 ,\n\"jobZoneInferred\"\t: true");
  g_autofree char *empty_level = sample_with_span ("\"statements\":[\"Imaging equipment", "]}",
                                                   "\"statements\": [ ] }");
  g_autofree char *attribution_first = sample_with (",\"attribution\":\"© EBSCOed\"", "");
  g_autofree char *reordered =
    test_replace_once (attribution_first, "{\"schemaVersion\":\"1.0\",",
                       " {\"attribution\":\"Someone\" , \"schemaVersion\":\"1.0\",");
  g_autofree char *sources = sample_with ("\"onet\":\"v30.2 (CC BY 4.0)\",\"crosswalk\"",
                                          "\"crosswalk\":\"x\",\"onet\":\"y\",\"z\"");
  g_autofree char *sources_order = test_replace_once (sources, "\"z\"", "\"generator\"");
  g_autofree char *sources_reordered =
    test_replace_once (sources_order, ",\"generator\":\"LER.me\"", "");

  assert_read_alike (sample);
  assert_read_alike (job_zone);
  assert_read_alike (empty_level);
  assert_read_alike (reordered);
  assert_read_alike (sources_reordered);
}

/* The sample with each of @variants' replacements (find, replace): the fast path makes no
 * document of it, and the full reader reads it when @full_reads, or refuses it. */
static void
assert_left_to_full_reader (const char * const  variants[][2],
                            gsize               n_variants,
                            gboolean            full_reads)
{
  for (gsize i = 0; i < n_variants; i++)
    {
      g_autofree char *text = sample_with (variants[i][0], variants[i][1]);
      g_autoptr(GError) error = NULL;
      g_autoptr(FwDocument) full = _fw_nsx_read_full (text, strlen (text), SAMPLE_NAME, NULL,
                                                      &error);

      g_test_message ("variant %" G_GSIZE_FORMAT, i);
      if (full_reads)
        {
          g_assert_no_error (error);
          g_assert_nonnull (full);
        }
      else
        {
          g_assert_nonnull (error);
          g_assert_null (full);
        }
      g_assert_null (_fw_nsx_read_fast (text, strlen (text)));
    }
}

/* Files the full reader reads, with a warning or in a form the fast path leaves to it. */
static void
test_falls_back (void)
{
  static const char * const variants[][2] = {
    { "\"jobZone\":3,", "\"jobZone\":3.0," },
    { "\"Imaging equipment controls", "\"Imaging equipment \\/ controls" },
    { "department.\",\"Patient", "department. \",\"Patient" },
    { "{\"schemaVersion\"", "\xEF\xBB\xBF{\"schemaVersion\"" },
  };

  assert_left_to_full_reader (variants, G_N_ELEMENTS (variants), TRUE);
}

/* Files neither reader reads; the fast path must not make a document of them. */
static void
test_refuses (void)
{
  static const char * const variants[][2] = {
    { "\"attribution\":", "\"extra\":1,\"attribution\":" },
    { "\"attribution\":\"© EBSCOed\"", "\"attribution\":\"\"" },
    { ",\"attribution\":\"© EBSCOed\"", "" },
    { "\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"1.1\"" },
    { "\"exportedAt\":\"2026-05-15T", "\"exportedAt\":\"2026-02-30T" },
    { "\"exportedAt\":\"2026-05-15T", "\"exportedAt\":\"2026-5-15T" },
    { "\"soc\":\"29-2034.00\"", "\"soc\":\"29-2034\"" },
    { "\"title\":\"Radiologic", "\"title\":\"\",\"x\":\"" },
    { "\"title\":\"Radiologic Technologists and Technicians\"", "\"title\":\"\"" },
    { "\"group\":\"Healthcare Practitioners & Technical\"", "\"group\":\"\"" },
    { "\"sector\":\"62\"", "\"sector\":62" },
    { "\"jobZone\":3,", "\"jobZone\":6," },
    { "\"jobZone\":3,", "\"jobZone\":0," },
    { "\"jobZone\":3,", "\"jobZone\":31," },
    { "\"jobZone\":3,", "\"jobZone\":\"3\"," },
    { "\"jobZoneInferred\":false", "\"jobZoneInferred\":0" },
    { "\"jobZoneInferred\":false", "\"jobZoneInferred\":fals" },
    { ",\"jobZoneInferred\":false", "" },
    { "\"sector\":\"62\",", "\"sector\":\"62\",\"sector\":\"62\"," },
    { "\"version\":\"v.26.05\"", "\"version\":\"26.05\"" },
    { "\"contextCovered\":\"This", "\"contextCovered\":\"\",\"x\":\"This" },
    { "\"description\":\"\"", "\"description\":null" },
    { "\"description\":\"\",", "" },
    { "\"label\":\"Emerging\"", "\"label\":\"Beginning\"" },
    { "\"label\":\"Emerging\",", "" },
    { "\"label\":\"Emerging\",", "\"label\":\"Emerging\",\"label\":\"Emerging\"," },
    { "\"emerging\":{", "\"novice\":{" },
    { "\"emerging\":{\"label\":\"Emerging\"", "\"emerging\":{\"label\":\"Emerging\",\"x\":1" },
    { "\"Imaging equipment controls and exposure settings — ", "\"I — " },
    { "\"Imaging equipment controls and exposure settings — ", "\"Imaging equipment controls " },
    { "\"Imaging equipment controls", "\"Imaging equipment\tcontrols" },
    { "\"Imaging equipment controls", "1,\"Imaging equipment controls" },
    { "\"statements\":[\"Imaging", "\"statements\":{\"Imaging" },
    { "\"onet\":\"v30.2 (CC BY 4.0)\"", "\"onet\":\"\"" },
    { "\"onet\":\"v30.2 (CC BY 4.0)\"", "\"onet\":\"a\",\"onet\":\"b\"" },
    { "\"generator\":\"LER.me\"", "\"generator\":\"LER.me\",\"other\":\"x\"" },
    { "\"crosswalk\":\"https://skillscrosswalk.com\",", "" },
    { "\"sources\":{", "\"sources\":[{" },
    { "© EBSCOed\"}", "© EBSCOed\"} x" },
    { "© EBSCOed\"}", "© EBSCOed\",}" },
    { "© EBSCOed\"}", "© EBSCOed\"" },
    { "\"levels\":{", "\"levels\":{\"emerging\":{\"label\":\"Emerging\",\"statements\":[]}," },
    /* A string cut short by a control character or a backslash, where what follows would
     * read on as the next member. */
    { "Technicians\",\"group\"", "Technicians\t,\"group\"" },
    { "Technicians\",\"group\"", "Technicians\\,\"group\"" },
  };

  assert_left_to_full_reader (variants, G_N_ELEMENTS (variants), FALSE);
}

/* A statement past the length limit. */
static void
test_refuses_long_statement (void)
{
  g_autofree char *body = g_strnfill (FW_MAX_STATEMENT_LENGTH, 'a');
  g_autofree char *statement = g_strdup_printf ("\"Long — %s", body);
  g_autofree char *text = sample_with ("\"Imaging equipment controls", statement);
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) full = _fw_nsx_read_full (text, strlen (text), SAMPLE_NAME, NULL, &error);

  g_assert_nonnull (error);
  g_assert_null (_fw_nsx_read_fast (text, strlen (text)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nsx-fast/same-document", test_same_document);
  g_test_add_func ("/nsx-fast/falls-back", test_falls_back);
  g_test_add_func ("/nsx-fast/refuses", test_refuses);
  g_test_add_func ("/nsx-fast/refuses-long-statement", test_refuses_long_statement);

  return g_test_run ();
}
