/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * libFuzzer target for the NSX JSON reader.
 *
 * Besides "no crash, no leak, no critical", every input must end in one of two ways: a
 * document, or an FW_ERROR whose message starts with the file name. A document must export
 * again as NSX that the reader accepts, with the same bytes on a second export, and must
 * also save as .fwk that reads back.
 */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fw-error.h"
#include "fw-formats.h"

#define FUZZ_FILENAME "fuzz.json"
#define ROUNDTRIP_FILENAME "roundtrip.json"
#define NATIVE_FILENAME "roundtrip.fwk"

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const guint8  *data,
                            size_t         size);

static void G_GNUC_NORETURN
fail (const char *what,
      const char *detail)
{
  fprintf (stderr, "fuzz-nsx: %s: %s\n", what, detail != NULL ? detail : "(none)");
  abort ();
}

static void
check_error (const GError *error,
             const char   *filename)
{
  g_autofree char *prefix = g_strconcat (filename, ":", NULL);

  if (error == NULL)
    fail ("reader returned NULL without an error", NULL);
  if (error->domain != FW_ERROR)
    fail ("error outside the FW_ERROR domain", error->message);
  if (!g_str_has_prefix (error->message, prefix))
    fail ("error message does not start with the file name", error->message);
}

static void
format_warnings (GPtrArray *warnings)
{
  for (guint i = 0; i < warnings->len; i++)
    {
      g_autofree char *text = fw_diagnostic_format (g_ptr_array_index (warnings, i));

      if (text == NULL || !g_utf8_validate (text, -1, NULL))
        fail ("warning is not valid UTF-8", text);
    }
}

static GBytes *
write_or_fail (FwDocument *document,
               FwFormat    format)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = fw_format_write (document, format, NULL, &error);

  if (bytes == NULL)
    fail ("could not write what was read", error->message);

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
    fail ("could not read back what was written", error->message);

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
    fail ("exporting, reading and exporting again changed the file", NULL);

  native = write_or_fail (document, FW_FORMAT_FWK);
  from_native = read_or_fail (native, NATIVE_FILENAME, FW_FORMAT_FWK);
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
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);
  document = fw_format_read_bytes (bytes, FUZZ_FILENAME, FW_FORMAT_NSX_JSON, warnings, &error);
  format_warnings (warnings);

  if (document == NULL)
    {
      check_error (error, FUZZ_FILENAME);
      return 0;
    }

  if (error != NULL)
    fail ("reader returned a document and an error", error->message);

  check_roundtrip (document);
  return 0;
}
