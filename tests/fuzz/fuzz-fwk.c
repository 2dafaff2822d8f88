/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * libFuzzer target for the .fwk reader.
 *
 * Besides "no crash, no leak, no critical", every input must end in one of two ways: a
 * document, or an FW_ERROR whose message starts with the file name. A document must write
 * back, the written file must read again, and writing that gives the same bytes: the
 * native format round-trips whatever the reader accepted.
 */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fw-error.h"
#include "fw-formats.h"
#include "fuzz-common.h"

#define FUZZ_FILENAME "fuzz.fwk"
#define ROUNDTRIP_FILENAME "roundtrip.fwk"

static void
check_roundtrip (FwDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) rewritten = NULL;
  g_autoptr(FwDocument) reread = NULL;

  written = fw_format_write (document, FW_FORMAT_FWK, NULL, &error);
  if (written == NULL)
    fuzz_fail ("could not write what was read", error->message);

  reread = fw_format_read_bytes (written, ROUNDTRIP_FILENAME, FW_FORMAT_FWK, NULL, &error);
  if (reread == NULL)
    fuzz_fail ("could not read back what was written", error->message);

  rewritten = fw_format_write (reread, FW_FORMAT_FWK, NULL, &error);
  if (rewritten == NULL)
    fuzz_fail ("could not write what was read back", error->message);
  if (!g_bytes_equal (written, rewritten))
    fuzz_fail ("writing, reading and writing again changed the file", NULL);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);
  document = fw_format_read_bytes (bytes, FUZZ_FILENAME, FW_FORMAT_FWK, warnings, &error);
  fuzz_check_warnings (warnings);

  if (document == NULL)
    {
      fuzz_check_error (error, FUZZ_FILENAME);
      return 0;
    }

  if (error != NULL)
    fuzz_fail ("reader returned a document and an error", error->message);

  check_roundtrip (document);
  return 0;
}
