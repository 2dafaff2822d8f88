/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include <libxml/parser.h>

#include "fw-diff.h"
#include "fw-diff-report.h"
#include "fw-formats.h"
#include "fw-test-util.h"

/* The semantic diff: every kind of change, matching by text, and the reports. */

static FwStatement *
statement_at (FwDocument *document,
              FwLevelKey  key,
              guint       position)
{
  GListModel *list = G_LIST_MODEL (fw_level_get_statements (fw_document_get_level (document,
                                                                                  key)));
  g_autoptr(FwStatement) statement = g_list_model_get_item (list, position);

  return statement;
}

static GListStore *
level_store (FwDocument *document,
             FwLevelKey  key)
{
  return fw_level_get_statements (fw_document_get_level (document, key));
}

static const FwChange *
only_change (GPtrArray *changes)
{
  g_assert_cmpuint (changes->len, ==, 1);
  return g_ptr_array_index (changes, 0);
}

static void
test_equal (void)
{
  g_autoptr(FwDocument) a = read_sample_file ();
  g_autoptr(FwDocument) b = read_sample_file ();
  g_autoptr(GPtrArray) changes = fw_diff_documents (a, b);
  g_autofree char *text = fw_diff_format_text (changes, "a", "b", FALSE);

  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_cmpstr (text, ==, "");
}

static void
test_added (void)
{
  g_autoptr(FwDocument) a = read_sample_file ();
  g_autoptr(FwDocument) b = read_sample_file ();
  g_autoptr(FwStatement) added = fw_statement_new_with_id ("st-new", "Quality checks",
                                                           "run daily checks.");
  g_autoptr(GPtrArray) changes = NULL;
  const FwChange *change;

  g_list_store_insert (level_store (b, FW_LEVEL_DEVELOPING), 3, added);
  changes = fw_diff_documents (a, b);
  change = only_change (changes);
  g_assert_cmpint (change->kind, ==, FW_CHANGE_ADDED);
  g_assert_cmpstr (change->path, ==, "levels.developing[3]");
  g_assert_cmpstr (change->id, ==, "st-new");
  g_assert_null (change->old_text);
  g_assert_cmpstr (change->new_text, ==, "Quality checks — run daily checks.");
  g_assert_true (change->new_statement == added);
}

static void
test_removed (void)
{
  g_autoptr(FwDocument) a = read_sample_file ();
  g_autoptr(FwDocument) b = read_sample_file ();
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *id = g_strdup (fw_statement_get_id (statement_at (a, FW_LEVEL_ADVANCED, 4)));
  const FwChange *change;

  g_list_store_remove (level_store (b, FW_LEVEL_ADVANCED), 4);
  changes = fw_diff_documents (a, b);
  change = only_change (changes);
  g_assert_cmpint (change->kind, ==, FW_CHANGE_REMOVED);
  g_assert_cmpstr (change->path, ==, "levels.advanced[4]");
  g_assert_cmpstr (change->id, ==, id);
  g_assert_nonnull (change->old_text);
  g_assert_null (change->new_text);
  g_assert_cmpuint (change->old_place.position, ==, 4);
}

static void
test_edited_words (void)
{
  g_autoptr(FwDocument) a = read_sample_file ();
  g_autoptr(FwDocument) b = read_sample_file ();
  FwStatement *statement = statement_at (b, FW_LEVEL_EMERGING, 0);
  g_autofree char *body = g_strdup (fw_statement_get_body (statement));
  g_autofree char *edited = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) segments = NULL;
  const FwChange *change;
  gboolean saw_delete = FALSE, saw_insert = FALSE;

  g_assert_true (g_str_has_prefix (body, "adjust under direct supervision"));
  edited = g_strconcat ("set", body + strlen ("adjust"), NULL);
  fw_statement_set_body (statement, edited);
  changes = fw_diff_documents (a, b);
  change = only_change (changes);
  g_assert_cmpint (change->kind, ==, FW_CHANGE_EDITED);
  g_assert_true (fw_change_has_field (change, "body"));
  g_assert_false (fw_change_has_field (change, "headline"));
  g_assert_false (fw_change_has_field (change, "position"));

  segments = fw_diff_words (change->old_text, change->new_text);
  for (guint i = 0; i < segments->len; i++)
    {
      FwDiffSegment *segment = g_ptr_array_index (segments, i);

      if (segment->op == FW_DIFF_DELETE)
        {
          g_assert_cmpstr (segment->text, ==, "adjust");
          saw_delete = TRUE;
        }
      else if (segment->op == FW_DIFF_INSERT)
        {
          g_assert_cmpstr (segment->text, ==, "set");
          saw_insert = TRUE;
        }
    }
  g_assert_true (saw_delete && saw_insert);
}

