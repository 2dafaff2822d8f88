/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>
#include <string.h>

#include "fw-document.h"
#include "fw-command.h"

static void
count_notify_cb (guint *count)
{
  (*count)++;
}

static guint *
watch_notify (gpointer    object,
              const char *property)
{
  guint *count = g_new0 (guint, 1);
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);

  g_signal_connect_data (object, signal, G_CALLBACK (count_notify_cb), count,
                         (GClosureNotify) (void (*) (void)) g_free, G_CONNECT_SWAPPED);

  return count;
}

static gboolean
is_lower_hex (const char *str)
{
  for (const char *p = str; *p != '\0'; p++)
    {
      if (!g_ascii_isxdigit (*p) || g_ascii_isupper (*p))
        return FALSE;
    }

  return TRUE;
}

static FwStatement *
append_statement (GListStore *store,
                  const char *headline)
{
  g_autoptr(FwStatement) statement = fw_statement_new (headline, "body");

  g_list_store_append (store, statement);

  return statement;
}

static void
document_run (FwDocument *document,
              FwCommand  *command)
{
  g_assert_nonnull (command);
  fw_document_run (document, command);
}

static void
test_levels_defaults (void)
{
  static const char * const labels[] = {
    "Emerging", "Developing", "Proficient", "Advanced",
  };
  static const char * const role_labels[] = {
    "Entry / Apprentice", "Mid-level / Established", "Senior / Expert IC",
    "Lead / Principal / Executive",
  };
  static const char * const durable[] = {
    "Emerging", "Developing", "Applying", "Exceeding",
  };
  g_autoptr(FwDocument) document = fw_document_new ();
  GListModel *levels = fw_document_get_levels (document);

  g_assert_cmpuint (g_list_model_get_n_items (levels), ==, FW_N_LEVELS);
  g_assert_true (g_list_model_get_item_type (levels) == FW_TYPE_LEVEL);

  for (guint i = 0; i < FW_N_LEVELS; i++)
    {
      g_autoptr(FwLevel) level = g_list_model_get_item (levels, i);
      FwLevelKey key;

      g_assert_true (level == fw_document_get_level (document, i));
      g_assert_cmpint (fw_level_get_key (level), ==, i);
      g_assert_cmpstr (fw_level_get_label (level), ==, labels[i]);
      g_assert_cmpstr (fw_level_get_role_label (level), ==, role_labels[i]);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_level_get_statements (level))),
                        ==, 0);
      g_assert_true (fw_level_key_from_string (fw_level_key_to_string (i), &key));
      g_assert_cmpint (key, ==, i);
    }

  g_assert_cmpstr (fw_level_key_to_string (FW_LEVEL_PROFICIENT), ==, "proficient");
  g_assert_false (fw_level_key_from_string ("Proficient", NULL));

  for (guint i = 0; i < FW_N_DURABLE_LEVELS; i++)
    {
      FwDurableLevel level;

      g_assert_cmpstr (fw_durable_level_default_label (i), ==, durable[i]);
      g_assert_true (fw_durable_level_from_string (fw_durable_level_to_string (i), &level));
      g_assert_cmpint (level, ==, i);
    }

  g_assert_cmpstr (fw_durable_level_to_string (FW_DURABLE_APPLYING), ==, "applying");
  g_assert_false (fw_durable_level_from_string ("proficient", NULL));
}

static void
test_document_defaults (void)
{
  g_autoptr(FwDocument) document = fw_document_new ();

  g_assert_cmpstr (fw_document_get_soc (document), ==, "");
  g_assert_cmpstr (fw_document_get_title (document), ==, "");
  g_assert_cmpstr (fw_document_get_version (document), ==, "");
  g_assert_cmpstr (fw_document_get_exported_at (document), ==, "");
  g_assert_cmpint (fw_document_get_job_zone (document), ==, 0);
  g_assert_false (fw_document_get_job_zone_inferred (document));
  g_assert_cmpint (fw_document_get_origin (document), ==, FW_ORIGIN_NATIVE);
  g_assert_null (fw_document_get_provenance (document));
  g_assert_false (fw_history_get_dirty (fw_document_get_history (document)));
  g_assert_cmpuint (g_hash_table_size (fw_document_get_extras (document)), ==, 0);

  g_object_set (document, "title", "Radiologic Technologists", "job-zone", 3, NULL);
  g_assert_cmpstr (fw_document_get_title (document), ==, "Radiologic Technologists");
  g_assert_cmpint (fw_document_get_job_zone (document), ==, 3);

  g_object_set (document, "title", NULL, NULL);
  g_assert_cmpstr (fw_document_get_title (document), ==, "");

  fw_document_set_origin (document, FW_ORIGIN_NSX);
  g_assert_cmpint (fw_document_get_origin (document), ==, FW_ORIGIN_NSX);
}

