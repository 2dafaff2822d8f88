/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * libFuzzer target for the strict JSON parser that the .fwk and NSX readers share.
 *
 * Every input must give a document or an FW_ERROR whose message starts with the file name.
 * A document must have a location for its root, and what the writer makes of it, compact
 * or pretty, must parse again and write back to the same bytes.
 */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fw-json.h"

#define FUZZ_FILENAME "fuzz.json"
#define ROUNDTRIP_FILENAME "roundtrip.json"

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const guint8  *data,
                            size_t         size);

static void G_GNUC_NORETURN
fail (const char *what,
      const char *detail)
{
  fprintf (stderr, "fuzz-json: %s: %s\n", what, detail != NULL ? detail : "(none)");
  abort ();
}

static void
check_error (const GError *error)
{
  if (error == NULL)
    fail ("parser returned NULL without an error", NULL);
  if (error->domain != FW_ERROR)
    fail ("error outside the FW_ERROR domain", error->message);
  if (!g_str_has_prefix (error->message, FUZZ_FILENAME ":"))
    fail ("error message does not start with the file name", error->message);
}

static void
check_roundtrip (JsonNode *root,
                 gboolean  pretty)
{
  g_autoptr(GString) written = g_string_new (NULL);
  g_autoptr(GString) rewritten = g_string_new (NULL);
  g_autoptr(FwJsonDoc) reparsed = NULL;
  g_autoptr(GError) error = NULL;

  fw_json_write (written, root, pretty);
  reparsed = fw_json_doc_parse (written->str, written->len, ROUNDTRIP_FILENAME, &error);
  if (reparsed == NULL)
    fail ("could not parse what the writer wrote", error->message);

  fw_json_write (rewritten, fw_json_doc_get_root (reparsed), pretty);
  if (!g_string_equal (written, rewritten))
    fail ("writing, parsing and writing again changed the text", written->str);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical or a warning on any input is a bug: make it a crash the fuzzer reports. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(FwJsonDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  guint line = 0;
  guint column = 0;

  doc = fw_json_doc_parse ((const char *) data, size, FUZZ_FILENAME, &error);
  if (doc == NULL)
    {
      check_error (error);
      return 0;
    }

  if (error != NULL)
    fail ("parser returned a document and an error", error->message);

  if (!fw_json_doc_get_location (doc, fw_json_doc_get_root (doc), &line, &column)
      || line == 0 || column == 0)
    fail ("the root value has no location", NULL);

  check_roundtrip (fw_json_doc_get_root (doc), FALSE);
  check_roundtrip (fw_json_doc_get_root (doc), TRUE);
  return 0;
}
