/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-formats.h"
#include "fw-error.h"
#include "fw-merge.h"
#include "fw-validator.h"

/* The three-way merge: what joins cleanly, what conflicts, and conflicts kept in .fwk. */

typedef struct
{
  FwDocument *base;
  FwDocument *ours;
  FwDocument *theirs;
} Fixture;

static FwDocument *
load_sample (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("FW_DATA_DIR"), "samples",
                                            "radiologic-technologists.fwk", NULL);
  g_autoptr(GError) error = NULL;
  FwDocument *document = fw_format_read_file (path, FW_FORMAT_FWK, NULL, &error);

  g_assert_no_error (error);
  return document;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->base = load_sample ();
  fixture->ours = load_sample ();
  fixture->theirs = load_sample ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->base);
  g_clear_object (&fixture->ours);
  g_clear_object (&fixture->theirs);
}

static GListStore *
level_store (FwDocument *document,
             FwLevelKey  key)
{
  return fw_level_get_statements (fw_document_get_level (document, key));
}

static FwStatement *
at (FwDocument *document,
    FwLevelKey  key,
    guint       position)
{
  g_autoptr(FwStatement) statement = g_list_model_get_item (G_LIST_MODEL (level_store (document,
                                                                                       key)),
                                                            position);
  return statement;
}

static guint
n_statements (FwDocument *document,
              FwLevelKey  key)
{
  return g_list_model_get_n_items (G_LIST_MODEL (level_store (document, key)));
}

static guint
merge (Fixture *fixture)
{
  return fw_merge_documents (fixture->base, fixture->ours, fixture->theirs);
}

static void
test_different_statements (Fixture       *fixture,
                           gconstpointer  data)
{
  fw_statement_set_body (at (fixture->ours, FW_LEVEL_DEVELOPING, 2), "ours body.");
  fw_statement_set_body (at (fixture->theirs, FW_LEVEL_DEVELOPING, 3), "theirs body.");

  g_assert_cmpuint (merge (fixture), ==, 0);
  g_assert_cmpstr (fw_statement_get_body (at (fixture->ours, FW_LEVEL_DEVELOPING, 2)), ==,
                   "ours body.");
  g_assert_cmpstr (fw_statement_get_body (at (fixture->ours, FW_LEVEL_DEVELOPING, 3)), ==,
                   "theirs body.");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_document_get_conflicts (
                                                fixture->ours))), ==, 0);
}

static void
test_different_fields (Fixture       *fixture,
                       gconstpointer  data)
{
  fw_statement_set_headline (at (fixture->ours, FW_LEVEL_EMERGING, 0), "Ours headline");
  fw_statement_set_body (at (fixture->theirs, FW_LEVEL_EMERGING, 0), "theirs body.");

  g_assert_cmpuint (merge (fixture), ==, 0);
  g_assert_cmpstr (fw_statement_get_headline (at (fixture->ours, FW_LEVEL_EMERGING, 0)), ==,
                   "Ours headline");
  g_assert_cmpstr (fw_statement_get_body (at (fixture->ours, FW_LEVEL_EMERGING, 0)), ==,
                   "theirs body.");
}

static void
test_same_place_additions (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(FwStatement) mine = fw_statement_new_with_id ("st-mine", "Mine", "ours.");
  g_autoptr(FwStatement) yours = fw_statement_new_with_id ("st-yours", "Yours", "theirs.");
  g_autoptr(FwStatement) mine_end = fw_statement_new_with_id ("st-mine-end", "End", "ours.");
  g_autoptr(FwStatement) yours_end = fw_statement_new_with_id ("st-yours-end", "End", "theirs.");
  FwStatement *before = at (fixture->base, FW_LEVEL_PROFICIENT, 4);

  g_list_store_insert (level_store (fixture->ours, FW_LEVEL_PROFICIENT), 5, mine);
  g_list_store_insert (level_store (fixture->theirs, FW_LEVEL_PROFICIENT), 5, yours);
  g_list_store_append (level_store (fixture->ours, FW_LEVEL_PROFICIENT), mine_end);
  g_list_store_append (level_store (fixture->theirs, FW_LEVEL_PROFICIENT), yours_end);

  g_assert_cmpuint (merge (fixture), ==, 0);
  g_assert_cmpuint (n_statements (fixture->ours, FW_LEVEL_PROFICIENT), ==, 14);
  g_assert_cmpstr (fw_statement_get_id (at (fixture->ours, FW_LEVEL_PROFICIENT, 4)), ==,
                   fw_statement_get_id (before));
  /* Both kept where they were added, ours first. */
  g_assert_cmpstr (fw_statement_get_id (at (fixture->ours, FW_LEVEL_PROFICIENT, 5)), ==,
                   "st-mine");
  g_assert_cmpstr (fw_statement_get_id (at (fixture->ours, FW_LEVEL_PROFICIENT, 6)), ==,
                   "st-yours");
  g_assert_cmpstr (fw_statement_get_id (at (fixture->ours, FW_LEVEL_PROFICIENT, 12)), ==,
                   "st-mine-end");
  g_assert_cmpstr (fw_statement_get_id (at (fixture->ours, FW_LEVEL_PROFICIENT, 13)), ==,
                   "st-yours-end");
}

