/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * libFuzzer target for the NSX JSON reader.
 *
 * Besides "no crash, no leak, no critical", every input must end in one of two ways: a
 * document, or an FW_ERROR whose message starts with the file name. A document must export
 * again as NSX that the reader accepts, with the same bytes on a second export, and must
 * also save as .fwk that reads back. Whatever the reader's fast path reads, the full reader
 * reads without a warning, to the same document.
 */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fw-error.h"
#include "fw-formats.h"
#include "fw-format-readers.h"
#include "fw-nsx-private.h"
#include "fuzz-common.h"

#define FUZZ_FILENAME "fuzz.json"
#define ROUNDTRIP_FILENAME "roundtrip.json"
#define NATIVE_FILENAME "roundtrip.fwk"

static GBytes *
write_or_fail (FwDocument *document,
               FwFormat    format)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = fw_format_write (document, format, NULL, &error);

  if (bytes == NULL)
    fuzz_fail ("could not write what was read", error->message);

  return bytes;
}

static FwDocument *
read_or_fail (GBytes     *bytes,
              const char *filename,
              FwFormat    format)
{
  g_autoptr(GError) error = NULL;
  FwDocument *document = fw_format_read_bytes (bytes, filename, format, NULL, &error);

  if (document == NULL)
    fuzz_fail ("could not read back what was written", error->message);

  return document;
}

static void
check_roundtrip (FwDocument *document)
{
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(GBytes) reexported = NULL;
  g_autoptr(GBytes) native = NULL;
  g_autoptr(FwDocument) reread = NULL;
  g_autoptr(FwDocument) from_native = NULL;

  /* Without options the writer keeps the document's exportedAt, so exports are stable. */
  exported = write_or_fail (document, FW_FORMAT_NSX_JSON);
  reread = read_or_fail (exported, ROUNDTRIP_FILENAME, FW_FORMAT_NSX_JSON);
  reexported = write_or_fail (reread, FW_FORMAT_NSX_JSON);
  if (!g_bytes_equal (exported, reexported))
    fuzz_fail ("exporting, reading and exporting again changed the file", NULL);

  native = write_or_fail (document, FW_FORMAT_FWK);
  from_native = read_or_fail (native, NATIVE_FILENAME, FW_FORMAT_FWK);
}

/* The fast path takes only plain valid NSX, and reads it as the full reader does. */
static void
check_fast_path (const guint8 *data,
                 size_t        size)
{
  g_autofree char *text = NULL;
  g_autoptr(FwDocument) fast = NULL;
  g_autoptr(FwDocument) full = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) fast_native = NULL;
  g_autoptr(GBytes) full_native = NULL;

  /* The readers are handed checked UTF-8 with a NUL after it, as fw_format_read_bytes () does. */
  if (!g_utf8_validate_len ((const char *) data, size, NULL))
    return;
  text = g_malloc (size + 1);
  memcpy (text, data, size);
  text[size] = '\0';

  fast = _fw_nsx_read_fast (text, size);
  if (fast == NULL)
    return;

  warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);
  full = _fw_nsx_read_full (text, size, FUZZ_FILENAME, warnings, &error);
  if (full == NULL)
    fuzz_fail ("the fast path read a file that the full reader refuses", error->message);
  if (warnings->len > 0)
    fuzz_fail ("the fast path read a file that the full reader warns about", NULL);

  fast_native = fw_native_write (fast);
  full_native = fw_native_write (full);
  if (!g_bytes_equal (fast_native, full_native))
    fuzz_fail ("the fast path and the full reader read different documents", NULL);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  check_fast_path (data, size);

  warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);
  document = fw_format_read_bytes (bytes, FUZZ_FILENAME, FW_FORMAT_NSX_JSON, warnings, &error);
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