static void
test_statement_ids (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(FwDocument) document = fw_document_new ();
  GListStore *emerging = fw_level_get_statements (fw_document_get_level (document,
                                                                          FW_LEVEL_EMERGING));
  GListStore *advanced = fw_level_get_statements (fw_document_get_level (document,
                                                                          FW_LEVEL_ADVANCED));
  FwStatement *statement;
  g_autofree char *id = NULL;
  FwStatementPlace place;

  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(FwStatement) fresh = fw_statement_new ("h", "b");
      const char *fresh_id = fw_statement_get_id (fresh);

      g_assert_true (g_str_has_prefix (fresh_id, "st-"));
      g_assert_cmpuint (strlen (fresh_id), ==, 3 + 12);
      g_assert_true (is_lower_hex (fresh_id + 3));
      g_assert_true (g_hash_table_add (seen, g_strdup (fresh_id)));
    }

  append_statement (emerging, "first");
  statement = append_statement (emerging, "second");
  id = g_strdup (fw_statement_get_id (statement));

  document_run (document, fw_command_set_string_new (G_OBJECT (statement), "headline",
                                                     "edited", TRUE));
  g_assert_cmpstr (fw_statement_get_id (statement), ==, id);

  document_run (document, fw_command_move_new (emerging, 1, emerging, 0));
  document_run (document, fw_command_move_new (emerging, 0, advanced, 0));
  g_assert_true (fw_document_find_statement (document, id, &place) == statement);
  g_assert_true (place.store == advanced);
  g_assert_cmpstr (fw_statement_get_id (statement), ==, id);
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "edited");

  while (fw_history_undo (fw_document_get_history (document)))
    ;
  g_assert_true (fw_document_find_statement (document, id, &place) == statement);
  g_assert_true (place.store == emerging);
  g_assert_cmpuint (place.position, ==, 1);
  g_assert_cmpstr (fw_statement_get_id (statement), ==, id);

  {
    g_autoptr(FwStatement) explicit = fw_statement_new_with_id ("st-fixed", "a", "b");

    g_assert_cmpstr (fw_statement_get_id (explicit), ==, "st-fixed");
  }
}

static void
test_null_coercion (void)
{
  g_autoptr(FwStatement) statement = fw_statement_new (NULL, NULL);
  g_autoptr(FwLevel) level = fw_level_new (FW_LEVEL_DEVELOPING);
  g_autoptr(FwDomain) domain = fw_domain_new (NULL);
  g_autoptr(FwSource) source = fw_source_new ("src-1", NULL, NULL);
  g_autoptr(FwTask) task = fw_task_new (NULL, NULL);
  g_autoptr(FwApprenticeship) apprenticeship = fw_apprenticeship_new (NULL, NULL);

  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "");
  g_assert_cmpstr (fw_statement_get_body (statement), ==, "");
  g_assert_null (fw_statement_get_note (statement));

  fw_statement_set_headline (statement, "Headline");
  fw_statement_set_headline (statement, NULL);
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "");
  g_object_set (statement, "body", "Body", NULL);
  g_object_set (statement, "body", NULL, NULL);
  g_assert_cmpstr (fw_statement_get_body (statement), ==, "");

  fw_statement_set_note (statement, "A note");
  g_assert_cmpstr (fw_statement_get_note (statement), ==, "A note");
  fw_statement_set_note (statement, "");
  g_assert_null (fw_statement_get_note (statement));

  fw_level_set_label (level, NULL);
  fw_level_set_role_label (level, NULL);
  g_assert_cmpstr (fw_level_get_label (level), ==, "");
  g_assert_cmpstr (fw_level_get_role_label (level), ==, "");

  g_assert_cmpstr (fw_domain_get_name (domain), ==, "");

  g_assert_cmpstr (fw_source_get_id (source), ==, "src-1");
  g_assert_cmpstr (fw_source_get_short_label (source), ==, "");
  g_assert_cmpstr (fw_source_get_title (source), ==, "");
  g_assert_null (fw_source_get_publisher (source));
  g_assert_null (fw_source_get_url (source));
  g_object_set (source, "publisher", "O*NET", "title", NULL, NULL);
  g_assert_cmpstr (fw_source_get_publisher (source), ==, "O*NET");
  g_assert_cmpstr (fw_source_get_title (source), ==, "");

  g_assert_null (fw_task_get_task_id (task));
  g_assert_cmpstr (fw_task_get_text (task), ==, "");
  g_assert_cmpstr (fw_apprenticeship_get_code (apprenticeship), ==, "");
  g_assert_cmpstr (fw_apprenticeship_get_title (apprenticeship), ==, "");
}

