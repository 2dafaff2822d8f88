/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>

#include "fw-document.h"
#include "fw-command.h"
#include "fw-history.h"

/* A command that records what was done to it, to check ordering. */
#define TEST_TYPE_RECORDING_COMMAND (test_recording_command_get_type ())
G_DECLARE_FINAL_TYPE (TestRecordingCommand, test_recording_command,
                      TEST, RECORDING_COMMAND, FwCommand)

struct _TestRecordingCommand
{
  FwCommand  parent_instance;

  GString   *log;
  char      *name;
};

G_DEFINE_FINAL_TYPE (TestRecordingCommand, test_recording_command, FW_TYPE_COMMAND)

static void
test_recording_command_apply (FwCommand *command)
{
  TestRecordingCommand *self = TEST_RECORDING_COMMAND (command);

  g_string_append_printf (self->log, "+%s", self->name);
}

static void
test_recording_command_revert (FwCommand *command)
{
  TestRecordingCommand *self = TEST_RECORDING_COMMAND (command);

  g_string_append_printf (self->log, "-%s", self->name);
}

static void
test_recording_command_finalize (GObject *object)
{
  TestRecordingCommand *self = TEST_RECORDING_COMMAND (object);

  g_free (self->name);

  G_OBJECT_CLASS (test_recording_command_parent_class)->finalize (object);
}

static void
test_recording_command_class_init (TestRecordingCommandClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_recording_command_finalize;
  FW_COMMAND_CLASS (klass)->apply = test_recording_command_apply;
  FW_COMMAND_CLASS (klass)->revert = test_recording_command_revert;
}

static void
test_recording_command_init (TestRecordingCommand *self G_GNUC_UNUSED)
{
}

static FwCommand *
recording_command_new (GString    *log,
                       const char *name)
{
  TestRecordingCommand *self = g_object_new (TEST_TYPE_RECORDING_COMMAND, NULL);

  self->log = log;
  self->name = g_strdup (name);

  return FW_COMMAND (self);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static guint *
watch (gpointer    object,
       const char *signal)
{
  guint *count = g_new0 (guint, 1);

  g_signal_connect_data (object, signal, G_CALLBACK (count_cb), count,
                         (GClosureNotify) (void (*) (void)) g_free, G_CONNECT_SWAPPED);

  return count;
}

/* fw_history_run() takes over the reference; this only checks that there was a command. */
static void
run (FwHistory *history,
     FwCommand *command)
{
  g_assert_nonnull (command);
  fw_history_run (history, command);
}

static void
document_run (FwDocument *document,
              FwCommand  *command)
{
  g_assert_nonnull (command);
  fw_document_run (document, command);
}

static FwStatement *
add_statement (GListStore *store,
               const char *headline)
{
  g_autoptr(FwStatement) statement = fw_statement_new (headline, "");

  g_list_store_append (store, statement);

  return statement;
}

static char *
headlines (GListStore *store)
{
  GString *str = g_string_new (NULL);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(FwStatement) statement = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (i > 0)
        g_string_append_c (str, ' ');
      g_string_append (str, fw_statement_get_headline (statement));
    }

  return g_string_free (str, FALSE);
}

#define assert_headlines(store, expected) \
  G_STMT_START { \
    g_autofree char *_got = headlines (store); \
    g_assert_cmpstr (_got, ==, expected); \
  } G_STMT_END

static void
test_set_string (void)
{
  g_autoptr(FwHistory) history = fw_history_new ();
  g_autoptr(FwStatement) statement = fw_statement_new ("Old", "Body");
  FwCommand *command = fw_command_set_string_new (G_OBJECT (statement), "headline", "New", TRUE);

  g_assert_true (fw_command_get_target (command) == G_OBJECT (statement));
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "Old");

  run (history, command);
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "New");
  g_assert_true (fw_history_undo (history));
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "Old");
  g_assert_true (fw_history_redo (history));
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "New");

  /* A note that did not exist comes back as no note. */
  run (history, fw_command_set_string_new (G_OBJECT (statement), "note", "Check", FALSE));
  g_assert_cmpstr (fw_statement_get_note (statement), ==, "Check");
  g_assert_true (fw_history_undo (history));
  g_assert_null (fw_statement_get_note (statement));
}

