/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "fw-formats.h"
#include "fw-io.h"
#include "fw-onet-data.h"
#include "fw-page.h"
#include "fw-split.h"

#define SAMPLE_NAME "sample.txt"

/* ---------------------------------------------------------------------------------------- */
/* Helpers                                                                                  */

static char *
shared_sample_path (const char *name)
{
  const char *shared = g_getenv ("FW_SHARED_DIR");

  if (shared == NULL)
    return NULL;

  return g_build_filename (shared, "samples", name, NULL);
}

static char *
test_data_path (const char *name)
{
  const char *dir = g_getenv ("FW_TEST_DATA");

  g_assert_nonnull (dir);
  return g_build_filename (dir, "page", name, NULL);
}

static char *
load_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

/* The copied sample page, or NULL (test skipped) when the shared samples are missing. */
static char *
load_sample (gsize *length)
{
  g_autofree char *path = shared_sample_path ("nsx-page-radiologic-technologists.txt");

  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("FW_SHARED_DIR does not hold the sample page");
      return NULL;
    }

  return load_file (path, length);
}

static GPtrArray *
new_warnings (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);
}

static FwDocument *
read_ok (const char *text,
         gsize       length,
         const char *filename,
         GPtrArray  *warnings)
{
  g_autoptr(GError) error = NULL;
  FwDocument *document = fw_page_text_read (text, length, filename, warnings, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static FwDocument *
read_sample (GPtrArray *warnings)
{
  g_autofree char *text = NULL;
  gsize length = 0;

  text = load_sample (&length);
  if (text == NULL)
    return NULL;

  return read_ok (text, length, SAMPLE_NAME, warnings);
}

static GError *
read_error (const char *text,
            gsize       length)
{
  GError *error = NULL;
  g_autoptr(GPtrArray) warnings = new_warnings ();
  FwDocument *document = fw_page_text_read (text, length, "bad.txt", warnings, &error);

  g_assert_null (document);
  g_assert_nonnull (error);
  g_assert_true (error->domain == FW_ERROR);
  return error;
}

static void
assert_error (const char  *text,
              gsize        length,
              FwErrorCode  code,
              const char  *expected_prefix)
{
  g_autoptr(GError) error = read_error (text, length);

  g_assert_cmpint (error->code, ==, code);
  if (!g_str_has_prefix (error->message, expected_prefix))
    g_error ("expected an error starting \"%s\", got \"%s\"", expected_prefix, error->message);
}

/* The warnings as printed: "FILE:LINE: warning: MESSAGE". */
static GPtrArray *
format_warnings (GPtrArray *warnings)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < warnings->len; i++)
    g_ptr_array_add (lines, fw_diagnostic_format (g_ptr_array_index (warnings, i)));

  return lines;
}

static gboolean
has_warning (GPtrArray  *warnings,
             const char *formatted)
{
  g_autoptr(GPtrArray) lines = format_warnings (warnings);

  for (guint i = 0; i < lines->len; i++)
    if (g_strcmp0 (g_ptr_array_index (lines, i), formatted) == 0)
      return TRUE;

  return FALSE;
}

static guint
count_warnings_containing (GPtrArray  *warnings,
                           const char *needle)
{
  guint n = 0;

  for (guint i = 0; i < warnings->len; i++)
    n += strstr (((FwDiagnostic *) g_ptr_array_index (warnings, i))->message, needle) != NULL;

  return n;
}

static void
dump_warnings (GPtrArray *warnings)
{
  g_autoptr(GPtrArray) lines = format_warnings (warnings);

  for (guint i = 0; i < lines->len; i++)
    g_test_message ("%s", (char *) g_ptr_array_index (lines, i));
}

static FwStatement *
get_statement (GListStore *store,
               guint       position)
{
  g_autoptr(FwStatement) statement = g_list_model_get_item (G_LIST_MODEL (store), position);

  g_assert_nonnull (statement);
  return statement;  /* the store keeps a reference */
}

static guint
store_length (gpointer store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

static FwDomain *
find_domain (FwDocument *document,
             const char *name)
{
  GListModel *domains = G_LIST_MODEL (fw_document_get_domains (document));

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(FwDomain) domain = g_list_model_get_item (domains, i);

      if (g_strcmp0 (fw_domain_get_name (domain), name) == 0)
        return domain;
    }

  g_error ("no domain \"%s\"", name);
  return NULL;
}

/* The short labels of the sources a statement cites, joined with " | ". */
static char *
citation_labels (FwDocument  *document,
                 FwStatement *statement)
{
  const char * const *ids = fw_statement_get_citations (statement);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      FwSource *source = fw_document_find_source (document, ids[i]);

      g_assert_nonnull (source);
      if (i > 0)
        g_string_append (out, " | ");
      g_string_append (out, fw_source_get_short_label (source));
    }

  return g_strdup (out->str);
}

static void
assert_statement (FwDocument  *document,
                  GListStore  *store,
                  guint        position,
                  const char  *headline,
                  const char  *body,
                  const char  *citations)
{
  FwStatement *statement = get_statement (store, position);
  g_autofree char *labels = citation_labels (document, statement);

  g_assert_cmpstr (fw_statement_get_headline (statement), ==, headline);
  g_assert_cmpstr (fw_statement_get_body (statement), ==, body);
  g_assert_cmpstr (labels, ==, citations);
}

static void
assert_strv (const char * const *actual,
             const char * const *expected)
{
  guint n = g_strv_length ((char **) expected);

  for (guint i = 0; i < n && actual[i] != NULL; i++)
    g_assert_cmpstr (actual[i], ==, expected[i]);
  g_assert_cmpuint (g_strv_length ((char **) actual), ==, n);
}

static void
digest_store (GString    *out,
              const char *place,
              GListStore *store)
{
  for (guint i = 0; i < store_length (store); i++)
    {
      FwStatement *statement = get_statement (store, i);
      g_autofree char *text = fw_statement_to_text (statement);
      g_autofree char *cites = g_strjoinv (",", (char **) fw_statement_get_citations (statement));

      g_string_append_printf (out, "%s %u %s %s {%s}\n", place, i, fw_statement_get_id (statement),
                              text, cites);
    }
}

/* Everything a reader fills, as text, to compare two imports. */
static char *
document_digest (FwDocument *document)
{
  GString *out = g_string_new (NULL);
  FwEvidence *evidence = fw_document_get_evidence (document);
  FwOnet *onet = fw_document_get_onet (document);
  GListModel *domains = G_LIST_MODEL (fw_document_get_domains (document));
  GListModel *sources = G_LIST_MODEL (fw_document_get_sources (document));
  static const char * const numbers[] = {
    "task-observations", "augment-share", "time-saved", "ai-autonomy", "safi-score",
  };
  static const char * const strings[] = {
    "top-skill", "quadrant", "precision", "wef-label", "wef-id",
  };

  g_string_append_printf (out, "%s|%s|%d|%s|%s|%s|%s|%s\n", fw_document_get_soc (document),
                          fw_document_get_title (document), fw_document_get_job_zone (document),
                          fw_document_get_job_zone_label (document),
                          fw_document_get_version (document),
                          fw_document_get_context_covered (document),
                          fw_document_get_group (document),
                          fw_document_get_attribution (document));
  for (guint k = 0; k < FW_N_LEVELS; k++)
    {
      FwLevel *level = fw_document_get_level (document, k);

      g_string_append_printf (out, "level %s / %s\n", fw_level_get_label (level),
                              fw_level_get_role_label (level));
      digest_store (out, "st", fw_level_get_statements (level));
      digest_store (out, "ai", fw_level_get_ai_statements (level));
    }
  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(FwDomain) domain = g_list_model_get_item (domains, d);

      g_string_append_printf (out, "domain %s\n", fw_domain_get_name (domain));
      for (guint l = 0; l < FW_N_DURABLE_LEVELS; l++)
        digest_store (out, fw_durable_level_to_string (l), fw_domain_get_cell (domain, l));
    }
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(FwSource) source = g_list_model_get_item (sources, i);

      g_string_append_printf (out, "source %s|%s|%s|%s\n", fw_source_get_id (source),
                              fw_source_get_short_label (source), fw_source_get_title (source),
                              fw_source_get_license (source));
    }
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    g_string_append_printf (out, "%s=%g\n", numbers[i],
                            fw_evidence_get_number (evidence, numbers[i]));
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    g_string_append_printf (out, "%s=%s\n", strings[i],
                            fw_evidence_get_string (evidence, strings[i]));
  g_string_append_printf (out, "anchors=%d\n", fw_onet_get_anchor_count (onet));
  for (guint i = 0; fw_onet_list_properties ()[i] != NULL; i++)
    {
      const char *property = fw_onet_list_properties ()[i];
      g_autofree char *joined = g_strjoinv ("|", (char **) fw_onet_get_strv (onet, property));

      g_string_append_printf (out, "%s=%s\n", property, joined);
    }
  for (guint i = 0; i < store_length (fw_onet_get_tasks (onet)); i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (G_LIST_MODEL (fw_onet_get_tasks (onet)), i);

      g_string_append_printf (out, "task %s %s\n", fw_task_get_task_id (task),
                              fw_task_get_text (task));
    }
  for (guint i = 0; i < store_length (fw_onet_get_apprenticeships (onet)); i++)
    {
      g_autoptr(FwApprenticeship) apprenticeship =
        g_list_model_get_item (G_LIST_MODEL (fw_onet_get_apprenticeships (onet)), i);

      g_string_append_printf (out, "rapids %s %s\n", fw_apprenticeship_get_code (apprenticeship),
                              fw_apprenticeship_get_title (apprenticeship));
    }

  return g_string_free (out, FALSE);
}