static void
test_deletions (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *gone_theirs = g_strdup (fw_statement_get_id (at (fixture->base,
                                                                    FW_LEVEL_ADVANCED, 1)));
  g_autofree char *gone_ours = g_strdup (fw_statement_get_id (at (fixture->base,
                                                                  FW_LEVEL_ADVANCED, 7)));

  g_list_store_remove (level_store (fixture->theirs, FW_LEVEL_ADVANCED), 1);
  g_list_store_remove (level_store (fixture->ours, FW_LEVEL_ADVANCED), 7);
  fw_statement_set_body (at (fixture->ours, FW_LEVEL_ADVANCED, 3), "edited by ours.");

  g_assert_cmpuint (merge (fixture), ==, 0);
  g_assert_cmpuint (n_statements (fixture->ours, FW_LEVEL_ADVANCED), ==, 8);
  g_assert_null (fw_document_find_statement (fixture->ours, gone_theirs, NULL));
  g_assert_null (fw_document_find_statement (fixture->ours, gone_ours, NULL));
  g_assert_cmpstr (fw_statement_get_body (at (fixture->ours, FW_LEVEL_ADVANCED, 2)), ==,
                   "edited by ours.");
}

static void
test_reorder_against_edit (Fixture       *fixture,
                           gconstpointer  data)
{
  GListStore *store = level_store (fixture->theirs, FW_LEVEL_DEVELOPING);
  g_autoptr(FwStatement) moved = g_list_model_get_item (G_LIST_MODEL (store), 0);
  g_autofree char *id = g_strdup (fw_statement_get_id (moved));

  g_list_store_remove (store, 0);
  g_list_store_append (store, moved);
  fw_statement_set_body (at (fixture->ours, FW_LEVEL_DEVELOPING, 0), "edited by ours.");

  g_assert_cmpuint (merge (fixture), ==, 0);
  g_assert_cmpstr (fw_statement_get_id (at (fixture->ours, FW_LEVEL_DEVELOPING, 9)), ==, id);
  g_assert_cmpstr (fw_statement_get_body (at (fixture->ours, FW_LEVEL_DEVELOPING, 9)), ==,
                   "edited by ours.");
  g_assert_cmpuint (n_statements (fixture->ours, FW_LEVEL_DEVELOPING), ==, 10);
}

static void
test_move_to_level_against_edit (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(FwStatement) moved = g_object_ref (at (fixture->theirs, FW_LEVEL_EMERGING, 9));
  FwStatementPlace place;

  g_list_store_remove (level_store (fixture->theirs, FW_LEVEL_EMERGING), 9);
  g_list_store_insert (level_store (fixture->theirs, FW_LEVEL_DEVELOPING), 2, moved);
  fw_statement_set_headline (at (fixture->ours, FW_LEVEL_EMERGING, 9), "Edited headline");

  g_assert_cmpuint (merge (fixture), ==, 0);
  g_assert_nonnull (fw_document_find_statement (fixture->ours, fw_statement_get_id (moved),
                                                &place));
  g_assert_cmpint (place.level, ==, FW_LEVEL_DEVELOPING);
  g_assert_cmpuint (place.position, ==, 2);
  g_assert_cmpstr (fw_statement_get_headline (at (fixture->ours, FW_LEVEL_DEVELOPING, 2)), ==,
                   "Edited headline");
  g_assert_cmpuint (n_statements (fixture->ours, FW_LEVEL_EMERGING), ==, 9);
}