static void
test_set_scalars (void)
{
  g_autoptr(FwDocument) document = fw_document_new ();
  FwHistory *history = fw_document_get_history (document);
  FwEvidence *evidence = fw_document_get_evidence (document);
  g_autoptr(FwStatement) statement = fw_statement_new ("H", "B");

  document_run (document, fw_command_set_int_new (G_OBJECT (document), "job-zone", 3));
  g_assert_cmpint (fw_document_get_job_zone (document), ==, 3);
  document_run (document, fw_command_set_boolean_new (G_OBJECT (document),
                                                      "job-zone-inferred", TRUE));
  g_assert_true (fw_document_get_job_zone_inferred (document));
  document_run (document, fw_command_set_double_new (G_OBJECT (statement),
                                                     "split-confidence", 0.5));
  g_assert_cmpfloat (fw_statement_get_split_confidence (statement), ==, 0.5);
  document_run (document, fw_command_set_double_new (G_OBJECT (evidence), "time-saved", 85.5));
  g_assert_cmpfloat (fw_evidence_get_number (evidence, "time-saved"), ==, 85.5);

  g_assert_true (fw_history_undo (history));
  g_assert_false (fw_evidence_has (evidence, "time-saved"));
  g_assert_true (isnan (fw_evidence_get_number (evidence, "time-saved")));
  g_assert_true (fw_history_undo (history));
  g_assert_cmpfloat (fw_statement_get_split_confidence (statement), ==, 1.0);
  g_assert_true (fw_history_undo (history));
  g_assert_false (fw_document_get_job_zone_inferred (document));
  g_assert_true (fw_history_undo (history));
  g_assert_cmpint (fw_document_get_job_zone (document), ==, 0);
  g_assert_false (fw_history_undo (history));

  while (fw_history_redo (history))
    ;
  g_assert_cmpint (fw_document_get_job_zone (document), ==, 3);
  g_assert_true (fw_document_get_job_zone_inferred (document));
  g_assert_cmpfloat (fw_statement_get_split_confidence (statement), ==, 0.5);
  g_assert_cmpfloat (fw_evidence_get_number (evidence, "time-saved"), ==, 85.5);

  /* Setting a number back to absent is undoable too. */
  document_run (document, fw_command_set_double_new (G_OBJECT (evidence), "time-saved", NAN));
  g_assert_false (fw_evidence_has (evidence, "time-saved"));
  g_assert_true (fw_history_undo (history));
  g_assert_cmpfloat (fw_evidence_get_number (evidence, "time-saved"), ==, 85.5);
}

static void
test_document_self_edit (void)
{
  FwDocument *document = fw_document_new ();
  FwHistory *history = fw_document_get_history (document);
  g_autoptr(FwCommand) command = fw_command_set_string_new (G_OBJECT (document), "title",
                                                            "Radiographer", TRUE);

  g_assert_true (fw_command_get_target (command) == G_OBJECT (document));
  fw_document_run (document, g_object_ref (command));
  g_assert_cmpstr (fw_document_get_title (document), ==, "Radiographer");
  g_assert_true (fw_history_undo (history));
  g_assert_cmpstr (fw_document_get_title (document), ==, "");
  g_assert_true (fw_history_redo (history));
  g_assert_cmpstr (fw_document_get_title (document), ==, "Radiographer");

  /* Edits of the document itself must not keep it alive through its own history. */
  g_object_add_weak_pointer (G_OBJECT (document), (gpointer *) &document);
  g_object_unref (document);
  g_assert_null (document);
  g_assert_null (fw_command_get_target (command));
}