static void
test_headline_and_citations (void)
{
  g_autoptr(FwDocument) a = read_sample_file ();
  g_autoptr(FwDocument) b = read_sample_file ();
  FwStatement *old_statement = statement_at (a, FW_LEVEL_PROFICIENT, 1);
  FwStatement *statement = statement_at (b, FW_LEVEL_PROFICIENT, 1);
  static const char * const before[] = { "src-a", "src-b", NULL };
  static const char * const after[] = { "src-b", "src-c", NULL };
  g_autoptr(GPtrArray) changes = NULL;
  const FwChange *change;

  fw_statement_set_citations (old_statement, before);
  fw_statement_set_citations (statement, after);
  fw_statement_set_headline (statement, "A new headline");
  changes = fw_diff_documents (a, b);
  change = only_change (changes);
  g_assert_true (fw_change_has_field (change, "headline"));
  g_assert_true (fw_change_has_field (change, "citations"));
  g_assert_false (fw_change_has_field (change, "body"));
  g_assert_cmpuint (change->citations_added->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (change->citations_added, 0), ==, "src-c");
  g_assert_cmpuint (change->citations_removed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (change->citations_removed, 0), ==, "src-a");
}

static void
test_note_and_anchors (void)
{
  g_autoptr(FwDocument) a = read_sample_file ();
  g_autoptr(FwDocument) b = read_sample_file ();
  FwStatement *statement = statement_at (b, FW_LEVEL_PROFICIENT, 2);
  static const char * const anchors[] = { "12345", NULL };
  g_autoptr(GPtrArray) changes = NULL;
  const FwChange *change;

  fw_statement_set_note (statement, "Check with the board.");
  fw_statement_set_anchors (statement, anchors);
  changes = fw_diff_documents (a, b);
  change = only_change (changes);
  g_assert_cmpint (change->kind, ==, FW_CHANGE_EDITED);
  g_assert_true (fw_change_has_field (change, "note"));
  g_assert_true (fw_change_has_field (change, "anchors"));
}

/* One statement moved to the end of its level: only that one is reported, not those that
 * shifted up. */
static void
test_moved_within_level (void)
{
  g_autoptr(FwDocument) a = read_sample_file ();
  g_autoptr(FwDocument) b = read_sample_file ();
  GListStore *store = level_store (b, FW_LEVEL_DEVELOPING);
  g_autoptr(FwStatement) moved = g_list_model_get_item (G_LIST_MODEL (store), 1);
  g_autoptr(GPtrArray) changes = NULL;
  const FwChange *change;

  g_list_store_remove (store, 1);
  g_list_store_append (store, moved);
  changes = fw_diff_documents (a, b);
  change = only_change (changes);
  g_assert_cmpint (change->kind, ==, FW_CHANGE_MOVED);
  g_assert_true (fw_change_has_field (change, "position"));
  g_assert_cmpstr (change->id, ==, fw_statement_get_id (moved));
  g_assert_cmpstr (change->path, ==, "levels.developing[9]");
  g_assert_cmpstr (change->old_path, ==, "levels.developing[1]");
}

static void
test_moved_to_level (void)
{
  g_autoptr(FwDocument) a = read_sample_file ();
  g_autoptr(FwDocument) b = read_sample_file ();
  GListStore *from = level_store (b, FW_LEVEL_EMERGING);
  g_autoptr(FwStatement) moved = g_list_model_get_item (G_LIST_MODEL (from), 9);
  g_autoptr(GPtrArray) changes = NULL;
  const FwChange *change;

  g_list_store_remove (from, 9);
  g_list_store_insert (level_store (b, FW_LEVEL_DEVELOPING), 0, moved);
  fw_statement_set_body (moved, "calculate with care.");
  changes = fw_diff_documents (a, b);
  change = only_change (changes);
  g_assert_cmpint (change->kind, ==, FW_CHANGE_EDITED);
  g_assert_true (fw_change_has_field (change, "level"));
  g_assert_true (fw_change_has_field (change, "body"));
  g_assert_cmpstr (change->path, ==, "levels.developing[0]");
  g_assert_cmpstr (change->old_path, ==, "levels.emerging[9]");
  g_assert_cmpint (change->old_place.level, ==, FW_LEVEL_EMERGING);
  g_assert_cmpint (change->new_place.level, ==, FW_LEVEL_DEVELOPING);
}

