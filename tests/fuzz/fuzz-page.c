/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fw-error.h"
#include "fw-formats.h"

/*
 * libFuzzer target for the page readers: built once as fuzz-page-text (the copied text) and
 * once as fuzz-page-html (the saved HTML, with FUZZ_PAGE_HTML defined).
 *
 * Besides "no crash, no leak, no critical", every input must end in one of two ways: a
 * document, or an FW_ERROR whose message starts with the file name. Warnings must be valid
 * UTF-8, and a document must save as .fwk that reads back.
 */

#ifdef FUZZ_PAGE_HTML
#define FUZZ_TARGET "fuzz-page-html"
#define FUZZ_FILENAME "fuzz.html"
#define fuzz_page_read fw_page_html_read
#else
#define FUZZ_TARGET "fuzz-page-text"
#define FUZZ_FILENAME "fuzz.txt"
#define fuzz_page_read fw_page_text_read
#endif
#define NATIVE_FILENAME "roundtrip.fwk"

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const guint8  *data,
                            size_t         size);

static void G_GNUC_NORETURN
fail (const char *what,
      const char *detail)
{
  fprintf (stderr, FUZZ_TARGET ": %s: %s\n", what, detail != NULL ? detail : "(none)");
  abort ();
}

static void
check_error (const GError *error)
{
  if (error == NULL)
    fail ("reader returned NULL without an error", NULL);
  if (error->domain != FW_ERROR)
    fail ("error outside the FW_ERROR domain", error->message);
  if (!g_str_has_prefix (error->message, FUZZ_FILENAME))
    fail ("error message does not start with the file name", error->message);
}

static void
check_warnings (GPtrArray *warnings)
{
  for (guint i = 0; i < warnings->len; i++)
    {
      g_autofree char *text = fw_diagnostic_format (g_ptr_array_index (warnings, i));

      if (text == NULL || !g_utf8_validate (text, -1, NULL))
        fail ("warning is not valid UTF-8", text);
    }
}

static void
check_saves (FwDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) native = fw_format_write (document, FW_FORMAT_FWK, NULL, &error);
  g_autoptr(FwDocument) reread = NULL;

  if (native == NULL)
    fail ("could not save the imported page", error->message);
  reread = fw_format_read_bytes (native, NATIVE_FILENAME, FW_FORMAT_FWK, NULL, &error);
  if (reread == NULL)
    fail ("could not read back the saved page", error->message);
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
  check_warnings (warnings);

  if (document == NULL)
    {
      check_error (error);
      return 0;
    }

  if (error != NULL)
    fail ("reader returned a document and an error", error->message);

  check_saves (document);
  return 0;
}