/* A copy of @text with the first occurrence of @find replaced by @replace. */
static char *
replace_once (const char *text,
              const char *find,
              const char *replace)
{
  const char *at = strstr (text, find);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, replace, at + strlen (find));
}

/* The text between the line starting with @from and the line starting with @to, removed. */
static char *
remove_between (const char *text,
                const char *from,
                const char *to)
{
  const char *start = strstr (text, from);
  const char *end = strstr (text, to);

  g_assert_nonnull (start);
  g_assert_nonnull (end);
  g_assert_true (start < end);
  return g_strdup_printf ("%.*s%s", (int) (start - text), text, end);
}

/* ---------------------------------------------------------------------------------------- */
/* The sample page                                                                          */

static JsonNode *
load_oracle (void)
{
  g_autofree char *path = shared_sample_path ("nsx-export-radiologic-technologists.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static void
test_sample_levels_match_export (void)
{
  g_autoptr(FwDocument) document = read_sample (NULL);
  g_autoptr(JsonNode) oracle = NULL;
  JsonObject *levels;
  guint exact = 0;

  if (document == NULL)
    return;

  oracle = load_oracle ();
  levels = json_object_get_object_member (
    json_object_get_object_member (json_node_get_object (oracle), "framework"), "levels");

  for (guint k = 0; k < FW_N_LEVELS; k++)
    {
      JsonObject *expected = json_object_get_object_member (levels, fw_level_key_to_string (k));
      JsonArray *statements = json_object_get_array_member (expected, "statements");
      FwLevel *level = fw_document_get_level (document, k);
      GListStore *store = fw_level_get_statements (level);

      g_assert_cmpstr (fw_level_get_label (level), ==,
                       json_object_get_string_member (expected, "label"));
      g_assert_cmpuint (store_length (store), ==, json_array_get_length (statements));
      for (guint i = 0; i < store_length (store); i++)
        {
          g_autofree char *text = fw_statement_to_text (get_statement (store, i));
          const char *want = json_array_get_string_element (statements, i);

          if (g_strcmp0 (text, want) == 0)
            exact++;
          else
            g_test_message ("split differs: \"%s\" (expected \"%s\")", text, want);
        }
    }

  g_assert_cmpuint (exact, ==, 40);
}

static void
test_sample_nsx_export (void)
{
  g_autoptr(FwDocument) document = read_sample (NULL);
  g_autoptr(JsonNode) oracle = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *want;
  JsonObject *got;
  gsize size;
  const char *data;

  if (document == NULL)
    return;

  oracle = load_oracle ();
  want = json_node_get_object (oracle);
  bytes = fw_nsx_write (document, json_object_get_string_member (want, "exportedAt"));
  data = g_bytes_get_data (bytes, &size);
  json_parser_load_from_data (parser, data, size, &error);
  g_assert_no_error (error);
  got = json_node_get_object (json_parser_get_root (parser));

  /* The level grid, title, SOC, job zone, version and context are the export's. */
  g_assert_true (json_node_equal (json_object_get_member (
                                    json_object_get_object_member (got, "framework"), "levels"),
                                  json_object_get_member (
                                    json_object_get_object_member (want, "framework"), "levels")));
  for (guint i = 0; i < 3; i++)
    {
      static const char * const members[] = { "soc", "title", "group" };
      const char *member = members[i];

      g_assert_cmpstr (json_object_get_string_member (
                         json_object_get_object_member (got, "occupation"), member), ==,
                       json_object_get_string_member (
                         json_object_get_object_member (want, "occupation"), member));
    }
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (got, "occupation"),
                                               "jobZone"), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (got, "framework"),
                                                  "version"), ==, "v.26.05");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (got, "framework"),
                                                  "contextCovered"), ==,
                   json_object_get_string_member (json_object_get_object_member (want, "framework"),
                                                  "contextCovered"));
  /* The footer gives the same provenance as the export's "sources". */
  g_assert_true (json_node_equal (json_object_get_member (got, "sources"),
                                  json_object_get_member (want, "sources")));
}

static void
test_sample_header (void)
{
  g_autoptr(FwDocument) document = read_sample (NULL);
  static const char * const roles[] = {
    "Entry / Apprentice", "Mid-level / Established", "Senior / Expert IC",
    "Lead / Principal / Executive",
  };

  if (document == NULL)
    return;

  g_assert_cmpstr (fw_document_get_title (document), ==,
                   "Radiologic Technologists and Technicians");
  g_assert_cmpstr (fw_document_get_soc (document), ==, "29-2034.00");
  g_assert_cmpint (fw_document_get_job_zone (document), ==, 3);
  g_assert_false (fw_document_get_job_zone_inferred (document));
  g_assert_cmpstr (fw_document_get_job_zone_label (document), ==, "Medium Preparation");
  g_assert_cmpstr (fw_document_get_version (document), ==, "v.26.05");
  g_assert_true (g_str_has_prefix (fw_document_get_context_covered (document),
                                   "This framework covers hospital inpatient"));
  g_assert_true (g_str_has_suffix (fw_document_get_context_covered (document),
                                   "to department leadership."));
  g_assert_cmpstr (fw_document_get_group (document), ==, "Healthcare Practitioners & Technical");
  g_assert_cmpstr (fw_document_get_sector (document), ==, "");
  g_assert_cmpstr (fw_document_get_attribution (document), ==, "\xc2\xa9 2026 EBSCOed");
  g_assert_cmpint (fw_document_get_origin (document), ==, FW_ORIGIN_PAGE);
  g_assert_false (fw_history_get_dirty (fw_document_get_history (document)));
  for (guint k = 0; k < FW_N_LEVELS; k++)
    g_assert_cmpstr (fw_level_get_role_label (fw_document_get_level (document, k)), ==, roles[k]);
}

static void
test_sample_ai_fluency (void)
{
  g_autoptr(FwDocument) document = read_sample (NULL);
  static const guint counts[] = { 2, 3, 4, 3 };
  GListStore *developing;

  if (document == NULL)
    return;

  for (guint k = 0; k < FW_N_LEVELS; k++)
    {
      GListStore *store = fw_level_get_ai_statements (fw_document_get_level (document, k));

      g_assert_cmpuint (store_length (store), ==, counts[k]);
      for (guint i = 0; i < store_length (store); i++)
        {
          FwStatement *statement = get_statement (store, i);

          /* Every AI-fluency statement cites at least one source, and no chip text is left. */
          const char * const *citations = fw_statement_get_citations (statement);

          g_assert_cmpuint (g_strv_length ((char **) citations), >=, 1);
          g_assert_null (strstr (fw_statement_get_body (statement), "Opens in new tab"));
          g_assert_cmpfloat (fw_statement_get_split_confidence (statement), ==, 1.0);
        }
    }

  assert_statement (document, fw_level_get_ai_statements (fw_document_get_level (document, 0)), 0,
                    "AI-assisted positioning guidance",
                    "references AI-generated positioning prompts within the imaging console to "
                    "confirm patient alignment before exposure, while deferring all clinical "
                    "judgment to supervising staff",
                    "WEF Skills Taxonomy");
  developing = fw_level_get_ai_statements (fw_document_get_level (document, 1));
  assert_statement (document, developing, 0, "Image quality flagging",
                    "reviews AI-generated image quality scores after each acquisition, acting on "
                    "rejection alerts to repeat or adjust exposures before handing images to the "
                    "radiologist",
                    "Anthropic Economic Index | Jadhav & Danve, 2026");
  assert_statement (document, developing, 1, "Patient communication support",
                    "uses AI-drafted procedural scripts as a starting template for explaining scan "
                    "steps to patients, then adapts language in real time based on observed "
                    "patient responses",
                    "Jadhav & Danve, 2026 | WEF Skills Taxonomy");
  assert_statement (document, fw_level_get_ai_statements (fw_document_get_level (document, 2)), 1,
                    "Dose optimization review",
                    "evaluates AI-recommended kVp and mAs adjustments for individual patient body "
                    "habitus, accepting or overriding suggestions to keep dose as low as "
                    "reasonably achievable",
                    "Jadhav & Danve, 2026 | Anthropic Economic Index");
  assert_statement (document, fw_level_get_ai_statements (fw_document_get_level (document, 3)), 1,
                    "Cross-functional AI workflow design",
                    "leads the redesign of department imaging workflows to embed AI "
                    "quality-control checkpoints at each acquisition step, coordinating with "
                    "radiologists, IT, and compliance officers to align human-oversight "
                    "boundaries with human-technology interaction standards",
                    "WEF Skills Taxonomy | Anthropic Economic Index");
}

