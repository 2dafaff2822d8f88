/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "fw-formats.h"
#include "fw-io.h"
#include "fw-test-digest.h"
#include "fw-test-util.h"

#define HTML_NAME "radiologic.html"

/* ---------------------------------------------------------------------------------------- */
/* Helpers                                                                                  */

static char *
page_data_path (const char *name)
{
  const char *dir = g_getenv ("FW_TEST_DATA");

  g_assert_nonnull (dir);
  return g_build_filename (dir, "page", name, NULL);
}

static char *
load_text (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

static char *
load_page (const char *name,
           gsize      *length)
{
  g_autofree char *path = page_data_path (name);

  return load_text (path, length);
}

static GPtrArray *
new_warnings (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);
}

static FwDocument *
read_ok (const char *html,
         gsize       length,
         const char *filename,
         GPtrArray  *warnings)
{
  g_autoptr(GError) error = NULL;
  FwDocument *document = fw_page_html_read (html, length, filename, warnings, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static FwDocument *
read_page (const char *name,
           GPtrArray  *warnings)
{
  gsize length = 0;
  g_autofree char *html = load_page (name, &length);

  return read_ok (html, length, name, warnings);
}

static void
assert_error (const char  *html,
              gsize        length,
              FwErrorCode  code,
              const char  *expected_prefix)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = fw_page_html_read (html, length, "bad.html", NULL, &error);

  g_assert_null (document);
  g_assert_error (error, FW_ERROR, (int) code);
  if (!g_str_has_prefix (error->message, expected_prefix))
    g_error ("expected an error starting \"%s\", got \"%s\"", expected_prefix, error->message);
}

static gboolean
has_warning (GPtrArray  *warnings,
             const char *formatted)
{
  for (guint i = 0; i < warnings->len; i++)
    {
      g_autofree char *line = fw_diagnostic_format (g_ptr_array_index (warnings, i));

      if (g_strcmp0 (line, formatted) == 0)
        return TRUE;
    }

  return FALSE;
}

static guint
store_length (gpointer store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

static FwStatement *
get_statement (GListStore *store,
               guint       position)
{
  g_autoptr(FwStatement) statement = g_list_model_get_item (G_LIST_MODEL (store), position);

  g_assert_nonnull (statement);
  return statement;
}

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
      g_string_append_printf (out, "%s%s", i > 0 ? " | " : "", fw_source_get_short_label (source));
    }

  return g_strdup (out->str);
}

static char *
sample_digest (void)
{
  g_autoptr(FwDocument) document = read_page (HTML_NAME, NULL);

  return document_digest (document);
}

/* ---------------------------------------------------------------------------------------- */
/* The sample page as HTML                                                                  */

static void
test_sample_levels (void)
{
  g_autoptr(FwDocument) document = read_page (HTML_NAME, NULL);
  const char *shared = g_getenv ("FW_SHARED_DIR");
  g_autofree char *oracle_path = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *levels;

  g_assert_cmpstr (fw_document_get_title (document), ==,
                   "Radiologic Technologists and Technicians");
  g_assert_cmpstr (fw_document_get_soc (document), ==, "29-2034.00");
  g_assert_cmpint (fw_document_get_job_zone (document), ==, 3);
  g_assert_cmpstr (fw_document_get_job_zone_label (document), ==, "Medium Preparation");
  g_assert_cmpstr (fw_document_get_version (document), ==, "v.26.05");
  g_assert_cmpint (fw_document_get_origin (document), ==, FW_ORIGIN_PAGE);

  if (shared == NULL)
    {
      g_test_skip ("FW_SHARED_DIR is not set");
      return;
    }
  oracle_path = g_build_filename (shared, "samples", "nsx-export-radiologic-technologists.json",
                                  NULL);
  json_parser_load_from_file (parser, oracle_path, &error);
  g_assert_no_error (error);
  levels = json_object_get_object_member (
    json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                   "framework"), "levels");
  g_assert_cmpstr (fw_document_get_context_covered (document), ==,
                   json_object_get_string_member (
                     json_object_get_object_member (
                       json_node_get_object (json_parser_get_root (parser)), "framework"),
                     "contextCovered"));

  /* Headline and body are elements of their own: nothing is guessed. */
  for (guint k = 0; k < FW_N_LEVELS; k++)
    {
      JsonArray *statements = json_object_get_array_member (
        json_object_get_object_member (levels, fw_level_key_to_string (k)), "statements");
      GListStore *store = fw_level_get_statements (fw_document_get_level (document, k));

      g_assert_cmpuint (store_length (store), ==, 10);
      for (guint i = 0; i < store_length (store); i++)
        {
          FwStatement *statement = get_statement (store, i);
          g_autofree char *text = fw_statement_to_text (statement);

          g_assert_cmpstr (text, ==, json_array_get_string_element (statements, i));
          g_assert_cmpfloat (fw_statement_get_split_confidence (statement), ==, 1.0);
        }
    }
}

