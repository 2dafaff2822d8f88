/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

/*
 * The publishing library's page layout and XHTML writer, below what pdftotext and xmllint can
 * see (tests/cli/test-publish.py): every layout carries the content language and never
 * hyphenates, every block fits its page, no heading ends a page, text stays text.
 */

#include "config.h"

#include <string.h>

#include <libxml/parser.h>

#include "fw-formats.h"
#include "fw-publish-layout-private.h"
#include "fw-publish.h"

#define MARGIN 56.7
#define FOOTER_GAP 14.0

static FwDocument *
read_sample (void)
{
  const char *dir = g_getenv ("FW_DATA_DIR");
  g_autofree char *path = g_build_filename (dir != NULL ? dir : SOURCE_DATADIR, "samples",
                                            "radiologic-technologists.fwk", NULL);
  g_autoptr(GError) error = NULL;
  FwDocument *document = fw_format_read_file (path, FW_FORMAT_FWK, NULL, &error);

  g_assert_no_error (error);
  return document;
}

static FwStatement *
first_statement (FwDocument *document)
{
  g_autoptr(FwLevel) level = g_list_model_get_item (fw_document_get_levels (document), 0);

  return g_list_model_get_item (G_LIST_MODEL (fw_level_get_statements (level)), 0);
}

static void
test_language_and_hyphens (void)
{
  g_autoptr(FwDocument) document = read_sample ();
  g_autoptr(FwPublishLayout) layout = fw_publish_layout_new (document, 595.28, 841.89, MARGIN,
                                                             NULL);
  guint n = _fw_publish_layout_get_n_blocks (layout);

  g_assert_cmpuint (n, >, 100);
  for (guint i = 0; i < n; i++)
    {
      FwBlockKind kind;
      guint page;
      double y, height;
      PangoLayout *block = _fw_publish_layout_get_block (layout, i, &kind, &page, &y, &height);
      GSList *attributes = pango_attr_list_get_attributes (pango_layout_get_attributes (block));
      gboolean language = FALSE;
      gboolean no_hyphens = FALSE;

      for (GSList *l = attributes; l != NULL; l = l->next)
        {
          PangoAttribute *attribute = l->data;
          gboolean whole = attribute->start_index == 0 && attribute->end_index == G_MAXUINT;

          if (attribute->klass->type == PANGO_ATTR_LANGUAGE && whole)
            language = g_str_equal (pango_language_to_string (
                                      ((PangoAttrLanguage *) attribute)->value), "en");
          else if (attribute->klass->type == PANGO_ATTR_INSERT_HYPHENS && whole)
            no_hyphens = ((PangoAttrInt *) attribute)->value == FALSE;
        }
      g_slist_free_full (attributes, (GDestroyNotify) pango_attribute_destroy);

      g_assert_true (language);
      g_assert_true (no_hyphens);
      g_assert_cmpint (pango_layout_get_wrap (block), ==, PANGO_WRAP_WORD);
      g_assert_cmpstr (pango_language_to_string (
                         pango_context_get_language (pango_layout_get_context (block))), ==,
                       "en");
    }
}

static void
check_pages (double width,
             double height)
{
  g_autoptr(FwDocument) document = read_sample ();
  g_autoptr(FwPublishLayout) layout = fw_publish_layout_new (document, width, height, MARGIN, NULL);
  guint n = _fw_publish_layout_get_n_blocks (layout);
  guint n_pages = fw_publish_layout_get_n_pages (layout);
  guint last_page = 0;
  double last_bottom = 0;
  double total = 0;

  g_assert_cmpuint (n_pages, >, 3);
  for (guint i = 0; i < n; i++)
    {
      FwBlockKind kind, next_kind;
      guint page, next_page = G_MAXUINT;
      double y, block_height, next_y, next_height;

      _fw_publish_layout_get_block (layout, i, &kind, &page, &y, &block_height);
      if (i + 1 < n)
        _fw_publish_layout_get_block (layout, i + 1, &next_kind, &next_page, &next_y,
                                      &next_height);

      /* In order, page after page, never overlapping, never past the room above the foot. */
      g_assert_cmpuint (page, <, n_pages);
      g_assert_true (page == last_page || page == last_page + 1);
      if (page == last_page && i > 0)
        g_assert_cmpfloat (y, >=, last_bottom);
      g_assert_cmpfloat (y, >=, MARGIN);
      g_assert_cmpfloat (y + block_height, <=, height - MARGIN - FOOTER_GAP + 0.01);
      total += block_height;

      if (kind == FW_BLOCK_TITLE || kind == FW_BLOCK_HEADING || kind == FW_BLOCK_SUBHEADING
          || kind == FW_BLOCK_MINOR)
        g_assert_cmpuint (next_page, ==, page);
      last_page = page;
      last_bottom = y + block_height;
    }
  g_assert_cmpuint (last_page + 1, ==, n_pages);
  /* Pages are filled: no more than the text needs, give or take a few breaks kept early. */
  g_assert_cmpfloat (n_pages, <=, total / (height - 2 * MARGIN - FOOTER_GAP) * 1.3 + 2);
}

