/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * CASE 1.0 (1EdTech Competencies and Academic Standards Exchange) export and import: the
 * package's shape, identifiers that survive edits, dates from provenance, the round trip of
 * our own packages, and the OpenSALT packages in tests/data/case (MIT, see LICENSE.opensalt)
 * read leniently. The schema itself is checked by the schema suite (tests/schema).
 */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-error.h"
#include "fw-formats.h"
#include "fw-json.h"
#include "fw-uuid.h"

#include "fw-test-util.h"

static GBytes *
export_case (FwDocument *document,
             const char *base_uri)
{
  g_autoptr(GError) error = NULL;
  FwWriteOptions options = { NULL, base_uri };
  GBytes *bytes = fw_format_write (document, FW_FORMAT_CASE, &options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static JsonObject *
parse_package (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);

  json_parser_load_from_data (parser, data, length, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static FwDocument *
import_case (GBytes     *bytes,
             const char *name,
             GPtrArray  *warnings)
{
  g_autoptr(GError) error = NULL;
  FwDocument *document = fw_format_read_bytes (bytes, name, FW_FORMAT_CASE, warnings, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

/* The item whose humanCodingScheme is @code. */
static JsonObject *
find_item (JsonObject *package,
           const char *code)
{
  JsonArray *items = json_object_get_array_member (package, "CFItems");

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (item, "humanCodingScheme", NULL),
                     code) == 0)
        return item;
    }
  return NULL;
}

/* Without a framework identifier the package is named from the SOC code, deterministically. */
static void
test_document_identifier (void)
{
  g_autoptr(FwDocument) document = read_sample_fwk ();
  g_autoptr(GBytes) first = export_case (document, NULL);
  g_autoptr(GBytes) second = NULL;
  g_autoptr(JsonObject) package = parse_package (first);
  g_autofree char *derived = fw_uuid_v5 (FW_UUID_NAMESPACE, "soc:29-2034.00");
  JsonObject *cf_document = json_object_get_object_member (package, "CFDocument");

  g_assert_cmpstr (json_object_get_string_member (cf_document, "identifier"), ==, derived);
  g_assert_cmpstr (json_object_get_string_member (cf_document, "title"), ==,
                   "Radiologic Technologists and Technicians");
  g_assert_cmpstr (json_object_get_string_member (cf_document, "notes"), ==,
                   "O*NET-SOC 29-2034.00");
  g_assert_cmpstr (json_object_get_string_member (cf_document, "version"), ==, "v.26.05");
  g_assert_cmpstr (json_object_get_string_member (cf_document, "publisher"), ==,
                   "© 2026 EBSCOed");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (cf_document,
                                                                                 "licenseURI"),
                                                  "title"), ==, "CC BY 4.0");

  second = export_case (document, NULL);
  assert_same_bytes (second, first);

  fw_document_set_framework_id (document, "0a2c6e4c-1111-4222-8333-944455556666");
  g_clear_pointer (&package, json_object_unref);
  g_clear_pointer (&second, g_bytes_unref);
  second = export_case (document, NULL);
  package = parse_package (second);
  cf_document = json_object_get_object_member (package, "CFDocument");
  g_assert_cmpstr (json_object_get_string_member (cf_document, "identifier"), ==,
                   "0a2c6e4c-1111-4222-8333-944455556666");
  g_assert_cmpstr (json_object_get_string_member (cf_document, "uri"), ==,
                   "urn:uuid:0a2c6e4c-1111-4222-8333-944455556666");
}