static void
test_sample_same_as_text (void)
{
  const char *shared = g_getenv ("FW_SHARED_DIR");
  g_autofree char *text_path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) from_text = NULL;
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;
  gsize length;

  if (shared == NULL)
    {
      g_test_skip ("FW_SHARED_DIR is not set");
      return;
    }

  /* The saved page and the copied page give the same framework, down to statement ids. */
  text_path = g_build_filename (shared, "samples", "nsx-page-radiologic-technologists.txt", NULL);
  text = load_text (text_path, &length);
  from_text = fw_page_text_read (text, length, "page.txt", NULL, &error);
  g_assert_no_error (error);
  want = document_digest (from_text);
  got = sample_digest ();
  g_assert_cmpstr (got, ==, want);
}

static void
test_sample_citations (void)
{
  g_autoptr(FwDocument) document = read_page (HTML_NAME, NULL);
  static const guint ai_counts[] = { 2, 3, 4, 3 };
  FwStatement *statement;
  FwSource *source;
  g_autofree char *labels = NULL;
  g_autoptr(FwDomain) character = NULL;

  for (guint k = 0; k < FW_N_LEVELS; k++)
    g_assert_cmpuint (store_length (fw_level_get_ai_statements (fw_document_get_level (document,
                                                                                       k))),
                      ==, ai_counts[k]);

  statement = get_statement (fw_level_get_ai_statements (fw_document_get_level (document, 2)), 2);
  labels = citation_labels (document, statement);
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "Abnormality triage handoff");
  /* "&mdash;" in the HTML is the separator, decoded. */
  g_assert_true (g_str_has_prefix (fw_statement_get_body (statement), "routes AI-generated"));
  g_assert_cmpstr (labels, ==, "Anthropic Economic Index | Jadhav & Danve, 2026");

  /* The link's address is the source's address; its title attribute the full title. */
  source = fw_document_find_source (document, "src-jadhav-danve-2026");
  g_assert_nonnull (source);
  g_assert_cmpstr (fw_source_get_short_label (source), ==, "Jadhav & Danve, 2026");
  g_assert_cmpstr (fw_source_get_title (source), ==, "Skill Automation Feasibility Index "
                   "\xe2\x80\x94 Jadhav & Danve, 2026 (arXiv:2604.06906)");
  g_assert_cmpstr (fw_source_get_url (source), ==, "https://arxiv.org/abs/2604.06906");
  g_assert_cmpuint (store_length (fw_document_get_sources (document)), ==, 5);

  g_assert_cmpuint (store_length (fw_document_get_domains (document)), ==, 10);
  character = g_list_model_get_item (G_LIST_MODEL (fw_document_get_domains (document)), 5);
  g_assert_cmpstr (fw_domain_get_name (character), ==, "Character");
  g_assert_cmpuint (fw_domain_count_statements (character), ==, 7);
  statement = get_statement (fw_domain_get_cell (character, FW_DURABLE_DEVELOPING), 1);
  g_clear_pointer (&labels, g_free);
  labels = citation_labels (document, statement);
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "Confidentiality adherence");
  g_assert_cmpstr (labels, ==, "Pathsmith Durable Skills | O*NET v30.2");
}