static void
test_set_strv (void)
{
  static const char * const before[] = { "src-a", NULL };
  static const char * const after[] = { "src-a", "src-b", NULL };
  g_autoptr(FwHistory) history = fw_history_new ();
  g_autoptr(FwStatement) statement = fw_statement_new ("H", "B");
  g_autoptr(FwOnet) onet = fw_onet_new ();

  fw_statement_set_citations (statement, before);
  run (history, fw_command_set_strv_new (G_OBJECT (statement), "citations", after));
  g_assert_true (g_strv_equal (fw_statement_get_citations (statement), after));
  g_assert_true (fw_history_undo (history));
  g_assert_true (g_strv_equal (fw_statement_get_citations (statement), before));
  g_assert_true (fw_history_redo (history));
  g_assert_true (g_strv_equal (fw_statement_get_citations (statement), after));

  run (history, fw_command_set_strv_new (G_OBJECT (onet), "skills", after));
  run (history, fw_command_set_strv_new (G_OBJECT (onet), "skills", NULL));
  g_assert_nonnull (fw_onet_get_strv (onet, "skills"));
  g_assert_null (fw_onet_get_strv (onet, "skills")[0]);
  g_assert_true (fw_history_undo (history));
  g_assert_true (g_strv_equal (fw_onet_get_strv (onet, "skills"), after));
  g_assert_true (fw_history_undo (history));
  g_assert_null (fw_onet_get_strv (onet, "skills")[0]);

  /* A statement's anchors (O*NET task ids), as the inspector edits them. */
  {
    static const char * const anchors[] = { "22804", "22807", NULL };

    g_assert_null (fw_statement_get_anchors (statement)[0]);
    run (history, fw_command_set_strv_new (G_OBJECT (statement), "anchors", anchors));
    g_assert_true (g_strv_equal (fw_statement_get_anchors (statement), anchors));
    run (history, fw_command_set_strv_new (G_OBJECT (statement), "anchors", anchors + 1));
    g_assert_true (g_strv_equal (fw_statement_get_anchors (statement), anchors + 1));
    g_assert_true (fw_history_undo (history));
    g_assert_true (g_strv_equal (fw_statement_get_anchors (statement), anchors));
    g_assert_true (fw_history_undo (history));
    g_assert_null (fw_statement_get_anchors (statement)[0]);
    g_assert_true (fw_history_redo (history));
    g_assert_true (g_strv_equal (fw_statement_get_anchors (statement), anchors));
    /* The citations are untouched by anchor edits. */
    g_assert_true (g_strv_equal (fw_statement_get_citations (statement), after));
  }
}

static void
test_insert_remove (void)
{
  g_autoptr(FwHistory) history = fw_history_new ();
  g_autoptr(GListStore) store = g_list_store_new (FW_TYPE_STATEMENT);
  g_autoptr(FwStatement) inserted = fw_statement_new ("x", "");
  g_autoptr(FwStatement) end = fw_statement_new ("end", "");
  g_autoptr(FwStatement) middle = NULL;

  add_statement (store, "a");
  add_statement (store, "b");
  add_statement (store, "c");

  run (history, fw_command_insert_new (store, 1, inserted));
  assert_headlines (store, "a x b c");
  g_assert_true (fw_history_undo (history));
  assert_headlines (store, "a b c");
  g_assert_true (fw_history_redo (history));
  assert_headlines (store, "a x b c");

  run (history, fw_command_insert_new (store, 4, end));
  assert_headlines (store, "a x b c end");
  g_assert_true (fw_history_undo (history));
  g_assert_true (fw_history_redo (history));
  assert_headlines (store, "a x b c end");

  middle = g_list_model_get_item (G_LIST_MODEL (store), 2);
  run (history, fw_command_remove_new (store, 2));
  assert_headlines (store, "a x c end");
  g_assert_true (fw_history_undo (history));
  assert_headlines (store, "a x b c end");
  {
    g_autoptr(FwStatement) back = g_list_model_get_item (G_LIST_MODEL (store), 2);

    g_assert_true (back == middle);
  }
  g_assert_true (fw_history_redo (history));
  assert_headlines (store, "a x c end");

  while (fw_history_undo (history))
    ;
  assert_headlines (store, "a b c");
}