static void
test_sets_and_items (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char * const base_cites[] = { "src-kept", "src-dropped", NULL };
  static const char * const ours_cites[] = { "src-kept", "src-dropped", "src-ours", NULL };
  static const char * const theirs_cites[] = { "src-kept", "src-theirs", NULL };
  g_autoptr(FwSource) source = fw_source_new ("src-theirs", "Theirs 2026", "Their source");
  const char * const *cites;

  fw_statement_set_citations (at (fixture->base, FW_LEVEL_ADVANCED, 0), base_cites);
  fw_statement_set_citations (at (fixture->ours, FW_LEVEL_ADVANCED, 0), ours_cites);
  fw_statement_set_citations (at (fixture->theirs, FW_LEVEL_ADVANCED, 0), theirs_cites);
  g_object_set (fixture->ours, "title", "Radiographers", NULL);
  g_object_set (fixture->theirs, "version", "v.26.11", NULL);
  g_object_set (fw_document_get_evidence (fixture->theirs), "safi-score", 55.25, NULL);
  g_list_store_append (fw_document_get_sources (fixture->theirs), source);

  g_assert_cmpuint (merge (fixture), ==, 0);
  cites = fw_statement_get_citations (at (fixture->ours, FW_LEVEL_ADVANCED, 0));
  /* Ours added one, theirs added one and dropped one. */
  g_assert_cmpuint (g_strv_length ((char **) cites), ==, 3);
  g_assert_cmpstr (cites[0], ==, "src-kept");
  g_assert_cmpstr (cites[1], ==, "src-ours");
  g_assert_cmpstr (cites[2], ==, "src-theirs");
  g_assert_cmpstr (fw_document_get_title (fixture->ours), ==, "Radiographers");
  g_assert_cmpstr (fw_document_get_version (fixture->ours), ==, "v.26.11");
  g_assert_cmpfloat (fw_evidence_get_number (fw_document_get_evidence (fixture->ours),
                                             "safi-score"), ==, 55.25);
  g_assert_nonnull (fw_document_find_source (fixture->ours, "src-theirs"));
}

static FwConflict *
only_conflict (FwDocument *document)
{
  GListModel *conflicts = G_LIST_MODEL (fw_document_get_conflicts (document));
  g_autoptr(FwConflict) conflict = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 1);
  conflict = g_list_model_get_item (conflicts, 0);
  return conflict;
}

static void
test_true_conflict (Fixture       *fixture,
                    gconstpointer  data)
{
  FwStatement *statement = at (fixture->ours, FW_LEVEL_DEVELOPING, 4);
  FwConflict *conflict;

  fw_statement_set_body (statement, "ours body.");
  fw_statement_set_body (at (fixture->theirs, FW_LEVEL_DEVELOPING, 4), "theirs body.");

  g_assert_cmpuint (merge (fixture), ==, 1);
  conflict = only_conflict (fixture->ours);
  g_assert_cmpstr (fw_statement_get_body (statement), ==, "ours body.");
  g_assert_cmpstr (fw_conflict_get_item_id (conflict), ==, fw_statement_get_id (statement));
  g_assert_cmpstr (fw_conflict_get_field (conflict), ==, "body");
  g_assert_cmpstr (fw_conflict_get_ours (conflict), ==, "ours body.");
  g_assert_cmpstr (fw_conflict_get_theirs (conflict), ==, "theirs body.");
  g_assert_cmpstr (fw_conflict_get_path (conflict), ==, "levels.developing");
}

static void
test_metadata_conflict (Fixture       *fixture,
                        gconstpointer  data)
{
  FwConflict *conflict;

  g_object_set (fixture->ours, "version", "v.26.09", NULL);
  g_object_set (fixture->theirs, "version", "v.26.11", NULL);

  g_assert_cmpuint (merge (fixture), ==, 1);
  conflict = only_conflict (fixture->ours);
  g_assert_cmpstr (fw_conflict_get_item_id (conflict), ==, "framework");
  g_assert_cmpstr (fw_conflict_get_field (conflict), ==, "version");
  g_assert_cmpstr (fw_document_get_version (fixture->ours), ==, "v.26.09");
}

