/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The ranking engine of src/core/text: stems, stop words, synonyms, absolute scores, languages. */

#include "config.h"

#include <math.h>

#include "fw-text-rank.h"

static void
add (FwTextIndex *index,
     const char  *id,
     const char  *headline,
     const char  *body)
{
  const char *fields[FW_TEXT_N_FIELDS] = { headline, body, NULL, NULL };

  fw_text_index_add (index, id, fields);
}

/* A small radiography collection. */
static FwTextIndex *
radiography_index (void)
{
  FwTextIndex *index = fw_text_index_new ("en");

  add (index, "positioning", "Radiographic positioning", "positions patients on the table");
  add (index, "dose", "Radiation dose reduction", "keeps exposure to patients and staff low");
  add (index, "archive", "Image archiving and retrieval",
       "stores studies in the picture archiving system");
  add (index, "contrast", "Contrast media", "prepares and administers contrast agents");
  add (index, "schedule", "Scheduling", "books examinations for outpatients");
  return index;
}

static FwTextHit *
top (GPtrArray *hits)
{
  g_assert_cmpuint (hits->len, >, 0);
  return g_ptr_array_index (hits, 0);
}

static void
test_stemming (void)
{
  g_autoptr(FwTextIndex) index = radiography_index ();
  g_autoptr(GPtrArray) hits = fw_text_index_search (index, "Reading radiographs", 0);
  FwTextHit *best = top (hits);

  /* "radiographs" and "radiographic" share their stem. */
  g_assert_cmpstr (best->id, ==, "positioning");
  g_assert_true (g_strv_contains ((const char * const *) best->matched_words, "radiographs"));
  g_assert_false (g_strv_contains ((const char * const *) best->matched_words, "Reading"));
}

static void
test_stop_words (void)
{
  g_autoptr(FwTextIndex) index = fw_text_index_new ("en");
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) hits = NULL;

  add (index, "a", "The table of the room", "and the patient");
  add (index, "b", "Contrast media", "for the patient");

  /* Stop words alone match nothing, and never count as matched words. */
  none = fw_text_index_search (index, "the of and for", 0);
  g_assert_cmpuint (none->len, ==, 0);
  hits = fw_text_index_search (index, "the contrast", 0);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpstr (top (hits)->id, ==, "b");
  g_assert_cmpuint (g_strv_length (top (hits)->matched_words), ==, 1);
  g_assert_cmpstr (top (hits)->matched_words[0], ==, "contrast");
}

static void
test_synonyms (void)
{
  g_autoptr(FwTextIndex) index = radiography_index ();
  g_autoptr(GPtrArray) alara = fw_text_index_search (index, "Apply ALARA", 0);
  g_autoptr(GPtrArray) pacs = fw_text_index_search (index, "Use PACS", 0);

  g_assert_nonnull (fw_text_synonyms_lookup ("en", "alara"));
  g_assert_null (fw_text_synonyms_lookup ("en", "table"));
  g_assert_cmpstr (top (alara)->id, ==, "dose");
  g_assert_cmpstr (top (alara)->matched_words[0], ==, "ALARA");
  g_assert_cmpstr (top (pacs)->id, ==, "archive");
  g_assert_cmpstr (top (pacs)->matched_words[0], ==, "PACS");
}

static void
test_absolute_scores (void)
{
  g_autoptr(FwTextIndex) index = radiography_index ();
  g_autoptr(GPtrArray) good = fw_text_index_search (index, "contrast media", 0);
  g_autoptr(GPtrArray) weak = fw_text_index_search (index,
                                                    "operate forklifts and cranes on the "
                                                    "loading dock of the warehouse at night "
                                                    "for scheduling", 0);
  g_autoptr(GPtrArray) twin = fw_text_index_search (index, "scheduling outpatients", 0);
  g_autoptr(GPtrArray) all = fw_text_index_search (index, "patients", 0);

  /* A query matched word for word scores high; the best hit of a query that hardly matches
   * scores low: the score is not relative to the best hit. */
  g_assert_cmpfloat (top (good)->score, >, 0.7);
  g_assert_cmpfloat (top (good)->score, <=, 1.0);
  g_assert_cmpstr (top (weak)->id, ==, "schedule");
  g_assert_cmpfloat (top (weak)->score, <, 0.4);
  /* Two queries that match their statements alike score alike. */
  g_assert_cmpfloat (fabs (top (twin)->score - top (good)->score), <, 0.1);
  /* Every score is in [0, 1], best first. */
  for (guint i = 0; i < all->len; i++)
    {
      FwTextHit *hit = g_ptr_array_index (all, i);

      g_assert_cmpfloat (hit->score, >, 0);
      g_assert_cmpfloat (hit->score, <=, 1);
      if (i > 0)
        g_assert_cmpfloat (hit->score, <=, ((FwTextHit *) g_ptr_array_index (all, i - 1))->score);
    }
}