static void
test_metadata_and_items (void)
{
  g_autoptr(FwDocument) a = read_sample_file ();
  g_autoptr(FwDocument) b = read_sample_file ();
  g_autoptr(FwSource) source = fw_source_new ("src-new", "New 2026", "A new source");
  g_autoptr(FwDomain) domain = fw_domain_new ("Curiosity");
  static const char * const skills[] = { "Reading Comprehension", NULL };
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GHashTable) paths = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(FwConflict) conflict = fw_conflict_new ("framework", "version", "framework.version",
                                                    "v.26.05", "v.26.11");

  g_object_set (b, "version", "v.26.11", "title", "Radiographers", NULL);
  g_object_set (fw_document_get_level (b, FW_LEVEL_ADVANCED), "role-label", "Lead", NULL);
  g_object_set (fw_document_get_evidence (b), "safi-score", 61.5, "quadrant", "Q1_human_led",
                NULL);
  g_object_set (fw_document_get_onet (b), "skills", skills, NULL);
  g_list_store_append (fw_document_get_sources (b), source);
  g_list_store_append (fw_document_get_domains (b), domain);
  g_list_store_append (fw_document_get_conflicts (b), conflict);

  changes = fw_diff_documents (a, b);
  for (guint i = 0; i < changes->len; i++)
    {
      FwChange *change = g_ptr_array_index (changes, i);

      g_assert_cmpint (change->subject, !=, FW_CHANGE_STATEMENT);
      g_hash_table_insert (paths, change->path, change);
    }

  g_assert_true (g_hash_table_contains (paths, "framework.version"));
  g_assert_true (g_hash_table_contains (paths, "occupation.title"));
  g_assert_true (g_hash_table_contains (paths, "levels.advanced.role-label"));
  g_assert_true (g_hash_table_contains (paths, "evidence.safi-score"));
  g_assert_true (g_hash_table_contains (paths, "evidence.quadrant"));
  g_assert_true (g_hash_table_contains (paths, "onet.skills"));
  g_assert_true (g_hash_table_contains (paths, "sources.src-new"));
  g_assert_true (g_hash_table_contains (paths, "durableSkills"));
  g_assert_true (g_hash_table_contains (paths, "conflicts"));
  {
    FwChange *version = g_hash_table_lookup (paths, "framework.version");
    FwChange *added = g_hash_table_lookup (paths, "sources.src-new");
    FwChange *score = g_hash_table_lookup (paths, "evidence.safi-score");

    g_assert_cmpint (version->kind, ==, FW_CHANGE_EDITED);
    g_assert_cmpstr (version->old_text, ==, "v.26.05");
    g_assert_cmpstr (version->new_text, ==, "v.26.11");
    g_assert_cmpint (added->kind, ==, FW_CHANGE_ADDED);
    g_assert_cmpstr (score->new_text, ==, "61.5");
  }
  /* Removing them again is the opposite change. */
  {
    g_autoptr(GPtrArray) back = fw_diff_documents (b, a);

    g_assert_cmpuint (back->len, ==, changes->len);
  }
}

/* Two NSX exports of one framework, v.26.05 and v.26.11: ids are derived from the text and
 * the position, so the edited statement and every one after an insertion get new ids. */
static FwDocument *
read_nsx (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  FwDocument *document = fw_format_read_bytes (bytes, "export.json", FW_FORMAT_NSX_JSON, NULL,
                                               &error);

  g_assert_no_error (error);
  return document;
}

