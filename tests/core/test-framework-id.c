/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-error.h"
#include "fw-formats.h"
#include "fw-uuid.h"

#include "fw-test-util.h"

/* RFC 4122 name-based UUIDs, checked against Python's uuid.uuid5. */
static void
test_uuid_v5 (void)
{
  /* uuid.uuid5 (uuid.NAMESPACE_DNS, "www.example.com") */
  g_autofree char *dns = fw_uuid_v5 ("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com");
  /* uuid.uuid5 (uuid.NAMESPACE_URL, "https://framewright.org/ns") is our namespace */
  g_autofree char *ours = fw_uuid_v5 ("6ba7b811-9dad-11d1-80b4-00c04fd430c8",
                                      "https://framewright.org/ns");

  g_assert_cmpstr (dns, ==, "2ed6657d-e927-568b-95e1-2665a8aea6a2");
  g_assert_cmpstr (ours, ==, FW_UUID_NAMESPACE);
  g_assert_null (fw_uuid_v5 ("not-a-uuid", "x"));
  g_assert_true (fw_uuid_is_valid (ours));
  g_assert_false (fw_uuid_is_valid ("2ed6657d-e927-568b-95e1-2665a8aea6a"));
  g_assert_false (fw_uuid_is_valid ("2ed6657d-e927-568b-95e1x2665a8aea6a2"));
  g_assert_true (fw_date_time_is_valid ("2026-05-15T12:39:10Z"));
  g_assert_true (fw_date_time_is_valid ("2017-11-03T23:00:33+00:00"));
  g_assert_false (fw_date_time_is_valid ("2017-05-25T18:05:33"));
  g_assert_false (fw_date_time_is_valid ("2017-05-25"));
}

#define read_sample read_sample_fwk

/* An old file has no identifier; the first save gives it one that later saves keep. */
static void
test_identifier_made_once (void)
{
  g_autoptr(FwDocument) document = read_sample ();
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 12, 7, 20, 30, 5);
  g_autoptr(GBytes) first = NULL;
  g_autoptr(FwDocument) reread = NULL;
  g_autofree char *id = NULL;

  g_assert_cmpstr (fw_document_get_framework_id (document), ==, "");
  g_assert_cmpstr (fw_document_get_last_modified (document), ==, "");

  fw_document_prepare_save (document, now);
  id = g_strdup (fw_document_get_framework_id (document));
  g_assert_true (fw_uuid_is_valid (id));
  g_assert_cmpstr (fw_document_get_last_modified (document), ==, "2026-12-07T20:30:05Z");

  first = write_fwk (document);
  reread = read_fwk_bytes (first, "first.fwk", NULL);
  g_assert_cmpstr (fw_document_get_framework_id (reread), ==, id);
  g_assert_cmpstr (fw_document_get_last_modified (reread), ==, "2026-12-07T20:30:05Z");

  /* Saved again without changes: neither the identifier nor the time moves. */
  {
    g_autoptr(GDateTime) later = g_date_time_new_utc (2027, 1, 2, 3, 4, 5);
    g_autoptr(GBytes) second = NULL;

    fw_document_prepare_save (reread, later);
    second = write_fwk (reread);
    assert_same_bytes (second, first);
  }
}

/* A save after an edit records the time of that save, and keeps the identifier. */
static void
test_last_modified_on_change (void)
{
  g_autoptr(FwDocument) document = read_sample ();
  g_autoptr(GDateTime) first = g_date_time_new_utc (2026, 12, 7, 20, 30, 5);
  g_autoptr(GDateTime) second = g_date_time_new_utc (2026, 12, 8, 9, 0, 0);
  g_autofree char *id = NULL;

  fw_document_prepare_save (document, first);
  fw_history_mark_clean (fw_document_get_history (document));
  id = g_strdup (fw_document_get_framework_id (document));

  fw_history_mark_dirty (fw_document_get_history (document));
  fw_document_prepare_save (document, second);
  g_assert_cmpstr (fw_document_get_framework_id (document), ==, id);
  g_assert_cmpstr (fw_document_get_last_modified (document), ==, "2026-12-08T09:00:00Z");
}

static void
expect_read_error (const char *json,
                   const char *message)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(FwDocument) document = NULL;

  document = fw_format_read_bytes (bytes, "bad.fwk", FW_FORMAT_FWK, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, FW_ERROR, FW_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
}

/* The sample with @from replaced by @to must be refused with @message at line @line. */
static void
expect_sample_error (const char *from,
                     const char *to,
                     const char *message)
{
  const char *data = g_getenv ("FW_TEST_DATA");
  g_autofree char *path = g_build_filename (data != NULL ? data : "tests/data", "..", "..",
                                            "data", "samples", "radiologic-technologists.fwk",
                                            NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *changed = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  parts = g_strsplit (text, from, 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  changed = g_strjoin (to, parts[0], parts[1], NULL);
  expect_read_error (changed, message);
}

static void
test_bad_identity_refused (void)
{
  expect_sample_error ("\"framework\": {", "\"framework\": {\"id\": \"12\", ",
                       "bad.fwk:13:23: error: framework.id: “12” is not a UUID");
  expect_sample_error ("\"provenance\": {", "\"provenance\": {\"lastModified\": \"yesterday\", ",
                       "bad.fwk:1481:34: error: provenance.lastModified: “yesterday” is not a date "
                       "and time such as 2026-05-15T12:39:10Z");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/framework-id/uuid-v5", test_uuid_v5);
  g_test_add_func ("/framework-id/made-once", test_identifier_made_once);
  g_test_add_func ("/framework-id/last-modified-on-change", test_last_modified_on_change);
  g_test_add_func ("/framework-id/bad-identity-refused", test_bad_identity_refused);

  return g_test_run ();
}