static void
test_pages_a4 (void)
{
  check_pages (595.2756, 841.8898);
}

static void
test_pages_letter (void)
{
  check_pages (612.0, 792.0);
}

static void
test_text_stays_text (void)
{
  g_autoptr(FwDocument) document = read_sample ();
  g_autoptr(FwStatement) statement = first_statement (document);
  g_autoptr(FwPublishLayout) layout = NULL;
  FwBlockKind kind;
  guint page;
  double y, height;
  PangoLayout *block = NULL;

  fw_statement_set_headline (statement, "<b>Dose</b> & \"limits\"\x01");
  layout = fw_publish_layout_new (document, 595.28, 841.89, MARGIN, NULL);
  for (guint i = 0; i < _fw_publish_layout_get_n_blocks (layout); i++)
    {
      block = _fw_publish_layout_get_block (layout, i, &kind, &page, &y, &height);
      if (kind == FW_BLOCK_STATEMENT)
        break;
    }
  g_assert_true (g_str_has_prefix (pango_layout_get_text (block),
                                   "<b>Dose</b> & \"limits\"  \xe2\x80\x94 "));
}

static void
test_xhtml_well_formed (void)
{
  g_autoptr(FwDocument) document = read_sample ();
  g_autoptr(FwStatement) statement = first_statement (document);
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;
  xmlDocPtr xml;
  const char *data;
  gsize length = 0;

  fw_statement_set_body (statement, "keeps <tags> & \"quotes\" and a bell\x07 as text");
  first = fw_publish_xhtml (document, &error);
  g_assert_no_error (error);
  second = fw_publish_xhtml (document, &error);
  g_assert_true (g_bytes_equal (first, second));

  data = g_bytes_get_data (first, &length);
  xml = xmlReadMemory (data, (int) length, "framework.xhtml", "UTF-8",
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  g_assert_nonnull (xml);
  xmlFreeDoc (xml);
  g_assert_nonnull (g_strstr_len (data, length,
                                  "keeps &lt;tags&gt; &amp; &quot;quotes&quot; and a bell as text"));
}

static void
test_names (void)
{
  FwPublishFormat format;
  FwPaper paper;
  double width, height;

  g_assert_true (fw_publish_format_from_string ("pdf", &format));
  g_assert_cmpint (format, ==, FW_PUBLISH_PDF);
  g_assert_true (fw_publish_format_from_string ("xhtml", &format));
  g_assert_cmpint (format, ==, FW_PUBLISH_XHTML);
  g_assert_false (fw_publish_format_from_string ("html", &format));
  g_assert_true (fw_paper_from_string ("Letter", &paper));
  g_assert_cmpint (paper, ==, FW_PAPER_LETTER);
  g_assert_false (fw_paper_from_string ("a5", &paper));
  fw_paper_get_size (FW_PAPER_A4, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.2756, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.8898, 0.01);
  fw_paper_get_size (FW_PAPER_LETTER, &width, &height);
  g_assert_cmpfloat (width, ==, 612.0);
  g_assert_cmpfloat (height, ==, 792.0);
}

/* The framework's content language is what the publication declares. */
static void
test_content_language (void)
{
  g_autoptr(FwDocument) document = read_sample ();
  g_autoptr(GBytes) xhtml = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpstr (fw_publish_get_language (document), ==, "en");
  g_object_set (document, "language", "es", NULL);
  g_assert_cmpstr (fw_publish_get_language (document), ==, "es");
  xhtml = fw_publish_xhtml (document, NULL);
  text = g_strndup (g_bytes_get_data (xhtml, NULL), g_bytes_get_size (xhtml));
  g_assert_nonnull (strstr (text, "lang=\"es\" xml:lang=\"es\""));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/publish/layout/language-and-no-hyphens", test_language_and_hyphens);
  g_test_add_func ("/publish/layout/pages-a4", test_pages_a4);
  g_test_add_func ("/publish/layout/pages-letter", test_pages_letter);
  g_test_add_func ("/publish/layout/text-stays-text", test_text_stays_text);
  g_test_add_func ("/publish/xhtml/well-formed", test_xhtml_well_formed);
  g_test_add_func ("/publish/names", test_names);
  g_test_add_func ("/publish/content-language", test_content_language);

  return g_test_run ();
}