/* lastChangeDateTime is the recorded last change, never the time of the export. */
static void
test_last_change_from_provenance (void)
{
  g_autoptr(FwDocument) document = read_sample_fwk ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonObject) package = NULL;
  JsonObject *item;

  /* The sample records no last change: its version v.26.05 dates it. */
  bytes = export_case (document, NULL);
  package = parse_package (bytes);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (package,
                                                                                 "CFDocument"),
                                                  "lastChangeDateTime"), ==,
                   "2026-05-01T00:00:00Z");

  fw_document_set_last_modified (document, "2026-11-30T08:15:00Z");
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_pointer (&package, json_object_unref);
  bytes = export_case (document, NULL);
  package = parse_package (bytes);
  item = find_item (package, "st-5fe39ec469f6");
  g_assert_nonnull (item);
  g_assert_cmpstr (json_object_get_string_member (item, "lastChangeDateTime"), ==,
                   "2026-11-30T08:15:00Z");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (package,
                                                                                 "CFDocument"),
                                                  "lastChangeDateTime"), ==,
                   "2026-11-30T08:15:00Z");
}

static GHashTable *
identifiers_by_code (JsonObject *package)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  JsonArray *items = json_object_get_array_member (package, "CFItems");

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      const char *code = json_object_get_string_member_with_default (item, "humanCodingScheme",
                                                                     "");

      g_hash_table_insert (table, g_strconcat (code, "/", json_object_get_string_member (item,
                                                                                         "fullStatement"),
                                               NULL),
                           g_strdup (json_object_get_string_member (item, "identifier")));
    }
  return table;
}

/* Editing a statement changes its text, not its identifier nor any other item's. */
static void
test_identifiers_survive_edits (void)
{
  g_autoptr(FwDocument) document = read_sample_fwk ();
  g_autoptr(GBytes) before = export_case (document, NULL);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(JsonObject) old_package = parse_package (before);
  g_autoptr(JsonObject) new_package = NULL;
  FwStatement *statement = fw_document_find_statement (document, "st-b4d9ac005e2e", NULL);
  JsonArray *old_items = json_object_get_array_member (old_package, "CFItems");
  JsonArray *new_items;
  guint changed = 0;

  fw_statement_set_body (statement, "perform with guidance in a hospital imaging unit.");
  after = export_case (document, NULL);
  new_package = parse_package (after);
  new_items = json_object_get_array_member (new_package, "CFItems");

  g_assert_cmpuint (json_array_get_length (new_items), ==, json_array_get_length (old_items));
  for (guint i = 0; i < json_array_get_length (old_items); i++)
    {
      JsonObject *old_item = json_array_get_object_element (old_items, i);
      JsonObject *new_item = json_array_get_object_element (new_items, i);

      g_assert_cmpstr (json_object_get_string_member (old_item, "identifier"), ==,
                       json_object_get_string_member (new_item, "identifier"));
      if (g_strcmp0 (json_object_get_string_member (old_item, "fullStatement"),
                     json_object_get_string_member (new_item, "fullStatement")) != 0)
        changed++;
    }
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (json_object_get_string_member (find_item (new_package, "st-b4d9ac005e2e"),
                                                  "fullStatement"), ==,
                   "Patient positioning on the examining table — perform with guidance in a "
                   "hospital imaging unit.");

  /* Every item has its own identifier. */
  {
    g_autoptr(GHashTable) table = identifiers_by_code (new_package);
    g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, table);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      {
        g_assert_true (fw_uuid_is_valid (value));
        g_assert_false (g_hash_table_contains (seen, value));
        g_hash_table_add (seen, value);
      }
  }
}

static guint
count_associations (JsonObject *package,
                    const char *type,
                    const char *destination)
{
  JsonArray *associations = json_object_get_array_member (package, "CFAssociations");
  guint count = 0;

  for (guint i = 0; i < json_array_get_length (associations); i++)
    {
      JsonObject *association = json_array_get_object_element (associations, i);
      JsonObject *to = json_object_get_object_member (association, "destinationNodeURI");

      if (g_str_equal (json_object_get_string_member (association, "associationType"), type)
          && (destination == NULL
              || g_str_equal (json_object_get_string_member (to, "identifier"), destination)))
        count++;
    }
  return count;
}

