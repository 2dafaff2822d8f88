/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * libFuzzer target for the CASE 1.0 reader (and, with -DFUZZ_CSV, the CSV reader).
 *
 * Besides "no crash, no leak, no critical", every input must end in one of two ways: a
 * document, or an FW_ERROR whose message starts with the file name. A document must export
 * again in its own format, read back, and export to the same bytes a second time; and every
 * other writer must take it.
 */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fw-error.h"
#include "fw-formats.h"
#include "fuzz-common.h"

#ifdef FUZZ_CSV
#define FUZZ_FORMAT FW_FORMAT_CSV
#define FUZZ_FILENAME "fuzz.csv"
#else
#define FUZZ_FORMAT FW_FORMAT_CASE
#define FUZZ_FILENAME "fuzz.json"
#endif
#define ROUNDTRIP_FILENAME "roundtrip"

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

static void
check_roundtrip (FwDocument *document)
{
  g_autoptr(GBytes) exported = write_or_fail (document, FUZZ_FORMAT);
  g_autoptr(GBytes) reexported = NULL;
  g_autoptr(FwDocument) reread = NULL;
  g_autoptr(GError) error = NULL;

  reread = fw_format_read_bytes (exported, ROUNDTRIP_FILENAME, FUZZ_FORMAT, NULL, &error);
  if (reread == NULL)
    fuzz_fail ("could not read back what was written", error->message);
  reexported = write_or_fail (reread, FUZZ_FORMAT);
  if (!g_bytes_equal (exported, reexported))
    fuzz_fail ("exporting, reading and exporting again changed the file", NULL);

  for (FwFormat format = FW_FORMAT_FWK; format <= FW_FORMAT_MOODLE_CSV; format++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) nsx_error = NULL;

      if (!fw_format_can_write (format))
        continue;
      /* NSX refuses, with an error naming it, a statement that no NSX line can hold (a line
       * break, a one-letter headline): what a CSV or CASE file can carry. */
      if (format == FW_FORMAT_NSX_JSON)
        {
          bytes = fw_format_write (document, format, NULL, &nsx_error);
          if (bytes == NULL && !g_error_matches (nsx_error, FW_ERROR, FW_ERROR_INVALID))
            fuzz_fail ("could not write what was read", nsx_error->message);
          continue;
        }
      bytes = write_or_fail (document, format);
    }
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
  document = fw_format_read_bytes (bytes, FUZZ_FILENAME, FUZZ_FORMAT, warnings, &error);
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