static void
test_sample_sources (void)
{
  g_autoptr(FwDocument) document = read_sample (NULL);
  static const char * const expected[][3] = {
    { "src-wef-skills-taxonomy", "WEF Skills Taxonomy",
      "WEF Skills Taxonomy 2021 \xe2\x80\x94 Building a Common Language for Skills at Work" },
    { "src-anthropic-economic-index", "Anthropic Economic Index",
      "Anthropic Economic Index \xe2\x80\x94 release_2026_03_24" },
    { "src-jadhav-danve-2026", "Jadhav & Danve, 2026",
      "Skill Automation Feasibility Index \xe2\x80\x94 Jadhav & Danve, 2026 (arXiv:2604.06906)" },
    { "src-o-net-v30-2", "O*NET v30.2",
      "O*NET Resource Center \xe2\x80\x94 Occupational Information Network, v30.2 (Sept 2025)" },
    { "src-pathsmith-durable-skills", "Pathsmith Durable Skills",
      "Pathsmith Durable Skills Framework \xe2\x80\x94 America Succeeds + CompTIA" },
  };
  GListModel *sources;

  if (document == NULL)
    return;

  /* Each source once, in the order the page first cites it. */
  sources = G_LIST_MODEL (fw_document_get_sources (document));
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(FwSource) source = g_list_model_get_item (sources, i);

      g_assert_cmpstr (fw_source_get_id (source), ==, expected[i][0]);
      g_assert_cmpstr (fw_source_get_short_label (source), ==, expected[i][1]);
      g_assert_cmpstr (fw_source_get_title (source), ==, expected[i][2]);
      g_assert_cmpuint (fw_document_count_citations (document, expected[i][0]), >, 0);
    }
  /* The footer's "O*NET v30.2 (CC BY 4.0)" gives the licence. */
  g_assert_cmpstr (fw_source_get_license (fw_document_find_source (document, "src-o-net-v30-2")),
                   ==, "CC BY 4.0");
  g_assert_cmpuint (fw_document_count_citations (document, "src-pathsmith-durable-skills"), ==, 84);
}

static void
test_sample_durable_skills (void)
{
  g_autoptr(FwDocument) document = read_sample (NULL);
  static const char * const names[] = {
    "Communication", "Leadership", "Metacognition", "Critical Thinking", "Collaboration",
    "Character", "Creativity", "Growth Mindset", "Mindfulness", "Fortitude",
  };
  /* Statements listed per level (Emerging, Developing, Applying, Exceeding). */
  static const guint listed[][4] = {
    { 1, 2, 3, 3 }, { 2, 1, 3, 3 }, { 2, 2, 3, 2 }, { 2, 1, 3, 3 }, { 2, 2, 3, 2 },
    { 0, 2, 3, 2 }, { 2, 2, 3, 2 }, { 2, 2, 3, 2 }, { 2, 2, 3, 2 }, { 2, 2, 3, 2 },
  };
  GListModel *domains;
  FwDomain *domain;
  guint total = 0;

  if (document == NULL)
    return;

  domains = G_LIST_MODEL (fw_document_get_domains (document));
  g_assert_cmpuint (g_list_model_get_n_items (domains), ==, 10);
  for (guint d = 0; d < G_N_ELEMENTS (names); d++)
    {
      g_autoptr(FwDomain) item = g_list_model_get_item (domains, d);

      g_assert_cmpstr (fw_domain_get_name (item), ==, names[d]);
      for (guint l = 0; l < FW_N_DURABLE_LEVELS; l++)
        {
          GListStore *cell = fw_domain_get_cell (item, l);

          g_assert_cmpuint (store_length (cell), ==, listed[d][l]);
          for (guint i = 0; i < store_length (cell); i++)
            g_assert_cmpuint (g_strv_length ((char **) fw_statement_get_citations (
                                get_statement (cell, i))), >=, 1);
        }
      total += fw_domain_count_statements (item);
    }
  g_assert_cmpuint (total, ==, 88);

  domain = find_domain (document, "Communication");
  assert_statement (document, fw_domain_get_cell (domain, FW_DURABLE_EMERGING), 0,
                    "Patient history intake",
                    "asks structured questions to identify contraindications such as pregnancy or "
                    "implanted devices prior to scan",
                    "O*NET v30.2");
  assert_statement (document, fw_domain_get_cell (domain, FW_DURABLE_DEVELOPING), 0,
                    "Contrast agent communication",
                    "explains purpose, risks, and sensations of contrast material to patients in "
                    "calm, accessible terms before administration",
                    "Pathsmith Durable Skills | O*NET v30.2");
  domain = find_domain (document, "Critical Thinking");
  assert_statement (document, fw_domain_get_cell (domain, FW_DURABLE_EMERGING), 1,
                    "Image adequacy assessment",
                    "applies basic criteria to evaluate whether a developed image meets minimum "
                    "diagnostic quality standards before releasing the patient",
                    "O*NET v30.2");
  domain = find_domain (document, "Character");
  g_assert_cmpuint (store_length (fw_domain_get_cell (domain, FW_DURABLE_EMERGING)), ==, 0);
  assert_statement (document, fw_domain_get_cell (domain, FW_DURABLE_APPLYING), 0,
                    "Ethical dose management",
                    "advocates for the ALARA principle in all imaging decisions, refusing "
                    "unnecessary exposures even under physician or patient pressure",
                    "Pathsmith Durable Skills | O*NET v30.2");
  domain = find_domain (document, "Fortitude");
  assert_statement (document, fw_domain_get_cell (domain, FW_DURABLE_EXCEEDING), 1,
                    "Sustained advocacy courage",
                    "persistently champions patient safety or ethical practice concerns through "
                    "formal channels even when facing institutional resistance or peer pressure",
                    "Pathsmith Durable Skills");
}

static void
test_sample_evidence (void)
{
  g_autoptr(FwDocument) document = read_sample (NULL);
  FwEvidence *evidence;

  if (document == NULL)
    return;

  evidence = fw_document_get_evidence (document);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "task-observations"), 35, 1e-9);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "augment-share"), 3.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "time-saved"), 85.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "ai-autonomy"), 3.52, 1e-9);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "safi-score"), 42.2, 1e-9);
  g_assert_cmpstr (fw_evidence_get_string (evidence, "top-skill"), ==, "Active Listening");
  g_assert_cmpstr (fw_evidence_get_string (evidence, "quadrant"), ==, "Q2_ai_augmented");
  g_assert_cmpstr (fw_evidence_get_string (evidence, "precision"), ==, "exact");
  g_assert_cmpstr (fw_evidence_get_string (evidence, "wef-label"), ==,
                   "Human-Technology Interaction");
  g_assert_cmpstr (fw_evidence_get_string (evidence, "wef-id"), ==,
                   "human_technology_interaction");
}