static void
test_strv_never_null (void)
{
  static const char * const citations[] = { "src-a", "src-b", NULL };
  g_autoptr(FwStatement) statement = fw_statement_new ("h", "b");
  g_autoptr(FwOnet) onet = fw_onet_new ();
  const char * const *names = fw_onet_list_properties ();
  g_auto(GStrv) got = NULL;

  g_assert_nonnull (fw_statement_get_citations (statement));
  g_assert_null (fw_statement_get_citations (statement)[0]);
  g_assert_nonnull (fw_statement_get_anchors (statement));
  g_assert_null (fw_statement_get_anchors (statement)[0]);

  fw_statement_set_citations (statement, citations);
  g_assert_true (g_strv_equal (fw_statement_get_citations (statement), citations));
  g_assert_true (fw_statement_get_citations (statement) != citations);
  g_assert_true (fw_statement_cites (statement, "src-b"));
  g_assert_false (fw_statement_cites (statement, "src-c"));

  fw_statement_set_citations (statement, NULL);
  g_assert_nonnull (fw_statement_get_citations (statement));
  g_assert_cmpuint (g_strv_length ((char **) fw_statement_get_citations (statement)), ==, 0);

  g_object_set (statement, "anchors", NULL, NULL);
  g_object_get (statement, "anchors", &got, NULL);
  g_assert_nonnull (got);
  g_assert_null (got[0]);

  g_assert_cmpuint (g_strv_length ((char **) names), ==, 7);
  g_assert_cmpstr (names[0], ==, "related-titles");
  g_assert_cmpstr (names[6], ==, "cip-codes");
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_auto(GStrv) value = NULL;

      g_assert_nonnull (fw_onet_get_strv (onet, names[i]));
      g_assert_null (fw_onet_get_strv (onet, names[i])[0]);

      g_object_set (onet, names[i], citations, NULL);
      g_assert_true (g_strv_equal (fw_onet_get_strv (onet, names[i]), citations));
      g_assert_false (fw_onet_is_empty (onet));

      g_object_set (onet, names[i], NULL, NULL);
      g_object_get (onet, names[i], &value, NULL);
      g_assert_nonnull (value);
      g_assert_null (value[0]);
    }
}

static void
test_evidence_absent (void)
{
  static const char * const numbers[] = {
    "task-observations", "augment-share", "time-saved", "ai-autonomy", "safi-score", NULL
  };
  static const char * const strings[] = {
    "top-skill", "quadrant", "precision", "wef-label", "wef-id", NULL
  };
  g_autoptr(FwEvidence) evidence = fw_evidence_new ();
  double number = 0.0;

  g_assert_true (fw_evidence_is_empty (evidence));

  for (guint i = 0; numbers[i] != NULL; i++)
    {
      g_assert_false (fw_evidence_has (evidence, numbers[i]));
      g_assert_true (isnan (fw_evidence_get_number (evidence, numbers[i])));
      g_object_get (evidence, numbers[i], &number, NULL);
      g_assert_true (isnan (number));
    }

  for (guint i = 0; strings[i] != NULL; i++)
    {
      g_assert_false (fw_evidence_has (evidence, strings[i]));
      g_assert_null (fw_evidence_get_string (evidence, strings[i]));
    }

  /* Zero is a value, not absence. */
  g_object_set (evidence, "augment-share", 0.0, NULL);
  g_assert_true (fw_evidence_has (evidence, "augment-share"));
  g_assert_cmpfloat (fw_evidence_get_number (evidence, "augment-share"), ==, 0.0);
  g_assert_false (fw_evidence_is_empty (evidence));
  g_assert_false (fw_evidence_has (evidence, "time-saved"));

  g_object_set (evidence, "augment-share", 3.5, "quadrant", "Q2_ai_augmented", NULL);
  g_assert_cmpfloat (fw_evidence_get_number (evidence, "augment-share"), ==, 3.5);
  g_assert_true (fw_evidence_has (evidence, "quadrant"));
  g_assert_cmpstr (fw_evidence_get_string (evidence, "quadrant"), ==, "Q2_ai_augmented");
  g_assert_true (g_strv_contains (fw_evidence_known_quadrants (), "Q2_ai_augmented"));
  g_assert_true (g_strv_contains (fw_evidence_known_precisions (), "exact"));

  /* Absence must survive the property system, since undo restores it that way. */
  g_object_set (evidence, "augment-share", NAN, "quadrant", NULL, NULL);
  g_assert_false (fw_evidence_has (evidence, "augment-share"));
  g_assert_false (fw_evidence_has (evidence, "quadrant"));
  g_assert_true (fw_evidence_is_empty (evidence));
}