static void
test_nsx_similarity (void)
{
  g_autoptr(FwDocument) sample = read_sample_file ();
  g_autoptr(FwDocument) edited = read_sample_file ();
  g_autoptr(GError) error = NULL;
  FwWriteOptions options = { "2026-05-15T12:00:00Z" };
  g_autoptr(GBytes) old_bytes = NULL, new_bytes = NULL;
  g_autoptr(FwDocument) a = NULL, b = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(FwStatement) inserted = fw_statement_new ("Room readiness checks",
                                                      "perform before the first patient.");
  FwStatement *statement = statement_at (edited, FW_LEVEL_DEVELOPING, 2);
  g_autofree char *body = g_strdup (fw_statement_get_body (statement));
  guint n_added = 0, n_edited = 0;

  old_bytes = fw_format_write (sample, FW_FORMAT_NSX_JSON, &options, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (body, "implement consistently"));
  fw_statement_set_body (statement, body + strlen ("implement "));
  g_list_store_insert (level_store (edited, FW_LEVEL_DEVELOPING), 0, inserted);
  g_object_set (edited, "version", "v.26.11", NULL);
  options.exported_at = "2026-11-15T12:00:00Z";
  new_bytes = fw_format_write (edited, FW_FORMAT_NSX_JSON, &options, &error);
  g_assert_no_error (error);

  a = read_nsx (old_bytes);
  b = read_nsx (new_bytes);
  changes = fw_diff_documents (a, b);
  for (guint i = 0; i < changes->len; i++)
    {
      FwChange *change = g_ptr_array_index (changes, i);

      if (change->subject != FW_CHANGE_STATEMENT)
        continue;
      g_assert_cmpint (change->kind, !=, FW_CHANGE_REMOVED);
      g_assert_cmpint (change->kind, !=, FW_CHANGE_MOVED);
      if (change->kind == FW_CHANGE_ADDED)
        {
          n_added++;
          g_assert_cmpstr (change->path, ==, "levels.developing[0]");
        }
      else
        {
          n_edited++;
          g_assert_cmpstr (change->path, ==, "levels.developing[3]");
          g_assert_true (fw_change_has_field (change, "body"));
          /* Matched by text: the id changed with it. */
          g_assert_nonnull (change->new_id);
          g_assert_cmpstr (change->new_id, !=, change->id);
          g_assert_cmpfloat (change->similarity, <, 1.0);
          g_assert_cmpfloat (change->similarity, >=, FW_DIFF_MIN_SIMILARITY);
        }
    }
  g_assert_cmpuint (n_added, ==, 1);
  g_assert_cmpuint (n_edited, ==, 1);
}

/* A statement written again with a new id, and a copy of it added to another level: the one
 * in its own level is the same statement, the copy the addition. */
static void
test_same_text_same_place (void)
{
  g_autoptr(FwDocument) a = read_sample_file ();
  g_autoptr(FwDocument) b = read_sample_file ();
  GListStore *developing = level_store (b, FW_LEVEL_DEVELOPING);
  FwStatement *original = statement_at (b, FW_LEVEL_DEVELOPING, 2);
  g_autoptr(FwStatement) rewritten = fw_statement_new (fw_statement_get_headline (original),
                                                       fw_statement_get_body (original));
  g_autoptr(FwStatement) copied = fw_statement_new (fw_statement_get_headline (original),
                                                    fw_statement_get_body (original));
  g_autoptr(GPtrArray) changes = NULL;
  const FwChange *change;

  g_list_store_splice (developing, 2, 1, (gpointer *) &rewritten, 1);
  g_list_store_insert (level_store (b, FW_LEVEL_EMERGING), 0, copied);
  changes = fw_diff_documents (a, b);
  change = only_change (changes);
  g_assert_cmpint (change->kind, ==, FW_CHANGE_ADDED);
  g_assert_cmpstr (change->path, ==, "levels.emerging[0]");
  g_assert_cmpstr (change->id, ==, fw_statement_get_id (copied));
}

static void
test_similarity (void)
{
  g_assert_cmpfloat (fw_diff_similarity ("Alpha beta gamma", "alpha BETA gamma"), ==, 1.0);
  g_assert_cmpfloat (fw_diff_similarity ("alpha beta", "gamma delta"), ==, 0.0);
  g_assert_cmpfloat_with_epsilon (fw_diff_similarity ("a b c d", "a b c e"), 0.75, 1e-9);
  g_assert_cmpfloat (fw_diff_similarity ("", ""), ==, 1.0);
}