static void
test_sample_onet (void)
{
  g_autoptr(FwDocument) document = read_sample (NULL);
  static const char * const skills[] = {
    "Active Listening", "Social Perceptiveness", "Speaking", "Service Orientation",
    "Reading Comprehension", "Monitoring", "Operation and Control", "Critical Thinking",
    "Operations Monitoring", "Coordination", "Quality Control Analysis",
    "Judgment and Decision Making", "Writing", "Time Management", NULL,
  };
  static const char * const knowledge[] = {
    "Medicine and Dentistry", "Customer and Personal Service", "English Language",
    "Computers and Electronics", "Administrative", "Education and Training",
    "Public Safety and Security", "Psychology", "Physics", "Biology", NULL,
  };
  static const char * const abilities[] = {
    "Near Vision", "Oral Comprehension", "Problem Sensitivity", "Oral Expression",
    "Deductive Reasoning", "Written Comprehension", "Information Ordering",
    "Speech Recognition", "Speech Clarity", "Inductive Reasoning", NULL,
  };
  static const char * const work_styles[] = {
    "Attention to Detail", "Dependability", "Cautiousness", "Cooperation", "Empathy",
    "Integrity", NULL,
  };
  static const char * const technology[] = {
    "Categorization or classification software", "Medical software",
    "Information retrieval or search software", "Spreadsheet software", "Office suite software",
    "Electronic mail software", "Presentation software", "Word processing software",
    "Object or component oriented development software",
    "Data base user interface and query software", NULL,
  };
  static const char * const related[] = {
    "Radiologic Technologist", "3D Technologist", "Angiogram Special Procedures Technologist",
    "CAT Technologist (Computed Axial Tomography Technologist)",
    "Computed Tomography Radiologic Technologist (CT RT)",
    "Computed Tomography Technician (CT Technician)",
    "Computed Tomography Technologist (CT Tech)",
    "CT Radiology Technologist (Computerized Tomography Radiology Technologist)",
    "CT Scan Special Procedures Technologist (Computed Tomography Scan Special Procedures "
    "Technologist)",
    "CT Scan Tech (Computed Tomography Scan Technologist)",
    "CT Scanner Operator (Computed Tomography Scanner Operator)",
    "CT Tech (Computer Tomography Technician)", NULL,
  };
  static const char * const cip[] = { "51.0907", "51.0911", "51.0919", NULL };
  static const char * const task_ids[] = {
    "22807", "22804", "22816", "22808", "22806", "22802", "22809", "22826",
  };
  FwOnet *onet;
  GListModel *tasks;
  g_autoptr(FwApprenticeship) apprenticeship = NULL;
  g_autoptr(FwTask) last = NULL;

  if (document == NULL)
    return;

  onet = fw_document_get_onet (document);
  g_assert_cmpint (fw_onet_get_anchor_count (onet), ==, 58);
  assert_strv (fw_onet_get_strv (onet, "skills"), skills);
  assert_strv (fw_onet_get_strv (onet, "knowledge"), knowledge);
  assert_strv (fw_onet_get_strv (onet, "abilities"), abilities);
  assert_strv (fw_onet_get_strv (onet, "work-styles"), work_styles);
  assert_strv (fw_onet_get_strv (onet, "technology"), technology);
  assert_strv (fw_onet_get_strv (onet, "related-titles"), related);
  assert_strv (fw_onet_get_strv (onet, "cip-codes"), cip);

  g_assert_cmpuint (store_length (fw_onet_get_apprenticeships (onet)), ==, 1);
  apprenticeship = g_list_model_get_item (G_LIST_MODEL (fw_onet_get_apprenticeships (onet)), 0);
  g_assert_cmpstr (fw_apprenticeship_get_code (apprenticeship), ==, "0279");
  g_assert_cmpstr (fw_apprenticeship_get_title (apprenticeship), ==, "Radiologic Technologist");

  tasks = G_LIST_MODEL (fw_onet_get_tasks (onet));
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, G_N_ELEMENTS (task_ids));
  for (guint i = 0; i < G_N_ELEMENTS (task_ids); i++)
    {
      g_autoptr(FwTask) task = g_list_model_get_item (tasks, i);

      g_assert_cmpstr (fw_task_get_task_id (task), ==, task_ids[i]);
    }
  last = g_list_model_get_item (tasks, 7);
  g_assert_cmpstr (fw_task_get_text (last), ==,
                   "Prepare contrast material, radiopharmaceuticals, or anesthetic or "
                   "antispasmodic drugs under the direction of a radiologist.");
}

static void
test_sample_warnings (void)
{
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = read_sample (warnings);
  guint other = 0;

  if (document == NULL)
    return;

  dump_warnings (warnings);
  g_assert_true (has_warning (warnings, SAMPLE_NAME ":96: warning: domain \"Communication\" "
                              "declares 12 statements but lists 9"));
  g_assert_true (has_warning (warnings, SAMPLE_NAME ":110: warning: domain \"Leadership\" "
                              "declares 10 statements but lists 9"));
  g_assert_true (has_warning (warnings, SAMPLE_NAME ":138: warning: domain \"Critical Thinking\" "
                              "declares 10 statements but lists 9"));
  g_assert_true (has_warning (warnings, SAMPLE_NAME ":166: warning: domain \"Character\" "
                              "declares 9 statements but lists 7"));
  g_assert_true (has_warning (warnings, SAMPLE_NAME ":167: warning: domain \"Character\" "
                              "has no Emerging statements"));

  /* Nothing else is wrong with the page: no skipped line, no unknown citation; a
   * low-confidence split would name its statement. */
  for (guint i = 0; i < warnings->len; i++)
    {
      FwDiagnostic *diagnostic = g_ptr_array_index (warnings, i);

      if (strstr (diagnostic->message, "low-confidence") != NULL)
        {
          g_assert_nonnull (diagnostic->statement_id);
          g_assert_nonnull (fw_document_find_statement (document, diagnostic->statement_id,
                                                        NULL));
        }
      else
        other++;
    }
  g_assert_cmpuint (other, ==, 5);
}

static gboolean
collect_id_cb (FwStatement            *statement,
               const FwStatementPlace *place,
               gpointer                user_data)
{
  g_ptr_array_add (user_data, g_strdup (fw_statement_get_id (statement)));
  return TRUE;
}

static void
test_sample_stable_ids (void)
{
  g_autoptr(FwDocument) first = read_sample (NULL);
  g_autoptr(FwDocument) second = read_sample (NULL);
  g_autoptr(GPtrArray) ids_first = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) ids_second = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) unique = g_hash_table_new (g_str_hash, g_str_equal);

  if (first == NULL)
    return;

  fw_document_foreach_statement (first, collect_id_cb, ids_first);
  fw_document_foreach_statement (second, collect_id_cb, ids_second);
  g_assert_cmpuint (ids_first->len, ==, 40 + 12 + 88);
  g_assert_cmpuint (ids_first->len, ==, ids_second->len);
  for (guint i = 0; i < ids_first->len; i++)
    {
      g_assert_cmpstr (g_ptr_array_index (ids_first, i), ==, g_ptr_array_index (ids_second, i));
      g_assert_true (g_str_has_prefix (g_ptr_array_index (ids_first, i), "st-"));
      g_assert_true (g_hash_table_add (unique, g_ptr_array_index (ids_first, i)));
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Variants of the sample                                                                   */

static void
test_variant_no_quadrant (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autofree char *edited = NULL;
  g_autoptr(FwDocument) document = NULL;
  FwEvidence *evidence;

  if (text == NULL)
    return;

  edited = replace_once (text, "Quadrant: Q2_ai_augmented\n", "");
  document = read_ok (edited, strlen (edited), "page.txt", NULL);
  evidence = fw_document_get_evidence (document);

  /* Absent means absent, not zero or empty. */
  g_assert_false (fw_evidence_has (evidence, "quadrant"));
  g_assert_null (fw_evidence_get_string (evidence, "quadrant"));
  g_assert_true (fw_evidence_has (evidence, "precision"));
  g_assert_true (fw_evidence_has (evidence, "safi-score"));
  g_assert_cmpstr (fw_evidence_get_string (evidence, "wef-id"), ==,
                   "human_technology_interaction");
}

static void
test_variant_missing_evidence_lines (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autofree char *edited = NULL;
  g_autofree char *edited2 = NULL;
  g_autoptr(FwDocument) document = NULL;
  FwEvidence *evidence;

  if (text == NULL)
    return;

  edited = replace_once (text, "Score: 42.2 / 100\n", "");
  edited2 = replace_once (edited, "Augment share: 3.5%\n", "augment SHARE: n/a\n");
  g_clear_pointer (&edited, g_free);
  document = read_ok (edited2, strlen (edited2), "page.txt", NULL);
  evidence = fw_document_get_evidence (document);

  g_assert_false (fw_evidence_has (evidence, "safi-score"));
  g_assert_true (isnan (fw_evidence_get_number (evidence, "safi-score")));
  g_assert_false (fw_evidence_has (evidence, "augment-share"));
  g_assert_true (fw_evidence_has (evidence, "time-saved"));
}

static void
test_variant_no_rapids (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autofree char *edited = NULL;
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;
  FwOnet *onet;

  if (text == NULL)
    return;

  edited = remove_between (text, "RAPIDS apprenticeships\n", "O*NET skills\n");
  document = read_ok (edited, strlen (edited), "page.txt", warnings);
  onet = fw_document_get_onet (document);

  g_assert_cmpuint (store_length (fw_onet_get_apprenticeships (onet)), ==, 0);
  g_assert_cmpuint (g_strv_length ((char **) fw_onet_get_strv (onet, "related-titles")), ==, 12);
  g_assert_cmpuint (g_strv_length ((char **) fw_onet_get_strv (onet, "skills")), ==, 14);
  g_assert_cmpuint (count_warnings_containing (warnings, "skipped"), ==, 0);
}

static void
test_variant_empty_level (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autofree char *edited = NULL;
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;

  if (text == NULL)
    return;

  /* The Proficient level keeps its label and role label, but lists nothing. */
  edited = remove_between (text, "  1. Complex and non-routine", "Advanced\nLead / Principal");
  document = read_ok (edited, strlen (edited), "page.txt", warnings);

  g_assert_cmpuint (store_length (fw_level_get_statements (fw_document_get_level (document, 2))),
                    ==, 0);
  g_assert_cmpstr (fw_level_get_role_label (fw_document_get_level (document, 2)), ==,
                   "Senior / Expert IC");
  g_assert_cmpuint (store_length (fw_level_get_statements (fw_document_get_level (document, 3))),
                    ==, 10);
  g_assert_true (has_warning (warnings, "page.txt:34: warning: level \"Proficient\" has no "
                              "statements"));
}

static void
test_variant_line_endings_and_spaces (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autoptr(FwDocument) original = NULL;
  g_autoptr(FwDocument) messy = NULL;
  g_autoptr(GString) edited = NULL;
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;
  g_auto(GStrv) lines = NULL;

  if (text == NULL)
    return;

  original = read_ok (text, strlen (text), "page.txt", NULL);

  /* A byte-order mark, CRLF, trailing and leading spaces, no-break spaces and blank lines. */
  edited = g_string_new ("\xef\xbb\xbf");
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i % 3 == 0)
        g_string_append (edited, "   \r\n");
      g_string_append_printf (edited, "%s%s \xc2\xa0\r\n", i % 2 ? "  " : "\t", lines[i]);
    }
  messy = read_ok (edited->str, edited->len, "page.txt", warnings);

  want = document_digest (original);
  got = document_digest (messy);
  g_assert_cmpstr (got, ==, want);
  g_assert_cmpuint (count_warnings_containing (warnings, "skipped"), ==, 0);
}