static void
test_onet_defaults (void)
{
  g_autoptr(FwOnet) onet = fw_onet_new ();
  g_autoptr(FwTask) task = fw_task_new ("12345", "Operate imaging equipment.");
  int count = 0;

  g_assert_cmpint (fw_onet_get_anchor_count (onet), ==, -1);
  g_object_get (onet, "anchor-count", &count, NULL);
  g_assert_cmpint (count, ==, -1);
  g_assert_true (fw_onet_is_empty (onet));

  g_object_set (onet, "anchor-count", 0, NULL);
  g_assert_cmpint (fw_onet_get_anchor_count (onet), ==, 0);
  g_assert_false (fw_onet_is_empty (onet));
  g_object_set (onet, "anchor-count", -1, NULL);
  g_assert_true (fw_onet_is_empty (onet));

  g_list_store_append (fw_onet_get_tasks (onet), task);
  g_assert_false (fw_onet_is_empty (onet));
  g_assert_cmpstr (fw_task_get_task_id (task), ==, "12345");
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (fw_onet_get_apprenticeships (onet)))
                 == FW_TYPE_APPRENTICESHIP);
}

static void
test_notify_real_change (void)
{
  static const char * const one[] = { "src-a", NULL };
  const char *same_contents[] = { "src-a", NULL };
  g_autoptr(FwDocument) document = fw_document_new ();
  g_autoptr(FwStatement) statement = fw_statement_new ("h", "b");
  g_autoptr(FwEvidence) evidence = fw_evidence_new ();
  g_autoptr(FwOnet) onet = fw_onet_new ();
  FwLevel *level = fw_document_get_level (document, FW_LEVEL_ADVANCED);
  guint *headline = watch_notify (statement, "headline");
  guint *citations = watch_notify (statement, "citations");
  guint *confidence = watch_notify (statement, "split-confidence");
  guint *note = watch_notify (statement, "note");
  guint *share = watch_notify (evidence, "augment-share");
  guint *title = watch_notify (document, "title");
  guint *job_zone = watch_notify (document, "job-zone");
  guint *label = watch_notify (level, "label");
  guint *skills = watch_notify (onet, "skills");

  fw_statement_set_headline (statement, "h");
  g_object_set (statement, "headline", "h", NULL);
  g_assert_cmpuint (*headline, ==, 0);
  fw_statement_set_headline (statement, "new");
  g_assert_cmpuint (*headline, ==, 1);
  g_object_set (statement, "headline", "new", NULL);
  g_assert_cmpuint (*headline, ==, 1);
  g_object_set (statement, "headline", "newer", NULL);
  g_assert_cmpuint (*headline, ==, 2);

  fw_statement_set_citations (statement, NULL);
  g_assert_cmpuint (*citations, ==, 0);
  fw_statement_set_citations (statement, one);
  g_assert_cmpuint (*citations, ==, 1);
  fw_statement_set_citations (statement, same_contents);
  g_assert_cmpuint (*citations, ==, 1);

  fw_statement_set_split_confidence (statement, 1.0);
  g_assert_cmpuint (*confidence, ==, 0);
  fw_statement_set_split_confidence (statement, 0.5);
  g_assert_cmpuint (*confidence, ==, 1);

  fw_statement_set_note (statement, "");
  g_assert_cmpuint (*note, ==, 0);
  fw_statement_set_note (statement, "n");
  fw_statement_set_note (statement, "n");
  g_assert_cmpuint (*note, ==, 1);

  g_object_set (evidence, "augment-share", NAN, NULL);
  g_assert_cmpuint (*share, ==, 0);
  g_object_set (evidence, "augment-share", 1.5, NULL);
  g_object_set (evidence, "augment-share", 1.5, NULL);
  g_assert_cmpuint (*share, ==, 1);

  g_object_set (document, "title", NULL, NULL);
  g_assert_cmpuint (*title, ==, 0);
  g_object_set (document, "title", "T", NULL);
  g_object_set (document, "title", "T", NULL);
  g_assert_cmpuint (*title, ==, 1);
  g_object_set (document, "job-zone", 0, NULL);
  g_assert_cmpuint (*job_zone, ==, 0);
  g_object_set (document, "job-zone", 4, NULL);
  g_assert_cmpuint (*job_zone, ==, 1);

  fw_level_set_label (level, "Advanced");
  g_assert_cmpuint (*label, ==, 0);
  fw_level_set_label (level, "Leading");
  g_assert_cmpuint (*label, ==, 1);

  g_object_set (onet, "skills", NULL, NULL);
  g_assert_cmpuint (*skills, ==, 0);
  g_object_set (onet, "skills", one, NULL);
  g_object_set (onet, "skills", same_contents, NULL);
  g_assert_cmpuint (*skills, ==, 1);
}