/* Levels and domains under the document; statements under their level, in order. */
static void
test_hierarchy (void)
{
  g_autoptr(FwDocument) document = read_sample_fwk ();
  g_autoptr(GBytes) bytes = export_case (document, NULL);
  g_autoptr(JsonObject) package = parse_package (bytes);
  JsonArray *items = json_object_get_array_member (package, "CFItems");
  JsonArray *associations = json_object_get_array_member (package, "CFAssociations");
  const char *document_id = json_object_get_string_member (json_object_get_object_member (package,
                                                                                          "CFDocument"),
                                                           "identifier");
  JsonObject *emerging = find_item (package, "emerging");
  JsonObject *ai = NULL;
  guint n_domains = g_list_model_get_n_items (G_LIST_MODEL (fw_document_get_domains (document)));
  gint64 expected_sequence = 1;

  /* Every item is the child of exactly one thing. */
  g_assert_cmpuint (count_associations (package, "isChildOf", NULL), ==,
                    json_array_get_length (items));
  g_assert_cmpuint (count_associations (package, "isChildOf", document_id), ==,
                    FW_N_LEVELS + n_domains);
  /* Ten statements and two AI-fluency statements under Emerging. */
  g_assert_cmpuint (count_associations (package, "isChildOf",
                                        json_object_get_string_member (emerging, "identifier")),
                    ==, 12);
  g_assert_cmpstr (json_object_get_string_member (emerging, "CFItemType"), ==,
                   "Proficiency Level");
  g_assert_cmpstr (json_object_get_string_member (emerging, "alternativeLabel"), ==,
                   "Entry / Apprentice");

  for (guint i = 0; i < json_array_get_length (associations); i++)
    {
      JsonObject *association = json_array_get_object_element (associations, i);
      JsonObject *to = json_object_get_object_member (association, "destinationNodeURI");

      if (!g_str_equal (json_object_get_string_member (to, "identifier"),
                        json_object_get_string_member (emerging, "identifier")))
        continue;
      g_assert_cmpint (json_object_get_int_member (association, "sequenceNumber"), ==,
                       expected_sequence++);
    }

  for (guint i = 0; i < json_array_get_length (items) && ai == NULL; i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      if (g_str_equal (json_object_get_string_member (item, "CFItemType"), "AI Fluency Statement"))
        ai = item;
    }
  g_assert_nonnull (ai);

  /* The definitions name every item type used, and the occupation group as a subject. */
  {
    JsonObject *definitions = json_object_get_object_member (package, "CFDefinitions");

    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (definitions,
                                                                           "CFItemTypes")), ==, 5);
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
                       json_object_get_array_member (definitions, "CFSubjects"), 0), "title"), ==,
                     "Healthcare Practitioners & Technical");
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (definitions,
                                                                           "CFLicenses")), ==, 1);
  }
}

static void
anchor_sample (FwDocument *document)
{
  const char * const anchors[] = { "22807", "99999", NULL };
  FwStatement *statement = fw_document_find_statement (document, "st-5fe39ec469f6", NULL);

  fw_statement_set_anchors (statement, anchors);
  fw_statement_set_note (statement, "Checked with the department lead.");
}

