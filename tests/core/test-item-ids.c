/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-document.h"
#include "fw-formats.h"
#include "fw-item-ids.h"

#include "fw-test-util.h"

/* Stable ids of O*NET list entries, apprenticeships and durable-skill domains. */

static GBytes *
sample_bytes (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("FW_DATA_DIR"), "samples",
                                            "radiologic-technologists.fwk", NULL);

  return load_file (path);
}

static char **
dup_ids (FwOnet     *onet,
         const char *property)
{
  return g_strdupv ((char **) fw_onet_get_item_ids (onet, property));
}

/* Reading the same old file (without ids) twice gives the same ids, and saving it unchanged
 * gives the same bytes: the ids are derived, not stored. */
static void
test_old_file_ids_are_stable (void)
{
  g_autoptr(GBytes) bytes = sample_bytes ();
  g_autoptr(FwDocument) first = read_fwk_bytes (bytes, "sample.fwk", NULL);
  g_autoptr(FwDocument) second = read_fwk_bytes (bytes, "sample.fwk", NULL);
  g_autoptr(GBytes) written = write_fwk (first);
  const char * const *properties = fw_onet_list_properties ();
  g_autoptr(FwApprenticeship) a1 = NULL;
  g_autoptr(FwApprenticeship) a2 = NULL;
  g_autoptr(FwDomain) d1 = NULL;
  g_autoptr(FwDomain) d2 = NULL;

  for (guint i = 0; properties[i] != NULL; i++)
    {
      const char * const *ids = fw_onet_get_item_ids (fw_document_get_onet (first), properties[i]);

      g_assert_cmpuint (g_strv_length ((char **) ids), ==,
                        g_strv_length ((char **) fw_onet_get_strv (fw_document_get_onet (first),
                                                                   properties[i])));
      g_assert_true (g_strv_equal (ids, fw_onet_get_item_ids (fw_document_get_onet (second),
                                                              properties[i])));
    }
  g_assert_cmpuint (g_strv_length ((char **) fw_onet_get_item_ids (fw_document_get_onet (first),
                                                                   "related-titles")), >, 3);

  a1 = g_list_model_get_item (G_LIST_MODEL (fw_onet_get_apprenticeships (fw_document_get_onet (first))), 0);
  a2 = g_list_model_get_item (G_LIST_MODEL (fw_onet_get_apprenticeships (fw_document_get_onet (second))), 0);
  if (a1 != NULL)
    g_assert_cmpstr (fw_apprenticeship_get_id (a1), ==, fw_apprenticeship_get_id (a2));
  d1 = g_list_model_get_item (G_LIST_MODEL (fw_document_get_domains (first)), 0);
  d2 = g_list_model_get_item (G_LIST_MODEL (fw_document_get_domains (second)), 0);
  g_assert_cmpstr (fw_domain_get_id (d1), ==, fw_domain_get_id (d2));

  assert_same_bytes (written, bytes);
}

static void
set_titles (FwOnet             *onet,
            const char * const *titles)
{
  g_object_set (onet, "related-titles", titles, NULL);
}

/* An id survives an edit of the text in place, a move, a removal of another entry, and the
 * undo of its own removal. */
static void
test_ids_survive_edits (void)
{
  static const char * const start[] = { "Radiographer", "X-Ray Tech", "Film Processor", NULL };
  static const char * const edited[] = { "Radiographer", "X-Ray Technician", "Film Processor",
                                         NULL };
  static const char * const moved[] = { "Film Processor", "Radiographer", "X-Ray Technician",
                                        NULL };
  static const char * const removed[] = { "Film Processor", "Radiographer", NULL };
  g_autoptr(FwDocument) document = fw_document_new ();
  FwOnet *onet = fw_document_get_onet (document);
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) after = NULL;
  g_autoptr(FwCommand) edit = NULL;
  FwHistory *history = fw_document_get_history (document);

  set_titles (onet, start);
  ids = dup_ids (onet, "related-titles");
  g_assert_cmpstr (ids[0], !=, ids[1]);
  g_assert_true (g_str_has_prefix (ids[0], "title-"));

  /* Edit in place, through the history, and undo it. */
  fw_document_run (document, fw_command_set_strv_new (G_OBJECT (onet), "related-titles", edited));
  g_assert_cmpstr (fw_onet_get_item_ids (onet, "related-titles")[1], ==, ids[1]);
  g_assert_cmpstr (fw_onet_find_item (onet, ids[1], NULL, NULL), ==, "X-Ray Technician");
  fw_history_undo (history);
  g_assert_true (g_strv_equal (fw_onet_get_item_ids (onet, "related-titles"),
                               (const char * const *) ids));
  fw_history_redo (history);

  /* Moves: each id follows its text. */
  set_titles (onet, moved);
  after = dup_ids (onet, "related-titles");
  g_assert_cmpstr (after[0], ==, ids[2]);
  g_assert_cmpstr (after[1], ==, ids[0]);
  g_assert_cmpstr (after[2], ==, ids[1]);

  /* Removing one keeps the others; putting it back (undo) gives its id again, though that id
   * was made from its text before the edit. */
  fw_document_run (document, fw_command_set_strv_new (G_OBJECT (onet), "related-titles", removed));
  g_assert_cmpstr (fw_onet_get_item_ids (onet, "related-titles")[1], ==, ids[0]);
  g_assert_null (fw_onet_find_item (onet, ids[1], NULL, NULL));
  fw_history_undo (history);
  g_assert_cmpstr (fw_onet_get_item_ids (onet, "related-titles")[2], ==, ids[1]);
  g_assert_cmpstr (fw_onet_find_item (onet, ids[1], NULL, NULL), ==, "X-Ray Technician");
}