static void
test_variant_glued_role_labels (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autofree char *step1 = NULL;
  g_autofree char *step2 = NULL;
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(FwDocument) original = NULL;
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;

  if (text == NULL)
    return;

  /* Copied from a layout that shows the level and its role side by side. */
  step1 = replace_once (text, "Emerging\nEntry / Apprentice", "EmergingEntry / Apprentice");
  step2 = replace_once (step1, "Advanced\nLead / Principal", "AdvancedLead / Principal");
  document = read_ok (step2, strlen (step2), "page.txt", warnings);
  original = read_ok (text, strlen (text), "page.txt", NULL);

  g_assert_cmpstr (fw_level_get_role_label (fw_document_get_level (document, 0)), ==,
                   "Entry / Apprentice");
  g_assert_cmpstr (fw_level_get_role_label (fw_document_get_level (document, 3)), ==,
                   "Lead / Principal / Executive");
  want = document_digest (original);
  got = document_digest (document);
  g_assert_cmpstr (got, ==, want);
  g_assert_cmpuint (count_warnings_containing (warnings, "skipped"), ==, 0);
}

static void
test_variant_skipped_line (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autofree char *edited = NULL;
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;

  if (text == NULL)
    return;

  edited = replace_once (text, "Time saved: 85.5%\n",
                         "Time saved: 85.5%\nCookie preferences were updated\n");
  document = read_ok (edited, strlen (edited), "page.txt", warnings);

  g_assert_true (has_warning (warnings, "page.txt:84: warning: skipped line: \"Cookie "
                              "preferences were updated\""));
  /* The rest of the evidence pack is still read. */
  g_assert_cmpstr (fw_evidence_get_string (fw_document_get_evidence (document), "quadrant"), ==,
                   "Q2_ai_augmented");
}

static void
test_variant_low_confidence (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autofree char *edited = NULL;
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;
  FwDiagnostic *found = NULL;
  FwStatement *statement;

  if (text == NULL)
    return;

  /* "Budget and forecasts" has no place where a body could start. */
  edited = replace_once (text, "  10. Radiation exposure time",
                         "  10. Budget and forecasts\n  11. Radiation exposure time");
  document = read_ok (edited, strlen (edited), "page.txt", warnings);
  statement = get_statement (fw_level_get_statements (fw_document_get_level (document, 0)), 9);

  g_assert_cmpfloat (fw_statement_get_split_confidence (statement), <, FW_SPLIT_CONFIDENT);
  for (guint i = 0; i < warnings->len; i++)
    {
      FwDiagnostic *diagnostic = g_ptr_array_index (warnings, i);

      if (g_strcmp0 (diagnostic->statement_id, fw_statement_get_id (statement)) == 0)
        found = diagnostic;
    }
  g_assert_nonnull (found);
  g_assert_cmpuint (found->line, ==, 21);
  g_assert_true (g_str_has_prefix (found->message, "low-confidence headline/body split: \""));
  g_assert_true (g_str_has_suffix (found->message, "\"; please confirm"));
}

static void
test_variant_missing_footer (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;
  const char *cut;

  if (text == NULL)
    return;

  /* Selected up to the durable skills only: what is there is imported, with a warning. */
  cut = strstr (text, "5Collaboration");
  document = read_ok (text, cut - text, "page.txt", warnings);
  g_assert_cmpuint (store_length (fw_document_get_domains (document)), ==, 4);
  g_assert_cmpint (fw_onet_get_anchor_count (fw_document_get_onet (document)), ==, -1);
  g_assert_cmpuint (count_warnings_containing (warnings, "before its \"Sources:\" footer"), ==, 1);
}