static void
test_edit_against_delete (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *id = g_strdup (fw_statement_get_id (at (fixture->base, FW_LEVEL_EMERGING, 3)));
  FwStatement *kept;
  FwConflict *conflict;

  fw_statement_set_body (at (fixture->ours, FW_LEVEL_EMERGING, 3), "kept by ours.");
  g_list_store_remove (level_store (fixture->theirs, FW_LEVEL_EMERGING), 3);

  g_assert_cmpuint (merge (fixture), ==, 1);
  kept = fw_document_find_statement (fixture->ours, id, NULL);
  g_assert_nonnull (kept);
  g_assert_cmpstr (fw_statement_get_body (kept), ==, "kept by ours.");
  conflict = only_conflict (fixture->ours);
  g_assert_cmpstr (fw_conflict_get_item_id (conflict), ==, id);
  g_assert_cmpstr (fw_conflict_get_field (conflict), ==, "statement");
  g_assert_nonnull (fw_conflict_get_ours (conflict));
  g_assert_null (fw_conflict_get_theirs (conflict));
}

static void
test_delete_against_edit (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *id = g_strdup (fw_statement_get_id (at (fixture->base, FW_LEVEL_EMERGING, 3)));
  g_autoptr(FwCommand) resolve = NULL;
  FwConflict *conflict;
  FwStatementPlace place;

  g_list_store_remove (level_store (fixture->ours, FW_LEVEL_EMERGING), 3);
  fw_statement_set_body (at (fixture->theirs, FW_LEVEL_EMERGING, 3), "edited by theirs.");

  g_assert_cmpuint (merge (fixture), ==, 1);
  g_assert_nonnull (fw_document_find_statement (fixture->ours, id, &place));
  g_assert_cmpuint (place.position, ==, 3);
  conflict = only_conflict (fixture->ours);
  g_assert_null (fw_conflict_get_ours (conflict));
  g_assert_nonnull (strstr (fw_conflict_get_theirs (conflict), "edited by theirs."));

  /* Keep Mine keeps the deletion; undo brings the statement and the conflict back. */
  resolve = fw_conflict_resolve_command (fixture->ours, conflict, FALSE);
  g_assert_nonnull (resolve);
  fw_document_run (fixture->ours, g_steal_pointer (&resolve));
  g_assert_null (fw_document_find_statement (fixture->ours, id, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_document_get_conflicts (
                                                fixture->ours))), ==, 0);
  g_assert_true (fw_history_undo (fw_document_get_history (fixture->ours)));
  g_assert_nonnull (fw_document_find_statement (fixture->ours, id, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_document_get_conflicts (
                                                fixture->ours))), ==, 1);
}

static void
test_resolve_keep_theirs (Fixture       *fixture,
                          gconstpointer  data)
{
  FwStatement *statement = at (fixture->ours, FW_LEVEL_DEVELOPING, 4);
  g_autoptr(FwCommand) resolve = NULL;

  fw_statement_set_body (statement, "ours body.");
  fw_statement_set_body (at (fixture->theirs, FW_LEVEL_DEVELOPING, 4), "theirs body.");
  g_assert_cmpuint (merge (fixture), ==, 1);

  resolve = fw_conflict_resolve_command (fixture->ours, only_conflict (fixture->ours), TRUE);
  fw_document_run (fixture->ours, g_steal_pointer (&resolve));
  g_assert_cmpstr (fw_statement_get_body (statement), ==, "theirs body.");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_document_get_conflicts (
                                                fixture->ours))), ==, 0);
  g_assert_true (fw_history_undo (fw_document_get_history (fixture->ours)));
  g_assert_cmpstr (fw_statement_get_body (statement), ==, "ours body.");
}