static void
test_move_within_store (void)
{
  g_autoptr(FwHistory) history = fw_history_new ();
  g_autoptr(GListStore) store = g_list_store_new (FW_TYPE_STATEMENT);

  add_statement (store, "a");
  add_statement (store, "b");
  add_statement (store, "c");
  add_statement (store, "d");

  /* Forwards: to_position counts after removal, so 3 is the end. */
  run (history, fw_command_move_new (store, 0, store, 3));
  assert_headlines (store, "b c d a");
  g_assert_true (fw_history_undo (history));
  assert_headlines (store, "a b c d");
  g_assert_true (fw_history_redo (history));
  assert_headlines (store, "b c d a");

  run (history, fw_command_move_new (store, 0, store, 1));
  assert_headlines (store, "c b d a");

  /* Backwards. */
  run (history, fw_command_move_new (store, 3, store, 0));
  assert_headlines (store, "a c b d");
  run (history, fw_command_move_new (store, 2, store, 1));
  assert_headlines (store, "a b c d");

  g_assert_true (fw_history_undo (history));
  assert_headlines (store, "a c b d");
  g_assert_true (fw_history_undo (history));
  assert_headlines (store, "c b d a");
  g_assert_true (fw_history_undo (history));
  assert_headlines (store, "b c d a");
  g_assert_true (fw_history_undo (history));
  assert_headlines (store, "a b c d");

  while (fw_history_redo (history))
    ;
  assert_headlines (store, "a b c d");
  g_assert_true (fw_history_undo (history));
  assert_headlines (store, "a c b d");

  /* Within one store the last valid target is the end of the list without the item. */
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*to_position*");
  g_assert_null (fw_command_move_new (store, 0, store, 4));
  g_test_assert_expected_messages ();

  /* Moving onto its own place is a valid step that changes nothing. */
  run (history, fw_command_move_new (store, 1, store, 1));
  assert_headlines (store, "a c b d");
  g_assert_true (fw_history_undo (history));
  assert_headlines (store, "a c b d");
}

static void
test_move_across_stores (void)
{
  g_autoptr(FwDocument) document = fw_document_new ();
  FwHistory *history = fw_document_get_history (document);
  GListStore *emerging = fw_level_get_statements (fw_document_get_level (document,
                                                                          FW_LEVEL_EMERGING));
  GListStore *advanced = fw_level_get_statements (fw_document_get_level (document,
                                                                          FW_LEVEL_ADVANCED));
  FwStatement *moved;
  g_autofree char *id = NULL;
  FwStatementPlace place;

  add_statement (emerging, "a");
  moved = add_statement (emerging, "b");
  add_statement (advanced, "x");
  add_statement (advanced, "y");
  id = g_strdup (fw_statement_get_id (moved));

  document_run (document, fw_command_move_new (emerging, 1, advanced, 1));
  assert_headlines (emerging, "a");
  assert_headlines (advanced, "x b y");
  g_assert_true (fw_document_find_statement (document, id, &place) == moved);
  g_assert_true (place.store == advanced);
  g_assert_cmpint (place.level, ==, FW_LEVEL_ADVANCED);

  document_run (document, fw_command_move_new (advanced, 1, emerging, 0));
  assert_headlines (emerging, "b a");
  assert_headlines (advanced, "x y");

  g_assert_true (fw_history_undo (history));
  assert_headlines (emerging, "a");
  assert_headlines (advanced, "x b y");
  g_assert_true (fw_history_undo (history));
  assert_headlines (emerging, "a b");
  assert_headlines (advanced, "x y");
  g_assert_true (fw_history_redo (history));
  assert_headlines (emerging, "a");
  assert_headlines (advanced, "x b y");
  g_assert_cmpstr (fw_statement_get_id (moved), ==, id);
}

