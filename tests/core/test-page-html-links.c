/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-error.h"
#include "fw-formats.h"

/*
 * Source links of an imported HTML page: which addresses are kept as a source's address.
 * Nothing is ever fetched; only web addresses are worth keeping.
 */

static const char page_template[] =
  "<html><head><meta charset=\"utf-8\"><title>SOC 47-2111.00</title></head><body>\n"
  "<h1>Electricians</h1>\n"
  "<p>SOC 47-2111.00Job Zone 3 &middot; Medium Preparationv.26.01</p>\n"
  "<p>Context covered: Residential and commercial construction sites.</p>\n"
  "<h2>Emerging</h2><p>Apprentice</p>\n"
  "<ol><li>Lockout procedures \xe2\x80\x94 follow them before servicing equipment "
  "<a href=\"%s\" target=\"_blank\">NEC 2023<span class=\"visually-hidden\">"
  "National Electrical Code 2023. Opens in new tab.</span></a>.</li></ol>\n"
  "<p>Sources: NEC (National Electrical Code 2023). \xc2\xa9 2026 Example.</p>\n"
  "</body></html>\n";

/* The address the first statement's source keeps when its link points at @href. */
static char *
kept_address (const char *href)
{
  g_autofree char *page = g_strdup_printf (page_template, href);
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = fw_page_html_read (page, strlen (page), "links.html", NULL,
                                                      &error);
  g_autoptr(FwStatement) statement = NULL;
  FwSource *source;

  g_assert_no_error (error);
  statement = g_list_model_get_item (G_LIST_MODEL (fw_level_get_statements (
                                       fw_document_get_level (document, FW_LEVEL_EMERGING))), 0);
  g_assert_nonnull (statement);
  g_assert_cmpuint (g_strv_length ((char **) fw_statement_get_citations (statement)), ==, 1);
  source = fw_document_find_source (document, fw_statement_get_citations (statement)[0]);
  g_assert_nonnull (source);
  g_assert_cmpstr (fw_source_get_title (source), ==, "National Electrical Code 2023");
  return g_strdup (fw_source_get_url (source));
}

static void
test_web_addresses_kept (void)
{
  g_autofree char *https = kept_address ("https://example.org/nec");
  g_autofree char *http = kept_address ("http://example.org/nec");

  g_assert_cmpstr (https, ==, "https://example.org/nec");
  g_assert_cmpstr (http, ==, "http://example.org/nec");
}

static void
test_other_addresses_dropped (void)
{
  static const char * const hrefs[] = {
    "javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/nec", "/relative/nec",
  };

  for (guint i = 0; i < G_N_ELEMENTS (hrefs); i++)
    {
      g_autofree char *kept = kept_address (hrefs[i]);

      g_assert_null (kept);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/page-html/links/web-addresses-kept", test_web_addresses_kept);
  g_test_add_func ("/page-html/links/other-addresses-dropped", test_other_addresses_dropped);

  return g_test_run ();
}
