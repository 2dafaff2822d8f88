/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-text.h"

/* The text engine: tokens, stop words and stems per language, and the type-ahead matcher. */

static void
test_tokenize (void)
{
  g_autoptr(GPtrArray) tokens = fw_text_tokenize ("X-Ray  Technician’s ÉQUIPE, 3D!");
  const FwToken *token;

  g_assert_cmpuint (tokens->len, ==, 6);
  token = g_ptr_array_index (tokens, 0);
  g_assert_cmpstr (token->word, ==, "x");
  g_assert_cmpuint (token->start, ==, 0);
  g_assert_cmpuint (token->end, ==, 1);
  token = g_ptr_array_index (tokens, 2);
  g_assert_cmpstr (token->word, ==, "technician");
  g_assert_cmpuint (token->start, ==, 7);
  g_assert_cmpuint (token->end, ==, 17);
  g_assert_cmpstr (((FwToken *) g_ptr_array_index (tokens, 3))->word, ==, "s");
  g_assert_cmpstr (((FwToken *) g_ptr_array_index (tokens, 4))->word, ==, "équipe");
  g_assert_cmpstr (((FwToken *) g_ptr_array_index (tokens, 5))->word, ==, "3d");

  g_clear_pointer (&tokens, g_ptr_array_unref);
  tokens = fw_text_tokenize (" .,;- ");
  g_assert_cmpuint (tokens->len, ==, 0);
}

static void
test_analyzer_languages (void)
{
  FwTextAnalyzer *en = fw_text_analyzer_get ("en");
  FwTextAnalyzer *en_us = fw_text_analyzer_get ("en-US");
  FwTextAnalyzer *es = fw_text_analyzer_get ("es-MX");
  FwTextAnalyzer *unknown = fw_text_analyzer_get ("tlh");

  g_assert_true (en == en_us);
  g_assert_true (fw_text_analyzer_get (NULL) == en);
  g_assert_cmpstr (fw_text_analyzer_get_language (es), ==, "es");
  g_assert_true (fw_text_analyzer_has_stemmer (en));
  g_assert_true (fw_text_analyzer_has_stemmer (es));
  g_assert_false (fw_text_analyzer_has_stemmer (unknown));

  g_assert_true (fw_text_analyzer_is_stop_word (en, "the"));
  g_assert_true (fw_text_analyzer_is_stop_word (en, "with"));
  g_assert_false (fw_text_analyzer_is_stop_word (en, "work"));
  g_assert_false (fw_text_analyzer_is_stop_word (en, "de"));
  g_assert_true (fw_text_analyzer_is_stop_word (es, "de"));
  g_assert_true (fw_text_analyzer_is_stop_word (es, "también"));
  g_assert_false (fw_text_analyzer_is_stop_word (es, "the"));
  g_assert_false (fw_text_analyzer_is_stop_word (unknown, "the"));
}

static void
test_analyzer_stems (void)
{
  FwTextAnalyzer *en = fw_text_analyzer_get ("en");
  FwTextAnalyzer *es = fw_text_analyzer_get ("es");
  g_auto(GStrv) stems = fw_text_analyzer_stems (en, "Monitoring the patients and nursing them");
  g_auto(GStrv) spanish = fw_text_analyzer_stems (es, "Los enfermeros de la clínica");
  g_autofree char *nurse = fw_text_analyzer_stem (en, "nurses");
  g_autofree char *nursing = fw_text_analyzer_stem (en, "nursing");
  g_autofree char *raw = fw_text_analyzer_stem (fw_text_analyzer_get ("tlh"), "nurses");

  g_assert_cmpstr (nurse, ==, "nurs");
  g_assert_cmpstr (nursing, ==, nurse);
  g_assert_cmpstr (raw, ==, "nurses");
  /* "the", "and" and "them" are stop words. */
  g_assert_cmpuint (g_strv_length (stems), ==, 3);
  g_assert_cmpstr (stems[0], ==, "monitor");
  g_assert_cmpstr (stems[1], ==, "patient");
  g_assert_cmpstr (stems[2], ==, "nurs");
  g_assert_cmpuint (g_strv_length (spanish), ==, 2);
  g_assert_cmpstr (spanish[0], ==, "enfermer");
  g_assert_cmpstr (spanish[1], ==, "clinic");
}

static void
test_terms (void)
{
  FwTextTerms terms;

  fw_text_analyzer_terms (fw_text_analyzer_get ("en"), "Nurses and Nursing Assistants", &terms);
  g_assert_cmpstr (terms.words, ==, "nurses nursing assistants");
  g_assert_cmpstr (terms.stems, ==, "nurs nurs assist");
  fw_text_terms_clear (&terms);
  g_assert_null (terms.words);
}

static int
match (const char *query,
       const char *text)
{
  FwTextAnalyzer *en = fw_text_analyzer_get ("en");
  g_autoptr(FwTextMatcher) matcher = fw_text_matcher_new (en, query);
  FwTextTerms terms;
  int score;

  fw_text_analyzer_terms (en, text, &terms);
  score = fw_text_matcher_match (matcher, terms.words, terms.stems);
  fw_text_terms_clear (&terms);
  return score;
}

static void
test_matcher (void)
{
  g_autoptr(FwTextMatcher) empty = fw_text_matcher_new (fw_text_analyzer_get ("en"), "the of ");

  /* Every query word must be found: as a stem, or as the start of a word. */
  g_assert_cmpint (match ("x-ray tech", "X-Ray Technician"), >, 0);
  g_assert_cmpint (match ("nursing", "Registered Nurses"), >, 0);
  g_assert_cmpint (match ("regis", "Registered Nurses"), >, 0);
  g_assert_cmpint (match ("x-ray tech", "Radiologic Technologists"), ==, -1);
  g_assert_cmpint (match ("nurse midwife", "Registered Nurses"), ==, -1);
  /* A whole word beats a prefix; fewer other words beat more. */
  g_assert_cmpint (match ("nurses", "Registered Nurses"), >, match ("nurs", "Registered Nurses"));
  g_assert_cmpint (match ("nurses", "Nurses"), >, match ("nurses", "Registered Nurses"));
  g_assert_cmpint (match ("nurses", "Nurse Practitioners"), >,
                   match ("nurses", "Acute Care Registered Nurses"));
  /* With as many words, a text that starts with the query word comes first. */
  g_assert_cmpint (match ("nurse", "Nurse Practitioners"), >, match ("nurse", "Registered Nurses"));
  /* A query of stop words only matches nothing, once they are finished words. */
  g_assert_cmpuint (fw_text_matcher_get_n_terms (empty), ==, 0);
  g_assert_cmpint (match ("the of ", "The Office"), ==, -1);
  /* An unfinished last word that is a stop word is still being typed: a prefix. */
  g_assert_cmpint (match ("so", "Software Developers"), >, 0);
  g_assert_cmpint (match ("computer an", "Computer Network Analysts"), >, 0);
  g_assert_cmpint (match ("computer an ", "Computer Network Analysts"), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/text/tokenize", test_tokenize);
  g_test_add_func ("/text/analyzer/languages", test_analyzer_languages);
  g_test_add_func ("/text/analyzer/stems", test_analyzer_stems);
  g_test_add_func ("/text/terms", test_terms);
  g_test_add_func ("/text/matcher", test_matcher);

  return g_test_run ();
}