static void
test_statement_text (void)
{
  g_autoptr(FwStatement) statement = fw_statement_new ("Patient positioning",
                                                       "perform with guidance.");
  g_autofree char *text = fw_statement_to_text (statement);
  g_autofree char *headline = NULL;
  g_autofree char *body = NULL;
  char *untouched = (char *) "untouched";
  char *untouched_body = (char *) "untouched";

  g_assert_cmpstr (FW_STATEMENT_SEPARATOR, ==, " \u2014 ");
  g_assert_cmpstr (text, ==, "Patient positioning \u2014 perform with guidance.");

  g_assert_true (fw_statement_split_text (text, &headline, &body));
  g_assert_cmpstr (headline, ==, "Patient positioning");
  g_assert_cmpstr (body, ==, "perform with guidance.");
  g_clear_pointer (&headline, g_free);
  g_clear_pointer (&body, g_free);

  /* Only the first separator splits; the body may contain more dashes. */
  g_assert_true (fw_statement_split_text ("A \u2014 b \u2014 c", &headline, &body));
  g_assert_cmpstr (headline, ==, "A");
  g_assert_cmpstr (body, ==, "b \u2014 c");
  g_clear_pointer (&headline, g_free);
  g_clear_pointer (&body, g_free);

  /* A hyphen or an em dash without spaces is not the separator. */
  g_assert_false (fw_statement_split_text ("Self-directed\u2014learning - ok", &untouched,
                                           &untouched_body));
  g_assert_cmpstr (untouched, ==, "untouched");
  g_assert_cmpstr (untouched_body, ==, "untouched");

  fw_statement_set_body (statement, "");
  g_clear_pointer (&text, g_free);
  text = fw_statement_to_text (statement);
  g_assert_cmpstr (text, ==, "Patient positioning");
}

static void
test_statement_copy (void)
{
  static const char * const citations[] = { "src-a", NULL };
  static const char * const anchors[] = { "task-1", "task-2", NULL };
  g_autoptr(FwStatement) statement = fw_statement_new ("Headline", "Body");
  g_autoptr(FwStatement) copy = NULL;

  fw_statement_set_note (statement, "Note");
  fw_statement_set_citations (statement, citations);
  fw_statement_set_anchors (statement, anchors);
  fw_statement_set_split_confidence (statement, 0.25);

  copy = fw_statement_copy (statement);
  g_assert_cmpstr (fw_statement_get_id (copy), !=, fw_statement_get_id (statement));
  g_assert_true (fw_statement_equal_content (statement, copy));
  g_assert_cmpfloat (fw_statement_get_split_confidence (copy), ==, 0.25);

  fw_statement_set_anchors (copy, citations);
  g_assert_false (fw_statement_equal_content (statement, copy));
  g_assert_true (g_strv_equal (fw_statement_get_anchors (statement), anchors));

  fw_statement_set_anchors (copy, anchors);
  fw_statement_set_note (copy, NULL);
  g_assert_false (fw_statement_equal_content (statement, copy));
}

typedef struct
{
  GPtrArray *statements;
  GArray    *places;
  guint      stop_after;
} Visits;

static gboolean
record_visit_cb (FwStatement            *statement,
                 const FwStatementPlace *place,
                 gpointer                user_data)
{
  Visits *visits = user_data;

  g_ptr_array_add (visits->statements, statement);
  g_array_append_val (visits->places, *place);

  return visits->places->len != visits->stop_after;
}