static void
test_words_rebuild (void)
{
  const char *old_text = "Patient setup — execute with  minimal oversight.";
  const char *new_text = "Patient setup — execute alone with no oversight at all.";
  g_autoptr(GPtrArray) segments = fw_diff_words (old_text, new_text);
  g_autoptr(GString) old_side = g_string_new (NULL);
  g_autoptr(GString) new_side = g_string_new (NULL);

  for (guint i = 0; i < segments->len; i++)
    {
      FwDiffSegment *segment = g_ptr_array_index (segments, i);

      if (segment->op != FW_DIFF_INSERT)
        g_string_append (old_side, segment->text);
      if (segment->op != FW_DIFF_DELETE)
        g_string_append (new_side, segment->text);
      if (i > 0)
        g_assert_cmpint (segment->op, !=,
                         ((FwDiffSegment *) g_ptr_array_index (segments, i - 1))->op);
    }
  g_assert_cmpstr (old_side->str, ==, old_text);
  g_assert_cmpstr (new_side->str, ==, new_text);
}

static GPtrArray *
some_changes (void)
{
  g_autoptr(FwDocument) a = read_sample_file ();
  g_autoptr(FwDocument) b = read_sample_file ();
  FwStatement *statement = statement_at (b, FW_LEVEL_EMERGING, 1);

  fw_statement_set_body (statement, "perform <alone> & with care.");
  g_list_store_remove (level_store (b, FW_LEVEL_ADVANCED), 0);
  return fw_diff_documents (a, b);
}

static void
test_reports (void)
{
  g_autoptr(GPtrArray) changes = some_changes ();
  g_autofree char *text = fw_diff_format_text (changes, "old.fwk", "new.fwk", FALSE);
  g_autofree char *color = fw_diff_format_text (changes, "old.fwk", "new.fwk", TRUE);
  g_autofree char *json = fw_diff_format_json (changes);
  g_autofree char *xhtml = fw_diff_format_xhtml (changes, "old.fwk", "new & <new>");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;
  JsonObject *first;
  xmlDocPtr xml;

  g_assert_true (g_str_has_prefix (text, "--- old.fwk\n+++ new.fwk\n@@ levels.emerging[1] st-"));
  g_assert_nonnull (strstr (text, " edited: body @@\n-"));
  g_assert_nonnull (strstr (text, "\n+Patient positioning on the examining table — perform "
                                  "<alone> & with care.\n"));
  g_assert_nonnull (strstr (text, "@@ levels.advanced[0] st-"));
  g_assert_null (strchr (text, '\033'));
  /* Colour marks the changed words only. */
  g_assert_nonnull (strstr (color, "\033[1;30;42m<alone>"));

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  array = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                        "changes");
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  first = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "kind"), ==, "edited");
  g_assert_cmpstr (json_object_get_string_member (first, "path"), ==, "levels.emerging[1]");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (first, "id"), "st-"));
  g_assert_nonnull (json_object_get_string_member (first, "old"));
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (first, "fields"),
                                                  0), ==, "body");
  g_assert_true (json_object_get_null_member (json_array_get_object_element (array, 1), "new"));

  xml = xmlReadMemory (xhtml, strlen (xhtml), "report.xhtml", NULL, XML_PARSE_NONET);
  g_assert_nonnull (xml);
  xmlFreeDoc (xml);
  g_assert_nonnull (strstr (xhtml, "<ins>&lt;alone&gt; &amp; with care.</ins>"));
  g_assert_nonnull (strstr (xhtml, "new &amp; &lt;new&gt;"));
}

static void
test_render_text (void)
{
  g_autoptr(FwDocument) a = read_sample_file ();
  g_autoptr(FwDocument) b = read_sample_file ();
  g_autoptr(FwStatement) added = fw_statement_new ("Extra", "do more.");
  g_autofree char *text_a = fw_document_render_text (a);
  g_autofree char *again = fw_document_render_text (a);
  g_autofree char *text_b = NULL;
  g_auto(GStrv) lines_a = NULL, lines_b = NULL;

  g_assert_cmpstr (text_a, ==, again);
  g_assert_nonnull (strstr (text_a, "\n[levels.developing: Developing / "));
  g_assert_nonnull (strstr (text_a, "\nversion: v.26.05\n"));

  /* An insertion changes one line: no positions in the rendering. */
  g_list_store_insert (level_store (b, FW_LEVEL_EMERGING), 0, added);
  text_b = fw_document_render_text (b);
  lines_a = g_strsplit (text_a, "\n", -1);
  lines_b = g_strsplit (text_b, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines_b), ==, g_strv_length (lines_a) + 1);
  g_assert_nonnull (strstr (text_b, "]\nExtra — do more.\n"));
}