static void
test_variant_repeated_domain (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autofree char *edited = NULL;
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(FwDocument) reread = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;
  FwDomain *domain;

  if (text == NULL)
    return;

  /* The same domain header twice: one domain, whose statements add up. */
  edited = replace_once (text, "Show O*NET source anchors",
                         "11communication1 statements\nExceeding\n  1. Family meetings "
                         "\xe2\x80\x94 leads care conferences with families O*NET v30.2O*NET "
                         "Resource Center \xe2\x80\x94 Occupational Information Network, v30.2 "
                         "(Sept 2025). Opens in new tab.\nShow O*NET source anchors");
  document = read_ok (edited, strlen (edited), "page.txt", warnings);
  g_assert_cmpuint (store_length (fw_document_get_domains (document)), ==, 10);
  domain = find_domain (document, "Communication");
  g_assert_cmpuint (fw_domain_count_statements (domain), ==, 10);
  assert_statement (document, fw_domain_get_cell (domain, FW_DURABLE_EXCEEDING), 3,
                    "Family meetings", "leads care conferences with families", "O*NET v30.2");
  g_assert_true (has_warning (warnings, "page.txt:234: warning: domain \"communication\" "
                              "appears twice; its statements are merged"));

  /* What was imported can be saved and read back. */
  saved = fw_format_write (document, FW_FORMAT_FWK, NULL, &error);
  g_assert_no_error (error);
  reread = fw_format_read_bytes (saved, "saved.fwk", FW_FORMAT_FWK, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (store_length (fw_document_get_domains (reread)), ==, 10);
}

/* ---------------------------------------------------------------------------------------- */
/* A second page, written for another occupation                                            */

static void
test_second_page (void)
{
  g_autofree char *path = test_data_path ("registered-nurses.txt");
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;
  static const char * const technology[] = {
    "Epic Systems", "Microsoft PowerPoint", "IBM Notes", "FaceTime", "Medical software",
    "Healthcare common procedure coding system HCPCS", "Spreadsheet software", NULL,
  };
  static const char * const work_styles[] = {
    "Integrity", "Dependability", "Concern for Others", "Self-Control", "Stress Tolerance",
    "Attention to Detail", NULL,
  };
  static const char * const domains[] = { "Character", "Fortitude", "Communication" };
  FwEvidence *evidence;
  FwOnet *onet;
  GListModel *tasks;
  gsize length;

  text = load_file (path, &length);
  g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbf"));
  g_assert_nonnull (strstr (text, "\r\n"));
  document = read_ok (text, length, "registered-nurses.txt", warnings);
  dump_warnings (warnings);

  g_assert_cmpstr (fw_document_get_title (document), ==, "Registered Nurses");
  g_assert_cmpstr (fw_document_get_soc (document), ==, "29-1141.00");
  g_assert_cmpint (fw_document_get_job_zone (document), ==, 3);
  g_assert_cmpstr (fw_document_get_version (document), ==, "v.26.04");
  g_assert_cmpstr (fw_level_get_role_label (fw_document_get_level (document, 0)), ==,
                   "Entry / New Graduate");

  /* Glued level statements, split. */
  assert_statement (document, fw_level_get_statements (fw_document_get_level (document, 0)), 0,
                    "Medication administration records",
                    "verify against physician orders before each scheduled dose on an inpatient "
                    "medical-surgical unit.", "");
  assert_statement (document, fw_level_get_statements (fw_document_get_level (document, 1)), 0,
                    "Wound care and dressing changes",
                    "independently perform sterile dressing changes and document wound healing "
                    "progress in the electronic health record.", "");
  assert_statement (document, fw_level_get_statements (fw_document_get_level (document, 3)), 0,
                    "Follow-up care plans",
                    "develop with patients and families before discharge, confirming "
                    "understanding of medications and warning signs.", "");
  for (guint k = 0; k < FW_N_LEVELS; k++)
    g_assert_cmpuint (store_length (fw_level_get_statements (fw_document_get_level (document, k))),
                      ==, k == 0 ? 3 : 2);

  /* AI fluency: sources other than the sample's, known from the footer. */
  assert_statement (document, fw_level_get_ai_statements (fw_document_get_level (document, 1)), 0,
                    "Early warning triage",
                    "acts on AI sepsis alerts by reassessing the patient at the bedside before "
                    "escalating",
                    "NAM, 2025 | BLS OOH 2024");
  g_assert_cmpstr (fw_source_get_title (fw_document_find_source (document, "src-bls-ooh-2024")),
                   ==, "Occupational Outlook Handbook \xe2\x80\x94 Registered Nurses, "
                   "2024 edition");
  g_assert_cmpuint (store_length (fw_level_get_ai_statements (fw_document_get_level (document, 2))),
                    ==, 0);
  /* A chip nothing on the page explains is read as well as possible and reported. */
  g_assert_cmpuint (count_warnings_containing (warnings, "unknown citation label"), ==, 1);

  /* Durable skills in another order, with other counts. */
  g_assert_cmpuint (store_length (fw_document_get_domains (document)), ==, 3);
  for (guint d = 0; d < G_N_ELEMENTS (domains); d++)
    {
      g_autoptr(FwDomain) domain =
        g_list_model_get_item (G_LIST_MODEL (fw_document_get_domains (document)), d);

      g_assert_cmpstr (fw_domain_get_name (domain), ==, domains[d]);
    }
  assert_statement (document,
                    fw_domain_get_cell (find_domain (document, "Fortitude"), FW_DURABLE_APPLYING),
                    0, "Code response composure",
                    "performs assigned roles calmly during cardiac arrests and rapid responses",
                    "Pathsmith Durable Skills | O*NET v30.2");
  g_assert_true (has_warning (warnings, "registered-nurses.txt:66: warning: domain \"Fortitude\" "
                              "declares 3 statements but lists 2"));
  g_assert_true (has_warning (warnings, "registered-nurses.txt:66: warning: domain \"Fortitude\" "
                              "has no Developing statements"));
  g_assert_true (has_warning (warnings, "registered-nurses.txt:71: warning: domain \"Fortitude\" "
                              "has no Exceeding statements"));
  g_assert_true (has_warning (warnings, "registered-nurses.txt:72: warning: domain "
                              "\"Communication\" declares 5 statements but lists 4"));
  g_assert_cmpuint (count_warnings_containing (warnings, "\"Character\""), ==, 0);

  /* Evidence without a quadrant; keys in any case; "1,204". */
  evidence = fw_document_get_evidence (document);
  g_assert_false (fw_evidence_has (evidence, "quadrant"));
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "task-observations"), 1204,
                                  1e-9);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "augment-share"), 12.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "ai-autonomy"), 2.1, 1e-9);
  g_assert_cmpstr (fw_evidence_get_string (evidence, "wef-id"), ==, "care_and_empathy");

  /* O*NET: no RAPIDS, names with capitals inside, a task not in O*NET, a bad CIP remainder. */
  onet = fw_document_get_onet (document);
  g_assert_cmpint (fw_onet_get_anchor_count (onet), ==, 41);
  g_assert_cmpuint (store_length (fw_onet_get_apprenticeships (onet)), ==, 0);
  assert_strv (fw_onet_get_strv (onet, "technology"), technology);
  assert_strv (fw_onet_get_strv (onet, "work-styles"), work_styles);
  g_assert_cmpstr (fw_onet_get_strv (onet, "related-titles")[3], ==,
                   "Clinical Nurse (Intensive Care Unit, ICU)");
  tasks = G_LIST_MODEL (fw_onet_get_tasks (onet));
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      static const char * const ids[] = { "1841", "20413", "1839", NULL };
      g_autoptr(FwTask) task = g_list_model_get_item (tasks, i);

      g_assert_cmpstr (fw_task_get_task_id (task), ==, ids[i]);
    }
  g_assert_cmpuint (g_strv_length ((char **) fw_onet_get_strv (onet, "cip-codes")), ==, 2);
  g_assert_true (has_warning (warnings, "registered-nurses.txt:107: warning: CIP codes: \"51.38\" "
                              "is not a code of the form NN.NNNN; skipped"));
  g_assert_cmpuint (count_warnings_containing (warnings, "skipped line"), ==, 0);
}

static void
test_clipboard (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (text == NULL)
    return;

  document = fw_page_parse_text (text, -1, warnings, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_cmpstr (fw_document_get_soc (document), ==, "29-2034.00");
  g_assert_true (has_warning (warnings, "<clipboard>:96: warning: domain \"Communication\" "
                              "declares 12 statements but lists 9"));

  g_clear_object (&document);
  document = fw_page_parse_text ("Radiologic Technologists\nnot a page\n", -1, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, FW_ERROR, FW_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "<clipboard>:1:1: error: not a framework page"));
}

/* ---------------------------------------------------------------------------------------- */
/* Errors                                                                                   */

static void
test_error_empty (void)
{
  assert_error ("", 0, FW_ERROR_INVALID, "bad.txt:1:1: error: not a framework page: the input "
                "is empty");
  assert_error ("\xef\xbb\xbf  \r\n\n \t\n", 9, FW_ERROR_INVALID,
                "bad.txt:1:1: error: not a framework page: the input is empty");
}

static void
test_error_not_a_page (void)
{
  const char *text = "Dear hiring manager,\nI am applying for the radiology position.\n";

  assert_error (text, strlen (text), FW_ERROR_INVALID,
                "bad.txt:1:1: error: not a framework page: there is no \"SOC\" line");
  text = "{\"schemaVersion\": \"1.0\"}";
  assert_error (text, strlen (text), FW_ERROR_INVALID, "bad.txt:1:1: error: not a framework page");
}

static void
test_error_no_title (void)
{
  const char *text = "Sign in\n\nSOC 29-2034.00Job Zone 3 \xc2\xb7 Medium Preparationv.26.05\n";

  assert_error (text, strlen (text), FW_ERROR_INVALID,
                "bad.txt:3:1: error: not a framework page: there is no occupation title");
}

static void
test_error_invalid_utf8 (void)
{
  const char *text = "Radiologic Technologists\n\nSOC 29-\xff" "2034.00\n";

  /* Line 3, column 8: the position of the bad byte, in characters. */
  assert_error (text, strlen (text), FW_ERROR_PARSE, "bad.txt:3:8: error: invalid UTF-8");
  text = "Caf\xc3\xa9 workers\n\xc3\xa9\xc3\xa9\xc3\n";
  assert_error (text, strlen (text), FW_ERROR_PARSE, "bad.txt:2:3: error: invalid UTF-8");
}

static void
test_error_nul (void)
{
  static const char text[] = "Radiologic Technologists\nSOC 29-2034.00\0Job Zone 3\n";

  assert_error (text, sizeof text - 1, FW_ERROR_PARSE, "bad.txt:2:15: error: the page contains "
                "a NUL byte");
}