static FwDocument *
build_document (void)
{
  FwDocument *document = fw_document_new ();
  g_autoptr(FwDomain) communication = fw_domain_new ("Communication");
  g_autoptr(FwDomain) fortitude = fw_domain_new ("Fortitude");
  static const char * const cites_a[] = { "src-a", NULL };
  static const char * const cites_ab[] = { "src-a", "src-b", NULL };

  /* Filled out of order, so that the visit order must come from the document. */
  append_statement (fw_domain_get_cell (fortitude, FW_DURABLE_EXCEEDING), "fortitude exceeding");
  append_statement (fw_domain_get_cell (communication, FW_DURABLE_APPLYING), "comm applying");
  append_statement (fw_domain_get_cell (communication, FW_DURABLE_EMERGING), "comm emerging");
  fw_statement_set_citations (append_statement (fw_level_get_ai_statements (
                                fw_document_get_level (document, FW_LEVEL_PROFICIENT)),
                                "ai proficient"), cites_ab);
  append_statement (fw_level_get_statements (fw_document_get_level (document,
                                                                    FW_LEVEL_ADVANCED)),
                    "advanced 0");
  fw_statement_set_citations (append_statement (fw_level_get_statements (
                                fw_document_get_level (document, FW_LEVEL_EMERGING)),
                                "emerging 0"), cites_a);
  append_statement (fw_level_get_statements (fw_document_get_level (document,
                                                                    FW_LEVEL_EMERGING)),
                    "emerging 1");
  fw_statement_set_citations (append_statement (fw_level_get_ai_statements (
                                fw_document_get_level (document, FW_LEVEL_EMERGING)),
                                "ai emerging"), cites_a);

  g_list_store_append (fw_document_get_domains (document), communication);
  g_list_store_append (fw_document_get_domains (document), fortitude);

  return document;
}

static void
test_foreach_and_find (void)
{
  static const struct
  {
    const char *headline;
    FwSection   section;
    int         level;
    int         domain;
    guint       position;
  } expected[] = {
    { "emerging 0", FW_SECTION_LEVELS, FW_LEVEL_EMERGING, -1, 0 },
    { "emerging 1", FW_SECTION_LEVELS, FW_LEVEL_EMERGING, -1, 1 },
    { "advanced 0", FW_SECTION_LEVELS, FW_LEVEL_ADVANCED, -1, 0 },
    { "ai emerging", FW_SECTION_AI_FLUENCY, FW_LEVEL_EMERGING, -1, 0 },
    { "ai proficient", FW_SECTION_AI_FLUENCY, FW_LEVEL_PROFICIENT, -1, 0 },
    { "comm emerging", FW_SECTION_DURABLE_SKILLS, FW_DURABLE_EMERGING, 0, 0 },
    { "comm applying", FW_SECTION_DURABLE_SKILLS, FW_DURABLE_APPLYING, 0, 0 },
    { "fortitude exceeding", FW_SECTION_DURABLE_SKILLS, FW_DURABLE_EXCEEDING, 1, 0 },
  };
  g_autoptr(FwDocument) document = build_document ();
  g_autoptr(GPtrArray) statements = g_ptr_array_new ();
  g_autoptr(GArray) places = g_array_new (FALSE, TRUE, sizeof (FwStatementPlace));
  Visits visits = { statements, places, 0 };
  GListModel *domains = G_LIST_MODEL (fw_document_get_domains (document));

  fw_document_foreach_statement (document, record_visit_cb, &visits);
  g_assert_cmpuint (statements->len, ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      FwStatement *statement = g_ptr_array_index (statements, i);
      FwStatementPlace *place = &g_array_index (places, FwStatementPlace, i);
      FwStatementPlace found_place;
      g_autoptr(FwStatement) in_store = NULL;
      g_autoptr(FwDomain) domain = NULL;

      g_assert_cmpstr (fw_statement_get_headline (statement), ==, expected[i].headline);
      g_assert_cmpint (place->section, ==, expected[i].section);
      g_assert_cmpint (place->level, ==, expected[i].level);
      g_assert_cmpuint (place->position, ==, expected[i].position);

      if (expected[i].domain < 0)
        {
          g_assert_null (place->domain);
        }
      else
        {
          domain = g_list_model_get_item (domains, expected[i].domain);
          g_assert_true (place->domain == domain);
        }

      in_store = g_list_model_get_item (G_LIST_MODEL (place->store), place->position);
      g_assert_true (in_store == statement);

      g_assert_true (fw_document_find_statement (document, fw_statement_get_id (statement),
                                                 &found_place) == statement);
      g_assert_cmpint (found_place.section, ==, place->section);
      g_assert_cmpint (found_place.level, ==, place->level);
      g_assert_true (found_place.domain == place->domain);
      g_assert_true (found_place.store == place->store);
      g_assert_cmpuint (found_place.position, ==, place->position);
      g_assert_true (fw_document_find_statement (document, fw_statement_get_id (statement),
                                                 NULL) == statement);
    }

  g_assert_null (fw_document_find_statement (document, "st-000000000000", NULL));

  /* Returning FALSE stops the walk. */
  g_ptr_array_set_size (statements, 0);
  g_array_set_size (places, 0);
  visits.stop_after = 3;
  fw_document_foreach_statement (document, record_visit_cb, &visits);
  g_assert_cmpuint (statements->len, ==, 3);
}