static void
test_sample_warnings (void)
{
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = read_page (HTML_NAME, warnings);

  /* Lines are those of the HTML source. */
  g_assert_true (has_warning (warnings, HTML_NAME ":142: warning: domain \"Communication\" "
                              "declares 12 statements but lists 9"));
  g_assert_true (has_warning (warnings, HTML_NAME ":166: warning: domain \"Leadership\" "
                              "declares 10 statements but lists 9"));
  g_assert_true (has_warning (warnings, HTML_NAME ":214: warning: domain \"Critical Thinking\" "
                              "declares 10 statements but lists 9"));
  g_assert_true (has_warning (warnings, HTML_NAME ":262: warning: domain \"Character\" "
                              "declares 9 statements but lists 7"));
  g_assert_true (has_warning (warnings, HTML_NAME ":263: warning: domain \"Character\" "
                              "has no Emerging statements"));
  /* Headlines are marked up, so there is no low-confidence split; chrome is not reported. */
  g_assert_cmpuint (warnings->len, ==, 5);
}

static void
test_variant_no_quadrant (void)
{
  g_autoptr(FwDocument) document = read_page ("radiologic-no-quadrant.html", NULL);
  FwEvidence *evidence = fw_document_get_evidence (document);

  g_assert_false (fw_evidence_has (evidence, "quadrant"));
  g_assert_null (fw_evidence_get_string (evidence, "quadrant"));
  g_assert_cmpstr (fw_evidence_get_string (evidence, "precision"), ==, "exact");
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "safi-score"), 42.2, 1e-9);
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (evidence, "task-observations"), 35,
                                  1e-9);
  g_assert_cmpstr (fw_evidence_get_string (evidence, "wef-label"), ==,
                   "Human-Technology Interaction");
}

static void
test_variant_empty_level (void)
{
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = read_page ("radiologic-empty-level.html", warnings);
  FwLevel *proficient = fw_document_get_level (document, FW_LEVEL_PROFICIENT);

  g_assert_cmpuint (store_length (fw_level_get_statements (proficient)), ==, 0);
  g_assert_cmpstr (fw_level_get_role_label (proficient), ==, "Senior / Expert IC");
  g_assert_cmpuint (store_length (fw_level_get_ai_statements (proficient)), ==, 4);
  g_assert_cmpuint (store_length (fw_level_get_statements (
                                    fw_document_get_level (document, FW_LEVEL_ADVANCED))), ==, 10);
  g_assert_true (has_warning (warnings, "radiologic-empty-level.html:55: warning: level "
                              "\"Proficient\" has no statements"));
}

static void
test_variant_no_rapids (void)
{
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = read_page ("radiologic-no-rapids.html", warnings);
  FwOnet *onet = fw_document_get_onet (document);

  g_assert_cmpuint (store_length (fw_onet_get_apprenticeships (onet)), ==, 0);
  g_assert_cmpuint (g_strv_length ((char **) fw_onet_get_strv (onet, "related-titles")), ==, 12);
  g_assert_cmpuint (g_strv_length ((char **) fw_onet_get_strv (onet, "skills")), ==, 14);
  g_assert_cmpuint (g_strv_length ((char **) fw_onet_get_strv (onet, "technology")), ==, 10);
  g_assert_cmpuint (store_length (fw_onet_get_tasks (onet)), ==, 8);
  g_assert_cmpuint (warnings->len, ==, 5);
}

/* ---------------------------------------------------------------------------------------- */
/* Untrusted HTML                                                                           */