/* A correction of the sample's O*NET task @item_id, added to @document in id order. */
static FwCorrection *
add_correction (FwDocument *document,
                const char *id,
                const char *item_id,
                const char *status,
                const char *proposed)
{
  g_autoptr(FwCorrection) correction = fw_correction_new_with_id (id, FW_CORRECTION_ITEM_TASK,
                                                                  item_id);

  g_object_set (correction, "kind", "inaccurate", "status", status, "proposed", proposed,
                "current", "Old wording.", "reviewer", "R. Vance", NULL);
  g_list_store_append (fw_document_get_corrections (document), correction);
  return correction;
}

static const FwChange *
change_of (GPtrArray  *changes,
           const char *id)
{
  for (guint i = 0; i < changes->len; i++)
    {
      const FwChange *change = g_ptr_array_index (changes, i);

      if (g_strcmp0 (change->id, id) == 0)
        return change;
    }
  return NULL;
}

static void
test_corrections (void)
{
  g_autoptr(FwDocument) a = read_sample_file ();
  g_autoptr(FwDocument) b = read_sample_file ();
  g_autoptr(FwCorrectionReply) reply = fw_correction_reply_new ("A. Author", "2026-05-16T10:00:00Z",
                                                                "Agreed, will fix.");
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *text = NULL;
  g_autofree char *json = NULL;
  g_autofree char *xhtml = NULL;
  g_autofree char *shown = NULL;
  const FwChange *change;
  FwCorrection *edited;
  xmlDocPtr xml;

  add_correction (a, "cr-000000000001", "1001", "open", "Position the patient.");
  add_correction (b, "cr-000000000001", "1001", "accepted", "Position the patient.");
  add_correction (a, "cr-000000000002", "1002", "open", "Gone.");
  add_correction (a, "cr-000000000003", "1003", "accepted", "Reopened.");
  add_correction (b, "cr-000000000003", "1003", "open", "Reopened.");
  add_correction (a, "cr-000000000004", "1004", "open", "First proposal.");
  edited = add_correction (b, "cr-000000000004", "1004", "open", "Second proposal.");
  g_list_store_append (fw_correction_get_replies (edited), reply);
  add_correction (a, "cr-000000000005", "1005", "submitted", "Same.");
  add_correction (b, "cr-000000000005", "1005", "submitted", "Same.");
  add_correction (b, "cr-000000000006", "1006", "open", "Brand new.");
  add_correction (a, "cr-000000000007", "1007", "accepted", "Changed verdict.");
  add_correction (b, "cr-000000000007", "1007", "rejected", "Changed verdict.");
  add_correction (a, "cr-000000000008", "1008", "submitted", "Turned down.");
  add_correction (b, "cr-000000000008", "1008", "rejected", "Turned down.");

  changes = fw_diff_documents (a, b);
  g_assert_cmpuint (changes->len, ==, 7);
  /* Rejected resolves it too; a verdict changed from one to the other is an edit. */
  g_assert_cmpint (change_of (changes, "cr-000000000008")->kind, ==, FW_CHANGE_RESOLVED);
  g_assert_cmpint (change_of (changes, "cr-000000000007")->kind, ==, FW_CHANGE_EDITED);
  g_assert_null (change_of (changes, "cr-000000000005"));

  /* Accepted: resolved, the status the field that changed. */
  change = change_of (changes, "cr-000000000001");
  g_assert_cmpint (change->kind, ==, FW_CHANGE_RESOLVED);
  g_assert_cmpint (change->subject, ==, FW_CHANGE_CORRECTION);
  g_assert_cmpstr (change->path, ==, "corrections[0]");
  g_assert_cmpuint (change->fields->len, ==, 1);
  g_assert_true (fw_change_has_field (change, "status"));
  g_assert_cmpstr (change->old_text, ==, "open · inaccurate · task 1001: Position the patient.");
  g_assert_cmpstr (change->new_text, ==, "accepted · inaccurate · task 1001: Position the "
                                         "patient.");

  change = change_of (changes, "cr-000000000002");
  g_assert_cmpint (change->kind, ==, FW_CHANGE_REMOVED);
  g_assert_cmpstr (change->path, ==, "corrections[1]");
  g_assert_null (change->new_text);

  /* Reopened is an edit, not a resolution. */
  change = change_of (changes, "cr-000000000003");
  g_assert_cmpint (change->kind, ==, FW_CHANGE_EDITED);
  g_assert_true (fw_change_has_field (change, "status"));

  change = change_of (changes, "cr-000000000004");
  g_assert_cmpint (change->kind, ==, FW_CHANGE_EDITED);
  g_assert_cmpstr (change->path, ==, "corrections[2]");
  g_assert_cmpstr (change->old_path, ==, "corrections[3]");
  g_assert_cmpuint (change->fields->len, ==, 2);
  g_assert_true (fw_change_has_field (change, "proposed"));
  g_assert_true (fw_change_has_field (change, "replies"));

  change = change_of (changes, "cr-000000000006");
  g_assert_cmpint (change->kind, ==, FW_CHANGE_ADDED);
  g_assert_cmpstr (change->path, ==, "corrections[4]");
  g_assert_null (change->old_text);
  g_assert_cmpstr (change->new_text, ==, "open · inaccurate · task 1006: Brand new.");

  text = fw_diff_format_text (changes, "old.fwk", "new.fwk", FALSE);
  g_assert_nonnull (strstr (text, "@@ corrections[0] cr-000000000001 resolved: status @@\n"
                                  "-open · inaccurate · task 1001: Position the patient.\n"
                                  "+accepted · inaccurate · task 1001: Position the patient.\n"));
  g_assert_nonnull (strstr (text, "@@ corrections[4] cr-000000000006 added @@\n+open"));
  json = fw_diff_format_json (changes);
  g_assert_nonnull (strstr (json, "\"kind\": \"resolved\",\n      \"subject\": \"correction\",\n"
                                  "      \"path\": \"corrections[0]\",\n      \"id\": "
                                  "\"cr-000000000001\""));
  xhtml = fw_diff_format_xhtml (changes, "old.fwk", "new.fwk");
  xml = xmlReadMemory (xhtml, strlen (xhtml), "report.xhtml", NULL, XML_PARSE_NONET);
  g_assert_nonnull (xml);
  xmlFreeDoc (xml);
  g_assert_nonnull (strstr (xhtml, "<li class=\"resolved\">"));

  /* show lists them, so that git diff shows them too. */
  shown = fw_document_render_text (b);
  g_assert_nonnull (strstr (shown, "\n[corrections]\ncr-000000000001 accepted inaccurate task "
                                   "1001: \"Old wording.\" -> \"Position the patient.\" "
                                   "(R. Vance)\n"));
  g_assert_nonnull (strstr (shown, "\ncr-000000000004 open inaccurate task 1004: \"Old "
                                   "wording.\" -> \"Second proposal.\" (R. Vance); 1 reply\n"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diff/equal", test_equal);
  g_test_add_func ("/diff/added", test_added);
  g_test_add_func ("/diff/removed", test_removed);
  g_test_add_func ("/diff/edited-words", test_edited_words);
  g_test_add_func ("/diff/headline-and-citations", test_headline_and_citations);
  g_test_add_func ("/diff/note-and-anchors", test_note_and_anchors);
  g_test_add_func ("/diff/moved-within-level", test_moved_within_level);
  g_test_add_func ("/diff/moved-to-level", test_moved_to_level);
  g_test_add_func ("/diff/metadata-and-items", test_metadata_and_items);
  g_test_add_func ("/diff/nsx-similarity", test_nsx_similarity);
  g_test_add_func ("/diff/same-text-same-place", test_same_text_same_place);
  g_test_add_func ("/diff/similarity", test_similarity);
  g_test_add_func ("/diff/words-rebuild", test_words_rebuild);
  g_test_add_func ("/diff/reports", test_reports);
  g_test_add_func ("/diff/render-text", test_render_text);
  g_test_add_func ("/diff/corrections", test_corrections);

  return g_test_run ();
}
