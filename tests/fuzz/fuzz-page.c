/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fw-error.h"
#include "fw-formats.h"
#include "fuzz-common.h"

/*
 * libFuzzer target for the page readers: built once as fuzz-page-text (the copied text) and
 * once as fuzz-page-html (the saved HTML, with FUZZ_PAGE_HTML defined).
 *
 * Besides "no crash, no leak, no critical", every input must end in one of two ways: a
 * document, or an FW_ERROR whose message starts with the file name. Warnings must be valid
 * UTF-8, and a document must save as .fwk that reads back.
 */

#ifdef FUZZ_PAGE_HTML
#define FUZZ_FILENAME "fuzz.html"
#define fuzz_page_read fw_page_html_read
#else
#define FUZZ_FILENAME "fuzz.txt"
#define fuzz_page_read fw_page_text_read
#endif
#define NATIVE_FILENAME "roundtrip.fwk"

static void
check_saves (FwDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) native = fw_format_write (document, FW_FORMAT_FWK, NULL, &error);
  g_autoptr(FwDocument) reread = NULL;

  if (native == NULL)
    fuzz_fail ("could not save the imported page", error->message);
  reread = fw_format_read_bytes (native, NATIVE_FILENAME, FW_FORMAT_FWK, NULL, &error);
  if (reread == NULL)
    fuzz_fail ("could not read back the saved page", error->message);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  /* Readers get NUL-terminated data, as fw_format_read_bytes() gives them. */
  text = g_malloc (size + 1);
  memcpy (text, data, size);
  text[size] = '\0';

  warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) fw_diagnostic_free);
  document = fuzz_page_read (text, size, FUZZ_FILENAME, warnings, &error);
  fuzz_check_warnings (warnings);

  if (document == NULL)
    {
      fuzz_check_error (error, FUZZ_FILENAME);
      return 0;
    }

  if (error != NULL)
    fuzz_fail ("reader returned a document and an error", error->message);

  check_saves (document);
  return 0;
}