static void
test_group (void)
{
  g_autoptr(FwHistory) history = fw_history_new ();
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GListStore) store = g_list_store_new (FW_TYPE_STATEMENT);
  FwCommand *group = fw_command_group_new ("Replace Statements");
  FwStatement *a;

  a = add_statement (store, "a");
  add_statement (store, "b");
  add_statement (store, "c");

  /* The group takes over each reference, so adding fresh commands leaks nothing. */
  fw_command_group_add (group, recording_command_new (log, "1"));
  fw_command_group_add (group, recording_command_new (log, "2"));
  fw_command_group_add (group, recording_command_new (log, "3"));
  g_assert_cmpuint (fw_command_group_get_size (group), ==, 3);
  g_assert_null (fw_command_get_target (group));

  fw_history_run (history, group);
  g_assert_cmpstr (log->str, ==, "+1+2+3");
  g_assert_cmpstr (fw_history_get_undo_label (history), ==, "Replace Statements");
  g_assert_true (fw_history_undo (history));
  g_assert_cmpstr (log->str, ==, "+1+2+3-3-2-1");
  g_assert_true (fw_history_redo (history));
  g_assert_cmpstr (log->str, ==, "+1+2+3-3-2-1+1+2+3");

  {
    FwCommand *edit = fw_command_group_new ("Edit Statements");

    /* Removals from the highest position down, as the group documents. */
    fw_command_group_add (edit, fw_command_remove_new (store, 2));
    fw_command_group_add (edit, fw_command_remove_new (store, 1));
    fw_command_group_add (edit, fw_command_set_string_new (G_OBJECT (a), "headline", "A",
                                                           FALSE));
    fw_history_run (history, edit);
    assert_headlines (store, "A");
    g_assert_true (fw_history_undo (history));
    assert_headlines (store, "a b c");
    g_assert_true (fw_history_redo (history));
    assert_headlines (store, "A");
  }
}

static void
test_merge_typing (void)
{
  g_autoptr(FwHistory) history = fw_history_new ();
  g_autoptr(FwStatement) statement = fw_statement_new ("", "");
  GObject *target = G_OBJECT (statement);

  fw_history_set_merge_interval (history, 60 * 1000);

  run (history, fw_command_set_string_new (target, "headline", "P", TRUE));
  run (history, fw_command_set_string_new (target, "headline", "Pa", TRUE));
  run (history, fw_command_set_string_new (target, "headline", "Pat", TRUE));
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "Pat");
  g_assert_true (fw_history_undo (history));
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "");
  g_assert_false (fw_history_can_undo (history));
  g_assert_true (fw_history_redo (history));
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "Pat");

  /* After a redo, new typing starts its own step. */
  run (history, fw_command_set_string_new (target, "headline", "Pati", TRUE));
  run (history, fw_command_set_string_new (target, "headline", "Patie", TRUE));
  g_assert_true (fw_history_undo (history));
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "Pat");

  /* break_merge ends the burst. */
  run (history, fw_command_set_string_new (target, "headline", "Patient", TRUE));
  fw_history_break_merge (history);
  run (history, fw_command_set_string_new (target, "headline", "Patient p", TRUE));
  g_assert_true (fw_history_undo (history));
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "Patient");

  /* Saving ends the burst, so undo can return to the saved text. */
  run (history, fw_command_set_string_new (target, "headline", "Patient po", TRUE));
  fw_history_mark_clean (history);
  run (history, fw_command_set_string_new (target, "headline", "Patient pos", TRUE));
  g_assert_true (fw_history_get_dirty (history));
  g_assert_true (fw_history_undo (history));
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "Patient po");
  g_assert_false (fw_history_get_dirty (history));

  /* Non-mergeable commands, other properties and other targets do not merge. */
  run (history, fw_command_set_string_new (target, "headline", "H1", FALSE));
  run (history, fw_command_set_string_new (target, "headline", "H2", TRUE));
  g_assert_true (fw_history_undo (history));
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "H1");
  run (history, fw_command_set_string_new (target, "body", "B", TRUE));
  run (history, fw_command_set_string_new (target, "headline", "H3", TRUE));
  g_assert_true (fw_history_undo (history));
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "H1");
  g_assert_cmpstr (fw_statement_get_body (statement), ==, "B");
}