/* O*NET task anchors become isRelatedTo associations to the task, outside the package. */
static void
test_task_anchors (void)
{
  g_autoptr(FwDocument) document = read_sample_fwk ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonObject) package = NULL;
  JsonArray *associations;
  guint found = 0;

  anchor_sample (document);
  bytes = export_case (document, NULL);
  package = parse_package (bytes);
  associations = json_object_get_array_member (package, "CFAssociations");

  g_assert_cmpuint (count_associations (package, "isRelatedTo", NULL), ==, 2);
  for (guint i = 0; i < json_array_get_length (associations); i++)
    {
      JsonObject *association = json_array_get_object_element (associations, i);
      JsonObject *to = json_object_get_object_member (association, "destinationNodeURI");

      if (!g_str_equal (json_object_get_string_member (association, "associationType"),
                        "isRelatedTo"))
        continue;
      g_assert_false (json_object_has_member (association, "sequenceNumber"));
      if (g_str_equal (json_object_get_string_member (to, "identifier"), "22807"))
        {
          g_assert_cmpstr (json_object_get_string_member (to, "uri"), ==, "urn:onet:task:22807");
          g_assert_true (g_str_has_prefix (json_object_get_string_member (to, "title"),
                                           "Position imaging equipment"));
          found++;
        }
      else
        {
          g_assert_cmpstr (json_object_get_string_member (to, "title"), ==, "O*NET task 99999");
          found++;
        }
    }
  g_assert_cmpuint (found, ==, 2);
  g_assert_cmpstr (json_object_get_string_member (find_item (package, "st-5fe39ec469f6"),
                                                  "notes"), ==,
                   "Checked with the department lead.");

  /* A statement whose headline and body are the task's own words is an exact match of it. */
  {
    FwStatement *statement = fw_document_find_statement (document, "st-b4d9ac005e2e", NULL);
    const char * const anchors[] = { "22804", NULL };
    g_autoptr(GBytes) again = NULL;
    g_autoptr(JsonObject) exact = NULL;
    g_autoptr(FwDocument) imported = NULL;
    g_autoptr(GBytes) reexported = NULL;

    fw_statement_set_anchors (statement, anchors);
    again = export_case (document, NULL);
    exact = parse_package (again);
    g_assert_cmpuint (count_associations (exact, "exactMatchOf", "22804"), ==, 0);
    g_assert_cmpuint (count_associations (exact, "isRelatedTo", "22804"), ==, 1);

    fw_statement_set_headline (statement, "Position patient on examining table and set up and "
                               "adjust equipment to obtain optimum view of specific body area");
    fw_statement_set_body (statement, "as requested by physician.");
    g_clear_pointer (&again, g_bytes_unref);
    g_clear_pointer (&exact, json_object_unref);
    again = export_case (document, NULL);
    exact = parse_package (again);
    g_assert_cmpuint (count_associations (exact, "exactMatchOf", "22804"), ==, 1);
    g_assert_cmpuint (count_associations (exact, "isRelatedTo", "22804"), ==, 0);

    /* Read back as the same anchor. */
    imported = import_case (again, "exact.json", NULL);
    g_assert_cmpstr (fw_statement_get_anchors (fw_document_find_statement (imported,
                                                                           "st-b4d9ac005e2e",
                                                                           NULL))[0], ==, "22804");
    reexported = export_case (imported, NULL);
    assert_same_bytes (reexported, again);
  }
}

/* export → import → export gives the same bytes, base URI, anchors and notes included. */
static void
test_round_trip (void)
{
  const char *bases[] = { NULL, "https://case.example.org/ims/case/v1p0" };

  for (guint b = 0; b < G_N_ELEMENTS (bases); b++)
    {
      g_autoptr(FwDocument) document = read_sample_fwk ();
      g_autoptr(GBytes) first = NULL;
      g_autoptr(GBytes) second = NULL;
      g_autoptr(FwDocument) imported = NULL;
      g_autoptr(GPtrArray) warnings = NULL;

      anchor_sample (document);
      fw_document_set_framework_id (document, "5b7c2f10-2a2b-4c3d-8e9f-0123456789ab");
      fw_document_set_last_modified (document, "2026-12-01T10:00:00Z");
      first = export_case (document, bases[b]);

      warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);
      imported = import_case (first, "package.json", warnings);
      g_assert_cmpuint (warnings->len, ==, 0);
      g_assert_cmpstr (fw_document_get_framework_id (imported), ==,
                       "5b7c2f10-2a2b-4c3d-8e9f-0123456789ab");
      g_assert_cmpstr (fw_document_get_last_modified (imported), ==, "2026-12-01T10:00:00Z");
      g_assert_cmpstr (fw_document_get_soc (imported), ==, "29-2034.00");
      g_assert_nonnull (fw_document_find_statement (imported, "st-5fe39ec469f6", NULL));
      g_assert_cmpstr (fw_statement_get_anchors (fw_document_find_statement (imported,
                                                                             "st-5fe39ec469f6",
                                                                             NULL))[0], ==,
                       "22807");

      second = export_case (imported, bases[b]);
      assert_same_bytes (second, first);
    }
}