static void
test_stable_across_collections (void)
{
  g_autoptr(FwTextIndex) index = radiography_index ();
  g_autoptr(GPtrArray) before = fw_text_index_search (index, "contrast media", 0);
  double score = top (before)->score;
  g_autoptr(GPtrArray) after = NULL;

  /* Another unrelated document changes the collection a little, the score hardly at all. */
  add (index, "billing", "Billing codes", "enters charges for examinations");
  after = fw_text_index_search (index, "contrast media", 0);
  g_assert_cmpstr (top (after)->id, ==, "contrast");
  g_assert_cmpfloat (fabs (top (after)->score - score), <, 0.05);
}

static void
test_limit_and_ties (void)
{
  g_autoptr(FwTextIndex) index = fw_text_index_new (NULL);
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) two = NULL;

  add (index, "first", "Patient care", NULL);
  add (index, "second", "Patient care", NULL);
  add (index, "third", "Patient care", NULL);
  hits = fw_text_index_search (index, "patient care", 0);
  g_assert_cmpuint (hits->len, ==, 3);
  g_assert_cmpstr (((FwTextHit *) g_ptr_array_index (hits, 0))->id, ==, "first");
  g_assert_cmpstr (((FwTextHit *) g_ptr_array_index (hits, 2))->id, ==, "third");
  two = fw_text_index_search (index, "patient care", 2);
  g_assert_cmpuint (two->len, ==, 2);
  g_assert_cmpuint (fw_text_index_get_n_documents (index), ==, 3);
}

static void
test_fields (void)
{
  g_autoptr(FwTextIndex) index = fw_text_index_new ("en");
  const char *in_headline[FW_TEXT_N_FIELDS] = { "Fluoroscopy", "assists radiologists", NULL,
                                                NULL };
  const char *in_tasks[FW_TEXT_N_FIELDS] = { "Room readiness", "prepares rooms",
                                             "Operate fluoroscopy units.", NULL };
  const char *in_citations[FW_TEXT_N_FIELDS] = { "Safety", "follows rules", NULL,
                                                 "Fluoroscopy safety handbook" };
  g_autoptr(GPtrArray) hits = NULL;

  fw_text_index_add (index, "citations", in_citations);
  fw_text_index_add (index, "tasks", in_tasks);
  fw_text_index_add (index, "headline", in_headline);
  hits = fw_text_index_search (index, "fluoroscopy", 0);

  /* Anchored tasks and citations are searched; a headline weighs most, citations least. */
  g_assert_cmpuint (hits->len, ==, 3);
  g_assert_cmpstr (((FwTextHit *) g_ptr_array_index (hits, 0))->id, ==, "headline");
  g_assert_cmpstr (((FwTextHit *) g_ptr_array_index (hits, 1))->id, ==, "tasks");
  g_assert_cmpstr (((FwTextHit *) g_ptr_array_index (hits, 2))->id, ==, "citations");
}

static void
test_spanish (void)
{
  g_autoptr(FwTextIndex) es = fw_text_index_new ("es-MX");
  g_autoptr(FwTextIndex) en = fw_text_index_new ("en");
  g_autoptr(GPtrArray) stemmed = NULL;
  g_autoptr(GPtrArray) stop = NULL;
  g_autoptr(GPtrArray) en_hits = NULL;

  g_assert_cmpstr (fw_text_index_get_language (es), ==, "es");
  add (es, "eval", "Evaluación de las radiografías", "revisa la calidad de las imágenes");
  add (es, "dosis", "Protección radiológica", "reduce la dosis de los pacientes");
  add (en, "eval", "Evaluación de las radiografías", "revisa la calidad de las imágenes");
  add (en, "dosis", "Protección radiológica", "reduce la dosis de los pacientes");

  /* The Spanish stemmer joins "evaluar" and "evaluación"; the English one does not. */
  stemmed = fw_text_index_search (es, "evaluar una radiografía", 0);
  g_assert_cmpstr (top (stemmed)->id, ==, "eval");
  g_assert_true (g_strv_contains ((const char * const *) top (stemmed)->matched_words,
                                  "evaluar"));
  en_hits = fw_text_index_search (en, "evaluar", 0);
  g_assert_cmpuint (en_hits->len, ==, 0);
  /* Spanish stop words match nothing. */
  stop = fw_text_index_search (es, "de las los la", 0);
  g_assert_cmpuint (stop->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-rank/stemming", test_stemming);
  g_test_add_func ("/text-rank/stop-words", test_stop_words);
  g_test_add_func ("/text-rank/synonyms", test_synonyms);
  g_test_add_func ("/text-rank/absolute-scores", test_absolute_scores);
  g_test_add_func ("/text-rank/stable-across-collections", test_stable_across_collections);
  g_test_add_func ("/text-rank/limit-and-ties", test_limit_and_ties);
  g_test_add_func ("/text-rank/fields", test_fields);
  g_test_add_func ("/text-rank/spanish", test_spanish);

  return g_test_run ();
}