static void
test_hostile_external_entity (void)
{
  g_autofree char *html = load_page (HTML_NAME, NULL);
  g_autofree char *dir = g_dir_make_tmp ("fw-html-XXXXXX", NULL);
  g_autofree char *secret = g_build_filename (dir, "secret.txt", NULL);
  g_autofree char *doctype = NULL;
  g_autofree char *step = NULL;
  g_autofree char *hostile = NULL;
  g_autofree char *digest = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = NULL;

  g_assert_true (g_file_set_contents (secret, "SECRET-MARKER-7c1f", -1, NULL));
  doctype = g_strdup_printf ("<!DOCTYPE html [\n"
                             "<!ENTITY x SYSTEM \"file://%s\">\n"
                             "<!ENTITY p SYSTEM \"file:///etc/passwd\">\n"
                             "<!ENTITY y \"INTERNAL-EXPANSION\">\n"
                             "]>", secret);
  step = test_replace_once (html, "<!DOCTYPE html>", doctype);
  hostile = test_replace_once (step, "<strong>Context covered</strong>",
                          "<strong>Context covered</strong>&x;&p;&y;");

  document = fw_page_html_read (hostile, strlen (hostile), "x.html", NULL, &error);
  g_assert_no_error (error);
  digest = document_digest (document);

  /* Nothing was read or expanded: the references stay as written. */
  g_assert_null (strstr (digest, "SECRET-MARKER"));
  g_assert_null (strstr (digest, "root:"));
  g_assert_null (strstr (fw_document_get_context_covered (document), "INTERNAL-EXPANSION"));
  g_assert_true (g_str_has_prefix (fw_document_get_context_covered (document), "&x;&p;&y;This"));

  g_assert_cmpint (g_remove (secret), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_hostile_billion_laughs (void)
{
  g_autofree char *html = load_page (HTML_NAME, NULL);
  g_autoptr(GString) doctype = g_string_new ("<!DOCTYPE html [\n<!ENTITY lol \"lol\">\n");
  g_autofree char *step = NULL;
  g_autofree char *hostile = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = NULL;

  for (guint i = 1; i <= 9; i++)
    {
      g_string_append_printf (doctype, "<!ENTITY lol%u \"", i);
      for (guint j = 0; j < 10; j++)
        g_string_append_printf (doctype, i == 1 ? "&lol;" : "&lol%u;", i - 1);
      g_string_append (doctype, "\">\n");
    }
  g_string_append (doctype, "]>");
  step = test_replace_once (html, "<!DOCTYPE html>", doctype->str);
  hostile = test_replace_once (step, "<strong>Context covered</strong>",
                          "<strong>Context covered</strong>&lol9;");

  g_timer_start (timer);
  document = fw_page_html_read (hostile, strlen (hostile), "lol.html", NULL, &error);
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 1.0);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (fw_document_get_context_covered (document)), <, 1000);
  g_assert_true (g_str_has_prefix (fw_document_get_context_covered (document), "&lol9;This"));
}

static void
test_hostile_network (void)
{
  g_autofree char *html = load_page (HTML_NAME, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocket) server = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) local = NULL;
  g_autoptr(GSocket) client = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autofree char *doctype = NULL;
  g_autofree char *step = NULL;
  g_autofree char *hostile = NULL;
  guint port;

  server = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP,
                         &error);
  if (server == NULL || !g_socket_bind (server, address, TRUE, &error) ||
      !g_socket_listen (server, &error))
    {
      g_test_skip ("cannot listen on the loopback interface");
      return;
    }
  local = g_socket_get_local_address (server, &error);
  g_assert_no_error (error);
  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (local));

  /* A DTD, an external entity, a stylesheet and an image, all on a server that listens. */
  doctype = g_strdup_printf ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
                             "\"http://127.0.0.1:%u/evil.dtd\" [\n"
                             "<!ENTITY net SYSTEM \"http://127.0.0.1:%u/entity\">\n]>",
                             port, port);
  step = test_replace_once (html, "<!DOCTYPE html>", doctype);
  g_free (hostile);
  hostile = g_strdup_printf ("%s<link rel=\"stylesheet\" href=\"http://127.0.0.1:%u/a.css\">"
                             "<img src=\"http://127.0.0.1:%u/a.png\">&net;", step, port, port);

  document = fw_page_html_read (hostile, strlen (hostile), "net.html", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fw_document_get_soc (document), ==, "29-2034.00");
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 1.0);

  /* Nobody connected. */
  g_socket_set_blocking (server, FALSE);
  client = g_socket_accept (server, NULL, &error);
  g_assert_null (client);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK);
}

