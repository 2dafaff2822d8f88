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
#include "fuzz-common.h"

#define FUZZ_FILENAME "fuzz.json"
#define ROUNDTRIP_FILENAME "roundtrip.json"

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
    fuzz_fail ("could not parse what the writer wrote", error->message);

  fw_json_write (rewritten, fw_json_doc_get_root (reparsed), pretty);
  if (!g_string_equal (written, rewritten))
    fuzz_fail ("writing, parsing and writing again changed the text", written->str);
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
      fuzz_check_error (error, FUZZ_FILENAME);
      return 0;
    }

  if (error != NULL)
    fuzz_fail ("parser returned a document and an error", error->message);

  if (!fw_json_doc_get_location (doc, fw_json_doc_get_root (doc), &line, &column)
      || line == 0 || column == 0)
    fuzz_fail ("the root value has no location", NULL);

  check_roundtrip (fw_json_doc_get_root (doc), FALSE);
  check_roundtrip (fw_json_doc_get_root (doc), TRUE);
  return 0;
}