static void
test_error_truncated (void)
{
  g_autofree char *text = load_sample (NULL);
  const char *cut;

  if (text == NULL)
    return;

  /* Cut before the levels. */
  cut = strstr (text, "\nEmerging\n");
  assert_error (text, cut - text, FW_ERROR_INVALID, "bad.txt:8:1: error: truncated page: no "
                "proficiency levels");
  /* Cut after the first level's label and role. */
  cut = strstr (text, "  1. Imaging equipment");
  assert_error (text, cut - text, FW_ERROR_INVALID, "bad.txt:11:1: error: truncated page: the "
                "proficiency levels list no statements");
  /* Cut in the middle of the SOC line. */
  cut = strstr (text, "29-20");
  assert_error (text, cut - text + 5, FW_ERROR_INVALID, "bad.txt:1:1: error: not a framework "
                "page");
}

static void
test_error_garbage (void)
{
  const gsize size = 10 * 1024 * 1024;
  g_autofree char *text = g_malloc (size);
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);

  /* Printable ASCII with newlines: not a page. */
  for (gsize i = 0; i < size; i++)
    text[i] = g_rand_int_range (rand, 0, 40) == 0 ? '\n' : (char) g_rand_int_range (rand, 32, 127);
  assert_error (text, size, FW_ERROR_INVALID, "bad.txt:1:1: error: not a framework page");

  /* Random bytes: not UTF-8. */
  for (gsize i = 0; i < size; i++)
    text[i] = (char) g_rand_int_range (rand, 1, 256);
  assert_error (text, size, FW_ERROR_PARSE, "bad.txt:");

  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 30.0);
}

static void
test_error_garbage_after_header (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autoptr(GString) page = NULL;
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  if (text == NULL)
    return;

  /* A real page followed by 4 MB of junk lines: imported, with a bounded number of warnings. */
  page = g_string_new (text);
  while (page->len < 4 * 1024 * 1024)
    {
      g_string_append_c (page, '\n');
      for (guint i = 0; i < 60; i++)
        g_string_append_c (page, (char) g_rand_int_range (rand, 'a', 'z' + 1));
    }
  document = read_ok (page->str, page->len, "page.txt", warnings);
  g_assert_cmpuint (store_length (fw_document_get_domains (document)), ==, 10);
  g_assert_cmpuint (warnings->len, <=, 1001);
  g_assert_true (g_str_has_suffix (((FwDiagnostic *) g_ptr_array_index (
                                      warnings, warnings->len - 1))->message,
                                   "more warnings were not shown"));
}

static void
test_error_too_large (void)
{
  const gsize size = FW_MAX_FILE_SIZE + 1;
  g_autofree char *text = g_malloc (size);

  memset (text, 'a', size);
  assert_error (text, size, FW_ERROR_TOO_LARGE, "bad.txt: error: the page is larger than 32 MiB");
}

static void
test_error_statement_too_long (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autofree char *long_body = NULL;
  g_autofree char *edited = NULL;

  if (text == NULL)
    return;

  long_body = g_strnfill (5000, 'x');
  edited = replace_once (text, "in a clinical radiology department.", long_body);
  assert_error (edited, strlen (edited), FW_ERROR_INVALID,
                "bad.txt:12:1: error: statement longer than 4096 bytes");
}

/* A page header and one level, to which a test appends what it needs. */
static GString *
page_start (void)
{
  return g_string_new ("Electricians\nSOC 47-2111.00Job Zone 3 \xc2\xb7 Medium "
                       "Preparationv.26.01\nEmerging\nApprentice\n"
                       "  1. Residential wiring \xe2\x80\x94 install branch circuits.\n");
}

static void
test_error_limits (void)
{
  g_autoptr(GString) page = page_start ();
  g_autoptr(GString) many = page_start ();

  /* Far more domains or statements than a page holds is refused, with where. */
  for (guint i = 1; i <= 300; i++)
    g_string_append_printf (page, "%uDomain %c%c1 statements\nEmerging\n  1. A \xe2\x80\x94 b.\n",
                            i % 100, 'a' + i / 26, 'a' + i % 26);
  assert_error (page->str, page->len, FW_ERROR_TOO_LARGE,
                "bad.txt:774:1: error: more than 256 durable-skill domains");

  for (guint i = 0; i < 20001; i++)
    g_string_append (many, "  2. Conduit \xe2\x80\x94 bend it.\n");
  assert_error (many->str, many->len, FW_ERROR_TOO_LARGE,
                "bad.txt:20005:1: error: more than 20000 statements");
}

static void
test_adversarial_lines (void)
{
  g_autoptr(GString) chips = page_start ();
  g_autoptr(GString) glued = page_start ();
  g_autoptr(GString) titles = page_start ();
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  FwStatement *statement;

  /* One statement followed by 100 000 chips: the first 64 are read, the rest reported. */
  g_string_append (chips, "Developing\nJourneyman\n  1. Blueprints \xe2\x80\x94 read them");
  for (guint i = 0; i < 100000; i++)
    g_string_append (chips, " NEC 2023NEC 2023 National Electrical Code. Opens in new tab.");
  g_string_append (chips, "\nSources: NEC. \xc2\xa9 2026 Example.\n");
  document = read_ok (chips->str, chips->len, "chips.txt", warnings);
  statement = get_statement (fw_level_get_statements (fw_document_get_level (document, 1)), 0);
  g_assert_cmpstr (fw_statement_get_body (statement), ==, "read them");
  g_assert_cmpuint (g_strv_length ((char **) fw_statement_get_citations (statement)), ==, 1);
  g_assert_cmpuint (count_warnings_containing (warnings, "skipped text after the citations"),
                    ==, 1);
  g_clear_object (&document);

  /* A glued list of two million items and a line of a million related titles. */
  g_string_append (glued, "O*NET skills\n");
  for (guint i = 0; i < 2000000; i++)
    g_string_append (glued, "aB");
  g_string_append (glued, "\nSources: x. \xc2\xa9 2026 Example.\n");
  g_ptr_array_set_size (warnings, 0);
  document = read_ok (glued->str, glued->len, "glued.txt", warnings);
  g_assert_cmpuint (g_strv_length ((char **) fw_onet_get_strv (fw_document_get_onet (document),
                                                               "skills")), ==, 10000);
  g_assert_cmpuint (count_warnings_containing (warnings, "list longer than 10000 items"), ==, 1);
  g_clear_object (&document);

  g_string_append (titles, "Related titles\n");
  for (guint i = 0; i < 1000000; i++)
    g_string_append (titles, "x \xc2\xb7 ");
  g_string_append (titles, "\nSources: x. \xc2\xa9 2026 Example.\n");
  document = read_ok (titles->str, titles->len, "titles.txt", NULL);
  g_assert_cmpuint (g_strv_length ((char **) fw_onet_get_strv (fw_document_get_onet (document),
                                                               "related-titles")), ==, 10000);

  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 20.0);
}

/* ---------------------------------------------------------------------------------------- */
/* Robustness                                                                               */

static void
read_anything (const char *text,
               gsize       length)
{
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = fw_page_text_read (text, length, "x.txt", warnings, &error);

  /* Either a document or an error with a location, never both and never neither. */
  g_assert_true ((document != NULL) != (error != NULL));
  if (error != NULL)
    g_assert_true (g_str_has_prefix (error->message, "x.txt"));
}

static void
test_robust_truncations (void)
{
  g_autofree char *text = load_sample (NULL);
  gsize length;

  if (text == NULL)
    return;

  length = strlen (text);
  for (gsize cut = 0; cut < length; cut += 997)
    read_anything (text, cut);
}

