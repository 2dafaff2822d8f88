/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-formats.h"
#include "fw-error.h"
#include "fw-merge.h"
#include "fw-test-util.h"
#include "fw-validator.h"

/* The three-way merge: what joins cleanly, what conflicts, and conflicts kept in .fwk. */

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
merge (MergeFixture *fixture)
{
  return fw_merge_documents (fixture->base, fixture->ours, fixture->theirs);
}

static void
test_different_statements (MergeFixture  *fixture,
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
test_different_fields (MergeFixture  *fixture,
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
test_same_place_additions (MergeFixture  *fixture,
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
test_deletions (MergeFixture  *fixture,
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
test_reorder_against_edit (MergeFixture  *fixture,
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
test_move_to_level_against_edit (MergeFixture  *fixture,
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
test_sets_and_items (MergeFixture  *fixture,
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
test_true_conflict (MergeFixture  *fixture,
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
test_metadata_conflict (MergeFixture  *fixture,
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
test_edit_against_delete (MergeFixture  *fixture,
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
test_delete_against_edit (MergeFixture  *fixture,
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
test_resolve_keep_theirs (MergeFixture  *fixture,
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
test_conflicted_round_trip (MergeFixture  *fixture,
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

/* Corrections, matched by id. */

static FwCorrection *
add_correction (FwDocument *document,
                const char *id,
                const char *item_id)
{
  g_autoptr(FwCorrection) correction = fw_correction_new_with_id (id, FW_CORRECTION_ITEM_TASK,
                                                                  item_id);
  GListStore *store = fw_document_get_corrections (document);
  guint position = 0;

  g_object_set (correction, "kind", "outdated", "proposed", "Process digital images.",
                "rationale", "Film is gone.", "reviewer", "Ana", "created",
                "2026-05-01T10:00:00Z", "updated", "2026-05-01T10:00:00Z", NULL);
  /* Kept in id order, as the document keeps them. */
  while (position < g_list_model_get_n_items (G_LIST_MODEL (store)))
    {
      g_autoptr(FwCorrection) other = g_list_model_get_item (G_LIST_MODEL (store), position);

      if (strcmp (fw_correction_get_id (other), id) > 0)
        break;
      position++;
    }
  g_list_store_insert (store, position, correction);
  return correction;
}

/* The same correction in base, ours and theirs. */
static void
add_everywhere (MergeFixture    *fixture,
                const char *id)
{
  add_correction (fixture->base, id, "22811");
  add_correction (fixture->ours, id, "22811");
  add_correction (fixture->theirs, id, "22811");
}

static FwCorrection *
correction_of (FwDocument *document,
               const char *id)
{
  return fw_document_find_correction (document, id, NULL);
}

static char *
correction_ids (FwDocument *document)
{
  GListModel *corrections = G_LIST_MODEL (fw_document_get_corrections (document));
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (corrections); i++)
    {
      g_autoptr(FwCorrection) correction = g_list_model_get_item (corrections, i);

      g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", fw_correction_get_id (correction));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
test_corrections_added (MergeFixture  *fixture,
                        gconstpointer  data)
{
  g_autofree char *ids = NULL;

  add_everywhere (fixture, "cr-500000000000");
  add_correction (fixture->ours, "cr-900000000000", "22812");
  add_correction (fixture->theirs, "cr-100000000000", "22813");
  add_correction (fixture->theirs, "cr-700000000000", "22814");

  g_assert_cmpuint (merge (fixture), ==, 0);
  ids = correction_ids (fixture->ours);
  g_assert_cmpstr (ids, ==, "cr-100000000000 cr-500000000000 cr-700000000000 cr-900000000000");
  g_assert_cmpstr (fw_correction_get_item_id (correction_of (fixture->ours, "cr-700000000000")),
                   ==, "22814");
  g_assert_cmpstr (fw_correction_get_proposed (correction_of (fixture->ours, "cr-100000000000")),
                   ==, "Process digital images.");
}

static void
test_corrections_removed (MergeFixture  *fixture,
                          gconstpointer  data)
{
  g_autofree char *ids = NULL;
  guint position;

  add_everywhere (fixture, "cr-100000000000");
  add_everywhere (fixture, "cr-200000000000");
  add_everywhere (fixture, "cr-300000000000");
  fw_document_find_correction (fixture->theirs, "cr-100000000000", &position);
  g_list_store_remove (fw_document_get_corrections (fixture->theirs), position);
  fw_document_find_correction (fixture->ours, "cr-300000000000", &position);
  g_list_store_remove (fw_document_get_corrections (fixture->ours), position);

  g_assert_cmpuint (merge (fixture), ==, 0);
  ids = correction_ids (fixture->ours);
  g_assert_cmpstr (ids, ==, "cr-200000000000");
}

static void
test_corrections_fields (MergeFixture  *fixture,
                         gconstpointer  data)
{
  static const char * const their_evidence[] = { "src-onet", NULL };
  static const char * const our_evidence[] = { "src-aart", NULL };
  FwCorrection *merged;
  const char * const *evidence;

  add_everywhere (fixture, "cr-100000000000");
  g_object_set (correction_of (fixture->ours, "cr-100000000000"), "status", "accepted",
                "updated", "2026-05-03T09:00:00Z", "evidence", our_evidence, NULL);
  g_object_set (correction_of (fixture->theirs, "cr-100000000000"), "rationale",
                "Film processing ended in 2012.", "kind", "inaccurate", "updated",
                "2026-05-04T09:00:00Z", "evidence", their_evidence, NULL);

  g_assert_cmpuint (merge (fixture), ==, 0);
  merged = correction_of (fixture->ours, "cr-100000000000");
  g_assert_cmpstr (fw_correction_get_status (merged), ==, "accepted");
  g_assert_cmpstr (fw_correction_get_rationale (merged), ==, "Film processing ended in 2012.");
  g_assert_cmpstr (fw_correction_get_kind (merged), ==, "inaccurate");
  g_assert_cmpstr (fw_correction_get_proposed (merged), ==, "Process digital images.");
  /* "updated" takes the later of two changes instead of conflicting. */
  g_assert_cmpstr (fw_correction_get_updated (merged), ==, "2026-05-04T09:00:00Z");
  evidence = fw_correction_get_evidence (merged);
  g_assert_cmpuint (g_strv_length ((char **) evidence), ==, 2);
  g_assert_cmpstr (evidence[0], ==, "src-aart");
  g_assert_cmpstr (evidence[1], ==, "src-onet");
}

static void
test_corrections_updated_by_theirs (MergeFixture  *fixture,
                                    gconstpointer  data)
{
  FwCorrection *ours;

  add_everywhere (fixture, "cr-100000000000");
  ours = correction_of (fixture->ours, "cr-100000000000");
  g_object_set (ours, "updated", "2026-05-09T09:00:00Z", NULL);
  g_object_set (correction_of (fixture->theirs, "cr-100000000000"), "updated",
                "2026-05-02T09:00:00Z", NULL);
  g_assert_cmpuint (merge (fixture), ==, 0);
  g_assert_cmpstr (fw_correction_get_updated (ours), ==, "2026-05-09T09:00:00Z");
}

static void
test_corrections_conflict (MergeFixture  *fixture,
                           gconstpointer  data)
{
  g_autoptr(FwValidator) validator = fw_validator_new (NULL);
  g_autoptr(FwCommand) resolve = NULL;
  FwCorrection *merged;
  FwConflict *conflict;
  GListModel *findings;
  guint n_reported = 0;

  add_everywhere (fixture, "cr-100000000000");
  g_object_set (correction_of (fixture->ours, "cr-100000000000"), "status", "accepted", NULL);
  g_object_set (correction_of (fixture->theirs, "cr-100000000000"), "status", "rejected", NULL);

  g_assert_cmpuint (merge (fixture), ==, 1);
  merged = correction_of (fixture->ours, "cr-100000000000");
  g_assert_cmpstr (fw_correction_get_status (merged), ==, "accepted");
  conflict = only_conflict (fixture->ours);
  g_assert_cmpstr (fw_conflict_get_item_id (conflict), ==, "cr-100000000000");
  g_assert_cmpstr (fw_conflict_get_field (conflict), ==, "status");
  g_assert_cmpstr (fw_conflict_get_ours (conflict), ==, "accepted");
  g_assert_cmpstr (fw_conflict_get_theirs (conflict), ==, "rejected");

  fw_validator_run (validator, fixture->ours);
  findings = fw_validator_get_findings (validator);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(FwFinding) finding = g_list_model_get_item (findings, i);

      if (g_str_equal (fw_finding_get_rule_id (finding), "FW-MRG-001"))
        {
          n_reported++;
          g_assert_nonnull (strstr (fw_finding_get_message (finding), "cr-100000000000"));
        }
    }
  g_assert_cmpuint (n_reported, ==, 1);

  /* Keep Theirs in the banner sets the correction's status; undo puts ours back. */
  resolve = fw_conflict_resolve_command (fixture->ours, conflict, TRUE);
  fw_document_run (fixture->ours, g_steal_pointer (&resolve));
  g_assert_cmpstr (fw_correction_get_status (merged), ==, "rejected");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_document_get_conflicts (
                                                fixture->ours))), ==, 0);
  g_assert_true (fw_history_undo (fw_document_get_history (fixture->ours)));
  g_assert_cmpstr (fw_correction_get_status (merged), ==, "accepted");
}

static void
test_corrections_edit_against_delete (MergeFixture  *fixture,
                                      gconstpointer  data)
{
  guint position;
  FwConflict *conflict;

  add_everywhere (fixture, "cr-100000000000");
  g_object_set (correction_of (fixture->ours, "cr-100000000000"), "proposed", "Ours.", NULL);
  fw_document_find_correction (fixture->theirs, "cr-100000000000", &position);
  g_list_store_remove (fw_document_get_corrections (fixture->theirs), position);

  g_assert_cmpuint (merge (fixture), ==, 1);
  g_assert_cmpstr (fw_correction_get_proposed (correction_of (fixture->ours, "cr-100000000000")),
                   ==, "Ours.");
  conflict = only_conflict (fixture->ours);
  g_assert_cmpstr (fw_conflict_get_item_id (conflict), ==, "cr-100000000000");
  g_assert_cmpstr (fw_conflict_get_field (conflict), ==, "correction");
  g_assert_nonnull (strstr (fw_conflict_get_ours (conflict), "Ours."));
  g_assert_null (fw_conflict_get_theirs (conflict));
}

static void
test_corrections_delete_against_edit (MergeFixture  *fixture,
                                      gconstpointer  data)
{
  g_autoptr(FwCommand) resolve = NULL;
  guint position;
  FwConflict *conflict;

  add_everywhere (fixture, "cr-100000000000");
  add_everywhere (fixture, "cr-200000000000");
  fw_document_find_correction (fixture->ours, "cr-100000000000", &position);
  g_list_store_remove (fw_document_get_corrections (fixture->ours), position);
  g_object_set (correction_of (fixture->theirs, "cr-100000000000"), "status", "submitted",
                NULL);

  g_assert_cmpuint (merge (fixture), ==, 1);
  g_assert_nonnull (fw_document_find_correction (fixture->ours, "cr-100000000000", &position));
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpstr (fw_correction_get_status (correction_of (fixture->ours, "cr-100000000000")),
                   ==, "submitted");
  conflict = only_conflict (fixture->ours);
  g_assert_null (fw_conflict_get_ours (conflict));
  g_assert_nonnull (strstr (fw_conflict_get_theirs (conflict), "submitted"));

  /* Keep Mine keeps the removal; undo brings the correction and the conflict back. */
  resolve = fw_conflict_resolve_command (fixture->ours, conflict, FALSE);
  fw_document_run (fixture->ours, g_steal_pointer (&resolve));
  g_assert_null (correction_of (fixture->ours, "cr-100000000000"));
  g_assert_nonnull (correction_of (fixture->ours, "cr-200000000000"));
  g_assert_true (fw_history_undo (fw_document_get_history (fixture->ours)));
  g_assert_nonnull (correction_of (fixture->ours, "cr-100000000000"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_document_get_conflicts (
                                                fixture->ours))), ==, 1);
}

static void
add_reply (FwDocument *document,
           const char *author,
           const char *time,
           const char *text)
{
  g_autoptr(FwCorrectionReply) reply = fw_correction_reply_new (author, time, text);

  g_list_store_append (fw_correction_get_replies (correction_of (document, "cr-100000000000")),
                       reply);
}

static char *
thread (FwDocument *document)
{
  GListModel *replies = G_LIST_MODEL (fw_correction_get_replies (correction_of (
                                                                   document,
                                                                   "cr-100000000000")));
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (replies); i++)
    {
      g_autoptr(FwCorrectionReply) reply = g_list_model_get_item (replies, i);

      g_string_append_printf (text, "%s%s", i > 0 ? "|" : "", fw_correction_reply_get_text (reply));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_corrections_replies (MergeFixture  *fixture,
                          gconstpointer  data)
{
  g_autofree char *merged = NULL;

  add_everywhere (fixture, "cr-100000000000");
  add_reply (fixture->base, "Ana", "2026-05-02T08:00:00Z", "first");
  add_reply (fixture->ours, "Ana", "2026-05-02T08:00:00Z", "first");
  add_reply (fixture->theirs, "Ana", "2026-05-02T08:00:00Z", "first");
  add_reply (fixture->ours, "Bea", "2026-05-03T08:00:00Z", "ours, same time");
  add_reply (fixture->ours, "Bea", "2026-05-05T08:00:00Z", "ours, last");
  add_reply (fixture->theirs, "Al", "2026-05-03T08:00:00Z", "theirs, same time");
  add_reply (fixture->theirs, "Al", "2026-05-04T08:00:00Z", "theirs, later");
  add_reply (fixture->theirs, "Al", "2026-05-04T08:00:00Z", "theirs, again");

  g_assert_cmpuint (merge (fixture), ==, 0);
  merged = thread (fixture->ours);
  g_assert_cmpstr (merged, ==, "first|theirs, same time|ours, same time|theirs, later|"
                   "theirs, again|ours, last");
}

/* A file without conflicts writes no "conflicts" member: existing files keep their bytes. */
static void
test_no_conflicts_member (MergeFixture  *fixture,
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
  g_test_add ((path), MergeFixture, NULL, merge_fixture_set_up, (func), merge_fixture_tear_down)
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
  ADD ("/merge/corrections/added", test_corrections_added);
  ADD ("/merge/corrections/removed", test_corrections_removed);
  ADD ("/merge/corrections/fields", test_corrections_fields);
  ADD ("/merge/corrections/updated-by-theirs", test_corrections_updated_by_theirs);
  ADD ("/merge/corrections/replies", test_corrections_replies);
  ADD ("/merge/conflict/correction-field", test_corrections_conflict);
  ADD ("/merge/conflict/correction-edit-against-delete", test_corrections_edit_against_delete);
  ADD ("/merge/conflict/correction-delete-against-edit", test_corrections_delete_against_edit);
#undef ADD
  g_test_add_func ("/merge/bad-conflict", test_bad_conflict);

  return g_test_run ();
}