static void
assert_has_warning (GPtrArray  *warnings,
                    const char *text)
{
  for (guint i = 0; i < warnings->len; i++)
    {
      g_autofree char *line = fw_diagnostic_format (g_ptr_array_index (warnings, i));

      if (strstr (line, text) != NULL)
        return;
    }
  g_error ("no warning says “%s”", text);
}

static GBytes *
load_case_file (const char *name)
{
  g_autofree char *path = test_data_file ("case", name);

  return load_file (path);
}

/* OpenSALT's packages read, and the reader says what it tolerated and what it left out. */
static void
test_opensalt_packages (void)
{
  const char *names[] = {
    "SequenceNumberFramework.json", "SmartLevelFramework.json", "Utf8TestFramework.json",
    "what-standards-could-be.json",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GBytes) bytes = load_case_file (names[i]);
      g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);
      g_autoptr(FwDocument) document = NULL;
      g_autoptr(GError) error = NULL;

      /* Detected as CASE by its CFDocument, without --from. */
      document = fw_format_read_bytes (bytes, names[i], FW_FORMAT_AUTO, warnings, &error);
      g_assert_no_error (error);
      g_assert_nonnull (document);
      assert_has_warning (warnings, "is under no proficiency level or durable-skill domain");
    }

  {
    g_autoptr(GBytes) bytes = load_case_file ("what-standards-could-be.json");
    g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);
    g_autoptr(FwDocument) document = import_case (bytes, "what-standards-could-be.json", warnings);

    g_assert_cmpstr (fw_document_get_title (document), ==, "What Standards Could Be");
    assert_has_warning (warnings, "what-standards-could-be.json:3: warning: CFDocument has no "
                                  "RFC 3339 lastChangeDateTime; tolerated");
    assert_has_warning (warnings, "lastChangeDateTime values are not RFC 3339 date-times");
    assert_has_warning (warnings, "3 “precedes” associations have no place in a framework");
    assert_has_warning (warnings, "2 “exemplar” associations have no place in a framework");
    assert_has_warning (warnings, "more items under no proficiency level");
  }
}

/* Another tool's package with items named like our levels: placed, types unknown to us. */
#define FOREIGN_PACKAGE \
  "{\"CFDocument\":{\"identifier\":\"d0000000-0000-0000-0000-000000000001\"," \
  "\"title\":\"Foreign\",\"creator\":\"Elsewhere\"}," \
  "\"CFItems\":[" \
  "{\"identifier\":\"a1\",\"fullStatement\":\"Advanced\",\"CFItemType\":\"Grade\"}," \
  "{\"identifier\":\"a2\",\"fullStatement\":\"Lead reviews — across sites\"," \
  "\"CFItemType\":\"Standard\",\"lastChangeDateTime\":\"yesterday\"}," \
  "{\"identifier\":\"a3\",\"fullStatement\":\"Plan budgets\",\"humanCodingScheme\":\"X.3\"}," \
  "{\"identifier\":\"a4\",\"fullStatement\":\"Loose item\"}," \
  "{\"fullStatement\":\"No identifier\"}, 7]," \
  "\"CFAssociations\":[" \
  "{\"associationType\":\"isChildOf\",\"sequenceNumber\":2," \
  "\"originNodeURI\":{\"identifier\":\"a2\"},\"destinationNodeURI\":{\"identifier\":\"a1\"}}," \
  "{\"associationType\":\"isChildOf\",\"sequenceNumber\":1," \
  "\"originNodeURI\":{\"identifier\":\"a3\"},\"destinationNodeURI\":{\"identifier\":\"a1\"}}," \
  "{\"associationType\":\"isChildOf\"," \
  "\"originNodeURI\":{\"identifier\":\"a1\"}," \
  "\"destinationNodeURI\":{\"identifier\":\"d0000000-0000-0000-0000-000000000001\"}}," \
  "{\"associationType\":\"isChildOf\",\"originNodeURI\":{\"identifier\":\"a1\"}," \
  "\"destinationNodeURI\":{\"identifier\":\"a3\"}}," \
  "{\"associationType\":\"precedes\",\"originNodeURI\":{\"identifier\":\"a2\"}," \
  "\"destinationNodeURI\":{\"identifier\":\"a3\"}}," \
  "{\"associationType\":\"isChildOf\"}]}"

