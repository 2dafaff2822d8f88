/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-find.h"
#include "fw-history.h"
#include "fw-test-util.h"

/* Find and Replace over every part of a framework. */

typedef struct
{
  FwDocument  *document;
  FwStatement *level;
  FwStatement *ai;
  FwSource    *source;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char * const related[] = { "Quokka Keeper", "Zoo Aide", "quokka wrangler", NULL };
  GListStore *sources;

  fixture->document = fw_document_new ();
  fixture->level = fw_statement_new ("Quokka care", "Feeds a quokka; quokkas sleep.");
  fixture->ai = fw_statement_new ("Prompts", "Asks about QUOKKA diets");
  g_list_store_append (fw_level_get_statements (fw_document_get_level (fixture->document,
                                                                       FW_LEVEL_ADVANCED)),
                       fixture->level);
  g_list_store_append (fw_level_get_ai_statements (fw_document_get_level (fixture->document,
                                                                          FW_LEVEL_EMERGING)),
                       fixture->ai);
  g_object_set (fw_document_get_onet (fixture->document), "related-titles", related, NULL);
  g_object_set (fw_document_get_evidence (fixture->document), "top-skill", "Quokka feeding",
                NULL);
  sources = fw_document_get_sources (fixture->document);
  fixture->source = fw_source_new ("src-1", "Q", "The quokka handbook");
  g_list_store_append (sources, fixture->source);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->level);
  g_clear_object (&fixture->ai);
  g_clear_object (&fixture->source);
  g_clear_object (&fixture->document);
}

static FwFindMatch *
match_at (GPtrArray *matches,
          guint      i)
{
  return g_ptr_array_index (matches, i);
}

static void
test_find_every_part (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) matches = fw_find_matches (fixture->document, "quokka", 0);
  static const FwFindPart parts[] = {
    FW_FIND_PART_LEVELS, FW_FIND_PART_LEVELS, FW_FIND_PART_LEVELS, FW_FIND_PART_AI_FLUENCY,
    FW_FIND_PART_EVIDENCE, FW_FIND_PART_ONET, FW_FIND_PART_ONET, FW_FIND_PART_SOURCES,
  };

  /* Case is ignored; "quokkas" holds "quokka"; in document order. */
  g_assert_cmpuint (matches->len, ==, G_N_ELEMENTS (parts));
  for (guint i = 0; i < matches->len; i++)
    g_assert_cmpint (match_at (matches, i)->part, ==, parts[i]);

  g_assert_true (match_at (matches, 0)->object == G_OBJECT (fixture->level));
  g_assert_cmpstr (match_at (matches, 0)->property, ==, "headline");
  g_assert_cmpuint (match_at (matches, 0)->start, ==, 0);
  g_assert_cmpuint (match_at (matches, 0)->end, ==, 6);
  g_assert_cmpstr (match_at (matches, 1)->property, ==, "body");
  g_assert_cmpuint (match_at (matches, 1)->start, ==, 8);
  g_assert_cmpuint (match_at (matches, 2)->start, ==, 16);
  g_assert_cmpstr (match_at (matches, 5)->property, ==, "related-titles");
  g_assert_cmpint (match_at (matches, 5)->item, ==, 0);
  g_assert_cmpint (match_at (matches, 6)->item, ==, 2);
  g_assert_true (match_at (matches, 7)->object == G_OBJECT (fixture->source));
  g_assert_cmpint (match_at (matches, 7)->item, ==, -1);
  /* Each match lies further on than the one before it. */
  for (guint i = 1; i < matches->len; i++)
    g_assert_true (match_at (matches, i - 1)->field < match_at (matches, i)->field
                   || match_at (matches, i - 1)->start < match_at (matches, i)->start);
}

static void
test_find_flags (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) exact = fw_find_matches (fixture->document, "Quokka", FW_FIND_MATCH_CASE);
  g_autoptr(GPtrArray) words = fw_find_matches (fixture->document, "quokka", FW_FIND_WHOLE_WORDS);
  g_autoptr(GPtrArray) part = fw_find_matches (fixture->document, "uokk", FW_FIND_WHOLE_WORDS);
  g_autoptr(GPtrArray) repeated = NULL;
  g_autofree char *text = NULL;

  /* "Quokka care", "Quokka feeding", "Quokka Keeper". */
  g_assert_cmpuint (exact->len, ==, 3);
  g_assert_cmpint (match_at (exact, 1)->part, ==, FW_FIND_PART_EVIDENCE);
  /* Not "quokkas". */
  g_assert_cmpuint (words->len, ==, 7);
  g_assert_cmpuint (part->len, ==, 0);
  g_clear_pointer (&part, g_ptr_array_unref);
  /* The end of a word is no whole word either. */
  part = fw_find_matches (fixture->document, "okka", FW_FIND_WHOLE_WORDS);
  g_assert_cmpuint (part->len, ==, 0);

  fw_statement_set_body (fixture->level, "Émile aaa, éMILE");
  repeated = fw_find_matches (fixture->document, "aa", 0);
  g_assert_cmpuint (repeated->len, ==, 1);
  g_clear_pointer (&repeated, g_ptr_array_unref);
  repeated = fw_find_matches (fixture->document, "émile", FW_FIND_WHOLE_WORDS);
  g_assert_cmpuint (repeated->len, ==, 2);
  g_assert_cmpuint (match_at (repeated, 1)->start, ==, strlen ("Émile aaa, "));
  text = fw_find_match_dup_text (match_at (repeated, 1));
  g_assert_cmpstr (text, ==, "Émile aaa, éMILE");
}