/* Typing in two statements, one after the other, never merges into one step: each Undo
 * reverts the last statement's edit only. */
static void
test_merge_two_statements (void)
{
  g_autoptr(FwHistory) history = fw_history_new ();
  g_autoptr(FwStatement) first = fw_statement_new ("", "");
  g_autoptr(FwStatement) second = fw_statement_new ("", "");

  fw_history_set_merge_interval (history, 60 * 1000);
  run (history, fw_command_set_string_new (G_OBJECT (first), "headline", "P", TRUE));
  run (history, fw_command_set_string_new (G_OBJECT (first), "headline", "Pa", TRUE));
  run (history, fw_command_set_string_new (G_OBJECT (second), "headline", "Q", TRUE));
  run (history, fw_command_set_string_new (G_OBJECT (second), "headline", "Qu", TRUE));

  g_assert_true (fw_history_undo (history));
  g_assert_cmpstr (fw_statement_get_headline (second), ==, "");
  g_assert_cmpstr (fw_statement_get_headline (first), ==, "Pa");
  g_assert_true (fw_history_can_undo (history));
  g_assert_true (fw_history_undo (history));
  g_assert_cmpstr (fw_statement_get_headline (first), ==, "");
  g_assert_false (fw_history_can_undo (history));

  /* A step of its own (a paste, a split) right after typing in the same field stays apart. */
  run (history, fw_command_set_string_new (G_OBJECT (first), "headline", "Pat", TRUE));
  run (history, fw_command_set_string_new (G_OBJECT (first), "headline", "Pasted", FALSE));
  g_assert_true (fw_history_undo (history));
  g_assert_cmpstr (fw_statement_get_headline (first), ==, "Pat");
}

static void
test_merge_interval (void)
{
  g_autoptr(FwHistory) history = fw_history_new ();
  g_autoptr(FwStatement) statement = fw_statement_new ("", "");
  GObject *target = G_OBJECT (statement);
  guint interval = 0;

  g_object_get (history, "merge-interval", &interval, NULL);
  g_assert_cmpuint (interval, ==, 1000);

  fw_history_set_merge_interval (history, 0);
  run (history, fw_command_set_string_new (target, "headline", "a", TRUE));
  run (history, fw_command_set_string_new (target, "headline", "ab", TRUE));
  g_assert_true (fw_history_undo (history));
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "a");
  g_assert_true (fw_history_undo (history));
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "");

  fw_history_set_merge_interval (history, 50);
  run (history, fw_command_set_string_new (target, "headline", "x", TRUE));
  g_usleep (120 * G_TIME_SPAN_MILLISECOND);
  run (history, fw_command_set_string_new (target, "headline", "xy", TRUE));
  g_assert_true (fw_history_undo (history));
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "x");
}

static void
test_dirty (void)
{
  g_autoptr(FwHistory) history = fw_history_new ();
  g_autoptr(FwStatement) statement = fw_statement_new ("", "");
  GObject *target = G_OBJECT (statement);

  g_assert_false (fw_history_get_dirty (history));
  run (history, fw_command_set_string_new (target, "headline", "1", FALSE));
  g_assert_true (fw_history_get_dirty (history));
  g_assert_true (fw_history_undo (history));
  g_assert_false (fw_history_get_dirty (history));
  g_assert_true (fw_history_redo (history));
  g_assert_true (fw_history_get_dirty (history));

  fw_history_mark_clean (history);
  g_assert_false (fw_history_get_dirty (history));
  g_assert_true (fw_history_undo (history));
  g_assert_true (fw_history_get_dirty (history));
  g_assert_true (fw_history_redo (history));
  g_assert_false (fw_history_get_dirty (history));

  run (history, fw_command_set_string_new (target, "headline", "2", FALSE));
  g_assert_true (fw_history_undo (history));
  g_assert_false (fw_history_get_dirty (history));

  /* Undo past the saved state, then branch off: the saved state is gone for good. */
  g_assert_true (fw_history_undo (history));
  g_assert_true (fw_history_get_dirty (history));
  run (history, fw_command_set_string_new (target, "headline", "1", FALSE));
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "1");
  g_assert_true (fw_history_get_dirty (history));
  g_assert_true (fw_history_undo (history));
  g_assert_true (fw_history_get_dirty (history));
  g_assert_true (fw_history_redo (history));
  g_assert_true (fw_history_get_dirty (history));
  fw_history_mark_clean (history);
  g_assert_false (fw_history_get_dirty (history));

  /* An import or a restored draft is unsaved without any edit. */
  fw_history_mark_dirty (history);
  g_assert_true (fw_history_get_dirty (history));
  run (history, fw_command_set_string_new (target, "headline", "3", FALSE));
  g_assert_true (fw_history_undo (history));
  g_assert_true (fw_history_get_dirty (history));
  fw_history_mark_clean (history);
  g_assert_false (fw_history_get_dirty (history));
}