/* Ids that differ from the derived ones are saved, and read back. */
static void
test_edited_ids_are_saved (void)
{
  static const char * const start[] = { "Radiographer", "X-Ray Tech", NULL };
  static const char * const edited[] = { "Radiographer", "X-Ray Technician", NULL };
  g_autoptr(FwDocument) document = fw_document_new ();
  g_autoptr(FwDocument) loaded = NULL;
  g_autoptr(FwDocument) fresh = fw_document_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(FwDomain) domain = fw_domain_new ("");
  g_autoptr(FwDomain) read_domain = NULL;
  FwOnet *onet = fw_document_get_onet (document);

  set_titles (onet, start);
  set_titles (onet, edited);
  fw_domain_set_name (domain, "Curiosity");
  g_list_store_append (fw_document_get_domains (document), domain);

  bytes = write_fwk (document);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "\"itemIds\""));

  loaded = read_fwk_bytes (bytes, "edited.fwk", NULL);
  g_assert_true (g_strv_equal (fw_onet_get_item_ids (fw_document_get_onet (loaded),
                                                     "related-titles"),
                               fw_onet_get_item_ids (onet, "related-titles")));
  read_domain = g_list_model_get_item (G_LIST_MODEL (fw_document_get_domains (loaded)), 0);
  g_assert_cmpstr (fw_domain_get_id (read_domain), ==, fw_domain_get_id (domain));
  again = write_fwk (loaded);
  assert_same_bytes (again, bytes);

  /* Unedited entries need no stored ids. */
  set_titles (fw_document_get_onet (fresh), edited);
  plain = write_fwk (fresh);
  g_assert_null (strstr (g_bytes_get_data (plain, NULL), "\"itemIds\""));
}

/* Repeated texts get distinct ids, and the derivation is deterministic. */
static void
test_repeats_get_distinct_ids (void)
{
  static const char * const seeds[] = { "PACS", "PACS", "RIS", NULL };
  g_auto(GStrv) ids = fw_item_ids_derive ("tech", seeds);
  g_auto(GStrv) again = fw_item_ids_derive ("tech", seeds);

  g_assert_cmpuint (g_strv_length (ids), ==, 3);
  g_assert_cmpstr (ids[0], !=, ids[1]);
  g_assert_true (g_strv_equal ((const char * const *) ids, (const char * const *) again));
  g_assert_true (fw_item_ids_are_derived ("tech", seeds, (const char * const *) ids));
  g_assert_false (fw_item_ids_are_derived ("tech", seeds, (const char * const *) (ids + 1)));
}

/* A file whose itemIds do not fit its list is refused with a location. */
static void
test_bad_item_ids (void)
{
  static const char * const titles[] = { "A", "B", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = fw_document_new ();
  g_autoptr(FwDocument) refused = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  g_autofree char *bad = NULL;
  char *at;

  set_titles (fw_document_get_onet (document), titles);
  written = write_fwk (document);
  text = g_strndup (g_bytes_get_data (written, NULL), g_bytes_get_size (written));
  at = strstr (text, "\"tasks\"");
  g_assert_nonnull (at);
  bad = g_strdup_printf ("%.*s\"itemIds\": {\"relatedTitles\": [\"title-1\", \"title-1\"]}, %s",
                         (int) (at - text), text, at);
  bytes = g_bytes_new (bad, strlen (bad));

  refused = fw_format_read_bytes (bytes, "bad.fwk", FW_FORMAT_FWK, NULL, &error);
  g_assert_null (refused);
  g_assert_nonnull (error);
  g_assert_true (g_regex_match_simple ("^bad\\.fwk:[0-9]+:[0-9]+: error: onet\\.itemIds\\.relatedTitles",
                                       error->message, 0, 0));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/item-ids/old-file-stable", test_old_file_ids_are_stable);
  g_test_add_func ("/item-ids/survive-edits", test_ids_survive_edits);
  g_test_add_func ("/item-ids/edited-saved", test_edited_ids_are_saved);
  g_test_add_func ("/item-ids/repeats", test_repeats_get_distinct_ids);
  g_test_add_func ("/item-ids/bad", test_bad_item_ids);

  return g_test_run ();
}