static void
test_hostile_script (void)
{
  g_autofree char *html = load_page (HTML_NAME, NULL);
  g_autofree char *want = sample_digest ();
  g_autofree char *step1 = NULL;
  g_autofree char *step2 = NULL;
  g_autofree char *step3 = NULL;
  g_autofree char *got = NULL;
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = NULL;

  /* Scripts (and their cousins) that would add statements, sections and sources. */
  step1 = test_replace_once (html, "<ol class=\"statements\">",
                        "<ol class=\"statements\"><script>document.write('<li>Injected "
                        "headlineinjected body</li>')</script>");
  step2 = test_replace_once (step1, "<h2>Evidence pack</h2>",
                        "<h2>Evidence pack</h2><script type=\"text/javascript\">\nQuadrant: "
                        "Q9_injected\nSOC 11-1011.00\n</script><noscript>Quadrant: Q8</noscript>"
                        "<template><p>Score: 1 / 100</p></template><style>p{}</style>");
  step3 = test_replace_once (step2, "<footer class=\"site-footer\">",
                        "<footer class=\"site-footer\"><script>Sources: Evil Source</script>");
  document = read_ok (step3, strlen (step3), HTML_NAME, warnings);
  got = document_digest (document);

  g_assert_cmpstr (got, ==, want);
  g_assert_null (strstr (got, "njected"));
  g_assert_cmpuint (warnings->len, ==, 5);
}

static void
test_hostile_deep_nesting (void)
{
  g_autofree char *html = load_page (HTML_NAME, NULL);
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GString) moderate = g_string_new (NULL);
  g_autofree char *deep_page = NULL;
  g_autofree char *moderate_page = NULL;
  g_autoptr(FwDocument) document = NULL;

  for (guint i = 0; i < 100; i++)
    g_string_append (moderate, "<div>");
  moderate_page = test_replace_once (html, "<main>", moderate->str);
  document = read_ok (moderate_page, strlen (moderate_page), "deep.html", NULL);
  g_assert_cmpuint (store_length (fw_document_get_domains (document)), ==, 10);

  for (guint i = 0; i < 100000; i++)
    g_string_append (deep, "<div>");
  deep_page = test_replace_once (html, "<main>", deep->str);
  assert_error (deep_page, strlen (deep_page), FW_ERROR_PARSE,
                "bad.html:13: error: elements are nested deeper than 256 levels");
}

/* ---------------------------------------------------------------------------------------- */
/* Other markup                                                                             */

static const char minimal_page[] =
  "<html><head><meta charset=\"windows-1252\"><title>SOC 00-0000.00</title></head><body>\n"
  "<h1>Electricians</h1>\n"
  "<p>SOC 47-2111.00Job Zone 3 &middot; Medium Preparationv.26.01</p>\n"
  "<p>Context covered: Residential and commercial construction sites.</p>\n"
  "<h2>Emerging</h2><p>Apprentice</p>\n"
  "<ol start=\"3\">\n"
  "  <li><strong>Residential wiring</strong> \xe2\x80\x94 install branch circuits under "
  "supervision.</li>\n"
  "  <li><b>Conduit runs</b>: measure, cut and bend conduit.<br>Second line.</li>\n"
  "  <li>Lockout procedures \xe2\x80\x94 follow them before servicing equipment "
  "<a href=\"javascript:alert(1)\" target=\"_blank\">NEC 2023<span class=\"visually-hidden\">"
  "National Electrical Code 2023. Opens in new tab.</span></a>.</li>\n"
  "</ol>\n"
  "<h2>Developing</h2><p>Journeyman</p><ol><li>Blueprints \xe2\x80\x94 read them.</li></ol>\n"
  "<h2>Evidence pack</h2><table><tr><td>Task observations:</td><td>12</td></tr></table>\n"
  "<p>Sources: NEC (National Electrical Code 2023). \xc2\xa9 2026 Example.</p>\n"
  "</body></html>\n";