static void
test_replace_one (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) matches = fw_find_matches (fixture->document, "quokka", 0);
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  FwHistory *history = fw_document_get_history (fixture->document);

  g_ptr_array_add (one, match_at (matches, 2));
  fw_document_run (fixture->document, fw_find_replace_command_new (one, "wombat", "Replace"));
  g_assert_cmpstr (fw_statement_get_body (fixture->level), ==, "Feeds a quokka; wombats sleep.");
  g_assert_cmpstr (fw_statement_get_headline (fixture->level), ==, "Quokka care");

  fw_history_undo (history);
  g_assert_cmpstr (fw_statement_get_body (fixture->level), ==, "Feeds a quokka; quokkas sleep.");
  g_assert_false (fw_history_can_undo (history));
}

static void
test_replace_all (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) matches = fw_find_matches (fixture->document, "quokka", 0);
  g_autoptr(GPtrArray) after = NULL;
  FwHistory *history = fw_document_get_history (fixture->document);
  FwOnet *onet = fw_document_get_onet (fixture->document);
  FwEvidence *evidence = fw_document_get_evidence (fixture->document);

  fw_document_run (fixture->document, fw_find_replace_command_new (matches, "emu", "Replace All"));
  g_assert_cmpstr (fw_statement_get_headline (fixture->level), ==, "emu care");
  g_assert_cmpstr (fw_statement_get_body (fixture->level), ==, "Feeds a emu; emus sleep.");
  g_assert_cmpstr (fw_statement_get_body (fixture->ai), ==, "Asks about emu diets");
  g_assert_cmpstr (fw_evidence_get_string (evidence, "top-skill"), ==, "emu feeding");
  g_assert_cmpstr (fw_onet_get_strv (onet, "related-titles")[0], ==, "emu Keeper");
  g_assert_cmpstr (fw_onet_get_strv (onet, "related-titles")[1], ==, "Zoo Aide");
  g_assert_cmpstr (fw_onet_get_strv (onet, "related-titles")[2], ==, "emu wrangler");
  g_assert_cmpstr (fw_source_get_title (fixture->source), ==, "The emu handbook");
  after = fw_find_matches (fixture->document, "quokka", 0);
  g_assert_cmpuint (after->len, ==, 0);

  /* One undo step puts every part back. */
  fw_history_undo (history);
  g_assert_false (fw_history_can_undo (history));
  g_assert_cmpstr (fw_statement_get_headline (fixture->level), ==, "Quokka care");
  g_assert_cmpstr (fw_statement_get_body (fixture->ai), ==, "Asks about QUOKKA diets");
  g_assert_cmpstr (fw_evidence_get_string (evidence, "top-skill"), ==, "Quokka feeding");
  g_assert_cmpstr (fw_onet_get_strv (onet, "related-titles")[2], ==, "quokka wrangler");
  g_assert_cmpstr (fw_source_get_title (fixture->source), ==, "The quokka handbook");
}

static void
test_replace_stale (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) matches = fw_find_matches (fixture->document, "sleep", 0);

  /* The text got shorter since the search: the range it no longer has is left alone. */
  fw_statement_set_body (fixture->level, "Feeds a quokka; quokkas sl");
  fw_document_run (fixture->document, fw_find_replace_command_new (matches, "doze", "Replace"));
  g_assert_cmpstr (fw_statement_get_body (fixture->level), ==, "Feeds a quokka; quokkas sl");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/find/every-part", test_find_every_part);
  ADD ("/find/flags", test_find_flags);
  ADD ("/find/replace-one", test_replace_one);
  ADD ("/find/replace-all", test_replace_all);
  ADD ("/find/replace-stale", test_replace_stale);
#undef ADD

  return g_test_run ();
}