static void
test_redo_cleared (void)
{
  g_autoptr(FwHistory) history = fw_history_new ();
  g_autoptr(FwStatement) statement = fw_statement_new ("", "");
  GObject *target = G_OBJECT (statement);

  g_assert_false (fw_history_can_undo (history));
  g_assert_false (fw_history_can_redo (history));
  g_assert_false (fw_history_undo (history));
  g_assert_false (fw_history_redo (history));

  run (history, fw_command_set_string_new (target, "headline", "1", FALSE));
  run (history, fw_command_set_string_new (target, "headline", "2", FALSE));
  g_assert_true (fw_history_undo (history));
  g_assert_true (fw_history_undo (history));
  g_assert_true (fw_history_can_redo (history));

  run (history, fw_command_set_string_new (target, "body", "b", FALSE));
  g_assert_false (fw_history_can_redo (history));
  g_assert_false (fw_history_redo (history));
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "");
  g_assert_true (fw_history_undo (history));
  g_assert_false (fw_history_can_undo (history));
}

static void
test_labels (void)
{
  g_autoptr(FwHistory) history = fw_history_new ();
  g_autoptr(GListStore) store = g_list_store_new (FW_TYPE_STATEMENT);
  FwStatement *statement = add_statement (store, "a");
  g_autoptr(FwStatement) inserted = fw_statement_new ("c", "");
  FwCommand *command;

  g_assert_null (fw_history_get_undo_label (history));
  g_assert_null (fw_history_get_redo_label (history));

  run (history, fw_command_set_string_new (G_OBJECT (statement), "headline", "b", FALSE));
  g_assert_cmpstr (fw_history_get_undo_label (history), ==, "Edit Headline");
  run (history, fw_command_insert_new (store, 0, inserted));
  g_assert_cmpstr (fw_history_get_undo_label (history), ==, "Add");
  g_assert_true (fw_history_undo (history));
  g_assert_cmpstr (fw_history_get_undo_label (history), ==, "Edit Headline");
  g_assert_cmpstr (fw_history_get_redo_label (history), ==, "Add");

  command = fw_command_remove_new (store, 0);
  g_assert_cmpstr (fw_command_get_label (command), ==, "Remove");
  fw_command_set_label (command, "Delete Statement");
  run (history, command);
  g_assert_cmpstr (fw_history_get_undo_label (history), ==, "Delete Statement");
  g_assert_null (fw_history_get_redo_label (history));

  g_assert_true (fw_history_undo (history));
  g_assert_cmpstr (fw_history_get_redo_label (history), ==, "Delete Statement");
  command = fw_command_move_new (store, 0, store, 0);
  g_assert_cmpstr (fw_command_get_label (command), ==, "Move");
  g_object_unref (command);
}