static void
test_markup_without_classes (void)
{
  g_autoptr(GPtrArray) warnings = new_warnings ();
  g_autoptr(FwDocument) document = read_ok (minimal_page, strlen (minimal_page), "min.html",
                                            warnings);
  GListStore *emerging = fw_level_get_statements (fw_document_get_level (document, 0));
  FwStatement *statement;
  FwSource *source;

  g_assert_cmpstr (fw_document_get_title (document), ==, "Electricians");
  g_assert_cmpstr (fw_document_get_soc (document), ==, "47-2111.00");
  g_assert_cmpstr (fw_document_get_version (document), ==, "v.26.01");
  g_assert_cmpstr (fw_document_get_context_covered (document), ==,
                   "Residential and commercial construction sites.");
  g_assert_cmpstr (fw_document_get_group (document), ==, "Construction & Extraction");
  g_assert_cmpstr (fw_level_get_role_label (fw_document_get_level (document, 0)), ==,
                   "Apprentice");

  /* A leading <strong> or <b> is the headline; the separator is dropped from the body. */
  g_assert_cmpuint (store_length (emerging), ==, 3);
  statement = get_statement (emerging, 0);
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "Residential wiring");
  g_assert_cmpstr (fw_statement_get_body (statement), ==, "install branch circuits under "
                   "supervision.");
  statement = get_statement (emerging, 1);
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "Conduit runs");
  g_assert_cmpstr (fw_statement_get_body (statement), ==, "measure, cut and bend conduit. "
                   "Second line.");

  /* A chip without a title attribute takes its title from the hidden text; a script
   * address is never kept. */
  statement = get_statement (emerging, 2);
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "Lockout procedures");
  g_assert_cmpstr (fw_statement_get_body (statement), ==,
                   "follow them before servicing equipment");
  g_assert_cmpuint (g_strv_length ((char **) fw_statement_get_citations (statement)), ==, 1);
  source = fw_document_find_source (document, fw_statement_get_citations (statement)[0]);
  g_assert_cmpstr (fw_source_get_short_label (source), ==, "NEC 2023");
  g_assert_cmpstr (fw_source_get_title (source), ==, "National Electrical Code 2023");
  g_assert_null (fw_source_get_url (source));
  /* The footer's "NEC (National Electrical Code 2023)" is this source: no second entry. */
  g_assert_cmpuint (store_length (fw_document_get_sources (document)), ==, 1);

  /* Table cells on one line. */
  g_assert_cmpfloat_with_epsilon (fw_evidence_get_number (fw_document_get_evidence (document),
                                                          "task-observations"), 12, 1e-9);
  g_assert_cmpstr (fw_document_get_attribution (document), ==, "\xc2\xa9 2026 Example");
}

/* ---------------------------------------------------------------------------------------- */
/* Errors and robustness                                                                    */