static void
test_citations_and_sources (void)
{
  g_autoptr(FwDocument) document = build_document ();
  g_autoptr(FwSource) source_a = fw_source_new ("src-a", "O*NET", "O*NET OnLine");
  g_autoptr(FwSource) source_b = fw_source_new ("src-b", "AEI", "Anthropic Economic Index");
  static const char * const cites_b[] = { "src-b", NULL };
  g_autoptr(FwDomain) fortitude = NULL;
  g_autoptr(FwStatement) statement = NULL;

  g_assert_cmpuint (fw_document_count_citations (document, "src-a"), ==, 3);
  g_assert_cmpuint (fw_document_count_citations (document, "src-b"), ==, 1);
  g_assert_cmpuint (fw_document_count_citations (document, "src-c"), ==, 0);

  g_list_store_append (fw_document_get_sources (document), source_a);
  g_list_store_append (fw_document_get_sources (document), source_b);
  g_assert_true (fw_document_find_source (document, "src-b") == source_b);
  g_assert_true (fw_document_find_source (document, "src-a") == source_a);
  g_assert_null (fw_document_find_source (document, "src-c"));

  /* A durable-skill statement counts as well. */
  fortitude = g_list_model_get_item (G_LIST_MODEL (fw_document_get_domains (document)), 1);
  statement = g_list_model_get_item (G_LIST_MODEL (fw_domain_get_cell (fortitude,
                                                                       FW_DURABLE_EXCEEDING)),
                                     0);
  fw_statement_set_citations (statement, cites_b);
  g_assert_cmpuint (fw_document_count_citations (document, "src-b"), ==, 2);
}

static void
test_provenance_and_extras (void)
{
  g_autoptr(FwDocument) document = fw_document_new ();
  g_autoptr(JsonNode) node = json_from_string ("{\"onet\": \"30.2\"}", NULL);
  JsonObject *extra = json_object_new ();

  fw_document_set_provenance (document, node);
  g_assert_true (fw_document_get_provenance (document) == node);
  g_assert_cmpstr (json_object_get_string_member (
                     json_node_get_object (fw_document_get_provenance (document)), "onet"),
                   ==, "30.2");
  fw_document_set_provenance (document, NULL);
  g_assert_null (fw_document_get_provenance (document));
  fw_document_set_provenance (document, node);

  json_object_set_int_member (extra, "futureField", 1);
  g_hash_table_insert (fw_document_get_extras (document), g_strdup ("occupation"), extra);
  g_assert_true (g_hash_table_lookup (fw_document_get_extras (document), "occupation") == extra);
}

static void
test_id_from_seed (void)
{
  g_autofree char *a = fw_id_new_from_seed ("st", "emerging/0/Patient positioning");
  g_autofree char *b = fw_id_new_from_seed ("st", "emerging/0/Patient positioning");
  g_autofree char *c = fw_id_new_from_seed ("st", "emerging/1/Patient positioning");
  g_autofree char *abc = fw_id_new_from_seed ("x", "abc");
  g_autofree char *random_a = fw_id_new_random ("src");
  g_autofree char *random_b = fw_id_new_random ("src");

  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);
  g_assert_cmpuint (strlen (a), ==, 3 + 12);
  g_assert_true (is_lower_hex (a + 3));

  /* SHA-256 ("abc") = ba7816bf8f01cfea… */
  g_assert_cmpstr (abc, ==, "x-ba7816bf8f01");

  g_assert_true (g_str_has_prefix (random_a, "src-"));
  g_assert_cmpuint (strlen (random_a), ==, 4 + 12);
  g_assert_true (is_lower_hex (random_a + 4));
  g_assert_cmpstr (random_a, !=, random_b);
}