static void
test_robust_mutations (void)
{
  g_autofree char *text = load_sample (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (1234);
  static const char * const inserts[] = {
    "\n", "Emerging\n", " Opens in new tab.", "1Communication", "\xe2\x80\x94", "  1. ",
    "Sources:", "\xc2\xa9", "WEF cluster\n", "SOC 11-1011.00", "Tasks", "(", ")",
  };
  gsize length;

  if (text == NULL)
    return;

  length = strlen (text);
  for (guint round = 0; round < 40; round++)
    {
      g_autoptr(GString) mutated = g_string_new_len (text, length);

      for (guint m = 0; m < 8; m++)
        {
          gsize at = g_rand_int_range (rand, 0, mutated->len);
          gsize span = g_rand_int_range (rand, 1, 400);
          guint which = g_rand_int_range (rand, 0, G_N_ELEMENTS (inserts));

          if (g_rand_boolean (rand))
            g_string_insert (mutated, at, inserts[which]);
          else
            g_string_erase (mutated, at, MIN (span, mutated->len - at));
        }
      if (g_utf8_validate_len (mutated->str, mutated->len, NULL))
        read_anything (mutated->str, mutated->len);
    }
}

/* ---------------------------------------------------------------------------------------- */
/* The shipped O*NET data                                                                   */

static FwOnetData *
load_shipped_onet (void)
{
  g_autofree char *dir = g_build_filename (g_getenv ("FW_DATA_DIR"), "onet", NULL);
  g_autoptr(GError) error = NULL;
  FwOnetData *data = fw_onet_data_load (dir, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);
  return data;
}

static void
test_onet_data_lookups (void)
{
  g_autoptr(FwOnetData) data = load_shipped_onet ();

  g_assert_cmpuint (fw_onet_data_get_n_tasks (data), >, 18000);
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
  g_assert_cmpstr (fw_onet_data_get_major_group (data, "15-1252.00"), ==,
                   "Computer & Mathematical");
  g_assert_null (fw_onet_data_get_major_group (data, "x"));

  /* Without data, lookups find nothing. */
  g_assert_null (fw_onet_data_find_task_id (NULL, "29-2034.00", "Transport patients."));
  g_assert_false (fw_onet_data_has_task_id (NULL, "22815"));
  g_assert_null (fw_onet_data_get_title (NULL, "29-1141.00"));
  g_assert_nonnull (fw_onet_data_get_default ());
}

static void
test_onet_data_split_glued (void)
{
  g_autoptr(FwOnetData) data = load_shipped_onet ();
  const char *glued = "Microsoft PowerPointIBM SPSS StatisticsMedical softwareHealthcare common "
                      "procedure coding system HCPCSSpreadsheet software";
  static const char * const expected[] = {
    "Microsoft PowerPoint", "IBM SPSS Statistics", "Medical software",
    "Healthcare common procedure coding system HCPCS", "Spreadsheet software", NULL,
  };
  g_auto(GStrv) items = fw_onet_data_split_glued (data, glued, 0, NULL);
  g_auto(GStrv) plain = fw_onet_data_split_glued (NULL, "Operation and ControlJudgment and "
                                                  "Decision MakingWriting", 0, NULL);
  g_auto(GStrv) naive = fw_onet_data_split_glued (NULL, glued, 0, NULL);
  g_auto(GStrv) limited = NULL;
  gboolean truncated = FALSE;

  assert_strv ((const char * const *) items, expected);
  assert_strv ((const char * const *) plain,
               (const char * const []) { "Operation and Control", "Judgment and Decision Making",
                                         "Writing", NULL });
  /* The lowercase/uppercase rule alone cuts "PowerPoint" apart: the names are needed. */
  g_assert_cmpstr (naive[0], ==, "Microsoft Power");

  limited = fw_onet_data_split_glued (data, glued, 2, &truncated);
  g_assert_cmpuint (g_strv_length (limited), ==, 2);
  g_assert_true (truncated);
}

static void
test_onet_data_table_format (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fw-onet-XXXXXX", NULL);
  g_autofree char *tasks = g_build_filename (dir, "tasks.tsv", NULL);
  g_autofree char *titles = g_build_filename (dir, "occupations.tsv", NULL);
  g_autoptr(FwOnetData) data = NULL;
  g_autoptr(GError) error = NULL;

  /* A byte-order mark, CRLF, columns in another order and an extra column. */
  g_assert_true (g_file_set_contents (tasks,
                                      "\xef\xbb\xbfTask\tExtra\tTask ID\tO*NET-SOC Code\r\n"
                                      "Fix pipes.\tx\t77\t47-2152.00\r\n"
                                      "Read blueprints.\ty\t78\t47-2152.00\r\n", -1, NULL));
  g_assert_true (g_file_set_contents (titles, "Title\tO*NET-SOC Code\n"
                                      "Plumbers, Pipefitters, and Steamfitters\t47-2152.00\n",
                                      -1, NULL));
  data = fw_onet_data_load (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fw_onet_data_get_n_tasks (data), ==, 2);
  g_assert_cmpstr (fw_onet_data_find_task_id (data, "47-2152.00", "read blueprints."), ==, "78");
  g_assert_cmpstr (fw_onet_data_get_title (data, "47-2152.00"), ==,
                   "Plumbers, Pipefitters, and Steamfitters");
  g_assert_null (fw_onet_data_get_major_group (data, "47-2152.00"));
  g_clear_pointer (&data, fw_onet_data_free);

  /* A missing column is an error that names it. */
  g_assert_true (g_file_set_contents (tasks, "O*NET-SOC Code\tTask\n47-2152.00\tFix pipes.\n",
                                      -1, NULL));
  data = fw_onet_data_load (dir, &error);
  g_assert_null (data);
  g_assert_error (error, FW_ERROR, FW_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "no column \"Task ID\""));
  g_clear_error (&error);

  /* No tasks.tsv at all. */
  g_assert_cmpint (g_remove (tasks), ==, 0);
  g_assert_cmpint (g_remove (titles), ==, 0);
  data = fw_onet_data_load (dir, &error);
  g_assert_null (data);
  g_assert_error (error, FW_ERROR, FW_ERROR_IO);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/page-text/sample/levels-match-export", test_sample_levels_match_export);
  g_test_add_func ("/page-text/sample/nsx-export", test_sample_nsx_export);
  g_test_add_func ("/page-text/sample/header", test_sample_header);
  g_test_add_func ("/page-text/sample/ai-fluency", test_sample_ai_fluency);
  g_test_add_func ("/page-text/sample/sources", test_sample_sources);
  g_test_add_func ("/page-text/sample/durable-skills", test_sample_durable_skills);
  g_test_add_func ("/page-text/sample/evidence", test_sample_evidence);
  g_test_add_func ("/page-text/sample/onet", test_sample_onet);
  g_test_add_func ("/page-text/sample/warnings", test_sample_warnings);
  g_test_add_func ("/page-text/sample/stable-ids", test_sample_stable_ids);
  g_test_add_func ("/page-text/variant/no-quadrant", test_variant_no_quadrant);
  g_test_add_func ("/page-text/variant/missing-evidence-lines",
                   test_variant_missing_evidence_lines);
  g_test_add_func ("/page-text/variant/no-rapids", test_variant_no_rapids);
  g_test_add_func ("/page-text/variant/empty-level", test_variant_empty_level);
  g_test_add_func ("/page-text/variant/line-endings-and-spaces",
                   test_variant_line_endings_and_spaces);
  g_test_add_func ("/page-text/variant/glued-role-labels", test_variant_glued_role_labels);
  g_test_add_func ("/page-text/variant/skipped-line", test_variant_skipped_line);
  g_test_add_func ("/page-text/variant/low-confidence", test_variant_low_confidence);
  g_test_add_func ("/page-text/variant/missing-footer", test_variant_missing_footer);
  g_test_add_func ("/page-text/variant/repeated-domain", test_variant_repeated_domain);
  g_test_add_func ("/page-text/second-page", test_second_page);
  g_test_add_func ("/page-text/clipboard", test_clipboard);
  g_test_add_func ("/page-text/error/empty", test_error_empty);
  g_test_add_func ("/page-text/error/not-a-page", test_error_not_a_page);
  g_test_add_func ("/page-text/error/no-title", test_error_no_title);
  g_test_add_func ("/page-text/error/invalid-utf8", test_error_invalid_utf8);
  g_test_add_func ("/page-text/error/nul", test_error_nul);
  g_test_add_func ("/page-text/error/truncated", test_error_truncated);
  g_test_add_func ("/page-text/error/garbage", test_error_garbage);
  g_test_add_func ("/page-text/error/garbage-after-page", test_error_garbage_after_header);
  g_test_add_func ("/page-text/error/too-large", test_error_too_large);
  g_test_add_func ("/page-text/error/statement-too-long", test_error_statement_too_long);
  g_test_add_func ("/page-text/error/limits", test_error_limits);
  g_test_add_func ("/page-text/robust/adversarial-lines", test_adversarial_lines);
  g_test_add_func ("/page-text/robust/truncations", test_robust_truncations);
  g_test_add_func ("/page-text/robust/mutations", test_robust_mutations);
  g_test_add_func ("/page-text/onet-data/lookups", test_onet_data_lookups);
  g_test_add_func ("/page-text/onet-data/split-glued", test_onet_data_split_glued);
  g_test_add_func ("/page-text/onet-data/table-format", test_onet_data_table_format);

  return g_test_run ();
}