static void
test_errors (void)
{
  static const char nul[] = "<html><body>\n<p>SOC\0</p></body></html>";
  const char *text = "<html><body><h1>Cover letter</h1><p>Dear hiring manager</p></body></html>";
  g_autofree char *big = g_malloc (FW_MAX_FILE_SIZE + 1);

  assert_error ("", 0, FW_ERROR_INVALID, "bad.html:1:1: error: not a framework page: the input "
                "is empty");
  assert_error (" \n\t ", 4, FW_ERROR_INVALID, "bad.html:1:1: error: not a framework page");
  assert_error (text, strlen (text), FW_ERROR_INVALID, "bad.html:1:1: error: not a framework "
                "page: there is no \"SOC\" line");
  text = "<html><body>\n<h1>Nurses</h1>\n<p>SOC 29-1141.00</p>\n</body></html>";
  assert_error (text, strlen (text), FW_ERROR_INVALID, "bad.html:4:1: error: truncated page");
  text = "<html><body>\n<h1>Nurses \xc3\x28</h1></body></html>";
  assert_error (text, strlen (text), FW_ERROR_PARSE, "bad.html:2:12: error: invalid UTF-8");
  assert_error (nul, sizeof nul - 1, FW_ERROR_PARSE, "bad.html:2:7: error: the page contains a "
                "NUL byte");
  memset (big, ' ', FW_MAX_FILE_SIZE + 1);
  assert_error (big, FW_MAX_FILE_SIZE + 1, FW_ERROR_TOO_LARGE, "bad.html: error: the page is "
                "larger than 32 MiB");
}

static void
test_robust_mutations (void)
{
  g_autofree char *html = load_page (HTML_NAME, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (99);
  static const char * const inserts[] = {
    "<li>", "</li>", "<ol>", "</ol>", "<div>", "</div>", "<a title=\"T\" target=\"_blank\">",
    "</a>", "<span class=\"headline\">", "<span class=\"body\">", "</span>", "<br>",
    "<script>", "</script>", "<!--", "-->", "&", "&#0;", "&#xD800;", "<![CDATA[", "<?x ",
    "<table><tr><td>", "\xe2\x80\x94",
  };
  gsize length = strlen (html);

  for (guint round = 0; round < 40; round++)
    {
      g_autoptr(GString) mutated = g_string_new_len (html, length);
      g_autoptr(GError) error = NULL;
      g_autoptr(FwDocument) document = NULL;

      for (guint m = 0; m < 10; m++)
        {
          gsize at = g_rand_int_range (rand, 0, mutated->len);
          gsize span = g_rand_int_range (rand, 1, 600);
          guint which = g_rand_int_range (rand, 0, G_N_ELEMENTS (inserts));

          if (g_rand_boolean (rand))
            g_string_insert (mutated, at, inserts[which]);
          else
            g_string_erase (mutated, at, MIN (span, mutated->len - at));
        }
      if (!g_utf8_validate_len (mutated->str, mutated->len, NULL))
        continue;

      document = fw_page_html_read (mutated->str, mutated->len, "m.html", NULL, &error);
      g_assert_true ((document != NULL) != (error != NULL));
      if (error != NULL)
        g_assert_true (g_str_has_prefix (error->message, "m.html"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/page-html/sample/levels", test_sample_levels);
  g_test_add_func ("/page-html/sample/same-as-text", test_sample_same_as_text);
  g_test_add_func ("/page-html/sample/citations", test_sample_citations);
  g_test_add_func ("/page-html/sample/warnings", test_sample_warnings);
  g_test_add_func ("/page-html/variant/no-quadrant", test_variant_no_quadrant);
  g_test_add_func ("/page-html/variant/empty-level", test_variant_empty_level);
  g_test_add_func ("/page-html/variant/no-rapids", test_variant_no_rapids);
  g_test_add_func ("/page-html/hostile/external-entity", test_hostile_external_entity);
  g_test_add_func ("/page-html/hostile/billion-laughs", test_hostile_billion_laughs);
  g_test_add_func ("/page-html/hostile/network", test_hostile_network);
  g_test_add_func ("/page-html/hostile/script", test_hostile_script);
  g_test_add_func ("/page-html/hostile/deep-nesting", test_hostile_deep_nesting);
  g_test_add_func ("/page-html/markup-without-classes", test_markup_without_classes);
  g_test_add_func ("/page-html/errors", test_errors);
  g_test_add_func ("/page-html/robust/mutations", test_robust_mutations);

  return g_test_run ();
}