static void
test_foreign_package (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (FOREIGN_PACKAGE, strlen (FOREIGN_PACKAGE));
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);
  g_autoptr(FwDocument) document = import_case (bytes, "foreign.json", warnings);
  GListModel *advanced = G_LIST_MODEL (fw_level_get_statements (fw_document_get_level (document,
                                                                                      FW_LEVEL_ADVANCED)));
  g_autoptr(FwStatement) first = NULL;
  g_autoptr(FwStatement) second = NULL;

  /* By sequence number, not file order; split at the dash where there is one. */
  g_assert_cmpuint (g_list_model_get_n_items (advanced), ==, 2);
  first = g_list_model_get_item (advanced, 0);
  second = g_list_model_get_item (advanced, 1);
  g_assert_cmpstr (fw_statement_get_headline (first), ==, "Plan budgets");
  g_assert_cmpstr (fw_statement_get_body (first), ==, "");
  g_assert_cmpstr (fw_statement_get_headline (second), ==, "Lead reviews");
  g_assert_cmpstr (fw_statement_get_body (second), ==, "across sites");
  g_assert_cmpstr (fw_level_get_label (fw_document_get_level (document, FW_LEVEL_ADVANCED)), ==,
                   "Advanced");

  assert_has_warning (warnings, "foreign.json:1: warning: item “a4” is under no proficiency level");
  assert_has_warning (warnings, "CFItems[4]: an item without an identifier was left out");
  assert_has_warning (warnings, "CFItems[5]: an item without an identifier was left out");
  assert_has_warning (warnings, "CFAssociations[5]: an association without a type");
  assert_has_warning (warnings, "1 “precedes” associations have no place");
  assert_has_warning (warnings, "1 lastChangeDateTime values are not RFC 3339");
  assert_has_warning (warnings, "lack a uri or a lastChangeDateTime");
  assert_has_warning (warnings, "CFDocument has no RFC 3339 lastChangeDateTime");
  /* The creator is kept as the provenance's generator. */
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (fw_document_get_provenance (document)),
                                                  "generator"), ==, "Elsewhere");
}

static void
expect_error (const char *json,
              const char *message)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = NULL;

  document = fw_format_read_bytes (bytes, "bad.json", FW_FORMAT_CASE, NULL, &error);
  g_assert_null (document);
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_errors (void)
{
  expect_error ("[1, 2]", "bad.json:1:1: error: expected a CASE CFPackage object, got an array");
  expect_error ("{\"CFItems\": []}", "bad.json:1:1: error: not a CASE package: no CFDocument");
  expect_error ("{\"CFDocument\": \"x\"}",
                "bad.json:1:16: error: CFDocument: expected an object, got a string");
  expect_error ("{\"CFDocument\": {}", "bad.json:1:18: error: unexpected end of file, expected "
                                       "',' or '}'");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/case/document-identifier", test_document_identifier);
  g_test_add_func ("/case/last-change-from-provenance", test_last_change_from_provenance);
  g_test_add_func ("/case/identifiers-survive-edits", test_identifiers_survive_edits);
  g_test_add_func ("/case/hierarchy", test_hierarchy);
  g_test_add_func ("/case/task-anchors", test_task_anchors);
  g_test_add_func ("/case/round-trip", test_round_trip);
  g_test_add_func ("/case/opensalt-packages", test_opensalt_packages);
  g_test_add_func ("/case/foreign-package", test_foreign_package);
  g_test_add_func ("/case/errors", test_errors);

  return g_test_run ();
}