/*
 * Imported statements get ids derived from their text, the first twelve hex digits of a
 * SHA-256 (checked here against values sha256sum gives), so that importing the same export
 * twice gives the same ids; the id is made when first asked, and stays.
 */
static void
test_statement_derived_ids (void)
{
  g_autofree char *hello = fw_id_new_from_seed ("st", "hello");
  g_autofree char *source = fw_id_new_from_seed ("src", "developing/2/Read \u2014 it");
  g_autoptr(FwStatement) seeded = fw_statement_new_with_id_seed ("hello", "Head", "body");
  g_autoptr(FwStatement) plain = fw_statement_new ("Head", "body");
  g_autofree char *first = NULL;

  g_assert_cmpstr (hello, ==, "st-2cf24dba5fb0");
  g_assert_cmpstr (source, ==, "src-c3de1ea7699a");

  g_assert_cmpstr (fw_statement_get_headline (seeded), ==, "Head");
  g_assert_cmpstr (fw_statement_get_body (seeded), ==, "body");
  g_assert_cmpstr (fw_statement_get_id (seeded), ==, "st-2cf24dba5fb0");
  g_assert_cmpstr (fw_statement_get_id (seeded), ==, "st-2cf24dba5fb0");

  first = g_strdup (fw_statement_get_id (plain));
  g_assert_cmpstr (fw_statement_get_id (plain), ==, first);
  g_assert_cmpstr (first, !=, "st-2cf24dba5fb0");
}

/* A reader's statement: stripped parts, an id derived from the prefix and the whole text,
 * and edits that notify and replace the parts as for any statement. */
static void
test_statement_from_text (void)
{
  g_autofree char *expected_id = fw_id_new_from_seed ("st", "developing/2/ Read \u2014 it  ");
  g_autoptr(FwStatement) statement = fw_statement_new_from_text ("developing/2/",
                                                                  " Read \u2014 it  ");
  g_autoptr(FwStatement) copy = NULL;
  guint *headline_changes;
  guint *body_changes;

  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "Read");
  g_assert_cmpstr (fw_statement_get_body (statement), ==, "it");
  g_assert_cmpstr (fw_statement_get_id (statement), ==, expected_id);

  headline_changes = watch_notify (statement, "headline");
  body_changes = watch_notify (statement, "body");
  fw_statement_set_headline (statement, "Read");
  g_assert_cmpuint (*headline_changes, ==, 0);
  fw_statement_set_headline (statement, "Write");
  fw_statement_set_body (statement, "");
  g_assert_cmpuint (*headline_changes, ==, 1);
  g_assert_cmpuint (*body_changes, ==, 1);
  g_assert_cmpstr (fw_statement_get_headline (statement), ==, "Write");
  g_assert_cmpstr (fw_statement_get_body (statement), ==, "");
  g_assert_cmpstr (fw_statement_get_id (statement), ==, expected_id);

  copy = fw_statement_copy (statement);
  g_assert_true (fw_statement_equal_content (copy, statement));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/levels/defaults", test_levels_defaults);
  g_test_add_func ("/model/document/defaults", test_document_defaults);
  g_test_add_func ("/model/statement/ids", test_statement_ids);
  g_test_add_func ("/model/statement/derived-ids", test_statement_derived_ids);
  g_test_add_func ("/model/statement/from-text", test_statement_from_text);
  g_test_add_func ("/model/null-coercion", test_null_coercion);
  g_test_add_func ("/model/strv-never-null", test_strv_never_null);
  g_test_add_func ("/model/evidence/absent", test_evidence_absent);
  g_test_add_func ("/model/onet/defaults", test_onet_defaults);
  g_test_add_func ("/model/notify/real-change", test_notify_real_change);
  g_test_add_func ("/model/statement/text", test_statement_text);
  g_test_add_func ("/model/statement/copy", test_statement_copy);
  g_test_add_func ("/model/document/foreach-and-find", test_foreach_and_find);
  g_test_add_func ("/model/document/citations-and-sources", test_citations_and_sources);
  g_test_add_func ("/model/document/provenance-and-extras", test_provenance_and_extras);
  g_test_add_func ("/model/ids/from-seed", test_id_from_seed);

  return g_test_run ();
}