static void
test_conflicted_round_trip (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) rewritten = NULL;
  g_autoptr(FwDocument) reread = NULL;
  g_autoptr(FwValidator) validator = fw_validator_new (NULL);
  g_autofree char *id = g_strdup (fw_statement_get_id (at (fixture->base, FW_LEVEL_EMERGING, 3)));
  GListModel *findings;
  guint n_conflict_errors = 0;

  fw_statement_set_body (at (fixture->ours, FW_LEVEL_EMERGING, 3), "ours body.");
  fw_statement_set_body (at (fixture->theirs, FW_LEVEL_EMERGING, 3), "theirs body.");
  g_list_store_remove (level_store (fixture->theirs, FW_LEVEL_EMERGING), 5);
  fw_statement_set_body (at (fixture->ours, FW_LEVEL_EMERGING, 5), "edited, then deleted.");
  g_assert_cmpuint (merge (fixture), ==, 2);

  written = fw_format_write (fixture->ours, FW_FORMAT_FWK, NULL, &error);
  g_assert_no_error (error);
  reread = fw_format_read_bytes (written, "merged.fwk", FW_FORMAT_AUTO, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_document_get_conflicts (reread))),
                    ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(FwConflict) a = g_list_model_get_item (G_LIST_MODEL (fw_document_get_conflicts (
                                                         fixture->ours)), i);
      g_autoptr(FwConflict) b = g_list_model_get_item (G_LIST_MODEL (fw_document_get_conflicts (
                                                         reread)), i);

      g_assert_true (fw_conflict_equal (a, b));
    }
  rewritten = fw_format_write (reread, FW_FORMAT_FWK, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (written, rewritten));

  fw_validator_run (validator, reread);
  findings = fw_validator_get_findings (validator);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(FwFinding) finding = g_list_model_get_item (findings, i);

      if (g_str_equal (fw_finding_get_rule_id (finding), "FW-MRG-001"))
        {
          n_conflict_errors++;
          g_assert_cmpint (fw_finding_get_severity (finding), ==, FW_SEVERITY_ERROR);
          g_assert_nonnull (fw_finding_get_statement_id (finding));
          g_assert_nonnull (strstr (fw_finding_get_message (finding),
                                    fw_finding_get_statement_id (finding)));
        }
    }
  g_assert_cmpuint (n_conflict_errors, ==, 2);
  (void) id;
}

/* A file without conflicts writes no "conflicts" member: existing files keep their bytes. */
static void
test_no_conflicts_member (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) written = fw_format_write (fixture->base, FW_FORMAT_FWK, NULL, &error);
  gsize size;
  const char *text = g_bytes_get_data (written, &size);

  g_assert_no_error (error);
  g_assert_null (g_strstr_len (text, size, "\"conflicts\""));
}

static void
test_bad_conflict (void)
{
  static const char *const cases[] = {
    "[{\"field\": \"body\"}]",
    "[{\"id\": \"st-1\", \"field\": \"\"}]",
    "[{\"id\": \"st-1\", \"field\": \"body\", \"ours\": 3}]",
    "{}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("{\"format\": \"framewright\", \"formatVersion\": "
                                               "\"1.0\", \"occupation\": {}, \"framework\": {}, "
                                               "\"levels\": {}, \"conflicts\": %s}", cases[i]);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      g_autoptr(GError) error = NULL;
      g_autoptr(FwDocument) document = fw_format_read_bytes (bytes, "bad.fwk", FW_FORMAT_FWK,
                                                             NULL, &error);

      g_assert_null (document);
      g_assert_error (error, FW_ERROR, error->code);
      g_assert_true (g_str_has_prefix (error->message, "bad.fwk:1:"));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)
  ADD ("/merge/different-statements", test_different_statements);
  ADD ("/merge/different-fields", test_different_fields);
  ADD ("/merge/same-place-additions", test_same_place_additions);
  ADD ("/merge/deletions", test_deletions);
  ADD ("/merge/reorder-against-edit", test_reorder_against_edit);
  ADD ("/merge/move-to-level-against-edit", test_move_to_level_against_edit);
  ADD ("/merge/sets-and-items", test_sets_and_items);
  ADD ("/merge/conflict/true", test_true_conflict);
  ADD ("/merge/conflict/metadata", test_metadata_conflict);
  ADD ("/merge/conflict/edit-against-delete", test_edit_against_delete);
  ADD ("/merge/conflict/delete-against-edit", test_delete_against_edit);
  ADD ("/merge/conflict/keep-theirs", test_resolve_keep_theirs);
  ADD ("/merge/conflict/round-trip", test_conflicted_round_trip);
  ADD ("/merge/no-conflicts-member", test_no_conflicts_member);
#undef ADD
  g_test_add_func ("/merge/bad-conflict", test_bad_conflict);

  return g_test_run ();
}