static void
test_signals (void)
{
  g_autoptr(FwHistory) history = fw_history_new ();
  g_autoptr(FwStatement) statement = fw_statement_new ("", "");
  GObject *target = G_OBJECT (statement);
  guint *changed = watch (history, "changed");
  guint *can_undo = watch (history, "notify::can-undo");
  guint *can_redo = watch (history, "notify::can-redo");
  guint *dirty = watch (history, "notify::dirty");
  guint *undo_label = watch (history, "notify::undo-label");
  guint *redo_label = watch (history, "notify::redo-label");
  guint64 generation = fw_history_get_generation (history);

  run (history, fw_command_set_string_new (target, "headline", "1", FALSE));
  g_assert_cmpuint (*changed, ==, 1);
  g_assert_cmpuint (*can_undo, ==, 1);
  g_assert_cmpuint (*can_redo, ==, 0);
  g_assert_cmpuint (*dirty, ==, 1);
  g_assert_cmpuint (*undo_label, ==, 1);
  g_assert_cmpuint (fw_history_get_generation (history), ==, generation + 1);

  /* Same label, still undoable, still dirty: only "changed". */
  run (history, fw_command_set_string_new (target, "headline", "2", FALSE));
  g_assert_cmpuint (*changed, ==, 2);
  g_assert_cmpuint (*can_undo, ==, 1);
  g_assert_cmpuint (*dirty, ==, 1);
  g_assert_cmpuint (*undo_label, ==, 1);

  run (history, fw_command_set_string_new (target, "body", "b", FALSE));
  g_assert_cmpuint (*undo_label, ==, 2);

  g_assert_true (fw_history_undo (history));
  g_assert_cmpuint (*changed, ==, 4);
  g_assert_cmpuint (*can_undo, ==, 1);
  g_assert_cmpuint (*can_redo, ==, 1);
  g_assert_cmpuint (*undo_label, ==, 3);
  g_assert_cmpuint (*redo_label, ==, 1);

  g_assert_true (fw_history_redo (history));
  g_assert_cmpuint (*changed, ==, 5);
  g_assert_cmpuint (*can_redo, ==, 2);
  g_assert_cmpuint (*redo_label, ==, 2);
  g_assert_cmpuint (*undo_label, ==, 4);
  g_assert_cmpuint (fw_history_get_generation (history), ==, generation + 5);

  /* Nothing to redo: no signal, no new generation. */
  g_assert_false (fw_history_redo (history));
  g_assert_cmpuint (*changed, ==, 5);
  g_assert_cmpuint (fw_history_get_generation (history), ==, generation + 5);

  fw_history_mark_clean (history);
  g_assert_cmpuint (*dirty, ==, 2);
  g_assert_cmpuint (*changed, ==, 5);
  fw_history_mark_clean (history);
  g_assert_cmpuint (*dirty, ==, 2);
  fw_history_mark_dirty (history);
  fw_history_mark_dirty (history);
  g_assert_cmpuint (*dirty, ==, 3);

  while (fw_history_undo (history))
    ;
  g_assert_cmpuint (*can_undo, ==, 2);
  g_assert_cmpuint (*changed, ==, 8);
  g_assert_cmpuint (*dirty, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/set-property/string", test_set_string);
  g_test_add_func ("/history/set-property/scalars", test_set_scalars);
  g_test_add_func ("/history/set-property/strv", test_set_strv);
  g_test_add_func ("/history/set-property/document-itself", test_document_self_edit);
  g_test_add_func ("/history/insert-remove", test_insert_remove);
  g_test_add_func ("/history/move/within-store", test_move_within_store);
  g_test_add_func ("/history/move/across-stores", test_move_across_stores);
  g_test_add_func ("/history/group", test_group);
  g_test_add_func ("/history/merge/typing", test_merge_typing);
  g_test_add_func ("/history/merge/two-statements", test_merge_two_statements);
  g_test_add_func ("/history/merge/interval", test_merge_interval);
  g_test_add_func ("/history/dirty", test_dirty);
  g_test_add_func ("/history/redo-cleared", test_redo_cleared);
  g_test_add_func ("/history/labels", test_labels);
  g_test_add_func ("/history/signals", test_signals);

  return g_test_run ();
}
